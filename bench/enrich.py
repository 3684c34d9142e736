"""Enrichment throughput: full pipeline vs spaCy's blank tokenizer, one worker vs two, worker memory.

    .venv/bin/python bench/enrich.py [--articles 5000] [--batch 64]

Prints articles/s and tokens/s of the full enrichment (language id, sentences, lemmas, actors,
topics, EnrichedArticle building) beside the tokenizer alone on the same texts in the same run;
then the same corpus split over two worker processes against one, and the resident memory of a
worker with the full knowledge base. Targets: full >= 50% of tokenizer-only, two workers >= 1.8x,
a worker <= 1 GiB.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# Run as a script, this file's folder would come first on sys.path and "enrich" would be this
# file instead of the package.
_ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "bench"]
sys.path[:0] = [str(_ROOT), str(_ROOT / "bench")]

import spacy  # noqa: E402
from enrich_corpus import LANGS, build_corpus  # noqa: E402

from core.contracts import Article  # noqa: E402
from core.service import settle_heap  # noqa: E402
from enrich import build_summary  # noqa: E402
from enrich.enricher import Enricher  # noqa: E402
from enrich.pipeline import COMPONENTS  # noqa: E402

_ARTICLES: list[Article] = []  # the corpus, inherited by forked workers
_CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
_clock = _CLOCKS["wall"]


def tokenizer_only(articles: Sequence[Article], batch: int) -> tuple[float, float, int]:
    """Seconds of spaCy's blank tokenizer over the articles, grouped by language, first pass (new
    words) and second pass (every word known), and the token count."""
    groups: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        groups[article.lang or "xx"].append(article.body)
    pipelines = {
        lang: spacy.blank(lang, config={"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}})
        if lang == "ko"
        else spacy.blank(lang)
        for lang in groups
    }
    seconds: list[float] = []
    for _ in range(2):
        started, tokens = _clock(), 0
        for lang, texts in groups.items():
            tokens += sum(len(doc) for doc in pipelines[lang].pipe(texts, batch_size=batch))
        seconds.append(_clock() - started)
    return seconds[0], seconds[1], tokens


def full(enricher: Enricher, articles: Sequence[Article], batch: int) -> tuple[float, int, int]:
    """Seconds, mentions and topic hits of the full enrichment, fed in worker-sized batches."""
    started, mentions, topics = _clock(), 0, 0
    for i in range(0, len(articles), batch):
        for item in enricher.enrich(articles[i : i + batch]):
            mentions += sum(len(e.mentions) for e in item.entities)
            topics += len(item.topics)
    return _clock() - started, mentions, topics


def stages(enricher: Enricher, articles: Sequence[Article], passes: int = 2) -> dict[str, float]:
    """Microseconds per article of each stage, on the last of ``passes`` passes (caches filled by the
    ones before): language id, the tokenizer, each component, the message. One article at a time, so
    the figures add up to a little more than the batched run."""
    from enrich.enricher import to_enriched

    base = enricher.base
    totals: dict[str, float] = defaultdict(float)
    for _ in range(passes):
        totals.clear()
        for article in articles:
            started = _clock()
            lang = enricher.detect(article)
            nlp = enricher.pipelines.get(lang)
            now = _clock()
            totals["language id"] += now - started
            doc = nlp.make_doc(article.body)
            started, now = now, _clock()
            totals["tokenizer"] += now - started
            for name, component in nlp.pipeline:
                doc = component(doc)
                started, now = now, _clock()
                totals[name] += now - started
            to_enriched(article, doc, lang, base)
            totals["message"] += _clock() - now
    return {name: seconds / len(articles) * 1e6 for name, seconds in totals.items()}


def _worker(share: tuple[int, int], components: tuple[str, ...], batch: int, ready: Any, results: Any) -> None:
    enricher = Enricher(components=components, batch_size=batch)
    enricher.warm_up(LANGS)
    settle_heap()  # as the worker's consumer loop does before its first poll
    ready.wait()
    cold, _, _ = full(enricher, _ARTICLES[share[0] : share[1]], batch)
    ready.wait()  # the second pass starts together too: it measures the steady state, caches filled
    warm, _, _ = full(enricher, _ARTICLES[share[0] : share[1]], batch)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    results.put((share, cold, warm, rss))


def processes(count: int, components: tuple[str, ...], batch: int) -> tuple[float, float, int]:
    """Seconds for ``count`` forked workers to enrich the corpus split evenly, first pass (fresh
    caches) and second pass (filled); max RSS in bytes."""
    ctx = mp.get_context("fork")
    ready, results = ctx.Barrier(count), ctx.Queue()
    n = len(_ARTICLES)
    bounds = [(n * i // count, n * (i + 1) // count) for i in range(count)]
    procs = [ctx.Process(target=_worker, args=(b, components, batch, ready, results)) for b in bounds]
    for proc in procs:
        proc.start()
    reports = [results.get(timeout=1800) for _ in procs]
    for proc in procs:
        proc.join(60)
    return max(r[1] for r in reports), max(r[2] for r in reports), max(r[3] for r in reports)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--no-processes", action="store_true", help="skip the one-vs-two worker run")
    parser.add_argument("--stages", action="store_true", help="also print microseconds per article of each stage")
    parser.add_argument(
        "--clock",
        choices=sorted(_CLOCKS),
        default="wall",
        help="cpu: seconds of CPU per process, for a machine other jobs are loading",
    )
    args = parser.parse_args(argv)
    global _clock
    _clock = _CLOCKS[args.clock]

    corpus = build_corpus(args.articles)
    _ARTICLES[:] = [Article(id=a.id, feed="bench", title=a.title, text=a.text, lang=a.lang) for a in corpus]
    components = COMPONENTS
    print(f"corpus: {len(_ARTICLES)} articles in {', '.join(LANGS)}; components: {', '.join(components)}")
    print(f"cpus: {os.cpu_count()}; load average: {os.getloadavg()[0]:.2f}; clock: {args.clock}")
    print(f"enrichment modules: {build_summary()}")

    n = len(_ARTICLES)
    if not args.no_processes:
        # Forked before this process fills any cache: each worker starts as a fresh one would.
        one_s, one_warm, rss_one = processes(1, components, args.batch)
        two_s, two_warm, rss_two = processes(2, components, args.batch)

    enricher = Enricher(components=components, batch_size=args.batch)
    started = time.perf_counter()
    enricher.warm_up(LANGS)
    print(f"pipelines built in {time.perf_counter() - started:.1f}s")
    # A worker freezes what it holds for life (pipelines, knowledge base) before its first poll, so that full
    # collections do not walk it again and again: measure that steady state.
    settle_heap()

    tok_s, tok_warm, tokens = tokenizer_only(_ARTICLES, args.batch)
    cold_s, mentions, topics = full(enricher, _ARTICLES, args.batch)
    warm_s, _, _ = full(enricher, _ARTICLES, args.batch)
    # The same path with no components: language id, the tokenizer, the sentences the message needs and
    # the message itself. No set of components can run faster than this.
    bare = Enricher(components=(), batch_size=args.batch)
    bare.warm_up(LANGS)
    full(bare, _ARTICLES, args.batch)
    bare_s, _, _ = full(bare, _ARTICLES, args.batch)
    print(f"tokens: {tokens} ({tokens / n:.0f} per article); {mentions} mentions, {topics} topic hits")
    print(f"tokenizer only, 1st pass: {n / tok_s:8.1f} articles/s {tokens / tok_s:10.0f} tokens/s ({tok_s:.1f}s)")
    print(
        f"full, first pass (cold) : {n / cold_s:8.1f} articles/s {tokens / cold_s:10.0f} tokens/s ({cold_s:.1f}s)"
        f"  = {tok_s / cold_s:.1%} of tokenizer-only (target >= 50%)"
    )
    print(
        f"full, second pass (warm): {n / warm_s:8.1f} articles/s {tokens / warm_s:10.0f} tokens/s ({warm_s:.1f}s)"
        f"  = {tok_warm / warm_s:.1%} of tokenizer-only's second pass ({tokens / tok_warm:.0f} tokens/s)"
    )

    print(
        f"no components, 2nd pass : {n / bare_s:8.1f} articles/s {tokens / bare_s:10.0f} tokens/s ({bare_s:.1f}s)"
        f"  = {tok_warm / bare_s:.1%} of tokenizer-only's second pass: the ceiling (language id, sentences, message)"
    )

    if args.stages:
        per_stage = stages(enricher, _ARTICLES)
        print(
            "per article, caches filled (us): "
            + ", ".join(f"{name.removeprefix('newsradar_')} {us:.0f}" for name, us in per_stage.items())
            + f"; total {sum(per_stage.values()):.0f}"
        )
        print(f"  tokenizer only, second pass: {tok_warm / n * 1e6:.0f} us per article")

    if not args.no_processes:
        print(f"1 worker process  : {n / one_s:8.1f} articles/s ({one_s:.1f}s)")
        print(
            f"2 worker processes: {n / two_s:8.1f} articles/s ({two_s:.1f}s)  speed-up {one_s / two_s:.2f}x"
            " (target >= 1.8x)"
        )
        print(
            f"second pass, caches filled: 1 worker {n / one_warm:.1f} articles/s, 2 workers {n / two_warm:.1f}"
            f" articles/s, speed-up {one_warm / two_warm:.2f}x"
        )
        if args.clock == "cpu":
            print("  (CPU seconds per worker: the speed-up two otherwise idle cores would give)")
        rss = max(rss_one, rss_two)
        print(f"worker max resident memory: {rss / 2**20:.0f} MiB (target <= 1024 MiB)")
    print(
        f"load average at the end: {os.getloadavg()[0]:.2f} (other processes on these {os.cpu_count()} cpus"
        " skew every figure)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
