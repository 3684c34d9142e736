"""Alerts and digests as people read them: plain text, HTML and the console, actors highlighted."""

from __future__ import annotations

import html
from collections.abc import Callable

from core.contracts import Alert, Digest, Evidence

__all__ = ["DIGEST_SHOWN", "render_console", "render_html", "render_text", "subject"]

DIGEST_SHOWN = 10  # alerts spelled out in a digest; the rest are counted ("and 14 more")


def _marked(evidence: Evidence, mark: Callable[[str], str], plain: Callable[[str], str]) -> str:
    """The sentence with every mention passed through ``mark`` and the rest through ``plain``."""
    out, pos = [], 0
    for m in sorted(evidence.mentions, key=lambda m: m.start):
        if m.start < pos:
            continue  # overlapping mentions: the first one wins
        out.append(plain(evidence.text[pos:m.start]))
        out.append(mark(evidence.text[m.start:m.end]))
        pos = m.end
    out.append(plain(evidence.text[pos:]))
    return "".join(out).strip()


def subject(item: Alert | Digest) -> str:
    if isinstance(item, Digest):
        return f"[newsradar] {item.subscription}: {item.held_back} more alert(s)"
    names = " + ".join(a.name for a in item.actors)
    return f"[newsradar] {names}: {item.article.title}"[:200]


def _alert_text(alert: Alert, mark: Callable[[str], str]) -> list[str]:
    lines = [f"{' + '.join(a.name for a in alert.actors)} — {alert.article.title}"]
    meta = [alert.article.source, alert.article.lang or "",
            alert.article.published.isoformat() if alert.article.published else ""]
    lines.append("  " + " · ".join(x for x in meta if x))
    for ev in alert.evidence:
        lines.append("  > " + _marked(ev, mark, lambda s: s))
    if alert.topics:
        lines.append("  topics: " + ", ".join(alert.topics))
    if alert.article.url:
        lines.append("  " + alert.article.url)
    return lines


def render_text(item: Alert | Digest) -> str:
    """Plain text (e-mail's text part, Apprise bodies); mentions in *asterisks*."""
    def mark(s: str) -> str:
        return f"*{s}*"

    if isinstance(item, Alert):
        return "\n".join(_alert_text(item, mark)) + "\n"
    lines = [f"Digest for {item.subscription}: {item.held_back} alert(s) held back between "
             f"{item.period[0]:%Y-%m-%d %H:%M} and {item.period[1]:%Y-%m-%d %H:%M} UTC", ""]
    for alert in item.alerts[:DIGEST_SHOWN]:
        lines += [*_alert_text(alert, mark), ""]
    if len(item.alerts) > DIGEST_SHOWN:
        lines.append(f"and {len(item.alerts) - DIGEST_SHOWN} more")
    return "\n".join(lines) + "\n"


def _alert_html(alert: Alert) -> str:
    def mark(s: str) -> str:
        return f"<mark><strong>{html.escape(s)}</strong></mark>"

    title = html.escape(alert.article.title or alert.article.url)
    head = (f'<a href="{html.escape(alert.article.url, quote=True)}">{title}</a>'
            if alert.article.url else title)
    parts = [f"<h3>{html.escape(' + '.join(a.name for a in alert.actors))}: {head}</h3>",
             f"<p><small>{html.escape(alert.article.source)} {html.escape(alert.article.lang or '')}</small></p>"]
    for ev in alert.evidence:
        parts.append(f"<blockquote>{_marked(ev, mark, html.escape)}</blockquote>")
    if alert.topics:
        parts.append(f"<p>topics: {html.escape(', '.join(alert.topics))}</p>")
    return "\n".join(parts)


def render_html(item: Alert | Digest) -> str:
    """HTML (e-mail's HTML part): mentions in <mark>, everything else escaped."""
    if isinstance(item, Alert):
        body = _alert_html(item)
    else:
        shown = [_alert_html(a) for a in item.alerts[:DIGEST_SHOWN]]
        more = len(item.alerts) - DIGEST_SHOWN
        tail = f"<p>and {more} more</p>" if more > 0 else ""
        body = (f"<h2>{html.escape(item.subscription)}: {item.held_back} alert(s) held back</h2>\n"
                + "\n<hr>\n".join(shown) + tail)
    return f"<!doctype html>\n<html><body>\n{body}\n</body></html>\n"


def render_console(item: Alert | Digest, color: bool = True) -> str:
    """For a terminal: mentions in bold yellow when ``color``, else like the text form."""
    def mark(s: str) -> str:
        return f"\x1b[1;33m{s}\x1b[0m" if color else f"*{s}*"

    if isinstance(item, Alert):
        return "\n".join([f"[{item.subscription}] " + _alert_text(item, mark)[0], *_alert_text(item, mark)[1:]])
    lines = [f"[{item.subscription}] digest: {item.held_back} alert(s) held back"]
    for alert in item.alerts[:DIGEST_SHOWN]:
        lines.append("  - " + _alert_text(alert, mark)[0])
    if len(item.alerts) > DIGEST_SHOWN:
        lines.append(f"  and {len(item.alerts) - DIGEST_SHOWN} more")
    return "\n".join(lines)
