"""People, organisations and groups named in an item (placeholder until extraction lands)."""

from __future__ import annotations

from uanews.model import NewsItem, Participant

__all__ = ["extract_participants"]


def extract_participants(
    item: NewsItem,
) -> tuple[tuple[Participant, ...], tuple[str | None, ...]]:
    """Return the item's participants and, per paragraph, the speaker id (or None)."""
    return (), tuple(None for _ in item.paragraphs)
