"""A small knowledge base for the matcher and topic tests: the watched actors, their namesakes and the traps.

Written in the shape core.actors ships (base forms only; inflection is the matcher's job), so these
tests do not depend on the full shipped data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from core.contracts import Actor
from enrich.matcher import ActorMatcher

__all__ = ["FixtureBase", "fixture_actors", "use_base"]

_RAW: list[tuple[str, str, str, dict[str, list[str]], dict[str, list[str]]]] = [
    ("Q7747", "person", "Vladimir Putin", {
        "en": ["Vladimir Putin", "Putin"], "pl": ["Władimir Putin", "Putin"], "de": ["Wladimir Putin", "Putin"],
        "fr": ["Vladimir Poutine", "Poutine"], "cs": ["Vladimir Putin", "Putin"],
        "ru": ["Владимир Путин", "Путин"], "uk": ["Володимир Путін", "Путін"], "ko": ["블라디미르 푸틴", "푸틴"]}, {}),
    ("Q56226", "person", "Kim Jong Un", {
        "en": ["Kim Jong Un", "Kim Jong-un"], "pl": ["Kim Dzong Un", "Kim Czong Un", "Kim Jong Un"],
        "de": ["Kim Jong-un", "Kim Jong Un"], "fr": ["Kim Jong-un"], "cs": ["Kim Čong-un", "Kim Čong Un"],
        "ru": ["Ким Чен Ын"], "uk": ["Кім Чен Ин"], "ko": ["김정은"]}, {}),
    ("Q4330912", "person", "Kim Yo Jong", {
        "en": ["Kim Yo Jong", "Kim Yo-jong"], "pl": ["Kim Jo Dzong", "Kim Yo Jong"], "de": ["Kim Yo-jong"],
        "ru": ["Ким Ё Чжон"], "uk": ["Кім Йо Чжон"], "ko": ["김여정"]}, {}),
    ("Q10665", "person", "Kim Jong Il", {
        "en": ["Kim Jong Il", "Kim Jong-il"], "pl": ["Kim Dzong Il", "Kim Czong Il"], "ru": ["Ким Чен Ир"],
        "ko": ["김정일"]}, {}),
    ("Q41117", "person", "Kim Il Sung", {
        "en": ["Kim Il Sung", "Kim Il-sung"], "pl": ["Kim Ir Sen", "Kim Il Sung"], "ru": ["Ким Ир Сен"],
        "ko": ["김일성"]}, {}),
    ("Q19966", "person", "Kim Dae-jung", {
        "en": ["Kim Dae-jung"], "pl": ["Kim Dae Dzung", "Kim Dae-jung"], "ko": ["김대중"]}, {}),
    ("Q32024", "person", "Sergei Shoigu", {
        "en": ["Sergei Shoigu", "Shoigu"], "pl": ["Siergiej Szojgu", "Szojgu"], "de": ["Sergej Schoigu", "Schoigu"],
        "ru": ["Сергей Шойгу", "Шойгу"], "uk": ["Сергій Шойгу", "Шойгу"]}, {}),
    ("Q58217", "person", "Sergei Lavrov", {
        "en": ["Sergei Lavrov", "Lavrov"], "pl": ["Siergiej Ławrow", "Ławrow"], "de": ["Sergej Lawrow", "Lawrow"],
        "ru": ["Сергей Лавров", "Лавров"], "uk": ["Сергій Лавров", "Лавров"]}, {}),
    ("Q6249125", "person", "John Kirby", {"en": ["John Kirby", "Kirby"], "pl": ["John Kirby", "Kirby"]}, {}),
    ("Q22686", "person", "Donald Trump", {
        "en": ["Donald Trump", "Trump"], "pl": ["Donald Trump", "Trump"], "de": ["Donald Trump", "Trump"],
        "ru": ["Дональд Трамп", "Трамп"], "uk": ["Дональд Трамп", "Трамп"], "ko": ["도널드 트럼프", "트럼프"]}, {}),
    ("Q1511", "person", "Richard Wagner", {"en": ["Richard Wagner"], "fr": ["Richard Wagner"]}, {}),
    ("Q25189608", "org", "Wagner Group", {
        "en": ["Wagner Group", "Wagner PMC"], "pl": ["Grupa Wagnera", "grupa Wagnera"],
        "de": ["Gruppe Wagner", "Wagner-Gruppe"],
        "fr": ["groupe Wagner"], "ru": ["ЧВК Вагнер", "ЧВК «Вагнер»", "частная военная компания «Вагнер»", "«Вагнер»"],
        "uk": ["ПВК Вагнер", "приватна військова компанія «Вагнер»"],
        "ko": ["바그너 그룹"]}, {"en": ["Wagner"], "fr": ["Wagner"], "pl": ["Wagner"], "ru": ["Вагнер"]}),
    ("x:kcna", "org", "Korean Central News Agency", {
        "en": ["Korean Central News Agency", "KCNA"], "pl": ["KCNA", "Koreańska Centralna Agencja Prasowa"],
        "ru": ["ЦТАК"], "uk": ["ЦТАК"], "ko": ["조선중앙통신"]}, {}),
    ("Q12418", "org", "Workers' Party of Korea", {"pl": ["Partia Pracy Korei"], "en": ["Workers' Party of Korea"]}, {}),
    ("x:mod-russia", "org", "Ministry of Defence of Russia", {
        "en": ["Ministry of Defence of Russia"], "ru": ["Министерство обороны России"],
        "uk": ["Міністерство оборони Росії"]}, {}),
    ("Q159", "country", "Russia", {
        "en": ["Russia", "Russian Federation"], "pl": ["Rosja", "Federacja Rosyjska"], "de": ["Russland"],
        "fr": ["Russie"], "cs": ["Rusko"], "ru": ["Россия", "Российская Федерация", "РФ"],
        "uk": ["Росія", "Російська Федерація", "РФ", "рф"], "ko": ["러시아"]}, {}),
    ("Q15180", "country", "Soviet Union", {"en": ["Soviet Union", "USSR"], "ru": ["СССР", "Советский Союз"],
                                           "pl": ["ZSRR", "Związek Radziecki"], "fr": ["URSS", "Union soviétique"],
                                           "de": ["UdSSR", "Sowjetunion"]}, {}),
    ("Q423", "country", "North Korea", {
        "en": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
        "pl": ["Korea Północna", "KRLD", "Koreańska Republika Ludowo-Demokratyczna"],
        "de": ["Nordkorea"], "fr": ["Corée du Nord", "Corée-du-Nord"], "cs": ["Severní Korea", "KLDR"],
        "ru": ["Северная Корея", "КНДР"], "uk": ["Північна Корея", "КНДР"],
        "ko": ["북한", "조선민주주의인민공화국"]}, {}),
    ("Q884", "country", "South Korea", {
        "en": ["South Korea", "Republic of Korea"], "pl": ["Korea Południowa", "Republika Korei"],
        "de": ["Südkorea"], "fr": ["Corée du Sud"], "ru": ["Южная Корея", "Республика Корея"],
        "uk": ["Південна Корея"], "ko": ["한국", "대한민국"]}, {}),
    ("Q212", "country", "Ukraine", {
        "en": ["Ukraine"], "pl": ["Ukraina"], "de": ["Ukraine"], "fr": ["Ukraine"], "cs": ["Ukrajina"],
        "ru": ["Украина"], "uk": ["Україна"], "ko": ["우크라이나"]}, {}),
    ("Q30", "country", "United States", {
        "en": ["United States", "USA", "U.S."], "pl": ["Stany Zjednoczone", "USA"],
        "de": ["Vereinigte Staaten", "USA", "US"],
        "fr": ["États-Unis"], "ru": ["США", "Соединённые Штаты"], "uk": ["США"], "ko": ["미국"]}, {}),
    ("Q794", "country", "Iran", {"en": ["Iran"], "pl": ["Iran"], "de": ["Iran"], "fr": ["Iran"], "ru": ["Иран"],
                                 "ko": ["이란"]}, {}),
    ("Q148", "country", "China", {"en": ["China"], "pl": ["Chiny", "ChRL"], "de": ["China"], "ru": ["Китай", "КНР"],
                                  "uk": ["Китай", "КНР"], "ko": ["중국"]}, {}),
    ("Q38", "country", "Italy", {"en": ["Italy"], "pl": [], "de": ["Italien"]}, {"pl": ["Włochy"]}),
    ("Q657", "country", "Chad", {"pl": ["Czad"], "de": ["Tschad"]}, {"en": ["Chad"]}),
    ("Q810", "country", "Jordan", {"pl": ["Jordania"], "de": ["Jordanien"]}, {"en": ["Jordan"]}),
    ("Q2887", "place", "Santiago", {"pl": ["Santiago de Chile"], "en": ["Santiago de Chile"]},
     {"en": ["Santiago"], "pl": ["Santiago"]}),
    ("Q18808", "place", "Pyongyang", {
        "en": ["Pyongyang"], "pl": ["Pjongjang", "Phenian"], "de": ["Pjöngjang"], "fr": ["Pyongyang"],
        "ru": ["Пхеньян"], "uk": ["Пхеньян"], "ko": ["평양"]}, {}),
    ("Q458", "org", "European Union", {"en": ["European Union", "EU"], "pl": ["Unia Europejska"]}, {}),
    ("Q221734", "place", "Rason", {"en": ["Rason", "Rajin", "Najin"], "pl": ["Rason", "Radżin"],
                                   "ru": ["Расон", "Раджин"], "uk": ["Расон", "Раджин", "Наджин"]}, {}),
    ("Q959", "place", "Vladivostok", {
        "en": ["Vladivostok"], "pl": ["Władywostok"], "de": ["Wladiwostok"], "ru": ["Владивосток"],
        "uk": ["Владивосток"], "ko": ["블라디보스토크"]}, {}),
    ("Q865", "country", "Taiwan", {"en": ["Taiwan"], "ko": ["대만", "타이완"]}, {}),
    ("Q28", "country", "Hungary", {"en": ["Hungary"], "de": ["Ungarn"], "uk": ["Угорщина"]}, {}),
    ("Q28513", "place", "Austria-Hungary", {"en": ["Austria-Hungary"], "de": ["Österreich-Ungarn"],
                                            "uk": ["Австро-Угорщина"]}, {}),
    ("Q8684", "place", "Seoul", {"en": ["Seoul"], "pl": ["Seul"], "de": ["Seoul"], "fr": ["Séoul"], "ru": ["Сеул"],
                                 "uk": ["Сеул"], "ko": ["서울"]}, {}),
    ("Q3616", "place", "Tehran", {"en": ["Tehran"], "pl": ["Teheran"], "de": ["Teheran"], "fr": ["Téhéran"],
                                  "ru": ["Тегеран"], "uk": ["Тегеран"], "ko": ["테헤란"]}, {}),
    ("Q649", "place", "Moscow", {
        "en": ["Moscow"], "pl": ["Moskwa"], "de": ["Moskau"], "fr": ["Moscou"], "cs": ["Moskva"], "ru": ["Москва"],
        "uk": ["Москва"], "ko": ["모스크바"]}, {}),
]


# The country each place lies in, as the shipped base gives it (Wikidata's P17).
_COUNTRY = {"Q18808": "Q423", "Q221734": "Q423", "Q959": "Q159", "Q8684": "Q884", "Q3616": "Q794", "Q649": "Q159"}


def fixture_actors() -> list[Actor]:
    return [Actor(id=i, type=t, name=n, names=names, weak=weak, country=_COUNTRY.get(i))  # type: ignore[arg-type]
            for i, t, n, names, weak in _RAW]


class FixtureBase:
    """The part of core.actors.ActorBase the enrich stage uses: iteration and lookup by id."""

    def __init__(self) -> None:
        self._actors = {actor.id: actor for actor in fixture_actors()}

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def get(self, actor_id: str) -> Actor | None:
        return self._actors.get(actor_id)


def use_base(nlp: Language, base: Iterable[Actor]) -> None:
    """Give a pipeline's actor matcher ``base`` (an iterable of Actors)."""
    matcher = nlp.get_pipe("newsradar_actors")
    assert isinstance(matcher, ActorMatcher)
    matcher.set_base(base)
