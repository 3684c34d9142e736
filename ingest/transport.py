"""HTTP connections pinned to the address that was checked: the name is resolved once per connection, by us.

ingest.guard refuses private, loopback and link-local addresses. If the HTTP client resolved the name
again to connect, a name with a short TTL could answer a public address to the check and 127.0.0.1
to the connect (DNS rebinding). Here resolving, checking and connecting are one step: httpcore's
connection pool gets a network backend whose ``connect_tcp`` resolves with our resolver, checks
every address and connects to a checked one. The request still names the host (Host header), and
TLS still sends SNI for and verifies the certificate of the name: httpcore passes the origin's host,
not the address, to ``start_tls``.

The streams sit directly on an asyncio Protocol, which also spares anyio's per-call bookkeeping
(cancel scopes, and a getpeername() on every keep-alive check), and requests go to the httpcore
pool without httpx's models in between: together most of a 304's cost.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import ssl
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from core.errors import FetchError
from ingest.guard import AddressCheck, Resolver, is_public_address, resolve_checked, system_resolver

__all__ = ["PinnedBackend", "PinnedPool", "RawResponse"]

_HIGH = 256 * 1024  # bytes buffered before the socket stops being read (the fetcher drains 64 KiB a step)


class _Conn(asyncio.Protocol):
    """Receives a connection's bytes into a buffer; readers wait on a future."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.eof = False
        self.error: BaseException | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.paused = False
        self.writable = asyncio.Event()
        self.writable.set()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if len(self.buffer) > _HIGH and not self.paused and self.transport is not None:
            self.transport.pause_reading()
            self.paused = True
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof, self.error = True, exc
        self.writable.set()
        self._wake()

    def pause_writing(self) -> None:
        self.writable.clear()

    def resume_writing(self) -> None:
        self.writable.set()

    def _wake(self) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)


@contextlib.contextmanager
def _timeout_as(kind: type[Exception], timeout: float | None) -> Iterator[None]:
    try:
        yield
    except TimeoutError as exc:
        raise kind(f"no progress within {timeout}s") from exc


class _Stream(httpcore.AsyncNetworkStream):
    def __init__(self, conn: _Conn, transport: asyncio.Transport) -> None:
        self._conn, self._transport = conn, transport

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        conn = self._conn
        if not conn.buffer and not conn.eof:
            conn.waiter = asyncio.get_running_loop().create_future()
            try:
                with _timeout_as(httpcore.ReadTimeout, timeout):
                    async with asyncio.timeout(timeout):
                        await conn.waiter
            finally:
                conn.waiter = None
        if conn.buffer:
            data = bytes(conn.buffer[:max_bytes])
            del conn.buffer[:max_bytes]
            if conn.paused and len(conn.buffer) < _HIGH // 4:
                conn.paused = False
                self._transport.resume_reading()
            return data
        if conn.error is not None:
            raise httpcore.ReadError(str(conn.error))
        return b""

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self._transport.is_closing():
            raise httpcore.WriteError("connection closed")
        self._transport.write(buffer)
        if not self._conn.writable.is_set():
            with _timeout_as(httpcore.WriteTimeout, timeout):
                async with asyncio.timeout(timeout):
                    await self._conn.writable.wait()

    async def aclose(self) -> None:
        self._transport.close()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            with _timeout_as(httpcore.ConnectTimeout, timeout):
                async with asyncio.timeout(timeout):
                    tls = await loop.start_tls(self._transport, self._conn, ssl_context,
                                               server_hostname=server_hostname)
        except (OSError, ssl.SSLError) as exc:
            self._transport.close()
            raise httpcore.ConnectError(f"TLS with {server_hostname}: {exc}") from exc
        if tls is None:
            raise httpcore.ConnectError("TLS not started")
        self._conn.transport = tls  # type: ignore[assignment]
        return _Stream(self._conn, tls)  # type: ignore[arg-type]

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":  # asked of every idle keep-alive connection: no system call here
            return bool(self._conn.buffer) or self._conn.eof
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        if info == "socket":
            return self._transport.get_extra_info("socket")
        return None


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """Resolves with ``resolver``, refuses what ``resolve_checked`` refuses, connects to a checked address.

    ``connects`` counts new connections (keep-alive reuse shows as few).
    """

    def __init__(self, *, allow_private: bool, allow_hosts: tuple[str, ...] = (),
                 resolver: Resolver = system_resolver, address_ok: AddressCheck = is_public_address) -> None:
        self.allow_private, self.allow_hosts = allow_private, allow_hosts
        self.resolver, self.address_ok = resolver, address_ok
        self.connects = 0

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        addresses = await resolve_checked(host, port, allow_private=self.allow_private,
                                          allow_hosts=self.allow_hosts, resolver=self.resolver,
                                          address_ok=self.address_ok)
        loop = asyncio.get_running_loop()
        failure: BaseException | None = None
        for address in addresses:
            try:
                with _timeout_as(httpcore.ConnectTimeout, timeout):
                    async with asyncio.timeout(timeout):
                        transport, conn = await loop.create_connection(_Conn, address, port)
            except OSError as exc:
                failure = exc
                continue
            self.connects += 1
            return _Stream(conn, transport)  # type: ignore[arg-type]
        raise httpcore.ConnectError(f"cannot connect to {host}:{port}: {failure}")

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("feeds are not fetched over unix sockets")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


