"""The parser's front: bytes or text in, `uanews.model.NewsItem` out.

Stages: decode (`decode`) -> split a dump into items (`split`) -> type each line
(`blocks`) -> build the structure (`layout`) -> extract who, what and when
(`uanews.parser.extract.annotate`).
"""

from __future__ import annotations

import datetime as dt
import os
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

import attrs

from uanews.errors import ItemTooLargeWarning, ParseError
from uanews.model import NewsItem
from uanews.parser.blocks import classify
from uanews.parser.decode import check_text, decode, iter_lines
from uanews.parser.extract import annotate
from uanews.parser.layout import Structure, build
from uanews.parser.limits import MAX_ITEM_CHARS, size_warning
from uanews.parser.meta import published_date
from uanews.parser.participants.tagger import Tagger
from uanews.parser.split import Chunk, is_separator, split_items
from uanews.text import clean_line, normalize_input

__all__ = [
    "MAX_ITEM_CHARS",
    "iter_dump",
    "parse",
    "parse_file",
    "parse_lines",
    "parse_structure",
    "size_warning",
]


def _text_of(data: str | bytes, source: str | None) -> str:
    """Return ``data`` as text: decoded if it is bytes, checked for lone surrogates if not."""
    if isinstance(data, str):
        check_text(data, source=source)
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


def _finish(
    structure: Structure, *, reference: dt.date | None, extract: bool, ner: Tagger | None = None
) -> NewsItem:
    """Return the structure's item, annotated by the extractors if ``extract``."""
    item = structure.item
    if not extract:
        return item
    if reference is None:
        reference = published_date(item.metadata)
    return annotate(item, reference=reference, ner=ner)


def _within_limit(
    lines: Iterable[str], max_chars: int | None, *, source: str | None, first_line: int
) -> bool:
    """Return whether an item of ``lines`` may be extracted; warn if it is over ``max_chars``."""
    if max_chars is None:
        return True
    message = size_warning(sum(len(line) for line in lines), max_chars)
    if message is None:
        return True
    where = f"{source or '<input>'}:{first_line}"
    warnings.warn(f"{where}: {message}", ItemTooLargeWarning, stacklevel=4)
    return False


def _one_item(data: str | bytes, source: str | None) -> tuple[Structure, Chunk]:
    """Return the structure of the one item in ``data``, and the chunk of lines it came from."""
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
        return structure, chunk
    return Structure(structure.item, (*before, *structure.markup, *after)), chunk


def parse_structure(data: str | bytes, *, source: str | None = None) -> Structure:
    """Return the structure-only item of ``data`` with the markup consumed to build it."""
    return _one_item(data, source)[0]


def parse(  # noqa: PLR0913 - keyword-only options of one call
    data: str | bytes,
    *,
    source: str | None = None,
    reference: dt.date | None = None,
    extract: bool = True,
    ner: Tagger | None = None,
    max_chars: int | None = MAX_ITEM_CHARS,
) -> NewsItem:
    """Return the news item written in ``data`` (text, or bytes in a detected encoding).

    ``source`` names the input in error messages. ``reference`` is the date that relative
    dates resolve against (default: the item's publication date, if it has one). With
    ``extract=False`` only the structure is filled: headline, paragraphs, related, metadata.
    ``ner`` is an optional trained tagger (a spaCy ``Language``, or a callable returning
    spans; see `uanews.parser.participants.tagger`) whose persons and organisations are
    merged with the rule-based ones; without it only the offline rules run.
    An item whose lines hold more than ``max_chars`` characters (None: no limit) is parsed
    structure only, with an `uanews.errors.ItemTooLargeWarning`, so that no input can stall
    extraction. The item's provenance is ``source``, index 0 and the number of its first line
    with text. Raises `uanews.errors.DecodeError` for bytes that are not text or a ``str``
    holding a lone surrogate (both naming the line and column), and
    `uanews.errors.ParseError` for input without text.
    """
    structure, chunk = _one_item(data, source)
    extract = extract and _within_limit(
        chunk.lines, max_chars, source=source, first_line=chunk.first_line
    )
    return _finish(structure, reference=reference, extract=extract, ner=ner)


