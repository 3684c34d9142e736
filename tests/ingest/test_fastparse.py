"""The lxml fast path gives exactly what feedparser gives, or declines and leaves the feed to feedparser.

Both paths run over every feed the misbehaving test server and the bench farm serve, and over a
table of RSS/Atom/RDF edge cases; their Articles (ids, links, titles, text, dates, language), feed
titles and ttls must be equal, and each case says which parser must have taken it, so a fast path
that quietly declines everything cannot pass.
"""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from core.errors import FetchError
from ingest.config import IngestConfig
from ingest.feeds import load_feeds
from ingest.fetch import Fetcher
from ingest.parse import ParsedFeed, parse_feed
from ingest.state import seen_key
from tests.ingest.feedserver import FeedServer, brotli_bomb, gzip_bomb

ROOT = Path(__file__).resolve().parents[2]
SECRET = "FASTPARSE-SECRET-4b1d2e-do-not-leak"
BASE = "https://news.example.com/feeds/main.xml"
RSS_CT = {"content-type": "application/rss+xml; charset=utf-8"}
ATOM_CT = {"content-type": "application/atom+xml"}
FETCHED = 1_700_000_000.0
FEED = load_feeds([BASE])[0]


def both(body: bytes, headers: dict[str, str], base: str = BASE) -> tuple[ParsedFeed, ParsedFeed]:
    fast = parse_feed(body, headers, FEED, base, FETCHED, fast=True)
    slow = parse_feed(body, headers, FEED, base, FETCHED, fast=False)
    return fast, slow


def assert_same(fast: ParsedFeed, slow: ParsedFeed) -> None:
    assert slow.parser == "feedparser"
    assert [a.model_dump() for a in fast.articles] == [a.model_dump() for a in slow.articles]
    assert (fast.title, fast.ttl, fast.is_feed) == (slow.title, slow.ttl, slow.is_feed)


# --- every feed of the misbehaving server -----------------------------------------------------

# Routes whose body never arrives (the fetcher cuts it off or gives up): nothing to parse.
TRANSPORT_HOSTILE = {"/gzip-bomb", "/br-bomb", "/huge", "/trickle", "/loop-a", "/loop-b"}
DECLINED = {"/malformed", "/laughs", "/xxe", "/html"}  # feedparser's, by design


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FeedServer]:
    secret = tmp_path_factory.mktemp("fastparse") / "secret.txt"
    secret.write_text(SECRET)
    gzip_bomb(), brotli_bomb()
    with FeedServer(secret_file=str(secret)) as srv:
        yield srv


def fetch_all(server: FeedServer, paths: list[str]) -> dict[str, tuple[bytes, dict[str, str], str] | str]:
    cfg = IngestConfig(allow_private=True, deadline=3.0, connect_timeout=2.0)

    async def main() -> dict[str, tuple[bytes, dict[str, str], str] | str]:
        fetcher = Fetcher(cfg)
        try:
            results = await asyncio.gather(*(fetcher.fetch(server.url(p)) for p in paths), return_exceptions=True)
        finally:
            await fetcher.aclose()
        out: dict[str, tuple[bytes, dict[str, str], str] | str] = {}
        for path, result in zip(paths, results, strict=True):
            if isinstance(result, FetchError):
                out[path] = result.reason
            elif isinstance(result, BaseException):
                raise result
            else:
                out[path] = (result.body, result.headers, result.url)
        return out

    return asyncio.run(main())


def test_every_feed_server_body_parses_the_same_both_ways(server: FeedServer) -> None:
    paths = sorted(server._server.routes)
    fetched = fetch_all(server, paths)
    assert {p for p, r in fetched.items() if isinstance(r, str)} == TRANSPORT_HOSTILE
    parsers: dict[str, str] = {}
    for path, result in fetched.items():
        if isinstance(result, str):
            continue
        body, headers, url = result
        if not body:
            continue  # redirects, 304s, 4xx/5xx: nothing reaches a parser
        fast, slow = both(body, headers, url)
        assert_same(fast, slow)
        assert SECRET not in repr(fast) and SECRET not in repr(slow)
        parsers[path] = fast.parser
    assert {p for p, name in parsers.items() if name == "feedparser"} == DECLINED
    assert {"/rss", "/atom", "/gzip", "/br", "/cp1250", "/dupes", "/nodates", "/relative", "/script",
            "/new"} <= {p for p, name in parsers.items() if name == "lxml"}


def test_entity_bombs_are_never_expanded_by_either_path(server: FeedServer) -> None:
    fetched = fetch_all(server, ["/laughs", "/xxe"])
    for result in fetched.values():
        assert not isinstance(result, str)
        fast, _ = both(*result[:2], result[2])
        assert fast.parser == "feedparser"
        assert all(len(a.title) < 100 and SECRET not in a.text for a in fast.articles)


