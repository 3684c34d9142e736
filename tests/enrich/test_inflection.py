"""Generated inflected forms of name words, per language."""

from __future__ import annotations

import pytest

from enrich.inflection import inflect, korean_compounds, korean_title_stems, strip_elision

FORMS = [
    # Polish: masculine consonant stems, with the softened locative
    ("pl", "putin", ["putina", "putinowi", "putinem", "putinie"]),
    ("pl", "un", ["una", "unem", "unie", "unowi"]),
    ("pl", "kim", ["kima", "kimie", "kimem"]),
    ("pl", "trump", ["trumpa", "trumpowi", "trumpem", "trumpie"]),
    ("pl", "wagner", ["wagnera", "wagnerze"]),
    ("pl", "pjongjang", ["pjongjangu", "pjongjanga", "pjongjangowi"]),
    ("pl", "władywostok", ["władywostoku", "władywostoka"]),
    ("pl", "siergiej", ["siergieja", "siergiejowi", "siergiejem"]),
    # Polish: feminine nouns and adjectives in -a
    ("pl", "rosja", ["rosji", "rosję", "rosją"]),
    ("pl", "korea", ["korei", "koreę", "koreą"]),
    ("pl", "północna", ["północnej", "północną"]),
    ("pl", "rosyjska", ["rosyjskiej", "rosyjską"]),
    ("pl", "moskwa", ["moskwy", "moskwie", "moskwę", "moskwą"]),
    ("pl", "grupa", ["grupy", "grupie", "grupę", "grupą"]),
    ("pl", "ameryka", ["ameryki", "ameryce"]),
    ("pl", "zjednoczone", ["zjednoczonych", "zjednoczonym"]),
    ("pl", "stany", ["stanów", "stanom", "stanach"]),
    ("pl", "kirby", ["kirby'ego", "kirby'emu", "kirbym"]),
    ("pl", "zełenski", ["zełenskiego", "zełenskiemu", "zełenskim"]),
    ("pl", "trzaskowski", ["trzaskowskiego", "trzaskowskim"]),
    ("pl", "modi", ["modiego", "modiemu", "modim"]),
    ("pl", "chamenei", ["chameneiego", "chameneim"]),
    ("pl", "rutte", ["ruttego", "ruttemu", "ruttem"]),
    ("pl", "vance", ["vance'a", "vance'owi", "vance'em"]),
    ("pl", "mark", ["marka", "markiem"]),
    # Czech
    ("cs", "putin", ["putina", "putinovi", "putinem"]),
    ("cs", "ukrajina", ["ukrajiny", "ukrajině", "ukrajinu", "ukrajinou"]),
    ("cs", "rusko", ["ruska", "rusku", "ruskem"]),
    ("cs", "šojgu", ["šojgua", "šojguovi", "šojguem"]),
    # languages beyond the curated seven: Croatian (and Serbian, Slovene), Hungarian, Finnish, Romanian, Swedish
    ("hr", "rusija", ["rusije", "rusiji", "rusiju", "rusijom"]),
    ("hr", "putin", ["putina", "putinu", "putinom"]),
    ("sr", "русија", ["русије", "русији", "русијом"]),
    # foreign names in -u, -y, -i take a j before the ending in Slovene and Croatian
    ("sl", "šojgu", ["šojguja", "šojguju", "šojgujem"]),
    ("sl", "kirby", ["kirbyja", "kirbyju", "kirbyjem"]),
    ("hr", "kirby", ["kirbyja", "kirbyjem"]),
    ("hu", "oroszország", ["oroszországgal", "oroszországba", "oroszországot", "oroszországnak"]),
    ("hu", "moszkva", ["moszkvát", "moszkvával", "moszkvába"]),
    ("hu", "putyin", ["putyinnal", "putyint", "putyinhoz"]),
    ("fi", "venäjä", ["venäjän", "venäjää", "venäjällä", "venäjälle", "venäjään"]),
    ("fi", "putin", ["putinin", "putinille", "putiniin"]),
    ("ro", "rusia", ["rusiei"]),
    ("ro", "coreea", ["coreei"]),
    ("ro", "phenian", ["phenianul", "phenianului"]),
    ("sv", "ryssland", ["rysslands"]),
    ("et", "venemaa", ["venemaale", "venemaal", "venemaaga", "venemaad"]),
    ("et", "putin", ["putini", "putinile", "putiniga"]),
    ("et", "vladivostok", ["vladivostokki", "vladivostoki"]),
    ("lt", "rusija", ["rusijos", "rusijai", "rusiją", "rusijoje"]),
    ("lt", "putinas", ["putino", "putinui", "putiną", "putinu"]),
    ("lv", "krievija", ["krievijas", "krievijai", "krieviju", "krievijā"]),
    ("lv", "putins", ["putina", "putinam", "putinu"]),
    ("el", "ρωσία", ["ρωσίας"]),
    ("tr", "rusya", ["rusya'ya", "rusya’ya", "rusya'nın", "rusya'da"]),
    ("tr", "putin", ["putin'in", "putin'e", "putin'le"]),
    ("cs", "kirby", ["kirbyho", "kirbymu", "kirbym"]),
    # Slovak: Czech's endings and its own instrumental -om and adjective -ej, -ú
    ("sk", "un", ["una", "unovi", "unom"]),
    ("sk", "rusko", ["ruska", "rusku", "ruskom"]),
    ("sk", "severná", ["severnej", "severnú", "severnou"]),
    ("sk", "kórea", ["kórei", "kóreu", "kóreou"]),
    ("cs", "korea", ["koreje", "koreji", "koreou"]),
    # Russian
    ("ru", "ын", ["ына", "ыну", "ыном", "ыне"]),
    ("ru", "путин", ["путина", "путину", "путином"]),
    ("ru", "сергей", ["сергея", "сергею", "сергеем"]),
    ("ru", "корея", ["кореи", "корею", "кореей"]),
    ("ru", "северная", ["северной", "северную"]),
    ("ru", "пхеньян", ["пхеньяна", "пхеньяне"]),
    # Ukrainian
    ("uk", "путін", ["путіна", "путіну", "путіном", "путінові"]),
    ("uk", "росія", ["росії", "росію", "росією"]),
    ("uk", "північна", ["північної", "північній"]),
    ("uk", "владивосток", ["владивостока", "владивостоці"]),
    ("uk", "ин", ["ина", "ину"]),
    ("uk", "харків", ["харкова", "харкову", "харкові"]),
    ("uk", "київ", ["києва", "києву"]),
    # і opening to е (Кишинева), the locative after г (у Ризі), the feminine instrumental (з Білоруссю)
    ("uk", "кишинів", ["кишинева", "кишиневі"]),
    ("uk", "рига", ["ризі", "риги"]),
    ("uk", "білорусь", ["білоруссю", "білорусі"]),
    # German genitive, Korean particles
    ("de", "putin", ["putins"]),
    ("de", "nordkorea", ["nordkoreas"]),
    ("de", "russland", ["russlands"]),
    ("de", "vereinigte", ["vereinigten"]),
    ("de", "russische", ["russischen"]),
    ("ko", "러시아", ["러시아에", "러시아는", "러시아와", "러시아의"]),
    ("ko", "북한", ["북한이", "북한은", "북한에서"]),
    ("ko", "김정은", ["김정은은", "김정은이"]),
]


