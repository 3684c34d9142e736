"""The "newsradar_actors" spaCy component: every mention of every actor, whatever its case, inflection or script.

Each word is looked up once, when the pipeline's vocabulary first meets it: the name words it may be
(surface, generated inflected forms, lemmas), the one-word names it is, and whether it may start a
longer name. A lexeme flag records the last two, so a Doc costs one array read in C plus a short trie
walk where a name starts. Context decides what the index cannot: a capitalised name word needs a
capitalised token unless the analyser knows the lower-case word only as a name, an acronym needs upper
case, and a *weak* name (a common word or first name: "Włochy", "Jordan") counts only on strong
evidence. The words around a match decide the rest: a place followed by a US state is its namesake, a
place's name in quotes or after "Café" names a ship, a firm or a café, a country inside a company's name is
not named (inside a ministry's it is), and a surname after someone else's first name is theirs. Matches
are ``doc.spans["actors"]``, labelled with the actor id, and (actor id, start char, end char) triples in
``doc.user_data`` (``actor_mentions``), which is all a batch enricher reads.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

import numpy as np
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]  # Cython, no stub
from spacy.tokens import Doc, Span
from spacy.util import registry

from core.actors import capital_countries
from core.contracts import Actor
from enrich.actor_index import (
    END,
    LEMMA,
    NO_NAME_LEMMAS,
    NOT_A_NAME,
    ActorIndex,
    Entry,
    build_index,
    name_key,
    norm,
)
from enrich.inflection import (
    korean_compounds,
    korean_glued_stems,
    korean_prefix_stems,
    korean_stems,
    korean_title_stems,
    strip_elision,
)
from enrich.lemmas import analyse, given_name, may_be_given_name
from enrich.pipeline import CJK
from enrich.sentences import doc_text
from enrich.tokens import IDX_COLUMN, ORTH_COLUMN, forget_table, register_flag, token_table

__all__ = [
    "COMPOUNDING",
    "HITS_KEY",
    "MENTIONS_KEY",
    "SPANS_KEY",
    "YEAR_KEY",
    "ActorMatcher",
    "Candidate",
    "actor_hits",
    "actor_mentions",
    "index_for",
    "make_actor_matcher",
    "shipped_base_loader",
]

log = logging.getLogger(__name__)

SPANS_KEY = "actors"
# Doc.user_data: the same matches as (actor id, first token), for the topic rules, and as (actor id,
# start char, end char), for the message: reading them back as Span objects would cost more than
# finding them.
HITS_KEY = "newsradar.actor_hits"
MENTIONS_KEY = "newsradar.actor_mentions"
# Doc.user_data: the year the article was published in, where known (else the matcher takes this year): the year a
# person's printed age is reckoned in.
YEAR_KEY = "newsradar.year"
_COMMON = ("noun", "verb", "adj", "other")
# Languages whose tokenizer keeps a hyphenated compound as one token (the others split at the hyphen).
COMPOUNDING = frozenset({"de"})
# The ending of a German adjective of origin, in any case: amerikanisch, koreanischen.
_ORIGIN_ADJECTIVE = re.compile(r"isch(?:e[nmrs]?)?$")


class ActorSource(Protocol):
    def __iter__(self) -> Any: ...


Candidate = tuple[int, int, Entry]
# Per token text: the name words it may be, the trie nodes of longer names it can start, and the
# one-word names it is (case already checked).
_Looked = tuple[tuple[str, ...], tuple[dict[str, Any], ...], tuple[Entry, ...]]
_NOTHING: _Looked = ((), (), ())


class _State:
    """Where a walk stands after the tokens of one orth sequence: the names that end there (case
    checked), the name-trie nodes still open, and the states after each next orth met so far.
    Walks repeat (the same names recur in every article), so each step is computed once."""

    __slots__ = ("children", "found", "nodes", "texts")

    def __init__(self, found: tuple[Entry, ...], nodes: tuple[dict[str, Any], ...], texts: tuple[str, ...]) -> None:
        self.found = found
        self.nodes = nodes
        self.texts = texts
        self.children: dict[int, _State] = {}


_indices: dict[tuple[int, str], tuple[object, ActorIndex]] = {}
_indices_lock = threading.Lock()


def index_for(base: Iterable[Actor], lang: str, tokenize: Callable[[str], list[str]]) -> ActorIndex:
    """The index of ``base`` for ``lang``, built once and shared by every pipeline of that language."""
    key = (id(base), lang)
    with _indices_lock:
        cached = _indices.get(key)
        if cached is not None and cached[0] is base:
            return cached[1]
    index = build_index(base, lang, tokenize)
    with _indices_lock:
        if len(_indices) >= 32:
            _indices.clear()
        _indices[key] = (base, index)
    log.info("actor index for %s: %d names, %d forms", lang, index.names, len(index.forms))
    return index


class ActorMatcher:
    def __init__(self, nlp: Language, lang: str, base: Any, spans: bool = True) -> None:
        self.lang = lang
        # Whether to write doc.spans too (a batch enricher reading only the kept offsets skips the Span objects).
        self.spans = spans
        self._tokenizer = nlp.tokenizer
        self._vocab = nlp.vocab
        # A base, or a loader called on first use (so a pipeline whose base is replaced never loads the shipped one).
        self._base: Iterable[Actor] | None = None if callable(base) and not hasattr(base, "__iter__") else base
        self._loader: Callable[[], Iterable[Actor]] | None = base if self._base is None else None
        self._index: ActorIndex | None = None
        self._words: dict[str, _Looked] = {}
        self._by_orth: dict[int, _State] = {}  # walks, from the orth of their first token
        self._states = 0
        self._labels: dict[str, int] = {}  # actor id -> its hash in the vocabulary's StringStore
        self._first_name_kinds: dict[tuple[int, str], int] = {}  # see _first_name_kind
        self._surname_keys: dict[int, str] = {}  # orth -> name_key
        self._born: dict[str, int] | None = None  # person id -> year of birth, from the base on first use
        self._countries: dict[str, str] | None = None  # place id -> the country it lies in, likewise
        # A lexeme flag "may start a name", set once per word as the vocabulary meets it: finding the
        # candidate tokens of a Doc is then one array read in C, not a Python loop over tokens.
        self._flag: int = nlp.vocab.add_flag(self._may_start)
        self._column = register_flag(nlp.vocab, self._flag)

    def set_base(self, base: Iterable[Actor]) -> None:
        """Replace the knowledge base (custom actors arrived); the index is rebuilt on the next Doc."""
        self._base, self._loader = base, None
        self._index = None
        self._words = {}
        self._by_orth = {}
        self._first_name_kinds = {}
        self._born = None
        self._countries = None

    @property
    def index(self) -> ActorIndex:
        if self._index is None:
            if self._base is None:
                assert self._loader is not None
                self._base = self._loader()
            index = index_for(self._base, self.lang, self._tokenize)
            self._words, self._by_orth, self._states = {}, {}, 0
            self._index = index
            for lexeme in self._vocab:  # words met before this index existed
                lexeme.set_flag(self._flag, self._may_start(lexeme.orth_))
        return self._index

    @property
    def born(self) -> dict[str, int]:
        """Person id -> year of birth, for those the base gives one."""
        if self._born is None:
            self._read_facts()
        assert self._born is not None
        return self._born

    @property
    def countries(self) -> dict[str, str]:
        """Place id -> the id of the country it lies in, for those the base gives one."""
        if self._countries is None:
            self._read_facts()
        assert self._countries is not None
        return self._countries

    def _read_facts(self) -> None:
        """The years of birth and the countries of places, read from the base (loaded first) in one pass."""
        self.index  # noqa: B018  # loads the base
        self._born, self._countries = {}, {}
        for actor in self._base or ():
            if actor.born is not None:
                self._born[actor.id] = actor.born
            if actor.country is not None:
                self._countries[actor.id] = actor.country

    def _tokenize(self, text: str) -> list[str]:
        return [token.text for token in self._tokenizer(text)]

    def _may_start(self, text: str) -> bool:
        if self._index is None:
            return False
        looked = self._looked(text)
        return bool(looked[1] or looked[2])

    def _looked(self, text: str) -> _Looked:
        found = self._words.get(text)
        if found is None:
            if len(self._words) >= 500_000:
                self._words.clear()
            found = self._words[text] = self._lookup(text)
        return found

    def _name_words(self, text: str) -> tuple[str, ...]:
        """The name words (trie keys) a token with this text may be; empty for almost every token."""
        forms = self.index.forms
        key = norm(text)
        keys = [key]
        bare = strip_elision(key, self.lang)
        if bare:
            keys.append(bare)
        initials = _GLUED_INITIALS.match(key)
        if initials:  # "С.В.Лавров:" in a transcript, the initials glued to the surname
            keys.append(key[initials.end():])
        if "\uac00" <= key[-1:] <= "\ud7a3":
            if self.lang != "ko":  # Korean quoted in another language
                keys.extend(korean_stems(key))
            keys.extend(korean_title_stems(key))  # a title glued on: "김정은동지께서"
            keys.extend(korean_prefix_stems(key))  # a scornful word glued before: "괴뢰한국"
            keys.extend(stem for stem, _, _ in korean_compounds(key))  # "북한군", "러시아제"
            keys.extend(korean_glued_stems(key))  # "로씨야군대와", the North's spelling with a noun glued on
        if self.lang not in NO_NAME_LEMMAS:
            for lemma, pos in analyse(text, self.lang):
                if pos not in ("verb", "other"):
                    keys.append(LEMMA + norm(lemma))
        # In the order of the keys, the token's own form first ("보스토치니항", the port, before the stem "보스토치니"
        # that the compound's 항 leaves), each key's words sorted: a set's order changes with the hash seed, and
        # with it which of two names of one token _resolve keeps.
        found: dict[str, None] = {}
        for item in keys:
            for word in sorted(forms.get(item, ())):
                found.setdefault(word)
        return tuple(found)

    def _lookup(self, text: str) -> _Looked:
        words = self._name_words(text)
        compound = self.lang in COMPOUNDING and "-" in text[1:-1]
        if not words and not compound:
            return _NOTHING  # almost every word
        index = self.index
        first = [
            index.root[w] for w in words
            if w in index.root and any(_case_ok(text, caps, self.lang) for caps in index.first_caps[w])
        ]
        # One-word names are settled here, once per word; only longer names are walked per Doc.
        singles = tuple(entry for node in first for entry in node.get(END, ()) if self._cased([text], entry))
        longer = tuple(node for node in first if len(node) > (END in node))
        if text.islower():
            # A longer name may open in lower case if all of it is ("kim dzong un"): _cased settles where it ends.
            longer = tuple(node for w in words if (node := index.root.get(w)) is not None and len(node) > (END in node))
        if compound:
            if not singles:
                # A compound that is no name itself (Österreich-Ungarn is one) may open with names.
                singles = self._compound_names(text)
            elif any(entry.kind == "state" for entry in singles):
                # A state body's compound name names its state too: "US-Verteidigungsministerium", as "Ministry
                # of Defence of Russia" names Russia.
                singles += tuple(entry for entry in self._compound_names(text)
                                 if entry.kind == "country" and entry not in singles)
        return (words, longer, singles) if words or singles else _NOTHING

    def _compound_names(self, text: str) -> tuple[Entry, ...]:
        """The names that make up the leading parts of a hyphenated noun compound, which German keeps as
        one token: "US-Präsident", "Nordkorea-Politik", "Kim-Jong-Un-Regime" (the name said outright, as
        "the U.S. president" says it in English), "US-geführte" (as "U.S.-led"). A compound ending in an adjective
        of origin is that adjective ("US-amerikanisch", "russisch-koreanisch") and names no actor. A weak name
        ("Wagner-Gründer") stays weak: it counts where the article names its actor by a strong name too."""
        parts = text.split("-")
        if not all(parts) or (not parts[-1][:1].isupper() and _ORIGIN_ADJECTIVE.search(parts[-1])):
            return ()
        root, last = self.index.root, len(parts) - 1
        found: list[tuple[int, int, Entry]] = []
        for start in range(last):
            nodes = [root[w] for w in self._name_words(parts[start]) if w in root]
            end = start + 1
            while nodes:
                for node in nodes:
                    for entry in node.get(END, ()):
                        if self._cased(parts[start:end], entry):
                            found.append((start, end, entry))
                # The head noun ends the compound: only a name that starts before it takes it in ("Iran-Air").
                if end == len(parts):
                    break
                words = self._name_words(parts[end])
                nodes = [child for node in nodes for w in words if (child := node.get(w)) is not None]
                end += 1
        # A name inside a longer one is that one's part: "Iran-Air-Maschine" names the airline, not Iran.
        kept: list[Entry] = []
        for start, end, entry in found:
            if entry not in kept and not any(s <= start and end <= e and e - s > end - start for s, e, _ in found):
                kept.append(entry)
        return tuple(kept)

    def __call__(self, doc: Doc) -> Doc:
        if self._index is None:
            self.index  # noqa: B018  (a new base arrived: building its index refreshes the flags)
            forget_table(doc)
        table = token_table(doc) if len(doc) else None
        starts = np.flatnonzero(table[:, self._column]).tolist() if table is not None else []
        spans: list[Span] = []
        hits: list[tuple[str, int]] = []
        mentions: list[tuple[str, int, int]] = []
        if starts:
            # Whole columns as lists, each read once: indexing the array with a list of positions costs about as
            # much per call as reading a column, and the walk, the checks and the offsets all need them.
            orths = table[:, ORTH_COLUMN].tolist()  # type: ignore[index]
            candidates = self._walk(doc, orths, starts)
            if candidates:
                strings = doc.vocab.strings
                labels = self._labels
                # Labels as hashes: a Span looks a string label up in the StringStore every time.
                if self.spans:
                    spans = [
                        Span(doc, start, end, label=labels.get(entry.actor) or self._label(entry.actor, strings))
                        for start, end, entry in candidates
                    ]
                hits = [(entry.actor, start) for start, _, entry in candidates]
                idxs = table[:, IDX_COLUMN].tolist()  # type: ignore[index]
                mentions = [
                    (entry.actor, idxs[start], idxs[end - 1] + len(strings[orths[end - 1]]))
                    for start, end, entry in candidates
                ]
        if self.spans:
            doc.spans[SPANS_KEY] = spans
        doc.user_data[HITS_KEY] = hits
        doc.user_data[MENTIONS_KEY] = mentions
        return doc

    def _label(self, actor: str, strings: Any) -> int:
        label: int = strings.add(actor)
        self._labels[actor] = label
        return label

    def _walk(self, doc: Doc, orths: list[int], starts: list[int]) -> list[Candidate]:
        found: list[Candidate] = []
        n = len(orths)
        strings = doc.vocab.strings
        if self._states >= 500_000:
            self._by_orth, self._states = {}, 0
        roots = self._by_orth
        for i in starts:
            orth = orths[i]
            state = roots.get(orth)
            if state is None:
                text = strings[orth]
                _, longer, singles = self._looked(text)
                state = roots[orth] = _State(singles, longer, (text,))
                self._states += 1
            ends = [(i + 1, state.found)] if state.found else []
            j = i + 1
            while state.nodes and j < n:
                following = state.children.get(orths[j])
                if following is None:
                    following = state.children[orths[j]] = self._advance(state, strings[orths[j]])
                state = following
                j += 1
                if state.found:
                    ends.append((j, state.found))
            # Longest first, names of the same length in index order: the order _resolve keeps by.
            for end, entries in reversed(ends):
                for entry in entries:
                    found.append((i, end, entry))
        if not found:
            return found
        return self._resolve(doc, found, orths)

    def _advance(self, state: _State, text: str) -> _State:
        """The state after ``state`` reads one more token."""
        self._states += 1
        words = self._looked(text)[0]
        nodes = tuple(child for node in state.nodes for w in words if (child := node.get(w)) is not None)
        texts = (*state.texts, text)
        ends = tuple(entry for node in nodes for entry in node.get(END, ()) if self._cased(texts, entry))
        return _State(ends, nodes, texts)

    def _cased(self, texts: Sequence[str], entry: Entry) -> bool:
        if entry.kind == "person" and len(texts) > 1 and all(text.islower() for text in texts):
            return True  # a person's whole name written in lower case on purpose: "„kim dzong un wreszcie dostanie”"
        for text, caps in zip(texts, entry.caps, strict=False):
            if caps and not _case_ok(text, caps, self.lang):
                return False
        return True

    def _resolve(self, doc: Doc, found: list[Candidate], orths: list[int]) -> list[Candidate]:
        strong = {entry.actor for _, _, entry in found if not entry.weak}
        # A person named with an initial of their own ("J. Kirby", "John F. Kirby") is named in full.
        strong |= {c[2].actor for c in found if c[2].weak and c[2].actor not in strong and self._initialled(doc, c)}
        # Checks that only one script's languages need are asked there alone: most candidates pass them all.
        korean, cjk = self.lang == "ko", self.lang in CJK
        opened = self._korean_topics(doc, found, strong) if korean else set()
        # Words read from the StringStore by their orths, not through Token objects, which cost three times as much.
        strings = doc.vocab.strings
        # ``found`` comes by start, the longest name first at each start.
        kept = [c for c in found if (not c[2].weak or (c[2].actor in strong and not self._north_name(doc, c))
                                     or c[0] in opened or self._weak_ok(doc, c)
                                     or self._coordinated(doc, c, found) or self._titled(doc, c)
                                     or self._in_office(doc, c) or self._northern(doc, c)
                                     or self._speaker_label(doc, c, found))
                and not (korean and (self._byline(doc, c) or self._mountain(doc, c) or self._quotative(doc, c)
                                     or self._one_syllable(doc, c)))
                and not (cjk and self._cjk_derived(doc, c))
                # almost every name is capitalised, and only a lower-case one may be a web address's
                and not (strings[orths[c[0]]].islower() and _in_domain(doc, c[0]))
                and (c[2].kind != "place" or not (
                    self._river(strings, orths, c)
                    or (orths[c[0]] == _WASHINGTON_ORTH and _washington_state(doc, c[0]))))
                and (c[2].kind != "person" or not (
                    self._surname_only(strings, orths, c) or self._private_person(orths, c)))]
        kept = self._namesakes_by_trade(doc, kept)
        if self.lang in _LOWER_CASE_NOUNS:
            kept = _without_common_openers(doc, kept, orths)
        out: list[Candidate] = []
        end = inner_end = -1
        outer: Entry | None = None
        # A city placed in a US state ("Moscow, Idaho") is its namesake; so is another mention of it in the
        # article in a sentence naming the state ("Moscow, a town in the Idaho Panhandle"), not one without
        # ("a friendship agreement with Moscow").
        # Most Docs name no US state and have no quote or café before a place's name: orths tell at once.
        stops = {stop for _, stop, _ in kept}
        namesakes = {entry.actor for _, stop, entry in kept
                     if entry.kind in ("place", "country") and _STATE_ORTHS.intersection(orths[stop:stop + 8])
                     and _elsewhere(doc, stop, entry.kind)}
        if self.lang == "en" and _GEORGIA_ORTH in orths:
            # Georgia is also a US state: "Athens, Georgia" is its namesake (Tbilisi, Georgia is not), and so is
            # Georgia itself after such a city or in a sentence naming another US state or Atlanta.
            namesakes |= {entry.actor for _, stop, entry in kept
                          if entry.kind == "place" and entry.actor != _TBILISI
                          and orths[stop:stop + 2] == [_COMMA_ORTH, _GEORGIA_ORTH]}
        if self.lang == "ko":
            namesakes |= {entry.actor for start, _, entry in kept
                          if entry.kind == "place" and _korean_state_before(doc, start)}
        # So is a town of that name in a sentence naming a US state ("A congressman from Idaho, whose district
        # includes the college town of Moscow", "a small Idaho town called Moscow", "w miasteczku Moskwa w
        # amerykańskim stanie Idaho", "아이다호주의 소도시 모스크바").
        namesakes |= {entry.actor for start, stop, entry in kept
                      if entry.kind == "place" and _after_town_word(orths, start)
                      and _state_in_sentence(doc, start, stop)}
        # ... and a place with a body of local government or a campus after it, in a sentence naming a US state or
        # after one ("The Moscow City Council voted ... in north Idaho"; "A University of Idaho professor ... Working
        # from a lab on the Moscow campus").
        if self.lang == "en":
            namesakes |= {entry.actor for start, stop, entry in kept
                          if entry.kind == "place" and _local_body_after(doc, stop) and _state_near(doc, start)}
        # ... and a place with a small town's word in apposition in such a sentence: "the team from Russia, a
        # village of 650 people in western Ohio".
        namesakes |= {entry.actor for start, stop, entry in kept
                      if entry.kind in ("place", "country") and _town_in_apposition(orths, stop)
                      and _state_in_sentence(doc, start, stop)}
        # ... and a place "in" which a body named after a US state is: "Researchers at the University of Idaho in
        # Moscow" (not "a delegation from Idaho in Moscow").
        namesakes |= {entry.actor for start, _, entry in kept
                      if entry.kind == "place" and start > 2 and orths[start - 1] in _IN_ORTHS
                      and orths[start - 2] in _STATE_ORTHS and orths[start - 3] == _OF}
        if namesakes:
            # A capital's namesake in an article that never names the capital's country, nor another place in it:
            # every mention is the namesake ("Moscow, a town of 26,000" in a piece about Moscow, Idaho that never
            # names Russia), but in a sentence naming a person of the base ("a photo claims to show Kim Yo Jong
            # arriving in Moscow"). A train "after leaving Moscow" that reaches Vladivostok left the capital.
            named = {entry.actor for _, _, entry in kept}
            lies_in = self.countries
            named |= {lies_in[actor] for actor in named if actor in lies_in and actor not in namesakes}
            countries = capital_countries()
            whole = {actor for actor in namesakes if actor in countries and countries[actor] not in named}
            # A capital's namesake placed in its state at the article's head ("MOSCOW, Idaho —"): in a sentence
            # of the town's life that names neither the capital's country nor another capital, a mention is the
            # town's too ("Her visit to Moscow was organized by the university's Martin Institute", "a doctoral
            # student who came to Moscow in 2021"), though the article names Russia elsewhere.
            datelined = {entry.actor for start, stop, entry in kept
                         if entry.actor in namesakes and entry.actor in countries and entry.actor not in whole
                         and _dateline(doc, start, stop) and _sentence_number(doc, start) <= 2
                         and _elsewhere(doc, stop, entry.kind)}
        else:
            countries = {}
            whole = datelined = set()
        # A city's name right after a first name is a surname ("minister Anna Moskwa", "nadinspektora Tomasza
        # Moskwę"); in such an article its mentions with no preposition of place before them are that person's
        # too ("Moskwa zapowiedział"), not "w Moskwie" or "do Moskwy".
        # An inflected form the person was not introduced in, with neither a preposition nor an office before it,
        # is still the city's: the person's case is read off the title ("posłowi Moskwie"), the city's off the
        # verb ("Pjongjang zaprzecza, by sprzedawał broń Moskwie", in an article about MP Krzysztof Moskwa).
        introduced: dict[str, set[str]] = {}
        if self.lang in _PLACE_PREPOSITIONS:
            for start, stop, entry in kept:
                if entry.kind == "place" and stop - start == 1 and start > 0 and start not in stops \
                        and given_name(doc[start - 1].text, self.lang):
                    introduced.setdefault(entry.actor, set()).add(doc[start].text.casefold())
        surnames = set(introduced)
        # Still, the capital joined to a foreign place is itself: "played Moscow and Beijing against each other".
        abroad = [c for c in kept if c[2].actor not in namesakes] if namesakes else []
        # The sentences where a namesake is placed in its state: "MOSCOW, Idaho – ... the wall of his living room in
        # Moscow" is that town in the whole sentence, however far the state stands.
        placed = {(entry.actor, doc[start].sent.start) for start, stop, entry in kept
                  if entry.actor in namesakes and _elsewhere(doc, stop, entry.kind)} if namesakes else set()
        for candidate in kept:
            start, stop, entry = candidate
            if out and (start, stop) == out[-1][:2] and entry.actor != out[-1][2].actor and not entry.weak:
                out.append(candidate)  # one token naming two actors: Russland-Nordkorea-Vertrag
                continue
            if start >= end:
                if entry.actor in surnames and stop - start == 1 and (
                        start == 0 or doc[start - 1].text.casefold() not in _PLACE_PREPOSITIONS[self.lang]) and (
                        doc[start].text.casefold() in introduced[entry.actor]
                        or doc[start].text.casefold() == doc[start].lemma_.casefold()
                        or _office_before(doc, start) or doc[start - 1].text.casefold() in _ADDRESS_WORDS
                        or (may_be_given_name(doc[start - 1].text, self.lang) and not doc[start - 1].is_sent_start)):
                    continue
                alone = ((entry.actor in whole
                          or (entry.actor in datelined and _town_life_in_sentence(doc, start)
                              and not _actor_in_sentence(doc, start, countries[entry.actor], kept)
                              and not _capital_in_sentence(doc, start, abroad)))
                         and not self._coordinated(doc, candidate, abroad)
                         and not _person_in_sentence(doc, start, kept))
                if entry.actor in namesakes and (alone or _elsewhere(doc, stop, entry.kind)
                                                 or ((_state_in_sentence(doc, start, stop)
                                                      or (entry.actor, doc[start].sent.start) in placed)
                                                     and not self._coordinated(doc, candidate, abroad)
                                                     # (not quoted beside a foreign capital: "“Moscow needs
                                                     # friends and Pyongyang a patron,” said a scholar in
                                                     # Moscow, Idaho")
                                                     and not (_quoted(doc, start)
                                                              and _capital_in_sentence(doc, start, abroad)))
                                                 or _called_town(orths, start) or _town_in_apposition(orths, stop)
                                                 or _small_city_in_apposition(doc, stop)
                                                 or _after_small_town_word(doc, start)
                                                 or _local_body_after(doc, stop) or _local_body_before(doc, start)
                                                 or (_after_word(doc, start, _OUR_WORDS)
                                                     and not _person_in_sentence(doc, start, kept))
                                                 or (_quoted(doc, start)
                                                     and not _person_in_sentence(doc, start, kept, before=1)
                                                     and (entry.actor in whole
                                                          or not _capital_in_sentence(doc, start, abroad)))
                                                 or orths[stop:stop + 2] == [_COMMA_ORTH, _GEORGIA_ORTH]
                                                 or _joined_to_a_neighbour(doc, start, stop, kept)) \
                        and not self._placed_in_own_country(orths, stop, entry.actor, kept) \
                        and not _after_word(doc, start, _REAL_WORDS) \
                        and not (_after_word(doc, start, _OTHER_WORDS) and not _state_in_sentence(doc, start, stop)
                                 and not _town_in_apposition(orths, stop)):
                    continue
                if entry.actor == _GEORGIA and self.lang == "en" and _us_georgia(doc, start, stop, kept, namesakes):
                    continue
                if entry.kind == "person" and start > 0 and strings[orths[start - 1]].casefold() in _STREET_WORDS:
                    # a street named after a person, or a namesake: "на вулиці Бориса Джонсона", "ulica Lecha
                    # Kaczyńskiego", "провулок Лаврова"
                    continue
                if entry.kind == "person" and stop < len(orths) and orths[stop] in _PLACES_AFTER_ORTHS:
                    continue  # a building or a body named after a person: "the lobby of Trump Tower", "Trump Media"
                if entry.kind == "place" and start > 0 and (
                        orths[start - 1] in _VILLAGE_ORTHS
                        or (start > 1 and orths[start - 1] == _OF and orths[start - 2] in _VILLAGE_ORTHS)):
                    continue  # "the village of Paris", "село Париж", "die Kleinstadt Nassau": a capital is none
                if (entry.kind in ("place", "country") and start > 0 and orths[start - 1] in _BEFORE_NAMED_ORTHS
                        and self._named_after(doc, start, stop, entry.kind)):
                    continue
                if entry.kind == "place" and _ship_named(doc, start, stop):
                    continue  # "the cargo ship Vladivostok Star"
                out.append(candidate)
                end, inner_end, outer = stop, start, entry
            elif outer is not None and outer.kind == "state" and entry.kind == "country" and start >= inner_end:
                # A state named inside the name of one of its bodies is still named: "Ministry of Defence of
                # Russia", "Министерство обороны России" mention Russia as well as the ministry (not so a
                # company's or a party's name: "Iran Air", "Komunistyczna Partia Chin").
                out.append(candidate)
                inner_end = stop
        found = [c for c in self._other_bearers(doc, out, orths) if c[2].actor != NOT_A_NAME]
        return self._without_namesakes(doc, found, orths) if self.lang != "ko" else found

    def _without_namesakes(self, doc: Doc, found: list[Candidate], orths: list[int]) -> list[Candidate]:
        """A person's full name with an age beside it and no office is a namesake ("goalkeeper Sergei Lavrov, a
        31-year-old from Daugavpils", "назначен 47-летний Сергей Лавров", "Władimir Putin ma 64 lata"): the
        press gives the age of private persons, not of a minister it names. So is a full name right after a
        private person's trade or a word of naming ("the double bassist John Kirby", "emeryt ... nazywa się
        Władimir Putin"). If no earlier mention put the person in office, the namesake is whom the article is
        about, and the bare surname without an office before it is theirs too ("Lavrov said he stopped finding
        the jokes funny"). The person in office stays himself ("С министром Лавровым", "Prezydent Władimir
        Putin"), and so does his full name said again: an article about a namesake often names the person too
        ("minister spraw zagranicznych Rosji Siergiej Ławrow nazwał")."""
        marked: set[int] = set()
        # The text is scanned for ages only where a full name may be a namesake's.
        if any(entry.kind == "person" and stop - start > 1 for start, stop, entry in found):
            text = doc_text(doc)
            ages = _AGE_ANYWHERE.search(text) is not None  # almost every article: no age in it
            described = ages or any(word in text for word in _WORDED_AGES)  # as _has_age, the digits scanned once
            marked = {i for i, (start, stop, entry) in enumerate(found)
                      if entry.kind == "person" and stop - start > 1
                      and ((start > 0 and self._private_station(doc, start))
                           # a comma after the name, by orth, before a Token object is made for it
                           or (stop < len(orths) and orths[stop] == _COMMA_ORTH and self._trade_after(doc, stop))
                           or (ages and self._namesake_age(doc, text, start, stop, entry.actor))
                           or (described and self._described_after(doc, found, stop, entry.actor)
                               and not self._real_near(doc, start, stop)))}
        # a surname alone given as someone's or something's name: "mieszaniec o imieniu Putin", "кот по кличке
        # Путин", "a mongrel named Putin"
        marked |= {i for i, (start, stop, entry) in enumerate(found)
                   if entry.kind == "person" and stop - start == 1 and start > 0 and not doc[start].is_sent_start
                   and self._named_by_word(doc, start, alone=True)}
        if not marked:
            return found
        drop = set(marked)
        for actor in {found[i][2].actor for i in marked}:
            first = min(found[i][0] for i in marked if found[i][2].actor == actor)
            # a source of words ("according to Kirby") places nobody: any namesake may be one
            placed = {i for i, (start, _, entry) in enumerate(found) if entry.actor == actor and (
                _office_before(doc, start) or self._in_office(doc, found[i], sources=False))}
            if any(found[i][0] < first and _office_before(doc, found[i][0]) for i in placed):
                continue
            drop |= {i for i, (start, stop, entry) in enumerate(found)
                     if entry.actor == actor and i not in placed and stop - start == 1}
            if not placed:
                # No mention puts the person in office: the full name said again is the namesake's too, unless an
                # office, a leader's word or a relation stands near it in its sentence ("Kim Dzong Un, przywódca
                # KRLD", "siostra Kim Dzong Una, Kim Jo Dzong", "sekretarzem rosyjskiej Rady Bezpieczeństwa
                # Siergiejem Szojgu").
                drop |= {i for i, (start, stop, entry) in enumerate(found)
                         if entry.actor == actor and stop - start > 1 and not self._real_near(doc, start, stop)}
        return [c for i, c in enumerate(found) if i not in drop]

    def _namesake_age(self, doc: Doc, text: str, start: int, stop: int, actor: str) -> bool:
        """Whether an age stands beside the name at ``start:stop`` (``_stated_age``) that is not the person's own in
        the article's year: the press prints the ages of leaders too ("the 79-year-old Donald Trump", "72-letni
        Władimir Putin"), and a namesake is seldom as old as the person."""
        end = doc[stop - 1].idx + len(doc[stop - 1].text)
        age = _stated_age(text, doc[start].idx, end)
        if age is None:
            return False
        born = self.born.get(actor)
        if born is None or _PLACE_AFTER_AGE.match(text, end) is not None:
            return True  # no year to fit, or a court report's "John Kirby, 58, of Poolstock": a private person
        year = doc.user_data.get(YEAR_KEY)
        low, high = _AGE_SLACK if year else _AGE_SLACK_UNDATED
        return not low <= (year or datetime.now(UTC).year) - born - age <= high

    def _described_after(self, doc: Doc, found: list[Candidate], stop: int, actor: str) -> bool:
        """Whether one of the two sentences after a full name describes its bearer by age and a private trade
        (``_age_and_trade``), no other person named between: "Władimir Putin jechał 132 km/h. ... 58-letni kierowca
        ciężarówki", "John Kirby ... The 44-year-old maritime analyst" (not "The 71-year-old Russian president").
        The caller keeps a name with an office or a relation near it: the description may be of the relative
        ("Kim Jong Un seine Tochter Kim Ju Ae ... Die etwa 13-Jährige")."""
        end = doc[stop - 1].sent.end
        text = doc_text(doc)
        for _ in range(2):
            if end >= len(doc):
                return False
            following = doc[end].sent.end
            # another person named before the age in that sentence is whom it describes: "„… nie dla Kim Dzong
            # Una” – mówi 68-letni spawacz", two sentences after "administracja Donalda Trumpa"
            sentence_end = doc[following - 1].idx + len(doc[following - 1].text)
            age = _AGE_ANYWHERE.search(text, doc[end].idx, sentence_end)
            before = age.start() if age is not None else sentence_end
            if any(stop <= start < following and doc[start].idx < before and entry.kind == "person"
                   and entry.actor != actor for start, _, entry in found):
                return False
            if self._age_and_trade(doc, end):
                return True
            if any(start < following and stop <= start and entry.kind == "person" and entry.actor != actor
                   for start, _, entry in found):
                return False
            end = following
        return False

    def _age_and_trade(self, doc: Doc, first: int) -> bool:
        """Whether the sentence at token ``first`` describes a person by age and a private trade within a few words
        of it, no office among them, at its opening or at the opening of a clause ("Jak poinformowała policja,
        58-letni kierowca", "Urodzony w Jarosławiu 29-letni napastnik", "», — розповів 67-річний пенсіонер"). An
        age of 25 or less needs no trade ("Der 16-Jährige aus Bielefeld"): no person of the base is so young."""
        text, sentence_end = doc_text(doc), doc[first].sent.end
        end_char = doc[sentence_end - 1].idx + len(doc[sentence_end - 1].text)
        if not _has_age(text, doc[first].idx, end_char):
            return False  # almost every sentence
        openings = list(range(first, min(first + 3, sentence_end)))
        openings += [position + 1 for position in range(first, sentence_end - 1)
                     if doc[position].text in _CLAUSE_MARKS and position + 1 > openings[-1]]
        for start in openings:
            if doc[start].text.casefold() in _INDEFINITE or (
                    start > first and doc[start - 1].text.casefold() in _INDEFINITE):
                continue
            if start > first + 2 and _picked_from_a_group(doc, first, start - 1):
                continue  # "Najstarszy z gości, 96-letni były mechanik": one of a group, not the name's bearer
            age = _AGE_OPENING.match(text, doc[start].idx)
            if age is None:
                continue
            position = start
            while position < sentence_end and doc[position].idx < age.end():
                position += 1
            years = _YEARS.search(age.group())
            young = years is not None and int(years.group()) <= _YOUNGEST
            # A description followed by a name is of the one it names: "said one of them, 24-year-old student
            # Park Ji-woo" (German writes every noun with a capital, so there only a name after a trade counts).
            named = False
            for token in doc[start:min(position + _DESCRIPTION_WORDS, sentence_end)]:
                if self._real_word(token.text):
                    return False
                if self._trade(token.text):
                    named = _name_after(doc, token.i, sentence_end)
                    if not named:
                        return True
                    break
            if named or (self.lang not in COMPOUNDING and _name_after(doc, position - 1, sentence_end)):
                continue
            if young:
                return True
        return False

    def _real_near(self, doc: Doc, start: int, stop: int) -> bool:
        """Whether an office, a leader's word or a relation stands within a few words of a name, in its sentence."""
        first, last = max(0, start - _REAL_NEAR), min(len(doc), stop + _REAL_NEAR)
        for position in range(start - 1, first - 1, -1):
            if self._real_word(doc[position].text):
                return True
            if doc[position].is_sent_start:
                break
        for position in range(stop, last):
            if doc[position].is_sent_start:
                break
            if self._real_word(doc[position].text):
                return True
        return False

    def _real_word(self, word: str) -> bool:
        key = (self.lang, word)
        real = _REAL_CACHE.get(key)
        if real is None:
            if len(_REAL_CACHE) >= 500_000:
                _REAL_CACHE.clear()
            real = _REAL_CACHE[key] = self._one_of(word, _REAL_WORDS_NEAR)
        return real

    def _trade(self, word: str) -> bool:
        key = (self.lang, word)
        trade = _STATIONS.get(key)
        if trade is None:
            trades = _PRIVATE_TRADES.get(self.lang, frozenset())
            if len(_STATIONS) >= 500_000:
                _STATIONS.clear()
            # Inflected languages by lemma ("kontrabasisty", "вратарю"), but not a plural's case, which stands
            # apart from the name ("з журналістами Дональд Трамп", "dziennikarzom"); elsewhere the word itself,
            # which keeps a plural out ("tells Idaho students Kim Jong Un ...").
            plural = word.casefold().endswith(_PLURAL_CASES.get(self.lang, ()))
            trade = _STATIONS[key] = not plural and self._one_of(word, trades)
        return trade

    def _trade_after(self, doc: Doc, stop: int) -> bool:
        """Whether a private person's trade stands in apposition right after a full name, within three words of the
        comma and before any office: "Kim Jong-eun, libero reprezentacji", "John Kirby, a retired pharmacist"."""
        if stop + 1 >= len(doc) or doc[stop].text != ",":
            return False
        # Only an article or a word of standing before the trade: "written by a journalist", "показавший
        # журналистам" are clauses, not appositions; so is a German relative pronoun before its object's article
        # ("Kim Jong Un, der die Musiker anschließend empfing").
        articles = 0
        for position in range(stop + 1, min(stop + 4, len(doc))):
            text = doc[position].text
            if self._trade(text):
                return True
            folded = text.casefold()
            articles += folded in _ARTICLES
            if doc[position].is_sent_start or articles > 1 or not (folded in _BEFORE_TRADE or self._nationality(text)):
                return False
        return False

    def _nationality(self, word: str) -> bool:
        """A word of nationality before a trade: "amerykańskiemu kontrabasiście", "an American bassist"."""
        if self.lang in _NAME_ANALYSERS:
            found = analyse(word, self.lang) if word.islower() else ()
            return bool(found) and all(pos == "adj" for _, pos in found) and found[0][0].endswith(_NATIONAL_ENDINGS)
        return self.lang == "en" and word[:1].isupper() and word.endswith(("an", "ish", "ese", "ani"))

    def _private_station(self, doc: Doc, start: int) -> bool:
        """Whether the words before a full name give a private person's trade ("goalkeeper", "kontrabasisty",
        "пенсионер") or name them ("nazywa się", "зовут", "namens", "s'appelle", "a pensioner named")."""
        if doc[start].is_sent_start:
            return False
        # The trade may stand before the name of a club or a band, or where the person is from: "Вратарь «Зенита-2»
        # Сергей Лавров", "Півзахисник полтавської «Ворскли» Максим", "golfistka z Korei Południowej Kim Yo-jong".
        for position in range(start - 1, max(start - 1 - _CLUB_WORDS, -1), -1):
            token = doc[position]  # one Token object per word: making it costs more than the tests below
            text = token.text
            if self._trade(text):
                return True
            folded = text.casefold()
            if token.is_sent_start or folded in _OFFICES or not (
                    text in _QUOTES or text[:1].isupper() or text.isdigit() or text == "-" or folded in _FROM
                    or (self.lang in _NAME_ANALYSERS and any(pos == "adj" for _, pos in analyse(text, self.lang)))):
                break
        return self._named_by_word(doc, start)

    def _named_by_word(self, doc: Doc, start: int, alone: bool = False) -> bool:
        """Whether a word of naming stands right before the name ("nazywa się", "зовут", "a mongrel named", "o
        imieniu", "по кличке"); before a surname ``alone``, only a word that cannot also be a verb of calling
        someone ("Macron appelle Trump" phones him)."""
        naming = (_NAMING_ALONE if alone else _NAMING).get(self.lang)
        if naming is None or start == 0 or doc[start - 1].text.casefold() not in _NAMING_LAST:
            return False  # almost every name: read one word, not four
        before = tuple(doc[i].text.casefold() for i in range(max(0, start - 4), start))
        if self.lang == "en":
            # "a man named", "a local councillor named"; not "Biden named John Kirby" (appointed him)
            return before[-1:] == ("named",) and any(w in ("a", "an") for w in before[:-1])
        return before[-1:] in naming or before[-2:] in naming or (
            self.lang == "pl" and before[-1:] == ("się",) and len(before) > 1 and before[-2].startswith("nazyw"))

    @staticmethod
    def _placed_in_own_country(orths: list[int], stop: int, actor: str, kept: list[Candidate]) -> bool:
        """ "Moscow in Russia", "Moscow, Russia": the capital placed in its own country, beside its namesake
        ("inspired by Moscow in Russia or by a town in Pennsylvania")."""
        if stop + 1 >= len(orths) or (orths[stop] not in _IN_ORTHS and orths[stop] != _COMMA_ORTH):
            return False
        country = capital_countries().get(actor)
        return country is not None and any(start == stop + 1 and entry.actor == country for start, _, entry in kept)

    def _named_after(self, doc: Doc, start: int, stop: int, kind: str) -> bool:
        """Whether a place's name names something named after it: a ship, an airline or a restaurant in quotes
        („Moskwa”, «Россия», '평양'), a café or a hotel ("Café Moskau"), a street ("rue de Moscou") or, in
        French, a ship ("le Vladivostok", where a city takes no article; "le porte-hélicoptères Vladivostok", in
        German too)."""
        if kind == "country" and start > 1 and doc[start - 2].text.casefold() in _INSCRIPTIONS:
            return False  # the letters on a crate or a sign: "w tym skrót „КНДР”", "die Aufschrift „DPRK“"
        if start > 0 and doc[start - 1].text in _QUOTES:
            # The quotes close right after the name, after a channel's number («Россия 24», «Росія-1») or after
            # the rest of a hyphenated name (the metro station «Китай-город»); with a mark that closes the one
            # before it: in "“미국이 ‘북러 무기거래’라는 …”" a nested quotation opens after the name.
            closers = _CLOSERS.get(doc[start - 1].text, "")
            for position in range(stop, min(stop + 3, len(doc))):
                text = doc[position].text
                if text in _QUOTES:
                    return text in closers
                if not (text.isdigit() or text == "-" or (text.isalpha() and doc[position - 1].text == "-")):
                    break
        if kind != "place" or start == 0 or not doc[start].text[:1].isupper():
            return False  # "le port de Vostotchny" is the port
        before = doc[start - 1].text
        if before in _ESTABLISHMENTS or before in _CLUBS:
            return True
        if before.casefold() in _BANDS or before.casefold() in _GENRES:
            return True  # "the punk band Moscow", "łódzka grupa punkowa Moskwa", "Punkowa Moskwa wraca na scenę"
        if before in _QUOTES and start >= 2 and doc[start - 2].text in _CLUBS:  # «Спартак» Москва
            return True
        if _under_the_name(doc, start):  # "devait être livré à la Russie sous le nom de Vladivostok"
            return True
        if before in _CALLED:  # "a restaurant called Pyongyang", "a sister ship, to be named Pyongyang"
            for position in range(start - 2, max(-1, start - 7), -1):
                if doc[position].text.casefold() in _VENUES:
                    return True
                if doc[position + 1].is_sent_start or doc[position].text in (".", ";", ":"):
                    break
            return False
        if self.lang in ("fr", "de") and before.casefold() in _VESSELS_BEFORE:
            return True
        if self.lang == "en" and before in ("the", "The"):
            # "the Vladivostok, a roll-on roll-off ship": a city takes no article, a ship in apposition does
            if stop < len(doc) and doc[stop].text == ",":
                for position in range(stop + 1, min(stop + 9, len(doc))):
                    word = doc[position]
                    if word.is_sent_start or word.text in (",", ".", ";", "("):
                        break
                    if word.text.casefold() in _VESSELS:
                        return True
            return False
        if self.lang == "fr":
            if before in ("le", "Le"):
                return True
            if before not in ("de", "d'") or start < 2 or doc[start - 2].text.casefold() not in _FR_STREETS:
                return False
            if start > 2 and doc[start - 3].text.casefold() in _FR_SOME:
                return False  # "alignés sur une place de Pyongyang", "un pont de Vladivostok": the city's own
            if doc[start - 2].text != "gare":
                return True
            # "arrivé en gare de Pyongyang", "a quitté la gare de Vladivostok" are at the city's station; a station
            # in another city is named after this one: "la gare de Iaroslavl, dans la capitale russe", "la gare de
            # Kiev à Moscou" (and so is "la Gare de Lyon")
            after = [token.text for token in doc[stop:stop + 2]]
            return (len(after) == 2 and after[0] == "à" and after[1][:1].isupper()) or after in ([",", "dans"],
                                                                                             [",", "à"])
        return False

    def _other_bearers(self, doc: Doc, found: list[Candidate], orths: list[int]) -> list[Candidate]:
        """Drop a person's bare surname where it is another bearer's.

        A surname right after a first name that is not the person's own ("Melania Trump" unless listed,
        "Lt. Megan Kirby", "Людмила Путина") names someone else; and once another bearer of the surname is in
        the article (there, or by a longer name the base lists), its bare mentions are theirs too, unless the
        person is named in full (before that bearer: the one named first is whom the article is about) or a known
        word (a title, a verb) stands before it.
        """
        if self.lang in NO_NAME_LEMMAS or not any(e.kind not in ("place", "country") and t - s == 1
                                                   for s, t, e in found):
            return found
        first_names = self.index.first_names
        key_of = self._surname_key
        # Where each person is first named in full.
        full: dict[str, int] = {}
        for s, t, e in found:
            if e.kind == "person" and t - s > 1:
                full.setdefault(e.actor, s)
        # Surname keys of longer person names in the article, with who bears them and where first.
        bearers: dict[tuple[str, str], int] = {}
        for s, t, e in found:
            if e.kind == "person" and t - s > 1:
                bearers.setdefault((key_of(orths[t - 1]), e.actor), s)
        others: set[tuple[str, str]] = set()  # (surname key, person) another bearer shares
        first_other: dict[tuple[str, str], int] = {}  # ... where another bearer is first named
        aged: set[tuple[str, str]] = set()  # ... another bearer given an age: the article is about them
        # A name ending right before a surname is no first name of it: "З Кім Чен Ином Путін зустрічався".
        ends = {stop for _, stop, _ in found}
        out: list[Candidate] = []
        # Organisations called by a surname: the surname key of the last person named by it after a first name,
        # until the organisation is named in full again.
        bearer_of: dict[str, str] = {}
        for candidate in found:
            start, stop, entry = candidate
            if entry.kind in ("org", "state") and stop - start > 1:
                bearer_of.pop(entry.actor, None)
            if entry.kind == "person" and stop - start == 1:
                key = key_of(orths[start])
                named = [at for (k, actor), at in bearers.items() if k == key and actor != entry.actor]
                if named:
                    others.add((key, entry.actor))
                    first_other[key, entry.actor] = min(first_other.get((key, entry.actor), len(doc)), *named)
                kind = (self._first_name_kind(orths[start - 1], entry.actor, first_names)
                        if start > 0 and start not in ends else 0)
                if kind and self._own_patronymic(doc, start, entry.actor):
                    kind = 0
                if kind and self._after_other_first_name(doc, start, kind):
                    others.add((key, entry.actor))
                    first_other[key, entry.actor] = min(first_other.get((key, entry.actor), len(doc)), start)
                    if self._introduced(doc, start):
                        # "20-річний півзахисник Максим Лавров", "Napastnik GKS Tychy Kiriłł Ławrow": the article is
                        # about them
                        aged.add((key, entry.actor))
                    continue
                if (kind and not doc[start].is_sent_start and doc[start - 1].text.casefold() not in _OFFICES
                        and self._introduced(doc, start)):
                    # Given an age or a private trade, any capitalised word before the surname is a first name:
                    # "24-letni Ukrainiec Artem Ławrow" (Morfeusz reads "Artem" as a form of "Art"), "Півзахисник
                    # полтавської «Ворскли» Максим Лавров".
                    others.add((key, entry.actor))
                    aged.add((key, entry.actor))
                    continue
            elif (entry.kind in ("org", "state") and stop - start == 1 and start > 0 and not doc[start].is_sent_start
                  and start not in ends and self._first_name_kind(orths[start - 1], entry.actor, first_names) == 1):
                # An organisation called by a surname, after a first name: "Representative Anna Wagner" is no
                # Wagner Group.
                bearer_of[entry.actor] = key_of(orths[start])
                continue
            elif (entry.kind in ("org", "state") and stop - start == 1
                  and bearer_of.get(entry.actor) == key_of(orths[start])
                  and not (stop < len(doc) and doc[stop].lower_ in _MEMBERS_AFTER)):
                # ... nor is the bare surname after such a person, before the organisation is named in full again:
                # "Autorzy raportu, którym kierowała analityczka Anna Wagner ... Wagner podkreśla" is the analyst (not
                # "Wagner fighters").
                continue
            elif (entry.kind in ("org", "state") and stop - start == 1
                  # the bearer first: most articles name no person in full who shares the organisation's name
                  and any(k == key_of(orths[start]) for k, _ in bearers)
                  and (any(doc[i].text.casefold() in _WORKS for i in range(max(0, start - 3), start))
                       or _works_after(doc, stop) or _works_compound(doc[start].text))):
                # ... nor is it shortly after a word for the works of a person of that name the article names in
                # full, or for performing them, or right before that word: "muzyka Wagnera", "On ne joue pas Wagner",
                # "Wagners Opern", "Wagner's operas" beside "Richard Wagner".
                continue
            out.append(candidate)
        if not others:
            return out
        # Another bearer named before the person's full name is whom the article is about: "Eric Trump, syn
        # prezydenta Donalda Trumpa ... 41-letni Trump", not "President Donald Trump ... his son Eric Trump".
        aged |= {(key, actor) for (key, actor), other in first_other.items()
                 if self._full_after_other(doc, full.get(actor, -1), other)}
        return [
            (start, stop, entry) for start, stop, entry in out
            if not (entry.kind == "person" and stop - start == 1
                    and (((key_of(orths[start]), entry.actor) in others and entry.actor not in full
                          and not self._placed_by_word(doc, start, ends))
                         or ((key_of(orths[start]), entry.actor) in aged and not _office_before(doc, start)
                             and not self._in_office(doc, (start, stop, entry)))))
        ]

    def _own_patronymic(self, doc: Doc, start: int, actor: str) -> bool:
        """Whether the word before the surname at ``start`` is a patronymic after a first name of the person's own:
        "Sergueï Kojouguetovitch Choïgou", "Siergiej Kużugietowicz Szojgu", "Sergei Viktorovich Lavrov" name them in
        full, as the Russian press and formal copy do."""
        return (start >= 2 and _PATRONYMIC.search(doc[start - 1].text.casefold()) is not None
                and name_key(doc[start - 2].text) in self.index.first_names.get(actor, ()))

    def _introduced(self, doc: Doc, start: int) -> bool:
        """Whether the surname at ``start`` and the word before it are introduced as a private person's: with an
        age or after a private trade."""
        return (_aged(doc_text(doc), doc[start - 1].idx, doc[start].idx + len(doc[start].text))
                or (start > 1 and self._private_station(doc, start - 1)))

    def _surname_key(self, orth: int) -> str:
        key = self._surname_keys.get(orth)
        if key is None:
            if len(self._surname_keys) >= 500_000:
                self._surname_keys.clear()
            key = self._surname_keys[orth] = name_key(self._vocab.strings[orth])
        return key

    def _first_name_kind(self, orth: int, actor: str, first_names: dict[str, set[str]]) -> int:
        """What the word before a person's bare surname may be, per (word, person) once: 0 not another first name
        (not a capitalised word, or the person's own first name), 1 a first name, 2 a capitalised word that is
        a first name only after a title, 3 a first name that is also a common word ("Роман"): one mid-sentence or
        after a title, 4 a word the dictionary does not know: a first name mid-sentence."""
        key = (orth, actor)
        kind = self._first_name_kinds.get(key)
        if kind is None:
            word = self._vocab.strings[orth]
            capitalised = word.isalpha() and word[:1].isupper() and not word.isupper()
            if not capitalised or name_key(word) in first_names.get(actor, ()):
                kind = 0
            else:
                # English and French: a capitalised word the dictionary does not know or knows only as a proper
                # noun (every lemma capitalised), and no name of ours ("Dana Kirby", "Scott Kirby", "Tiffany
                # Trump"; not "President Trump", "Kyiv"); the proper nouns that are no first names are listed
                # ("Mr Putin", "On Thursday Shoigu landed").
                # Polish, Russian and Ukrainian: a capitalised word their dictionaries do not know at all, a
                # foreign first name ("Ołeksandr Ławrow", "Дастан Лавров"), but only mid-sentence, where their
                # nouns are in lower case ("Спецпосланник Трампа" opens a line). They know their own first names.
                # A name word of ours counts when it is somebody's first name ("Ołeksandr", not "Kijów").
                # In every language, a name word of ours that is somebody's first name ("Friedrich Trump").
                shaped = len(word) > 2 and word[1:].islower() and word not in _NOT_FIRST_NAMES
                ours = shaped and bool(self._name_words(word)) and name_key(word) in self.index.any_first_names
                shaped = shaped and (ours or not self._name_words(word))
                unknown = shaped and self.lang in ("en", "fr") and all(
                    lemma[:1].isupper() for lemma, _ in analyse(word, self.lang))
                foreign = shaped and self.lang in _NAME_ANALYSERS and not analyse(word, self.lang)
                kind = (1 if given_name(word, self.lang) or unknown or ours
                        else 4 if foreign
                        else 3 if may_be_given_name(word, self.lang) and word not in _ADDRESS else 2)
            if len(self._first_name_kinds) >= 500_000:
                self._first_name_kinds.clear()
            self._first_name_kinds[key] = kind
        return kind

    def _after_other_first_name(self, doc: Doc, start: int, kind: int) -> bool:
        if doc[start].is_sent_start:
            return False
        if kind == 1:
            return True
        if kind == 4:
            return not doc[start - 1].is_sent_start
        if kind == 3 and not doc[start - 1].is_sent_start and start >= 2 and (doc[start - 2].is_alpha
                                                                               or doc[start - 2].text == ","):
            return True  # "Ранее Роман Путин занимался бизнесом": capitalised after a word, the name
        # After a rank or a form of address with a dot, a capitalised word is a first name: "Lt. Megan Kirby"
        # (not after a short word ending the sentence before: "...met Kim Jong Una. Dziś Szojgu").
        if doc[start - 1].is_sent_start:
            return False
        at = doc[start - 1].idx
        return _TITLE_BEFORE.search(doc_text(doc), max(0, at - 8), at) is not None

    def _full_after_other(self, doc: Doc, full: int, other: int) -> bool:
        """Whether a person's full name (at ``full``) comes after another bearer's (at ``other``): in a later
        sentence, or in theirs as a relative of them ("Barron Trump, the youngest son of President Donald Trump");
        not beside them ("Ivanka Trump and Donald Trump spoke")."""
        if full <= other:
            return False
        return any(doc[i].is_sent_start or self._one_of(doc[i].text, _KIN) for i in range(other + 1, full))

    def _one_of(self, word: str, words: frozenset[str]) -> bool:
        """Whether ``word`` is one of ``words`` (folded), or one of their forms where an analyser knows them."""
        return word.casefold() in words or (self.lang in _NAME_ANALYSERS and any(
            lemma.casefold() in words for lemma, _ in analyse(word, self.lang)))

    def _placed_by_word(self, doc: Doc, start: int, ends: set[int]) -> bool:
        """Whether the word before a bare surname places the person: a title or a verb. A name ending there
        belongs to a title only if an office is named before it: "Президент России Путин", not "Народный артист
        СССР Лавров"."""
        if start in ends:
            return _office_before(doc, start)
        return self._after_known_word(doc, start)

    def _after_known_word(self, doc: Doc, start: int) -> bool:
        if start == 0 or doc[start].is_sent_start:
            return False
        word = doc[start - 1].text
        if not word.isalpha():
            return False
        # A conjunction or a preposition ("że Ławrow", "о Лаврове") does not place the person; a title or a verb
        # does. Only the analysers of pl, ru and uk tell them ("other"; a one-letter preposition has a reading as
        # a noun besides); elsewhere a word places the person only as a title does (below): "The victory lifts
        # Trump further clear", after Judd Trump, is the snooker player.
        found = analyse(word, self.lang)
        if not found or any(pos == "other" for _, pos in found):
            return False
        if self.lang in _NAME_ANALYSERS and any(pos != "noun" for _, pos in found):
            return True
        # A noun places the person only in a title, perhaps with its body ("министр Лавров", "Секретарь Совета
        # безопасности Шойгу"); a noun whose owner the surname is places nobody: "Кандидатуру Лаврова поддержали 28
        # депутатов" is the candidate's.
        for position in range(start - 1, max(start - 5, -1), -1):
            token = doc[position]
            if not token.text.isalpha():
                break
            if self._one_of(token.text, _OFFICES) or self._one_of(token.text, _HEAD_WORDS):
                return True
            if token.is_sent_start:
                break
        return False

    def _one_syllable(self, doc: Doc, candidate: Candidate) -> bool:
        """A weak one-syllable Korean abbreviation (미, the US) that is no state here: anywhere but right before a
        word of state ("미 재무부는"), and beside a middle dot even there, where it is one half of a pair's
        shorthand ("한·미 정보당국", "북·미 정상회담", "미·중 회담"), which names neither state, however strongly
        the article names it."""
        start, end, entry = candidate
        word = doc[start].text
        if (not entry.weak or entry.kind != "country" or end - start != 1 or not _HANGUL_SYLLABLE.match(word)
                or not (len(word) == 1 or (len(word) == 2 and word[1] in _KO_CASE_MARKS))):
            # (not 中 and 日, nor a weak place's syllable such as 빈, Vienna, beside its country, nor a weak name of
            # two syllables whose second reads as a particle: 인도, 가나, 오만)
            return False
        dotted = ((start > 0 and doc[start - 1].text in _MIDDLE_DOTS)
                  or (end < len(doc) and doc[end].text in _MIDDLE_DOTS))
        return dotted or not self._titled(doc, candidate)

    def _korean_topics(self, doc: Doc, found: list[Candidate], strong: set[str]) -> set[int]:
        """The first tokens of weak Korean countries named as the state somewhere in the article (before its ministry
        or leader, beside another state) where the name opens a sentence as its topic or subject: "모디 인도
        총리와 ... 인도는 러시아 무기를 들여왔다" (India; not 인도 'delivery' after a modifier, "S-400 인도는
        지연됐다", nor its other mentions)."""
        openers = [c for c in found if c[2].weak and c[2].kind == "country" and c[2].actor not in strong
                   and c[1] == c[0] + 1 and doc[c[0]].is_sent_start and doc[c[0]].text.endswith(_KO_TOPIC_MARKS)]
        if not openers:
            return set()
        named = {c[2].actor for c in found if c[2].weak and c[2].kind == "country" and c[2].actor not in strong
                 and (self._titled(doc, c) or self._coordinated(doc, c, found))}
        return {c[0] for c in openers if c[2].actor in named}

    def _titled(self, doc: Doc, candidate: Candidate) -> bool:
        """A weak Korean person's name before a title: "조현 외교부 장관은" (Cho Hyun, the foreign minister), "박진
        장관" (조현 is also a word, 박진 'realism'). Korean writes the title after the name. A weak country before
        its government, ministry or leader is the state: "인도 국방부가" (India's defence ministry; 인도 is also
        'delivery'), "가나 정부는"."""
        _, end, entry = candidate
        if self.lang != "ko":
            return False
        if entry.kind == "country":
            return end < len(doc) and doc[end].text.startswith(_KO_STATE_ORGANS)
        if entry.kind != "person":
            return False
        if korean_title_stems(doc[end - 1].text):
            return True  # the title glued on: "조현장관은"
        if _korean_age_after(doc, end):
            end += 3  # "김정은(41) 국무위원장은": an age in brackets before the title
        if end + 1 < len(doc) and doc[end].text in _KO_WHEN:
            end += 1  # "박진 당시 외교부 장관" (then foreign minister), "박진 전 장관" (the former minister)
        return end < len(doc) and doc[end].text.startswith(_KO_TITLES)

    def _initialled(self, doc: Doc, candidate: Candidate) -> bool:
        """A weak person's bare surname after the initial of a first name of theirs, or after a first name of theirs
        and a middle initial: "J. Kirby", "Дж. Кирби", "John F. Kirby" (not "L. Kirby", "Megan F. Kirby")."""
        start, end, entry = candidate
        if entry.kind != "person" or end - start != 1 or start == 0:
            return False
        initial, before = _initial_before(doc, start)
        if initial is None:
            return False
        own = self.index.first_names.get(entry.actor, set())
        return any(name.startswith(initial) for name in own) or (before >= 0 and name_key(doc[before].text) in own)

    @staticmethod
    def _in_office(doc: Doc, candidate: Candidate, sources: bool = True) -> bool:
        """A weak person's bare surname right after the title of an office or before one in apposition, or as the
        source of a statement: "the White House spokesman Kirby", "Mr. Kirby, the White House national security
        spokesman", "Secretary Austin", "prezydent Duda", "laut Kirby", "according to Kirby". A form of address
        ("Mr Cameron") is not enough. A speaker's label ("Kirby:") is ``_speaker_label``'s. Without ``sources``
        a source of a statement does not count: any namesake may be one."""
        start, end, entry = candidate
        if entry.kind != "person":
            return False
        if start > 0 and "\u2e80" <= doc[start].text[:1] < "\uac00":
            # Chinese writes the office right before the name, glued to it: "战略沟通协调员柯比"
            return doc_text(doc)[:doc[start].idx].endswith(_CJK_OFFICES)
        if start > 0 and "\uac00" <= doc[start].text[:1] <= "\ud7a3" and not doc[start].is_sent_start:
            # Korean puts a spokesman's office before the name too, in the North's style: "백악관 대변인 커비가"
            return doc[start - 1].text.endswith(_KO_SPOKESMEN)
        if end - start != 1:
            return False
        if end + 1 < len(doc) and doc[end].text == ",":
            # an office in apposition: "Mr. Kirby, the White House national security spokesman, said"; not one
            # the apposition denies ("Putin, który nie jest spokrewniony z prezydentem Rosji")
            for token in doc[end + 1 : end + 9]:
                if token.is_punct or token.text.casefold() in _NEGATIONS:
                    break
                if token.text.casefold() in _OFFICES:
                    return True
        if start == 0 or doc[start].is_sent_start:
            return False
        before = doc[start - 1].text.casefold().rstrip(".")
        if before in _OFFICES or (sources and before in _SOURCES):
            return True
        if sources and start > 1 and (doc[start - 2].text.casefold(), before) in _SOURCE_PAIRS:
            return True
        # the office, then the body it is held in, in capitals: "Rzecznik Rady Bezpieczeństwa Narodowego Białego
        # Domu Kirby", "Der Sprecher des Nationalen Sicherheitsrats, Kirby, sagte"
        position = start - 1
        if doc[position].text == ",":
            if end >= len(doc) or doc[end].text != ",":
                return False  # an apposition closed by a comma, not "The spokesman of Nintendo, Kirby: the hero"
            position -= 1
        body = 0
        while position > 0 and body < 7 and not doc[position].is_sent_start:
            word = doc[position].text
            if body and word.casefold() in _OFFICES:
                return True
            if not (word[:1].isupper() or word in _BODY_LINKS):
                return False
            body += 1
            position -= 1
        return body > 0 and doc[position].text.casefold() in _OFFICES

    @staticmethod
    def _speaker_label(doc: Doc, candidate: Candidate, found: list[Candidate]) -> bool:
        """A weak person's bare surname labelling the speaker's words: in capitals ("MR. KIRBY: Thank you"),
        opening a line of a transcript whose questions are labelled ("Frage:", "Question:"), or opening a headline
        or a ticker's line ("Kirby: Moscow used DPRK missiles", "12:30 – Kirby: Waszyngton nie wyklucza sankcji") in
        an article naming another person or organisation in full: a game review's "Kirby: Planet Robobot" names
        none."""
        start, end, entry = candidate
        if entry.kind != "person" or end - start != 1 or end >= len(doc) or doc[end].text != ":":
            return False
        if doc[start].text.isupper():
            return True
        text, idx = doc_text(doc), doc[start].idx
        if (idx == 0 or text[idx - 1] == "\n") and _QUESTION_LABEL.search(text) is not None:
            return True
        if _LINE_LEAD.fullmatch(text, text.rfind("\n", 0, idx) + 1, idx) is None:
            return False
        return any(not other.weak and other.kind in ("person", "org") and other.actor != entry.actor
                   for _, _, other in found)

    def _namesakes_by_trade(self, doc: Doc, kept: list[Candidate]) -> list[Candidate]:
        """A Korean article about a namesake named by trade ("배우 김정은이 복귀한다", the actress Kim Jung-eun):
        every mention of that person without a title of office is the namesake."""
        if self.lang != "ko":
            return kept
        councillors = {entry.actor for start, _, entry in kept
                       if entry.kind == "person" and start > 0 and doc[start - 1].text.endswith(_KO_LOCAL_BODIES)}
        others = councillors | {entry.actor for start, stop, entry in kept
                                if entry.kind == "person" and ((start > 0 and _korean_trade(doc, start - 1))
                                                               or (_korean_age_after(doc, stop)
                                                                   and not self._titled(doc, (start, stop, entry))))}
        if not others:
            return kept
        # A title keeps the leader's mentions, but a councillor's own title ("김정은 의원은") is not his.
        return [c for c in kept if c[2].actor not in others or (
            self._titled(doc, c) and not (c[2].actor in councillors and _councillor_title(doc, c[1])))]

    def _byline(self, doc: Doc, candidate: Candidate) -> bool:
        """A Korean reporter who shares a watched person's name: "김정은 기자는 … 전했다" (the reporter Kim Jong-eun).
        Korean names a reporter by name and then "기자" (reporter) or "특파원" (correspondent)."""
        _, end, entry = candidate
        if self.lang != "ko" or entry.kind != "person" or end >= len(doc):
            return False
        word = doc[end].text
        return word in _REPORTERS or any(stem in _REPORTERS for stem in korean_stems(word))

    def _quotative(self, doc: Doc, candidate: Candidate) -> bool:
        """Korean 이란 glued to a closing quote is the ending "called", not Iran: "‘최대 압박’이란 기조" (the line
        called "maximum pressure")."""
        start, _, _ = candidate
        if self.lang != "ko" or start == 0 or not doc[start].text.startswith("이란"):
            return False
        before = doc[start - 1]
        if before.text not in _CLOSING_QUOTES or before.idx + len(before.text) != doc[start].idx:
            return False
        if before.text not in _STRAIGHT_QUOTES:
            return True
        # A straight quote opens as well as closes: it closes only glued to the word before ('주권'이란), while
        # one after a space opens a quotation that starts with Iran ("이란과 러시아의 협력은 …").
        return start >= 2 and doc[start - 2].idx + len(doc[start - 2].text) == before.idx

    def _mountain(self, doc: Doc, candidate: Candidate) -> bool:
        """A name with 산 glued on that is a mountain, not goods made there: Seoul's 북한산 ("북한산에 올랐다",
        "북한산 국립공원"); "북한산 탄약" is ammunition made in North Korea. Goods come with no particle, before a
        noun that is no part of a mountain."""
        _, end, entry = candidate
        if self.lang != "ko" or entry.kind not in ("country", "place"):
            return False
        text = norm(doc[end - 1].text)
        if text in self.index.forms:
            return False  # a name by itself: a mountain of the base, or a city such as 부산
        made_in = [(noun, particle) for _, noun, particle in korean_compounds(text) if noun == "산"]
        if not made_in:
            return False
        following = doc[end].text if end < len(doc) else ""
        return any(particle for _, particle in made_in) or following.startswith(_MOUNTAIN_PARTS) or not following

    def _cjk_derived(self, doc: Doc, candidate: Candidate) -> bool:
        """A Chinese or Japanese name of a place with a character glued on that makes a word for its people, its
        language or its kin ("ロシア人", "俄罗斯人", "ロシア語", "俄罗斯族"), or a peninsula ("朝鲜半岛"): a demonym or
        another thing, not the place. Goods made there ("北朝鮮製"), its bodies ("俄罗斯军队"), its population
        ("俄罗斯人口") and human rights in it ("美国人权") are its own."""
        _, end, entry = candidate
        if self.lang not in CJK or entry.kind not in ("country", "place") or end >= len(doc):
            return False
        following = doc[end].text
        after = doc[end + 1].text if end + 1 < len(doc) else ""
        if following == "半":
            return after in ("岛", "島")
        return following in _CJK_DERIVED and following + after not in _CJK_NOT_DERIVED

    def _north_name(self, doc: Doc, candidate: Candidate) -> bool:
        """조선 bare, with no particle glued on: shipbuilding (造船) or the old dynasty ("조선 협력 방안", "조선
        시대"), even beside another name of the North ("북한이"). With a particle it may be the
        North's name for itself, quoted ("“조선은 핵보유국”"); the North's spelling makes it so anywhere
        (``_northern``)."""
        return self.lang == "ko" and doc[candidate[0]].text in _NORTH_NAMES

    @staticmethod
    def _river(strings: Any, orths: list[int], candidate: Candidate) -> bool:
        """A city's name right after a word for a river is the river: "rzeka Moskwa wystąpiła z brzegów", "река
        Москва"; and before one in English ("the Moscow River"). Asked of every place's name: the words are read
        by orth from the StringStore (``strings``), as Token objects would cost three times as much."""
        start, end, entry = candidate
        if entry.kind != "place":
            return False
        return (start > 0 and strings[orths[start - 1]].casefold() in _RIVER_WORDS) or (
            end < len(orths) and strings[orths[end]].casefold() == "river")

    @staticmethod
    def _surname_only(strings: Any, orths: list[int], candidate: Candidate) -> bool:
        """A surname right after a word for a surname is the name, not the person: "47 громадян із прізвищем
        Путін", "people with the surname Putin". Read by orth, as ``_river``."""
        start, end, entry = candidate
        return (entry.kind == "person" and end == start + 1 and start > 0
                and strings[orths[start - 1]].casefold() in _SURNAME_WORDS)

    def _private_person(self, orths: list[int], candidate: Candidate) -> bool:
        """A name with "junior" after it is the son; a Korean name with 씨 (Mr, Ms) after it is a private person:
        the press never calls a leader so ("부산의 초등학교 교사 김정은 씨는")."""
        _, end, entry = candidate
        if entry.kind != "person" or end >= len(orths):
            return False
        if orths[end] in _JUNIOR_ORTHS:
            return True  # the son: "Trump junior", "Trump Jr."
        if self.lang != "ko":
            return False
        if end + 3 < len(orths) and orths[end] == _OPEN_ORTH and orths[end + 2] == _CLOSE_ORTH:
            end += 3  # an age between: "김정은(54) 씨"
        return end < len(orths) and orths[end] in _KO_MISTER_ORTHS

    def _northern(self, doc: Doc, candidate: Candidate) -> bool:
        """조선 standing alone, in a Korean article written in the North's spelling (KCNA, Rodong Sinmun, the
        Korean press of China: "로씨야", "련방", "립장"), where it is the North's name for itself. In the South's
        spelling it is the old dynasty."""
        start, end, _ = candidate
        return (self.lang == "ko" and end == start + 1 and doc[start].text.startswith(_NORTH_NAMES)
                and _NORTHERN_SPELLING.search(doc_text(doc)) is not None)

    @staticmethod
    def _coordinated(doc: Doc, candidate: Candidate, found: list[Candidate]) -> bool:
        """A weak place name joined by "and", "or" or a comma to a strong place or country, or a weak country right
        before its capital: "인도와 스리랑카에서" (India and Sri Lanka), "수단과 남수단" (Sudan and South Sudan),
        "가나 아크라에서" (in Accra, Ghana), "Włochy i Francja" opening a sentence.
        Capitalised where the script has case: lower-case "czad i Sudan" stays carbon monoxide."""
        start, end, entry = candidate
        if entry.kind not in ("place", "country"):
            return False
        first = doc[start].text
        if first[:1].lower() != first[:1].upper() and not first[:1].isupper():
            return False
        places = [(s, t) for s, t, e in found if not e.weak and e.kind in ("place", "country")]
        if not places:
            return False
        if entry.kind == "country" and any(
            s == end and not e.weak and capital_countries().get(e.actor) == entry.actor for s, _, e in found
        ):
            return True  # the country before its capital: 가나 아크라에서 (Accra, Ghana)
        if entry.kind == "place" and any(
            t == start and not e.weak and e.actor == capital_countries().get(entry.actor) for _, t, e in found
        ):
            return True  # a weak capital right after its country: 오스트리아 빈의 (Vienna, Austria)
        last = doc[end - 1].text
        if last.endswith(_KO_AND) and any(s == end for s, _ in places):
            return True  # the particle is glued to the name: 수단과 남수단
        if end + 1 < len(doc) and doc[end].text.casefold() in _AND and any(s == end + 1 for s, _ in places):
            return True
        if start >= 2 and doc[start - 1].text.casefold() in _AND and any(t == start - 1 for _, t in places):
            return True
        return start >= 1 and any(t == start and doc[t - 1].text.endswith(_KO_AND) for _, t in places)

    def _weak_ok(self, doc: Doc, candidate: Candidate) -> bool:
        """A weak name with no long form in the article: a capitalised place name mid-sentence that the
        analyser does not read as a common word, standing alone (not part of a longer proper name)."""
        start, end, entry = candidate
        if entry.kind in ("person", "org", "state"):
            return False
        span = doc[start:end]
        if any(not token.text[:1].isupper() for token in span if token.is_alpha):
            return False
        if len(span.text) > 1 and span.text.isupper():
            return False  # a weak acronym ("RF": also radio frequency) only beside a strong name of its actor
        if _sentence_initial(doc, start):
            return False
        for position in (start - 1, end):
            if 0 <= position < len(doc):
                neighbour = doc[position]
                if neighbour.is_alpha and neighbour.text[:1].isupper() and (
                    not neighbour.is_sent_start or not (neighbour.is_stop or _common_word(neighbour.text, self.lang))
                ):
                    return False  # part of a longer proper name: Michael Jordan, Santiago Abascal
        return not any(_common_word(token.text, self.lang) for token in span)


def _initial_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """The initial right before token ``start`` as a name key ("J." as one token or as "J" and "."; "Дж."), and the
    position of the token before the initial (-1 if none)."""
    word, before = doc[start - 1].text, start - 2
    if word == "." and start >= 2:
        word, before = doc[start - 2].text + ".", start - 3
    letters = word[:-1]
    if not (word.endswith(".") and 1 <= len(letters) <= 2 and letters.isalpha() and letters[0].isupper()):
        return None, -1
    return name_key(letters), before


# A city followed by a US state is its American namesake ("Moscow, Idaho", "Paris (Texas)", "Moskwa w
# stanie Idaho", "Москва, штат Айдахо"). One-word state names only; Washington, Georgia and New York
# also name other places, so a list of cities never reads as one.
_US_STATES = frozenset([
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Wisconsin",
    "Wyoming", "Teksas", "Kalifornia", "Floryda", "Pensylwania", "Wirginia", "Kalifornien", "Californie", "Floride",
    "Pennsylvanie", "Virginie", "Алабама", "Аляска", "Аризона", "Арканзас", "Калифорния", "Каліфорнія", "Колорадо",
    "Коннектикут", "Делавэр", "Флорида", "Гавайи", "Айдахо", "Іллінойс", "Иллинойс", "Индиана", "Айова", "Канзас",
    "Кентукки", "Кентуккі", "Луизиана", "Луїзіана", "Мэриленд", "Массачусетс", "Мічиган", "Мичиган", "Миннесота",
    "Міннесота", "Миссисипи", "Міссісіпі", "Миссури", "Міссурі", "Монтана", "Небраска", "Невада", "Огайо",
    "Оклахома", "Орегон", "Пенсильвания", "Пенсільванія", "Теннесси", "Теннессі", "Техас", "Юта", "Вермонт",
    "Вирджиния", "Вірджинія", "Висконсин", "Вісконсин", "Вайоминг", "Вайомінг"
])
# Korean names the state with 주 (state) glued on or apart, and before the city: "아이다호주 모스크바", "아이다호 주
# 모스크바". Only the forms with 주: "메인" alone is also the loanword "main".
_US_STATES |= frozenset(state + "주" for state in (
    "앨라배마", "알래스카", "애리조나", "아칸소", "캘리포니아", "콜로라도", "코네티컷", "델라웨어", "플로리다",
    "하와이", "아이다호", "일리노이", "인디애나", "아이오와", "캔자스", "켄터키", "루이지애나", "메인", "메릴랜드",
    "매사추세츠", "미시간", "미네소타", "미시시피", "미주리", "몬태나", "네브래스카", "네바다", "오하이오",
    "오클라호마", "오리건", "펜실베이니아", "테네시", "텍사스", "유타", "버몬트", "버지니아", "위스콘신", "와이오밍",
))
# Words that may stand between the city and its state: "Moscow, Idaho", "w stanie", "im Bundesstaat".
_STATE_LEAD = frozenset({",", "(", "w", "stanie", "stan", "im", "Bundesstaat", "US-Bundesstaat", "dans", "l'", "État",
                         "de", "в", "у", "штат", "штате", "штаті", "штату", "(штат", "state", "of",
                         # "w amerykańskim stanie Idaho", "в американском штате", "dans l'État américain de l'Idaho"
                         "amerykańskim", "amerykańskiego", "американском", "американского", "американському",
                         "американського", "amerikanischen", "américain", "US", "U.S.", "USA"})


def _elsewhere(doc: Doc, end: int, kind: str = "place") -> bool:
    """Whether a city mention ending before token ``end`` is followed by a US state; a country's only right after
    a comma ("Russia, Ohio"; not "the U.S. state of Idaho", which is the country)."""
    if kind == "country":
        return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in _US_STATES
    for position in range(end, min(end + 8, len(doc))):
        text = doc[position].text
        if text in _US_STATES:
            return True
        if text not in _STATE_LEAD:
            return False
    return False


_QUOTES = frozenset("\"'„“”«»‘’‚‹›「」『』")
# The marks that close a quotation each mark opens, in the languages' conventions („…“ „…” “…” «…» »…« ”…”).
_CLOSERS = {"„": "“”", "“": "”“", "”": "”", "«": "»", "»": "«", "‚": "‘’", "‘": "’‘", "’": "’", "‹": "›", "›": "‹",
            "\"": "\"", "'": "'", "「": "」", "『": "』"}
# Words joining names in a list, and the Korean particles that do it glued to the first name.
_AND = frozenset({",", "and", "or", "i", "oraz", "lub", "albo", "и", "или", "і", "й", "та", "або", "und", "oder", "et",
                  "ou", "및", "a"})
_KO_AND = ("와", "과")
# The topic and subject particles (은/는, 이/가) glued to a noun opening a sentence.
_KO_TOPIC_MARKS = ("은", "는", "이", "가")
# Names the North gives itself that are weak elsewhere, and common words as only the North (and the Korean
# press of China) spell them, keeping the initial ㄹ and ㄴ the South drops.
_NORTH_NAMES = ("조선",)
_NORTHERN_SPELLING = re.compile("로씨야|로씨아|련방|력사|리익|립장|량국|령도|론평|래일|련합|렬차|려객|로동자|녀성|랭전")
# A river, before its name: the Moskva is "rzeka Moskwa", "река Москва", "річка Москва".
_RIVER_WORDS = frozenset({"rzeka", "rzeki", "rzece", "rzekę", "rzeką", "река", "реки", "реке", "реку", "рекой", "річка",
                          "річки", "річці", "річку", "річкою", "fluss", "flusses", "fleuve", "rivière", "řeka", "řeky",
                          "řece", "řeku", "rieka", "rieky"})
# Offices Chinese and Japanese write right before a person's name, glued to it.
_CJK_OFFICES = ("发言人", "协调员", "顾问", "助理", "国务卿", "部长", "外长", "防长", "大使", "秘书", "报道官",
                "補佐官", "長官", "報道官")
# Titles of an office written before a surname, in the cases the press puts them in there.
# Folded as the words they are compared with are ("Außenminister" is "aussenminister").
_OFFICES = frozenset(word.casefold() for word in {
    # en
    "spokesman", "spokeswoman", "spokesperson", "admiral", "adm", "secretary", "minister", "president", "premier",
    "chancellor", "ambassador", "envoy", "senator", "general", "gen", "coordinator", "commander", "chairman",
    # pl
    "rzecznik", "rzecznika", "rzecznikowi", "rzecznikiem", "admirał", "admirała", "admirałem", "ministra",
    "ministrem", "ministrowi", "prezydent", "prezydenta", "prezydentem", "prezydentowi", "premiera", "premierem",
    "ambasador", "ambasadora", "generał", "generała", "sekretarz", "sekretarza", "koordynator", "koordynatora",
    # ru
    "представитель", "пресс-секретарь", "адмирал", "адмирала", "адмиралом", "министр", "министра", "министром",
    "президент", "президента", "президентом", "премьер", "посол", "генерал", "генерала", "госсекретарь",
    "госсекретаря", "координатор", "координатора",
    # uk
    "речник", "речника", "представник", "адмірал", "адмірала", "міністр", "міністра", "прем'єр", "держсекретар",
    "держсекретаря",
    # de
    "sprecher", "sprecherin", "ministerin", "präsident", "präsidentin", "premierminister", "kanzler", "botschafter",
    "außenminister", "außenministerin", "verteidigungsminister", "koordinator",
    # fr
    "porte-parole", "amiral", "ministre", "président", "présidente", "ambassadeur", "général", "chancelier",
    "coordinateur",
})
# Words for the head of a body (lemmas), which title a person as an office does: "глава МИД Лавров", "szef MSZ
# Ławrow", "Секретарь Совета безопасности Шойгу".
_HEAD_WORDS = frozenset({"глава", "голова", "керівник", "руководитель", "шеф", "szef", "kierownik", "przewodniczący",
                         "председатель", "секретарь", "секретар"})
# A member of parliament's title or a form of address, in any case, before a surname that is also a city's name:
# "posłowi Moskwie", "panu Moskwie", "депутату Москве".
_ADDRESS_WORDS = frozenset({
    "poseł", "posła", "posłowi", "posłem", "pośle", "posłanka", "posłanki", "posłance", "posłankę", "posłanką",
    "senator", "senatora", "senatorowi", "senatorem", "senatorze", "radny", "radnego", "radnemu", "radnym",
    "pan", "pana", "panu", "panem", "panie", "pani", "panią",
    "депутат", "депутата", "депутату", "депутатом", "депутаті", "депутатові", "сенатор", "сенатора", "сенатору",
    "господин", "господина", "господину", "пан", "пана", "панові", "пану",
})
_CLOSING_QUOTES = frozenset({"’", "”", "'", "\"", "》", "」", "』", "»", ")"})
_STRAIGHT_QUOTES = frozenset({"'", "\""})
# Words after a mountain's name: its national park, trails, summit, slopes.
_MOUNTAIN_PARTS = ("국립공원", "둘레길", "등산", "정상", "자락", "기슭", "일대", "산행", "탐방")
# Small words inside the name of a body after an office: "spokesman of the National Security Council".
_BODY_LINKS = frozenset({"of", "the", "for", "des", "der", "für", "de", "du", "la", "le", "d'", "и", "і", "i", "and"})
# Words that give a person as the source of a statement, one word or two.
_SOURCES = frozenset({"laut", "selon", "według", "zdaniem"})
_SOURCE_PAIRS = frozenset({("according", "to"), ("по", "словам"), ("за", "словами")})
# A private person's trade or station, said right before their full name (lemmas, folded): the press names a
# watched person by an office, a namesake by what they do. Not "actor" or "businessman", which a president was.
_PRIVATE_TRADES = {lang: frozenset(word.casefold() for word in words) for lang, words in {
    "en": frozenset({"goalkeeper", "footballer", "striker", "midfielder", "defender", "boxer", "wrestler", "archer",
                     "swimmer", "skier", "cyclist", "sprinter", "grandmaster", "bassist", "guitarist", "drummer",
                     "pianist", "violinist", "singer", "rapper", "musician", "saxophonist", "painter", "sculptor",
                     "novelist", "poet", "photographer", "farmer", "pensioner", "retiree", "beekeeper", "baker",
                     "plumber", "teacher", "student", "councillor", "councilman", "councilwoman", "chef", "butcher",
                     "fisherman", "coach", "golfer", "pitcher", "catcher", "outfielder", "infielder", "shortstop",
                     # "right-hander" is three tokens
                     "hander", "journalist", "reporter", "columnist", "pharmacist", "analyst", "publican", "driver",
                     "trucker", "captain", "skipper", "sailor", "seaman", "defendant", "firefighter", "fireman",
                     # and the trades of farms, mines and workshops
                     "mechanic", "ploughman", "plowman", "miner", "welder", "electrician", "carpenter"}),
    "pl": frozenset({"bramkarz", "piłkarz", "napastnik", "pomocnik", "zawodnik", "siatkarz", "koszykarz", "hokeista",
                     "bokser", "zapaśnik", "łucznik", "pływak", "narciarz", "kolarz", "biegacz", "szachista",
                     "arcymistrz", "basista", "kontrabasista", "gitarzysta", "perkusista", "pianista", "skrzypek",
                     "piosenkarz", "wokalista", "raper", "muzyk", "malarz", "rzeźbiarz", "pisarz", "poeta", "fotograf",
                     "rolnik", "emeryt", "pszczelarz", "piekarz", "hydraulik", "nauczyciel", "student", "radny",
                     "kucharz", "rybak", "tokarz", "trener", "golfista", "dziennikarz", "felietonista", "libero",
                     "farmaceuta", "aptekarz", "tenisista", "kierowca", "strażak", "traktorzysta", "mechanik", "oracz",
                     "kombajnista", "górnik", "spawacz", "elektryk", "stolarz", "cieśla",
                     # and the women's words
                     "piłkarka", "zawodniczka", "siatkarka", "koszykarka", "hokeistka", "bokserka", "łuczniczka",
                     "pływaczka", "narciarka", "kolarka", "biegaczka", "szachistka", "golfistka", "tenisistka",
                     "pianistka", "skrzypaczka", "piosenkarka", "wokalistka", "malarka", "pisarka", "poetka",
                     "rolniczka", "emerytka", "nauczycielka", "studentka", "radna", "kucharka", "trenerka",
                     "dziennikarka"}),
    "ru": frozenset({"вратарь", "футболист", "нападающий", "полузащитник", "хоккеист", "боксёр", "боксер", "борец",
                     "лучник", "пловец", "лыжник", "велосипедист", "бегун", "шахматист", "гроссмейстер", "басист",
                     "контрабасист", "гитарист", "барабанщик", "пианист", "скрипач", "певец", "рэпер", "музыкант",
                     "художник", "скульптор", "писатель", "поэт", "фотограф", "фермер", "пенсионер", "пчеловод",
                     "пекарь", "сантехник", "учитель", "студент", "повар", "рыбак", "токарь", "тренер", "гольфист",
                     "журналист", "обозреватель", "фармацевт", "провизор", "теннисист", "водитель", "гид", "подсудимый",
                     "экскурсовод", "медик", "фельдшер", "пожарный", "тракторист", "механизатор", "пахарь", "комбайнёр",
                     "комбайнер", "шахтёр", "шахтер", "сварщик", "электрик", "плотник", "столяр", "механик",
                     # and the women's words
                     "лучница", "спортсменка", "футболистка", "хоккеистка", "шахматистка", "теннисистка", "гимнастка",
                     "пловчиха", "лыжница", "певица", "пианистка", "скрипачка", "художница", "писательница",
                     "пенсионерка", "учительница", "студентка", "журналистка", "обозревательница"}),
    "uk": frozenset({"воротар", "футболіст", "нападник", "півзахисник", "хокеїст", "боксер", "борець", "лучник",
                     "плавець", "лижник", "велосипедист", "бігун", "шахіст", "гросмейстер", "басист", "контрабасист",
                     "гітарист", "барабанщик", "піаніст", "скрипаль", "співак", "репер", "музикант", "художник",
                     "скульптор", "письменник", "поет", "фотограф", "фермер", "пенсіонер", "пасічник", "пекар",
                     "сантехнік", "вчитель", "учитель", "студент", "кухар", "токар", "тренер", "журналіст",
                     "оглядач", "тенісист", "водій", "гід", "підсудний", "екскурсовод", "медик", "фельдшер", "пожежник",
                     "тракторист", "механізатор", "комбайнер", "шахтар", "зварник", "електрик", "столяр",
                     "тесля", "механік",
                     # and the women's words
                     "лучниця", "спортсменка", "футболістка", "шахістка", "тенісистка", "гімнастка", "плавчиня",
                     "співачка", "піаністка", "художниця", "письменниця", "пенсіонерка", "вчителька", "учителька",
                     "студентка", "журналістка"}),
    "de": frozenset({"torwart", "fußballer", "stürmer", "mittelfeldspieler", "verteidiger", "boxer", "ringer",
                     "bogenschütze", "schwimmer", "skifahrer", "radfahrer", "läufer", "schachspieler", "großmeister",
                     "bassist", "kontrabassist", "gitarrist", "schlagzeuger", "pianist", "geiger", "sänger",
                     "sängerin", "rapper", "musiker", "maler", "bildhauer", "schriftsteller", "dichter", "fotograf",
                     "landwirt", "rentner", "imker", "bäcker", "klempner", "lehrer", "student", "koch", "fischer",
                     "trainer", "stadtrat", "golfer", "journalist", "reporter", "apotheker", "analyst", "fahrer",
                     "tennisspieler", "wirt", "sopranistin", "sopranist", "opernsängerin", "opernsänger",
                     "traktorfahrer", "mechaniker", "bergmann", "schweißer", "elektriker", "tischler", "schreiner",
                     "zimmermann",
                     # and the women's words
                     "fußballerin", "spielerin", "schwimmerin", "läuferin", "schachspielerin", "pianistin",
                     "musikerin", "malerin", "schriftstellerin", "rentnerin", "lehrerin", "studentin", "trainerin",
                     "journalistin", "golferin"}),
    "fr": frozenset({"gardien", "footballeur", "attaquant", "défenseur", "boxeur", "lutteur", "archer", "nageur",
                     "skieur", "cycliste", "bassiste", "contrebassiste", "guitariste", "batteur", "pianiste",
                     "violoniste", "chanteur", "chanteuse", "rappeur", "musicien", "peintre", "sculpteur",
                     "écrivain", "romancier", "poète", "photographe", "agriculteur", "retraité", "apiculteur",
                     "boulanger", "plombier", "enseignant", "étudiant", "cuisinier", "pêcheur", "entraîneur",
                     "golfeur", "golfeuse", "journaliste", "chroniqueur", "pharmacien", "chauffeur", "analyste",
                     "tennisman", "cheffe", "tractoriste", "mécanicien", "soudeur", "électricien", "menuisier",
                     "charpentier",
                     # and the women's words
                     "footballeuse", "joueuse", "boxeuse", "nageuse", "skieuse", "musicienne", "romancière",
                     "agricultrice", "retraitée", "boulangère", "enseignante", "étudiante", "cuisinière", "entraîneuse",
                     "chroniqueuse"}),
}.items()}
# Words that name a person right before the name: "зовут", "по имени", "namens", "s'appelle" (pl "nazywa się",
# en "a man named" are read in place).
_NAMING = {
    "pl": frozenset({("nazwisku",), ("nazwiskiem",), ("figuruje", "jako"),  # "w dokumentach figuruje jako"
                     ("o", "imieniu"), ("imieniem",), ("wabi", "się")}),  # a pet's name: "pies wabi się"
    "ru": frozenset({("зовут",), ("звали",), ("по", "имени"), ("по", "фамилии"), ("по", "кличке"), ("кличкой",)}),
    "uk": frozenset({("звати",), ("звуть",), ("на", "ім'я"), ("на", "прізвище"), ("на", "прізвисько"),
                     ("на", "кличку"), ("кличкою",)}),
    "de": frozenset({("namens",), ("heisst",), ("hiess",)}),  # folded: "heißt"
    "fr": frozenset({("appelle",), ("appelait",), ("prénommé",), ("prénommée",), ("baptisé",), ("baptisée",),
                     ("surnommé",), ("surnommée",)}),
    "en": frozenset(),
}
_NAMING_ALONE = {lang: words - {("appelle",), ("appelait",)} for lang, words in _NAMING.items()}
# The word right before the name in any of those, and in the two read in place ("a man named", "nazywa się").
_NAMING_LAST = frozenset({words[-1] for phrases in _NAMING.values() for words in phrases} | {"named", "się"})
_STATIONS: dict[tuple[str, str], bool] = {}
# Endings only a plural noun's cases have (dative, instrumental, locative): no trade's singular ends so.
_PLURAL_CASES = {"pl": ("ami", "om", "ach"), "ru": ("ами", "ями", "ам", "ям", "ах", "ях"),
                 "uk": ("ами", "ями", "ам", "ям", "ах", "ях")}
_REAL_CACHE: dict[tuple[str, str], bool] = {}  # _real_word, per (language, word)
# Words near a full name that make it the watched person's, not a namesake's: a leader, a relation, the offices the
# office list lacks in their dictionary form (folded).
_REAL_NEAR = 8
# Relatives a person is named as: "córka Kim Dzong Una", "Barron Trump, the youngest son of Donald Trump".
_RELATIVES = frozenset(word.casefold() for word in {
    "sister", "brother", "daughter", "father", "son", "wife", "siostra", "brat", "córka", "ojciec", "syn", "żona",
    "сестра", "брат", "дочь", "отец", "сын", "жена", "донька", "батько", "син", "дружина",
    "Schwester", "Bruder", "Tochter", "Vater", "Sohn", "Ehefrau", "sœur", "frère", "fille", "père", "fils", "épouse",
    # grandchildren, uncles and aunts
    "granddaughter", "grandson", "grandfather", "uncle", "aunt", "niece", "nephew", "wnuczka", "wnuk", "dziadek",
    "wuj", "wujek", "ciotka", "внучка", "внук", "дед", "дедушка", "дядя", "тётя", "тетя", "онука", "онук", "дід",
    "дядько", "тітка", "Enkelin", "Enkel", "Großvater", "Onkel", "Tante", "Nichte", "Neffe", "petite-fille",
    "petit-fils", "grand-père", "oncle", "tante", "nièce", "neveu",
})
# ... and the ones a person is named as beside a relative, not near a namesake ("Kim Jong Un, a mother of two").
_KIN = _RELATIVES | frozenset(word.casefold() for word in {
    "husband", "mother", "mąż", "matka", "муж", "мать", "мати", "Ehemann", "Mutter", "mari", "mère",
})
# The stems of relatives' words that Slavic cases inflect: "11-letniej córki", "сына", "дочери", "доньки".
_KIN_STEMS = ("córk", "syn", "żon", "sióstr", "siostr", "brat", "wnucz", "wnuk", "дочер", "дочк", "сын", "сестр",
              "брат", "жены", "жене", "жену", "женой", "внук", "внучк", "доньк", "син", "дружин", "онук", "онучк")
_REAL_WORDS_NEAR = _OFFICES | _RELATIVES | frozenset(word.casefold() for word in {
    "leader", "dictator", "spokesman", "secretary", "przywódca", "dyktator", "sekretarz", "minister", "szef",
    "лидер", "руководитель", "диктатор", "секретарь", "глава", "лідер", "керівник", "секретар", "очільник",
    "Machthaber", "Diktator", "Sekretär", "Chef", "dirigeant", "dictateur", "secrétaire", "chef",
    # a namesake OF the person names the person: "полных тезок Владимира Путина"
    "namesake", "imiennik", "imienniczka", "тёзка", "тезка", "однофамилец", "однофамілець", "namensvetter",
    "homonyme",
})
# Words of negation: an apposition with one denies what it names ("who is not related to the president").
_NEGATIONS = frozenset({"not", "no", "never", "n't", "nie", "ani", "не", "ни", "ні", "nicht", "kein", "keine",
                        "keiner", "keinen", "keinem", "ne", "n'", "pas", "non", "jamais"})
# What may stand between a name's comma and a trade in apposition: "John Kirby, a retired pharmacist".
_ARTICLES = frozenset({"a", "an", "the", "un", "une", "le", "la", "l'", "ein", "eine", "der", "die"})
_BEFORE_TRADE = _ARTICLES | frozenset({
    "former", "retired", "local", "young", "veteran", "amateur", "ex", "ancien", "ancienne", "jeune",
    "ehemaliger", "ehemalige", "junger", "junge", "były", "była", "młody", "młoda",
    "бывший", "бывшая", "молодой", "молодая", "колишній", "колишня", "молодий", "молода"})
# How adjectives of nationality end, in their dictionary form: amerykański, американский, американський.
_NATIONAL_ENDINGS = ("ski", "cki", "ский", "цкий", "ський", "цький")
# The languages whose analysers tell first names and inflect the words for trades.
_NAME_ANALYSERS = frozenset({"pl", "ru", "uk"})
_CLUB_WORDS = 5  # tokens of a club's or a band's name between a trade and the name
# Words that say where a person of some trade is from: "golfistka z Korei Południowej Kim Yo-jong".
_FROM = frozenset({"z", "ze", "из", "з", "із", "зі", "aus", "from", "of", "de", "du"})
# Trades Korean writes before a person's name: actor, singer, athlete, director, writer, presenter, model, and the
# players of a team by their position (setter, pitcher, striker, goalkeeper).
_TRADES = frozenset({"배우", "가수", "선수", "감독", "작가", "방송인", "아나운서", "모델", "개그우먼", "개그맨", "화가",
                     "피아니스트", "소설가", "시인", "세터", "골퍼", "투수", "타자", "포수", "궁사", "공격수", "수비수",
                     "골키퍼", "교사"})
# A local council before a name makes its bearer a councillor, whatever title follows: "마포구의회 김정은 의원"
# (Kim Jung-eun, member of the Mapo district council), "시의원 김정은".
_KO_MEMBER = "의원"
_KO_LOCAL_BODIES = ("구의회", "시의회", "군의회", "도의회", "구의원", "시의원", "군의원", "도의원")
# The head of a firm, before a name: "해운회사 대표인 세르게이 라브로프" (the head of a shipping firm).
_KO_FIRMS = ("회사", "기업", "업체", "상사", "해운사", "무역사", "그룹", "은행")
_KO_HEADS = frozenset({"대표", "대표이사", "사장", "회장", "이사"})
# What Korean writes after a reporter's name (a particle may follow): not "기자회견" (a press conference).
_REPORTERS = frozenset({"기자", "특파원", "통신원", "앵커"})
# Prepositions of place before a city's name, in the languages whose analysers tell first names.
_PLACE_PREPOSITIONS = {
    "pl": frozenset({"w", "we", "do", "z", "ze", "na", "pod", "nad", "przez", "ku", "od", "po", "o", "przed", "za",
                     "między", "koło", "około", "spod", "sprzed", "zza", "niż", "jak"}),
    "ru": frozenset({"в", "во", "из", "до", "у", "к", "ко", "под", "над", "от", "по", "о", "об", "за", "через",
                     "около", "между", "чем", "как"}),
    "uk": frozenset({"в", "у", "з", "із", "зі", "до", "під", "над", "від", "по", "про", "за", "через", "біля", "між",
                     "ніж", "як"}),
}
# Words after a name that make it the son's: "Trump junior", "Trump Jr.", "Трамп младший".
_JUNIOR = frozenset({"junior", "jr", "jr.", "младший", "молодший", "fils"})
# Forms of address the analysers also read as first names: "Panie Putinie" is Mr Putin.
_ADDRESS = frozenset({"Pan", "Panie", "Pana", "Panu", "Panem", "Panowie", "Pani"})
_JUNIOR_ORTHS = frozenset(hash_string(form) for word in _JUNIOR for form in (word, word.capitalize(), word.upper()))
# 씨 (Mr, Ms) with its particles; not 씨름 (wrestling) or 씨앗 (seed).
_KO_MISTER = frozenset({"씨", "씨는", "씨가", "씨의", "씨를", "씨에게", "씨도", "씨와", "씨와의", "씨로", "씨께",
                        "씨만", "씨처럼", "씨에"})
_KO_MISTER_ORTHS = frozenset(hash_string(word) for word in _KO_MISTER)
_OPEN_ORTH, _CLOSE_ORTH = hash_string("("), hash_string(")")
# Titles Korean writes after a person's name.
_KO_WHEN = frozenset({"당시", "전", "현", "前", "現"})
# What may open a line before a speaker's label: a time stamp, a dash or a bullet ("12:30 – Kirby: ...").
_LINE_LEAD = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s*)?(?:[-–—•·*]\s*)?")
# A question's label opening a line of a transcript: its answers are labelled by the speaker's surname.
_QUESTION_LABEL = re.compile(r"(?m)^(?:Q|Question|Frage|Pytanie|Вопрос|Питання|질문|Journaliste|Reporter|Journalist"
                             r"|Dziennikarz|Журналист|Журналіст)\s?:")
