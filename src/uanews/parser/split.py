"""Stage 1: split a dump into items at separator lines, streaming.

A separator is a line holding only ``=`` signs (three or more, `DUMP_SEPARATOR` is what
`uanews.render.render_dump` writes) or only a form feed, with optional spaces around.
Chunks between separators that hold no text are skipped, so a dump may start or end with a
separator. A file without separators is one item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from attrs import frozen

__all__ = ["DUMP_SEPARATOR", "Chunk", "is_separator", "split_items"]

DUMP_SEPARATOR: Final = "===="
"""The separator line written between items of a dump."""

_SEPARATOR: Final = re.compile(r"\s*(?:={3,}|\f)\s*")


@frozen
class Chunk:
    """The lines of one item in a dump and the 1-based number of its first line."""

    lines: tuple[str, ...]
    first_line: int


def is_separator(line: str) -> bool:
    """Return whether ``line`` separates items (``====`` or a form feed on a line of its own)."""
    return _SEPARATOR.fullmatch(line) is not None


def split_items(lines: Iterable[str]) -> Iterator[Chunk]:
    """Yield the chunks of ``lines`` between separator lines, skipping chunks without text."""
    current: list[str] = []
    first = 1
    for number, line in enumerate(lines, start=1):
        if is_separator(line):
            if any(text.strip() for text in current):
                yield Chunk(tuple(current), first)
            current = []
            first = number + 1
        else:
            current.append(line)
    if any(text.strip() for text in current):
        yield Chunk(tuple(current), first)
