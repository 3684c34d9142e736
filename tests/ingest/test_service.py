"""The poller service on the in-process bus: articles keyed by id, state keyed by feed id, restore after restart."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from core.bus.memory import MemoryBus
from core.bus.topics import ARTICLES, FEED_STATE, topic_specs
from core.contracts import Article, Feed, decode
from ingest.config import IngestConfig
from ingest.feeds import load_feeds, publish_feeds
from ingest.metrics import IngestMetrics
from ingest.service import IngestService
from ingest.state import FeedState
from tests.ingest.feedserver import FeedServer, item, rss

CFG = IngestConfig(allow_private=True, deadline=3.0, parse_workers=1)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as srv:
        yield srv


def articles_on(bus: MemoryBus) -> list[tuple[bytes, Article]]:
    consumer = bus.consumer("test-reader-" + str(time.monotonic_ns()), [ARTICLES])
    out: list[tuple[bytes, Article]] = []
    try:
        for _ in range(50):
            batch = consumer.poll(500, 0.05)
            if not batch and out:
                break
            out.extend((m.key or b"", decode(Article, m.value or b"")) for m in batch)
    finally:
        consumer.close()
    return out


def test_run_once_publishes_articles_and_state_and_a_restart_repeats_nothing(server: FeedServer,
                                                                             tmp_path: Path) -> None:
    items = [item(i) for i in range(3)]
    server.route("/live", lambda h: h.reply(200, rss(items)))
    feeds = load_feeds([server.url(p) for p in ("/rss", "/atom", "/live", "/gone", "/old")])
    path = tmp_path / "bus.db"
    bus = MemoryBus(path)
    bus.ensure_topics(topic_specs())
    publish_feeds(bus, feeds)
    registry = CollectorRegistry()
    polled, sent = IngestService(bus, CFG, metrics=IngestMetrics(registry)).run_once(settle=0.3, max_seconds=60)
    assert (polled, sent) == (5, 5 + 4 + 3 + 3)
    published = articles_on(bus)
    assert len(published) == 15 and all(key == a.id.encode() for key, a in published)
    states = {k.decode(): FeedState.from_bytes(v) for k, v in bus.read_table(FEED_STATE).items()}
    assert set(states) == {f.id for f in feeds}
    assert states[Feed.id_for(server.url("/gone"))].gone
    assert states[Feed.id_for(server.url("/old"))].url == server.url("/new")
    assert registry.get_sample_value("newsradar_ingest_feeds", {"state": "gone"}) == 1
    bus.close()

    # A new process on the same state: it restores feed state on assignment and repeats nothing.
    items.append(item(50))
    bus = MemoryBus(path)
    gone_hits = server.hits["/gone"]
    polled, sent = IngestService(bus, CFG, metrics=IngestMetrics(CollectorRegistry())).run_once(settle=0.3)
    assert (polled, sent) == (4, 1)  # the gone feed is skipped; only the new /live entry is sent
    assert server.hits["/gone"] == gone_hits
    assert server.requests_for("/rss")[-1]["if-none-match"] == server.etag
    assert len(articles_on(bus)) == 16
    bus.close()


def test_run_polls_on_schedule_until_stopped(server: FeedServer, tmp_path: Path) -> None:
    bus = MemoryBus(tmp_path / "bus.db")
    bus.ensure_topics(topic_specs())
    publish_feeds(bus, load_feeds([server.url("/rss")]))
    stop = threading.Event()
    service = IngestService(bus, CFG.with_(min_interval=1.0, max_interval=1.0, jitter=0.0),
                            metrics=IngestMetrics(CollectorRegistry()))
    runner = threading.Thread(target=service.run, args=(stop,), kwargs={"max_seconds": 30})
    runner.start()
    try:
        deadline = time.monotonic() + 20
        while server.hits["/rss"] < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        stop.set()
        runner.join(30)
    assert not runner.is_alive()
    assert server.hits["/rss"] >= 3  # first poll, then every second (304s)
    assert len(articles_on(bus)) == 5
    bus.close()
