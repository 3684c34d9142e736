"""spaCy pipeline assembly: ``spacy.blank(lang)`` plus our registered components, built once per language.

The order is fixed: sentences (the matcher needs sentence indices), lemmas (the matcher and the
topic rules read them), actors, topics. Each component is added by its registered factory name
with its config, the spaCy way; nothing is rebuilt per document.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading
from collections.abc import Iterable, Sequence
from typing import Any

import spacy
from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

import enrich.lemmas  # registers "newsradar_lemmas"
import enrich.sentences

__all__ = [
    "CJK",
    "COMPONENTS",
    "MY_COMPONENTS",
    "TEXT_KEY",
    "PipelineCache",
    "build_nlp",
    "spacy_lang",
]

log = logging.getLogger(__name__)

COMPONENTS: tuple[str, ...] = ("newsradar_sentences", "newsradar_lemmas", "newsradar_actors", "newsradar_topics")
MY_COMPONENTS: tuple[str, ...] = COMPONENTS[:2]
# Modules whose import registers a component's factory.
_FACTORY_MODULES = {
    "newsradar_sentences": "enrich.sentences",
    "newsradar_lemmas": "enrich.lemmas",
    "newsradar_actors": "enrich.matcher",
    "newsradar_topics": "enrich.topics",
}
# Doc.user_data key holding the text the tokenizer was given: ``doc.text`` rebuilds it token by
# token, which costs about as much as a whole component.
TEXT_KEY = enrich.sentences.TEXT_KEY
_KOREAN = {"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}}


# Spaces other than U+0020 that keep words apart: no-break, en to hair spaces, narrow no-break, medium
# mathematical. spaCy splits on U+0020 alone and makes each of these a token of its own, which then stands inside
# a name ("Kim Jong\u00a0Un", as typesetters keep a name on one line).
_ODD_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
# The Unicode hyphens U+2010 and U+2011 (a non-breaking one keeps "Kim Jong\u2011un" on one line) read as the ASCII
# one, which the English, French or Polish tokenizer splits a word at and the German one does not: a name matches
# as it would with "-".
_ODD_HYPHENS = "\u2010\u2011"
_ODD_SPACE = re.compile(f"[{_ODD_SPACES}{_ODD_HYPHENS}]")
_PLAIN_SPACES = str.maketrans({**dict.fromkeys(_ODD_SPACES, " "), **dict.fromkeys(_ODD_HYPHENS, "-")})


class _TextKeepingTokenizer:
    """Wraps a pipeline's tokenizer and remembers the input text on the Doc.

    The tokenizer reads the odd spaces as plain ones; the text kept is the one given, of the same length, so
    every offset into it holds.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text.translate(_PLAIN_SPACES) if _ODD_SPACE.search(text) else text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


# Chinese and Japanese write no spaces between words. spaCy's Japanese needs SudachiPy's dictionary and its
# Chinese "char" mode splits Latin words into letters too ("KCNA" into K, C, N, A), so both get the
# multi-language tokenizer with every Han character, kana and CJK punctuation mark split off as a token of its
# own: a name is then a run of characters ("プーチン", "金正恩") and a Latin word or a number stays whole.
CJK = frozenset({"ja", "zh"})
_CJK_CHARACTERS = (
    "[\u3001-\u303f\u3041-\u3096\u309b-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uff66-\uff9f]"
)


def spacy_lang(lang: str) -> str:
    """The spaCy language code to build for an article language ("xx" when spaCy has none usable)."""
    code = (lang or "xx").lower()
    if code == "ko":
        return "ko"
    if code in CJK:
        return "xx"
    try:
        spacy.blank(code)
    except Exception:  # ImportError (ja without sudachipy) or an unknown code
        return "xx"
    return code


# Splits spaCy's default infixes miss: an acronym ending a sentence with no space after its dot
# ("в КНДР.Это", "the DPRK.The"), and a hyphen after a dotted abbreviation ("U.S.-led", "U.S.-North Korea").
_EXTRA_INFIXES = (
    rf"(?<=[{ALPHA_UPPER}]{{2}})\.(?=[{ALPHA_UPPER}][{ALPHA_LOWER}])",
    rf"(?<=[{ALPHA_UPPER}]\.)-(?=[{ALPHA}])",
    # a case ending after an acronym, which Swedish and Finnish write after a colon ("USA:s", "KCNA:n")
    rf"(?<=[{ALPHA_UPPER}]{{2}}):(?=[{ALPHA_LOWER}])",
    # the wave dashes East Asian text joins the two ends of a route or a range with ("평양∼모스크바 직항 노선"),
    # which spaCy splits only as the ASCII tilde
    "[\u223c\u301c\uff5e]",
    # an en or em dash between two words, an axis or a route ("die Achse Moskau–Pjöngjang"), which the languages
    # that keep a hyphenated compound whole (German, Dutch, Swedish) keep whole too: it joins no compound
    rf"(?<=[{ALPHA}])[\u2013\u2014](?=[{ALPHA}])",
    # the horizontal bar, which Korean interviews open a question with and some presses use as a dash
    # ("―김정은 위원장이 얻는 대가는", "북한―러시아"): spaCy knows only the en and em dashes
    "\u2015",
)
# Hungarian writes it after a hyphen ("USA-val", "NATO-hoz"), which its own infixes keep whole; elsewhere such a
# hyphen opens a compound ("US-geführte") that the matcher reads whole.
# Turkish puts it after an apostrophe ("ABD'nin"), which the name's own forms hold for names (Rusya'nın) but not for
# acronyms; not a derivation with -lI or -sIz, a new word ("NATO'lu müttefikler", allies in NATO).
_LANG_INFIXES = {"hu": (rf"(?<=[{ALPHA_UPPER}]{{2}})-(?=[{ALPHA_LOWER}])",),
                 "tr": (rf"(?<=[{ALPHA_UPPER}]{{2}})['’](?=[{ALPHA_LOWER}])(?!l[ıiuü]|s[ıiuü]z)",)}