# Characters after a place's name that make a word for its people (人), its language (語, 语) or its kin (系 "of
# descent", 族 "ethnic group"), unless they begin another word with the next one.
_CJK_DERIVED = frozenset({"人", "語", "语", "系", "族"})
_CJK_NOT_DERIVED = frozenset({"人口", "人权", "人權", "系统", "系統"})
_KO_TITLES = (
    "대통령", "총리", "부총리", "장관", "차관", "외교부", "국방부", "통일부", "외교장관", "국방장관", "위원장",
    "부위원장", "국무위원장", "대사", "의원", "대표", "특사", "대변인", "비서실장", "실장", "주석", "총비서",
    "사령관", "의장", "외무상", "국방상", "당선인", "외무장관", "방위상", "외상", "관방장관", "조정관", "보좌관",
    "백악관",  # "커비 백악관 대변인" (Kirby, the White House spokesman)
)
_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")
# The one-syllable case particles a one-syllable abbreviation takes: "한·미는", "미의".
_KO_CASE_MARKS = frozenset("은는이가의와과을를")
# The middle dots of Korean pair shorthands: 한·미, 북·러, 한ㆍ미.
_MIDDLE_DOTS = frozenset({"·", "ㆍ", "・", "‧"})
# A state's organs and offices, written after its name: government, ministries, leaders, embassy, armed services.
_KO_STATE_ORGANS = (
    "정부", "국방부", "외교부", "외무부", "총리", "대통령", "대사관", "국방장관", "외교장관", "외무장관", "공군",
    "해군", "육군", "국영",
    # and the American departments the press names after 미: "미 재무부는", "미 국무부 대변인"
    "국무부", "재무부", "법무부", "상무부", "국무장관", "재무장관", "행정부", "의회", "당국",
)
# Offices the Korean press writes before a spokesman's name: spokesman, coordinator, adviser.
_KO_SPOKESMEN = ("대변인", "조정관", "보좌관")
# Words for letters written on something, before a quoted name: the name is the country's, not a ship's.
_INSCRIPTIONS = frozenset({
    "skrót", "skrótem", "skrótu", "napis", "napisem", "napisu", "oznaczenie", "oznaczeniem", "oznaczenia", "nadruk",
    "nadrukiem", "аббревиатура", "аббревиатурой", "аббревиатуру", "аббревиатуры", "надпись", "надписью",
    "надписи", "маркировка", "маркировкой", "маркировку", "абревіатура", "абревіатурою", "абревіатуру", "напис",
    "написом", "маркування", "abbreviation", "inscription", "marking", "markings", "lettering", "stencilled",
    "stenciled", "aufschrift", "abkürzung", "kürzel", "schriftzug", "sigle", "mention"})
