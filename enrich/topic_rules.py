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


def _positive_groups(expr: Expr) -> set[str]:
    """The groups an expression asks to be present (what a passage must show to be evidence)."""
    if isinstance(expr, str):
        return {expr}
    op, arg, _ = expr
    if op == "not":
        return set()
    return set().union(*(_positive_groups(item) for item in arg))


def evaluate(topic: Topic, hits: dict[str, list[tuple[int, int]]]) -> tuple[float, list[int]]:
    """Score and evidence sentences of ``topic``; ``hits``: group -> [(token position, sentence index)]."""
    article = {group for group, found in hits.items() if found}
    score = 0.0
    evidence: set[int] = set()
    for rule in topic.rules:
        held: set[int] = set()
        if rule.window == "article":
            if _holds(rule.expr, article, article):
                named = _positive_groups(rule.expr)
                held = {s for group in article & named for _, s in hits[group]}
        elif rule.window == "sentence":
            by_sentence: dict[int, set[str]] = {}
            for group, found in hits.items():
                for _, sentence in found:
                    by_sentence.setdefault(sentence, set()).add(group)
            held = {s for s, here in by_sentence.items() if _holds(rule.expr, here, article)}
        else:
            span = int(rule.window)
            points = sorted((pos, s) for found in hits.values() for pos, s in found)
            for pos, sentence in points:
                here = {g for g, found in hits.items() if any(abs(p - pos) <= span for p, _ in found)}
                if _holds(rule.expr, here, article):
                    held.add(sentence)
        if held:
            score += rule.weight
            evidence |= held
    return min(score, 1.0), sorted(evidence)
