"""Full text, opt-in per feed: a teaser entry gets its linked page's main text, through the same fetcher."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from prometheus_client import CollectorRegistry

from core.contracts import Article
from ingest.config import IngestConfig
from ingest.feeds import load_feeds
from ingest.local import poll_once
from ingest.metrics import IngestMetrics
from tests.httpstatic import serve_routes

CFG = IngestConfig(allow_private=True, deadline=5.0, connect_timeout=2.0, parse_workers=1, parse_timeout=20.0)

PARAGRAPHS = [
    "Władimir Putin przyjął w czwartek przywódcę Korei Północnej na kosmodromie Wostocznyj w obwodzie amurskim.",
    "Według zachodnich wywiadów rozmowy dotyczyły dostaw amunicji artyleryjskiej oraz technologii rakietowych.",
    "Obaj przywódcy zwiedzili halę montażową rakiet nośnych, a potem zjedli wspólny obiad w stołówce kosmodromu.",
    "Analitycy z Seulu uważają, że Pjongjang oczekuje w zamian pomocy przy budowie satelitów rozpoznawczych.",
]
PAGE = ("<html><head><title>Putin i Kim</title><script>var tracking = 'SCRIPT-NOISE';</script></head><body>"
        "<nav><a href='/'>Strona główna</a> | <a href='/sport'>Sport</a> | NAV-NOISE</nav>"
        "<article><h1>Putin i Kim na kosmodromie</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) +
        "</article><footer>Wszelkie prawa zastrzeżone FOOTER-NOISE</footer></body></html>").encode()


def _rss(base: str, fulltext_path: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>
<link>{base}/</link><item><title>Putin i Kim na kosmodromie</title><link>{base}{fulltext_path}</link>
<guid>{fulltext_path}</guid><description>Krótko: spotkanie na kosmodromie.</description></item>
</channel></rss>""".encode()


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    def routes(base: str) -> dict[str, tuple[bytes, str]]:
        return {"/feed.xml": (_rss(base, "/article.html"), "application/rss+xml"),
                "/broken-feed.xml": (_rss(base, "/missing.html"), "application/rss+xml"),
                "/article.html": (PAGE, "text/html; charset=utf-8")}

    with serve_routes(routes) as base:
        yield base


def _poll(url: str, fulltext: bool) -> list[Article]:
    out = io.StringIO()
    feeds = load_feeds([{"url": url, "fulltext": fulltext}])
    poll_once(feeds, None, out, CFG, metrics=IngestMetrics(CollectorRegistry()))
    return [Article.model_validate_json(line) for line in out.getvalue().splitlines()]


def test_fulltext_feed_gets_the_pages_main_text_without_boilerplate(site):
    (article,) = _poll(f"{site}/feed.xml", fulltext=True)
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    for noise in ("SCRIPT-NOISE", "NAV-NOISE", "FOOTER-NOISE"):
        assert noise not in article.text
    assert article.summary.startswith("Krótko")


def test_without_the_option_the_teaser_stays(site):
    (article,) = _poll(f"{site}/feed.xml", fulltext=False)
    assert article.text == "Krótko: spotkanie na kosmodromie."


def test_a_missing_page_keeps_the_entry_text(site):
    (article,) = _poll(f"{site}/broken-feed.xml", fulltext=True)
    assert article.text == "Krótko: spotkanie na kosmodromie."
