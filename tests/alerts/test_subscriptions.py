"""Building subscriptions from what people write: names resolved to ids, clear errors."""

from __future__ import annotations

import time

import pytest

from alerts.subscriptions import SubscriptionIndex, build_subscription, resolve_actor_names
from core.contracts import Subscription
from core.errors import ContractError, ResolveError


class Names:
    """A two-actor knowledge base with one ambiguous name, standing in for core.actors."""

    table = {"putin": "Q7747", "władimir putin": "Q7747", "q7747": "Q7747", "kim jong un": "Q56226",
             "kim dzong un": "Q56226", "q56226": "Q56226"}

    def resolve(self, name: str) -> str:
        key = name.strip().lower()
        if key == "kim":
            raise ResolveError("ambiguous", [("Q56226", "Kim Jong Un"), ("Q1", "Kim Il Sung")])
        if key not in self.table:
            raise ResolveError("unknown", [])
        return self.table[key]


def test_names_in_any_form_resolve_to_ids_once() -> None:
    sub = build_subscription({"id": "pk", "actors": ["Władimir Putin", "Kim Dzong Un", "Q7747"],
                              "scope": "sentence", "exclude_actors": "Putin"}, Names())
    assert sub.actors == ["Q7747", "Q56226"]
    assert sub.exclude_actors == ["Q7747"]


def test_ambiguous_and_unknown_names_are_listed_with_candidates() -> None:
    with pytest.raises(ResolveError) as err:
        resolve_actor_names(["Kim", "Nobody", "Putin"], Names())
    message = str(err.value)
    assert "'Kim' does not name one actor; candidates: Q56226 (Kim Jong Un), Q1 (Kim Il Sung)" in message
    assert "'Nobody' is unknown" in message
    assert ("Q1", "Kim Il Sung") in err.value.candidates


def test_invalid_fields_name_the_field() -> None:
    with pytest.raises(ContractError) as err:
        build_subscription({"id": "x", "actors": ["Q7747"], "match": {"at_least": 3}})
    assert "at_least=3" in str(err.value)
    with pytest.raises(ContractError) as err:
        build_subscription({"id": "x", "actors": ["Q7747"],
                            "channels": [{"webhook": {"url": "http://a", "secret": "k"}}]})
    assert err.value.field.startswith("channels.0")


def test_channel_shorthand_and_masked_secrets() -> None:
    sub = build_subscription({"id": "x", "actors": ["Q7747"], "channels": [
        {"webhook": {"url": "https://hooks.example/x", "secret": "whsec_c2VjcmV0"}},
        {"email": "a@example.org"}, {"apprise": "ntfy://ntfy.example/topic"}, {"console": {}}]})
    assert [c.type for c in sub.channels] == ["webhook", "email", "apprise", "console"]
    dumped = sub.model_dump_json()
    assert "whsec_c2VjcmV0" not in dumped and "ntfy.example" not in dumped


def test_sync_writes_only_what_changed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from alerts.subscriptions import SubscriptionStore
    from core.bus.memory import MemoryBus
    from core.bus.topics import SUBSCRIPTIONS

    bus = MemoryBus(tmp_path / "s.db")
    seen: list[bytes] = []
    table = bus.table(SUBSCRIPTIONS, on_change=lambda key, value: seen.append(key))
    try:
        table.wait_ready(5)
        store = SubscriptionStore(bus, Names())

        def seen_after(count: int) -> list[bytes]:
            # The table follows the topic on a thread of its own, and a compacted topic keeps only a key's last
            # value: wait for each write to be seen before the next, or two writes of one key may read as one.
            deadline = time.monotonic() + 5
            while len(seen) < count and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(0.2)
            return list(seen)

        store.put({"id": "from-api", "actors": ["Q7747"]})
        docs = [{"id": "pk", "actors": ["Putin", "Kim Jong Un"], "scope": "sentence"}]
        assert [s.actors for s in store.sync(docs)] == [["Q7747", "Q56226"]]
        assert seen_after(2) == [b"from-api", b"pk"]
        store.sync(docs)
        time.sleep(0.3)
        assert seen == [b"from-api", b"pk"]  # unchanged: nothing written
        store.sync([{**docs[0], "scope": "article"}])
        assert seen_after(3) == [b"from-api", b"pk", b"pk"]
        assert [(s.id, s.scope) for s in store.list()] == [("from-api", "article"), ("pk", "article")]
    finally:
        table.close()
        bus.close()


def test_a_stored_subscription_naming_a_replaced_id_still_matches_its_successor() -> None:
    stored = Subscription(id="kharkiv", actors=["x:kharkiv", "Q159"], exclude_actors=["x:crimea"])
    index = SubscriptionIndex([stored])
    found = index.get("kharkiv")
    assert found is not None
    assert found.actors == ["Q42308", "Q159"] and found.exclude_actors == ["Q7835"]
    assert [s.id for s in index.candidates(["Q42308"])] == ["kharkiv"]
    assert index.candidates(["x:kharkiv"]) == []
    # with no table, ids stay as written
    assert SubscriptionIndex([stored], renamed={}).get("kharkiv") == stored
