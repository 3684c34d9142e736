"""The "newsradar_topics" spaCy component: topic rules (enrich/data/topics.yaml) over actors and terms.

Terms are compiled once per language into word patterns. Each word is tested against them once, when
the vocabulary first meets it, and a lexeme flag marks the words that may start a term; a Doc then
costs one array read plus a few operations per hit, and the rules run over sentence bitmasks.
Writes ``doc._.topics``: a list of core.contracts.TopicHit (score in [0, 1], evidence sentences).
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Generic, TypeVar

from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab

from core.actors import capital_countries, renamed_ids
from core.contracts import TopicHit
from enrich import DATA_DIR
from enrich.actor_index import SIBLINGS, norm
from enrich.lemmas import analyse
from enrich.matcher import COMPOUNDING, actor_hits
from enrich.sentences import doc_sentences, doc_text
from enrich.tokens import IDX_COLUMN, ORTH_COLUMN, register_flag, token_table
from enrich.topic_rules import CompiledTopic, Topic, TopicRuleError, compile_topic, load_topics, score, set_bits

__all__ = ["DEFAULT_RULES", "Explanation", "TermMatcher", "TopicTagger", "make_topic_tagger"]

log = logging.getLogger(__name__)

DEFAULT_RULES = DATA_DIR / "topics.yaml"

if not Doc.has_extension("topics"):
    Doc.set_extension("topics", default=None)

T = TypeVar("T", bound=Hashable)
# A phrase as its anchor sees it: the anchor's place in it, its length, the (place, pattern id) of each
# other word but the one read first (``_Beside``), and its targets.
_Phrase = tuple[int, int, tuple[tuple[int, int], ...], tuple[T, ...]]
# The phrases a word anchors that ask something of the word at one distance from it, by what they ask (a
# pattern id): that word is read once for all of them, and only the phrases it matches are tried further.
_Beside = tuple[int, dict[int, tuple[_Phrase[T], ...]]]
# A phrase of one word and words it must not have beside it ("=da !się"): the (place, pattern id) of each word
# it must not have, relative to the word, and its targets.
_Guarded = tuple[tuple[tuple[int, int], ...], tuple[T, ...]]
# Per word: the targets of the one-word terms it is, the one-word terms with words they must not have beside
# them, and the longer phrases it anchors.
_Entry = tuple[tuple[T, ...], tuple[_Guarded[T], ...], tuple[_Beside[T], ...]]
# Per term found: its targets and its first token.
Found = tuple[tuple[T, ...], int]
# A hit of the tagger's: its slots, its first token and the sentence (topic window) it is in.
Placed = tuple[tuple[int, ...], int, int]


# A term word's markers: "=form" is that surface form only, "^form" the word (any of its forms) capitalised;
# "!word" (before any other marker) a word that must not stand there ("=da !się": "da" not followed by "się");
# "a|b|c" in a phrase any one of those words there ("!회|명 넘겼*": 넘겼다, handed over, not after a count).
CAPITAL = "^"
NOT = "!"
OR = "|"
_MARKERS = ("=", CAPITAL)


class TermMatcher(Generic[T]):
    """Finds the terms of one language in a Doc; each term pattern list belongs to a target (any key)."""

    def __init__(
        self,
        terms: dict[T, list[str]],
        lang: str,
        vocab: Vocab,
        tokenize: Callable[[str], Sequence[str]] | None = None,
    ) -> None:
        self.lang = lang
        self._tokenize = tokenize
        self._exact: dict[str, int] = {}
        self._surface: dict[str, int] = {}
        self._prefixes: list[tuple[str, int]] = []
        self._stems: dict[str, list[int]] | None = None  # built from _prefixes on first use
        self._stem_lengths: list[int] = []
        self._specificity: dict[int, int] = {}
        # A phrase word that is any of several patterns ("회|명|건") is a pattern of its own, which a word matches
        # when it matches one of them: its id, and theirs.
        self._any_of: dict[frozenset[int], int] = {}
        # A phrase's words as pattern ids, a word it must not have as the bitwise complement of one.
        by_phrase: dict[tuple[int, ...], list[T]] = defaultdict(list)  # shared groups compile once
        for target, patterns in terms.items():
            for pattern in patterns:
                by_phrase[self._phrase(pattern)].append(target)
        # A phrase is found from its most specific word (its anchor), so that "w zamian" does not make
        # every "w" in a text a candidate.
        self._single: dict[int, list[T]] = defaultdict(list)
        self._guarded: dict[int, list[_Guarded[T]]] = defaultdict(list)
        # A phrase under its anchor: the distance from it to the word read first (the nearest word it must have),
        # what that word must be (a pattern id), and the phrase. The phrase's span is that of the words it must
        # have: a word it must not have past the Doc's end is not there.
        self._multi: dict[int, list[tuple[int, int, _Phrase[T]]]] = defaultdict(list)
        for ids, targets in by_phrase.items():
            present = [k for k, pid in enumerate(ids) if pid >= 0]
            anchor = max(present, key=lambda k: self._specificity[ids[k]])
            if len(ids) == 1:
                self._single[ids[0]].extend(targets)
            elif len(present) == 1:
                absent = tuple((k - anchor, ~pid) for k, pid in enumerate(ids) if pid < 0)
                self._guarded[ids[anchor]].append((absent, tuple(targets)))
            else:
                # places from the first word the phrase must have
                place, span = anchor - present[0], present[-1] - present[0] + 1
                others = [(k - present[0], pid) for k, pid in enumerate(ids) if k != anchor]
                first = min((other for other in others if other[1] >= 0), key=lambda other: abs(other[0] - place))
                rest = tuple(other for other in others if other != first)
                self._multi[ids[anchor]].append((first[0] - place, first[1], (place, span, rest, tuple(targets))))
        self._by_text: dict[str, frozenset[int]] = {}
        self._by_orth: dict[int, _Entry[T]] = {}
        self._patterns_by_orth: dict[int, frozenset[int]] = {}
        self.flag: int = vocab.add_flag(self._may_start)
        self._column = register_flag(vocab, self.flag)

    def _phrase(self, pattern: str) -> tuple[int, ...]:
        """A pattern's words as pattern ids, the complement (~id) of each word it must not have."""
        ids: list[int] = []
        for word in pattern.split():
            absent = word.startswith(NOT) and len(word) > 1
            if absent:
                word = word[1:]
            if OR in word[1:-1]:
                pid = self._alternatives(pattern, word)
                ids.append(~pid if absent else pid)
                continue
            pieces = self._words(word)
            if absent and len(pieces) != 1:
                raise TopicRuleError(f"{pattern!r}: a word that must not stand there is one token ({word!r} is not)")
            ids.extend(~self._pattern(piece) if absent else self._pattern(piece) for piece in pieces)
        if all(pid < 0 for pid in ids):
            raise TopicRuleError(f"{pattern!r}: a phrase needs a word it must have, not only words it must not")
        return tuple(ids)

    def _alternatives(self, pattern: str, word: str) -> int:
        """The pattern id of a phrase word that is any of several ("회|명|건"), each one token."""
        parts: set[int] = set()
        for alternative in word.split(OR):
            pieces = self._words(alternative) if alternative else []
            if len(pieces) != 1:
                raise TopicRuleError(f"{pattern!r}: each of the words {word!r} allows is one token "
                                     f"({alternative!r} is not)")
            parts.add(self._pattern(pieces[0]))
        key = frozenset(parts)
        pid = self._any_of.get(key)
        if pid is None:
            pid = self._any_of[key] = self._next_id()
            self._specificity[pid] = min(self._specificity[part] for part in key)
        return pid

    def _next_id(self) -> int:
        return len(self._exact) + len(self._surface) + len(self._prefixes) + len(self._any_of)

    def _words(self, pattern: str) -> list[str]:
        """The pattern's words as the language's tokenizer splits text: "à l'ukraine" is three tokens in a
        French Doc, "air-defence" three in an English one. ``=`` stays on every piece, ``*`` on the last."""
        words: list[str] = []
        for word in pattern.split():
            marker = word[0] if word[0] in _MARKERS else ""
            star = word.endswith("*")
            core = word[len(marker) : -1 if star else None]
            # An elided article at a phrase's end ("en échange d'") only splits before the next word.
            pieces = list(self._tokenize(core)) if self._tokenize and core[-1:] not in {"'", "’"} else [core]
            if len(pieces) <= 1:
                words.append(word)
                continue
            for k, piece in enumerate(pieces):
                words.append(marker + piece + ("*" if star and k == len(pieces) - 1 else ""))
        return words

    def _pattern(self, word: str) -> int:
        table, key = (self._surface, norm(word[1:])) if word.startswith("=") else (self._exact, norm(word))
        if key.endswith("*"):
            stem = key[:-1]
            pid = next((pid for known, pid in self._prefixes if known == stem), None)
            if pid is None:
                pid = self._next_id()
                self._prefixes.append((stem, pid))
        else:
            if key not in table:
                table[key] = self._next_id()
            pid = table[key]
        self._specificity[pid] = len(key.rstrip("*"))
        return pid

    def patterns(self, text: str) -> frozenset[int]:
        """The pattern ids a word matches (surface, lemmas, prefixes), cached per word."""
        found = self._by_text.get(text)
        if found is None:
            surface = norm(text)
            forms = {surface} | {norm(lemma) for lemma, _ in analyse(text, self.lang)}
            head = text.rsplit("-", 1)[1] if self.lang in COMPOUNDING and "-" in text[1:-1] else ""
            if head and not head[:1].isdigit():
                # German keeps a hyphenated compound as one token; its head, the last part, says what it is:
                # "Kamikaze-Drohnen" are drones, "Artillerie-Granaten" shells. A number is no head: "M-1991" is
                # a launcher's designation, not the year.
                forms |= {norm(head)} | {norm(lemma) for lemma, _ in analyse(head, self.lang)}
            ids = {self._exact[f] for f in forms if f in self._exact}
            if surface in self._surface:
                ids.add(self._surface[surface])
            ids |= self._prefixed(forms)
            if text[:1].isupper():
                # "^north" is the word written with a capital: the North (Korea), not the north
                capital = {CAPITAL + form for form in forms}
                ids |= {self._exact[f] for f in capital if f in self._exact} | self._prefixed(capital)
            if ids and self._any_of:
                ids |= {pid for parts, pid in self._any_of.items() if not parts.isdisjoint(ids)}
            found = frozenset(ids)
            if len(self._by_text) >= 500_000:
                self._by_text.clear()
            self._by_text[text] = found
        return found

    def _prefixed(self, forms: set[str]) -> set[int]:
        """The prefix patterns (``stem*``) some form starts with: a dict look-up per prefix length of
        each form, not a scan of every stem (a new word is tested against every language's terms)."""
        stems = self._stems
        if stems is None:
            stems = self._stems = {}
            for stem, pid in self._prefixes:
                stems.setdefault(stem, []).append(pid)
            self._stem_lengths = sorted({len(stem) for stem in stems})
        return {pid for f in forms for k in self._stem_lengths if k <= len(f) for pid in stems.get(f[:k], ())}

    def _may_start(self, text: str) -> bool:
        return any(pid in self._single or pid in self._multi or pid in self._guarded for pid in self.patterns(text))

    def _entry(self, orth: int, strings: StringStore) -> _Entry[T]:
        entry = self._by_orth.get(orth)
        if entry is None:
            ids = self.patterns(strings[orth])
            # A target once per word, however many of its patterns the word matches.
            single = tuple(dict.fromkeys(t for pid in ids for t in self._single.get(pid, ())))
            guarded = tuple(chain.from_iterable(self._guarded.get(pid, ()) for pid in ids))
            beside: dict[int, dict[int, list[_Phrase[T]]]] = {}
            for pid in ids:
                for distance, word, phrase in self._multi.get(pid, ()):
                    beside.setdefault(distance, {}).setdefault(word, []).append(phrase)
            multi = tuple((distance, {word: tuple(phrases) for word, phrases in by_word.items()})
                          for distance, by_word in beside.items())
            if len(self._by_orth) >= 500_000:
                self._by_orth.clear()
            entry = self._by_orth[orth] = (single, guarded, multi)
        return entry

    def find(self, doc: Doc) -> list[Found[T]]:
        """The terms in ``doc``: (targets, first token), one pair per start token."""
        out: list[Found[T]] = []
        table = token_table(doc)  # read once per Doc for every component (enrich.tokens)
        rows = table[:, self._column].nonzero()[0].tolist()
        if not rows:
            return out
        orths = table[:, ORTH_COLUMN].tolist()
        strings = doc.vocab.strings
        by_orth = self._by_orth
        patterns = self._patterns_by_orth
        n = len(orths)
        for i in rows:
            orth = orths[i]
            entry = by_orth.get(orth)
            if entry is None:
                entry = self._entry(orth, strings)
            single, guarded, beside = entry
            if single:
                out.append((single, i))
            for absent, targets in guarded:
                for distance, pid in absent:
                    j = i + distance
                    if 0 <= j < n:
                        known = patterns.get(orths[j])
                        if known is None:
                            known = self._orth_patterns(orths[j], strings)
                        if pid in known:
                            break
                else:
                    out.append((targets, i))
            for distance, by_word in beside:
                j = i + distance
                if j < 0 or j >= n:
                    continue
                found = patterns.get(orths[j])
                if found is None:
                    found = self._orth_patterns(orths[j], strings)
                for first in found:  # most words next to an anchor match no pattern at all
                    for anchor, length, others, targets in by_word.get(first, ()):
                        start = i - anchor
                        if start < 0 or start + length > n:
                            continue
                        for k, pid in others:
                            at = start + k
                            if pid < 0 and not 0 <= at < n:
                                continue  # a word the phrase must not have, past the Doc's ends
                            word = orths[at]
                            known = patterns.get(word)
                            if known is None:
                                known = self._orth_patterns(word, strings)
                            if (~pid in known) if pid < 0 else (pid not in known):
                                break
                        else:
                            out.append((targets, start))
        return out

    def _orth_patterns(self, orth: int, strings: StringStore) -> frozenset[int]:
        found = self._patterns_by_orth.get(orth)
        if found is None:
            if len(self._patterns_by_orth) >= 500_000:
                self._patterns_by_orth.clear()
            found = self._patterns_by_orth[orth] = self.patterns(strings[orth])
        return found


