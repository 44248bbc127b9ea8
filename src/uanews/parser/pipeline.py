"""The parser's front: bytes or text in, `uanews.model.NewsItem` out.

Stages: decode (`decode`) -> split a dump into items (`split`) -> type each line
(`blocks`) -> build the structure (`layout`) -> extract who, what and when
(`uanews.parser.extract.annotate`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

import attrs

from uanews.errors import ParseError
from uanews.model import NewsItem
from uanews.parser.blocks import classify
from uanews.parser.decode import decode, iter_lines
from uanews.parser.extract import annotate
from uanews.parser.layout import Structure, build
from uanews.parser.meta import published_date
from uanews.parser.split import is_separator, split_items
from uanews.text import clean_line, normalize_input

__all__ = ["iter_dump", "parse", "parse_file", "parse_lines", "parse_structure"]


def _text_of(data: str | bytes, source: str | None) -> str:
    """Return ``data`` as text: decoded if it is bytes."""
    if isinstance(data, str):
        return data
    return decode(bytes(data), source=source)


def _structure(
    lines: Sequence[str], *, source: str | None, first_line: int, index: int = 0
) -> Structure:
    """Return the structure of one item given its normalised lines, with its provenance.

    The item records ``source``, ``index`` (its number in the dump) and the number of its
    first line with text.
    """
    typed = [classify(raw, number) for number, raw in enumerate(lines, start=first_line)]
    if not any(line.text or line.markup or line.meta for line in typed):
        msg = "no text: the input is empty or holds only whitespace"
        raise ParseError(msg, source=source, line=first_line)
    structure = build(typed)
    item = structure.item
    if not (item.headline or item.paragraphs or item.related or item.metadata):
        msg = "no news text: only separators or headings without content"
        raise ParseError(msg, source=source, line=first_line)
    line = first_line + next(offset for offset, raw in enumerate(lines) if raw.strip())
    item = attrs.evolve(item, source=source, index=index, line=line)
    return Structure(item, structure.markup)


def _finish(structure: Structure, *, reference: dt.date | None, extract: bool) -> NewsItem:
    """Return the structure's item, annotated by the extractors if ``extract``."""
    item = structure.item
    if not extract:
        return item
    if reference is None:
        reference = published_date(item.metadata)
    return annotate(item, reference=reference)


def parse_structure(data: str | bytes, *, source: str | None = None) -> Structure:
    """Return the structure-only item of ``data`` with the markup consumed to build it."""
    lines = normalize_input(_text_of(data, source)).split("\n")
    chunks = list(split_items(lines))
    if len(chunks) > 1:
        msg = (
            f"the input holds {len(chunks)} items (a new one starts at line "
            f"{chunks[1].first_line}); read them with iter_dump()"
        )
        raise ParseError(msg, source=source, line=chunks[1].first_line)
    if not chunks:
        msg = "no text: the input is empty or holds only separators and whitespace"
        raise ParseError(msg, source=source, line=1)
    chunk = chunks[0]
    structure = _structure(chunk.lines, source=source, first_line=chunk.first_line)
    # Separator lines around the one item are syntax the split consumed: report them too
    # (a form feed has nothing visible to report).
    first = chunk.first_line - 1
    last = first + len(chunk.lines)
    before = [clean_line(line) for line in lines[:first] if is_separator(line) and "=" in line]
    after = [clean_line(line) for line in lines[last:] if is_separator(line) and "=" in line]
    if not (before or after):
        return structure
    return Structure(structure.item, (*before, *structure.markup, *after))


def parse(
    data: str | bytes,
    *,
    source: str | None = None,
    reference: dt.date | None = None,
    extract: bool = True,
) -> NewsItem:
    """Return the news item written in ``data`` (text, or bytes in a detected encoding).

    ``source`` names the input in error messages. ``reference`` is the date that relative
    dates resolve against (default: the item's publication date, if it has one). With
    ``extract=False`` only the structure is filled: headline, paragraphs, related, metadata.
    The item's provenance is ``source``, index 0 and the number of its first line with text.
    Raises `uanews.errors.DecodeError` for bytes that are not text and
    `uanews.errors.ParseError` for input without text.
    """
    structure = parse_structure(data, source=source)
    return _finish(structure, reference=reference, extract=extract)


