"""Language identification of an article: py3langid (its model ships in the wheel).

The feed's declared language is only a hint: it decides when the text is too short to judge or
the detector is unsure between languages. Detection is restricted to languages news arrives in, so
a short Slavic text is not called Macedonian or a Korean headline Japanese by accident.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np

__all__ = ["LANGUAGES", "LanguageDetector", "detect_language"]

# The languages we expect in international news and can tokenise; everything else maps to one
# of these or to the declared language.
LANGUAGES: tuple[str, ...] = (
    "pl",
    "en",
    "ru",
    "uk",
    "de",
    "fr",
    "ko",
    "cs",
    "sk",
    "es",
    "it",
    "pt",
    "nl",
    "sv",
    "da",
    "no",
    "fi",
    "et",
    "lv",
    "lt",
    "hu",
    "ro",
    "bg",
    "sr",
    "hr",
    "sl",
    "el",
    "tr",
    "be",
    "ja",
    "zh",
    "ar",
    "fa",
    "he",
)
_SAMPLE_CHARS = 600  # the head of an article says as much about its language as the whole
_CHECK_CHARS = 80  # enough to confirm a declared language
_MIN_LETTERS = 40
_MIN_CONFIDENCE = 0.80
# Scripts that only one of LANGUAGES is written in: a declared language whose script makes up most of
# the head's letters is confirmed without running the detector.
_OWN_SCRIPT: dict[str, re.Pattern[str]] = {
    "ko": re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
    "el": re.compile("[\u0370-\u03ff\u1f00-\u1fff]"),
    "he": re.compile("[\u05d0-\u05ea]"),
}


def _letters(text: str) -> int:
    """Letters, a CJK character or Hangul syllable counting as three: each says as much as a word."""
    return sum(3 if ch >= "\u2e80" else 1 for ch in text if ch.isalpha())


def _normalise(lang: str | None) -> str | None:
    """ "pl-PL" / "PL" / "nb" -> "pl" / "pl" / "no"; None stays None."""
    if not lang:
        return None
    code = lang.strip().replace("_", "-").split("-", 1)[0].lower()
    return {"nb": "no", "nn": "no", "iw": "he", "in": "id"}.get(code, code) or None


class LanguageDetector:
    """Thread-safe wrapper: py3langid's identifier is not documented as re-entrant."""

    def __init__(self, languages: tuple[str, ...] = LANGUAGES) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier: Any = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        known = set(identifier.labels)
        self.languages = tuple(lang for lang in languages if lang in known)
        identifier.set_languages(list(self.languages))
        self._identifier = identifier
        self._lock = threading.Lock()
        self._head = self._fast_head(identifier)

    @staticmethod
    def _fast_head(identifier: Any) -> Callable[[str], str] | None:
        """The detector's own model and feature walk, scored in float32 and without normalising.

        Confirming a declared language needs only the best label; py3langid's float16 table makes
        the matrix product the slowest step. None (use ``classify``) if its internals moved.
        """
        try:
            from py3langid.langid import visit_counts

            table = np.asarray(identifier.nb_ptc, dtype=np.float32)
            prior = np.asarray(identifier.nb_pc, dtype=np.float32)
            labels = list(identifier.nb_classes)
            walk = (identifier.tk_nextmove, identifier._rowbase, identifier.tk_output)
            encode = identifier._encode
        except (ImportError, AttributeError):
            return None

        def head(text: str) -> str:
            visits = visit_counts(*walk, encode(text))
            if not visits:
                return ""
            idx = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
            counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
            return str(labels[int((np.log1p(counts) @ table[idx] + prior).argmax())])

        return head

    def detect(self, text: str, declared: str | None = None) -> str:
        """The language of ``text``; ``declared`` (the feed's claim) breaks ties and short texts."""
        hint = _normalise(declared)
        sample = text[:_SAMPLE_CHARS]
        if hint and len(sample) < _SAMPLE_CHARS and _letters(sample) < _MIN_LETTERS:
            return hint
        script = _OWN_SCRIPT.get(hint or "")
        if script is not None and hint:
            head = text[:_CHECK_CHARS]
            if 2 * len(script.findall(head)) > sum(ch.isalpha() for ch in head):
                return hint
        with self._lock:
            if hint in self.languages:
                # The detector walks the text byte by byte: check the claim on a short head first
                # and read further only when the head disagrees with it.
                head = text[:_CHECK_CHARS]
                best = self._head(head) if self._head is not None else self._identifier.classify(head)[0]
                if best == hint:
                    return hint
            ranked = self._identifier.rank(sample)
        best, confidence = ranked[0]
        if confidence >= _MIN_CONFIDENCE or not hint:
            return str(best)
        # Unsure: trust the declaration when the detector finds it plausible at all.
        plausible = {lang for lang, score in ranked[:3] if score >= 0.05}
        return hint if hint in plausible or hint not in self.languages else str(best)


@lru_cache(maxsize=1)
def _default() -> LanguageDetector:
    return LanguageDetector()


def detect_language(text: str, declared: str | None = None) -> str:
    """Detect with the shared, lazily loaded detector."""
    return _default().detect(text, declared)
