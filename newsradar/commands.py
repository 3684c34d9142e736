"""What each ``newsradar`` command does. Stages are imported inside the handlers (fast --help)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable

from core.errors import NewsradarError
from core.logs import configure_logging
from core.settings import Config, load_config

__all__ = ["dispatch"]

log = logging.getLogger("newsradar")

Command = Callable[[argparse.Namespace, Config], int]


def _schema(args: argparse.Namespace, config: Config) -> int:
    from core.contracts import json_schemas

    json.dump(json_schemas(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _not_built(args: argparse.Namespace, config: Config) -> int:
    print(f"newsradar {args.command}: not built yet", file=sys.stderr)
    return 2


def _command_key(args: argparse.Namespace) -> str:
    for attr in ("kafka_command", "feeds_command", "subs_command", "actors_command"):
        if getattr(args, attr, None):
            return f"{args.command} {getattr(args, attr)}"
    return str(args.command)


COMMANDS: dict[str, Command] = {
    "schema": _schema,
}


def dispatch(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.config, log_format=args.log_format, log_level=args.log_level)
        configure_logging(config.settings.log_level, config.settings.log_format)
        return COMMANDS.get(_command_key(args), _not_built)(args, config)
    except NewsradarError as exc:
        print(f"newsradar: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
