"""`newsradar demo` as a newcomer runs it: a subprocess, no broker, no network beyond loopback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """One demo run shared by the tests below (it takes most of the time they need)."""
    tmp_path = tmp_path_factory.mktemp("demo")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSRADAR_")}
    # A fresh XDG state dir proves the demo never touches the user's real state file.
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    done = subprocess.run([sys.executable, "-m", "newsradar", "demo"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=240)
    return tmp_path, done


def test_demo_prints_the_polish_alert_with_its_polish_evidence(
        demo: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _, done = demo
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    # The Polish article's alert: its title, its source, and an evidence sentence in Polish with
    # both inflected actor names marked (the console marks mentions with asterisks off a terminal).
    blocks = out.split("\n\n")
    polish = [b for b in blocks if "Kim Dzong Un w Rosji" in b and b.lstrip().startswith("[putin-kim]")]
    assert len(polish) == 1, out
    block = polish[0]
    assert "Kurier Wschodni · pl" in block
    evidence = [line for line in block.splitlines() if line.startswith("  > ")]
    assert evidence, block
    assert any("*Kim Dzong Una*" in line and "*Władimir Putin*" in line for line in evidence), block
    assert any("*Władimira Putina*" in line and "*Kim Dzong Unem*" in line for line in evidence), block
    assert "ru-dprk-arms" in block


def test_demo_alerts_only_where_both_actors_share_a_sentence(
        demo: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    tmp_path, done = demo
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    # Six sample articles name both in one sentence, in six languages; the English piece that names
    # them in separate sentences and the Putin-only Polish piece must not fire.
    summary = re.search(r"done: 12 articles from 6 feeds, 12 enriched, (\d+) alert", out)
    assert summary is not None, out
    assert summary.group(1) == "6"
    langs = sorted(re.findall(r"^  - \[(\w+)\] ", out, flags=re.M))
    assert langs == ["de", "en", "ko", "pl", "ru", "uk"]
    assert "A busy week in Moscow and Pyongyang" not in out
    assert "dekret o poborze" not in out
    assert not (tmp_path / "state" / "newsradar" / "state.db").exists()
