"""Inflected forms of name words the analysers do not know, generated from the base (nominative) form.

The knowledge base lists names in their base form ("Kim Dzong Un", "Pjongjang", "Ким Чен Ын"). A
Polish article writes "Kim Dzong Una", "o Kimie Dzong Unie", "w Pjongjangu"; Russian "Ким Чен Ына".
Morphological dictionaries know "Rosja" and "Путин" but rarely "Dzong" or "Szojgu", so each name word
is expanded here, once when the index is built, into the forms its declension class can take. Matching
then stays a dict lookup per token. Over-generation is cheap and nearly harmless: a generated form is
only ever looked up as part of that actor's name, never as a free-standing word.

Every function takes and returns case-folded words.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = [
    "ELISIONS",
    "KOREAN_PARTICLES",
    "KOREAN_TITLES",
    "inflect",
    "korean_compounds",
    "korean_glued_stems",
    "korean_prefix_stems",
    "korean_stems",
    "korean_title_stems",
    "strip_elision",
]

# French/Italian/Catalan elided articles and prepositions glued to the next word ("d'Ukraine").
ELISIONS: dict[str, tuple[str, ...]] = {
    "fr": ("jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "qu'", "l'", "d'", "s'", "n'", "j'", "c'", "m'", "t'"),
    "it": ("dell'", "nell'", "all'", "dall'", "sull'", "quell'", "un'", "l'", "d'"),
    "ca": ("l'", "d'", "s'"),
}

KOREAN_PARTICLES: tuple[str, ...] = (
    "서", "선",  # contracted 에서 / 에선: 평양서, 모스크바선
    "은", "는", "이", "가", "을", "를", "에", "에서", "의", "와", "과", "로", "으로",
    "도", "만", "에게", "께서", "부터", "까지", "에서는", "에서도", "에서의", "에는", "에도",
    "과의", "와의", "으로의", "로의", "과는", "와는", "이나", "나", "랑", "처럼", "보다", "조차", "한테",
    # "나" and "랑" after a vowel, as 이나 and 이랑 after a consonant: 러시아나 중국
    "이며", "이고", "이다", "였다", "이었다", "측은", "측이", "으로부터", "로부터", "에게서",
    "한테서", "으로서", "로서", "으로써", "로써", "과도", "와도", "에서부터", "에선", "엔",
    "에게는", "에게도", "으로는", "로는", "으로도", "로도", "만이", "만을", "마저", "까지도",
    "조차도", "이라고", "라고", "이라는", "라는", "이라며", "라며", "께서는", "측의", "측과",
    "측에", "측도", "측에서", "이든", "든", "이란", "란",
    "께", "이야말로", "야말로",  # 김정은동지께 (to, honorific), 미국이야말로 (the US, of all)
    # particles stacked on "from", "until", "than", "only", "like": 중국으로부터의 관광객 (tourists from China),
    # 러시아로부터도, 미국보다는, 북한에만, 한국만큼
    "으로부터의", "로부터의", "으로부터는", "로부터는", "으로부터도", "로부터도", "에서부터의", "까지의", "까지는",
    "보다는", "보다도", "에만", "에서만", "으로만", "로만", "만큼", "만큼은", "에서처럼", "에서와", "에게만",
    "과만", "와만",  # "with only": 미국과만 대화하겠다
    # "between", which the North's spelling glues on: "평양과 모스크바사이의", "라브로브사이의 회담"
    "사이", "사이의", "사이에", "사이에서", "사이를", "사이로", "사이에는", "사이에도",
    # "only": "포탄을 보낸 나라는 북한뿐이다" (North Korea alone), "러시아뿐만 아니라" (not only Russia)
    "뿐", "뿐이다", "뿐이며", "뿐이고", "뿐이었다", "뿐인", "뿐만", "뿐만이",
    # the copula's past joining the next clause: "2위는 중국이었으며" (second was China, and ...), "러시아였고"
    "이었으며", "이었고", "였으며", "였고",
    # "as", "for" with a topic or possessive stacked on: "한국으로서는 ... 경계해야 한다" (for South Korea)
    "으로서는", "로서는", "으로서도", "로서도", "으로서의", "로서의",
)

# Titles and honorifics that North Korean texts write glued to a name, as web copy in the South sometimes does:
# "김정은동지께서", "뿌찐동지를", "김여정부부장은", "푸틴대통령과", "트럼프행정부는" (the name said outright, as "the
# Trump administration" says it in English). Longest first, so that "국무위원장" is taken whole.
KOREAN_TITLES: tuple[str, ...] = tuple(sorted((
    "동지", "동무", "원수님", "위원장", "국무위원장", "총비서", "대통령", "총리", "주석", "장관", "외무상", "국방상",
    "외무장관", "국방장관", "외교장관", "부부장", "여사", "대변인", "대사", "특사", "정권", "행정부", "당국", "비서",
), key=len, reverse=True))

# Nouns Korean glues to a place's name to make a compound that names it: "북한군" (North Korea's army),
# "북한산 탄약" (ammunition made in North Korea), "러시아제 전투기" (Russian-made fighters), "블라디보스토크행
# 열차" (a train bound for Vladivostok), "평양발 보도" (a report from Pyongyang), "울라지보스또크주재 총령사관" (the
# consulate stationed in Vladivostok), "블라디보스토크항" (Vladivostok's port), "블라디보스토크역서" (at Vladivostok's
# station), and its bodies glued on as the press often writes them ("러시아국방부", "북한당국"), its missions ("주유엔
# 한국대표부", "러시아총영사관") and its side in talks ("북한측은").
KOREAN_COMPOUND_NOUNS: tuple[str, ...] = ("군", "산", "제", "행", "발", "국방부", "외무부", "외교부", "정부", "대사관",
                                          "국방성", "외무성", "당국", "주재", "항", "역", "대표부", "영사관",
                                          "총영사관", "측")
# A station (역) after a river's name (강) is named after the river's town: "두만강역" is Tumangang, not the Tumen.
_STATION, _RIVER = "역", "강"

# Names only the North spells so, which its press glues to whatever noun follows, as it does every compound:
# "로씨야련방사이의" (between ... and the Russian Federation), "로씨야군대", "로씨야관광객들". Longest first.
KOREAN_GLUING_NAMES: tuple[str, ...] = ("로씨야련방", "로씨야", "로씨아")
# What after such a name makes a word for its language or its people, not the state: 로씨야어, 로씨야말,
# 로씨야사람, 로씨야인 (but 로씨야인민, the people of Russia, names it), 로씨야계, 로씨야식 (Russian-style).
_NOT_GLUED_ON = ("어", "말", "사람", "계", "식")

# Words glued before the name of a state: the North's scornful "괴뢰한국" (the puppet ROK), and 주 (posted to) in the
# titles of envoys and missions: "주북한 러시아 대사" (Russia's ambassador to North Korea), "주러시아 대사관". Where the
# whole reads as other words ("주인도": 주인 + 도, the owner too; "주가나": share prices or), the name is a weak one,
# which counts only beside a state's word ("주인도 대사관"); not so Doha, in the verb 주도하다 (to lead): "주도하는".
KOREAN_PREFIXES: tuple[str, ...] = ("괴뢰", "주")
_NOT_PREFIXED: dict[str, tuple[str, ...]] = {"주": ("도하",)}

_PL_VOWELS = set("aeiouyąęó")
# Polish locative/dative of a hard consonant stem: the consonant softens before "-e".
_PL_SOFTEN = {"r": "rze", "t": "cie", "d": "dzie", "ł": "le", "k": "ce", "g": "dze", "h": "sze"}
_PL_SOFT = {"ń": "ni", "ś": "si", "ć": "ci", "ź": "zi", "dź": "dzi"}


def _polish(word: str) -> set[str]:
    last = word[-1]
    out: set[str] = set()
    if last == "a":  # Rosja, Korea, Moskwa, Ukraina, Północna, Rosyjska
        stem = word[:-1]
        out |= {stem + end for end in ("y", "i", "ę", "ą", "o", "e", "ie", "ej")}
        if stem.endswith(("k", "g")):
            out |= {stem + "iej", stem + "i"}
        if stem.endswith(("j", "e", "i")):
            out |= {stem + "i", stem + "ji"}
        soft = _PL_SOFTEN.get(stem[-1:]) if stem else None
        if soft:
            out.add(stem[:-1] + soft)
        if stem.endswith("st"):
            out.add(stem[:-2] + "ście")
        return out
    if last in "ey" and len(word) > 2:
        if word.endswith("ie"):  # plural adjectives: Arabskie
            out |= {word[:-1] + end for end in ("ch", "m", "mi")}
        elif word.endswith("e"):  # Zjednoczone; foreign names in -e: Ruttego, z Ruttem; Vance'a, z Vance'em
            out |= {word[:-1] + end for end in ("ych", "ym", "ymi")}
            out |= {word + end for end in ("go", "mu", "m", "'a", "'owi", "'em", "'u")}
        else:  # plural nouns (Stany, Chiny) or foreign -y names, declined as adjectives (Kirby'ego, z Kirbym)
            out |= {word[:-1] + end for end in ("ów", "om", "ami", "ach")}
            out |= {word + "'ego", word + "'emu", word + "'m", word + "m"}
        return out
    if last == "o":  # Kosowo; Tokio stays as it is, the extra forms are harmless
        stem = word[:-1]
        return {stem + end for end in ("a", "u", "em", "ie")}
    if last == "i" and word.endswith(("ki", "gi")) and len(word) > 3:
        # Surnames in -ski, -cki, -dzki decline as adjectives: Zełenskiego, Zełenskiemu, z Zełenskim
        return {word + end for end in ("ego", "emu", "m", "ch", "mi")}
    if last == "i" and len(word) > 2:  # Modi: Modiego, z Modim; Chamenei: z Chameneim
        return {word + end for end in ("ego", "emu", "m", "'ego", "'emu", "'m")}
    if last in _PL_VOWELS:
        return {word + "'ego", word + "'emu", word + "'m"} if last in "iu" else out
    for soft, base in _PL_SOFT.items():
        if word.endswith(soft):
            stem = word[: -len(soft)] + base
            return {stem + end for end in ("a", "u", "owi", "em", "e")}
    out |= {word + end for end in ("a", "u", "owi", "em", "ie", "e", "owie", "ów", "om", "ami", "ach", "y")}
    if last in "kg":  # Mark: z Markiem
        out.add(word + "iem")
    soft = _PL_SOFTEN.get(last)
    if soft and last not in "kgh":
        out.add(word[:-1] + soft)
    if word.endswith("st"):
        out.add(word[:-2] + "ście")
    if word.endswith("ek") and len(word) > 3:  # -ek drops its e: Władywostoczek is not a thing, but Bartek is
        out.add(word[:-2] + "ka")
    return out


def _czech(word: str) -> set[str]:
    last = word[-1]
    if last == "a":  # Ukrajina, Korea
        stem = word[:-1]
        out = {stem + end for end in ("y", "e", "ě", "u", "ou", "i")}
        if stem.endswith("e"):
            out |= {stem + "je", stem + "ji"}
        return out
    if last == "o":  # Rusko
        stem = word[:-1]
        return {stem + end for end in ("a", "u", "em", "ě", "e")}
    if last == "á":  # adjectives: Severní stays, Jižní stays, -á declines
        stem = word[:-1]
        return {stem + end for end in ("é", "ou")}
    if last == "ý":
        stem = word[:-1]
        return {stem + end for end in ("ého", "ému", "ém", "ým")}
    if last == "í":
        return {word + end for end in ("ho", "mu", "m")}
    if last == "u":  # foreign names in -u decline as hard masculines: Šojgua, Šojguovi, se Šojguem
        return {word + end for end in ("a", "ovi", "em")}
    if last == "y":  # and those in -y as adjectives: Kirbyho, Kirbymu, s Kirbym
        return {word + end for end in ("ho", "mu", "m")}
    if last in "ei":
        return set()
    out = {word + end for end in ("a", "u", "ovi", "em", "e", "ě", "ové", "ů", "y", "i", "ům", "ech")}
    if last == "r":
        out.add(word[:-1] + "ře")
    return out


_RU_HUSH = set("кгхжшчщц")


def _russian(word: str) -> set[str]:
    if word.endswith("ия"):
        stem = word[:-1]
        return {stem + end for end in ("и", "ю", "ей", "ею")}
    if word.endswith(("ая", "яя")):  # adjectives: Северная, Южная
        stem = word[:-2]
        return {stem + end for end in ("ой", "ую", "ою", "ей", "юю")}
    if word.endswith(("ий", "ый", "ой")):
        stem = word[:-2]
        return {stem + end for end in ("ого", "ому", "им", "ым", "ом", "его", "ему", "ем")}
    last = word[-1]
    stem = word[:-1]
    if last == "а":
        return {stem + end for end in ("ы", "и", "е", "у", "ой", "ою", "ей")}
    if last == "я":
        return {stem + end for end in ("и", "е", "ю", "ей", "ею")}
    if last == "й":
        return {stem + end for end in ("я", "ю", "ем", "е", "и", "ев")}
    if last == "ь":
        return {stem + end for end in ("я", "ю", "ем", "е", "и", "ью")}
    if last in "оеиуюэы":
        return set()
    out = {word + end for end in ("а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")}
    if last in _RU_HUSH:
        out |= {word + "и", word + "ем"}
    return out


_UK_LOCATIVE = {"к": "ці", "г": "зі", "х": "сі"}


def _ukrainian(word: str) -> set[str]:
    if word.endswith("ія"):
        stem = word[:-1]
        return {stem + end for end in ("ї", "ю", "єю", "є")}  # the vocative too: «Росіє, ...»
    if word.endswith(("на", "ька", "ська", "ва")) and len(word) > 4:
        stem = word[:-1]
        out = {stem + end for end in ("ої", "ій", "у", "ою", "и", "і", "о")}
        return out
    if word.endswith(("ий", "ій")):
        stem = word[:-2]
        return {stem + end for end in ("ого", "ому", "им", "ім", "ього", "ьому")}
    last = word[-1]
    stem = word[:-1]
    if last == "а":
        out = {stem + end for end in ("и", "і", "у", "ою", "о", "ей")}
        if stem[-1:] in _UK_LOCATIVE:  # the locative after г, к, х: Рига -> у Ризі, Прага -> у Празі
            out.add(stem[:-1] + _UK_LOCATIVE[stem[-1]])
        return out
    if last == "я":
        return {stem + end for end in ("і", "ї", "ю", "ею", "єю")}
    if last == "й":
        return {stem + end for end in ("я", "ю", "єві", "єм", "ї", "еві", "ем")}
    if last == "ь":
        out = {stem + end for end in ("я", "ю", "еві", "ем", "і", "ю")}
        if stem[-1:].isalpha() and stem[-1:] not in "аеиіїоуюяє":  # feminine: Білорусь -> з Білоруссю
            out.add(stem + stem[-1] + "ю")
        return out
    if last in "оеиуюєії":
        return set()
    out = {word + end for end in ("а", "у", "ові", "ом", "і", "е", "и", "ів")}
    if last in _UK_LOCATIVE:
        out.add(stem + _UK_LOCATIVE[last])
    # і/ї in the last closed syllable opens to о/е in the other cases: Харків -> Харкова, Київ -> Києва,
    # Кишинів -> Кишинева.
    if len(word) > 3 and word[-2] in "ії":
        for vowel in ("ое" if word[-2] == "і" else "є"):
            opened = word[:-2] + vowel + last
            out |= {opened + end for end in ("а", "у", "ові", "ом", "і", "е")}
    return out


def _german(word: str) -> set[str]:
    if word.endswith(("s", "ß", "x", "z")):
        return {word + "'", word + "’"}
    if not word[-1:].isalpha():
        return set()
    out = {word + "s", word + "es"}
    if word.endswith("e"):  # an adjective in a name: die Vereinigten Staaten, der Russischen Föderation
        # (not the people of a noun's country: die Ukraine, die Ukrainer)
        out |= {word + end for end in (("n", "m") if word.endswith("ine") else ("n", "m", "r"))}
    return out


def _korean(word: str) -> set[str]:
    return {word + particle for particle in KOREAN_PARTICLES}


def _slovak(word: str) -> set[str]:
    """Czech's endings and Slovak's own: the instrumental in -om ("s Kim Čong-unom", "s Ruskom") and the
    adjective's -ej, -ú ("v Severnej Kórei", "Severnú Kóreu")."""
    out = _czech(word)
    last = word[-1]
    if last == "o":
        out.add(word[:-1] + "om")
    elif last == "á":
        out |= {word[:-1] + end for end in ("ej", "ú")}
    elif last == "ý":
        out.add(word[:-1] + "om")
    elif last not in "aeiuyí":
        out |= {word + end for end in ("om", "ovia", "ov", "och")}
    return out


