"""Polling without a broker (``newsradar poll``): Articles to JSON lines, state in a small SQLite file.

Articles of a poll are written and flushed before its state is stored, so a crash repeats at
most that poll's articles (same ids) and never loses one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

import httpx

from core.contracts import Article, Feed
from ingest.config import IngestConfig
from ingest.metrics import IngestMetrics
from ingest.poller import FeedPoller, PollReport
from ingest.state import FeedState, SqliteStateStore
from ingest.timetable import Timetable, due_at

__all__ = ["PollSummary", "poll_forever", "poll_once", "run_polls"]

log = logging.getLogger(__name__)

Sink = IO[str] | Callable[[Article], None]


class Stop(Protocol):
    def is_set(self) -> bool: ...


@dataclass
class PollSummary:
    feeds: int = 0
    polled: int = 0
    skipped: int = 0
    articles: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (feed id, url, reason)

    def add(self, report: PollReport) -> None:
        if report.skipped:
            self.skipped += 1
            return
        self.polled += 1
        self.articles += len(report.articles)
        self.outcomes[report.outcome or ""] += 1
        if report.outcome == "error":
            self.failures.append((report.feed.id, report.state.url, report.error))


def _emitter(out: Sink) -> Callable[[list[Article]], None]:
    if callable(out):
        fn = out

        def emit_each(articles: list[Article]) -> None:
            for article in articles:
                fn(article)

        return emit_each
    stream = out

    def emit_lines(articles: list[Article]) -> None:
        if articles:
            stream.write("".join(a.model_dump_json() + "\n" for a in articles))
            stream.flush()

    return emit_lines


async def run_polls(poller: FeedPoller, feeds: Iterable[Feed], states: dict[str, FeedState],
                    on_report: Callable[[PollReport], None], limit: int) -> None:
    """Poll ``feeds`` concurrently (at most ``limit`` in flight); ``on_report`` sees each as it finishes."""
    gate = asyncio.Semaphore(limit)

    async def one(feed: Feed) -> None:
        async with gate:
            report = await poller.poll(feed, states.get(feed.id))
        states[feed.id] = report.state
        on_report(report)

    await asyncio.gather(*(one(feed) for feed in feeds))


def _store(state_path: str | Path | None) -> SqliteStateStore:
    return SqliteStateStore(state_path if state_path is not None else ":memory:")


def _recorder(out: Sink, store: SqliteStateStore, summary: PollSummary) -> Callable[[PollReport], None]:
    """What each finished poll does: emit its articles, then save the feed's state, then count it."""
    emit = _emitter(out)

    def on_report(report: PollReport) -> None:
        emit(report.articles)
        store.put(report.state)
        summary.add(report)

    return on_report


def poll_once(feeds: list[Feed], state_path: str | Path | None, out: Sink, cfg: IngestConfig, *,
              client: httpx.AsyncClient | None = None, metrics: IngestMetrics | None = None,
              clock: Callable[[], float] = time.time) -> PollSummary:
    """Poll every feed once, whatever its schedule (skipping gone feeds and those under Retry-After).

    ``out`` is a text stream for JSON lines or a callback per Article. Failures are logged (one
    line each) and counted in the summary; they never raise.
    """
    store = _store(state_path)
    summary = PollSummary(feeds=len(feeds))
    on_report = _recorder(out, store, summary)

    async def main() -> None:
        async with FeedPoller(cfg, client=client, metrics=metrics, clock=clock) as poller:
            await run_polls(poller, feeds, store.load_all(), on_report, max(cfg.concurrency, 1))

    try:
        asyncio.run(main())
    finally:
        store.close()
    log.info("polled %d feeds (%d skipped): %d articles, %s", summary.polled, summary.skipped,
             summary.articles, dict(summary.outcomes))
    return summary


def poll_forever(feeds: list[Feed], state_path: str | Path | None, out: Sink, cfg: IngestConfig, stop: Stop, *,
                 client: httpx.AsyncClient | None = None, metrics: IngestMetrics | None = None,
                 clock: Callable[[], float] = time.time, tick: float = 1.0) -> PollSummary:
    """Poll each feed at its own due time (ingest.timetable) until ``stop.is_set()``; returns the totals.

    A poll starts as soon as its feed is due (at most ``cfg.concurrency`` at once), whatever the
    others are doing, so a feed that takes its whole deadline delays nobody. ``stop`` is looked at
    every ``tick`` seconds; polls in flight then finish (each is bounded by the fetch deadline and
    the parse time limit) and their states are stored.
    """
    store = _store(state_path)
    summary = PollSummary(feeds=len(feeds))
    on_report = _recorder(out, store, summary)

    async def main() -> None:
        states = store.load_all()
        by_id = {feed.id: feed for feed in feeds}
        table = Timetable()
        for feed in feeds:
            table.put(feed.id, due_at(states.get(feed.id), clock()))
        gate = asyncio.Semaphore(max(cfg.concurrency, 1))
        changed = asyncio.Event()
        running: set[asyncio.Task[None]] = set()

        async def one(feed: Feed) -> None:
            try:
                async with gate:
                    report = await poller.poll(feed, states.get(feed.id))
                states[feed.id] = report.state
                on_report(report)
                table.put(feed.id, due_at(report.state, clock()))
            except Exception:  # a bug must not drop the feed from the timetable for good
                log.exception("poll of %s crashed", feed.url, extra={"feed": feed.id})
                table.put(feed.id, clock() + cfg.backoff_base)
            changed.set()

        async with FeedPoller(cfg, client=client, metrics=metrics, clock=clock) as poller:
            while not stop.is_set():
                changed.clear()  # before looking: a poll finishing from here on wakes the wait below
                for feed_id in table.pop_due(clock()):
                    task = asyncio.create_task(one(by_id[feed_id]))
                    running.add(task)
                    task.add_done_callback(running.discard)
                nxt = table.next_at()
                wait = tick if nxt is None else min(tick, max(nxt - clock(), 0.0))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), wait)
            if running:
                await asyncio.gather(*running, return_exceptions=True)

    try:
        asyncio.run(main())
    finally:
        store.close()
    return summary
