"""Actors from Wikidata entity JSON: the EntityData shape, several entities, JSON lines, types."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.actors import ActorBase
from core.errors import ContractError
from core.wikidata import actor_from_entity, born_from_claims, country_from_claims, load_entities, type_from_claims


def _claim(qid: str) -> dict[str, Any]:
    return {"mainsnak": {"snaktype": "value", "property": "P31",
                         "datavalue": {"type": "wikibase-entityid", "value": {"entity-type": "item", "id": qid}}}}


def _entity(qid: str, labels: dict[str, str], aliases: dict[str, list[str]] | None = None,
            p31: list[str] | None = None) -> dict[str, Any]:
    return {
        "type": "item",
        "id": qid,
        "labels": {lang: {"language": lang, "value": v} for lang, v in labels.items()},
        "aliases": {lang: [{"language": lang, "value": v} for v in vs] for lang, vs in (aliases or {}).items()},
        "claims": {"P31": [_claim(c) for c in (p31 or [])]},
    }


KIM_YO_JONG = _entity(
    "Q4330912",
    {"en": "Kim Yo-jong", "pl": "Kim Jo Dzong", "ru": "Ким Ё Чжон", "ko": "김여정"},
    {"en": ["Kim Yo Jong", "Kim Yo-jong"], "pl": ["Kim Yo Jong"]},
    ["Q5"],
)


def test_entity_data_document_becomes_an_actor() -> None:
    actor = actor_from_entity({"entities": {"Q4330912": KIM_YO_JONG}})
    assert actor.id == "Q4330912"
    assert actor.type == "person"
    assert actor.name == "Kim Yo-jong"
    # label first, then aliases, each form once
    assert actor.names["en"] == ["Kim Yo-jong", "Kim Yo Jong"]
    assert actor.names["pl"] == ["Kim Jo Dzong", "Kim Yo Jong"]
    assert actor.names["ko"] == ["김여정"]
    assert actor.weak == {}


@pytest.mark.parametrize(("p31", "expected"), [
    (["Q5"], "person"),
    (["Q6256"], "country"),
    (["Q3624078", "Q6256"], "country"),
    (["Q515"], "place"),
    (["Q5119", "Q515"], "place"),
    (["Q43229"], "org"),       # organization
    (["Q1331793"], "org"),     # media company
    ([], "org"),
])
def test_type_from_instance_of(p31: list[str], expected: str) -> None:
    assert type_from_claims({"P31": [_claim(c) for c in p31]}) == expected
    assert actor_from_entity(_entity("Q1", {"en": "X"}, p31=p31)).type == expected


def _birth(time: str, precision: int = 11, rank: str = "normal") -> dict[str, Any]:
    return {"rank": rank, "mainsnak": {"snaktype": "value", "property": "P569", "datavalue": {
        "type": "time", "value": {"time": time, "precision": precision, "calendarmodel": "Q1985727"}}}}


@pytest.mark.parametrize(("births", "expected"), [
    ([_birth("+1952-10-07T00:00:00Z")], 1952),
    ([_birth("+1984-00-00T00:00:00Z", precision=9)], 1984),  # known to the year only
    ([_birth("+1950-00-00T00:00:00Z", precision=8)], None),  # to the decade: no year
    ([_birth("+1982-01-08T00:00:00Z"), _birth("+1984-01-08T00:00:00Z", rank="preferred")], 1984),
    ([_birth("+1983-01-08T00:00:00Z", rank="deprecated"), _birth("+1984-01-08T00:00:00Z")], 1984),
    ([_birth("+1982-01-08T00:00:00Z"), _birth("+1984-01-08T00:00:00Z")], 1982),  # the first normal one
    ([{"mainsnak": {"snaktype": "somevalue", "property": "P569"}}], None),  # unknown value
    ([], None),
])
def test_year_of_birth_from_p569(births: list[dict[str, Any]], expected: int | None) -> None:
    assert born_from_claims({"P569": births}) == expected


def test_a_person_imported_keeps_the_year_of_birth_and_nothing_else_does() -> None:
    person = {**KIM_YO_JONG, "claims": {**KIM_YO_JONG["claims"], "P569": [_birth("+1987-09-26T00:00:00Z")]}}
    assert actor_from_entity(person).born == 1987
    assert actor_from_entity(person, type="org").born is None
    assert actor_from_entity(KIM_YO_JONG).born is None


def _in_country(qid: str, rank: str = "normal") -> dict[str, Any]:
    return {"rank": rank, "mainsnak": {"snaktype": "value", "property": "P17", "datavalue": {
        "type": "wikibase-entityid", "value": {"entity-type": "item", "id": qid}}}}


@pytest.mark.parametrize(("claims", "expected"), [
    ([_in_country("Q159")], "Q159"),
    ([_in_country("Q159"), _in_country("Q159")], "Q159"),  # the same country said twice
    ([_in_country("Q15180", rank="deprecated"), _in_country("Q159")], "Q159"),  # the Soviet Union, no longer
    ([_in_country("Q212"), _in_country("Q159", rank="preferred")], "Q159"),
    ([_in_country("Q212"), _in_country("Q159")], None),  # claimed by two: disputed, no country
    ([{"mainsnak": {"snaktype": "somevalue", "property": "P17"}}], None),
    ([], None),
])
def test_country_of_a_place_from_p17(claims: list[dict[str, Any]], expected: str | None) -> None:
    assert country_from_claims({"P17": claims}) == expected


def test_a_place_imported_keeps_its_country_and_a_person_does_not() -> None:
    city = _entity("Q959", {"en": "Vladivostok"}, p31=["Q515"])
    city["claims"]["P17"] = [_in_country("Q159")]
    assert actor_from_entity(city).country == "Q159"
    person = {**KIM_YO_JONG, "claims": {**KIM_YO_JONG["claims"], "P17": [_in_country("Q423")]}}
    assert actor_from_entity(person).country is None


def test_explicit_type_wins_over_claims() -> None:
    assert actor_from_entity(KIM_YO_JONG, type="org").type == "org"


def test_no_english_label_falls_back_to_another_label_then_the_id() -> None:
    assert actor_from_entity(_entity("Q42", {"de": "Beispiel"})).name == "Beispiel"
    assert actor_from_entity(_entity("Q43", {})).name == "Q43"


@pytest.mark.parametrize("bad", [
    {"entities": {}},
    {"entities": {"Q1": _entity("Q1", {"en": "a"}), "Q2": _entity("Q2", {"en": "b"})}},
    {"labels": {"en": {"value": "no id"}}},
    _entity("P31", {"en": "a property, not an item"}),
])
def test_unusable_entities_raise_contract_error(bad: dict[str, Any]) -> None:
    with pytest.raises(ContractError):
        actor_from_entity(bad)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_one_several_list_and_json_lines(tmp_path: Path) -> None:
    russia = _entity("Q159", {"en": "Russia", "pl": "Rosja"}, {"ru": ["РФ"]}, ["Q3624078"])
    moscow = _entity("Q649", {"en": "Moscow", "pl": "Moskwa"}, p31=["Q515"])
    one = _write(tmp_path, "one.json", json.dumps({"entities": {"Q159": russia}}))
    several = _write(tmp_path, "several.json", json.dumps({"entities": {"Q159": russia, "Q649": moscow}}))
    as_list = _write(tmp_path, "list.json", json.dumps([russia, {"entities": {"Q649": moscow}}]))
    lines = _write(tmp_path, "lines.jsonl",
                   json.dumps({"entities": {"Q159": russia}}) + "\n\n" + json.dumps(moscow) + "\n")
    assert [a.id for a in load_entities(one)] == ["Q159"]
    assert [(a.id, a.type) for a in load_entities(several)] == [("Q159", "country"), ("Q649", "place")]
    assert [a.id for a in load_entities(as_list)] == ["Q159", "Q649"]
    assert [a.name for a in load_entities(lines)] == ["Russia", "Moscow"]
    assert load_entities(one)[0].names["ru"] == ["РФ"]
    assert load_entities(lines, type="org")[1].type == "org"


def test_a_broken_json_line_names_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "broken.jsonl", json.dumps(KIM_YO_JONG) + "\n" + "{not json\n")
    with pytest.raises(ContractError) as err:
        load_entities(path)
    assert err.value.field == "line 2"


def test_imported_actors_layer_over_the_shipped_base(tmp_path: Path) -> None:
    base = ActorBase.shipped()
    path = _write(tmp_path, "kyj.json", json.dumps({"entities": {"Q4330912": KIM_YO_JONG}}))
    imported = load_entities(path)
    layered = base.layered(imported)
    assert layered.resolve("Kim Jo Dzong").name == "Kim Yo-jong"
    assert len(layered) == len(base)  # replaced, not added
    assert layered.resolve("Kim Jong Un").id == "Q56226"
