"""The kafka-python workarounds in core/bus/kafka_fixes.py.

The lone-member test in test_bus_contract.py shows the first one on the real broker; the second
one needs a rebalance whose SyncGroup straddles a poll timeout, which no test can time on purpose,
so its rule is checked here on a stand-in coordinator, and the private attributes both rely on are
checked on a real consumer (an upgrade that renames them must be noticed, not silently disarm them).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from kafka import KafkaConsumer

from core.bus.kafka_fixes import rescue_orphaned_join


class _Coordinator:
    group_id = "g"

    def __init__(self, join_task: object | None, wants_rejoin: bool) -> None:
        self._join_task, self.wants_rejoin, self.rejoin_requested = join_task, wants_rejoin, False

    def need_rejoin(self) -> bool:
        return self.wants_rejoin

    def request_rejoin(self) -> None:
        self.rejoin_requested = True


class _Consumer:
    def __init__(self, coordinator: _Coordinator) -> None:
        self._coordinator = coordinator


@pytest.mark.parametrize(("join_task", "wants_rejoin", "rescued"), [
    (object(), False, True),    # a join finished (or in flight) that no poll will read: rejoin
    (object(), True, False),    # the next poll awaits it anyway
    (None, False, False),       # steady state
    (None, True, False),        # a rebalance about to start
])
def test_only_an_unread_join_task_is_rescued(join_task: object | None, wants_rejoin: bool, rescued: bool) -> None:
    coordinator = _Coordinator(join_task, wants_rejoin)
    assert rescue_orphaned_join(_Consumer(coordinator)) is rescued
    assert coordinator.rejoin_requested is rescued


@pytest.mark.kafka
def test_the_private_attributes_the_fixes_rely_on_exist(kafka_bootstrap: str,
                                                        unique_group: Callable[[str], str]) -> None:
    consumer = KafkaConsumer(bootstrap_servers=kafka_bootstrap, group_id=unique_group("attrs"), client_id="test")
    try:
        coordinator = consumer._coordinator
        assert hasattr(coordinator, "_join_task")
        assert callable(coordinator.need_rejoin) and callable(coordinator.request_rejoin)
        assert callable(coordinator._handle_metadata_update)
        assert consumer._client.cluster is not None
    finally:
        consumer.close()


def test_record_checksums_use_the_c_crc32c() -> None:
    # kafka-python falls back silently to a pure-Python CRC-32C (about 2,000x slower) when the
    # crc32c package is missing; at 100 articles/s that loop was the largest cost of every stage.
    from kafka.record import util

    assert util.crc32c_c is not None
    assert util.calc_crc32c(memoryview(b"123456789")) == 0xE3069283  # the CRC-32C check value
