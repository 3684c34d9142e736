"""Lemmas and their alternatives per language, cached per (language, token text).

morfeusz2 for Polish, pymorphy3 for Russian and Ukrainian, simplemma for every other language it
covers, particle stripping for Korean. Every analyser ships its dictionary in its wheel: nothing
downloads. News vocabulary repeats heavily, so each word is analysed once per process.

An *analysis* is ``(lemma, pos)`` with pos in {"noun", "propn", "adj", "verb", "other", ""} ("" when
the analyser gives no part of speech). A word the analyser does not know gets no analyses at all,
so a matcher can tell "unknown name, use inflection rules" from "a known common word".
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc, Token

from enrich.tokens import ORTH_COLUMN, token_table

__all__ = [
    "KOREAN_PARTICLES",
    "LANG_KEY",
    "Analyses",
    "Lemmatizer",
    "analyse",
    "analyser_for",
    "best_lemma",
]

Analyses = tuple[tuple[str, str], ...]
# The language the lemmatizer analysed a Doc in (a fallback "xx" pipeline still knows it).
LANG_KEY = "newsradar.lang"
_CACHE_LIMIT = 300_000

KOREAN_PARTICLES: tuple[str, ...] = tuple(
    sorted(
        set(
            [
                "은",
                "는",
                "이",
                "가",
                "을",
                "를",
                "에",
                "에서",
                "의",
                "와",
                "과",
                "로",
                "으로",
                "도",
                "만",
                "에게",
                "께서",
                "부터",
                "까지",
                "에게서",
                "으로서",
                "으로써",
                "로서",
                "로써",
                "에서는",
                "에서도",
                "에서의",
                "에게는",
                "에는",
                "에도",
                "과의",
                "와의",
                "으로의",
                "로의",
                "과는",
                "와는",
                "이나",
                "나",  # after a vowel, as 이나 after a consonant: 러시아나 중국
                "라",
                "랑",
                "이라",
                "처럼",
                "보다",
                "마저",
                "조차",
                "밖에",
                "한테",
                "한테서",
                "이랑",
                "하고",
                "까지는",
                "부터는",
                "이며",
                "이고",
                "이다",
                "였다",
                "이었다",
                "뿐",  # "only": 무기뿐 아니라, 북한뿐이다
                "뿐이다",
                "뿐만",
            ]
        ),
        key=lambda p: (-len(p), p),
    )
)

_POLISH_VERB = frozenset(["fin", "bedzie", "praet", "impt", "imps", "inf", "pcon", "pant", "ger", "winien", "pred"])
_POLISH_ADJ = frozenset(["adj", "adja", "adjp", "adjc", "pact", "ppas"])
_RU_ADJ = frozenset({"ADJF", "ADJS", "COMP", "PRTF", "PRTS"})
_RU_VERB = frozenset({"VERB", "INFN", "GRND"})
_RU_PROPN = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
_RANK_CAPITAL = {"propn": 0, "noun": 1, "adj": 2, "verb": 3, "other": 4, "": 5}
_RANK_LOWER = {"noun": 0, "adj": 1, "verb": 2, "other": 3, "propn": 4, "": 5}


def _ordered(word: str, found: list[tuple[str, str]]) -> Analyses:
    """Unique analyses, the likeliest first: a capitalised word is more likely a name."""
    rank = _RANK_CAPITAL if word[:1].isupper() else _RANK_LOWER
    unique = list(dict.fromkeys(found))
    unique.sort(key=lambda item: rank[item[1]])
    return tuple(unique)


@lru_cache(maxsize=1)
def _morfeusz() -> Any:
    import morfeusz2

    return morfeusz2.Morfeusz(expand_tags=False, generate=False)


def _polish(word: str) -> Analyses:
    found: list[tuple[str, str]] = []
    for start, _end, (_orth, lemma, tag, names, _quals) in _morfeusz().analyse(word):
        if start != 0:
            continue  # agglutinate ("-em", "-by"): only the word itself matters here
        head = tag.split(":", 1)[0]
        if head == "ign":
            continue
        if head in {"subst", "depr"}:
            pos = "noun" if not names or names == ["nazwa_pospolita"] else "propn"
        elif head in _POLISH_ADJ:
            pos = "adj"
        elif head in _POLISH_VERB:
            pos = "verb"
        else:
            pos = "other"
        found.append((lemma.split(":", 1)[0], pos))
    return _ordered(word, found)


@lru_cache(maxsize=2)
def _morph(lang: str) -> Any:
    import pymorphy3
    from pymorphy3.units import DictionaryAnalyzer

    # Dictionary look-up only: the guessing units cost ten times more on an unknown word, and
    # their guesses are dropped anyway (see _slavic).
    return pymorphy3.MorphAnalyzer(lang=lang, units=[DictionaryAnalyzer()])


def _slavic(word: str, lang: str) -> Analyses:
    found: list[tuple[str, str]] = []
    for parse in _morph(lang).parse(word):
        if not parse.is_known:
            continue  # a guess is worse than nothing: the matcher has inflection rules for names
        tag = parse.tag
        grammemes = tag.grammemes
        if tag.POS == "NOUN":
            pos = "propn" if grammemes & _RU_PROPN else "noun"
        elif tag.POS in _RU_ADJ:
            pos = "adj"
        elif tag.POS in _RU_VERB:
            pos = "verb"
        else:
            pos = "other"
        lemma = parse.normal_form
        if len(word) > 1 and word.isupper() and "Abbr" in grammemes:
            lemma = lemma.upper()
        elif word[:1].isupper() and pos == "propn":
            lemma = lemma[:1].upper() + lemma[1:]
        found.append((lemma, pos))
    return _ordered(word, found)


def _korean(word: str) -> Analyses:
    found: list[tuple[str, str]] = []
    for particle in KOREAN_PARTICLES:
        if word.endswith(particle) and len(word) > len(particle):
            found.append((word[: -len(particle)], ""))
    found.append((word, ""))
    return tuple(dict.fromkeys(found))


def _simplemma(word: str, lang: str) -> Analyses:
    import simplemma

    lemma = simplemma.lemmatize(word, lang=lang)
    if lemma == word and not simplemma.is_known(word, lang=lang):
        return ()
    return ((lemma, ""),)


@lru_cache(maxsize=64)
def analyser_for(lang: str) -> Callable[[str], Analyses]:
    """The analysis function for ``lang`` (a word in, its analyses out; uncached)."""
    if lang == "pl":
        return _polish
    if lang in {"ru", "uk"}:
        return lambda word: _slavic(word, lang)
    if lang == "ko":
        return _korean
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    code = _SIMPLEMMA_CODES.get(lang, lang)
    if lang == "tr":
        return _turkish
    if code in SUPPORTED_LANGUAGES:
        return lambda word: _simplemma(word, code)
    return lambda word: ()


# Turkish derives a new word with -lI ("from, with") and -sIz ("without"): "Koreli" is a Korean, "Rusyalılar"
# Russians, "Rusyasız" without Russia; after an abbreviation's apostrophe too ("ABD'li", American). simplemma
# reads them as the noun; they are other words.
_TR_DERIVED = re.compile(r"['’]?(?:l[ıiuü]|s[ıiuü]z)")


def _turkish(word: str) -> Analyses:
    folded = word.casefold()
    return tuple((lemma, pos) for lemma, pos in _simplemma(word, "tr")
                 if not (folded.startswith(lemma.casefold()) and lemma.casefold() != folded
                         and _TR_DERIVED.match(folded, len(lemma.casefold()))))


# simplemma's codes for languages it knows under another name: Croatian, Serbian and Bosnian as one ("hbs"),
# Norwegian as Bokmål ("nb").
_SIMPLEMMA_CODES = {"hr": "hbs", "sr": "hbs", "bs": "hbs", "no": "nb"}


_cache: dict[str, dict[str, Analyses]] = {}
_lock = threading.Lock()


def analyse(word: str, lang: str) -> Analyses:
    """Cached analyses of ``word`` in ``lang``; words without a letter have none."""
    per_lang = _cache.get(lang)
    if per_lang is None:
        with _lock:
            per_lang = _cache.setdefault(lang, {})
    found = per_lang.get(word)
    if found is None:
        found = analyser_for(lang)(word) if any(ch.isalpha() for ch in word) else ()
        if len(per_lang) >= _CACHE_LIMIT:
            per_lang.clear()  # crude but bounded; the working set refills within a few batches
        per_lang[word] = found
    return found


@lru_cache(maxsize=65536)
def may_be_given_name(word: str, lang: str) -> bool:
    """Whether the analyser knows ``word`` as a first name, perhaps also as a common word ("Роман": a name and a
    novel, "Wiktor"); capitalised mid-sentence, it is the name. False for the languages whose analysers do not
    tell."""
    if not word[:1].isupper():
        return False
    if lang == "pl":
        return any("imię" in names for start, _e, (_o, _l, _t, names, _q) in _morfeusz().analyse(word) if start == 0)
    if lang in {"ru", "uk"}:
        return any("Name" in parse.tag.grammemes for parse in _morph(lang).parse(word) if parse.is_known)
    return False


@lru_cache(maxsize=65536)
def given_name(word: str, lang: str) -> bool:
    """Whether the analyser knows ``word`` as a first name (Morfeusz's "imię", pymorphy3's Name) and as no
    common word ("Dziś", "Речник" are not); False for the languages whose analysers do not tell."""
    if not word[:1].isupper():
        return False
    if lang == "pl":
        # An abbreviation's reading names nothing ("Jan" for the Gospel of John): it does not count.
        found = [names for start, _e, (_o, _l, tag, names, _q) in _morfeusz().analyse(word)
                 if start == 0 and not tag.startswith("brev")]
        return any("imię" in names for names in found) and all(names and "nazwa_pospolita" not in names
                                                                 for names in found)
    if lang in {"ru", "uk"}:
        parses = [parse for parse in _morph(lang).parse(word) if parse.is_known]
        return any("Name" in parse.tag.grammemes for parse in parses) and all(
            parse.tag.grammemes & _RU_PROPN for parse in parses)
    return False


def best_lemma(word: str, lang: str) -> str:
    found = analyse(word, lang)
    return found[0][0] if found else word


def _token_analyses(token: Token) -> Analyses:
    lang = token.doc.user_data.get(LANG_KEY) or token.lang_
    return analyse(token.text, lang)


# A getter, not a stored value: writing a Python attribute per token would cost more than the
# lemma itself, and the cache already holds the answer.
if not Token.has_extension("analyses"):
    Token.set_extension("analyses", getter=_token_analyses)


class Lemmatizer:
    """Sets ``token.lemma_`` on every token in bulk; ``token._.analyses`` reads the same cache.

    The orth -> lemma map of this pipeline's vocabulary is a pair of sorted arrays, so a Doc's lemmas
    are one binary search in C; words met since the arrays were last rebuilt wait in a dict.
    """

    def __init__(self, lang: str, lemma_of: Callable[[str, str], str] = best_lemma) -> None:
        """``lemma_of(word, lang)``: the analyser a word new to the cache goes to."""
        self.lang = lang
        self._lemma_of = lemma_of
        self._keys = np.zeros(0, dtype=np.uint64)  # orth hashes, sorted
        self._values = np.zeros(0, dtype=np.uint64)  # their lemma hashes
        self._pending: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[LANG_KEY] = self.lang
        if not len(doc):
            return doc
        orths = token_table(doc)[:, ORTH_COLUMN]
        keys = self._keys
        if len(keys):
            positions = np.searchsorted(keys, orths)
            positions[positions == len(keys)] = 0
            lemmas = self._values[positions]
            missing = np.flatnonzero(keys[positions] != orths)
        else:
            lemmas = np.zeros(len(orths), dtype=np.uint64)
            missing = np.arange(len(orths))
        if len(missing):
            pending = self._pending
            lemmas[missing] = [
                pending.get(orth) or self._miss(doc, orth) for orth in orths[missing].tolist()
            ]
            # Merged soon while the arrays are small (cheap to rebuild), at most every 4,096 new
            # words once they are large: a pending word costs a dict look-up per occurrence till then.
            if len(pending) >= min(4096, max(64, len(keys) // 8)):
                self._merge()
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]
        return doc

    def _miss(self, doc: Doc, orth: int) -> int:
        strings = doc.vocab.strings
        lemma: int = strings.add(self._lemma_of(strings[orth], self.lang))
        self._pending[orth] = lemma
        return lemma

    def _merge(self) -> None:
        if len(self._keys) + len(self._pending) >= _CACHE_LIMIT:
            self._keys, self._values = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.uint64)
        keys = np.concatenate([self._keys, np.fromiter(self._pending, dtype=np.uint64, count=len(self._pending))])
        values = np.concatenate(
            [self._values, np.fromiter(self._pending.values(), dtype=np.uint64, count=len(self._pending))]
        )
        order = np.argsort(keys, kind="stable")
        self._keys, self._values = keys[order], values[order]
        self._pending = {}


@Language.factory("newsradar_lemmas", default_config={"lang": None})
def make_lemmatizer(nlp: Language, name: str, lang: str | None) -> Lemmatizer:
    return Lemmatizer(lang or nlp.lang or "xx")
