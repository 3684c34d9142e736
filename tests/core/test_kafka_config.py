"""Connection settings become kafka-python arguments; TLS and SASL only when the protocol asks."""

from __future__ import annotations

from core.bus.kafka import KafkaBus
from core.bus.kafka_config import KafkaConfig, kafka_config
from core.settings import Settings


def test_plaintext_needs_no_tls_or_sasl_arguments() -> None:
    args = KafkaConfig(bootstrap="127.0.0.1:1, 127.0.0.2:2").client_kwargs()
    assert args == {"bootstrap_servers": ["127.0.0.1:1", "127.0.0.2:2"], "client_id": "newsradar",
                    "security_protocol": "PLAINTEXT"}


def test_sasl_over_tls_passes_both() -> None:
    args = KafkaConfig(security_protocol="SASL_SSL", ssl_cafile="/ca.pem", sasl_mechanism="SCRAM-SHA-512",
                       sasl_username="u", sasl_password="p").client_kwargs()
    assert args["ssl_cafile"] == "/ca.pem" and args["ssl_check_hostname"] is True
    assert (args["sasl_mechanism"], args["sasl_plain_username"], args["sasl_plain_password"]) == (
        "SCRAM-SHA-512", "u", "p")


def test_settings_map_onto_the_config_and_the_password_never_shows() -> None:
    settings = Settings(kafka_bootstrap="10.0.0.1:9093", kafka_security_protocol="SASL_PLAINTEXT",
                        kafka_sasl_mechanism="PLAIN", kafka_sasl_username="svc", kafka_sasl_password="hunter2",
                        kafka_session_timeout="30s")
    config = kafka_config(settings)
    assert (config.bootstrap, config.sasl_password, config.session_timeout) == ("10.0.0.1:9093", "hunter2", 30.0)
    assert "hunter2" not in repr(config)
    assert kafka_config("127.0.0.1:9", client_id="x") == KafkaConfig(bootstrap="127.0.0.1:9", client_id="x")


def test_the_constructor_does_no_network_io() -> None:
    bus = KafkaBus("127.0.0.1:1")  # nothing listens there; constructing must not notice
    assert bus.config.bootstrap == "127.0.0.1:1"
    assert bus.connected() is False  # and readiness answers at once
    bus.close()
