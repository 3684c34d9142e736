"""Each channel against a real server on 127.0.0.1: signatures, status handling, SMTP, Apprise."""

from __future__ import annotations

import io
import json
import socket
import threading
from datetime import UTC, datetime

import pytest
from standardwebhooks import Webhook

from alerts.channels import REGISTRY, ChannelOptions, channel_key
from alerts.channels.apprise import AppriseSender
from alerts.channels.base import PrivateConnect, refuse_private_connects
from alerts.channels.console import ConsoleSender
from alerts.channels.email import EmailSender
from alerts.channels.webhook import WebhookSender, parse_retry_after
from alerts.rules import evaluate
from core.contracts import Alert, AppriseChannel, ConsoleChannel, EmailChannel, WebhookChannel
from core.errors import DeliveryError
from tests.alerts.helpers import make_article, sub
from tests.alerts.receivers import http_receiver, smtp_sink

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
ALLOWED = ChannelOptions(allow_private=True, timeout=2.0)


def an_alert() -> Alert:
    (alert,) = evaluate(make_article(), [sub("putin-kim", scope="sentence")], datetime(2026, 11, 28, tzinfo=UTC))
    return alert


def test_registry_lists_every_channel_kind() -> None:
    assert set(REGISTRY) == {"webhook", "email", "apprise", "console"}
    assert all(cls.max_body_bytes > 0 for cls in REGISTRY.values())


def test_webhook_is_signed_per_standard_webhooks() -> None:
    alert = an_alert()
    with http_receiver() as rx:
        WebhookSender(ALLOWED).deliver(alert, WebhookChannel(url=rx.url, secret=SECRET, headers={"x-team": "a"}))
        (got,) = rx.requests
    payload = Webhook(SECRET).verify(got.body, got.headers)
    assert payload == json.loads(alert.model_dump_json())
    assert got.headers["webhook-id"] == alert.id
    assert got.headers["webhook-timestamp"].isdigit()
    assert got.headers["x-team"] == "a"
    with pytest.raises(Exception, match="signature"):
        Webhook("whsec_" + "QUFBQUFBQUFBQUFBQUFBQQ==").verify(got.body, got.headers)


@pytest.mark.parametrize(("status", "retryable"), [(500, True), (503, True), (408, True), (429, True),
                                                   (400, False), (404, False), (410, False)])
def test_webhook_status_decides_whether_to_retry(status: int, retryable: bool) -> None:
    with http_receiver([status]) as rx, pytest.raises(DeliveryError) as err:
        WebhookSender(ALLOWED).deliver(an_alert(), WebhookChannel(url=rx.url))
    assert err.value.retryable is retryable


def test_retry_after_is_read_in_both_forms() -> None:
    with http_receiver([429], retry_after="7") as rx, pytest.raises(DeliveryError) as err:
        WebhookSender(ALLOWED).deliver(an_alert(), WebhookChannel(url=rx.url))
    assert err.value.retry_after == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("soon") is None


def test_timeouts_and_refused_connections_are_retryable() -> None:
    with http_receiver([200], delay=1.5) as rx:
        with pytest.raises(DeliveryError) as err:
            WebhookSender(ChannelOptions(allow_private=True, timeout=0.3)).deliver(
                an_alert(), WebhookChannel(url=rx.url))
        assert err.value.retryable
        url = rx.url
    with pytest.raises(DeliveryError) as err:
        WebhookSender(ALLOWED).deliver(an_alert(), WebhookChannel(url=url))
    assert err.value.retryable


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "10.1.2.3", "169.254.169.254", "[::1]", "192.168.0.9"])
def test_private_targets_are_refused_unless_allowed(host: str) -> None:
    sender = WebhookSender(ChannelOptions(allow_private=False, timeout=0.5))
    with pytest.raises(DeliveryError) as err:
        sender.deliver(an_alert(), WebhookChannel(url=f"http://{host}:9/hook"))
    assert not err.value.retryable and "refusing" in str(err.value)
    with pytest.raises(DeliveryError) as err:
        AppriseSender(ChannelOptions(allow_private=False)).deliver(
            an_alert(), AppriseChannel(url=f"json://{host}:9/hook"))
    assert "refusing" in str(err.value)


