"""The exception tree every stage shares.

    NewsradarError
    ├── ConfigError          a setting or config file is wrong; the message says which
    ├── ContractError        a message does not validate; names the field and the reason
    ├── BusError             the bus could not produce, consume or commit
    ├── FetchError           a feed or page could not be fetched (ingest)
    ├── ResolveError         a name does not resolve to one actor (carries the candidates)
    └── DeliveryError        a channel could not deliver (carries whether a retry may help)

Third-party exceptions are wrapped with ``raise ... from exc`` so the cause stays visible.
"""

from __future__ import annotations

__all__ = [
    "BusError",
    "ConfigError",
    "ContractError",
    "DeliveryError",
    "FetchError",
    "NewsradarError",
    "ResolveError",
]


class NewsradarError(Exception):
    """Root of every error newsradar raises on purpose."""


class ConfigError(NewsradarError):
    """A setting, a config file or a command-line value is wrong."""


class ContractError(NewsradarError):
    """A message does not fit its contract.

    ``field`` is the dotted path of the first offending field ("" when the message is not
    JSON at all) and ``reason`` what is wrong with it.
    """

    def __init__(self, model: str, field: str, reason: str) -> None:
        self.model = model
        self.field = field
        self.reason = reason
        where = f" field {field!r}" if field else ""
        super().__init__(f"invalid {model}:{where} {reason}")


class BusError(NewsradarError):
    """The message bus failed to produce, consume or commit."""


class FetchError(NewsradarError):
    """A fetch failed; ``reason`` is a short fixed word usable as a metric label."""

    def __init__(self, message: str, reason: str = "error") -> None:
        self.reason = reason
        super().__init__(message)


class ResolveError(NewsradarError):
    """A name is unknown or ambiguous; ``candidates`` lists (id, name) pairs to choose from."""

    def __init__(self, message: str, candidates: list[tuple[str, str]] | None = None) -> None:
        self.candidates = candidates or []
        super().__init__(message)


class DeliveryError(NewsradarError):
    """A channel failed to deliver; ``retryable`` says whether trying again may help."""

    def __init__(self, message: str, retryable: bool = True, retry_after: float | None = None) -> None:
        self.retryable = retryable
        self.retry_after = retry_after
        super().__init__(message)
