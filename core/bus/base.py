"""The one small interface every stage talks to the bus through.

Two implementations: ``core.bus.kafka.KafkaBus`` (a real cluster) and ``core.bus.memory.MemoryBus``
(the embedded mode: every topic and committed offset kept in one SQLite file). Both honour the
same contract, checked by one test suite:

* ``send`` + ``flush``: produce keyed messages; ``flush`` returns only once every message sent
  before it is acknowledged, and raises BusError if any was not.
* ``consumer``: a member of a consumer group; ``poll`` hands out batches, ``commit`` stores the
  offsets past the given messages. Commit only after your output is flushed: that is at-least-once.
  With ``restore=TOPIC`` the consumer first reads the same-numbered partitions of that compacted,
  co-partitioned topic from the beginning to their end and passes the result to ``on_assign``
  before it returns any message of a newly assigned partition.
* ``table``: a compacted topic read whole (every partition to its end offset), then followed;
  a ``None`` value (tombstone) deletes the key.
* ``dead_letter``: a message that cannot be handled goes to ``newsradar.dlq`` with the reason.
"""

from __future__ import annotations

import abc
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from core.bus.topics import DLQ, TopicSpec

__all__ = [
    "AssignCallback",
    "Bus",
    "Consumer",
    "Message",
    "RevokeCallback",
    "Table",
    "dlq_headers",
]


@dataclass(frozen=True, slots=True)
class Message:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...] = ()
    timestamp: float = 0.0  # seconds since the epoch, as the bus stamped it

    def header(self, name: str) -> bytes | None:
        for key, value in self.headers:
            if key == name:
                return value
        return None


# on_assign(partitions, restored): restored maps key -> latest value of the restore topic's
# same-numbered partitions (tombstoned keys absent); empty when no restore topic was given.
AssignCallback = Callable[[list[int], dict[bytes, bytes]], None]
RevokeCallback = Callable[[list[int]], None]


class Consumer(abc.ABC):
    """One member of a consumer group over one or more topics."""

    @abc.abstractmethod
    def poll(self, max_records: int = 500, timeout: float = 0.1) -> list[Message]:
        """Up to ``max_records`` messages, waiting at most ``timeout`` seconds for the first."""

    @abc.abstractmethod
    def commit(self, messages: Sequence[Message] | None = None) -> None:
        """Commit the offsets just past ``messages`` (per partition, the highest); None = all polled."""

    @abc.abstractmethod
    def assignment(self) -> set[tuple[str, int]]:
        """The (topic, partition) pairs this member owns now."""

    def lag(self) -> dict[str, int]:
        """Messages not yet consumed per topic over the assigned partitions (empty when unknown)."""
        return {}

    @abc.abstractmethod
    def close(self) -> None:
        """Leave the group (its partitions go to the other members); uncommitted work is redone there."""


class Table(abc.ABC):
    """A compacted topic kept whole in memory and followed."""

    @abc.abstractmethod
    def wait_ready(self, timeout: float = 30.0) -> bool:
        """True once every partition was read up to the end offset it had at start."""

    @abc.abstractmethod
    def snapshot(self) -> dict[bytes, bytes]:
        """A copy of the current key -> value map."""

    @abc.abstractmethod
    def close(self) -> None: ...

    def get(self, key: bytes) -> bytes | None:
        return self.snapshot().get(key)


class Bus(abc.ABC):
    """Produce, consume in groups, read compacted topics whole, dead-letter."""

    @abc.abstractmethod
    def ensure_topics(self, specs: Iterable[TopicSpec]) -> None:
        """Create the topics that do not exist yet (idempotent)."""

    @abc.abstractmethod
    def send(self, topic: str, value: bytes | None, key: bytes | None = None,
             headers: Mapping[str, bytes] | None = None, partition: int | None = None) -> None:
        """Queue a message; ``value=None`` is a tombstone. Acknowledged by the next ``flush``.

        ``partition`` overrides the key's partition: a record co-partitioned with another topic (a
        delivery with its alert) goes where the record it belongs to went, whatever its own key."""

    @abc.abstractmethod
    def flush(self, timeout: float = 30.0) -> None:
        """Block until every message sent so far is acknowledged; BusError if one was not."""

    @abc.abstractmethod
    def consumer(self, group: str, topics: Sequence[str], *, on_assign: AssignCallback | None = None,
                 on_revoke: RevokeCallback | None = None, restore: str | None = None) -> Consumer:
        """Join ``group``; a group with no committed offset starts at the beginning."""

    @abc.abstractmethod
    def table(self, topic: str, on_change: Callable[[bytes, bytes | None], None] | None = None) -> Table:
        """Read ``topic`` whole and follow it in the background; ``on_change(key, value)`` per update."""

    @abc.abstractmethod
    def connected(self) -> bool:
        """Whether the bus can reach its storage/brokers now (readiness)."""

    @abc.abstractmethod
    def close(self) -> None: ...

    def read_table(self, topic: str, timeout: float = 30.0) -> dict[bytes, bytes]:
        """``topic`` read whole once: the latest value per key, tombstones honoured."""
        table = self.table(topic)
        try:
            table.wait_ready(timeout)
            return table.snapshot()
        finally:
            table.close()

    def dead_letter(self, message: Message, error: BaseException | str, stage: str = "") -> None:
        """Send ``message`` unchanged to ``newsradar.dlq`` with the reason and its origin in headers."""
        self.send(DLQ, message.value, key=message.key, headers=dlq_headers(message, error, stage))


def dlq_headers(message: Message, error: BaseException | str, stage: str = "") -> dict[str, bytes]:
    reason = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    return {
        "dlq.reason": reason[:2000].encode("utf-8"),
        "dlq.error_type": (type(error).__name__ if not isinstance(error, str) else "str").encode(),
        "dlq.stage": stage.encode(),
        "dlq.topic": message.topic.encode(),
        "dlq.partition": str(message.partition).encode(),
        "dlq.offset": str(message.offset).encode(),
    }


class StopFlag:
    """A settable flag shared by a service loop and its signal handlers."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        return self._event.wait(timeout)
