"""The topic rule language (enrich/data/topics.yaml), parsed and evaluated as plain data.

A topic, in the spirit of EMM categories, names *groups* (actor ids, or lemma-level terms per language)
and *rules*. A rule is a boolean expression over group names (``all`` / ``any`` / ``not``, nested)
evaluated in a window: every sentence, every stretch of N tokens around a hit, or the whole article.
A sub-expression of a sentence or article rule may name a window of its own: ``window: article`` looks at
the whole article; ``window: {sentences: N}`` at the sentence and the N - 1 before it (what a sentence
says of "them" or "the shipments" was often named in the one before); ``window: some sentence`` holds
when the expression holds within one sentence somewhere in the article ("arms named beside either side
somewhere", not merely arms and the sides each somewhere); in a rule with a window of tokens, such a part is read
at the sentence of the hit ("nuclear" beside "programme", with no word of power anywhere in their sentence);
``window: {tokens: N}`` on an ``all`` of groups
holds in a sentence where a hit of its first group has a hit of each of the others within N tokens ("help"
beside the missiles it is help with, not anywhere in a long sentence); ``window: {clause: GROUP}`` on an ``all``
of groups (or of ``any`` of groups) holds in a sentence where a hit of each stands in one clause of it, the hits of
GROUP (words such as "while", "whereas", ";") parting the clauses: at the word, or, where the word opens the
sentence ("Unlike Moscow, Pyongyang ..."), at the first comma after it. A *condition* is a
named expression (``conditions:`` at the top of the file or in a topic) that rules use like a group, so an
exclusion many rules share is written once. Each rule that
holds adds its weight; a topic fires when the sum (capped at 1) reaches its threshold, with the
sentences where its rules held as evidence. A sentence that is a list, with two or more semicolons as digests
string their items ("A; B; C"), is one sentence per item for every window; the evidence names the sentence.

Terms: ``word`` matches a token whose surface or any lemma is ``word``; ``stem*`` a surface or lemma
starting with ``stem``; ``=form`` the surface form only (for forms the analysers read two ways, such
as Polish "broni", weapon or defends, listed in the phrases that settle it); ``^word`` the word written with a
capital ("the ^north": the North, as Korea's neighbours call it, not a direction); several space-separated
patterns form a phrase of consecutive tokens, where ``!word`` is a token that must not stand in its place ("!się
=da !się": Polish "da", gives, not in "nie da się", it cannot be; at a text's end no word stands there) and ``a|b|c``
any one of several words, each a pattern of its own ("!회|명|고비 넘겼*": Korean 넘기다, to hand over, not after a
count or a crisis, which it passes). In German,
which keeps a hyphenated compound as one token, the compound's head counts too ("Kamikaze-Drohnen" matches
``drohne*``).

A group of actors may say that its capitals are only where something was said, and no actor of the group,
right after a word of place in a sentence with a word of saying (``capitals_said_in: {place: {en: [in]},
saying: {en: [said]}}``): "Putin said in Hanoi" names no party in Hanoi, "the junta in Naypyidaw" does.

A group of actors may be every UN member's capital at once (``actors: capitals``): "spoke with Putin in Astana" is
talks held in a place; or every UN member (``actors: countries``): "Premier Polski", a leader named by office.

A group of actors may ask for several of them at once (``distinct: 2``): it is present only in a sentence that
names at least that many of its actors, so "Macron met Modi" is two leaders of one group meeting.

A group of terms may list words of naming per language (``quoted_figure: {en: [called, dubbed]}``): its words
in a short quotation, a few words between quotation marks, next to one of them are a figure of speech and
not the group ("called the fine a „nuclear bomb“ for our football"); the same words in a quoted statement,
or quoted with no word of naming ("its „Atomprogramm“"), still count.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from core.actors import capital_countries, member_states
from core.errors import NewsradarError

__all__ = [
    "CompiledRule",
    "CompiledTopic",
    "Rule",
    "Topic",
    "TopicRuleError",
    "compile_topic",
    "evaluate",
    "load_topics",
    "score",
    "set_bits",
]

Expr = Any  # str | ("all" | "any", list[Expr], Win) | ("not", Expr, Win)
# A sub-expression's window: False = its parent's, True = the article, ("sentences", N) = the sentence and
# the N - 1 before it, SOME = within one sentence, somewhere in the article, ("tokens", N) = groups near each
# other in a sentence (an ``all`` of groups only; compiled into a group of its own), ("clause", GROUP) = groups in
# one clause of a sentence, GROUP's hits parting the clauses (an ``all`` of groups or of ``any`` of groups; compiled
# into a group of its own too).
Win = Any
SOME = "some sentence"
_LANGUAGE_CODE = re.compile("[a-z]{2,3}")


class TopicRuleError(NewsradarError):
    """topics.yaml does not follow the rule language."""


@dataclass(frozen=True)
class Rule:
    expr: Expr
    window: str | int  # "sentence", "article" or a number of tokens
    weight: float
    named: frozenset[Any] = field(default=frozenset(), compare=False)  # derived: the groups asked to be present

    # derived: what must be present for the rule to hold anywhere, as clauses that must all be met, each by
    # one of its sets of groups all present
    needs: tuple[tuple[frozenset[Any], ...], ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.window, int) and _near_windows(self.expr):
            raise TopicRuleError("a rule with a window of tokens cannot hold one of tokens or of a clause: {tokens: N} "
                                 "and {clause: GROUP} in a sub-expression need a sentence or article rule, or a part "
                                 "in a window of sentences around them")
        object.__setattr__(self, "named", _positive_groups(self.expr))
        object.__setattr__(self, "needs", tuple(tuple(clause) for clause in _clauses(self.expr)))


@dataclass
class Topic:
    id: str
    threshold: float
    rules: list[Rule]
    actor_groups: dict[str, frozenset[str]] = field(default_factory=dict)
    term_groups: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # group -> lang -> patterns
    # group -> lang -> (words of place, words of saying): a capital of the group right after a word of place, in a
    # sentence with a word of saying, is only where something was said ("Putin said in Hanoi"), not a party. A
    # word of place starting with "-" is an ending of the capital's own token (Korean "하노이에서"); a word of
    # saying ending in "*" is a prefix.
    said_in: dict[str, dict[str, tuple[frozenset[str], tuple[str, ...]]]] = field(default_factory=dict)
    # group -> lang -> words of naming (a trailing "*" makes a prefix): the group's words in a short quotation
    # beside one of them are a figure of speech ("called the fine a „nuclear bomb“").
    figures: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    distinct: dict[str, int] = field(default_factory=dict)  # group -> how many of its actors a sentence must name


def _expr(node: Any, groups: set[str], where: str, conditions: dict[str, Any] | None = None,
          expanding: tuple[str, ...] = ()) -> Expr:
    """``node`` parsed; a condition's name stands for its expression, expanded in place."""
    conditions = conditions or {}
    if isinstance(node, str):
        if node in conditions:
            if node in expanding:
                raise TopicRuleError(f"{where}: condition {node!r} refers to itself")
            return _expr(conditions[node], groups, f"{where}, condition {node!r}", conditions, (*expanding, node))
        if node not in groups:
            raise TopicRuleError(f"{where}: unknown group or condition {node!r}")
        return node
    if not isinstance(node, dict):
        raise TopicRuleError(f"{where}: an expression is a group name or a mapping, not {node!r}")
    win = _sub_window(node.get("window", "sentence"), where)
    ops = [key for key in ("all", "any", "not") if key in node]
    if len(ops) != 1:
        raise TopicRuleError(f"{where}: say exactly one of all / any / not")
    op = ops[0]
    if _clause(win) and win[1] not in groups:
        raise TopicRuleError(f"{where}: a window of a clause names the group of words parting clauses, not {win[1]!r}")
    if op == "not":
        if _tokens(win) or _clause(win):
            raise TopicRuleError(f"{where}: a window of tokens or of a clause is for an all of groups, not a not")
        return ("not", _expr(node["not"], groups, where, conditions, expanding), win)
    items = node[op]
    if not isinstance(items, list) or not items:
        raise TopicRuleError(f"{where}: {op} takes a non-empty list")
    parsed = [_expr(item, groups, where, conditions, expanding) for item in items]
    if _tokens(win):
        if op != "all" or len(parsed) < 2 or not all(_leaf(item) for item in parsed):
            raise TopicRuleError(f"{where}: a window of tokens is for an all of two or more groups")
        return (op, parsed, win)
    if _clause(win):
        if op != "all" or len(parsed) < 2 or not all(_leaf(item) or _any_of_groups(item) for item in parsed):
            raise TopicRuleError(f"{where}: a window of a clause is for an all of two or more groups or anys of groups")
        return (op, parsed, win)
    # An all inside an all (an any inside an any) that keeps its parent's window is the same as its items
    # written in place: a condition costs nothing once expanded.
    flat: list[Expr] = []
    for item in parsed:
        if not _leaf(item) and item[0] == op and item[2] is False:
            flat.extend(item[1])
        else:
            flat.append(item)
    return (op, flat, win)


