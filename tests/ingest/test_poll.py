"""``poll_once`` end to end over the misbehaving feed server: the right articles or a clear logged error,
each article once across runs, conditional requests on the second run, no leak, no hang, bounded memory."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from core.contracts import Article, Feed
from ingest.config import IngestConfig
from ingest.feeds import load_feeds
from ingest.local import PollSummary, poll_once
from ingest.metrics import IngestMetrics
from ingest.state import SqliteStateStore
from tests.ingest.feedserver import FeedServer, brotli_bomb, gzip_bomb, item, rss

ROOT = Path(__file__).resolve().parents[2]
CFG = IngestConfig(allow_private=True, deadline=3.0, connect_timeout=2.0, parse_workers=2, parse_timeout=10.0)
SECRET = "TOP-SECRET-7f3a9c1e-do-not-leak"

GOOD = ["/rss", "/atom", "/gzip", "/br", "/malformed", "/laughs", "/xxe", "/cp1250", "/dupes", "/nodates",
        "/relative", "/script", "/old"]
FAILING = {"/loop-a": "redirects", "/error": "http_500", "/html": "not_a_feed", "/gzip-bomb": "too_large",
           "/br-bomb": "too_large", "/huge": "too_large", "/trickle": "timeout"}
OTHER = {"/gone": "gone", "/limited": "rate_limited", "/unavailable": "rate_limited"}


@pytest.fixture(scope="module")
def secret_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("secret") / "secret.txt"
    path.write_text(SECRET)
    return path


@pytest.fixture(scope="module")
def server(secret_file: Path) -> Iterator[FeedServer]:
    gzip_bomb(), brotli_bomb()
    with FeedServer(secret_file=str(secret_file)) as srv:
        yield srv


def run(server: FeedServer, paths: list[str], state: Path | None, registry: CollectorRegistry | None = None,
        cfg: IngestConfig = CFG) -> tuple[PollSummary, list[Article]]:
    out = io.StringIO()
    feeds = load_feeds([server.url(p) for p in paths])
    summary = poll_once(feeds, state, out, cfg, metrics=IngestMetrics(registry or CollectorRegistry()))
    return summary, [Article.model_validate_json(line) for line in out.getvalue().splitlines()]


def by_feed(server: FeedServer, articles: list[Article], path: str) -> list[Article]:
    fid = Feed.id_for(server.url(path))
    return [a for a in articles if a.feed == fid]


@pytest.fixture(scope="module")
def first_run(server: FeedServer, tmp_path_factory: pytest.TempPathFactory) -> tuple[PollSummary, list[Article],
                                                                                       Path, CollectorRegistry]:
    state = tmp_path_factory.mktemp("state") / "state.db"
    registry = CollectorRegistry()
    started = time.monotonic()
    summary, articles = run(server, GOOD + list(FAILING) + list(OTHER), state, registry)
    assert time.monotonic() - started < 30  # nothing hangs the poller: the trickle stops at its 3 s deadline
    return summary, articles, state, registry


def test_every_case_gives_articles_or_a_clear_error(server: FeedServer, first_run: tuple) -> None:
    summary, articles, _, registry = first_run
    failed = {url.rsplit("/", 1)[-1]: reason.split(":", 1)[0] for _, url, reason in summary.failures}
    assert failed == {path[1:]: reason for path, reason in FAILING.items()}
    assert summary.outcomes == {"ok": len(GOOD), "error": len(FAILING), "gone": 1, "rate_limited": 2}
    assert registry.get_sample_value("newsradar_ingest_polls_total", {"outcome": "ok"}) == len(GOOD)
    assert registry.get_sample_value("newsradar_ingest_articles_total") == len(articles)
    counts = {p: len(by_feed(server, articles, p)) for p in GOOD}
    assert counts == {"/rss": 5, "/atom": 4, "/gzip": 3, "/br": 3, "/malformed": 3, "/laughs": 2, "/xxe": 1,
                      "/cp1250": 1, "/dupes": 2, "/nodates": 2, "/relative": 2, "/script": 1, "/old": 3}


def test_each_failure_is_logged_on_one_line_with_feed_and_reason(server: FeedServer,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="ingest"):
        run(server, ["/error", "/html"], None)
    lines = [r for r in caplog.records if r.name == "ingest.poller"]
    assert len(lines) == 2
    for record in lines:
        assert "\n" not in record.getMessage()
        assert record.feed in (Feed.id_for(server.url("/error")), Feed.id_for(server.url("/html")))  # type: ignore[attr-defined]
        assert record.reason in ("http_500", "not_a_feed")  # type: ignore[attr-defined]


def test_canonical_urls_dates_and_text(server: FeedServer, first_run: tuple) -> None:
    articles = first_run[1]
    first = sorted(by_feed(server, articles, "/rss"), key=lambda a: a.url)[0]
    assert first.url == "https://example.com/news/0" and first.published is not None
    assert first.published.isoformat() == "2023-11-14T22:13:20+00:00"
    relative = sorted(a.url for a in by_feed(server, articles, "/relative"))
    assert relative == [server.url("/story/one?id=1"), server.url("/two.html")]
    undated = by_feed(server, articles, "/nodates")
    assert all(a.published == a.fetched_at for a in undated)
    script = by_feed(server, articles, "/script")[0]
    assert script.text == "Real text\n\nand & more"
    for bad in ("<", "alert", "steal", "onerror", "display"):
        assert bad not in script.text and bad not in script.summary


def test_duplicate_guids_give_one_article(server: FeedServer, first_run: tuple) -> None:
    dupes = by_feed(server, first_run[1], "/dupes")
    assert sorted(a.title for a in dupes) == ["Story 1", "Story 3"]


def test_entity_bombs_and_external_entities_do_not_expand_or_leak(server: FeedServer, first_run: tuple) -> None:
    articles = first_run[1]
    for article in articles:
        assert SECRET not in article.model_dump_json()
    laughs = by_feed(server, articles, "/laughs")
    assert any(a.title == "After the bomb" for a in laughs)
    assert all(len(a.title) < 100 and len(a.text) < 100 for a in laughs)


def test_cp1250_declared_as_utf8_is_recovered(server: FeedServer, first_run: tuple) -> None:
    polish = by_feed(server, first_run[1], "/cp1250")[0]
    assert "Zażółć gęślą jaźń" in polish.text and "Władimir Putin" in polish.text
    assert polish.lang == "pl"


def test_second_run_is_conditional_and_repeats_nothing(server: FeedServer, first_run: tuple) -> None:
    _, _, state, _ = first_run
    hits = dict(server.hits)
    summary, articles = run(server, [*GOOD, "/gone", "/limited", "/unavailable"], state)
    assert articles == []
    # validators went back: 304 for /rss and /atom; same bodies elsewhere: unchanged, not parsed
    assert server.requests_for("/rss")[-1]["if-none-match"] == server.etag
    assert server.requests_for("/atom")[-1]["if-modified-since"] == server.last_modified
    assert summary.outcomes["not_modified"] == 2 and summary.outcomes["unchanged"] == len(GOOD) - 2
    # gone and rate-limited feeds are skipped, not waited for
    assert summary.skipped == 3
    for path in ("/gone", "/limited", "/unavailable"):
        assert server.hits[path] == hits[path]
    # the 301 moved the stored URL: /old is not asked again, /new is, under the same feed id
    assert server.hits["/old"] == hits["/old"]
    assert server.hits["/new"] == hits["/new"] + 1
    store = SqliteStateStore(state)
    try:
        moved = store.get(Feed.id_for(server.url("/old")))
    finally:
        store.close()
    assert moved is not None and moved.url == server.url("/new")


def test_a_restart_with_changed_body_emits_only_new_entries(server: FeedServer, tmp_path: Path) -> None:
    items = [item(i) for i in range(3)]
    server.route("/growing", lambda h: h.reply(200, rss(items)))
    state = tmp_path / "s.db"
    _, first = run(server, ["/growing"], state)
    items.insert(0, item(99))
    _, second = run(server, ["/growing"], state)
    assert len(first) == 3 and [a.title for a in second] == ["Story 99"]


PROBE = """
import io, json, resource, sys
from ingest.config import IngestConfig
from ingest.feeds import load_feeds
from ingest.local import poll_once
if __name__ == "__main__":
    cfg = IngestConfig(allow_private=True, deadline=5.0, parse_workers=2)
    summary = poll_once(load_feeds(sys.argv[1:]), None, io.StringIO(), cfg)
    # VmHWM, not RUSAGE_SELF: Linux keeps ru_maxrss across exec, so it would report the pytest
    # process this probe was forked from rather than the poller.
    hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
    print(json.dumps({"self": hwm,
                      "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                      "polled": summary.polled}))
"""


def test_peak_memory_stays_bounded_on_hostile_feeds(server: FeedServer, tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE)
    urls = [server.url(p) for p in ["/gzip-bomb", "/br-bomb", "/huge", "/laughs", "/xxe", "/rss", "/malformed"]]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(probe), *urls], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    peak = json.loads(done.stdout.strip().splitlines()[-1])
    print("peak memory KiB", peak)
    assert peak["polled"] == len(urls)
    assert peak["self"] < 300 * 1024, peak      # KiB: the poller itself
    assert peak["children"] < 300 * 1024, peak  # the largest parser worker
