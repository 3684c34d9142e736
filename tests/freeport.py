"""A free port pair on 127.0.0.1 (the broker's and its controller's), for the test command and fixtures."""

from __future__ import annotations

import socket

__all__ = ["free_port_pair"]


def _taken(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def free_port_pair() -> int:
    for _ in range(100):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if port < 65535 and not _taken(port) and not _taken(port + 1):
            return port
    raise RuntimeError("no free port pair on 127.0.0.1")


if __name__ == "__main__":
    print(free_port_pair())
