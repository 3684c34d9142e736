"""Every topic of the design, with how it is kept (DESIGN.md, "Flow")."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ACTORS", "ALERTS", "ALL_TOPICS", "ARTICLES", "DELIVERIES", "DLQ", "ENRICHED", "FEEDS", "FEED_STATE",
    "SUBSCRIPTIONS", "TopicSpec", "topic_specs",
]

FEEDS = "newsradar.feeds"
FEED_STATE = "newsradar.feed-state"
ARTICLES = "newsradar.articles"
ACTORS = "newsradar.actors"
ENRICHED = "newsradar.enriched"
SUBSCRIPTIONS = "newsradar.subscriptions"
ALERTS = "newsradar.alerts"
DELIVERIES = "newsradar.deliveries"
DLQ = "newsradar.dlq"

COMPACTED = frozenset({FEEDS, FEED_STATE, ACTORS, SUBSCRIPTIONS, DELIVERIES})

_WEEK_MS = str(7 * 24 * 3600 * 1000)
# The delivery log gets one record per alert and channel, so compaction alone never shrinks it: it
# also expires, but only after twice the alerts' retention. A record is written after its alert, so
# every alert still on newsradar.alerts (and so replayable) still has its delivery records.
EXTRA_CONFIG: dict[str, dict[str, str]] = {
    ALERTS: {"retention.ms": _WEEK_MS},
    DELIVERIES: {"cleanup.policy": "compact,delete", "retention.ms": str(2 * int(_WEEK_MS))},
}
ALL_TOPICS = (FEEDS, FEED_STATE, ARTICLES, ACTORS, ENRICHED, SUBSCRIPTIONS, ALERTS, DELIVERIES, DLQ)


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int = 6
    replication: int = 1
    compacted: bool = False
    config: dict[str, str] = field(default_factory=dict)

    def configs(self) -> dict[str, str]:
        out = {"cleanup.policy": "compact" if self.compacted else "delete"}
        if self.compacted:
            # Compact promptly so a restoring reader does not replay a long history.
            out |= {"min.cleanable.dirty.ratio": "0.1", "segment.ms": "3600000"}
        return out | self.config


def topic_specs(partitions: int = 6, replication: int = 1) -> list[TopicSpec]:
    """The topics `newsradar kafka init` creates. Co-partitioned pairs share the partition count."""
    return [
        TopicSpec(name, partitions=partitions, replication=replication, compacted=name in COMPACTED,
                  config=dict(EXTRA_CONFIG.get(name, {})))
        for name in ALL_TOPICS
    ]
