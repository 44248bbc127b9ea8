"""Flat tables of news items: one row per item, paragraph, participant, mention, quote or event.

Every row is keyed by the item's stable id (`uanews.model.NewsItem.id`, column ``item_id``),
so tables made from different files, or different tables of the same files, join on it. The
columns of each table are fixed (`COLUMNS`): every column is a string or a 64-bit integer,
and any may be null, so a table holds only scalars and writes as CSV as well as Parquet.

`records` gives the rows as plain dicts and needs nothing beyond uanews; `write_csv` writes
them as CSV (UTF-8, a header line, an empty cell for null). `to_arrow` gives a
`pyarrow.Table` with the fixed `arrow_schema` of its table (install ``uanews[arrow]``), so
tables from any two files concatenate, in pyarrow, pandas, polars, DuckDB or Hugging Face
``datasets``; `write_parquet` writes it as Parquet; `to_pandas` and `to_polars` are thin
conversions of it. pyarrow, pandas and polars
are imported only when those functions are called.

Lists inside a row (an event's participants and topics) are joined with `JOIN`.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from typing import IO, TYPE_CHECKING, Any, Final

from attrs import frozen

from uanews.io import AtomicFile
from uanews.model import MetaKey, NewsItem

if TYPE_CHECKING:  # pragma: no cover - types only; the packages are optional
    import pandas as pd
    import polars as pl
    import pyarrow as pa

__all__ = [
    "COLUMNS",
    "JOIN",
    "ROW_GROUP_ROWS",
    "Column",
    "CsvWriter",
    "ParquetWriter",
    "Table",
    "arrow_schema",
    "records",
    "rows",
    "table_of",
    "to_arrow",
    "to_pandas",
    "to_polars",
    "write_csv",
    "write_parquet",
]

ROW_GROUP_ROWS: Final = 10_000
"""`ParquetWriter` writes a row group once it holds this many rows, so memory stays flat."""

JOIN: Final = "; "
"""Separates the values of a list joined into one cell (an event's participants, topics)."""

Row = dict[str, str | int | None]
"""One row: column name to value."""


class Table(StrEnum):
    """The tables uanews makes from news items."""

    ITEMS = "items"
    PARAGRAPHS = "paragraphs"
    PARTICIPANTS = "participants"
    MENTIONS = "mentions"
    QUOTES = "quotes"
    EVENTS = "events"


@frozen
class Column:
    """One column of a table: its name, type (``string`` or ``int64``) and meaning."""

    name: str
    type: str
    description: str


def _s(name: str, description: str) -> Column:
    return Column(name, "string", description)


def _i(name: str, description: str) -> Column:
    return Column(name, "int64", description)


_ITEM_ID = _s("item_id", "The item's stable id (NewsItem.id): the key of every table.")

COLUMNS: Final[dict[Table, tuple[Column, ...]]] = {
    Table.ITEMS: (
        _ITEM_ID,
        _s("source", "Where the item was read from (name given or file path), or null."),
        _i("index", "The item's number in its dump, from 0, or null."),
        _i("line", "The number of the item's first line with text in its source, or null."),
        _s("language", "ISO 639 code of the item's language, or 'und'."),
        _s("headline", "The headline, or null."),
        _s("published", "The value of the first 'published' metadata line, or null."),
        _s("text", "The body text that every offset counts into."),
        _i("paragraphs", "How many paragraphs the item has."),
        _i("participants", "How many participants were found."),
        _i("quotes", "How many quotes were found."),
        _i("events", "How many events were found."),
    ),
    Table.PARAGRAPHS: (
        _ITEM_ID,
        _i("paragraph", "The paragraph's number in the item, from 0."),
        _s("text", "The paragraph's text, without its caption."),
        _s("caption", "The broadcast caption above the paragraph, or null."),
        _s("speaker_id", "Id of the participant who speaks the paragraph, or null."),
        _s("speaker_name", "That participant's name, or null."),
        _i("start", "Offset of the paragraph's text in the body text."),
        _i("end", "Offset just past the paragraph's text."),
    ),
    Table.PARTICIPANTS: (
        _ITEM_ID,
        _s("participant_id", "The participant's id, unique within the item."),
        _s("kind", "person, organization or group."),
        _s("name", "The name in the nominative."),
        _s("role", "The role as found, or null."),
        _s("organization", "The organisation the role belongs to, or null."),
        _i("mentions", "How many times the participant is named."),
    ),
    Table.MENTIONS: (
        _ITEM_ID,
        _s("participant_id", "Id of the participant named."),
        _s("name", "That participant's name in the nominative."),
        _s("kind", "That participant's kind."),
        _s("text", "The words as written."),
        _i("start", "Offset of the first code point in the body text."),
        _i("end", "Offset just past the last code point."),
    ),
    Table.QUOTES: (
        _ITEM_ID,
        _i("quote", "The quote's number in the item, from 0."),
        _s("kind", "direct, indirect or caption."),
        _s("text", "The quoted words (the parts joined by single spaces)."),
        _s("speaker_id", "Id of the speaker, or null when the text does not say."),
        _s("speaker_name", "The speaker's name in the nominative, or null."),
        _s("speaker_kind", "The speaker's kind (person, organization, group), or null."),
        _s("speaker_role", "The speaker's role, or null."),
        _s("speaker_organization", "The speaker's organisation, or null."),
        _s("cue", "The speech verb or phrase as written, or null."),
        _s("language", "ISO 639 code of the quote's language, or 'und'."),
        _i("parts", "How many parts the quote has (more than one when interrupted)."),
        _i("start", "Offset where the first part starts."),
        _i("end", "Offset where the last part ends."),
    ),
    Table.EVENTS: (
        _ITEM_ID,
        _i("event", "The event's number in the item, from 0."),
        _s("kind", "meeting, visit, agreement, presentation or announcement."),
        _s("date", "ISO 8601 partial date (2021-09-21, --09-21...), or null."),
        _s("mode", "online or in_person, or null."),
        _s("place", "Where, or null."),
        _s("participant_ids", "Ids of the participants, joined by '; '."),
        _s("participants", "Names of the participants, joined by '; '."),
        _s("topics", "What it was about, joined by '; '."),
        _s("evidence", "The text the event was read from, or null."),
        _i("start", "Offset where the evidence starts, or null."),
        _i("end", "Offset where the evidence ends, or null."),
    ),
}
"""The fixed columns of each table, in order."""


def _item_rows(item: NewsItem, item_id: str) -> Iterator[Row]:
    published = next((meta.value for meta in item.metadata if meta.key is MetaKey.PUBLISHED), None)
    yield {
        "item_id": item_id,
        "source": item.source,
        "index": item.index,
        "line": item.line,
        "language": item.language,
        "headline": item.headline,
        "published": published,
        "text": item.text,
        "paragraphs": len(item.paragraphs),
        "participants": len(item.participants),
        "quotes": len(item.quotes),
        "events": len(item.events),
    }


def _names(item: NewsItem) -> dict[str, str]:
    return {participant.id: participant.name for participant in item.participants}


def _paragraph_rows(item: NewsItem, item_id: str) -> Iterator[Row]:
    names = _names(item)
    for number, (paragraph, span) in enumerate(
        zip(item.paragraphs, item.paragraph_spans(), strict=True)
    ):
        yield {
            "item_id": item_id,
            "paragraph": number,
            "text": paragraph.text,
            "caption": paragraph.caption,
            "speaker_id": paragraph.speaker,
            "speaker_name": names.get(paragraph.speaker) if paragraph.speaker else None,
            "start": span.start,
            "end": span.end,
        }


def _participant_rows(item: NewsItem, item_id: str) -> Iterator[Row]:
    for participant in item.participants:
        yield {
            "item_id": item_id,
            "participant_id": participant.id,
            "kind": participant.kind.value,
            "name": participant.name,
            "role": participant.role,
            "organization": participant.organization,
            "mentions": len(participant.mentions),
        }


def _mention_rows(item: NewsItem, item_id: str) -> Iterator[Row]:
    for participant in item.participants:
        for mention in participant.mentions:
            yield {
                "item_id": item_id,
                "participant_id": participant.id,
                "name": participant.name,
                "kind": participant.kind.value,
                "text": mention.text,
                "start": mention.start,
                "end": mention.end,
            }


def _quote_rows(item: NewsItem, item_id: str) -> Iterator[Row]:
    speakers = {participant.id: participant for participant in item.participants}
    for number, quote in enumerate(item.quotes):
        speaker = speakers.get(quote.speaker) if quote.speaker else None
        yield {
            "item_id": item_id,
            "quote": number,
            "kind": quote.kind.value,
            "text": quote.text,
            "speaker_id": quote.speaker,
            "speaker_name": speaker.name if speaker else None,
            "speaker_kind": speaker.kind.value if speaker else None,
            "speaker_role": speaker.role if speaker else None,
            "speaker_organization": speaker.organization if speaker else None,
            "cue": quote.cue,
            "language": quote.language,
            "parts": len(quote.parts),
            "start": quote.parts[0].start,
            "end": quote.parts[-1].end,
        }


def _event_rows(item: NewsItem, item_id: str) -> Iterator[Row]:
    names = _names(item)
    body = item.text if item.events else ""
    for number, event in enumerate(item.events):
        evidence = event.evidence
        yield {
            "item_id": item_id,
            "event": number,
            "kind": event.kind.value,
            "date": event.date.isoformat() if event.date else None,
            "mode": event.mode.value if event.mode else None,
            "place": event.place,
            "participant_ids": JOIN.join(event.participants),
            "participants": JOIN.join(names[pid] for pid in event.participants),
            "topics": JOIN.join(event.topics),
            "evidence": body[evidence.start : evidence.end] if evidence else None,
            "start": evidence.start if evidence else None,
            "end": evidence.end if evidence else None,
        }


_ROWS: Final[dict[Table, Callable[[NewsItem, str], Iterator[Row]]]] = {
    Table.ITEMS: _item_rows,
    Table.PARAGRAPHS: _paragraph_rows,
    Table.PARTICIPANTS: _participant_rows,
    Table.MENTIONS: _mention_rows,
    Table.QUOTES: _quote_rows,
    Table.EVENTS: _event_rows,
}


def table_of(name: Table | str) -> Table:
    """Return the `Table` called ``name``; raise ``ValueError`` naming the tables if none is."""
    try:
        return Table(name)
    except ValueError:
        known = ", ".join(table.value for table in Table)
        msg = f"unknown table {name!r}; the tables are {known}"
        raise ValueError(msg) from None


def rows(item: NewsItem, table: Table | str) -> list[Row]:
    """Return the rows of one ``item`` in ``table``, each a dict with `COLUMNS` in order."""
    return list(_ROWS[table_of(table)](item, item.id))


def records(items: Iterable[NewsItem], table: Table | str) -> Iterator[Row]:
    """Yield the rows of ``table`` for each of ``items`` in turn, as plain dicts.

    Each row holds every column of ``COLUMNS[table]``, in order; ``table`` is a `Table` or
    its name (``"quotes"``). Raises ``ValueError`` for an unknown table name.
    """
    make = _ROWS[table_of(table)]
    for item in items:
        yield from make(item, item.id)


def _pyarrow() -> Any:  # noqa: ANN401 - the module, typed by the callers
    """Return the pyarrow module, or raise ``ImportError`` saying how to install it."""
    try:
        import pyarrow as pa  # noqa: PLC0415 - optional, imported when needed
    except ImportError as exc:
        msg = "tables as Arrow, Parquet or DataFrames need pyarrow: pip install 'uanews[arrow]'"
        raise ImportError(msg) from exc
    return pa


def arrow_schema(table: Table | str) -> pa.Schema:
    """Return the fixed `pyarrow.Schema` of ``table``, with each column's description.

    Every field is nullable; strings are ``string`` (not ``large_string``), integers ``int64``.
    """
    arrow = _pyarrow()
    types = {"string": arrow.string(), "int64": arrow.int64()}
    fields = [
        arrow.field(
            column.name,
            types[column.type],
            nullable=True,
            metadata={"description": column.description},
        )
        for column in COLUMNS[table_of(table)]
    ]
    schema: pa.Schema = arrow.schema(fields, metadata={"uanews.table": table_of(table).value})
    return schema


def to_arrow(items: Iterable[NewsItem], table: Table | str) -> pa.Table:
    """Return ``table`` of ``items`` as a `pyarrow.Table` with the fixed `arrow_schema`.

    An empty input gives an empty table with the same schema.
    """
    arrow = _pyarrow()
    result: pa.Table = arrow.Table.from_pylist(list(records(items, table)), arrow_schema(table))
    return result


def to_pandas(items: Iterable[NewsItem], table: Table | str) -> pd.DataFrame:
    """Return ``table`` of ``items`` as a pandas DataFrame (through `to_arrow`; needs pandas)."""
    frame: pd.DataFrame = to_arrow(items, table).to_pandas()
    return frame


def to_polars(items: Iterable[NewsItem], table: Table | str) -> pl.DataFrame:
    """Return ``table`` of ``items`` as a polars DataFrame (through `to_arrow`; needs polars)."""
    import polars as pl  # noqa: PLC0415 - optional, imported when needed

    frame = pl.from_arrow(to_arrow(items, table))
    if not isinstance(frame, pl.DataFrame):  # pragma: no cover - a Table gives a frame
        msg = "polars did not return a DataFrame"
        raise TypeError(msg)
    return frame


class CsvWriter:
    """Rows of one table as CSV on a text stream: a header line first, then one line a row."""

    def __init__(self, target: IO[str], table: Table | str) -> None:
        """Write the header of ``table`` to ``target`` (opened with ``newline=""``)."""
        self.target = target
        names = [column.name for column in COLUMNS[table_of(table)]]
        self.writer = csv.DictWriter(target, fieldnames=names, lineterminator="\n")
        self.writer.writeheader()
        self.count = 0

    def add(self, rows: Iterable[Row]) -> None:
        """Write ``rows``."""
        for row in rows:
            self.writer.writerow(row)
            self.count += 1

    def close(self) -> None:
        """Flush the stream (it stays open)."""
        self.target.flush()

    def abort(self) -> None:
        """Give up writing: nothing to release for CSV."""


class ParquetWriter:
    """Rows of one table as Parquet on a binary stream, a row group every `ROW_GROUP_ROWS`."""

    def __init__(self, target: IO[bytes], table: Table | str) -> None:
        """Start a Parquet file of ``table`` (its `arrow_schema`) on ``target``; needs pyarrow."""
        arrow = _pyarrow()
        import pyarrow.parquet  # noqa: PLC0415 - optional, imported when needed

        self.arrow = arrow
        self.schema = arrow_schema(table)
        self.writer = pyarrow.parquet.ParquetWriter(target, self.schema)
        self.pending: list[Row] = []
        self.count = 0

    def add(self, rows: Iterable[Row]) -> None:
        """Write ``rows`` (held until a row group is full)."""
        for row in rows:
            self.pending.append(row)
            self.count += 1
            if len(self.pending) >= ROW_GROUP_ROWS:
                self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.writer.write_table(self.arrow.Table.from_pylist(self.pending, self.schema))
            self.pending = []

    def close(self) -> None:
        """Write the rows held and the file's footer (the stream stays open)."""
        self._flush()
        self.writer.close()

    def abort(self) -> None:
        """Give up writing: release the Parquet writer without the rows held."""
        self.pending = []
        with contextlib.suppress(Exception):  # the stream may be gone already
            self.writer.close()


def _write(
    make: Callable[[Any], CsvWriter | ParquetWriter],
    items: Iterable[NewsItem],
    target: Any,  # noqa: ANN401 - a path or the stream ``make`` takes
    table: Table | str,
    *,
    binary: bool,
) -> int:
    """Write the rows of ``table`` for ``items`` with a writer from ``make``; return how many."""
    output = AtomicFile(target) if isinstance(target, str | os.PathLike) else None
    stream = target if output is None else (output.binary if binary else output.handle)
    writer: CsvWriter | ParquetWriter | None = None
    try:
        writer = make(stream)
        writer.add(records(items, table))
        writer.close()
    except BaseException:
        if writer is not None:
            writer.abort()
        if output is not None:
            output.discard()
        raise
    if output is not None:
        output.commit()
    return writer.count


def write_csv(
    items: Iterable[NewsItem], target: str | os.PathLike[str] | IO[str], table: Table | str
) -> int:
    """Write ``table`` of ``items`` as CSV to ``target``; return how many rows were written.

    ``target`` is a text stream opened with ``newline=""``, or a path, written atomically (the
    file appears only if every row was written). Null is written as an empty cell.
    """
    return _write(lambda stream: CsvWriter(stream, table), items, target, table, binary=False)


def write_parquet(
    items: Iterable[NewsItem], target: str | os.PathLike[str] | IO[bytes], table: Table | str
) -> int:
    """Write ``table`` of ``items`` as Parquet to ``target``; return how many rows were written.

    ``target`` is a binary stream or a path, written atomically. The file has the fixed
    `arrow_schema` of ``table``, even when it holds no row. Needs pyarrow.
    """
    return _write(lambda stream: ParquetWriter(stream, table), items, target, table, binary=True)