_CYRILLIC = frozenset("абвгдђежзијклљмнњопрстћуфхцчџшђ")


def _south_slavic(word: str) -> set[str]:
    """Croatian, Serbian, Bosnian and Slovene: "Rusija" -> Rusije, Rusiji, Rusiju, Rusijom (Slovene Rusijo);
    "Sjeverna" -> Sjeverne, Sjevernoj; "Putin" -> Putina, Putinu, Putinom; "Kirby" -> Kirbyja, Kirbyjem; in Latin
    or Cyrillic letters."""
    cyrillic = word[-1] in _CYRILLIC
    last = word[-1]
    if last in ("a", "а"):
        stem = word[:-1]
        feminine = ("е", "и", "у", "ом", "о", "ој") if cyrillic else ("e", "i", "u", "om", "o", "oj")
        return {stem + end for end in feminine}
    if last in ("o", "о"):
        stem = word[:-1]
        return {stem + end for end in (("а", "у", "ом") if cyrillic else ("a", "u", "om"))}
    # Foreign names in -u, -y, -i in Latin letters take a j before the ending (Slovene and Croatian: Šojguja,
    # s Šojgujem, Kirbyju); Serbian and the older Croatian usage write Šojgua, sa Šojguom.
    glide = {word + "j" + end for end in ("a", "u", "em", "om", "e")} if last in "uyi" else set()
    if last in ("u", "у"):
        return glide | {word + end for end in (("а", "ом") if cyrillic else ("a", "om"))}
    if last in "eiyеи":
        return glide
    endings: tuple[str, ...] = ("а", "у", "ом", "ем", "е", "ове", "ови", "има") if cyrillic else (
        "a", "u", "om", "em", "e", "ove", "ovi", "ima")
    return {word + end for end in endings}


