"""Subscriptions: building them from what people write, the actor → subscriptions index, the store.

People write actors by any name ("Putin", "Władimir Putin", "Q7747"); ``build_subscription``
resolves every name to a QID through the actor knowledge base once, at creation, so the engine
only ever compares ids. A stored subscription that names an id since replaced (an ``x:slug`` whose
QID was confirmed, ``core/data/renamed.yaml``) is read with the new id, so it keeps firing. The
store is the compacted ``newsradar.subscriptions`` topic (key = subscription id, tombstone =
deleted); in the embedded mode that topic lives in the in-process bus's SQLite file.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from pydantic import ValidationError

from core.actors import renamed_ids
from core.bus.base import Bus
from core.bus.topics import SUBSCRIPTIONS
from core.contracts import Subscription, decode, encode
from core.errors import ContractError, ResolveError

__all__ = [
    "ActorResolver",
    "SubscriptionIndex",
    "SubscriptionStore",
    "build_subscription",
    "first_problem",
    "required_count",
    "resolve_actor_names",
]


class ActorResolver(Protocol):
    """What subscriptions need of the knowledge base (core.actors.ActorBase satisfies it)."""

    def resolve(self, name_or_id: str) -> Any:
        """The one actor a name or id denotes; ResolveError (with candidates) otherwise."""


def _actor_id(found: Any) -> str:
    return found if isinstance(found, str) else str(found.id)


def resolve_actor_names(names: Iterable[str], resolver: ActorResolver | None, field: str = "actors") -> list[str]:
    """QIDs for ``names`` in order, duplicates removed; one ResolveError naming every unresolved name."""
    ids: list[str] = []
    problems: list[str] = []
    candidates: list[tuple[str, str]] = []
    for name in names:
        if resolver is None:
            ids.append(name)
            continue
        try:
            actor_id = _actor_id(resolver.resolve(name))
        except ResolveError as exc:
            listed = ", ".join(f"{cid} ({cname})" for cid, cname in exc.candidates[:10])
            problems.append(f"{field}: {name!r} does not name one actor; candidates: {listed}" if listed
                            else f"{field}: {name!r} is unknown")
            candidates.extend(exc.candidates)
            continue
        if actor_id not in ids:
            ids.append(actor_id)
    if problems:
        raise ResolveError("; ".join(problems), candidates)
    return ids


def build_subscription(doc: Mapping[str, Any], resolver: ActorResolver | None = None) -> Subscription:
    """A Subscription from the config/API/CLI form, actor names resolved to ids.

    Raises ResolveError (a name is ambiguous or unknown, with the candidates) or ContractError
    (a field is wrong, naming it).
    """
    data = dict(doc)
    for field in ("actors", "exclude_actors"):
        value = data.get(field)
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            data[field] = resolve_actor_names(value, resolver, field)
    try:
        return Subscription.model_validate(data)
    except ValidationError as exc:
        field, reason = first_problem(exc)
        raise ContractError("Subscription", field, reason) from exc


def first_problem(exc: ValidationError) -> tuple[str, str]:
    """The most specific problem as (field, reason): a union's failed branches name no field people write.

    ``scope: {window: 0}`` fails both as a literal and as a Window; the Window's ``scope.window``
    error (the deepest) is the useful one, with the branch names dropped from the path.
    """
    errors = exc.errors()
    best = max(errors, key=lambda e: len(e["loc"]))
    parts = [str(p) for p in best["loc"]
             if not (isinstance(p, str) and (p[:1].isupper() or "[" in p or p in _BRANCHES))]
    return ".".join(parts), best["msg"]


_BRANCHES = frozenset({"webhook", "email", "apprise", "console"})  # discriminated-union tags


def required_count(sub: Subscription) -> int:
    """How many distinct listed actors must appear together for ``sub`` to match."""
    if sub.match == "all":
        return len(set(sub.actors))
    if sub.match == "any":
        return 1
    return sub.match.at_least


class SubscriptionIndex:
    """Inverted index actor id → subscriptions, so the work per article follows the article's actors.

    Updated in place by the table follower thread while the engine evaluates: readers take a
    consistent view under the lock (``candidates`` copies what it returns).
    """

    def __init__(self, subscriptions: Iterable[Subscription] = (), renamed: Mapping[str, str] | None = None) -> None:
        # Replaced actor ids and their successors: the shipped table unless given.
        self._renamed = renamed_ids() if renamed is None else renamed
        self._lock = threading.Lock()
        self._subs: dict[str, Subscription] = {}
        self._by_actor: dict[str, dict[str, Subscription]] = {}
        for sub in subscriptions:
            self.put(sub)

    def __len__(self) -> int:
        return len(self._subs)

    def get(self, sub_id: str) -> Subscription | None:
        return self._subs.get(sub_id)

    def all(self) -> list[Subscription]:
        with self._lock:
            return list(self._subs.values())

    def put(self, sub: Subscription) -> None:
        sub = self._current(sub)
        with self._lock:
            self._remove(sub.id)
            self._subs[sub.id] = sub
            for actor in set(sub.actors):
                self._by_actor.setdefault(actor, {})[sub.id] = sub

    def remove(self, sub_id: str) -> None:
        with self._lock:
            self._remove(sub_id)

    def _current(self, sub: Subscription) -> Subscription:
        """``sub`` with every replaced actor id read as its successor."""
        renamed = self._renamed
        if not renamed or not any(a in renamed for a in (*sub.actors, *sub.exclude_actors)):
            return sub
        return sub.model_copy(update={
            "actors": list(dict.fromkeys(renamed.get(a, a) for a in sub.actors)),
            "exclude_actors": list(dict.fromkeys(renamed.get(a, a) for a in sub.exclude_actors)),
        })

    def _remove(self, sub_id: str) -> None:
        old = self._subs.pop(sub_id, None)
        if old is None:
            return
        for actor in set(old.actors):
            bucket = self._by_actor.get(actor)
            if bucket is not None:
                bucket.pop(sub_id, None)
                if not bucket:
                    del self._by_actor[actor]

    def candidates(self, actor_ids: Iterable[str]) -> list[Subscription]:
        """Every subscription listing at least one of ``actor_ids`` (each once)."""
        found: dict[str, Subscription] = {}
        with self._lock:
            for actor in actor_ids:
                bucket = self._by_actor.get(actor)
                if bucket:
                    found.update(bucket)
        return list(found.values())

    def apply(self, key: bytes, value: bytes | None) -> None:
        """A change on the subscriptions topic (``Bus.table`` on_change): put, or delete on a tombstone."""
        if value is None:
            self.remove(key.decode("utf-8"))
            return
        self.put(decode(Subscription, value))


class SubscriptionStore:
    """Subscriptions on the compacted topic: add/replace, remove, list."""

    def __init__(self, bus: Bus, resolver: ActorResolver | None = None) -> None:
        self._bus = bus
        self._resolver = resolver

    def put(self, sub: Subscription | Mapping[str, Any]) -> Subscription:
        if not isinstance(sub, Subscription):
            sub = build_subscription(sub, self._resolver)
        self._bus.send(SUBSCRIPTIONS, encode(sub), key=sub.id.encode("utf-8"))
        self._bus.flush()
        return sub

    def remove(self, sub_id: str) -> bool:
        """Tombstone ``sub_id``; False when it did not exist."""
        if self.get(sub_id) is None:
            return False
        self._bus.send(SUBSCRIPTIONS, None, key=sub_id.encode("utf-8"))
        self._bus.flush()
        return True

    def get(self, sub_id: str) -> Subscription | None:
        return {s.id: s for s in self.list()}.get(sub_id)

    def sync(self, docs: Iterable[Mapping[str, Any]]) -> list[Subscription]:
        """Put the config file's ``subscriptions:``, writing only those that changed (others are left alone:
        subscriptions added through the API or the CLI are not the config's to delete)."""
        wanted = [build_subscription(doc, self._resolver) for doc in docs]
        stored = self._bus.read_table(SUBSCRIPTIONS)
        changed = [s for s in wanted if stored.get(s.id.encode("utf-8")) != encode(s)]
        for sub in changed:
            self._bus.send(SUBSCRIPTIONS, encode(sub), key=sub.id.encode("utf-8"))
        self._bus.flush()
        return wanted

    def list(self, timeout: float = 30.0) -> list[Subscription]:
        subs = []
        for value in self._bus.read_table(SUBSCRIPTIONS, timeout).values():
            subs.append(decode(Subscription, value))
        return sorted(subs, key=lambda s: s.id)