# Words before a place's name that make it the name of a business ("Café Moskau", "Hotel Moskwa").
_ESTABLISHMENTS = frozenset({"Café", "Cafe", "Hotel", "Hôtel", "Restaurant", "Restauracja", "Kawiarnia", "Kino",
                             "Cinema", "Cinéma", "Bar", "Pub"})
# Sports clubs named after their city: "Spartak Moskwa", "ЦСКА Москва", "Dynamo Kyiv" name the club.
_CLUBS = frozenset({
    "Spartak", "Spartaka", "Spartakiem", "Spartakowi", "Spartaku", "CSKA", "ZSKA", "Dynamo", "Dinamo", "Dynama",
    "Lokomotiv", "Lokomotiw", "Lokomotive", "Lokomotiwu", "Torpedo", "Спартак", "Спартака", "Спартаку", "Спартаком",
    "ЦСКА", "Динамо", "Локомотив", "Локомотива", "Торпедо"})
# A band, or its genre, right before a place's name: the band is named after the place ("the punk band Moscow",
# "grupa punkowa Moskwa", "гурт Москва"). A city is never punk.
_BANDS = frozenset({"band", "zespół", "zespołu", "zespole", "zespołem", "kapela", "kapeli", "kapelą", "groupe",
                    "группа", "группы", "группе", "группой", "гурт", "гурту", "гуртом"})