# Hungarian case suffixes, in both vowel harmonies (over-generation is harmless): the accusative and the
# instrumental and translative, whose v assimilates to a final consonant, are built apart.
_HU_SUFFIXES = ("ban", "ben", "ba", "be", "ból", "ből", "nak", "nek", "nál", "nél", "hoz", "hez", "höz", "tól",
                "től", "ról", "ről", "ra", "re", "ig", "ért", "ként", "on", "en", "ön", "n")
_HU_LONG = {"a": "á", "e": "é"}


def _hungarian(word: str) -> set[str]:
    """ "Oroszország" -> Oroszországgal, Oroszországba, Oroszországot; "Moszkva" -> Moszkvát, Moszkvával;
    "Putyin" -> Putyinnal, Putyint. Not the adjective in -i (moszkvai), which names no actor."""
    last = word[-1]
    if last in _HU_LONG:
        stem = word[:-1] + _HU_LONG[last]
        return {stem + end for end in (*_HU_SUFFIXES, "t", "val", "vel", "vá", "vé")}
    if last in "áéiíoóöőuúüű":
        return {word + end for end in (*_HU_SUFFIXES, "t", "val", "vel", "vá", "vé")}
    out = {word + end for end in _HU_SUFFIXES if end not in ("on", "en", "ön", "n")}
    out |= {word + end for end in ("ot", "et", "öt", "at", "t", "on", "en", "ön")}
    out |= {word + last + end for end in ("al", "el", "á", "é")}  # Oroszországgal, Putyinnal
    return out


