"""The HTTP API (`newsradar api`): subscriptions, feeds, actor search, recent alerts, feed health.

Every endpoint but ``/healthz``, ``/readyz`` and ``/metrics`` needs ``Authorization: Bearer
<NEWSRADAR_API_TOKEN>``. Channel secrets are never returned (the contracts mask them when dumped
without ``secrets=True``); a subscription written back with a masked secret keeps the stored one.
Validation errors are 422 with ``field`` and ``reason`` per problem.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from typing import Any, Protocol

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import JSONResponse
from prometheus_client import REGISTRY, CollectorRegistry
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest
from pydantic import ValidationError

from alerts.channels import ChannelOptions, build_senders
from alerts.deliveries import DeliveryHistory
from alerts.notifier import send_test
from alerts.subscriptions import ActorResolver, build_subscription
from core.bus.base import Bus, Table
from core.bus.topics import FEED_STATE, FEEDS, SUBSCRIPTIONS
from core.contracts import Feed, Subscription, decode, encode
from core.errors import ContractError, ResolveError

__all__ = ["ActorSearch", "create_app"]

log = logging.getLogger(__name__)
MASK = "**********"
_HEALTH_FIELDS = ("url", "last_poll", "next_poll", "interval", "errors", "last_error", "gone", "retry_until")


class ActorSearch(ActorResolver, Protocol):
    def search(self, name: str, limit: int = 10) -> list[Any]: ...


def _problem(field: str, reason: str, **extra: Any) -> JSONResponse:
    return JSONResponse(status_code=422, content={"detail": [{"field": field, "reason": reason, **extra}]})


class _Topics:
    """The compacted topics the API reads, opened on first use and followed (no I/O at creation)."""

    def __init__(self, bus: Bus) -> None:
        self.bus = bus
        self._tables: dict[str, Table] = {}
        self.deliveries: DeliveryHistory | None = None

    def table(self, topic: str) -> Table:
        if topic not in self._tables:
            table = self.bus.table(topic)
            table.wait_ready(30.0)
            self._tables[topic] = table
        return self._tables[topic]

    def log(self) -> DeliveryHistory:
        if self.deliveries is None:
            self.deliveries = DeliveryHistory(self.bus)
            self.deliveries.start(30.0)
        return self.deliveries

    def write(self, topic: str, key: str, value: bytes | None, timeout: float = 10.0) -> None:
        """Produce, then wait until the followed table shows it, so a read right after sees the write."""
        table = self.table(topic)
        self.bus.send(topic, value, key=key.encode("utf-8"))
        self.bus.flush()
        deadline = time.monotonic() + timeout
        while table.get(key.encode("utf-8")) != value and time.monotonic() < deadline:
            time.sleep(0.01)

    def close(self) -> None:
        for table in self._tables.values():
            table.close()
        if self.deliveries is not None:
            self.deliveries.close()


def _keep_secrets(new: dict[str, Any], old: Subscription | None) -> dict[str, Any]:
    """Channels written back with the mask keep the stored secret of the same kind and position."""
    if old is None or not isinstance(new.get("channels"), list):
        return new
    stored = [c.model_dump(context={"secrets": True}) for c in old.channels]
    channels = []
    for i, channel in enumerate(new["channels"]):
        if isinstance(channel, dict) and i < len(stored) and channel.get("type") == stored[i]["type"]:
            channel = {k: (stored[i].get(k) if v == MASK else v) for k, v in channel.items()}
        channels.append(channel)
    return {**new, "channels": channels}


def create_app(bus: Bus, *, actors: ActorSearch | None = None, token: str | None = None,
               allow_anonymous: bool = False, registry: CollectorRegistry = REGISTRY,
               channels: ChannelOptions | None = None) -> FastAPI:
    """The API over ``bus``. With no ``token`` every protected endpoint answers 401 unless ``allow_anonymous``;
    ``channels`` enables ``POST /subscriptions/{id}/test`` (a test notification through each channel)."""
    topics = _Topics(bus)
    # The schema and docs sit behind the token too: only health and metrics are open.
    app = FastAPI(title="newsradar", version="1", description=__doc__, on_shutdown=[topics.close],
                  openapi_url=None, docs_url=None, redoc_url=None)
    app.state.topics = topics

    def auth(request: Request) -> None:
        if token is None:
            if allow_anonymous:
                return
            raise HTTPException(401, "API token not configured (set NEWSRADAR_API_TOKEN)")
        given = request.headers.get("authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": [
            {"field": ".".join(str(p) for p in e["loc"]), "reason": e["msg"]} for e in exc.errors()]})

    @app.exception_handler(ContractError)
    async def _contract(request: Request, exc: ContractError) -> JSONResponse:
        return _problem(exc.field, exc.reason)

    @app.exception_handler(ResolveError)
    async def _resolve(request: Request, exc: ResolveError) -> JSONResponse:
        return _problem("actors", str(exc), candidates=[{"id": i, "name": n} for i, n in exc.candidates])

    # --- unauthenticated ---------------------------------------------------------------------

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", include_in_schema=False)
    def readyz() -> Response:
        ok = bus.connected()
        return JSONResponse({"ready": ok}, status_code=200 if ok else 503)

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/openapi.json", include_in_schema=False, dependencies=[Depends(auth)])
    def openapi() -> dict[str, Any]:
        return app.openapi()

    @app.get("/docs", include_in_schema=False, dependencies=[Depends(auth)])
    def docs() -> Response:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="newsradar API")

    # --- subscriptions -----------------------------------------------------------------------

    def stored(sub_id: str) -> Subscription | None:
        value = topics.table(SUBSCRIPTIONS).get(sub_id.encode("utf-8"))
        return decode(Subscription, value) if value is not None else None

    def public(sub: Subscription) -> dict[str, Any]:
        return sub.model_dump(mode="json")

    @app.get("/subscriptions", dependencies=[Depends(auth)])
    def list_subscriptions() -> list[dict[str, Any]]:
        subs = [decode(Subscription, v) for v in topics.table(SUBSCRIPTIONS).snapshot().values()]
        return [public(s) for s in sorted(subs, key=lambda s: s.id)]

    @app.get("/subscriptions/{sub_id}", dependencies=[Depends(auth)])
    def get_subscription(sub_id: str) -> dict[str, Any]:
        sub = stored(sub_id)
        if sub is None:
            raise HTTPException(404, f"no subscription {sub_id!r}")
        return public(sub)

    def save(doc: dict[str, Any]) -> Subscription:
        sub = build_subscription(_keep_secrets(doc, stored(str(doc.get("id", "")))), actors)
        topics.write(SUBSCRIPTIONS, sub.id, encode(sub))
        return sub

    @app.post("/subscriptions", status_code=201, dependencies=[Depends(auth)])
    def create_subscription(doc: dict[str, Any] = Body(..., examples=[{
            "id": "putin-kim", "actors": ["Putin", "Kim Jong Un"], "scope": "sentence",
            "channels": [{"webhook": {"url": "https://hooks.example.org/x", "secret": "whsec_..."}}]}])) -> Any:
        if doc.get("id") and stored(str(doc["id"])) is not None:
            return JSONResponse({"detail": f"subscription {doc['id']!r} exists; PUT replaces it"}, status_code=409)
        return public(save(doc))

    @app.put("/subscriptions/{sub_id}", dependencies=[Depends(auth)])
    def replace_subscription(sub_id: str, doc: dict[str, Any] = Body(...)) -> dict[str, Any]:
        if doc.setdefault("id", sub_id) != sub_id:
            raise HTTPException(422, [{"field": "id", "reason": "differs from the id in the path"}])
        return public(save(doc))

    @app.delete("/subscriptions/{sub_id}", status_code=204, dependencies=[Depends(auth)])
    def delete_subscription(sub_id: str) -> Response:
        if stored(sub_id) is None:
            raise HTTPException(404, f"no subscription {sub_id!r}")
        topics.write(SUBSCRIPTIONS, sub_id, None)
        return Response(status_code=204)

    @app.post("/subscriptions/{sub_id}/test", dependencies=[Depends(auth)])
    def test_subscription(sub_id: str) -> list[dict[str, str]]:
        sub = stored(sub_id)
        if sub is None:
            raise HTTPException(404, f"no subscription {sub_id!r}")
        if channels is None:
            raise HTTPException(503, "this API process cannot send notifications")
        senders = build_senders(channels)
        try:
            return [{"channel": key, "result": result} for key, result in send_test(sub, senders)]
        finally:
            for sender in senders.values():
                sender.close()

    # --- feeds -------------------------------------------------------------------------------

    @app.get("/feeds", dependencies=[Depends(auth)])
    def list_feeds() -> list[dict[str, Any]]:
        feeds = [decode(Feed, v) for v in topics.table(FEEDS).snapshot().values()]
        return [f.model_dump(mode="json") for f in sorted(feeds, key=lambda f: f.url)]

    @app.post("/feeds", status_code=201, dependencies=[Depends(auth)])
    def add_feed(doc: dict[str, Any] = Body(..., examples=[{"url": "https://example.org/rss", "lang": "pl"}])) -> Any:
        url = str(doc.get("url", "")).strip()
        if not url.startswith(("http://", "https://")):
            return _problem("url", "a feed URL starts with http:// or https://")
        try:
            feed = Feed.model_validate({"added_url": url, **doc, "id": Feed.id_for(url), "url": url})
        except ValidationError as exc:
            first = exc.errors()[0]
            return _problem(".".join(str(p) for p in first["loc"]), first["msg"])
        topics.write(FEEDS, feed.id, encode(feed))
        return feed.model_dump(mode="json")

    @app.get("/feeds/health", dependencies=[Depends(auth)])
    def feed_health() -> dict[str, Any]:
        """Per feed id: when it was polled, when it is due, its consecutive errors and the last one."""
        out: dict[str, Any] = {}
        for key, value in topics.table(FEED_STATE).snapshot().items():
            try:
                state = json.loads(value)
            except ValueError:
                continue
            errors = int(state.get("errors") or 0)
            out[key.decode("utf-8", "replace")] = {
                **{k: state.get(k) for k in _HEALTH_FIELDS},
                "status": "gone" if state.get("gone") else "failing" if errors else "ok",
            }
        return out

    @app.get("/feeds/{feed_id}", dependencies=[Depends(auth)])
    def get_feed(feed_id: str) -> dict[str, Any]:
        value = topics.table(FEEDS).get(feed_id.encode("utf-8"))
        if value is None:
            raise HTTPException(404, f"no feed {feed_id!r}")
        return decode(Feed, value).model_dump(mode="json")

    @app.delete("/feeds/{feed_id}", status_code=204, dependencies=[Depends(auth)])
    def delete_feed(feed_id: str) -> Response:
        if topics.table(FEEDS).get(feed_id.encode("utf-8")) is None:
            raise HTTPException(404, f"no feed {feed_id!r}")
        topics.write(FEEDS, feed_id, None)
        bus.send(FEED_STATE, None, key=feed_id.encode("utf-8"))  # its poll state goes with it
        bus.flush()
        return Response(status_code=204)

    # --- actors and alerts -------------------------------------------------------------------

    @app.get("/actors", dependencies=[Depends(auth)])
    def search_actors(q: str = Query(..., min_length=1), limit: int = Query(10, ge=1, le=100)) -> list[dict[str, Any]]:
        if actors is None:
            raise HTTPException(503, "no actor knowledge base loaded")
        return [{"id": a.id, "name": a.name, "type": a.type} for a in actors.search(q, limit)]

    @app.get("/alerts", dependencies=[Depends(auth)])
    def recent_alerts(limit: int = Query(50, ge=1, le=1000),
                      subscription: str | None = None) -> list[dict[str, Any]]:
        return topics.log().recent_alerts(limit, subscription)

    return app