_GENRES = frozenset({"punk", "punkowa", "punkowy", "punkowej", "punkowego", "punkową", "rockowa", "rockowy", "rockowej",
                     "rockowego", "rockową", "metalowa", "metalowy", "metalowej", "metalowego", "metalową", "folkowa",
                     "folkowy", "folkowej", "jazzowa", "jazzowy", "jazzowej", "панк", "панк-рок", "рок-группа",
                     "рок-гурт"})
# "The real Moscow" beside its namesake in Idaho is the capital.
_REAL_WORDS = frozenset({"real", "actual", "prawdziwa", "prawdziwej", "prawdziwą", "prawdziwy", "настоящая",
                         "настоящей", "настоящую", "настоящий", "справжня", "справжньої", "справжню", "справжній",
                         "echte", "echten", "echtes", "vrai", "vraie", "진짜"})
# "The other Moscow" in a piece about its namesake is the capital, unless a US state or a town's word places it: "we
# leave the headlines to the other Moscow, the one with the Kremlin".
_OTHER_WORDS = frozenset({"other", "drugiej", "drugą", "innej", "inną", "другой", "другую", "другая", "іншої", "іншу",
                          "інша", "anderen", "andere", "autre"})
# "Our Moscow", said in a piece about Moscow, Idaho, is the speaker's town (unless a person of the base says it).
_OUR_WORDS = frozenset({"our", "nasza", "naszej", "naszą", "наша", "нашей", "нашу", "unser", "unsere", "unserem",
                        "notre", "우리"})
