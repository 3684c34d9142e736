"""Lemmas and analyses per language, the Korean particle stripper, the component and its cache."""

from __future__ import annotations

import pytest
import spacy

import enrich.lemmas  # noqa: F401  (registers "newsradar_lemmas")
from enrich.lemmas import Lemmatizer, analyse, analyser_for, best_lemma

LEMMAS = [
    ("pl", "Władimira", "Władimir"),
    ("pl", "Putina", "Putin"),
    ("pl", "Pjongjangu", "Pjongjang"),
    ("pl", "Korei", "Korea"),
    ("pl", "Rosji", "Rosja"),
    ("pl", "Władywostoku", "Władywostok"),
    ("pl", "amunicji", "amunicja"),
    ("pl", "Trumpowi", "Trump"),  # morfeusz writes "Trump:Sm1": the homonym tag is dropped
    ("ru", "Путину", "Путин"),
    ("ru", "России", "Россия"),
    ("ru", "оружия", "оружие"),
    ("ru", "КНДР", "КНДР"),
    ("uk", "Путіна", "Путін"),
    ("uk", "зброї", "зброя"),
    ("en", "missiles", "missile"),
    ("fr", "coréens", "coréen"),
    ("de", "Raketen", "Rakete"),
    ("ko", "러시아에서", "러시아"),
    ("ko", "김정은은", "김정은"),
    ("ko", "북한이", "북한"),
    ("ko", "미사일을", "미사일"),
    # languages simplemma knows under another code: Croatian and Serbian as "hbs", Norwegian as Bokmål
    ("hr", "granate", "granata"),
    ("sr", "ракете", "ракета"),
    ("no", "raketter", "rakett"),
]


@pytest.mark.parametrize(("lang", "word", "lemma"), LEMMAS)
def test_best_lemma(lang: str, word: str, lemma: str) -> None:
    assert best_lemma(word, lang) == lemma


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [
        ("pl", "Putina", ("Putin", "propn")),
        ("pl", "broni", ("broń", "noun")),
        ("pl", "broni", ("bronić", "verb")),
        ("pl", "rosyjski", ("rosyjski", "adj")),
        ("ru", "Путину", ("Путин", "propn")),
        ("ru", "ракет", ("ракета", "noun")),
        ("ru", "северокорейский", ("северокорейский", "adj")),
        ("uk", "Росії", ("росія", "noun")),  # the Ukrainian dictionary has no Geox tag here
        ("en", "missiles", ("missile", "")),
        ("ko", "김정은", ("김정은", "")),
    ],
)
def test_alternatives(lang: str, word: str, expected: tuple[str, str]) -> None:
    assert expected in analyse(word, lang)


@pytest.mark.parametrize("word", ["Koreli", "Rusyalılar", "Pekinli", "Rusyasız", "silahlı"])
def test_turkish_derived_words_are_not_read_as_their_noun(word: str) -> None:
    # -lI ("from, with") and -sIz ("without") make new words: "Koreli" is a Korean, not Korea
    assert all(not word.casefold().startswith(lemma.casefold()) or lemma.casefold() == word.casefold()
               for lemma, _ in analyse(word, "tr"))


def test_turkish_inflections_keep_their_noun() -> None:
    assert analyse("Rusyanın", "tr") == (("rusya", ""),)


def test_ambiguous_word_prefers_the_noun_in_lower_case() -> None:
    assert analyse("broni", "pl")[0] == ("broń", "noun")


def test_unknown_words_have_no_analyses() -> None:
    # Names outside the dictionaries: the matcher falls back to its inflection rules.
    assert analyse("Una", "pl") == ()
    assert analyse("Ына", "ru") == ()
    assert analyse("Xqzvprt", "en") == ()
    assert best_lemma("Una", "pl") == "Una"


def test_tokens_without_letters_are_not_analysed() -> None:
    assert analyse("2019", "pl") == ()
    assert analyse(",", "ru") == ()


def test_pos_values_are_from_the_fixed_set() -> None:
    words = {
        "pl": ["Kim", "spotkał", "Putina", "w", "Rosji", "i", "mówił", "o", "broni", "szybko"],
        "ru": ["Ким", "встретил", "Путина", "в", "России", "и", "говорил", "об", "оружии", "быстро"],
    }
    for lang, tokens in words.items():
        for word in tokens:
            for _lemma, pos in analyse(word, lang):
                assert pos in {"noun", "propn", "adj", "verb", "other", ""}


def test_languages_without_an_analyser_return_nothing() -> None:
    assert analyser_for("ja")("北朝鮮") == ()


@pytest.mark.parametrize("stem_and_particle", [("중국", "과"), ("러시아", "와"), ("미국", "의"), ("푸틴", "에게")])
def test_korean_particles(stem_and_particle: tuple[str, str]) -> None:
    stem, particle = stem_and_particle
    assert analyse(stem + particle, "ko")[0] == (stem, "")


def test_korean_keeps_at_least_one_syllable() -> None:
    assert analyse("은", "ko") == (("은", ""),)


def test_component_sets_lemmas_and_analyses() -> None:
    nlp = spacy.blank("pl")
    nlp.add_pipe("newsradar_lemmas")
    doc = nlp("Kim Dzong Un spotkał Władimira Putina w Rosji.")
    assert [t.lemma_ for t in doc][3:] == ["spotkać", "Władimir", "Putin", "w", "Rosja", "."]
    assert ("Putin", "propn") in doc[5]._.analyses
    assert doc[2]._.analyses == analyse("Un", "pl")


def test_component_uses_its_configured_language_on_a_fallback_pipeline() -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("newsradar_lemmas", config={"lang": "ru"})
    doc = nlp("Путину")
    assert doc[0].lemma_ == "Путин"
    assert ("Путин", "propn") in doc[0]._.analyses


def test_repeated_words_are_analysed_once() -> None:
    calls: list[str] = []

    def counting(word: str, lang: str) -> str:
        calls.append(word)
        return best_lemma(word, lang)

    nlp = spacy.blank("en")
    component = Lemmatizer("en", lemma_of=counting)
    for _ in range(3):
        doc = component(nlp.make_doc("missiles and missiles and missiles"))
    assert [t.lemma_ for t in doc] == ["missile", "and", "missile", "and", "missile"]
    assert sorted(calls) == ["and", "missiles"]
