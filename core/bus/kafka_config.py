"""How to reach a Kafka cluster: address, client id, TLS and SASL, as kafka-python wants them.

``KafkaConfig`` is a plain frozen dataclass so the bus does not depend on the settings module;
``KafkaConfig.from_settings(settings)`` reads the ``kafka_*`` fields of ``core.settings.Settings``
(or anything shaped like it).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

__all__ = ["FETCHING", "KafkaConfig", "kafka_config"]

# Every consumer, in a group or reading a table: a fetch waits at the broker up to 500 ms only while
# there is nothing to read (the broker answers as soon as a record arrives); shorter waits only made
# idle stages ask dozens of times a second. kafka-python's own metrics are never exported.
FETCHING: dict[str, Any] = {"fetch_max_wait_ms": 500, "metrics_enabled": False}


@dataclass(frozen=True)
class KafkaConfig:
    bootstrap: str = "127.0.0.1:9092"
    client_id: str = "newsradar"
    security_protocol: str = "PLAINTEXT"  # PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None
    ssl_check_hostname: bool = True
    sasl_mechanism: str | None = None  # PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
    sasl_username: str | None = None
    sasl_password: str | None = None
    session_timeout: float = 10.0  # seconds without a heartbeat before a member is dropped

    @classmethod
    def from_settings(cls, settings: Any) -> KafkaConfig:
        password = getattr(settings, "kafka_sasl_password", None)
        if password is not None and hasattr(password, "get_secret_value"):
            password = password.get_secret_value()
        seconds = settings.seconds("kafka_session_timeout") if hasattr(settings, "seconds") else 10.0
        return cls(
            bootstrap=settings.kafka_bootstrap,
            client_id=getattr(settings, "kafka_client_id", "newsradar"),
            security_protocol=getattr(settings, "kafka_security_protocol", "PLAINTEXT"),
            ssl_cafile=getattr(settings, "kafka_ssl_cafile", None),
            ssl_certfile=getattr(settings, "kafka_ssl_certfile", None),
            ssl_keyfile=getattr(settings, "kafka_ssl_keyfile", None),
            ssl_check_hostname=getattr(settings, "kafka_ssl_check_hostname", True),
            sasl_mechanism=getattr(settings, "kafka_sasl_mechanism", None),
            sasl_username=getattr(settings, "kafka_sasl_username", None),
            sasl_password=password,
            session_timeout=seconds,
        )

    def client_kwargs(self) -> dict[str, Any]:
        """Connection arguments shared by kafka-python's producer, consumer and admin client."""
        out: dict[str, Any] = {
            "bootstrap_servers": [s.strip() for s in self.bootstrap.split(",") if s.strip()],
            "client_id": self.client_id,
            "security_protocol": self.security_protocol,
        }
        if self.security_protocol in ("SSL", "SASL_SSL"):
            out |= {"ssl_cafile": self.ssl_cafile, "ssl_certfile": self.ssl_certfile,
                    "ssl_keyfile": self.ssl_keyfile, "ssl_check_hostname": self.ssl_check_hostname}
        if self.security_protocol.startswith("SASL"):
            out |= {"sasl_mechanism": self.sasl_mechanism or "PLAIN",
                    "sasl_plain_username": self.sasl_username, "sasl_plain_password": self.sasl_password}
        return out

    def __repr__(self) -> str:  # never show the password in logs
        shown = {f.name: getattr(self, f.name) for f in fields(self)}
        if shown["sasl_password"]:
            shown["sasl_password"] = "**********"
        return "KafkaConfig(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"


def kafka_config(source: str | KafkaConfig | Any | None = None, **overrides: Any) -> KafkaConfig:
    """A KafkaConfig from a bootstrap string, a KafkaConfig, a Settings object, or keywords alone."""
    if source is None:
        base = KafkaConfig()
    elif isinstance(source, KafkaConfig):
        base = source
    elif isinstance(source, str):
        base = KafkaConfig(bootstrap=source)
    else:
        base = KafkaConfig.from_settings(source)
    return replace(base, **overrides) if overrides else base
