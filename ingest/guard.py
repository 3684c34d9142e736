"""Refuse fetch targets that resolve to private, loopback, link-local or otherwise non-public addresses.

A feed URL is user input: without this check a feed (or any redirect hop) could make the poller
read an internal service and publish it as an article. The check runs on the addresses DNS
returns, so a public name pointing at 10.0.0.1 is refused too.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket

from core.errors import FetchError

__all__ = ["check_public", "is_public_address"]


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (IPv4-mapped IPv6 judged by its IPv4 part)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


async def check_public(host: str, port: int, allow_private: bool, allow_hosts: tuple[str, ...] = ()) -> None:
    """Raise FetchError(reason="private_address") unless every address of ``host`` is public
    (or private targets are allowed, or ``host`` is listed in ``allow_hosts``)."""
    if allow_private or host.lower() in allow_hosts:
        return
    host = host.strip("[]")
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        addresses = [host]
    except ValueError:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"cannot resolve {host}: {exc}", reason="dns") from exc
        addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise FetchError(f"{host} has no address", reason="dns")
    for address in addresses:
        if not is_public_address(address):
            raise FetchError(f"{host} resolves to non-public address {address}", reason="private_address")
