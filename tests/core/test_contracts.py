import json

import pytest

from core.contracts import (
    Actor,
    Alert,
    Article,
    EnrichedArticle,
    Subscription,
    alert_id,
    article_id,
    decode,
    encode,
    json_schemas,
)
from core.errors import ContractError


def _article(**kw):
    base = {"id": "a1", "feed": "f1", "title": "T", "text": "Body."}
    return Article(**(base | kw))


def test_every_message_carries_version_one():
    data = json.loads(encode(_article()))
    assert data["v"] == 1
    with pytest.raises(ContractError) as err:
        decode(Article, json.dumps({**data, "v": 2}))
    assert err.value.field == "v"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"feed": "f"}, "id"),
        ({"id": 3, "feed": "f"}, "id"),
        ({"id": "a", "feed": "f", "published": "yesterday-ish"}, "published"),
        ({"id": "a", "feed": "f", "entities": [{"id": "Q1", "name": "x", "type": "planet"}]}, "entities.0.type"),
    ],
)
def test_decode_error_names_the_field(payload, field):
    model = EnrichedArticle if "entities" in payload else Article
    with pytest.raises(ContractError) as err:
        decode(model, json.dumps(payload))
    assert err.value.field == field
    assert field in str(err.value)


def test_not_json_is_a_contract_error():
    with pytest.raises(ContractError, match="not JSON"):
        decode(Article, b"\xff not json")


def test_round_trip_enriched():
    enriched = EnrichedArticle(
        **_article().model_dump(), sentences=[(0, 1), (3, 8)],
        entities=[{"id": "Q7747", "name": "Vladimir Putin", "type": "person",
                   "mentions": [{"text": "Putina", "start": 3, "end": 9, "sentence": 1}]}],
        topics=[{"id": "ru-dprk-arms", "score": 0.9, "evidence": [1]}],
    )
    assert decode(EnrichedArticle, encode(enriched)) == enriched


def test_subscription_channel_shorthand_and_secret_masking():
    sub = Subscription(
        id="putin-kim", actors=["Q7747", "Q56226"], scope="sentence",
        channels=[{"webhook": {"url": "http://127.0.0.1:1/hook", "secret": "whsec_c2VjcmV0"}},
                  {"apprise": "tgram://token/chat"}, {"email": "ops@example.org"}, {"console": {}}],
    )
    assert [c.type for c in sub.channels] == ["webhook", "apprise", "email", "console"]
    public = sub.model_dump_json()
    assert "whsec_c2VjcmV0" not in public and "tgram://token" not in public
    wire = encode(sub)
    assert b"whsec_c2VjcmV0" in wire
    assert decode(Subscription, wire).channels[0].secret.get_secret_value() == "whsec_c2VjcmV0"


@pytest.mark.parametrize(
    "bad",
    [
        {"actors": []},
        {"actors": ["Q1"], "match": {"at_least": 2}},
        {"actors": ["Q1"], "scope": {"window": 0}},
        {"actors": ["Q1"], "throttle": {"max": 5, "per": "soon"}},
        {"actors": ["Q1"], "channels": [{"webhook": {"url": "http://x", "secret": "plain"}}]},
    ],
)
def test_subscription_rejects(bad):
    with pytest.raises(ContractError):
        decode(Subscription, json.dumps({"id": "s", **bad}))


def test_ids_are_stable_and_prefer_the_url():
    assert article_id("https://x/a") == article_id("https://x/a", feed="f", guid="g")
    assert article_id(None, "f", "g") != article_id(None, "f2", "g")
    assert article_id(None, "", None, "t", "x") == article_id(None, "", None, "t", "x")
    assert alert_id("s", "a") == alert_id("s", "a") != alert_id("s", "b")


def test_alert_example_from_design_validates():
    alert = {"v": 1, "kind": "alert", "id": "x", "subscription": "putin-kim",
             "article": {"id": "a", "url": "u", "title": "t", "source": "s", "lang": "pl",
                         "published": "2023-09-11T10:00:00Z", "fetched_at": "2023-09-11T10:01:00Z"},
             "actors": [{"id": "Q7747", "name": "Vladimir Putin"}, {"id": "Q56226", "name": "Kim Jong Un"}],
             "evidence": [{"text": "...", "mentions": [{"start": 0, "end": 12, "actor": "Q56226"}]}],
             "topics": ["ru-dprk-arms"], "created_at": "2023-09-11T10:01:01Z"}
    assert decode(Alert, json.dumps(alert)).actors[1].id == "Q56226"


def test_schemas_cover_every_contract():
    assert {"Article", "EnrichedArticle", "Subscription", "Alert", "Digest", "Actor", "Feed"} <= set(json_schemas())


def test_an_actor_names_the_country_of_a_place_by_id_and_round_trips():
    city = Actor(id="Q959", type="place", name="Vladivostok", country="Q159")
    assert decode(Actor, encode(city)).country == "Q159"
    assert Actor(id="Q649", type="place", name="Moscow").country is None
    with pytest.raises(ContractError) as err:
        decode(Actor, json.dumps({"id": "Q959", "type": "place", "name": "Vladivostok", "country": "Russia"}))
    assert err.value.field == "country"
