"""Language identification: the detector decides, the declared language only breaks ties."""

from __future__ import annotations

import pytest

from enrich.language import LANGUAGES, LanguageDetector, detect_language

TEXTS = [
    ("pl", "Kim Dzong Un spotkał się z Władimirem Putinem we Władywostoku, gdzie rozmawiali o dostawach broni."),
    ("en", "Kim Jong Un met Vladimir Putin in Vladivostok, where the two leaders discussed arms deliveries."),
    ("ru", "Ким Чен Ын встретился с Владимиром Путиным во Владивостоке, где лидеры обсудили поставки оружия."),
    ("uk", "Кім Чен Ин зустрівся з Володимиром Путіним у Владивостоці, де лідери обговорили постачання зброї."),
    ("de", "Kim Jong Un traf Wladimir Putin in Wladiwostok, wo die beiden über Waffenlieferungen sprachen."),
    ("fr", "Kim Jong-un a rencontré Vladimir Poutine à Vladivostok, où ils ont discuté de livraisons d'armes."),
    ("ko", "김정은 국무위원장은 블라디보스토크에서 푸틴 대통령과 만나 무기 거래에 대해 논의했다."),
    ("cs", "Kim Čong-un se setkal s Vladimirem Putinem ve Vladivostoku, kde jednali o dodávkách zbraní."),
    ("ja", "金正恩総書記はウラジオストクでプーチン大統領と会談し、武器の取引について協議した。"),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_detects(lang: str, text: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_a_wrong_declaration_does_not_win_over_a_clear_text(lang: str, text: str) -> None:
    wrong = "en" if lang != "en" else "de"
    assert detect_language(text, declared=wrong) == lang


def test_short_text_takes_the_declared_language() -> None:
    assert detect_language("Putin — Kim", declared="pl-PL") == "pl"
    assert detect_language("Kim meets Putin", declared="de") == "de"


def test_declared_language_breaks_a_tie_the_detector_is_unsure_about() -> None:
    # Serbian Latin and Croatian are near-identical; the declaration decides between them.
    text = "Predsjednik je rekao da će vlada sutra razgovarati o sankcijama i o novim mjerama za gospodarstvo."
    assert detect_language(text, declared="hr") == "hr"


def test_detection_is_restricted_to_known_languages() -> None:
    detector = LanguageDetector(languages=("pl", "en"))
    assert detector.languages == ("pl", "en")
    assert detector.detect(TEXTS[2][1]) in {"pl", "en"}
    assert set(LANGUAGES) >= {"pl", "en", "ru", "uk", "de", "fr", "ko"}


@pytest.mark.parametrize(
    ("declared", "text", "expected"),
    [
        ("ko", "김정은 국무위원장은 블라디보스토크에서 푸틴 대통령과 만나 무기 거래에 대해 논의했다.", "ko"),
        ("ko", "Kim Jong Un met Vladimir Putin in Vladivostok, where the two discussed arms deliveries.", "en"),
        ("ko", "Ким Чен Ын встретился с Владимиром Путиным во Владивостоке и обсудил поставки оружия.", "ru"),
        ("el", "Ο Κιμ Γιονγκ Ουν συναντήθηκε με τον Βλαντιμίρ Πούτιν στο Βλαδιβοστόκ για τα όπλα.", "el"),
        ("el", "Kim Dzong Un spotkał się z Władimirem Putinem we Władywostoku, gdzie rozmawiali o broni.", "pl"),
        ("he", "קים ג'ונג און נפגש עם ולדימיר פוטין בוולדיווסטוק ודנו באספקת נשק.", "he"),
    ],
)
def test_a_language_with_a_script_of_its_own_is_confirmed_by_the_script(
    declared: str, text: str, expected: str
) -> None:
    assert LanguageDetector().detect(text, declared) == expected