@dataclass(frozen=True)
class Explanation:
    """What ``TopicTagger.explain`` finds: group names per topic window, and (rule number, weight, evidence) of
    each rule that holds."""

    topic: str
    groups: dict[int, list[str]]
    rules: list[tuple[int, float, list[int]]]


class TopicTagger:
    def __init__(
        self, topics: list[Topic], lang: str, vocab: Vocab, tokenize: Callable[[str], Sequence[str]] | None = None
    ) -> None:
        self.lang = lang
        self.topics = [compile_topic(topic) for topic in topics]
        # Every group of every topic has a number (slot) of its own, a topic's slots being consecutive:
        # a Doc's hits then go to one flat list of sentence bitmasks, a slice of it per topic.
        self._slices: list[slice] = []
        terms: dict[int, list[str]] = {}
        actors: dict[str, list[int]] = defaultdict(list)
        located: dict[int, tuple[frozenset[str], tuple[str, ...]]] = {}
        figures: dict[int, tuple[frozenset[str], tuple[str, ...]]] = {}
        distinct: dict[int, int] = {}
        renamed = renamed_ids()
        first = 0
        for topic, compiled in zip(topics, self.topics, strict=True):
            slot = {name: first + n for n, name in enumerate(compiled.groups)}
            for name, by_lang in topic.term_groups.items():
                # a sibling's words too: Serbian in Latin letters is often detected as Croatian ("u zamenu za")
                words = [word for code in (lang, *SIBLINGS.get(lang, ())) for word in by_lang.get(code) or ()]
                if words and name in slot:
                    terms[slot[name]] = words
            for name, ids in topic.actor_groups.items():
                for actor in ids:
                    if name in slot:
                        # A replaced id in a rules file stands for its successor, which the matcher reports.
                        actors[renamed.get(actor, actor)].append(slot[name])
                said_in = topic.said_in.get(name, {}).get(lang)
                if said_in and name in slot:
                    located[slot[name]] = said_in
            distinct |= {slot[name]: count for name, count in topic.distinct.items() if name in slot}
            for name, naming in topic.figures.items():
                if naming.get(lang) and name in slot:
                    figures[slot[name]] = _word_list(naming[lang])
            self._slices.append(slice(first, first + len(compiled.groups)))
            first += len(compiled.groups)
        self._slots = first
        self._figures = figures
        self._quotes = frozenset(vocab.strings.add(mark) for mark in _QUOTES)  # as orths: no Token per word read
        # Slots present only where a sentence names several of their actors: slot -> how many.
        self._distinct = distinct
        self._actors = {actor: tuple(slots) for actor, slots in actors.items()}
        # Slots a capital leaves where it is only the place something was said: (slot, words of place, endings of
        # place, words of saying).
        capitals = capital_countries()
        places = {slot: (frozenset(w for w in place if not w.startswith("-")),
                         tuple(w[1:] for w in place if w.startswith("-")), _word_list(saying))
                  for slot, (place, saying) in located.items()}
        self._located = {actor: tuple((slot, *places[slot]) for slot in slots if slot in places)
                         for actor, slots in self._actors.items() if actor in capitals and set(slots) & set(places)}
        self.terms: TermMatcher[int] = TermMatcher(terms, lang, vocab, tokenize)

    def _several(self, several: list[tuple[int, str, int]], sentence: Callable[[int], int]) -> list[Found[int]]:
        """The hits of groups asking for several actors, in the sentences that name enough of them."""
        named: dict[tuple[int, int], set[str]] = defaultdict(set)
        placed = [(slot, actor, pos, sentence(pos)) for slot, actor, pos in several]
        for slot, actor, _, at in placed:
            named[slot, at].add(actor)
        return [((slot,), pos) for slot, _, pos, at in placed if len(named[slot, at]) >= self._distinct[slot]]

    @staticmethod
    def _placed(doc: Doc, pos: int, slots: tuple[int, ...], places: _Places) -> tuple[int, ...]:
        """``slots`` without those a capital leaves where it is only the place something was said ("Putin said
        in Hanoi"; not "the junta in Naypyidaw", "signed in Hanoi a deal on arms for Vietnam")."""
        dropped = {slot for slot, words, endings, saying in places
                   if _placed_after(doc, pos, words, endings) and _said_in_sentence(doc, pos, saying)}
        return tuple(slot for slot in slots if slot not in dropped) if dropped else slots

    def __call__(self, doc: Doc) -> Doc:
        found: list[TopicHit] = []
        doc._.topics = found
        placement = self._placement(doc)
        if placement is None:
            return doc
        masks, present, placed, owners = placement
        for topic, where in zip(self.topics, self._slices, strict=True):
            own = present >> where.start & ((1 << (where.stop - where.start)) - 1)
            if not own:
                continue
            # The points only where a topic asks for them (score knows when), placed from the hits then.
            place = partial(_points, placed, where) if topic.needs_positions else None
            breaks = partial(_clause_breaks, doc, placed, where.start) if topic.needs_positions else None
            value, evidence = score(topic, masks[where], present=own, place=place, breaks=breaks)
            if owners is not None:
                evidence = sorted({owners[item] for item in evidence})
            if value >= topic.threshold and evidence:
                found.append(TopicHit(id=topic.id, score=round(value, 3), evidence=evidence))
        return doc

    def explain(self, doc: Doc, topic_id: str) -> Explanation:
        """Why topic ``topic_id`` holds or not on ``doc``: the groups found per sentence (topic windows: a list
        sentence's items are windows of their own) and each rule that holds, with its weight and evidence."""
        topic, where = next((t, w) for t, w in zip(self.topics, self._slices, strict=True) if t.id == topic_id)
        placement = self._placement(doc)
        if placement is None:
            return Explanation(topic_id, {}, [])
        masks, present, placed, _ = placement
        own = present >> where.start & ((1 << (where.stop - where.start)) - 1)
        groups: dict[int, list[str]] = defaultdict(list)
        for name, mask in zip(topic.groups, masks[where], strict=True):
            for window in set_bits(mask):
                groups[window].append(name)
        place = partial(_points, placed, where) if topic.needs_positions else None
        breaks = partial(_clause_breaks, doc, placed, where.start) if topic.needs_positions else None
        held = []
        for n, rule in enumerate(topic.rules):
            one = CompiledTopic(topic.id, 0.0, topic.groups, (rule,), topic.needs_positions, topic.near)
            value, evidence = score(one, masks[where], present=own, place=place, breaks=breaks)
            if value and evidence:
                held.append((n, rule.weight, evidence))
        return Explanation(topic_id, {window: sorted(names) for window, names in sorted(groups.items())}, held)

    def _placement(self, doc: Doc) -> tuple[list[int], int, list[Placed], list[int] | None] | None:
        """Every group's sentence bitmask, the groups present (bits), each hit placed, and the sentence each topic
        window (list item) belongs to, if items split sentences; None when no group has a hit."""
        if not len(doc):
            return None
        hits = self.terms.find(doc)
        if self._figures and hits:
            hits = _without_figures(doc, hits, self._figures, self._quotes)
        several: list[tuple[int, str, int]] = []  # (slot, actor, position) of groups asking for several
        for actor, pos in actor_hits(doc):
            slots = self._actors.get(actor)
            if slots and actor in self._located:
                slots = self._placed(doc, pos, slots, self._located[actor])
            if slots:
                if self._distinct and not self._distinct.keys().isdisjoint(slots):
                    several.extend((slot, actor, pos) for slot in slots if slot in self._distinct)
                    slots = tuple(slot for slot in slots if slot not in self._distinct)
                    if not slots:
                        continue
                hits.append((slots, pos))
        if not hits and not several:
            return None
        # A hit is in the last sentence starting at or before its first character, or in the first; the first
        # is taken to start at 0 so that bisect says so for every offset. Plain bisect: numpy costs more per call.
        spans = doc_sentences(doc)
        items = _list_items(doc_text(doc), spans)
        starts, owners = items if items is not None else ([start for start, _ in spans], None)
        starts[:1] = [0]
        offsets = token_table(doc)[:, IDX_COLUMN].tolist()
        if several:
            hits.extend(self._several(several, lambda pos: bisect_right(starts, offsets[pos]) - 1))
            if not hits:
                return None
        masks = [0] * self._slots
        present = 0  # the slots with a hit (bits): a topic sees its own with a shift and a mask
        # Each hit with its sentence, placed once here for the masks and for the topics that ask for points.
        placed: list[Placed] = []
        for slots, pos in hits:
            sentence = bisect_right(starts, offsets[pos]) - 1
            placed.append((slots, pos, sentence))
            bit = 1 << sentence
            for slot in slots:
                masks[slot] |= bit
                present |= 1 << slot
        return masks, present, placed, owners


