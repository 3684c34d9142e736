"""Two workarounds for kafka-python 3.0.12's group coordinator, found under load in our own tests.

1. The coordinator takes its snapshot of the subscribed topics' partitions when the consumer is
   built, before ``subscribe``: the snapshot is empty, so the first assignment records ``{}`` and
   the first metadata response after it looks like a change and forces a second rebalance. Every
   lone member joined twice; with two members it doubled the chances of point 2.
2. A rebalance triggered by such a metadata change ends in a join task whose result nobody reads
   when ``poll``'s timeout expires while SyncGroup is in flight: the leader's assignment makes the
   snapshots equal again, ``need_rejoin()`` turns false, and no later ``poll`` awaits the task. The
   member stays in the group (its heartbeats go on) without an assignment: the listener never hears
   of it, no record is fetched, and the group does not rebalance again by itself.

Both reach into private attributes, so each checks they exist and does nothing otherwise (a later
kafka-python that renames them presumably fixed the bug as well).
"""

from __future__ import annotations

import logging
from typing import Any

__all__ = ["rescue_orphaned_join", "settle_metadata_snapshot"]

log = logging.getLogger(__name__)


def settle_metadata_snapshot(consumer: Any) -> None:
    """After ``subscribe`` (and once the topics' partitions are known), let the coordinator
    snapshot them, so the first assignment is not followed by a needless second rebalance."""
    coordinator = getattr(consumer, "_coordinator", None)
    cluster = getattr(getattr(consumer, "_client", None), "cluster", None)
    update = getattr(coordinator, "_handle_metadata_update", None)
    if cluster is not None and callable(update):
        update(cluster)


def rescue_orphaned_join(consumer: Any) -> bool:
    """After a ``poll``: a join task left behind while the coordinator no longer wants to rejoin
    is an orphan; asking for a rejoin makes the next ``poll`` await it (or, when it is already
    done, join again). Returns whether it had to."""
    coordinator = getattr(consumer, "_coordinator", None)
    if coordinator is None or getattr(coordinator, "_join_task", None) is None:
        return False
    if not hasattr(coordinator, "request_rejoin") or coordinator.need_rejoin():
        return False
    log.info("group %s: a finished rebalance was not taken up by poll; rejoining",
             getattr(coordinator, "group_id", "?"))
    coordinator.request_rejoin()
    return True
