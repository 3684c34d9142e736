"""Build core/data/actors.json (the shipped knowledge base) from the sources beside it.

    .venv/bin/python -m core.data.build_actors            # rewrite actors.json and UNVERIFIED.md
    .venv/bin/python -m core.data.build_actors --check    # exit 1 if either is out of date

Sources: un_members.tsv (the 193 UN members, their QIDs and capitals), CLDR through Babel
(country names in every language, and capital names through the time-zone exemplar cities),
countries.yaml (official names, abbreviations, weak names), places.yaml (capital names CLDR
lacks, other places), people.yaml and orgs.yaml; renamed.yaml (replaced ids and their successors).
Babel is needed only here, never at run time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

from core.actors import CURATED_LANGUAGES, normalize_name
from core.contracts import Actor

HERE = Path(__file__).parent
OUT = HERE / "actors.json"
UNVERIFIED = HERE / "UNVERIFIED.md"
LANGS = list(CURATED_LANGUAGES)
LATIN = ["en", "pl", "de", "fr", "cs", "es", "it"]
# The other languages the language detector reports (enrich.language.LANGUAGES): countries and capitals get
# their CLDR names there too, so an article in Dutch finds "Rusland" and one in Bulgarian "Русия". Their names
# come from CLDR alone: people and organisations keep the names of the languages above, which the matcher
# lends a language without names of its own in the same script (these lend none). Values are Babel's locales:
# Portuguese takes Portugal's names beside Brazil's (Moscovo and Moscou, Irão and Irã).
CLDR_ONLY: dict[str, tuple[str, ...]] = {
    "sk": ("sk",), "pt": ("pt", "pt_PT"), "nl": ("nl",), "sv": ("sv",), "da": ("da",), "no": ("nb",), "fi": ("fi",),
    "et": ("et",), "lv": ("lv",), "lt": ("lt",), "hu": ("hu",), "ro": ("ro",), "bg": ("bg",),
    "sr": ("sr", "sr_Latn"), "hr": ("hr",), "sl": ("sl",), "el": ("el",), "tr": ("tr",), "be": ("be",),
    "fa": ("fa",), "he": ("he",),
}
# CLDR names that name something else first in the language's press: Portugal's "Salvador" (El Salvador) is
# Brazil's fourth city, Salvador da Bahia, and a first name.
CLDR_DROPPED: dict[tuple[str, str], frozenset[str]] = {("SV", "pt"): frozenset({"Salvador"})}
# Of those, the ones written in the Latin script: a capital CLDR leaves out there is called by its English name.
LATIN_CLDR_ONLY = frozenset({"sk", "pt", "nl", "sv", "da", "no", "fi", "et", "lv", "lt", "hu", "ro", "sr", "hr",
                             "sl", "tr"})
# Family names that alone never identify one person, and words that name no single state.
FORBIDDEN = {normalize_name(n) for n in [
    "Kim", "Lee", "Park", "Choe", "Choi", "Ri", "Li", "Wang", "Xi", "Jong Un",
    "Korea", "Корея", "Корея", "Korée", "Corée", "Corea", "Korejská", "김", "이", "박", "최", "리", "金", "李", "王",
]}
_QUOTES = re.compile("[«»„“”\"《》]")
_PAREN = re.compile(r"\s*[(（]([^)）]*)[)）]\s*")


def _clean(form: str) -> str:
    form = unicodedata.normalize("NFC", form).replace("\xad", "").replace("’", "'").replace("ʼ", "'")
    return " ".join(form.split())


def _variants(form: str, cldr: bool = False) -> list[str]:
    """Display forms → names: "Myanmar (Burma)" → Myanmar, Burma; "Bosnia & Herzegovina" → … and ….

    Only CLDR's parentheses hold another name; elsewhere they qualify ("Kuwejt (miasto)",
    "Federal Security Service (Russia)") and the qualifier is dropped.
    """
    form = _clean(form)
    out: list[str] = []
    match = _PAREN.search(form)
    if match:
        inner = match.group(1).strip()
        out.append(_PAREN.sub(" ", form).strip())
        if cldr and inner and inner[0].isupper() and " " not in inner and inner not in {"Libye"}:
            out.append(inner)
        elif cldr and not inner[:1].isupper():
            out.append(form)  # "刚果（布）": the bare outer form names two states
    else:
        out.append(form)
    if " & " in form:
        out.extend(v.replace(" & ", " and ") for v in list(out))
        out = [v for v in out if " & " not in v]
    return out


# Letters Polish writes; other accents Polish copy usually drops ("Bogota", "Brasilia", "Reykjavik").
_POLISH_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def _spellings(form: str, lang: str) -> list[str]:
    """The form as the language's press also writes it: Ukrainian often writes "г" for CLDR's "ґ"
    ("Манагуа" beside "Манаґуа"), Polish drops accents it has no letters for ("Bogota" for "Bogotá")."""
    out = [form]
    if lang == "uk" and ("ґ" in form or "Ґ" in form):
        out.append(form.replace("ґ", "г").replace("Ґ", "Г"))
    elif lang == "pl" and any(not ch.isascii() and ch.isalpha() and ch not in _POLISH_LETTERS for ch in form):
        plain = "".join(
            ch if ch.isascii() or ch in _POLISH_LETTERS or not ch.isalpha()
            else unicodedata.normalize("NFD", ch)[0]
            for ch in form
        )
        if plain != form and plain.isprintable():
            out.append(plain)
    return out


def _add(names: dict[str, list[str]], lang: str, forms: list[str], cldr: bool = False) -> None:
    bucket = names.setdefault(lang, [])
    for form in forms:
        for variant in _variants(str(form), cldr):
            for spelling in _spellings(variant, lang):
                if spelling and spelling not in bucket:
                    bucket.append(spelling)


def _expand(spec: dict[str, list[str]] | None) -> dict[str, list[str]]:
    """Expand the "lat" key (forms shared by every Latin-script language)."""
    names: dict[str, list[str]] = {}
    spec = spec or {}
    for lang in LATIN:
        if "lat" in spec:
            _add(names, lang, spec["lat"])
    for lang, forms in spec.items():
        if lang != "lat":
            _add(names, lang, forms or [])
    return names


def _members() -> list[dict[str, str]]:
    lines = [ln.rstrip("\n") for ln in (HERE / "un_members.tsv").read_text(encoding="utf-8").splitlines()]
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")]
    header, body = rows[0], rows[1:]
    return [dict(zip(header, row, strict=True)) for row in body]


def _tz_city(lang: str, tz: str) -> str | None:
    data = Locale.parse(lang).time_zones.get(tz)
    city = data.get("city") if data else None
    return str(city) if city else None


def _locales() -> dict[str, list[Locale]]:
    """Article language -> the Babel locales its names come from."""
    return {**{lang: [Locale(lang)] for lang in LANGS},
            **{lang: [Locale.parse(code) for code in codes] for lang, codes in CLDR_ONLY.items()}}


def _record(actor_id: str, type_: str, name: str, names: dict[str, list[str]],
            weak: dict[str, list[str]] | None, verified: bool, source: str, born: int | None = None,
            country: str | None = None) -> dict[str, Any]:
    record = {"id": actor_id, "type": type_, "name": name, "names": names, "weak": weak or {},
              "verified": verified, "source": source}
    if born is not None:
        record["born"] = born
    if country is not None:
        record["country"] = country
    return record


def build_countries() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    extras: dict[str, Any] = yaml.safe_load((HERE / "countries.yaml").read_text(encoding="utf-8")) or {}
    places: dict[str, Any] = yaml.safe_load((HERE / "places.yaml").read_text(encoding="utf-8")) or {}
    capital_extra: dict[str, Any] = places.get("capitals", {})
    capital_weak: dict[str, list[str]] = places.get("capital_weak", {})
    locales = _locales()
    countries, capitals = [], []
    for row in _members():
        iso = row["iso2"]
        extra = extras.get(iso) or {}
        names: dict[str, list[str]] = {}
        for lang, sources in locales.items():
            _add(names, lang, [locale.territories[iso] for locale in sources], cldr=True)
            names[lang] = [form for form in names[lang] if form not in CLDR_DROPPED.get((iso, lang), ())]
        for lang, forms in _expand(extra.get("names")).items():
            _add(names, lang, forms)
        name = extra.get("name") or names["en"][0]
        countries.append(_record(row["qid"], "country", name, names, _expand(extra.get("weak")), True,
                                 "un_members.tsv + CLDR"))
        if row["capital"] == "-":
            continue
        cap_names: dict[str, list[str]] = {"en": [row["capital_en"]]}
        for lang, sources in locales.items():
            cities = [city for locale in sources if row["tz"] != "-" and (city := _tz_city(str(locale), row["tz"]))]
            if cities:
                _add(cap_names, lang, cities)
            elif (lang in LATIN and lang != "en") or lang in LATIN_CLDR_ONLY:
                # CLDR leaves a city out of a locale when its name there is the English one.
                _add(cap_names, lang, [row["capital_en"]])
        for lang, forms in _expand(capital_extra.get(row["capital"])).items():
            _add(cap_names, lang, forms)
        weak_keys = {normalize_name(f) for f in capital_weak.get(row["capital"], [])}
        cap_weak = {lang: [f for f in forms if normalize_name(f) in weak_keys] for lang, forms in cap_names.items()}
        capitals.append(_record(row["capital"], "place", row["capital_en"], cap_names, cap_weak,
                                row["capital_checked"] == "1", "un_members.tsv + CLDR time zones + places.yaml",
                                country=row["qid"]))
    return countries, capitals


def build_listed(file: str, type_: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((HERE / file).read_text(encoding="utf-8"))
    items = data["places"] if isinstance(data, dict) else data
    out = []
    locales = _locales()
    for item in items:
        names = _expand(item.get("names"))
        if item.get("tz"):
            for lang, sources in locales.items():
                _add(names, lang, [city for locale in sources if (city := _tz_city(str(locale), item["tz"]))])
        _add(names, "en", [item["name"]])
        if type_ == "person":
            _hyphenate_korean_given_names(names)
        record = _record(item["id"], item.get("type", type_), item["name"], names, _expand(item.get("weak")),
                         bool(item.get("verified", False)), file, item.get("born"), item.get("country"))
        if item.get("unconfirmed"):
            record["note"] = str(item["unconfirmed"])  # for UNVERIFIED.md only: why the QID is not confirmed
        out.append(record)
    return out


_HANGUL_NAME = re.compile("^[\uac00-\ud7a3]{3}$")


def _hyphenate_korean_given_names(names: dict[str, list[str]]) -> None:
    """A Korean's two-syllable given name as the Latin press also writes it, joined by a hyphen: "Kim Jo Dzong" is
    also "Kim Jo-dzong" and "Kim Jo-Dzong", as "Kim Jong Un" is "Kim Jong-un". Only for someone with a three-syllable
    Hangul name, so that no other three-word name (Ho Chi Minh's) is joined."""
    if not any(_HANGUL_NAME.match(form) for form in names.get("ko", [])):
        return
    for lang, forms in names.items():
        for form in list(forms):
            words = form.split(" ")
            latin = all(ord(ch) < 0x250 for ch in form)  # Latin letters with their accents ("Dżong", "čong")
            if latin and len(words) == 3 and all(w.isalpha() and w[:1].isupper() for w in words):
                family, first, second = words
                _add(names, lang, [f"{family} {first}-{second.lower()}", f"{family} {first}-{second}"])


def _weaken(rec: dict[str, Any], lang: str, forms: list[str]) -> None:
    """Add ``forms`` to the record's weak names in ``lang`` (``_finish`` then drops them from the strong ones)."""
    weak = rec["weak"].setdefault(lang, [])
    weak.extend(f for f in forms if f not in weak)


def _weaken_city_names(records: list[dict[str, Any]]) -> None:
    """A place named like a country ("Djibouti", "Meksyk", "Kuwait") keeps that form only as weak: like one in
    a curated language, or in its own language ("Tunis" is Tunisia in Serbian, Tunis a city in Polish)."""
    keys: dict[str, set[str]] = {}
    for rec in records:
        if rec["type"] == "country":
            for lang, forms in rec["names"].items():
                keys.setdefault(lang if lang in CLDR_ONLY else "", set()).update(normalize_name(f) for f in forms)
    curated, nothing = keys.get("", set()), frozenset[str]()
    for rec in records:
        if rec["type"] != "place":
            continue
        for lang, forms in rec["names"].items():
            own = keys.get(lang, nothing)
            _weaken(rec, lang, [f for f in forms if (key := normalize_name(f)) in curated or key in own])


def _weaken_borrowed_clashes(records: list[dict[str, Any]]) -> None:
    """A CLDR-only language's name that a curated language gives another actor keeps that form only as weak:
    Serbian calls Tunisia "Tunis" and Finnish Brazil "Brasilia", and those stay the cities' names."""
    holders: dict[str, set[str]] = {}
    for rec in records:
        for lang, forms in rec["names"].items():
            if lang not in CLDR_ONLY:
                for form in forms:
                    holders.setdefault(normalize_name(form), set()).add(rec["id"])
    for rec in records:
        for lang, forms in rec["names"].items():
            if lang in CLDR_ONLY:
                _weaken(rec, lang, [f for f in forms if holders.get(normalize_name(f), set()) - {rec["id"]}])


def _finish(rec: dict[str, Any]) -> dict[str, Any]:
    """Weak forms leave the strong lists; empty lists go; the canonical name stays findable."""
    weak_keys = {lang: {normalize_name(f) for f in forms} for lang, forms in rec["weak"].items()}
    names = {}
    for lang in sorted(rec["names"]):
        # A quoted form of a weak name is strong: «Вагнер» is the company, a bare Вагнер may be the composer.
        kept = [f for f in rec["names"][lang]
                if normalize_name(f) not in weak_keys.get(lang, set()) or _QUOTES.search(f)]
        if kept:
            names[lang] = kept
    rec["names"] = names
    rec["weak"] = {lang: forms for lang, forms in sorted(rec["weak"].items()) if forms}
    bad = [f for forms in [*names.values(), *rec["weak"].values()] for f in forms if normalize_name(f) in FORBIDDEN]
    if bad:
        raise SystemExit(f"{rec['id']} {rec['name']}: ambiguous bare names {bad}")
    Actor.model_validate(rec)  # fail the build, not the reader
    return rec


def build() -> list[dict[str, Any]]:
    countries, capitals = build_countries()
    records = [*countries, *capitals, *build_listed("places.yaml", "place"),
               *build_listed("people.yaml", "person"), *build_listed("orgs.yaml", "org")]
    seen: set[str] = set()
    for rec in records:
        if rec["id"] in seen:
            raise SystemExit(f"duplicate actor id {rec['id']}")
        seen.add(rec["id"])
    _weaken_city_names(records)
    _weaken_borrowed_clashes(records)
    return [_finish(r) for r in records]


def build_renamed(records: list[dict[str, Any]]) -> dict[str, str]:
    """renamed.yaml, checked: every old id is gone from the base and every new one is in it."""
    data = yaml.safe_load((HERE / "renamed.yaml").read_text(encoding="utf-8")) or {}
    renamed = {str(old): str(new) for old, new in (data.get("renamed") or {}).items()}
    current = {r["id"] for r in records}
    for old, new in renamed.items():
        if old in current:
            raise SystemExit(f"renamed.yaml: {old} is still an actor id; an old id must be gone")
        if new not in current:
            raise SystemExit(f"renamed.yaml: {old} -> {new}, which is no actor id")
    return dict(sorted(renamed.items()))


def render(records: list[dict[str, Any]]) -> tuple[str, str]:
    shipped = [{k: v for k, v in r.items() if k != "note"} for r in records]
    body = json.dumps({"generated_by": "core/data/build_actors.py", "renamed": build_renamed(records),
                       "actors": shipped}, ensure_ascii=False, indent=0, sort_keys=False) + "\n"
    unverified = [r for r in records if not r["verified"]]
    lines = [
        "# Actor ids not verified",
        "",
        "Generated by `core/data/build_actors.py` from the `verified` fields of the sources.",
        "",
        "Verified means the id was confirmed against something other than memory: the project brief",
        "(Putin, Kim Jong Un, Shoigu, Lavrov, Trump, Russia, North Korea, South Korea, Ukraine, United",
        "States, Iran, China, Pyongyang, Vladivostok, Moscow); a public ISO-code-to-QID table that also",
        "gives capital QIDs (waldenn/conzept `app/explore2/src/data/countries.js`) for every UN member and",
        "capital, cross-checked for the countries against usc-isi-i2/t2wml `backend/causx/country_entities.py`",
        "(Wikidata labels and descriptions); and, for people and organisations, at least two public files",
        "that put the id beside the name (tests, registries, Wikipedia API output). Public code is full of",
        "machine-invented QIDs, so",
        "one file alone never counted.",
        "",
        "Ids found wrong while checking (do not use them): Q493040 (given as KCNA; it is Jones County,",
        "Georgia), Q826700 (the International Energy Agency, not the IAEA), Q57286 (Max Bruch, not Jens",
        "Stoltenberg), Q3881576 (our Zelenskyy from memory; no public file has it, Q3874799 is confirmed).",
        "Q16214890 (our Kim Yo Jong from memory, as the labelled data has it: a Wikidata export of Korean",
        "people has her as Q4330912 and no Q16214890), Q498833 (given as Kim Yo Jong by a hand-made roster",
        "whose other ids contradict that export).",
        "",
        "Ids of the form `x:slug` are actors whose Wikidata id we could not establish offline: replace",
        "them (`newsradar actors import`) when a QID is confirmed, and list the old id in `renamed.yaml`",
        "so that subscriptions and rules naming it keep working.",
        "",
        f"{len(unverified)} of {len(records)} actors:",
        "",
        "| id | type | name | note |",
        "|---|---|---|---|",
    ]
    for r in unverified:
        note = r.get("note") or ("no QID yet" if r["id"].startswith("x:") else "QID from memory, unconfirmed")
        lines.append(f"| {r['id']} | {r['type']} | {r['name']} | {note} |")
    return body, "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the generated files are out of date")
    args = parser.parse_args(argv)
    body, unverified = render(build())
    if args.check:
        stale = [p.name for p, text in ((OUT, body), (UNVERIFIED, unverified))
                 if not p.exists() or p.read_text(encoding="utf-8") != text]
        if stale:
            print(f"out of date: {', '.join(stale)}; run python -m core.data.build_actors", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(body, encoding="utf-8")
    UNVERIFIED.write_text(unverified, encoding="utf-8")
    print(f"wrote {OUT.name}: {body.count(chr(10))} lines, {len(json.loads(body)['actors'])} actors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
