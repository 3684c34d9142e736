"""The alert engine on the in-process bus: subscriptions read whole and followed, alerts keyed by subscription."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from alerts.engine import AlertEngine, run_engine
from alerts.metrics import AlertMetrics
from alerts.subscriptions import SubscriptionStore
from core.bus.base import Message, StopFlag
from core.bus.memory import MemoryBus
from core.bus.topics import ALERTS, ENRICHED
from core.contracts import Alert, Subscription, alert_id, decode, encode
from tests.alerts.helpers import make_article


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[MemoryBus]:
    bus = MemoryBus(tmp_path / "state.db")
    yield bus
    bus.close()


def read_all(bus: MemoryBus, topic: str) -> list[Message]:
    consumer = bus.consumer("test-reader", [topic])
    out: list[Message] = []
    try:
        for _ in range(40):
            batch = consumer.poll(timeout=0.05)
            out += batch
            if not batch and out:
                break
    finally:
        consumer.close()
    return out


def test_one_alert_per_subscription_and_article_keyed_by_subscription(bus: MemoryBus) -> None:
    store = SubscriptionStore(bus)
    store.put(Subscription(id="putin-kim", actors=["Q7747", "Q56226"], scope="sentence"))
    store.put(Subscription(id="china-only", actors=["Q148"], match="any", languages=["en"]))
    store.put(Subscription(id="gone", actors=["Q7747"], match="any"))
    store.remove("gone")
    article = make_article(id="seed")
    for _ in range(2):  # the same story twice (same canonical URL -> same id)
        bus.send(ENRICHED, encode(article), key=article.id.encode())
    other = make_article(id="other", actors={})
    bus.send(ENRICHED, encode(other), key=b"other")
    bus.flush()
    metrics = AlertMetrics(CollectorRegistry())
    handled = run_engine(bus, StopFlag(), metrics=metrics, idle_exit=0.5)
    assert handled == 3
    (message,) = read_all(bus, ALERTS)
    alert = decode(Alert, message.value)  # type: ignore[arg-type]
    assert message.key == b"putin-kim"
    assert alert.id == alert_id("putin-kim", "seed")
    assert [a.id for a in alert.actors] == ["Q7747", "Q56226"]
    assert metrics.articles._value.get() == 3
    assert metrics.fired.labels("1")._value.get() == 1


def test_engine_follows_subscription_changes(bus: MemoryBus) -> None:
    store = SubscriptionStore(bus)
    store.put(Subscription(id="a", actors=["Q7747"], match="any"))
    engine = AlertEngine(bus, metrics=AlertMetrics(CollectorRegistry()))
    engine.start(10)
    try:
        assert [a.subscription for a in engine.alerts_for(make_article())] == ["a"]
        store.put(Subscription(id="b", actors=["Q148"], match="any"))
        store.remove("a")
        deadline = time.monotonic() + 5
        while engine.index.get("a") is not None or engine.index.get("b") is None:
            assert time.monotonic() < deadline, "engine did not follow the subscriptions topic"
            time.sleep(0.01)
        assert [a.subscription for a in engine.alerts_for(make_article())] == ["b"]
    finally:
        engine.close()
