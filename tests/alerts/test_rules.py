"""Evaluation as a decision table: every match, scope and filter on one hand-built article."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from alerts.rules import evaluate
from alerts.subscriptions import SubscriptionIndex
from core.contracts import alert_id
from tests.alerts.helpers import make_article, sub

NOW = datetime(2026, 11, 28, 12, 0, 5, tzinfo=UTC)
PUTIN, KIM, RUSSIA, CHINA, XI, NOBODY = "Q7747", "Q56226", "Q159", "Q148", "Q15031", "Q999"

CASES: list[tuple[str, dict[str, Any], bool]] = [
    ("all/article", dict(actors=[PUTIN, KIM]), True),
    ("all/article/absent actor", dict(actors=[PUTIN, NOBODY]), False),
    ("all/sentence together", dict(actors=[PUTIN, KIM], scope="sentence"), True),
    ("all/sentence apart", dict(actors=[PUTIN, CHINA], scope="sentence"), False),
    ("all/article apart", dict(actors=[PUTIN, CHINA]), True),
    ("any/article", dict(actors=[PUTIN, NOBODY], match="any"), True),
    ("any/sentence nobody", dict(actors=[NOBODY], match="any", scope="sentence"), False),
    ("at_least 2/sentence", dict(actors=[PUTIN, KIM, XI], match={"at_least": 2}, scope="sentence"), True),
    ("at_least 3/sentence", dict(actors=[PUTIN, KIM, XI], match={"at_least": 3}, scope="sentence"), False),
    ("at_least 3/article", dict(actors=[PUTIN, KIM, XI], match={"at_least": 3}), True),
    ("at_least 2/article one present", dict(actors=[PUTIN, NOBODY, "Q1"], match={"at_least": 2}), False),
    # "Kim Dzong Un | spotka się z | Władimirem Putinem": three words between.
    ("window 3", dict(actors=[PUTIN, KIM], scope={"window": 3}), True),
    ("window 2", dict(actors=[PUTIN, KIM], scope={"window": 2}), False),
    # "... co zrobi Xi Jinping. | Putin obiecał": adjacent across a sentence boundary.
    ("window across sentences", dict(actors=[PUTIN, XI], scope={"window": 1}), True),
    ("sentence not across", dict(actors=[PUTIN, XI], scope="sentence"), False),
    ("window any", dict(actors=[CHINA, NOBODY], match="any", scope={"window": 1}), True),
    ("exclude present", dict(actors=[PUTIN, KIM], exclude_actors=[CHINA]), False),
    ("exclude absent", dict(actors=[PUTIN, KIM], exclude_actors=[NOBODY]), True),
    ("topic hit", dict(topics=["ru-dprk-arms", "other"]), True),
    ("topic miss", dict(topics=["other"]), False),
    ("language hit", dict(languages=["en", "PL"]), True),
    ("language miss", dict(languages=["en"]), False),
    ("source by feed id", dict(sources=["feed-pl"]), True),
    ("source by feed url", dict(sources=["https://news.example.pl/rss/"]), True),
    ("source by name", dict(sources=["example news"]), True),
    ("source miss", dict(sources=["other-feed"]), False),
    ("muted", dict(mute_until=NOW + timedelta(hours=1)), False),
    ("mute expired", dict(mute_until=NOW - timedelta(seconds=1)), True),
]


@pytest.mark.parametrize(("name", "fields", "fires"), CASES, ids=[c[0] for c in CASES])
def test_decision_table(name: str, fields: dict[str, Any], fires: bool) -> None:
    subscription = sub("s1", **fields)
    article = make_article()
    via_list = evaluate(article, [subscription], NOW)
    via_index = evaluate(article, SubscriptionIndex([subscription]), NOW)
    assert [a.id for a in via_list] == [a.id for a in via_index]
    assert bool(via_list) is fires


def test_sentence_alert_carries_the_evidence_sentence_with_mentions_marked() -> None:
    article = make_article()
    (alert,) = evaluate(article, [sub("putin-kim", [PUTIN, KIM], scope="sentence")], NOW)
    assert alert.id == alert_id("putin-kim", "art-1")
    assert alert.subscription == "putin-kim"
    assert [(a.id, a.name) for a in alert.actors] == [(PUTIN, "Vladimir Putin"), (KIM, "Kim Jong Un")]
    (evidence,) = alert.evidence
    assert evidence.text == "Kim Dzong Un spotka się z Władimirem Putinem we Władywostoku."
    marked = {(evidence.text[m.start:m.end], m.actor) for m in evidence.mentions}
    assert marked == {("Kim Dzong Un", KIM), ("Władimirem Putinem", PUTIN)}
    assert alert.topics == ["ru-dprk-arms"]
    assert alert.article.url == "https://news.example.pl/a/1" and alert.article.lang == "pl"
    assert alert.article.fetched_at == article.fetched_at
    assert alert.created_at == NOW


def test_article_scope_evidence_prefers_the_sentence_with_most_actors() -> None:
    (alert,) = evaluate(make_article(), [sub("a", [PUTIN, KIM])], NOW)
    assert alert.evidence[0].text.startswith("Kim Dzong Un spotka")
    assert len(alert.evidence) <= 3


def test_any_lists_only_the_actors_present() -> None:
    (alert,) = evaluate(make_article(), [sub("a", [XI, NOBODY], match="any")], NOW)
    assert [a.id for a in alert.actors] == [XI]


def test_one_alert_per_subscription_and_stable_ids() -> None:
    subs = [sub("b", [PUTIN, KIM]), sub("a", [PUTIN], match="any"), sub("c", [CHINA, NOBODY])]
    first = evaluate(make_article(), subs, NOW)
    again = evaluate(make_article(), subs + subs, NOW)
    assert [a.subscription for a in first] == ["a", "b"]
    assert [a.id for a in first] == [a.id for a in again]


def test_no_entities_no_alerts() -> None:
    assert evaluate(make_article(actors={}), [sub("a", [PUTIN], match="any")], NOW) == []


def test_index_follows_updates_and_tombstones() -> None:
    index = SubscriptionIndex([sub("a", [PUTIN, KIM])])
    index.put(sub("a", [CHINA, XI]))
    assert [s.id for s in index.candidates([PUTIN])] == []
    assert [s.id for s in index.candidates([XI, CHINA])] == ["a"]
    index.apply(b"a", None)
    assert len(index) == 0 and index.candidates([XI]) == []
