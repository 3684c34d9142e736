"""Two poller processes in one group on a real broker: they split the feeds; SIGKILL one and the other
takes its feeds over within the session timeout + 30 s, loses no article, and repeats only articles of
polls in flight at the kill (same ids)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.bus.kafka import KafkaBus
from core.bus.topics import TopicSpec
from core.contracts import Article, decode
from ingest.feeds import load_feeds, publish_feeds
from tests.ingest.feedserver import FeedServer, item, rss
from tests.ingest.poller_proc import SESSION_TIMEOUT

ROOT = Path(__file__).resolve().parents[2]
FEEDS = 12
PARTITIONS = 4

pytestmark = pytest.mark.kafka


class Farm:
    """FEEDS feeds whose content grows by one entry per generation; remembers who polled what, when."""

    def __init__(self, server: FeedServer) -> None:
        self.server, self.generation, self.lock = server, 1, threading.Lock()
        self.polls: list[tuple[float, int, str]] = []  # (when, feed number, poller name)
        for n in range(FEEDS):
            server.route(f"/f/{n}", self._route(n))

    def _route(self, n: int) -> Callable[[Any], None]:
        def serve(h: Any) -> None:
            with self.lock:
                self.polls.append((time.monotonic(), n, h.headers.get("User-Agent", "").rsplit("/", 1)[-1]))
                gens = self.generation
            h.reply(200, rss([item(g, link=self.link(n, g), guid=None) for g in range(gens)]))
        return serve

    @staticmethod
    def link(n: int, g: int) -> str:
        return f"https://farm.example/f{n}/g{g}"

    def owners(self, since: float) -> dict[int, set[str]]:
        with self.lock:
            out: dict[int, set[str]] = {}
            for when, n, who in self.polls:
                if when >= since:
                    out.setdefault(n, set()).add(who)
            return out


def read_all(bootstrap: str, topic: str) -> Counter[str]:
    """Every article id on ``topic`` with how many times it was sent."""
    bus = KafkaBus(bootstrap, client_id="reader")
    consumer = bus.consumer(f"reader-{time.monotonic_ns()}", [topic])
    ids: Counter[str] = Counter()
    try:
        quiet = 0
        for _ in range(400):
            batch = consumer.poll(1000, 0.25)
            ids.update(decode(Article, m.value or b"").url for m in batch)
            quiet = 0 if batch else quiet + 1
            if quiet >= 8 and consumer.assignment():
                break
    finally:
        consumer.close()
        bus.close()
    return ids


def wait(predicate: Callable[[], bool], timeout: float, what: str) -> float:
    started = time.monotonic()
    while not predicate():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.2)
    return time.monotonic() - started


def start(bootstrap: str, group: str, topics: list[str], name: str, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "tests.ingest.poller_proc", "--bootstrap", bootstrap,
                             "--group", group, "--topics", *topics, "--name", name, "--log", str(log)],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_two_pollers_split_feeds_and_one_takes_over_after_sigkill(
        kafka_bootstrap: str, unique_topic: Callable[[str], str], unique_group: Callable[[str], str],
        tmp_path: Path) -> None:
    topics = [unique_topic("feeds"), unique_topic("feed-state"), unique_topic("articles")]
    group = unique_group("ingest")
    admin = KafkaBus(kafka_bootstrap, client_id="test-admin")
    admin.ensure_topics([TopicSpec(topics[0], PARTITIONS, compacted=True),
                         TopicSpec(topics[1], PARTITIONS, compacted=True), TopicSpec(topics[2], PARTITIONS)])
    with FeedServer() as server:
        farm = Farm(server)
        feeds = load_feeds([server.url(f"/f/{n}") for n in range(FEEDS)])
        publish_feeds(admin, feeds, topic=topics[0])
        logs = {name: tmp_path / f"{name}.log" for name in "AB"}
        procs = {name: start(kafka_bootstrap, group, topics, name, logs[name]) for name in "AB"}
        try:
            # 1. the group settles: every feed polled by exactly one of the two, both busy
            def split() -> bool:
                owners = farm.owners(time.monotonic() - 3.0)
                return (len(owners) == FEEDS and all(len(w) == 1 for w in owners.values())
                        and {next(iter(w)) for w in owners.values()} == {"A", "B"})
            wait(split, 120, "two pollers splitting the feeds")
            mine = {n: next(iter(w)) for n, w in farm.owners(time.monotonic() - 3.0).items()}
            a_feeds = {n for n, who in mine.items() if who == "A"}

            # 2. a new entry everywhere; all of it published; then SIGKILL A mid-cadence
            with farm.lock:
                farm.generation = 2
            expected = {farm.link(n, g) for n in range(FEEDS) for g in range(2)}
            wait(lambda: expected <= set(read_all(kafka_bootstrap, topics[2])), 60, "generation 2 published")
            before = read_all(kafka_bootstrap, topics[2])
            procs["A"].send_signal(signal.SIGKILL)
            procs["A"].wait(10)
            killed_at = time.monotonic()
            with farm.lock:
                farm.generation = 3

            # 3. B polls A's feeds within session timeout + 30 s, and everything of generation 3 arrives
            took = wait(lambda: all("B" in farm.owners(killed_at).get(n, set()) for n in a_feeds),
                        SESSION_TIMEOUT + 30, "B taking over A's feeds")
            expected |= {farm.link(n, 2) for n in range(FEEDS)}
            wait(lambda: expected <= set(read_all(kafka_bootstrap, topics[2])), 60, "generation 3 published")
            time.sleep(2.0)  # a wrong repeat would have been sent by now
            after = read_all(kafka_bootstrap, topics[2])
        except AssertionError:
            for log in logs.values():
                print(log.read_text()[-5000:] if log.exists() else f"{log}: no log")
            raise
        finally:
            for proc in procs.values():
                if proc.poll() is None:
                    proc.send_signal(signal.SIGTERM)
                    try:
                        proc.wait(30)
                    except subprocess.TimeoutExpired:
                        proc.kill()
                        proc.wait(10)
            admin.close()
    print(f"takeover of {len(a_feeds)} feeds in {took:.1f}s; {sum(after.values())} articles sent, "
          f"{sum(after.values()) - len(after)} repeats")
    assert took <= SESSION_TIMEOUT + 30
    assert expected <= set(after)  # no article lost
    grown = {url: after[url] - before.get(url, 0) for url in after}
    new_now = {farm.link(n, 2) for n in range(FEEDS)}
    repeated = {url for url, extra in grown.items() if url not in new_now and extra > 0}
    # only the entries A's last polls could have had in flight: generation 2 of A's feeds, once more at most
    in_flight = {farm.link(n, 1) for n in a_feeds}
    assert repeated <= in_flight, f"repeated {sorted(repeated - in_flight)}"
    assert all(grown[url] <= 1 for url in repeated)
    assert all(after[url] == 1 for url in new_now)
