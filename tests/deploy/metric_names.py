"""The metric names the dashboards, alerting rules and rule tests use, and the names a /metrics page exports.

Used by the live test in test_prometheus_scrape.py (every used name is exported by a running stage)
and by the offline tests in test_metric_names.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from prometheus_client.parser import text_string_to_metric_families

__all__ = ["dashboard_names", "exported", "rule_names", "used_names"]

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


def used_names() -> dict[str, set[str]]:
    """Every ``newsradar_*`` name in the dashboards, rules and rule tests, with where it is used."""
    used = dashboard_names()
    for name, where in rule_names().items():
        used.setdefault(name, set()).update(where)
    return used
