"""What the schema checks cannot see: the deployment files agree with the code and with each other."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from core.bus.topics import ALERTS, ARTICLES, ENRICHED
from core.contracts import Subscription
from core.settings import load_config

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
STAGES = ("ingest", "enrich", "alert", "notify", "api")


def _compose() -> dict[str, Any]:
    return dict(yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8")))


def _k8s() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        if path.name != "kustomization.yaml":
            docs += [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]
    return docs


def test_example_config_loads_with_valid_feeds_and_subscriptions() -> None:
    from ingest.feeds import load_feeds

    config = load_config(DEPLOY / "examples" / "config.yaml")
    assert len(load_feeds(config.feeds)) >= 5
    subs = [Subscription.model_validate(s) for s in config.subscriptions]
    assert any(set(s.actors) == {"Q7747", "Q56226"} and s.scope == "sentence" for s in subs)


def test_compose_runs_every_stage_after_topic_init() -> None:
    services = _compose()["services"]
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert services["kafka-init"]["command"] == ["kafka", "init"]
    assert services["kafka-init"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    for stage in STAGES:
        service = services[stage]
        assert service["command"][0] == stage
        assert service["depends_on"]["kafka-init"]["condition"] == "service_completed_successfully"
        assert "./examples/config.yaml:/etc/newsradar/config.yaml:ro" in service["volumes"]
        assert service["environment"]["NEWSRADAR_KAFKA_BOOTSTRAP"] == "kafka:9092"
    assert services["enrich"]["deploy"]["replicas"] == 2
    assert services["api"]["environment"]["HEALTHCHECK_PORT"] == services["api"]["environment"]["NEWSRADAR_API_PORT"]


def test_compose_prometheus_scrapes_every_stage_on_its_port() -> None:
    prom = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text(encoding="utf-8"))
    services = _compose()["services"]
    jobs = {job["job_name"]: job for job in prom["scrape_configs"]}
    for stage in STAGES:
        sd = jobs[stage]["dns_sd_configs"][0]
        assert sd["names"] == [stage]
        env = services[stage]["environment"]
        expected = env.get("NEWSRADAR_API_PORT") if stage == "api" else env["NEWSRADAR_METRICS_PORT"]
        assert str(sd["port"]) == expected


def test_grafana_provisioning_points_at_the_mounted_dashboards() -> None:
    grafana = _compose()["services"]["grafana"]
    mounts = dict(v.rsplit(":", 1)[0].split(":", 1) for v in grafana["volumes"] if v.startswith("./"))
    provider = yaml.safe_load((DEPLOY / "grafana/provisioning/dashboards/newsradar.yml").read_text())
    assert mounts["./grafana/dashboards"] == provider["providers"][0]["options"]["path"]
    datasource = yaml.safe_load((DEPLOY / "grafana/provisioning/datasources/prometheus.yml").read_text())
    uid = datasource["datasources"][0]["uid"]
    for path in (DEPLOY / "grafana" / "dashboards").glob("*.json"):
        assert f'"uid": "{uid}"' in path.read_text(encoding="utf-8")
        assert path.name in {"newsradar-overview.json", "newsradar-feeds.json"}


def test_dockerfile_is_multi_stage_non_root_with_entrypoint_and_healthcheck() -> None:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    assert len(re.findall(r"^FROM ", text, flags=re.M)) >= 2
    users = re.findall(r"^USER (\S+)", text, flags=re.M)
    assert users and not users[-1].startswith(("root", "0"))
    assert 'ENTRYPOINT ["newsradar"]' in text
    assert re.search(r"^HEALTHCHECK .*\n.*/healthz", text, flags=re.M)
    ignore = (DEPLOY.parent / ".dockerignore").read_text(encoding="utf-8")
    for package in ("newsradar", "core", "ingest", "enrich", "alerts"):
        assert f"!{package}/**" in ignore and f"COPY {package} ./{package}" in text


def test_the_image_compiles_the_enrichment_and_checks_it_runs_compiled() -> None:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    ignore = (DEPLOY.parent / ".dockerignore").read_text(encoding="utf-8").splitlines()
    assert re.search(r"^ARG COMPILE_ENRICH=1$", text, flags=re.M)
    assert "COPY deploy/compile_enrich.py" in text and "!deploy/compile_enrich.py" in ignore
    assert re.search(r'compile_enrich\.py "\$site".*\n.*pip uninstall -y -q mypy', text)
    assert "enrich.compiled_modules()" in text
    # A build of the developer's tree never reaches the context: the image builds its own.
    assert {"enrich/*.so", "enrich/compiled.json"} <= set(ignore)


@pytest.mark.parametrize("stage", STAGES)
def test_k8s_stage_has_deployment_service_probes_and_requests(stage: str) -> None:
    docs = _k8s()
    deployment = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == f"newsradar-{stage}")
    service = next(d for d in docs if d["kind"] == "Service" and d["metadata"]["name"] == f"newsradar-{stage}")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    assert container["args"][0] == stage
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert {"cpu", "memory"} <= set(container["resources"]["requests"])
    port_names = {p["name"] for p in container["ports"]}
    assert container["livenessProbe"]["httpGet"]["port"] in port_names
    assert service["spec"]["selector"].items() <= deployment["spec"]["template"]["metadata"]["labels"].items()
    assert {p["targetPort"] for p in service["spec"]["ports"]} <= port_names


def test_keda_scales_each_consumer_stage_on_its_own_group_and_topic() -> None:
    from alerts.engine import GROUP as ALERT_GROUP
    from alerts.notifier import GROUP as NOTIFY_GROUP
    from enrich.worker import GROUP as ENRICH_GROUP

    expected = {"newsradar-enrich": (ENRICH_GROUP, ARTICLES), "newsradar-alert": (ALERT_GROUP, ENRICHED),
                "newsradar-notify": (NOTIFY_GROUP, ALERTS)}
    settings = next(d for d in _k8s() if d["metadata"]["name"] == "newsradar-settings")["data"]
    scaled = {d["spec"]["scaleTargetRef"]["name"]: d for d in _k8s() if d["kind"] == "ScaledObject"}
    assert set(scaled) == set(expected)
    for target, (group, topic) in expected.items():
        trigger = scaled[target]["spec"]["triggers"][0]
        assert trigger["type"] == "kafka"
        assert (trigger["metadata"]["consumerGroup"], trigger["metadata"]["topic"]) == (group, topic)
        assert trigger["metadata"]["bootstrapServers"] == settings["NEWSRADAR_KAFKA_BOOTSTRAP"]
        # More consumers than partitions would sit idle.
        assert scaled[target]["spec"]["maxReplicaCount"] <= int(settings["NEWSRADAR_KAFKA_PARTITIONS"])


def test_k8s_config_file_is_the_example_config() -> None:
    config = next(d for d in _k8s() if d["metadata"]["name"] == "newsradar-config")["data"]["config.yaml"]
    assert config == (DEPLOY / "examples" / "config.yaml").read_text(encoding="utf-8")
