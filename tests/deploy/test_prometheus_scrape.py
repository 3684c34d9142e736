"""Debian's Prometheus scrapes the real pipeline (Kafka mode, every stage its own process): throughput,
latency and lag series have data through Prometheus' HTTP API; and every metric name the dashboards
and alerting rules use is exported by a running stage (scraped live), so a renamed metric breaks the
build, not a dashboard."""

from __future__ import annotations

import json
import math

import pytest

from tests.deploy.conftest import WAVE, Deployment
from tests.deploy.metric_names import exported, used_names
from tests.deploy.stages import STAGES, wait_until

# The shared deployment starts inside the first test that asks for it: broker, stages, language models.
pytestmark = [pytest.mark.kafka, pytest.mark.timeout(900)]


def test_every_stage_is_a_healthy_target(deployment: Deployment) -> None:
    targets = {t["labels"]["job"]: t for t in deployment.prometheus.targets()}
    assert set(targets) == set(STAGES)
    for job, target in targets.items():
        assert target["health"] == "up", (job, target.get("lastError"))
    assert sorted(deployment.prometheus.values("up")) == [1.0] * len(STAGES)


def test_throughput_series_have_data(deployment: Deployment) -> None:
    prom = deployment.prometheus
    ingested = prom.values("sum(increase(newsradar_ingest_articles_total[10m]))")
    assert ingested and ingested[0] >= 2 * WAVE * 0.9  # increase() extrapolates; both waves are in
    # The enrich group's counter appears with its first batch: a positive rate needs the second wave.
    consumed = wait_until(
        lambda: prom.values('sum(rate(newsradar_consumed_messages_total{group="newsradar-enrich"}[5m])) > 0'),
        30, "a positive enrich consumption rate")
    assert consumed[0] > 0
    for group in ("newsradar-alert", "newsradar-notify"):
        assert prom.values(f'sum(newsradar_consumed_messages_total{{group="{group}"}})')[0] >= 2 * WAVE
    assert prom.values("sum(newsradar_enrich_articles_total)")[0] >= 2 * WAVE
    assert prom.values("sum(newsradar_alert_fired_total)")[0] >= 2 * WAVE


def test_latency_series_have_data(deployment: Deployment) -> None:
    prom = deployment.prometheus
    assert prom.values("sum(newsradar_pipeline_latency_seconds_count)")[0] >= 2 * WAVE
    for q in (0.5, 0.99):
        value = prom.values(
            f"histogram_quantile({q}, sum by (le) (rate(newsradar_pipeline_latency_seconds_bucket[10m])))")
        assert value and math.isfinite(value[0]), (q, value)
        assert 0 < value[0] < 600
    enrich = prom.values("histogram_quantile(0.5, sum by (le) (rate(newsradar_enrich_article_seconds_bucket[10m])))")
    assert enrich and math.isfinite(enrich[0]) and enrich[0] > 0


def test_lag_series_have_data(deployment: Deployment) -> None:
    prom = deployment.prometheus
    expected = {("newsradar-enrich", "newsradar.articles"), ("newsradar-alert", "newsradar.enriched"),
                ("newsradar-notify", "newsradar.alerts")}

    def lags() -> dict[tuple[str, str], float]:
        return {(r["metric"]["group"], r["metric"]["topic"]): float(r["value"][1])
                for r in prom.query("newsradar_consumer_lag")}

    # Each loop refreshes its lag gauge every 5 s, so a busy one may publish it a little later.
    found = wait_until(lambda: (lambda now: now if expected <= set(now) else None)(lags()), 60,
                       "a lag series for every consumer stage")
    # Everything pushed was delivered, so no consumer is far behind.
    for key in expected:
        assert 0 <= found[key] < 1000, (key, found[key])


def test_every_used_metric_is_exported_by_a_running_stage(deployment: Deployment) -> None:
    live = {stage: exported(text) for stage, text in deployment.pipeline.metrics().items()}
    everywhere = set().union(*live.values())
    used = used_names()
    missing = {name: sorted(where) for name, where in used.items() if name not in everywhere}
    assert not missing, f"used but exported by no stage: {json.dumps(missing, indent=1)}"
