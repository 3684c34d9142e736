"""Actors from Wikidata entity JSON (the ``Special:EntityData/Q….json`` shape), read offline.

    {"entities": {"Q56226": {"id": "Q56226",
                             "labels": {"en": {"language": "en", "value": "Kim Jong Un"}, ...},
                             "aliases": {"pl": [{"language": "pl", "value": "Kim Dzong Un"}, ...]},
                             "claims": {"P31": [{"mainsnak": {"datavalue": {"value": {"id": "Q5"}}}}],
                                        "P569": [{"mainsnak": {"datavalue": {"value": {"time": "+1984-01-08T00:00:00Z",
                                                                                      "precision": 11}}}}]}}}}

The canonical name is the English label (else any label, else the id); names per language are
the label followed by the aliases; a person's year of birth comes from P569 (date of birth), the country a
place lies in from P17 (country). Nothing here touches the network: users download the files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from core.contracts import Actor, ActorType
from core.errors import ContractError

__all__ = ["actor_from_entity", "born_from_claims", "country_from_claims", "entities_of", "load_entities",
           "type_from_claims"]

_PERSON = {"Q5"}
# country, sovereign state, state with limited recognition, island nation
_COUNTRY = {"Q6256", "Q3624078", "Q3024240", "Q10711424", "Q112099"}
# city, capital, big city, million city, human settlement, town, metropolis
_PLACE = {"Q515", "Q5119", "Q1549591", "Q1637706", "Q486972", "Q3957", "Q200250", "Q1093829"}
# A Wikidata time value: "+1952-10-07T00:00:00Z" (a year after Christ); precision 9 is a year, 11 a day.
_TIME = re.compile(r"^\+0*(\d{1,4})-\d\d-\d\dT")
_YEAR_PRECISION = 9


def _instance_of(claims: dict[str, Any]) -> set[str]:
    ids: set[str] = set()
    for claim in claims.get("P31", []) or []:
        value = (((claim or {}).get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            ids.add(value["id"])
    return ids


def born_from_claims(claims: dict[str, Any]) -> int | None:
    """The year of birth (P569) known at least to the year: the preferred statement, else the first normal one;
    None when there is none or it is known only to the decade or century."""
    years: dict[str, int] = {}
    for claim in claims.get("P569", []) or []:
        claim = claim or {}
        value = ((claim.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if not isinstance(value, dict) or not isinstance(value.get("time"), str):
            continue
        precision = value.get("precision", 11)
        match = _TIME.match(value["time"])
        rank = claim.get("rank", "normal")
        if match is None or not isinstance(precision, int) or precision < _YEAR_PRECISION or rank == "deprecated":
            continue
        years.setdefault(rank, int(match.group(1)))
    return years.get("preferred", years.get("normal"))


def country_from_claims(claims: dict[str, Any]) -> str | None:
    """The country (P17) a place lies in: the preferred statement, else the only normal one; None when there is
    none, or when several normal statements leave it disputed (Crimea is claimed by two)."""
    ids: dict[str, list[str]] = {}
    for claim in claims.get("P17", []) or []:
        claim = claim or {}
        value = ((claim.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        rank = claim.get("rank", "normal")
        if isinstance(value, dict) and isinstance(value.get("id"), str) and rank != "deprecated":
            ids.setdefault(rank, []).append(value["id"])
    chosen = ids.get("preferred") or ids.get("normal") or []
    return chosen[0] if len(set(chosen)) == 1 else None


def type_from_claims(claims: dict[str, Any]) -> ActorType:
    """person / country / place from P31 (instance of); anything else is an organisation."""
    classes = _instance_of(claims)
    if classes & _PERSON:
        return "person"
    if classes & _COUNTRY:
        return "country"
    if classes & _PLACE:
        return "place"
    return "org"


def _entity(data: dict[str, Any]) -> dict[str, Any]:
    """Accept the whole EntityData document (one entity) or a bare entity object."""
    entities = data.get("entities")
    if isinstance(entities, dict):
        if len(entities) != 1:
            raise ContractError("Actor", "entities", f"expected one entity, found {len(entities)}")
        return next(iter(entities.values()))
    return data


def actor_from_entity(data: dict[str, Any], type: ActorType | None = None) -> Actor:
    """One Actor from one Wikidata entity; ``type`` overrides the P31-derived type."""
    entity = _entity(data)
    qid = entity.get("id") or entity.get("title")
    if not isinstance(qid, str):
        raise ContractError("Actor", "id", "the entity has no id")
    labels: dict[str, Any] = entity.get("labels") or {}
    aliases: dict[str, Any] = entity.get("aliases") or {}
    names: dict[str, list[str]] = {}
    for lang, label in labels.items():
        value = label.get("value") if isinstance(label, dict) else None
        if isinstance(value, str) and value.strip():
            names.setdefault(lang, []).append(value.strip())
    for lang, items in aliases.items():
        for item in items or []:
            value = item.get("value") if isinstance(item, dict) else None
            if isinstance(value, str) and value.strip() and value.strip() not in names.get(lang, []):
                names.setdefault(lang, []).append(value.strip())
    name = (names.get("en") or next(iter(names.values()), None) or [qid])[0]
    claims = entity.get("claims") or {}
    actor_type = type or type_from_claims(claims)
    born = born_from_claims(claims) if actor_type == "person" else None
    country = country_from_claims(claims) if actor_type == "place" else None
    try:
        return Actor(id=qid, type=actor_type, name=name, names=names, born=born, country=country)
    except ValueError as exc:
        raise ContractError("Actor", "id", f"{qid!r}: {exc}") from exc


def entities_of(data: Any) -> Iterator[dict[str, Any]]:
    """Every entity object in a parsed document: an EntityData file, a bare entity, or a list of them."""
    if isinstance(data, list):
        for item in data:
            yield from entities_of(item)
    elif isinstance(data, dict) and isinstance(data.get("entities"), dict):
        yield from data["entities"].values()
    elif isinstance(data, dict):
        yield data
    else:
        raise ContractError("Actor", "", f"not a Wikidata entity document: {type(data).__name__}")


def load_entities(path: str | Path, type: ActorType | None = None) -> list[Actor]:
    """Actors from a file holding one entity, several (``{"entities": {...}}`` or a list), or JSON lines."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        documents: list[Any] = [json.loads(text)]
    except json.JSONDecodeError:
        documents = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                documents.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ContractError("Actor", f"line {number}", f"not JSON: {exc.msg}") from exc
    return [actor_from_entity(entity, type) for doc in documents for entity in entities_of(doc)]
