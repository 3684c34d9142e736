"""The actor knowledge base: lookup by id and by any name form, in any language.

The shipped base is one generated JSON file (``core/data/actors.json``, built by
``core/data/build_actors.py`` from the hand-written sources beside it and CLDR names through
Babel), loaded once per process. Imported and custom actors are layered over it with
``layered()``, which returns a new base and leaves the shipped one untouched.

Ids that were replaced (an ``x:slug`` once its QID was confirmed) stay valid: ``get``, ``exact`` and
``current_id`` read them as their successors (``core/data/renamed.yaml``), so stored subscriptions and
custom topic rules keep working after a rename.

Lookup folds case, diacritics and punctuation (``normalize_name``), so "Kim Jong-un",
"kim jong un" and "KIM JONG UN" are one key. Exact name forms win; prefix and token overlap
only propose candidates, and ``resolve`` never guesses between several actors.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from core.contracts import Actor
from core.errors import ResolveError

__all__ = [
    "CURATED_LANGUAGES",
    "DATA_FILE",
    "ActorBase",
    "capital_countries",
    "member_states",
    "normalize_name",
    "renamed_ids",
]

DATA_FILE = Path(__file__).parent / "data" / "actors.json"
# The languages whose names the shipped base curates, people's and organisations' included. The base has
# countries and capitals in more languages, with CLDR's names alone.
CURATED_LANGUAGES: tuple[str, ...] = ("en", "pl", "ru", "uk", "de", "fr", "ko", "zh", "ja", "ar", "cs", "es", "it")
_QID = re.compile(r"^(Q[1-9][0-9]*|x:[a-z0-9][a-z0-9-]*)$")
# Letters that do not decompose under NFKD but are diacritic variants all the same.
_FOLD = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss"})
# Dots and apostrophes vanish ("U.S." == "US", "N'Djamena" == "NDjamena"); other punctuation splits words.
_DROP = re.compile(r"[.'’ʼ`´]")
_SPLIT = re.compile(r"[\W_]+")
_KANA_MARKS = {"\u3099", "\u309a"}
_TYPE_ORDER = {"country": 0, "person": 1, "org": 2, "place": 3}


def normalize_name(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive key for a name form."""
    if text.isascii():
        text = text.lower()  # the common case, and ten times cheaper than the Unicode path
    else:
        text = unicodedata.normalize("NFKD", text.casefold())
        # Kana voicing marks are letters' identity (プ is not フ); every other combining mark is a diacritic.
        text = "".join(ch for ch in text if not unicodedata.combining(ch) or ch in _KANA_MARKS)
        # Recompose so Hangul syllables (decomposed into jamo by NFKD) compare as written.
        text = unicodedata.normalize("NFC", text).translate(_FOLD)
    text = _DROP.sub("", text)
    return " ".join(_SPLIT.split(text)).strip()


def _folded_forms(actor: Actor) -> tuple[set[str], set[str]]:
    """(strong, weak-only) folded names; the canonical name is strong unless it is listed as weak."""
    weak = {normalize_name(f) for forms in actor.weak.values() for f in forms}
    strong = {normalize_name(f) for forms in actor.names.values() for f in forms}
    name = normalize_name(actor.name)
    if name not in weak:
        strong.add(name)
    return strong - {""}, weak - strong - {""}


