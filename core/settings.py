"""Every setting in one frozen, typed object, read once by the CLI and passed down.

Precedence: ``NEWSRADAR_*`` environment variables, then the YAML config file, then the defaults.
The YAML file groups settings in sections (``kafka: {bootstrap: ...}``); a section key ``k`` of
section ``s`` is the field ``s_k`` and the variable ``NEWSRADAR_S_K`` (``kafka.bootstrap`` =
``NEWSRADAR_KAFKA_BOOTSTRAP``). The config's ``feeds:`` and ``subscriptions:`` lists are data, not
settings: ``load_config`` returns them beside the settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from core.durations import parse_duration, validate_duration
from core.errors import ConfigError

__all__ = ["Config", "Settings", "default_state_file", "load_config", "read_yaml"]

SECTIONS = ("kafka", "ingest", "enrich", "alert", "notify", "api", "metrics", "log")


def default_state_file() -> str:
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return os.path.join(base, "newsradar", "state.db")


class Settings(BaseSettings):
    """All settings; the docstring of each field is the configuration reference."""

    model_config = SettingsConfigDict(env_prefix="NEWSRADAR_", frozen=True, extra="ignore",
                                      case_sensitive=False)

    # general
    state_file: str = Field(default_factory=default_state_file,
                            description="SQLite file of the embedded mode (every topic and offset)")
    allow_private_targets: bool = Field(
        False, description="let feeds, webhooks and Apprise targets reach private or loopback addresses")
    log_level: str = Field("INFO", description="DEBUG, INFO, WARNING, ERROR")
    log_format: Literal["text", "json"] = Field("text", description="text for people, json for containers")
    metrics_host: str = Field("0.0.0.0", description="address of the /metrics, /healthz, /readyz server")
    metrics_port: int = Field(9308, description="port of that server; 0 picks a free one")

    # kafka
    kafka_bootstrap: str = Field("127.0.0.1:9092", description="comma-separated host:port list")
    kafka_client_id: str = Field("newsradar", description="client id prefix")
    kafka_partitions: int = Field(6, ge=1, description="partitions per topic for `kafka init`")
    kafka_replication: int = Field(1, ge=1, description="replication factor for `kafka init`")
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        "PLAINTEXT", description="PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL")
    kafka_ssl_cafile: str | None = Field(None, description="CA bundle for TLS")
    kafka_ssl_certfile: str | None = Field(None, description="client certificate (mutual TLS)")
    kafka_ssl_keyfile: str | None = Field(None, description="client key (mutual TLS)")
    kafka_ssl_check_hostname: bool = Field(True, description="check the broker certificate's host name")
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = Field(
        None, description="PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512")
    kafka_sasl_username: str | None = Field(None, description="SASL user")
    kafka_sasl_password: SecretStr | None = Field(None, description="SASL password (never logged)")
    kafka_session_timeout: str = Field("10s", description="consumer group session timeout")

    # ingest
    ingest_concurrency: int = Field(200, ge=1, description="fetches in flight at once")
    ingest_per_domain: int = Field(2, ge=1, description="connections per registrable domain")
    ingest_connect_timeout: str = Field("10s", description="time limit to connect to a feed server")
    ingest_deadline: str = Field("30s", description="overall time limit of one fetch")
    ingest_max_bytes: int = Field(15 * 1024 * 1024, description="body cap after decompression")
    ingest_max_redirects: int = Field(5, description="redirects followed per fetch")
    ingest_min_interval: str = Field("5m", description="shortest adaptive polling interval")
    ingest_max_interval: str = Field("24h", description="longest adaptive polling interval")
    ingest_parse_workers: int = Field(2, ge=0, description="parser processes (0 = in the poller)")
    ingest_parse_timeout: str = Field("10s", description="hard time limit to parse one feed")

    # enrich
    enrich_batch_size: int = Field(64, ge=1, description="articles per spaCy batch")

    # alert / notify
    notify_attempts: int = Field(6, ge=1, description="delivery attempts before the DLQ")
    notify_backoff: str = Field("1s", description="first retry delay; doubles, with jitter")
    notify_backoff_max: str = Field("5m", description="longest retry delay")
    notify_timeout: str = Field("10s", description="time limit of one delivery")
    notify_smtp_host: str = Field("127.0.0.1", description="SMTP server for e-mail alerts")
    notify_smtp_port: int = Field(25, description="SMTP port")
    notify_smtp_starttls: bool = Field(False, description="upgrade the SMTP connection with STARTTLS")
    notify_smtp_ssl: bool = Field(False, description="connect to SMTP over TLS (port 465 style)")
    notify_smtp_ca_file: str | None = Field(None, description="CA bundle (PEM) trusted for the SMTP server "
                                                              "instead of the system store")
    notify_smtp_username: str | None = Field(None, description="SMTP AUTH user")
    notify_smtp_password: SecretStr | None = Field(None, description="SMTP AUTH password (never logged)")
    notify_smtp_from: str = Field("newsradar@localhost", description="From: address of alert e-mails")

    # api
    api_host: str = Field("127.0.0.1", description="address the HTTP API listens on")
    api_port: int = Field(8080, description="port of the HTTP API")
    api_token: SecretStr | None = Field(None, description="bearer token required by every API endpoint")

    @field_validator("kafka_session_timeout", "ingest_connect_timeout", "ingest_deadline",
                     "ingest_min_interval", "ingest_max_interval", "ingest_parse_timeout",
                     "notify_backoff", "notify_backoff_max", "notify_timeout")
    @classmethod
    def _duration(cls, value: str) -> str:
        validate_duration(value)
        return value

    def seconds(self, name: str) -> float:
        """A duration setting in seconds: ``settings.seconds("ingest_deadline")``."""
        return parse_duration(getattr(self, name))

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The YAML file arrives as init values; the environment overrides it.
        return env_settings, init_settings

    @classmethod
    def env_reference(cls) -> list[tuple[str, str, str]]:
        """(variable, default, description) for every setting: the README's reference table."""
        rows = []
        for name, info in cls.model_fields.items():
            default = info.get_default(call_default_factory=False)
            shown = "(XDG state dir)/newsradar/state.db" if name == "state_file" else default
            rows.append((f"NEWSRADAR_{name.upper()}", "" if shown is None else str(shown), info.description or ""))
        return rows


