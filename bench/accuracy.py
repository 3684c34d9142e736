"""Accuracy of the full enrichment on a labelled set (default ../shared/dev/articles.jsonl).

Prints micro precision / recall / F1 per language and overall for actors (the set per article, over
the article text only, as LABELING.md's "Scope" says), same-sentence pairs of watched actors, and
topics. Only the watched actors of LABELING.md are scored: an entity counts as one by its QID or, where
the ids differ, by its canonical English name.

    .venv/bin/python bench/accuracy.py [ARTICLES.jsonl] [--errors] [--topics ID,ID...] [--explain ID...]

``--topics`` names the topics the set is labelled for (default: ru-dprk-arms, the only one LABELING.md
labels); with more than one, each is also scored on its own. ``--explain`` prints, for the articles with those
ids, each sentence, the groups of each labelled topic found in it and the rules that hold there: what a rule
writer needs to see why a topic fired or did not.

Exits 0 with a note when the file is absent (a fresh clone has no ../shared).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.contracts import Article, EnrichedArticle  # noqa: E402

__all__ = ["DEFAULT_SET", "WATCHED", "Counts", "Scores", "explain", "score_articles", "watched_id"]

DEFAULT_SET = ROOT.parent / "shared" / "dev" / "articles.jsonl"

# LABELING.md's watch list: QID -> canonical English name.
WATCHED: dict[str, str] = {
    "Q7747": "Vladimir Putin", "Q56226": "Kim Jong Un", "Q16214890": "Kim Yo Jong", "Q32024": "Sergei Shoigu",
    "Q58217": "Sergei Lavrov", "Q6249125": "John Kirby", "Q25189608": "Wagner Group", "Q22686": "Donald Trump",
    "Q159": "Russia", "Q423": "North Korea", "Q884": "South Korea", "Q212": "Ukraine", "Q30": "United States",
    "Q794": "Iran", "Q148": "China", "Q18808": "Pyongyang", "Q959": "Vladivostok", "Q649": "Moscow",
    "Q493040": "Korean Central News Agency (KCNA)",
}
_BY_NAME = {name.casefold(): qid for qid, name in WATCHED.items()}
_BY_NAME.update({"kcna": "Q493040", "korean central news agency": "Q493040"})


def watched_id(actor_id: str, name: str) -> str | None:
    """The labelled id of an entity, or None when it is not on the watch list."""
    if actor_id in WATCHED:
        return actor_id
    key = name.casefold()
    if key in _BY_NAME:
        return _BY_NAME[key]
    # "Korean Central News Agency (KCNA)": the name without its bracketed acronym, or the acronym itself;
    # a bracketed qualifier that is not an acronym ("National Intelligence Service (South Korea)") is not a name
    bare, _, rest = name.partition(" (")
    acronym = rest.rstrip(")")
    if not acronym.isupper():
        return None
    return _BY_NAME.get(bare.casefold()) or _BY_NAME.get(acronym.casefold())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, found: set[Any], gold: set[Any]) -> None:
        self.tp += len(found & gold)
        self.fp += len(found - gold)
        self.fn += len(gold - found)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    # kind ("actors", "pairs", "topics") -> language ("all" too) -> counts
    counts: dict[str, dict[str, Counts]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Counts)))
    errors: list[str] = field(default_factory=list)

    def add(self, kind: str, lang: str, found: set[Any], gold: set[Any]) -> None:
        self.counts[kind][lang].add(found, gold)
        self.counts[kind]["all"].add(found, gold)

    def f1(self, kind: str, lang: str = "all") -> float:
        return self.counts[kind][lang].f1


def _predicted(enriched: EnrichedArticle) -> tuple[set[str], set[tuple[str, str]]]:
    """Watched actors mentioned in the text (not the title) and the watched pairs sharing a sentence."""
    text_start = len(enriched.title) + 2
    actors: set[str] = set()
    by_sentence: dict[int, set[str]] = defaultdict(set)
    for entity in enriched.entities:
        qid = watched_id(entity.id, entity.name)
        if qid is None:
            continue
        for mention in entity.mentions:
            if mention.start >= text_start:
                actors.add(qid)
                by_sentence[mention.sentence].add(qid)
    pairs = {pair for ids in by_sentence.values() for pair in combinations(sorted(ids), 2)}
    return actors, pairs


def score_articles(rows: Iterable[dict[str, Any]], enrich: Any, topic_ids: Iterable[str] = ("ru-dprk-arms",)) -> Scores:
    """Score labelled rows with ``enrich`` (a batch function: Articles -> EnrichedArticles), topics over
    ``topic_ids`` (those the set is labelled for)."""
    universe = frozenset(topic_ids)
    rows = list(rows)
    articles = [Article(id=r["id"], feed="bench", title=r.get("title", ""), text=r["text"], lang=r.get("lang"))
                for r in rows]
    scores = Scores()
    for row, enriched in zip(rows, enrich(articles), strict=True):
        lang = row.get("lang") or "?"
        actors, pairs = _predicted(enriched)
        gold_actors = set(row.get("actors", []))
        gold_pairs = {tuple(pair) for pair in row.get("sentence_pairs", [])}
        topics = {hit.id for hit in enriched.topics if hit.id in universe}
        gold_topics = set(row.get("topics", [])) & universe
        scores.add("actors", lang, actors, gold_actors)
        scores.add("pairs", lang, pairs, gold_pairs)
        scores.add("topics", lang, topics, gold_topics)
        if len(universe) > 1:
            for topic in sorted(universe):
                scores.add(f"topic {topic}", lang, topics & {topic}, gold_topics & {topic})
        for kind, found, gold in (("actors", actors, gold_actors), ("pairs", pairs, gold_pairs),
                                  ("topics", topics, gold_topics)):
            if found != gold:
                scores.errors.append(
                    f"{row['id']} {kind}: missing {sorted(gold - found)} extra {sorted(found - gold)}"
                )
    return scores


def _enricher() -> Any:
    from core.actors import ActorBase
    from enrich.enricher import Enricher

    return Enricher(ActorBase.shipped()).enrich


def explain(row: dict[str, Any], topic_ids: Iterable[str], enricher: Any = None) -> str:
    """Each sentence of a labelled row, the topic groups found in it and the rules that hold, per topic (``enricher``:
    an Enricher to reuse across rows, whose pipelines take seconds to build)."""
    from core.actors import ActorBase
    from enrich.enricher import Enricher, visible

    enricher = enricher or Enricher(ActorBase.shipped())
    article = visible(Article(id=row["id"], feed="bench", title=row.get("title", ""), text=row["text"],
                              lang=row.get("lang")))
    [enriched] = enricher.enrich([article])
    nlp = enricher.pipelines.get(enriched.lang)
    doc = nlp(article.body)
    tagger = nlp.get_pipe("newsradar_topics")
    found = {hit.id: hit for hit in enriched.topics}
    lines = [f"{row['id']} ({enriched.lang}) labelled {row.get('topics', [])}"]
    for n, (start, end) in enumerate(enriched.sentences):
        lines.append(f"  [{n}] {article.body[start:end][:160]}")
    for topic_id in topic_ids:
        why = tagger.explain(doc, topic_id)
        hit = found.get(topic_id)
        lines.append(f"  {topic_id}: " + (f"score {hit.score}, evidence {hit.evidence}" if hit else "not found"))
        for window, names in why.groups.items():
            lines.append(f"    [{window}] {' '.join(names)}")
        for number, weight, evidence in why.rules:
            lines.append(f"    rule {number} (weight {weight}) holds in {evidence}")
    return "\n".join(lines)


def _report(scores: Scores) -> str:
    lines = []
    for kind in ("actors", "pairs", "topics", *sorted(k for k in scores.counts if k.startswith("topic "))):
        by_lang = scores.counts[kind]
        for lang in sorted(by_lang, key=lambda code: (code == "all", code)):
            c = by_lang[lang]
            lines.append(f"{kind:7} {lang:4} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f} "
                         f"(tp={c.tp} fp={c.fp} fn={c.fn})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--errors", action="store_true", help="list every article-level difference")
    parser.add_argument("--topics", default="ru-dprk-arms", help="comma-separated topic ids the set is labelled for")
    parser.add_argument("--explain", nargs="+", metavar="ID", help="show why the topics hold or not on these articles")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"no labelled set at {args.path}: nothing to score")
        return 0
    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    topic_ids = [t.strip() for t in args.topics.split(",") if t.strip()]
    if args.explain:
        wanted = [row for row in rows if row["id"] in set(args.explain)]
        missing = sorted(set(args.explain) - {row["id"] for row in wanted})
        if missing:
            print(f"not in {args.path}: {', '.join(missing)}", file=sys.stderr)
            return 2
        from core.actors import ActorBase
        from enrich.enricher import Enricher

        enricher = Enricher(ActorBase.shipped())
        print("\n".join(explain(row, topic_ids, enricher) for row in wanted))
        return 0
    scores = score_articles(rows, _enricher(), topic_ids)
    print(f"{len(rows)} articles from {args.path}")
    print(_report(scores))
    if args.errors:
        print("\n".join(scores.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
