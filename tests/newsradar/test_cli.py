"""The command line on the embedded state file: what a user types, what they get back."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

from newsradar import __version__
from newsradar.cli import main
from tests.httpstatic import serve_routes

ARTICLE_TEXT = (
    "Władimir Putin przyjął w poniedziałek na Kremlu Kim Dzong Una. "
    "Rozmowy dotyczyły dostaw amunicji artyleryjskiej z Korei Północnej do Rosji. "
    "Kim Dzong Un obiecał Władimirowi Putinowi pełne poparcie."
)


def _rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wiadomości</title><link>{base}/</link><language>pl</language>
<item><title>Putin i Kim w Moskwie</title><link>{base}/a/1?utm_source=rss</link><guid>1</guid>
<pubDate>Tue, 12 Sep 2023 09:00:00 +0000</pubDate><description>{ARTICLE_TEXT}</description></item>
<item><title>Pogoda</title><link>{base}/a/2</link><guid>2</guid><description>Jutro słońce.</description></item>
</channel></rss>""".encode()


@pytest.fixture(scope="module")
def feed_url():
    with serve_routes(lambda base: {"/feed.xml": (_rss(base), "application/rss+xml")}) as base:
        yield f"{base}/feed.xml"


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSRADAR_ALLOW_PRIVATE_TARGETS", "1")
    monkeypatch.setenv("NEWSRADAR_METRICS_PORT", "0")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    return tmp_path


