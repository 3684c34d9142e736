"""Pipeline-wide metrics shared by every stage's consumer loop (stage metrics live in each stage)."""

from __future__ import annotations

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram

__all__ = ["LoopMetrics"]


class LoopMetrics:
    """What every consumer loop exports: lag, batches, batch time, DLQ sends."""

    def __init__(self, registry: CollectorRegistry = REGISTRY) -> None:
        self.consumer_lag = Gauge(
            "newsradar_consumer_lag", "Messages not yet consumed by a group, per topic",
            ["group", "topic"], registry=registry,
        )
        self.messages = Counter(
            "newsradar_consumed_messages_total", "Messages handled by a consumer loop",
            ["group", "topic"], registry=registry,
        )
        self.batch_seconds = Histogram(
            "newsradar_batch_seconds", "Time to handle, flush and commit one batch", ["group"],
            buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=registry,
        )
        self.dlq = Counter(
            "newsradar_dlq_messages_total", "Messages sent to newsradar.dlq", ["stage"], registry=registry,
        )


_shared: dict[int, LoopMetrics] = {}


def loop_metrics(registry: CollectorRegistry = REGISTRY) -> LoopMetrics:
    """One LoopMetrics per registry (several loops share it in the embedded mode)."""
    key = id(registry)
    if key not in _shared:
        _shared[key] = LoopMetrics(registry)
    return _shared[key]
