"""A stage run as a service: ready once connected, and a clean, committed exit on SIGTERM."""

from __future__ import annotations

import time
import uuid

import pytest
import yaml
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from core.bus.kafka import KafkaBus
from core.bus.topics import ARTICLES, ENRICHED
from core.contracts import Article, encode
from tests.newsradar.stages import stages

pytestmark = pytest.mark.kafka


def _end_offsets(bootstrap: str, topic: str) -> dict[TopicPartition, int]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        parts = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        return consumer.end_offsets(parts)
    finally:
        consumer.close()


@pytest.mark.timeout(240)
def test_enrich_service_ready_then_sigterm_exits_zero_with_offsets_committed(kafka_bootstrap, tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"enrich": {"batch_size": 8}}))
    run = uuid.uuid4().hex[:8]
    with stages(["enrich"], config, {"NEWSRADAR_KAFKA_BOOTSTRAP": kafka_bootstrap}, tmp_path) as procs:
        stage = procs["enrich"]
        assert stage.status("/readyz") in (0, 503, 200)
        stage.wait_ready()
        bus = KafkaBus(kafka_bootstrap)
        ids = [f"svc-{run}-{i}" for i in range(20)]
        for article_id in ids:
            article = Article(id=article_id, feed="svc", title="Putin", text=f"Władimir Putin mówi {article_id}.")
            bus.send(ARTICLES, encode(article), key=article_id.encode())
        bus.flush()
        bus.close()
        seen: set[str] = set()
        reader = KafkaConsumer(ENRICHED, bootstrap_servers=kafka_bootstrap, auto_offset_reset="earliest",
                               group_id=None, consumer_timeout_ms=1000)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not set(ids) <= seen:
            for record in reader:
                seen.add(record.key.decode())
        reader.close()
        assert set(ids) <= seen, stage.tail()
        assert stage.terminate(timeout=10) == 0
    assert "stopped" in stage.log.read_text()

    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    try:
        committed = admin.list_group_offsets("newsradar-enrich")["newsradar-enrich"]
    finally:
        admin.close()
    ends = _end_offsets(kafka_bootstrap, ARTICLES)
    for tp, end in ends.items():
        if end:
            assert committed[tp].offset == end, (tp, committed.get(tp), end)
