"""Free ports on 127.0.0.1 for servers a test starts in another process (a broker, a pipeline stage).

The kernel gives every outgoing connection a source port from its ephemeral range, so a port found
free there can be taken by any client before a slow starter (a JVM takes seconds) binds it: a broker
once failed to bind its controller port for that reason. These ports come from below that range,
where only servers bind.
"""

from __future__ import annotations

import random
import socket
from pathlib import Path

__all__ = ["free_port", "free_port_pair"]

_LOWEST = 10_000


def _ephemeral_start() -> int:
    """The first port the kernel hands out to clients (Linux's default range is 32768-60999)."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32_768


def _taken(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def _candidates(span: int) -> list[int]:
    top = _ephemeral_start() - span
    if top <= _LOWEST:  # a machine that lends out (nearly) every port: take what the kernel offers
        found = []
        for _ in range(100):
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                found.append(int(s.getsockname()[1]))
        return [port for port in found if port + span <= 65_535]
    return random.sample(range(_LOWEST, top), k=200)


def free_port() -> int:
    for port in _candidates(1):
        if not _taken(port):
            return port
    raise RuntimeError("no free port on 127.0.0.1")


def free_port_pair() -> int:
    """A port p with p and p + 1 free: a broker's listener and its controller's."""
    for port in _candidates(2):
        if not _taken(port) and not _taken(port + 1):
            return port
    raise RuntimeError("no free port pair on 127.0.0.1")


if __name__ == "__main__":
    print(free_port_pair())
