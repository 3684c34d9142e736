"""What the pollers can be told: one frozen object, built from the shared Settings or by hand in tests.

The lead's ``core.settings.Settings`` carries the ``ingest_*`` fields read from YAML and the
environment; ``IngestConfig.from_settings`` turns them into seconds and bytes once, so the rest
of ingest never parses a duration or reads the environment.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from importlib.metadata import PackageNotFoundError, version
from typing import Any

__all__ = ["IngestConfig", "user_agent"]

PROJECT_URL = "https://github.com/newsradar/newsradar"


def user_agent() -> str:
    """``newsradar/VERSION (+URL)``: identifies us to feed owners and tells them where to complain."""
    try:
        ver = version("newsradar")
    except PackageNotFoundError:  # a checkout that was not installed
        ver = "0.0.0"
    return f"newsradar/{ver} (+{PROJECT_URL})"


@dataclass(frozen=True)
class IngestConfig:
    """Every knob of fetching, parsing and scheduling; durations in seconds, sizes in bytes."""

    concurrency: int = 200                 # fetches in flight at once, over all domains
    per_domain: int = 2                    # connections per registrable domain
    connect_timeout: float = 10.0
    deadline: float = 30.0                 # the whole fetch, redirects and body included
    max_bytes: int = 15 * 1024 * 1024      # body cap counted after decompression
    max_redirects: int = 5
    allow_private: bool = False            # loopback/private/link-local targets (tests, home labs)
    allow_hosts: tuple[str, ...] = ()      # hosts allowed even when private (an intranet feed server)
    user_agent: str = ""
    parse_workers: int = 2                 # parser processes; 0 parses in the calling process
    parse_timeout: float = 10.0            # hard limit per feed: the worker is killed past it
    min_interval: float = 300.0
    max_interval: float = 86400.0
    default_interval: float = 900.0        # first poll and feeds with no dated entries
    jitter: float = 0.25                   # up to +25 % so feeds added together spread out
    backoff_base: float = 300.0            # first retry after an error; doubles per error
    backoff_max: float = 6 * 3600.0
    retry_after_default: float = 3600.0    # 429/503 without Retry-After: 1-2 h (jitter doubles at most)
    retry_after_max: float = 7 * 86400.0   # never trust a server asking for more
    unconditional_every: float = 12 * 3600.0  # ignore validators now and then: some servers break them
    seen_min: int = 100                    # entry ids remembered per feed: this, or 2x the feed's entries
    times_max: int = 200                   # entry dates kept for the frequency estimate
    fulltext_min_chars: int = 400          # below this an entry's text counts as "a short summary"
    fulltext_max_per_poll: int = 20

    def __post_init__(self) -> None:
        if not self.user_agent:
            object.__setattr__(self, "user_agent", user_agent())

    @classmethod
    def from_settings(cls, settings: Any, **overrides: Any) -> IngestConfig:
        """Build from ``core.settings.Settings`` (``ingest_*`` fields, ``allow_private_targets``)."""
        secs = settings.seconds
        values: dict[str, Any] = {
            "concurrency": settings.ingest_concurrency,
            "per_domain": settings.ingest_per_domain,
            "connect_timeout": secs("ingest_connect_timeout"),
            "deadline": secs("ingest_deadline"),
            "max_bytes": settings.ingest_max_bytes,
            "max_redirects": settings.ingest_max_redirects,
            "min_interval": secs("ingest_min_interval"),
            "max_interval": secs("ingest_max_interval"),
            "parse_workers": settings.ingest_parse_workers,
            "parse_timeout": secs("ingest_parse_timeout"),
            "allow_private": settings.allow_private_targets,
        }
        known = {f.name for f in fields(cls)}
        values.update({k: v for k, v in overrides.items() if k in known})
        return cls(**values)

    def with_(self, **changes: Any) -> IngestConfig:
        return replace(self, **changes)
