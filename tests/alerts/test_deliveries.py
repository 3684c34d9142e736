"""The delivery log is co-partitioned with the alerts: each record lands on its alert's partition, and a
notifier holds only the records of the partitions it owns, restored on assignment, dropped on revoke."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from prometheus_client import CollectorRegistry

from alerts.channels import ChannelOptions, channel_key
from alerts.deliveries import DeliveryLog, decision_key, delivery_key
from alerts.metrics import AlertMetrics
from alerts.notifier import Notifier, RetryPolicy
from alerts.rules import evaluate
from alerts.subscriptions import SubscriptionStore
from core.bus.base import Consumer, Message, StopFlag
from core.bus.memory import MemoryBus, partition_for
from core.bus.topics import ALERTS, DELIVERIES, topic_specs
from core.contracts import Alert, Subscription, WebhookChannel, encode
from core.service import run_consumer
from tests.alerts.helpers import make_article
from tests.alerts.receivers import http_receiver

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
PARTITIONS = 6


@pytest.fixture
def bus(tmp_path) -> Iterator[MemoryBus]:  # type: ignore[no-untyped-def]
    bus = MemoryBus(tmp_path / "state.db")
    bus.ensure_topics(topic_specs(PARTITIONS))
    yield bus
    bus.close()


def spread_ids() -> list[str]:
    """One subscription id per alerts partition."""
    by_partition: dict[int, str] = {}
    for i in range(1000):
        by_partition.setdefault(partition_for(f"sub-{i}".encode(), PARTITIONS), f"sub-{i}")
        if len(by_partition) == PARTITIONS:
            break
    return [by_partition[p] for p in range(PARTITIONS)]


def make(bus: MemoryBus) -> Notifier:
    return Notifier(bus, ChannelOptions(allow_private=True, timeout=2.0), retry=RetryPolicy(attempts=2, base=0.01),
                    metrics=AlertMetrics(CollectorRegistry()))


def deliver_one_alert_per_partition(bus: MemoryBus, url: str) -> dict[int, Alert]:
    alerts: dict[int, Alert] = {}
    for sub_id in spread_ids():
        sub = SubscriptionStore(bus).put(Subscription(
            id=sub_id, actors=["Q7747", "Q56226"], channels=[{"webhook": {"url": url, "secret": SECRET}}]))
        (alert,) = evaluate(make_article(id=f"art-{sub_id}"), [sub])
        bus.send(ALERTS, encode(alert), key=sub.id.encode())
        alerts[partition_for(sub.id.encode(), PARTITIONS)] = alert
    bus.flush()
    notifier = make(bus)
    notifier.start(10)
    try:
        run_consumer(bus, notifier.consumer(), notifier.handle, StopFlag(), stage="notify", group="newsradar-notify",
                     idle_exit=0.5)
    finally:
        notifier.close()
    return alerts


def read_all(bus: MemoryBus, topic: str) -> list[Message]:
    consumer = bus.consumer("test-reader", [topic])
    try:
        out: list[Message] = []
        while batch := consumer.poll(timeout=0.2):
            out += batch
        return out
    finally:
        consumer.close()


def test_every_record_lands_on_its_alerts_partition(bus: MemoryBus) -> None:
    with http_receiver() as rx:
        alerts = deliver_one_alert_per_partition(bus, rx.url)
    assert len(rx.ok()) == PARTITIONS
    webhook = channel_key(WebhookChannel(url=rx.url, secret=SECRET))
    placed: dict[str, int] = {}
    for m in read_all(bus, DELIVERIES):
        assert m.key is not None and m.value is not None
        record = json.loads(m.value)
        assert record["partition"] == m.partition
        placed[m.key.decode()] = m.partition
    for partition, alert in alerts.items():
        # The keys hash elsewhere more often than not: the partition is the alert's, not the key's.
        assert placed[decision_key(alert.id)] == partition
        assert placed[delivery_key(alert.id, webhook)] == partition
    assert any(partition_for(k.encode(), PARTITIONS) != p for k, p in placed.items())


def poll_until_assigned(consumers: list[Consumer], wanted: int, rounds: int = 50) -> None:
    """Poll each member in turn until they own ``wanted`` partitions between them, each some."""
    for _ in range(rounds):
        for consumer in consumers:
            assert consumer.poll(timeout=0.02) == []  # everything was committed by the first notifier
        owned = [consumer.assignment() for consumer in consumers]
        if all(owned) and sum(len(o) for o in owned) == wanted:
            return
    raise AssertionError(f"not assigned after {rounds} rounds: {[c.assignment() for c in consumers]}")


def test_a_notifier_holds_only_the_records_of_the_partitions_it_owns(bus: MemoryBus) -> None:
    with http_receiver() as rx:
        alerts = deliver_one_alert_per_partition(bus, rx.url)
    first, second = make(bus), make(bus)
    c1, c2 = first.consumer(), second.consumer()
    try:
        poll_until_assigned([c1, c2], PARTITIONS)
        for notifier, consumer in ((first, c1), (second, c2)):
            mine = {p for _, p in consumer.assignment()}
            for partition, alert in alerts.items():
                assert (notifier.log.get(decision_key(alert.id)) is not None) == (partition in mine)
        # The second leaves: its partitions are revoked from the first too (eager rebalance), then all
        # of them are restored to it.
        c2.close()
        poll_until_assigned([c1], PARTITIONS)
        assert all(first.log.get(decision_key(alert.id)) is not None for alert in alerts.values())
    finally:
        c1.close()
        c2.close()
        first.close()
        second.close()


def test_restore_keeps_records_by_the_partition_they_name_and_drop_forgets_them(bus: MemoryBus) -> None:
    def record(partition: int) -> bytes:
        return json.dumps({"kind": "delivery", "partition": partition, "item": "a"}).encode()

    log = DeliveryLog(bus)
    log.write("mine-before|x", {"kind": "delivery"}, partition=4, flush=True)
    kept = log.restore([1, 2], {b"a|x": record(1), b"b|x": record(2), b"c|x": record(5), b"junk": b"not json"})
    assert kept == 2 and len(log) == 3
    assert log.get("c|x") is None and log.get("junk") is None and log.get("mine-before|x") is not None
    # A second restore of a partition replaces what was held for it.
    assert log.restore([1], {}) == 0 and log.get("a|x") is None and log.get("b|x") is not None
    log.drop([2, 4])
    assert len(log) == 0
