"""Sentence splitting that knows abbreviations, initials, numbers and dotted ordinals.

A sentence ends at ``. ! ? …`` (closing quotes and brackets stay with it), at ``。！？``, or at a
line break. A dot does not end a sentence when it belongs to an abbreviation of the article's
language, to an initial, to a number, or marks an ordinal in a language that writes ordinals with
a dot; every other dot does, whatever follows it. ``split_sentences`` is the pure rule; the
``newsradar_sentences`` component applies it to a Doc (splitting a token when a boundary falls
inside it, e.g. "Putin.Kim"). For speed, one compiled pattern per language decides the dots it can
decide exactly as ``_dot_ends`` would, and asks ``_dot_ends`` about the rest; the tests hold the two
to the same answers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import cache
from typing import NamedTuple

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from enrich.tokens import IDX_COLUMN, forget_table, token_table

__all__ = [
    "ABBREVIATIONS",
    "SENTENCES_KEY",
    "TEXT_KEY",
    "SentenceSplitter",
    "doc_sentences",
    "doc_text",
    "sentence_index",
    "split_sentences",
]

# Doc.user_data keys: the text the tokenizer was given (set by enrich.pipeline's tokenizer, because
# ``doc.text`` rebuilds the string token by token) and the sentence spans computed here.
TEXT_KEY = "newsradar.text"
SENTENCES_KEY = "newsradar.sentences"

# Lower-cased, without the final dot. Only abbreviations that practically never end a sentence:
# "etc.", "usw.", "и т.д." do, so they are not here.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "pl": frozenset(
        [
            "m.in",
            "tzw",
            "gen",
            "płk",
            "ok",
            "tys",
            "ws",
            "nr",
            "im",
            "r",
            "ul",
            "dr",
            "np",
            "prof",
            "św",
            "ds",
            "tj",
            "gen.",
            "płd",
            "płn",
            "mjr",
            "kpt",
            "ppłk",
            "adm",
            "marsz",
            "min",
            "wicemin",
            "pt",
            "br",
            "pl",
        ]
    ),
    "ru": frozenset(
        [
            "т.е",
            "т.н",
            "г",
            "им",
            "ген",
            "тыс",
            "гг",
            "ул",
            "акад",
            "проф",
            "см",
            "стр",
            "д",
            "ст",
            "т.к",
            "т.ч",
            "напр",
        ]
    ),
    "uk": frozenset(["т.зв", "т.е", "р", "ім", "ген", "тис", "вул", "проф", "рр", "див", "напр", "т.ч"]),
    "de": frozenset(
        [
            "z.b",
            "u.a",
            "bzw",
            "nr",
            "dr",
            "ca",
            "d.h",
            "prof",
            "st",
            "hr",
            "vgl",
            "ggf",
            "evtl",
            "gen",
            "s.o",
            "s.u",
            "z.t",
        ]
    ),
    "en": frozenset(
        [
            "u.s",
            "mr",
            "mrs",
            "ms",
            "gen",
            "lt",
            "a.m",
            "p.m",
            "d.c",
            "dr",
            "prof",
            "sen",
            "rep",
            "col",
            "maj",
            "gov",
            "st",
            "jr",
            "sr",
            "vs",
            "capt",
            "sgt",
            "adm",
            "u.k",
            "u.n",
            "e.g",
            "i.e",
        ]
    ),
    "fr": frozenset(["m", "mme", "gén", "dr", "p.ex", "av", "j.-c"]),
    "es": frozenset(["ee", "uu", "ee.uu", "sr", "sra", "dr", "gral", "núm"]),
    "cs": frozenset(["mj", "tj", "tzv", "r", "gen", "č", "např", "mld", "mil", "dr", "prof", "plk", "tzn", "resp"]),
    "it": frozenset(["sig", "dott", "gen", "ecc"]),
    # The languages beyond the development set's seven: "so-called", "for example", "that is", "about",
    # ranks and titles, "million", and the year's abbreviation where it stands after the number ("2019 m.").
    "sk": frozenset(["tzv", "napr", "tj", "tzn", "resp", "gen", "č", "mld", "mil", "dr", "prof", "plk", "mjr"]),
    "pt": frozenset(["sr", "sra", "dr", "dra", "gen", "prof", "nº", "n.º", "ex"]),
    "nl": frozenset(["bijv", "ca", "dhr", "mevr", "dr", "prof", "gen", "mr", "resp", "nr", "mln", "mld"]),
    "hu": frozenset(["ún", "kb", "pl", "ill", "dr", "prof", "vö", "tábk", "alezr", "ezr", "sz", "mrd", "md"]),
    "ro": frozenset(["dl", "dna", "gen", "dr", "prof", "nr", "cca", "str", "mil", "mld"]),
    "sv": frozenset(["ca", "nr", "dr", "prof", "kl", "bl.a", "t.ex", "s.k", "f.d", "milj", "mdr", "gen"]),
    "da": frozenset(["ca", "nr", "dr", "prof", "kl", "bl.a", "f.eks", "dvs", "s.k", "mht", "pga", "jf", "mio", "mia",
                     "gen"]),
    "no": frozenset(["ca", "nr", "dr", "prof", "kl", "bl.a", "f.eks", "dvs", "s.k", "pga", "jf", "mht", "mill",
                     "mrd", "gen"]),
    "fi": frozenset(["ns", "esim", "mm", "ts", "n", "noin", "klo", "tri", "prof", "milj", "mrd", "kenr"]),
    "et": frozenset(["nn", "nt", "u", "dr", "prof", "kl", "mln", "mld", "a", "kol", "kindr"]),
    "lv": frozenset(["t.s", "piem", "t.i", "dr", "prof", "milj", "mljrd", "ģen", "plkv", "nr", "g"]),
    "lt": frozenset(["vad", "pvz", "t.y", "gen", "dr", "prof", "mln", "mlrd", "tūkst", "plk", "nr", "m", "d"]),
    "hr": frozenset(["tzv", "npr", "tj", "gen", "dr", "prof", "mil", "mlrd", "br", "sv", "god"]),
    "sr": frozenset(["tzv", "npr", "tj", "gen", "dr", "prof", "mil", "mlrd", "br", "god", "тзв", "нпр", "тј", "ген",
                     "др", "проф", "мил", "млрд", "бр", "год"]),
    "sl": frozenset(["t.i", "npr", "tj", "gen", "dr", "prof", "mio", "mrd", "oz", "št"]),
    "bg": frozenset(["т.нар", "напр", "т.е", "ген", "г", "гр", "д-р", "проф", "хил", "млн", "млрд", "ул", "т.к"]),
    "el": frozenset(["κ", "κα", "δηλ", "π.χ", "εκατ", "δισ", "χιλ", "αρ", "βλ", "στρατηγ"]),
    "tr": frozenset(["örn", "dr", "prof", "org", "korg", "tuğg", "tümg", "alb", "bkz", "yrd", "doç"]),
}
ABBREVIATIONS.update({"nb": ABBREVIATIONS["no"], "nn": ABBREVIATIONS["no"], "bs": ABBREVIATIONS["hr"]})
# Abbreviations that end a list as often mid-sentence as at a sentence's end ("etc.", Romanian "aprox.", Turkish
# "vb."): a sentence end only before a capital or the end of the text.
_SOFT: dict[str, frozenset[str]] = {
    "en": frozenset(["etc", "approx"]), "de": frozenset(["usw", "etc"]), "fr": frozenset(["etc"]),
    "pl": frozenset(["itd", "itp"]), "es": frozenset(["etc", "aprox"]), "pt": frozenset(["etc", "aprox"]),
    "ro": frozenset(["etc", "aprox"]), "tr": frozenset(["vb", "vs"]), "cs": frozenset(["atd", "apod"]),
    "sk": frozenset(["atď", "apod"]), "hu": frozenset(["stb"]), "fi": frozenset(["jne", "yms"]),
    "et": frozenset(["jne", "jms"]), "sv": frozenset(["osv", "etc"]), "da": frozenset(["osv", "etc"]),
    "no": frozenset(["osv", "etc"]), "hr": frozenset(["itd"]), "sr": frozenset(["itd", "итд"]),
    "sl": frozenset(["itd"]), "lv": frozenset(["utt"]), "el": frozenset(["κλπ"]),
}
_SOFT.update({"nb": _SOFT["no"], "nn": _SOFT["no"], "bs": _SOFT["hr"]})
# Abbreviations that are also ordinary words ("no", "im"): only when spelled as listed here.
# Abbreviations only as written: English "No." (number), French "MM." (messieurs; "240 mm." is millimetres).
_CASED: dict[str, frozenset[str]] = {"en": frozenset({"No"}), "fr": frozenset({"MM"})}
# Languages that write ordinals as "19." ("am 19. Juni", "80. rocznicy", "4. června").
_ORDINAL_DOT = frozenset(
    ["pl", "de", "cs", "sk", "hu", "fi", "da", "no", "nb", "nn", "sl", "hr", "sr", "bs", "et", "lv", "is", "fo", "tr"]
)
_TLDS = frozenset(
    [
        "com",
        "org",
        "net",
        "ru",
        "pl",
        "de",
        "ua",
        "kr",
        "fr",
        "uk",
        "gov",
        "int",
        "info",
        "io",
        "eu",
        "by",
        "cn",
        "jp",
        "kp",
        "us",
        "es",
        "it",
        "cz",
    ]
)

_CLOSERS = "\"'”’»›)]}」』）〕"
# Where „…“ and »…« are the quotes, “ and « close rather than open.
_LOW_QUOTE_LANGS = frozenset(["de", "cs", "sk", "sl", "hr", "sr", "bs", "da", "is", "lt", "et", "bg"])
_SPACED_QUOTE_LANGS = frozenset(["fr", ""])  # French « Non. » puts a space before the closing guillemet
_TERMINATORS = ".!?…。！？‼⁇⁈⁉"
_ROMAN = re.compile(r"[IVXL]{2,5}")  # the numerals of kings and popes, as their ordinals are written
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,-])(\d{1,4})$")  # not a designation: Hwasong-11, F16


# Languages that put initials before a surname ("В.В. Путин") or after it ("Путин В.В."), never between a
# given name and a surname: there, a capital letter after a capitalised name is a one-letter name ("Ван И.").
_NO_MIDDLE_INITIALS = frozenset(["ru", "uk", "be", "bg"])
# Languages with middle initials whose analyser tells a preposition or conjunction after the letter: there the dot
# after a lone capital is asked about (``_ends_after_name``), not taken for an initial at once.
_ASKED_INITIALS = frozenset(["pl"])
# Languages whose analyser does not tell a word's class: there the dot after a lone capital ends a sentence when one
# of these words follows, which open sentences and follow no initial ("on X. Meanwhile", "sur X. Depuis"); not the
# particles of surnames ("De Gaulle", "Le Pen", "Van Dyke") nor words that are surnames too ("May", "Will").
_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "The", "An", "In", "On", "At", "For", "From", "With", "By", "After", "Before", "Since", "During", "According",
        "But", "And", "Or", "Yet", "He", "She", "It", "They", "We", "This", "That", "These", "Those", "There", "His",
        "Her", "Its", "Their", "Our", "When", "While", "Although", "Though", "If", "As", "Meanwhile", "However",
        "Earlier", "Later", "Now", "Such", "Some", "Many", "Most", "Several", "Both", "Each", "Asked", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Last", "Officials", "Neither", "Nor",
    }),
    "fr": frozenset({
        "Depuis", "Selon", "Pour", "Dans", "Mais", "Et", "Ou", "Il", "Elle", "Ils", "Elles", "On", "Les", "Un", "Une",
        "Cette", "Ce", "Ces", "Cet", "Son", "Sa", "Ses", "Leur", "Leurs", "Lors", "Après", "Avant", "Pendant", "Alors",
        "Ainsi", "Toutefois", "Cependant", "En", "Au", "Aux", "Sur", "Par", "Avec", "Sans", "Entre", "Contre",
        "Parmi", "Si", "Quand", "Lorsque", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
        "Interrogé", "Interrogée", "Pourtant", "Enfin", "Puis", "Ni",
    }),
    "de": frozenset({
        "Der", "Die", "Das", "Ein", "Eine", "Einen", "Dem", "Den", "Des", "Er", "Sie", "Es", "Wir", "Man", "Nach",
        "Laut", "Seit", "Bei", "Mit", "Für", "Am", "Im", "In", "Auf", "Aus", "Zu", "Um", "Aber", "Und", "Oder", "Doch",
        "Auch", "Dies", "Diese", "Dieser", "Dieses", "Damit", "Dabei", "Danach", "Zudem", "Außerdem", "Allerdings",
        "Jedoch", "Bereits", "Noch", "Wie", "Als", "Wenn", "Während", "Trotz", "Wegen", "Unter", "Über", "Vor",
        "Zwischen", "Gegen", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
    }),
}
_NEXT_INITIAL = re.compile(r"\s*[^\W\d_]\.")
# The word after the letter, when no dot follows it (an initial: "И. В. Путин").
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)(?![.\w])")
# Two initials and a surname after the letter: "Ван И. С.В. Лавров" (no name has three initials in these languages).
_NEXT_NAME = re.compile(r"\s*([^\W\d_])\.\s*([^\W\d_])\.\s*([^\W\d_]{2})")


# Candidates other than "." and "\n": a text without any of them takes the faster dots-only scan.
_RARE = "!?…。！？‼⁇⁈⁉\r\u2028\u2029"
# Where the fast patterns look for letters: str.isalpha() holds for every character of the classes
# built from these blocks (Latin, Greek, Cyrillic, Hebrew, Arabic, Hangul syllables), so a word the
# patterns call a word is one for ``_dot_ends`` too. Letters outside them take the careful path.
_LETTER_BLOCKS = ((0x0000, 0x0800), (0x1E00, 0x2000), (0xAC00, 0xD7A4))


def _char_class(keep: Callable[[str], bool]) -> str:
    """The body of a regex character class holding the characters of ``_LETTER_BLOCKS`` that ``keep``."""
    ranges: list[str] = []
    for low, high in _LETTER_BLOCKS:
        first = last = -1
        for code in range(low, high + 1):
            if code < high and keep(chr(code)):
                if first < 0:
                    first = code
                last = code
            elif first >= 0:
                ranges.append(f"\\U{first:08x}-\\U{last:08x}")
                first = -1
    return "".join(ranges)


@cache
def _letter_classes() -> tuple[str, str]:
    """Letters, and upper-case letters (a lone one is an initial)."""
    return _char_class(str.isalpha), _char_class(lambda char: char.isalpha() and char.isupper())


def _whole_words(words: Iterable[str]) -> str:
    """A pattern matching any of ``words`` followed by a space or the end, as a tree of shared prefixes
    (the regex engine tries the branches of an alternation one by one)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: dict[str, dict]) -> str:
        options = [re.escape(char) + branches(child) if char else r"(?!\S)" for char, child in sorted(node.items())]
        return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"

    return branches(tree)


