"""Stage 1: split a dump into items at separator lines, streaming.

A separator is a line holding only ``=`` signs (three or more, `DUMP_SEPARATOR` is what
`uanews.render.render_dump` writes) or only a form feed, with optional spaces around.
Chunks between separators that hold no text are skipped, so a dump may start or end with a
separator. A file without separators is one item.

`split_checked` also takes the `uanews.parser.decode.BadLine` s that
`uanews.parser.decode.read_lines` yields for lines that are not text: the item holding one
comes out as a `BadChunk`, to be reported, and the split goes on at the next separator, so a
bad byte costs only its own item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from attrs import frozen

from uanews.errors import DecodeError
from uanews.parser.decode import BadLine

__all__ = ["DUMP_SEPARATOR", "BadChunk", "Chunk", "is_separator", "split_checked", "split_items"]

DUMP_SEPARATOR: Final = "===="
"""The separator line written between items of a dump."""

_SEPARATOR: Final = re.compile(r"\s*(?:={3,}|\f)\s*")


@frozen
class Chunk:
    """The lines of one item in a dump and the 1-based number of its first line."""

    lines: tuple[str, ...]
    first_line: int


@frozen
class BadChunk:
    """An item of a dump with a line that is not text: which item, its lines, the first bad one.

    ``number`` counts the dump's items from 1 (bad ones included); ``first_line`` and
    ``last_line`` are the item's first and last line in the dump.
    """

    number: int
    first_line: int
    last_line: int
    bad: BadLine

    def error(self, source: str | None = None) -> DecodeError:
        """Return the `uanews.errors.DecodeError` that reports this item, naming ``source``."""
        message = f"item {self.number} (lines {self.first_line}-{self.last_line}) is skipped: "
        return DecodeError(
            message + self.bad.message, source=source, line=self.bad.line, column=self.bad.column
        )


def is_separator(line: str) -> bool:
    """Return whether ``line`` separates items (``====`` or a form feed on a line of its own)."""
    return _SEPARATOR.fullmatch(line) is not None


def split_checked(lines: Iterable[str | BadLine]) -> Iterator[Chunk | BadChunk]:
    """Yield the chunks of ``lines`` between separator lines, skipping chunks without text.

    A chunk holding a `uanews.parser.decode.BadLine` is yielded as a `BadChunk` (the first bad
    line of it); the next separator starts a new chunk as usual.
    """
    current: list[str] = []
    bad: BadLine | None = None
    first = 1
    count = 0
    number = 0
    for number, line in enumerate(lines, start=1):
        if isinstance(line, BadLine):
            bad = bad or line
        elif is_separator(line):
            if bad is not None or any(text.strip() for text in current):
                count += 1
                yield _chunk(current, first, number - 1, bad, count)
            current, bad = [], None
            first = number + 1
        else:
            current.append(line)
    if bad is not None or any(text.strip() for text in current):
        yield _chunk(current, first, number, bad, count + 1)


def _chunk(
    lines: list[str], first: int, last: int, bad: BadLine | None, count: int
) -> Chunk | BadChunk:
    """Return the lines ``first`` to ``last`` as a chunk, or as a bad chunk if one is bad."""
    if bad is not None:
        return BadChunk(count, first, last, bad)
    return Chunk(tuple(lines), first)


def split_items(lines: Iterable[str]) -> Iterator[Chunk]:
    """Yield the chunks of ``lines`` between separator lines, skipping chunks without text."""
    for chunk in split_checked(lines):
        if isinstance(chunk, BadChunk):  # pragma: no cover - only BadLine inputs make these
            raise chunk.error()
        yield chunk
