"""Throttling: per subscription at most N alerts per period; the rest go out as one digest at the
period's end ("and 14 more"), never dropped.

A period starts with the first alert of a subscription after the previous period ended (a fixed
window, not a sliding one: the digest then covers exactly one period). The clock is passed in so
tests step time by hand. The notifier records every decision in the delivery log and rebuilds
this state with ``restore`` after a restart or a rebalance.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from core.contracts import Alert, Digest, Subscription, utcnow

__all__ = ["Clock", "Decision", "Throttler", "digest_id"]

Clock = Callable[[], datetime]


def digest_id(subscription: str, period_start: datetime) -> str:
    return hashlib.sha256(f"digest\x1f{subscription}\x1f{period_start.isoformat()}".encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Decision:
    send: bool
    period_start: datetime | None  # None: the subscription is not throttled


@dataclass
class _Period:
    start: datetime
    length: timedelta
    sent: int = 0
    held: dict[str, Alert] = field(default_factory=dict)

    @property
    def end(self) -> datetime:
        return self.start + self.length


class Throttler:
    """Decides send-or-hold per alert and hands out the digests whose period has ended."""

    def __init__(self, clock: Clock = utcnow) -> None:
        self._clock = clock
        self._periods: dict[str, _Period] = {}

    def admit(self, sub: Subscription, alert: Alert) -> Decision:
        """Send now, or hold for the digest of the current period."""
        if sub.throttle is None:
            return Decision(True, None)
        now = self._clock()
        length = timedelta(seconds=sub.throttle.seconds)
        period = self._periods.get(sub.id)
        if period is None or now >= period.end:
            if period is not None and period.held:
                # An ended period whose digest was not collected yet keeps its own slot.
                self._periods[f"{sub.id}\x1f{period.start.isoformat()}"] = period
            period = self._periods[sub.id] = _Period(now, length)
        if alert.id in period.held:
            return Decision(False, period.start)
        if period.sent < sub.throttle.max:
            period.sent += 1
            return Decision(True, period.start)
        period.held[alert.id] = alert
        return Decision(False, period.start)

    def restore(self, sub: Subscription, period_start: datetime, sent: int, held: list[Alert]) -> None:
        """Put back a period found in the delivery log."""
        if sub.throttle is None and not held:
            return
        length = timedelta(seconds=sub.throttle.seconds if sub.throttle else 0)
        period = _Period(period_start, length, sent, {a.id: a for a in held})
        current = self._periods.get(sub.id)
        if current is None or current.start <= period_start:
            if current is not None and current.held:
                self._periods[f"{sub.id}\x1f{current.start.isoformat()}"] = current
            self._periods[sub.id] = period
        else:
            self._periods[f"{sub.id}\x1f{period_start.isoformat()}"] = period

    def forget(self, subscription: str) -> None:
        """Drop the state of a subscription whose partition moved to another notifier."""
        for key in [k for k in self._periods if k.split("\x1f", 1)[0] == subscription]:
            del self._periods[key]

    def held(self) -> int:
        return sum(len(p.held) for p in self._periods.values())

    def due(self, *, all_pending: bool = False) -> list[Digest]:
        """Digests of every period that has ended (or, with ``all_pending``, of every period holding alerts)."""
        now = self._clock()
        out = []
        for key, period in list(self._periods.items()):
            if now < period.end and not all_pending:
                continue
            sub_id = key.split("\x1f", 1)[0]
            if period.held:
                alerts = sorted(period.held.values(), key=lambda a: a.created_at)
                out.append(Digest(id=digest_id(sub_id, period.start), subscription=sub_id, alerts=alerts,
                                  held_back=len(alerts), period=(period.start, period.end), created_at=now))
                period.held = {}
            if now >= period.end or key != sub_id:
                del self._periods[key]
        return out
