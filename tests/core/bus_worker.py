"""A consumer-group member for the bus contract tests: runs as a thread or as its own process.

It journals what happens to a file, one line each, written and fsynced before going on, so the
test can tell what was handled even after the process was killed:

    A 0,1,2      partitions assigned        R 0,1,2   partitions revoked
    M p o value  message handled            C         the batch before was committed
    H            handled, now hanging without committing (waiting for SIGKILL)

    python -m tests.core.bus_worker --kind kafka|memory --where BOOTSTRAP|SQLITE --group G --topic T
           --journal FILE [--hang-before-commit]
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import threading
import time
from pathlib import Path
from types import FrameType

from core.bus.base import Bus

__all__ = ["Journal", "make_bus", "read_journal", "run_member"]

# Seconds: short enough that a killed member's partitions move on soon, long enough that a member
# starved of CPU on a loaded test machine is not dropped between heartbeats.
KAFKA_SESSION_TIMEOUT = 6.0


def make_bus(kind: str, where: str) -> Bus:
    if kind == "kafka":
        from core.bus.kafka import KafkaBus

        return KafkaBus(where, client_id="test", session_timeout=KAFKA_SESSION_TIMEOUT)
    from core.bus.memory import MemoryBus

    return MemoryBus(where)


class Journal:
    def __init__(self, path: Path) -> None:
        self.file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the member

    def write(self, line: str) -> None:
        self.file.write(line + "\n")
        self.file.flush()
        os.fsync(self.file.fileno())

    def close(self) -> None:
        self.file.close()


def read_journal(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    return [line.split(" ", 3) for line in path.read_text(encoding="utf-8").splitlines() if line]


def run_member(bus: Bus, group: str, topic: str, journal: Journal, stop: threading.Event,
               hang_before_commit: bool = False, max_seconds: float = 120.0) -> None:
    """Consume ``topic`` in ``group`` until ``stop`` is set (or ``max_seconds`` pass)."""
    consumer = bus.consumer(group, [topic],
                            on_assign=lambda parts, _: journal.write("A " + ",".join(map(str, parts))),
                            on_revoke=lambda parts: journal.write("R " + ",".join(map(str, parts))))
    deadline = time.monotonic() + max_seconds
    try:
        while not stop.is_set() and time.monotonic() < deadline:
            batch = consumer.poll(max_records=50, timeout=0.05)
            if not batch:
                continue
            for m in batch:
                journal.write(f"M {m.partition} {m.offset} {(m.value or b'').decode()}")
            if hang_before_commit:
                journal.write("H")
                time.sleep(max_seconds)  # the test kills this process here: handled, never committed
                raise SystemExit(3)
            consumer.commit(batch)
            journal.write("C")
    finally:
        consumer.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kind", choices=["kafka", "memory"], required=True)
    parser.add_argument("--where", required=True)
    parser.add_argument("--group", required=True)
    parser.add_argument("--topic", required=True)
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--hang-before-commit", action="store_true")
    args = parser.parse_args()
    stop = threading.Event()

    def graceful(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, graceful)
    # The test shows this log when the member does not do what it waits for.
    logging.basicConfig(filename=f"{args.journal}.log", level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if os.environ.get("BUS_WORKER_DEBUG"):
        logging.getLogger("kafka.coordinator").setLevel(logging.DEBUG)
    bus = make_bus(args.kind, args.where)
    journal = Journal(args.journal)
    try:
        run_member(bus, args.group, args.topic, journal, stop, args.hang_before_commit)
    finally:
        bus.close()
        journal.close()


if __name__ == "__main__":
    main()
