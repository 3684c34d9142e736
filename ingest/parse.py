"""Feed bodies to Articles: the lxml fast path (ingest.fastparse) for plain RSS/Atom/RDF feeds, else
feedparser on a BytesIO (never a bytes or str it might open as a path or URL), with our own
response headers, its sanitiser and URI resolver off (we make plain text and resolve links
ourselves, several times faster), and a charset repair for feeds that declare UTF-8 but are not.

``parse_feed`` is the job the parser pool runs in its worker processes; it is pure: bytes in,
a picklable ParsedFeed out.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import charset_normalizer
import feedparser

from core.contracts import Article, Feed
from ingest.fastparse import RawFeed, Unusual, fast_feed
from ingest.normalise import entry_id, entry_to_article
from ingest.state import seen_key
from ingest.text import html_to_text

__all__ = ["ParsedFeed", "parse_feed", "repair_encoding"]

log = logging.getLogger(__name__)

_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']", re.IGNORECASE)
_CHARSET = re.compile(r"charset\s*=\s*\"?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_UTF8 = frozenset({"utf-8", "utf8", "utf_8"})


@dataclass
class ParsedFeed:
    articles: list[Article] = field(default_factory=list)
    title: str = ""
    ttl: float | None = None       # seconds
    is_feed: bool = True           # False for HTML pages and other non-feeds
    warning: str = ""              # feedparser's bozo exception, when it still gave entries
    repaired_from: str = ""        # the charset the body really was in, when it lied
    parser: str = ""               # "lxml" (the fast path) or "feedparser"
    entries: int = 0               # distinct entries in the feed, skipped ones included


def _declared_charset(body: bytes, headers: Mapping[str, str]) -> str:
    match = _CHARSET.search(headers.get("content-type", ""))
    if match:
        return match.group(1).lower()
    decl = _XML_DECL.match(body[:512])
    return decl.group(1).decode("ascii").lower() if decl else "utf-8"


def repair_encoding(body: bytes, headers: Mapping[str, str]) -> tuple[bytes, dict[str, str], str]:
    """A body declared (or defaulting to) UTF-8 that is not valid UTF-8, re-encoded from its real charset.

    Returns (body, headers, detected charset or ""). Only the declared-UTF-8 case is touched: a feed
    that names another charset is decoded by feedparser as declared.
    """
    out_headers = dict(headers)
    if _declared_charset(body, headers) not in _UTF8:
        return body, out_headers, ""
    try:
        body.decode("utf-8")
        return body, out_headers, ""
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    if best is None or best.encoding in _UTF8:
        return body, out_headers, ""
    text = body.decode(best.encoding, errors="replace")
    fixed = text.encode("utf-8")
    fixed = _XML_DECL.sub(lambda m: m.group(0).replace(m.group(1), b"utf-8"), fixed, count=1)
    ctype = out_headers.get("content-type", "application/xml")
    out_headers["content-type"] = _CHARSET.sub("charset=utf-8", ctype) if _CHARSET.search(ctype) else ctype
    return fixed, out_headers, best.encoding


def _ttl(feed_meta: Mapping[str, object]) -> float | None:
    raw = feed_meta.get("ttl")
    try:
        minutes = float(str(raw).strip()) if raw is not None else None
    except ValueError:
        return None
    return minutes * 60.0 if minutes and minutes > 0 else None


def _feedparser(body: bytes, headers: dict[str, str]) -> RawFeed:
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers,
                              sanitize_html=False, resolve_relative_uris=False)
    warning = str(parsed.get("bozo_exception", "") or "") if parsed.get("bozo") else ""
    return RawFeed(parsed.get("feed", {}), parsed.get("entries", []), str(parsed.get("version", "") or ""), warning)


def parse_feed(body: bytes, headers: Mapping[str, str], feed: Feed, base_url: str, fetched_at: float,
               fast: bool = True, skip: frozenset[str] = frozenset()) -> ParsedFeed:
    """Parse ``body`` (from ``base_url``) into the Articles of ``feed``, each id once.

    ``fast``: try the lxml fast path first (feedparser when it declines); False is feedparser only.
    ``skip``: seen keys (``ingest.state.seen_key``) of entries emitted before: counted, not built.
    """
    headers = {k.lower(): v for k, v in headers.items()}
    body, headers, repaired = repair_encoding(body, headers)
    headers["content-location"] = base_url
    headers.pop("content-encoding", None)  # already decoded by the fetcher
    raw: RawFeed | None = None
    if fast:
        try:
            raw = fast_feed(body, headers, base_url)
        except Unusual as exc:
            log.debug("fast parser declined (%s); feedparser takes it", exc)
    parser = "lxml" if raw is not None else "feedparser"
    if raw is None:
        raw = _feedparser(body, headers)
    meta, entries = raw.meta, raw.entries
    out = ParsedFeed(title=str(meta.get("title", "") or ""), ttl=_ttl(meta), repaired_from=repaired, parser=parser)
    if not entries and not raw.version:
        out.is_feed = False
        out.warning = raw.warning or "no feed found"
        return out
    out.warning = raw.warning[:300]
    fetched = datetime.fromtimestamp(fetched_at, UTC)
    feed_lang = feed.lang or str(meta.get("language", "") or "") or None
    source = feed.name or html_to_text(out.title)
    seen: set[str] = set()
    for entry in entries:
        if skip:
            known = entry_id(entry, feed, base_url)
            if known is not None and seen_key(known) in skip:
                seen.add(known)
                continue
        article = entry_to_article(entry, feed, base_url, fetched, source=source, lang=feed_lang)
        if article is None or article.id in seen:
            continue
        seen.add(article.id)
        out.articles.append(article)
    out.entries = len(seen)
    return out
