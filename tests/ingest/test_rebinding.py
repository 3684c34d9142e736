"""DNS rebinding: the fetcher connects to the address it checked, never to a second DNS answer.

Two real servers listen on the same port: 127.0.0.2 plays the public feed host, 127.0.0.3 an internal
service. A resolver hook of our own fetcher (no patched HTTP client) answers the name with .2 the
first time and .3 ever after, the way a rebinding attacker's DNS with a zero TTL does; the address
rule in force calls .2 public and everything else private. A client that resolved again to connect
would read the internal service.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import socket
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from core.errors import FetchError
from ingest.config import IngestConfig
from ingest.fetch import Fetcher, FetchResult
from ingest.metrics import IngestMetrics
from tests.ingest.feedserver import FeedServer, rss

PUBLIC, INTERNAL = "127.0.0.2", "127.0.0.3"
NAME = "feeds.rebind.test"
CFG = IngestConfig(allow_private=False, deadline=3.0, connect_timeout=2.0, parse_workers=0)
SECRET = b"INTERNAL-ADMIN-PAGE-9c1f"


def _free_port_on_both() -> int:
    for _ in range(50):
        with socket.socket() as a, socket.socket() as b:
            a.bind((PUBLIC, 0))
            port = a.getsockname()[1]
            try:
                b.bind((INTERNAL, port))
            except OSError as exc:
                if exc.errno == errno.EADDRINUSE:
                    continue
                raise
            return int(port)
    raise RuntimeError("no port free on both addresses")


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[FeedServer, FeedServer, int]]:
    for _ in range(20):  # the port may be taken between the probe and the bind
        port = _free_port_on_both()
        with contextlib.ExitStack() as stack:
            try:
                public = stack.enter_context(FeedServer(host=PUBLIC, port=port))
                internal = stack.enter_context(FeedServer(host=INTERNAL, port=port))
            except OSError:
                continue
            internal.route("/feed", lambda h: h.reply(200, SECRET, "text/plain"))
            public.route("/feed", lambda h: h.reply(200, rss(2)))
            yield public, internal, port
            return
    raise RuntimeError("could not start both servers")


class Rebinder:
    """First answer public, every later one internal; counts the questions."""

    def __init__(self, first: list[str], then: list[str]) -> None:
        self.first, self.then, self.asked = first, then, 0

    async def __call__(self, host: str, port: int) -> list[str]:
        assert host == NAME
        self.asked += 1
        return self.first if self.asked == 1 else self.then


def fetch_twice(url: str, resolver: Rebinder) -> tuple[FetchResult | FetchError, FetchResult | FetchError, int]:
    async def go() -> tuple[FetchResult | FetchError, FetchResult | FetchError, int]:
        fetcher = Fetcher(CFG, metrics=IngestMetrics(CollectorRegistry()), resolver=resolver,
                          address_ok=lambda address: address == PUBLIC)
        out: list[FetchResult | FetchError] = []
        try:
            for _ in range(2):
                try:
                    out.append(await fetcher.fetch(url))
                except FetchError as exc:
                    out.append(exc)
            return out[0], out[1], fetcher.backend.connects
        finally:
            await fetcher.aclose()

    return asyncio.run(go())


def test_connection_goes_to_the_checked_address_not_a_second_answer(servers) -> None:
    public, internal, port = servers
    resolver = Rebinder([PUBLIC], [INTERNAL])
    first, second, connects = fetch_twice(f"http://{NAME}:{port}/feed", resolver)
    assert isinstance(first, FetchResult) and first.body == rss(2)
    # the pooled connection (pinned to .2) serves the second fetch: the name is not asked again
    assert isinstance(second, FetchResult) and second.body == rss(2)
    assert resolver.asked == 1 and connects == 1
    assert internal.hits["/feed"] == 0
    assert public.requests_for("/feed")[0]["host"] == f"{NAME}:{port}"  # the name, not the address


def test_a_new_connection_asks_again_and_refuses_the_rebound_answer(servers) -> None:
    _, internal, port = servers
    resolver = Rebinder([PUBLIC], [INTERNAL])
    hits = internal.hits["/feed"]

    async def go() -> FetchError:
        fetcher = Fetcher(CFG, metrics=IngestMetrics(CollectorRegistry()), resolver=resolver,
                          address_ok=lambda address: address == PUBLIC)
        try:
            await fetcher.fetch(f"http://{NAME}:{port}/feed")
            await fetcher.aclose()  # drop the pinned connection: the next fetch must connect anew
            with pytest.raises(FetchError) as info:
                await fetcher.fetch(f"http://{NAME}:{port}/feed")
            return info.value
        finally:
            await fetcher.aclose()

    error = asyncio.run(go())
    assert error.reason == "private_address" and INTERNAL in str(error)
    assert resolver.asked == 2 and internal.hits["/feed"] == hits


def test_a_mixed_answer_is_refused_whole(servers) -> None:
    _, internal, port = servers
    resolver = Rebinder([PUBLIC, INTERNAL], [PUBLIC, INTERNAL])
    first, _, connects = fetch_twice(f"http://{NAME}:{port}/feed", resolver)
    assert isinstance(first, FetchError) and first.reason == "private_address"
    assert connects == 0 and internal.hits["/feed"] == 0


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A CA and a server certificate for NAME only (not for any address), made with the openssl tool."""
    folder = tmp_path_factory.mktemp("tls")
    ca_key, ca, key, csr, cert = (folder / n for n in ("ca.key", "ca.pem", "srv.key", "srv.csr", "srv.pem"))
    ext = folder / "ext.cnf"
    ext.write_text(f"subjectAltName=DNS:{NAME}\n")

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(ca_key), "-out", str(ca), "-days", "2",
        "-subj", "/CN=newsradar test CA")
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr), "-subj", f"/CN={NAME}")
    run("x509", "-req", "-in", str(csr), "-CA", str(ca), "-CAkey", str(ca_key), "-CAcreateserial", "-out",
        str(cert), "-days", "2", "-extfile", str(ext))
    return ca, cert, key


def test_tls_to_the_pinned_address_still_verifies_and_sends_the_name(certificates) -> None:
    ca, cert, key = certificates
    server_names: list[str | None] = []
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    server_ctx.sni_callback = lambda sock, name, ctx: server_names.append(name)  # type: ignore[assignment]
    client_ctx = ssl.create_default_context(cafile=str(ca))
    with FeedServer(host=PUBLIC) as server:
        server._server.socket = server_ctx.wrap_socket(server._server.socket, server_side=True)
        server.route("/feed", lambda h: h.reply(200, rss(2)))
        port = server._server.server_address[1]

        async def go(url: str) -> FetchResult | FetchError:
            fetcher = Fetcher(CFG, metrics=IngestMetrics(CollectorRegistry()), resolver=Rebinder([PUBLIC], [INTERNAL]),
                              address_ok=lambda address: address == PUBLIC, ssl_context=client_ctx)
            try:
                return await fetcher.fetch(url)
            except FetchError as exc:
                return exc
            finally:
                await fetcher.aclose()

        by_name = asyncio.run(go(f"https://{NAME}:{port}/feed"))
        by_address = asyncio.run(go(f"https://{PUBLIC}:{port}/feed"))
    assert isinstance(by_name, FetchResult) and by_name.body == rss(2)
    assert NAME in server_names  # SNI carried the name, though the connection went to 127.0.0.2
    # the certificate names only NAME: verified against the address it would fail, so it was the name
    assert isinstance(by_address, FetchError) and by_address.reason == "connect"
    assert "certificate" in str(by_address).lower() or "ssl" in str(by_address).lower()
