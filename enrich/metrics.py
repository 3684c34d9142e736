"""The enrichment stage's metrics, declared once per registry."""

from __future__ import annotations

from collections.abc import Sequence

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram

from core.contracts import EnrichedArticle
from core.metrics import per_registry
from enrich.language import LANGUAGES

__all__ = ["EnrichMetrics", "enrich_metrics"]

_KNOWN_LANGS = frozenset(LANGUAGES)


class EnrichMetrics:
    """Articles, seconds per article, mentions by actor type, topic hits, detected languages."""

    def __init__(self, registry: CollectorRegistry = REGISTRY) -> None:
        self.articles = Counter(
            "newsradar_enrich_articles_total",
            "Articles enriched",
            registry=registry,
        )
        self.article_seconds = Histogram(
            "newsradar_enrich_article_seconds",
            "Enrichment time per article (batch time shared out)",
            buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
            registry=registry,
        )
        self.mentions = Counter(
            "newsradar_enrich_mentions_total",
            "Actor mentions found, by actor type",
            ["type"],
            registry=registry,
        )
        self.topic_hits = Counter(
            "newsradar_enrich_topic_hits_total",
            "Articles a topic fired on",
            ["topic"],
            registry=registry,
        )
        self.languages = Counter(
            "newsradar_enrich_languages_total",
            "Articles by detected language ('other' outside the known set)",
            ["lang"],
            registry=registry,
        )
        self.invalid = Counter(
            "newsradar_enrich_invalid_total",
            "Input messages that were not valid Articles",
            registry=registry,
        )

    def observe(self, enriched: Sequence[EnrichedArticle], seconds: float) -> None:
        """Record a batch of ``enriched`` that took ``seconds`` in all."""
        if not enriched:
            return
        each = seconds / len(enriched)
        self.articles.inc(len(enriched))
        for article in enriched:
            self.article_seconds.observe(each)
            lang = article.lang if article.lang in _KNOWN_LANGS else "other"
            self.languages.labels(lang).inc()
            for entity in article.entities:
                self.mentions.labels(entity.type).inc(len(entity.mentions))
            for topic in article.topics:
                # Topic ids come from the shipped rule file: a small, fixed set.
                self.topic_hits.labels(topic.id).inc()


_enrich_metrics = per_registry(EnrichMetrics)


def enrich_metrics(registry: CollectorRegistry = REGISTRY) -> EnrichMetrics:
    """One EnrichMetrics per registry (the embedded mode and tests may ask more than once)."""
    return _enrich_metrics(registry)
