"""Alert benchmarks (figures, not tests).

(a) Evaluation cost per article with 10, 10,000 and 100,000 subscriptions in one run. Every run has
    the same 10 subscriptions on the article's actors (so each fires the same alerts); the rest
    watch actors drawn from a large pool, as real subscriptions spread over many actors. Target:
    100,000 within 2x of 10. A second line draws from a small pool (popular actors everywhere)
    to show the cost following the number of candidate subscriptions, not the total.

(b) On the real broker: articles at a fixed rate through enrich → alert → notify to a webhook
    receiver on 127.0.0.1; p50/p99 from produce on newsradar.articles to receipt (needs the enrich
    worker and a running broker: ``--part b --bootstrap HOST:PORT``).

    python bench/alerts.py --part a
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alerts.rules import evaluate
from alerts.subscriptions import SubscriptionIndex
from core.contracts import EnrichedArticle, Entity, Mention, Subscription

ARTICLE_ACTORS = ["Q7747", "Q56226", "Q159", "Q423", "Q148"]


def article(i: int) -> EnrichedArticle:
    sentences = [f"Sentence {k} about talks between leaders number {i} in the capital city." for k in range(12)]
    title, text = f"Story {i}", " ".join(sentences)
    body = f"{title}\n\n{text}"
    spans, pos = [(0, len(title))], len(title) + 2
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1
    entities = []
    for n, actor in enumerate(ARTICLE_ACTORS):
        mentions = []
        for k in (1 + n % 3, 4 + n % 5, 9):
            start = spans[k][0] + 9
            mentions.append(Mention(text=body[start:start + 5], start=start, end=start + 5, sentence=k))
        entities.append(Entity(id=actor, name=f"Actor {actor}", type="person", mentions=mentions))
    return EnrichedArticle(id=f"a{i}", feed="f", title=title, text=text, lang="en", sentences=spans,
                           entities=entities)


def subscriptions(total: int, pool: int, rng: random.Random) -> list[Subscription]:
    fixed = [
        Subscription(id=f"fixed-{k}", actors=rng.sample(ARTICLE_ACTORS, 2 + k % 3),
                     match=("all", "any", {"at_least": 2})[k % 3],  # type: ignore[arg-type]
                     scope=("article", "sentence", {"window": 20})[k % 3])  # type: ignore[arg-type]
        for k in range(min(10, total))
    ]
    rest = [Subscription(id=f"s{k}", actors=[f"Q{1_000_000 + rng.randrange(pool)}" for _ in range(2)],
                         match="all", scope="sentence") for k in range(total - len(fixed))]
    return fixed + rest


def per_article_us(index: SubscriptionIndex, articles: list[EnrichedArticle], rounds: int) -> tuple[float, int]:
    timings, fired = [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        for a in articles:
            fired += len(evaluate(a, index))
        timings.append((time.perf_counter() - started) / len(articles))
    return statistics.median(timings) * 1e6, fired // rounds


def part_a(rounds: int) -> None:
    rng = random.Random(7)
    articles = [article(i) for i in range(50)]
    for pool, label in ((1_000_000, "actors drawn from a 1,000,000-actor pool"),
                        (None, "background subscriptions also on the article's actors (1 in 1,000)")):
        print(f"(a) evaluation per article, {label}:")
        base = None
        for total in (10, 10_000, 100_000):
            subs = subscriptions(total, pool or 1_000_000, rng)
            if pool is None:
                for k in range(10, total, 1000):  # make every 1,000th also watch Putin + Kim
                    subs[k] = Subscription(id=subs[k].id, actors=["Q7747", "Q56226"], scope="sentence")
            started = time.perf_counter()
            index = SubscriptionIndex(subs)
            build = time.perf_counter() - started
            cost, fired = per_article_us(index, articles, rounds)
            base = base or cost
            print(f"  {total:>7,} subscriptions: {cost:8.1f} us/article ({cost / base:4.2f}x of 10), "
                  f"{fired} alerts per {len(articles)} articles, index built in {build:.2f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=("a", "b"), default="a")
    parser.add_argument("--rounds", type=int, default=30, help="(a) timing rounds")
    parser.add_argument("--bootstrap", help="(b) a running broker; default: start one with kafka-local")
    parser.add_argument("--rate", type=float, default=100.0, help="(b) articles per second")
    parser.add_argument("--seconds", type=float, default=10.0, help="(b) how long to produce")
    args = parser.parse_args()
    if args.part == "a":
        part_a(args.rounds)
    else:
        from bench.alerts_e2e import part_b

        part_b(args.bootstrap, args.rate, args.seconds)


if __name__ == "__main__":
    main()
