"""Render news items back to the plain-text format that `uanews.parser.parse` reads.

The output is blank-line-separated: the headline, then each paragraph (a caption on the line
right above its paragraph's text), then the related titles under ``Читайте також`` as ``- ``
list entries, then the boilerplate lines as written. Dumps separate items with a ``====``
line. ``parse(render(item), extract=False) == item`` for every structure-only item in the
format's domain (see ``docs/format.md``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Final

from uanews.model import BLOCK_SEPARATOR, CAPTION_SEPARATOR, NewsItem
from uanews.parser.split import DUMP_SEPARATOR

__all__ = ["RELATED_BULLET", "RELATED_HEADING", "render", "render_dump", "write_dump"]

RELATED_HEADING: Final = "Читайте також"
"""The heading written above the related titles."""

RELATED_BULLET: Final = "- "
"""The marker written before each related title."""

_ITEM_BREAK: Final = f"\n{DUMP_SEPARATOR}\n\n"


def render(item: NewsItem) -> str:
    """Return ``item`` as plain text in the uanews format, ending with a newline."""
    blocks: list[str] = []
    if item.headline is not None:
        blocks.append(item.headline)
    for paragraph in item.paragraphs:
        if paragraph.caption is None:
            blocks.append(paragraph.text)
        else:
            blocks.append(paragraph.caption + CAPTION_SEPARATOR + paragraph.text)
    if item.related:
        entries = "\n".join(RELATED_BULLET + title for title in item.related)
        blocks.append(f"{RELATED_HEADING}\n{entries}")
    if item.metadata:
        blocks.append("\n".join(meta.text for meta in item.metadata))
    return BLOCK_SEPARATOR.join(blocks) + "\n"


def render_dump(items: Iterable[NewsItem]) -> str:
    """Return ``items`` as one dump: rendered items separated by ``====`` lines."""
    return _ITEM_BREAK.join(render(item) for item in items)


def write_dump(items: Iterable[NewsItem], target: IO[str]) -> int:
    """Write ``items`` to the text stream ``target`` as a dump; return how many were written."""
    count = 0
    for item in items:
        if count:
            target.write(_ITEM_BREAK)
        target.write(render(item))
        count += 1
    return count
