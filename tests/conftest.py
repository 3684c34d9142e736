"""Fixtures every test folder shares: the real Kafka broker and collision-free names.

``kafka_bootstrap`` is the broker the test command started (``NEWSRADAR_TEST_KAFKA=127.0.0.1:PORT``);
without it, the fixture starts one with ``deploy/kafka-local/kafka-local`` in a temp dir and stops it
when the session ends. A Kafka test never skips silently: in CI a broker that cannot be had is an
error, and outside CI the skip names what is missing.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.freeport import free_port_pair

ROOT = Path(__file__).resolve().parent.parent
KAFKA_LOCAL = ROOT / "deploy" / "kafka-local" / "kafka-local"


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes") or os.environ.get("NEWSRADAR_NO_SKIPS") == "1"


def _no_broker(reason: str) -> None:
    if _ci():
        pytest.fail(f"no Kafka broker for the integration tests: {reason}", pytrace=False)
    pytest.skip(f"no Kafka broker: {reason} (run `make test`, or set NEWSRADAR_TEST_KAFKA=127.0.0.1:PORT)")


def _reachable(address: str) -> bool:
    host, _, port = address.rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=2):
            return True
    except (OSError, ValueError):
        return False


def _free_port_pair() -> int:
    """A port p with p and p+1 free (the broker and its controller listener), below the ephemeral range."""
    return free_port_pair()


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    given = os.environ.get("NEWSRADAR_TEST_KAFKA")
    if given:
        if not _reachable(given.split(",")[0]):
            pytest.fail(f"NEWSRADAR_TEST_KAFKA={given} does not accept connections", pytrace=False)
        yield given
        return
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    jars = KAFKA_LOCAL.parent / "target" / "lib"
    if "java" in missing or (missing and not any(jars.glob("kafka_2.13-*.jar"))):
        _no_broker(f"{' and '.join(missing)} not installed")
    workdir = tmp_path_factory.mktemp("kafka")
    port = _free_port_pair()
    started = subprocess.run([str(KAFKA_LOCAL), "start", "--port", str(port), "--dir", str(workdir)],
                             capture_output=True, text=True, timeout=600)
    if started.returncode != 0:
        _no_broker(f"kafka-local start failed: {started.stderr.strip()[-2000:]}")
    bootstrap = started.stdout.strip().splitlines()[-1]
    try:
        yield bootstrap
    finally:
        subprocess.run([str(KAFKA_LOCAL), "stop", "--dir", str(workdir)], capture_output=True, timeout=120)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test on the broker is a Kafka test whether or not its module says so: ``make test`` runs the tests
    the ``kafka`` mark selects one after another, and the rest on every cpu (the compiled run leaves them out)."""
    for item in items:
        if "kafka_bootstrap" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.kafka)


def _unique(kind: str) -> Callable[[str], str]:
    def make(name: str = kind) -> str:
        return f"test.{name}.{uuid.uuid4().hex[:12]}"

    return make


@pytest.fixture
def unique_topic() -> Callable[[str], str]:
    """``unique_topic("articles")`` -> ``test.articles.<random>``: tests on one broker never collide."""
    return _unique("topic")


@pytest.fixture
def unique_group() -> Callable[[str], str]:
    return _unique("group")
