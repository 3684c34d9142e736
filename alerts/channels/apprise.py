"""Everything else through Apprise URLs (Slack, Telegram, Discord, Teams, ntfy, Matrix, ...)."""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import urlsplit

import apprise as apprise_lib

from alerts.channels.base import ChannelOptions, check_target
from alerts.render import render_text, subject
from core.contracts import Alert, AppriseChannel, Digest
from core.errors import DeliveryError

__all__ = ["AppriseSender"]

# Schemes whose URL host is a server we connect to (others carry tokens where the host goes:
# tgram://bottoken/chat); only those can point at a private address.
_HOST_SCHEMES = frozenset({
    "json", "jsons", "xml", "xmls", "form", "forms", "ntfy", "ntfys", "gotify", "gotifys", "matrix",
    "matrixs", "mmost", "mmosts", "rocket", "rockets", "apprise", "apprises", "nctalk", "nctalks",
    "ncloud", "nclouds", "mqtt", "mqtts", "mailto", "mailtos", "signal", "signals",
})


class AppriseSender:
    kind: ClassVar[str] = "apprise"
    max_body_bytes: ClassVar[int] = 32 * 1024
    supports_html: ClassVar[bool] = False

    def __init__(self, options: ChannelOptions) -> None:
        self._options = options

    def deliver(self, item: Alert | Digest, channel: AppriseChannel) -> None:
        url = channel.url.get_secret_value()
        parts = urlsplit(url)
        if parts.scheme.lower() in _HOST_SCHEMES:
            check_target(parts.hostname, parts.port, self._options.allow_private)
        notifier = apprise_lib.Apprise()
        if not notifier.add(url):
            raise DeliveryError(f"not an Apprise URL this version understands ({parts.scheme}://)",
                                retryable=False)
        body = render_text(item).encode("utf-8")[: self.max_body_bytes].decode("utf-8", "ignore")
        if not notifier.notify(body=body, title=subject(item)):
            # Apprise reports only success or failure; a failure may be transient.
            raise DeliveryError(f"Apprise {parts.scheme}:// delivery failed", retryable=True)

    def close(self) -> None:
        pass
