"""The bus on a real Kafka cluster (kafka-python 3.x), tuned for low latency per hop.

Nothing here connects until first use: constructors only remember their configuration.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from kafka import ConsumerRebalanceListener, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import CommitFailedError, KafkaError
from kafka.structs import OffsetAndMetadata

from core.bus.admin import init_topics
from core.bus.base import AssignCallback, Bus, Consumer, Message, RevokeCallback, Table
from core.bus.kafka_config import FETCHING, KafkaConfig, kafka_config
from core.bus.kafka_fixes import rescue_orphaned_join, settle_metadata_snapshot
from core.bus.kafka_read import TableReader, read_partitions, to_message
from core.bus.topics import TopicSpec
from core.errors import BusError

__all__ = ["KafkaBus", "KafkaConsumerMember"]

log = logging.getLogger(__name__)

# Latency over batching: a hop should cost milliseconds (see FETCHING for the consumers' fetch wait).
PRODUCER_DEFAULTS: dict[str, Any] = {"acks": "all", "enable_idempotence": True, "linger_ms": 5,
                                     "max_in_flight_requests_per_connection": 5, "metrics_enabled": False}
CONSUMER_DEFAULTS: dict[str, Any] = {**FETCHING, "enable_auto_commit": False, "auto_offset_reset": "earliest"}


class KafkaBus(Bus):
    """``KafkaBus(config_or_bootstrap=None, **overrides)``: a bootstrap string, a KafkaConfig, the
    Settings object, or keywords (``bootstrap=``, ``client_id=``, ``security_protocol=``, ``ssl_*``,
    ``sasl_*``, ``session_timeout=`` seconds)."""

    def __init__(self, config: str | KafkaConfig | Any | None = None, **overrides: Any) -> None:
        self.config = kafka_config(config, **overrides)
        self._lock = threading.Lock()
        self._producer: KafkaProducer | None = None
        self._errors: list[BaseException] = []
        self._closed = False
        self._checked = (-10.0, False)  # (when, result) of the last reachability check

    def producer(self) -> KafkaProducer:
        with self._lock:
            if self._closed:
                raise BusError("bus is closed")
            if self._producer is None:
                try:
                    self._producer = KafkaProducer(**self.config.client_kwargs(), **PRODUCER_DEFAULTS)
                except KafkaError as exc:
                    raise BusError(f"cannot reach Kafka at {self.config.bootstrap}: {exc}") from exc
            return self._producer

    def ensure_topics(self, specs: Iterable[TopicSpec]) -> None:
        init_topics(self.config, specs)

    def send(self, topic: str, value: bytes | None, key: bytes | None = None,
             headers: Mapping[str, bytes] | None = None, partition: int | None = None) -> None:
        try:
            future = self.producer().send(topic, value=value, key=key, partition=partition,
                                          headers=list(headers.items()) if headers else None)
        except KafkaError as exc:
            raise BusError(f"cannot send to {topic}: {exc}") from exc
        future.add_errback(self._errors.append)

    def flush(self, timeout: float = 30.0) -> None:
        if self._producer is None:
            return
        try:
            self._producer.flush(timeout=timeout)
        except KafkaError as exc:
            raise BusError(f"flush did not finish within {timeout}s: {exc}") from exc
        if self._errors:
            errors, self._errors = self._errors, []
            # An idempotent producer that lost a batch is fenced for good: the next send
            # starts a fresh one (the caller redoes its uncommitted input: at-least-once).
            with self._lock:
                broken, self._producer = self._producer, None
            if broken is not None:
                broken.close(timeout=1)
            raise BusError(f"{len(errors)} message(s) were not acknowledged; first: {errors[0]}") from errors[0]

    def consumer(self, group: str, topics: Sequence[str], *, on_assign: AssignCallback | None = None,
                 on_revoke: RevokeCallback | None = None, restore: str | None = None) -> KafkaConsumerMember:
        return KafkaConsumerMember(self.config, group, list(topics), on_assign, on_revoke, restore)

    def table(self, topic: str, on_change: Callable[[bytes, bytes | None], None] | None = None) -> Table:
        return TableReader(self.config, topic, on_change)

    def connected(self) -> bool:
        if self._closed:
            return False
        now = time.monotonic()
        if now - self._checked[0] < 2.0:
            return self._checked[1]
        # Reachability first: creating the producer against a dead cluster blocks for its
        # bootstrap timeout, and a readiness probe must answer at once.
        ok = any(_reachable(server) for server in self.config.client_kwargs()["bootstrap_servers"])
        if ok and self._producer is None:
            try:
                self.producer()  # its constructor bootstraps: the cluster answered
            except BusError:
                ok = False
        self._checked = (now, ok)
        return ok

    def close(self) -> None:
        with self._lock:
            producer, self._producer, self._closed = self._producer, None, True
        if producer is not None:
            try:
                producer.flush(timeout=10)
            except KafkaError as exc:
                log.warning("closing the producer with messages not acknowledged: %s", exc)
            producer.close(timeout=10)


def _reachable(server: str, timeout: float = 1.0) -> bool:
    host, _, port = server.rpartition(":")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout):
            return True
    except (OSError, ValueError):
        return False


class _Listener(ConsumerRebalanceListener):
    def __init__(self, member: KafkaConsumerMember) -> None:
        self.member = member

    def on_partitions_revoked(self, revoked: Any) -> None:
        self.member._revoked(list(revoked))

    def on_partitions_assigned(self, assigned: Any) -> None:
        self.member._assigned(list(assigned))


class KafkaConsumerMember(Consumer):
    """One group member; its KafkaConsumer is created on the first poll, from the polling thread."""

    def __init__(self, config: KafkaConfig, group: str, topics: list[str], on_assign: AssignCallback | None,
                 on_revoke: RevokeCallback | None, restore: str | None) -> None:
        self.config, self.group, self.topics = config, group, topics
        self.on_assign, self.on_revoke, self.restore = on_assign, on_revoke, restore
        self._consumer: KafkaConsumer | None = None

    def _client(self) -> KafkaConsumer:
        if self._consumer is None:
            session_ms = int(self.config.session_timeout * 1000)
            try:
                self._consumer = KafkaConsumer(
                    **self.config.client_kwargs(), **CONSUMER_DEFAULTS, group_id=self.group,
                    session_timeout_ms=session_ms, heartbeat_interval_ms=max(100, session_ms // 4))
            except KafkaError as exc:
                raise BusError(f"cannot reach Kafka at {self.config.bootstrap}: {exc}") from exc
            self._await_metadata(self._consumer)
            self._consumer.subscribe(self.topics, listener=_Listener(self))
            settle_metadata_snapshot(self._consumer)
        return self._consumer

    def _await_metadata(self, consumer: KafkaConsumer, limit: float = 15.0) -> None:
        """Know every topic's partitions before joining: a member that joins while a just-created topic has
        no metadata yet gets an empty assignment from the range assignor and keeps it until the next rebalance."""
        deadline = time.monotonic() + limit
        missing = list(self.topics)
        while missing and time.monotonic() < deadline:
            missing = [t for t in missing if not consumer.partitions_for_topic(t)]
            if missing:
                time.sleep(0.1)
        if missing:
            log.warning("no partition metadata for %s after %.0fs; joining anyway", missing, limit)

    def _revoked(self, partitions: list[TopicPartition]) -> None:
        if self.on_revoke is not None and partitions:
            self.on_revoke(sorted({tp.partition for tp in partitions}))

    def _assigned(self, partitions: list[TopicPartition]) -> None:
        # Runs inside poll(), before any record of these partitions is returned: the restore
        # topic is read to its end first, as a poller must know its feeds' state before polling.
        numbers = sorted({tp.partition for tp in partitions})
        restored: dict[bytes, bytes] = {}
        if self.restore is not None and numbers:
            restored = read_partitions(self.config, self.restore, numbers)
        if self.on_assign is not None and partitions:
            self.on_assign(numbers, restored)

    def poll(self, max_records: int = 500, timeout: float = 0.1) -> list[Message]:
        consumer = self._client()
        try:
            batches = consumer.poll(timeout_ms=int(timeout * 1000), max_records=max_records)
            rescue_orphaned_join(consumer)
        except KafkaError as exc:
            raise BusError(f"poll of {self.topics} failed: {exc}") from exc
        return [to_message(record) for tp in sorted(batches) for record in batches[tp]]

    def commit(self, messages: Sequence[Message] | None = None) -> None:
        consumer = self._client()
        offsets: dict[TopicPartition, OffsetAndMetadata] | None = None
        if messages is not None:
            highest: dict[TopicPartition, int] = {}
            for m in messages:
                tp = TopicPartition(m.topic, m.partition)
                highest[tp] = max(highest.get(tp, -1), m.offset)
            owned = consumer.assignment()
            offsets = {tp: OffsetAndMetadata(off + 1, "", -1) for tp, off in highest.items() if tp in owned}
            if not offsets:
                return
        try:
            consumer.commit(offsets)
        except CommitFailedError as exc:
            # The partitions moved to another member, which redoes the uncommitted work.
            log.warning("commit refused after a rebalance; another member redoes the batch: %s", exc)
        except KafkaError as exc:
            raise BusError(f"commit in group {self.group} failed: {exc}") from exc

    def assignment(self) -> set[tuple[str, int]]:
        if self._consumer is None:
            return set()
        return {(tp.topic, tp.partition) for tp in self._consumer.assignment()}

    def lag(self) -> dict[str, int]:
        if self._consumer is None:
            return {}
        out: dict[str, int] = {}
        for tp in self._consumer.assignment():
            high = self._consumer.highwater(tp)
            if high is None:
                continue
            try:
                position = self._consumer.position(tp, timeout_ms=100)
            except KafkaError:
                continue
            if position is not None:
                out[tp.topic] = out.get(tp.topic, 0) + max(0, high - position)
        return out

    def close(self) -> None:
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            consumer.close(autocommit=False)