class _Rules(NamedTuple):
    """A language's compiled scans of the reversed text; ``dots`` when "." and "\n" are the only candidates."""

    dots: re.Pattern[str]
    general: re.Pattern[str]


_RULES: dict[str, _Rules] = {}


def _rules(lang: str) -> _Rules:
    """Compile the scans of ``lang``.

    They run over the reversed text: Python's look-behinds are fixed-width, and what stands before a dot
    (the word) is what decides, so reversed it becomes a look-ahead. A single dot the pattern can decide
    exactly as ``_dot_ends`` would is either a match without a group (it ends a sentence, with no closer
    after it) or no match (it does not end one); every other dot is an ``ask`` match for ``_dot_ends``.
    In the comments below, "before" and "after" are in the text as written.
    """
    letter, upper = _letter_classes()
    abbreviations = ABBREVIATIONS.get(lang, frozenset())
    soft = _SOFT.get(lang, frozenset())
    cased = _CASED.get(lang, frozenset())
    spaced = lang in _SPACED_QUOTE_LANGS
    # A space or the end of the text after the dot (and, in French, no « Non. » guillemet to close).
    space_after = r"(?<!\S\.)" + (r"(?<![»›][ \u00a0\u202f]\.)" if spaced else "")

    # A word of two letters or more between a space (or the start) and the dot ends a sentence unless it
    # is an abbreviation (``_dot_ends`` looks 24 characters back, and a longer word is no abbreviation
    # either). The case-insensitive exclusion is wider than ``.lower()`` equality, so it can only send a
    # dot to ``_dot_ends``, never end a sentence wrongly.
    word = f"(?=[{letter}]{{2,}}+(?!\\S))"
    if abbreviations or soft:
        # Most words do not end in a letter any abbreviation ends in: one class check clears them. A soft one
        # is asked about (``_dot_ends`` looks at the next letter).
        listed = abbreviations | soft
        last = "".join(sorted({re.escape(abbreviation[-1]) for abbreviation in listed}))
        word = f"(?!(?i:(?=[{last}]){_whole_words(abbreviation[::-1] for abbreviation in listed)}))" + word
    if cased:
        word = f"(?!{_whole_words(spelling[::-1] for spelling in cased)})" + word
    if lang in _ORDINAL_DOT:
        word = "(?![IVXL]{2,5}+(?!\\S))" + word  # "Abdullah II. empfing": ``_dot_ends`` decides
    ends = [word]
    if lang not in _ORDINAL_DOT:
        ends.append(r"(?=\d)")  # "in 2019. Putin": a number, and no ordinals in this language

    # Abbreviations as listed, capitalised or upper-cased (each checked to lower-case to the listed one)
    # and initials, as whole words before the dot.
    spelled = {
        variant[::-1]
        for listed in abbreviations | cased
        for variant in {listed, listed[:1].upper() + listed[1:], listed.upper()}
        if variant.isalpha()
        and (variant in cased or variant.lower() in abbreviations)
        # in these languages a lone capital may be a one-letter name: ``_ends_name`` decides
        and not (len(variant) == 1 and variant.isupper() and lang in _NO_MIDDLE_INITIALS)
    }
    known = [_whole_words(spelled)] if spelled else []
    if lang not in _NO_MIDDLE_INITIALS and lang not in _ASKED_INITIALS and lang not in _OPENERS:
        known.append(f"[{upper}](?!\\S)")  # "J. Kirby"
    # "U.S. ", "u.a. ", "т.н. ": two dotted segments of one to three letters.
    known.append(f"[{letter}]{{1,3}}+\\.[{letter}]{{1,3}}+(?!\\S)")
    skips = [f"(?<!\\S\\.)(?:{'|'.join(known)})"]
    skips.append(r"(?<=\d\.)(?=\d)")  # 1.5
    # Inside "U.S", "z.B", "m.in", "т.нар": a letter before, one to three letters or digits and another dot after.
    skips.append(f"(?=[{letter}])(?:(?<=\\.[{letter}\\d]\\.)|(?<=\\.[^\\W_][{letter}\\d]\\.)"
                 f"|(?<=\\.[^\\W_][{letter}\\d][{letter}\\d]\\.))")
    if lang in _ORDINAL_DOT and lang not in _OPENERS:
        # "am 19. Juni": one to three digits before, a character other than a line break after.
        # Not after a designation ("Hwasong-11.", "F16."): that number is no ordinal. (Where a language has words
        # that open sentences, ``_dot_ends`` decides: "auf Platz 171. Damit" ends one.)
        skips.append(r"(?=\d{1,3}+(?![\w.,-]))(?:(?<=[^ \t\n\r]\.)|(?<=[^ \t\n\r][ \t]\.))")

    single = f"{space_after}(?:{'|'.join(ends)})|(?!{'|'.join(skips)})(?P<ask>)"
    runs = f"[{re.escape(_TERMINATORS)}]{{2,}}|[{re.escape(_TERMINATORS.replace('.', ''))}]"
    rules = _Rules(
        dots=re.compile(f"\\.(?:(?P<run>\\.+)|{single})"),
        general=re.compile(f"(?P<brk>[\\n\\r\\u2028\\u2029])|(?P<run>{runs})|\\.(?:{single})"),
    )
    _RULES[lang] = rules
    return rules


