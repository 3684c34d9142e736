import threading
import urllib.error
import urllib.request

import pytest
from prometheus_client import CollectorRegistry, Counter

from core.bus.base import Bus, Consumer, Message, StopFlag
from core.service import HealthServer, run_consumer


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_health_server_serves_metrics_health_and_readiness():
    registry = CollectorRegistry()
    Counter("newsradar_test_things_total", "things", registry=registry).inc(3)
    ready = threading.Event()
    server = HealthServer("127.0.0.1", 0, ready=ready.is_set, registry=registry).start()
    try:
        base = f"http://127.0.0.1:{server.port}"
        assert _get(base + "/healthz")[0] == 200
        assert _get(base + "/readyz")[0] == 503
        ready.set()
        assert _get(base + "/readyz")[0] == 200
        status, body = _get(base + "/metrics")
        assert status == 200 and "newsradar_test_things_total 3.0" in body
        assert _get(base + "/nope")[0] == 404
    finally:
        server.close()


class _ListConsumer(Consumer):
    """A scripted consumer: hands out the given batches, records commits."""

    def __init__(self, batches):
        self.batches = list(batches)
        self.committed: list[list[int]] = []
        self.closed = False

    def poll(self, max_records=500, timeout=0.1):
        return self.batches.pop(0) if self.batches else []

    def commit(self, messages=None):
        self.committed.append([m.offset for m in messages or []])

    def assignment(self):
        return {("t", 0)}

    def close(self):
        self.closed = True


class _RecordingBus(Bus):
    def __init__(self):
        self.sent, self.flushes = [], 0

    def ensure_topics(self, specs): ...
    def send(self, topic, value, key=None, headers=None, partition=None):
        self.sent.append((topic, value, dict(headers or {})))

    def flush(self, timeout=30.0):
        self.flushes += 1

    def consumer(self, group, topics, *, on_assign=None, on_revoke=None, restore=None):
        raise NotImplementedError

    def table(self, topic, on_change=None):
        raise NotImplementedError

    def connected(self):
        return True

    def close(self): ...


def _msg(offset, value=b"ok"):
    return Message("t", 0, offset, b"k", value)


def test_loop_commits_after_flush_and_dead_letters_only_the_poison():
    bus = _RecordingBus()
    consumer = _ListConsumer([[_msg(0), _msg(1, b"poison"), _msg(2)]])
    handled = []

    def handle(batch):
        if any(m.value == b"poison" for m in batch):
            raise ValueError("cannot parse")
        handled.extend(m.offset for m in batch)
        bus.send("out", b"x")

    n = run_consumer(bus, consumer, handle, StopFlag(), stage="test", group="g", max_batches=1)
    assert n == 3
    assert handled == [0, 2]
    dlq = [s for s in bus.sent if s[0] == "newsradar.dlq"]
    assert len(dlq) == 1 and dlq[0][1] == b"poison"
    assert dlq[0][2]["dlq.reason"] == b"ValueError: cannot parse"
    assert dlq[0][2]["dlq.offset"] == b"1"
    assert consumer.committed == [[0, 1, 2]] and bus.flushes == 1 and consumer.closed


def test_loop_does_not_commit_when_flush_fails():
    class FailingFlush(_RecordingBus):
        def flush(self, timeout=30.0):
            raise RuntimeError("broker down")

    consumer = _ListConsumer([[_msg(0)]])
    with pytest.raises(RuntimeError):
        run_consumer(FailingFlush(), consumer, lambda batch: None, StopFlag(), stage="t", group="g")
    assert consumer.committed == [] and consumer.closed


class _OrderedBus(_RecordingBus):
    """Notes flushes in the consumer's commit list, so a test sees what came first."""

    def __init__(self, consumer):
        super().__init__()
        self.consumer_ = consumer

    def flush(self, timeout=30.0):
        super().flush(timeout)
        self.consumer_.committed.append("flush")


def test_loop_commits_once_per_interval_after_a_flush_not_once_per_batch():
    batches = [[_msg(0)], [_msg(1)], [_msg(2), _msg(3)]]
    consumer = _ListConsumer(batches)
    bus = _OrderedBus(consumer)
    n = run_consumer(bus, consumer, lambda b: None, StopFlag(), stage="t", group="g", max_batches=3,
                     commit_interval=3600)
    assert n == 4
    assert consumer.committed == ["flush", [0, 1, 2, 3]]  # one flush, then one commit of everything


def test_loop_commits_every_batch_with_a_zero_interval():
    consumer = _ListConsumer([[_msg(0)], [_msg(1)]])
    bus = _OrderedBus(consumer)
    run_consumer(bus, consumer, lambda b: None, StopFlag(), stage="t", group="g", max_batches=2,
                 commit_interval=0)
    assert consumer.committed == ["flush", [0], "flush", [1]]


def test_loop_commits_what_it_holds_as_soon_as_a_poll_comes_back_empty():
    consumer = _ListConsumer([[_msg(0)], [], [_msg(1)]])
    bus = _OrderedBus(consumer)
    seen_at_idle = []
    run_consumer(bus, consumer, lambda b: None, StopFlag(), stage="t", group="g", max_batches=2,
                 commit_interval=3600, on_idle=lambda: seen_at_idle.append(list(consumer.committed)))
    assert seen_at_idle[0] == ["flush", [0]]  # committed before the idle hook ran
    assert consumer.committed == ["flush", [0], "flush", [1]]


def test_loop_does_not_commit_a_batch_whose_handler_crashed_the_loop():
    consumer = _ListConsumer([[_msg(0)], [_msg(1)]])

    class Boom(_RecordingBus):
        def flush(self, timeout=30.0):
            raise RuntimeError("broker down")

    with pytest.raises(RuntimeError):
        run_consumer(Boom(), consumer, lambda b: None, StopFlag(), stage="t", group="g", commit_interval=3600)
    assert consumer.committed == [] and consumer.closed


def test_loop_stops_when_idle():
    consumer = _ListConsumer([])
    idle_calls = []
    n = run_consumer(_RecordingBus(), consumer, lambda b: None, StopFlag(), stage="t", group="g",
                     idle_exit=0.05, on_idle=lambda: idle_calls.append(1))
    assert n == 0 and idle_calls and consumer.closed
