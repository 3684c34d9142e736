"""Start newsradar stages as real processes for the end-to-end tests, and stop them as a user would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.freeport import free_port


@dataclass
class Stage:
    name: str
    process: subprocess.Popen[bytes]
    metrics_port: int
    log: Path

    def status(self, path: str) -> int:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}{path}", timeout=2) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            return exc.code
        except OSError:
            return 0

    def wait_ready(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"{self.name} exited with {self.process.returncode}:\n{self.tail()}")
            if self.status("/readyz") == 200:
                return
            time.sleep(0.2)
        raise AssertionError(f"{self.name} not ready within {timeout}s:\n{self.tail()}")

    def terminate(self, timeout: float = 10.0) -> int:
        """SIGTERM; the exit code (AssertionError if it takes longer than ``timeout``)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"{self.name} did not exit within {timeout}s of SIGTERM:\n{self.tail()}") from None

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


@contextmanager
def stages(names: list[str], config: Path, env: dict[str, str], logdir: Path) -> Iterator[dict[str, Stage]]:
    started: dict[str, Stage] = {}
    try:
        for name in names:
            port = free_port()
            log = logdir / f"{name}.log"
            process = subprocess.Popen(
                [sys.executable, "-m", "newsradar", name, "--config", str(config)],
                env=os.environ | env | {"NEWSRADAR_METRICS_PORT": str(port), "NEWSRADAR_METRICS_HOST": "127.0.0.1"},
                stdout=log.open("wb"), stderr=subprocess.STDOUT,
            )
            started[name] = Stage(name, process, port, log)
        yield started
    finally:
        for stage in started.values():
            if stage.process.poll() is None:
                stage.process.kill()
                stage.process.wait()