# Chinese family names as Russian and Ukrainian spell them. Before "И" / "І" (the given name Yi, as in Wang Yi) the
# letter is the name's last syllable, not an initial, whatever the analyser makes of the family name: Ukrainian "ван"
# is a common noun to it, so "з Ван І. Головною темою" read as an initial before a surname.
_CHINESE_FAMILY_NAMES = frozenset(["ван", "ли", "лі", "чжан", "лю", "чэнь", "чень", "ян", "хуан", "чжао", "чжоу",
                                   "сюй", "сунь", "линь", "лінь", "гао", "цзян", "ху", "го"])


def _ends_name(text: str, space: int, pos: int, lang: str) -> bool:
    """The dot after a single capital letter at ``pos`` (a space at ``space`` before it) ends a sentence."""
    from enrich.lemmas import analyse  # here, not at the top: lemmas is the heavier module

    following_word = _NEXT_WORD.match(text, pos + 1)
    if following_word is not None and following_word[1][:1].isupper():
        after = analyse(following_word[1], lang)
        if after and all(kind == "other" for _, kind in after):
            # A pronoun, particle or conjunction follows no initial: "… з Ван І. Це перший візит", "у соцмережі X.
            # За його словами"
            return True
    previous = text[max(0, space - 40) : space].rsplit(None, 1)
    name = previous[-1] if previous else ""
    if not (len(name) > 1 and name.isalpha() and name[0].isupper()) or name.isupper():
        return False  # "в. Путин", "глава МИД С. Лавров": an initial
    if not (text[pos - 1] in "ИІ" and name.casefold() in _CHINESE_FAMILY_NAMES):
        readings = analyse(name, lang)
        if readings and not any(pos == "propn" for _, pos in readings):
            return False  # "Президент В. Путин": a common word before it, so an initial
        if readings and all(lemma.casefold() != name.casefold() for lemma, _ in readings):
            return False  # "глава МИД России С. Лавров": a name declined is no name's last syllable ("Ван И.")
    following = _NEXT_NAME.match(text, pos + 1)
    if following is not None and (following[1] + following[2]).isupper() and following[3].istitle():
        return True  # "… с Ван И. С.В. Лавров подчеркнул": the initials open the next name
    return _NEXT_INITIAL.match(text, pos + 1) is None  # "Путин В. В." is still an initial