# Words for a surname, right before one: "із прізвищем Путін", "with the surname Putin".
_SURNAME_WORDS = frozenset({"surname", "прізвищем", "прізвище", "фамилией", "фамилия", "nazwiskiem", "nazwisku",
                            "nachnamen", "familiennamen"})
# Words after an organisation's bare name that make it the organisation's: its members ("Wagner fighters").
_MEMBERS_AFTER = frozenset({
    "fighters", "mercenaries", "forces", "troops", "units", "commanders", "contractors", "operatives", "'s", "’s",
    "bojownicy", "bojowników", "najemnicy", "najemników", "бойцы", "бойцов", "наемники", "наёмники", "наемников",
    "наёмников", "бійці", "бійців", "найманці", "найманців", "kämpfer", "söldner", "combattants", "mercenaires",
})
# Words for a composer's or a writer's works, before a surname that also names a group: "muzyce Wagnera".
def _works_after(doc: Doc, stop: int) -> bool:
    """Whether a word for a composer's works follows the name at once, or after an English "'s": "Wagners Opern",
    "Wagner's operas" (not a verb of playing: "die Rolle, die die Wagner-Gruppe gespielt hat")."""
    at = stop + 1 if stop < len(doc) and doc[stop].text in ("'s", "’s") else stop
    if at < len(doc) and doc[at].text.casefold() in _WORKS_NOUNS:
        return True
    # ... or "his" works later in the clause: "ein Essay über Wagners Rezeption in Russland, wo seine Opern seit der
    # Zarenzeit gespielt werden"
    for i in range(at + 1, min(len(doc), at + 8)):
        word = doc[i].text
        if word in (".", "!", "?", ";") or "\n" in word:
            return False
        if word.casefold() in _WORKS_NOUNS and doc[i - 1].text.casefold() in _HIS:
            return True
    return False


