"""Reading Kafka partitions outside any group: restore on assignment, and followed tables."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from kafka import KafkaConsumer, TopicPartition
from kafka.errors import KafkaError

from core.bus.base import Message, Table
from core.bus.kafka_config import FETCHING, KafkaConfig
from core.errors import BusError

__all__ = ["TableReader", "read_partitions", "to_message"]

log = logging.getLogger(__name__)


def to_message(record: Any) -> Message:
    return Message(topic=record.topic, partition=record.partition, offset=record.offset, key=record.key,
                   value=record.value, headers=tuple((k, v or b"") for k, v in (record.headers or ())),
                   timestamp=record.timestamp / 1000.0 if record.timestamp and record.timestamp > 0 else 0.0)


def _reader(config: KafkaConfig) -> KafkaConsumer:
    # A reader must not create the topic it looks at (with the broker's default partition count,
    # which need not match the co-partitioned topics): a missing topic reads as empty.
    return KafkaConsumer(**config.client_kwargs(), group_id=None, enable_auto_commit=False,
                         auto_offset_reset="earliest", allow_auto_create_topics=False, **FETCHING)


def _apply(state: dict[bytes, bytes], key: bytes | None, value: bytes | None) -> None:
    if key is None:
        return  # a compacted topic cannot hold keyless records; nothing to index them by
    if value is None:
        state.pop(key, None)
    else:
        state[key] = value


def read_partitions(config: KafkaConfig, topic: str, partitions: list[int],
                    timeout: float = 60.0) -> dict[bytes, bytes]:
    """The latest value per key of ``topic``'s ``partitions``, read from the beginning to their end now."""
    state: dict[bytes, bytes] = {}
    try:
        consumer = _reader(config)
    except KafkaError as exc:
        raise BusError(f"cannot reach Kafka at {config.bootstrap}: {exc}") from exc
    try:
        known = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in partitions if p in known]
        if not tps:
            return state
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        ends = consumer.end_offsets(tps)
        deadline = time.monotonic() + timeout
        pending = {tp for tp in tps if ends.get(tp, 0) > 0}
        while pending:
            if time.monotonic() > deadline:
                raise BusError(f"restoring {topic} {partitions} took over {timeout}s")
            for records in consumer.poll(timeout_ms=100, max_records=10000).values():
                for record in records:
                    _apply(state, record.key, record.value)
            pending = {tp for tp in pending if consumer.position(tp) < ends[tp]}
        return state
    except KafkaError as exc:
        raise BusError(f"restoring {topic} failed: {exc}") from exc
    finally:
        consumer.close(autocommit=False)


class TableReader(Table):
    """A background thread reading every partition of a topic from the beginning, then following it."""

    def __init__(self, config: KafkaConfig, topic: str,
                 on_change: Callable[[bytes, bytes | None], None] | None = None) -> None:
        self.config, self.topic, self.on_change = config, topic, on_change
        self._state: dict[bytes, bytes] = {}
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"table-{topic}", daemon=True)
        self._thread.start()

    def wait_ready(self, timeout: float = 30.0) -> bool:
        return self._ready.wait(timeout)

    def snapshot(self) -> dict[bytes, bytes]:
        with self._lock:
            return dict(self._state)

    def get(self, key: bytes) -> bytes | None:
        with self._lock:
            return self._state.get(key)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._follow()
                return
            except Exception as exc:  # a broker restart must not end the table: start over
                log.warning("table %s: %s; reading again in 1s", self.topic, exc, extra={"topic": self.topic})
                self._stop.wait(1.0)

    def _follow(self) -> None:
        consumer = _reader(self.config)
        try:
            partitions = consumer.partitions_for_topic(self.topic)
            while not partitions and not self._stop.wait(0.5):
                partitions = consumer.partitions_for_topic(self.topic)
            if not partitions:
                return
            tps = [TopicPartition(self.topic, p) for p in sorted(partitions)]
            consumer.assign(tps)
            consumer.seek_to_beginning(*tps)
            ends = consumer.end_offsets(tps)
            pending = {tp for tp in tps if ends.get(tp, 0) > 0}
            while not self._stop.is_set():
                batches = consumer.poll(timeout_ms=100, max_records=10000)
                for records in batches.values():
                    for record in records:
                        self._update(record.key, record.value)
                if pending:
                    pending = {tp for tp in pending if consumer.position(tp) < ends[tp]}
                if not pending and not self._ready.is_set():
                    self._ready.set()
        finally:
            consumer.close(autocommit=False)

    def _update(self, key: bytes | None, value: bytes | None) -> None:
        # After an error the topic is read again from the start onto the same map: replaying
        # the log in order converges to the same latest value per key.
        with self._lock:
            _apply(self._state, key, value)
        if self.on_change is not None and key is not None:
            self.on_change(key, value)
