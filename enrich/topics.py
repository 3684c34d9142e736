"""The "newsradar_topics" spaCy component: topic rules (enrich/data/topics.yaml) over actors and terms.

Terms are compiled once per language into word patterns; each distinct token text is tested against
them once (cached by its hash), so a Doc costs a dict lookup per token plus the rule evaluation.
Writes ``doc._.topics``: a list of core.contracts.TopicHit (score in [0, 1], evidence sentences).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path

import numpy as np
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from core.contracts import TopicHit
from enrich.actor_index import norm
from enrich.lemmas import analyse
from enrich.matcher import SPANS_KEY
from enrich.sentences import doc_sentences
from enrich.topic_rules import Topic, evaluate, load_topics, terms_of

__all__ = ["DEFAULT_RULES", "TermMatcher", "TopicTagger", "make_topic_tagger"]

log = logging.getLogger(__name__)

DEFAULT_RULES = Path(__file__).parent / "data" / "topics.yaml"

if not Doc.has_extension("topics"):
    Doc.set_extension("topics", default=None)

GroupKey = tuple[str, str]


class TermMatcher:
    """Finds the term groups of one language in a Doc."""

    def __init__(self, terms: dict[GroupKey, list[str]], lang: str) -> None:
        self.lang = lang
        self._exact: dict[str, int] = {}
        self._surface: dict[str, int] = {}
        self._prefixes: list[tuple[str, int]] = []
        self._phrases: list[tuple[tuple[int, ...], GroupKey]] = []
        for group, patterns in terms.items():
            for pattern in patterns:
                ids = tuple(self._pattern(word) for word in pattern.split())
                self._phrases.append((ids, group))
        self._first: dict[int, list[int]] = defaultdict(list)
        for n, (ids, _) in enumerate(self._phrases):
            self._first[ids[0]].append(n)
        self._words: dict[int, frozenset[int]] = {}

    def _pattern(self, word: str) -> int:
        table, key = (self._surface, norm(word[1:])) if word.startswith("=") else (self._exact, norm(word))
        if key.endswith("*"):
            stem = key[:-1]
            for known, pid in self._prefixes:
                if known == stem:
                    return pid
            pid = len(self._exact) + len(self._surface) + len(self._prefixes)
            self._prefixes.append((stem, pid))
            return pid
        if key not in table:
            table[key] = len(self._exact) + len(self._surface) + len(self._prefixes)
        return table[key]

    def _patterns_of(self, text: str) -> frozenset[int]:
        surface = norm(text)
        forms = {surface} | {norm(lemma) for lemma, _ in analyse(text, self.lang)}
        found = {self._exact[f] for f in forms if f in self._exact}
        if surface in self._surface:
            found.add(self._surface[surface])
        found |= {pid for stem, pid in self._prefixes if any(f.startswith(stem) for f in forms)}
        return frozenset(found)

    def find(self, doc: Doc) -> list[tuple[GroupKey, int]]:
        """(group, token position) for every term occurrence."""
        cache, strings = self._words, doc.vocab.strings
        per_token: list[frozenset[int]] = []
        for orth in doc.to_array(ORTH).tolist():
            found = cache.get(orth)
            if found is None:
                found = self._patterns_of(strings[orth])
                if len(cache) >= 200_000:
                    cache.clear()
                cache[orth] = found
            per_token.append(found)
        out: list[tuple[GroupKey, int]] = []
        n = len(per_token)
        for i, found in enumerate(per_token):
            for pid in found:
                for phrase in self._first.get(pid, ()):
                    ids, group = self._phrases[phrase]
                    if i + len(ids) <= n and all(ids[k] in per_token[i + k] for k in range(1, len(ids))):
                        out.append((group, i))
        return out


class TopicTagger:
    def __init__(self, topics: list[Topic], lang: str) -> None:
        self.topics = topics
        self.lang = lang
        self.terms = TermMatcher(terms_of(topics, lang), lang)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            doc._.topics = []
            return doc
        starts = np.array([start for start, _ in doc_sentences(doc)] or [0])
        idx = doc.to_array(IDX)
        sentence_of = np.maximum(np.searchsorted(starts, idx, side="right") - 1, 0).tolist()
        hits: dict[GroupKey, list[tuple[int, int]]] = defaultdict(list)
        for group, pos in self.terms.find(doc):
            hits[group].append((pos, sentence_of[pos]))
        labels = [(span.label_, span.start) for span in doc.spans.get(SPANS_KEY, ())]
        found: list[TopicHit] = []
        for topic in self.topics:
            groups: dict[str, list[tuple[int, int]]] = {
                name: hits.get((topic.id, name), []) for name in topic.term_groups
            }
            for name, actors in topic.actor_groups.items():
                groups.setdefault(name, []).extend(
                    (start, sentence_of[start]) for label, start in labels if label in actors
                )
            score, evidence = evaluate(topic, groups)
            if score >= topic.threshold and evidence:
                found.append(TopicHit(id=topic.id, score=round(score, 3), evidence=evidence))
        doc._.topics = found
        return doc


_loaded: dict[str, list[Topic]] = {}


def _topics(path: str) -> list[Topic]:
    path = path or str(DEFAULT_RULES)
    if path not in _loaded:
        _loaded[path] = load_topics(Path(path))
    return _loaded[path]


@Language.factory("newsradar_topics", default_config={"rules": "", "lang": None})
def make_topic_tagger(nlp: Language, name: str, rules: str, lang: str | None) -> TopicTagger:
    """``rules``: a topics.yaml path; empty for the shipped enrich/data/topics.yaml."""
    return TopicTagger(_topics(rules), lang or nlp.lang or "xx")