def _sub_window(value: Any, where: str) -> Win:
    if value == "sentence":
        return False
    if value == "article":
        return True
    if value == SOME:
        return SOME
    if isinstance(value, dict) and list(value) == ["sentences"]:
        count = value["sentences"]
        if isinstance(count, int) and not isinstance(count, bool) and count >= 1:
            return ("sentences", count)  # 1 is the sentence itself, even inside an article window
    if isinstance(value, dict) and list(value) == ["tokens"]:
        count = value["tokens"]
        if isinstance(count, int) and not isinstance(count, bool) and count >= 1:
            return ("tokens", count)
    if isinstance(value, dict) and list(value) == ["clause"] and isinstance(value["clause"], str):
        return ("clause", value["clause"])
    raise TopicRuleError(f"{where}: a sub-expression's window is sentence, article, {{sentences: N}}, {{tokens: N}}, "
                         f"{{clause: GROUP}} or {SOME}, not {value!r}")


def _tokens(win: Win) -> bool:
    return isinstance(win, tuple) and win[0] == "tokens"


def _clause(win: Win) -> bool:
    return isinstance(win, tuple) and win[0] == "clause"


def _any_of_groups(expr: Expr) -> bool:
    """Whether ``expr`` is an ``any`` of groups in its parent's window."""
    return not _leaf(expr) and expr[0] == "any" and expr[2] is False and all(_leaf(item) for item in expr[1])


