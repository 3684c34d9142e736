"""One contract, two buses: every test runs on the embedded SQLite bus and on the real Kafka broker."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from core.bus.base import Bus, Consumer, Message
from core.bus.memory import partition_for
from core.bus.topics import DLQ, TopicSpec
from core.contracts import Article, decode, encode
from core.errors import BusError, ContractError
from tests.conftest import ROOT
from tests.core.bus_worker import Journal, make_bus, read_journal, run_member

KINDS = [pytest.param("memory", id="memory"), pytest.param("kafka", id="kafka", marks=pytest.mark.kafka)]


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def where(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The Kafka bootstrap address, or the embedded bus's SQLite file."""
    return str(request.getfixturevalue("kafka_bootstrap")) if kind == "kafka" else str(tmp_path / "bus.db")


@pytest.fixture
def bus(kind: str, where: str) -> Iterator[Bus]:
    made = make_bus(kind, where)
    yield made
    made.close()


@pytest.fixture(autouse=True)
def _reap_members() -> Iterator[None]:
    yield
    while Member.running:
        member = Member.running.pop()
        if member.proc is not None and member.proc.poll() is None:
            member.kill()
        elif member.thread is not None:
            member.stop_event.set()
            member.thread.join(timeout=30)


def wait_for(check: Callable[[], bool], what: str, watch: Sequence[Member] = (), timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            details = "\n".join(m.describe() for m in watch)
            raise AssertionError(f"timed out after {timeout}s waiting for {what}\n{details}")
        time.sleep(0.05)


def drain(consumer: Consumer, count: int, timeout: float = 45.0) -> list[Message]:
    got: list[Message] = []
    deadline = time.monotonic() + timeout
    try:
        while len(got) < count and time.monotonic() < deadline:
            batch = consumer.poll(max_records=500, timeout=0.2)
            got += batch
            if batch:
                consumer.commit(batch)
    finally:
        consumer.close()
    return got


class Member:
    """A group member: its own process, or (embedded bus, one process) a thread on the test's bus."""

    running: list[Member] = []  # reaped after every test, failed or not

    def __init__(self, journal: Path, *, process: list[str] | None = None, thread_bus: Bus | None = None,
                 group: str = "", topic: str = "") -> None:
        self.journal = journal
        self.proc: subprocess.Popen[bytes] | None = None
        self.stop_event = threading.Event()
        self.thread: threading.Thread | None = None
        if process is not None:
            self.proc = subprocess.Popen([sys.executable, "-m", "tests.core.bus_worker", *process,
                                          "--journal", str(journal)], cwd=ROOT)
        else:
            assert thread_bus is not None
            log = Journal(journal)
            self.thread = threading.Thread(target=run_member, args=(thread_bus, group, topic, log, self.stop_event),
                                           daemon=True)
            self.thread.start()
        Member.running.append(self)

    @classmethod
    def process(cls, kind: str, where: str, group: str, topic: str, journal: Path, hang: bool = False) -> Member:
        args = ["--kind", kind, "--where", where, "--group", group, "--topic", topic]
        return cls(journal, process=[*args, "--hang-before-commit"] if hang else args)

    def describe(self) -> str:
        state = "thread" if self.proc is None else f"process exit code {self.proc.poll()}"
        log = Path(f"{self.journal}.log")
        tail = log.read_text(encoding="utf-8").splitlines()[-40:] if log.exists() else []
        journal = self.journal.read_text(encoding="utf-8") if self.journal.exists() else "(no journal)"
        return "\n".join([f"--- member {self.journal.name} ({state}); journal:", journal, "log tail:", *tail])

    def lines(self) -> list[list[str]]:
        return read_journal(self.journal)

    def handled(self) -> list[tuple[int, int, str]]:
        return [(int(line[1]), int(line[2]), line[3]) for line in self.lines() if line[0] == "M"]

    def partitions(self) -> set[int]:
        """The partitions of its latest assignment (empty after a revoke without a new one)."""
        owned: set[int] = set()
        for line in self.lines():
            if line[0] == "A":
                owned = {int(p) for p in line[1].split(",") if p}
            elif line[0] == "R":
                owned = set()
        return owned

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            assert self.proc.wait(timeout=30) == 0
        else:
            assert self.thread is not None
            self.stop_event.set()
            self.thread.join(timeout=30)

    def alive(self) -> bool:
        if self.proc is not None:
            return self.proc.poll() is None
        return self.thread is not None and self.thread.is_alive()

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(timeout=10)


def test_keyed_messages_keep_their_order_in_one_partition(bus: Bus, unique_topic: Callable[[str], str],
                                                           unique_group: Callable[[str], str]) -> None:
    topic = unique_topic("order")
    bus.ensure_topics([TopicSpec(topic, partitions=4)])
    keys = [f"key-{i}".encode() for i in range(8)]
    for seq in range(50):
        for key in keys:
            bus.send(topic, str(seq).encode(), key=key, headers={"seq": str(seq).encode()})
    bus.flush()

    got = drain(bus.consumer(unique_group("order"), [topic]), 400)

    assert len(got) == 400
    by_key: dict[bytes, list[Message]] = defaultdict(list)
    for m in got:
        assert m.key is not None
        by_key[m.key].append(m)
    assert set(by_key) == set(keys)
    for key, messages in by_key.items():
        assert [int(m.value or b"") for m in messages] == list(range(50))
        assert [m.header("seq") for m in messages] == [str(i).encode() for i in range(50)]
        # Both buses place a key where Kafka's default partitioner does: co-partitioning holds.
        assert {m.partition for m in messages} == {partition_for(key, 4)}
        offsets = [m.offset for m in messages]
        assert offsets == sorted(offsets) and len(set(offsets)) == 50


def test_an_explicit_partition_overrides_the_key(bus: Bus, unique_topic: Callable[[str], str],
                                                  unique_group: Callable[[str], str]) -> None:
    topic = unique_topic("placed")
    bus.ensure_topics([TopicSpec(topic, partitions=4)])
    keys = [f"key-{i}".encode() for i in range(12)]
    for i, key in enumerate(keys):
        bus.send(topic, key, key=key, partition=i % 4)
    bus.flush()

    got = drain(bus.consumer(unique_group("placed"), [topic]), len(keys))

    assert sorted((m.value or b"", m.partition) for m in got) == sorted((k, i % 4) for i, k in enumerate(keys))
    # The keys' own partitions differ from the ones asked for, so the override is what placed them.
    assert any(partition_for(k, 4) != i % 4 for i, k in enumerate(keys))


def _produce(bus: Bus, topic: str, phase: str, count: int = 40) -> set[str]:
    values = {f"{phase}-{i}" for i in range(count)}
    for value in sorted(values):
        bus.send(topic, value.encode(), key=value.encode())
    bus.flush()
    return values


def test_a_lone_member_is_assigned_once(kind: str, where: str, bus: Bus, tmp_path: Path,
                                        unique_topic: Callable[[str], str], unique_group: Callable[[str], str]) -> None:
    """No needless rebalance after the first join: each one revokes everything, and a poller or
    notifier would re-read its state for nothing (kafka-python 3.0 did this to every new member)."""
    topic, group = unique_topic("lone"), unique_group("lone")
    bus.ensure_topics([TopicSpec(topic, partitions=4)])
    values = _produce(bus, topic, "lone", count=12)
    if kind == "kafka":
        member = Member.process(kind, where, group, topic, tmp_path / "m")
    else:
        member = Member(tmp_path / "m", thread_bus=bus, group=group, topic=topic)
    try:
        wait_for(lambda: {v for *_, v in member.handled()} >= values, "the member to handle everything", [member])
        time.sleep(3.0)  # a second generation would follow the first metadata refresh, within a second
        events = [line[0] for line in member.lines() if line[0] in ("A", "R")]
        assert events == ["A"], member.describe()
    finally:
        member.stop()


def test_group_rebalances_between_two_members_and_loses_nothing(
        kind: str, where: str, bus: Bus, tmp_path: Path, unique_topic: Callable[[str], str],
        unique_group: Callable[[str], str]) -> None:
    topic, group = unique_topic("rebalance"), unique_group("rebalance")
    bus.ensure_topics([TopicSpec(topic, partitions=4)])

    def member(name: str) -> Member:
        if kind == "kafka":  # two consumer processes
            return Member.process(kind, where, group, topic, tmp_path / name)
        return Member(tmp_path / name, thread_bus=bus, group=group, topic=topic)  # two threads, one bus

    first_phase = _produce(bus, topic, "one")
    a = member("a")
    try:
        wait_for(lambda: {v for *_, v in a.handled()} >= first_phase, "the first member to handle phase one", [a])
        assert a.partitions() == {0, 1, 2, 3}

        b = member("b")
        try:
            wait_for(lambda: bool(b.partitions()) and len(a.partitions()) == 2,
                     "the partitions to be split between the two members", [a, b])
            assert a.partitions().isdisjoint(b.partitions())
            assert a.partitions() | b.partitions() == {0, 1, 2, 3}
            a_before, b_before = len(a.handled()), len(b.handled())
            second_phase = _produce(bus, topic, "two")
            wait_for(lambda: {v for *_, v in a.handled() + b.handled()} >= second_phase,
                     "phase two to be handled", [a, b])
            a_parts = {p for p, _, v in a.handled()[a_before:] if v.startswith("two")}
            b_parts = {p for p, _, v in b.handled()[b_before:] if v.startswith("two")}
            assert a_parts and b_parts and a_parts.isdisjoint(b_parts)

            a.stop()  # leaves the group: b takes every partition
            wait_for(lambda: b.partitions() == {0, 1, 2, 3}, "the remaining member to own every partition", [a, b])
            third_phase = _produce(bus, topic, "three")
            wait_for(lambda: {v for *_, v in b.handled()} >= third_phase, "phase three to be handled", [b])
        finally:
            b.stop()
    finally:
        if a.alive():
            a.stop()
    everything = {v for *_, v in a.handled() + b.handled()}
    assert everything == first_phase | second_phase | third_phase


def test_uncommitted_work_is_redone_after_sigkill_and_committed_work_is_not(
        kind: str, where: str, bus: Bus, tmp_path: Path, unique_topic: Callable[[str], str],
        unique_group: Callable[[str], str]) -> None:
    topic, group = unique_topic("alo"), unique_group("alo")
    bus.ensure_topics([TopicSpec(topic, partitions=1)])
    bus.send(topic, b"first", key=b"k")
    bus.flush()

    hanging = Member.process(kind, where, group, topic, tmp_path / "1", hang=True)
    wait_for(lambda: ["H"] in hanging.lines(), "the first process to handle the message", [hanging])
    hanging.kill()  # handled, never committed
    assert hanging.handled() == [(0, 0, "first")]

    again = Member.process(kind, where, group, topic, tmp_path / "2")
    wait_for(lambda: ["C"] in again.lines(), "the restarted process to handle and commit", [again])
    again.kill()  # after its commit
    assert again.handled() == [(0, 0, "first")]

    bus.send(topic, b"second", key=b"k")
    bus.flush()
    last = Member.process(kind, where, group, topic, tmp_path / "3")
    try:
        wait_for(lambda: (0, 1, "second") in last.handled(), "the third process to handle the new message", [last])
    finally:
        last.stop()
    assert last.handled() == [(0, 1, "second")]  # the committed one did not come back


def test_compacted_topic_read_whole_keeps_the_latest_value_and_honours_tombstones(
        bus: Bus, unique_topic: Callable[[str], str]) -> None:
    topic = unique_topic("table")
    bus.ensure_topics([TopicSpec(topic, partitions=3, compacted=True)])
    for version in range(3):
        for i in range(10):
            bus.send(topic, f"k{i}-v{version}".encode(), key=f"k{i}".encode())
    bus.send(topic, None, key=b"k3")
    bus.send(topic, None, key=b"k7")
    bus.send(topic, b"k7-back", key=b"k7")  # a key may come back after its tombstone
    bus.flush()

    expected = {f"k{i}".encode(): f"k{i}-v2".encode() for i in range(10) if i != 3} | {b"k7": b"k7-back"}
    assert bus.read_table(topic) == expected

    changes: list[tuple[bytes, bytes | None]] = []
    table = bus.table(topic, on_change=lambda k, v: changes.append((k, v)))
    try:
        assert table.wait_ready(30)
        assert table.snapshot() == expected
        bus.send(topic, b"new", key=b"k0")
        bus.send(topic, None, key=b"k1")
        bus.flush()
        wait_for(lambda: table.get(b"k0") == b"new" and table.get(b"k1") is None, "the table to follow updates")
        wait_for(lambda: (b"k1", None) in changes, "on_change to report the tombstone")
    finally:
        table.close()


def test_restore_reads_the_copartitioned_state_before_any_new_message(
        bus: Bus, unique_topic: Callable[[str], str], unique_group: Callable[[str], str]) -> None:
    work, state = unique_topic("work"), unique_topic("state")
    bus.ensure_topics([TopicSpec(work, partitions=3), TopicSpec(state, partitions=3, compacted=True)])
    keys = [f"feed-{i}".encode() for i in range(12)]
    for key in keys:
        bus.send(state, b"old-" + key, key=key)
        bus.send(state, b"state-" + key, key=key)
        bus.send(work, b"job-" + key, key=key)
    bus.send(state, None, key=keys[0])
    bus.flush()

    events: list[tuple[str, object]] = []
    consumer = bus.consumer(unique_group("restore"), [work], restore=state,
                            on_assign=lambda parts, restored: events.append(("assign", (parts, restored))))
    got = drain(consumer, len(keys))

    assert events and events[0][0] == "assign"
    parts, restored = events[0][1]  # type: ignore[misc]
    assert parts == [0, 1, 2]
    assert restored == {key: b"state-" + key for key in keys[1:]}
    assert sorted(m.value for m in got) == sorted(b"job-" + key for key in keys)
    for key in keys:  # co-partitioned: a job's key and its state's key share the partition number
        assert [m.partition for m in got if m.key == key] == [partition_for(key, 3)]


def test_a_message_failing_validation_goes_to_the_dlq_with_its_reason(
        bus: Bus, unique_topic: Callable[[str], str], unique_group: Callable[[str], str]) -> None:
    topic = unique_topic("articles")
    bus.ensure_topics([TopicSpec(topic, partitions=2), TopicSpec(DLQ)])
    good = Article(id="a1", feed="f1", title="ok")
    bus.send(topic, encode(good), key=b"a1")
    bus.send(topic, b'{"v": 1, "id": "a2"}', key=b"a2")  # no feed
    bus.flush()

    handled: list[Article] = []
    consumer = bus.consumer(unique_group("dlq"), [topic])
    deadline = time.monotonic() + 45
    seen = 0
    try:
        while seen < 2 and time.monotonic() < deadline:
            batch = consumer.poll(timeout=0.2)
            for m in batch:
                seen += 1
                try:
                    handled.append(decode(Article, m.value or b""))
                except ContractError as exc:
                    bus.dead_letter(m, exc, stage="test")
            bus.flush()
            consumer.commit(batch)
    finally:
        consumer.close()
    assert [a.id for a in handled] == ["a1"]

    reader = bus.consumer(unique_group("dlq-reader"), [DLQ])
    dead: list[Message] = []
    deadline = time.monotonic() + 45
    try:  # the DLQ is shared by every test on the broker: look for this test's letter only
        while not dead and time.monotonic() < deadline:
            dead = [m for m in reader.poll(timeout=0.2) if m.header("dlq.topic") == topic.encode()]
        time.sleep(0.5)
        dead += [m for m in reader.poll(timeout=0.2) if m.header("dlq.topic") == topic.encode()]
    finally:
        reader.close()
    assert len(dead) == 1
    letter = dead[0]
    assert letter.key == b"a2" and letter.value == b'{"v": 1, "id": "a2"}'
    reason = (letter.header("dlq.reason") or b"").decode()
    assert "ContractError" in reason and "feed" in reason
    assert letter.header("dlq.stage") == b"test"
    assert letter.header("dlq.partition") is not None and letter.header("dlq.offset") is not None


@pytest.mark.kafka
def test_kafka_flush_raises_when_the_broker_refuses_a_message(kafka_bootstrap: str,
                                                               unique_topic: Callable[[str], str]) -> None:
    topic = unique_topic("small")
    kafka = make_bus("kafka", kafka_bootstrap)
    try:
        kafka.ensure_topics([TopicSpec(topic, partitions=1, config={"max.message.bytes": "2000"})])
        kafka.send(topic, b"fits", key=b"k")
        kafka.flush()
        kafka.send(topic, b"x" * 50_000, key=b"k")  # under the client's limit, over the topic's
        with pytest.raises(BusError, match="not acknowledged"):
            kafka.flush()
        kafka.send(topic, b"fits again", key=b"k")
        kafka.flush()  # the failure was reported once; the bus goes on
    finally:
        kafka.close()
