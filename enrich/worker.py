"""``newsradar enrich``: the enrichment service on the bus.

Consumes ``newsradar.articles`` in group ``newsradar-enrich``, enriches each polled batch at once,
produces EnrichedArticles to ``newsradar.enriched`` keyed by article id; the shared consumer loop
flushes before it commits (at-least-once) and dead-letters what cannot be handled. A message that
is not an Article goes to ``newsradar.dlq`` straight away, so it never costs the batch its speed.
Custom and imported actors arrive on the compacted ``newsradar.actors`` topic and are layered over
the shipped knowledge base between batches.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from prometheus_client import REGISTRY, CollectorRegistry

from core.bus.base import Bus, Message, StopFlag
from core.bus.topics import ACTORS, ARTICLES, ENRICHED
from core.contracts import Actor, Article, decode, encode
from core.errors import ContractError
from core.service import dead_letter_policy, run_consumer
from enrich import build_summary
from enrich.enricher import ActorLookup, Enricher
from enrich.metrics import EnrichMetrics, enrich_metrics

__all__ = ["GROUP", "STAGE", "ActorOverlay", "EnrichTopics", "EnrichWorker", "layered_base", "run_worker", "serve"]

log = logging.getLogger(__name__)

GROUP = "newsradar-enrich"
STAGE = "enrich"
BaseFactory = Callable[[Sequence[Actor]], ActorLookup]


@dataclass(frozen=True)
class EnrichTopics:
    """Where the worker reads and writes (tests give unique names on a shared broker)."""

    articles: str = ARTICLES
    enriched: str = ENRICHED
    actors: str = ACTORS
    group: str = GROUP


def layered_base(actors: Sequence[Actor]) -> ActorLookup:
    """The shipped knowledge base with ``actors`` (imported or custom) layered over it."""
    from core.actors import ActorBase

    base: ActorLookup = ActorBase.shipped().layered(actors)
    return base


class ActorOverlay:
    """Collects the ``newsradar.actors`` table (from the table's thread) and swaps the base in the
    worker's thread, between batches, so a pipeline never changes under a running ``nlp.pipe``."""

    def __init__(self, enricher: Enricher, make_base: BaseFactory = layered_base) -> None:
        self.enricher = enricher
        self.make_base = make_base
        self._actors: dict[str, Actor] = {}
        self._dirty = False
        self._lock = threading.Lock()

    def on_change(self, key: bytes, value: bytes | None) -> None:
        actor_id = key.decode("utf-8", "replace")
        with self._lock:
            if value is None:
                self._actors.pop(actor_id, None)
            else:
                try:
                    actor = decode(Actor, value)
                except ContractError as exc:
                    log.warning("ignoring an invalid actor %s: %s", actor_id, exc, extra={"topic": ACTORS})
                    return
                self._actors[actor.id] = actor
            self._dirty = True

    def apply(self) -> bool:
        """Install a new base if the table changed since the last call; True when it did."""
        with self._lock:
            if not self._dirty:
                return False
            actors = list(self._actors.values())
            self._dirty = False
        self.enricher.set_base(self.make_base(actors))
        log.info("actor knowledge base updated: %d custom or imported actors", len(actors))
        return True


class EnrichWorker:
    """The batch handler the consumer loop calls: decode, enrich, produce."""

    def __init__(
        self,
        bus: Bus,
        enricher: Enricher,
        metrics: EnrichMetrics,
        overlay: ActorOverlay | None = None,
        output: str = ENRICHED,
    ) -> None:
        self.bus = bus
        self.output = output
        self.enricher = enricher
        self.metrics = metrics
        self.overlay = overlay
        self._dead_letter = dead_letter_policy(STAGE)

    def handle(self, messages: Sequence[Message]) -> None:
        if self.overlay is not None:
            self.overlay.apply()
        articles: list[Article] = []
        for message in messages:
            try:
                articles.append(decode(Article, message.value or b""))
            except ContractError as exc:
                self.metrics.invalid.inc()
                self._dead_letter(self.bus, message, exc)
        if not articles:
            return
        started = time.perf_counter()
        enriched = self.enricher.enrich(articles)
        self.metrics.observe(enriched, time.perf_counter() - started)
        for item in enriched:
            self.bus.send(self.output, encode(item), key=item.id.encode("utf-8"))


def run_worker(
    bus: Bus,
    stop: StopFlag,
    *,
    enricher: Enricher | None = None,
    batch_size: int = 64,
    registry: CollectorRegistry = REGISTRY,
    make_base: BaseFactory | None = layered_base,
    max_batches: int | None = None,
    idle_exit: float | None = None,
    warm_up: Sequence[str] = ("pl", "en", "ru", "uk", "de", "fr", "ko"),
    topics: EnrichTopics = EnrichTopics(),
) -> int:
    """Run the enrichment loop on ``bus`` until ``stop``; returns the number of messages handled.

    ``make_base=None`` skips following ``newsradar.actors`` (the shipped base only).
    """
    enricher = enricher or Enricher(batch_size=batch_size)
    log.info("enrichment modules: %s", build_summary())
    # Build the pipelines before joining the group: a rebalance should not wait for spaCy.
    enricher.warm_up(warm_up)
    overlay: ActorOverlay | None = None
    table: Any = None
    if make_base is not None:
        overlay = ActorOverlay(enricher, make_base)
        table = bus.table(topics.actors, on_change=overlay.on_change)
        if not table.wait_ready(30.0):
            log.warning(
                "newsradar.actors not read to its end within 30 s; custom actors may lag", extra={"topic": ACTORS}
            )
        overlay.apply()
    worker = EnrichWorker(bus, enricher, enrich_metrics(registry), overlay, output=topics.enriched)
    consumer = bus.consumer(topics.group, [topics.articles])
    try:
        return run_consumer(
            bus,
            consumer,
            worker.handle,
            stop,
            stage=STAGE,
            group=topics.group,
            max_records=batch_size,
            on_idle=overlay.apply if overlay is not None else None,
            max_batches=max_batches,
            idle_exit=idle_exit,
        )
    finally:
        if table is not None:
            table.close()


def serve(settings: Any, bus: Bus, *, registry: CollectorRegistry = REGISTRY) -> int:
    """The long-running service: health/metrics server, signal handling, the loop. Exit code 0."""
    from core.service import HealthServer, install_signal_handlers

    stop = StopFlag()
    install_signal_handlers(stop)
    health = HealthServer(settings.metrics_host, settings.metrics_port, ready=bus.connected, registry=registry).start()
    try:
        handled = run_worker(bus, stop, batch_size=settings.enrich_batch_size, registry=registry)
        log.info("enrich worker stopped after %d messages", handled)
        return 0
    finally:
        health.close()
        bus.close()


def main() -> int:
    """``python -m enrich.worker``: settings from the environment (``NEWSRADAR_*``), a Kafka bus."""
    from core.bus.kafka import KafkaBus
    from core.bus.topics import topic_specs
    from core.logs import configure_logging
    from core.settings import load_config

    settings = load_config().settings
    configure_logging(settings.log_level, settings.log_format)
    bus = KafkaBus(settings)
    bus.ensure_topics(topic_specs(settings.kafka_partitions, settings.kafka_replication))
    return serve(settings, bus)


if __name__ == "__main__":  # pragma: no cover - `python -m enrich.worker`
    raise SystemExit(main())
