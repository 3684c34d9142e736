"""The product's promise end to end on the real broker, every stage its own process.

The seed article (read from ../shared/dev/seed-pl.txt; the project holds no copy of it) is served
as an RSS feed on 127.0.0.1. A Putin + Kim Jong Un same-sentence subscription must give exactly
one webhook, signed per Standard Webhooks (checked with the standardwebhooks library), and one
e-mail to a real SMTP server; every stage then exits 0 within 10 s of SIGTERM.
"""

from __future__ import annotations

import base64
import html
import json
import time
import uuid
from pathlib import Path

import pytest
import yaml
from standardwebhooks.webhooks import Webhook

from tests.alerts.receivers import http_receiver, smtp_sink
from tests.httpstatic import serve_routes
from tests.newsradar.stages import stages

pytestmark = pytest.mark.kafka

SEED = Path(__file__).resolve().parents[3] / "shared" / "dev" / "seed-pl.txt"


def _seed_rss(path: str) -> bytes:
    text = SEED.read_text(encoding="utf-8").strip()
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n") if p.strip())
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Seed PL</title><link>http://127.0.0.1/</link><language>pl</language>
<item><title>Kim Dzong Un jedzie do Rosji</title><link>http://127.0.0.1/{path}/seed</link>
<guid>{path}-seed</guid><pubDate>Mon, 11 Sep 2023 08:00:00 +0000</pubDate>
<description><![CDATA[{paragraphs}]]></description></item>
</channel></rss>""".encode()


@pytest.mark.timeout(420)
def test_seed_article_gives_one_signed_webhook_and_one_email(kafka_bootstrap, tmp_path):
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent: this test scores the shared seed article")
    run = uuid.uuid4().hex[:8]
    secret = "whsec_" + base64.b64encode(f"e2e-secret-{run}".encode()).decode()
    feed_path = f"/{run}/feed.xml"
    with serve_routes(lambda base: {feed_path: (_seed_rss(run), "application/rss+xml; charset=utf-8")}) as base, \
            http_receiver() as hook, smtp_sink() as (mail, smtp_port):
        feed_url = base + feed_path
        config = tmp_path / "config.yaml"
        config.write_text(yaml.safe_dump({
            "allow_private_targets": True,
            "notify": {"smtp_host": "127.0.0.1", "smtp_port": smtp_port, "backoff": "200ms"},
            "feeds": [{"url": feed_url, "name": "Seed PL"}],
            "subscriptions": [{
                "id": f"putin-kim-{run}", "actors": ["Vladimir Putin", "Kim Jong Un"], "scope": "sentence",
                "sources": [feed_url],  # the shared broker may hold other tests' articles
                "channels": [{"webhook": {"url": hook.url, "secret": secret}},
                             {"email": {"to": "analyst@example.org"}}],
            }],
        }))
        env = {"NEWSRADAR_KAFKA_BOOTSTRAP": kafka_bootstrap, "NEWSRADAR_ALLOW_PRIVATE_TARGETS": "1"}
        with stages(["enrich", "alert", "notify", "ingest"], config, env, tmp_path) as procs:
            for stage in procs.values():
                stage.wait_ready()
            received = hook.wait_for(1, timeout=240)
            assert received, "no webhook arrived:\n" + "\n".join(s.tail(15) for s in procs.values())
            deadline = time.monotonic() + 30
            while not mail.messages and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(3)  # a repeat would arrive within this
            codes = {name: stage.terminate(timeout=10) for name, stage in procs.items()}

    assert codes == {"enrich": 0, "alert": 0, "notify": 0, "ingest": 0}
    assert len(hook.ok()) == 1, [r.headers.get("webhook-id") for r in hook.ok()]
    delivery = hook.ok()[0]
    payload = Webhook(secret).verify(delivery.body, delivery.headers)  # raises if the signature is wrong
    alert = json.loads(delivery.body)
    assert payload["id"] == alert["id"] == delivery.headers["webhook-id"]
    assert {a["id"] for a in alert["actors"]} == {"Q7747", "Q56226"}
    assert any("Putin" in e["text"] and "Kim Dzong Un" in e["text"] for e in alert["evidence"])
    assert "ru-dprk-arms" in alert["topics"]
    assert alert["article"]["lang"] == "pl"

    assert len(mail.messages) == 1
    email = mail.messages[0]
    assert email["To"] == "analyst@example.org"
    body = "\n".join(part.get_payload(decode=True).decode("utf-8", "replace")
                     for part in email.walk() if part.get_content_maintype() == "text")
    assert "Kim Dzong Un" in body and "Putin" in body
