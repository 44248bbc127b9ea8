"""Quotes and their speakers (placeholder until extraction lands)."""

from __future__ import annotations

from uanews.model import NewsItem, Quote

__all__ = ["extract_quotes"]


def extract_quotes(item: NewsItem) -> tuple[Quote, ...]:
    """Return the quotes in ``item``, whose participants and paragraph speakers are set."""
    del item
    return ()
