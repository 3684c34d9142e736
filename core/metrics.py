"""Pipeline-wide metrics shared by every stage's consumer loop (stage metrics live in each stage)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from weakref import WeakKeyDictionary

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram

__all__ = ["LoopMetrics", "loop_metrics", "per_registry"]

M = TypeVar("M")


def per_registry(build: Callable[[CollectorRegistry], M]) -> Callable[[CollectorRegistry], M]:
    """``build(registry)`` once per registry, for as long as the registry lives.

    Keyed by the registry itself (weakly), not by ``id()``: a new registry can be given the id of one already
    collected, and would then get metrics that count into the dead registry.
    """
    made: WeakKeyDictionary[CollectorRegistry, M] = WeakKeyDictionary()

    def get(registry: CollectorRegistry = REGISTRY) -> M:
        found = made.get(registry)
        if found is None:
            found = made[registry] = build(registry)
        return found

    return get


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


_loop_metrics = per_registry(LoopMetrics)


def loop_metrics(registry: CollectorRegistry = REGISTRY) -> LoopMetrics:
    """One LoopMetrics per registry (several loops share it in the embedded mode)."""
    return _loop_metrics(registry)
