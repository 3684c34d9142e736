"""The embedded default: ingest → enrich → alert → notify in one process on the in-process bus.

Every topic and committed offset lives in one SQLite file (the state file), so a crash or a
restart of ``newsradar run`` loses nothing and repeats only what was not committed, and a second
``--once`` run with the same state delivers nothing again.

``--once`` runs the stages one after the other, each until it has drained its input: poll every
feed once, enrich, evaluate, deliver (retries bounded to about a minute), send pending digests.
Without it, each stage runs in its own thread until SIGTERM/SIGINT.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from core.actors import ActorBase
from core.bus.base import Bus, StopFlag
from core.bus.topics import ACTORS, ALERTS
from core.contracts import Actor, Alert, decode
from core.errors import ContractError
from core.settings import Config, Settings

__all__ = ["RunSummary", "actor_base", "run_embedded", "seed_from_config"]

log = logging.getLogger(__name__)

REPORT_GROUP = "newsradar-embedded-report"
RETRY_BUDGET = 60.0  # seconds of delivery retries a --once run may spend
IDLE = 0.5  # seconds without input after which a drained --once stage moves on


@dataclass
class RunSummary:
    feeds_polled: int = 0
    articles: int = 0
    enriched: int = 0
    evaluated: int = 0
    notified: int = 0
    alerts: list[Alert] = field(default_factory=list)
    seconds: float = 0.0


def actor_base(bus: Bus) -> ActorBase:
    """The shipped knowledge base with the imported and custom actors of ``newsradar.actors`` on top."""
    extra = []
    for value in bus.read_table(ACTORS).values():
        try:
            extra.append(decode(Actor, value))
        except ContractError as exc:
            log.warning("unreadable actor record skipped: %s", exc, extra={"topic": ACTORS})
    base = ActorBase.shipped()
    return base.layered(extra) if extra else base


def seed_from_config(bus: Bus, config: Config) -> tuple[int, int]:
    """Put the config's feeds and subscriptions on the bus (changed ones only); (feeds, subscriptions)."""
    from alerts.subscriptions import SubscriptionStore
    from core.bus.topics import FEEDS
    from core.contracts import encode
    from ingest.feeds import load_feeds, publish_feeds

    feeds = load_feeds(config.feeds)
    stored = bus.read_table(FEEDS)
    changed = [f for f in feeds if stored.get(f.id.encode()) != encode(f)]
    if changed:
        publish_feeds(bus, changed)
    subs = SubscriptionStore(bus, actor_base(bus)).sync(config.subscriptions) if config.subscriptions else []
    return len(feeds), len(subs)


def _report(bus: Bus, on_alert: Callable[[Alert], None] | None, summary: RunSummary) -> None:
    """Hand every alert produced since the last report to ``on_alert`` (once per state file)."""
    consumer = bus.consumer(REPORT_GROUP, [ALERTS])
    try:
        while batch := consumer.poll(max_records=500, timeout=0.2):
            for message in batch:
                if message.value is None:
                    continue
                try:
                    alert = decode(Alert, message.value)
                except ContractError:
                    continue  # a digest or a foreign record: the notifier reports those
                summary.alerts.append(alert)
                if on_alert is not None:
                    on_alert(alert)
            consumer.commit(batch)
    finally:
        consumer.close()


def _run_once(bus: Bus, settings: Settings, stop: StopFlag, summary: RunSummary,
              progress: Callable[[str], None]) -> None:
    from alerts.channels import ChannelOptions
    from alerts.engine import run_engine
    from alerts.notifier import run_notifier
    from alerts.serve import retry_policy
    from enrich.worker import run_worker
    from ingest.config import IngestConfig
    from ingest.service import IngestService

    progress("polling feeds")
    summary.feeds_polled, summary.articles = IngestService(bus, IngestConfig.from_settings(settings)).run_once()
    progress(f"polled {summary.feeds_polled} feeds: {summary.articles} new articles; enriching")
    # Build only the languages this run meets: warming all of them costs seconds a --once run need not pay.
    summary.enriched = run_worker(bus, stop, batch_size=settings.enrich_batch_size, idle_exit=IDLE, warm_up=())
    progress(f"enriched {summary.enriched} articles; evaluating subscriptions")
    summary.evaluated = run_engine(bus, stop, idle_exit=IDLE)
    progress("delivering alerts")
    summary.notified = run_notifier(bus, ChannelOptions.from_settings(settings), stop,
                                    retry=retry_policy(settings), idle_exit=IDLE, finish_digests=True,
                                    retry_budget=RETRY_BUDGET)


