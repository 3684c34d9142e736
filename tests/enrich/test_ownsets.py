"""Accuracy on our own labelled sets (tests/enrich/data/*.jsonl), scored like the development set.

Written by us after the development set, on other events and phrasings and under the same conventions
(../shared/dev/LABELING.md), to see whether what the development set taught generalises; each found
real errors when it was first scored. A fresh clone, which has no development set, runs these.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

import pytest

from bench.accuracy import Scores, score_articles
from core.actors import ActorBase
from enrich.enricher import Enricher
from tests.enrich.test_devset import TARGETS

# The compiled run (make test-compiled) scores every STRIDE-th set: the same sources, already scored in full by
# the plain run, checked compiled on a quarter of the articles to keep CI within its time.
STRIDE = int(os.environ.get("NEWSRADAR_SETS_STRIDE", "1"))
SETS = sorted((Path(__file__).parent / "data").glob("*.jsonl"))[::STRIDE]


@lru_cache(maxsize=1)
def _enricher() -> Enricher:
    return Enricher(ActorBase.shipped())


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=8)
def scores(path: Path) -> Scores:
    return score_articles(_rows(path), _enricher().enrich)


def test_the_sets_are_there() -> None:
    assert SETS, "tests/enrich/data holds no labelled set"


@pytest.mark.parametrize(("kind", "target"), sorted(TARGETS.items()))
@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_f1_reaches_the_target(path: Path, kind: str, target: float) -> None:
    result = scores(path)
    assert result.f1(kind) >= target, "\n".join(result.errors)


def test_every_language_is_scored() -> None:
    # Scores count an article under its labelled language (bench/accuracy.py); reading the labels spares this
    # test a second scoring of every set in one process.
    scored = {row["lang"] for path in SETS for row in _rows(path)}
    assert {"pl", "en", "ru", "de", "uk", "fr", "ko"} <= scored
