"""Split one dump file into byte ranges of whole items, so that its items parse in parallel.

A `Partition` is a byte range of a dump that starts at the beginning of the file or right
after a separator line, and ends right after a separator line or at the end of the file, so
no item is ever cut (``docs/format.md``, section 2). Each partition knows the number of its
first item and of its first line in the whole dump: `iter_chunks` and `parse_partition` give
the same items, with the same item and line numbers, as `uanews.parser.iter_dump` gives on
the whole file, whatever the ``blocksize``.

`scan_partitions` reads the dump once, as `uanews.parser.decode.iter_lines` does (same
encoding detection, same line ends), and yields each partition as soon as it is known, so
a huge dump is split while it is read, in constant memory. Byte ranges need line ends that
are single bytes: for UTF-8, Windows-1251 and KOI8-U dumps that is so. A UTF-16 or UTF-32
dump, or one whose start cannot be decoded, is one partition read by the streaming decoder.
So is the tail of a dump from the last cut before bytes that cannot be decoded: it is read
from the start of the file by the streaming decoder (the items before it skipped, not
parsed), so its error names the same line as `iter_dump` does and the same items come
before it.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Final

from attrs import frozen

from uanews.errors import DecodeError, UanewsError
from uanews.model import NewsItem
from uanews.parser import decode as _decode
from uanews.parser.split import BadChunk, Chunk, is_separator, split_checked, split_items
from uanews.text import normalize_input

__all__ = [
    "BYTE_RANGE_ENCODINGS",
    "DEFAULT_BLOCKSIZE",
    "Parsed",
    "Partition",
    "iter_chunks",
    "iter_partitions",
    "parse_partition",
    "scan_partitions",
]

DEFAULT_BLOCKSIZE: Final = 1 << 20
"""Bytes a partition holds at least (but the last), unless told otherwise."""

BYTE_RANGE_ENCODINGS: Final = frozenset({"utf-8", "utf-8-sig", "cp1251", "koi8_u"})
"""Encodings in which every line end is a single byte and ``\\n`` is never part of another
character: a dump in one of these is split into byte ranges."""


@frozen
class Partition:
    """A byte range ``[start, end)`` of the dump at ``path`` that holds whole items.

    ``index`` is its 0-based place among the dump's partitions; ``first_item`` and
    ``first_line`` are the 1-based numbers, in the whole dump, of its first item and of its
    first line. ``items`` is how many items it holds, or None when that is only known by
    reading it. ``encoding`` is the codec its bytes are decoded with; None means the range
    is read by decoding the whole dump from its start with the streaming decoder and
    skipping the items before ``first_item`` (see the module docstring).
    """

    path: str
    index: int
    start: int
    end: int
    first_item: int
    first_line: int
    items: int | None
    encoding: str | None

    @property
    def size(self) -> int:
        """The number of bytes in the range."""
        return self.end - self.start


@frozen
class Parsed:
    """One item of a partition: its number in the dump, its first line, the item or an error.

    Exactly one of ``item`` and ``error`` is set; ``error`` is the message of the
    `uanews.errors.UanewsError` that stopped the item, naming the source and line.
    """

    number: int
    first_line: int
    item: NewsItem | None = None
    error: str | None = None


_OTHER_BREAKS: Final = "\u2028\u2029\x85\x0b"
"""Line ends (besides CR) that `uanews.text.normalize_input` makes out of one character."""


class _Scan:
    """The state of `scan_partitions` between lines."""

    def __init__(self, path: str, blocksize: int, encoding: str) -> None:
        self.path = path
        self.blocksize = blocksize
        self.encoding = encoding
        self.line = 1  # number of the next line
        self.item = 1  # number of the next item to begin
        self.has_text = False  # the current item holds a line with text
        self.start, self.first_item, self.first_line = 0, 1, 1  # the open partition
        self.cut: tuple[int, int, int] | None = None  # (offset, line, item) to cut at
        self.index = 0
        self.closed: collections.deque[Partition] = collections.deque()

    def feed(self, line: str, end: int | None) -> None:
        """Take one line (not yet normalised, without line break).

        ``end`` is the offset after its raw line when the line ends it. Lines are normalised
        only where that can matter: a separator holds ``=`` or a form feed, and only the
        first line with text of each item changes the state.
        """
        if ("=" in line or "\f" in line) and is_separator(normalize_input(line)):
            if self.has_text:
                self.item += 1
                self.has_text = False
            if (
                end is not None
                and self.item > self.first_item
                and end - self.start >= self.blocksize
            ):
                self.cut = (end, self.line + 1, self.item)
        elif not self.has_text and normalize_input(line).strip():
            self.has_text = True
            if self.cut is not None:
                self._close(*self.cut)
        self.line += 1

    def _close(self, end: int, line: int, item: int) -> None:
        """End the open partition at ``end``; the next starts there."""
        self.closed.append(self._partition(end, item - self.first_item, self.encoding))
        self.index += 1
        self.start, self.first_line, self.first_item = end, line, item
        self.cut = None

    def _partition(self, end: int, items: int | None, encoding: str | None) -> Partition:
        """Return the open partition, ending at ``end``."""
        return Partition(
            self.path,
            self.index,
            self.start,
            end,
            self.first_item,
            self.first_line,
            items,
            encoding,
        )

    def ready(self, decoded: int) -> Iterator[Partition]:
        """Yield the closed partitions whose end is final, the first ``decoded`` bytes read.

        `iter_lines` decodes ``CHUNK_SIZE`` bytes at a time and yields no line of a chunk
        that fails to decode, so a cut is final once the whole chunk it falls in has been
        decoded: bad bytes later in that chunk would make `iter_dump` stop before it.
        """
        chunk = _decode.CHUNK_SIZE
        while self.closed and -(-self.closed[0].end // chunk) * chunk <= decoded:
            yield self.closed.popleft()

    def finish(self, end: int) -> Iterator[Partition]:
        """Yield every partition left, the open one ending at ``end`` (if it holds an item)."""
        yield from self.closed
        items = self.item + self.has_text - self.first_item
        if items:
            yield self._partition(end, items, self.encoding)

    def fail(self, offset: int, end: int) -> Iterator[Partition]:
        """Yield the partitions left when the bytes from ``offset`` on do not decode.

        Cuts in the streaming decoder's chunk of ``offset`` or later are dropped: from the
        first of them to ``end`` is one partition for the streaming decoder.
        """
        chunk = _decode.CHUNK_SIZE
        safe = offset // chunk * chunk
        while self.closed and self.closed[0].end <= safe:
            yield self.closed.popleft()
        if self.closed:
            first = self.closed[0]
            self.index, self.start = first.index, first.start
            self.first_item, self.first_line = first.first_item, first.first_line
        yield self._partition(end, None, None)


def _blocks(stream: IO[bytes], head: bytes) -> Iterator[tuple[bytes, bool]]:
    """Yield the bytes of ``stream`` (``head`` already read) in pieces that end at a line feed.

    The second value says whether the piece is the last: only it may end otherwise.
    """
    carry = head
    while True:
        more = stream.read(_decode.CHUNK_SIZE)
        if not more:
            yield carry, True
            return
        carry += more
        cut = carry.rfind(b"\n") + 1
        if cut:
            yield carry[:cut], False
            carry = carry[cut:]


def _lines(block: bytes, codec: str, offset: int) -> list[tuple[str, int | None]] | None:
    """Return the lines of ``block``, decoded, each with its raw line end.

    Lines hold no line break (the breaks that `uanews.text.normalize_input` makes are made)
    but are not normalised otherwise. The offset given with a line is where the raw line it
    ends stops (past its line feed), or None when more of that raw line follows (a lone CR
    or U+2028 ends a line inside one raw line). Returns None if ``block`` does not decode or
    holds a NUL character, as `uanews.parser.decode.iter_lines` refuses it.
    """
    try:
        decoded = block.decode(codec)
    except UnicodeDecodeError:
        return None
    if "\x00" in decoded:
        return None
    raw = block.split(b"\n")
    if raw[-1] == b"":
        raw.pop()
    if _breaks_inside_lines(decoded):
        return _broken_lines(raw, codec, offset, ends=len(raw) - (not block.endswith(b"\n")))
    # The common case: every raw line is one line, and a CR only comes before a LF.
    lines = decoded.split("\n")
    if not lines[-1]:
        lines.pop()
    result: list[tuple[str, int | None]] = []
    position = offset
    for piece, line in zip(raw, lines, strict=True):
        position += len(piece) + 1
        result.append((line.removesuffix("\r"), position))
    if result and not block.endswith(b"\n"):
        result[-1] = (result[-1][0], position - 1)
    return result


def _broken_lines(
    raw: list[bytes], codec: str, offset: int, *, ends: int
) -> list[tuple[str, int | None]]:
    """Return the lines of the raw lines ``raw`` (the first ``ends`` end with a line feed)."""
    result: list[tuple[str, int | None]] = []
    position = offset
    for number, piece in enumerate(raw):
        newline = b"\n" if number < ends else b""
        position += len(piece) + len(newline)
        parts = normalize_input((piece + newline).decode(codec)).split("\n")
        if not parts[-1]:
            parts.pop()
        result.extend((part, None) for part in parts)
        if parts:
            result[-1] = (parts[-1], position)
    return result


def _breaks_inside_lines(text: str) -> bool:
    """Return whether ``text`` holds a line end other than a line feed (alone or after CR)."""
    return text.count("\r") != text.count("\r\n") or any(char in text for char in _OTHER_BREAKS)


def _codec(encoding: str) -> str:
    """Return the codec that decodes a range of a dump in ``encoding`` past its first bytes."""
    return "utf-8" if encoding == "utf-8-sig" else encoding


def scan_partitions(
    stream: IO[bytes], *, path: str, blocksize: int = DEFAULT_BLOCKSIZE
) -> Iterator[Partition]:
    """Yield the partitions of the dump read from the seekable binary ``stream``, in order.

    ``path`` is the file that `iter_chunks` will read the partitions from. Every partition
    but the last holds at least ``blocksize`` bytes and ends right after a separator line;
    every partition holds at least one item (or an unknown number, see `Partition`). A dump
    without items gives no partition, unless it is one partition of unknown size. Partitions
    are yielded while the stream is read: at most about two ``CHUNK_SIZE`` of reading after
    their end. Only reading the stream
    raises (`OSError`); text that cannot be decoded goes into the last partition, whose
    reading raises the error.
    """
    if blocksize < 1:
        msg = f"blocksize must be at least 1 byte, not {blocksize}"
        raise ValueError(msg)
    head = stream.read(_decode.CHUNK_SIZE)
    try:
        encoding: str | None = _decode.detect_encoding(
            head, final=len(head) < _decode.CHUNK_SIZE, source=path
        )
    except DecodeError:
        encoding = None
    if encoding is None or encoding not in BYTE_RANGE_ENCODINGS:
        yield Partition(path, 0, 0, _end_of(stream), 1, 1, None, None)
        return
    codec = _codec(encoding)
    scan = _Scan(path, blocksize, encoding)
    offset = 0
    for block, last in _blocks(stream, head):
        lines = _lines(block, codec, offset)
        if lines is None:
            yield from scan.fail(offset, _end_of(stream))
            return
        for line, end in lines:
            scan.feed(line, end)
        offset += len(block)
        if last:
            yield from scan.finish(offset)
            return
        yield from scan.ready(offset)


def _end_of(stream: IO[bytes]) -> int:
    """Return the size of the seekable ``stream``."""
    return stream.seek(0, os.SEEK_END)


def iter_partitions(
    path: str | os.PathLike[str], *, blocksize: int = DEFAULT_BLOCKSIZE
) -> Iterator[Partition]:
    """Yield the partitions of the dump file at ``path`` (see `scan_partitions`)."""
    name = os.fspath(path)
    with Path(path).open("rb") as stream:
        yield from scan_partitions(stream, path=name, blocksize=blocksize)


def _range_lines(partition: Partition, encoding: str, source: str) -> Iterator[str]:
    """Yield the normalised lines of the byte range of ``partition``."""
    codec = _codec(encoding)
    with Path(partition.path).open("rb") as stream:
        stream.seek(partition.start)
        remaining = partition.size
        carry = b""
        line = partition.first_line
        while remaining > 0 or carry:
            more = stream.read(min(_decode.CHUNK_SIZE, remaining)) if remaining > 0 else b""
            if remaining > 0 and not more:
                msg = "the file is shorter than when it was split: it changed"
                raise DecodeError(msg, source=source, line=line)
            remaining -= len(more)
            data = carry + more
            cut = data.rfind(b"\n") + 1 if remaining > 0 else len(data)
            data, carry = data[:cut], data[cut:]
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                msg = f"cannot decode as {encoding}: {error.reason} (the file changed)"
                raise DecodeError(msg, source=source, line=line) from None
            if "\x00" in text:
                msg = "binary data (a NUL character), not text (the file changed)"
                raise DecodeError(msg, source=source, line=line)
            lines = normalize_input(text).split("\n")
            last = lines.pop()
            line += len(lines)
            yield from lines
            if last:
                yield last


def iter_chunks(
    partition: Partition, *, source: str | None = None, resync: bool = False
) -> Iterator[tuple[int, Chunk | BadChunk]]:
    """Yield ``(item number, chunk)`` for each item of ``partition``, numbered in the whole dump.

    Each `uanews.parser.split.Chunk` holds the item's lines and the number of its first line
    in the whole dump. Errors name ``source`` (default: the partition's path) and raise
    `uanews.errors.DecodeError` (the text cannot be decoded, or the file changed since it was
    split) or `OSError`. With ``resync``, an item holding a line that is not text (a bad byte,
    a NUL) is yielded as a `uanews.parser.split.BadChunk` and reading goes on with the next
    item, as `uanews.batch.read_events` does for any dump; without it, such an item raises
    `uanews.errors.DecodeError` where `uanews.iter_dump` would.
    """
    name = partition.path if source is None else source
    if partition.encoding is None:
        with Path(partition.path).open("rb") as stream:
            chunks: Iterable[Chunk | BadChunk] = (
                split_checked(_decode.read_lines(stream, source=name))
                if resync
                else split_items(_decode.iter_lines(stream, source=name))
            )
            for number, chunk in enumerate(chunks, start=1):
                if number >= partition.first_item:
                    yield number, chunk
        return
    shift = partition.first_line - 1
    for number, chunk in enumerate(
        split_items(_range_lines(partition, partition.encoding, name)), start=partition.first_item
    ):
        yield number, Chunk(chunk.lines, chunk.first_line + shift)


def parse_lines(  # noqa: PLR0913 - the options of uanews.parser.parse_lines that this module uses
    lines: Iterable[str],
    *,
    source: str | None,
    first_line: int,
    index: int,
    reference: dt.date | None,
    extract: bool,
) -> NewsItem:
    """Return the item `uanews.parser.parse_lines` reads; the parser is imported on first call.

    Splitting a dump into partitions needs no extractors: a process that only splits (the
    parent of worker processes) never imports them.
    """
    from uanews.parser.pipeline import parse_lines as parse  # noqa: PLC0415 - see above

    return parse(
        lines,
        source=source,
        first_line=first_line,
        index=index,
        reference=reference,
        extract=extract,
    )


def parse_partition(
    partition: Partition,
    *,
    source: str | None = None,
    reference: dt.date | None = None,
    extract: bool = True,
) -> Iterator[Parsed]:
    """Yield each item of ``partition`` parsed, or the error that stopped it, in order.

    One item that does not parse, or is not text (a bad byte, a NUL), costs only that item:
    its `Parsed` holds the error message. Reading the partition raises other errors as
    `iter_chunks` does. ``reference`` and ``extract`` are
    as for `uanews.parser.parse`.
    """
    name = partition.path if source is None else source
    for number, chunk in iter_chunks(partition, source=name, resync=True):
        if isinstance(chunk, BadChunk):
            yield Parsed(number, chunk.first_line, error=str(chunk.error(name)))
            continue
        try:
            item = parse_lines(
                chunk.lines,
                source=name,
                first_line=chunk.first_line,
                index=number - 1,
                reference=reference,
                extract=extract,
            )
        except UanewsError as error:
            yield Parsed(number, chunk.first_line, error=str(error))
        else:
            yield Parsed(number, chunk.first_line, item=item)
