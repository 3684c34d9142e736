"""Every person in the knowledge base: our own blind sets labelled for them all.

LABELING.md labels seven people. These sets (tests/enrich/data/people/) were written blind to the code,
with the base's list of people as their only vocabulary: international politics naming many of them in
each language's cases, spellings and scripts (z Markiem Ruttem, Эрдогану, Selenskyjs, 이시바 총리는),
beside namesakes who are not in the base (Lara Trump, Mike Johnson, Brigitte Macron). Each article lists,
by canonical English name, the listed people its text names. Each set is held to F1 >= 0.95.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from core.actors import ActorBase
from tests.enrich.kbsets import named_in_text

SETS = sorted((Path(__file__).parent / "data" / "people").glob("*.jsonl"))


@lru_cache(maxsize=4)
def scores(path: Path) -> tuple[int, int, int, tuple[str, ...]]:
    """True positives, false positives, false negatives and the articles that differ."""
    tp = fp = fn = 0
    errors: list[str] = []
    for row, named in named_in_text(path):
        got = {name for name, kind in named.items() if kind == "person"}
        gold = set(row["people"])
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
        if got != gold:
            errors.append(f"{row['id']}: missing {sorted(gold - got)} extra {sorted(got - gold)}")
    return tp, fp, fn, tuple(errors)


def test_the_sets_are_there() -> None:
    assert SETS


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_people_reach_their_target(path: Path) -> None:
    tp, fp, fn, errors = scores(path)
    assert tp > 0
    assert 2 * tp / (2 * tp + fp + fn) >= 0.95, "\n".join(errors)


def test_every_label_is_a_person_of_the_base() -> None:
    people = {actor.name for actor in ActorBase.shipped() if actor.type == "person"}
    for path in SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert set(row["people"]) <= people, row["id"]