def _near_windows(expr: Expr) -> bool:
    """Whether ``expr`` has a ``{tokens: N}`` or ``{clause: GROUP}`` window outside a part in a window of sentences:
    each becomes a group present in sentences, with no place of its own in them, which a rule with a window of
    tokens cannot look for near a hit; inside such a part it is read over sentences like the rest of the part."""
    if _leaf(expr):
        return False
    op, arg, win = expr
    if _tokens(win) or _clause(win):
        return True
    if win is not True and win is not False:
        return False
    return _near_windows(arg) if op == "not" else any(_near_windows(item) for item in arg)


def _window(value: Any, where: str) -> str | int:
    if value in ("sentence", "article"):
        return str(value)
    if isinstance(value, dict) and isinstance(value.get("tokens"), int) and value["tokens"] > 0:
        return int(value["tokens"])
    raise TopicRuleError(f"{where}: window is sentence, article or {{tokens: N}}, not {value!r}")


def _parse_topic(raw: dict[str, Any], shared: dict[str, Any], shared_conditions: dict[str, Any]) -> Topic:
    topic_id = raw.get("id")
    if not isinstance(topic_id, str) or not topic_id:
        raise TopicRuleError("every topic needs an id")
    groups = {**shared, **(raw.get("groups") or {})}
    conditions = {**shared_conditions, **(raw.get("conditions") or {})}
    if clash := sorted(set(groups) & set(conditions)):
        raise TopicRuleError(f"{topic_id}: {', '.join(clash)} name both a group and a condition")
    topic = Topic(id=topic_id, threshold=float(raw.get("threshold", 0.5)), rules=[])
    for name, spec in groups.items():
        if not isinstance(spec, dict) or not ({"actors", "terms"} & set(spec)):
            raise TopicRuleError(f"{topic_id}: group {name!r} needs actors or terms")
        if spec.get("actors") == "capitals":
            topic.actor_groups[name] = frozenset(capital_countries())
        elif spec.get("actors") == "countries":
            topic.actor_groups[name] = member_states()
        elif "actors" in spec:
            if not isinstance(spec["actors"], list):
                raise TopicRuleError(f"{topic_id}: group {name!r}: actors is a list of ids, capitals or countries")
            topic.actor_groups[name] = frozenset(str(a) for a in spec["actors"])
        if "capitals_said_in" in spec:
            topic.said_in[name] = _said_in(spec, f"{topic_id}: group {name!r}")
        if "terms" in spec:
            if not _by_language(spec["terms"]):
                raise TopicRuleError(f"{topic_id}: group {name!r}: terms map language codes (ISO 639, lower case; "
                                     "quote \"no\") to words")
            for lang, terms in spec["terms"].items():
                # an unquoted true, no or on is a boolean to YAML: Danish "true" (threaten) read as True
                odd = [t for t in terms or [] if not isinstance(t, str)]
                if not isinstance(terms, list) or odd:
                    raise TopicRuleError(f"{topic_id}: group {name!r}: {lang} terms are a list of quoted words"
                                         + (f" (YAML read {odd[0]!r}; quote it)" if odd else ""))
            topic.term_groups[name] = {lang: list(terms) for lang, terms in spec["terms"].items()}
        if "distinct" in spec:
            count = spec["distinct"]
            if "actors" not in spec or not isinstance(count, int) or isinstance(count, bool) or count < 2:
                raise TopicRuleError(f"{topic_id}: group {name!r}: distinct is a number of actors, 2 or more, for a "
                                     "group of actors")
            topic.distinct[name] = count
        if "quoted_figure" in spec:
            naming = spec["quoted_figure"]
            if "terms" not in spec or not _by_language(naming) or not all(
                    isinstance(words, list) for words in naming.values()):
                raise TopicRuleError(f"{topic_id}: group {name!r}: quoted_figure is a mapping of languages to words "
                                     "of naming, for a group of terms")
            topic.figures[name] = {str(lang): tuple(str(w).casefold() for w in words) for lang, words in naming.items()}
    for n, rule in enumerate(raw.get("rules") or []):
        where = f"{topic_id} rule {n}"
        expr = _expr(rule.get("match"), set(groups), where, conditions)
        topic.rules.append(Rule(expr, _window(rule.get("window", "sentence"), where), float(rule.get("weight", 1.0))))
    if not topic.rules:
        raise TopicRuleError(f"{topic_id}: no rules")
    return topic


def _by_language(value: Any) -> bool:
    """Whether ``value`` maps language codes to something. YAML 1.1 reads an unquoted no, on, off or yes as a
    boolean, so Norwegian's "no" must be quoted; a key that is no ISO 639 code ("nl2", "EN") would hold words no
    article ever reads."""
    return isinstance(value, dict) and all(isinstance(lang, str) and _LANGUAGE_CODE.fullmatch(lang) for lang in value)


def _said_in(spec: dict[str, Any], where: str) -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    said_in = spec["capitals_said_in"]
    if ("actors" not in spec or not isinstance(said_in, dict) or not _by_language(said_in.get("place"))
            or not _by_language(said_in.get("saying"))):
        raise TopicRuleError(f"{where}: capitals_said_in needs a group of actors and place and saying, each a mapping "
                             "of languages to words")
    out: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
    for lang, words in said_in["place"].items():
        saying = said_in["saying"].get(lang) or []
        out[str(lang)] = (frozenset(str(w).casefold() for w in words or []),
                          tuple(str(w).casefold() for w in saying))
    return out