def parse_lines(  # noqa: PLR0913 - the options of parse, plus where the lines start
    lines: Iterable[str],
    *,
    source: str | None = None,
    first_line: int = 1,
    index: int = 0,
    reference: dt.date | None = None,
    extract: bool = True,
    ner: Tagger | None = None,
    max_chars: int | None = MAX_ITEM_CHARS,
) -> NewsItem:
    """Return the news item written in ``lines``, the lines of one item of a dump.

    ``lines`` are text without line ends, as `uanews.parser.split.split_items` yields them
    (its `Chunk.lines`); ``first_line`` is the number of the first one in ``source``, so that
    errors name the right line when a dump is parsed item by item (in worker processes, say);
    ``index`` is the item's number in the dump (from 0). Both go into the item's provenance.
    Lines are normalised like any input (section 1 of ``docs/format.md``); a line that still
    holds a line break raises `uanews.errors.ParseError`, one with a lone surrogate
    `uanews.errors.DecodeError`. ``reference``, ``extract``, ``ner`` and ``max_chars`` are
    as for `parse`.
    """
    normalised: list[str] = []
    for number, line in enumerate(lines, start=first_line):
        check_text(line, source=source, first_line=number)
        clean = normalize_input(line)
        if "\n" in clean:
            msg = "a line holds a line break: pass the item's lines without line ends"
            raise ParseError(msg, source=source, line=number)
        normalised.append(clean)
    structure = _structure(normalised, source=source, first_line=first_line, index=index)
    extract = extract and _within_limit(normalised, max_chars, source=source, first_line=first_line)
    return _finish(structure, reference=reference, extract=extract, ner=ner)


def parse_file(
    path: str | os.PathLike[str],
    *,
    reference: dt.date | None = None,
    extract: bool = True,
    ner: Tagger | None = None,
    max_chars: int | None = MAX_ITEM_CHARS,
) -> NewsItem:
    """Return the news item in the file at ``path`` (one item; see `iter_dump` for many)."""
    return parse(
        Path(path).read_bytes(),
        source=os.fspath(path),
        reference=reference,
        extract=extract,
        ner=ner,
        max_chars=max_chars,
    )


def _text_lines(stream: IO[str], source: str | None) -> Iterator[str]:
    """Yield the normalised lines of a text stream, without line ends.

    Raises `uanews.errors.DecodeError` at a lone surrogate, naming its line and column.
    """
    number = 1
    for raw in stream:
        check_text(raw, source=source, first_line=number)
        lines = normalize_input(raw.removesuffix("\n")).split("\n")
        number += len(lines)
        yield from lines


def _items(  # noqa: PLR0913 - the options of iter_dump
    lines: Iterable[str],
    *,
    source: str | None,
    reference: dt.date | None,
    extract: bool,
    max_chars: int | None,
    ner: Tagger | None = None,
) -> Iterator[NewsItem]:
    """Yield the items of a dump given as normalised lines."""
    for index, chunk in enumerate(split_items(lines)):
        structure = _structure(chunk.lines, source=source, first_line=chunk.first_line, index=index)
        within = extract and _within_limit(
            chunk.lines, max_chars, source=source, first_line=chunk.first_line
        )
        yield _finish(structure, reference=reference, extract=within, ner=ner)


def iter_dump(  # noqa: PLR0913 - keyword-only options of one call
    path_or_file: str | os.PathLike[str] | IO[bytes] | IO[str],
    *,
    source: str | None = None,
    reference: dt.date | None = None,
    extract: bool = True,
    ner: Tagger | None = None,
    max_chars: int | None = MAX_ITEM_CHARS,
) -> Iterator[NewsItem]:
    """Yield the news items of a dump, one at a time, reading the file as it goes.

    Items are separated by a line of ``====`` (three ``=`` or more) or a form feed; a file
    without separators is one item. ``path_or_file`` is a path or an open file, binary (the
    encoding is detected) or text. Errors name ``source`` (default: the path) and the line.
    Each item's provenance is that ``source``, its number in the dump (from 0) and the number of
    its first line with text. The first item that is not text (a bad byte, a NUL, a lone
    surrogate) raises `uanews.errors.DecodeError` and ends the iteration;
    `uanews.batch.read_events` (behind ``uanews convert`` and `uanews.batch.convert_file`)
    reports such an item and goes on with the next. ``reference``, ``extract``,
    ``ner`` and ``max_chars`` are as for `parse`.
    """
    if isinstance(path_or_file, str | os.PathLike):
        name = os.fspath(path_or_file) if source is None else source
        with Path(path_or_file).open("rb") as stream:
            lines = iter_lines(stream, source=name)
            yield from _items(
                lines,
                source=name,
                reference=reference,
                extract=extract,
                max_chars=max_chars,
                ner=ner,
            )
        return
    probe = path_or_file.read(0)
    if isinstance(probe, str):
        lines = _text_lines(path_or_file, source)  # type: ignore[arg-type]  # a text stream, by probe
    else:
        lines = iter_lines(path_or_file, source=source)  # type: ignore[arg-type]  # binary
    yield from _items(
        lines, source=source, reference=reference, extract=extract, max_chars=max_chars, ner=ner
    )