def _finnish(word: str) -> set[str]:
    """ "Venäjä" -> Venäjän, Venäjää, Venäjällä, Venäjälle, Venäjään; "Putin" -> Putinin, Putinille, Putiniin.
    The harmony of the last part of a compound ("Pohjois-Korea" -> Pohjois-Koreassa)."""
    tail = word.rsplit("-", 1)[-1]
    a = "a" if any(ch in "aou" for ch in tail) else "ä"
    last = word[-1]
    if last in "aeiouyäö":
        stem = word
        out = {stem + "n", stem + last + "n"}  # Venäjän; illative Venäjään
        if last in "aä":
            out.add(stem + a)  # partitive Venäjää
        else:
            out.add(stem + "t" + a)
    else:
        stem = word + "i"  # Putin -> Putini-: Putinin, Putinia, Putiniin
        out = {stem + "n", stem + a, stem + "in"}
    out |= {stem + end for end in ("ss" + a, "st" + a, "ll" + a, "lt" + a, "lle", "n" + a, "ks" + "i")}
    return out


def _romanian(word: str) -> set[str]:
    """The article glued on: "Phenian" -> Phenianul, Phenianului; "Rusia" -> Rusiei; "Coreea" -> Coreei."""
    last = word[-1]
    if word.endswith("ea"):
        return {word[:-1] + "i"}
    if last == "a":
        return {word[:-1] + "ei"}
    if last in "ăeiou":
        return {word + "lui"} if last == "e" else set()
    return {word + "ul", word + "ului", word + "u"}