# An emoji's variation selector (or a joiner) that spaCy leaves on the next word: "⚡️Лавров" gives "⚡" and
# "\ufe0fЛавров", so the name is lost. Split off as prefixes of their own.
# A hyphen glued to the word after it, which opens a question or a list item ("-김정은 위원장과 푸틴 대통령의 관계는",
# "-Putin said"): split off before a letter, not before a number ("-5").
_EXTRA_PREFIXES = ("\ufe0f", "\ufe0e", "\u200d", "\u2015", r"-(?=[^\W\d_])")
# French keeps a word after "ex-" glued to it, through the token_match of its hyphenated words ("l'ex-groupe Wagner",
# "l'ex-URSS"), so a name that opens with that word is lost; "ex-" goes off as a prefix of its own.
_FRENCH_EX = r"(?i:ex)-(?=[^\W\d_])"
# The hyphen of a word whose compound is completed later ("US- and European-made", "Russland- und China-Politik").
_EXTRA_SUFFIXES = (r"(?<=[^\W\d_])-",)


# An abbreviation's upper-case twin that spaCy lists beside it (Dutch "VS." for "vs.", Russian "ВС." for "вс."):
# in running text the capitals are an acronym ending a sentence ("chips uit China en de VS."), which stays a
# token of its own; the sentence splitter knows the abbreviations.
_UPPER_TWIN = re.compile(r"^[^\W\d_]{2,}\.$")


class _NotAfterEx:
    """A token_match that leaves a word opening with "ex-" to the prefixes, which split the "ex-" off."""

    def __init__(self, match: Any) -> None:
        self.match = match

    def __call__(self, text: str) -> Any:
        return None if text[:3].casefold() == "ex-" else self.match(text)


def _blank(lang: str) -> Language:
    code = spacy_lang(lang)
    nlp = spacy.blank(code, config=_KOREAN) if code == "ko" else spacy.blank(code)
    tokenizer: Any = nlp.tokenizer
    rules = tokenizer.rules or {}
    twins = {key for key in rules if key.isupper() and _UPPER_TWIN.match(key) and key.lower() in rules}
    if twins:
        tokenizer.rules = {key: value for key, value in rules.items() if key not in twins}
    cjk = (_CJK_CHARACTERS,) if (lang or "").lower() in CJK else ()
    extra = (*_EXTRA_INFIXES, *_LANG_INFIXES.get(code, ()), *cjk)
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or ()), *extra]).finditer
    prefixes = (*_EXTRA_PREFIXES, _FRENCH_EX) if code == "fr" else _EXTRA_PREFIXES
    tokenizer.prefix_search = compile_prefix_regex([*(nlp.Defaults.prefixes or ()), *prefixes]).search
    if code == "fr" and tokenizer.token_match is not None:
        tokenizer.token_match = _NotAfterEx(tokenizer.token_match)
    tokenizer.suffix_search = compile_suffix_regex([*(nlp.Defaults.suffixes or ()), *_EXTRA_SUFFIXES]).search
    nlp.tokenizer = _TextKeepingTokenizer(nlp.tokenizer)
    return nlp


def build_nlp(
    lang: str, components: Sequence[str] = COMPONENTS, configs: dict[str, dict[str, Any]] | None = None
) -> Language:
    """A blank pipeline for ``lang`` with ``components`` added in order.

    Every component whose factory takes a ``lang`` gets the article language, so a fallback "xx"
    pipeline still lemmatises and matches for the language the text is in.
    """
    nlp = _blank(lang)
    for name in components:
        importlib.import_module(_FACTORY_MODULES.get(name, "enrich.pipeline"))
        config = dict((configs or {}).get(name, {}))
        defaults = nlp.get_factory_meta(name).default_config or {}
        if "lang" in defaults and "lang" not in config:
            config["lang"] = lang
        nlp.add_pipe(name, config=config)
    return nlp


class PipelineCache:
    """One pipeline per language, built on first use and shared by every batch after."""

    def __init__(
        self, components: Sequence[str] = COMPONENTS, configs: dict[str, dict[str, Any]] | None = None
    ) -> None:
        self.components = tuple(components)
        self.configs = configs or {}
        self._pipelines: dict[str, Language] = {}
        self._lock = threading.Lock()
        self._base: Any = None

    def get(self, lang: str) -> Language:
        nlp = self._pipelines.get(lang)
        if nlp is None:
            with self._lock:
                nlp = self._pipelines.get(lang)
                if nlp is None:
                    log.info("building the %s pipeline", lang)
                    nlp = build_nlp(lang, self.components, self.configs)
                    if self._base is not None:
                        self._set_base(nlp, self._base)
                    self._pipelines[lang] = nlp
        return nlp

    def languages(self) -> list[str]:
        return sorted(self._pipelines)

    def set_base(self, base: Any) -> None:
        """Give every pipeline, built or still to come, a replacement actor knowledge base."""
        with self._lock:
            self._base = base
            for nlp in self._pipelines.values():
                self._set_base(nlp, base)

    @staticmethod
    def _set_base(nlp: Language, base: Any) -> None:
        if "newsradar_actors" in nlp.pipe_names:
            component: Any = nlp.get_pipe("newsradar_actors")
            component.set_base(base)


def __getattr__(name: str) -> Any:
    # The batch API lives in enrich.enricher (which imports this module); reachable here too.
    if name in {"Enricher", "enrich_batch"}:
        from enrich import enricher

        return getattr(enricher, name)
    raise AttributeError(name)
