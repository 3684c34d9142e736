"""The alert engine (`newsradar alert`): group ``newsradar-alert`` over ``newsradar.enriched``.

Every worker reads all subscriptions (the compacted topic, whole, then followed) into the
inverted index; per article it evaluates only the subscriptions of the article's actors and
produces each alert to ``newsradar.alerts`` keyed by subscription id, so one notifier owns each
subscription. The alert id is a hash of (subscription, article id): an article arriving twice
gives the same alert, which the notifier's delivery log drops.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime

from alerts.metrics import AlertMetrics, alert_metrics, match_bucket
from alerts.rules import evaluate
from alerts.subscriptions import SubscriptionIndex
from core.bus.base import Bus, Consumer, Message, StopFlag, Table
from core.bus.topics import ALERTS, ENRICHED, SUBSCRIPTIONS
from core.contracts import Alert, EnrichedArticle, decode, encode, utcnow

__all__ = ["GROUP", "AlertEngine", "run_engine"]

log = logging.getLogger(__name__)

GROUP = "newsradar-alert"
_RECENT = 100_000  # alert ids remembered to skip re-producing a repeated article


class AlertEngine:
    def __init__(self, bus: Bus, *, clock: Callable[[], datetime] = utcnow,
                 metrics: AlertMetrics | None = None) -> None:
        self.bus = bus
        self.index = SubscriptionIndex()
        self.metrics = metrics or alert_metrics()
        self._clock = clock
        self._recent: OrderedDict[str, None] = OrderedDict()
        self._table: Table | None = None

    def start(self, timeout: float = 60.0) -> bool:
        """Load every subscription and follow changes; True once the whole topic was read."""
        self._table = self.bus.table(SUBSCRIPTIONS, on_change=self.index.apply)
        ready = self._table.wait_ready(timeout)
        for key, value in self._table.snapshot().items():
            self.index.apply(key, value)
        log.info("alert engine ready with %d subscriptions", len(self.index))
        return ready

    def close(self) -> None:
        if self._table is not None:
            self._table.close()

    def consumer(self) -> Consumer:
        return self.bus.consumer(GROUP, [ENRICHED])

    def alerts_for(self, article: EnrichedArticle) -> list[Alert]:
        started = time.perf_counter()
        alerts = evaluate(article, self.index, self._clock())
        self.metrics.evaluate_seconds.observe(time.perf_counter() - started)
        self.metrics.articles.inc()
        return alerts

    def handle(self, batch: Sequence[Message]) -> None:
        for message in batch:
            if message.value is None:
                continue
            alerts = self.alerts_for(decode(EnrichedArticle, message.value))
            fresh = [a for a in alerts if a.id not in self._recent]
            for alert in fresh:
                self.bus.send(ALERTS, encode(alert), key=alert.subscription.encode("utf-8"))
                self._remember(alert.id)
            if alerts:
                self.metrics.fired.labels(match_bucket(len(alerts))).inc(len(fresh))

    def _remember(self, alert: str) -> None:
        self._recent[alert] = None
        if len(self._recent) > _RECENT:
            self._recent.popitem(last=False)


def run_engine(bus: Bus, stop: StopFlag, *, metrics: AlertMetrics | None = None,
               idle_exit: float | None = None) -> int:
    """The `newsradar alert` loop until ``stop`` (or ``idle_exit`` seconds idle); articles handled."""
    from core.service import run_consumer

    engine = AlertEngine(bus, metrics=metrics)
    engine.start()
    try:
        return run_consumer(bus, engine.consumer(), engine.handle, stop, stage="alert", group=GROUP,
                            idle_exit=idle_exit)
    finally:
        engine.close()


if __name__ == "__main__":  # pragma: no cover - `python -m alerts.engine`
    from alerts.serve import serve

    raise SystemExit(serve("alert"))
