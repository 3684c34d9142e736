"""Bus benchmark (figures, not a test): the Kafka bus on the local broker and the embedded bus.

For each bus, in one run:
  * throughput: N keyed ~300-byte messages produced (flushed every 500, as a stage flushes per
    batch) while a group member consumes and commits them; messages/s from the first send to the
    last message consumed;
  * latency of one hop: one message at a time, sent and flushed, then handed out by ``poll`` of a
    member already polling; p50 and p99 over the samples.

The Kafka bus uses NEWSRADAR_KAFKA_BOOTSTRAP, or starts a broker with deploy/kafka-local for the
run and stops it afterwards. The embedded bus keeps its SQLite file in a temporary directory.

    python bench/bus.py [--messages 20000] [--samples 1000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.bus.base import Bus  # noqa: E402
from core.bus.kafka import KafkaBus  # noqa: E402
from core.bus.memory import MemoryBus  # noqa: E402
from core.bus.topics import TopicSpec  # noqa: E402

KAFKA_LOCAL = ROOT / "deploy" / "kafka-local" / "kafka-local"
PAYLOAD = b"x" * 280


@contextmanager
def kafka_bootstrap() -> Iterator[str]:
    given = os.environ.get("NEWSRADAR_KAFKA_BOOTSTRAP")
    if given:
        yield given
        return
    with tempfile.TemporaryDirectory(prefix="bench-kafka-") as workdir:
        began = time.monotonic()
        started = subprocess.run([str(KAFKA_LOCAL), "start", "--port", "19392", "--dir", workdir],
                                 capture_output=True, text=True, timeout=600)
        if started.returncode != 0:
            sys.exit(f"could not start the local broker:\n{started.stderr}")
        print(f"local broker started in {time.monotonic() - began:.1f}s", flush=True)
        try:
            yield started.stdout.strip().splitlines()[-1]
        finally:
            subprocess.run([str(KAFKA_LOCAL), "stop", "--dir", workdir], capture_output=True, timeout=60)


def throughput(bus: Bus, count: int, limit: float = 120.0) -> tuple[float, float]:
    """(end-to-end messages/s, produce messages/s)."""
    topic = f"bench.tp.{uuid.uuid4().hex[:8]}"
    bus.ensure_topics([TopicSpec(topic, partitions=6)])
    consumer = bus.consumer(f"bench-{uuid.uuid4().hex[:8]}", [topic])
    consumer.poll(timeout=2.0)  # join the group before the clock starts
    received = 0
    done = threading.Event()

    def consume() -> None:
        nonlocal received
        deadline = time.monotonic() + limit
        while received < count and time.monotonic() < deadline:
            batch = consumer.poll(max_records=1000, timeout=0.1)
            if batch:
                consumer.commit(batch)
                received += len(batch)
        done.set()

    worker = threading.Thread(target=consume)
    began = time.perf_counter()
    worker.start()
    for i in range(count):
        bus.send(topic, PAYLOAD, key=f"key-{i % 1000}".encode())
        if i % 500 == 499:
            bus.flush()
    bus.flush()
    produced = time.perf_counter() - began
    done.wait(limit)
    total = time.perf_counter() - began
    worker.join()
    consumer.close()
    if received < count:
        print(f"  only {received} of {count} messages arrived within {limit}s")
    return received / total, count / produced


def latency(bus: Bus, samples: int, limit: float = 120.0) -> list[float]:
    """Seconds from send (+flush) to the message coming out of poll, one message in flight."""
    topic = f"bench.lat.{uuid.uuid4().hex[:8]}"
    bus.ensure_topics([TopicSpec(topic, partitions=1)])
    consumer = bus.consumer(f"bench-{uuid.uuid4().hex[:8]}", [topic])
    consumer.poll(timeout=2.0)
    arrived = threading.Event()
    seen: list[float] = []
    stop = threading.Event()

    def consume() -> None:
        while not stop.is_set():
            batch = consumer.poll(max_records=100, timeout=0.05)
            if batch:
                now = time.perf_counter()
                seen.extend(now for _ in batch)
                consumer.commit(batch)
                arrived.set()

    worker = threading.Thread(target=consume)
    worker.start()
    out: list[float] = []
    deadline = time.monotonic() + limit
    for i in range(samples + 20):
        if time.monotonic() > deadline:
            break
        arrived.clear()
        sent = time.perf_counter()
        bus.send(topic, PAYLOAD, key=b"k")
        bus.flush()
        if not arrived.wait(5.0):
            print("  a message did not arrive within 5s")
            continue
        if i >= 20:  # the first few warm the connections and the JIT of the broker
            out.append(seen[-1] - sent)
        time.sleep(0.002)
    stop.set()
    worker.join()
    consumer.close()
    return out


def report(name: str, bus: Bus, count: int, samples: int) -> None:
    end_to_end, produce = throughput(bus, count)
    hops = sorted(latency(bus, samples))
    p50 = statistics.median(hops) * 1000
    p99 = hops[min(len(hops) - 1, int(len(hops) * 0.99))] * 1000
    print(f"{name:<22} {end_to_end:>12,.0f} {produce:>12,.0f} {p50:>9.2f} {p99:>9.2f}  (n={len(hops)})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--samples", type=int, default=1000)
    args = parser.parse_args()
    header = f"{'bus':<22} {'msgs/s e2e':>12} {'produce/s':>12} {'p50 ms':>9} {'p99 ms':>9}"
    with kafka_bootstrap() as bootstrap:
        print(header, flush=True)
        kafka = KafkaBus(bootstrap, client_id="bench")
        try:
            report(f"kafka {bootstrap}", kafka, args.messages, args.samples)
        finally:
            kafka.close()
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as workdir:
        memory = MemoryBus(Path(workdir) / "bus.db")
        try:
            report("memory (SQLite file)", memory, args.messages, args.samples)
        finally:
            memory.close()


if __name__ == "__main__":
    main()
