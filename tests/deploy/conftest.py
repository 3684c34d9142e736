"""A running deployment: four stage processes on the real broker and Debian's Prometheus scraping them,
with articles pushed through in two waves (so counters that appear with their first batch still show
a rate). Module scope: the stages join the real consumer groups, so they must be gone before another
folder's Kafka tests start."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.deploy.prometheus_server import PrometheusServer, prometheus_server
from tests.deploy.stages import Pipeline, kafka_pipeline, scrape, wait_until

WAVE = 3
STARTUP = 300.0  # seconds: the enrich worker builds every language pipeline before its first batch


@dataclass
class Deployment:
    pipeline: Pipeline
    prometheus: PrometheusServer


def delivered(port: int) -> float:
    """Alerts the notifier on ``port`` delivered to the console so far."""
    for family in text_string_to_metric_families(scrape(port)):
        if family.name == "newsradar_notify_deliveries":
            return sum(s.value for s in family.samples if s.name.endswith("_total")
                       and s.labels.get("outcome") == "delivered" and s.labels.get("channel") == "console")
    return 0.0


@pytest.fixture(scope="module")
def deployment(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    workdir = tmp_path_factory.mktemp("deployment")
    with kafka_pipeline(kafka_bootstrap, workdir / "stages") as pipeline, \
            prometheus_server(workdir / "prometheus", pipeline.ports) as prom:
        def all_up() -> bool:
            dead = {s: p.poll() for s, p in pipeline.procs.items() if p.poll() is not None}
            assert not dead, f"stage(s) exited: {dead}\n{pipeline.log_tail()}"
            try:
                pipeline.metrics()
            except OSError:
                return False
            return True

        wait_until(all_up, 60, "every stage's /metrics")
        # Counters must be seen at their start, or the first wave would hide in the first sample.
        wait_until(lambda: prom.values(f"count(up == 1) == {len(pipeline.ports)}"), 30, "a first scrape of every stage")
        notify = pipeline.ports["notify"]
        for wave in (1, 2):
            pipeline.feed.add(WAVE)
            try:
                wait_until(lambda w=wave: delivered(notify) >= w * WAVE, STARTUP, f"wave {wave} delivered", every=1.0)
            except AssertionError as exc:
                pipeline.dump_stacks()
                raise AssertionError(f"{exc}\n{pipeline.log_tail(80)}") from None
            # Prometheus must have scraped the wave from every stage (they are scraped at different
            # moments of the second) before the next wave, and before the tests ask. A consumer counts a
            # message consumed once its batch is committed, after the stage's own counters: wait for those too.
            seen = " and ".join(f"sum({series}) >= {wave * WAVE}" for series in (
                "newsradar_ingest_articles_total", "newsradar_enrich_articles_total", "newsradar_alert_fired_total",
                'newsradar_notify_deliveries_total{channel="console",outcome="delivered"}',
                'newsradar_consumed_messages_total{group="newsradar-alert"}',
                'newsradar_consumed_messages_total{group="newsradar-notify"}'))
            wait_until(lambda q=seen: prom.values(q), 30, f"Prometheus to see wave {wave} in every stage")
        yield Deployment(pipeline, prom)
