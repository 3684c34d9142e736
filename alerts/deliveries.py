"""The delivery log: what the notifier decided and delivered, on the compacted ``newsradar.deliveries``.

Keys:
  * ``<alert id>|decision``: sent now, held for a digest, or digested (with the alert and the
    throttle period, so a restarted notifier rebuilds its throttle and its pending digests);
  * ``<alert or digest id>|<channel key>``: delivered, or dead-lettered, on that channel.

The topic is co-partitioned with ``newsradar.alerts``: every record is written to the partition
its alert came from (whatever its own key would hash to), and carries that number too. The owner
of an alerts partition owns the subscription's throttle, digest and delivery records, so a
notifier holds only the records of the partitions assigned to it: the bus restores them on
assignment (``DeliveryLog.restore``) and they are dropped on revocation. ``DeliveryHistory`` reads
the whole log, read-only, for the API's list of recent alerts.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from core.bus.base import Bus, Table
from core.bus.topics import DELIVERIES
from core.contracts import Alert, utcnow

__all__ = ["DeliveryHistory", "DeliveryLog", "PeriodState", "decision_key", "delivery_key", "parse_record",
           "recent_alerts"]

log = logging.getLogger(__name__)

Decided = Literal["send", "hold", "digested"]


def decision_key(alert: str) -> str:
    return f"{alert}|decision"


def delivery_key(item: str, channel: str) -> str:
    return f"{item}|{channel}"


@dataclass
class PeriodState:
    subscription: str
    start: datetime
    sent: int
    held: list[Alert]
    partition: int


def parse_record(value: bytes) -> dict[str, Any] | None:
    """A delivery-log record, or None (with a warning) for anything that is not one of ours."""
    try:
        record = json.loads(value)
    except ValueError:
        record = None
    if not isinstance(record, dict) or record.get("kind") not in ("decision", "delivery"):
        log.warning("ignoring a record that is not ours in the delivery log", extra={"topic": DELIVERIES})
        return None
    return record


def recent_alerts(records: Iterable[dict[str, Any]], limit: int = 50,
                  subscription: str | None = None) -> list[dict[str, Any]]:
    """The latest alerts decided on, newest first."""
    found = [r for r in records
             if r.get("kind") == "decision" and (subscription is None or r["subscription"] == subscription)]
    found.sort(key=lambda r: r["alert"].get("created_at", ""), reverse=True)
    return [{**r["alert"], "decision": r["decision"]} for r in found[:limit]]


def _summary(alert: Alert) -> dict[str, Any]:
    return alert.model_dump(mode="json", include={
        "id": True, "kind": True, "subscription": True, "actors": True, "topics": True, "created_at": True,
        "article": {"id", "url", "title", "source", "lang", "published"}})


class DeliveryLog:
    """The records of the alerts partitions this notifier owns: restored on assignment, plus its own writes
    (seen at once), dropped on revocation."""

    def __init__(self, bus: Bus) -> None:
        self._bus = bus
        self._lock = threading.Lock()
        self._records: dict[str, dict[str, Any]] = {}
        self._deferred: list[tuple[str, bytes, int]] = []  # written with the next record (see ``decide``)

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def restore(self, partitions: Iterable[int], restored: Mapping[bytes, bytes]) -> int:
        """Take the records of ``partitions`` from what the bus restored; how many were kept.

        A record is kept by the partition it names: one written before the log was co-partitioned
        may sit on another partition, and belongs to whoever owns the partition it names."""
        wanted = set(partitions)
        kept: dict[str, dict[str, Any]] = {}
        for key, value in restored.items():
            record = parse_record(value)
            if record is not None and record.get("partition") in wanted:
                kept[key.decode("utf-8", "replace")] = record
        with self._lock:
            self._records = {k: r for k, r in self._records.items() if r.get("partition") not in wanted}
            self._records.update(kept)
        return len(kept)

    def drop(self, partitions: Iterable[int]) -> None:
        """Forget the records of partitions given up: their new owner restores them from the topic."""
        gone = set(partitions)
        with self._lock:
            self._records = {k: r for k, r in self._records.items() if r.get("partition") not in gone}

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            return self._records.get(key)

    def write(self, key: str, record: dict[str, Any], partition: int, flush: bool = True,
              defer: bool = False) -> None:
        """Record on the alert's ``partition`` and (by default) wait for the broker's acknowledgement.

        ``defer`` keeps the record in memory only until the next write (or ``send_deferred``)."""
        record = {"v": 1, "at": utcnow().isoformat(), **record, "partition": partition}
        value = json.dumps(record).encode("utf-8")
        with self._lock:
            self._records[key] = record
            if defer:
                self._deferred.append((key, value, partition))
                return
        self.send_deferred()
        self._bus.send(DELIVERIES, value, key=key.encode("utf-8"), partition=partition)
        if flush:
            self._bus.flush()

    def send_deferred(self) -> None:
        with self._lock:
            deferred, self._deferred = self._deferred, []
        for key, value, partition in deferred:
            self._bus.send(DELIVERIES, value, key=key.encode("utf-8"), partition=partition)

    def decide(self, alert: Alert, partition: int, decided: Decided, period: datetime | None,
               flush: bool = False, defer: bool = False) -> None:
        """Record a throttle decision. Not flushed by default: the next delivery record's flush (or the
        consumer loop's flush before it commits) acknowledges it, one broker round trip per alert.
        ``defer``: sent together with the next record, as one produce request (a "send" decision
        goes out with its delivery record: lost with it at a crash, it is decided again, the same way)."""
        self.write(decision_key(alert.id), partition=partition, flush=flush, defer=defer, record={
            "kind": "decision", "subscription": alert.subscription,
            "decision": decided, "period": period.isoformat() if period else None,
            # Held alerts keep their whole body (the digest is built from it after a restart); the
            # rest keep what the API's recent-alerts list shows, so the log stays small in memory.
            "alert": alert.model_dump(mode="json") if decided == "hold" else _summary(alert),
        })

    def delivered(self, item: str, subscription: str, channel: str, partition: int, outcome: str,
                  attempts: int, reason: str = "", digest: bool = False, flush: bool = True) -> None:
        self.write(delivery_key(item, channel), partition=partition, flush=flush, record={
            "kind": "delivery", "item": item, "digest": digest, "subscription": subscription,
            "channel": channel, "outcome": outcome, "attempts": attempts, "reason": reason[:500],
        })

    def periods(self, partitions: Iterable[int]) -> list[PeriodState]:
        """The throttle periods (with their held alerts) of the subscriptions on ``partitions``."""
        wanted = set(partitions)
        latest: dict[str, str] = {}
        sent: dict[tuple[str, str], int] = {}
        owner: dict[str, int] = {}
        held: dict[tuple[str, str], list[Alert]] = {}
        with self._lock:
            records = [r for r in self._records.values()
                       if r.get("kind") == "decision" and r.get("partition") in wanted and r.get("period")]
        for r in records:
            slot = (r["subscription"], r["period"])
            owner[r["subscription"]] = r["partition"]
            latest[r["subscription"]] = max(latest.get(r["subscription"], ""), r["period"])
            if r["decision"] == "send":
                sent[slot] = sent.get(slot, 0) + 1
            elif r["decision"] == "hold":
                held.setdefault(slot, []).append(Alert.model_validate(r["alert"]))
        out = []
        for slot in set(held) | {(s, p) for s, p in latest.items()}:
            out.append(PeriodState(slot[0], datetime.fromisoformat(slot[1]), sent.get(slot, 0), held.get(slot, []),
                                   owner[slot[0]]))
        return sorted(out, key=lambda p: p.start)


class DeliveryHistory:
    """The whole log read and followed, read-only (the API's recent alerts): not for deciding anything."""

    def __init__(self, bus: Bus) -> None:
        self._bus = bus
        self._lock = threading.Lock()
        self._records: dict[str, dict[str, Any]] = {}
        self._table: Table | None = None

    def start(self, timeout: float = 60.0) -> bool:
        self._table = self._bus.table(DELIVERIES, on_change=self._changed)
        ready = self._table.wait_ready(timeout)
        for key, value in self._table.snapshot().items():
            self._changed(key, value)
        return ready

    def close(self) -> None:
        if self._table is not None:
            self._table.close()

    def _changed(self, key: bytes, value: bytes | None) -> None:
        name = key.decode("utf-8", "replace")
        record = parse_record(value) if value is not None else None
        with self._lock:
            if record is None:
                self._records.pop(name, None)
            else:
                self._records[name] = record

    def recent_alerts(self, limit: int = 50, subscription: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            records = list(self._records.values())
        return recent_alerts(records, limit, subscription)
