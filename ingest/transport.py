"""HTTP connections pinned to the address that was checked: the name is resolved once per connection, by us.

ingest.guard refuses private, loopback and link-local addresses. If the HTTP client resolved the name
again to connect, a name with a short TTL could answer a public address to the check and 127.0.0.1
to the connect (DNS rebinding). Here resolving, checking and connecting are one step: httpcore's
connection pool gets a network backend whose ``connect_tcp`` resolves with our resolver, checks
every address and connects to a checked one. The request still names the host (Host header), and
TLS still sends SNI for and verifies the certificate of the name: httpcore passes the origin's host,
not the address, to ``start_tls``.

The streams sit directly on an asyncio Protocol, which also spares anyio's per-call bookkeeping
(cancel scopes, and a getpeername() on every keep-alive check): most of a 304's cost.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import httpcore
import httpx

from ingest.guard import AddressCheck, Resolver, is_public_address, resolve_checked, system_resolver

__all__ = ["PinnedBackend", "PinnedTransport"]

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
def _httpx_errors(request: httpx.Request) -> Iterator[None]:
    """httpcore's exceptions as httpx's of the same name (the fetcher speaks httpx)."""
    try:
        yield
    except httpcore.UnsupportedProtocol as exc:
        raise httpx.UnsupportedProtocol(str(exc), request=request) from exc
    except (httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError) as exc:
        kind = getattr(httpx, type(exc).__name__, httpx.TransportError)
        raise kind(str(exc), request=request) from exc


class _Body(httpx.AsyncByteStream):
    def __init__(self, response: httpcore.Response, request: httpx.Request) -> None:
        self._response, self._request = response, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _httpx_errors(self._request):
            async for part in self._response.aiter_stream():
                yield part

    async def aclose(self) -> None:
        with _httpx_errors(self._request):
            await self._response.aclose()


class PinnedTransport(httpx.AsyncBaseTransport):
    """An httpx transport over an httpcore pool that connects through a PinnedBackend."""

    def __init__(self, backend: PinnedBackend, *, max_connections: int, max_keepalive: int,
                 keepalive_expiry: float) -> None:
        self.backend = backend
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(), max_connections=max_connections,
            max_keepalive_connections=max_keepalive, keepalive_expiry=keepalive_expiry,
            http1=True, http2=False, network_backend=backend,
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
            headers=request.headers.raw,
            content=request.stream,  # type: ignore[arg-type]
            extensions=request.extensions,
        )
        with _httpx_errors(request):
            response = await self._pool.handle_async_request(core)
        return httpx.Response(status_code=response.status, headers=response.headers,
                              stream=_Body(response, request), extensions=response.extensions)

    async def aclose(self) -> None:
        await self._pool.aclose()
