"""Throttling windows with a hand-stepped clock: at most N per period, the rest in one digest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from alerts.rules import evaluate
from alerts.throttle import Throttler, digest_id
from core.contracts import Alert, Throttle
from tests.alerts.helpers import make_article, sub

T0 = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def alerts_for(subscription_id: str, n: int) -> list[Alert]:
    out = []
    for i in range(n):
        (alert,) = evaluate(make_article(id=f"art-{i}"), [sub(subscription_id)], T0 + timedelta(seconds=i))
        out.append(alert)
    return out


# (max, per, alert times in seconds from T0, expected send/hold pattern, digests after each period)
CASES = [
    ("under the limit", 3, "1h", [0, 10, 20], "SSS", []),
    ("over the limit", 2, "1h", [0, 10, 20, 30, 40], "SSHHH", [3]),
    ("new period resets", 1, "60s", [0, 30, 61, 62], "SHSH", [1, 1]),
    ("exactly at the end starts a new period", 1, "60s", [0, 60], "SS", []),
]


@pytest.mark.parametrize(("name", "limit", "per", "times", "pattern", "digests"), CASES, ids=[c[0] for c in CASES])
def test_throttle_table(name: str, limit: int, per: str, times: list[int], pattern: str,
                        digests: list[int]) -> None:
    clock = Clock()
    throttler = Throttler(clock)
    subscription = sub("t", throttle=Throttle(max=limit, per=per))
    got, held_back = "", []
    for alert, second in zip(alerts_for("t", len(times)), times, strict=True):
        clock.now = T0 + timedelta(seconds=second)
        held_back += [d.held_back for d in throttler.due()]
        got += "S" if throttler.admit(subscription, alert).send else "H"
    clock.now += timedelta(hours=2)
    held_back += [d.held_back for d in throttler.due()]
    assert got == pattern
    assert held_back == digests
    assert throttler.held() == 0


def test_digest_comes_at_the_period_end_with_every_held_alert() -> None:
    clock = Clock()
    throttler = Throttler(clock)
    subscription = sub("t", throttle=Throttle(max=1, per="1h"))
    alerts = alerts_for("t", 16)
    decisions = [throttler.admit(subscription, a) for a in alerts]
    assert [d.send for d in decisions].count(True) == 1
    clock.now = T0 + timedelta(minutes=59)
    assert throttler.due() == []
    clock.now = T0 + timedelta(hours=1)
    (digest,) = throttler.due()
    assert digest.held_back == 15 and len(digest.alerts) == 15
    assert {a.id for a in digest.alerts} == {a.id for a in alerts[1:]}
    assert digest.period == (T0, T0 + timedelta(hours=1))
    assert digest.id == digest_id("t", T0)
    assert throttler.due() == []


def test_a_repeated_held_alert_is_held_once() -> None:
    throttler = Throttler(Clock())
    subscription = sub("t", throttle=Throttle(max=1, per="1h"))
    first, second = alerts_for("t", 2)
    throttler.admit(subscription, first)
    assert not throttler.admit(subscription, second).send
    assert not throttler.admit(subscription, second).send
    assert throttler.held() == 1


def test_unthrottled_always_sends_and_all_pending_flushes_early() -> None:
    clock = Clock()
    throttler = Throttler(clock)
    assert all(throttler.admit(sub("free"), a).send for a in alerts_for("free", 5))
    limited = sub("t", throttle=Throttle(max=1, per="1d"))
    for alert in alerts_for("t", 3):
        throttler.admit(limited, alert)
    (digest,) = throttler.due(all_pending=True)
    assert digest.held_back == 2
    # The period goes on: the next alert in it is still held.
    assert not throttler.admit(limited, alerts_for("t", 4)[3]).send


def test_restore_puts_back_counts_and_held_alerts() -> None:
    clock = Clock()
    throttler = Throttler(clock)
    subscription = sub("t", throttle=Throttle(max=2, per="1h"))
    alerts = alerts_for("t", 4)
    throttler.restore(subscription, T0, sent=2, held=alerts[2:3])
    clock.now = T0 + timedelta(minutes=5)
    assert not throttler.admit(subscription, alerts[3]).send
    clock.now = T0 + timedelta(hours=1)
    (digest,) = throttler.due()
    assert digest.held_back == 2
