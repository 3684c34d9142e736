"""Pipeline assembly and the batch function: order, languages, offsets, entities, custom actors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.actors import ActorBase
from core.contracts import Actor, Article
from enrich.enricher import Enricher, enrich_batch
from enrich.pipeline import COMPONENTS, MY_COMPONENTS, PipelineCache, build_nlp, spacy_lang
from enrich.sentences import split_sentences


@pytest.fixture(scope="module")
def enricher() -> Enricher:
    return Enricher()


def article(i: int, title: str, text: str, lang: str | None = None) -> Article:
    return Article(id=f"a{i}", feed="f", title=title, text=text, lang=lang)


def test_full_pipeline_order() -> None:
    nlp = build_nlp("pl")
    assert nlp.pipe_names == list(COMPONENTS)
    assert nlp.pipe_names == ["newsradar_sentences", "newsradar_lemmas", "newsradar_actors", "newsradar_topics"]


@pytest.mark.parametrize(
    ("lang", "code"), [("pl", "pl"), ("ko", "ko"), ("ja", "xx"), ("zh", "xx"), ("zz", "xx"), ("de", "de")]
)
def test_language_codes(lang: str, code: str) -> None:
    assert spacy_lang(lang) == code


def test_korean_uses_the_rule_based_tokenizer_and_keeps_its_language() -> None:
    nlp = build_nlp("ko", MY_COMPONENTS)
    doc = nlp("김정은은 러시아에 도착했다. 푸틴이 환영했다.")
    assert [t.text for t in doc][:2] == ["김정은은", "러시아에"]
    assert doc[1].lemma_ == "러시아"
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize("lang", ["ja", "zh"])
def test_chinese_and_japanese_split_every_character_and_keep_latin_words_and_numbers(lang: str) -> None:
    nlp = build_nlp(lang, MY_COMPONENTS)
    doc = nlp("ロシアのKCNA通信は2024年、Putin氏と「金正恩」を報じた。次の文。")
    words = [t.text for t in doc]
    assert words[:13] == ["ロ", "シ", "ア", "の", "KCNA", "通", "信", "は", "2024", "年", "、", "Putin", "氏"]
    assert words[14:19] == ["「", "金", "正", "恩", "」"]
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize(("lang", "text", "acronym"), [
    ("nl", "Chips uit China en de VS. President Trump schreef.", "VS"),
    ("ru", "Удар нанесли ВС. Путин промолчал.", "ВС"),
])
def test_an_acronym_ending_a_sentence_is_no_abbreviation_in_capitals(lang: str, text: str, acronym: str) -> None:
    # spaCy lists the upper-case twins of abbreviations (Dutch "VS." beside "vs.", versus); the lower-case ones stay
    words = [t.text for t in build_nlp(lang, ())(text)]
    assert acronym in words and f"{acronym}." not in words
    assert "vs." in [t.text for t in build_nlp("nl", ())("Ajax vs. PSV eindigde gelijk.")]


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("sv", "USA:s president", ["USA", ":", "s", "president"]),
    ("fi", "KCNA:n mukaan", ["KCNA", ":", "n", "mukaan"]),
    ("hu", "a USA-val", ["a", "USA", "-", "val"]),
])
def test_a_case_ending_after_an_acronym_is_split_off(lang: str, text: str, words: list[str]) -> None:
    assert [t.text for t in build_nlp(lang, ())(text)] == words


@pytest.mark.parametrize(("text", "words"), [
    ("l'ex-groupe Wagner", ["l'", "ex-", "groupe", "Wagner"]),
    ("Ex-ministre, l'ex-URSS.", ["Ex-", "ministre", ",", "l'", "ex-", "URSS", "."]),
    # hyphenated words of the language stay whole
    ("peut-être l'arc-en-ciel", ["peut-être", "l'", "arc-en-ciel"]),
])
def test_french_splits_off_ex_before_a_word(text: str, words: list[str]) -> None:
    assert [t.text for t in build_nlp("fr", ())(text)] == words


def test_fallback_pipeline_lemmatises_in_the_article_language() -> None:
    nlp = build_nlp("ja", MY_COMPONENTS)
    assert nlp.lang == "xx"
    assert nlp.get_pipe("newsradar_lemmas").lang == "ja"


def test_pipelines_are_built_once_per_language() -> None:
    cache = PipelineCache(MY_COMPONENTS)
    assert cache.get("pl") is cache.get("pl")
    assert cache.get("en") is not cache.get("pl")
    assert cache.languages() == ["en", "pl"]


def test_output_keeps_input_order_and_detects_languages(enricher: Enricher) -> None:
    items = [
        article(0, "Rosja i Korea", "Władimir Putin spotkał się z Kim Dzong Unem we Władywostoku.", "pl"),
        article(1, "Russia", "Vladimir Putin met Kim Jong Un in Vladivostok on Wednesday.", "pl"),  # wrong claim
        article(2, "Россия", "Владимир Путин встретился с Ким Чен Ыном во Владивостоке.", None),
        article(3, "Polska", "Władimir Putin rozmawiał z Donaldem Trumpem o Ukrainie.", "pl"),
    ]
    out = enricher.enrich(items)
    assert [e.id for e in out] == ["a0", "a1", "a2", "a3"]
    assert [(e.lang, e.lang_declared) for e in out] == [("pl", "pl"), ("en", "pl"), ("ru", None), ("pl", "pl")]
    assert out[0].title == "Rosja i Korea" and out[0].feed == "f"


def test_sentences_index_the_body(enricher: Enricher) -> None:
    text = "30 czerwca 2019 r. doszło do spotkania. Władimir Putin powitał gościa.\nKim Dzong Un odjechał."
    (out,) = enricher.enrich([article(0, "Rosja. Spotkanie na granicy", text, "pl")])
    body = out.body
    assert out.sentences == split_sentences(body, "pl")
    assert [body[s:e] for s, e in out.sentences] == [
        "Rosja.",
        "Spotkanie na granicy",
        "30 czerwca 2019 r. doszło do spotkania.",
        "Władimir Putin powitał gościa.",
        "Kim Dzong Un odjechał.",
    ]


def test_entities_are_grouped_by_actor_with_names_types_and_sentence_indices(enricher: Enricher) -> None:
    text = (
        "Władimir Putin spotkał się z Kim Dzong Unem we Władywostoku. Rosja i KRLD podpisały umowę. "
        "Putin pochwalił Kim Dzong Una."
    )
    (out,) = enricher.enrich([article(0, "Szczyt", text, "pl")])
    by_id = {e.id: e for e in out.entities}
    assert {"Q7747", "Q56226", "Q959", "Q159", "Q423"} <= set(by_id)
    putin = by_id["Q7747"]
    assert (putin.name, putin.type) == ("Vladimir Putin", "person")
    assert [(m.text, m.sentence) for m in putin.mentions] == [("Władimir Putin", 1), ("Putin", 3)]
    for entity in out.entities:
        for mention in entity.mentions:
            assert out.body[mention.start : mention.end] == mention.text
            start, end = out.sentences[mention.sentence]
            assert start <= mention.start and mention.end <= end
    assert by_id["Q959"].type == "place" and by_id["Q159"].type == "country"
    # The entities come in order of first mention.
    firsts = [e.mentions[0].start for e in out.entities]
    assert firsts == sorted(firsts)


# Names that open with another actor's name: the port and the forum are not the cosmodrome.
VOSTOCHNY = [
    ("pl", "Statki zawijały do portu Wostocznyj oraz do Władywostoku.", "x:vostochny-port"),
    ("ru", "Танкеры загружались в порту Восточный и уходили в Раджин.", "x:vostochny-port"),
    ("en", "The cargo was unloaded at the Russian port of Vostochny, near Vladivostok.", "x:vostochny-port"),
    ("fr", "Les pétroliers chargent dans le port de Vostotchny avant de partir.", "x:vostochny-port"),
    ("ru", "Путин выступил на пленарном заседании Восточного экономического форума.", "x:eastern-economic-forum"),
    ("pl", "Putin podejmował gościa na kosmodromie Wostocznyj.", "x:vostochny-cosmodrome"),
    ("ru", "Переговоры прошли на космодроме Восточный.", "x:vostochny-cosmodrome"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), VOSTOCHNY)
def test_a_port_and_a_forum_are_not_the_cosmodrome(enricher: Enricher, lang: str, text: str, actor: str) -> None:
    (out,) = enricher.enrich([article(0, "", text, lang)])
    places = {e.id for e in out.entities} & {"x:vostochny-port", "x:eastern-economic-forum", "x:vostochny-cosmodrome"}
    assert places == {actor}


# Spellings of the shipped base as the press writes them.
PRESS_FORMS = [
    ("en", "The Wagner group withdrew from the town.", "Q25189608"),
    ("pl", "Korea Płn. wystrzeliła rakietę.", "Q423"),
    ("pl", "Korea Płd. protestuje.", "Q884"),
    # an emoji's variation selector glued to the next word, as channel posts write it
    ("ru", "⚡️Лавров снова отверг обвинения.", "Q58217"),
    ("en", "🔥️Putin spoke again.", "Q7747"),
    # an interview's question opened by a horizontal bar, as the Korean press prints it; the bar as a dash
    ("ko", "―김정은 위원장이 얻는 대가는 무엇인가.", "Q56226"),
    ("ko", "―푸틴 대통령이 평양을 다시 찾을 가능성은.", "Q7747"),
    ("ko", "북한―러시아 협력이 깊어진다.", "Q159"),
    # ... or by a hyphen glued to its first word, as interviews and lists print it
    ("ko", "-김정은 국무위원장과 푸틴 대통령의 관계는 어떻게 보나.", "Q56226"),
    ("ko", "-한국 정부는 어떻게 대응해야 하나.", "Q884"),
    ("en", "-Putin and his allies, in brief.", "Q7747"),
    ("ru", "-Лавров снова отверг обвинения.", "Q58217"),
    # an axis written with an en or em dash, in German, which keeps a hyphenated compound whole
    ("de", "Experten warnen davor, die Achse Moskau–Pjöngjang zu unterschätzen.", "Q18808"),
    ("de", "Die Achse Moskau—Pjöngjang wird enger.", "Q649"),
    # a French "ex-" before a name: the mercenaries of the former group, the former president
    ("fr", "Les mercenaires de l'ex-groupe Wagner se retirent du Mali.", "Q25189608"),
    ("fr", "L'ex-Groupe Wagner recrute encore en Afrique.", "Q25189608"),
    ("fr", "L'ex-président Donald Trump a réagi.", "Q22686"),
    # Estonian "Phenjan", the Slovene country declined as an adjective, the Latvian and Lithuanian Wagner Group
    ("et", "Moskva ja Phenjan eitavad relvatehinguid.", "Q18808"),
    ("sl", "Posredniki kupujejo motorje na Kitajskem.", "Q148"),
    ("lv", "Pēc Vagnera grupas dumpja Kremlis pārņēma tās vienības.", "Q25189608"),
    ("lt", "Po Wagnerio grupės maišto Kremlius perėmė jos dalinius.", "Q25189608"),
    # Serbian in Latin letters, declined as Croatian is: read by the Croatian pipeline, still reported as Serbian
    ("sr", "Vučić je najavio da će o tome razgovarati sa ruskim predsednikom Vladimirom Putinom.", "Q7747"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), PRESS_FORMS)
def test_press_spellings_of_shipped_names(enricher: Enricher, lang: str, text: str, actor: str) -> None:
    (out,) = enricher.enrich([article(0, "", text, lang)])
    assert actor in {e.id for e in out.entities}


def test_serbian_in_either_script_keeps_its_language(enricher: Enricher) -> None:
    latin, cyrillic = enricher.enrich([article(0, "", "Vučić je razgovarao sa Vladimirom Putinom u Moskvi.", "sr"),
                                       article(1, "", "Вучић је разговарао са Владимиром Путином у Москви.", "sr")])
    assert latin.lang == cyrillic.lang == "sr"
    assert "Q7747" in {e.id for e in latin.entities} and "Q7747" in {e.id for e in cyrillic.entities}


# With the shipped base's capitals: one of Ukraine's suppliers named as the source is no third party.
SOURCED_DEALS = [
    ("pl", "KRLD milczy. W skrzyniach są, jak twierdzi Londyn, pociski dla wojsk, które Rosja wysyła na Ukrainę."),
    ("en", "North Korea is silent. According to Washington, the crates hold shells Russia sends to its troops."),
]


@pytest.mark.parametrize(("lang", "text"), SOURCED_DEALS)
def test_a_named_source_is_no_third_party(enricher: Enricher, lang: str, text: str) -> None:
    (out,) = enricher.enrich([article(0, "", text, lang)])
    assert "ru-dprk-arms" in {hit.id for hit in out.topics}


def test_topics_come_through(enricher: Enricher) -> None:
    text = (
        "Korea Północna dostarczyła Rosji miliony pocisków artyleryjskich i rakiety balistyczne. "
        "W zamian Moskwa ma przekazać Pjongjangowi technologie rakietowe."
    )
    (out,) = enricher.enrich([article(0, "Broń dla Rosji", text, "pl")])
    assert "ru-dprk-arms" in [t.id for t in out.topics]
    for hit in out.topics:
        assert 0.0 <= hit.score <= 1.0
        assert all(0 <= i < len(out.sentences) for i in hit.evidence)


def test_a_replacement_base_reaches_every_pipeline() -> None:
    local = Enricher()
    local.enrich(
        [
            article(0, "x", "Acme Arms sold rifles to Russia last year.", "en"),
            article(1, "x", "Acme Arms sprzedała karabiny Rosji w zeszłym roku.", "pl"),
        ]
    )
    assert all(
        "x:acme-arms" not in [e.id for e in a.entities]
        for a in local.enrich([article(2, "x", "Acme Arms sold rifles.", "en")])
    )
    custom = Actor(id="x:acme-arms", type="org", name="Acme Arms", names={"en": ["Acme Arms"], "pl": ["Acme Arms"]})
    local.set_base(ActorBase.shipped().layered([custom]))
    out = local.enrich(
        [
            article(3, "x", "Acme Arms sold rifles to Russia last year.", "en"),
            article(4, "x", "Firma Acme Arms sprzedała karabiny Rosji w zeszłym roku.", "pl"),
        ]
    )
    for item in out:
        acme = [e for e in item.entities if e.id == "x:acme-arms"]
        assert acme and acme[0].name == "Acme Arms" and acme[0].type == "org"
    # A pipeline built after the swap gets the new base too.
    (late,) = local.enrich([article(5, "x", "Acme Arms hat Gewehre an Russland verkauft, sagte er.", "de")])
    assert "x:acme-arms" in [e.id for e in late.entities]


def test_enrich_batch_uses_a_shared_enricher() -> None:
    out = enrich_batch([article(0, "Putin", "Vladimir Putin spoke in Moscow on Monday about the war.", "en")])
    assert out[0].lang == "en" and "Q7747" in [e.id for e in out[0].entities]


def test_the_message_survives_the_bus_round_trip(enricher: Enricher) -> None:
    # What the worker produces must decode back to the same message on the other side of the bus.
    from core.contracts import EnrichedArticle, decode, encode

    (out,) = enricher.enrich([article(0, "Szczyt", "Władimir Putin spotkał Kim Dzong Una. Rosja milczy.", "pl")])
    again = decode(EnrichedArticle, encode(out))
    assert again == out
    assert again.entities and again.entities[0].mentions[0].sentence == 1


def test_the_publication_year_is_the_year_a_printed_age_is_reckoned_in(enricher: Enricher) -> None:
    # Putin was born in 1952: 72 years old in 2024, not in 2016, when "72-letni Władimir Putin" is a namesake.
    def putin_found(year: int) -> bool:
        article = Article(id=f"age-{year}", feed="t", title="Konferencja", lang="pl",
                          text="Na konferencji 72-letni Władimir Putin mówił o gospodarce.",
                          published=datetime(year, 6, 1, tzinfo=UTC))
        [out] = enricher.enrich([article])
        return "Q7747" in {entity.id for entity in out.entities}

    assert putin_found(2024)
    assert not putin_found(2016)


def test_characters_that_draw_nothing_do_not_hide_a_name(enricher: Enricher) -> None:
    # Web pages hyphenate long words with soft hyphens and put zero-width spaces, word joiners and direction marks
    # in; a reader sees "Pjongjang" and "Putin", so the matcher must too. The message carries the text without
    # them, and every offset points into that text.
    text = ("Władimir\u200bPutin przyleciał do Pjong\u00adjangu.\u200f Korea\u00a0Północna i Ros\u2060ja\ufeff "
            "podpisały umowę.")
    (out,) = enricher.enrich([article(0, "Wizyta w Pjong\u00adjangu", text, "pl")])
    assert out.title == "Wizyta w Pjongjangu"
    assert out.text == "Władimir Putin przyleciał do Pjongjangu. Korea\u00a0Północna i Rosja podpisały umowę."
    found = {(e.id, m.text, m.sentence) for e in out.entities for m in e.mentions}
    assert found == {("Q18808", "Pjongjangu", 0), ("Q7747", "Władimir Putin", 1), ("Q18808", "Pjongjangu", 1),
                     ("Q423", "Korea\u00a0Północna", 2), ("Q159", "Rosja", 2)}
    body = out.body
    assert all(body[m.start:m.end] == m.text for e in out.entities for m in e.mentions)


def test_an_article_with_nothing_invisible_is_passed_on_as_it_is() -> None:
    from enrich.enricher import visible

    item = article(0, "Putin", "Vladimir Putin met Kim Jong\u00a0Un in Vladivostok.", "en")
    assert visible(item) is item
