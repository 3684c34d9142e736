"""The pipeline as its users deploy it, for the deploy tests: every stage its own `newsradar` process on
the real broker, fed by a feed server on loopback whose feed grows when the test says so.

``kafka_pipeline`` yields a ``Pipeline`` with each stage's metrics port; it removes its feed and its
subscription from the shared broker's compacted topics when it is done, so later tests never see them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import yaml

from tests.freeport import free_port

ROOT = Path(__file__).resolve().parents[2]
STAGES = ("ingest", "enrich", "alert", "notify")

__all__ = ["STAGES", "GrowingFeed", "Pipeline", "free_port", "kafka_pipeline", "scrape", "wait_until"]


def wait_until(check: Callable[[], Any], timeout: float, what: str, every: float = 0.5) -> Any:
    """Poll ``check`` until it returns something truthy; AssertionError naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} (last: {last!r})")


def scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        return str(response.read().decode("utf-8"))


class GrowingFeed:
    """An RSS feed on 127.0.0.1 whose items the test adds in waves (each item names Putin and Kim)."""

    def __init__(self) -> None:
        self._items: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()
        self.token = uuid.uuid4().hex[:8]
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = outer.render().encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/feed-{self.token}.xml"

    def add(self, count: int) -> None:
        with self._lock:
            for _ in range(count):
                n = len(self._items) + 1
                self._items.append((
                    f"Putin and Kim meet again, round {n} ({self.token})",
                    f"http://news.example.org/{self.token}/{n}",
                    f"Vladimir Putin and Kim Jong Un held talks on military cooperation for the {n}th time. "
                    "Officials said the two leaders discussed artillery shells and satellites.",
                ))

    def render(self) -> str:
        with self._lock:
            items = list(self._items)
        now = format_datetime(datetime.now(UTC))
        entries = "".join(
            f"<item><title>{escape(t)}</title><link>{escape(u)}</link><guid>{escape(u)}</guid>"
            f"<pubDate>{now}</pubDate><description>{escape(d)}</description></item>"
            for t, u, d in reversed(items))
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Scrape test</title>'
                f"<link>http://news.example.org/</link><description>deploy test</description>"
                f"<language>en</language>{entries}</channel></rss>")

    def __enter__(self) -> GrowingFeed:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@dataclass
class Pipeline:
    feed: GrowingFeed
    subscription: str
    ports: dict[str, int]
    logs: Path
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def metrics(self) -> dict[str, str]:
        return {stage: scrape(port) for stage, port in self.ports.items()}

    def dump_stacks(self) -> None:
        """Abort the stages still running so each writes its threads' stacks to its log: what a stuck
        stage was doing is then in the failure message instead of lost."""
        _signal_all(self.procs.values(), signal.SIGABRT, grace=10)

    def log_tail(self, lines: int = 30) -> str:
        out = []
        for stage in self.ports:
            path = self.logs / f"{stage}.log"
            text = path.read_text(encoding="utf-8", errors="replace").splitlines() if path.exists() else []
            out.append(f"--- {stage} (exit {self.procs[stage].poll()}) ---\n" + "\n".join(text[-lines:]))
        return "\n".join(out)


def _signal_all(procs: Iterable[subprocess.Popen[bytes]], sig: int, grace: float) -> None:
    """Signal every process still running at once, then give each ``grace`` seconds before SIGKILL."""
    procs = list(procs)
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(sig)
    for proc in procs:
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def _write_config(path: Path, feed: GrowingFeed, sub_id: str) -> None:
    doc = {
        "feeds": [{"url": feed.url, "name": "Scrape test", "lang": "en", "interval": "2s"}],
        "subscriptions": [{"id": sub_id, "actors": ["Q7747", "Q56226"], "match": "all", "scope": "sentence",
                           "channels": [{"type": "console"}]}],
    }
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")


def _forget(bootstrap: str, feed_url: str, sub_id: str) -> None:
    """Tombstone our feed and subscription so no later test on the shared broker polls or fires them."""
    from alerts.subscriptions import SubscriptionStore
    from core.bus.kafka import KafkaBus
    from core.contracts import Feed
    from ingest.feeds import delete_feed

    bus = KafkaBus(bootstrap)
    try:
        SubscriptionStore(bus).remove(sub_id)
        delete_feed(bus, Feed.id_for(feed_url))
    finally:
        bus.close()


@contextmanager
def kafka_pipeline(bootstrap: str, workdir: Path) -> Iterator[Pipeline]:
    """The four stages as `newsradar ingest|enrich|alert|notify --config FILE` processes."""
    workdir.mkdir(parents=True, exist_ok=True)
    with GrowingFeed() as feed:
        sub_id = f"deploy-{feed.token}"
        config = workdir / "config.yaml"
        _write_config(config, feed, sub_id)
        pipeline = Pipeline(feed, sub_id, {stage: free_port() for stage in STAGES}, workdir)
        base_env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSRADAR_")}
        try:
            # As Compose and Kubernetes do: create the topics first, then start the stages, so no
            # consumer joins its group before its topic's partitions are known.
            subprocess.run([sys.executable, "-m", "newsradar", "kafka", "init"], cwd=workdir, check=True,
                           env={**base_env, "PYTHONPATH": str(ROOT), "NEWSRADAR_KAFKA_BOOTSTRAP": bootstrap},
                           capture_output=True, timeout=120)
            for stage in STAGES:
                env = {**base_env, "PYTHONPATH": str(ROOT), "XDG_STATE_HOME": str(workdir / "state"),
                       "NEWSRADAR_KAFKA_BOOTSTRAP": bootstrap, "NEWSRADAR_ALLOW_PRIVATE_TARGETS": "1",
                       "NEWSRADAR_METRICS_HOST": "127.0.0.1", "NEWSRADAR_METRICS_PORT": str(pipeline.ports[stage]),
                       "NEWSRADAR_KAFKA_SESSION_TIMEOUT": "6s", "NEWSRADAR_INGEST_PARSE_WORKERS": "0",
                       # SIGABRT then writes every thread's stack to the log (see Pipeline.dump_stacks).
                       "PYTHONFAULTHANDLER": "1"}
                with open(workdir / f"{stage}.log", "wb") as log:
                    pipeline.procs[stage] = subprocess.Popen(
                        [sys.executable, "-m", "newsradar", stage, "--config", str(config)],
                        cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
            yield pipeline
        finally:
            _signal_all(pipeline.procs.values(), signal.SIGTERM, grace=30)
            _forget(bootstrap, feed.url, sub_id)
