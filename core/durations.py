"""Durations as people write them in config: ``90s``, ``15m``, ``1h``, ``2d``, ``1h30m``."""

from __future__ import annotations

import re

from core.errors import ConfigError

__all__ = ["format_duration", "parse_duration", "validate_duration"]

_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0}
_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d|w)")


def parse_duration(value: str | int | float) -> float:
    """Seconds in ``value``; a bare number is seconds. Raises ConfigError on anything else."""
    if isinstance(value, bool):
        raise ConfigError(f"not a duration: {value!r}")
    if isinstance(value, int | float):
        if value < 0:
            raise ConfigError(f"a duration cannot be negative: {value!r}")
        return float(value)
    text = value.strip().lower().replace(" ", "")
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    pos, total = 0, 0.0
    for part in _PART.finditer(text):
        if part.start() != pos:
            break
        total += float(part.group(1)) * _UNITS[part.group(2)]
        pos = part.end()
    if pos != len(text) or not text:
        raise ConfigError(f"not a duration: {value!r} (write e.g. 90s, 15m, 1h, 2d)")
    return total


def format_duration(seconds: float) -> str:
    """The shortest exact spelling of ``seconds`` in the units parse_duration reads."""
    if seconds and seconds == int(seconds):
        for unit in ("w", "d", "h", "m"):
            size = int(_UNITS[unit])
            if int(seconds) % size == 0:
                return f"{int(seconds) // size}{unit}"
        return f"{int(seconds)}s"
    return f"{seconds:g}s"


def validate_duration(value: str | int | float) -> float:
    """parse_duration for pydantic validators: a ValueError, so the error names the field."""
    try:
        return parse_duration(value)
    except ConfigError as exc:
        raise ValueError(str(exc)) from None
