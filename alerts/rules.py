"""Evaluation: a pure function of (enriched article, subscriptions, now) → alerts.

Only the subscriptions the inverted index returns for the article's actors are looked at, so
the cost per article follows the article, not the number of subscriptions.

Scopes:
  * ``article``: the required actors anywhere in the article;
  * ``sentence``: the required actors together in one sentence (``all`` = all of them in one);
  * ``window: N``: mentions of the required actors with at most N tokens between the end of the
    first and the start of the last; tokens are approximated by whitespace-separated words of
    the body (title + "\\n\\n" + text), so a window may cross a sentence boundary.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from alerts.subscriptions import SubscriptionIndex, required_count
from core.contracts import (
    ActorRef,
    Alert,
    AlertArticle,
    EnrichedArticle,
    Evidence,
    EvidenceMention,
    Mention,
    Subscription,
    Window,
    alert_id,
    utcnow,
)

__all__ = ["MAX_EVIDENCE", "ArticleView", "evaluate", "evaluate_one"]

MAX_EVIDENCE = 3
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class _Hit:
    actor: str
    mention: Mention


@dataclass
class ArticleView:
    """What evaluation needs of one article, computed once and shared by every candidate subscription."""

    article: EnrichedArticle
    names: dict[str, str] = field(init=False)
    hits: list[_Hit] = field(init=False)

    def __post_init__(self) -> None:
        self.names = {e.id: e.name for e in self.article.entities}
        self.hits = sorted((_Hit(e.id, m) for e in self.article.entities for m in e.mentions),
                           key=lambda h: (h.mention.start, h.mention.end))

    @cached_property
    def body(self) -> str:
        return self.article.body

    @cached_property
    def actor_ids(self) -> frozenset[str]:
        return frozenset(self.names)

    @cached_property
    def topic_ids(self) -> frozenset[str]:
        return frozenset(t.id for t in self.article.topics)

    @cached_property
    def by_sentence(self) -> dict[int, set[str]]:
        out: dict[int, set[str]] = {}
        for hit in self.hits:
            out.setdefault(hit.mention.sentence, set()).add(hit.actor)
        return out

    @cached_property
    def word_starts(self) -> list[int]:
        return [m.start() for m in _WORD.finditer(self.body)]

    def token(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.word_starts, offset) - 1)

    def sentence_span(self, index: int, mention: Mention) -> tuple[int, int]:
        spans = self.article.sentences
        if 0 <= index < len(spans) and spans[index][0] <= mention.start and mention.end <= spans[index][1]:
            return spans[index][0], spans[index][1]
        # No (or inconsistent) sentence split: the line around the mention stands in for it.
        start = self.body.rfind("\n", 0, mention.start) + 1
        end = self.body.find("\n", mention.end)
        return start, len(self.body) if end < 0 else end

    def evidence(self, sentences: Iterable[int], actors: set[str]) -> list[Evidence]:
        out: list[Evidence] = []
        seen: set[tuple[int, int]] = set()
        for index in sentences:
            hits = [h for h in self.hits if h.mention.sentence == index and h.actor in actors]
            if not hits:
                continue
            start, end = self.sentence_span(index, hits[0].mention)
            if (start, end) in seen:
                continue
            seen.add((start, end))
            text = self.body[start:end]
            marks = [EvidenceMention(start=h.mention.start - start, end=h.mention.end - start, actor=h.actor)
                     for h in hits if start <= h.mention.start and h.mention.end <= end]
            out.append(Evidence(text=text, mentions=marks))
            if len(out) >= MAX_EVIDENCE:
                break
        return out


def _passes_filters(sub: Subscription, view: ArticleView, now: datetime) -> bool:
    article = view.article
    if sub.mute_until is not None and now < sub.mute_until:
        return False
    if sub.exclude_actors and not view.actor_ids.isdisjoint(sub.exclude_actors):
        return False
    if sub.languages:
        lang = (article.lang or "").lower().split("-")[0]
        if lang not in {x.lower().split("-")[0] for x in sub.languages}:
            return False
    if sub.topics and view.topic_ids.isdisjoint(sub.topics):
        return False
    if sub.sources:
        ours = {article.feed, article.feed_url.rstrip("/"), article.source.casefold()}
        wanted = {s.rstrip("/") for s in sub.sources} | {s.casefold() for s in sub.sources}
        if ours.isdisjoint(wanted - {""}):
            return False
    return True


def _ranked_sentences(view: ArticleView, actors: set[str]) -> list[int]:
    """Sentences mentioning ``actors``, those with more of them first, then in reading order."""
    scored = [(-len(found & actors), index) for index, found in view.by_sentence.items() if found & actors]
    return [index for _, index in sorted(scored)]


def _window_match(view: ArticleView, wanted: set[str], need: int, size: int) -> tuple[set[str], list[int]]:
    hits = [h for h in view.hits if h.actor in wanted]
    matched: set[str] = set()
    sentences: list[int] = []
    for i, first in enumerate(hits):
        first_end = view.token(max(first.mention.start, first.mention.end - 1))
        found = {first.actor}
        used = [first]
        for later in hits[i + 1:]:
            if view.token(later.mention.start) - first_end - 1 > size:
                break
            found.add(later.actor)
            used.append(later)
        if len(found) >= need:
            matched |= found
            for hit in used:
                if hit.mention.sentence not in sentences:
                    sentences.append(hit.mention.sentence)
    return matched, sentences


def evaluate_one(sub: Subscription, view: ArticleView, now: datetime) -> Alert | None:
    """The alert ``sub`` fires on the article, or None."""
    if not _passes_filters(sub, view, now):
        return None
    need = required_count(sub)
    wanted = set(sub.actors) & view.actor_ids
    if len(wanted) < need:
        return None
    if sub.scope == "article":
        matched, sentences = wanted, _ranked_sentences(view, wanted)
    elif sub.scope == "sentence":
        good = {i: found & wanted for i, found in view.by_sentence.items() if len(found & wanted) >= need}
        if not good:
            return None
        matched = set().union(*good.values())
        sentences = sorted(good, key=lambda i: (-len(good[i]), i))
    else:
        assert isinstance(sub.scope, Window)
        matched, sentences = _window_match(view, wanted, need, sub.scope.window)
        if not matched:
            return None
    article = view.article
    return Alert(
        id=alert_id(sub.id, article.id),
        subscription=sub.id,
        article=AlertArticle(id=article.id, url=article.url, title=article.title, source=article.source,
                             lang=article.lang, published=article.published, fetched_at=article.fetched_at),
        actors=[ActorRef(id=a, name=view.names[a]) for a in dict.fromkeys(sub.actors) if a in matched],
        evidence=view.evidence(sentences, matched),
        topics=[t.id for t in article.topics],
        created_at=now,
    )


def evaluate(article: EnrichedArticle, subscriptions: SubscriptionIndex | Iterable[Subscription],
             now: datetime | None = None) -> list[Alert]:
    """Every alert the article fires, one per subscription, in subscription-id order."""
    now = now or utcnow()
    view = ArticleView(article)
    if not view.actor_ids:
        return []
    if isinstance(subscriptions, SubscriptionIndex):
        candidates = subscriptions.candidates(view.actor_ids)
    else:
        candidates = [s for s in subscriptions if not view.actor_ids.isdisjoint(s.actors)]
    alerts = {}
    for sub in sorted(candidates, key=lambda s: s.id):
        alert = evaluate_one(sub, view, now)
        if alert is not None:
            alerts[alert.id] = alert
    return list(alerts.values())