def _run_forever(bus: Bus, settings: Settings, stop: StopFlag) -> None:
    from alerts.channels import ChannelOptions
    from alerts.engine import run_engine
    from alerts.notifier import run_notifier
    from alerts.serve import retry_policy
    from enrich.worker import run_worker
    from ingest.config import IngestConfig
    from ingest.service import IngestService

    stages: dict[str, Callable[[], object]] = {
        "ingest": lambda: IngestService(bus, IngestConfig.from_settings(settings)).run(stop),
        "enrich": lambda: run_worker(bus, stop, batch_size=settings.enrich_batch_size),
        "alert": lambda: run_engine(bus, stop),
        "notify": lambda: run_notifier(bus, ChannelOptions.from_settings(settings), stop,
                                       retry=retry_policy(settings)),
    }
    failed: list[str] = []

    def guard(name: str, body: Callable[[], object]) -> None:
        try:
            body()
        except Exception:
            log.exception("stage %s crashed; stopping the pipeline", name, extra={"stage": name})
            failed.append(name)
            stop.set()

    threads = [threading.Thread(target=guard, args=(n, b), name=n, daemon=True) for n, b in stages.items()]
    for thread in threads:
        thread.start()
    while not stop.wait(0.5):
        pass
    for thread in threads:
        thread.join(timeout=60)
    if failed:
        from core.errors import NewsradarError

        raise NewsradarError(f"stage(s) {', '.join(failed)} crashed; see the log")


def _serve_api(bus: Bus, settings: Settings) -> threading.Thread:
    import uvicorn

    from alerts.api import create_app

    token = settings.api_token.get_secret_value() if settings.api_token else None
    app = create_app(bus, actors=actor_base(bus), token=token)
    server = uvicorn.Server(uvicorn.Config(app, host=settings.api_host, port=settings.api_port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="api", daemon=True)
    thread.start()
    return thread


def run_embedded(config: Config, *, once: bool, state_file: str | None = None, api: bool = False,
                 stop: StopFlag | None = None, on_alert: Callable[[Alert], None] | None = None,
                 progress: Callable[[str], None] | None = None, bus: Bus | None = None) -> RunSummary:
    """Run the whole pipeline in this process. ``on_alert`` sees every alert this run produced."""
    from newsradar.wiring import embedded_bus

    settings = config.settings
    say = progress or (lambda text: log.info("%s", text))
    stop = stop or StopFlag()
    started = time.monotonic()
    own_bus = bus is None
    bus = bus or embedded_bus(settings, state_file)
    summary = RunSummary()
    try:
        feeds, subs = seed_from_config(bus, config)
        say(f"{feeds} feeds and {subs} subscriptions from the config")
        if api:
            _serve_api(bus, settings)
            say(f"API on http://{settings.api_host}:{settings.api_port}")
        if once:
            _run_once(bus, settings, stop, summary, say)
            _report(bus, on_alert, summary)
        else:
            reporter = None
            if on_alert is not None:
                def follow() -> None:
                    while not stop.wait(1.0):
                        _report(bus, on_alert, summary)

                reporter = threading.Thread(target=follow, name="report", daemon=True)
                reporter.start()
            _run_forever(bus, settings, stop)
    finally:
        if own_bus:
            bus.close()
    summary.seconds = time.monotonic() - started
    return summary
