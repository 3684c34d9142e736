"""The console: alerts printed to a stream (the embedded default and `newsradar demo`)."""

from __future__ import annotations

import threading
from typing import ClassVar

from alerts.channels.base import ChannelOptions
from alerts.render import render_console
from core.contracts import Alert, ConsoleChannel, Digest

__all__ = ["ConsoleSender"]


class ConsoleSender:
    kind: ClassVar[str] = "console"
    max_body_bytes: ClassVar[int] = 1024 * 1024
    supports_html: ClassVar[bool] = False

    _lock = threading.Lock()  # lines of concurrent alerts never interleave

    def __init__(self, options: ChannelOptions) -> None:
        self._stream = options.console

    def deliver(self, item: Alert | Digest, channel: ConsoleChannel) -> None:
        color = bool(getattr(self._stream, "isatty", lambda: False)())
        with self._lock:
            self._stream.write(render_console(item, color=color) + "\n\n")
            self._stream.flush()

    def close(self) -> None:
        pass
