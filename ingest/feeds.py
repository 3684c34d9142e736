"""The feed registry: feeds from the YAML ``feeds:`` list, from OPML, and on the bus (``newsradar.feeds``).

A feed's id is ``Feed.id_for(url it was added with)`` and never changes: a 301 updates where it is
polled (in its FeedState), not which partition owns it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from core.bus.base import Bus
from core.bus.topics import FEED_STATE, FEEDS
from core.contracts import Feed, decode, encode
from core.errors import ConfigError, ContractError
from core.settings import read_yaml

__all__ = [
    "add_feed", "delete_feed", "feed_from_config", "find_feed", "load_feeds", "load_feeds_file", "parse_opml",
    "publish_feeds", "read_feeds", "remove_feed", "to_opml",
]

_FIELDS = ("name", "lang", "tags", "interval", "fulltext")


def feed_from_config(item: Mapping[str, Any] | str) -> Feed:
    """A ``feeds:`` entry (a URL, or a mapping with ``url`` and optional name/lang/tags/interval/fulltext)."""
    spec: dict[str, Any] = {"url": item} if isinstance(item, str) else dict(item)
    url = str(spec.get("url") or "").strip()
    if not url.startswith(("http://", "https://")):
        raise ConfigError(f"feed needs an http(s) url, got {spec.get('url')!r}")
    unknown = set(spec) - {"url", "id", *_FIELDS}
    if unknown:
        raise ConfigError(f"feed {url}: unknown key(s) {', '.join(sorted(unknown))}")
    if isinstance(spec.get("tags"), str):
        spec["tags"] = [spec["tags"]]
    try:
        return Feed(id=Feed.id_for(url), url=url, added_url=url, **{k: spec[k] for k in _FIELDS if k in spec})
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ConfigError(f"feed {url}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from exc


def load_feeds(items: Iterable[Mapping[str, Any] | str]) -> list[Feed]:
    """Feeds from config entries; a URL listed twice is one feed (the later entry wins)."""
    out: dict[str, Feed] = {}
    for item in items:
        feed = feed_from_config(item)
        out[feed.id] = feed
    return list(out.values())


def load_feeds_file(path: str | Path) -> list[Feed]:
    """The ``feeds:`` list of a YAML file (a bare top-level list is accepted too)."""
    doc = read_yaml(path, "feeds file")
    items = doc.get("feeds") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise ConfigError(f"{path}: expected a `feeds:` list")
    return load_feeds(items)


def find_feed(feeds: Iterable[Feed], key: str) -> Feed | None:
    """By id, current URL or the URL it was added with."""
    key = key.strip()
    for feed in feeds:
        if key in (feed.id, feed.url, feed.added_url):
            return feed
    return None


def add_feed(feeds: list[Feed], url: str, **fields: Any) -> tuple[list[Feed], Feed]:
    """``feeds`` with ``url`` added (or its entry replaced); returns the new list and the feed."""
    feed = feed_from_config({"url": url, **{k: v for k, v in fields.items() if v not in (None, [], "")}})
    return [f for f in feeds if f.id != feed.id] + [feed], feed


def remove_feed(feeds: list[Feed], key: str) -> tuple[list[Feed], Feed | None]:
    found = find_feed(feeds, key)
    if found is None:
        return feeds, None
    return [f for f in feeds if f.id != found.id], found


# --- OPML ----------------------------------------------------------------------------------


def parse_opml(data: bytes | str) -> list[Feed]:
    """Every outline with an ``xmlUrl``; the titles of enclosing outlines become tags."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if b"<!DOCTYPE" in raw[:4096].upper() or b"<!ENTITY" in raw.upper():
        raise ConfigError("OPML with a DOCTYPE or entities is refused (entity expansion attacks)")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise ConfigError(f"not valid OPML: {exc}") from exc
    body = root.find("body")
    if root.tag != "opml" or body is None:
        raise ConfigError("not OPML: no <opml><body>")
    feeds: dict[str, Feed] = {}

    def walk(node: ET.Element, tags: list[str]) -> None:
        for outline in node.findall("outline"):
            url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
            title = outline.get("title") or outline.get("text") or ""
            if url:
                item: dict[str, Any] = {"url": url, "name": title, "tags": tags}
                lang = outline.get("language")
                if lang:
                    item["lang"] = lang
                try:
                    feed = feed_from_config(item)
                except ConfigError:
                    continue  # one bad outline does not spoil an import
                feeds[feed.id] = feed
            walk(outline, [*tags, title] if not url and title else tags)

    walk(body, [])
    return list(feeds.values())


def to_opml(feeds: Iterable[Feed], title: str = "newsradar feeds") -> str:
    """OPML 2.0 every feed reader imports; tags become nested category outlines."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(root, "body")
    groups: dict[str, ET.Element] = {}
    for feed in sorted(feeds, key=lambda f: (f.tags[:1], f.name.lower(), f.url)):
        parent = body
        if feed.tags:
            tag = feed.tags[0]
            if tag not in groups:
                groups[tag] = ET.SubElement(body, "outline", text=tag, title=tag)
            parent = groups[tag]
        attrs = {"type": "rss", "text": feed.name or feed.url, "title": feed.name or feed.url, "xmlUrl": feed.url}
        if feed.lang:
            attrs["language"] = feed.lang
        ET.SubElement(parent, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# --- on the bus ----------------------------------------------------------------------------


def publish_feeds(bus: Bus, feeds: Iterable[Feed], topic: str = FEEDS) -> int:
    """Write feeds to ``newsradar.feeds`` (key = feed id) and wait for the acknowledgement."""
    count = 0
    for feed in feeds:
        bus.send(topic, encode(feed), key=feed.id.encode())
        count += 1
    bus.flush()
    return count


def delete_feed(bus: Bus, feed_id: str) -> None:
    """Tombstone the feed and its state: the owning poller drops it, compaction forgets both."""
    bus.send(FEEDS, None, key=feed_id.encode())
    bus.send(FEED_STATE, None, key=feed_id.encode())
    bus.flush()


def read_feeds(bus: Bus, timeout: float = 30.0) -> list[Feed]:
    out = []
    for value in bus.read_table(FEEDS, timeout).values():
        try:
            out.append(decode(Feed, value))
        except ContractError:
            continue  # a foreign or older record: the registry shows what it can read
    return sorted(out, key=lambda f: f.url)
