"""The enrich worker on the in-process bus: batches in, EnrichedArticles out, poison to the DLQ,
custom actors layered in between batches, metrics counted."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from prometheus_client import CollectorRegistry

from core.bus.base import StopFlag
from core.bus.memory import MemoryBus
from core.bus.topics import DLQ
from core.contracts import Actor, Article, EnrichedArticle, decode, encode
from enrich.enricher import Enricher
from enrich.pipeline import MY_COMPONENTS
from enrich.worker import EnrichTopics, run_worker

TOPICS = EnrichTopics(articles="t.articles", enriched="t.enriched", actors="t.actors", group="t-enrich")
TEXTS = [
    ("pl", "Kim Dzong Un w Rosji", "30 czerwca 2019 r. doszło do spotkania. Putin powitał gościa."),
    ("en", "Kim meets Putin", "The U.S. said so. Mr. Kirby agreed with the assessment."),
    ("ru", "Путин и Ким", "Путин встретился с Ким Чен Ыном во Владивостоке. Переговоры шли долго."),
]


@pytest.fixture
def bus() -> MemoryBus:
    return MemoryBus(None, partitions=3)


def produce(bus: MemoryBus, count: int) -> list[Article]:
    articles = []
    for i in range(count):
        lang, title, text = TEXTS[i % len(TEXTS)]
        article = Article(id=f"a{i}", feed="f", title=title, text=text, lang=lang)
        bus.send(TOPICS.articles, encode(article), key=article.id.encode())
        articles.append(article)
    bus.flush()
    return articles


def drain(bus: MemoryBus, topic: str) -> list[tuple[bytes | None, bytes | None, dict[str, bytes]]]:
    consumer = bus.consumer("t-reader", [topic])
    out = []
    try:
        for _ in range(50):
            batch = consumer.poll(max_records=500, timeout=0.05)
            out += [(m.key, m.value, dict(m.headers)) for m in batch]
            if not batch and out:
                break
    finally:
        consumer.close()
    return out


def run(bus: MemoryBus, registry: CollectorRegistry, **kwargs: object) -> int:
    enricher = kwargs.pop("enricher", None) or Enricher(components=MY_COMPONENTS)
    return run_worker(
        bus,
        StopFlag(),
        enricher=enricher,
        batch_size=8,
        registry=registry,
        topics=TOPICS,
        idle_exit=0.5,
        warm_up=(),
        **kwargs,
    )  # type: ignore[arg-type]


def test_every_article_comes_out_enriched_keyed_by_id(bus: MemoryBus) -> None:
    registry = CollectorRegistry()
    articles = produce(bus, 20)
    assert run(bus, registry, make_base=None) == 20
    out = drain(bus, TOPICS.enriched)
    by_id = {key.decode(): decode(EnrichedArticle, value) for key, value, _ in out if key and value}
    assert sorted(by_id) == sorted(a.id for a in articles)
    sample = by_id["a0"]
    assert sample.lang == "pl" and sample.lang_declared == "pl"
    assert [sample.body[s:e] for s, e in sample.sentences] == [
        "Kim Dzong Un w Rosji",
        "30 czerwca 2019 r. doszło do spotkania.",
        "Putin powitał gościa.",
    ]
    assert registry.get_sample_value("newsradar_enrich_articles_total") == 20
    assert registry.get_sample_value("newsradar_enrich_languages_total", {"lang": "ru"}) == 6
    assert registry.get_sample_value("newsradar_enrich_article_seconds_count") == 20


def test_a_message_that_is_not_an_article_goes_to_the_dlq_and_the_rest_go_on(bus: MemoryBus) -> None:
    registry = CollectorRegistry()
    produce(bus, 3)
    bus.send(TOPICS.articles, b"{not json", key=b"bad1")
    bus.send(TOPICS.articles, b'{"id": "x"}', key=b"bad2")  # valid JSON, no feed: not an Article
    produce(bus, 2)
    assert run(bus, registry, make_base=None) == 7
    dead = drain(bus, DLQ)
    assert sorted(key for key, _, _ in dead) == [b"bad1", b"bad2"]
    for _, _, headers in dead:
        assert headers["dlq.stage"] == b"enrich"
        assert headers["dlq.topic"] == TOPICS.articles.encode()
        assert b"ContractError" in headers["dlq.error_type"]
    assert len(drain(bus, TOPICS.enriched)) == 5
    assert registry.get_sample_value("newsradar_enrich_invalid_total") == 2


def test_committed_work_is_not_repeated_by_the_next_worker(bus: MemoryBus) -> None:
    produce(bus, 6)
    assert run(bus, CollectorRegistry(), make_base=None) == 6
    produce(bus, 2)
    assert run(bus, CollectorRegistry(), make_base=None) == 2


class RecordingEnricher(Enricher):
    def __init__(self) -> None:
        super().__init__(components=MY_COMPONENTS)
        self.bases: list[object] = []

    def set_base(self, base: object) -> None:  # type: ignore[override]
        self.bases.append(base)
        super().set_base(base)  # type: ignore[arg-type]


def test_custom_actors_on_the_actors_topic_are_layered_over_the_base(bus: MemoryBus) -> None:
    custom = Actor(id="x:acme-arms", type="org", name="Acme Arms", names={"en": ["Acme Arms"]})
    gone = Actor(id="x:gone", type="org", name="Gone Ltd", names={"en": ["Gone Ltd"]})
    bus.send(TOPICS.actors, encode(custom), key=custom.id.encode())
    bus.send(TOPICS.actors, encode(gone), key=gone.id.encode())
    bus.send(TOPICS.actors, None, key=gone.id.encode())  # tombstone: deleted
    bus.send(TOPICS.actors, b"not an actor", key=b"x:broken")
    bus.flush()
    produce(bus, 2)
    layers: list[list[str]] = []

    def make_base(actors: Sequence[Actor]) -> dict[str, Actor]:
        layers.append(sorted(a.id for a in actors))
        return {a.id: a for a in actors}

    enricher = RecordingEnricher()
    assert run(bus, CollectorRegistry(), enricher=enricher, make_base=make_base) == 2
    assert layers[0] == ["x:acme-arms"]
    assert enricher.bases and enricher.bases[0] == {"x:acme-arms": custom}


def test_the_default_layering_keeps_the_shipped_actors() -> None:
    from enrich.worker import layered_base

    custom = Actor(id="x:acme-arms", type="org", name="Acme Arms", names={"en": ["Acme Arms"]})
    base = layered_base([custom])
    assert base.get("x:acme-arms") == custom
    putin = base.get("Q7747")
    assert putin is not None and putin.name == "Vladimir Putin"


def test_mentions_by_actor_type_and_topic_hits_are_counted(bus: MemoryBus) -> None:
    registry = CollectorRegistry()
    text = (
        "Korea Północna dostarczyła Rosji miliony pocisków artyleryjskich. Władimir Putin podziękował "
        "Kim Dzong Unowi we Władywostoku."
    )
    article = Article(id="full", feed="f", title="Broń dla Rosji", text=text, lang="pl")
    bus.send(TOPICS.articles, encode(article), key=b"full")
    bus.flush()
    assert run(bus, registry, enricher=Enricher(), make_base=None) == 1
    ((_, value, _),) = drain(bus, TOPICS.enriched)
    enriched = decode(EnrichedArticle, value or b"")
    counted = {
        kind: registry.get_sample_value("newsradar_enrich_mentions_total", {"type": kind}) or 0
        for kind in ("person", "country", "place", "org")
    }
    expected = {kind: sum(len(e.mentions) for e in enriched.entities if e.type == kind) for kind in counted}
    assert counted == expected
    assert counted["person"] >= 2 and counted["country"] >= 2 and counted["place"] >= 1
    assert registry.get_sample_value("newsradar_enrich_topic_hits_total", {"topic": "ru-dprk-arms"}) == 1
