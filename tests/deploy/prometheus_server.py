"""Debian's Prometheus (``/usr/bin/prometheus``) on 127.0.0.1 with a temporary config, for the scrape test."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from tests.deploy.stages import free_port, wait_until

__all__ = ["PrometheusServer", "prometheus_binary", "prometheus_server"]


def prometheus_binary() -> str | None:
    return shutil.which("prometheus") or ("/usr/bin/prometheus" if Path("/usr/bin/prometheus").exists() else None)


class PrometheusServer:
    def __init__(self, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}"

    def query(self, expr: str) -> list[dict[str, Any]]:
        """The instant vector of ``expr`` (result list of the HTTP API)."""
        url = f"{self.url}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
        with urllib.request.urlopen(url, timeout=10) as response:
            doc = json.load(response)
        assert doc["status"] == "success", doc
        return list(doc["data"]["result"])

    def values(self, expr: str) -> list[float]:
        return [float(item["value"][1]) for item in self.query(expr)]

    def targets(self) -> list[dict[str, Any]]:
        with urllib.request.urlopen(f"{self.url}/api/v1/targets", timeout=10) as response:
            return list(json.load(response)["data"]["activeTargets"])


@contextmanager
def prometheus_server(workdir: Path, jobs: dict[str, int], scrape_interval: str = "1s") -> Iterator[PrometheusServer]:
    """Scrape ``127.0.0.1:<port>`` for each job name; a fresh TSDB under ``workdir``; stopped on exit."""
    binary = prometheus_binary()
    assert binary is not None, "prometheus not installed (make system-deps installs Debian's package)"
    workdir.mkdir(parents=True, exist_ok=True)
    config = {
        "global": {"scrape_interval": scrape_interval, "evaluation_interval": scrape_interval},
        "scrape_configs": [{"job_name": job, "static_configs": [{"targets": [f"127.0.0.1:{port}"]}]}
                           for job, port in jobs.items()],
    }
    (workdir / "prometheus.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    port = free_port()
    with open(workdir / "prometheus.log", "wb") as log:
        proc = subprocess.Popen([binary, f"--config.file={workdir / 'prometheus.yml'}",
                                 f"--storage.tsdb.path={workdir / 'tsdb'}",
                                 f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
                                cwd=workdir, stdout=log, stderr=subprocess.STDOUT)
    server = PrometheusServer(port)
    try:
        def ready() -> bool:
            assert proc.poll() is None, (workdir / "prometheus.log").read_text(errors="replace")[-3000:]
            try:
                with urllib.request.urlopen(f"{server.url}/-/ready", timeout=2) as response:
                    return bool(response.status == 200)
            except OSError:
                return False

        wait_until(ready, 60, "Prometheus to be ready")
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
