"""A synthetic multilingual news corpus for bench/enrich.py (pl, en, ru, uk, de, fr, ko).

Articles are assembled from sentence templates written for this benchmark, with actor names in
inflected forms, invented surnames (words no dictionary knows), numbers and dates, so the lemma
cache sees a realistic mix of repeated vocabulary and new words. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = ["LANGS", "BenchArticle", "build_corpus"]

LANGS = ("pl", "en", "ru", "uk", "de", "fr", "ko")


@dataclass(frozen=True)
class BenchArticle:
    id: str
    lang: str
    title: str
    text: str


PEOPLE = {
    "pl": [
        "Władimir Putin",
        "Władimira Putina",
        "Władimirowi Putinowi",
        "Kim Dzong Un",
        "Kim Dzong Una",
        "Kim Dzong Unem",
        "Siergiej Szojgu",
        "Siergieja Ławrowa",
        "Donalda Trumpa",
        "John Kirby",
        "Putinem",
        "Ławrow",
    ],
    "en": [
        "Vladimir Putin",
        "Putin's",
        "Kim Jong Un",
        "Kim Jong-un",
        "Sergei Shoigu",
        "Sergei Lavrov",
        "Donald Trump",
        "John Kirby",
        "Kim Yo Jong",
        "Mr. Putin",
    ],
    "ru": [
        "Владимир Путин",
        "Владимира Путина",
        "Путину",
        "Ким Чен Ын",
        "Ким Чен Ына",
        "Ким Чен Ыном",
        "Сергей Шойгу",
        "Сергея Лаврова",
        "Дональда Трампа",
        "Джон Кирби",
    ],
    "uk": [
        "Володимир Путін",
        "Путіна",
        "Путіну",
        "Кім Чен Ин",
        "Кім Чен Ина",
        "Сергій Шойгу",
        "Сергія Лаврова",
        "Дональда Трампа",
        "Джон Кірбі",
    ],
    "de": [
        "Wladimir Putin",
        "Putins",
        "Kim Jong Un",
        "Kim Jong Uns",
        "Sergej Schoigu",
        "Sergej Lawrow",
        "Donald Trump",
        "John Kirby",
    ],
    "fr": [
        "Vladimir Poutine",
        "Poutine",
        "Kim Jong-un",
        "Sergueï Choïgou",
        "Sergueï Lavrov",
        "Donald Trump",
        "John Kirby",
    ],
    "ko": [
        "푸틴 대통령은",
        "푸틴과",
        "김정은 위원장이",
        "김정은은",
        "쇼이구 장관은",
        "라브로프 외무장관이",
        "트럼프 대통령은",
        "커비 조정관은",
    ],
}
PLACES = {
    "pl": [
        "Rosja",
        "Rosji",
        "Rosję",
        "Korei Północnej",
        "KRLD",
        "Stanów Zjednoczonych",
        "USA",
        "Ukrainy",
        "Chin",
        "Iranu",
        "Pjongjangu",
        "Moskwie",
        "Władywostoku",
        "Korei Południowej",
    ],
    "en": [
        "Russia",
        "Russia's",
        "North Korea",
        "DPRK",
        "the United States",
        "U.S.",
        "Ukraine",
        "China",
        "Iran",
        "Pyongyang",
        "Moscow",
        "Vladivostok",
        "South Korea",
    ],
    "ru": [
        "Россия",
        "России",
        "Россию",
        "КНДР",
        "Северной Кореи",
        "США",
        "Украины",
        "Китая",
        "Ирана",
        "Пхеньяне",
        "Москве",
        "Владивостоке",
        "Южной Кореи",
    ],
    "uk": [
        "Росія",
        "Росії",
        "КНДР",
        "Північної Кореї",
        "США",
        "України",
        "Китаю",
        "Ірану",
        "Пхеньяні",
        "Москві",
        "Владивостоці",
    ],
    "de": [
        "Russland",
        "Russlands",
        "Nordkorea",
        "Nordkoreas",
        "den USA",
        "der Ukraine",
        "China",
        "Iran",
        "Pjöngjang",
        "Moskau",
        "Wladiwostok",
        "Südkorea",
    ],
    "fr": [
        "la Russie",
        "Russie",
        "la Corée du Nord",
        "Corée du Nord",
        "les États-Unis",
        "l'Ukraine",
        "la Chine",
        "l'Iran",
        "Pyongyang",
        "Moscou",
        "Vladivostok",
        "la Corée du Sud",
    ],
    "ko": [
        "러시아",
        "러시아와",
        "북한이",
        "북한과",
        "미국은",
        "우크라이나",
        "중국",
        "이란",
        "평양에서",
        "모스크바",
        "블라디보스토크에서",
        "한국",
    ],
}
TEMPLATES = {
    "pl": [
        "{P} spotkał się z {Q} w {L} {D} r. i rozmawiał o dostawach amunicji.",
        "Według wywiadu {L} przekazała {N} tys. pocisków artyleryjskich dla {M}.",
        "Rzecznik {X} powiedział, że m.in. {P} i {Q} omówili współpracę wojskową.",
        "Sankcje nałożone na {L} dotyczą statków przewożących broń i rakiety.",
        "Ekspert {X} z Ośrodka Studiów Wschodnich uważa, że rozmowy trwały ok. {N} godzin.",
        "Pociąg pancerny przyjechał do {M} po {N} godzinach podróży.",
        "W komunikacie podano, że tzw. partnerstwo strategiczne obejmie technologie kosmiczne.",
        "Minister {X} zaprzeczył doniesieniom o transferze broni do {L}.",
        "Analitycy ostrzegają, że współpraca może naruszać rezolucje Rady Bezpieczeństwa ONZ.",
        "Gen. {X} poinformował o ćwiczeniach wojsk na granicy z {L}.",
        "Ceny zboża wzrosły o {N} proc. w ciągu ostatniego miesiąca.",
        "Delegacja odwiedziła zakłady lotnicze i port wojenny w {M}.",
    ],
    "en": [
        "{P} met {Q} in {M} on {D} to discuss arms deliveries to {L}.",
        "U.S. officials said {L} had shipped about {N} containers of munitions to {M}.",
        "Spokesman {X} told reporters that {P} and {Q} agreed to deepen military cooperation.",
        "Sanctions imposed by {L} target ships carrying ammunition and missiles.",
        "Analyst {X} of the Institute for Security Studies said the talks lasted {N} hours.",
        "The armoured train arrived in {M} after a journey of {N} hours.",
        "The statement said the strategic partnership would cover space technology.",
        "Minister {X} denied reports of weapons transfers to {L}.",
        "Experts warn the cooperation may violate UN Security Council resolutions.",
        "Gen. {X} announced military drills near the border with {L}.",
        "Grain prices rose {N} percent over the past month.",
        "The delegation visited an aircraft plant and a naval base near {M}.",
    ],
    "ru": [
        "{P} встретился с {Q} в {M} {D} г. и обсудил поставки боеприпасов.",
        "По данным разведки, {L} передала {N} тыс. артиллерийских снарядов.",
        "Представитель {X} заявил, что {P} и {Q} обсудили военное сотрудничество.",
        "Санкции против {L} касаются судов, перевозящих оружие и ракеты.",
        "Эксперт {X} считает, что переговоры продолжались около {N} часов.",
        "Бронепоезд прибыл в {M} после {N} часов пути.",
        "В заявлении говорится, что т.н. стратегическое партнёрство охватит космические технологии.",
        "Министр {X} опроверг сообщения о передаче оружия.",
        "Аналитики предупреждают, что сотрудничество может нарушать резолюции Совета Безопасности ООН.",
        "Ген. {X} сообщил об учениях войск у границы {L}.",
        "Цены на зерно выросли на {N} процентов за последний месяц.",
    ],
    "uk": [
        "{P} зустрівся з {Q} у {M} {D} р. і обговорив постачання боєприпасів.",
        "За даними розвідки, {L} передала {N} тис. артилерійських снарядів.",
        "Речник {X} заявив, що {P} та {Q} обговорили військову співпрацю.",
        "Санкції проти {L} стосуються суден, що перевозять зброю та ракети.",
        "Експерт {X} вважає, що переговори тривали близько {N} годин.",
        "Бронепотяг прибув до {M} після {N} годин дороги.",
        "Міністр {X} спростував повідомлення про передачу зброї.",
        "Аналітики попереджають, що співпраця може порушувати резолюції Ради Безпеки ООН.",
        "Ціни на зерно зросли на {N} відсотків за останній місяць.",
    ],
    "de": [
        "{P} traf {Q} am {D2}. Juni in {M}, um über Waffenlieferungen zu sprechen.",
        "Nach Angaben von Geheimdiensten lieferte {L} rund {N} Container mit Munition.",
        "Sprecher {X} sagte, dass {P} und {Q} u.a. die militärische Zusammenarbeit vertiefen wollen.",
        "Die Sanktionen gegen {L} betreffen Schiffe, die Waffen und Raketen transportieren.",
        "Der Experte Dr. {X} sagte, die Gespräche hätten ca. {N} Stunden gedauert.",
        "Der gepanzerte Zug erreichte {M} nach {N} Stunden Fahrt.",
        "Minister {X} bestritt Berichte über Waffentransfers nach {L}.",
        "Experten warnen, die Zusammenarbeit könne gegen Resolutionen des UN-Sicherheitsrats verstoßen.",
        "Die Getreidepreise stiegen im vergangenen Monat um {N} Prozent.",
    ],
    "fr": [
        "{P} a rencontré {Q} à {M} le {D2} juin pour discuter de livraisons d'armes.",
        "Selon le renseignement, {L} a livré environ {N} conteneurs de munitions.",
        "Le porte-parole {X} a déclaré que {P} et {Q} veulent approfondir la coopération militaire.",
        "Les sanctions visant {L} concernent des navires transportant des armes et des missiles.",
        "L'expert {X} estime que les discussions ont duré {N} heures.",
        "Le train blindé est arrivé à {M} après {N} heures de voyage.",
        "Le ministre {X} a démenti les informations sur des transferts d'armes vers {L}.",
        "Les experts avertissent que cette coopération pourrait violer les résolutions du Conseil de sécurité.",
        "Les prix des céréales ont augmenté de {N} % le mois dernier.",
    ],
    "ko": [
        "{P} {D2}일 {M} {Q} 만나 무기 거래를 논의했다.",
        "정보 당국에 따르면 {L} 포탄 {N}만 발을 넘겼다.",
        "{X} 대변인은 {P} 군사 협력을 강화하기로 했다고 밝혔다.",
        "{L} 대한 제재는 무기와 미사일을 운반하는 선박을 겨냥한다.",
        "{X} 연구원은 회담이 {N}시간 동안 이어졌다고 말했다.",
        "장갑 열차는 {N}시간 만에 {M} 도착했다.",
        "전문가들은 이 협력이 유엔 안보리 결의를 위반할 수 있다고 경고했다.",
        "곡물 가격은 지난달 {N}% 올랐다.",
    ],
}
TITLES = {
    "pl": "{P} i {Q}: rozmowy w {M}",
    "en": "{P} and {Q} hold talks in {M}",
    "ru": "{P} и {Q}: переговоры",
    "uk": "{P} і {Q}: переговори",
    "de": "{P} und {Q} verhandeln in {M}",
    "fr": "{P} et {Q} négocient à {M}",
    "ko": "{P} {Q} 회담",
}
_SYLLABLES = {
    "latin": ["ko", "wal", "ski", "ne", "mar", "to", "vic", "ber", "ga", "ro", "lin", "dek", "sza", "mu"],
    "cyr": ["ко", "вал", "ев", "ник", "ра", "тов", "ми", "шин", "бер", "го", "лов", "дин"],
    "ko": ["박", "이", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"],
}


def _surname(rng: random.Random, lang: str) -> str:
    script = "cyr" if lang in {"ru", "uk"} else "ko" if lang == "ko" else "latin"
    parts = rng.choices(_SYLLABLES[script], k=rng.randint(2, 3))
    word = "".join(parts)
    return word if script == "ko" else word[:1].upper() + word[1:]


def _fill(template: str, rng: random.Random, lang: str) -> str:
    return template.format(
        P=rng.choice(PEOPLE[lang]),
        Q=rng.choice(PEOPLE[lang]),
        L=rng.choice(PLACES[lang]),
        M=rng.choice(PLACES[lang]),
        X=_surname(rng, lang),
        N=rng.randint(2, 900),
        D=f"{rng.randint(1, 28)} {rng.choice(['marca', 'czerwca', 'września'])} {rng.randint(2015, 2026)}"
        if lang == "pl"
        else f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.{rng.randint(2015, 2026)}",
        D2=rng.randint(1, 28),
    )


def build_corpus(n: int = 5000, seed: int = 7, sentences: tuple[int, int] = (10, 18)) -> list[BenchArticle]:
    """``n`` articles spread evenly over LANGS, each a title and 2-4 paragraphs."""
    rng = random.Random(seed)
    out: list[BenchArticle] = []
    for i in range(n):
        lang = LANGS[i % len(LANGS)]
        count = rng.randint(*sentences)
        body = [_fill(rng.choice(TEMPLATES[lang]), rng, lang) for _ in range(count)]
        cut = sorted(rng.sample(range(1, count), k=min(3, count - 1)))
        paragraphs = [" ".join(body[a:b]) for a, b in zip([0, *cut], [*cut, count], strict=True)]
        out.append(BenchArticle(f"bench-{i}", lang, _fill(TITLES[lang], rng, lang), "\n".join(paragraphs)))
    return out