_WORKS_NOUNS = frozenset({
    "music", "operas", "opera", "muzyka", "muzyki", "muzyce", "muzykę", "opery", "oper", "operach", "musik",
    "opern", "musique", "opéra", "opéras", "музыка", "музыки", "музыке", "музыку", "оперы", "опер", "операх",
    "музика", "музики", "музиці", "музику", "опери",
    # and the works themselves: "Wagners Werke", "utwory Wagnera"
    "works", "werke", "werken", "œuvres", "oeuvres", "utwory", "utworów", "utworach", "dzieła", "dzieł",
    "произведения", "произведений", "твори", "творів",
    # and how they were received: "Die Rezeption Wagners in der UdSSR"
    "reception", "rezeption", "réception", "recepcja", "recepcji", "recepcję", "рецепция", "рецепции", "рецепція",
    "рецепції",
})


# "His" before the works: "seine Opern", "ses opéras", "его оперы".
_HIS = frozenset({"his", "seine", "seinen", "seiner", "ses", "son", "sa", "jego", "его", "його"})
_WORKS = _WORKS_NOUNS | frozenset({
    # performing them
    "play", "plays", "played", "playing", "perform", "performs", "performed", "joue", "jouer", "jouent", "joué",
    "spielen", "spielt", "spielte", "gespielt", "grać", "gra", "grają", "grano", "играть", "играет", "играют",
    "исполняет", "грати", "грає", "грають",
})
# The second parts of a compound that names a composer's works or their staging: "Wagner-Autographen".
_WORKS_COMPOUND_PARTS = _WORKS_NOUNS | frozenset({
    "autographen", "autograph", "autographe", "handschriften", "partitur", "partituren", "festspiele", "festspielen",
    "festival", "festiwal", "festiwalu", "abend", "abende", "zyklus", "gesamtausgabe", "biografie", "biographie"})


