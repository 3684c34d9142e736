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
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab

from core.contracts import TopicHit
from enrich.actor_index import norm
from enrich.lemmas import analyse
from enrich.matcher import actor_hits
from enrich.sentences import doc_sentences
from enrich.topic_rules import Topic, evaluate, load_topics, terms_of

__all__ = ["DEFAULT_RULES", "TermMatcher", "TopicTagger", "make_topic_tagger"]

log = logging.getLogger(__name__)

DEFAULT_RULES = Path(__file__).parent / "data" / "topics.yaml"

if not Doc.has_extension("topics"):
    Doc.set_extension("topics", default=None)

GroupKey = tuple[str, str]
_NONE: frozenset[int] = frozenset()


class TermMatcher:
    """Finds the term groups of one language in a Doc."""

    def __init__(self, terms: dict[GroupKey, list[str]], lang: str, vocab: Vocab) -> None:
        self.lang = lang
        self._exact: dict[str, int] = {}
        self._surface: dict[str, int] = {}
        self._prefixes: list[tuple[str, int]] = []
        self._specificity: dict[int, int] = {}
        # A phrase (pattern ids) -> every group listing it: shared groups are compiled once.
        by_phrase: dict[tuple[int, ...], list[GroupKey]] = defaultdict(list)
        for group, patterns in terms.items():
            for pattern in patterns:
                by_phrase[tuple(self._pattern(word) for word in pattern.split())].append(group)
        self._phrases: list[tuple[tuple[int, ...], list[GroupKey]]] = list(by_phrase.items())
        # Each phrase is found from its most specific word (its anchor), so that a phrase such as
        # "w zamian" does not make every "w" in a text a candidate.
        self._first: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for n, (ids, _) in enumerate(self._phrases):
            anchor = max(range(len(ids)), key=lambda k: self._specificity[ids[k]])
            self._first[ids[anchor]].append((n, anchor))
        self._words: dict[str, frozenset[int]] = {}
        self._by_orth: dict[int, frozenset[int]] = {}
        # A lexeme flag "may start a term", set once per word: a Doc's candidate tokens are one array read.
        self._flag: int = vocab.add_flag(self._may_start)

    def _pattern(self, word: str) -> int:
        pid = self._pattern_id(word)
        self._specificity[pid] = len(word.strip("=*"))
        return pid

    def _pattern_id(self, word: str) -> int:
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
        return frozenset(found) if found else _NONE

    def _patterns(self, text: str) -> frozenset[int]:
        found = self._words.get(text)
        if found is None:
            if len(self._words) >= 500_000:
                self._words.clear()
            found = self._words[text] = self._patterns_of(text)
        return found

    def _may_start(self, text: str) -> bool:
        return any(pid in self._first for pid in self._patterns(text))

    @property
    def flag(self) -> int:
        return self._flag

    def find(self, table: np.ndarray, strings: StringStore) -> list[tuple[GroupKey, int]]:
        """(group, token position) for every term occurrence; ``table``: the Doc's [flag, ORTH] columns."""
        out: list[tuple[GroupKey, int]] = []
        rows = np.flatnonzero(table[:, 0]).tolist()
        if not rows:
            return out
        by_orth = self._by_orth
        orths = table[:, 1].tolist()
        n = len(orths)

        def patterns(k: int) -> frozenset[int]:
            orth = orths[k]
            found = by_orth.get(orth)
            if found is None:
                if len(by_orth) >= 500_000:
                    by_orth.clear()
                found = by_orth[orth] = self._patterns(strings[orth])
            return found

        for i in rows:
            for pid in patterns(i):
                for phrase, anchor in self._first.get(pid, ()):
                    ids, groups = self._phrases[phrase]
                    start = i - anchor
                    if len(ids) > 1 and (start < 0 or start + len(ids) > n or not all(
                        ids[k] in patterns(start + k) for k in range(len(ids)) if k != anchor
                    )):
                        continue
                    out.extend((group, start) for group in groups)
        return out


class TopicTagger:
    def __init__(self, topics: list[Topic], lang: str, vocab: Vocab) -> None:
        self.topics = topics
        self.lang = lang
        self.terms = TermMatcher(terms_of(topics, lang), lang, vocab)

    def __call__(self, doc: Doc) -> Doc:
        found: list[TopicHit] = []
        doc._.topics = found
        if not len(doc):
            return doc
        table = doc.to_array([self.terms.flag, ORTH, IDX])
        terms = self.terms.find(table, doc.vocab.strings)
        actors = actor_hits(doc)
        if not terms and not actors:
            return doc
        starts = np.array([start for start, _ in doc_sentences(doc)] or [0], dtype=np.int64)
        positions = [pos for _, pos in terms] + [pos for _, pos in actors]
        sentences = np.maximum(
            np.searchsorted(starts, table[positions, 2].astype(np.int64), side="right") - 1, 0
        ).tolist()
        hits: dict[GroupKey, list[tuple[int, int]]] = defaultdict(list)
        for (group, pos), sentence in zip(terms, sentences, strict=False):
            hits[group].append((pos, sentence))
        labels = list(zip(actors, sentences[len(terms):], strict=True))
        for topic in self.topics:
            groups: dict[str, list[tuple[int, int]]] = {
                name: hits[(topic.id, name)] for name in topic.term_groups if (topic.id, name) in hits
            }
            for name, ids in topic.actor_groups.items():
                mine = [(pos, sentence) for (label, pos), sentence in labels if label in ids]
                if mine:
                    groups[name] = mine
            if not groups:
                continue
            score, evidence = evaluate(topic, groups)
            if score >= topic.threshold and evidence:
                found.append(TopicHit(id=topic.id, score=round(score, 3), evidence=evidence))
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
    return TopicTagger(_topics(rules), lang or nlp.lang or "xx", nlp.vocab)
