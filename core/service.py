"""What every long-running stage shares: the metrics/health server, graceful shutdown, the loop.

``run_consumer`` is the at-least-once loop: poll a batch, hand it to the stage, and every
``commit_interval`` seconds (and whenever a poll comes back empty, and on the way out) flush what
the stage sent and only then commit what it handled. Committing per batch cost a flush and an
offset-commit round trip per message at 100 articles/s, where batches hold one article; a crash
redoes at most the last interval's messages, which every stage already tolerates (outputs are
keyed and idempotent downstream). A batch whose handler raises is retried one message at a time,
and a message that still fails goes to ``newsradar.dlq`` with the reason (the default policy;
pass ``on_poison`` to choose another), so one poison message never blocks a partition.
"""

from __future__ import annotations

import gc
import logging
import signal
import threading
import time
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import FrameType

from prometheus_client import REGISTRY, CollectorRegistry
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

from core.bus.base import Bus, Consumer, Message, StopFlag
from core.metrics import loop_metrics

__all__ = ["HealthServer", "PoisonPolicy", "StopFlag", "install_signal_handlers", "run_consumer", "settle_heap"]

log = logging.getLogger(__name__)

Handler = Callable[[Sequence[Message]], None]
PoisonPolicy = Callable[[Bus, Message, BaseException], None]

COMMIT_INTERVAL = 0.1  # seconds between offset commits while messages keep coming


class HealthServer:
    """``/metrics`` (Prometheus text), ``/healthz`` (alive) and ``/readyz`` (``ready()`` true) on one port."""

    def __init__(self, host: str, port: int, ready: Callable[[], bool] = lambda: True,
                 registry: CollectorRegistry = REGISTRY) -> None:
        self._ready = ready
        self._registry = registry
        self._server = ThreadingHTTPServer((host, port), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="health", daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> HealthServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                if path == "/metrics":
                    self._send(200, generate_latest(outer._registry), CONTENT_TYPE_LATEST)
                elif path == "/healthz":
                    self._send(200, b"ok\n")
                elif path == "/readyz":
                    try:
                        ready = outer._ready()
                    except Exception:  # a failing probe means not ready, never a crash
                        ready = False
                    self._send(200 if ready else 503, b"ready\n" if ready else b"not ready\n")
                else:
                    self._send(404, b"not found\n")

            def _send(self, status: int, body: bytes, ctype: str = "text/plain; charset=utf-8") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # scrapes every few seconds would drown the log

        return _Handler


def install_signal_handlers(stop: StopFlag) -> None:
    """SIGTERM and SIGINT ask the loop to finish its batch, commit and exit 0; a second one exits now."""

    def handle(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise SystemExit(128 + signum)
        log.info("signal %s: finishing the batch in hand, then stopping", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)


def dead_letter_policy(stage: str) -> PoisonPolicy:
    def policy(bus: Bus, message: Message, error: BaseException) -> None:
        log.warning("dead-lettering a message: %s", error,
                    extra={"stage": stage, "topic": message.topic, "partition": message.partition,
                           "offset": message.offset})
        bus.dead_letter(message, error, stage)
        loop_metrics().dlq.labels(stage).inc()

    return policy


def settle_heap() -> None:
    """Move everything alive now (pipelines, knowledge base, caches) out of the collector's sight.

    A stage starts with a few hundred thousand long-lived objects; every full collection walked all
    of them again, stalling the loop for 50-330 ms (seen in the enrich worker at 100 articles/s).
    Frozen objects are never collected, which is what they are: alive for the life of the process.
    """
    gc.collect()
    gc.freeze()


def run_consumer(bus: Bus, consumer: Consumer, handle: Handler, stop: StopFlag, *, stage: str, group: str,
                 max_records: int = 500, poll_timeout: float = 0.05, on_poison: PoisonPolicy | None = None,
                 on_idle: Callable[[], object] | None = None, max_batches: int | None = None,
                 idle_exit: float | None = None, commit_interval: float = COMMIT_INTERVAL) -> int:
    """Consume until ``stop`` is set; return the number of messages handled.

    ``on_idle`` runs after every empty poll (timers such as digests); ``max_batches`` and ``idle_exit``
    (seconds without a message) bound the loop for ``--once`` runs and tests. ``commit_interval=0``
    flushes and commits after every batch.
    """
    poison = on_poison or dead_letter_policy(stage)
    metrics = loop_metrics()
    handled, batches, idle_since, last_lag = 0, 0, time.monotonic(), 0.0
    uncommitted: list[Message] = []
    last_commit = time.monotonic()
    settle_heap()

    def commit() -> None:
        nonlocal last_commit
        bus.flush()
        consumer.commit(uncommitted)
        uncommitted.clear()
        last_commit = time.monotonic()

    try:
        while not stop.is_set():
            batch = consumer.poll(max_records=max_records, timeout=poll_timeout)
            now = time.monotonic()
            if now - last_lag > 5.0:
                for topic, lag in consumer.lag().items():
                    metrics.consumer_lag.labels(group, topic).set(lag)
                last_lag = now
            if not batch:
                if uncommitted:
                    commit()
                if on_idle is not None:
                    on_idle()
                if idle_exit is not None and now - idle_since >= idle_exit:
                    break
                continue
            started = time.perf_counter()
            try:
                handle(batch)
            except Exception as exc:
                log.info("batch of %d failed (%s); retrying one by one", len(batch), exc,
                         extra={"stage": stage})
                for message in batch:
                    try:
                        handle([message])
                    except Exception as one_exc:
                        poison(bus, message, one_exc)
            uncommitted.extend(batch)
            if time.monotonic() - last_commit >= commit_interval:
                commit()
            for message in batch:
                metrics.messages.labels(group, message.topic).inc()
            metrics.batch_seconds.labels(group).observe(time.perf_counter() - started)
            handled += len(batch)
            batches += 1
            idle_since = time.monotonic()
            if max_batches is not None and batches >= max_batches:
                break
        if uncommitted:
            commit()  # a clean stop leaves nothing for the next member to redo
    finally:
        consumer.close()
    return handled
