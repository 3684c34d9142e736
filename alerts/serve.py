"""The alert and notify stages as long-running services against Kafka (`python -m alerts.engine`).

The `newsradar alert | notify` commands do the same through the CLI; this module lets a test or
a container start a stage with nothing but the environment (``NEWSRADAR_*``).
"""

from __future__ import annotations

import logging
from typing import Any, Literal

from alerts.channels import ChannelOptions
from alerts.engine import run_engine
from alerts.notifier import RetryPolicy, run_notifier
from core.bus.base import Bus, StopFlag

__all__ = ["retry_policy", "serve", "serve_stage"]

log = logging.getLogger(__name__)


def retry_policy(settings: Any) -> RetryPolicy:
    return RetryPolicy(attempts=settings.notify_attempts, base=settings.seconds("notify_backoff"),
                       cap=settings.seconds("notify_backoff_max"))


def serve_stage(stage: Literal["alert", "notify"], bus: Bus, settings: Any, stop: StopFlag,
                idle_exit: float | None = None) -> int:
    """Run one stage on ``bus`` until ``stop``: what `newsradar alert | notify` and ``serve`` call."""
    if stage == "alert":
        return run_engine(bus, stop, idle_exit=idle_exit)
    return run_notifier(bus, ChannelOptions.from_settings(settings), stop, retry=retry_policy(settings),
                        idle_exit=idle_exit)


def serve(stage: Literal["alert", "notify"]) -> int:
    """Settings from the environment, logging, the metrics/health server, signals, a Kafka bus."""
    from core.bus.kafka import KafkaBus
    from core.bus.topics import topic_specs
    from core.logs import configure_logging
    from core.service import HealthServer, install_signal_handlers
    from core.settings import load_config

    settings = load_config().settings
    configure_logging(settings.log_level, settings.log_format)
    bus = KafkaBus(settings)
    bus.ensure_topics(topic_specs(settings.kafka_partitions, settings.kafka_replication))
    stop = StopFlag()
    install_signal_handlers(stop)
    health = HealthServer(settings.metrics_host, settings.metrics_port, ready=bus.connected).start()
    log.info("%s stage serving metrics on port %d", stage, health.port)
    try:
        serve_stage(stage, bus, settings, stop)
    finally:
        health.close()
        bus.close()
    return 0
