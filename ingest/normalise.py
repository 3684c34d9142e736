"""One feedparser entry to one Article: canonical URL, stable id, UTC dates, plain text. Pure."""

from __future__ import annotations

import calendar
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from core.contracts import Article, Feed, article_id
from ingest.canonical import canonical_url
from ingest.text import html_to_text

__all__ = ["entry_id", "entry_link", "entry_time", "entry_to_article", "language_tag"]

_DATE_KEYS = ("published_parsed", "updated_parsed", "created_parsed")


def entry_time(entry: Mapping[str, Any]) -> datetime | None:
    """The entry's date in UTC via calendar.timegm (feedparser's tuples are UTC), or None."""
    for key in _DATE_KEYS:
        value = entry.get(key)
        if isinstance(value, time.struct_time | tuple) and len(value) >= 6:
            try:
                return datetime.fromtimestamp(calendar.timegm((*tuple(value)[:6], 0, 0, 0)), UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def entry_link(entry: Mapping[str, Any]) -> str:
    """The entry's page: ``link``, else the first alternate link, else a guid that is a URL."""
    link = entry.get("link")
    if isinstance(link, str) and link.strip():
        return link
    for item in entry.get("links", []) or []:
        if isinstance(item, Mapping) and item.get("rel", "alternate") == "alternate" and item.get("href"):
            return str(item["href"])
    guid = entry.get("id")
    if isinstance(guid, str) and guid.startswith(("http://", "https://")):
        return guid
    return ""


def language_tag(value: str | None) -> str | None:
    """``pl-PL`` -> ``pl``: the primary subtag is what language routing needs."""
    if not value:
        return None
    primary = value.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _content(entry: Mapping[str, Any]) -> str:
    best = ""
    for item in entry.get("content", []) or []:
        value = item.get("value", "") if isinstance(item, Mapping) else ""
        if isinstance(value, str) and len(value) > len(best):
            best = value
    return best


def _guid(entry: Mapping[str, Any]) -> str | None:
    guid = entry.get("id")
    return guid.strip() if isinstance(guid, str) and guid.strip() else None


def entry_id(entry: Mapping[str, Any], feed: Feed, base_url: str) -> str | None:
    """The id ``entry_to_article`` would give, when the link or guid decides it (cheap: no text made);
    None when only the title and text can."""
    url = canonical_url(entry_link(entry), base_url)
    guid = _guid(entry)
    return article_id(url or None, feed.id, guid) if url or guid else None


def entry_to_article(entry: Mapping[str, Any], feed: Feed, base_url: str, fetched_at: datetime, *,
                     source: str = "", lang: str | None = None) -> Article | None:
    """None for an entry with nothing to identify or read (no link, guid, title or text)."""
    url = canonical_url(entry_link(entry), base_url)
    guid = _guid(entry)
    title = html_to_text(entry.get("title") if isinstance(entry.get("title"), str) else "")
    summary = html_to_text(entry.get("summary") if isinstance(entry.get("summary"), str) else "")
    content = html_to_text(_content(entry))
    text = content if len(content) >= len(summary) else summary
    if not (url or guid or title or text):
        return None
    return Article(
        id=article_id(url or None, feed.id, guid, title, text),
        feed=feed.id,
        feed_url=feed.url,
        source=source or feed.name,
        url=url,
        title=title,
        summary=summary,
        text=text,
        lang=language_tag(lang),
        published=entry_time(entry) or fetched_at,
        fetched_at=fetched_at,
    )
