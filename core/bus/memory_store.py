"""The embedded bus's storage: every topic and committed offset in one SQLite file.

One connection, used under the bus's lock. Writes open a transaction that ``commit`` ends (the
bus's ``flush`` and a consumer's ``commit``): a crash loses only what was never flushed, and a
committed offset is never durable without the messages sent before it. Compacted topics live in
their own table with one row per key, so compaction is the insert itself.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Mapping
from pathlib import Path

from core.errors import BusError

__all__ = ["Row", "Store", "pack_headers", "unpack_headers"]

Row = tuple[int, bytes | None, bytes | None, bytes | None, float]  # offset, key, value, headers, timestamp

SCHEMA = """
CREATE TABLE IF NOT EXISTS topics (name TEXT PRIMARY KEY, partitions INTEGER NOT NULL, compacted INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS log (topic TEXT, part INTEGER, off INTEGER, key BLOB, value BLOB, headers BLOB, ts REAL,
                                PRIMARY KEY (topic, part, off)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS compacted (topic TEXT, part INTEGER, off INTEGER, key BLOB, value BLOB, headers BLOB,
                                      ts REAL, PRIMARY KEY (topic, part, off)) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS compacted_key ON compacted (topic, part, key);
CREATE TABLE IF NOT EXISTS offsets (grp TEXT, topic TEXT, part INTEGER, off INTEGER,
                                    PRIMARY KEY (grp, topic, part)) WITHOUT ROWID;
"""


def pack_headers(headers: Mapping[str, bytes] | None) -> bytes | None:
    if not headers:
        return None
    out = bytearray()
    for name, value in headers.items():
        raw = name.encode("utf-8")
        out += struct.pack(">HI", len(raw), len(value)) + raw + value
    return bytes(out)


def unpack_headers(data: bytes | None) -> tuple[tuple[str, bytes], ...]:
    if not data:
        return ()
    out, i = [], 0
    while i < len(data):
        name_len, value_len = struct.unpack_from(">HI", data, i)
        i += 6
        name = data[i:i + name_len].decode("utf-8")
        i += name_len
        out.append((name, bytes(data[i:i + value_len])))
        i += value_len
    return tuple(out)


class Store:
    def __init__(self, path: str | Path | None) -> None:
        target = ":memory:" if path is None else str(path)
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(target, isolation_level=None, check_same_thread=False, timeout=10.0)
            self.db.execute("PRAGMA journal_mode=WAL")
            # A process crash (even SIGKILL) keeps every committed transaction with NORMAL in WAL mode.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
        except sqlite3.Error as exc:
            raise BusError(f"cannot open the bus state file {target}: {exc}") from exc
        self.in_tx = False
        self._pending: list[tuple[str, int, int, bytes | None, bytes | None, bytes | None, float]] = []
        self.topics: dict[str, tuple[int, bool]] = {}
        self.ends: dict[tuple[str, int], int] = {}
        self._version = -1
        self.refresh()

    def refresh(self) -> bool:
        """Reload topics and end offsets if another connection wrote since; True if it did."""
        return False if self.in_tx else self._reload()

    def _reload(self) -> bool:
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if version == self._version:
            return False
        self._version = version
        self.topics = {name: (parts, bool(comp)) for name, parts, comp in
                       self.db.execute("SELECT name, partitions, compacted FROM topics")}
        for name, (parts, comp) in self.topics.items():
            table = "compacted" if comp else "log"
            for part in range(parts):
                row = self.db.execute(f"SELECT MAX(off) FROM {table} WHERE topic=? AND part=?", (name, part)).fetchone()
                self.ends[(name, part)] = 0 if row[0] is None else row[0] + 1
        return True

    def _begin(self) -> None:
        if not self.in_tx:
            try:
                self.db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise BusError(f"the bus state file is locked by another writer: {exc}") from exc
            self.in_tx = True
            # Holding the write lock now: catch up with what another process wrote before it.
            self._reload()

    def commit(self) -> None:
        if not self.in_tx:
            return
        self.in_tx = False
        try:
            self._write_pending()
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._version = -1  # the in-memory end offsets may be ahead of the file now
            self._pending = []
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise BusError(f"writing the bus state failed: {exc}") from exc
        self._version = self.db.execute("PRAGMA data_version").fetchone()[0]

    def create_topic(self, name: str, partitions: int, compacted: bool) -> None:
        if name in self.topics:
            return
        self._begin()
        self.db.execute("INSERT OR IGNORE INTO topics VALUES (?, ?, ?)", (name, partitions, int(compacted)))
        self.topics[name] = (partitions, compacted)
        for part in range(partitions):
            self.ends.setdefault((name, part), 0)
        self.commit()

    def append(self, topic: str, part: int, key: bytes | None, value: bytes | None,
               headers: bytes | None, ts: float) -> int:
        self._begin()
        off = self.ends[(topic, part)]
        # Rows wait in memory and go to SQLite in one executemany before any read or commit:
        # several times cheaper per message than one INSERT each.
        self._pending.append((topic, part, off, key, value, headers, ts))
        self.ends[(topic, part)] = off + 1
        if len(self._pending) >= 1000:
            self._write_pending()
        return off

    def _write_pending(self) -> None:
        if not self._pending:
            return
        rows, self._pending = self._pending, []
        log_rows = [r for r in rows if not self.topics[r[0]][1]]
        if log_rows:
            self.db.executemany("INSERT INTO log VALUES (?, ?, ?, ?, ?, ?, ?)", log_rows)
        if len(log_rows) < len(rows):
            # OR REPLACE on the compacted table drops the key's older row: compaction on write.
            self.db.executemany("INSERT OR REPLACE INTO compacted VALUES (?, ?, ?, ?, ?, ?, ?)",
                                [r for r in rows if self.topics[r[0]][1]])

    def read(self, topic: str, part: int, start: int, limit: int) -> list[Row]:
        self._write_pending()
        table = "compacted" if self.topics[topic][1] else "log"
        return self.db.execute(
            f"SELECT off, key, value, headers, ts FROM {table} WHERE topic=? AND part=? AND off>=? "
            "ORDER BY off LIMIT ?", (topic, part, start, limit)).fetchall()

    def latest(self, topic: str, parts: list[int]) -> dict[bytes, bytes]:
        """The latest value per key of the partitions (tombstoned keys absent)."""
        if topic not in self.topics:
            return {}
        out: dict[bytes, bytes] = {}
        for part in parts:
            for _, key, value, _, _ in self.read(topic, part, 0, -1):
                if key is None:
                    continue
                if value is None:
                    out.pop(key, None)
                else:
                    out[key] = value
        return out

    def committed(self, group: str, topic: str, part: int) -> int | None:
        row = self.db.execute("SELECT off FROM offsets WHERE grp=? AND topic=? AND part=?",
                              (group, topic, part)).fetchone()
        return None if row is None else int(row[0])

    def save_offsets(self, group: str, offsets: Mapping[tuple[str, int], int]) -> None:
        self._begin()
        self.db.executemany("INSERT OR REPLACE INTO offsets VALUES (?, ?, ?, ?)",
                            [(group, t, p, o) for (t, p), o in offsets.items()])
        self.commit()

    def close(self) -> None:
        self.commit()
        self.db.close()
