"""The timetable: each feed due at its own time (pure), and poll_forever keeping to it against a real server."""

from __future__ import annotations

import io
import threading
import time

import pytest
from prometheus_client import CollectorRegistry

from ingest.config import IngestConfig
from ingest.feeds import load_feeds
from ingest.local import poll_forever
from ingest.metrics import IngestMetrics
from ingest.state import FeedState
from ingest.timetable import Timetable, due_at
from tests.ingest.feedserver import FeedServer, item, rss


@pytest.mark.parametrize(("state", "expected"), [
    (None, 100.0),                                                     # never polled: now
    (FeedState(feed="f", next_poll=160.0), 160.0),                     # its schedule
    (FeedState(feed="f", next_poll=50.0), 50.0),                       # overdue: at once (pop_due takes it)
    (FeedState(feed="f", next_poll=160.0, retry_until=900.0), 900.0),  # not before the server's Retry-After
    (FeedState(feed="f", next_poll=160.0, gone=True), None),           # 410: never again
])
def test_due_at(state: FeedState | None, expected: float | None) -> None:
    assert due_at(state, 100.0) == expected


def test_timetable_gives_feeds_in_due_order_and_only_when_due() -> None:
    table = Timetable()
    for feed, at in [("c", 30.0), ("a", 10.0), ("b", 20.0), ("a2", 10.0), ("gone", None)]:
        table.put(feed, at)
    assert len(table) == 4 and table.next_at() == 10.0
    assert table.pop_due(9.9) == []
    assert table.pop_due(20.0) == ["a", "a2", "b"]  # earliest first, ties in the order they came
    assert table.pop_due(25.0) == [] and table.next_at() == 30.0


def test_a_later_put_replaces_the_earlier_one() -> None:
    table = Timetable()
    table.put("a", 10.0)
    table.put("a", 50.0)          # rescheduled later: not due at 10
    assert table.pop_due(20.0) == [] and table.next_at() == 50.0
    table.put("a", None)          # taken off
    assert table.pop_due(100.0) == [] and table.next_at() is None and len(table) == 0


def test_a_slow_feed_does_not_hold_back_a_fast_one() -> None:
    """Rounds would poll the fast feed once per slow poll (2 s); its own schedule says every 0.2 s."""
    cfg = IngestConfig(allow_private=True, deadline=5.0, connect_timeout=2.0, parse_workers=0, jitter=0.0)
    counter = {"n": 0}

    def fast(h) -> None:  # a new entry on every poll, so every poll emits exactly one article
        counter["n"] += 1
        h.reply(200, rss([item(1000 + i) for i in range(counter["n"])]))

    def slow(h) -> None:
        time.sleep(2.0)
        h.reply(200, rss([item(1)]))

    out = io.StringIO()
    stop = threading.Event()
    with FeedServer() as server:
        server.route("/fast", fast)
        server.route("/slow", slow)
        feeds = load_feeds([{"url": server.url("/slow"), "interval": "1s"},
                            {"url": server.url("/fast"), "interval": "200ms"}])
        worker = threading.Thread(target=poll_forever, args=(feeds, None, out, cfg, stop),
                                  kwargs={"metrics": IngestMetrics(CollectorRegistry()), "tick": 0.05})
        worker.start()
        deadline = time.monotonic() + 30
        while server.hits["/slow"] < 2 and time.monotonic() < deadline:  # the second slow poll has started
            time.sleep(0.02)
        fast_polls_in_first_slow_poll = server.hits["/fast"]
        stop.set()
        worker.join(timeout=30)
    assert not worker.is_alive()
    # 2 s of one slow poll: at 0.2 s intervals the fast feed is polled about ten times meanwhile
    assert fast_polls_in_first_slow_poll >= 5, server.hits
    assert out.getvalue().count("\n") == server.hits["/fast"] + 1  # each poll's new entry, once; slow's one