def test_private_target_refusal_sends_nothing() -> None:
    with http_receiver() as rx:
        with pytest.raises(DeliveryError):
            WebhookSender(ChannelOptions()).deliver(an_alert(), WebhookChannel(url=rx.url))
        assert rx.requests == []


def test_apprise_is_refused_a_private_address_at_connect_whatever_the_check_saw() -> None:
    # The check is told the name is public (a rebinding name server); the plugin's own lookup of
    # "localhost" gives loopback, and the connect-time guard refuses it before a byte is sent.
    with http_receiver() as rx:
        port = rx.server.server_address[1]
        resolve = Rebinding(then="127.0.0.1")
        sender = AppriseSender(ChannelOptions(allow_private=False, timeout=2.0), resolve=resolve)
        with pytest.raises(DeliveryError) as err:
            sender.deliver(an_alert(), AppriseChannel(url=f"json://localhost:{port}/hook"))
        assert not err.value.retryable and "refusing private/loopback address" in str(err.value)
        assert resolve.asked == 1 and rx.requests == []
        # The guard lasts only for the delivery: the same thread reaches the receiver afterwards.
        AppriseSender(ALLOWED).deliver(an_alert(), AppriseChannel(url=f"json://localhost:{port}/hook"))
        assert len(rx.requests) == 1


def test_connect_guard_holds_only_in_its_thread_and_block() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        address = server.getsockname()
        with refuse_private_connects() as refused:
            with pytest.raises(PrivateConnect):
                socket.create_connection(address, timeout=2.0)
            other: list[BaseException | None] = []

            def connect_elsewhere() -> None:
                try:
                    socket.create_connection(address, timeout=2.0).close()
                    other.append(None)
                except OSError as exc:
                    other.append(exc)

            thread = threading.Thread(target=connect_elsewhere)
            thread.start()
            thread.join(5.0)
            assert other == [None]  # another thread is not guarded
        assert refused == ["127.0.0.1"]
        with (refuse_private_connects() as refused_udp, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp,
              pytest.raises(PrivateConnect)):
            udp.sendto(b"x", ("127.0.0.1", address[1]))
        assert refused_udp == ["127.0.0.1"]
        socket.create_connection(address, timeout=2.0).close()  # and the block is over
        server.settimeout(2.0)
        accepted = [server.accept()[0] for _ in range(2)]  # the other thread's and the last one only
        for conn in accepted:
            conn.close()
        server.settimeout(0.2)
        with pytest.raises(TimeoutError):
            server.accept()


class Rebinding:
    """A name server whose answers change: public to the first question, then ``then``."""

    def __init__(self, then: str) -> None:
        self.then, self.asked = then, 0

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked += 1
        return ["93.184.215.14"] if self.asked == 1 else [self.then]


def test_a_name_that_rebinds_to_a_private_address_after_the_check_is_refused_at_connect() -> None:
    with http_receiver() as rx:
        port = rx.url.split(":")[2].split("/")[0]
        resolve = Rebinding(then="127.0.0.1")
        sender = WebhookSender(ChannelOptions(allow_private=False, timeout=2.0), resolve=resolve)
        with pytest.raises(DeliveryError) as err:
            sender.deliver(an_alert(), WebhookChannel(url=f"http://hooks.example.test:{port}/hook"))
        assert not err.value.retryable and "refusing" in str(err.value)
        assert resolve.asked == 2  # checked, then resolved again at connect: and refused there
        assert rx.requests == []