# Semicolons that make a sentence a list: "Kurz gemeldet: the EU sanctions firms supplying Russia; a festival opens;
# North Korea shows Kim Jong Un's daughter." One semicolon joins two halves of one thought; two or more string a
# digest's unrelated items together.
_LIST_SEMICOLONS = 2


def _list_items(text: str, spans: list[tuple[int, int]]) -> tuple[list[int], list[int]] | None:
    """Where some sentence is a list: the starts of the topic windows' sentences, each item of a list being one of
    its own, and the sentence each is in. None when no sentence is a list (almost every Doc).

    Only the topics read items: the sentences of the message, and so the pairs of actors, stay as they are.
    """
    if text.count(";") < _LIST_SEMICOLONS:
        return None
    starts: list[int] = []
    owners: list[int] = []
    for n, (start, end) in enumerate(spans):
        starts.append(start)
        owners.append(n)
        if text.count(";", start, end) >= _LIST_SEMICOLONS:
            at = text.find(";", start, end)
            while at != -1:
                starts.append(at + 1)
                owners.append(n)
                at = text.find(";", at + 1, end)
    return (starts, owners) if len(starts) > len(spans) else None


# Words to look for: exact words, and prefixes (listed with a trailing "*").
_Words = tuple[frozenset[str], tuple[str, ...]]


