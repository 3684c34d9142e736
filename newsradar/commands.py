"""What each ``newsradar`` command does. Stages are imported inside the handlers (fast --help)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from core.bus.base import Bus, StopFlag
from core.errors import ConfigError, NewsradarError
from core.logs import configure_logging
from core.settings import Config, load_config
from newsradar.wiring import embedded_bus, kafka_bus, serve

__all__ = ["dispatch"]

log = logging.getLogger("newsradar")

Command = Callable[[argparse.Namespace, Config], int]


@contextmanager
def _store(args: argparse.Namespace, config: Config) -> Iterator[Bus]:
    """The registry the management commands act on: the embedded state file, or Kafka with --kafka."""
    if getattr(args, "kafka", False):
        from core.bus.topics import topic_specs

        bus = kafka_bus(config.settings)
        bus.ensure_topics(topic_specs(config.settings.kafka_partitions, config.settings.kafka_replication))
    else:
        bus = embedded_bus(config.settings, getattr(args, "state", None))
    try:
        yield bus
    finally:
        bus.close()


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(path, "w", encoding="utf-8") as handle:  # type: ignore[arg-type]
        yield handle


# --- the pipeline --------------------------------------------------------------------------


def _run(args: argparse.Namespace, config: Config) -> int:
    from core.service import HealthServer, install_signal_handlers
    from newsradar.pipeline import run_embedded

    stop = StopFlag()
    install_signal_handlers(stop)
    health = None
    if not args.once:
        health = HealthServer(config.settings.metrics_host, config.settings.metrics_port).start()
        log.info("metrics and health on port %d", health.port)
    try:
        summary = run_embedded(config, once=args.once, state_file=args.state, api=args.api, stop=stop)
    finally:
        if health is not None:
            health.close()
    if args.once:
        print(f"polled {summary.feeds_polled} feeds, {summary.articles} new articles, "
              f"{summary.enriched} enriched, {len(summary.alerts)} alerts in {summary.seconds:.1f}s",
              file=sys.stderr)
    return 0


def _demo(args: argparse.Namespace, config: Config) -> int:
    from newsradar.demo import run_demo

    return run_demo(config)


# --- one stage as a service against Kafka ----------------------------------------------------


def _kafka_stage(stage: str) -> Command:
    def command(args: argparse.Namespace, config: Config) -> int:
        from core.bus.topics import topic_specs

        settings = config.settings
        bus = kafka_bus(settings)
        bus.ensure_topics(topic_specs(settings.kafka_partitions, settings.kafka_replication))
        return serve(stage, settings, bus, lambda stop: _stage_loop(stage, bus, config, stop))

    return command


def _stage_loop(stage: str, bus: Bus, config: Config, stop: StopFlag) -> None:
    settings = config.settings
    if stage == "ingest":
        from ingest.config import IngestConfig
        from ingest.feeds import load_feeds, publish_feeds
        from ingest.service import IngestService

        if config.feeds:
            publish_feeds(bus, load_feeds(config.feeds))
        IngestService(bus, IngestConfig.from_settings(settings)).run(stop)
    elif stage == "enrich":
        from enrich.worker import run_worker

        run_worker(bus, stop, batch_size=settings.enrich_batch_size)
    else:
        from alerts.serve import serve_stage

        if stage == "alert" and config.subscriptions:
            from alerts.subscriptions import SubscriptionStore
            from newsradar.pipeline import actor_base

            SubscriptionStore(bus, actor_base(bus)).sync(config.subscriptions)
        serve_stage(stage, bus, settings, stop)  # type: ignore[arg-type]


def _api(args: argparse.Namespace, config: Config) -> int:
    import uvicorn

    from alerts.api import create_app
    from core.bus.topics import topic_specs
    from newsradar.pipeline import actor_base

    settings = config.settings
    bus = kafka_bus(settings)
    bus.ensure_topics(topic_specs(settings.kafka_partitions, settings.kafka_replication))
    token = settings.api_token.get_secret_value() if settings.api_token else None
    try:
        uvicorn.run(create_app(bus, actors=actor_base(bus), token=token), host=settings.api_host,
                    port=settings.api_port, log_level=settings.log_level.lower())
    finally:
        bus.close()
    return 0


# --- without a broker ------------------------------------------------------------------------


def _poll(args: argparse.Namespace, config: Config) -> int:
    from core.service import install_signal_handlers
    from ingest.config import IngestConfig
    from ingest.feeds import load_feeds_file
    from ingest.local import poll_forever, poll_once

    feeds = load_feeds_file(args.feeds_file)
    cfg = IngestConfig.from_settings(config.settings)
    with _output(args.output) as out:
        if args.once:
            summary = poll_once(feeds, args.state, out, cfg)
        else:
            stop = StopFlag()
            install_signal_handlers(stop)
            summary = poll_forever(feeds, args.state, out, cfg, stop)
    print(f"polled {summary.polled} feeds ({summary.skipped} skipped), {summary.articles} articles",
          file=sys.stderr)
    return 0


def _enrich_file(args: argparse.Namespace, config: Config) -> int:
    from core.contracts import Article, encode
    from enrich.enricher import Enricher

    source = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")  # noqa: SIM115
    enricher = Enricher(batch_size=config.settings.enrich_batch_size)
    batch: list[Article] = []
    count = 0
    with source, _output(args.output) as out:
        def flush() -> None:
            for item in enricher.enrich(batch):
                out.write(encode(item).decode("utf-8") + "\n")
            batch.clear()

        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                doc.setdefault("feed", "file")
                batch.append(Article.model_validate(doc))
            except (ValueError, TypeError) as exc:
                raise ConfigError(f"{args.input}:{number}: not an article ({exc})") from exc
            count += 1
            if len(batch) >= 256:
                flush()
        flush()
    print(f"enriched {count} articles", file=sys.stderr)
    return 0


def _kafka_init(args: argparse.Namespace, config: Config) -> int:
    from core.bus.admin import init_topics
    from core.bus.topics import topic_specs

    settings = config.settings
    created = init_topics(settings, topic_specs(settings.kafka_partitions, settings.kafka_replication))
    print(f"created {len(created)} topics: {', '.join(created)}" if created else "every topic already exists")
    return 0


# --- registries ------------------------------------------------------------------------------


def _feeds(args: argparse.Namespace, config: Config) -> int:
    from core.contracts import Feed
    from ingest.feeds import (
        delete_feed,
        feed_from_config,
        find_feed,
        parse_opml,
        publish_feeds,
        read_feeds,
        to_opml,
    )

    with _store(args, config) as bus:
        action = args.feeds_command
        if action == "add":
            item = {"url": args.url, "name": args.name, "lang": args.lang, "tags": args.tags,
                    "interval": args.interval, "fulltext": args.fulltext}
            feed = feed_from_config({k: v for k, v in item.items() if v not in (None, [], False)})
            publish_feeds(bus, [feed])
            print(f"{feed.id}  {feed.url}")
        elif action == "rm":
            found: Feed | None = find_feed(read_feeds(bus), args.feed)
            if found is None:
                print(f"no feed {args.feed!r}", file=sys.stderr)
                return 1
            delete_feed(bus, found.id)
            print(f"removed {found.id}  {found.url}")
        elif action == "list":
            for feed in read_feeds(bus):
                print(f"{feed.id}  {feed.url}  {feed.name}")
        elif action == "import":
            with open(args.opml, "rb") as handle:
                feeds = parse_opml(handle.read())
            print(f"imported {publish_feeds(bus, feeds)} feeds")
        elif action == "export":
            sys.stdout.write(to_opml(read_feeds(bus)))
    return 0


def _parse_spec(text: str, word: str) -> Any:
    """``all``/``any``/``at_least:N`` and ``article``/``sentence``/``window:N`` from the command line."""
    if ":" in text:
        name, _, number = text.partition(":")
        if name != word or not number.isdigit():
            raise ConfigError(f"expected {word}:N, got {text!r}")
        return {word: int(number)}
    return text


def _subscriptions(args: argparse.Namespace, config: Config) -> int:
    from alerts.subscriptions import SubscriptionStore
    from newsradar.pipeline import actor_base

    with _store(args, config) as bus:
        store = SubscriptionStore(bus, actor_base(bus))
        action = args.subs_command
        if action == "add":
            channels: list[dict[str, Any]] = []
            for hook in args.webhook:
                url, _, secret = hook.partition("#")
                channels.append({"type": "webhook", "url": url, **({"secret": secret} if secret else {})})
            channels += [{"type": "email", "to": [to]} for to in args.email]
            channels += [{"type": "apprise", "url": url} for url in args.apprise]
            if args.console:
                channels.append({"type": "console"})
            doc: dict[str, Any] = {
                "id": args.id, "name": args.name, "actors": args.actors,
                "match": _parse_spec(args.match, "at_least"), "scope": _parse_spec(args.scope, "window"),
                "exclude_actors": args.exclude_actors, "topics": args.topics, "languages": args.languages,
                "sources": args.sources, "channels": channels,
            }
            if args.throttle:
                most, _, per = args.throttle.partition("/")
                doc["throttle"] = {"max": int(most), "per": per or "1h"}
            sub = store.put(doc)
            print(sub.model_dump_json(indent=2))
        elif action == "list":
            for sub in store.list():
                print(sub.model_dump_json())
        elif action == "rm":
            if not store.remove(args.id):
                print(f"no subscription {args.id!r}", file=sys.stderr)
                return 1
            print(f"removed {args.id}")
        elif action == "test":
            from alerts.channels import ChannelOptions, build_senders
            from alerts.notifier import send_test

            found = store.get(args.id)
            if found is None:
                print(f"no subscription {args.id!r}", file=sys.stderr)
                return 1
            results = send_test(found, build_senders(ChannelOptions.from_settings(config.settings)))
            for key, outcome in results:
                print(f"{key}: {outcome}")
            return 0 if all(outcome == "ok" for _, outcome in results) else 1
    return 0


def _actors(args: argparse.Namespace, config: Config) -> int:
    from core.bus.topics import ACTORS
    from core.contracts import encode
    from core.wikidata import load_entities
    from newsradar.pipeline import actor_base

    with _store(args, config) as bus:
        if args.actors_command == "search":
            found = actor_base(bus).search(" ".join(args.name))
            if not found:
                print("no actor found", file=sys.stderr)
                return 1
            for actor in found:
                print(f"{actor.id}\t{actor.type}\t{actor.name}")
        else:
            actors = load_entities(args.file, type=args.type)
            for actor in actors:
                bus.send(ACTORS, encode(actor), key=actor.id.encode())
            bus.flush()
            print(f"imported {len(actors)} actors: " + ", ".join(f"{a.id} {a.name}" for a in actors[:10]))
    return 0


def _schema(args: argparse.Namespace, config: Config) -> int:
    from core.contracts import json_schemas

    json.dump(json_schemas(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _command_key(args: argparse.Namespace) -> str:
    for attr in ("kafka_command", "feeds_command", "subs_command", "actors_command"):
        if getattr(args, attr, None):
            return f"{args.command} {getattr(args, attr)}"
    return str(args.command)


COMMANDS: dict[str, Command] = {
    "run": _run,
    "demo": _demo,
    "ingest": _kafka_stage("ingest"),
    "enrich": _kafka_stage("enrich"),
    "alert": _kafka_stage("alert"),
    "notify": _kafka_stage("notify"),
    "api": _api,
    "poll": _poll,
    "enrich-file": _enrich_file,
    "kafka init": _kafka_init,
    "schema": _schema,
    **{f"feeds {a}": _feeds for a in ("add", "rm", "list", "import", "export")},
    **{f"subscriptions {a}": _subscriptions for a in ("add", "list", "rm", "test")},
    **{f"actors {a}": _actors for a in ("search", "import")},
}


def dispatch(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.config, log_format=args.log_format, log_level=args.log_level)
        configure_logging(config.settings.log_level, config.settings.log_format)
        return COMMANDS[_command_key(args)](args, config)
    except NewsradarError as exc:
        print(f"newsradar: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
