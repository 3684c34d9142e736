"""Per-feed poll state: validators, body hash, schedule, errors and the entry ids already emitted.

It travels as JSON (``newsradar.feed-state``, key = feed id, in Kafka mode) or sits in a small
SQLite file (``newsradar poll --state``), so a restart or a rebalance repeats nothing.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["FeedState", "SqliteStateStore", "remember_seen", "seen_key"]


def seen_key(article_id: str) -> str:
    """What the state remembers per entry: 64 bits of the id keep 100,000 feeds' states small."""
    return article_id[:16]


class FeedState(BaseModel):
    model_config = ConfigDict(extra="ignore")

    v: int = 1
    feed: str
    url: str = ""                    # where to poll now: the added URL until a 301/308 moves it
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_poll: float = 0.0           # epoch seconds
    last_unconditional: float = 0.0
    next_poll: float = 0.0
    interval: float = 0.0
    errors: int = 0                  # consecutive
    last_error: str = ""
    gone: bool = False
    retry_until: float = 0.0         # a server's Retry-After: no request before this
    seen: list[str] = Field(default_factory=list)          # article ids, oldest first
    entry_times: list[float] = Field(default_factory=list)  # published times of recent entries

    def to_bytes(self) -> bytes:
        return self.model_dump_json().encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes | str) -> FeedState:
        return cls.model_validate_json(data)


def remember_seen(seen: list[str], new: Iterable[str], limit: int) -> list[str]:
    """Append ``new`` ids and keep the ``limit`` most recent (a feed shows its latest entries)."""
    out = list(seen)
    out.extend(new)
    return out[-limit:] if len(out) > limit else out


class SqliteStateStore:
    """Feed states in one SQLite file, for polling without a broker. Safe to share between threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS feed_state (feed TEXT PRIMARY KEY, state BLOB NOT NULL)")

    def load_all(self) -> dict[str, FeedState]:
        with self._lock:
            rows = self._db.execute("SELECT feed, state FROM feed_state").fetchall()
        return {feed: FeedState.from_bytes(state) for feed, state in rows}

    def get(self, feed: str) -> FeedState | None:
        with self._lock:
            row = self._db.execute("SELECT state FROM feed_state WHERE feed = ?", (feed,)).fetchone()
        return FeedState.from_bytes(row[0]) if row else None

    def put(self, state: FeedState) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO feed_state (feed, state) VALUES (?, ?)",
                             (state.feed, state.to_bytes()))

    def close(self) -> None:
        with self._lock:
            self._db.close()