def load_topics(path: Path) -> list[Topic]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    shared = data.get("groups") or {}
    conditions = data.get("conditions") or {}
    if not isinstance(conditions, dict):
        raise TopicRuleError("conditions is a mapping of names to expressions")
    return [_parse_topic(raw, shared, conditions) for raw in data.get("topics") or []]


def _leaf(expr: Expr) -> bool:
    return not isinstance(expr, tuple)


def _holds(expr: Expr, here: set[int], article: set[int], within: int = 0) -> bool:
    """``expr`` in one token window (``here``: the groups near the hit); a part in a window of sentences of its
    own, ``(WITHIN, k, window)``, holds where bit k of ``within`` is set (whether it holds at the hit's sentence)."""
    if _leaf(expr):
        return expr in here
    op, arg, whole = expr
    if op == WITHIN:
        return bool(within >> arg & 1)
    scope = article if whole else here
    if op == "not":
        return not _holds(arg, scope, article, within)
    if op == "all":
        return all(_holds(item, scope, article, within) for item in arg)
    return any(_holds(item, scope, article, within) for item in arg)


# In a rule with a window of tokens, a part in a window of sentences of its own ({sentences: N}, some sentence)
# is read over the Doc's sentence bitmasks first: (WITHIN, k, its window) stands for the k-th such part.
WITHIN = "within"


def _split_within(expr: Expr, parts: list[Expr]) -> Expr:
    """``expr`` with each part in a window of sentences of its own moved to ``parts`` and a (WITHIN, k, window)
    left in its place."""
    if _leaf(expr):
        return expr
    op, arg, whole = expr
    if whole is not True and whole is not False:
        parts.append(expr)
        return (WITHIN, len(parts) - 1, whole)
    if op == "not":
        return (op, _split_within(arg, parts), whole)
    return (op, [_split_within(item, parts) for item in arg], whole)


# An expression over groups numbered by slot, as a function of (the bitmasks it reads per group, bitmasks
# for ``window: article`` parts, every sentence with a hit, the Doc's own sentence bitmasks): the sentences
# (bits) where it holds.
Evaluator = Callable[[list[int], list[int], int, list[int]], int]


def _widened(masks: list[int], count: int, full: int, slots: tuple[int, ...]) -> list[int]:
    """The bitmasks of the groups in ``slots`` spread over the ``count - 1`` sentences after each hit (a
    sentence then sees what it or the ones before it name); the other groups, which the window does not
    read, left empty."""
    out = [0] * len(masks)
    for slot in slots:
        mask = masks[slot]
        if mask:
            out[slot] = _spread(mask, count) & full
    return out


def _in_window(expr: Expr, win: Win) -> Evaluator:
    """``expr`` read in a window of sentences of its own: the sentence and those before it, or one sentence
    anywhere (then it holds in every sentence with a hit, or in none)."""
    inner = _evaluator(expr)
    if win == SOME:
        return lambda masks, article, full, real: full if inner(real, article, full, real) else 0
    count = int(win[1])
    slots = tuple(sorted(set(_leaves(expr))))
    if not _leaf(expr) and expr[0] != "not" and expr[2] is False and all(_leaf(item) for item in expr[1]):
        # An any or all of groups: each group's bitmask spread in place, no bitmasks to build (an any's groups
        # ORed first: spreading them one by one and ORing them is spreading their OR).
        if expr[0] == "any":

            def spread_any(masks: list[int], article: list[int], full: int, real: list[int]) -> int:
                found = 0
                for slot in slots:
                    found |= real[slot]
                return _spread(found, count) & full

            return spread_any

        def spread_all(masks: list[int], article: list[int], full: int, real: list[int]) -> int:
            found = full
            for slot in slots:
                found &= _spread(real[slot], count)
            return found

        return spread_all
    return lambda masks, article, full, real: inner(_widened(real, count, full, slots), article, full, real)


def _spread(mask: int, count: int) -> int:
    """``mask`` with each sentence's bit copied to the ``count - 1`` sentences after it."""
    for _ in range(1, count):
        mask |= mask << 1
    return mask


