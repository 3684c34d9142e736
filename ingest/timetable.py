"""Which feed is due when: a heap of (due time, feed id), so each feed is polled at its own time.

Polling in rounds (poll every due feed, wait for the slowest, look again) lets one feed that takes
its whole 30 s deadline hold back every feed due meanwhile. With a timetable a finished poll puts
its feed back at the time its new state names, and the driver starts whatever is due, whenever it is.
Pure: no clock, no I/O; ``due_at`` is the rule, ``Timetable`` the bookkeeping.
"""

from __future__ import annotations

import heapq

from ingest.state import FeedState

__all__ = ["Timetable", "due_at"]


def due_at(state: FeedState | None, now: float) -> float | None:
    """When a feed is next due: now for a feed never polled, never (None) for a gone one, else its
    scheduled poll but not before a server's Retry-After runs out."""
    if state is None:
        return now
    if state.gone:
        return None
    return max(state.next_poll, state.retry_until)


class Timetable:
    """Feed ids by due time; a feed is in it at most once (a later ``put`` replaces the earlier)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, str]] = []
        self._due: dict[str, float] = {}
        self._order = 0  # ties go first in, first out

    def __len__(self) -> int:
        return len(self._due)

    def put(self, feed: str, at: float | None) -> None:
        """Schedule ``feed`` at ``at``; None takes it off the timetable."""
        if at is None:
            self._due.pop(feed, None)
            return
        self._due[feed] = at
        self._order += 1
        heapq.heappush(self._heap, (at, self._order, feed))

    def pop_due(self, now: float) -> list[str]:
        """The feeds due at ``now``, earliest first; they leave the timetable until put back."""
        out: list[str] = []
        while self._heap and self._heap[0][0] <= now:
            at, _, feed = heapq.heappop(self._heap)
            if self._due.get(feed) == at:  # else a stale entry, replaced by a later put
                del self._due[feed]
                out.append(feed)
        return out

    def next_at(self) -> float | None:
        """The earliest due time, or None when nothing is scheduled."""
        while self._heap and self._due.get(self._heap[0][2]) != self._heap[0][0]:
            heapq.heappop(self._heap)
        return self._heap[0][0] if self._heap else None