def test_version_and_help():
    out = subprocess.run([sys.executable, "-m", "newsradar", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == f"newsradar {__version__}"
    helped = subprocess.run([sys.executable, "-m", "newsradar", "--help"], capture_output=True, text=True)
    for command in ("run", "demo", "ingest", "enrich", "alert", "notify", "api", "poll", "enrich-file", "kafka",
                    "feeds", "subscriptions", "actors", "schema"):
        assert command in helped.stdout


def test_run_once_alerts_once_then_never_again(env, feed_url, capsys):
    config = env / "config.yaml"
    config.write_text(yaml.safe_dump({
        "feeds": [{"url": feed_url}],
        "subscriptions": [{"id": "putin-kim", "actors": ["Putin", "Kim Jong-un"], "scope": "sentence",
                           "channels": [{"console": {}}]}],
    }))
    state = env / "state.db"
    assert main(["run", "--config", str(config), "--once", "--state", str(state)]) == 0
    first = capsys.readouterr()
    assert first.out.count("[putin-kim]") == 1
    assert "Kim Dzong Un" in first.out and "1 alerts" in first.err
    assert main(["run", "--config", str(config), "--once", "--state", str(state)]) == 0
    second = capsys.readouterr()
    assert "[putin-kim]" not in second.out and "0 new articles" in second.err and "0 alerts" in second.err


def test_poll_writes_articles_once(env, feed_url, capsys):
    feeds = env / "feeds.yaml"
    feeds.write_text(yaml.safe_dump({"feeds": [{"url": feed_url, "name": "PL"}]}))
    out, state = env / "articles.jsonl", env / "poll.db"
    assert main(["poll", str(feeds), "--once", "-o", str(out), "--state", str(state)]) == 0
    articles = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(articles) == 2
    assert {a["url"] for a in articles} == {feed_url.replace("feed.xml", "a/1"), feed_url.replace("feed.xml", "a/2")}
    assert main(["poll", str(feeds), "--once", "-o", str(out), "--state", str(state)]) == 0
    assert out.read_text() == ""


def test_enrich_file(env, capsys):
    src = env / "in.jsonl"
    src.write_text(json.dumps({"id": "x1", "title": "Kim i Putin", "text": ARTICLE_TEXT}) + "\n")
    out = env / "out.jsonl"
    assert main(["enrich-file", str(src), "-o", str(out)]) == 0
    enriched = json.loads(out.read_text())
    assert enriched["lang"] == "pl"
    assert {"Q7747", "Q56226", "Q423", "Q159"} <= {e["id"] for e in enriched["entities"]}


def test_enrich_file_names_a_bad_line(env, capsys):
    src = env / "in.jsonl"
    src.write_text('{"id": "ok", "title": "t", "text": "x"}\nnot json\n')
    assert main(["enrich-file", str(src), "-o", str(env / "o.jsonl")]) == 1
    assert "in.jsonl:2" in capsys.readouterr().err


def test_feeds_registry_round_trip(env, capsys):
    state = str(env / "state.db")
    assert main(["feeds", "add", "https://example.org/rss", "--name", "Example", "--state", state]) == 0
    opml = env / "in.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><body><outline text="News">'
                    '<outline type="rss" text="B" xmlUrl="https://b.example/feed"/></outline></body></opml>')
    assert main(["feeds", "import", str(opml), "--state", state]) == 0
    capsys.readouterr()
    assert main(["feeds", "list", "--state", state]) == 0
    listed = capsys.readouterr().out
    assert "https://example.org/rss" in listed and "https://b.example/feed" in listed
    assert main(["feeds", "export", "--state", state]) == 0
    assert 'xmlUrl="https://b.example/feed"' in capsys.readouterr().out
    assert main(["feeds", "rm", "https://example.org/rss", "--state", state]) == 0
    capsys.readouterr()
    assert main(["feeds", "list", "--state", state]) == 0
    assert "example.org/rss" not in capsys.readouterr().out
    assert main(["feeds", "rm", "https://nowhere.example/", "--state", state]) == 1


def test_subscriptions_resolve_names_and_reject_ambiguous_ones(env, capsys):
    state = str(env / "state.db")
    assert main(["subscriptions", "add", "pk", "--actor", "Władimir Putin", "--actor", "김정은",
                 "--scope", "sentence", "--webhook", "http://127.0.0.1:9/h#whsec_c2VjcmV0", "--state", state]) == 0
    added = json.loads(capsys.readouterr().out)
    assert added["actors"] == ["Q7747", "Q56226"] and added["channels"][0]["secret"] == "**********"
    assert main(["subscriptions", "add", "k", "--actor", "Kim", "--state", state]) == 1
    err = capsys.readouterr().err
    assert "Kim" in err
    assert main(["subscriptions", "list", "--state", state]) == 0
    listed = capsys.readouterr().out
    assert '"pk"' in listed and "c2VjcmV0" not in listed
    assert main(["subscriptions", "rm", "pk", "--state", state]) == 0
    assert main(["subscriptions", "rm", "pk", "--state", state]) == 1


def test_actors_search_and_import(env, capsys):
    state = str(env / "state.db")
    assert main(["actors", "search", "Ким", "Чен", "Ын", "--state", state]) == 0
    assert capsys.readouterr().out.split("\t")[0] == "Q56226"
    entity = {"entities": {"Q999999901": {
        "id": "Q999999901", "labels": {"en": {"language": "en", "value": "Jane Testperson"},
                                       "pl": {"language": "pl", "value": "Jane Testperson"}},
        "aliases": {"en": [{"language": "en", "value": "J. Testperson"}]},
        "claims": {"P31": [{"mainsnak": {"datavalue": {"value": {"id": "Q5"}}}}]}}}}
    path = env / "entity.json"
    path.write_text(json.dumps(entity))
    assert main(["actors", "import", str(path), "--state", state]) == 0
    capsys.readouterr()
    assert main(["actors", "search", "Testperson", "--state", state]) == 0
    assert "Q999999901\tperson\tJane Testperson" in capsys.readouterr().out


def test_schema_prints_every_contract(capsys):
    assert main(["schema"]) == 0
    assert {"Article", "EnrichedArticle", "Subscription", "Alert"} <= set(json.loads(capsys.readouterr().out))


def test_bad_config_is_one_clear_line(env, capsys):
    config = env / "bad.yaml"
    config.write_text("kafka:\n  bootstrapp: x\n")
    assert main(["run", "--config", str(config), "--once"]) == 1
    assert "unknown setting(s) in config: kafka_bootstrapp" in capsys.readouterr().err


def test_kafka_init_is_idempotent(kafka_bootstrap, monkeypatch, capsys):
    monkeypatch.setenv("NEWSRADAR_KAFKA_BOOTSTRAP", kafka_bootstrap)
    assert main(["kafka", "init"]) == 0
    assert main(["kafka", "init"]) == 0
    assert "every topic already exists" in capsys.readouterr().out