def _evaluator(expr: Expr) -> Evaluator:
    """``expr`` as closures, compiled once per topic: a Doc then costs one call per operator, not per group.

    ``article`` maps present groups to every sentence; an operator with ``window: article`` hands it to
    its operands in place of the sentence bitmasks. ``real`` is always the Doc's own sentence bitmasks,
    which sentence windows read whatever window they sit in.
    """
    if _leaf(expr):
        slot: int = expr
        return lambda masks, article, full, real: masks[slot]
    op, arg, whole = expr
    if whole is not True and whole is not False:
        if op == "not":
            of_arg = _in_window(arg, whole)
            return lambda masks, article, full, real: full & ~of_arg(masks, article, full, real)
        return _in_window((op, arg, False), whole)
    if op == "not":
        inner = _evaluator(arg)
        if whole:
            return lambda masks, article, full, real: full & ~inner(article, article, full, real)
        return lambda masks, article, full, real: full & ~inner(masks, article, full, real)
    if op == "any":
        leaves = tuple(item for item in arg if _leaf(item))
        # Alternatives that say only which groups a sentence has and lacks (``all: [receiving, {not:
        # received_guest}]``, or groups near each other), each lacked on its own or together: ANDed in place,
        # no call.
        plain = tuple(found for item in arg if (found := _plain_all(item)) is not None)
        nested = tuple(
            (_evaluator(item), _own_groups(item)) for item in arg if not _leaf(item) and _plain_all(item) is None
        )

        def holds_any(masks: list[int], article: list[int], full: int, real: list[int]) -> int:
            scope = article if whole else masks
            result = 0
            for slot in leaves:
                result |= scope[slot]
            for needed, lacking, apart in plain:
                both = full
                for slot in needed:
                    both &= scope[slot]
                    if not both:
                        break
                else:
                    for slot in lacking:
                        both &= ~scope[slot]
                    for slots in apart:
                        together = both
                        for slot in slots:
                            together &= scope[slot]
                        both &= ~together
                    result |= both
            for operand, guard in nested:
                # An all whose groups share no sentence holds nowhere: no call (most alternatives of an any).
                overlap = full
                for slot in guard:
                    overlap &= scope[slot]
                    if not overlap:
                        break
                if overlap:
                    result |= operand(scope, article, full, real)
            return result
        return holds_any
    # ``all``: groups, and groups said absent (not x, not any of x, y: full & ~(x | y) is ~x & ~y within
    # full), are read in place, each from the bitmasks its window says; only other operators are called.
    # & does not care for the order.
    here: list[int] = []
    there: list[int] = []
    absent_here: list[int] = []
    absent_there: list[int] = []
    # Groups one of which must be present (``any`` of groups: ``russia`` or ``russia_adj``), whether they
    # are read article-wide, and the N of a window of N sentences (0 for none): an OR of bitmasks in place,
    # no call.
    either: list[tuple[tuple[int, ...], bool, int]] = []
    operands: list[Evaluator] = []
    # Other expressions said absent (an exclusion, most often ``not all of ...``): what they say, whether it is
    # read article-wide, its own groups (``_own_groups``), and whether they are all it says.
    negated: list[tuple[Evaluator, bool, tuple[int, ...], bool]] = []
    for item in arg:
        absent = _absent_groups(item)
        if _leaf(item):
            (there if whole else here).append(item)
        elif absent is not None:
            slots, article_window = absent
            (absent_there if whole or article_window else absent_here).extend(slots)
        elif (
            item[0] == "any"
            and all(_leaf(x) for x in item[1])
            and (item[2] is True or item[2] is False or _sentences(item[2]))
        ):
            either.append((tuple(item[1]), bool(whole or item[2] is True), _sentences(item[2])))
        elif item[0] == "not" and (item[2] is True or item[2] is False) and not _leaf(item[1]):
            _, inner, article_window = item
            negated.append((_evaluator(inner), bool(whole or article_window), _own_groups(inner), _leaves_only(inner)))
        else:
            operands.append(_evaluator(item))

    def holds_all(masks: list[int], article: list[int], full: int, real: list[int]) -> int:
        result = full
        for slot in here:
            result &= masks[slot]
            if not result:
                return 0
        for slot in there:
            result &= article[slot]
            if not result:
                return 0
        for slot in absent_here:
            result &= ~masks[slot]
        for slot in absent_there:
            result &= ~article[slot]
        if not result:
            return 0
        for slots, article_window, count in either:
            # A window of sentences reads the Doc's own bitmasks, whatever window it sits in.
            read = real if count else article if article_window else masks
            found = 0
            for slot in slots:
                found |= read[slot]
            if count:
                found = _spread(found, count)
            result &= found
            if not result:
                return 0
        scope = article if whole else masks
        for operand in operands:
            result &= operand(scope, article, full, real)
            if not result:
                return 0
        for inner, article_window, guard, only in negated:
            read = article if article_window else masks
            # Where the sentences left lack one of its own groups, the exclusion holds nowhere: no call
            # (the many exclusions of a rule mostly name groups a Doc does not have). Where its groups are all it
            # says, the sentences that have them all are where it holds: no call either.
            overlap = result
            for slot in guard:
                overlap &= read[slot]
                if not overlap:
                    break
            if overlap:
                result &= ~overlap if only else ~inner(read, article, full, real)
                if not result:
                    return 0
        return result
    return holds_all


def _sentences(win: Win) -> int:
    """N of a window of N sentences; 0 for any other window."""
    return int(win[1]) if isinstance(win, tuple) and win[0] == "sentences" else 0


def _plain_all(expr: Expr) -> tuple[tuple[int, ...], tuple[int, ...], tuple[tuple[int, ...], ...]] | None:
    """For an ``all`` in its parent's window of groups, of groups said absent and of groups said not all
    present, all in that window: (the groups it needs, the groups it lacks, the sets of groups it does not have
    together). None for any other expression."""
    if _leaf(expr) or expr[0] != "all" or expr[2] is not False:
        return None
    needed: list[int] = []
    lacking: list[int] = []
    apart: list[tuple[int, ...]] = []
    for item in expr[1]:
        absent = _absent_groups(item)
        if _leaf(item):
            needed.append(item)
        elif absent is not None and not absent[1]:
            lacking.extend(absent[0])
        elif item[0] == "not" and item[2] is False and _leaves_only(item[1]):
            apart.append(tuple(item[1][1]))
        else:
            return None
    return tuple(needed), tuple(lacking), tuple(apart)


