"""uanews.tables: flat rows keyed by item id, with a fixed Arrow schema that concatenates."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import news_items
from uanews import (
    Event,
    EventKind,
    EventMode,
    Mention,
    Meta,
    MetaKey,
    NewsItem,
    Paragraph,
    PartialDate,
    Participant,
    ParticipantKind,
    Quote,
    QuoteKind,
    Span,
    tables,
)
from uanews.tables import (
    COLUMNS,
    JOIN,
    Table,
    arrow_schema,
    records,
    rows,
    to_arrow,
    to_pandas,
    to_polars,
    write_csv,
    write_parquet,
)

HEADLINE = "Мер зустрівся з делегацією"
BODY = "Олена Петренко зустрілася з послом Іваном Коваленком 21 вересня онлайн."
QUOTED = "«Ми готові до співпраці», — сказала Олена Петренко."


def meeting_item() -> NewsItem:
    """Return a small item with two participants, a quote and a meeting, offsets by hand."""
    text = f"{HEADLINE}\n\n{BODY}\n\n{QUOTED}"
    first = text.index("Олена Петренко")
    second = text.index("Іваном Коваленком")
    quote_start = text.index("Ми готові")
    quote_end = quote_start + len("Ми готові до співпраці")
    cue = text.index("сказала")
    evidence = Span(text.index(BODY), text.index(BODY) + len(BODY))
    return NewsItem(
        headline=HEADLINE,
        paragraphs=(Paragraph(BODY), Paragraph(QUOTED)),
        metadata=(Meta(MetaKey.PUBLISHED, "2021-09-21T14:30", "21 вересня 2021, 14:30"),),
        language="uk",
        participants=(
            Participant(
                "p1",
                ParticipantKind.PERSON,
                "Олена Петренко",
                role="мер",
                organization="Харківська міська рада",
                mentions=(Mention("Олена Петренко", first, first + 14),),
            ),
            Participant(
                "p2",
                ParticipantKind.PERSON,
                "Іван Коваленко",
                role="посол",
                mentions=(Mention("Іваном Коваленком", second, second + 17),),
            ),
        ),
        quotes=(
            Quote(
                "Ми готові до співпраці",
                (Span(quote_start, quote_end),),
                QuoteKind.DIRECT,
                speaker="p1",
                cue="сказала",
                cue_span=Span(cue, cue + 7),
                language="uk",
            ),
        ),
        events=(
            Event(
                EventKind.MEETING,
                date=PartialDate(month=9, day=21),
                mode=EventMode.ONLINE,
                participants=("p1", "p2"),
                topics=("співпраця", "освіта"),
                evidence=evidence,
            ),
        ),
        source="news.txt",
        index=2,
        line=14,
    )


def test_quotes_resolve_the_speaker():
    item = meeting_item()
    [row] = rows(item, "quotes")
    assert row == {
        "item_id": item.id,
        "quote": 0,
        "kind": "direct",
        "text": "Ми готові до співпраці",
        "speaker_id": "p1",
        "speaker_name": "Олена Петренко",
        "speaker_kind": "person",
        "speaker_role": "мер",
        "speaker_organization": "Харківська міська рада",
        "cue": "сказала",
        "language": "uk",
        "parts": 1,
        "start": item.quotes[0].parts[0].start,
        "end": item.quotes[0].parts[0].end,
    }


def test_events_join_the_participants_names():
    item = meeting_item()
    [row] = rows(item, Table.EVENTS)
    assert row["participant_ids"] == "p1; p2"
    assert row["participants"] == "Олена Петренко; Іван Коваленко"
    assert row["topics"] == JOIN.join(["співпраця", "освіта"])
    assert (row["kind"], row["date"], row["mode"], row["place"]) == (
        "meeting",
        "--09-21",
        "online",
        None,
    )
    assert row["evidence"] == BODY


def test_items_paragraphs_participants_and_mentions():
    item = meeting_item()
    [row] = rows(item, "items")
    assert row == {
        "item_id": item.id,
        "source": "news.txt",
        "index": 2,
        "line": 14,
        "language": "uk",
        "headline": HEADLINE,
        "published": "2021-09-21T14:30",
        "text": item.text,
        "paragraphs": 2,
        "participants": 2,
        "quotes": 1,
        "events": 1,
    }
    paragraphs = rows(item, "paragraphs")
    assert [(p["paragraph"], p["text"]) for p in paragraphs] == [(0, BODY), (1, QUOTED)]
    assert all(item.text[p["start"] : p["end"]] == p["text"] for p in paragraphs)  # type: ignore[misc]
    assert [(p["participant_id"], p["mentions"]) for p in rows(item, "participants")] == [
        ("p1", 1),
        ("p2", 1),
    ]
    assert [(m["name"], m["text"]) for m in rows(item, "mentions")] == [
        ("Олена Петренко", "Олена Петренко"),
        ("Іван Коваленко", "Іваном Коваленком"),
    ]


def test_a_broadcast_paragraph_names_its_speaker():
    item = NewsItem(
        paragraphs=(Paragraph("Ми працюємо.", speaker="p1", caption="ОЛЕНА ПЕТРЕНКО МЕР"),),
        participants=(Participant("p1", ParticipantKind.PERSON, "Олена Петренко"),),
    )
    [row] = rows(item, "paragraphs")
    assert (row["speaker_id"], row["speaker_name"], row["caption"]) == (
        "p1",
        "Олена Петренко",
        "ОЛЕНА ПЕТРЕНКО МЕР",
    )


def test_an_unknown_table_is_a_value_error():
    with pytest.raises(ValueError, match="unknown table 'speakers'; the tables are items, "):
        list(records([meeting_item()], "speakers"))


@given(st.lists(news_items(), max_size=3), st.sampled_from(Table))
def test_every_row_has_the_fixed_columns_in_order_and_the_item_key(items, table):
    names = [column.name for column in COLUMNS[table]]
    ids = {item.id for item in items}
    for row in records(items, table):
        assert list(row) == names
        assert row["item_id"] in ids
        for column in COLUMNS[table]:
            value = row[column.name]
            assert value is None or type(value) is {"string": str, "int64": int}[column.type]


@given(st.lists(news_items(), max_size=3))
def test_row_counts_follow_the_items(items):
    def count(table):
        return len(list(records(items, table)))

    assert count("items") == len(items)
    assert count("paragraphs") == sum(len(item.paragraphs) for item in items)
    assert count("participants") == sum(len(item.participants) for item in items)
    assert count("mentions") == sum(len(p.mentions) for item in items for p in item.participants)
    assert count("quotes") == sum(len(item.quotes) for item in items)
    assert count("events") == sum(len(item.events) for item in items)


@given(news_items())
def test_mention_and_quote_offsets_point_into_the_items_text(item):
    for row in rows(item, "mentions"):
        assert item.text[row["start"] : row["end"]] == row["text"]  # type: ignore[misc]
    for row, quote in zip(rows(item, "quotes"), item.quotes, strict=True):
        assert row["start"] == quote.parts[0].start
        assert row["speaker_name"] == (
            item.participant(quote.speaker).name if quote.speaker else None
        )


# Arrow, pandas, polars ---------------------------------------------------------------------------

# A file whose optional columns are all null, and one whose columns all hold values: with
# inferred types the first would be "null" columns, which neither pyarrow nor polars concatenate.
SPARSE = [NewsItem(paragraphs=(Paragraph("Текст без заголовка."),))]


@pytest.mark.parametrize("table", list(Table))
def test_arrow_tables_of_any_two_files_concatenate(table):
    full = to_arrow([meeting_item()], table)
    sparse = to_arrow(SPARSE, table)
    empty = to_arrow([], table)
    assert full.schema == sparse.schema == empty.schema == arrow_schema(table)
    assert empty.num_rows == 0
    joined = pa.concat_tables([sparse, full, empty])
    assert joined.num_rows == sparse.num_rows + full.num_rows
    assert joined.to_pylist() == [*records(SPARSE, table), *records([meeting_item()], table)]


def test_schema_types_and_descriptions_come_from_the_columns():
    for table, columns in COLUMNS.items():
        schema = arrow_schema(table)
        assert schema.names == [column.name for column in columns]
        for field, column in zip(schema, columns, strict=True):
            assert field.type == {"string": pa.string(), "int64": pa.int64()}[column.type]
            assert field.nullable
            assert field.metadata[b"description"] == column.description.encode()


def test_polars_frames_of_two_files_concatenate():
    polars = pytest.importorskip("polars")
    frames = [to_polars(SPARSE, "items"), to_polars([meeting_item()], "items")]
    joined = polars.concat(frames)
    assert joined["headline"].to_list() == [None, HEADLINE]
    assert joined.schema["index"] == polars.Int64


def test_pandas_frame_holds_the_rows():
    pandas = pytest.importorskip("pandas")
    frame = pandas.concat([to_pandas(SPARSE, "quotes"), to_pandas([meeting_item()], "quotes")])
    assert list(frame.columns) == [column.name for column in COLUMNS[Table.QUOTES]]
    assert frame["speaker_name"].tolist() == ["Олена Петренко"]


few = settings(max_examples=max(10, settings.default.max_examples // 5))


@few
@given(st.lists(news_items(), max_size=3), st.lists(news_items(), max_size=3))
def test_arrow_round_trip_of_any_items_keeps_every_row(first, second):
    for table in Table:
        joined = pa.concat_tables([to_arrow(first, table), to_arrow(second, table)])
        assert joined.to_pylist() == list(records([*first, *second], table))


def test_records_need_no_pyarrow_and_importing_tables_loads_none_of_the_optional_packages():
    code = (
        "import sys, uanews, uanews.tables as t\n"
        "rows = list(t.records([uanews.parse('Новина\\n\\nТекст новини.')], 'items'))\n"
        "assert rows[0]['headline'] == 'Новина', rows\n"
        "print(sorted({'pyarrow', 'pandas', 'polars'} & set(sys.modules)))\n"
    )
    result = subprocess.run(  # noqa: S603 - this interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


# CSV and Parquet files ---------------------------------------------------------------------------


def test_write_csv_writes_a_header_and_one_line_a_row(tmp_path):
    path = tmp_path / "out" / "quotes.csv"
    assert write_csv([meeting_item(), *SPARSE], path, "quotes") == 1
    with path.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == [column.name for column in COLUMNS[Table.QUOTES]]
    [row] = rows(meeting_item(), "quotes")
    assert lines[1:] == [["" if value is None else str(value) for value in row.values()]]
    buffer = io.StringIO(newline="")
    assert write_csv(SPARSE, buffer, "quotes") == 0
    assert buffer.getvalue() == ",".join(lines[0]) + "\n"


def test_write_parquet_reads_back_with_the_fixed_schema(tmp_path):
    parquet = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert write_parquet([meeting_item(), *SPARSE], path, "events") == 1
    read = parquet.read_table(path)
    assert read.schema == arrow_schema("events")
    assert read.to_pylist() == rows(meeting_item(), "events")
    empty = tmp_path / "empty.parquet"
    assert write_parquet([], empty, "events") == 0
    assert parquet.read_table(empty).schema == arrow_schema("events")
    stream = io.BytesIO()
    assert write_parquet([meeting_item()], stream, "items") == 1
    assert parquet.read_table(io.BytesIO(stream.getvalue())).num_rows == 1


def test_parquet_rows_come_in_row_groups(tmp_path, monkeypatch):
    parquet = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(tables, "ROW_GROUP_ROWS", 2)
    items = [NewsItem(headline=f"Новина {number}") for number in range(5)]
    path = tmp_path / "items.parquet"
    assert write_parquet(items, path, "items") == 5
    assert parquet.ParquetFile(path).num_row_groups == 3
    assert parquet.read_table(path).column("headline").to_pylist() == [
        item.headline for item in items
    ]


def test_a_failed_write_leaves_no_file(tmp_path):
    def failing():
        yield meeting_item()
        msg = "stopped"
        raise RuntimeError(msg)

    for write, name in ((write_csv, "x.csv"), (write_parquet, "x.parquet")):
        with pytest.raises(RuntimeError, match="stopped"):
            write(failing(), tmp_path / name, "items")
    assert list(tmp_path.iterdir()) == []
