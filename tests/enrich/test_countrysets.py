"""Every UN member and capital, at knowledge-base scale: our own blind sets labelled for them all.

LABELING.md labels only the nineteen watched actors. These sets (tests/enrich/data/countries/) were
written blind to the code: general news full of words that look like countries and capitals ("Czad w
garażu", "Того же дня", 가나 초콜릿, Brussels sprouts, Paris Hilton) and world news far from Russia and
Korea (small states, short names, abbreviations). Each article lists, by canonical English name, the
countries and the capitals its text names; a capital counts as the city only. Each set is held to
F1 >= 0.95 for countries and for capitals (first scores and today's are in the README).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest

from core.actors import ActorBase
from core.data import build_actors
from tests.enrich.kbsets import named_in_text

SETS = sorted((Path(__file__).parent / "data" / "countries").glob("*.jsonl"))
KINDS = ("countries", "capitals")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """Canonical names of the UN members and of their capitals, as the base holds them."""
    base = ActorBase.shipped()
    countries, capitals = set(), set()
    for row in build_actors._members():
        countries.add(base.resolve(row["qid"]).name)
        if row["capital"] != "-":
            capitals.add(base.resolve(row["capital"]).name)
    return frozenset(countries), frozenset(capitals)


@lru_cache(maxsize=4)
def scores(path: Path) -> dict[str, Counts]:
    countries, capitals = _names()
    out = {kind: Counts() for kind in KINDS}
    for row, named in named_in_text(path):
        found = {
            "countries": {name for name, kind in named.items() if kind == "country" and name in countries},
            "capitals": {name for name in named if name in capitals},
        }
        for kind in KINDS:
            gold, got, counts = set(row[kind]), found[kind], out[kind]
            counts.tp += len(gold & got)
            counts.fp += len(got - gold)
            counts.fn += len(gold - got)
            if got != gold:
                counts.errors.append(f"{row['id']} {kind}: missing {sorted(gold - got)} extra {sorted(got - gold)}")
    return out


def test_the_sets_are_there() -> None:
    assert len(SETS) >= 2


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_countries_and_capitals_reach_their_target(path: Path, kind: str) -> None:
    counts = scores(path)[kind]
    assert counts.tp > 0, "the set must label this kind"
    assert counts.f1() >= 0.95, "\n".join(counts.errors)


def test_every_label_is_a_un_member_or_its_capital() -> None:
    countries, capitals = _names()
    for path in SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert set(row["countries"]) <= countries, row["id"]
            assert set(row["capitals"]) <= capitals, row["id"]
