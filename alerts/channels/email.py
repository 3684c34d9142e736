"""E-mail over SMTP: a plain-text part and an HTML part with the actors highlighted."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate
from typing import ClassVar

from alerts.channels.base import ChannelOptions
from alerts.render import render_html, render_text, subject
from core.contracts import Alert, Digest, EmailChannel
from core.errors import DeliveryError

__all__ = ["EmailSender", "build_message"]


def build_message(item: Alert | Digest, to: list[str], sender: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = subject(item)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(usegmt=True)
    # The alert id as Message-ID lets mail systems drop a repeat of an in-flight delivery.
    msg["Message-ID"] = f"<{item.id}@newsradar>"
    msg["X-Newsradar-Id"] = item.id
    msg.set_content(render_text(item))
    msg.add_alternative(render_html(item), subtype="html")
    return msg


class EmailSender:
    kind: ClassVar[str] = "email"
    max_body_bytes: ClassVar[int] = 10 * 1024 * 1024
    supports_html: ClassVar[bool] = True

    def __init__(self, options: ChannelOptions) -> None:
        self._o = options

    def _connect(self) -> smtplib.SMTP:
        o = self._o
        if o.smtp_ssl:
            return smtplib.SMTP_SSL(o.smtp_host, o.smtp_port, timeout=o.timeout,
                                    context=ssl.create_default_context())
        smtp = smtplib.SMTP(o.smtp_host, o.smtp_port, timeout=o.timeout)
        if o.smtp_starttls:
            smtp.starttls(context=ssl.create_default_context())
        return smtp

    def deliver(self, item: Alert | Digest, channel: EmailChannel) -> None:
        msg = build_message(item, channel.to, self._o.smtp_from)
        try:
            with self._connect() as smtp:
                if self._o.smtp_username:
                    smtp.login(self._o.smtp_username, self._o.smtp_password or "")
                smtp.send_message(msg)
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(f"SMTP authentication failed: {exc.smtp_code}", retryable=False) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise DeliveryError(f"SMTP refused recipients: {codes}",
                                retryable=all(400 <= c < 500 for c in codes)) from exc
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(f"SMTP error {exc.smtp_code}", retryable=400 <= exc.smtp_code < 500) from exc
        except (TimeoutError, smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"SMTP connection failed: {type(exc).__name__}: {exc}", retryable=True) from exc

    def close(self) -> None:
        pass