def _works_compound(word: str) -> bool:
    """Whether ``word`` joins the name to a word for the works by a hyphen: "Wagner-Autographen", "Wagner-Opern"."""
    _, dash, rest = word.partition("-")
    return bool(dash) and rest.casefold() in _WORKS_COMPOUND_PARTS


# "Called" before a place's name, and the venues so called within three words before it.
_CALLED = frozenset({"called", "named", "namens", "genannt", "appelé", "appelée", "baptisé", "baptisée", "nommé",
                     "nommée", "nazwie", "названием", "назвою"})
_VENUES = frozenset({
    "restaurant", "restaurants", "bar", "bars", "café", "cafe", "cafés", "hotel", "hotels", "hôtel", "club", "pub",
    "ship", "vessel", "boat", "yacht", "shop", "store", "cinema", "band", "brand", "cocktail", "lokal", "kneipe",
    "schiff", "navire", "bateau", "restauracja", "restauracji", "restaurację", "restauracją", "kawiarnia",
    "kawiarni", "hotelu", "klub", "klubu", "statek", "statku", "lokalu", "ресторан", "ресторана", "ресторане",
    "ресторані", "ресторану", "кафе", "отель", "готель", "клуб", "судно", "корабль", "корабель",
})
# Words before a street word that make it one of a city's streets, not a street named after the city ("une place de
# Pyongyang", not "la place de Moscou").
_FR_SOME = frozenset({"une", "un", "chaque", "quelque", "autre", "cette", "ce"})
_FR_STREETS = frozenset({"rue", "avenue", "boulevard", "quai", "place", "impasse", "allée", "square", "cours", "pont",
                         "porte", "gare"})
# Words for a street or a square before the full name it is named after.
_STREET_WORDS = frozenset({
    "вулиця", "вулиці", "вулицю", "вулицею", "проспект", "проспекті", "проспекту", "площа", "площі", "улица", "улице",
    "улицу", "улицы", "улицей", "площадь", "площади", "ulica", "ulicy", "ulicę", "ulicą", "aleja", "alei", "aleję",
    "plac", "placu", "rondo", "ronda", "rondzie", "straße", "strasse", "platz", "allee", "rue", "avenue", "boulevard",
    "street", "road", "거리", "광장", "провулок", "провулка", "провулку", "провулі", "переулок", "переулка", "переулке",
    "переулку", "бульвар", "бульвара", "бульвару", "бульварі", "бульваре", "набережна", "набережній", "набережная",
    "набережной", "skwer", "skweru", "zaułek"})
# Capitalised words after a person's name that make it the name of a building, a place or a body called after them,
# as the press of every Latin-script language writes them: "Trump Tower", "Trump Organization", "Kim Il Sung Square".
_PLACES_AFTER = frozenset({
    "Tower", "Towers", "Hotel", "Hotels", "Plaza", "Building", "Organization", "Organisation", "Media", "University",
    "Foundation", "Square", "Street", "Avenue", "Boulevard", "Center", "Centre", "Airport", "Stadium", "Library",
    "Bridge", "Museum", "Park", "Prize", "Award", "Memorial", "Estate", "Estates", "Winery", "Golf",
})
_PLACES_AFTER_ORTHS = frozenset(hash_string(word) for word in _PLACES_AFTER)
_STATE_ORTHS = frozenset(hash_string(state) for state in _US_STATES)
# Capitalised English words the dictionary knows as proper nouns that stand before a surname without being a
# first name: forms of address, days and months, parties and institutions.
_NOT_FIRST_NAMES = frozenset({
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Sir", "Lord", "Lady", "Dame", "Prince", "Princess", "King", "Queen", "Pope",
    "Saint", "Speaker", "Senator", "Senate", "Congress", "Parliament", "Kremlin", "Pentagon", "God", "Christmas",
    "Easter", "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Labour", "Tory", "Tories",
    "Soviet", "Western", "English", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
})
_OF = hash_string("of")
_IN_ORTHS = frozenset(hash_string(word) for word in ("in", "w", "в", "у", "im", "en", "au"))
_TOWN_ORTHS = frozenset(hash_string(word) for word in ("town", "city", "village", "township"))
# A town word in apposition marks a namesake ("Moscow, a university town"); "a city" does not, a capital is one too.
_SMALL_TOWNS = ("miasteczko", "miejscowość", "городок", "посёлок", "поселок", "містечко", "Kleinstadt", "Städtchen",
                "bourgade")
_SMALL_TOWN_ORTHS = (_TOWN_ORTHS - {hash_string("city")}) | frozenset(hash_string(word) for word in _SMALL_TOWNS)
# The same lower-cased, with their other cases, as they stand right before a name: "the small town of Moscow",
# "Miasteczko Moskwa", "소도시인 모스크바" (a small town that is); and a US town's centre, "a gallery in downtown
# Moscow" (in an article that has placed its Moscow in Idaho).
_SMALL_TOWN_WORDS = frozenset(word.casefold() for word in (
    *_SMALL_TOWNS, "town", "village", "township", "miasteczku", "miasteczka", "городке", "городка", "містечку",
    "містечка", "소도시", "소도시인", "소도시의", "마을", "마을인", "대학도시", "대학도시인", "대학도시의", "downtown"))
# What a town has and a capital's story seldom names right after the capital: "the Moscow City Council", "Moscow
# police", "Moscow High School" (in an article that has placed its Moscow in Idaho).
_LOCAL_BODIES = frozenset({"council", "mayor", "police", "sheriff", "high", "school", "schools", "library",
                           "chamber", "councilman", "councilwoman", "councilmember", "aldermen", "campus", "fire",
                           "resident", "residents"})
# The nicknames most US school and college teams go by.
_TEAM_NAMES = frozenset({"Raiders", "Tigers", "Eagles", "Lions", "Bears", "Wildcats", "Panthers", "Warriors", "Knights",
                         "Falcons", "Hawks", "Bulldogs", "Cougars", "Spartans", "Trojans", "Vikings", "Pirates",
                         "Mustangs", "Hornets", "Bobcats", "Huskies", "Cardinals", "Rams", "Wolves", "Chargers"})
_CITY_BODIES = frozenset({"council", "hall", "police", "manager", "administrator", "attorney", "clerk", "library",
                          "councilman", "councilwoman", "councilmember"})
# "a place called Moscow" once the article has placed its Moscow in Idaho: a town's name, not the capital.
_PLACE_ORTHS = _TOWN_ORTHS | frozenset(hash_string(word) for word in (
    "place", "miasto", "miasteczko", "miejscowość", "miejscowości", "miejsce", "город", "городок", "посёлок",
    "поселок", "место", "місто", "містечко", "місце", "Ort", "Stadt", "Kleinstadt", "Städtchen", "ville", "village",
    "endroit", "lieu"))
_CALLED_ORTHS = frozenset(hash_string(word) for word in _CALLED)
# Words for a town, as they stand right before its name ("the town of", "w miasteczku", "в городке", "소도시"):
# the words of "a place called" and their other cases.
_TOWN_WORD_ORTHS = _PLACE_ORTHS | frozenset(hash_string(word) for word in (
    "towns", "community", "miasta", "mieście", "miastem", "miasteczka", "miasteczku", "miasteczkiem", "города",
    "городе", "городом", "городка", "городке", "городком", "міста", "місті", "містом", "містечка", "містечку",
    "містечком", "Ortschaft", "Gemeinde", "bourgade", "commune", "도시", "소도시", "마을", "타운"))
# Words between a town word and the name: "town of", "town called", "городок под названием", "o nazwie".
_TOWN_LINK_ORTHS = frozenset(hash_string(word) for word in ("of", "de", "d'", "под", "o", *_CALLED))
# Ships by their kind in French and German, right before the name they bear: "le porte-hélicoptères Vladivostok",
# "der Hubschrauberträger Wladiwostok" (English leaves "the tanker Pyongyang seized" open, Slavic languages put a
# city owning a ship in the genitive: neither is read so).
_VESSELS_BEFORE = frozenset({
    "navire", "bateau", "porte-hélicoptères", "porte-avions", "pétrolier", "cargo", "frégate", "corvette", "croiseur",
    "destroyer", "sous-marin", "brise-glace", "chalutier", "paquebot", "ferry", "yacht", "remorqueur",
    "porte-conteneurs", "méthanier", "vraquier", "schiff", "frachter", "tanker", "fregatte", "korvette", "kreuzer",
    "zerstörer", "u-boot", "eisbrecher", "hubschrauberträger", "flugzeugträger", "containerschiff", "fähre", "jacht",
    "trawler", "kriegsschiff", "landungsschiff", "öltanker", "frachtschiff",
})
_BEFORE_NAMED_ORTHS = frozenset(hash_string(word) for word in (*_QUOTES, *_ESTABLISHMENTS, *_CLUBS, *_CALLED,
                                                                 *_BANDS, *_GENRES,
                                                                 *(word.capitalize() for word in (*_BANDS, *_GENRES)),
                                                                 *_VESSELS_BEFORE, *(word.capitalize() for word in
                                                                                     _VESSELS_BEFORE),
                                                                 "le", "Le", "de", "d'", "the", "The",
                                                                 # the last words of _UNDER_THE_NAME
                                                                 "name", "Namen", "nazwą", "именем", "ім'ям", "іменем"))
# Ships by their kind, in apposition after a name: "the Vladivostok, a roll-on roll-off ship".
_VESSELS = frozenset({"ship", "vessel", "boat", "yacht", "tanker", "freighter", "carrier", "ferry", "liner",
                      "icebreaker", "frigate", "corvette", "cruiser", "destroyer", "submarine", "trawler"})
# Initials glued to the surname that follows them: "с.в.лавров", "v.v.putin".
_GLUED_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}(?=[^\W\d_]{2})")
# A patronymic as the press transliterates it, in any case: -ovich, -ovitch, -owitsch, -owicz, -ovych, -ович, -овна.
_PATRONYMIC = re.compile(r"(?:[oe]vi(?:t?ch|č)|[oe]witsch|[oe]wicz|[oe]vytch|[oe]vych|[oe]vna|[oe]wna|ivna"
                         r"|ович|евич|овн|евн|івн|ївн)[^\W\d_]{0,3}$")
# A rank or a form of address with a dot ("Lt. ", "Dr. "), not the end of a dotted acronym ("U.S. President Trump").
_TITLE_BEFORE = re.compile(r"(?<![^\W\d_]|\.)[^\W\d_][^\W\d_A-Z]{0,3}\.\s+$")


# A capital is never a village or a small town: the place so called is its namesake.
_VILLAGE_ORTHS = frozenset(hash_string(word) for word in (
    "village", "hamlet", "село", "села", "селе", "селом", "селі", "деревня", "деревни", "деревне", "деревню",
    "посёлок", "поселок", "посёлка", "поселка", "посёлке", "поселке", "хутор", "хутора", "селище", "селища",
    "wieś", "wsi", "wsią", "Dorf", "Dorfes", "Kleinstadt", "Ortschaft", "Gemeinde", "bourg", "hameau",
    "마을"))
_GEORGIA = "Q230"
_TBILISI = "Q994"
_WASHINGTON = "Q61"
_GEORGIA_ORTH = hash_string("Georgia")
_WASHINGTON_ORTH = hash_string("Washington")
_COMMA_ORTH = hash_string(",")
# Words that place a sentence in the United States beside its one-word states: "Georgia and South Carolina".
_US_CONTEXT = frozenset({"Atlanta", "Savannah", "Carolina", "Dakota", "Hampshire", "Jersey"})


def _us_georgia(doc: Doc, start: int, stop: int, kept: list[Candidate], namesakes: set[str]) -> bool:
    """Whether "Georgia" here is the US state: right after a city that is a namesake ("Athens, Georgia"), or in a
    sentence naming another US state, Atlanta or Savannah."""
    if start >= 2 and doc[start - 1].text == "," and any(
            stop_ == start - 1 and entry.actor in namesakes for _, stop_, entry in kept):
        return True
    sentence = doc[start].sent
    return any(token.text in _US_STATES or token.text in _US_CONTEXT
               for token in sentence if token.i < start or token.i >= stop)


_CALLED_REACH = 10  # tokens back from "called" to the town word


def _called_town(orths: list[int], start: int) -> bool:
    """Whether the name follows "a town called", "a place named", "городок под названием", "miejscowość o nazwie",
    the town word perhaps the subject further back: "The university town of about 26,000 people has been called
    Moscow since the 1870s"."""
    if start < 2 or orths[start - 1] not in _CALLED_ORTHS:
        return False
    return any(orths[p] in _PLACE_ORTHS for p in range(max(0, start - _CALLED_REACH), start - 1))


def _town_in_apposition(orths: list[int], stop: int) -> bool:
    """Whether a town word follows the name in apposition: "Moscow, a university town of about 26,000 people",
    "Moskwa, miasteczko w Idaho" (not "a city", which a capital is too)."""
    if stop >= len(orths) or orths[stop] != _COMMA_ORTH:
        return False
    for position in range(stop + 1, min(stop + 5, len(orths))):
        if orths[position] == _COMMA_ORTH:
            return False
        if orths[position] in _SMALL_TOWN_ORTHS:
            return True
    return False


_ABOUT = frozenset({"about", "some", "nearly", "roughly", "around", "almost", "just", "over", "under", "fewer", "than",
                    "only"})


def _small_city_in_apposition(doc: Doc, stop: int) -> bool:
    """Whether a city of fewer than a million people follows the name in apposition: "Moscow, a city of about 26,000
    residents that is home to the state's flagship university", in an article that has placed its Moscow in Idaho."""
    if stop + 4 >= len(doc) or doc[stop].text != "," or doc[stop + 1].lower_ not in ("a", "the"):
        return False
    position = stop + 2
    if doc[position].lower_ != "city":
        position += 1  # "a small city of", "a college city of"
    if position + 2 >= len(doc) or doc[position].lower_ != "city" or doc[position + 1].lower_ != "of":
        return False
    position += 2
    while position < len(doc) - 1 and doc[position].lower_ in _ABOUT:
        position += 1
    digits = doc[position].text.replace(",", "")
    return digits.isdigit() and int(digits) < 1_000_000 and not (
        position + 1 < len(doc) and doc[position + 1].lower_ in ("million", "billion", "mln"))


# "Under the name" before a name: what bears it is not the place ("sous le nom de Vladivostok", "pod nazwą
# Władywostok", "под именем «Москва»").
_UNDER_THE_NAME = frozenset({("sous", "le", "nom", "de"), ("under", "the", "name"), ("unter", "dem", "namen"),
                             ("pod", "nazwą"), ("под", "названием"), ("під", "назвою"), ("под", "именем"),
                             ("під", "ім'ям"), ("під", "іменем")})
_UNDER_THE_NAME_LENGTHS = frozenset(len(words) for words in _UNDER_THE_NAME)


def _under_the_name(doc: Doc, start: int) -> bool:
    stop = start - 1 if start > 0 and doc[start - 1].text in _QUOTES else start
    return any(stop >= n and tuple(doc[i].text.casefold() for i in range(stop - n, stop)) in _UNDER_THE_NAME
               for n in _UNDER_THE_NAME_LENGTHS)


def _after_word(doc: Doc, start: int, words: frozenset[str]) -> bool:
    """Whether the token right before ``start`` is one of ``words`` (lower-case), whatever its case."""
    return start > 0 and doc[start - 1].text.casefold() in words


def _joined_to_a_neighbour(doc: Doc, start: int, stop: int, kept: list[Candidate]) -> bool:
    """Whether a hyphen joins the name to a capitalised word that names no actor: the twin towns of a namesake's
    region, "the Moscow-Pullman Daily News", "Pullman-Moscow Regional Airport" (not "the Moscow-Pyongyang axis")."""
    if stop + 1 < len(doc) and doc[stop].text == "-" and doc[stop + 1].text[:1].isupper():
        return all(other != stop + 1 for other, _, _ in kept)
    if start > 1 and doc[start - 1].text == "-" and doc[start - 2].text[:1].isupper():
        return all(end != start - 1 for _, end, _ in kept)
    return False


def _after_small_town_word(doc: Doc, start: int) -> bool:
    """Whether a word for a small town stands right before the name, or with "of" between: "the small town of
    Moscow" in an article that has placed its Moscow in Idaho (not "the city of Moscow", which a capital is)."""
    for position in (start - 1, start - 2):
        if position < 0:
            return False
        word = doc[position].lower_
        if word in _SMALL_TOWN_WORDS:
            return True
        if word not in ("of", "de"):
            return False
    return False


def _ship_named(doc: Doc, start: int, stop: int) -> bool:
    """Whether a city's name opens a ship's longer name after a word for a vessel: "the cargo ship Vladivostok
    Star" (not "the tanker Pyongyang seized", where the city acts)."""
    return (_after_word(doc, start, _VESSELS) and stop < len(doc) and doc[stop].is_alpha
            and doc[stop].text[:1].isupper() and not doc[stop].is_sent_start)


def _local_body_after(doc: Doc, stop: int) -> bool:
    """Whether a body of local government or a school team follows the name: "the Moscow City Council", "Moscow
    police", "the Moscow mayor", "Moscow High School", "the Russia Raiders" in an article that has placed its Moscow
    in Idaho or its Russia in Ohio (not "Moscow City", the business district of the capital, nor its "City Court")."""
    if stop >= len(doc):
        return False
    if doc[stop].text in _TEAM_NAMES:
        return True
    word = doc[stop].lower_
    if word == "city":
        return stop + 1 < len(doc) and doc[stop + 1].lower_ in _CITY_BODIES
    return word in _LOCAL_BODIES


_LOCAL_PEOPLE = frozenset({"officials", "leaders", "council", "councillors", "councilors", "authorities", "residents"})
_LOCAL_KINDS = frozenset({"city", "town", "local", "county"})
_MAYORS = frozenset({"mayor", "mayors", "mayoress"})


def _local_body_before(doc: Doc, start: int) -> bool:
    """Whether the town's own officials, its mayor or its people's "here" stand before the name: "City officials in
    Moscow hope the contract will bring jobs", "the mayor of Moscow joked", "we grow the best lentils right here in
    Moscow", in an article that has placed its Moscow in Idaho."""
    if start < 2 or doc[start - 1].lower_ not in ("in", "of"):
        return False
    if doc[start - 2].lower_ in _MAYORS:
        return doc[start - 1].lower_ == "of"
    return doc[start - 2].lower_ == "here" or (
        start >= 3 and doc[start - 2].lower_ in _LOCAL_PEOPLE and doc[start - 3].lower_ in _LOCAL_KINDS)