def _leaves_only(expr: Expr) -> bool:
    """Whether ``expr`` is an ``all`` of groups in its parent's window."""
    return not _leaf(expr) and expr[0] == "all" and expr[2] is False and all(_leaf(item) for item in expr[1])


def _own_groups(expr: Expr) -> tuple[int, ...]:
    """The groups an ``all`` reads from the bitmasks it is handed: it holds only in sentences that have them all,
    so a caller that sees them share none needs no call. Nothing for any other expression."""
    if _leaf(expr) or expr[0] != "all" or expr[2] is not False:
        return ()
    return tuple(item for item in expr[1] if _leaf(item))


def _absent_groups(expr: Expr) -> tuple[tuple[int, ...], bool] | None:
    """For ``not x`` and ``not any of x, y...``: the groups, and whether they are read article-wide."""
    if _leaf(expr) or expr[0] != "not":
        return None
    _, arg, whole = expr
    if whole is not True and whole is not False:
        return None
    if _leaf(arg):
        return (arg,), whole
    op, items, inner_whole = arg
    if op == "any" and inner_whole in (True, False) and all(_leaf(item) for item in items):
        return tuple(items), whole or inner_whole
    return None


def set_bits(mask: int) -> list[int]:
    """The numbers of the bits set in ``mask``, lowest first (the sentences a bitmask holds)."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def _positive_groups(expr: Expr) -> frozenset[Any]:
    """The groups an expression asks to be present (what a passage must show to be evidence)."""
    if _leaf(expr):
        return frozenset([expr])
    op, arg, _ = expr
    if op == "not":
        return frozenset()
    return frozenset().union(*(_positive_groups(item) for item in arg))


def _requirements(expr: Expr) -> list[frozenset[Any]]:
    """Alternative sets of groups that must be present somewhere for ``expr`` to hold (``not`` needs none)."""
    if _leaf(expr):
        return [frozenset([expr])]
    op, arg, _ = expr
    if op == "not":
        return [frozenset()]
    if op == "any":
        return [need for item in arg for need in _requirements(item)]
    out: list[frozenset[Any]] = [frozenset()]
    for item in arg:
        out = [have | need for have in out for need in _requirements(item)]
        if len(out) > 64:
            return [frozenset()]  # too many alternatives to be a useful shortcut: look at every window
    return out


def _clauses(expr: Expr) -> list[list[frozenset[Any]]]:
    """What must be present for ``expr`` to hold: clauses that must all be met, each by one of its sets of
    groups all present; a clause per item of an ``all``.

    One list of alternatives for the whole ``all`` would be the product of its items' alternatives, which
    multiply (3 x 9 x 5 in a rule of ru-dprk-arms) past what is worth checking; the clauses say the same in
    their sum.
    """
    items = expr[1] if not _leaf(expr) and expr[0] == "all" else [expr]
    out = [_requirements(item) for item in items]
    return [clause for clause in out if frozenset() not in clause]  # an empty set meets its clause anywhere


def _near(positions: list[int], pos: int, span: int) -> bool:
    i = bisect_left(positions, pos - span)
    return i < len(positions) and positions[i] <= pos + span


def _leaves(expr: Expr) -> list[Any]:
    if _leaf(expr):
        return [expr]
    op, arg, _ = expr
    return _leaves(arg) if op == "not" else [leaf for item in arg for leaf in _leaves(item)]


def _partings(expr: Expr) -> list[Any]:
    """The groups whose words part clauses in ``expr``'s windows of a clause."""
    if _leaf(expr):
        return []
    op, arg, whole = expr
    own = [whole[1]] if _clause(whole) else []
    return own + (_partings(arg) if op == "not" else [group for item in arg for group in _partings(item)])


# A group of groups present only where they are near each other: each of its groups as the slots that stand for it
# (one, or an ``any`` of groups' alternatives), and N for a window of N tokens, or ("clause", the slot of the words
# parting clauses) for a window of a clause.
Near = tuple[tuple[tuple[int, ...], ...], Any]


def _numbered(expr: Expr, slot: dict[str, int], near: dict[Near, int]) -> Expr:
    """``expr`` with groups named by slot; an ``all`` in a window of tokens or of a clause becomes its groups and
    the slot of a group of its own (numbered after the real ones, in ``near``) present where they are near."""
    if _leaf(expr):
        return slot[expr]
    op, arg, whole = expr
    if op == "not":
        return (op, _numbered(arg, slot, near), whole)
    items = [_numbered(item, slot, near) for item in arg]
    if _tokens(whole) or _clause(whole):
        alternatives = tuple((item,) if _leaf(item) else tuple(item[1]) for item in items)
        key: Near = (alternatives, int(whole[1]) if _tokens(whole) else ("clause", slot[whole[1]]))
        near.setdefault(key, len(slot) + len(near))
        return (op, [*items, near[key]], False)
    return (op, items, whole)


