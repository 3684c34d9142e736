"""Real servers on 127.0.0.1 for the channel tests: a scripted HTTP receiver and an SMTP sink."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    status: int


@dataclass
class Receiver:
    """Answers each POST with the next scripted status (the last one repeats)."""

    script: list[int] = field(default_factory=lambda: [200])
    delay: float = 0.0
    retry_after: str | None = None
    requests: list[Received] = field(default_factory=list)
    arrived: list[str] = field(default_factory=list)  # webhook-ids as requests come in, before answering
    server: Any = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def ok(self) -> list[Received]:
        return [r for r in self.requests if 200 <= r.status < 300]

    def wait_for(self, count: int, timeout: float = 30.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.ok()) < count:
            time.sleep(0.02)
        return self.ok()


@contextmanager
def http_receiver(script: list[int] | None = None, delay: float = 0.0, retry_after: str | None = None,
                  host: str = "127.0.0.1") -> Iterator[Receiver]:
    receiver = Receiver(script=list(script or [200]), delay=delay, retry_after=retry_after)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            receiver.arrived.append(self.headers.get("webhook-id", ""))
            with receiver.lock:
                status = receiver.script.pop(0) if len(receiver.script) > 1 else receiver.script[0]
            if receiver.delay:
                time.sleep(receiver.delay)
            receiver.requests.append(Received(self.path, dict(self.headers.items()), body, status))
            self.send_response(status)
            if receiver.retry_after and status in (429, 503):
                self.send_header("Retry-After", receiver.retry_after)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((host, 0), Handler)
    server.daemon_threads = True
    receiver.server = server
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()


class _Sink:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.encrypted: list[bool] = []  # per message: whether its session ran over TLS

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.encrypted.append(server.transport.get_extra_info("ssl_object") is not None)
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@contextmanager
def smtp_sink(host: str = "127.0.0.1", login: tuple[str, str] | None = None, tls: ssl.SSLContext | None = None,
              implicit: bool = False) -> Iterator[tuple[_Sink, int]]:
    """An SMTP server; with ``login`` it requires AUTH with that user and password (over plain TCP unless
    ``tls``). With ``tls`` (a server context) it requires STARTTLS before MAIL and AUTH, or with ``implicit``
    it speaks TLS from the first byte."""
    sink = _Sink()
    options: dict[str, Any] = {}
    if login is not None:
        def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
            ok = (data.login.decode(), data.password.decode()) == login
            return AuthResult(success=ok, handled=False)

        options = {"authenticator": check, "auth_required": True, "auth_require_tls": tls is not None}
    if tls is not None:
        options |= {"ssl_context": tls} if implicit else {"tls_context": tls, "require_starttls": True}
    with socket.socket() as probe:  # aiosmtpd's start-up check cannot use port 0
        probe.bind((host, 0))
        port = probe.getsockname()[1]
    controller = Controller(sink, hostname=host, port=port, **options)
    controller.start()
    try:
        yield sink, port
    finally:
        controller.stop()