@contextlib.contextmanager
def _fetch_errors() -> Iterator[None]:
    """httpcore's exceptions as FetchError with the fetcher's reasons."""
    try:
        yield
    except httpcore.TimeoutException as exc:
        raise FetchError(f"timed out: {exc!r}", reason="timeout") from exc
    except httpcore.ConnectError as exc:
        raise FetchError(f"cannot connect: {exc}", reason="connect") from exc
    except httpcore.UnsupportedProtocol as exc:
        raise FetchError(f"bad URL: {exc}", reason="bad_url") from exc
    except (httpcore.NetworkError, httpcore.ProtocolError) as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}", reason="protocol") from exc


def _header_value(value: str) -> bytes:
    # Latin-1 both ways gives a validator back byte for byte; a value only UTF-8 can hold goes as UTF-8.
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:
        return value.encode("utf-8")


@dataclass
class RawResponse:
    status: int
    headers: dict[str, str]        # lower-cased names; repeated fields joined with ", "
    chunks: AsyncIterator[bytes]   # the body as sent (still content-encoded)


class PinnedPool:
    """GET over an httpcore connection pool whose connections come from a PinnedBackend.

    httpx is not in the way: its request and response models (URL normalising aside) cost as much
    CPU as the rest of a 304 together.
    """

    def __init__(self, backend: PinnedBackend, *, max_connections: int, max_keepalive: int,
                 keepalive_expiry: float, connect_timeout: float, timeout: float,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.backend = backend
        self._timeouts = {"connect": connect_timeout, "read": timeout, "write": timeout, "pool": timeout}
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context or _ssl_context(), max_connections=max_connections,
            max_keepalive_connections=max_keepalive, keepalive_expiry=keepalive_expiry,
            http1=True, http2=False, network_backend=backend,
        )

    @contextlib.asynccontextmanager
    async def get(self, url: str, headers: dict[str, str]) -> AsyncIterator[RawResponse]:
        try:
            target = httpx.URL(url)  # IDNA host and percent-encoded path, as httpx would send them
        except httpx.InvalidURL as exc:
            raise FetchError(f"bad URL: {exc}", reason="bad_url") from exc
        fields = [(b"Host", target.netloc)]
        fields += [(name.encode("ascii"), _header_value(value)) for name, value in headers.items()]
        request = httpcore.Request(
            b"GET", httpcore.URL(scheme=target.raw_scheme, host=target.raw_host, port=target.port,
                                 target=target.raw_path),
            headers=fields, extensions={"timeout": self._timeouts},
        )
        with _fetch_errors():
            response = await self._pool.handle_async_request(request)
        try:
            received: dict[str, str] = {}
            for raw_name, raw_value in response.headers:
                name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
                received[name] = f"{received[name]}, {value}" if name in received else value
            yield RawResponse(response.status, received, _chunks(response))
        finally:
            with _fetch_errors():
                await response.aclose()

    async def aclose(self) -> None:
        await self._pool.aclose()


async def _chunks(response: httpcore.Response) -> AsyncIterator[bytes]:
    with _fetch_errors():
        async for part in response.aiter_stream():
            yield part


@functools.lru_cache(maxsize=1)
def _ssl_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()  # certifi's roots, verification on: one context for every pool
