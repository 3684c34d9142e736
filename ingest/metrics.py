"""The ingest stage's Prometheus metrics, declared once; tests pass a fresh CollectorRegistry."""

from __future__ import annotations

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram

from core.metrics import per_registry

__all__ = ["FEED_STATES", "OUTCOMES", "PARSERS", "IngestMetrics", "ingest_metrics"]

OUTCOMES = ("ok", "not_modified", "unchanged", "error", "gone", "rate_limited")
FEED_STATES = ("active", "failing", "rate_limited", "gone")
PARSERS = ("lxml", "feedparser")


class IngestMetrics:
    def __init__(self, registry: CollectorRegistry = REGISTRY) -> None:
        self.polls = Counter("newsradar_ingest_polls_total", "Feed polls by outcome", ["outcome"],
                             registry=registry)
        self.fetch_seconds = Histogram(
            "newsradar_ingest_fetch_seconds", "Time of one fetch, redirects and body included",
            buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60), registry=registry,
        )
        self.bytes = Counter("newsradar_ingest_bytes_total", "Body bytes received, after decompression",
                             registry=registry)
        self.articles = Counter("newsradar_ingest_articles_total", "Articles emitted (new entries)",
                                registry=registry)
        self.feeds = Gauge("newsradar_ingest_feeds", "Feeds owned by this poller, by state", ["state"],
                           registry=registry)
        self.parse_seconds = Histogram(
            "newsradar_ingest_parse_seconds", "Time to parse and normalise one feed body",
            buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10), registry=registry,
        )
        self.parses = Counter("newsradar_ingest_parses_total",
                              "Feed bodies parsed, by parser (the lxml fast path or feedparser)", ["parser"],
                              registry=registry)
        for parser in PARSERS:
            self.parses.labels(parser)
        for outcome in OUTCOMES:
            self.polls.labels(outcome)
        for state in FEED_STATES:
            self.feeds.labels(state)


_ingest_metrics = per_registry(IngestMetrics)


def ingest_metrics(registry: CollectorRegistry = REGISTRY) -> IngestMetrics:
    """One IngestMetrics per registry, so several pollers in one process share the series."""
    return _ingest_metrics(registry)
