"""Render news items back to the plain-text format that `uanews.parser.parse` reads.

The output is blank-line-separated: the headline, then each paragraph (a caption on the line
right above its paragraph's text), then the *asides*: the metadata lines in their order, each
heading (`MetaKey.HEADING`) with the related titles it introduces. Dumps separate items with
a ``====`` line. ``parse(render(item), extract=False) == item`` for every structure-only item
in the format's domain (see ``docs/format.md``, sections 7 and 8).

The model keeps headings and related titles apart, in their own orders, not which titles
each heading introduced; `heading_shares` rebuilds that with one fixed rule, which gives the
usual shapes back exactly (one trailer list; inline links; inline links before a trailer).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Final

from uanews.model import BLOCK_SEPARATOR, CAPTION_SEPARATOR, Meta, MetaKey, NewsItem
from uanews.parser.blocks import trailer_heading
from uanews.parser.lexicon_layout import DASH_BULLETS
from uanews.parser.split import DUMP_SEPARATOR

__all__ = [
    "RELATED_BULLET",
    "RELATED_HEADING",
    "heading_shares",
    "render",
    "render_dump",
    "write_dump",
]

RELATED_HEADING: Final = "Читайте також"
"""The heading written above related titles when the item has no heading of its own."""

RELATED_BULLET: Final = "- "
"""The marker written before each related title of a list."""

_ITEM_BREAK: Final = f"\n{DUMP_SEPARATOR}\n\n"
_LABEL_ENDS: Final = ":" + DASH_BULLETS


def _stands_alone(heading: Meta) -> bool:
    """Say whether ``heading`` reads as a trailer heading on a line of its own."""
    return trailer_heading(heading.text)


def _is_label(heading: Meta) -> bool:
    """Say whether ``heading`` ends like a link label (``Читайте також:``, ``Див. також -``)."""
    return heading.text.endswith(tuple(_LABEL_ENDS))


def heading_shares(headings: Sequence[Meta], titles: int) -> list[int]:
    """Return how many of ``titles`` related titles each of ``headings`` introduces, in order.

    A heading that cannot stand alone (a label ending with a dash) introduces one title; a
    label ending with a colon that is not the last heading introduces one if a title is left
    over after those the later dash labels need; any other heading but the last introduces
    none; the last heading introduces every title left.
    """
    later_dashes = sum(not _stands_alone(heading) for heading in headings)
    left = titles
    shares: list[int] = []
    for position, heading in enumerate(headings):
        alone = _stands_alone(heading)
        later_dashes -= not alone
        if position == len(headings) - 1:
            share = left
        elif not alone:
            share = min(1, left)
        elif _is_label(heading):
            share = 1 if left > later_dashes else 0
        else:
            share = 0
        shares.append(share)
        left -= share
    return shares


def _list(titles: Sequence[str]) -> Iterator[str]:
    """Yield the list lines of ``titles``."""
    for title in titles:
        yield RELATED_BULLET + title


def _heading_block(heading: Meta, titles: Sequence[str], *, inline: bool) -> str:
    """Return ``heading`` with its ``titles``: the first on the heading's line if ``inline``."""
    if inline and titles:
        return "\n".join([f"{heading.text} {titles[0]}", *_list(titles[1:])])
    return "\n".join([heading.text, *_list(titles)])


def _asides(item: NewsItem) -> Iterator[str]:
    """Yield the blocks after the body: metadata lines, headings with their titles."""
    headings = [meta for meta in item.metadata if meta.key is MetaKey.HEADING]
    if not headings and item.related:
        yield _heading_block(
            Meta(MetaKey.HEADING, RELATED_HEADING, RELATED_HEADING), item.related, inline=False
        )
    shares = heading_shares(headings, len(item.related))
    # List lines are titles only after a heading written alone; so if the last heading is a
    # dash label with several titles, the first heading that can stand alone must.
    need_alone = bool(headings) and not _stands_alone(headings[-1]) and shares[-1] > 1
    counts = iter(shares)
    titles = iter(item.related)
    plain: list[str] = []
    for meta in item.metadata:
        if meta.key is not MetaKey.HEADING:
            plain.append(meta.text)
            continue
        if plain:
            yield "\n".join(plain)
            plain = []
        mine = [next(titles) for _ in range(next(counts))]
        if _stands_alone(meta):
            inline = len(mine) == 1 and _is_label(meta) and not need_alone
            need_alone = need_alone and inline
        else:
            inline = True
        yield _heading_block(meta, mine, inline=inline)
    if plain:
        yield "\n".join(plain)


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
    blocks.extend(_asides(item))
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
