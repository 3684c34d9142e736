"""The alert and notify stages' metrics, declared once; labels come from fixed sets only."""

from __future__ import annotations

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram

from core.metrics import per_registry

__all__ = ["AlertMetrics", "alert_metrics", "match_bucket"]

# newsradar_alert_fired_total{matched}: how many subscriptions one article fired, bucketed.
_BUCKETS = ((1, "1"), (5, "2-5"), (20, "6-20"), (100, "21-100"))


def match_bucket(count: int) -> str:
    for upper, label in _BUCKETS:
        if count <= upper:
            return label
    return "100+"


class AlertMetrics:
    def __init__(self, registry: CollectorRegistry = REGISTRY) -> None:
        self.fired = Counter(
            "newsradar_alert_fired_total", "Alerts produced, by how many subscriptions the article fired",
            ["matched"], registry=registry)
        self.articles = Counter(
            "newsradar_alert_articles_total", "Enriched articles evaluated", registry=registry)
        self.evaluate_seconds = Histogram(
            "newsradar_alert_evaluate_seconds", "Evaluation time per article",
            buckets=(0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5), registry=registry)
        self.throttled = Counter(
            "newsradar_alert_throttled_total", "Alerts held back for a digest", registry=registry)
        self.deliveries = Counter(
            "newsradar_notify_deliveries_total", "Delivery outcomes", ["channel", "outcome"], registry=registry)
        self.retries = Counter(
            "newsradar_notify_retries_total", "Delivery attempts after the first", ["channel"], registry=registry)
        self.dlq = Counter(
            "newsradar_notify_dlq_total", "Alerts sent to newsradar.dlq after failing", registry=registry)
        self.latency = Histogram(
            "newsradar_pipeline_latency_seconds", "Article fetched_at to alert delivered",
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600), registry=registry)


_alert_metrics = per_registry(AlertMetrics)


def alert_metrics(registry: CollectorRegistry = REGISTRY) -> AlertMetrics:
    """One AlertMetrics per registry (the engine and the notifier share it in one process)."""
    return _alert_metrics(registry)
