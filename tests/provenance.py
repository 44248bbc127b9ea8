"""Compare items by content when provenance cannot match: after a rendering, say."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from uanews.model import NewsItem


def without_provenance(items: Iterable[NewsItem]) -> list[NewsItem]:
    """Return ``items`` with ``source``, ``index`` and ``line`` set to None.

    ``render`` writes an item's content, not where it was once read from: an item read back
    from a rendering has the rendering's provenance, and only its content can be compared.
    """
    return [attrs.evolve(item, source=None, index=None, line=None) for item in items]


def read_back(item: NewsItem, source: str | None = None) -> NewsItem:
    """Return ``item`` with the provenance that ``parse(render(item), source=source)`` gives.

    A rendering is a new text holding one item that starts on its first line.
    """
    return attrs.evolve(item, source=source, index=0, line=1)
