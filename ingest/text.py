"""HTML fragments from feeds to plain text: no markup, no script or style content, entities decoded.

feedparser's sanitiser is off (it is the slowest part of parsing), so this is the only thing
standing between a feed's markup and the article text. It never renders anything, so it only
has to drop markup, not make it safe: tags (and every attribute, event handlers included)
vanish, and the content of script, style and similar elements is removed with them.
"""

from __future__ import annotations

import html
import re

from core.contracts import INVISIBLE

__all__ = ["html_to_text", "normalise_space"]

# Elements whose content is never text. An unclosed one swallows the rest: safer than leaking code.
_DROP = re.compile(
    r"<(script|style|template|noscript|iframe|object|svg|math|head|title)\b[^>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)|<!\[CDATA\[|\]\]>|<![^>]*>|<\?.*?(?:\?>|\Z)", re.DOTALL)
_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|header|footer|pre|hr|dd|dt|figure"
    r"|figcaption)\b[^>]*>",
    re.IGNORECASE,
)
# A tag: '<' then a letter or '/', then anything up to '>' not inside a quoted attribute value.
_TAG = re.compile(r"</?[A-Za-z][^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
# An entity left after decoding: the feed escaped its HTML twice ("&amp;nbsp;", "&amp;#8217;").
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,6}|#[xX][0-9A-Fa-f]{2,5});")


def normalise_space(text: str) -> str:
    """One space between words, one blank line between paragraphs, no control characters."""
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    if "\u200b" in text:
        text = text.replace("\u200b", " ")
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    # str.split() is C-fast and knows every Unicode space (NBSP included); regexes here cost 10x more.
    out: list[str] = []
    gap = 0
    for line in text.split("\n"):
        words = " ".join(line.split())
        if not words:
            gap += 1
            continue
        if out:
            out.append("\n\n" if gap else "\n")
        out.append(words)
        gap = 0
    return "".join(out)


def html_to_text(fragment: str | None) -> str:
    """Plain text of an HTML (or plain-text) fragment."""
    if not fragment:
        return ""
    text = _decoded(fragment)
    if "&" in text and _ENTITY.search(text):  # escaped twice: the first decoding left escaped markup, not text
        text = _decoded(html.unescape(text))
    return normalise_space(text)


def _decoded(fragment: str) -> str:
    """``fragment`` without its markup, entities decoded."""
    if "<" in fragment:
        fragment = _COMMENT.sub(" ", _DROP.sub(" ", fragment))
        fragment = _BLOCK.sub("\n\n", fragment)
        fragment = _TAG.sub(" ", fragment)
    if "&" in fragment:
        fragment = html.unescape(fragment)
    return fragment
