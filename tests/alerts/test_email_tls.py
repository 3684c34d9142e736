"""E-mail over TLS against a real aiosmtpd server on 127.0.0.1 with a certificate made here: STARTTLS
(required by the server) and implicit TLS deliver; missing TLS or an untrusted certificate fail clearly."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.channels import ChannelOptions
from alerts.channels.email import EmailSender
from alerts.rules import evaluate
from core.contracts import Alert, EmailChannel, Subscription
from core.errors import DeliveryError
from tests.alerts.helpers import make_article
from tests.alerts.receivers import smtp_sink
from tests.alerts.tls import Certificate, make_certificate

TO = EmailChannel(to=["desk@example.org"])


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("tls"))


def an_alert() -> Alert:
    (alert,) = evaluate(make_article(), [Subscription(id="putin-kim", actors=["Q7747", "Q56226"])],
                        datetime(2026, 11, 28, 12, 0, tzinfo=UTC))
    return alert


def test_starttls_to_a_server_that_requires_it_delivers_over_tls(certificate: Certificate) -> None:
    alert = an_alert()
    with smtp_sink(tls=certificate.server_context(), login=("radar", "s3cret")) as (sink, port):
        EmailSender(ChannelOptions(smtp_port=port, smtp_starttls=True, smtp_ca_file=str(certificate.cert),
                                   smtp_username="radar", smtp_password="s3cret")).deliver(alert, TO)
    (msg,) = sink.messages
    assert msg["X-Newsradar-Id"] == alert.id
    assert sink.encrypted == [True]  # and AUTH went through too: the server allows it only over TLS


def test_without_starttls_the_server_refuses_and_the_error_says_why(certificate: Certificate) -> None:
    with smtp_sink(tls=certificate.server_context()) as (sink, port), pytest.raises(DeliveryError) as err:
        EmailSender(ChannelOptions(smtp_port=port, smtp_ca_file=str(certificate.cert))).deliver(an_alert(), TO)
    assert "requires STARTTLS" in str(err.value) and "530" in str(err.value)
    assert "NEWSRADAR_NOTIFY_SMTP_STARTTLS" in str(err.value)
    assert not err.value.retryable  # a configuration mistake: retrying cannot help
    assert sink.messages == []


def test_a_certificate_not_in_the_trusted_cas_is_refused(certificate: Certificate) -> None:
    with smtp_sink(tls=certificate.server_context()) as (sink, port), pytest.raises(DeliveryError) as err:
        EmailSender(ChannelOptions(smtp_port=port, smtp_starttls=True)).deliver(an_alert(), TO)
    assert "not trusted" in str(err.value) and f"127.0.0.1:{port}" in str(err.value)
    assert not err.value.retryable
    assert sink.messages == []


def test_starttls_asked_of_a_server_that_does_not_offer_it_is_an_error(certificate: Certificate) -> None:
    with smtp_sink() as (sink, port), pytest.raises(DeliveryError) as err:
        EmailSender(ChannelOptions(smtp_port=port, smtp_starttls=True,
                                   smtp_ca_file=str(certificate.cert))).deliver(an_alert(), TO)
    assert "STARTTLS" in str(err.value) and not err.value.retryable
    assert sink.messages == []  # never a silent fall-back to plain text


def test_implicit_tls_delivers(certificate: Certificate) -> None:
    alert = an_alert()
    with smtp_sink(tls=certificate.server_context(), implicit=True) as (sink, port):
        EmailSender(ChannelOptions(smtp_port=port, smtp_ssl=True, smtp_ca_file=str(certificate.cert))).deliver(
            alert, TO)
    (msg,) = sink.messages
    assert msg["X-Newsradar-Id"] == alert.id and sink.encrypted == [True]
