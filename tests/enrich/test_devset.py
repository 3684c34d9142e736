"""Accuracy targets on the labelled development set (../shared/dev/articles.jsonl), scored by bench/accuracy.py."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import pytest

from bench.accuracy import DEFAULT_SET, Scores, score_articles, watched_id
from core.actors import ActorBase
from enrich.enricher import Enricher

needs_devset = pytest.mark.skipif(
    not DEFAULT_SET.exists(), reason=f"no labelled set at {DEFAULT_SET} (outside the repo)"
)

TARGETS = {"actors": 0.95, "pairs": 0.95, "topics": 0.90}


@lru_cache(maxsize=1)
def scores() -> Scores:
    rows = [json.loads(line) for line in DEFAULT_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    return score_articles(rows, Enricher(ActorBase.shipped()).enrich)


@needs_devset
@pytest.mark.parametrize(("kind", "target"), sorted(TARGETS.items()))
def test_f1_reaches_the_target(kind: str, target: float) -> None:
    result = scores()
    assert result.f1(kind) >= target, "\n".join(result.errors)


@needs_devset
def test_every_language_is_scored() -> None:
    assert {"pl", "en", "ru", "de", "uk", "fr", "ko"} <= set(scores().counts["actors"])


@pytest.mark.parametrize(
    ("actor_id", "name", "expected"),
    [
        ("Q7747", "Vladimir Putin", "Q7747"),
        ("x:kcna", "Korean Central News Agency (KCNA)", "Q493040"),
        ("x:kcna", "Korean Central News Agency", "Q493040"),
        ("x:wagner", "Wagner Group", "Q25189608"),
        ("x:nis", "National Intelligence Service (South Korea)", None),
        ("Q186304", "Kim Kardashian", None),
        ("Q1", "South Korean Army", None),
    ],
)
def test_watched_entities_by_id_or_name(actor_id: str, name: str, expected: str | None) -> None:
    assert watched_id(actor_id, name) == expected


def test_topics_are_scored_over_the_ids_a_set_is_labelled_for() -> None:
    """An enricher's other topics count only when the set is labelled for them, each on its own line too."""
    from core.contracts import EnrichedArticle, TopicHit

    def enrich(articles: list[Any]) -> list[EnrichedArticle]:
        hits = [TopicHit(id="ru-dprk-arms", score=1.0, evidence=[0]), TopicHit(id="sanctions", score=1.0, evidence=[0])]
        return [EnrichedArticle(**a.model_dump(), topics=hits) for a in articles]

    rows = [{"id": "a", "lang": "en", "text": "x", "topics": ["ru-dprk-arms"]},
            {"id": "b", "lang": "en", "text": "x", "topics": []}]
    one = score_articles(rows, enrich)
    assert (one.counts["topics"]["all"].tp, one.counts["topics"]["all"].fp) == (1, 1)
    assert "topic sanctions" not in one.counts
    both = score_articles(rows, enrich, ["ru-dprk-arms", "sanctions"])
    assert (both.counts["topic sanctions"]["all"].fp, both.counts["topic ru-dprk-arms"]["all"].tp) == (2, 1)
    assert (both.counts["topics"]["all"].tp, both.counts["topics"]["all"].fp) == (1, 3)
