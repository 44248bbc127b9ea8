"""A fixed set of text spans, sorted once, asked quickly what lies where (bisect, not scans).

The event rules ask, for every trigger, place or sentence, whether it lies inside a quote or a
participant's mention; scanning every span each time would make extraction quadratic in the
size of an item.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable

__all__ = ["SpanSet"]


class SpanSet:
    """Spans ``(start, end)``, end exclusive, that may overlap."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        """Sort ``spans`` by start and keep the running maximum of their ends."""
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._ends = [end for _, end in ordered]
        self._reach = list(itertools.accumulate(self._ends, max))

    def __bool__(self) -> bool:
        """Return whether there is any span."""
        return bool(self._starts)

    def covers(self, offset: int) -> bool:
        """Return whether ``offset`` lies inside one of the spans."""
        last = bisect.bisect_right(self._starts, offset) - 1
        return last >= 0 and self._reach[last] > offset

    def overlaps(self, start: int, end: int) -> bool:
        """Return whether one of the spans overlaps ``start:end``."""
        last = bisect.bisect_left(self._starts, end) - 1
        return last >= 0 and self._reach[last] > start

    def within(self, start: int, end: int) -> bool:
        """Return whether one of the spans lies entirely inside ``start:end``."""
        index = bisect.bisect_left(self._starts, start)
        while index < len(self._starts) and self._starts[index] < end:
            if self._ends[index] <= end:
                return True
            index += 1
        return False

    def last_end_within(self, start: int, end: int) -> int | None:
        """Return the largest end of the spans lying entirely inside ``start:end``, or None."""
        found: int | None = None
        index = bisect.bisect_left(self._starts, start)
        while index < len(self._starts) and self._starts[index] < end:
            if self._ends[index] <= end:
                found = self._ends[index] if found is None else max(found, self._ends[index])
            index += 1
        return found
