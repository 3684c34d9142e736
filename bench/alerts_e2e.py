"""bench/alerts.py part (b): end-to-end latency on the real broker, every stage its own process.

Articles (the seed text, each with its own id) are produced to newsradar.articles at a fixed rate;
an enrich worker, the alert engine and the notifier run as separate processes; a webhook receiver
on 127.0.0.1, in its own process as a real one would be, notes when each alert arrives (sharing a
process with the producing loop, its replies waited for the GIL and slowed the notifier's sequential
deliveries). Latency = receipt - just before the produce call.

    python bench/alerts.py --part b [--bootstrap 127.0.0.1:9092] [--rate 100] [--seconds 10]

Without --bootstrap a broker is started with deploy/kafka-local in a temp dir and stopped after.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alerts.subscriptions import SubscriptionStore  # noqa: E402
from core.bus.kafka import KafkaBus  # noqa: E402
from core.bus.topics import ALERTS, ARTICLES, ENRICHED, topic_specs  # noqa: E402
from core.contracts import Article, Subscription, alert_id, encode  # noqa: E402

SEED = ROOT.parent / "shared" / "dev" / "seed-pl.txt"
TITLE = "Rosja. Spotkanie Kim Dzong Una i Władimira Putina"
ENRICH = ("import sys; from core.settings import load_config; from core.bus.kafka import KafkaBus; "
          "from enrich.worker import serve; s = load_config().settings; sys.exit(serve(s, KafkaBus(s)))")


class Arrivals:
    def __init__(self) -> None:
        self.at: dict[str, float] = {}
        self.lock = threading.Lock()

    def snapshot(self) -> dict[str, float]:
        with self.lock:
            return dict(self.at)


def serve_receiver() -> None:
    """The webhook receiver process: ``port N`` first, then ``<webhook-id> <epoch seconds>`` per delivery."""
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real receivers do

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length", 0)))
            now = time.time()
            with lock:
                print(self.headers.get("webhook-id", "-"), repr(now), flush=True)
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print("port", server.server_address[1], flush=True)
    server.serve_forever()


@contextmanager
def receiver() -> Iterator[tuple[str, Arrivals]]:
    arrivals = Arrivals()
    proc = subprocess.Popen([sys.executable, __file__, "receive"], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    port = int(proc.stdout.readline().split()[1])

    def read(lines: Iterator[str]) -> None:
        for line in lines:
            key, at = line.split()
            with arrivals.lock:
                arrivals.at.setdefault(key, float(at))

    reader = threading.Thread(target=read, args=(proc.stdout,), daemon=True)
    reader.start()
    try:
        yield f"http://127.0.0.1:{port}/hook", arrivals
    finally:
        proc.terminate()
        proc.wait(10)
        reader.join(5)


@contextmanager
def broker(given: str | None) -> Iterator[str]:
    if given:
        yield given
        return
    workdir = tempfile.mkdtemp(prefix="bench-kafka-")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    script = ROOT / "deploy" / "kafka-local" / "kafka-local"
    out = subprocess.run([str(script), "start", "--port", str(port), "--dir", workdir],
                         capture_output=True, text=True, timeout=600, check=True)
    try:
        yield out.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([str(script), "stop", "--dir", workdir], capture_output=True, timeout=60)
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def stages(bootstrap: str) -> Iterator[list[subprocess.Popen[bytes]]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSRADAR_KAFKA_BOOTSTRAP": bootstrap,
           "NEWSRADAR_METRICS_PORT": "0", "NEWSRADAR_METRICS_HOST": "127.0.0.1",
           "NEWSRADAR_ALLOW_PRIVATE_TARGETS": "1", "NEWSRADAR_LOG_LEVEL": "WARNING"}
    procs = [subprocess.Popen([sys.executable, *cmd], cwd=ROOT, env=env)
             for cmd in (["-c", ENRICH], ["-m", "alerts.engine"], ["-m", "alerts.notifier"])]
    try:
        yield procs
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


def article(run: str, i: int, text: str) -> Article:
    return Article(id=f"{run}-{i}", feed="bench", source="bench", url=f"https://bench.example/{run}/{i}",
                   title=TITLE, text=text, lang="pl")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _stamps(bus: KafkaBus, topic: str, key_of: Callable[[bytes], str | None]) -> dict[str, float]:
    """When each message of ``topic`` was produced (the broker's record timestamps), by ``key_of``."""
    consumer = bus.consumer(f"bench-read-{uuid.uuid4().hex[:8]}", [topic])
    out: dict[str, float] = {}
    quiet = 0
    try:
        while quiet < 20:
            batch = consumer.poll(max_records=1000, timeout=0.2)
            quiet = 0 if batch else quiet + 1
            for m in batch:
                key = key_of(m.value or b"")
                if key is not None:
                    out[key] = m.timestamp
    finally:
        consumer.close()
    return out


def by_second(sent: dict[str, float], received: dict[str, float]) -> list[list[float]]:
    """Latencies (ms) grouped by the second of the run they were produced in: a stall shows where it began."""
    start = min(sent.values())
    out: dict[int, list[float]] = {}
    for key, t in sent.items():
        if key in received:
            out.setdefault(int(t - start), []).append((received[key] - t) * 1000)
    return [out[k] for k in sorted(out)]


def hop_medians(bus: KafkaBus, sent: dict[str, float], received: dict[str, float],
                sub_id: str) -> dict[str, float]:
    """Median milliseconds of each hop: produce -> enriched -> alert -> receipt."""
    enriched = _stamps(bus, ENRICHED, lambda v: alert_id(sub_id, json.loads(v)["id"]))
    alerted = _stamps(bus, ALERTS, lambda v: json.loads(v)["id"])
    hops: dict[str, list[float]] = {"enrich": [], "alert": [], "notify": []}
    for key, t0 in sent.items():
        if key in enriched and key in alerted and key in received:
            hops["enrich"].append(enriched[key] - t0)
            hops["alert"].append(alerted[key] - enriched[key])
            hops["notify"].append(received[key] - alerted[key])
    return {name: statistics.median(v) * 1000 for name, v in hops.items() if v}


def _produce(bus: KafkaBus, articles: list[Article], rate: float, sent: dict[str, float], sub_id: str) -> float:
    """Produce ``articles`` at ``rate`` per second, noting when each was sent; returns the seconds it took."""
    start = time.monotonic()
    for i, a in enumerate(articles):
        due = start + i / rate
        while (now := time.monotonic()) < due:
            time.sleep(min(0.002, due - now))
        sent[alert_id(sub_id, a.id)] = time.time()
        bus.send(ARTICLES, encode(a), key=a.id.encode())  # the producer's linger (5 ms) sends it
    bus.flush()
    return time.monotonic() - start


def _warm_up(bus: KafkaBus, procs: list[subprocess.Popen[bytes]], arrivals: Arrivals, articles: list[Article],
             sub_id: str, rate: float) -> None:
    expected: dict[str, float] = {}
    _produce(bus, articles, rate, expected, sub_id)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and not set(expected) <= set(arrivals.snapshot()):
        if any(p.poll() is not None for p in procs):
            raise SystemExit("a stage exited during the warm-up (see its error above)")
        time.sleep(0.05)
    if not set(expected) <= set(arrivals.snapshot()):
        raise SystemExit("warm-up alerts never arrived: is the enrich stage working?")


def part_b(bootstrap: str | None, rate: float, seconds: float) -> None:
    text = SEED.read_text(encoding="utf-8")
    run = uuid.uuid4().hex[:8]
    sub_id = f"bench-{run}"
    with broker(bootstrap) as address, receiver() as (url, arrivals):
        bus = KafkaBus(address)
        bus.ensure_topics(topic_specs(partitions=6))
        SubscriptionStore(bus).put(Subscription(id=sub_id, actors=["Q7747", "Q56226"], scope="sentence",
                                                channels=[{"webhook": {"url": url}}]))
        try:
            with stages(address) as procs:
                # Warm-up, not measured: first 3 articles (spaCy pipelines, group joins, table reads),
                # then 2 s at the measured rate (every partition's first batches, the connections'
                # first requests, the heap settling), then a quiet second to drain.
                _warm_up(bus, procs, arrivals, [article(run, -1 - k, text) for k in range(3)], sub_id, 1e9)
                _warm_up(bus, procs, arrivals, [article(run, -10 - k, text) for k in range(int(rate * 2))],
                         sub_id, rate)
                time.sleep(1.0)
                sent: dict[str, float] = {}
                produced_in = _produce(bus, [article(run, i, text) for i in range(int(rate * seconds))], rate,
                                       sent, sub_id)
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline and not set(sent) <= set(arrivals.snapshot()):
                    time.sleep(0.05)
            hops = hop_medians(bus, sent, arrivals.snapshot(), sub_id)
        finally:
            SubscriptionStore(bus).remove(sub_id)
            bus.close()
    latencies = [(arrivals.at[k] - t) * 1000 for k, t in sent.items() if k in arrivals.at]
    missing = len(sent) - len(latencies)
    print(f"(b) {len(sent)} articles at {len(sent) / produced_in:.0f}/s through enrich -> alert -> notify "
          f"(each its own process) to a webhook on 127.0.0.1:")
    if latencies:
        print(f"  p50 {statistics.median(latencies):.0f} ms, p99 {percentile(latencies, 0.99):.0f} ms, "
              f"max {max(latencies):.0f} ms; {missing} not received within 60 s")
        print("  median per hop: " + ", ".join(f"{name} {ms:.0f} ms" for name, ms in hops.items()))
        print("  p50/max by second of the run: " + " ".join(
            f"{statistics.median(v):.0f}/{max(v):.0f}" for v in by_second(sent, arrivals.snapshot())))
    else:
        print(f"  nothing received ({missing} missing)")


if __name__ == "__main__":  # the receiver process (see ``receiver``)
    serve_receiver()