@dataclass(frozen=True)
class Config:
    settings: Settings
    feeds: list[dict[str, Any]] = field(default_factory=list)
    subscriptions: list[dict[str, Any]] = field(default_factory=list)
    path: Path | None = None


def _flatten(doc: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    known = set(Settings.model_fields)
    for key, value in doc.items():
        if key in ("feeds", "subscriptions"):
            continue
        if key in SECTIONS and isinstance(value, dict):
            for sub, subvalue in value.items():
                out[f"{key}_{sub}".replace("-", "_")] = subvalue
        else:
            out[key.replace("-", "_")] = value
    unknown = sorted(set(out) - known)
    if unknown:
        raise ConfigError(f"unknown setting(s) in config: {', '.join(unknown)}")
    return out


def read_yaml(path: str | Path, what: str = "file") -> Any:
    """The YAML document in ``path``; ConfigError says which file is unreadable or not YAML."""
    try:
        return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{what} {path} is not valid YAML: {exc}") from exc


def load_config(path: str | Path | None = None, **overrides: Any) -> Config:
    """Read the YAML config (if any) and the environment into a Config. ConfigError names what is wrong."""
    doc: dict[str, Any] = {}
    if path is not None:
        loaded = read_yaml(path, "config") or {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"config {path} must be a mapping at the top level")
        doc = loaded
    values = _flatten(doc) | {k: v for k, v in overrides.items() if v is not None}
    try:
        settings = Settings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"setting {where}: {first['msg']}") from exc
    feeds = doc.get("feeds") or []
    subs = doc.get("subscriptions") or []
    if not isinstance(feeds, list) or not isinstance(subs, list):
        raise ConfigError("`feeds:` and `subscriptions:` must be lists")
    return Config(settings=settings, feeds=feeds, subscriptions=subs, path=Path(path) if path else None)