# A Korean family name and a syllable before the lone capital, which is then the given name's last syllable as Polish
# writes it ("Kim Dzu E", Kim Ju Ae), not a middle initial: no Western given name follows these family names.
_KOREAN_NAME_BEFORE = re.compile(r"(?<!\w)(?:Kim|Ri|Li|Pak|Czoe|Choe|Kang|Jang|Dzang|Hwang|Hjon|Ro|Mun|Jun)"
                                 r" [A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż]{0,5}\s$")


def _ends_after_name(text: str, pos: int, lang: str) -> bool:
    """In a language with middle initials, the dot after a single capital letter ends a sentence when a word the
    analyser knows only as a preposition, pronoun or conjunction follows: "córka Kim Dzu E. Według agencji",
    "zatrzymano Andrzeja S. W piątek", "w serwisie X. Według niego" (not "John F. Kennedy", "J. Piłsudskiego"); or
    one it knows as no one's name at all, as Morfeusz lists surnames that are also words (Mróz, Wilk, Kowalski) as
    proper nouns: "w serwisie X. Ambasada Chin zaapelowała" (not "J. Kowal")."""
    following_word = _NEXT_WORD.match(text, pos + 1)
    if following_word is None or not following_word[1][:1].isupper():
        return False  # "Jana K. i Annę M.": a sentence opens with a capital
    if _KOREAN_NAME_BEFORE.search(text, max(0, pos - 24), pos - 1):
        return True  # the letter is the last syllable of a Korean name: "córka Kim Dzu E. Stany Zjednoczone"
    from enrich.lemmas import analyse  # here, not at the top: lemmas is the heavier module

    after = analyse(following_word[1], lang)
    return bool(after) and all(kind != "propn" for _, kind in after)


