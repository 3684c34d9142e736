"""Shared by the knowledge-base-scale set tests (test_countrysets, test_peoplesets): each set enriched once
over the shipped base, with the entities its text (not its title) names."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.actors import ActorBase
from core.contracts import Article
from enrich.enricher import Enricher


@lru_cache(maxsize=8)
def named_in_text(path: Path) -> tuple[tuple[dict[str, Any], dict[str, str]], ...]:
    """Per labelled row of ``path``: the row, and the name -> type of each entity its text mentions."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article(id=r["id"], feed="test", title=r["title"], text=r["text"], lang=r["lang"]) for r in rows]
    out: list[tuple[dict[str, Any], dict[str, str]]] = []
    for row, enriched in zip(rows, Enricher(ActorBase.shipped()).enrich(articles), strict=True):
        body = len(enriched.title) + 2  # labels cover the text, not the title
        out.append((row, {e.name: e.type for e in enriched.entities if any(m.start >= body for m in e.mentions)}))
    return tuple(out)
