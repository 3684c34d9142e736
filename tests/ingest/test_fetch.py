"""The fetcher against the misbehaving feed server on 127.0.0.1: validators, redirects, caps, deadline, politeness."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from prometheus_client import CollectorRegistry

from core.errors import FetchError
from ingest.config import IngestConfig
from ingest.fetch import Fetcher, FetchResult
from ingest.metrics import IngestMetrics
from tests.ingest.feedserver import FeedServer, brotli_bomb, gzip_bomb, rss

CFG = IngestConfig(allow_private=True, deadline=3.0, connect_timeout=2.0, parse_workers=0)


@pytest.fixture(scope="module")
def server() -> Iterator[FeedServer]:
    gzip_bomb(), brotli_bomb()  # built before the clock starts in the tests that use them
    with FeedServer() as srv:
        yield srv


def fetch(url: str, cfg: IngestConfig = CFG, **kwargs: Any) -> FetchResult:
    async def go() -> FetchResult:
        fetcher = Fetcher(cfg, metrics=IngestMetrics(CollectorRegistry()))
        try:
            return await fetcher.fetch(url, **kwargs)
        finally:
            await fetcher.aclose()

    return asyncio.run(go())


def fetch_error(url: str, cfg: IngestConfig = CFG) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetch(url, cfg)
    return info.value


def test_plain_fetch_sends_our_user_agent_and_encodings(server: FeedServer) -> None:
    result = fetch(server.url("/rss"))
    assert result.status == 200 and result.body == rss(5)
    sent = server.requests_for("/rss")[-1]
    assert sent["user-agent"].startswith("newsradar/") and "(+http" in sent["user-agent"]
    assert sent["accept-encoding"] == "gzip, br"
    assert "if-none-match" not in sent


def test_validators_are_sent_back_exactly_and_304_comes_back(server: FeedServer) -> None:
    first = fetch(server.url("/rss"))
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    again = fetch(server.url("/rss"), etag=etag, last_modified=modified)
    assert again.status == 304 and again.body == b""
    sent = server.requests_for("/rss")[-1]
    assert (sent["if-none-match"], sent["if-modified-since"]) == (etag, modified)
    atom = fetch(server.url("/atom"), last_modified=server.last_modified)
    assert atom.status == 304


@pytest.mark.parametrize("path", ["/gzip", "/br"])
def test_compressed_bodies_are_decoded(server: FeedServer, path: str) -> None:
    assert fetch(server.url(path)).body == rss(3)


def test_redirect_loop_stops_after_five_hops(server: FeedServer) -> None:
    before = server.hits["/loop-a"] + server.hits["/loop-b"]
    error = fetch_error(server.url("/loop-a"))
    assert error.reason == "redirects"
    assert server.hits["/loop-a"] + server.hits["/loop-b"] - before == 6  # the first request + 5 redirects


def test_permanent_redirect_reports_the_new_url_and_temporary_does_not(server: FeedServer) -> None:
    moved = fetch(server.url("/old"))
    assert moved.status == 200 and moved.moved_to == server.url("/new") and moved.url == server.url("/new")
    temporary = fetch(server.url("/temp"))
    assert temporary.status == 200 and temporary.moved_to is None


@pytest.mark.parametrize(("path", "status"), [("/gone", 410), ("/limited", 429), ("/unavailable", 503),
                                              ("/error", 500)])
def test_status_codes_come_back_with_their_headers(server: FeedServer, path: str, status: int) -> None:
    result = fetch(server.url(path))
    assert result.status == status
    if status in (429, 503):
        assert result.headers["retry-after"]


@pytest.mark.parametrize("path", ["/gzip-bomb", "/br-bomb", "/huge"])
def test_bombs_and_endless_bodies_are_cut_at_the_cap(server: FeedServer, path: str) -> None:
    cfg = CFG.with_(max_bytes=2 * 1024 * 1024, deadline=20.0)
    started = time.monotonic()
    error = fetch_error(server.url(path), cfg)
    assert error.reason == "too_large"
    assert time.monotonic() - started < 10


def test_default_cap_is_15_mib_after_decompression(server: FeedServer) -> None:
    error = fetch_error(server.url("/gzip-bomb"), CFG.with_(deadline=20.0))
    assert error.reason == "too_large" and "15728640" in str(error)


def test_trickling_server_hits_the_overall_deadline(server: FeedServer) -> None:
    started = time.monotonic()
    error = fetch_error(server.url("/trickle"))  # 1 byte a second; per-read timeouts never fire
    elapsed = time.monotonic() - started
    assert error.reason == "timeout"
    assert 2.5 < elapsed < 5.0


def test_loopback_is_refused_unless_allowed(server: FeedServer) -> None:
    strict = CFG.with_(allow_private=False)
    assert fetch_error(server.url("/rss"), strict).reason == "private_address"
    # by name too: the check runs on what DNS returns
    by_name = server.url("/rss").replace("127.0.0.1", "localhost")
    assert fetch_error(by_name, strict).reason == "private_address"


def test_redirect_hops_are_checked_too(server: FeedServer) -> None:
    # 127.0.0.1 is allowed by name; its redirect to another loopback address is not, and is refused.
    with FeedServer(host="127.0.0.2") as other:
        server.route("/to-private", lambda h: h.reply(301, headers={"Location": other.url("/rss")}))
        server.route("/to-file", lambda h: h.reply(302, headers={"Location": "file:///etc/passwd"}))
        strict = CFG.with_(allow_private=False, allow_hosts=("127.0.0.1",))
        assert fetch(server.url("/rss"), strict).status == 200
        assert fetch_error(server.url("/to-private"), strict).reason == "private_address"
        assert other.hits["/rss"] == 0
        assert fetch_error(server.url("/to-file"), strict).reason == "bad_url"


def test_at_most_two_connections_per_domain() -> None:
    active, peak, lock = [0], [0], threading.Lock()

    def slow(h: Any) -> None:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.3)
        with lock:
            active[0] -= 1
        h.reply(200, rss(1))

    with FeedServer() as srv:
        srv.route("/slow", slow)

        async def go() -> list[FetchResult]:
            fetcher = Fetcher(CFG, metrics=IngestMetrics(CollectorRegistry()))
            try:
                return await asyncio.gather(*(fetcher.fetch(srv.url(f"/slow?{i}")) for i in range(6)))
            finally:
                await fetcher.aclose()

        started = time.monotonic()
        results = asyncio.run(go())
    assert all(r.status == 200 for r in results)
    assert peak[0] == 2
    assert time.monotonic() - started >= 0.85  # 6 requests, 2 at a time, 0.3 s each


def test_metrics_count_bytes_and_fetch_time(server: FeedServer) -> None:
    registry = CollectorRegistry()
    metrics = IngestMetrics(registry)

    async def go() -> None:
        fetcher = Fetcher(CFG, metrics=metrics)
        try:
            await fetcher.fetch(server.url("/gzip"))
        finally:
            await fetcher.aclose()

    asyncio.run(go())
    assert registry.get_sample_value("newsradar_ingest_bytes_total") == len(rss(3))
    assert registry.get_sample_value("newsradar_ingest_fetch_seconds_count") == 1


def test_a_given_httpx_client_is_used_and_still_checked(server: FeedServer) -> None:
    async def go(cfg: IngestConfig) -> FetchResult | FetchError:
        async with httpx.AsyncClient(trust_env=False) as client:
            fetcher = Fetcher(cfg, client, IngestMetrics(CollectorRegistry()))
            try:
                return await fetcher.fetch(server.url("/gzip"))
            except FetchError as exc:
                return exc
            finally:
                await fetcher.aclose()

    ok = asyncio.run(go(CFG))
    assert isinstance(ok, FetchResult) and ok.body == rss(3)  # decoded by our decoder, not the client's
    refused = asyncio.run(go(CFG.with_(allow_private=False)))
    assert isinstance(refused, FetchError) and refused.reason == "private_address"