def _is_abbreviation(word: str, lang: str) -> bool:
    """``word`` is the run of letters and dots before a dot, e.g. "m.in", "В.В", "r", "KRLD"."""
    if word in _CASED.get(lang, ()) or word.lower() in ABBREVIATIONS.get(lang, ()):
        return True
    parts = word.split(".")
    if len(parts) > 1 and all(0 < len(part) <= 3 for part in parts):
        return True  # dotted short segments: "U.S", "z.B", "т.е", "В.В", "a.m", "D.C"
    # A single capital letter is an initial ("J. Kirby"); an acronym without dots (KRLD) is not.
    return len(word) == 1 and word.isupper()


def _dot_ends(text: str, pos: int, lang: str) -> bool:
    """Whether the single dot at ``pos`` ends a sentence."""
    before = text[max(0, pos - 6) : pos]
    after = text[pos + 1 : pos + 2]
    if before[-1:].isdigit():
        if after.isdigit():
            return False  # 1.5, 1.500
        match = _ORDINAL_BEFORE.search(before)
        if match and lang in _ORDINAL_DOT:
            rest = text[pos + 1 : pos + 40].lstrip(" \t")
            if not rest or rest[0] in "\n\r":
                return True
            # "am 19. Juni", "80. rocznicy"; a four-digit year before a capital is a sentence end, and so is a
            # number before a word that opens sentences and follows no ordinal ("auf Platz 171. Damit steht").
            start = pos - len(match.group(1))
            listed = start == 0 or text[start - 1] in "\n\r"  # "3. Die Preise" numbers a list's item
            if len(match.group(1)) <= 3 and not rest[0].islower() and lang in _OPENERS and not listed:
                following = _NEXT_WORD.match(text, pos + 1)
                if following is not None and following[1] in _OPENERS[lang]:
                    return True
            return not (len(match.group(1)) <= 3 or rest[0].islower())
        return True
    if not after or after.isspace():
        # The common case, "word. Next": the word runs back to a space (found at C speed).
        space = text.rfind(" ", max(0, pos - 24), pos)
        word = text[space + 1 : pos]
        if space >= 0 and word.isalpha():
            if lang in _ORDINAL_DOT and _ROMAN.fullmatch(word):
                # A king's ordinal: "Abdullah II. empfing"; before a capital it may end the sentence.
                rest = text[pos + 1 : pos + 40].lstrip(" \t")
                return not rest[:1].islower()
            if word.lower() in _SOFT.get(lang, ()):
                # "vb. askeri teknoloji" and "aprox. 700 km" go on; "etc. The" and "etc. „The" end
                rest = text[pos + 1 : pos + 40]
                first = next((ch for ch in rest if ch.isalnum() or ch in "\n\r"), "")
                return first in ("", "\n", "\r") or first.isupper()
            abbreviation = word in _CASED.get(lang, ()) or word.lower() in ABBREVIATIONS.get(lang, ())
            if len(word) == 1 and word.isupper() and lang in _NO_MIDDLE_INITIALS:
                return _ends_name(text, space, pos, lang)
            if len(word) == 1 and word.isupper() and lang in _ASKED_INITIALS:
                return _ends_after_name(text, pos, lang)
            if len(word) == 1 and word.isupper() and lang in _OPENERS and not abbreviation:
                following = _NEXT_WORD.match(text, pos + 1)  # "posted on X. Meanwhile" (not "J. Kirby")
                return following is not None and following[1] in _OPENERS[lang]
            return not (abbreviation or (len(word) == 1 and word.isupper()))
        if space >= 0 and len(word) > 1 and word[-1].isupper() and word[-1].isalpha() and word[-2].isdigit():
            return True  # a capital after a digit ends a designation ("T-90M.", "AIM-9X."): no initial
    start = pos
    while start > pos - 24 and start > 0 and (text[start - 1].isalpha() or text[start - 1] in ".-"):
        start -= 1
    word = text[start:pos].strip(".-")
    if not word:
        return True
    if after.isalpha() or after.isdigit():
        # No space after the dot: a domain ("tass.ru") or the inside of "m.in.", "z.B.", "т.е.".
        tail = re.match(r"[^\W_]+", text[pos + 1 : pos + 30])
        segment = tail.group(0) if tail else ""
        if segment.lower() in _TLDS and word.islower() and "." not in word:
            return False
        if len(segment) <= 3 and text[pos + 1 + len(segment) : pos + 2 + len(segment)] == ".":
            return False
    return not _is_abbreviation(word, lang)


