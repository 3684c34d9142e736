"""The delivery log: what the notifier decided and delivered, on the compacted ``newsradar.deliveries``.

Keys:
  * ``<alert id>|decision``: sent now, held for a digest, or digested (with the alert and the
    throttle period, so a restarted notifier rebuilds its throttle and its pending digests);
  * ``<alert or digest id>|<channel key>``: delivered, or dead-lettered, on that channel.

Each record carries the ``newsradar.alerts`` partition its alert came from: the owner of that
partition owns the subscription's throttle and digest, so a notifier restores exactly the state
of the partitions assigned to it.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from core.bus.base import Bus, Table
from core.bus.topics import DELIVERIES
from core.contracts import Alert, utcnow

__all__ = ["DeliveryLog", "PeriodState", "decision_key", "delivery_key"]

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


def _summary(alert: Alert) -> dict[str, Any]:
    return alert.model_dump(mode="json", include={
        "id": True, "kind": True, "subscription": True, "actors": True, "topics": True, "created_at": True,
        "article": {"id", "url", "title", "source", "lang", "published"}})


class DeliveryLog:
    """The log read whole and followed, plus the writes of this process (seen at once)."""

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
        if value is None:
            with self._lock:
                self._records.pop(name, None)
            return
        try:
            record = json.loads(value)
        except ValueError:
            record = None
        if not isinstance(record, dict) or record.get("kind") not in ("decision", "delivery"):
            log.warning("ignoring a record that is not ours in the delivery log", extra={"topic": DELIVERIES})
            return
        with self._lock:
            self._records[name] = record

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            return self._records.get(key)

    def write(self, key: str, record: dict[str, Any], flush: bool = True) -> None:
        """Record and (by default) wait for the broker's acknowledgement before going on."""
        record = {"v": 1, "at": utcnow().isoformat(), **record}
        with self._lock:
            self._records[key] = record
        self._bus.send(DELIVERIES, json.dumps(record).encode("utf-8"), key=key.encode("utf-8"))
        if flush:
            self._bus.flush()

    def decide(self, alert: Alert, partition: int, decided: Decided, period: datetime | None,
               flush: bool = False) -> None:
        """Record a throttle decision. Not flushed by default: the next delivery record's flush (or the
        consumer loop's flush before it commits) acknowledges it, one broker round trip per alert."""
        self.write(decision_key(alert.id), flush=flush, record={
            "kind": "decision", "subscription": alert.subscription, "partition": partition,
            "decision": decided, "period": period.isoformat() if period else None,
            # Held alerts keep their whole body (the digest is built from it after a restart); the
            # rest keep what the API's recent-alerts list shows, so the log stays small in memory.
            "alert": alert.model_dump(mode="json") if decided == "hold" else _summary(alert),
        })

    def delivered(self, item: str, subscription: str, channel: str, partition: int, outcome: str,
                  attempts: int, reason: str = "", digest: bool = False, flush: bool = True) -> None:
        self.write(delivery_key(item, channel), flush=flush, record={
            "kind": "delivery", "item": item, "digest": digest, "subscription": subscription,
            "channel": channel, "partition": partition, "outcome": outcome, "attempts": attempts,
            "reason": reason[:500],
        })

    def recent_alerts(self, limit: int = 50, subscription: str | None = None) -> list[dict[str, Any]]:
        """The latest alerts decided on, newest first (for the API)."""
        with self._lock:
            found = [r for r in self._records.values()
                     if r.get("kind") == "decision" and (subscription is None or r["subscription"] == subscription)]
        found.sort(key=lambda r: r["alert"].get("created_at", ""), reverse=True)
        return [{**r["alert"], "decision": r["decision"]} for r in found[:limit]]

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
