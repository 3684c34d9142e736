"""Every metric name the dashboards and alerting rules use is exported by the running pipeline.

The names come from the files themselves (every ``newsradar_*`` token in the dashboards' queries, the
rules and the rules' unit tests); what is exported comes from scraping each stage's live /metrics.
A renamed metric then breaks this test, not a dashboard in production.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from tests.deploy.conftest import Deployment

# The shared deployment starts inside the first test that asks for it: broker, stages, language models.
pytestmark = [pytest.mark.kafka, pytest.mark.timeout(900)]

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
NAME = re.compile(r"\bnewsradar_[a-z0-9_]*[a-z0-9]\b")
SUFFIXES = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_sum", "_count", "_created"),
            "summary": ("_sum", "_count", "_created"), "gauge": ("",), "info": ("_info",)}


def dashboard_names() -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    for path in sorted((DEPLOY / "grafana" / "dashboards").glob("*.json")):
        for panel in json.loads(path.read_text(encoding="utf-8"))["panels"]:
            for target in panel.get("targets", []):
                for name in NAME.findall(target["expr"]):
                    used.setdefault(name, set()).add(f"{path.name} panel {panel['title']!r}")
    return used


def rule_names() -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    for path in sorted((DEPLOY / "prometheus" / "rules").glob("*.yml")):
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]:
            for rule in group["rules"]:
                for name in NAME.findall(rule["expr"]):
                    used.setdefault(name, set()).add(f"{path.name} {rule.get('alert') or rule.get('record')}")
    for path in sorted((DEPLOY / "prometheus" / "tests").glob("*.yml")):
        for test in yaml.safe_load(path.read_text(encoding="utf-8"))["tests"]:
            for series in test.get("input_series", []):
                for name in NAME.findall(series["series"]):
                    used.setdefault(name, set()).add(f"{path.name} input series")
    return used


def exported(text: str) -> set[str]:
    """Every sample name a /metrics page can carry, declared families included even before a sample."""
    names: set[str] = set()
    for family in text_string_to_metric_families(text):
        names.update(family.name + suffix for suffix in SUFFIXES.get(family.type, ("",)))
        names.update(sample.name for sample in family.samples)
    return names


def test_the_files_use_the_metrics_they_should() -> None:
    # Guards the extraction itself: if it found nothing, the live test below would prove nothing.
    used = dashboard_names() | rule_names()
    for name in ("newsradar_consumer_lag", "newsradar_pipeline_latency_seconds_bucket",
                 "newsradar_ingest_polls_total", "newsradar_notify_deliveries_total", "newsradar_dlq_messages_total"):
        assert name in used
    assert len(used) >= 20


def test_every_used_metric_is_exported_by_a_running_stage(deployment: Deployment) -> None:
    live = {stage: exported(text) for stage, text in deployment.pipeline.metrics().items()}
    everywhere = set().union(*live.values())
    used = dashboard_names()
    for name, where in rule_names().items():
        used.setdefault(name, set()).update(where)
    missing = {name: sorted(where) for name, where in used.items() if name not in everywhere}
    assert not missing, f"used but exported by no stage: {json.dumps(missing, indent=1)}"


def test_a_renamed_metric_would_be_caught() -> None:
    text = ("# HELP newsradar_ingest_polls_total Feed polls\n# TYPE newsradar_ingest_polls_total counter\n"
            "# HELP newsradar_consumer_lag Lag\n# TYPE newsradar_consumer_lag gauge\n")
    names = exported(text)
    assert {"newsradar_ingest_polls_total", "newsradar_consumer_lag"} <= names
    assert "newsradar_ingest_poll_total" not in names
    assert "newsradar_pipeline_latency_seconds_bucket" not in names