# --- every feed of the bench farm ------------------------------------------------------------

def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_ingest", ROOT / "bench" / "ingest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_farm_feeds_parse_the_same_both_ways() -> None:
    bench = _bench()
    for n in range(0, 1000, 37):
        for generation in (0, 1):
            fast, slow = both(bench.feed_body(n, generation), RSS_CT, f"http://127.0.1.1:18080/f/{n}")
            assert fast.parser == "lxml"
            assert len(fast.articles) >= 20
            assert_same(fast, slow)


# --- table of RSS / Atom / RDF edge cases ---------------------------------------------------

def _rss(items: str, channel: str = "<title>Chan</title>", root: str = '<rss version="2.0">') -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{root}<channel>{channel}'
            f"<link>https://news.example.com/</link><description>d</description>{items}</channel></rss>").encode()


def _atom(entries: str, head: str = "<title>Atom feed</title>", attrs: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"{attrs}>{head}'
            f"<id>urn:feed</id><updated>2024-03-01T10:00:00Z</updated>{entries}</feed>").encode()


def _rdf(items: str, channel_first: bool = True) -> bytes:
    channel = ('<channel rdf:about="https://rdf.example.org/"><title>RDF feed</title>'
               "<link>https://rdf.example.org/</link><description>d</description>"
               "<dc:language>de</dc:language></channel>")
    return ('<?xml version="1.0" encoding="utf-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            + (channel + items if channel_first else items + channel) + "</rdf:RDF>").encode()


def _item(inner: str) -> str:
    return f"<item>{inner}</item>"


NS = ('<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" '
      'xmlns:atom="http://www.w3.org/2005/Atom">')
D = "<pubDate>Tue, 14 Nov 2023 22:13:20 GMT</pubDate>"

CASES: list[tuple[str, bytes, dict[str, str], str]] = [
    ("cdata", _rss(_item("<title><![CDATA[A <b>bold</b> & title]]></title><link>https://a.example/1</link>"
                         "<description><![CDATA[<p>One &amp; <i>two</i></p><script>x()</script>]]></description>"
                         + D)), RSS_CT, "lxml"),
    ("entities", _rss(_item("<title>Fish &amp; chips &lt;b&gt; &#8217;quoted&#8217; &#150; dash &#x20AC;</title>"
                            "<link>https://a.example/2?a=1&amp;b=2&amp;amp;c=3</link>"
                            "<description>&lt;p&gt;Esc &amp;amp; aped&lt;/p&gt;</description>" + D)), RSS_CT, "lxml"),
    ("latin1-mojibake", _rss(_item("<title>CafÃ© society</title><link>https://a.example/3</link>")), RSS_CT, "lxml"),
    ("relative-links", _rss(_item("<title>Rel</title><link>/story/1?utm_source=x#frag</link><guid>g-1</guid>")
                            + _item("<title>Rel2</title><link>two.html</link>")
                            + _item("<title>Guid link</title><guid>../three.html</guid>")
                            + _item("<title>Guid no link</title><guid isPermaLink=\"false\">../four</guid>")),
     RSS_CT, "lxml"),
    ("xml-base-rss", _rss(_item("<title>B</title><link>rel/1</link>"),
                          root='<rss version="2.0" xml:base="https://base.example.net/dir/">'), RSS_CT, "lxml"),
    ("xml-base-item", _rss('<item xml:base="https://other.example/x/"><title>B2</title><link>y/2</link></item>'),
     RSS_CT, "lxml"),
    ("namespaces", _rss(_item("<title>NS</title><link>https://a.example/ns</link><dc:creator>Me</dc:creator>"
                              "<content:encoded><![CDATA[<p>Full <b>text</b> here, longer than summary.</p>]]>"
                              "</content:encoded><description>Short</description><category>x</category>"
                              '<media:content url="https://cdn.example/i.jpg"/>'
                              '<enclosure url="https://cdn.example/a.mp3" length="1" type="audio/mpeg"/>'
                              "<dc:date>2024-01-02T03:04:05+01:00</dc:date>"), root=NS), RSS_CT, "lxml"),
    ("content-before-description", _rss(_item("<title>Order</title><link>https://a.example/o</link>"
                                              "<content:encoded>Long content text here</content:encoded>"
                                              "<description>Desc</description>"), root=NS), RSS_CT, "lxml"),
    ("content-only", _rss(_item("<title>C</title><link>https://a.example/c</link>"
                                "<content:encoded>Only content</content:encoded>"), root=NS), RSS_CT, "lxml"),
    ("rfc822-offsets", _rss("".join(_item(f"<title>D{i}</title><link>https://a.example/d{i}</link>"
                                          f"<pubDate>{d}</pubDate>") for i, d in enumerate((
        "Mon, 06 Sep 2021 16:45:00 +0200", "6 Sep 2021 16:45 -0530", "Sun, 31 Dec 2023 23:59:59 UT",
        "Thu, 29 Feb 2024 12:00:00 Z", "Fri, 01 Mar 2024 00:00:00 +1400", "")))), RSS_CT, "lxml"),
    ("iso8601-offsets", _atom("".join(
        f'<entry><title>I{i}</title><link href="https://b.example/{i}"/><id>urn:i:{i}</id><updated>{d}</updated>'
        f"</entry>" for i, d in enumerate(("2024-03-01T10:00:00Z", "2024-03-01T10:00:00+05:30",
                                          "2024-03-01T10:00:00.123-08:00", "2024-03-01", "2024-03-01T10:00Z")))),
     ATOM_CT, "lxml"),
    ("missing-dates", _rss(_item("<title>No date</title><link>https://a.example/nd</link>")), RSS_CT, "lxml"),
    ("named-zone-goes-to-feedparser", _rss(_item("<title>EST</title><link>https://a.example/e</link>"
                                                 "<pubDate>Tue, 14 Nov 2023 17:13:20 EST</pubDate>")),
     RSS_CT, "feedparser"),
    ("atom-links", _atom(
        '<entry><title type="html">&lt;b&gt;Multi&lt;/b&gt;</title><id>tag:x,1</id>'
        '<link rel="enclosure" href="https://b.example/file.mp3"/><link rel="related" href="https://b.example/rel"/>'
        '<link rel="alternate" type="application/pdf" href="https://b.example/doc.pdf"/>'
        '<link rel="ALTERNATE" type="TEXT/HTML" href="/first"/><link href="second.html"/>'
        "<published>2024-02-02T02:02:02Z</published><updated>2024-02-03T02:02:02Z</updated>"
        '<summary type="text">Plain &amp; simple</summary><content type="html">&lt;p&gt;Rich&lt;/p&gt;</content>'
        "</entry>"
        '<entry><title>Only pdf</title><id>urn:only-pdf</id>'
        '<link rel="alternate" type="application/pdf" href="https://b.example/only.pdf"/></entry>'
        '<entry><title>Id is link</title><id>https://b.example/by-id</id></entry>'
        '<entry><title>Content, no summary</title><id>urn:c</id><content>Body text</content></entry>'),
     ATOM_CT, "lxml"),
    ("atom-xml-base", _atom('<entry xml:base="https://entry.example/e/"><title>XB</title><id>urn:xb</id>'
                            '<link href="page.html"/><link rel="alternate" xml:base="/other/" href="p2.html"/></entry>',
                            attrs=' xml:base="https://feed.example/f/"'), ATOM_CT, "lxml"),
    ("atom-lang", _atom('<entry><title>L</title><id>urn:l</id><link href="https://b.example/l"/></entry>',
                        attrs=' xml:lang="uk-UA"'), ATOM_CT, "lxml"),
    ("content-language-header", _rss(_item("<title>H</title><link>https://a.example/h</link>")),
     {**RSS_CT, "content-language": "ru"}, "lxml"),
    ("channel-language-ttl", _rss(_item("<title>T</title><link>https://a.example/t</link>"),
                                  channel="<title>Kanal</title><language>pl-PL</language><ttl>60</ttl>"
                                          '<image><title>Img</title><url>https://a.example/i.png</url></image>'),
     RSS_CT, "lxml"),
    ("comments-inside-text", _rss(_item("<title>Split<!-- c --> title</title><link>https://a.example/s</link>")),
     RSS_CT, "lxml"),
    ("whitespace-and-c1", _rss(_item("<title>\n  Spaced\u0096title  \n</title>"
                                     "<link>\n https://a.example/w \n</link>")), RSS_CT, "lxml"),
    ("rdf", _rdf(_item("<title>R1</title><link>https://rdf.example.org/1</link><description>one</description>"
                       "<dc:date>2024-05-05T05:05:05Z</dc:date>").replace("<item>", '<item rdf:about="urn:r1">')
                 + _item("<title>R2</title><link>https://rdf.example.org/2</link>")), RSS_CT, "lxml"),
    ("rdf-channel-last", _rdf(_item("<title>R</title><link>https://rdf.example.org/r</link>"), channel_first=False),
     RSS_CT, "feedparser"),
    ("media-title-goes-to-feedparser", _rss(_item('<link>https://a.example/m</link><media:content url="x">'
                                                  "<media:title>Media</media:title></media:content>"), root=NS),
     RSS_CT, "feedparser"),
    ("xhtml-content-goes-to-feedparser", _atom(
        '<entry><title>X</title><id>urn:x</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        "<p>Hi</p></div></content></entry>"), ATOM_CT, "feedparser"),
    ("doctype-goes-to-feedparser", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "expanded">]>'
     + _rss(_item("<title>&e;</title><link>https://a.example/dt</link>")).split(b"\n", 1)[1], RSS_CT, "feedparser"),
    ("latin1-declared-goes-to-feedparser", _rss(_item("<title>Caf\u00e9</title>")).replace(
        b"utf-8", b"iso-8859-1").replace("Caf\u00e9".encode(), b"Caf\xe9"),
     {"content-type": "application/rss+xml"}, "feedparser"),
    ("html-type-goes-to-feedparser", _rss(_item("<title>H</title>")), {"content-type": "text/html"}, "feedparser"),
    ("duplicate-title-goes-to-feedparser", _rss(_item("<title>A</title><title>B</title>")), RSS_CT, "feedparser"),
    ("rss091-goes-to-feedparser", _rss(_item("<title>Old</title>"), root='<rss version="0.91">'), RSS_CT,
     "feedparser"),
]


@pytest.mark.parametrize(("name", "body", "headers", "parser"), CASES, ids=[c[0] for c in CASES])
def test_edge_case_parses_the_same_both_ways(name: str, body: bytes, headers: dict[str, str], parser: str) -> None:
    fast, slow = both(body, headers)
    assert fast.parser == parser
    assert slow.articles, "each case has entries"
    assert_same(fast, slow)


def test_edge_cases_mean_what_they_say() -> None:
    """The oracle could be wrong with us: a few absolute expectations for the fast path's own output."""
    by_name = {c[0]: c for c in CASES}
    fast, _ = both(*by_name["xml-base-rss"][1:3])
    assert fast.articles[0].url == "https://base.example.net/dir/rel/1"
    fast, _ = both(*by_name["atom-xml-base"][1:3])
    assert fast.articles[0].url == "https://entry.example/other/p2.html"
    fast, _ = both(*by_name["rfc822-offsets"][1:3])
    assert [a.published.isoformat() for a in fast.articles][:2] == ["2021-09-06T14:45:00+00:00",
                                                                    "2021-09-06T22:15:00+00:00"]
    assert fast.articles[-1].published == fast.articles[-1].fetched_at  # an empty date is the fetch time
    fast, _ = both(*by_name["entities"][1:3])
    assert fast.articles[0].title == "Fish & chips \u2019quoted\u2019 \u2013 dash \u20ac"  # markup is not text
    assert fast.articles[0].url == "https://a.example/2?a=1&b=2&c=3"
    fast, _ = both(*by_name["atom-lang"][1:3])
    assert fast.articles[0].lang == "uk"


@pytest.mark.parametrize("fast", [True, False])
def test_entries_emitted_before_are_counted_but_not_built(fast: bool) -> None:
    bench = _bench()
    url = "http://127.0.1.1:18080/f/5"
    first = parse_feed(bench.feed_body(5, 0), RSS_CT, FEED, url, FETCHED, fast)
    skip = frozenset(seen_key(a.id) for a in first.articles)
    again = parse_feed(bench.feed_body(5, 1), RSS_CT, FEED, url, FETCHED, fast, skip)
    full = parse_feed(bench.feed_body(5, 1), RSS_CT, FEED, url, FETCHED, fast)
    assert again.entries == full.entries == len(full.articles) == first.entries
    new = [a for a in full.articles if seen_key(a.id) not in skip]
    assert len(new) == 1 and again.articles == new
    untitled = _rss(_item("<title>Only a title</title>") + _item("<title>Linked</title><link>https://a.example/l</link>"))
    once = parse_feed(untitled, RSS_CT, FEED, BASE, FETCHED, fast)
    twice = parse_feed(untitled, RSS_CT, FEED, BASE, FETCHED, fast, frozenset(seen_key(a.id) for a in once.articles))
    # an entry whose id comes from its title and text is built to learn its id, and then dropped by the poller
    assert [a.title for a in twice.articles] == ["Only a title"] and twice.entries == 2


def test_a_doctype_hidden_past_the_first_kilobytes_is_still_left_to_feedparser(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    body = (f'<?xml version="1.0" encoding="utf-8"?><!-- {"x" * 8000} -->'
            f'<!DOCTYPE rss [{ents}<!ENTITY xxe SYSTEM "file://{secret}">]>'
            '<rss version="2.0"><channel><title>t</title><item><title>&lol9;</title>'
            "<link>https://a.example/late</link><description>&xxe;</description></item></channel></rss>").encode()
    fast, slow = both(body, RSS_CT)
    assert fast.parser == "feedparser"
    assert_same(fast, slow)
    assert all(SECRET not in a.text and len(a.title) < 100 for a in fast.articles)
