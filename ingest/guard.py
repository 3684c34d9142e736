"""Refuse fetch targets that resolve to private, loopback, link-local or otherwise non-public addresses.

A feed URL is user input: without this check a feed (or any redirect hop) could make the poller
read an internal service and publish it as an article. The check runs on the addresses DNS
returns, so a public name pointing at 10.0.0.1 is refused too; ``resolve_checked`` returns the
addresses it checked, and ingest.transport connects to one of them, never resolving the name again
(a second answer could be 127.0.0.1: DNS rebinding).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable

from core.errors import FetchError

__all__ = ["AddressCheck", "Resolver", "check_public", "is_public_address", "resolve_checked", "system_resolver"]

Resolver = Callable[[str, int], Awaitable[list[str]]]
AddressCheck = Callable[[str], bool]


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (IPv4-mapped IPv6 judged by its IPv4 part)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


async def system_resolver(host: str, port: int) -> list[str]:
    """The system's answer for ``host``: its addresses, each once, in the resolver's order."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


async def resolve_checked(host: str, port: int, *, allow_private: bool, allow_hosts: tuple[str, ...] = (),
                          resolver: Resolver = system_resolver,
                          address_ok: AddressCheck = is_public_address) -> list[str]:
    """The addresses to connect to for ``host``, all of them allowed; FetchError(reason="dns" or
    "private_address") otherwise. An IP literal is its own answer; a name is resolved once, here."""
    host = host.strip("[]")
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        addresses = [host]
    except ValueError:
        try:
            addresses = await resolver(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"cannot resolve {host}: {exc}", reason="dns") from exc
    if not addresses:
        raise FetchError(f"{host} has no address", reason="dns")
    if allow_private or host.lower() in allow_hosts:
        return addresses
    for address in addresses:
        if not address_ok(address):
            raise FetchError(f"{host} resolves to non-public address {address}", reason="private_address")
    return addresses


async def check_public(host: str, port: int, allow_private: bool, allow_hosts: tuple[str, ...] = ()) -> None:
    """Raise FetchError(reason="private_address") unless every address of ``host`` is public
    (or private targets are allowed, or ``host`` is listed in ``allow_hosts``).

    Only for a client we did not build (its own connect resolves again): ours are pinned."""
    if allow_private or host.lower() in allow_hosts:
        return
    await resolve_checked(host, port, allow_private=False, allow_hosts=allow_hosts)