def _bitmask(slots: frozenset[int]) -> int:
    out = 0
    for slot in slots:
        out |= 1 << slot
    return out


@dataclass(frozen=True)
class CompiledRule:
    """A rule of a compiled topic, with what ``score`` asks of it per Doc worked out beforehand."""

    rule: Rule
    # rule.needs as bitmasks over slots: ``must``, the groups each clause asks for whichever alternative meets
    # it, and the clauses left with more than one alternative; the rule can hold only where all are met.
    must: int
    needs: tuple[tuple[int, ...], ...]
    named: tuple[int, ...]  # rule.named as slots
    holds: Evaluator  # rule.expr over sentence bitmasks
    near: int  # the groups of groups near each other it reads, bit n for CompiledTopic.near[n]
    # A rule with a window of tokens: its expression with each part in a window of sentences of its own left as
    # (WITHIN, k, window), and the k-th part over sentence bitmasks (the sentences where it holds).
    split: Expr = None
    within: tuple[Evaluator, ...] = ()

    @classmethod
    def of(cls, rule: Rule, real: int) -> CompiledRule:
        # A group of groups near each other is present only where they are: its own slot (``real`` or
        # above) adds nothing to what must be present, and would overlap the next topic's slots.
        own = (1 << real) - 1
        must = 0
        clauses: list[tuple[int, ...]] = []
        for clause in rule.needs:
            options = {_bitmask(need) & own for need in clause}
            if 0 in options:
                continue  # met by nothing more than a group of groups near each other: met wherever the rule holds
            # An alternative that holds another is met only when that one is: checking the smaller is enough.
            minimal = sorted(need for need in options if not any(other != need and other & need == other
                                                                  for other in options))
            common = minimal[0]
            for need in minimal[1:]:
                common &= need
            must |= common
            if len(minimal) > 1:
                clauses.append(tuple(minimal))
        near = 0
        for slot in _leaves(rule.expr):
            if slot >= real:
                near |= 1 << (slot - real)
        parts: list[Expr] = []
        split = _split_within(rule.expr, parts) if isinstance(rule.window, int) else None
        return cls(rule, must, tuple(clauses), tuple(sorted(rule.named)), _evaluator(rule.expr), near, split,
                   tuple(_evaluator(part) for part in parts))

    def may_hold(self, present: int) -> bool:
        """Whether the groups present (bits of ``present``) meet what the rule needs to hold anywhere."""
        if present & self.must != self.must:
            return False
        for clause in self.needs:
            for need in clause:
                if need & present == need:
                    break
            else:
                return False
        return True


