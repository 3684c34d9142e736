"""The enrichment itself, a pure batch function: Articles in, EnrichedArticles out (same order).

Articles are grouped by detected language and each group goes through that language's cached
pipeline with ``nlp.pipe(..., as_tuples=True)``, so every Doc comes back beside its Article.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any, Protocol

from spacy.tokens import Doc

from core.contracts import INVISIBLE, Actor, Article, EnrichedArticle, TopicHit
from enrich.language import detect_language
from enrich.matcher import YEAR_KEY, actor_mentions
from enrich.pipeline import COMPONENTS, PipelineCache
from enrich.sentences import doc_sentences, doc_text

__all__ = ["ActorLookup", "Enricher", "enrich_batch", "to_enriched", "visible"]

log = logging.getLogger(__name__)


class ActorLookup(Protocol):
    def get(self, actor_id: str) -> Actor | None: ...


def _shipped_base() -> ActorLookup:
    from core.actors import ActorBase

    base: ActorLookup = ActorBase.shipped()
    return base


# Characters that draw nothing ("Pjong\u00adjangu") sit inside words, where no name or term would match, so they
# go; a zero-width space parts words and becomes a space. The enriched message carries the text without them, and
# its offsets point into that text.
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}\u200b]")
_VISIBLE = str.maketrans({**dict.fromkeys(INVISIBLE), "\u200b": " "})


def visible(article: Article) -> Article:
    """``article`` without the characters that draw nothing (itself when it has none)."""
    if _INVISIBLE_RE.search(article.text) is None and _INVISIBLE_RE.search(article.title) is None:
        return article
    return article.model_copy(update={"title": article.title.translate(_VISIBLE),
                                      "text": article.text.translate(_VISIBLE)})


def _lookup(base: ActorLookup, actor_id: str) -> Actor | None:
    try:
        return base.get(actor_id)
    except KeyError:
        return None


def to_enriched(article: Article, doc: Doc, lang: str, base: ActorLookup | None) -> EnrichedArticle:
    """The EnrichedArticle of ``article`` from its processed Doc (text = title + "\\n\\n" + text)."""
    sentences = doc_sentences(doc)
    text = doc_text(doc)
    # Plain dicts validated once at the end: pydantic's core checks nested data faster than
    # Python-level model construction does.
    by_actor: dict[str, list[dict[str, Any]]] = {}
    sentence, count = 0, len(sentences)
    # Mentions in text order: the sentence index only moves forward, and each actor's first mention
    # comes first, so the entities are in order of appearance without sorting.
    for actor_id, start, end in sorted(actor_mentions(doc), key=itemgetter(1)):
        while sentence + 1 < count and sentences[sentence + 1][0] <= start:
            sentence += 1
        mention = {"text": text[start:end], "start": start, "end": end, "sentence": sentence}
        found = by_actor.get(actor_id)
        if found is None:
            by_actor[actor_id] = [mention]
        else:
            found.append(mention)
    entities: list[dict[str, Any]] = []
    for actor_id, mentions in by_actor.items():
        actor = _lookup(base, actor_id) if base is not None else None
        if actor is None:
            log.warning("matcher produced an actor the knowledge base does not know: %s", actor_id)
            continue
        entities.append({"id": actor.id, "name": actor.name, "type": actor.type, "mentions": mentions})
    # The extension exists once the topics module is imported, even in a pipeline without the component.
    topics: list[TopicHit] = list(doc._.topics or ()) if Doc.has_extension("topics") else []
    fields = dict(article.__dict__)  # a pydantic model keeps its field values there
    fields.pop("lang", None)
    return EnrichedArticle.model_validate(
        {
            **fields,
            "lang": lang,
            "lang_declared": article.lang,
            "sentences": sentences,
            "entities": entities,
            "topics": topics,
        }
    )


class Enricher:
    """Holds the per-language pipelines and the actor knowledge base; ``enrich`` is the batch call."""

    def __init__(
        self,
        base: ActorLookup | None = None,
        *,
        components: Sequence[str] = COMPONENTS,
        configs: dict[str, dict[str, Any]] | None = None,
        batch_size: int = 64,
        detect: Callable[[str, str | None], str] = detect_language,
    ) -> None:
        # The message reads the mentions the matcher keeps; Span objects would only be thrown away.
        merged = {name: dict(config) for name, config in (configs or {}).items()}
        merged.setdefault("newsradar_actors", {}).setdefault("spans", False)
        self.pipelines = PipelineCache(components, merged)
        self.batch_size = batch_size
        self._detect = detect
        self._needs_base = "newsradar_actors" in components
        self._base = base
        if base is not None:
            self.pipelines.set_base(base)

    @property
    def base(self) -> ActorLookup | None:
        if self._base is None and self._needs_base:
            self._base = _shipped_base()
        return self._base

    def set_base(self, base: ActorLookup) -> None:
        """Swap in a knowledge base (the shipped one with custom actors layered over it)."""
        self._base = base
        self.pipelines.set_base(base)

    def detect(self, article: Article) -> str:
        return self._detect(f"{article.title}\n{article.text}", article.lang)

    def enrich(self, articles: Sequence[Article]) -> list[EnrichedArticle]:
        articles = [visible(article) for article in articles]
        groups: dict[tuple[str, str], list[int]] = defaultdict(list)
        langs = [self.detect(article) for article in articles]
        for i, lang in enumerate(langs):
            groups[lang, _reader(lang, articles[i])].append(i)
        base = self.base
        out: list[EnrichedArticle | None] = [None] * len(articles)
        for (lang, reader), indices in groups.items():
            nlp = self.pipelines.get(reader)
            items = ((_text_or_doc(nlp, articles[i]), i) for i in indices)
            for doc, i in nlp.pipe(items, as_tuples=True, batch_size=self.batch_size):
                out[i] = to_enriched(articles[i], doc, lang, base)
        return [item for item in out if item is not None]

    def warm_up(self, langs: Sequence[str]) -> None:
        """Build the pipelines of ``langs`` and load their analysers now (a worker does this before
        joining its group, so neither a rebalance nor the first batch waits for dictionaries)."""
        self._detect("warm up", None)
        for lang in langs:
            nlp = self.pipelines.get(lang)
            for _ in nlp.pipe([f"Warm up.\n\n{lang}"]):
                pass


# Serbian written in Latin letters is read by the Croatian pipeline: the same declension ("s Vladimirom Putinom"),
# and its own names and topic words as a sibling's, where the Serbian pipeline indexes the Cyrillic ones.
_LATIN_READER = {"sr": "hr"}


def _reader(lang: str, article: Article) -> str:
    """The pipeline that reads an article detected as ``lang``."""
    other = _LATIN_READER.get(lang)
    if other is None:
        return lang
    sample = article.text[:2000]
    latin = sum(1 for ch in sample if ch.isalpha() and ch <= "\u024f")
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    return other if latin > cyrillic else lang


def _text_or_doc(nlp: Any, article: Article) -> str | Doc:
    """The article's body, tokenized already where its publication year is known: the year goes along with the Doc
    (the year a printed age is reckoned in, ``YEAR_KEY``)."""
    if article.published is None:
        return article.body
    doc = nlp.make_doc(article.body)
    doc.user_data[YEAR_KEY] = article.published.year
    return doc


def enrich_batch(articles: Sequence[Article], enricher: Enricher | None = None) -> list[EnrichedArticle]:
    """Enrich ``articles`` with ``enricher`` (a shared default one when not given)."""
    return (enricher or _default()).enrich(articles)


_shared: list[Enricher] = []


def _default() -> Enricher:
    if not _shared:
        _shared.append(Enricher())
    return _shared[0]