def parse_lines(  # noqa: PLR0913 - keyword-only options, each with a default
    lines: Iterable[str],
    *,
    source: str | None = None,
    first_line: int = 1,
    index: int = 0,
    reference: dt.date | None = None,
    extract: bool = True,
) -> NewsItem:
    """Return the news item written in ``lines``, the lines of one item of a dump.

    ``lines`` are text without line ends, as `uanews.parser.split.split_items` yields them
    (its `Chunk.lines`); ``first_line`` is the number of the first one in ``source``, so that
    errors name the right line when a dump is parsed item by item (in worker processes, say);
    ``index`` is the item's number in the dump (from 0). Both go into the item's provenance.
    Lines are normalised like any input (section 1 of ``docs/format.md``); a line that still
    holds a line break raises `uanews.errors.ParseError`. ``reference`` and ``extract`` are as
    for `parse`.
    """
    normalised: list[str] = []
    for number, line in enumerate(lines, start=first_line):
        clean = normalize_input(line)
        if "\n" in clean:
            msg = "a line holds a line break: pass the item's lines without line ends"
            raise ParseError(msg, source=source, line=number)
        normalised.append(clean)
    structure = _structure(normalised, source=source, first_line=first_line, index=index)
    return _finish(structure, reference=reference, extract=extract)


def parse_file(
    path: str | os.PathLike[str],
    *,
    reference: dt.date | None = None,
    extract: bool = True,
) -> NewsItem:
    """Return the news item in the file at ``path`` (one item; see `iter_dump` for many)."""
    return parse(
        Path(path).read_bytes(), source=os.fspath(path), reference=reference, extract=extract
    )


def _text_lines(stream: IO[str]) -> Iterator[str]:
    """Yield the normalised lines of a text stream, without line ends."""
    for raw in stream:
        yield from normalize_input(raw.removesuffix("\n")).split("\n")


def _items(
    lines: Iterable[str], *, source: str | None, reference: dt.date | None, extract: bool
) -> Iterator[NewsItem]:
    """Yield the items of a dump given as normalised lines."""
    for index, chunk in enumerate(split_items(lines)):
        structure = _structure(chunk.lines, source=source, first_line=chunk.first_line, index=index)
        yield _finish(structure, reference=reference, extract=extract)


def iter_dump(
    path_or_file: str | os.PathLike[str] | IO[bytes] | IO[str],
    *,
    source: str | None = None,
    reference: dt.date | None = None,
    extract: bool = True,
) -> Iterator[NewsItem]:
    """Yield the news items of a dump, one at a time, reading the file as it goes.

    Items are separated by a line of ``====`` (three ``=`` or more) or a form feed; a file
    without separators is one item. ``path_or_file`` is a path or an open file, binary (the
    encoding is detected) or text. Errors name ``source`` (default: the path) and the line.
    Each item's provenance is that ``source``, its number in the dump (from 0) and the number of
    its first line with text.
    """
    if isinstance(path_or_file, str | os.PathLike):
        name = os.fspath(path_or_file) if source is None else source
        with Path(path_or_file).open("rb") as stream:
            yield from _items(
                iter_lines(stream, source=name), source=name, reference=reference, extract=extract
            )
        return
    probe = path_or_file.read(0)
    if isinstance(probe, str):
        lines = _text_lines(path_or_file)  # type: ignore[arg-type]  # a text stream, by probe
    else:
        lines = iter_lines(path_or_file, source=source)  # type: ignore[arg-type]  # binary
    yield from _items(lines, source=source, reference=reference, extract=extract)