@dataclass(frozen=True)
class CompiledTopic:
    """A topic whose expressions name groups by slot number (0..len(groups)-1): per-Doc state is a list."""

    id: str
    threshold: float
    groups: tuple[str, ...]
    rules: tuple[Rule, ...]
    needs_positions: bool  # some rule has a token or clause window
    # Groups of groups in a window of tokens or of a clause (``Near``), slot len(groups) + n for the n-th.
    near: tuple[Near, ...] = ()
    compiled: tuple[CompiledRule, ...] = field(default=(), compare=False)  # derived from rules
    # derived: the groups each of near's needs present, as bits (those with no alternative)
    near_groups: tuple[int, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", tuple(CompiledRule.of(rule, len(self.groups)) for rule in self.rules))
        object.__setattr__(self, "near_groups", tuple(
            _bitmask(frozenset(options[0] for options in items if len(options) == 1)) for items, _ in self.near))


def compile_topic(topic: Topic) -> CompiledTopic:
    # Only the groups the rules name: shared groups a topic does not use cost it nothing per Doc.
    names = tuple(dict.fromkeys(group for rule in topic.rules
                                for group in (*_leaves(rule.expr), *_partings(rule.expr))))
    slot = {name: n for n, name in enumerate(names)}
    near: dict[Near, int] = {}
    rules = tuple(Rule(_numbered(rule.expr, slot, near), rule.window, rule.weight) for rule in topic.rules)
    return CompiledTopic(topic.id, topic.threshold, names, rules,
                         bool(near) or any(isinstance(r.window, int) for r in rules), tuple(near))


def score(topic: CompiledTopic, masks: list[int], points: list[list[tuple[int, int]]] | None = None, *,
          present: int | None = None, place: Callable[[], list[list[tuple[int, int]]]] | None = None,
          breaks: Callable[[int], list[int]] | None = None) -> tuple[float, list[int]]:
    """Score and evidence sentences from per-group sentence bitmasks (and hit points for token windows).

    ``present``: the groups with a hit (bits), if the caller knows them already; ``place``: how to get the
    points, if not given, for the few Docs that need them (the groups of a window of tokens in one sentence,
    a rule with a window of tokens that may hold); ``breaks``: the token positions where clauses start, from a
    group parting clauses (by slot), if not where its hits are (the caller knows where an opening clause ends).

    Only rules whose groups are present are looked at, and windows where some group is present: an
    expression that only says what must be absent holds nowhere. Sentence windows are evaluated at once
    over the bitmasks.
    """
    if present is None:
        present = 0
        for n, mask in enumerate(masks):
            if mask:
                present |= 1 << n
    if not present:
        return 0.0, []
    # Most Docs name the groups of only a few rules: the rest cost one check each, most of them the first
    # test of may_hold's, made here without a call.
    rules = [
        compiled
        for compiled in topic.compiled
        if present & compiled.must == compiled.must and compiled.may_hold(present)
    ]
    if not rules:
        return 0.0, []
    groups = set_bits(present)
    full = 0
    for n in groups:
        full |= masks[n]
    if topic.near:
        near = len(masks)
        masks = masks + [0] * len(topic.near)
        # Only the groups of groups near each other that a rule left reads, and only where their groups are all
        # present, are looked for: the rest would stay empty.
        wanted = 0
        for compiled in rules:
            wanted |= compiled.near
        for k, (items, span) in enumerate(topic.near):
            need = topic.near_groups[k]
            if not wanted >> k & 1 or present & need != need:
                continue
            common = full
            for options in items:
                found = 0
                for slot in options:
                    found |= masks[slot]
                common &= found
            mask = 0
            if not isinstance(span, int):
                # A sentence with no word parting clauses is one clause: the groups that share it are in one.
                parted = common & masks[span[1]]
                mask = common & ~parted
                common = parted
            if common:  # the groups share a sentence: only then are their positions read
                if points is None:
                    points = place() if place is not None else [[] for _ in range(near)]
                if isinstance(span, int):
                    mask = _near_sentences(points, items, span, common)
                else:
                    parting = span[1]
                    cuts = breaks(parting) if breaks is not None else sorted(p for p, _ in points[parting])
                    mask |= _clause_sentences(points, items, cuts, common)
            masks[near + k] = mask
            if mask:
                groups.append(near + k)
                present |= 1 << (near + k)
    everywhere = [0] * len(masks)
    for n in groups:
        everywhere[n] = full
    total = 0.0
    evidence = 0
    for compiled in rules:
        rule = compiled.rule
        held = 0
        if rule.window == "article":
            if compiled.holds(everywhere, everywhere, full, masks):
                for group in compiled.named:
                    held |= masks[group]
        elif rule.window == "sentence":
            held = compiled.holds(masks, everywhere, full, masks)
        elif points is not None or place is not None:
            if points is None:
                points = place() if place is not None else []
            # The parts in windows of sentences of their own: the sentences where each holds, as bit k of a
            # sentence's number in ``within``.
            within = [0] * full.bit_length() if compiled.within else []
            for k, part in enumerate(compiled.within):
                for sentence in set_bits(part(masks, everywhere, full, masks)):
                    within[sentence] |= 1 << k
            held = _token_windows(compiled, points + [[] for _ in range(len(points), len(masks))], set(groups), within)
        if held:
            total += rule.weight
            evidence |= held
    return min(total, 1.0), set_bits(evidence)


def _near_sentences(points: list[list[tuple[int, int]]], items: tuple[tuple[int, ...], ...], span: int,
                    common: int) -> int:
    """The sentences (bits) where a hit of the first of ``items`` has a hit of each other within ``span`` tokens, in
    the same sentence (each item a group, as the one slot that stands for it); only those of ``common``, where all of
    them have a hit, can be."""
    (first,), *others = items
    held = 0
    for pos, sentence in points[first]:
        if common >> sentence & 1 and not held >> sentence & 1 and all(
                any(s == sentence and abs(p - pos) <= span for p, s in points[other]) for (other,) in others):
            held |= 1 << sentence
    return held


def _clause_sentences(points: list[list[tuple[int, int]]], items: tuple[tuple[int, ...], ...], cuts: list[int],
                      common: int) -> int:
    """The sentences (bits) where a hit of one of each item's groups stands in one clause, clauses starting at the
    token positions ``cuts``; only those of ``common``, where every item has a hit, can be."""
    first, *others = items
    held = 0
    for slot in first:
        for pos, sentence in points[slot]:
            if not common >> sentence & 1 or held >> sentence & 1:
                continue
            clause = bisect_right(cuts, pos)
            if all(any(s == sentence and bisect_right(cuts, p) == clause for option in item for p, s in points[option])
                   for item in others):
                held |= 1 << sentence
    return held


def _token_windows(compiled: CompiledRule, points: list[list[tuple[int, int]]], present: set[int],
                   within: list[int]) -> int:
    rule = compiled.rule
    span = int(rule.window)
    # Only the groups the rule names can make it hold near a hit.
    positions = {group: sorted(p for p, _ in points[group]) for group in present.intersection(_leaves(rule.expr))}
    held = 0
    for group in present & rule.named:
        for pos, sentence in points[group]:
            if held >> sentence & 1:
                continue
            here = {g for g, found in positions.items() if _near(found, pos, span)}
            if _holds(compiled.split, here, present, within[sentence] if sentence < len(within) else 0):
                held |= 1 << sentence
    return held


def evaluate(topic: Topic, hits: dict[str, list[tuple[int, int]]]) -> tuple[float, list[int]]:
    """Score and evidence sentences of ``topic``; ``hits``: group -> [(token position, sentence index)]."""
    compiled = compile_topic(topic)
    points = [hits.get(name, []) for name in compiled.groups]
    masks = []
    for found in points:
        mask = 0
        for _, sentence in found:
            mask |= 1 << sentence
        masks.append(mask)
    return score(compiled, masks, points)
