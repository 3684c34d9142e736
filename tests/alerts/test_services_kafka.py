"""`python -m alerts.engine` and `python -m alerts.notifier` as their own processes on the real broker:
an enriched article becomes exactly one signed webhook and one e-mail."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from standardwebhooks import Webhook

from alerts.subscriptions import SubscriptionStore
from core.bus.kafka import KafkaBus
from core.bus.topics import ENRICHED, topic_specs
from core.contracts import Subscription, alert_id, encode
from tests.alerts.helpers import make_article
from tests.alerts.receivers import http_receiver, smtp_sink

ROOT = Path(__file__).resolve().parents[2]
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

pytestmark = pytest.mark.kafka


@contextmanager
def stage(module: str, env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen([sys.executable, "-m", module], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    try:
        yield proc
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            assert proc.wait(30) == 0, f"{module} did not stop cleanly on SIGTERM"
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
            raise


def test_enriched_article_to_one_signed_webhook_and_one_email(kafka_bootstrap: str) -> None:
    bus = KafkaBus(kafka_bootstrap)
    bus.ensure_topics(topic_specs())
    sub_id = f"svc-{uuid.uuid4().hex[:8]}"
    article = make_article(id=f"seed-{sub_id}")
    with http_receiver() as rx, smtp_sink() as (sink, smtp_port):
        SubscriptionStore(bus).put(Subscription(
            id=sub_id, actors=["Q7747", "Q56226"], scope="sentence",
            channels=[{"webhook": {"url": rx.url, "secret": SECRET}}, {"email": "desk@example.org"}]))
        env = {"NEWSRADAR_KAFKA_BOOTSTRAP": kafka_bootstrap, "NEWSRADAR_ALLOW_PRIVATE_TARGETS": "1",
               "NEWSRADAR_METRICS_PORT": "0", "NEWSRADAR_METRICS_HOST": "127.0.0.1",
               "NEWSRADAR_NOTIFY_SMTP_PORT": str(smtp_port), "NEWSRADAR_NOTIFY_ATTEMPTS": "2",
               "NEWSRADAR_NOTIFY_BACKOFF": "100ms", "NEWSRADAR_KAFKA_SESSION_TIMEOUT": "6s"}
        try:
            with stage("alerts.engine", env), stage("alerts.notifier", env):
                for _ in range(2):  # the same story twice: still one alert
                    bus.send(ENRICHED, encode(article), key=article.id.encode())
                bus.flush()
                deadline = time.monotonic() + 90
                while time.monotonic() < deadline and not (rx.ok() and sink.messages):
                    time.sleep(0.05)
                time.sleep(1.0)  # a second delivery would arrive now
        finally:
            SubscriptionStore(bus).remove(sub_id)
            bus.close()
    mine = [r for r in rx.ok() if r.headers["webhook-id"] == alert_id(sub_id, article.id)]
    assert len(mine) == 1
    payload = Webhook(SECRET).verify(mine[0].body, mine[0].headers)
    assert payload["subscription"] == sub_id
    assert [a["id"] for a in payload["actors"]] == ["Q7747", "Q56226"]
    assert "Władimirem Putinem" in payload["evidence"][0]["text"]
    emails = [m for m in sink.messages if m["X-Newsradar-Id"] == alert_id(sub_id, article.id)]
    assert len(emails) == 1
