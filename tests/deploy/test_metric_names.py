"""The metric-name extraction behind the live test in test_prometheus_scrape.py, checked offline: it finds
the names the files use, and a renamed metric is not mistaken for an exported one."""

from __future__ import annotations

from tests.deploy.metric_names import dashboard_names, exported, rule_names


def test_the_files_use_the_metrics_they_should() -> None:
    # Guards the extraction itself: if it found nothing, the live test would prove nothing.
    used = dashboard_names() | rule_names()
    for name in ("newsradar_consumer_lag", "newsradar_pipeline_latency_seconds_bucket",
                 "newsradar_ingest_polls_total", "newsradar_notify_deliveries_total", "newsradar_dlq_messages_total"):
        assert name in used
    assert len(used) >= 20


def test_a_renamed_metric_would_be_caught() -> None:
    text = ("# HELP newsradar_ingest_polls_total Feed polls\n# TYPE newsradar_ingest_polls_total counter\n"
            "# HELP newsradar_consumer_lag Lag\n# TYPE newsradar_consumer_lag gauge\n")
    names = exported(text)
    assert {"newsradar_ingest_polls_total", "newsradar_consumer_lag"} <= names
    assert "newsradar_ingest_poll_total" not in names
    assert "newsradar_pipeline_latency_seconds_bucket" not in names