def _word_list(listed: Sequence[str]) -> _Words:
    return frozenset(w for w in listed if not w.endswith("*")), tuple(w[:-1] for w in listed if w.endswith("*"))


def _is_one_of(text: str, words: _Words) -> bool:
    exact, prefixes = words
    text = text.casefold()
    return text in exact or (bool(prefixes) and text.startswith(prefixes))


# Quotation marks, as tokens of their own: the tokenizers split them off words in every language.
_QUOTES = frozenset('"\'„“”«»‹›‚‘’「」『』《》〈〉')
_SHORT_QUOTE = 4  # words at most between the marks: a phrase held at arm's length, not a quoted statement
_NAMING_BEFORE = 4  # words from a word of naming to the opening mark: "called the fine a „..."
_NAMING_AFTER = 2  # and from the closing mark: "„...“ olarak nitelendirdi", "'...'이라고 불렀다"


def _without_figures(doc: Doc, hits: list[Found[int]], figures: dict[int, _Words],
                     quotes: frozenset[int]) -> list[Found[int]]:
    """``hits`` without the slots of groups whose words stand in a short quotation beside a word of naming
    ("called the fine a „nuclear bomb“ for our football"): a figure of speech, not the thing. Once the article has
    named a group's words so, they are a figure in any other short quotation too: the headline "„Rakete aus
    Pjöngjang“ schlägt in Moskau ein", over a text that says the athlete is "„die Rakete aus Pjöngjang“ genannt".
    ``quotes``: the quotation marks' orths."""
    named = figures.keys()
    if named.isdisjoint(chain.from_iterable(map(itemgetter(0), hits))):
        return hits  # almost every Doc: none of those words in it
    orths = token_table(doc)[:, ORTH_COLUMN].tolist()
    quoted: set[int] = set()  # the hits of groups with words of naming that stand in a short quotation
    figured: set[int] = set()  # the groups a word of naming beside such a quotation makes a figure
    for n, (slots, pos) in enumerate(hits):
        if not named.isdisjoint(slots):
            quote = _short_quote(orths, pos, quotes)
            if quote is not None:
                quoted.add(n)
                figured.update(slot for slot in slots if slot in figures and _named(doc, *quote, figures[slot]))
    if not figured:
        return hits
    out: list[Found[int]] = []
    for n, (slots, pos) in enumerate(hits):
        if n in quoted:
            slots = tuple(slot for slot in slots if slot not in figured)
            if not slots:
                continue
        out.append((slots, pos))
    return out


