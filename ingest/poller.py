"""One poll of one feed: fetch, skip what did not change, parse, drop what was emitted before, reschedule.

``FeedPoller.poll`` knows nothing of Kafka or files: it takes a Feed and its FeedState and returns
a PollReport (new Articles + the next state). The drivers decide where both go: ``ingest.local``
(JSON lines + SQLite, ``newsradar poll``) and ``ingest.service`` (the bus, ``newsradar ingest``).
"""

from __future__ import annotations

import hashlib
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from core.contracts import Article, Feed
from core.durations import parse_duration
from core.errors import FetchError
from ingest.config import IngestConfig
from ingest.fetch import Fetcher, FetchResult
from ingest.fulltext import add_fulltext
from ingest.headers import max_age, parse_retry_after
from ingest.metrics import IngestMetrics, ingest_metrics
from ingest.parse import ParsedFeed, parse_feed
from ingest.pool import JobError, ParserPool
from ingest.schedule import Outcome, PollResult, decide, recent_times
from ingest.state import FeedState, remember_seen, seen_key

__all__ = ["FeedPoller", "PollReport", "seen_key"]

log = logging.getLogger(__name__)


@dataclass
class PollReport:
    feed: Feed
    state: FeedState
    outcome: Outcome | None = None       # None when the poll was skipped (gone, under Retry-After)
    articles: list[Article] = field(default_factory=list)
    error: str = ""

    @property
    def skipped(self) -> bool:
        return self.outcome is None


class FeedPoller:
    """Polls feeds; owns the fetcher and the parser pool. Use as an async context manager or call aclose()."""

    def __init__(self, cfg: IngestConfig, *, client: httpx.AsyncClient | None = None,
                 metrics: IngestMetrics | None = None, clock: Callable[[], float] = time.time,
                 rng: random.Random | None = None, pool: ParserPool | None = None) -> None:
        self.cfg = cfg
        self.metrics = metrics or ingest_metrics()
        self.fetcher = Fetcher(cfg, client, self.metrics)
        self.pool = pool or ParserPool(cfg.parse_workers, cfg.parse_timeout)
        self.clock = clock
        self.rng = rng or random.Random()

    async def __aenter__(self) -> FeedPoller:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.fetcher.aclose()
        self.pool.close()

    async def poll(self, feed: Feed, state: FeedState | None) -> PollReport:
        now = self.clock()
        # shallow: every field is replaced, never mutated in place, so the caller's state stays as it was
        state = (state or FeedState(feed=feed.id, url=feed.url)).model_copy()
        state.url = state.url or feed.url
        if state.gone or state.retry_until > now:
            return PollReport(feed, state)
        conditional = now - state.last_unconditional < self.cfg.unconditional_every
        report = PollReport(feed, state)
        result = PollResult("error")
        try:
            fetched = await self.fetcher.fetch(state.url, etag=state.etag if conditional else None,
                                               last_modified=state.last_modified if conditional else None)
            result = await self._handle(feed, state, fetched, now, report)
            if not conditional:
                state.last_unconditional = now
        except FetchError as exc:
            report.error = f"{exc.reason}: {exc}"
        if result.outcome == "error":
            log.warning("poll of %s failed: %s", state.url, report.error or "error",
                        extra={"feed": feed.id, "reason": report.error.split(":", 1)[0] or "error"})
            state.last_error = report.error[:300]
        report.outcome = result.outcome
        self._reschedule(feed, state, result, now, report.articles)
        self.metrics.polls.labels(result.outcome).inc()
        self.metrics.articles.inc(len(report.articles))
        return report

    async def _handle(self, feed: Feed, state: FeedState, fetched: FetchResult, now: float,
                      report: PollReport) -> PollResult:
        status, headers = fetched.status, fetched.headers
        if fetched.moved_to and status < 400:
            log.info("feed moved permanently to %s", fetched.moved_to, extra={"feed": feed.id})
            state.url = fetched.moved_to
        if status == 410:
            log.warning("feed %s is gone (410); no more polls", state.url, extra={"feed": feed.id, "reason": "gone"})
            return PollResult("gone")
        if status in (429, 503):
            wait = parse_retry_after(headers.get("retry-after"), now)
            report.error = f"rate_limited: HTTP {status}"
            log.info("feed %s rate limited (HTTP %d, Retry-After %s)", state.url, status, wait,
                     extra={"feed": feed.id, "reason": "rate_limited"})
            return PollResult("rate_limited", retry_after=wait)
        age = max_age(headers)
        if status == 304:
            self._validators(state, headers)
            return PollResult("not_modified", max_age=age)
        if not 200 <= status < 300:
            report.error = f"http_{status}: HTTP {status} from {fetched.url}"
            return PollResult("error")
        digest = hashlib.sha256(fetched.body).hexdigest()[:32]
        self._validators(state, headers)
        if digest == state.body_hash:
            return PollResult("unchanged", max_age=age)
        parsed = await self._parse(feed, fetched, now, report, frozenset(state.seen))
        if parsed is None:
            return PollResult("error")
        state.body_hash = digest
        seen = set(state.seen)
        new = [a for a in parsed.articles if seen_key(a.id) not in seen]
        if feed.fulltext and new:
            new = await add_fulltext(new, self.fetcher, self.pool, self.cfg)
        report.articles = new
        keep = max(self.cfg.seen_min, 2 * parsed.entries)
        state.seen = remember_seen(state.seen, [seen_key(a.id) for a in new], keep)
        return PollResult("ok", ttl=parsed.ttl, max_age=age)

    async def _parse(self, feed: Feed, fetched: FetchResult, now: float, report: PollReport,
                     skip: frozenset[str]) -> ParsedFeed | None:
        started = time.perf_counter()
        try:
            # The ids already emitted go along: the parser skips those entries before the costly part
            # (plain text, the Article), which in a steady state is all but one or two of them.
            parsed = await self.pool.run(parse_feed, fetched.body, fetched.headers, feed, fetched.url, now, True,
                                         skip)
        except JobError as exc:
            report.error = f"parse: {exc}"
            return None
        finally:
            self.metrics.parse_seconds.observe(time.perf_counter() - started)
        self.metrics.parses.labels(parsed.parser or "feedparser").inc()
        if not parsed.is_feed:
            report.error = f"not_a_feed: {fetched.url} gave no feed ({parsed.warning[:120]})"
            return None
        if parsed.repaired_from:
            log.info("feed declared UTF-8 but was %s; recovered", parsed.repaired_from, extra={"feed": feed.id})
        if parsed.warning:
            log.debug("feed is malformed but usable: %s", parsed.warning, extra={"feed": feed.id})
        return parsed

    @staticmethod
    def _validators(state: FeedState, headers: dict[str, str]) -> None:
        # Sent back exactly as received: some servers compare validators byte for byte.
        if "etag" in headers:
            state.etag = headers["etag"]
        if "last-modified" in headers:
            state.last_modified = headers["last-modified"]

    def _reschedule(self, feed: Feed, state: FeedState, result: PollResult, now: float,
                    new: list[Article]) -> None:
        times = state.entry_times + [float(int(a.published.timestamp())) for a in new if a.published is not None]
        state.entry_times = recent_times(times, now, self.cfg.times_max)
        interval = parse_duration(feed.interval) if feed.interval else None
        decision = decide(state.errors, state.entry_times, result, now, self.cfg,
                          rnd=self.rng.random(), feed_interval=interval)
        state.next_poll, state.interval = decision.next_poll, decision.interval
        state.errors, state.retry_until, state.gone = decision.errors, decision.retry_until, decision.gone
        state.last_poll = now
        if result.outcome != "error":
            state.last_error = ""
