"""The seed article (../shared/dev/seed-pl.txt, read in place: the project holds no copy of it).

The same ground is covered on the project's own sentences by test_matcher.py and test_topics.py,
so a fresh clone without ../shared still tests it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from bench.accuracy import watched_id
from core.actors import ActorBase
from core.contracts import Article, EnrichedArticle
from enrich.enricher import Enricher

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "dev" / "seed-pl.txt"

EXPECTED = {
    "Q7747": "Vladimir Putin",
    "Q56226": "Kim Jong Un",
    "Q159": "Russia",
    "Q423": "North Korea",
    "Q18808": "Pyongyang",
    "Q959": "Vladivostok",
    "Q32024": "Sergei Shoigu",
    "Q6249125": "John Kirby",
    "Q25189608": "Wagner Group",
    "Q22686": "Donald Trump",
    "Q493040": "Korean Central News Agency (KCNA)",
    "Q212": "Ukraine",
    "Q30": "United States",
}

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"the seed article is not at {SEED} (outside the repo)")


@lru_cache(maxsize=1)
def enriched() -> EnrichedArticle:
    article = Article(id="seed", feed="seed", title="", text=SEED.read_text(encoding="utf-8"), lang="pl")
    [result] = Enricher(ActorBase.shipped()).enrich([article])
    return result


@pytest.mark.parametrize(("actor_id", "name"), sorted(EXPECTED.items()))
def test_finds_every_actor(actor_id: str, name: str) -> None:
    # By QID, or by canonical name where the knowledge base's id differs from a provisional one (LABELING.md).
    assert actor_id in {watched_id(entity.id, entity.name) for entity in enriched().entities}, name


def test_mentions_point_at_the_text() -> None:
    article = enriched()
    body = article.body
    for entity in article.entities:
        for mention in entity.mentions:
            assert body[mention.start:mention.end] == mention.text
            start, end = article.sentences[mention.sentence]
            assert start <= mention.start and mention.end <= end


def test_putin_and_kim_share_a_sentence() -> None:
    sentences = {watched_id(e.id, e.name): {m.sentence for m in e.mentions} for e in enriched().entities}
    assert sentences["Q7747"] & sentences["Q56226"]


def test_the_arms_topic_fires_with_evidence() -> None:
    article = enriched()
    hits = {hit.id: hit for hit in article.topics}
    assert "ru-dprk-arms" in hits
    evidence = hits["ru-dprk-arms"].evidence
    assert evidence and all(0 <= s < len(article.sentences) for s in evidence)
