"""The feed registry: config entries, OPML import/export, add/rm, and the registry on the bus."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.bus.memory import MemoryBus
from core.contracts import Feed
from core.errors import ConfigError
from ingest.feeds import (
    add_feed,
    delete_feed,
    feed_from_config,
    load_feeds,
    load_feeds_file,
    parse_opml,
    publish_feeds,
    read_feeds,
    remove_feed,
    to_opml,
)

OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>mine</title></head><body>
  <outline text="World" title="World">
    <outline type="rss" text="BBC" title="BBC World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
    <outline type="rss" text="PAP" xmlUrl="https://www.pap.pl/rss.xml" language="pl"/>
  </outline>
  <outline type="rss" text="Loose" xmlUrl="https://example.org/feed"/>
  <outline type="rss" text="Broken" xmlUrl="ftp://example.org/feed"/>
</body></opml>"""


def test_config_entries() -> None:
    feed = feed_from_config({"url": "https://ex.com/rss", "name": "Ex", "lang": "pl", "tags": "news",
                             "interval": "15m", "fulltext": True})
    assert feed.id == Feed.id_for("https://ex.com/rss") and feed.added_url == "https://ex.com/rss"
    assert (feed.name, feed.lang, feed.tags, feed.interval, feed.fulltext) == ("Ex", "pl", ["news"], "15m", True)
    assert feed_from_config("https://ex.com/a").url == "https://ex.com/a"


@pytest.mark.parametrize("entry", [{"url": "ftp://x"}, {"name": "no url"}, {"url": "https://x", "interval": "soon"},
                                   {"url": "https://x", "colour": "red"}])
def test_bad_config_entries_name_the_problem(entry: dict[str, str]) -> None:
    with pytest.raises(ConfigError):
        feed_from_config(entry)


def test_load_feeds_file_dedupes(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds:\n  - https://a.example/rss\n  - url: https://b.example/rss\n    name: B\n"
                    "  - url: https://a.example/rss\n    name: A again\n")
    feeds = load_feeds_file(path)
    assert [f.name for f in feeds] == ["A again", "B"]


def test_opml_import_keeps_categories_as_tags_and_skips_bad_outlines() -> None:
    feeds = {f.url: f for f in parse_opml(OPML)}
    assert set(feeds) == {"https://feeds.bbci.co.uk/news/world/rss.xml", "https://www.pap.pl/rss.xml",
                          "https://example.org/feed"}
    assert feeds["https://www.pap.pl/rss.xml"].tags == ["World"]
    assert feeds["https://www.pap.pl/rss.xml"].lang == "pl"
    assert feeds["https://feeds.bbci.co.uk/news/world/rss.xml"].name == "BBC World"
    assert feeds["https://example.org/feed"].tags == []


def test_opml_round_trip() -> None:
    feeds = parse_opml(OPML)
    again = parse_opml(to_opml(feeds))
    key = lambda f: f.id  # noqa: E731
    assert sorted(again, key=key) == sorted(feeds, key=key)


def test_opml_with_entities_is_refused() -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body/></opml>'
    with pytest.raises(ConfigError):
        parse_opml(bomb)
    with pytest.raises(ConfigError):
        parse_opml(b"<html><body/></html>")


def test_add_and_remove_by_id_or_url() -> None:
    feeds, first = add_feed([], "https://a.example/rss", name="A")
    feeds, _ = add_feed(feeds, "https://b.example/rss")
    feeds, replaced = add_feed(feeds, "https://a.example/rss", name="A2")
    assert len(feeds) == 2 and replaced.id == first.id
    feeds, removed = remove_feed(feeds, first.id)
    assert removed is not None and removed.name == "A2"
    feeds, removed = remove_feed(feeds, "https://b.example/rss")
    assert removed is not None and feeds == []
    assert remove_feed(feeds, "nope") == ([], None)


def test_registry_on_the_bus(tmp_path: Path) -> None:
    bus = MemoryBus(tmp_path / "bus.db")
    try:
        feeds = load_feeds(["https://a.example/rss", "https://b.example/rss"])
        assert publish_feeds(bus, feeds) == 2
        assert [f.url for f in read_feeds(bus)] == ["https://a.example/rss", "https://b.example/rss"]
        delete_feed(bus, feeds[0].id)
        assert [f.url for f in read_feeds(bus)] == ["https://b.example/rss"]
    finally:
        bus.close()