def _korean_age_after(doc: Doc, stop: int) -> bool:
    """Whether an age in brackets follows a Korean name, as the press gives a private person's: "김정은(34) 주무관"."""
    if stop + 2 >= len(doc) or doc[stop].text != "(" or doc[stop + 2].text != ")":
        return False
    age = doc[stop + 1].text.removesuffix("세")
    return age.isdigit() and len(age) <= 3


def _councillor_title(doc: Doc, end: int) -> bool:
    """A member's title after a Korean name, "의원" with its particles, or glued on ("김정은의원은")."""
    return doc[end - 1].text.endswith(_KO_MEMBER) or (end < len(doc) and doc[end].text.startswith(_KO_MEMBER))


def _korean_trade(doc: Doc, i: int) -> bool:
    """The word at ``i`` names a private person's trade before a name: "배우 김정은", "배우인 김정은" (who is an
    actress), or the head of a firm, "해운회사 대표인 …" (a head with no firm before it may be a state's
    representative: "북한 대표인 김성")."""
    word = doc[i].text
    if word in _TRADES:
        return True
    stem = word[:-1] if word.endswith("인") else word
    if stem in _TRADES:
        return True
    return stem in _KO_HEADS and i > 0 and doc[i - 1].text.endswith(_KO_FIRMS)


def _korean_state_before(doc: Doc, start: int) -> bool:
    """Whether a US state stands right before a place's name in Korean: "아이다호주 모스크바", "아이다호 주의
    모스크바"."""
    if start == 0:
        return False
    word = doc[start - 1].text
    if word in ("주", "주의") and start >= 2:
        word = doc[start - 2].text + "주"
    return _is_us_state(word)


def _after_town_word(orths: list[int], start: int) -> bool:
    """Whether a word for a town stands before the name, alone or with "of" or "called" between."""
    for position in range(start - 1, max(start - 4, 0) - 1, -1):
        if orths[position] in _TOWN_WORD_ORTHS:
            return True
        if orths[position] not in _TOWN_LINK_ORTHS:
            return False
    return False


def _is_us_state(text: str) -> bool:
    """A US state's name, in Korean with its particle too ("아이다호주의")."""
    return text in _US_STATES or ("\uac00" <= text[:1] <= "\ud7a3" and any(stem in _US_STATES
                                                                             for stem in korean_stems(text)))


def _washington_state(doc: Doc, position: int) -> bool:
    """Whether token ``position`` is Washington followed by "state" ("near the Washington state line", "Washington
    State"): the US state, and no capital; Washington alone stands for the capital."""
    return (doc[position].text == "Washington" and position + 1 < len(doc)
            and doc[position + 1].lower_ == "state")


def _us_state_at(doc: Doc, position: int) -> bool:
    """Whether token ``position`` names a US state: one of ``_US_STATES``, or Washington as a state."""
    return _washington_state(doc, position) or _is_us_state(doc[position].text)


def _quoted(doc: Doc, start: int) -> bool:
    """Whether the token at ``start`` stands inside a quotation that opened in its sentence: "“Moscow was the last
    word I expected on my new address,” she said" in an article that has placed its Moscow in Idaho."""
    sentence = doc[start].sent
    return sum(doc[i].text in _QUOTES for i in range(sentence.start, start)) % 2 == 1


def _capital_in_sentence(doc: Doc, start: int, found: list[Candidate]) -> bool:
    """Whether the sentence of the token at ``start`` names a foreign capital: "“Beijing buys Russian oil and sells
    Moscow machine tools,” she said", quoted in a piece about Moscow, Idaho, in an article naming Russia, is the
    Russian capital."""
    sentence = doc[start].sent
    capitals = capital_countries()
    return any(entry.kind == "place" and entry.actor in capitals and entry.actor != _WASHINGTON
               and sentence.start <= at < sentence.end for at, _, entry in found)


def _actor_in_sentence(doc: Doc, start: int, actor: str, kept: list[Candidate]) -> bool:
    """Whether the sentence of the token at ``start`` names ``actor``."""
    sentence = doc[start].sent
    return any(entry.actor == actor and sentence.start <= at < sentence.end for at, _, entry in kept)


def _sentence_number(doc: Doc, start: int) -> int:
    """How many sentences stand before the one of the token at ``start``."""
    first = doc[start].sent.start
    return sum(1 for sentence in doc.sents if sentence.end <= first)


_DASHES = frozenset({"—", "–", "-", "--"})


def _dateline(doc: Doc, start: int, stop: int) -> bool:
    """Whether the place at ``start:stop`` opens a dateline: a sentence's first words, its state and a dash after it
    ("MOSCOW, Idaho — Every night ...")."""
    return bool(doc[start].is_sent_start) and any(token.text in _DASHES for token in doc[stop:stop + 4])


# Words of a small town's life (its campus, its people, living there), in English, where the press datelines such
# a town: "MOSCOW, Idaho".
_TOWN_LIFE = frozenset({"university", "university's", "college", "campus", "student", "students", "professor",
                        "auditorium", "resident", "residents", "hometown", "downtown", "county", "doctoral", "live",
                        "lives", "lived", "living",
                        # and those born, raised or schooled there: "The Moscow native, who graduated from Moscow High
                        # School in 1989"
                        "native", "natives", "born", "raised", "grew", "graduated",
                        # and the farms around it: "well below what many farmers around Moscow and Pullman say they
                        # need to break even"
                        "farm", "farms", "farmer", "farmers", "grower", "growers"})


def _town_life_in_sentence(doc: Doc, start: int) -> bool:
    """Whether the sentence of the token at ``start`` has a word of a small town's life (``_TOWN_LIFE``)."""
    return any(token.lower_ in _TOWN_LIFE for token in doc[start].sent)


def _person_in_sentence(doc: Doc, start: int, kept: list[Candidate], before: int = 0) -> bool:
    """Whether the sentence of the token at ``start`` (or one of the ``before`` sentences before it) names a
    person."""
    sentence = doc[start].sent
    first = sentence.start
    for _ in range(before):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    return any(entry.kind == "person" and first <= at < sentence.end for at, _, entry in kept)


# A person's age, as the press writes it before or after a name: "47-летний", "19-letni", "24-jährige",
# "38-річний", "a 31-year-old"; "ma 64 lata", "âgé de 31 ans".
_AGE_WORDS = r"letni\w*|letnia|летн\w*|річн\w*|jährig\w*|year\s*-\s*old"
_AGE = rf"\d{{1,3}}\s*-\s*(?:{_AGE_WORDS})"
_HAS_AGE = r"ma\s+\d{1,3}\s+lat"  # "Władimir Putin ma 64 lata"
_AGED_AT = r"âgée?\s+de\s+\d{1,3}\s+ans"  # ", âgé de 31 ans"
_AGE_OF_PLACE = r"\s*,\s*\d{1,2}\s*,\s*(?:of|from)\s+[A-Z]"  # the court reports' "John Kirby, 58, of Poolstock"
_PLACE_AFTER_AGE = re.compile(_AGE_OF_PLACE)
_AGE_BEFORE = re.compile(f"({_AGE})((?:\\s+[^\\s\\d.,;:!?]+){{0,2}})\\s*$")
_AGE_AFTER = re.compile(f"\\s*,\\s*(?:(?:a|an)\\s+)?{_AGE}|\\s+{_HAS_AGE}|\\s*,\\s*{_AGED_AT}|{_AGE_OF_PLACE}")
# What each of them holds from its number on, to tell at once that a text has none (most articles): a pattern
# that starts at a digit is scanned for far faster than one starting with a choice of words or a space.
_AGE_ANYWHERE = re.compile(rf"\d\s*(?:-\s*(?:{_AGE_WORDS})|\s+lat|\s+ans|,\s*(?:of|from)\s)")


# An age opening a sentence or a clause, a word before it at most: "The 44-year-old ...", "58-letni ...",
# "Dwudziestodwuletni ...", "Dwudziestosiedmiolatek, ...", "Der 58-Jährige ...", "La cheffe de 38 ans".
_AGE_OPENING = re.compile(
    rf"(?:[^\W\d]+\s+)?(?:{_AGE}|[^\W\d]+(?:letni\w*|latek|latka|летн\w*|річн\w*)\b)"
    r"|(?:[^\W\d]+\s+){1,3}de\s+\d{1,3}\s+ans\b", re.IGNORECASE)
# An indefinite article brings in somebody new: "A 44-year-old analyst asked him".
_INDEFINITE = frozenset({"a", "an", "ein", "eine", "einer", "einem", "einen", "un", "une"})
# What announces an age that the digit-led pre-check misses: an age in words ("Dwudziestodwuletni",
# "Dwudziestosiedmiolatek", "шестнадцатилетний") or a capital ("Der 16-Jährige", "The 23-Year-Old").
_WORDED_AGES = ("letni", "latek", "latka", "летн", "річн", "Jährig", "Year-Old", "Year-old")
_YEARS = re.compile(r"\d{1,3}")
_YOUNGEST = 25
# How far the year of birth plus a printed age may fall from the article's year for the age to be the person's:
# one year under (the birthday not yet reached), one more either way for a birth year the sources dispute, and a few
# more for an event told a few years on ("Kiedy 71-letni Władimir Putin ściskał w Pjongjangu dłoń" written in
# 2026); more still where the article's year is not known and this year stands for it.
_AGE_SLACK = (-1, 3)
_AGE_SLACK_UNDATED = (-1, 5)
# What opens a clause inside a sentence: "Jak poinformowała policja, 58-letni ...", "», — розповів 67-річний".
_CLAUSE_MARKS = frozenset({",", "—", "–", ";", ":"})
# How many words after such an age may give the trade: "58-letni kierowca ciężarówki", "The 44-year-old maritime
# analyst", "Dwudziestosiedmiolatek, wychowanek Awangardu Omsk, napastnik".
_DESCRIPTION_WORDS = 6
# A person picked from a group before such a clause: "the oldest of the guests", "jeden z nich", "самый старший из
# ветеранов", "der älteste der Gäste", "le plus âgé des invités".
_SELECTORS = frozenset({
    "oldest", "youngest", "eldest", "one", "najstarszy", "najstarsza", "najmłodszy", "najmłodsza", "jeden", "jedna",
    "старейший", "старейшая", "старший", "старшая", "младший", "младшая", "один", "одна", "найстарший", "найстарша",
    "наймолодший", "наймолодша", "älteste", "ältester", "jüngste", "jüngster", "einer", "âgé", "âgée", "jeune", "un",
    "une"})
_PARTITIVES = frozenset({"of", "z", "ze", "spośród", "из", "среди", "з", "із", "серед", "der", "unter", "von", "des",
                         "d'entre", "parmi"})


def _picked_from_a_group(doc: Doc, first: int, stop: int) -> bool:
    """Whether tokens ``first:stop`` pick one person from a group: a selector with a partitive word right after it
    or one word on ("the oldest of", "der älteste der", "le plus âgé des")."""
    return any(doc[i].text.casefold() in _SELECTORS
               and any(doc[j].text.casefold() in _PARTITIVES for j in range(i + 1, min(i + 3, stop)))
               for i in range(first, stop))


def _name_after(doc: Doc, position: int, end: int) -> bool:
    """Whether the token after ``position`` (before ``end``) opens a name: a word of letters with a capital."""
    following = position + 1
    if following >= end:
        return False
    word = doc[following].text
    return word[:1].isupper() and word.isalpha()


def _has_age(text: str, start: int, end: int) -> bool:
    """Whether an age may stand between ``start`` and ``end``: a quick test before the patterns that place it."""
    return _AGE_ANYWHERE.search(text, start, end) is not None or any(
        text.find(word, start, end) >= 0 for word in _WORDED_AGES)


def _aged(text: str, start: int, end: int) -> bool:
    """Whether an age stands right before the name (a word or two between, no office) or right after it."""
    return _stated_age(text, start, end) is not None


def _stated_age(text: str, start: int, end: int) -> int | None:
    """The age in years standing right before the name (a word or two between, no office) or right after it."""
    before = _AGE_BEFORE.search(text, max(0, start - 48), start)
    if before is not None and not any(word.casefold() in _OFFICES or _kin_word(word)
                                      for word in before.group(2).split()):
        return _age_in(before.group(1))
    after = _AGE_AFTER.match(text, end)
    return _age_in(after.group()) if after is not None else None


def _kin_word(word: str) -> bool:
    """A word for a relative, in any case the press puts it in: the age before it is the relative's ("11-letnia
    córka Kim Dzong Una", "the 11-year-old daughter of Kim Jong Un")."""
    folded = word.casefold()
    return folded in _KIN or any(folded.startswith(stem) for stem in _KIN_STEMS)


def _age_in(matched: str) -> int:
    years = _YEARS.search(matched)
    return int(years.group()) if years is not None else -1


def _in_domain(doc: Doc, start: int) -> bool:
    """A lower-case name glued to a dot glued to a word is a web address's: "госуслуги.рф", "кремль.рф"."""
    if start == 0 or not doc[start].text.islower():
        return False
    before = doc[start - 1]
    return (before.text.endswith(".") and not before.whitespace_
            and (len(before.text) > 1 or (start > 1 and not doc[start - 2].whitespace_)))


def _office_before(doc: Doc, start: int) -> bool:
    """An office within three words before a name, no punctuation between: "Президент России Владимир Путин"
    (not "Тезка министра: Сергей Лавров", "a well-known foreign minister, Lavrov said")."""
    for position in range(start - 1, max(start - 4, -1), -1):
        token = doc[position]
        if token.text.casefold().rstrip(".") in _OFFICES:
            return True
        if token.is_sent_start or (token.is_punct and token.text != "."):
            break
    return False


def _state_near(doc: Doc, start: int) -> bool:
    """Whether a US state is named in the sentence of token ``start`` or in the one before it."""
    sentences = 0
    position = start
    while position > 0 and sentences < 2:
        position -= 1
        if doc[position].is_sent_start:
            sentences += 1
    for token in doc[position:]:
        if token.i > start and token.is_sent_start:
            break
        if _us_state_at(doc, token.i):
            return True
    return False


def _state_in_sentence(doc: Doc, start: int, end: int, reach: int = 20) -> bool:
    """Whether a US state is named within ``reach`` tokens of a mention, in its sentence."""
    for position in range(end, min(end + reach, len(doc))):
        if doc[position].is_sent_start:
            break
        if _us_state_at(doc, position):
            return True
    for position in range(start - 1, max(start - reach, 0) - 1, -1):
        if _us_state_at(doc, position):
            return True
        if doc[position].is_sent_start:
            break
    return False


def _common_word(text: str, lang: str) -> bool:
    """The analyser's likeliest reading of the word is not a name."""
    readings = analyse(text, lang)
    return bool(readings) and readings[0][1] in _COMMON


def actor_hits(doc: Doc) -> list[tuple[str, int]]:
    """(actor id, first token) of every actor mention in ``doc``."""
    hits = doc.user_data.get(HITS_KEY)
    if hits is None:
        return [(span.label_, span.start) for span in doc.spans.get(SPANS_KEY, ())]
    return list(hits)


def actor_mentions(doc: Doc) -> list[tuple[str, int, int]]:
    """(actor id, start char, end char) of every actor mention in ``doc``, in text order."""
    mentions = doc.user_data.get(MENTIONS_KEY)
    if mentions is None:
        return [(span.label_, span.start_char, span.end_char) for span in doc.spans.get(SPANS_KEY, ())]
    return list(mentions)


# Languages that write common nouns in lower case and names capitalised, whose press does not lower a name on purpose
# (Ukrainian outlets write "путін", "росія"; German capitalises every noun).
_LOWER_CASE_NOUNS = frozenset({"en", "fr", "pl", "es", "it", "pt", "nl", "cs", "sk", "sl", "hr", "ro", "hu", "sv", "da",
                               "no", "fi", "et", "lv", "lt"})


def _without_common_openers(doc: Doc, kept: list[Candidate], orths: list[int]) -> list[Candidate]:
    """``kept`` without a one-word name that opens a sentence where the article writes the word in lower case
    elsewhere and never capitalised inside a sentence, nor names the actor otherwise: the common word, capitalised as
    the sentence's first ("Poutine classique, poutine végétalienne" is the dish; "Trumps split evenly" after "drawing
    trumps"). The press names a person or a place in full, or mid-sentence, somewhere in an article about them."""
    present: set[int] | None = None
    strings = doc.vocab.strings
    drop = set()
    for start, stop, entry in kept:
        if stop - start != 1:
            continue
        text = strings[orths[start]]
        lower = text.lower()
        if lower == text:
            continue
        if present is None:
            present = set(orths)
        # The lower-case word is seldom there: look for the sentence's opening (tokens, walked back) and at the
        # article's other mentions only then.
        if hash_string(lower) not in present or not _sentence_initial(doc, start) or any(
                other.actor == entry.actor and (t - s > 1 or not _sentence_initial(doc, s)) for s, t, other in kept):
            continue
        if not any(orths[i] == orths[start] and not _sentence_initial(doc, i) for i in range(len(orths))):
            drop.add(start)
    return [c for c in kept if c[0] not in drop] if drop else kept


def _sentence_initial(doc: Doc, i: int) -> bool:
    """Whether only tokens without a letter stand between token ``i`` and the start of its sentence."""
    if i < 0 or doc[i].is_sent_start:
        return True
    for position in range(i - 1, -1, -1):
        token = doc[position]  # one Token object per step: it is read twice
        if token.is_alpha:
            return False
        if token.is_sent_start:
            return True
    return True


def _case_ok(text: str, caps: int, lang: str) -> bool:
    if caps == 0:
        return True
    if caps == 2:
        return text.isupper()
    if text[:1].isupper() or not text.islower():
        return True
    # A lower-case token for a capitalised name: only when the analyser knows the word as nothing but a name
    # (not a word it does not know: French "une poutine" is a dish).
    readings = analyse(text, lang)
    return bool(readings) and all(pos == "propn" for _, pos in readings)


@registry.misc("newsradar.actor_base.v1")
def shipped_base_loader() -> Callable[[], Iterable[Actor]]:
    """A loader of the shipped knowledge base (core.actors), called when the first Doc arrives."""

    def load() -> Iterable[Actor]:
        from core.actors import ActorBase

        base: Iterable[Actor] = ActorBase.shipped()
        return base

    return load


@Language.factory(
    "newsradar_actors",
    default_config={"base": {"@misc": "newsradar.actor_base.v1"}, "lang": None, "spans": True},
)
def make_actor_matcher(nlp: Language, name: str, base: Any, lang: str | None, spans: bool) -> ActorMatcher:
    """``spans``: also write ``doc.spans["actors"]`` (off in the batch enricher, which reads the
    mentions the matcher keeps in ``doc.user_data``: Span objects cost a third of the component)."""
    return ActorMatcher(nlp, lang or nlp.lang or "xx", base, spans)