class ActorBase:
    """An immutable set of actors with name indexes. Build once, share freely."""

    def __init__(self, actors: Iterable[Actor] = (), renamed: dict[str, str] | None = None) -> None:
        self.renamed: dict[str, str] = dict(renamed or {})  # replaced id -> its successor
        self._actors: dict[str, Actor] = {}
        for actor in actors:
            self._actors[actor.id] = actor
        self._exact: dict[str, list[str]] = {}  # folded name -> ids, strong holders first
        self._weak_only: set[tuple[str, str]] = set()  # (folded name, id) held only as a weak name
        self._tokens: dict[str, set[str]] = {}
        for actor in self._actors.values():
            self._index(actor)
        self._keys = sorted(self._exact)

    def _index(self, actor: Actor) -> None:
        strong, weak = _folded_forms(actor)
        for key in strong | weak:
            ids = self._exact.setdefault(key, [])
            if key in weak:
                self._weak_only.add((key, actor.id))
                ids.append(actor.id)
            else:
                ids.insert(sum(1 for i in ids if (key, i) not in self._weak_only), actor.id)
            for token in key.split():
                self._tokens.setdefault(token, set()).add(actor.id)

    # --- construction -----------------------------------------------------------------------

    @classmethod
    def shipped(cls) -> ActorBase:
        """The bundled knowledge base, parsed once per process."""
        return _shipped()

    @classmethod
    def from_file(cls, path: Path) -> ActorBase:
        return cls(load_actor_file(path), _renamed_in(path))

    def layered(self, actors: Iterable[Actor]) -> ActorBase:
        """A new base with ``actors`` added, each replacing any actor with the same id. An added actor
        that carries a replaced id is itself again: the rename no longer applies to it."""
        merged = dict(self._actors)
        for actor in actors:
            merged[actor.id] = actor
        return ActorBase(merged.values(), {old: new for old, new in self.renamed.items() if old not in merged})

    def current_id(self, actor_id: str) -> str:
        """``actor_id``, or its successor when it was replaced."""
        return actor_id if actor_id in self._actors else self.renamed.get(actor_id, actor_id)

    # --- mapping protocol --------------------------------------------------------------------

    def get(self, actor_id: str) -> Actor | None:
        return self._actors.get(self.current_id(actor_id))

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    # --- lookup ------------------------------------------------------------------------------

    def exact(self, name: str) -> list[Actor]:
        """Actors that have this very name form (after folding), or this id; strong holders first."""
        stripped = self.current_id(name.strip())
        if _QID.match(stripped) and stripped in self._actors:
            return [self._actors[stripped]]
        return [self._actors[i] for i in self._exact.get(normalize_name(name), [])]

    def search(self, name: str, limit: int = 10) -> list[Actor]:
        """Exact name-form hits first, then prefix and token-overlap candidates, best first."""
        found = self.exact(name)
        seen = {a.id for a in found}
        key = normalize_name(name)
        if key and len(found) < limit:
            scores: dict[str, float] = {}
            for actor_id in self._prefixed(key):
                scores[actor_id] = scores.get(actor_id, 0.0) + 2.0
            tokens = key.split()
            for token in tokens:
                for actor_id in self._tokens.get(token, ()):
                    scores[actor_id] = scores.get(actor_id, 0.0) + 1.0 / len(tokens)
            ranked = sorted(
                (i for i in scores if i not in seen),
                key=lambda i: (-scores[i], _TYPE_ORDER[self._actors[i].type], self._actors[i].name),
            )
            found.extend(self._actors[i] for i in ranked)
        return found[:limit]

    def _prefixed(self, key: str, cap: int = 200) -> set[str]:
        """Ids of actors with a name form starting with ``key`` (bounded: a one-letter key matches many)."""
        out: set[str] = set()
        start = bisect.bisect_left(self._keys, key)
        for k in self._keys[start:start + cap]:
            if not k.startswith(key):
                break
            out.update(self._exact[k])
        return out

    def resolve(self, name_or_id: str) -> Actor:
        """Exactly one actor for a name form or id; ResolveError (with candidates) otherwise.

        A name held as a strong name by one actor and only as a weak name by others resolves to
        the strong holder ("Djibouti" is the country; the city keeps the form as weak).
        """
        hits = self.exact(name_or_id)
        key = normalize_name(name_or_id)
        strong = [a for a in hits if (key, a.id) not in self._weak_only]
        if len(strong) == 1 or (not strong and len(hits) == 1):
            return strong[0] if strong else hits[0]
        if hits:
            raise ResolveError(
                f"{name_or_id!r} is ambiguous: {len(hits)} actors have this name; use an id",
                candidates=[(a.id, a.name) for a in hits],
            )
        candidates = self.search(name_or_id, limit=10)
        raise ResolveError(
            f"no actor is named {name_or_id!r}" + ("; did you mean one of the candidates?" if candidates else ""),
            candidates=[(a.id, a.name) for a in candidates],
        )


def load_actor_file(path: Path) -> list[Actor]:
    """Actors from the generated JSON format: ``{"actors": [{id, type, name, names, weak}, ...]}``."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return [Actor.model_validate(item) for item in data["actors"]]


def _renamed_in(path: Path) -> dict[str, str]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return dict(data.get("renamed") or {})


@cache
def renamed_ids() -> dict[str, str]:
    """The shipped table of replaced ids and their successors (read without building a base)."""
    return _renamed_in(DATA_FILE)


def _un_members() -> list[list[str]]:
    """The rows of core/data/un_members.tsv below its header: code, country QID, capital QID, ..."""
    lines = (DATA_FILE.parent / "un_members.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")][1:]


@cache
def member_states() -> frozenset[str]:
    """Every UN member, as QIDs."""
    return frozenset(row[1] for row in _un_members())


@cache
def capital_countries() -> dict[str, str]:
    """The capital of every UN member -> that country, both as QIDs."""
    # "-" for a city-state (Singapore)
    return {row[2]: row[1] for row in _un_members() if row[2].startswith("Q")}


@cache
def _shipped() -> ActorBase:
    return ActorBase(load_actor_file(DATA_FILE), renamed_ids())