def _short_quote(orths: list[int], pos: int, quotes: frozenset[int]) -> tuple[int, int] | None:
    """The (opening, closing) marks of a quotation of a few words around token ``pos``, if it stands in one."""
    opening = next((i for i in range(pos - 1, max(pos - _SHORT_QUOTE, 0) - 1, -1) if orths[i] in quotes), None)
    if opening is None:
        return None
    last = min(opening + _SHORT_QUOTE + 1, len(orths) - 1)
    return next(((opening, i) for i in range(pos + 1, last + 1) if orths[i] in quotes), None)


def _named(doc: Doc, opening: int, closing: int, naming: _Words) -> bool:
    near = (*range(max(opening - _NAMING_BEFORE, 0), opening),
            *range(closing + 1, min(closing + 1 + _NAMING_AFTER, len(doc))))
    return any(_is_one_of(doc[i].text, naming) for i in near)


# Per capital: (slot, words of place, endings of place, words of saying).
_Places = tuple[tuple[int, frozenset[str], tuple[str, ...], _Words], ...]


def _placed_after(doc: Doc, pos: int, words: frozenset[str], endings: tuple[str, ...]) -> bool:
    return (pos > 0 and doc[pos - 1].text.casefold() in words) or (bool(endings) and doc[pos].text.endswith(endings))


