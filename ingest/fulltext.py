"""Full text for feeds that only carry a teaser (opt-in per feed: ``fulltext: true``).

The linked page is fetched through the same Fetcher (deadline, byte cap, politeness, address
check) and its main text extracted with trafilatura in the parser pool, since extraction is as
CPU-heavy as parsing. A page that fails leaves the entry's own text in place.
"""

from __future__ import annotations

import asyncio
import logging

from core.contracts import Article
from core.errors import FetchError
from ingest.config import IngestConfig
from ingest.fetch import PAGE_ACCEPT, Fetcher
from ingest.pool import JobError, ParserPool
from ingest.text import normalise_space

__all__ = ["add_fulltext", "extract_main_text"]

log = logging.getLogger(__name__)


def extract_main_text(body: bytes, url: str) -> str:
    """The page's main text (pool job); "" when trafilatura finds none."""
    import trafilatura  # heavy import: only in the workers that need it

    text = trafilatura.extract(body, url=url, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False)
    return normalise_space(text or "")


async def _one(article: Article, fetcher: Fetcher, pool: ParserPool) -> Article:
    try:
        page = await fetcher.fetch(article.url, accept=PAGE_ACCEPT)
        if page.status != 200 or not page.body:
            return article
        text = await pool.run(extract_main_text, page.body, page.url)
    except (FetchError, JobError) as exc:
        log.info("full text of %s not fetched: %s", article.url, exc, extra={"feed": article.feed})
        return article
    if len(text) > len(article.text):
        return article.model_copy(update={"text": text})
    return article


async def add_fulltext(articles: list[Article], fetcher: Fetcher, pool: ParserPool,
                       cfg: IngestConfig) -> list[Article]:
    """``articles`` with the short ones' text replaced by their page's main text (bounded per poll)."""
    short = [i for i, a in enumerate(articles) if a.url and len(a.text) < cfg.fulltext_min_chars]
    short = short[: cfg.fulltext_max_per_poll]
    if not short:
        return articles
    done = await asyncio.gather(*(_one(articles[i], fetcher, pool) for i in short))
    out = list(articles)
    for i, article in zip(short, done, strict=True):
        out[i] = article
    return out
