"""Consumer groups of the embedded bus: members in one process (threads) sharing partitions.

Rebalancing follows Kafka's eager protocol: when a member joins or leaves, every member gives up
all its partitions at its next poll (``on_revoke``), and takes its new share once their previous
owners have let go (``on_assign``, after the restore read). So no partition is ever handled by two
members at once, and a commit for a partition the member no longer owns is dropped (its new owner
redoes the work: at-least-once).
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from core.bus.base import AssignCallback, Consumer, Message, RevokeCallback
from core.bus.memory_store import unpack_headers
from core.errors import BusError

if TYPE_CHECKING:
    from core.bus.memory import MemoryBus

__all__ = ["Group", "MemoryConsumer", "range_assign"]

log = logging.getLogger(__name__)
TP = tuple[str, int]
_ids = itertools.count(1)


def range_assign(subscriptions: dict[int, Sequence[str]], partitions: dict[str, int]) -> dict[int, set[TP]]:
    """Kafka's range assignment: per topic, members in id order take contiguous runs of partitions,
    so co-partitioned topics give each member the same partition numbers."""
    out: dict[int, set[TP]] = {member: set() for member in subscriptions}
    for topic, count in partitions.items():
        members = sorted(m for m, topics in subscriptions.items() if topic in topics)
        if not members:
            continue
        share, extra = divmod(count, len(members))
        start = 0
        for i, member in enumerate(members):
            size = share + (1 if i < extra else 0)
            out[member] |= {(topic, p) for p in range(start, start + size)}
            start += size
    return out


class Group:
    def __init__(self, name: str) -> None:
        self.name = name
        self.members: dict[int, MemoryConsumer] = {}
        self.generation = 0
        self.targets: dict[int, set[TP]] = {}
        self.owner: dict[TP, int] = {}

    def rebalance(self, partition_counts: Callable[[list[str]], dict[str, int]]) -> None:
        self.generation += 1
        topics = sorted({t for member in self.members.values() for t in member.topics})
        self.targets = range_assign({m: c.topics for m, c in self.members.items()}, partition_counts(topics))


class MemoryConsumer(Consumer):
    def __init__(self, bus: MemoryBus, group: str, topics: list[str], on_assign: AssignCallback | None,
                 on_revoke: RevokeCallback | None, restore: str | None) -> None:
        self.bus, self.group_name, self.topics = bus, group, topics
        self.on_assign, self.on_revoke, self.restore = on_assign, on_revoke, restore
        self.id = next(_ids)
        self.generation = -1
        self.owned: set[TP] = set()
        self.pending: set[TP] | None = None
        self.positions: dict[TP, int] = {}
        self.joined = False
        self.closed = False
        self._revoke_told = -1  # the generation whose revoke on_revoke was told of
        self._turn = 0  # which partition is read first, so one busy partition cannot starve the rest

    @property
    def group(self) -> Group:
        return self.bus.group(self.group_name)

    def _step(self) -> Callable[[], None] | None:
        """One step of the rebalance protocol under the bus lock; a callback to run outside it."""
        group = self.group
        if not self.joined:
            self.joined = True
            group.members[self.id] = self
            group.rebalance(self.bus.partition_counts)
            self.bus.changed.notify_all()
        if self.generation != group.generation:
            if self.owned and self.on_revoke is not None and self._revoke_told != group.generation:
                # Tell the owner first, while it still owns the partitions (it may commit now).
                self._revoke_told = group.generation
                given_up, revoke = sorted({p for _, p in self.owned}), self.on_revoke
                return lambda: revoke(given_up)
            for tp in self.owned:
                if group.owner.get(tp) == self.id:
                    del group.owner[tp]
            self.owned, self.positions = set(), {}
            self.generation = group.generation
            self.pending = set(group.targets.get(self.id, set()))
            self.bus.changed.notify_all()
        if self.pending is not None and all(group.owner.get(tp, self.id) == self.id for tp in self.pending):
            taken, self.pending = self.pending, None
            for tp in taken:
                group.owner[tp] = self.id
                committed = self.bus.store.committed(self.group_name, *tp)
                self.positions[tp] = committed or 0
            self.owned = taken
            numbers = sorted({p for _, p in taken})
            if not numbers:
                return None
            restored = self.bus.store.latest(self.restore, numbers) if self.restore else {}
            assign = self.on_assign
            return (lambda: assign(numbers, restored)) if assign is not None else None
        return None

    def _fetch(self, max_records: int) -> list[Message]:
        store, out = self.bus.store, list[Message]()
        owned = sorted(self.owned)
        self._turn += 1
        for i in range(len(owned)):
            tp = owned[(self._turn + i) % len(owned)]
            position = self.positions[tp]
            if position >= store.ends.get(tp, 0) or len(out) >= max_records:
                continue
            rows = store.read(tp[0], tp[1], position, max_records - len(out))
            for off, key, value, headers, ts in rows:
                out.append(Message(tp[0], tp[1], off, key, value, unpack_headers(headers), ts))
            self.positions[tp] = rows[-1][0] + 1 if rows else store.ends.get(tp, 0)
        return out

    def poll(self, max_records: int = 500, timeout: float = 0.1) -> list[Message]:
        deadline = time.monotonic() + timeout
        while True:
            with self.bus.lock:
                if self.closed or self.bus.closed:
                    raise BusError("consumer is closed" if self.closed else "bus is closed")
                callback = self._step()
                if callback is None:
                    batch = self._fetch(max_records)
                    if batch:
                        return batch
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return []
                    if not self.bus.store.refresh():  # another process may have appended
                        self.bus.changed.wait(min(remaining, 0.25))
                    continue
            callback()  # user code runs outside the lock: it may send, or wait on other threads

    def commit(self, messages: Sequence[Message] | None = None) -> None:
        with self.bus.lock:
            if self.bus.closed:
                raise BusError("bus is closed: offsets not committed")
            if messages is None:
                offsets = {tp: pos for tp, pos in self.positions.items() if tp in self.owned}
            else:
                offsets = {}
                for m in messages:
                    tp = (m.topic, m.partition)
                    offsets[tp] = max(offsets.get(tp, 0), m.offset + 1)
            current = self.generation == self.group.generation
            kept = {tp: off for tp, off in offsets.items() if current and tp in self.owned}
            if len(kept) < len(offsets):
                log.warning("commit for %d partition(s) no longer owned dropped; their new owner redoes them",
                            len(offsets) - len(kept), extra={"group": self.group_name})
            if kept:
                self.bus.store.save_offsets(self.group_name, kept)

    def assignment(self) -> set[TP]:
        with self.bus.lock:
            return set(self.owned)

    def lag(self) -> dict[str, int]:
        with self.bus.lock:
            out: dict[str, int] = {}
            for tp in self.owned:
                out[tp[0]] = out.get(tp[0], 0) + max(0, self.bus.store.ends.get(tp, 0) - self.positions.get(tp, 0))
            return out

    def close(self) -> None:
        with self.bus.lock:
            if self.closed:
                return
            self.closed = True
            if self.joined:
                group = self.group
                group.members.pop(self.id, None)
                for tp in self.owned:
                    if group.owner.get(tp) == self.id:
                        del group.owner[tp]
                self.owned = set()
                group.rebalance(self.bus.partition_counts)
                self.bus.changed.notify_all()
