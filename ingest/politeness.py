"""How many requests may run at once: overall, and per registrable domain.

A domain slot is taken before a global one, so feeds queued behind a busy domain hold no global
slot and cannot starve every other domain.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from ingest.canonical import registrable_domain

__all__ = ["Politeness"]


class Politeness:
    def __init__(self, concurrency: int, per_domain: int) -> None:
        self._global = asyncio.Semaphore(concurrency)
        self._per_domain = per_domain
        self._domains: dict[str, tuple[asyncio.Semaphore, int]] = {}
        self.peak: dict[str, int] = {}   # most requests seen in flight per domain (tests, debugging)
        self._active: dict[str, int] = {}

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        domain = registrable_domain(host)
        sem, users = self._domains.get(domain, (None, 0))
        if sem is None:
            sem = asyncio.Semaphore(self._per_domain)
        self._domains[domain] = (sem, users + 1)
        try:
            async with sem, self._global:
                active = self._active.get(domain, 0) + 1
                self._active[domain] = active
                if active > self.peak.get(domain, 0):
                    self.peak[domain] = active
                try:
                    yield
                finally:
                    self._active[domain] -= 1
        finally:
            sem, users = self._domains[domain]
            if users <= 1:  # forget idle domains: 100,000 feeds must not keep 100,000 semaphores
                del self._domains[domain]
                self._active.pop(domain, None)
            else:
                self._domains[domain] = (sem, users - 1)
