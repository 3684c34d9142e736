"""Building enriched articles and subscriptions for the alert tests by hand."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from core.contracts import EnrichedArticle, Entity, Mention, Subscription, TopicHit, body_of

TITLE = "Kim Dzong Un jedzie do Rosji"
TEXT = ("Kreml ogłosił wizytę. Kim Dzong Un spotka się z Władimirem Putinem we Władywostoku. "
        "Chiny milczą w tej sprawie od wielu dni i nic nie mówią o tym, co zrobi Xi Jinping. "
        "Putin obiecał pomoc.")
ACTORS = {  # id: (name, type, surface forms in the body)
    "Q56226": ("Kim Jong Un", "person", ["Kim Dzong Un"]),
    "Q7747": ("Vladimir Putin", "person", ["Władimirem Putinem", "Putin"]),
    "Q159": ("Russia", "country", ["Rosji"]),
    "Q148": ("China", "country", ["Chiny"]),
    "Q15031": ("Xi Jinping", "person", ["Xi Jinping"]),
}


def sentences_of(body: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n\n|(?<=\.) ", body):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(body)))
    return [s for s in spans if s[1] > s[0]]


def make_article(title: str = TITLE, text: str = TEXT, actors: dict[str, Any] | None = None,
                 **fields: Any) -> EnrichedArticle:
    body = body_of(title, text)
    sentences = sentences_of(body)
    entities = []
    for actor_id, (name, kind, forms) in (ACTORS if actors is None else actors).items():
        mentions = []
        for form in forms:
            for m in re.finditer(rf"\b{re.escape(form)}\b", body):
                index = next(i for i, (s, e) in enumerate(sentences) if s <= m.start() < e)
                mentions.append(Mention(text=m.group(), start=m.start(), end=m.end(), sentence=index))
        if mentions:
            entities.append(Entity(id=actor_id, name=name, type=kind, mentions=mentions))
    base: dict[str, Any] = dict(
        id="art-1", feed="feed-pl", feed_url="https://news.example.pl/rss", source="Example News",
        url="https://news.example.pl/a/1", title=title, text=text, lang="pl",
        fetched_at=datetime(2026, 11, 28, 12, 0, tzinfo=UTC), sentences=sentences, entities=entities,
        topics=[TopicHit(id="ru-dprk-arms", score=0.9, evidence=[2])],
    )
    return EnrichedArticle(**(base | fields))


def sub(sub_id: str = "s", actors: list[str] | None = None, **fields: Any) -> Subscription:
    return Subscription(id=sub_id, actors=actors or ["Q7747", "Q56226"], **fields)
