"""The notifier as its own process for the kill tests (the in-process bus has no `newsradar notify`).

    python -m tests.alerts.notifier_proc --kind kafka|memory --where BOOTSTRAP|SQLITE
"""

from __future__ import annotations

import argparse

from alerts.channels import ChannelOptions
from alerts.notifier import RetryPolicy, run_notifier
from core.bus.base import StopFlag
from core.service import install_signal_handlers
from tests.core.bus_worker import make_bus


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kind", choices=("kafka", "memory"), required=True)
    parser.add_argument("--where", required=True)
    args = parser.parse_args()
    bus = make_bus(args.kind, args.where)
    stop = StopFlag()
    install_signal_handlers(stop)
    try:
        run_notifier(bus, ChannelOptions(allow_private=True, timeout=5.0), stop,
                     retry=RetryPolicy(attempts=3, base=0.05, cap=0.2))
    finally:
        bus.close()


if __name__ == "__main__":
    main()
