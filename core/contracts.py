"""The messages that travel between stages, typed and versioned (``"v": 1``).

They become bytes only where they enter or leave the bus: ``encode`` and ``decode``.
Offsets in mentions and sentences are code-point indices into ``title + "\\n\\n" + text``.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    SerializationInfo,
    ValidationError,
    field_serializer,
    field_validator,
    model_validator,
)

from core.durations import parse_duration, validate_duration
from core.errors import ContractError

__all__ = [
    "INVISIBLE",
    "Actor",
    "ActorRef",
    "ActorType",
    "Alert",
    "AlertArticle",
    "AppriseChannel",
    "Article",
    "AtLeast",
    "Channel",
    "ConsoleChannel",
    "Digest",
    "EmailChannel",
    "EnrichedArticle",
    "Entity",
    "Evidence",
    "EvidenceMention",
    "Feed",
    "Mention",
    "Subscription",
    "Throttle",
    "TopicHit",
    "WebhookChannel",
    "Window",
    "alert_id",
    "article_id",
    "body_of",
    "decode",
    "encode",
    "json_schemas",
    "utcnow",
]

ActorType = Literal["person", "org", "country", "place"]


def utcnow() -> datetime:
    return datetime.now(UTC)


def _sha256(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def article_id(canonical_url: str | None, feed: str = "", guid: str | None = None,
               title: str = "", text: str = "") -> str:
    """Stable id: the canonical URL, else feed + guid, else title + text."""
    if canonical_url:
        return _sha256(canonical_url)
    if guid:
        return _sha256(feed, guid)
    return _sha256(title, text)


def alert_id(subscription: str, article: str) -> str:
    return _sha256(subscription, article)[:32]


class Message(BaseModel):
    """Base of every contract: versioned, strict about unknown fields' types, tolerant of new ones."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)
    v: Literal[1] = 1


class Article(Message):
    id: str
    feed: str
    feed_url: str = ""
    source: str = ""
    url: str = ""
    title: str = ""
    summary: str = ""
    text: str = ""
    lang: str | None = None
    published: datetime | None = None
    fetched_at: datetime = Field(default_factory=utcnow)

    @property
    def body(self) -> str:
        """The string every offset points into."""
        return body_of(self.title, self.text)


def body_of(title: str, text: str) -> str:
    return f"{title}\n\n{text}"


# Characters that draw nothing and sit inside words: soft hyphens (web pages hyphenate long words with &shy;), word
# joiners, byte-order marks, direction marks. Article text holds none: ingest drops them, and the enricher drops
# them from articles other producers send.
INVISIBLE = "\u00ad\u2060\ufeff\u200e\u200f\u061c"


class Mention(BaseModel):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: int = Field(ge=0)


class Entity(BaseModel):
    id: str
    name: str
    type: ActorType
    mentions: list[Mention] = Field(default_factory=list)


class TopicHit(BaseModel):
    id: str
    score: float = Field(ge=0.0, le=1.0)
    evidence: list[int] = Field(default_factory=list)


class EnrichedArticle(Article):
    lang_declared: str | None = None
    sentences: list[tuple[int, int]] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    topics: list[TopicHit] = Field(default_factory=list)


class Actor(Message):
    id: Annotated[str, Field(pattern=r"^(Q[1-9][0-9]*|x:[a-z0-9][a-z0-9-]*)$")]
    type: ActorType
    name: str
    names: dict[str, list[str]] = Field(default_factory=dict)
    # Names that are also common words or first names ("Włochy" = hairs, "Jordan", "Chad"): a matcher
    # takes them only on strong evidence. Optional; absent in plain Wikidata imports.
    weak: dict[str, list[str]] = Field(default_factory=dict)
    # A person's year of birth (Wikidata P569): an age printed beside the name that fits it is the person's own
    # ("the 79-year-old Donald Trump"), not a namesake's. Optional.
    born: int | None = Field(default=None, ge=1, le=9999)
    # The country a place lies in (Wikidata P17), as its id: an article naming Vladivostok names a place of
    # Russia, so its "Moscow" is the capital and not the namesake in Idaho. Optional; places only.
    country: Annotated[str | None, Field(pattern=r"^(Q[1-9][0-9]*|x:[a-z0-9][a-z0-9-]*)$")] = None


# --- subscriptions -------------------------------------------------------------------------


class AtLeast(BaseModel):
    model_config = ConfigDict(extra="forbid")
    at_least: int = Field(ge=1)


class Window(BaseModel):
    model_config = ConfigDict(extra="forbid")
    window: int = Field(ge=1, description="tokens")


class Throttle(BaseModel):
    model_config = ConfigDict(extra="forbid")
    max: int = Field(ge=1)
    per: str = "1h"

    @field_validator("per")
    @classmethod
    def _duration(cls, value: str) -> str:
        validate_duration(value)
        return value

    @property
    def seconds(self) -> float:
        return parse_duration(self.per)


def _secret(value: SecretStr | None, info: SerializationInfo) -> str | None:
    """Secrets leave the process only on the bus (context secrets=True), never through the API or logs."""
    if value is None:
        return None
    if info.context and info.context.get("secrets"):
        return value.get_secret_value()
    return "**********"


