"""Two enrich worker processes in one group on a real broker; one is SIGKILLed mid-stream and
every article still comes out enriched (at-least-once: repeats allowed, losses not)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from core.bus.kafka import KafkaBus
from core.bus.topics import TopicSpec
from core.contracts import Actor, Article, EnrichedArticle, decode, encode

ROOT = Path(__file__).resolve().parents[2]
COUNT = 600
TEXTS = [
    ("pl", "Kim Dzong Un w Rosji", "30 czerwca 2019 r. doszło do spotkania z Władimirem Putinem. Rozmowy trwały."),
    ("en", "Kim meets Putin", "The U.S. said so. Mr. Kirby said North Korea sent shells to Russia."),
    ("ru", "Путин и Ким", "Путин встретился с Ким Чен Ыном во Владивостоке. Переговоры шли долго."),
    ("en", "Rifles", "Acme Arms sold rifles to Russia last year, the company confirmed on Monday."),
]
CUSTOM = Actor(id="x:acme-arms", type="org", name="Acme Arms", names={"en": ["Acme Arms"]})

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(600)]


def wait(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def held(path: Path) -> set[int]:
    """The partitions a worker holds by its journal: its assignments less its revocations."""
    parts: set[int] = set()
    for line in lines(path):
        kind, _, rest = line.partition(" ")
        numbers = {int(p) for p in rest.split(",") if p}
        if kind == "A":
            parts |= numbers
        elif kind == "R":
            parts -= numbers
    return parts


def test_two_workers_one_killed_mid_stream_lose_nothing(
    kafka_bootstrap: str,
    unique_topic: Callable[[str], str],
    unique_group: Callable[[str], str],
    tmp_path: Path,
) -> None:
    articles, enriched, actors = unique_topic("articles"), unique_topic("enriched"), unique_topic("actors")
    group = unique_group("enrich")
    bus = KafkaBus(kafka_bootstrap, client_id="test-enrich-producer")
    bus.ensure_topics(
        [
            TopicSpec(articles, partitions=4),
            TopicSpec(enriched, partitions=4),
            TopicSpec(actors, partitions=1, compacted=True),
        ]
    )
    # A custom actor on the compacted actors topic: every worker layers it over the shipped base.
    bus.send(actors, encode(CUSTOM), key=CUSTOM.id.encode())
    bus.flush()
    journals = [tmp_path / f"worker{i}.log" for i in range(2)]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.enrich.worker_proc",
                "--bootstrap",
                kafka_bootstrap,
                "--articles",
                articles,
                "--enriched",
                enriched,
                "--actors",
                actors,
                "--group",
                group,
                "--journal",
                str(journal),
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for journal in journals
    ]
    reader = bus.consumer(unique_group("reader"), [enriched])
    seen: dict[str, int] = {}
    custom_found: set[str] = set()

    def read() -> int:
        for message in reader.poll(max_records=500, timeout=0.2):
            assert message.key is not None and message.value is not None
            item = decode(EnrichedArticle, message.value)
            assert item.id == message.key.decode()
            assert item.sentences and item.lang in {"pl", "en", "ru"}
            assert item.entities
            seen[item.id] = seen.get(item.id, 0) + 1
            if any(e.id == CUSTOM.id and e.name == "Acme Arms" for e in item.entities):
                custom_found.add(item.id)
        return len(seen)

    try:
        wait(lambda: all("READY" in lines(j) for j in journals), 180, "both workers to build their pipelines")
        # Produce only once the group has settled with both members: a worker that joins late would
        # find the stream already drained by the first one, and no kill could be mid-stream.
        wait(
            lambda: all(held(j) for j in journals) and set().union(*map(held, journals)) == {0, 1, 2, 3},
            120,
            "both workers to hold partitions",
        )
        ids = []
        for i in range(COUNT):
            lang, title, text = TEXTS[i % len(TEXTS)]
            article = Article(id=f"k{i}", feed="test", title=title, text=f"{text} Nr {i}.", lang=lang)
            bus.send(articles, encode(article), key=article.id.encode())
            ids.append(article.id)
        bus.flush()
        wait(
            lambda: all(sum(1 for x in lines(j) if x.startswith("B")) >= 2 for j in journals),
            120,
            "both workers to handle batches",
        )
        handled = sum(int(x.split()[1]) for j in journals for x in lines(j) if x.startswith("B"))
        os.kill(procs[0].pid, signal.SIGKILL)
        procs[0].wait(10)
        assert handled < COUNT, "the kill came after the stream was done: not a mid-stream kill"
        wait(lambda: read() >= COUNT, 180, f"all {COUNT} articles enriched ({len(seen)} so far)")
        assert set(seen) == set(ids)
        assert custom_found == {f"k{i}" for i in range(COUNT) if i % len(TEXTS) == 3}
        procs[1].send_signal(signal.SIGTERM)
        assert procs[1].wait(60) == 0
    finally:
        reader.close()
        bus.close()
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
