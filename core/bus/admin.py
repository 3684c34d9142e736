"""Topic creation and inspection on a Kafka cluster (`newsradar kafka init`)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kafka import KafkaAdminClient
from kafka.admin import ConfigResource, ConfigResourceType
from kafka.errors import KafkaError, TopicAlreadyExistsError

from core.bus.kafka_config import KafkaConfig, kafka_config
from core.bus.topics import TopicSpec
from core.errors import BusError

__all__ = ["TopicInfo", "describe_topics", "init_topics"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TopicInfo:
    name: str
    partitions: int
    configs: dict[str, str]  # the requested keys, as the broker reports them (defaults included)


def _admin(config: KafkaConfig) -> KafkaAdminClient:
    try:
        return KafkaAdminClient(**config.client_kwargs(), request_timeout_ms=30000)
    except KafkaError as exc:
        raise BusError(f"cannot reach Kafka at {config.bootstrap}: {exc}") from exc


def init_topics(bootstrap: str | KafkaConfig | Any, specs: Iterable[TopicSpec]) -> list[str]:
    """Create the topics that do not exist; return the names created. Running it twice is fine.

    A topic that exists keeps its partition count (Kafka cannot shrink one, and growing one would
    break co-partitioning); its configs are brought to what the spec says.
    """
    config = kafka_config(bootstrap)
    specs = list(specs)
    admin = _admin(config)
    try:
        existing = set(admin.list_topics())
        missing = [s for s in specs if s.name not in existing]
        created: list[str] = []
        if missing:
            request = {s.name: {"num_partitions": s.partitions, "replication_factor": s.replication,
                                "configs": s.configs()} for s in missing}
            response = admin.create_topics(request, raise_errors=False, wait_for_metadata=False)
            for topic in response.get("topics", []):
                code = topic.get("error_code", 0)
                if code == 0:
                    created.append(topic["name"])
                elif code != TopicAlreadyExistsError.errno:  # lost a race with another init: fine
                    raise BusError(f"creating topic {topic['name']} failed: error {code} "
                                   f"{topic.get('error_message') or ''}".strip())
            admin.wait_for_topics([s.name for s in missing], timeout_ms=30000)
        present = [s for s in specs if s.name in existing]
        if present:
            _align(admin, present)
        log.info("kafka topics: %d created, %d already there", len(created), len(specs) - len(created))
        return sorted(created)
    except KafkaError as exc:
        raise BusError(f"topic setup on {config.bootstrap} failed: {exc}") from exc
    finally:
        admin.close()


def _align(admin: KafkaAdminClient, specs: list[TopicSpec]) -> None:
    current = _configs(admin, [s.name for s in specs], None)
    changes = []
    for spec in specs:
        have = current.get(spec.name, {})
        wrong = {k: v for k, v in spec.configs().items() if have.get(k) != v}
        if wrong:
            log.warning("topic %s: setting %s", spec.name, wrong)
            # AlterConfigs (not the incremental one) resets every key it is not given: send them all.
            changes.append(ConfigResource(ConfigResourceType.TOPIC, spec.name, configs=spec.configs()))
    if changes:
        admin.alter_configs(changes)
        _await_configs(admin, [s for s in specs if any(c.name == s.name for c in changes)])


_SETTLE_S = 15.0  # how long a broker may take to apply what the controller accepted


def _await_configs(admin: KafkaAdminClient, specs: list[TopicSpec]) -> None:
    """Wait until the broker reports the configs just set: in KRaft the controller acknowledges a change before
    every broker has applied it, and a describe right after may still show the old values."""
    deadline = time.monotonic() + _SETTLE_S
    pause = 0.05
    while True:
        current = _configs(admin, [s.name for s in specs], None)
        pending = [s.name for s in specs
                   if any(current.get(s.name, {}).get(k) != v for k, v in s.configs().items())]
        if not pending:
            return
        if time.monotonic() >= deadline:
            log.warning("topics %s: the broker does not report their new configs yet after %.0f s",
                        ", ".join(pending), _SETTLE_S)
            return
        time.sleep(pause)
        pause = min(pause * 2, 1.0)


def _configs(admin: KafkaAdminClient, names: list[str], keys: list[str] | None) -> dict[str, dict[str, str]]:
    resources = [ConfigResource(ConfigResourceType.TOPIC, name, configs=keys) for name in names]
    # Nested {resource_type: {resource_name: {config_key: {..., "value": ...}}}}; "all" so that
    # keys still at the broker default are reported too.
    answer = admin.describe_configs(resources, config_filter="all")
    out: dict[str, dict[str, str]] = {}
    for by_name in answer.values():
        for name, entries in by_name.items():
            out[name] = {key: _value(entry) for key, entry in entries.items()}
    return out


def _value(entry: Any) -> str:
    value = entry.get("value") if isinstance(entry, dict) else entry
    return "" if value is None else str(value)


def describe_topics(bootstrap: str | KafkaConfig | Any, names: Iterable[str],
                    keys: Iterable[str] = ("cleanup.policy",)) -> dict[str, TopicInfo]:
    """Partition count and the given config values of each existing topic among ``names``."""
    config = kafka_config(bootstrap)
    names = list(names)
    admin = _admin(config)
    try:
        meta = {t["name"]: t for t in admin.describe_topics(names)}
        found = [n for n in names if n in meta and not meta[n].get("error_code")]
        configs = _configs(admin, found, list(keys)) if found else {}
        return {n: TopicInfo(n, len(meta[n]["partitions"]), configs.get(n, {})) for n in found}
    except KafkaError as exc:
        raise BusError(f"describing topics on {config.bootstrap} failed: {exc}") from exc
    finally:
        admin.close()
