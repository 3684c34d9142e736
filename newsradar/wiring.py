"""Turning settings into live parts: the bus, and a stage run as a service with health and signals."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from core.bus.base import Bus, StopFlag
from core.bus.topics import topic_specs
from core.service import HealthServer, install_signal_handlers
from core.settings import Settings

__all__ = ["embedded_bus", "kafka_bus", "open_bus", "serve"]

log = logging.getLogger("newsradar")


def kafka_bus(settings: Settings) -> Bus:
    from core.bus.kafka import KafkaBus

    return KafkaBus(settings)


def embedded_bus(settings: Settings, state_file: str | None = None) -> Bus:
    """The in-process bus over the state file, with every topic in place."""
    from core.bus.memory import MemoryBus

    path = Path(state_file or settings.state_file)
    path.parent.mkdir(parents=True, exist_ok=True)
    bus = MemoryBus(path)
    bus.ensure_topics(topic_specs(settings.kafka_partitions))
    return bus


def open_bus(settings: Settings, *, kafka: bool = False, state_file: str | None = None) -> Bus:
    return kafka_bus(settings) if kafka else embedded_bus(settings, state_file)


def serve(stage: str, settings: Settings, bus: Bus, loop: Callable[[StopFlag], object]) -> int:
    """Run ``loop(stop)`` as a service: /metrics, /healthz, /readyz on the metrics port; SIGTERM/SIGINT
    finish the batch in hand, commit and exit 0."""
    if settings.allow_private_targets:
        # The stages read this flag where they check targets; the settings object is the source.
        os.environ.setdefault("NEWSRADAR_ALLOW_PRIVATE_TARGETS", "1")
    stop = StopFlag()
    install_signal_handlers(stop)
    health = HealthServer(settings.metrics_host, settings.metrics_port, ready=bus.connected).start()
    log.info("%s service up; metrics on port %d", stage, health.port, extra={"stage": stage})
    try:
        loop(stop)
    finally:
        bus.close()
        health.close()
    log.info("%s service stopped", stage, extra={"stage": stage})
    return 0