def _close(text: str, end: int, lang: str) -> int:
    """Extend a sentence end over the closing quotes and brackets that follow its terminator."""
    closers = _CLOSERS + "“‘«‹" if lang in _LOW_QUOTE_LANGS else _CLOSERS
    while end < len(text):
        char = text[end]
        if char in closers:
            # A straight quote may open the next sentence: it stays only if no word follows it.
            if char in "\"'" and text[end + 1 : end + 2].isalnum():
                break
            end += 1
        elif lang in _SPACED_QUOTE_LANGS and char in " \u00a0\u202f" and text[end + 1 : end + 2] in ("»", "›"):
            end += 2
        else:
            break
    return end


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """``[start, end)`` character spans of the sentences in ``text``, whitespace trimmed."""
    lang = (lang or "").lower()
    rules = _RULES.get(lang) or _rules(lang)
    for char in _RARE:
        if char in text:
            ends = _ends(rules.general, text, lang)
            ends.reverse()
            break
    else:
        # Only dots and "\n" can end a sentence here: a literal-prefixed pattern finds the dots far
        # faster than a character-set scan, and str.find the line breaks.
        ends = _ends(rules.dots, text, lang)
        line = text.find("\n")
        if line >= 0:
            while line >= 0:
                ends.append(line)
                line = text.find("\n", line + 1)
        ends.sort()
    ends.append(len(text))
    spans: list[tuple[int, int]] = []
    start = 0
    for end in ends:
        if end <= start:
            continue
        body = text[start:end].lstrip()
        if body:
            first = end - len(body)
            spans.append((first, first + len(body.rstrip())))
        start = end
    return spans


