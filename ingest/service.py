"""The poller service on the bus (``newsradar ingest`` on Kafka, and the embedded pipeline on MemoryBus).

Pollers form the consumer group ``newsradar-ingest`` over the compacted ``newsradar.feeds``; each
polls the feeds of the partitions it owns. Feed offsets are never committed: a member that gets a
partition reads its whole registry from the start. The co-partitioned ``newsradar.feed-state`` is
restored on assignment, so the new owner knows what was already emitted.

Per poll, Articles go to ``newsradar.articles`` (key = article id) and are flushed before the
feed's state goes to ``newsradar.feed-state`` (key = feed id): a poller killed in between repeats
only that poll's articles, with the same ids. The local state advances only once the bus has
acknowledged, so a failed flush makes the feed be polled (and its articles sent) again.
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Protocol

import httpx

from core.bus.base import Bus, Consumer, Message
from core.bus.topics import ARTICLES, FEED_STATE, FEEDS
from core.contracts import Feed, decode, encode
from core.errors import BusError, ContractError
from ingest.config import IngestConfig
from ingest.metrics import IngestMetrics, ingest_metrics
from ingest.poller import FeedPoller, PollReport
from ingest.state import FeedState

__all__ = ["GROUP", "IngestService"]

log = logging.getLogger(__name__)

GROUP = "newsradar-ingest"


class _Stop(Protocol):
    def is_set(self) -> bool: ...


@dataclass
class _Owned:
    feed: Feed
    partition: int


@dataclass(frozen=True)
class _Brief:
    """What scheduling and the feeds gauge need of a state: kept beside its bytes, so neither parses
    JSON (the gauge looked at every owned state every 5 s: seconds of CPU at 100,000 feeds)."""

    due: float          # next poll, not before Retry-After; inf when gone
    last_poll: float
    retry_until: float
    gone: bool
    errors: int

    @classmethod
    def of(cls, state: FeedState) -> _Brief:
        due = float("inf") if state.gone else max(state.next_poll, state.retry_until)
        return cls(due, state.last_poll, state.retry_until, state.gone, state.errors)


class IngestService:
    """``IngestService(bus, cfg).run(stop)`` until stop is set; ``run_once()`` polls every owned feed once."""

    def __init__(self, bus: Bus, cfg: IngestConfig, *, client: httpx.AsyncClient | None = None,
                 metrics: IngestMetrics | None = None, clock: Callable[[], float] = time.time,
                 group: str = GROUP, feeds_topic: str = FEEDS, state_topic: str = FEED_STATE,
                 articles_topic: str = ARTICLES) -> None:
        self.bus, self.cfg, self.client, self.clock, self.group = bus, cfg, client, clock, group
        self.metrics = metrics or ingest_metrics()
        self.topics = (feeds_topic, state_topic, articles_topic)
        self.feeds: dict[str, _Owned] = {}
        self.states: dict[str, bytes] = {}          # serialised FeedState: compact for 100,000 feeds
        self._briefs: dict[str, _Brief] = {}
        self._due: dict[str, float] = {}
        self._heap: list[tuple[float, str]] = []
        self._in_flight: set[str] = set()
        self._revoked: set[int] = set()
        self._events: list[tuple[str, list[int], dict[bytes, bytes]]] = []
        self._events_lock = threading.Lock()
        self.polled = 0
        self.articles = 0
        self._once = False

    # --- consumer callbacks (run on the consumer thread; applied on the loop) ------------------

    def _on_assign(self, partitions: list[int], restored: dict[bytes, bytes]) -> None:
        with self._events_lock:
            self._events.append(("assign", partitions, restored))

    def _on_revoke(self, partitions: list[int]) -> None:
        with self._events_lock:
            self._events.append(("revoke", partitions, {}))

    def _apply_events(self) -> None:
        with self._events_lock:
            events, self._events = self._events, []
        for kind, partitions, restored in events:
            if kind == "revoke":
                # Stop starting polls there; the feeds are dropped on the next assignment unless they
                # come back (an eager rebalance revokes everything, then hands most of it back, and
                # the consumer may resume a retained partition where it was instead of re-reading it).
                self._revoked.update(partitions)
                continue
            self._revoked.clear()
            kept = set(partitions)
            gone = [fid for fid, owned in self.feeds.items() if owned.partition not in kept]
            for fid in gone:
                self._drop(fid)
            for key, value in restored.items():
                fid = key.decode()
                try:
                    state = FeedState.from_bytes(value)
                except ValueError as exc:
                    log.warning("unreadable feed state skipped: %s", exc, extra={"feed": fid})
                    continue
                mine = self._briefs.get(fid)
                if mine is None or state.last_poll >= mine.last_poll:
                    self._keep(fid, value, state)
                    if fid in self.feeds:
                        self._schedule(fid, self._next_poll(fid))
            log.info("partitions %s assigned: %d feed states restored, %d feeds handed over",
                     partitions, len(restored), len(gone))

    def _keep(self, fid: str, raw: bytes, state: FeedState) -> None:
        self.states[fid] = raw
        self._briefs[fid] = _Brief.of(state)

    def _drop(self, fid: str) -> None:
        self.feeds.pop(fid, None)
        self.states.pop(fid, None)
        self._briefs.pop(fid, None)
        self._due.pop(fid, None)

    def _apply_feeds(self, messages: Sequence[Message]) -> None:
        for message in messages:
            if message.key is None:
                continue
            fid = message.key.decode()
            if message.value is None:
                self._drop(fid)
                continue
            try:
                feed = decode(Feed, message.value)
            except ContractError as exc:
                log.warning("unreadable feed record skipped: %s", exc, extra={"feed": fid})
                continue
            self.feeds[fid] = _Owned(feed, message.partition)
            self._schedule(fid, self._next_poll(fid))

    # --- scheduling --------------------------------------------------------------------------

    def _next_poll(self, fid: str) -> float:
        brief = self._briefs.get(fid)
        return 0.0 if brief is None else brief.due

    def _schedule(self, fid: str, when: float) -> None:
        if when == float("inf"):
            self._due.pop(fid, None)
            return
        self._due[fid] = when
        heapq.heappush(self._heap, (when, fid))

    def _take_due(self, now: float, limit: int) -> list[str]:
        out: list[str] = []
        held: list[str] = []
        while self._heap and self._heap[0][0] <= now and len(out) < limit:
            when, fid = heapq.heappop(self._heap)
            owned = self.feeds.get(fid)
            if self._due.get(fid) == when and owned is not None and fid not in self._in_flight:
                del self._due[fid]
                if owned.partition in self._revoked:
                    held.append(fid)  # until the rebalance says whether it stays ours
                    continue
                out.append(fid)
        for fid in held:
            self._schedule(fid, now + 0.5)
        if len(self._heap) > 4 * max(len(self._due), 1024):  # stale entries pile up after rebalances
            self._heap = [(w, f) for f, w in self._due.items()]
            heapq.heapify(self._heap)
        return out

    # --- polling and publishing ----------------------------------------------------------------

    async def _poll(self, poller: FeedPoller, fid: str, queue: asyncio.Queue[PollReport]) -> None:
        owned = self.feeds.get(fid)
        if owned is None:
            self._in_flight.discard(fid)
            return
        raw = self.states.get(fid)
        try:
            report = await poller.poll(owned.feed, FeedState.from_bytes(raw) if raw else None)
        except Exception:  # a bug in one feed's poll must not stop the service
            log.exception("poll crashed", extra={"feed": fid})
            self._in_flight.discard(fid)
            self._schedule(fid, self.clock() + self.cfg.backoff_base)
            return
        await queue.put(report)

    def _publish(self, reports: list[PollReport]) -> list[bytes | None]:
        """On the producer thread: articles, flush, then states, flush. Returns each report's state as
        sent (None for a skipped poll), so the loop stores those bytes instead of serialising again."""
        _, state_topic, articles_topic = self.topics
        for report in reports:
            for article in report.articles:
                self.bus.send(articles_topic, encode(article), key=article.id.encode())
        self.bus.flush()
        blobs: list[bytes | None] = []
        for report in reports:
            blob = None if report.skipped else report.state.to_bytes()
            if blob is not None:
                self.bus.send(state_topic, blob, key=report.feed.id.encode())
            blobs.append(blob)
        self.bus.flush()
        return blobs

    async def _publisher(self, queue: asyncio.Queue[PollReport], producer: ThreadPoolExecutor) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = [await queue.get()]
            while not queue.empty() and len(batch) < 500:
                batch.append(queue.get_nowait())
            blobs: list[bytes | None] = [None] * len(batch)
            try:
                blobs = await loop.run_in_executor(producer, self._publish, batch)
                ok = True
            except BusError as exc:
                log.error("publishing %d polls failed, they will be polled again: %s", len(batch), exc)
                ok = False
            now = self.clock()
            for report, blob in zip(batch, blobs, strict=True):
                fid = report.feed.id
                self._in_flight.discard(fid)
                if fid not in self.feeds:
                    continue  # revoked meanwhile: the new owner has it
                if ok:
                    if blob is not None or fid not in self.states:  # a skipped poll changed nothing
                        self._keep(fid, blob if blob is not None else report.state.to_bytes(), report.state)
                    self.polled += 0 if report.skipped else 1
                    self.articles += len(report.articles)
                    if not self._once:
                        self._schedule(fid, self._next_poll(fid))
                elif not self._once:
                    self._schedule(fid, now + 30.0)
            for _ in batch:
                queue.task_done()

    def _gauge(self) -> None:
        counts = {"active": 0, "failing": 0, "rate_limited": 0, "gone": 0}
        now = self.clock()
        for fid in self.feeds:
            brief = self._briefs.get(fid)
            if brief is None:
                counts["active"] += 1
            elif brief.gone:
                counts["gone"] += 1
            elif brief.retry_until > now:
                counts["rate_limited"] += 1
            else:
                counts["failing" if brief.errors else "active"] += 1
        for name, count in counts.items():
            self.metrics.feeds.labels(name).set(count)

    async def _main(self, stop: _Stop, once: bool, settle: float, max_seconds: float | None) -> None:
        loop = asyncio.get_running_loop()
        consumer_thread = ThreadPoolExecutor(1, thread_name_prefix="ingest-consumer")
        producer_thread = ThreadPoolExecutor(1, thread_name_prefix="ingest-producer")
        consumer: Consumer = self.bus.consumer(self.group, [self.topics[0]], on_assign=self._on_assign,
                                               on_revoke=self._on_revoke, restore=self.topics[1])
        queue: asyncio.Queue[PollReport] = asyncio.Queue()
        tasks: set[asyncio.Task[None]] = set()
        started, quiet_since, last_gauge = time.monotonic(), time.monotonic(), 0.0
        limit = max(self.cfg.concurrency * 2, 1)
        self._once = once
        try:
            async with FeedPoller(self.cfg, client=self.client, metrics=self.metrics, clock=self.clock) as poller:
                publisher = asyncio.create_task(self._publisher(queue, producer_thread))
                launched_once = False
                while not stop.is_set():
                    if max_seconds is not None and time.monotonic() - started > max_seconds:
                        break
                    messages = await loop.run_in_executor(consumer_thread, consumer.poll, 500, 0.1)
                    self._apply_events()
                    if once and launched_once:
                        messages = []  # the registry of a --once run is the one read before polling
                    self._apply_feeds(messages)
                    if messages:
                        quiet_since = time.monotonic()
                    if once:
                        settled = time.monotonic() - quiet_since >= settle and consumer.assignment()
                        if not launched_once and settled:
                            self._heap, self._due = [], {}
                            for fid in list(self.feeds):  # every owned feed, whatever its schedule
                                if self._next_poll(fid) != float("inf"):
                                    self._schedule(fid, 0.0)
                            launched_once = True
                        elif not launched_once:
                            continue
                    free = limit - len(self._in_flight)
                    for fid in self._take_due(self.clock(), free):
                        self._in_flight.add(fid)
                        task = asyncio.create_task(self._poll(poller, fid, queue))
                        tasks.add(task)
                        task.add_done_callback(tasks.discard)
                    if time.monotonic() - last_gauge > 5.0:
                        self._gauge()
                        last_gauge = time.monotonic()
                    if once and launched_once and not self._in_flight and not self._due:
                        break
                # Finish what is in flight (each poll is bounded by the fetch deadline and parse limit).
                if tasks:
                    await asyncio.wait(tasks, timeout=self.cfg.deadline + self.cfg.parse_timeout + 5)
                await asyncio.wait_for(queue.join(), timeout=60)
                publisher.cancel()
                self._gauge()
        finally:
            await loop.run_in_executor(consumer_thread, consumer.close)
            consumer_thread.shutdown(wait=False)
            producer_thread.shutdown(wait=True)

    def run(self, stop: _Stop, *, max_seconds: float | None = None) -> None:
        """Poll until ``stop.is_set()`` (a core StopFlag, a threading.Event): the long-running service."""
        asyncio.run(self._main(stop, once=False, settle=0.0, max_seconds=max_seconds))

    def run_once(self, *, settle: float = 1.0, max_seconds: float = 600.0) -> tuple[int, int]:
        """Join, read the owned registry, poll every owned feed once (skipping gone ones and those under
        Retry-After), publish, leave. Returns (feeds polled, articles sent)."""
        never = threading.Event()
        asyncio.run(self._main(never, once=True, settle=settle, max_seconds=max_seconds))
        return self.polled, self.articles

