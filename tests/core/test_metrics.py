"""Stage metrics are made once per registry and always count into the registry they were asked for."""

from __future__ import annotations

import gc

from prometheus_client import CollectorRegistry

from alerts.metrics import alert_metrics
from core.metrics import loop_metrics
from enrich.metrics import enrich_metrics
from ingest.metrics import ingest_metrics


def test_one_metrics_object_per_live_registry() -> None:
    first, second = CollectorRegistry(), CollectorRegistry()
    for metrics_for in (loop_metrics, ingest_metrics, enrich_metrics, alert_metrics):
        assert metrics_for(first) is metrics_for(first)
        assert metrics_for(first) is not metrics_for(second)


def test_a_new_registry_never_gets_the_metrics_of_a_collected_one() -> None:
    # CPython hands a new object the address (the id) of one just freed: metrics cached by id() then counted
    # into the dead registry, and the worker test read zero mentions from its own.
    for _ in range(50):
        registry = CollectorRegistry()
        enrich_metrics(registry).articles.inc()
        assert registry.get_sample_value("newsradar_enrich_articles_total") == 1
        del registry
        gc.collect()
