"""The small Protocol every channel implements, the options they share, and the target guard.

A channel turns an Alert or a Digest into one delivery attempt. It raises DeliveryError with
``retryable`` (and ``retry_after`` when the receiver said so); the notifier owns retries,
backoff and the DLQ, so a channel never loops.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Any, ClassVar, Protocol

from core.contracts import Alert, AppriseChannel, Channel, ConsoleChannel, Digest, EmailChannel, WebhookChannel
from core.errors import DeliveryError

__all__ = ["ChannelOptions", "PrivateConnect", "Resolve", "Sender", "addresses_of", "channel_key", "check_target",
           "is_private_host", "refuse_private_connects", "system_resolve"]


@dataclass(frozen=True)
class ChannelOptions:
    """What channels need from the settings (built by the notifier from core.settings.Settings)."""

    timeout: float = 10.0
    allow_private: bool = False
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_starttls: bool = False
    smtp_ssl: bool = False
    smtp_ca_file: str | None = None  # trust this CA bundle (PEM) for the SMTP server instead of the system's
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "newsradar@localhost"
    console: IO[str] = field(default_factory=lambda: sys.stdout)

    @classmethod
    def from_settings(cls, settings: Any, **overrides: Any) -> ChannelOptions:
        password = settings.notify_smtp_password
        values = dict(
            timeout=settings.seconds("notify_timeout"), allow_private=settings.allow_private_targets,
            smtp_host=settings.notify_smtp_host, smtp_port=settings.notify_smtp_port,
            smtp_starttls=settings.notify_smtp_starttls, smtp_ssl=settings.notify_smtp_ssl,
            # core.settings has no CA-file setting yet (asked of the lead): None keeps the system store.
            smtp_ca_file=getattr(settings, "notify_smtp_ca_file", None),
            smtp_username=settings.notify_smtp_username,
            smtp_password=password.get_secret_value() if password is not None else None,
            smtp_from=settings.notify_smtp_from,
        )
        return cls(**(values | overrides))


class Sender(Protocol):
    """One channel kind. Limits are attributes so the notifier and docs can read them."""

    kind: ClassVar[str]
    max_body_bytes: ClassVar[int]
    supports_html: ClassVar[bool]

    def __init__(self, options: ChannelOptions) -> None: ...

    def deliver(self, item: Alert | Digest, channel: Any) -> None:
        """Deliver once; DeliveryError on failure."""

    def close(self) -> None: ...


def channel_key(channel: Channel) -> str:
    """A short stable name of one target ("webhook-1a2b3c4d5e"), part of the delivery-log key."""
    if isinstance(channel, WebhookChannel):
        target = channel.url
    elif isinstance(channel, AppriseChannel):
        target = channel.url.get_secret_value()
    elif isinstance(channel, EmailChannel):
        target = ",".join(sorted(channel.to))
    else:
        assert isinstance(channel, ConsoleChannel)
        target = "console"
    return f"{channel.type}-{hashlib.sha256(target.encode('utf-8')).hexdigest()[:10]}"


def _private(addr: str) -> bool:
    ip = ipaddress.ip_address(addr.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
            or ip.is_unspecified)


Resolve = Callable[[str, int], list[str]]


def system_resolve(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (DeliveryError, retryable, when it does not)."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except OSError as exc:
        raise DeliveryError(f"cannot resolve {host}: {exc}", retryable=True) from exc
    return [str(info[4][0]) for info in infos]


def addresses_of(host: str, port: int, resolve: Resolve = system_resolve) -> list[str]:
    """``host`` itself when it is an IP address, else what ``resolve`` answers for it."""
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return [host]
    except ValueError:
        return resolve(host, port)


def is_private_host(host: str, port: int | None = None, resolve: Resolve = system_resolve) -> bool:
    """Whether ``host`` is, or resolves to, a private, loopback or link-local address."""
    return any(_private(address) for address in addresses_of(host, port or 0, resolve))


def check_target(host: str | None, port: int | None, allow_private: bool, resolve: Resolve = system_resolve) -> None:
    """Refuse (not retryable) a target on a private address unless allowed (SSRF guard)."""
    if allow_private:
        return
    if not host:
        raise DeliveryError("target has no host", retryable=False)
    if is_private_host(host, port, resolve):  # "localhost" too: it resolves to a loopback address
        raise DeliveryError(
            f"refusing private/loopback target {host} (set NEWSRADAR_ALLOW_PRIVATE_TARGETS=1 to allow)",
            retryable=False)


class PrivateConnect(PermissionError):
    """A guarded thread tried to reach a private address; an OSError, so HTTP and SMTP libraries
    fail the attempt the way they fail any refused connection."""

    def __init__(self, address: str) -> None:
        super().__init__(f"refusing to connect to private/loopback address {address}")
        self.address = address


_guarded = threading.local()
_hook_lock = threading.Lock()
_hook_installed = False
_ADDRESSED_EVENTS = {"socket.connect": 1, "socket.sendto": 1}  # event -> index of the address argument


def _audit(event: str, args: tuple[Any, ...]) -> None:
    index = _ADDRESSED_EVENTS.get(event)
    if index is None or not getattr(_guarded, "on", False):
        return
    address = args[index]
    if not isinstance(address, tuple) or not address or not isinstance(address[0], str):
        return  # AF_UNIX paths and the like: nothing on the network
    try:
        private = _private(address[0])
    except ValueError:
        return  # a name: the same call resolves it and connects again, with the address audited then
    if private:
        _guarded.refused = address[0]
        raise PrivateConnect(address[0])


@contextmanager
def refuse_private_connects() -> Iterator[list[str]]:
    """Within the block, this thread's sockets cannot connect or send to a private, loopback or
    link-local address, whichever library opens them and whatever a name resolved to a moment ago.

    Checks the address each connection really uses (a Python audit hook on ``socket.connect`` and
    ``socket.sendto``), so a name that answers one address to a check and another to the connect
    (DNS rebinding) and a redirect to an internal host are both refused. The yielded list holds the
    refused address, if any, when the block ends: libraries often turn the error into a bare failure.
    """
    global _hook_installed
    with _hook_lock:
        if not _hook_installed:
            sys.addaudithook(_audit)  # for the life of the process; idle outside a guarded block
            _hook_installed = True
    refused: list[str] = []
    _guarded.on, _guarded.refused = True, None
    try:
        yield refused
    finally:
        _guarded.on = False
        if _guarded.refused is not None:
            refused.append(_guarded.refused)
