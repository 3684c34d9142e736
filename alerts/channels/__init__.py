"""Notification channels: one module each behind ``Sender``, listed in one explicit registry."""

from __future__ import annotations

from alerts.channels.apprise import AppriseSender
from alerts.channels.base import ChannelOptions, Sender, channel_key, check_target
from alerts.channels.console import ConsoleSender
from alerts.channels.email import EmailSender
from alerts.channels.webhook import WebhookSender

__all__ = ["REGISTRY", "ChannelOptions", "Sender", "build_senders", "channel_key", "check_target"]

REGISTRY: dict[str, type[Sender]] = {
    "webhook": WebhookSender,
    "email": EmailSender,
    "apprise": AppriseSender,
    "console": ConsoleSender,
}


def build_senders(options: ChannelOptions) -> dict[str, Sender]:
    """One sender per channel kind (they hold connections, so the notifier keeps them)."""
    return {kind: cls(options) for kind, cls in REGISTRY.items()}