def _ends(pattern: re.Pattern[str], text: str, lang: str) -> list[int]:
    """Sentence ends, last first: after a terminator and its closers, or at a line break."""
    ends: list[int] = []
    length = len(text)
    for match in pattern.finditer(text[::-1]):
        kind = match.lastgroup
        if kind is None:
            ends.append(length - match.start())  # a dot that ends a sentence, no closer after it
        elif kind == "ask":
            pos = length - 1 - match.start()
            if _dot_ends(text, pos, lang):
                ends.append(_close(text, pos + 1, lang))
        elif kind == "run":
            ends.append(_close(text, length - match.start(), lang))
        else:
            ends.append(length - 1 - match.start())  # a line break
    return ends


def sentence_index(starts: list[int], offset: int) -> int:
    """Index of the sentence containing character ``offset``, given the sorted sentence starts."""
    return max(bisect_right(starts, offset) - 1, 0)


def doc_text(doc: Doc) -> str:
    """The Doc's text, without rebuilding it when the tokenizer kept it."""
    text = doc.user_data.get(TEXT_KEY)
    return text if isinstance(text, str) else doc.text


def doc_sentences(doc: Doc) -> list[tuple[int, int]]:
    """The sentence spans the splitter stored on the Doc (computed now if it did not run)."""
    spans = doc.user_data.get(SENTENCES_KEY)
    return spans if spans is not None else split_sentences(doc_text(doc), doc.lang_)


