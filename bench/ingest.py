"""Ingest throughput: a local feed farm over many loopback addresses, our pollers against a plain baseline.

    .venv/bin/python bench/ingest.py [--feeds 1000] [--hosts 64] [--changed 0.2] [--unvalidated 0.2] [--profile F]

The farm (its own process) serves N feeds of 20-200 KiB with 20-50 entries each, spread over
``--hosts`` loopback addresses 127.0.1.x, so per-domain politeness (2 connections a host) holds as
on the web. Three runs, one after another, over the same farm:

* baseline: httpx GETs every feed and calls ``feedparser.parse`` with default options (the poller uses
  httpx's own connection layer, httpcore, directly, through connections pinned to checked addresses);
* first pass: ``FeedPoller`` with a fresh state (every feed new: fetch, parse, normalise);
* second pass: the same state after the farm changed ``--changed`` of the feeds; the others answer
  304 (they send ETags) or the same body without validators (``--unvalidated`` of them: hashed,
  not parsed).

Prints feeds/s of each beside the targets (first >= 2x baseline; second >= 10x baseline and >= 300
feeds/s), how many bodies each parser took (the lxml fast path, feedparser) and the peak memory (RSS of the
poller plus its parser workers, sampled). ``--profile F`` writes a cProfile of the poller process during
the second pass to F (read it with ``python -m pstats F``).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import multiprocessing
import os
import random
import sys
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import feedparser
import httpx
import psutil
from prometheus_client import CollectorRegistry

from core.contracts import Feed
from ingest.config import IngestConfig
from ingest.feeds import load_feeds
from ingest.local import run_polls
from ingest.metrics import IngestMetrics
from ingest.poller import FeedPoller, PollReport
from ingest.state import FeedState

WORDS = (
    "the", "minister", "said", "talks", "on", "security", "cooperation", "would", "continue", "next", "week",
    "while", "officials", "in", "the", "capital", "denied", "reports", "of", "new", "sanctions", "and",
    "analysts", "warned", "markets", "about", "energy", "prices", "after", "the", "summit", "where",
    "leaders", "discussed", "trade", "grain", "exports", "military", "aid", "and", "a", "ceasefire",
    "proposal",
)
PORT_BASE = 18080


def _paragraphs(rng: random.Random, size: int) -> str:
    out, total = [], 0
    while total < size:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
        para = (f"<p>{words.capitalize()} &amp; <a href=\"https://example.org/{rng.randint(1, 10**6)}\">more</a>."
                f" <img src=\"https://cdn.example.org/{rng.randint(1, 999)}.jpg\" alt=\"x\"/></p>")
        out.append(para)
        total += len(para)
    return "".join(out)


def feed_body(n: int, generation: int) -> bytes:
    """Feed ``n`` at ``generation``: a new entry per generation, the rest as before."""
    rng = random.Random(n)
    entries = rng.randint(20, 50)
    size = rng.randint(20, 200) * 1024
    per_entry = max(size // entries - 400, 100)
    items = []
    for i in range(generation, generation + entries):
        erng = random.Random(n * 100_000 + i)
        date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(1_700_000_000 + i * 1800))
        items.append(
            f"<item><title>Story {i} of feed {n}: {' '.join(erng.choice(WORDS) for _ in range(8))}</title>"
            f"<link>https://site{n}.example.com/news/{i}?utm_source=rss</link>"
            f"<guid isPermaLink=\"false\">feed{n}-{i}</guid><pubDate>{date}</pubDate>"
            f"<description><![CDATA[{_paragraphs(erng, per_entry)}]]></description></item>"
        )
    items.reverse()
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Feed {n}</title><link>https://site{n}.example.com/</link><description>d</description>"
            f"<language>en</language>{''.join(items)}</channel></rss>").encode()


class Farm(asyncio.Protocol):
    """A minimal HTTP/1.1 keep-alive server: /f/N serves feed N (ETag unless N is "unvalidated")."""

    generations: dict[int, int] = {}
    cache: dict[int, tuple[bytes, str]] = {}
    unvalidated: set[int] = set()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            lines = head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1]
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
            self.respond(path, headers)

    def respond(self, path: str, headers: dict[str, str]) -> None:
        if path.startswith("/advance"):
            share = float(path.split("=", 1)[1])
            for n in random.Random(7).sample(sorted(self.generations), int(len(self.generations) * share)):
                self.generations[n] += 1
                self.cache[n] = (feed_body(n, self.generations[n]), f'"{n}-{self.generations[n]}"')
            self.send(200, b"ok", {})
            return
        n = int(path.rsplit("/", 1)[1])
        if n not in self.cache:
            gen = self.generations.setdefault(n, 0)
            self.cache[n] = (feed_body(n, gen), f'"{n}-{gen}"')
        body, etag = self.cache[n]
        extra = {} if n in self.unvalidated else {"ETag": etag}
        if extra and headers.get("if-none-match") == etag:
            self.send(304, b"", extra)
        else:
            self.send(200, body, {"Content-Type": "application/rss+xml; charset=utf-8", **extra})

    def send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        reason = {200: "OK", 304: "Not Modified"}[status]
        head = f"HTTP/1.1 {status} {reason}\r\nContent-Length: {len(body)}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.transport.write(head.encode() + b"\r\n" + body)  # type: ignore[attr-defined]


def serve_farm(feeds: int, hosts: int, unvalidated: float, ready: multiprocessing.synchronize.Event) -> None:
    Farm.generations = {n: 0 for n in range(feeds)}
    Farm.unvalidated = set(random.Random(3).sample(range(feeds), int(feeds * unvalidated)))
    for n in range(feeds):  # build every body up front: the farm must not be the bottleneck
        gen = Farm.generations[n]
        Farm.cache[n] = (feed_body(n, gen), f'"{n}-{gen}"')

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for h in range(hosts):
            await loop.create_server(Farm, f"127.0.1.{h + 1}", PORT_BASE, backlog=512)
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


def farm_urls(feeds: int, hosts: int) -> list[str]:
    return [f"http://127.0.1.{n % hosts + 1}:{PORT_BASE}/f/{n}" for n in range(feeds)]


class PeakRss:
    """Peak RSS of this process plus its parser workers (the farm excluded), sampled every 50 ms."""

    def __init__(self, exclude: int) -> None:
        self.exclude, self.peak, self._stop = exclude, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.05):
            try:
                total = me.memory_info().rss + sum(c.memory_info().rss for c in me.children(recursive=True)
                                                   if c.pid != self.exclude)
            except psutil.Error:
                continue
            self.peak = max(self.peak, total)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


async def baseline(urls: list[str]) -> tuple[float, int, int]:
    """Plain: GET with the same client, feedparser.parse with its default options, one core."""
    entries, retries = 0, [0]
    gate = asyncio.Semaphore(128)
    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=200)) as client:
        async def one(url: str) -> None:
            nonlocal entries
            async with gate:
                try:
                    response = await client.get(url)
                except httpx.TransportError:  # a reused connection reset while parsing blocked the loop
                    retries[0] += 1
                    response = await client.get(url)
            parsed = feedparser.parse(io.BytesIO(response.content), response_headers=dict(response.headers))
            entries += len(parsed.entries)

        started = time.perf_counter()
        await asyncio.gather(*(one(u) for u in urls))
        return time.perf_counter() - started, entries, retries[0]


def _parses(registry: CollectorRegistry) -> dict[str, int]:
    return {parser: int(registry.get_sample_value("newsradar_ingest_parses_total", {"parser": parser}) or 0)
            for parser in ("lxml", "feedparser")}


async def ours(feeds: list[Feed], states: dict[str, FeedState], poller: FeedPoller) -> tuple[float, Counter[str], int]:
    outcomes: Counter[str] = Counter()
    articles = 0

    def on_report(report: PollReport) -> None:
        nonlocal articles
        outcomes[report.outcome or "skipped"] += 1
        articles += len(report.articles)

    started = time.perf_counter()
    await run_polls(poller, feeds, states, on_report, limit=400)
    return time.perf_counter() - started, outcomes, articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=64)
    parser.add_argument("--changed", type=float, default=0.2, help="share of feeds changed before pass 2")
    parser.add_argument("--unvalidated", type=float, default=0.2, help="share of feeds without an ETag")
    parser.add_argument("--baseline-feeds", type=int, default=300, help="feeds the (slow) baseline fetches")
    parser.add_argument("--profile", default="", help="write a cProfile of the second pass to this file")
    args = parser.parse_args()

    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    farm = ctx.Process(target=serve_farm, args=(args.feeds, args.hosts, args.unvalidated, ready), daemon=True)
    farm.start()
    if not ready.wait(300):
        sys.exit("the feed farm did not start")
    urls = farm_urls(args.feeds, args.hosts)
    sizes = [len(feed_body(n, 0)) for n in range(0, args.feeds, max(args.feeds // 50, 1))]
    print(f"farm: {args.feeds} feeds on {args.hosts} loopback addresses, sizes {min(sizes) // 1024}-"
          f"{max(sizes) // 1024} KiB (mean {sum(sizes) // len(sizes) // 1024} KiB), 20-50 entries")

    base_urls = urls[: args.baseline_feeds]
    base_time, base_entries, base_retries = asyncio.run(baseline(base_urls))
    base_rate = len(base_urls) / base_time
    print(f"baseline     {len(base_urls):6d} feeds in {base_time:6.2f}s = {base_rate:7.1f} feeds/s "
          f"({base_entries} entries, {base_retries} GETs retried; httpx GET + feedparser.parse defaults)")

    cfg = IngestConfig(allow_private=True, parse_workers=2, concurrency=200, per_domain=2)
    feeds = load_feeds(urls)
    states: dict[str, FeedState] = {}

    async def passes() -> None:
        registry = CollectorRegistry()
        async with FeedPoller(cfg, metrics=IngestMetrics(registry)) as poller:
            await asyncio.gather(*(poller.pool.run(feedparser.parse, io.BytesIO(b"<rss/>")) for _ in range(4)))
            with PeakRss(farm.pid or -1) as peak:
                first, out1, art1 = await ours(feeds, states, poller)
                parsed1 = _parses(registry)
                async with httpx.AsyncClient() as client:
                    await client.get(f"http://127.0.1.1:{PORT_BASE}/advance?share={args.changed}")
                profiler = cProfile.Profile() if args.profile else None
                if profiler is not None:
                    profiler.enable()
                second, out2, art2 = await ours(feeds, states, poller)
                if profiler is not None:
                    profiler.disable()
                    profiler.dump_stats(args.profile)
                parsed2 = {k: v - parsed1.get(k, 0) for k, v in _parses(registry).items()}
            r1, r2 = len(feeds) / first, len(feeds) / second
            print(f"first pass   {len(feeds):6d} feeds in {first:6.2f}s = {r1:7.1f} feeds/s "
                  f"({r1 / base_rate:4.1f}x baseline, target >= 2x) {dict(out1)}, {art1} articles, parsed by {parsed1}")
            changed = int(len(feeds) * args.changed)
            print(f"second pass  {len(feeds):6d} feeds in {second:6.2f}s = {r2:7.1f} feeds/s "
                  f"({r2 / base_rate:4.1f}x baseline, target >= 10x and >= 300/s) {dict(out2)}, {art2} articles, "
                  f"parsed by {parsed2}")
            print(f"             changed before it: {changed} of {len(feeds)} feeds = {changed / len(feeds):.2f} "
                  f"(--changed); {args.unvalidated:.2f} of all feeds send no validators (hashed, not parsed)")
            print(f"peak memory  {peak.peak / 2**20:.0f} MiB (poller + {cfg.parse_workers} parser workers, RSS)")
            print(f"cores        {os.cpu_count()}")

    try:
        asyncio.run(passes())
    finally:
        farm.kill()
        farm.join(10)


if __name__ == "__main__":
    main()
