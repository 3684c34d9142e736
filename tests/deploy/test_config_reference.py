"""deploy/README.md's configuration reference is the settings class, and every NEWSRADAR_* variable
the deployment files set is a real setting. Regenerate the table with
``.venv/bin/python -m tests.deploy.test_config_reference``."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from core.settings import SECTIONS, Settings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
README = DEPLOY / "README.md"
START, END = "<!-- env-reference:start -->", "<!-- env-reference:end -->"


def yaml_key(variable: str) -> str:
    """``NEWSRADAR_KAFKA_BOOTSTRAP`` -> ``kafka.bootstrap`` (the key in the config file)."""
    name = variable.removeprefix("NEWSRADAR_").lower()
    section, _, rest = name.partition("_")
    return f"{section}.{rest}" if section in SECTIONS and rest else name


def render_reference() -> str:
    rows = ["| variable | config key | default | what it does |", "| --- | --- | --- | --- |"]
    for variable, default, description in Settings.env_reference():
        shown = f"`{default}`" if default else "(none)"
        rows.append(f"| `{variable}` | `{yaml_key(variable)}` | {shown} | {description.replace('|', '/')} |")
    return "\n".join(rows)


def readme_reference(text: str) -> str:
    assert START in text and END in text, f"{README} lost its {START} / {END} markers"
    return text.split(START, 1)[1].split(END, 1)[0].strip()


def test_readme_reference_is_the_settings_class() -> None:
    assert readme_reference(README.read_text(encoding="utf-8")) == render_reference(), (
        "deploy/README.md's configuration reference is stale: run "
        "`.venv/bin/python -m tests.deploy.test_config_reference`")


def test_every_setting_has_a_row() -> None:
    table = readme_reference(README.read_text(encoding="utf-8"))
    for name in Settings.model_fields:
        assert f"`NEWSRADAR_{name.upper()}`" in table


def _variables_in_deploy_files() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in [DEPLOY / "Dockerfile", DEPLOY / "docker-compose.yml", *sorted((DEPLOY / "k8s").glob("*.yaml"))]:
        for name in re.findall(r"\bNEWSRADAR_[A-Z0-9_]+", path.read_text(encoding="utf-8")):
            found.setdefault(name, set()).add(path.name)
    return found


def test_deploy_files_set_only_real_settings() -> None:
    known = {variable for variable, _, _ in Settings.env_reference()}
    used = _variables_in_deploy_files()
    assert len(used) >= 8  # the extraction found the files' variables
    unknown = {name: sorted(files) for name, files in used.items() if name not in known}
    assert not unknown, f"not a setting (typo, or a setting that was renamed): {unknown}"


def test_k8s_settings_load_into_the_settings_class() -> None:
    docs = yaml.safe_load_all((DEPLOY / "k8s" / "configmap.yaml").read_text(encoding="utf-8"))
    env = next(d for d in docs if d["metadata"]["name"] == "newsradar-settings")["data"]
    settings = Settings(**{k.removeprefix("NEWSRADAR_").lower(): v for k, v in env.items()})
    assert settings.kafka_bootstrap == env["NEWSRADAR_KAFKA_BOOTSTRAP"]
    assert settings.metrics_port == 9308 and settings.log_format == "json"


if __name__ == "__main__":
    text = README.read_text(encoding="utf-8")
    readme_reference(text)  # the markers are there
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    README.write_text(f"{head}{START}\n{render_reference()}\n{END}{tail}", encoding="utf-8")
    print(f"wrote {len(Settings.env_reference())} rows to {README}", file=sys.stderr)
