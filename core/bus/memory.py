"""The in-process bus of the embedded mode: Kafka's semantics in one process, kept in SQLite.

Partitions, keys, consumer groups (members are threads), committed offsets, compacted topics and
restore behave as on Kafka, and keys land in the partition kafka-python's default partitioner
picks (murmur2), so co-partitioned topics line up the same way. Every topic and every committed
offset is in one SQLite file (WAL): after a crash or restart a group resumes from its committed
offsets, repeating only what was not committed.

Groups live in one process. Several processes may share the file one after another (or write to it
together: appends stay ordered and visible), but a group's members must be in one process.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from kafka.partitioner import murmur2

from core.bus.base import AssignCallback, Bus, RevokeCallback, Table
from core.bus.memory_group import Group, MemoryConsumer
from core.bus.memory_store import Store, pack_headers
from core.bus.topics import COMPACTED, TopicSpec
from core.errors import BusError

__all__ = ["MemoryBus", "MemoryTable", "partition_for"]

log = logging.getLogger(__name__)


def partition_for(key: bytes, partitions: int) -> int:
    """The partition of ``key``, as kafka-python's DefaultPartitioner (and Java's) choose it."""
    return (murmur2(key) & 0x7FFFFFFF) % partitions


class MemoryBus(Bus):
    """``MemoryBus(path=None, *, partitions=6)``: ``path`` is the SQLite file (None keeps it in memory);
    ``partitions`` is the count of topics created on first use rather than by ``ensure_topics``."""

    def __init__(self, path: str | Path | None = None, *, partitions: int = 6) -> None:
        self.lock = threading.RLock()
        self.changed = threading.Condition(self.lock)  # notified on every append and group change
        self.store = Store(path)
        self.default_partitions = partitions
        self._groups: dict[str, Group] = {}
        self._round_robin = itertools.count()
        self._closed = False

    # topics

    def ensure_topics(self, specs: Iterable[TopicSpec]) -> None:
        with self.lock:
            for spec in specs:
                self.store.create_topic(spec.name, spec.partitions, spec.compacted)

    def _topic(self, name: str) -> int:
        known = self.store.topics.get(name)
        if known is None:
            self.store.refresh()
            known = self.store.topics.get(name)
        if known is None:  # like a broker with auto-create: first use creates it
            self.store.create_topic(name, self.default_partitions, name in COMPACTED)
            return self.default_partitions
        return known[0]

    def partition_counts(self, topics: Iterable[str]) -> dict[str, int]:
        with self.lock:
            return {t: self._topic(t) for t in topics}

    def group(self, name: str) -> Group:
        return self._groups.setdefault(name, Group(name))

    # produce

    def send(self, topic: str, value: bytes | None, key: bytes | None = None,
             headers: Mapping[str, bytes] | None = None, partition: int | None = None) -> None:
        packed = pack_headers(headers)
        with self.lock:
            if self._closed:
                raise BusError("bus is closed")
            count = self._topic(topic)
            if partition is not None and not 0 <= partition < count:
                raise BusError(f"{topic} has no partition {partition} (it has {count})")
            if partition is not None:
                part = partition
            else:
                part = partition_for(key, count) if key is not None else next(self._round_robin) % count
            self.store.append(topic, part, key, value, packed, time.time())
            self.changed.notify_all()

    def flush(self, timeout: float = 30.0) -> None:
        with self.lock:
            if not self._closed:
                self.store.commit()

    # consume

    def consumer(self, group: str, topics: Sequence[str], *, on_assign: AssignCallback | None = None,
                 on_revoke: RevokeCallback | None = None, restore: str | None = None) -> MemoryConsumer:
        with self.lock:
            for topic in [*topics, *([restore] if restore else [])]:
                self._topic(topic)
        return MemoryConsumer(self, group, list(topics), on_assign, on_revoke, restore)

    def table(self, topic: str, on_change: Callable[[bytes, bytes | None], None] | None = None) -> Table:
        with self.lock:
            self._topic(topic)
        return MemoryTable(self, topic, on_change)

    def connected(self) -> bool:
        return not self._closed

    def close(self) -> None:
        with self.lock:
            if self._closed:
                return
            self._closed = True
            self.changed.notify_all()
            self.store.close()

    @property
    def closed(self) -> bool:
        return self._closed


class MemoryTable(Table):
    """A compacted topic followed by a thread that wakes on every append."""

    def __init__(self, bus: MemoryBus, topic: str, on_change: Callable[[bytes, bytes | None], None] | None) -> None:
        self.bus, self.topic, self.on_change = bus, topic, on_change
        self._state: dict[bytes, bytes] = {}
        self._ready = threading.Event()
        self._stop = False
        self._thread = threading.Thread(target=self._run, name=f"table-{topic}", daemon=True)
        self._thread.start()

    def wait_ready(self, timeout: float = 30.0) -> bool:
        return self._ready.wait(timeout)

    def snapshot(self) -> dict[bytes, bytes]:
        with self.bus.lock:
            return dict(self._state)

    def get(self, key: bytes) -> bytes | None:
        with self.bus.lock:
            return self._state.get(key)

    def close(self) -> None:
        with self.bus.lock:
            self._stop = True
            self.bus.changed.notify_all()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        positions: dict[int, int] = {}
        while True:
            changes: list[tuple[bytes, bytes | None]] = []
            with self.bus.lock:
                if self._stop or self.bus.closed:
                    return
                store = self.bus.store
                for part in range(store.topics[self.topic][0]):
                    start = positions.get(part, 0)
                    if start >= store.ends.get((self.topic, part), 0):
                        continue
                    rows = store.read(self.topic, part, start, -1)
                    for off, key, value, _, _ in rows:
                        positions[part] = off + 1
                        if key is None:
                            continue
                        if value is None:
                            self._state.pop(key, None)
                        else:
                            self._state[key] = value
                        changes.append((key, value))
                if not changes:
                    self._ready.set()
                    if not store.refresh():
                        self.bus.changed.wait(0.5)
                    continue
            if self.on_change is not None:
                for key, value in changes:
                    self.on_change(key, value)
