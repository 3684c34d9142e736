"""Every offline deploy check passes on the shipped files and fails on a broken copy of them.

The broken copies prove each check can fail: a check that passes whatever it is given guards nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
CHECK = DEPLOY / "check"


def _check(name: str, deploy: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = None if deploy is None else {**os.environ, "DEPLOY_DIR": str(deploy)}
    return subprocess.run([str(CHECK), name], capture_output=True, text=True, timeout=600, env=env)


@pytest.mark.parametrize("name", ["compose", "dockerfile", "prometheus", "rules", "k8s", "dashboards"])
def test_check_passes_on_the_shipped_files(name: str) -> None:
    done = _check(name)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok:" in done.stderr


def _replace(path: str, old: str, new: str) -> Callable[[Path], None]:
    def breaker(deploy: Path) -> None:
        target = deploy / path
        text = target.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is no longer in {path}: update this test"
        target.write_text(text.replace(old, new, 1), encoding="utf-8")

    return breaker


BROKEN = {
    # a misspelt healthcheck key: the compose schema allows no unknown keys there
    "compose": _replace("docker-compose.yml", "    healthcheck:\n      test:", "    healthcheck:\n      tset:"),
    # the classic mistakes: cd in RUN, unpinned apt packages, apt lists left behind
    "dockerfile": _replace("Dockerfile", "WORKDIR /var/lib/newsradar", "RUN cd /tmp && apt-get install -y curl"),
    "prometheus": _replace("prometheus/prometheus.yml", "scrape_interval: 15s", "scrape_interval: 15 seconds"),
    # a loosened threshold: the rule's unit test (a third of polls failing must fire) catches it
    "rules": _replace("prometheus/rules/newsradar.yml", "> 0.25", "> 0.5"),
    # a misspelt KEDA field
    "k8s": _replace("k8s/enrich.yaml", "lagThreshold:", "lagTreshold:"),
    "dashboards": _replace("grafana/dashboards/newsradar-feeds.json", "sum by (state) (newsradar_ingest_feeds)",
                           "sum by (state) (newsradar_ingest_feeds"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_check_fails_on_a_broken_copy(name: str, tmp_path: Path) -> None:
    copy = tmp_path / "deploy"
    shutil.copytree(DEPLOY, copy, ignore=shutil.ignore_patterns("kafka-local"))
    BROKEN[name](copy)
    done = _check(name, copy)
    assert done.returncode != 0, done.stdout + done.stderr


def test_strict_kubernetes_check_refuses_an_unknown_field(tmp_path: Path) -> None:
    copy = tmp_path / "deploy"
    shutil.copytree(DEPLOY, copy, ignore=shutil.ignore_patterns("kafka-local"))
    _replace("k8s/ingest.yaml", "livenessProbe:", "livenesProbe:")(copy)
    done = _check("k8s", copy)
    assert done.returncode != 0, done.stdout + done.stderr


def test_unknown_check_is_a_usage_error() -> None:
    assert _check("everything").returncode == 2
