"""What only the embedded bus has: its SQLite file shared by connections, its assignment rule."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from core.bus.memory import MemoryBus, partition_for
from core.bus.memory_group import range_assign
from core.bus.memory_store import pack_headers, unpack_headers
from core.bus.topics import FEEDS, TopicSpec
from core.errors import BusError


@pytest.mark.parametrize(("subscriptions", "partitions", "expected"), [
    ({1: ["a"]}, {"a": 3}, {1: {("a", 0), ("a", 1), ("a", 2)}}),
    ({1: ["a"], 2: ["a"]}, {"a": 3}, {1: {("a", 0), ("a", 1)}, 2: {("a", 2)}}),
    ({1: ["a", "b"], 2: ["a", "b"]}, {"a": 4, "b": 4},  # co-partitioned: same numbers per member
     {1: {("a", 0), ("a", 1), ("b", 0), ("b", 1)}, 2: {("a", 2), ("a", 3), ("b", 2), ("b", 3)}}),
    ({1: ["a"], 2: ["b"]}, {"a": 2, "b": 1}, {1: {("a", 0), ("a", 1)}, 2: {("b", 0)}}),
    ({1: ["a"], 2: ["a"], 3: ["a"]}, {"a": 2}, {1: {("a", 0)}, 2: {("a", 1)}, 3: set()}),
])
def test_range_assignment(subscriptions: dict[int, list[str]], partitions: dict[str, int],
                          expected: dict[int, set[tuple[str, int]]]) -> None:
    assert range_assign(subscriptions, partitions) == expected


def test_partitioner_matches_kafkas_murmur2() -> None:
    # kafka-python's DefaultPartitioner gives these; the contract suite checks the real broker agrees.
    assert [partition_for(f"k{i}".encode(), 3) for i in range(5)] == [2, 2, 0, 1, 1]


def test_headers_survive_storage() -> None:
    headers = {"dlq.reason": "ContractError: ünïcode".encode(), "empty": b"", "bin": bytes(range(256))}
    assert dict(unpack_headers(pack_headers(headers))) == headers
    assert pack_headers({}) is None and unpack_headers(None) == ()


def test_in_memory_bus_needs_no_file() -> None:
    bus = MemoryBus(None)
    try:
        bus.send("t", b"v", key=b"k")
        bus.flush()
        got = bus.consumer("g", ["t"]).poll(timeout=1.0)
        assert [(m.key, m.value) for m in got] == [(b"k", b"v")]
    finally:
        bus.close()


def test_a_second_connection_to_the_file_is_seen_by_a_polling_member(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    running, cli = MemoryBus(path), MemoryBus(path)  # `newsradar run` and a `feeds add` beside it
    try:
        running.ensure_topics([TopicSpec("work", partitions=2)])
        running.send("work", b"from-run", key=b"a")
        running.flush()
        consumer = running.consumer("g", ["work"])
        assert [m.value for m in consumer.poll(timeout=1.0)] == [b"from-run"]

        got: list[bytes | None] = []
        poller = threading.Thread(target=lambda: got.extend(m.value for m in consumer.poll(timeout=5.0)))
        poller.start()
        time.sleep(0.1)
        cli.send("work", b"from-cli", key=b"a")  # same key: same partition, next offset
        cli.flush()
        poller.join()
        assert got == [b"from-cli"]

        running.send("work", b"after", key=b"a")
        running.flush()
        offsets = [m.offset for m in consumer.poll(timeout=1.0)]
        assert offsets == [2]  # appends from both connections stay ordered, none overwritten
        consumer.close()
    finally:
        running.close()
        cli.close()


def test_topics_created_on_first_use_follow_the_design(tmp_path: Path) -> None:
    bus = MemoryBus(tmp_path / "s.db", partitions=4)
    try:
        bus.send(FEEDS, b"1", key=b"f")
        bus.send(FEEDS, b"2", key=b"f")
        bus.flush()
        assert bus.store.topics[FEEDS] == (4, True)  # compacted, as DESIGN.md says
        assert bus.read_table(FEEDS) == {b"f": b"2"}
    finally:
        bus.close()


def test_a_partition_the_topic_does_not_have_is_refused(tmp_path: Path) -> None:
    bus = MemoryBus(tmp_path / "bus.db", partitions=2)
    try:
        with pytest.raises(BusError, match="no partition 5"):
            bus.send("t", b"v", key=b"k", partition=5)
    finally:
        bus.close()