def _estonian(word: str) -> set[str]:
    """ "Venemaa" -> Venemaale, Venemaal, Venemaaga, Venemaad; "Putin" -> Putini, Putinile, Putiniga;
    "Vladivostok" -> Vladivostokki."""
    stem = word if word[-1] in "aeiouõäöü" else word + "i"
    out = {stem + end for end in ("le", "l", "lt", "s", "st", "sse", "ga", "ks", "ni", "na", "ta", "d", "t")}
    if stem != word:
        out.add(stem)  # the genitive: Putini
        if word[-1] in "kpt":
            out.add(word + word[-1] + "i")  # the short illative doubles a final stop: Vladivostokki
    return out


def _lithuanian(word: str) -> set[str]:
    """ "Rusija" -> Rusijos, Rusijai, Rusiją, Rusijoje; "Putinas" -> Putino, Putinui, Putiną, Putinu."""
    if word.endswith("as"):
        stem = word[:-2]
        return {stem + end for end in ("o", "ui", "ą", "u", "e", "ai", "ų")}
    if word.endswith("is"):
        stem = word[:-2]
        return {stem + end for end in ("io", "iui", "į", "iu", "yje", "ių")}
    if word.endswith("ė"):
        stem = word[:-1]
        return {stem + end for end in ("ės", "ei", "ę", "e", "ėje")}
    if word.endswith("a"):
        stem = word[:-1]
        return {stem + end for end in ("os", "ai", "ą", "oje", "ų")}
    # a foreign name with no ending of its own takes -as first: Pchenjan -> Pchenjano
    return {word + end for end in ("o", "ui", "ą", "u", "e", "as")}