def test_the_connection_goes_to_the_address_the_check_saw_and_names_the_host() -> None:
    with http_receiver() as rx:
        port = rx.url.split(":")[2].split("/")[0]
        asked: list[str] = []

        def resolve(host: str, p: int) -> list[str]:
            asked.append(host)
            return ["127.0.0.1"]

        sender = WebhookSender(ChannelOptions(allow_private=True, timeout=2.0), resolve=resolve)
        sender.deliver(an_alert(), WebhookChannel(url=f"http://hooks.example.test:{port}/hook"))
        assert {k.lower(): v for k, v in rx.requests[0].headers.items()}["host"] == f"hooks.example.test:{port}"
    # The system resolver does not know the name: the connect went where our resolver said, asked once
    # (with private targets allowed there is no check before it).
    assert asked == ["hooks.example.test"]


def test_email_has_plain_and_html_parts_with_highlights() -> None:
    alert = an_alert()
    with smtp_sink() as (sink, port):
        EmailSender(ChannelOptions(smtp_port=port, smtp_from="radar@example.org")).deliver(
            alert, EmailChannel(to=["a@example.org", "b@example.org"]))
    (msg,) = sink.messages
    assert sink.envelopes == [("radar@example.org", ["a@example.org", "b@example.org"])]
    assert msg["Message-ID"] == f"<{alert.id}@newsradar>"
    assert "Vladimir Putin + Kim Jong Un" in msg["Subject"]
    parts = {p.get_content_type(): p.get_payload(decode=True).decode() for p in msg.walk() if not p.is_multipart()}
    assert "*Władimirem Putinem*" in parts["text/plain"]
    assert "<mark><strong>Władimirem Putinem</strong></mark>" in parts["text/html"]


def test_email_connection_refused_is_retryable() -> None:
    with smtp_sink() as (_, port):
        pass
    with pytest.raises(DeliveryError) as err:
        EmailSender(ChannelOptions(smtp_port=port, timeout=1.0)).deliver(an_alert(), EmailChannel(to=["a@b.c"]))
    assert err.value.retryable


def test_apprise_url_reaches_a_local_json_receiver() -> None:
    with http_receiver() as rx:
        port = rx.server.server_address[1]
        AppriseSender(ALLOWED).deliver(an_alert(), AppriseChannel(url=f"json://127.0.0.1:{port}/hook"))
        (got,) = rx.requests
    body = json.loads(got.body)
    assert "Władimirem Putinem" in body["message"] and "Kim Dzong Un" in body["title"]


def test_apprise_failure_is_reported() -> None:
    with http_receiver([500]) as rx:
        port = rx.server.server_address[1]
        with pytest.raises(DeliveryError):
            AppriseSender(ALLOWED).deliver(an_alert(), AppriseChannel(url=f"json://127.0.0.1:{port}/hook"))


def test_console_prints_the_alert() -> None:
    out = io.StringIO()
    ConsoleSender(ChannelOptions(console=out)).deliver(an_alert(), ConsoleChannel())
    assert "[putin-kim] Vladimir Putin + Kim Jong Un" in out.getvalue()
    assert "*Władimirem Putinem*" in out.getvalue()


def test_channel_keys_are_stable_and_distinct() -> None:
    a, b = WebhookChannel(url="https://x/1"), WebhookChannel(url="https://x/2")
    assert channel_key(a) == channel_key(WebhookChannel(url="https://x/1", secret=SECRET))
    assert channel_key(a) != channel_key(b) and channel_key(a).startswith("webhook-")


def test_email_logs_in_when_configured_and_a_wrong_password_is_not_retried() -> None:
    with smtp_sink(login=("radar", "s3cret")) as (sink, port):
        EmailSender(ChannelOptions(smtp_port=port, smtp_username="radar", smtp_password="s3cret")).deliver(
            an_alert(), EmailChannel(to=["a@example.org"]))
        assert len(sink.messages) == 1
        with pytest.raises(DeliveryError) as err:
            EmailSender(ChannelOptions(smtp_port=port, smtp_username="radar", smtp_password="wrong")).deliver(
                an_alert(), EmailChannel(to=["a@example.org"]))
        assert not err.value.retryable
        with pytest.raises(DeliveryError):
            EmailSender(ChannelOptions(smtp_port=port)).deliver(an_alert(), EmailChannel(to=["a@example.org"]))
        assert len(sink.messages) == 1
