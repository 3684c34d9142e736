"""When to poll a feed next: pure functions of (state, result, now).

A feed is polled about as often as it publishes (7 days / entries in the last 7 days), clamped
to [min_interval, max_interval], never sooner than the feed or its server asks (``<ttl>``,
Cache-Control max-age, Retry-After), with 0-25 % jitter so feeds added together drift apart.
Errors back off exponentially up to a cap and never disable a feed; only 410 Gone does.
Randomness comes in as ``rnd`` in [0, 1), so every decision is reproducible in a test.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from ingest.config import IngestConfig

__all__ = ["WEEK", "Decision", "Outcome", "PollResult", "decide", "observed_interval", "recent_times"]

WEEK = 7 * 86400.0
Outcome = Literal["ok", "not_modified", "unchanged", "error", "gone", "rate_limited"]


@dataclass(frozen=True)
class PollResult:
    outcome: Outcome
    ttl: float | None = None          # seconds, from the feed's <ttl> (minutes in RSS)
    max_age: float | None = None      # Cache-Control max-age, seconds
    retry_after: float | None = None  # seconds from now, when the server sent one


@dataclass(frozen=True)
class Decision:
    next_poll: float
    interval: float
    errors: int
    retry_until: float
    gone: bool


def recent_times(times: Iterable[float], now: float, keep: int = 500) -> list[float]:
    """The entry times of the last week (the window the interval is computed from), newest last."""
    kept = sorted(t for t in times if now - WEEK <= t <= now + 3600)
    return kept[-keep:]


def observed_interval(entry_times: Iterable[float], now: float, cfg: IngestConfig) -> float:
    """7 days / entries published in the last 7 days, clamped; max_interval for a silent feed."""
    count = sum(1 for t in entry_times if now - WEEK <= t <= now + 3600)
    raw = WEEK / count if count else cfg.max_interval
    return min(max(raw, cfg.min_interval), cfg.max_interval)


def _backoff(errors: int, cfg: IngestConfig) -> float:
    return min(cfg.backoff_base * 2.0 ** max(errors - 1, 0), cfg.backoff_max)


def decide(errors: int, entry_times: Iterable[float], result: PollResult, now: float, cfg: IngestConfig,
           *, rnd: float = 0.0, feed_interval: float | None = None) -> Decision:
    """The next poll after ``result``: ``errors`` is the count of consecutive errors before it."""
    jitter = 1.0 + cfg.jitter * min(max(rnd, 0.0), 1.0)
    if result.outcome == "gone":
        return Decision(now + cfg.max_interval, cfg.max_interval, 0, 0.0, True)
    if result.outcome == "error":
        errors += 1
        delay = _backoff(errors, cfg) * jitter
        return Decision(now + delay, delay, errors, 0.0, False)

    base = feed_interval if feed_interval else observed_interval(entry_times, now, cfg)
    for floor in (result.ttl, result.max_age):
        if floor:
            base = max(base, min(floor, cfg.max_interval))
    if result.outcome == "rate_limited":
        if result.retry_after is not None:
            wait = min(result.retry_after, cfg.retry_after_max)
        else:
            wait = cfg.retry_after_default * (1.0 + min(max(rnd, 0.0), 1.0))  # 1-2 h
        interval = max(base * jitter, wait)
        return Decision(now + interval, interval, errors, now + wait, False)
    interval = base * jitter
    return Decision(now + interval, interval, 0, 0.0, False)
