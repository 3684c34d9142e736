"""deploy/kafka-local/kafka-local: a real broker in seconds, and clear failures."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from kafka import KafkaAdminClient

from tests.conftest import KAFKA_LOCAL, _free_port_pair, _reachable

pytestmark = pytest.mark.kafka


def run(*args: str, env: dict[str, str] | None = None, script: Path = KAFKA_LOCAL,
        timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(script), *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def test_start_is_ready_within_60s_prints_the_address_last_and_stop_stops_it(tmp_path: Path) -> None:
    fetched = run("fetch")  # the jars are cached once; the limit is for starts after that
    assert fetched.returncode == 0, fetched.stderr
    port = _free_port_pair()
    began = time.monotonic()
    started = run("start", "--port", str(port), "--dir", str(tmp_path))
    took = time.monotonic() - began
    try:
        assert started.returncode == 0, started.stderr
        assert started.stdout.strip().splitlines()[-1] == f"127.0.0.1:{port}"
        assert took < 60, f"broker took {took:.1f}s to be ready"
        admin = KafkaAdminClient(bootstrap_servers=f"127.0.0.1:{port}", client_id="test-local")
        try:
            assert isinstance(admin.list_topics(), list)  # a broker answers, not just an open port
        finally:
            admin.close()
        again = run("start", "--port", str(port + 2), "--dir", str(tmp_path))
        assert again.returncode != 0 and "already running" in again.stderr
    finally:
        stopped = run("stop", "--dir", str(tmp_path))
    assert stopped.returncode == 0, stopped.stderr
    assert not _reachable(f"127.0.0.1:{port}")
    assert not (tmp_path / "kafka.pid").exists()


def test_start_fails_clearly_when_the_port_is_taken(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("start", "--port", str(port), "--dir", str(tmp_path), timeout=60)
    assert result.returncode != 0
    assert f"port {port} on 127.0.0.1 is taken" in result.stderr


def test_start_fails_clearly_without_java(tmp_path: Path) -> None:
    result = run("start", "--port", str(_free_port_pair()), "--dir", str(tmp_path),
                 env={"JAVA": str(tmp_path / "no-java")}, timeout=60)
    assert result.returncode != 0
    assert "no Java found" in result.stderr


def test_start_fails_clearly_when_jars_are_missing_and_maven_is_not_there(tmp_path: Path) -> None:
    # A copy of the launcher without its target/lib: it has to fetch, and there is no Maven.
    copy = tmp_path / "kafka-local"
    copy.mkdir()
    for name in ("kafka-local", "pom.xml", "server.properties.template", "log4j2.properties"):
        shutil.copy2(KAFKA_LOCAL.parent / name, copy / name)
    result = run("start", "--port", str(_free_port_pair()), "--dir", str(tmp_path / "run"),
                 env={"MVN": str(tmp_path / "no-mvn")}, script=copy / "kafka-local", timeout=60)
    assert result.returncode != 0
    assert "jars are missing and Maven is not installed" in result.stderr


def test_stop_without_a_broker_is_not_an_error(tmp_path: Path) -> None:
    result = run("stop", "--dir", str(tmp_path), timeout=60)
    assert result.returncode == 0
    assert "no broker running" in result.stderr
