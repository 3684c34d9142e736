"""The topic rule language (enrich/data/topics.yaml), parsed and evaluated as plain data.

A topic, in the spirit of EMM categories, names *groups* (actor ids, or lemma-level terms per language)
and *rules*. A rule is a boolean expression over group names (``all`` / ``any`` / ``not``, nested)
evaluated in a window: every sentence, every stretch of N tokens around a hit, or the whole article;
any sub-expression may say ``window: article`` to look at the whole article instead. Each rule that
holds adds its weight; a topic fires when the sum (capped at 1) reaches its threshold, with the
sentences where its rules held as evidence.

Terms: ``word`` matches a token whose surface or any lemma is ``word``; ``stem*`` a surface or lemma
starting with ``stem``; ``=form`` the surface form only (for forms the analysers read two ways, such
as Polish "broni", weapon or defends, listed in the phrases that settle it); several space-separated
patterns form a phrase of consecutive tokens.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from core.errors import NewsradarError

__all__ = ["Rule", "Topic", "TopicRuleError", "evaluate", "load_topics", "terms_of"]

Expr = Any  # str | ("all" | "any", list[Expr], bool) | ("not", Expr, bool); bool = article window


class TopicRuleError(NewsradarError):
    """topics.yaml does not follow the rule language."""


@dataclass(frozen=True)
class Rule:
    expr: Expr
    window: str | int  # "sentence", "article" or a number of tokens
    weight: float
    named: frozenset[str] = field(default=frozenset(), compare=False)  # derived: the groups asked to be present

    def __post_init__(self) -> None:
        object.__setattr__(self, "named", _positive_groups(self.expr))


@dataclass
class Topic:
    id: str
    threshold: float
    rules: list[Rule]
    actor_groups: dict[str, frozenset[str]] = field(default_factory=dict)
    term_groups: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # group -> lang -> patterns


def _expr(node: Any, groups: set[str], where: str) -> Expr:
    if isinstance(node, str):
        if node not in groups:
            raise TopicRuleError(f"{where}: unknown group {node!r}")
        return node
    if not isinstance(node, dict):
        raise TopicRuleError(f"{where}: an expression is a group name or a mapping, not {node!r}")
    article = node.get("window", "sentence") == "article"
    ops = [key for key in ("all", "any", "not") if key in node]
    if len(ops) != 1:
        raise TopicRuleError(f"{where}: say exactly one of all / any / not")
    op = ops[0]
    if op == "not":
        return ("not", _expr(node["not"], groups, where), article)
    items = node[op]
    if not isinstance(items, list) or not items:
        raise TopicRuleError(f"{where}: {op} takes a non-empty list")
    return (op, [_expr(item, groups, where) for item in items], article)


def _window(value: Any, where: str) -> str | int:
    if value in ("sentence", "article"):
        return str(value)
    if isinstance(value, dict) and isinstance(value.get("tokens"), int) and value["tokens"] > 0:
        return int(value["tokens"])
    raise TopicRuleError(f"{where}: window is sentence, article or {{tokens: N}}, not {value!r}")


def _parse_topic(raw: dict[str, Any], shared: dict[str, Any]) -> Topic:
    topic_id = raw.get("id")
    if not isinstance(topic_id, str) or not topic_id:
        raise TopicRuleError("every topic needs an id")
    groups = {**shared, **(raw.get("groups") or {})}
    topic = Topic(id=topic_id, threshold=float(raw.get("threshold", 0.5)), rules=[])
    for name, spec in groups.items():
        if not isinstance(spec, dict) or not ({"actors", "terms"} & set(spec)):
            raise TopicRuleError(f"{topic_id}: group {name!r} needs actors or terms")
        if "actors" in spec:
            topic.actor_groups[name] = frozenset(str(a) for a in spec["actors"])
        if "terms" in spec:
            topic.term_groups[name] = {lang: [str(t) for t in terms] for lang, terms in spec["terms"].items()}
    for n, rule in enumerate(raw.get("rules") or []):
        where = f"{topic_id} rule {n}"
        expr = _expr(rule.get("match"), set(groups), where)
        topic.rules.append(Rule(expr, _window(rule.get("window", "sentence"), where), float(rule.get("weight", 1.0))))
    if not topic.rules:
        raise TopicRuleError(f"{topic_id}: no rules")
    return topic


def load_topics(path: Path) -> list[Topic]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    shared = data.get("groups") or {}
    return [_parse_topic(raw, shared) for raw in data.get("topics") or []]


def terms_of(topics: list[Topic], lang: str) -> dict[tuple[str, str], list[str]]:
    """(topic id, group) -> the term patterns of ``lang``."""
    return {
        (topic.id, group): by_lang.get(lang, [])
        for topic in topics
        for group, by_lang in topic.term_groups.items()
        if by_lang.get(lang)
    }


def _holds(expr: Expr, here: set[str], article: set[str]) -> bool:
    if isinstance(expr, str):
        return expr in here
    op, arg, whole = expr
    scope = article if whole else here
    if op == "not":
        return not _holds(arg, scope, article)
    results = (_holds(item, scope, article) for item in arg)
    return all(results) if op == "all" else any(results)


def _mask(expr: Expr, masks: dict[str, int], article: dict[str, int], full: int) -> int:
    """The sentences (bits) where ``expr`` holds; ``article`` maps present groups to every sentence."""
    if isinstance(expr, str):
        return masks.get(expr, 0)
    op, arg, whole = expr
    scope = article if whole else masks
    if op == "not":
        return full & ~_mask(arg, scope, article, full)
    if op == "all":
        result = full
        for item in arg:
            result &= _mask(item, scope, article, full)
            if not result:
                break
        return result
    result = 0
    for item in arg:
        result |= _mask(item, scope, article, full)
    return result


def _bits(mask: int) -> set[int]:
    out = set()
    while mask:
        low = mask & -mask
        out.add(low.bit_length() - 1)
        mask ^= low
    return out


def _positive_groups(expr: Expr) -> frozenset[str]:
    """The groups an expression asks to be present (what a passage must show to be evidence)."""
    if isinstance(expr, str):
        return frozenset([expr])
    op, arg, _ = expr
    if op == "not":
        return frozenset()
    return frozenset().union(*(_positive_groups(item) for item in arg))


def _possible(expr: Expr, article: set[str]) -> bool:
    """Whether any window of the article could satisfy ``expr`` (a cheap test before looking at windows)."""
    if isinstance(expr, str):
        return expr in article
    op, arg, _ = expr
    if op == "not":
        return True
    results = (_possible(item, article) for item in arg)
    return all(results) if op == "all" else any(results)


def _near(positions: list[int], pos: int, span: int) -> bool:
    i = bisect_left(positions, pos - span)
    return i < len(positions) and positions[i] <= pos + span


def evaluate(topic: Topic, hits: dict[str, list[tuple[int, int]]]) -> tuple[float, list[int]]:
    """Score and evidence sentences of ``topic``; ``hits``: group -> [(token position, sentence index)].

    Windows are looked at where some group is present: an expression that only says what must be
    absent holds nowhere. Sentence windows are evaluated at once over sentence bitmasks.
    """
    masks: dict[str, int] = {}
    for group, found in hits.items():
        mask = 0
        for _, sentence in found:
            mask |= 1 << sentence
        if mask:
            masks[group] = mask
    if not masks:
        return 0.0, []
    present = set(masks)
    full = 0
    for mask in masks.values():
        full |= mask
    everywhere = dict.fromkeys(masks, full)
    score = 0.0
    evidence = 0
    for rule in topic.rules:
        if not _possible(rule.expr, present):
            continue
        held = 0
        if rule.window == "article":
            if _mask(rule.expr, everywhere, everywhere, full):
                for group in rule.named:
                    held |= masks.get(group, 0)
        elif rule.window == "sentence":
            held = _mask(rule.expr, masks, everywhere, full)
        else:
            held = _token_windows(rule, hits, present)
        if held:
            score += rule.weight
            evidence |= held
    return min(score, 1.0), sorted(_bits(evidence))


def _token_windows(rule: Rule, hits: dict[str, list[tuple[int, int]]], present: set[str]) -> int:
    span = int(rule.window)
    positions = {group: sorted(p for p, _ in hits[group]) for group in present}
    held = 0
    for group in present & rule.named:
        for pos, sentence in hits[group]:
            if held >> sentence & 1:
                continue
            here = {g for g, found in positions.items() if _near(found, pos, span)}
            if _holds(rule.expr, here, present):
                held |= 1 << sentence
    return held
