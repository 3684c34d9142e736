"""`newsradar kafka init`'s topic setup against the real broker, checked through the admin client."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from kafka import KafkaAdminClient
from kafka.admin import ConfigResource, ConfigResourceType

from core.bus.admin import describe_topics, init_topics
from core.bus.topics import ALERTS, ALL_TOPICS, COMPACTED, DELIVERIES, TopicSpec, topic_specs

pytestmark = pytest.mark.kafka


@pytest.fixture
def admin(kafka_bootstrap: str) -> Iterator[KafkaAdminClient]:
    client = KafkaAdminClient(bootstrap_servers=kafka_bootstrap, client_id="test-init")
    yield client
    client.close()


def broker_view(admin: KafkaAdminClient, names: list[str]) -> dict[str, tuple[int, str]]:
    """name -> (partition count, cleanup.policy) as the broker reports them."""
    partitions = {t["name"]: len(t["partitions"]) for t in admin.describe_topics(names) if not t["error_code"]}
    resources = [ConfigResource(ConfigResourceType.TOPIC, n, configs=["cleanup.policy"]) for n in names]
    # Nested {resource_type: {resource_name: {config_key: {"value": ..., ...}}}}; "all" reports a
    # key even where it equals the broker default.
    answer = admin.describe_configs(resources, config_filter="all")
    return {n: (partitions[n], answer["topic"][n]["cleanup.policy"]["value"]) for n in names if n in partitions}


def test_init_creates_missing_topics_once(kafka_bootstrap: str, admin: KafkaAdminClient,
                                          unique_topic: Callable[[str], str]) -> None:
    plain, compacted = unique_topic("plain"), unique_topic("compacted")
    specs = [TopicSpec(plain, partitions=3), TopicSpec(compacted, partitions=5, compacted=True)]

    assert init_topics(kafka_bootstrap, specs) == sorted([plain, compacted])
    assert init_topics(kafka_bootstrap, specs) == []  # twice is fine

    assert broker_view(admin, [plain, compacted]) == {plain: (3, "delete"), compacted: (5, "compact")}
    info = describe_topics(kafka_bootstrap, [plain, compacted, unique_topic("absent")])
    assert {n: (i.partitions, i.configs["cleanup.policy"]) for n, i in info.items()} == {
        plain: (3, "delete"), compacted: (5, "compact")}


def test_init_creates_every_designed_topic_with_its_policy(kafka_bootstrap: str, admin: KafkaAdminClient) -> None:
    init_topics(kafka_bootstrap, topic_specs(partitions=6))
    assert init_topics(kafka_bootstrap, topic_specs(partitions=6)) == []

    view = broker_view(admin, list(ALL_TOPICS))
    assert set(view) == set(ALL_TOPICS)
    for name, (partitions, policy) in view.items():
        assert partitions == 6, name
        if name == DELIVERIES:  # compacted, and old records expire too (one record per delivery)
            assert policy == "compact,delete"
        else:
            assert policy == ("compact" if name in COMPACTED else "delete"), name
    # A replayable alert must still find its delivery records: they outlive the alerts.
    resources = [ConfigResource(ConfigResourceType.TOPIC, n, configs=["retention.ms"]) for n in (ALERTS, DELIVERIES)]
    answer = admin.describe_configs(resources, config_filter="all")["topic"]
    alerts_ms, deliveries_ms = (int(answer[n]["retention.ms"]["value"]) for n in (ALERTS, DELIVERIES))
    assert 0 < alerts_ms < deliveries_ms


def test_init_brings_an_existing_topic_to_the_specified_policy(kafka_bootstrap: str, admin: KafkaAdminClient,
                                                               unique_topic: Callable[[str], str]) -> None:
    name = unique_topic("was-plain")
    init_topics(kafka_bootstrap, [TopicSpec(name, partitions=2)])
    assert broker_view(admin, [name]) == {name: (2, "delete")}

    assert init_topics(kafka_bootstrap, [TopicSpec(name, partitions=2, compacted=True)]) == []
    assert broker_view(admin, [name]) == {name: (2, "compact")}

    # Changing one key keeps the others the spec sets (AlterConfigs would reset them to defaults).
    assert init_topics(kafka_bootstrap, [TopicSpec(name, partitions=2, compacted=True,
                                                   config={"retention.ms": "86400000"})]) == []
    keys = ["cleanup.policy", "retention.ms", "min.cleanable.dirty.ratio", "segment.ms"]
    answer = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name, configs=keys)],
                                    config_filter="all")["topic"][name]
    assert {k: answer[k]["value"] for k in keys} == {
        "cleanup.policy": "compact", "retention.ms": "86400000", "min.cleanable.dirty.ratio": "0.1",
        "segment.ms": "3600000"}
