"""A misbehaving feed server on 127.0.0.1 for the ingest tests: good feeds and every kind of bad one.

``FeedServer`` serves the ROUTES below (and any added with ``route``) on a free port, records
every request (path + headers) and counts hits per path. Bodies that are large or slow are
generated while sending, never held whole in memory.
"""

from __future__ import annotations

import contextlib
import email.utils
import gzip
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import brotli

__all__ = ["FeedServer", "atom", "item", "rss"]

Route = Callable[["_Handler"], None]

PAST = "Sat, 01 Jan 2000 00:00:00 GMT"


def item(i: int, *, link: str | None = None, guid: str | None = None, date: str | None = "auto",
          title: str | None = None, description: str | None = None) -> str:
    link = f"https://example.com/news/{i}?utm_source=rss&utm_medium=feed#top" if link is None else link
    guid = f"urn:example:{i}" if guid is None else guid
    date = (email.utils.formatdate(1_700_000_000 + i * 3600, usegmt=True) if date == "auto" else date)
    parts = [f"<title>{title if title is not None else f'Story {i}'}</title>"]
    if link:
        parts.append(f"<link>{link.replace('&', '&amp;')}</link>")  # well-formed: /malformed is the broken one
    if guid:
        parts.append(f'<guid isPermaLink="false">{guid}</guid>')
    if date:
        parts.append(f"<pubDate>{date}</pubDate>")
    parts.append(f"<description>{description if description is not None else f'Body of story {i}.'}</description>")
    return "<item>" + "".join(parts) + "</item>"


def rss(items: list[str] | int, title: str = "Example", extra: str = "", decl: str = "utf-8") -> bytes:
    if isinstance(items, int):
        items = [item(i) for i in range(items)]
    return (f'<?xml version="1.0" encoding="{decl}"?>\n<rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://example.com/</link><description>d</description>{extra}"
            + "".join(items) + "</channel></rss>").encode("utf-8")


def atom(count: int) -> bytes:
    entries = "".join(
        f'<entry><title>Atom {i}</title><link href="https://atom.example.org/a/{i}"/><id>tag:atom,{i}</id>'
        f"<updated>2023-11-14T{i:02d}:00:00Z</updated><summary>Summary {i}</summary></entry>" for i in range(count)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Atom example</title><id>tag:atom</id><updated>2023-11-14T00:00:00Z</updated>{entries}</feed>"
            ).encode()


@lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """256 MiB of zeros in about 1 MiB of gzip (built once per session)."""
    comp = zlib.compressobj(1, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    return b"".join([comp.compress(chunk) for _ in range(256)] + [comp.flush()])


@lru_cache(maxsize=1)
def brotli_bomb() -> bytes:
    """1 GiB of zeros in about 200 KiB of brotli."""
    comp = brotli.Compressor(quality=1)
    chunk = bytes(1 << 20)
    return b"".join([comp.process(chunk) for _ in range(1024)] + [comp.finish()])


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        with self.server.lock:
            self.server.hits[path] += 1
            self.server.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
        route = self.server.routes.get(path)
        if route is None:
            self.reply(404, b"not found", "text/plain")
            return
        # The poller giving up on us mid-body is exactly what the hostile routes want to see.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route(self)

    def handle(self) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError, TimeoutError):
            super().handle()

    def reply(self, status: int, body: bytes = b"", ctype: str = "application/rss+xml; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def stream(self, chunks: Any, ctype: str = "application/rss+xml", headers: dict[str, str] | None = None) -> None:
        """A body of unknown length: no Content-Length, the connection closes at its end."""
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Connection", "close")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        for chunk in chunks:
            self.wfile.write(chunk)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Route]
    hits: Counter[str]
    requests: list[tuple[str, dict[str, str]]]
    lock: threading.Lock