@pytest.mark.parametrize(("lang", "word", "expected"), FORMS)
def test_inflected_forms(lang: str, word: str, expected: list[str]) -> None:
    forms = inflect(word, lang)
    missing = [form for form in expected if form not in forms]
    assert not missing, f"{lang} {word}: missing {missing}"


NOT_FORMS = [
    ("pl", "rosja", ["rosyjski", "rosjanie", "rosjan"]),
    ("pl", "putin", ["putinizm", "putinizmie", "putinowski"]),
    ("pl", "korea", ["koreański", "koreańczycy"]),
    ("ru", "путин", ["путинизм", "путинский"]),
    ("ru", "россия", ["российский", "россиянин"]),
    ("de", "putin", ["putinversteher"]),
    ("de", "russland", ["russisch"]),
    ("uk", "росія", ["російський"]),
]


@pytest.mark.parametrize(("lang", "word", "derived"), NOT_FORMS)
def test_derived_words_are_not_forms(lang: str, word: str, derived: list[str]) -> None:
    forms = inflect(word, lang)
    assert not [d for d in derived if d in forms]


def test_languages_without_rules_have_no_forms() -> None:
    assert inflect("putin", "en") == frozenset()
    assert inflect("putin", "xx") == frozenset()


def test_the_base_form_is_not_repeated() -> None:
    assert "putin" not in inflect("putin", "pl")


@pytest.mark.parametrize(
    ("lang", "word", "bare"),
    [
        ("fr", "d'ukraine", "ukraine"),
        ("fr", "l'iran", "iran"),
        ("fr", "jusqu'à", "à"),
        ("it", "dell'iran", "iran"),
        ("fr", "ukraine", None),
        ("pl", "d'ukraine", None),
        ("fr", "l'", None),
    ],
)
def test_elision(lang: str, word: str, bare: str | None) -> None:
    assert strip_elision(word, lang) == bare


@pytest.mark.parametrize(
    ("word", "stems"),
    [
        ("김정은동지께서", ["김정은"]),
        ("김정은동지께서는", ["김정은"]),
        ("뿌찐동지를", ["뿌찐"]),
        ("푸틴대통령과", ["푸틴"]),
        ("북한국무위원장", ["북한"]),  # the longest title is taken whole, not "북한국무" + 위원장
        ("국무위원장", []),  # a title alone
        ("부위원장", []),  # a stem keeps two syllables
        ("김정은", []),
        ("러시아에서", []),
    ],
)
def test_korean_title_stems(word: str, stems: list[str]) -> None:
    assert korean_title_stems(word) == stems


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("북한군", [("북한", "군", "")]),
        ("북한군의", [("북한", "군", "의")]),
        ("러시아제", [("러시아", "제", "")]),
        ("북한산에", [("북한", "산", "에")]),
        ("부산", []),  # a stem keeps two syllables
        ("러시아", []),
    ],
)
def test_korean_compounds(word: str, found: list[tuple[str, str, str]]) -> None:
    assert korean_compounds(word) == found
