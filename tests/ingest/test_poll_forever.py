"""``newsradar poll`` without --once: feeds are polled on their schedule until stopped, each article once."""

from __future__ import annotations

import io
import threading
import time

from prometheus_client import CollectorRegistry

from core.contracts import Article
from ingest.config import IngestConfig
from ingest.feeds import load_feeds
from ingest.local import poll_forever
from ingest.metrics import IngestMetrics
from tests.httpstatic import serve_routes

CFG = IngestConfig(allow_private=True, deadline=5.0, connect_timeout=2.0, parse_workers=0)


def _rss(base: str) -> bytes:
    items = "".join(f"<item><title>Nr {i}</title><link>{base}/a/{i}</link><guid>{i}</guid>"
                    f"<description>Tekst {i}.</description></item>" for i in range(3))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()


def test_polls_until_stopped_and_emits_each_article_once(tmp_path):
    out = io.StringIO()
    stop = threading.Event()
    with serve_routes(lambda base: {"/feed.xml": (_rss(base), "application/rss+xml")}) as base:
        feeds = load_feeds([{"url": f"{base}/feed.xml", "interval": "1s"}])
        summary_box = {}

        def run() -> None:
            summary_box["summary"] = poll_forever(feeds, tmp_path / "state.db", out, CFG, stop,
                                                  metrics=IngestMetrics(CollectorRegistry()), tick=0.05)

        worker = threading.Thread(target=run)
        worker.start()
        deadline = time.monotonic() + 30
        while out.getvalue().count("\n") < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        stop.set()
        worker.join(timeout=30)
    assert not worker.is_alive()
    articles = [Article.model_validate_json(line) for line in out.getvalue().splitlines()]
    assert sorted(a.title for a in articles) == ["Nr 0", "Nr 1", "Nr 2"]
    assert summary_box["summary"].articles == 3
