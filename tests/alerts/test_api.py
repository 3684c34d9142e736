"""The HTTP API through FastAPI's TestClient on the in-process bus."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from alerts.api import create_app
from alerts.deliveries import DeliveryLog
from alerts.rules import evaluate
from core.actors import ActorBase
from core.bus.memory import MemoryBus
from core.bus.topics import FEED_STATE, SUBSCRIPTIONS
from core.contracts import Actor, Subscription, decode
from tests.alerts.helpers import make_article

TOKEN = "t0ken-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
ACTORS = ActorBase([
    Actor(id="Q7747", type="person", name="Vladimir Putin", names={"pl": ["Władimir Putin", "Putin"]}),
    Actor(id="Q56226", type="person", name="Kim Jong Un", names={"pl": ["Kim Dzong Un"], "en": ["Kim"]}),
    Actor(id="Q1", type="person", name="Kim Il Sung", names={"en": ["Kim"]}),
])


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[MemoryBus]:
    bus = MemoryBus(tmp_path / "state.db")
    yield bus
    bus.close()


@pytest.fixture
def client(bus: MemoryBus) -> Iterator[TestClient]:
    app = create_app(bus, actors=ACTORS, token=TOKEN, registry=CollectorRegistry())
    with TestClient(app) as client:
        yield client


def test_only_health_and_metrics_are_open(client: TestClient) -> None:
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    assert client.get("/metrics").status_code == 200
    for path in ("/subscriptions", "/feeds", "/alerts", "/actors?q=Putin", "/openapi.json", "/docs"):
        assert client.get(path).status_code == 401, path
        assert client.get(path, headers={"Authorization": "Bearer wrong"}).status_code == 401, path
    schema = client.get("/openapi.json", headers=AUTH).json()
    assert "/subscriptions" in schema["paths"] and "/actors" in schema["paths"]


def test_no_token_configured_refuses_unless_anonymous_is_allowed(bus: MemoryBus) -> None:
    with TestClient(create_app(bus, registry=CollectorRegistry())) as closed:
        assert closed.get("/subscriptions").status_code == 401
    with TestClient(create_app(bus, allow_anonymous=True, registry=CollectorRegistry())) as open_:
        assert open_.get("/subscriptions").status_code == 200


def test_subscription_crud_resolves_names_and_never_returns_secrets(client: TestClient, bus: MemoryBus) -> None:
    body = {"id": "putin-kim", "actors": ["Władimir Putin", "Kim Dzong Un"], "scope": "sentence",
            "channels": [{"webhook": {"url": "https://hooks.example.org/x", "secret": SECRET}},
                         {"apprise": "tgram://123:abc/456"}]}
    created = client.post("/subscriptions", json=body, headers=AUTH)
    assert created.status_code == 201, created.text
    assert created.json()["actors"] == ["Q7747", "Q56226"]
    assert client.post("/subscriptions", json=body, headers=AUTH).status_code == 409
    listed = client.get("/subscriptions", headers=AUTH)
    assert SECRET not in listed.text and "tgram" not in listed.text
    # Written back as read (masked), the stored secrets stay.
    doc = client.get("/subscriptions/putin-kim", headers=AUTH).json()
    doc["name"] = "renamed"
    assert client.put("/subscriptions/putin-kim", json=doc, headers=AUTH).status_code == 200
    stored = decode(Subscription, bus.read_table(SUBSCRIPTIONS)[b"putin-kim"])
    assert stored.name == "renamed"
    assert stored.channels[0].secret.get_secret_value() == SECRET  # type: ignore[union-attr]
    assert stored.channels[1].url.get_secret_value() == "tgram://123:abc/456"  # type: ignore[union-attr]
    assert client.delete("/subscriptions/putin-kim", headers=AUTH).status_code == 204
    assert client.get("/subscriptions/putin-kim", headers=AUTH).status_code == 404
    assert client.delete("/subscriptions/putin-kim", headers=AUTH).status_code == 404


def test_validation_errors_are_422_with_field_and_reason(client: TestClient) -> None:
    ambiguous = client.post("/subscriptions", json={"id": "k", "actors": ["Kim"]}, headers=AUTH)
    assert ambiguous.status_code == 422
    (problem,) = ambiguous.json()["detail"]
    assert problem["field"] == "actors" and {"id": "Q1", "name": "Kim Il Sung"} in problem["candidates"]
    bad = client.post("/subscriptions", json={"id": "k", "actors": ["Q7747"], "scope": {"window": 0}},
                      headers=AUTH)
    assert bad.status_code == 422
    (problem,) = bad.json()["detail"]
    assert problem["field"].startswith("scope") and "greater than or equal to 1" in problem["reason"]
    assert client.get("/actors", headers=AUTH).status_code == 422
    assert client.get("/actors", headers=AUTH).json()["detail"][0]["field"] == "query.q"


def test_actor_search_resolves_name_forms(client: TestClient) -> None:
    found = client.get("/actors", params={"q": "Putin"}, headers=AUTH).json()
    assert found[0] == {"id": "Q7747", "name": "Vladimir Putin", "type": "person"}
    kims = {a["id"] for a in client.get("/actors", params={"q": "Kim"}, headers=AUTH).json()}
    assert {"Q56226", "Q1"} <= kims


def test_feed_crud_and_health(client: TestClient, bus: MemoryBus) -> None:
    created = client.post("/feeds", json={"url": "https://news.example.pl/rss", "lang": "pl"}, headers=AUTH)
    assert created.status_code == 201, created.text
    feed_id = created.json()["id"]
    assert [f["id"] for f in client.get("/feeds", headers=AUTH).json()] == [feed_id]
    assert client.get(f"/feeds/{feed_id}", headers=AUTH).json()["lang"] == "pl"
    bad = client.post("/feeds", json={"url": "ftp://x"}, headers=AUTH)
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "url"
    bad = client.post("/feeds", json={"url": "https://x/rss", "interval": "soon"}, headers=AUTH)
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "interval"
    state = {"feed": feed_id, "url": "https://news.example.pl/rss", "errors": 2, "last_error": "HTTP 503",
             "seen": ["a"] * 50, "last_poll": 1.0}
    bus.send(FEED_STATE, json.dumps(state).encode(), key=feed_id.encode())
    bus.flush()
    health = client.get("/feeds/health", headers=AUTH).json()
    assert health[feed_id]["status"] == "failing" and health[feed_id]["last_error"] == "HTTP 503"
    assert "seen" not in health[feed_id]
    assert client.delete(f"/feeds/{feed_id}", headers=AUTH).status_code == 204
    assert client.get("/feeds", headers=AUTH).json() == []


def test_recent_alerts_come_from_the_delivery_log(client: TestClient, bus: MemoryBus) -> None:
    sub = Subscription(id="pk", actors=["Q7747", "Q56226"])
    log = DeliveryLog(bus)
    for i in range(3):
        (alert,) = evaluate(make_article(id=f"a{i}"), [sub])
        log.decide(alert, 0, "send", None)
    recent = client.get("/alerts", params={"limit": 2}, headers=AUTH).json()
    assert len(recent) == 2 and recent[0]["subscription"] == "pk" and recent[0]["decision"] == "send"
    assert client.get("/alerts", params={"subscription": "other"}, headers=AUTH).json() == []


def test_test_notification_goes_through_each_channel(bus: MemoryBus) -> None:
    from alerts.channels import ChannelOptions
    from tests.alerts.receivers import http_receiver

    with http_receiver() as rx:
        app = create_app(bus, actors=ACTORS, token=TOKEN, registry=CollectorRegistry(),
                         channels=ChannelOptions(allow_private=True))
        with TestClient(app) as client:
            body = {"id": "pk", "actors": ["Q7747"], "channels": [{"webhook": {"url": rx.url, "secret": SECRET}}]}
            assert client.post("/subscriptions", json=body, headers=AUTH).status_code == 201
            result = client.post("/subscriptions/pk/test", headers=AUTH).json()
            assert client.post("/subscriptions/nope/test", headers=AUTH).status_code == 404
    assert [r["result"] for r in result] == ["ok"]
    (got,) = rx.requests
    assert json.loads(got.body)["article"]["title"] == "newsradar test notification"