def _latvian(word: str) -> set[str]:
    """ "Krievija" -> Krievijas, Krievijai, Krieviju, Krievijā; "Putins" -> Putina, Putinam, Putinu, Putinā."""
    if word.endswith("a"):
        stem = word[:-1]
        return {stem + end for end in ("as", "ai", "u", "ā", "ām")}
    if word.endswith("e"):
        stem = word[:-1]
        return {stem + end for end in ("es", "ei", "i", "ē")}
    if word.endswith("is"):
        stem = word[:-2]
        return {stem + end for end in ("a", "im", "i", "ī")}
    if word.endswith("s"):
        stem = word[:-1]
        return {stem + end for end in ("a", "am", "u", "ā", "i")}
    return {word + end for end in ("a", "am", "u", "ā")}


def _greek(word: str) -> set[str]:
    """ "ρωσία" -> ρωσίας; "κορέα" -> κορέας; "βόρεια" -> βόρειας; -ος -> -ου, -ο."""
    if word.endswith("ος"):
        stem = word[:-2]
        return {stem + end for end in ("ου", "ο", "οι")}
    if word.endswith(("α", "ά", "η", "ή")):
        return {word + "ς"}
    return set()


# Turkish writes a proper name's case ending after an apostrophe: Rusya'ya, Kuzey Kore'nin, Putin'in, Moskova'da.
# Not the derivations -lI and -sIz: "ABD'li yetkililer" are American officials, no mention of the US.
_TR_SUFFIXES = ("a", "e", "ya", "ye", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "da", "de", "ta", "te", "dan", "den",
                "tan", "ten", "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "la", "le", "yla", "yle", "ca", "ce",
                "ya da", "dır", "dir", "daki", "deki", "taki", "teki", "dakı", "ndan", "nden", "na", "ne")


def _turkish(word: str) -> set[str]:
    return {word + mark + end for mark in ("'", "’") for end in _TR_SUFFIXES if " " not in end}


def _scandinavian(word: str) -> set[str]:
    """The genitive: "Ryssland" -> Rysslands, "Putin" -> Putins (not after s, x, z)."""
    return set() if word[-1] in "sxz" else {word + "s"}


_RULES: dict[str, Callable[[str], set[str]]] = {
    "hr": _south_slavic,
    "sr": _south_slavic,
    "sl": _south_slavic,
    "hu": _hungarian,
    "fi": _finnish,
    "et": _estonian,
    "lt": _lithuanian,
    "lv": _latvian,
    "el": _greek,
    "tr": _turkish,
    "ro": _romanian,
    "sv": _scandinavian,
    "da": _scandinavian,
    "no": _scandinavian,
    "pl": _polish,
    "cs": _czech,
    "sk": _slovak,
    "ru": _russian,
    "be": _russian,
    "uk": _ukrainian,
    "de": _german,
    "ko": _korean,
}


