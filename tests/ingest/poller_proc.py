"""One poller as its own process for the Kafka takeover test.

    python -m tests.ingest.poller_proc --bootstrap HOST:PORT --group G --topics FEEDS STATE ARTICLES --name A
"""

from __future__ import annotations

import argparse
import logging

from core.bus.base import StopFlag
from core.bus.kafka import KafkaBus
from core.service import install_signal_handlers
from ingest.config import IngestConfig
from ingest.service import IngestService

SESSION_TIMEOUT = 6.0  # seconds: what the takeover test waits on, plus 30 s


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--group", required=True)
    parser.add_argument("--topics", nargs=3, required=True, metavar=("FEEDS", "STATE", "ARTICLES"))
    parser.add_argument("--name", required=True)
    parser.add_argument("--log", help="log file (the test prints it when it fails)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, filename=args.log,
                        format=f"{args.name} %(asctime)s %(name)s: %(message)s")
    for noisy in ("kafka", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    cfg = IngestConfig(allow_private=True, deadline=5.0, parse_workers=1, min_interval=1.0, max_interval=1.0,
                       jitter=0.0, user_agent=f"newsradar-test/{args.name}")
    bus = KafkaBus(args.bootstrap, client_id=f"poller-{args.name}", session_timeout=SESSION_TIMEOUT)
    stop = StopFlag()
    install_signal_handlers(stop)
    feeds, state, articles = args.topics
    try:
        IngestService(bus, cfg, group=args.group, feeds_topic=feeds, state_topic=state,
                      articles_topic=articles).run(stop)
    finally:
        bus.close()


if __name__ == "__main__":
    main()