class SentenceSplitter:
    """Sets ``is_sent_start`` on every token from ``split_sentences`` over the Doc's text."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = split_sentences(text, self.lang)
        doc.user_data[SENTENCES_KEY] = spans
        if not len(doc):
            return doc
        # A sentence ending in a one-letter word ("talks with Wang Yi" is "с Ван И." in Russian): the tokenizer
        # kept the letter and the dot together as an initial, which hides the name's last word. A word, so a
        # space before it: "the U.S." ending a sentence keeps its dots.
        initials = [end - 1 for _, end in spans
                    if end >= 2 and text[end - 1] == "." and text[end - 2].isalpha()
                    and (end == 2 or text[end - 3].isspace())]
        if initials:
            doc = _split_tokens(doc, initials)
            forget_table(doc)
        # Each numpy call costs about a microsecond on arrays this small, so as few as the common case
        # (every sentence starting at a token) needs; anything else takes ``_align``.
        starts = np.array([start for start, _ in spans], dtype=np.uint64)
        idx = token_table(doc)[:, IDX_COLUMN]  # the shared read (enrich.tokens) the later components use too
        positions = idx.searchsorted(starts, side="right") - 1
        if len(starts) and (positions[0] < 0 or (idx[positions] != starts).any()):
            doc, positions = _align(doc, starts.astype(np.int64))
            forget_table(doc)  # a token may have been split
        flags = np.full(len(doc), -1, dtype=np.int64)
        flags[positions] = 1
        flags[0] = 1
        doc.from_array([SENT_START], flags.view(np.uint64))  # type: ignore[arg-type]
        return doc


def _align(doc: Doc, starts: np.ndarray) -> tuple[Doc, np.ndarray]:
    """The token of each sentence start, splitting the tokens a sentence starts inside of."""
    idx = doc.to_array(IDX).astype(np.int64)
    positions = np.maximum(np.searchsorted(idx, starts, side="right") - 1, 0)
    straddled = idx[positions] != starts
    if straddled.any():
        doc = _split_tokens(doc, starts[straddled].tolist())
        idx = doc.to_array(IDX).astype(np.int64)
        positions = np.maximum(np.searchsorted(idx, starts, side="right") - 1, 0)
    return doc, positions


def _split_tokens(doc: Doc, offsets: list[int]) -> Doc:
    """Split the tokens that straddle a sentence start (rare: "Putin.Kim" written without a space)."""
    with doc.retokenize() as retokenizer:
        for offset in offsets:
            token = doc[int(np.searchsorted([t.idx for t in doc], offset, side="right")) - 1]
            cut = offset - token.idx
            if cut <= 0 or cut >= len(token.text):
                continue
            orths = [token.text[:cut], token.text[cut:]]
            retokenizer.split(token, orths, heads=[(token, 0), (token, 0)])
    return doc


@Language.factory("newsradar_sentences", default_config={"lang": None})
def make_sentence_splitter(nlp: Language, name: str, lang: str | None) -> Callable[[Doc], Doc]:
    return SentenceSplitter(lang or nlp.lang or "xx")
