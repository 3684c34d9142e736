"""Reading the HTTP response headers that steer scheduling: Retry-After and Cache-Control max-age."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC
from email.utils import parsedate_to_datetime

__all__ = ["max_age", "parse_retry_after"]

_MAX_AGE = re.compile(r"(?:^|[,\s])(?:s-)?max-age\s*=\s*\"?(\d+)", re.IGNORECASE)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from ``now`` (epoch seconds), or None when absent or unreadable.

    Retry-After is either delta-seconds or an HTTP date; a date in the past means "now" (0).
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; a naive one is read as such
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def max_age(headers: Mapping[str, str]) -> float | None:
    """Cache-Control max-age in seconds (None when absent, or when no-cache/no-store says nothing)."""
    cache = headers.get("cache-control")
    if not cache:
        return None
    match = _MAX_AGE.search(cache)
    return float(match.group(1)) if match else None
