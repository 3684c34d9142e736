"""Everything else through Apprise URLs (Slack, Telegram, Discord, Teams, ntfy, Matrix, ...)."""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import urlsplit

import apprise as apprise_lib

from alerts.channels.base import ChannelOptions, Resolve, check_target, refuse_private_connects, system_resolve
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

    def __init__(self, options: ChannelOptions, resolve: Resolve = system_resolve) -> None:
        self._options = options
        self._resolve = resolve  # for the early check of the URL's host; the connect is guarded anyway

    def deliver(self, item: Alert | Digest, channel: AppriseChannel) -> None:
        url = channel.url.get_secret_value()
        parts = urlsplit(url)
        if parts.scheme.lower() in _HOST_SCHEMES:
            check_target(parts.hostname, parts.port, self._options.allow_private, self._resolve)
        # In this thread, where the connect-time guard below holds: neither parallel dispatch nor
        # Apprise's own deadline (it runs the plugin on a worker thread to stop waiting for it);
        # the plugin's socket timeouts still bound the call.
        notifier = apprise_lib.Apprise(asset=apprise_lib.AppriseAsset(async_mode=False, service_timeout=0))
        if not notifier.add(url):
            raise DeliveryError(f"not an Apprise URL this version understands ({parts.scheme}://)",
                                retryable=False)
        body = render_text(item).encode("utf-8")[: self.max_body_bytes].decode("utf-8", "ignore")
        if self._options.allow_private:
            sent = notifier.notify(body=body, title=subject(item))
        else:
            # The check above reads the URL; the plugin resolves names again, may follow redirects,
            # and some schemes carry their server elsewhere: refuse a private address at connect time.
            with refuse_private_connects() as refused:
                sent = notifier.notify(body=body, title=subject(item))
            if refused:
                raise DeliveryError(
                    f"refusing private/loopback address {refused[0]} that Apprise {parts.scheme}:// connected to"
                    " (set NEWSRADAR_ALLOW_PRIVATE_TARGETS=1 to allow)", retryable=False)
        if not sent:
            # Apprise reports only success or failure; a failure may be transient.
            raise DeliveryError(f"Apprise {parts.scheme}:// delivery failed", retryable=True)

    def close(self) -> None:
        pass