class WebhookChannel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["webhook"] = "webhook"
    url: str
    secret: SecretStr | None = None
    headers: dict[str, str] = Field(default_factory=dict)

    @field_validator("secret")
    @classmethod
    def _whsec(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith("whsec_"):
            raise ValueError("a webhook secret is written whsec_<base64>")
        return value

    @field_serializer("secret")
    def _ser(self, value: SecretStr | None, info: SerializationInfo) -> str | None:
        return _secret(value, info)


class EmailChannel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["email"] = "email"
    to: list[str]

    @field_validator("to", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class AppriseChannel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["apprise"] = "apprise"
    url: SecretStr

    @field_serializer("url")
    def _ser(self, value: SecretStr, info: SerializationInfo) -> str | None:
        return _secret(value, info)


class ConsoleChannel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["console"] = "console"


Channel = Annotated[
    WebhookChannel | EmailChannel | AppriseChannel | ConsoleChannel, Field(discriminator="type")
]


def _channel_shorthand(value: Any) -> Any:
    """Accept the config's ``- webhook: {url: ...}`` / ``- apprise: URL`` / ``- console: {}`` forms."""
    if isinstance(value, dict) and "type" not in value and len(value) == 1:
        (kind, spec), = value.items()
        if kind == "apprise" and isinstance(spec, str):
            return {"type": "apprise", "url": spec}
        if kind == "email" and isinstance(spec, str):
            return {"type": "email", "to": [spec]}
        return {"type": kind, **(spec or {})}
    return value


class Subscription(Message):
    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")]
    name: str = ""
    actors: list[str] = Field(min_length=1)
    match: Literal["all", "any"] | AtLeast = "all"
    scope: Literal["article", "sentence"] | Window = "article"
    exclude_actors: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    channels: list[Channel] = Field(default_factory=list)
    throttle: Throttle | None = None
    mute_until: datetime | None = None

    @field_validator("channels", mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return [_channel_shorthand(item) for item in value] if isinstance(value, list) else value

    @model_validator(mode="after")
    def _consistent(self) -> Subscription:
        if isinstance(self.match, AtLeast) and self.match.at_least > len(set(self.actors)):
            raise ValueError(
                f"match.at_least={self.match.at_least} exceeds the {len(set(self.actors))} actors listed"
            )
        return self


# --- alerts --------------------------------------------------------------------------------


class AlertArticle(BaseModel):
    id: str
    url: str = ""
    title: str = ""
    source: str = ""
    lang: str | None = None
    published: datetime | None = None
    fetched_at: datetime | None = None


class ActorRef(BaseModel):
    id: str
    name: str


class EvidenceMention(BaseModel):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    actor: str


class Evidence(BaseModel):
    text: str
    mentions: list[EvidenceMention] = Field(default_factory=list)


class Alert(Message):
    kind: Literal["alert"] = "alert"
    id: str
    subscription: str
    article: AlertArticle
    actors: list[ActorRef]
    evidence: list[Evidence] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    created_at: datetime = Field(default_factory=utcnow)


class Digest(Message):
    kind: Literal["digest"] = "digest"
    id: str
    subscription: str
    alerts: list[Alert]
    held_back: int = Field(ge=0)
    period: tuple[datetime, datetime]
    created_at: datetime = Field(default_factory=utcnow)


# --- feeds ---------------------------------------------------------------------------------


class Feed(Message):
    """A feed in the registry (``newsradar.feeds``, key = id). ``id`` never changes."""

    id: str
    url: str
    added_url: str = ""
    name: str = ""
    lang: str | None = None
    tags: list[str] = Field(default_factory=list)
    interval: str | None = None
    fulltext: bool = False

    @field_validator("interval")
    @classmethod
    def _duration(cls, value: str | None) -> str | None:
        if value is not None:
            validate_duration(value)
        return value

    @staticmethod
    def id_for(url: str) -> str:
        return _sha256("feed", url.strip())[:16]


# --- bytes ---------------------------------------------------------------------------------

M = TypeVar("M", bound=BaseModel)


def encode(model: BaseModel) -> bytes:
    """JSON bytes for the bus: secrets included (the bus is inside the trust boundary)."""
    return model.model_dump_json(context={"secrets": True}).encode("utf-8")


def decode(model: type[M], data: bytes | str) -> M:
    """Parse ``data`` as ``model``; a ContractError names the first offending field."""
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        if first["type"] == "json_invalid":
            raise ContractError(model.__name__, "", f"not JSON: {first['msg']}") from exc
        raise ContractError(model.__name__, field, first["msg"]) from exc


def json_schemas() -> dict[str, dict[str, Any]]:
    """The JSON Schema of every message, for ``newsradar schema``."""
    models: list[type[BaseModel]] = [Article, EnrichedArticle, Subscription, Alert, Digest, Actor, Feed]
    return {m.__name__: m.model_json_schema() for m in models}


if __name__ == "__main__":  # pragma: no cover - handy for a quick look
    print(json.dumps(json_schemas(), indent=2))
