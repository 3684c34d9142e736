"""The notifier on the in-process bus against real loopback receivers: retries, DLQ, repeats, digests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from prometheus_client import CollectorRegistry
from standardwebhooks import Webhook

from alerts.channels import ChannelOptions
from alerts.metrics import AlertMetrics
from alerts.notifier import Notifier, RetryPolicy, send_test
from alerts.rules import evaluate
from alerts.subscriptions import SubscriptionStore
from core.bus.base import StopFlag
from core.bus.memory import MemoryBus
from core.bus.topics import ALERTS, DELIVERIES, DLQ
from core.contracts import Alert, Subscription, encode
from core.service import run_consumer
from tests.alerts.helpers import make_article
from tests.alerts.receivers import http_receiver, smtp_sink

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
T0 = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


@pytest.fixture
def bus(tmp_path) -> Iterator[MemoryBus]:  # type: ignore[no-untyped-def]
    bus = MemoryBus(tmp_path / "state.db")
    yield bus
    bus.close()


def subscribe(bus: MemoryBus, url: str, **fields) -> Subscription:  # type: ignore[no-untyped-def]
    sub = Subscription(id=fields.pop("id", "putin-kim"), actors=["Q7747", "Q56226"], scope="sentence",
                       channels=[{"webhook": {"url": url, "secret": SECRET}}], **fields)
    return SubscriptionStore(bus).put(sub)


def publish(bus: MemoryBus, sub: Subscription, count: int = 1, start: int = 0) -> list[Alert]:
    alerts = []
    for i in range(start, start + count):
        (alert,) = evaluate(make_article(id=f"art-{i}"), [sub], T0)
        bus.send(ALERTS, encode(alert), key=sub.id.encode())
        alerts.append(alert)
    bus.flush()
    return alerts


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def drain(bus: MemoryBus, notifier: Notifier, idle: float = 0.5) -> int:
    notifier.start(10)
    try:
        consumer = notifier.consumer()
        return run_consumer(bus, consumer, notifier.handle, StopFlag(), stage="notify", group="newsradar-notify",
                            on_idle=notifier.idle, idle_exit=idle)
    finally:
        notifier.close()


def make(bus: MemoryBus, attempts: int = 4, sleeps: Sleeps | None = None, **kw) -> Notifier:  # type: ignore[no-untyped-def]
    return Notifier(bus, ChannelOptions(allow_private=True, timeout=2.0),
                    retry=RetryPolicy(attempts=attempts, base=0.01, cap=0.05),
                    sleep=sleeps if sleeps is not None else Sleeps(),
                    metrics=AlertMetrics(CollectorRegistry()), **kw)


def test_503_twice_then_200_delivers_once_with_one_id(bus: MemoryBus) -> None:
    with http_receiver([503, 503, 200]) as rx:
        sub = subscribe(bus, rx.url)
        (alert,) = publish(bus, sub)
        sleeps = Sleeps()
        notifier = make(bus, sleeps=sleeps)
        drain(bus, notifier)
    assert [r.status for r in rx.requests] == [503, 503, 200]
    assert {r.headers["webhook-id"] for r in rx.requests} == {alert.id}
    Webhook(SECRET).verify(rx.requests[-1].body, rx.requests[-1].headers)
    assert len(sleeps) == 2 and sleeps[1] >= sleeps[0] * 0.5
    assert notifier.metrics.retries.labels("webhook")._value.get() == 2
    assert notifier.metrics.deliveries.labels("webhook", "delivered")._value.get() == 1
    latency = {s.name: s.value for s in notifier.metrics.latency.collect()[0].samples}
    assert latency["newsradar_pipeline_latency_seconds_count"] == 1
    assert latency["newsradar_pipeline_latency_seconds_sum"] > 0  # fetched_at (T0) -> delivery
    records = {k.decode(): json.loads(v) for k, v in bus.read_table(DELIVERIES).items()}
    (delivery,) = [r for r in records.values() if r["kind"] == "delivery"]
    assert delivery["outcome"] == "delivered" and delivery["attempts"] == 3


def dlq_messages(bus: MemoryBus) -> list:  # type: ignore[type-arg]
    consumer = bus.consumer("test-dlq-reader", [DLQ])
    try:
        out = []
        for _ in range(20):
            batch = consumer.poll(timeout=0.05)
            out += batch
            if not batch and out:
                break
        return out
    finally:
        consumer.close()


def test_always_failing_receiver_sends_the_alert_to_the_dlq_after_the_attempts(bus: MemoryBus) -> None:
    with http_receiver([500]) as rx:
        sub = subscribe(bus, rx.url)
        (alert,) = publish(bus, sub)
        notifier = make(bus, attempts=3)
        drain(bus, notifier)
    assert len(rx.requests) == 3
    (dead,) = dlq_messages(bus)
    assert json.loads(dead.value)["id"] == alert.id
    assert b"HTTP 500" in dead.header("dlq.reason") and dead.header("dlq.stage") == b"notify"
    assert notifier.metrics.dlq._value.get() == 1


def test_4xx_is_not_retried_and_429_honours_retry_after(bus: MemoryBus) -> None:
    with http_receiver([404]) as rx:
        sub = subscribe(bus, rx.url)
        publish(bus, sub)
        drain(bus, make(bus))
    assert len(rx.requests) == 1
    with http_receiver([429, 200], retry_after="3") as rx:
        sub = subscribe(bus, rx.url, id="other")
        publish(bus, sub)
        sleeps = Sleeps()
        drain(bus, make(bus, sleeps=sleeps))
    assert [r.status for r in rx.requests] == [429, 200]
    assert sleeps == [0.05]  # Retry-After 3 s, capped by the policy's 0.05 s maximum
    assert RetryPolicy(base=1, cap=60).delay(1, retry_after=3) >= 3


def test_a_restarted_notifier_delivers_nothing_twice(bus: MemoryBus) -> None:
    with http_receiver() as rx:
        sub = subscribe(bus, rx.url)
        alerts = publish(bus, sub, count=3)
        drain(bus, make(bus))
        # The same alerts again (an engine replay) and a restart: nothing new goes out.
        for alert in alerts:
            bus.send(ALERTS, encode(alert), key=sub.id.encode())
        bus.flush()
        drain(bus, make(bus))
        assert sorted(r.headers["webhook-id"] for r in rx.requests) == sorted(a.id for a in alerts)


def test_throttled_alerts_arrive_as_one_digest_at_the_period_end(bus: MemoryBus) -> None:
    now = [T0]
    with http_receiver() as rx:
        sub = subscribe(bus, rx.url, throttle={"max": 2, "per": "1h"})
        publish(bus, sub, count=6)
        notifier = make(bus, clock=lambda: now[0])
        notifier.start(10)
        consumer = notifier.consumer()
        run_consumer(bus, consumer, notifier.handle, StopFlag(), stage="notify", group="newsradar-notify",
                     on_idle=notifier.idle, idle_exit=0.5)
        assert len(rx.requests) == 2
        assert notifier.metrics.throttled._value.get() == 4
        now[0] = T0 + timedelta(minutes=61)
        assert notifier.tick() == 1
        notifier.close()
    digest = json.loads(rx.requests[-1].body)
    assert digest["kind"] == "digest" and digest["held_back"] == 4 and len(digest["alerts"]) == 4
    Webhook(SECRET).verify(rx.requests[-1].body, rx.requests[-1].headers)


def test_held_alerts_survive_a_restart_and_go_out_in_the_digest(bus: MemoryBus) -> None:
    now = [T0]
    with http_receiver() as rx:
        sub = subscribe(bus, rx.url, throttle={"max": 1, "per": "1h"})
        publish(bus, sub, count=3)
        drain(bus, make(bus, clock=lambda: now[0]))
        assert len(rx.requests) == 1
        now[0] = T0 + timedelta(hours=2)
        restarted = make(bus, clock=lambda: now[0])
        drain(bus, restarted)  # on assignment it restores the period and, once idle, sends its digest
    assert len(rx.requests) == 2
    assert json.loads(rx.requests[1].body)["held_back"] == 2


def test_email_and_console_channels_and_the_test_command(bus: MemoryBus) -> None:
    import io

    out = io.StringIO()
    with smtp_sink() as (sink, port):
        sub = SubscriptionStore(bus).put(Subscription(
            id="mail", actors=["Q7747", "Q56226"], channels=[{"email": "ops@example.org"}, {"console": {}}]))
        publish(bus, sub)
        notifier = Notifier(bus, ChannelOptions(smtp_port=port, console=out), retry=RetryPolicy(attempts=1),
                            metrics=AlertMetrics(CollectorRegistry()))
        drain(bus, notifier)
        assert len(sink.messages) == 1
        assert "Vladimir Putin + Kim Jong Un" in out.getvalue()
        results = send_test(sub, notifier.senders)
    assert [r[1] for r in results] == ["ok", "ok"] and len(sink.messages) == 2


def test_private_targets_go_to_the_dlq_without_a_request(bus: MemoryBus) -> None:
    with http_receiver() as rx:
        sub = subscribe(bus, rx.url)
        publish(bus, sub)
        notifier = Notifier(bus, ChannelOptions(allow_private=False), retry=RetryPolicy(attempts=3),
                            metrics=AlertMetrics(CollectorRegistry()))
        drain(bus, notifier)
    assert rx.requests == []
    (dead,) = dlq_messages(bus)
    assert b"refusing" in dead.header("dlq.reason")


def test_retry_deadline_sends_to_the_dlq_when_no_time_is_left(bus: MemoryBus) -> None:
    import time

    with http_receiver([503]) as rx:
        sub = subscribe(bus, rx.url)
        publish(bus, sub)
        notifier = Notifier(bus, ChannelOptions(allow_private=True), retry=RetryPolicy(attempts=6, base=30, cap=60),
                            metrics=AlertMetrics(CollectorRegistry()))
        notifier.retry_deadline = time.monotonic() + 5
        started = time.monotonic()
        drain(bus, notifier)
    assert time.monotonic() - started < 5
    assert len(rx.requests) == 1
    (dead,) = dlq_messages(bus)
    assert b"no time left to retry" in dead.header("dlq.reason")


def test_the_log_keeps_whole_alerts_only_while_they_are_held(bus: MemoryBus) -> None:
    with http_receiver() as rx:
        sub = subscribe(bus, rx.url, throttle={"max": 1, "per": "1h"})
        sent, held = publish(bus, sub, count=2)
        drain(bus, make(bus, clock=lambda: T0))
    records = {k.decode(): json.loads(v) for k, v in bus.read_table(DELIVERIES).items()}
    assert "evidence" not in records[f"{sent.id}|decision"]["alert"]
    assert records[f"{sent.id}|decision"]["alert"]["article"]["title"] == sent.article.title
    assert records[f"{held.id}|decision"]["alert"]["evidence"]


def test_alerts_of_a_removed_subscription_are_not_delivered(bus: MemoryBus) -> None:
    import time

    with http_receiver() as rx:
        sub = subscribe(bus, rx.url)
        publish(bus, sub, count=3)
        SubscriptionStore(bus).remove(sub.id)
        notifier = make(bus)
        notifier.subscription_wait = 0.3
        started = time.monotonic()
        drain(bus, notifier)
    assert rx.requests == []
    assert time.monotonic() - started < 3  # waited for the subscription once, not per alert


def test_a_send_decision_goes_out_with_its_delivery_record_after_the_request(bus: MemoryBus) -> None:
    # One produce request per alert instead of two: the decision to send waits in memory for the
    # delivery record. A crash in between loses both, and the alert is decided and delivered again.
    written: list[str] = []
    original = bus.send

    def send(topic, value, key=None, headers=None, partition=None):  # type: ignore[no-untyped-def]
        if topic == DELIVERIES:
            written.append(key.decode())
        original(topic, value, key=key, headers=headers, partition=partition)

    bus.send = send  # type: ignore[method-assign]

    class Noting:
        kind = "webhook"

        def __init__(self) -> None:
            self.seen: list[list[str]] = []

        def deliver(self, item, channel) -> None:  # type: ignore[no-untyped-def]
            self.seen.append(list(written))

        def close(self) -> None:
            pass

    sub = subscribe(bus, "http://127.0.0.1:9/hook")
    first, second = publish(bus, sub, count=2)
    noting = Noting()
    drain(bus, make(bus, senders={"webhook": noting}))
    assert noting.seen[0] == []  # nothing of the first alert was written before its request
    assert written[0] == f"{first.id}|decision" and written[1].startswith(f"{first.id}|")
    assert noting.seen[1] == written[:2]
    assert written[2] == f"{second.id}|decision" and written[3].startswith(f"{second.id}|")
    records = {k.decode(): json.loads(v) for k, v in bus.read_table(DELIVERIES).items()}
    assert records[f"{second.id}|decision"]["decision"] == "send"
