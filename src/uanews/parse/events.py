"""Events: meetings, visits, agreements (placeholder until extraction lands)."""

from __future__ import annotations

import datetime as dt

from uanews.model import Event, NewsItem

__all__ = ["extract_events"]


def extract_events(item: NewsItem, *, reference: dt.date | None = None) -> tuple[Event, ...]:
    """Return the events in ``item``, dating relative words against ``reference``."""
    del item, reference
    return ()
