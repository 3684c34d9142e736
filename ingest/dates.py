"""Feed dates in the two formats nearly every feed uses, parsed strictly: RFC 822 (RSS) and W3C/ISO 8601 (Atom).

The fast parser only takes a feed whose every date it can read here; anything else (two-digit
years, named US time zones, week dates, Korean or Greek formats...) is ``Unusual`` and the whole
feed goes to feedparser, whose many date handlers are the reference. Within the accepted forms the
results equal feedparser's (tests/ingest/test_fastparse.py compares them).
"""

from __future__ import annotations

import calendar
import re

__all__ = ["BadDate", "parse_feed_date"]


class BadDate(ValueError):
    """A date outside the strict forms: the caller falls back to feedparser."""


_MONTHS = {name: i for i, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_RFC822 = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun),\s+)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+"
    r"(\d{2}):(\d{2})(?::(\d{2}))?\s+(gmt|ut|utc|z|[+-]\d{4})",
    re.IGNORECASE | re.ASCII,
)
_W3C = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?",
    re.IGNORECASE | re.ASCII,
)


def _epoch(year: int, month: int, day: int, hour: int, minute: int, second: int, offset_min: int) -> int:
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
            and hour < 24 and minute < 60 and second < 60 and 1900 <= year <= 9998):
        raise BadDate("field out of range")
    return calendar.timegm((year, month, day, hour, minute, second, 0, 0, 0)) - offset_min * 60


def _offset(zone: str) -> int:
    if zone[0] not in "+-":
        return 0  # GMT, UT, UTC, Z
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if minutes >= 60:
        raise BadDate("offset minutes out of range")
    total = hours * 60 + minutes
    return -total if zone[0] == "-" else total


def parse_feed_date(value: str) -> int | None:
    """Epoch seconds (UTC) of an RFC 822 or W3C date; None for an empty one; BadDate for any other."""
    value = value.strip()
    if not value:
        return None
    match = _RFC822.fullmatch(value)
    if match:
        day, mon, year, hour, minute, second, zone = match.groups()
        month = _MONTHS.get(mon.lower())
        if month is None:
            raise BadDate(value[:40])
        return _epoch(int(year), month, int(day), int(hour), int(minute), int(second or 0), _offset(zone))
    match = _W3C.fullmatch(value)
    if match:
        year, month_s, day, hour, minute, second, zone = match.groups()
        if hour is None:  # a date alone is midnight UTC
            return _epoch(int(year), int(month_s), int(day), 0, 0, 0, 0)
        return _epoch(int(year), int(month_s), int(day), int(hour), int(minute), int(second or 0), _offset(zone))
    raise BadDate(value[:40])
