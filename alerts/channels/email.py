"""E-mail over SMTP: a plain-text part and an HTML part with the actors highlighted.

TLS either from the first byte (``smtp_ssl``, port 465 style) or by STARTTLS (``smtp_starttls``),
verified against the system's CAs or ``smtp_ca_file``; a STARTTLS that the server does not offer is
an error, never a silent fall-back to plain text. Mistakes in the configuration (no TLS where the
server requires it, an untrusted certificate, a wrong password) are reported as such and not retried.
"""

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

__all__ = ["EmailSender", "build_message", "smtp_error"]


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


def _said(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {text}".strip()[:300]


def smtp_error(exc: BaseException, server: str) -> DeliveryError:
    """What went wrong talking to ``server`` (host:port), and whether trying again may help."""
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return DeliveryError(f"SMTP authentication failed at {server}: {exc.smtp_code}", retryable=False)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        return DeliveryError(f"SMTP refused recipients: {codes}", retryable=all(400 <= c < 500 for c in codes))
    if isinstance(exc, smtplib.SMTPResponseException):
        if exc.smtp_code == 530 and b"STARTTLS" in (exc.smtp_error or b"").upper():
            return DeliveryError(f"SMTP server {server} requires STARTTLS ({_said(exc)}); enable it with "
                                 "NEWSRADAR_NOTIFY_SMTP_STARTTLS=1", retryable=False)
        return DeliveryError(f"SMTP error from {server}: {_said(exc)}", retryable=400 <= exc.smtp_code < 500)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        # Raised by starttls() and login() when the server does not advertise the extension.
        return DeliveryError(f"SMTP server {server}: {exc} (check the SMTP TLS and login settings)", retryable=False)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return DeliveryError(f"TLS certificate of SMTP server {server} not trusted: {exc.verify_message} "
                             "(trust its CA with NEWSRADAR_NOTIFY_SMTP_CA_FILE)", retryable=False)
    if isinstance(exc, ssl.SSLError):
        return DeliveryError(f"TLS with SMTP server {server} failed: {exc.reason or exc} (does that port speak TLS "
                             "from the first byte, or STARTTLS?)", retryable=True)
    return DeliveryError(f"SMTP connection to {server} failed: {type(exc).__name__}: {exc}", retryable=True)


class EmailSender:
    kind: ClassVar[str] = "email"
    max_body_bytes: ClassVar[int] = 10 * 1024 * 1024
    supports_html: ClassVar[bool] = True

    def __init__(self, options: ChannelOptions) -> None:
        self._o = options
        self._context: ssl.SSLContext | None = None

    def _tls(self) -> ssl.SSLContext:
        if self._context is None:  # built on first use: the constructor reads no files
            self._context = ssl.create_default_context(cafile=self._o.smtp_ca_file)
        return self._context

    def _connect(self) -> smtplib.SMTP:
        o = self._o
        if o.smtp_ssl:
            return smtplib.SMTP_SSL(o.smtp_host, o.smtp_port, timeout=o.timeout, context=self._tls())
        smtp = smtplib.SMTP(o.smtp_host, o.smtp_port, timeout=o.timeout)
        if o.smtp_starttls:
            try:
                smtp.starttls(context=self._tls())
            except BaseException:
                smtp.close()
                raise
        return smtp

    def deliver(self, item: Alert | Digest, channel: EmailChannel) -> None:
        msg = build_message(item, channel.to, self._o.smtp_from)
        try:
            with self._connect() as smtp:
                if self._o.smtp_username:
                    smtp.login(self._o.smtp_username, self._o.smtp_password or "")
                smtp.send_message(msg)
        except (TimeoutError, smtplib.SMTPException, OSError) as exc:
            raise smtp_error(exc, f"{self._o.smtp_host}:{self._o.smtp_port}") from exc

    def close(self) -> None:
        pass
