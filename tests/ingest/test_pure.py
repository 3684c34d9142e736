"""Table-driven tests of the pure parts: URLs, ids, Retry-After, scheduling, plain text, charsets."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from core.contracts import Feed, article_id
from ingest.canonical import canonical_url, registrable_domain
from ingest.config import IngestConfig
from ingest.guard import is_public_address
from ingest.headers import max_age, parse_retry_after
from ingest.normalise import entry_to_article, language_tag
from ingest.parse import repair_encoding
from ingest.schedule import WEEK, PollResult, decide, observed_interval
from ingest.text import html_to_text

NOW = 1_700_000_000.0
CFG = IngestConfig(min_interval=300, max_interval=86400, backoff_base=300, backoff_max=6 * 3600, jitter=0.25,
                   retry_after_default=3600, retry_after_max=7 * 86400)


@pytest.mark.parametrize(("link", "base", "expected"), [
    ("https://example.com/a?utm_source=x&utm_medium=y&id=3#frag", "", "https://example.com/a?id=3"),
    ("/story/1?fbclid=abc", "https://news.example.org/feed.xml", "https://news.example.org/story/1"),
    ("two.html#c", "https://ex.com/dir/feed", "https://ex.com/dir/two.html"),
    ("HTTP://Example.COM:80/Path", "", "http://example.com/Path"),
    ("https://example.com:443", "", "https://example.com/"),
    ("https://example.com:8443/x?b=2&a=1", "", "https://example.com:8443/x?b=2&a=1"),
    ("https://example.com/x?gclid=1&UTM_Campaign=2", "", "https://example.com/x"),
    ("javascript:alert(1)", "https://ex.com/", ""),
    ("mailto:a@b.c", "", ""),
    ("", "https://ex.com/", ""),
    (None, "https://ex.com/", ""),
    ("  https://ex.com/a  ", "", "https://ex.com/a"),
    ("https://[::1]:8080/a", "", "https://[::1]:8080/a"),
    ("https://ex.com:bad/", "", ""),
])
def test_canonical_url(link: str | None, base: str, expected: str) -> None:
    assert canonical_url(link, base) == expected


@pytest.mark.parametrize(("host", "expected"), [
    ("www.bbc.co.uk", "bbc.co.uk"),
    ("news.bbc.co.uk", "bbc.co.uk"),
    ("example.com", "example.com"),
    ("a.b.example.com.", "example.com"),
    ("foo.github.io", "foo.github.io"),
    ("127.0.3.4", "127.0.3.4"),
    ("[::1]", "::1"),
])
def test_registrable_domain(host: str, expected: str) -> None:
    assert registrable_domain(host) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("120", 120.0),
    ("0", 0.0),
    (" 3600 ", 3600.0),
    ("Tue, 14 Nov 2023 22:23:20 GMT", 600.0),     # NOW + 600 s as an HTTP date
    ("Tue, 14 Nov 2023 22:03:20 GMT", 0.0),       # in the past: now
    ("soon", None),
    ("", None),
    (None, None),
    ("-5", None),
])
def test_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


@pytest.mark.parametrize(("header", "expected"), [
    ("max-age=600", 600.0), ("public, max-age=60, must-revalidate", 60.0), ("s-maxage=5", None),
    ("no-cache", None), ("", None),
])
def test_max_age(header: str, expected: float | None) -> None:
    assert max_age({"cache-control": header} if header else {}) == expected


@pytest.mark.parametrize(("entries", "expected"), [
    (0, 86400.0),              # silent for a week: the slowest cadence
    (7, 86400.0),              # one a day
    (14, 43200.0),
    (168, 3600.0),             # one an hour
    (100_000, 300.0),          # a firehose is clamped to min_interval
])
def test_observed_interval(entries: int, expected: float) -> None:
    times = [NOW - i * (WEEK / max(entries, 1)) * 0.999 for i in range(entries)]
    assert observed_interval(times, NOW, CFG) == pytest.approx(expected)


def test_observed_interval_ignores_old_and_far_future_entries() -> None:
    times = [NOW - 2 * WEEK, NOW + 10 * 86400] + [NOW - 3600.0 * i for i in range(168)]
    assert observed_interval(times, NOW, CFG) == pytest.approx(3600.0)


HOURLY = [NOW - 3600.0 * i for i in range(168)]


@pytest.mark.parametrize(("errors", "result", "rnd", "feed_interval", "interval", "new_errors", "retry_until",
                          "gone"), [
    (0, PollResult("ok"), 0.0, None, 3600.0, 0, 0.0, False),
    (0, PollResult("ok"), 1.0, None, 4500.0, 0, 0.0, False),                 # +25 % jitter at most
    (0, PollResult("not_modified"), 0.5, None, 4050.0, 0, 0.0, False),
    (3, PollResult("unchanged"), 0.0, None, 3600.0, 0, 0.0, False),           # success resets errors
    (0, PollResult("ok", ttl=7200.0), 0.0, None, 7200.0, 0, 0.0, False),      # raised to <ttl>
    (0, PollResult("ok", max_age=10800.0), 0.0, None, 10800.0, 0, 0.0, False),  # raised to max-age
    (0, PollResult("ok", ttl=10 * WEEK), 0.0, None, 86400.0, 0, 0.0, False),  # but never past max_interval
    (0, PollResult("ok", max_age=60.0), 0.0, None, 3600.0, 0, 0.0, False),    # a short max-age does not speed up
    (0, PollResult("ok"), 0.0, 900.0, 900.0, 0, 0.0, False),                  # the feed's own interval wins
    (0, PollResult("error"), 0.0, None, 300.0, 1, 0.0, False),
    (1, PollResult("error"), 0.0, None, 600.0, 2, 0.0, False),
    (4, PollResult("error"), 0.0, None, 4800.0, 5, 0.0, False),
    (30, PollResult("error"), 0.0, None, 6 * 3600.0, 31, 0.0, False),          # capped, never disabled
    (0, PollResult("rate_limited", retry_after=7200.0), 0.0, None, 7200.0, 0, NOW + 7200.0, False),
    (0, PollResult("rate_limited", retry_after=60.0), 0.0, None, 3600.0, 0, NOW + 60.0, False),
    (0, PollResult("rate_limited"), 0.0, None, 3600.0, 0, NOW + 3600.0, False),   # absent: 1 h ...
    (0, PollResult("rate_limited"), 1.0, None, 7200.0, 0, NOW + 7200.0, False),   # ... to 2 h
    (0, PollResult("rate_limited", retry_after=99 * WEEK), 0.0, None, 7 * 86400.0, 0, NOW + 7 * 86400.0, False),
    (2, PollResult("gone"), 0.0, None, 86400.0, 0, 0.0, True),
])
def test_decide(errors: int, result: PollResult, rnd: float, feed_interval: float | None, interval: float,
                new_errors: int, retry_until: float, gone: bool) -> None:
    decision = decide(errors, HOURLY, result, NOW, CFG, rnd=rnd, feed_interval=feed_interval)
    assert decision.interval == pytest.approx(interval)
    assert decision.next_poll == pytest.approx(NOW + interval)
    assert (decision.errors, decision.gone) == (new_errors, gone)
    assert decision.retry_until == pytest.approx(retry_until)


@pytest.mark.parametrize(("fragment", "expected"), [
    ("<p>Hello <b>world</b></p>", "Hello world"),
    ("a &amp; b &lt;c&gt; &#x41; &eacute;", "a & b <c> A é"),
    ("<p>one</p><p>two</p>", "one\n\ntwo"),
    ("x<script>alert(1)</script>y", "x y"),
    ("x<SCRIPT type='text/javascript'>var a = '<p>';</SCRIPT>y", "x y"),
    ("<style>p { color: red }</style>text", "text"),
    ('<img src="x" onerror="alert(1)">caption', "caption"),
    ('<a href="a>b" onclick="steal()">link</a>', "link"),
    ("<!-- hidden -->shown", "shown"),
    ("before <script>never closed", "before"),
    ("  lots\t of \u00a0 space  ", "lots of space"),
    ("line<br>break", "line\n\nbreak"),
    ("plain text, no markup", "plain text, no markup"),
    # invisible characters inside words go: soft hyphens (&shy;), word joiners, byte-order and direction marks
    ("Pjong&shy;jang and Vladi\u00advostok", "Pjongjang and Vladivostok"),
    ("\ufeffKim\u2060Jong Un \u200fmet Putin", "KimJong Un met Putin"),
    ("Kim\u200bmet", "Kim met"),
    # escaped twice by the feed: entities and markup that a first decoding leaves as text
    ("Kim&amp;nbsp;Jong Un &amp;amp; Putin", "Kim Jong Un & Putin"),
    ("&amp;lt;p&amp;gt;Moscow&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Pyongyang&amp;lt;/p&amp;gt;", "Moscow\n\nPyongyang"),
    ("AT&amp;T &amp;amp", "AT&T &amp"),
    ("", ""),
    (None, ""),
])
def test_html_to_text(fragment: str | None, expected: str) -> None:
    assert html_to_text(fragment) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("pl-PL", "pl"), ("en_US", "en"), ("DE", "de"), ("", None), (None, None), ("x-klingon", None),
])
def test_language_tag(value: str | None, expected: str | None) -> None:
    assert language_tag(value) == expected


FEED = Feed(id=Feed.id_for("https://ex.com/feed"), url="https://ex.com/feed")
FETCHED = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(("entry", "expected_id"), [
    ({"link": "https://ex.com/a?utm_source=rss#x", "id": "g1", "title": "T"}, article_id("https://ex.com/a")),
    ({"link": "/a", "id": "g1", "title": "T"}, article_id("https://ex.com/a")),
    ({"id": "g1", "title": "T"}, article_id(None, FEED.id, "g1")),
    ({"id": "https://ex.com/p/1", "title": "T"}, article_id("https://ex.com/p/1")),
    ({"title": "T", "summary": "S"}, article_id(None, "", None, "T", "S")),
])
def test_article_ids(entry: dict[str, str], expected_id: str) -> None:
    article = entry_to_article(entry, FEED, FEED.url, FETCHED)
    assert article is not None and article.id == expected_id


def test_entry_dates_are_utc_via_timegm_and_fetch_time_when_missing() -> None:
    parsed = time.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S")  # feedparser's tuples are UTC
    dated = entry_to_article({"link": "https://ex.com/a", "published_parsed": parsed}, FEED, FEED.url, FETCHED)
    undated = entry_to_article({"link": "https://ex.com/b"}, FEED, FEED.url, FETCHED)
    assert dated is not None and dated.published == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    assert undated is not None and undated.published == FETCHED


def test_entry_with_nothing_is_dropped() -> None:
    assert entry_to_article({"link": "javascript:void(0)"}, FEED, FEED.url, FETCHED) is None


def test_content_beats_a_shorter_summary() -> None:
    entry = {"link": "https://ex.com/a", "summary": "<p>short</p>",
             "content": [{"value": "<p>the <i>long</i> body of the story</p>"}]}
    article = entry_to_article(entry, FEED, FEED.url, FETCHED)
    assert article is not None and (article.summary, article.text) == ("short", "the long body of the story")


@pytest.mark.parametrize(("body", "headers", "repaired"), [
    ('<?xml version="1.0" encoding="utf-8"?><r>Zażółć gęślą jaźń, Władimir Putin w Rosji</r>'.encode("cp1250"),
     {"content-type": "application/xml; charset=UTF-8"}, True),
    ('<?xml version="1.0" encoding="utf-8"?><r>Zażółć gęślą jaźń, Władimir Putin w Rosji</r>'.encode(), {}, False),
    ('<?xml version="1.0" encoding="windows-1250"?><r>Zażółć gęślą jaźń</r>'.encode("cp1250"), {}, False),
])
def test_repair_encoding(body: bytes, headers: dict[str, str], repaired: bool) -> None:
    fixed, new_headers, detected = repair_encoding(body, headers)
    assert bool(detected) == repaired
    if repaired:
        assert new_headers["content-type"] == "application/xml; charset=utf-8"
        assert "Zażółć gęślą jaźń" in fixed.decode("utf-8")
        assert b'encoding="utf-8"' in fixed
    else:
        assert fixed == body


@pytest.mark.parametrize(("address", "public"), [
    ("8.8.8.8", True), ("2606:4700:4700::1111", True),
    ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("::1", False),
    ("fe80::1%eth0", False), ("fc00::1", False), ("::ffff:127.0.0.1", False), ("224.0.0.1", False),
    ("not-an-ip", False),
])
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public
