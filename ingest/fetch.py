"""Fetching feeds and pages with httpx, defensively: our own redirects, deadline, byte cap and politeness.

Every hop is checked (scheme, public address unless allowed) because a redirect is as much user
input as the URL; our own clients check at connect time and connect to the address they checked
(ingest.transport), so DNS cannot answer one thing to the check and another to the connect. The
overall deadline wraps the whole exchange, because per-read timeouts do not stop a server that
sends one byte a second. The body is decoded in small steps and counted after
decompression, so a gzip bomb or an endless body is cut off at ``max_bytes``.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from core.errors import FetchError
from ingest.canonical import registrable_domain
from ingest.config import IngestConfig
from ingest.decode import decoder_for
from ingest.guard import AddressCheck, Resolver, check_public, is_public_address, system_resolver
from ingest.metrics import IngestMetrics
from ingest.politeness import Politeness
from ingest.transport import PinnedBackend, PinnedPool

__all__ = ["FEED_ACCEPT", "PAGE_ACCEPT", "FetchResult", "Fetcher"]

log = logging.getLogger(__name__)

FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json;q=0.9, "
               "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
CLIENT_SHARDS = 16
DRAIN_MAX = 64 * 1024  # bytes of a non-2xx body read only to keep its connection alive


@dataclass
class FetchResult:
    status: int
    url: str                      # the URL that answered, after redirects
    moved_to: str | None = None   # set when every hop was permanent (301/308): the URL to poll from now on
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names
    body: bytes = b""
    elapsed: float = 0.0


class Fetcher:
    """One per poller. Its own connection pools (made lazily) connect only to checked addresses; an
    httpx ``client`` may be passed in instead (embedding), and is then checked before each request.

    Its pools are CLIENT_SHARDS, chosen by registrable domain: httpcore scans every connection of its
    pool on each request event, so one pool of 200 busy connections costs more CPU than the fetching
    itself; sixteen small pools cost a sixteenth of that.
    """

    def __init__(self, cfg: IngestConfig, client: httpx.AsyncClient | None = None,
                 metrics: IngestMetrics | None = None, politeness: Politeness | None = None, *,
                 resolver: Resolver = system_resolver, address_ok: AddressCheck = is_public_address,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.cfg = cfg
        self._given = client
        self._ssl_context = ssl_context  # None: certifi's roots, verification on
        # One backend for all shards: it holds the resolver and counts connections.
        self.backend = PinnedBackend(allow_private=cfg.allow_private, allow_hosts=cfg.allow_hosts,
                                     resolver=resolver, address_ok=address_ok)
        self._pools: list[PinnedPool] = []
        self.metrics = metrics
        self.politeness = politeness or Politeness(cfg.concurrency, cfg.per_domain)

    def pool_for(self, host: str) -> PinnedPool:
        if not self._pools:
            cfg = self.cfg
            # The Politeness semaphores are the real limits; a pool only must not be smaller.
            share = -(-cfg.concurrency // CLIENT_SHARDS) + cfg.per_domain
            self._pools = [PinnedPool(self.backend, max_connections=cfg.concurrency, max_keepalive=share,
                                      keepalive_expiry=30.0, connect_timeout=cfg.connect_timeout,
                                      timeout=cfg.deadline, ssl_context=self._ssl_context)
                           for _ in range(CLIENT_SHARDS)]
        return self._pools[zlib.crc32(registrable_domain(host).encode()) % CLIENT_SHARDS]

    async def aclose(self) -> None:
        pools, self._pools = self._pools, []
        for pool in pools:
            await pool.aclose()

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
                    accept: str = FEED_ACCEPT) -> FetchResult:
        """GET ``url``; FetchResult for any HTTP answer, FetchError (with a ``reason``) for the rest."""
        headers = {"Accept": accept, "User-Agent": self.cfg.user_agent, "Accept-Encoding": "gzip, br"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        started = time.perf_counter()
        spent, permanent, current = 0.0, True, url
        try:
            for hop in range(self.cfg.max_redirects + 1):
                parts = urlsplit(current)
                if parts.scheme not in ("http", "https") or not parts.hostname:
                    raise FetchError(f"not an http(s) URL: {current[:200]}", reason="bad_url")
                async with self.politeness.slot(parts.hostname):
                    hop_start = time.monotonic()
                    try:
                        async with asyncio.timeout(max(self.cfg.deadline - spent, 0.001)):
                            result = await self._one(current, headers)
                    except TimeoutError as exc:
                        raise FetchError(f"no complete answer within {self.cfg.deadline:g}s",
                                         reason="timeout") from exc
                    finally:
                        spent += time.monotonic() - hop_start
                location = result.headers.get("location")
                if result.status not in _REDIRECTS or not location:
                    if hop and permanent:
                        result.moved_to = current
                    result.elapsed = time.perf_counter() - started
                    return result
                permanent = permanent and result.status in (301, 308)
                current = urljoin(current, location.strip())
            raise FetchError(f"more than {self.cfg.max_redirects} redirects", reason="redirects")
        finally:
            if self.metrics is not None:
                self.metrics.fetch_seconds.observe(time.perf_counter() - started)

    async def _one(self, url: str, headers: dict[str, str]) -> FetchResult:
        split = urlsplit(url)
        if self._given is None:
            async with self.pool_for(split.hostname or "").get(url, headers) as raw:
                return await self._answer(url, raw.status, raw.headers, raw.chunks)
        # Not our client: check here, though its connect resolves the name again.
        port = split.port or (443 if split.scheme == "https" else 80)
        await check_public(split.hostname or "", port, self.cfg.allow_private, self.cfg.allow_hosts)
        try:
            async with self._given.stream("GET", url, headers=headers) as response:
                return await self._answer(url, response.status_code,
                                          {k.lower(): v for k, v in response.headers.items()}, response.aiter_raw())
        except FetchError:
            raise
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out: {exc!r}", reason="timeout") from exc
        except httpx.ConnectError as exc:
            raise FetchError(f"cannot connect: {exc}", reason="connect") from exc
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise FetchError(f"bad URL: {exc}", reason="bad_url") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}", reason="protocol") from exc

    async def _answer(self, url: str, status: int, headers: dict[str, str],
                      chunks: AsyncIterator[bytes]) -> FetchResult:
        out = FetchResult(status=status, url=url, headers=headers)
        if 200 <= status < 300:
            out.body = await self._read_body(headers, chunks)
        else:
            await self._drain(chunks)
        return out

    @staticmethod
    async def _drain(chunks: AsyncIterator[bytes]) -> None:
        """Read a 304's (or redirect's, or error page's) small body to its end, so the connection goes
        back to the pool: an unread response makes httpcore close it, and a new connection per 304 was
        most of a second pass's cost. A large body is left: closing that connection is cheaper."""
        left = DRAIN_MAX
        async for raw in chunks:
            left -= len(raw)
            if left < 0:
                return

    async def _read_body(self, headers: dict[str, str], chunks: AsyncIterator[bytes]) -> bytes:
        decoder = decoder_for(headers.get("content-encoding"))
        cap = self.cfg.max_bytes
        body = bytearray()
        declared = headers.get("content-length", "")
        if declared.isdigit() and "content-encoding" not in headers and int(declared) > cap:
            raise FetchError(f"body of {declared} bytes exceeds the {cap}-byte cap", reason="too_large")
        async for raw in chunks:
            for piece in decoder.feed(raw):
                body += piece
                if len(body) > cap:
                    self._count(len(body))
                    raise FetchError(f"body exceeds the {cap}-byte cap", reason="too_large")
        for piece in decoder.finish():
            body += piece
            if len(body) > cap:
                raise FetchError(f"body exceeds the {cap}-byte cap", reason="too_large")
        self._count(len(body))
        return bytes(body)

    def _count(self, size: int) -> None:
        if self.metrics is not None:
            self.metrics.bytes.inc(size)
