"""How large an item may be for extraction: the limit and the warning over it.

Apart from `uanews.parser.pipeline` (which re-exports both) so that a process that only splits
and writes a dump (the parent of ``uanews convert --workers N``) can read the limit without
importing the extractors.
"""

from __future__ import annotations

from typing import Final

__all__ = ["MAX_ITEM_CHARS", "size_warning"]

MAX_ITEM_CHARS: Final = 2_000_000
"""Items with more characters than this are parsed structure only (``max_chars``)."""


def size_warning(chars: int, max_chars: int | None) -> str | None:
    """Return why an item of ``chars`` characters gets no extraction, or None if it gets it.

    ``max_chars`` None means no limit.
    """
    if max_chars is None or chars <= max_chars:
        return None
    return (
        f"the item holds {chars} characters, over the limit of {max_chars} for extraction: "
        "parsed structure only (no participants, quotes, events or language)"
    )