def _said_in_sentence(doc: Doc, pos: int, saying: _Words) -> bool:
    """A word of saying in the capital's sentence, before it or after it (Korean: "하노이에서 … 말했다")."""
    sentence = doc[pos].sent
    return any(_is_one_of(token.text, saying) for token in (*doc[sentence.start:pos], *doc[pos + 1:sentence.end]))


def _points(placed: list[Placed], where: slice) -> list[list[tuple[int, int]]]:
    """(token position, sentence) of the hits of each slot in ``where``, for token windows.

    Asked only for a topic that may hold, so the hits are sorted by slot then rather than on every Doc.
    """
    first, stop = where.start, where.stop
    points: list[list[tuple[int, int]]] = [[] for _ in range(first, stop)]
    for slots, pos, sentence in placed:
        for slot in slots:
            if first <= slot < stop:
                points[slot - first].append((pos, sentence))
    return points


def _clause_breaks(doc: Doc, placed: list[Placed], first: int, slot: int) -> list[int]:
    """The token positions where the hits of ``slot`` (of the topic whose slots start at ``first``) start a clause:
    a word parting clauses starts one where it stands, or, opening its sentence ("While Moscow denies it, ..."),
    after the clause it opens, at the sentence's first comma after it."""
    out: list[int] = []
    for slots, pos, _ in placed:
        if first + slot not in slots:
            continue
        sentence = doc[pos].sent
        if all(doc[i].is_punct for i in range(sentence.start, pos)):
            comma = next((i for i in range(pos + 1, sentence.end) if doc[i].text == ","), None)
            if comma is not None:
                out.append(comma)
        else:
            out.append(pos)
    return sorted(out)


_loaded: dict[str, list[Topic]] = {}


def _topics(path: str) -> list[Topic]:
    path = path or str(DEFAULT_RULES)
    if path not in _loaded:
        _loaded[path] = load_topics(Path(path))
    return _loaded[path]


@Language.factory("newsradar_topics", default_config={"rules": "", "lang": None})
def make_topic_tagger(nlp: Language, name: str, rules: str, lang: str | None) -> TopicTagger:
    """``rules``: a topics.yaml path; empty for the shipped enrich/data/topics.yaml."""
    tokenizer = nlp.tokenizer
    return TopicTagger(
        _topics(rules), lang or nlp.lang or "xx", nlp.vocab, lambda text: [t.text for t in tokenizer(text)]
    )
