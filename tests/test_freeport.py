"""The test ports come from below the kernel's ephemeral range, where no client connection lands."""

from __future__ import annotations

import socket

from tests.freeport import _ephemeral_start, free_port, free_port_pair


def test_a_pair_is_free_and_below_the_ports_lent_to_clients() -> None:
    port = free_port_pair()
    assert port + 1 < _ephemeral_start()
    for each in (port, port + 1):
        with socket.socket() as s:
            s.bind(("127.0.0.1", each))


def test_a_single_port_is_free_and_below_the_ports_lent_to_clients() -> None:
    port = free_port()
    assert port < _ephemeral_start()
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))
