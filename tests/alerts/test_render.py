"""Rendering marks exactly the mentions and escapes everything else."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alerts.render import DIGEST_SHOWN, render_console, render_html, render_text, subject
from alerts.rules import evaluate
from core.contracts import Digest
from tests.alerts.helpers import make_article, sub

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def alert(title: str = "Kim Dzong Un jedzie do Rosji", article_id: str = "a"):  # type: ignore[no-untyped-def]
    (found,) = evaluate(make_article(title=title, id=article_id), [sub("pk", scope="sentence")], NOW)
    return found


def test_text_and_console_mark_mentions() -> None:
    text = render_text(alert())
    assert "*Kim Dzong Un* spotka się z *Władimirem Putinem* we Władywostoku." in text
    assert "Vladimir Putin + Kim Jong Un" in text and "https://news.example.pl/a/1" in text
    console = render_console(alert(), color=True)
    assert "\x1b[1;33mWładimirem Putinem\x1b[0m" in console


def test_html_escapes_and_highlights() -> None:
    page = render_html(alert(title="<script>x</script> Kim Dzong Un"))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<mark><strong>Władimirem Putinem</strong></mark>" in page


def test_digest_counts_what_it_does_not_spell_out() -> None:
    alerts = [alert(article_id=f"a{i}") for i in range(DIGEST_SHOWN + 4)]
    digest = Digest(id="d", subscription="pk", alerts=alerts, held_back=len(alerts),
                    period=(NOW, NOW + timedelta(hours=1)))
    assert "and 4 more" in render_text(digest)
    assert "and 4 more" in render_html(digest)
    assert subject(digest) == "[newsradar] pk: 14 more alert(s)"