class FeedServer:
    """``with FeedServer(host="127.0.0.1") as srv: srv.url("/rss")``."""

    def __init__(self, host: str = "127.0.0.1", secret_file: str = "/etc/hostname", port: int = 0) -> None:
        self.secret_file = secret_file
        self._server = _Server((host, port), _Handler)
        self._server.routes = {}
        self._server.hits = Counter()
        self._server.requests = []
        self._server.lock = threading.Lock()
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.etag = '"v1-abc"'
        self.last_modified = "Tue, 14 Nov 2023 22:13:20 GMT"
        for name in dir(self):
            if name.startswith("r_"):
                self.route("/" + name[2:].replace("_", "-"), getattr(self, name))

    def route(self, path: str, fn: Route) -> None:
        self._server.routes[path] = fn

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{path}"

    @property
    def hits(self) -> Counter[str]:
        return self._server.hits

    def requests_for(self, path: str) -> list[dict[str, str]]:
        with self._server.lock:
            return [h for p, h in self._server.requests if p == path]

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- well-behaved --------------------------------------------------------------------

    def r_rss(self, h: _Handler) -> None:
        if h.headers.get("If-None-Match") == self.etag:
            h.reply(304, ctype="", headers={"ETag": self.etag})
            return
        h.reply(200, rss(5), headers={"ETag": self.etag, "Last-Modified": self.last_modified})

    def r_atom(self, h: _Handler) -> None:
        if h.headers.get("If-Modified-Since") == self.last_modified:
            h.reply(304, ctype="")
            return
        h.reply(200, atom(4), "application/atom+xml", headers={"Last-Modified": self.last_modified})

    def r_gzip(self, h: _Handler) -> None:
        h.reply(200, gzip.compress(rss(3)), headers={"Content-Encoding": "gzip"})

    def r_br(self, h: _Handler) -> None:
        h.reply(200, brotli.compress(rss(3)), headers={"Content-Encoding": "br"})

    def r_no_validators(self, h: _Handler) -> None:
        h.reply(200, rss(3))

    # --- redirects and status codes ------------------------------------------------------

    def r_loop_a(self, h: _Handler) -> None:
        h.reply(302, headers={"Location": "/loop-b"})

    def r_loop_b(self, h: _Handler) -> None:
        h.reply(302, headers={"Location": self.url("/loop-a")})

    def r_old(self, h: _Handler) -> None:
        h.reply(301, headers={"Location": "/new"})

    def r_new(self, h: _Handler) -> None:
        h.reply(200, rss([item(100 + i) for i in range(3)], title="Moved"))

    def r_temp(self, h: _Handler) -> None:
        h.reply(302, headers={"Location": "/new"})

    def r_gone(self, h: _Handler) -> None:
        h.reply(410, b"gone", "text/plain")

    def r_limited(self, h: _Handler) -> None:
        h.reply(429, b"slow down", "text/plain", headers={"Retry-After": "120"})

    def r_unavailable(self, h: _Handler) -> None:
        when = email.utils.formatdate(time.time() + 600, usegmt=True)
        h.reply(503, b"later", "text/plain", headers={"Retry-After": when})

    def r_limited_bare(self, h: _Handler) -> None:
        h.reply(429, b"slow down", "text/plain")

    def r_error(self, h: _Handler) -> None:
        h.reply(500, b"oops", "text/plain")

    # --- content that is wrong -----------------------------------------------------------

    def r_malformed(self, h: _Handler) -> None:
        body = rss([item(1), item(2, title="Broken &nbsp; <b>bold"), item(3)]).replace(b"</channel>", b"")
        h.reply(200, body + b"<item><title>unterminated")

    def r_html(self, h: _Handler) -> None:
        h.reply(200, b"<!doctype html><html><head><title>Home</title></head><body><p>Hi</p></body></html>",
                "text/html; charset=utf-8")

    def r_laughs(self, h: _Handler) -> None:
        ents = '<!ENTITY lol "lol">' + "".join(
            f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)
        )
        body = (f'<?xml version="1.0"?><!DOCTYPE rss [{ents}]><rss version="2.0"><channel><title>t</title>'
                f"<item><title>&lol9;</title><link>https://example.com/lol</link><description>&lol9;</description>"
                f"</item><item><title>After the bomb</title><link>https://example.com/after</link></item>"
                f"</channel></rss>")
        h.reply(200, body.encode())

    def r_xxe(self, h: _Handler) -> None:
        body = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{self.secret_file}">]>'
                f'<rss version="2.0"><channel><title>x</title><item><title>Leak &xxe;</title>'
                f"<link>https://example.com/xxe</link><description>secret: &xxe;</description></item>"
                f"</channel></rss>")
        h.reply(200, body.encode())

    def r_cp1250(self, h: _Handler) -> None:
        text = ("Zażółć gęślą jaźń. Władimir Putin spotkał się z Kim Dzong Unem w Rosji; "
                "rozmowy dotyczyły współpracy wojskowej i dostaw amunicji dla Korei Północnej.")
        item = (f"<item><title>Wiadomość: {text[:40]}</title><link>https://example.pl/a/1</link>"
                f"<description>{text}</description></item>")
        body = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Polskie</title>'
                f"<language>pl-PL</language>{item}</channel></rss>").encode("cp1250")
        h.reply(200, body, "application/rss+xml; charset=utf-8")

    def r_dupes(self, h: _Handler) -> None:
        items = [item(1, link="", guid="same-guid"), item(2, link="", guid="same-guid"), item(3)]
        h.reply(200, rss(items))

    def r_nodates(self, h: _Handler) -> None:
        h.reply(200, rss([item(i, date=None) for i in range(2)]))

    def r_relative(self, h: _Handler) -> None:
        items = [item(1, link="/story/one?utm_campaign=x&id=1"), item(2, link="two.html#comments")]
        h.reply(200, rss(items))

    def r_script(self, h: _Handler) -> None:
        desc = ("&lt;p onclick=&quot;steal()&quot;&gt;Real text&lt;/p&gt;&lt;script&gt;alert('x')&lt;/script&gt;"
                "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;style&gt;body{display:none}&lt;/style&gt;"
                " and &amp;amp; more")
        h.reply(200, rss([item(1, description=desc)]))

    # --- hostile transport ---------------------------------------------------------------

    def r_gzip_bomb(self, h: _Handler) -> None:
        h.reply(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})

    def r_br_bomb(self, h: _Handler) -> None:
        h.reply(200, brotli_bomb(), headers={"Content-Encoding": "br"})

    def r_huge(self, h: _Handler) -> None:
        chunk = b"<!-- padding -->" * 4096  # 64 KiB
        head = rss(1).split(b"</channel>")[0]
        h.stream([head] + [chunk] * (200 * 16))  # 200 MiB, generated while sending

    def r_trickle(self, h: _Handler) -> None:
        body = rss(2)
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        for byte in body[:120]:
            h.wfile.write(bytes([byte]))
            h.wfile.flush()
            time.sleep(1.0)
