"""The ``newsradar`` command line (DESIGN.md, "Command line": stable, scripts depend on it).

This module only parses; each command's work lives in newsradar/commands.py, which imports the
stages lazily so ``newsradar --help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsradar import __version__

__all__ = ["build_parser", "main"]


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="FILE", help="YAML config (feeds, subscriptions, settings)")
    common.add_argument("--log-format", choices=("text", "json"), help="text for people, json for containers")
    common.add_argument("--log-level", metavar="LEVEL", help="DEBUG, INFO, WARNING or ERROR")
    return common


def _store(parser: argparse.ArgumentParser) -> None:
    """Where registry commands read and write: the embedded state file, or Kafka's compacted topics."""
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--state", metavar="FILE", help="state file of the embedded mode (default: XDG state dir)")
    where.add_argument("--kafka", action="store_true", help="use the Kafka topics (NEWSRADAR_KAFKA_BOOTSTRAP)")


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="newsradar", parents=[common],
        description="Self-hosted streaming news monitoring: feeds, multilingual actors and topics, alerts.",
    )
    parser.add_argument("--version", action="version", version=f"newsradar {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_, description=help_)

    run = add("run", "the whole pipeline in one process on the in-process bus (the embedded default)")
    run.add_argument("--once", action="store_true", help="poll every feed once, drain every stage, deliver, exit 0")
    run.add_argument("--state", metavar="FILE", help="state file (default $XDG_STATE_HOME/newsradar/state.db)")
    run.add_argument("--api", action="store_true", help="also serve the HTTP API")

    add("demo", "serve bundled sample feeds on loopback, run the pipeline once on them, print the alerts")

    for stage, what in (("ingest", "feed pollers"), ("enrich", "enrichment workers"),
                        ("alert", "the alert engine"), ("notify", "the notifier"), ("api", "the HTTP API")):
        add(stage, f"run {what} as a long-running service against Kafka (NEWSRADAR_KAFKA_BOOTSTRAP)")

    poll = add("poll", "poll feeds without Kafka and write Articles as JSON lines")
    poll.add_argument("feeds_file", metavar="FEEDS.yaml")
    poll.add_argument("--once", action="store_true", help="poll every feed once, then exit")
    poll.add_argument("-o", "--output", metavar="FILE", help="articles.jsonl (default: standard output)")
    poll.add_argument("--state", metavar="FILE", help="poll state (validators, seen entries) between runs")

    ef = add("enrich-file", "enrich JSON-lines articles offline")
    ef.add_argument("input", metavar="IN.jsonl", help="articles: id, title, text, optional lang ('-' = stdin)")
    ef.add_argument("-o", "--output", metavar="FILE", help="EnrichedArticles as JSON lines (default: stdout)")

    kafka = add("kafka", "Kafka administration")
    ksub = kafka.add_subparsers(dest="kafka_command", metavar="ACTION", required=True)
    ksub.add_parser("init", parents=[common], help="create every topic (idempotent)")

    feeds = add("feeds", "manage the feed registry")
    fsub = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    fadd = fsub.add_parser("add", parents=[common], help="add a feed")
    fadd.add_argument("url")
    fadd.add_argument("--name")
    fadd.add_argument("--lang")
    fadd.add_argument("--tag", action="append", default=[], dest="tags")
    fadd.add_argument("--interval", help="e.g. 15m")
    fadd.add_argument("--fulltext", action="store_true", help="fetch and extract linked pages")
    frm = fsub.add_parser("rm", parents=[common], help="remove a feed (by id or URL)")
    frm.add_argument("feed")
    fsub.add_parser("list", parents=[common], help="list feeds")
    fimp = fsub.add_parser("import", parents=[common], help="import an OPML file")
    fimp.add_argument("opml", metavar="OPML")
    fsub.add_parser("export", parents=[common], help="print the feeds as OPML")
    for p in (fadd, frm, fsub.choices["list"], fimp, fsub.choices["export"]):
        _store(p)

    subs = add("subscriptions", "manage alert subscriptions")
    ssub = subs.add_subparsers(dest="subs_command", metavar="ACTION", required=True)
    sadd = ssub.add_parser("add", parents=[common], help="add or replace a subscription")
    sadd.add_argument("id")
    sadd.add_argument("--actor", action="append", required=True, dest="actors",
                      help="QID or any name form; repeat for each actor")
    sadd.add_argument("--match", default="all", help="all | any | at_least:N")
    sadd.add_argument("--scope", default="article", help="article | sentence | window:N")
    sadd.add_argument("--exclude", action="append", default=[], dest="exclude_actors")
    sadd.add_argument("--topic", action="append", default=[], dest="topics")
    sadd.add_argument("--language", action="append", default=[], dest="languages")
    sadd.add_argument("--source", action="append", default=[], dest="sources")
    sadd.add_argument("--webhook", action="append", default=[], metavar="URL[#whsec_...]")
    sadd.add_argument("--email", action="append", default=[], metavar="ADDRESS")
    sadd.add_argument("--apprise", action="append", default=[], metavar="URL")
    sadd.add_argument("--console", action="store_true")
    sadd.add_argument("--throttle", metavar="N/PERIOD", help="e.g. 5/1h")
    sadd.add_argument("--name", default="")
    ssub.add_parser("list", parents=[common], help="list subscriptions (secrets masked)")
    srm = ssub.add_parser("rm", parents=[common], help="remove a subscription")
    srm.add_argument("id")
    stest = ssub.add_parser("test", parents=[common], help="send a test notification through each channel")
    stest.add_argument("id")
    for p in (sadd, ssub.choices["list"], srm, stest):
        _store(p)

    actors = add("actors", "the actor knowledge base")
    asub = actors.add_subparsers(dest="actors_command", metavar="ACTION", required=True)
    asearch = asub.add_parser("search", parents=[common], help="resolve any name form to candidate actors")
    asearch.add_argument("name", nargs="+")
    aimp = asub.add_parser("import", parents=[common], help="add or update actors from Wikidata entity JSON")
    aimp.add_argument("file", metavar="FILE")
    aimp.add_argument("--type", choices=("person", "org", "country", "place"), help="when P31 does not tell")
    for p in (asearch, aimp):
        _store(p)

    add("schema", "print the JSON Schemas of the message contracts")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    from newsradar import commands

    return commands.dispatch(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
