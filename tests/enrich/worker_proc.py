"""An enrich worker as its own process for the Kafka tests, journalling each batch it finished.

    python -m tests.enrich.worker_proc --bootstrap HOST:PORT --articles T --enriched T --actors T
           --group G --journal FILE

Journal lines (fsynced): ``READY`` once the pipelines are built, ``A p,q`` / ``R p,q`` when the
group assigns or revokes partitions, ``B n`` after each handled batch.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

from prometheus_client import CollectorRegistry

from core.bus.base import Message, StopFlag
from core.bus.kafka import KafkaBus
from core.service import install_signal_handlers, run_consumer
from enrich.enricher import Enricher
from enrich.metrics import EnrichMetrics
from enrich.pipeline import COMPONENTS
from enrich.worker import ActorOverlay, EnrichWorker, layered_base
from tests.core.bus_worker import KAFKA_SESSION_TIMEOUT


def main() -> int:
    parser = argparse.ArgumentParser()
    for name in ("bootstrap", "articles", "enriched", "actors", "group", "journal"):
        parser.add_argument(f"--{name}", required=True)
    args = parser.parse_args()
    journal = open(args.journal, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the process

    def note(line: str) -> None:
        journal.write(line + "\n")
        journal.flush()
        os.fsync(journal.fileno())

    enricher = Enricher(components=COMPONENTS, batch_size=16)
    enricher.warm_up(("pl", "en", "ru"))
    bus = KafkaBus(args.bootstrap, client_id="test-enrich", session_timeout=KAFKA_SESSION_TIMEOUT)
    overlay = ActorOverlay(enricher, layered_base)
    table = bus.table(args.actors, on_change=overlay.on_change)
    table.wait_ready(30.0)
    worker = EnrichWorker(bus, enricher, EnrichMetrics(CollectorRegistry()), overlay, output=args.enriched)

    def handle(batch: Sequence[Message]) -> None:
        worker.handle(batch)
        note(f"B {len(batch)}")

    stop = StopFlag()
    install_signal_handlers(stop)
    consumer = bus.consumer(args.group, [args.articles],
                            on_assign=lambda parts, _: note("A " + ",".join(map(str, parts))),
                            on_revoke=lambda parts: note("R " + ",".join(map(str, parts))))
    note("READY")
    try:
        run_consumer(bus, consumer, handle, stop, stage="enrich", group=args.group, max_records=16)
    finally:
        table.close()
        bus.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