def inflect(word: str, lang: str) -> frozenset[str]:
    """Inflected forms of the case-folded name word ``word`` in ``lang`` (without ``word`` itself).

    Acronyms are not given here in upper case, so callers skip them: "KRLD", "USA", "КНДР" do not
    decline in running text.
    """
    rule = _RULES.get(lang)
    # Korean declines a one-character hanja abbreviation too: "美의", "露가".
    if rule is None or (len(word) < 2 and lang != "ko") or (not word[-1].isalpha() and lang != "ko"):
        return frozenset()
    return frozenset(form for form in rule(word) if form != word)


def strip_elision(word: str, lang: str) -> str | None:
    """The word after an elided article ("d'ukraine" -> "ukraine"), or None when there is none."""
    for prefix in ELISIONS.get(lang, ()):
        if word.startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix):]
    return None


# The particles by their last syllable, in KOREAN_PARTICLES' order: a word is tested only against those it may
# end in (a few of the hundred), once for each of the four ways a new Hangul word is read.
_PARTICLES_BY_LAST: dict[str, tuple[str, ...]] = {}
for _particle in KOREAN_PARTICLES:
    _PARTICLES_BY_LAST[_particle[-1]] = (*_PARTICLES_BY_LAST.get(_particle[-1], ()), _particle)


def korean_stems(word: str) -> list[str]:
    """The word without each Korean particle it may end in ("러시아로부터" -> "러시아"): how a Korean name quoted
    in another language's article is found, without indexing every particle form for every language."""
    return [word[: -len(particle)] for particle in _PARTICLES_BY_LAST.get(word[-1:], ())
            if len(word) > len(particle) and word.endswith(particle)]


def korean_title_stems(word: str) -> list[str]:
    """The word without a title glued to its end, with or without a particle after it ("김정은동지께서" ->
    "김정은", "푸틴대통령과" -> "푸틴"); empty when no title is glued on. A stem keeps at least two syllables."""
    out: list[str] = []
    for rest in (word, *korean_stems(word)):
        for title in KOREAN_TITLES:
            if rest.endswith(title):
                if len(rest) >= len(title) + 2:  # not the title alone: "국무위원장" is no "국무"
                    out.append(rest[: -len(title)])
                break
    return out


def korean_prefix_stems(word: str) -> list[str]:
    """The word without a prefix glued to its start, with and without its particle ("괴뢰한국은" -> "한국은", "한국";
    "주북한" -> "북한"); empty when there is none."""
    for prefix in KOREAN_PREFIXES:
        if word.startswith(prefix) and len(word) >= len(prefix) + 2:
            rest = word[len(prefix):]
            if rest.startswith(_NOT_PREFIXED.get(prefix, ())):
                return []
            return [rest, *korean_stems(rest)]
    return []


def korean_glued_stems(word: str) -> list[str]:
    """The North's spelling of a name with any noun glued on ("로씨야군대와" -> "로씨야"), unless the noun makes
    a word for the language or the people; empty for every other word."""
    for name in KOREAN_GLUING_NAMES:
        if word.startswith(name) and len(word) > len(name):
            tail = word[len(name):]
            if tail.startswith(_NOT_GLUED_ON) or (tail.startswith("인") and not tail.startswith("인민")):
                return []
            return [name]
    return []


def korean_compounds(word: str) -> list[tuple[str, str, str]]:
    """(stem, compound noun, particle) for each way the word is a name with a compound noun glued on
    ("북한군의" -> ("북한", "군", "의"), "러시아제" -> ("러시아", "제", "")); the stem keeps two syllables."""
    out: list[tuple[str, str, str]] = []
    for rest in (word, *korean_stems(word)):
        particle = word[len(rest):]
        for noun in KOREAN_COMPOUND_NOUNS:
            if rest.endswith(noun) and len(rest) >= len(noun) + 2:
                stem = rest[: -len(noun)]
                if noun == _STATION and stem.endswith(_RIVER):
                    continue  # a station named after a river is its town's: "두만강역" (Tumangang), "대동강역"
                out.append((stem, noun, particle))
    return out

