"""Map offsets in an item's body text back to the source text it was parsed from.

Every offset in a `NewsItem` (mentions, quote parts, cue and evidence spans) refers to
`NewsItem.text`, which is not the source: lines lifted out as metadata are gone, hard-wrapped
lines are joined, space runs collapsed, CR LF unified and invisible characters deleted. What
parsing keeps is every *visible* character, as written (`uanews.text.visible_offsets` says
which characters those are). So each block of the body (`block_spans`: headline, captions,
paragraph texts) is found in the source by its visible characters, searching forward from the
end of the block before; `source_map` does that once and the returned `SourceMap` maps spans
both ways:

```python
item = uanews.parse(source)
where = source_map(item, source)
for quote in item.quotes:
    for part in quote.parts:
        span = where.span(part.start, part.end)  # in the source, or None
```
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Literal

from attrs import field, frozen

from uanews.model import BLOCK_SEPARATOR, CAPTION_SEPARATOR, NewsItem
from uanews.text import visible_offsets

__all__ = ["Block", "BlockKind", "SourceMap", "block_spans", "source_map"]

BlockKind = Literal["headline", "caption", "text"]
"""What a block of the body text is: the headline, a broadcast caption or a paragraph text."""


@frozen
class Block:
    """A stretch of `NewsItem.text` (``start`` to ``end``, end exclusive) that one line gave."""

    start: int
    end: int
    kind: BlockKind
    paragraph: int | None = None
    """The index of the paragraph a caption or paragraph text belongs to; None for a headline."""


def _require_item(item: object, call: str) -> None:
    """Raise TypeError, naming ``call``, unless ``item`` is a `NewsItem`."""
    if not isinstance(item, NewsItem):
        msg = f"{call}: item must be a NewsItem, got {type(item).__name__}"
        if isinstance(item, str):
            msg += " (parse the text first with uanews.parse, or are the arguments swapped?)"
        raise TypeError(msg)


def _require_source(source: object, call: str) -> None:
    """Raise TypeError, naming ``call``, unless ``source`` is text."""
    if not isinstance(source, str):
        hint = " (decode it first)" if isinstance(source, bytes | bytearray) else ""
        msg = f"{call}: source must be a str, got {type(source).__name__}{hint}"
        raise TypeError(msg)


def block_spans(item: NewsItem) -> tuple[Block, ...]:
    """Return the headline, each caption and each paragraph text of ``item``, in text order."""
    _require_item(item, "block_spans(item)")
    blocks: list[Block] = []
    offset = 0
    if item.headline is not None:
        blocks.append(Block(0, len(item.headline), "headline"))
        offset = len(item.headline) + len(BLOCK_SEPARATOR)
    for index, paragraph in enumerate(item.paragraphs):
        if paragraph.caption is not None:
            blocks.append(Block(offset, offset + len(paragraph.caption), "caption", index))
            offset += len(paragraph.caption) + len(CAPTION_SEPARATOR)
        blocks.append(Block(offset, offset + len(paragraph.text), "text", index))
        offset += len(paragraph.text) + len(BLOCK_SEPARATOR)
    return tuple(blocks)


def _project(
    visible: Sequence[int], placed: Sequence[int], targets: Sequence[int], start: int, end: int
) -> tuple[int, int] | None:
    """Return the span from the first to the last target of the visible offsets in a span.

    ``visible`` holds every visible offset on one side, ``placed`` the ones that have a
    counterpart on the other side (``targets``, in the same order); None when the span holds
    no visible character or one without a counterpart.
    """
    count = bisect_left(visible, end) - bisect_left(visible, start)
    first, stop = bisect_left(placed, start), bisect_left(placed, end)
    if count == 0 or stop - first != count:
        return None
    return targets[first], targets[stop - 1] + 1


def _check(start: int, end: int, length: int, what: str) -> None:
    """Raise ValueError unless ``0 <= start <= end <= length``."""
    if not 0 <= start <= end <= length:
        msg = f"span {start}:{end} is not inside the {what} (length {length})"
        raise ValueError(msg)


@frozen
class SourceMap:
    """Where the visible characters of one item's body text stand in its source text."""

    unaligned: tuple[Block, ...]
    """Blocks whose visible characters were not found in the source; their spans map to None."""
    _text_length: int = field(repr=False)
    _source_length: int = field(repr=False)
    _text_visible: tuple[int, ...] = field(repr=False)
    _source_visible: tuple[int, ...] = field(repr=False)
    # Aligned characters, pairwise: _text_placed[i] in item.text stands at _source_placed[i].
    # Blocks are found in order, so both are ascending, which lets spans map by bisection.
    _text_placed: tuple[int, ...] = field(repr=False)
    _source_placed: tuple[int, ...] = field(repr=False)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the source span of ``item.text[start:end]``, or None when it cannot be placed.

        The result runs from the span's first visible character to its last, so it equals the
        item's span in visible characters when the span lies in one block (a span across blocks
        also covers whatever the source holds between them, such as metadata lines). None when
        the span has no visible character or one in an `unaligned` block.
        """
        _check(start, end, self._text_length, "item text")
        return _project(self._text_visible, self._text_placed, self._source_placed, start, end)

    def text_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the ``item.text`` span of ``source[start:end]``, or None when it is not there.

        The inverse of `span`: from the first visible character to the last; None when the
        source span has no visible character or one that parsing did not keep in the body
        (a metadata line, a related title, a separator, a bullet).
        """
        _check(start, end, self._source_length, "source text")
        return _project(self._source_visible, self._source_placed, self._text_placed, start, end)


def source_map(item: NewsItem, source: str) -> SourceMap:
    """Return the `SourceMap` of ``item`` into ``source``, the text of the one item it parsed.

    Offsets are code points of ``source`` as given: read files with ``newline=""`` to keep
    CR LF as written, or let Python translate line ends, and the offsets follow that text.
    """
    _require_item(item, "source_map(item, source)")
    _require_source(source, "source_map(item, source)")
    text = item.text
    source_visible = visible_offsets(source)
    haystack = "".join(source[index] for index in source_visible)
    text_placed: list[int] = []
    source_placed: list[int] = []
    unaligned: list[Block] = []
    cursor = 0
    for block in block_spans(item):
        offsets = [block.start + index for index in visible_offsets(text[block.start : block.end])]
        if not offsets:
            continue
        needle = "".join(text[index] for index in offsets)
        found = haystack.find(needle, cursor)
        if found < 0:
            unaligned.append(block)
            continue
        text_placed.extend(offsets)
        source_placed.extend(source_visible[found : found + len(needle)])
        cursor = found + len(needle)
    return SourceMap(
        unaligned=tuple(unaligned),
        text_length=len(text),
        source_length=len(source),
        text_visible=tuple(visible_offsets(text)),
        source_visible=tuple(source_visible),
        text_placed=tuple(text_placed),
        source_placed=tuple(source_placed),
    )
