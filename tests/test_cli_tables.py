"""`uanews convert` to tables (CSV, Parquet), with --language and --dedupe, and its summaries."""

from __future__ import annotations

import csv

import pyarrow.parquet as pq
import pytest

import uanews
from cli_support import EXAMPLE_DUMP, example_items_text, jsonl, run, write_binary, write_dump
from uanews.tables import COLUMNS, Table, arrow_schema, records

UKRAINIAN = (
    "Голова громади провів зустріч з мешканцями\n\n"
    "Голова громади Олена Петренко зустрілася з мешканцями села і розповіла про ремонт "
    "доріг, який розпочнеться навесні. «Ми вже маємо кошти на першу чергу робіт», — сказала "
    "Олена Петренко.\n"
)
RUSSIAN = (
    "Глава общины провел встречу с жителями\n\n"
    "Глава общины Елена Петренко встретилась с жителями села и рассказала о ремонте дорог, "
    "который начнется весной. «У нас уже есть деньги на первую очередь работ», — сказала "
    "Елена Петренко.\n"
)


def test_quotes_table_from_a_directory_as_parquet(tmp_path, capsys):
    dumps = tmp_path / "dumps"
    write_dump(dumps / "a.txt", example_items_text())
    write_dump(dumps / "more" / "b.txt", [UKRAINIAN])
    target = tmp_path / "out" / "quotes.parquet"
    status, _, err = run(
        ["convert", dumps, "-f", "parquet", "--table", "quotes", "-o", target], capsys
    )
    assert status == 0
    items = [*uanews.iter_dump(dumps / "a.txt"), *uanews.iter_dump(dumps / "more" / "b.txt")]
    table = pq.read_table(target)
    assert table.schema == arrow_schema("quotes")
    assert table.to_pylist() == list(records(items, "quotes"))
    assert err == "converted 3 items from 2 files, 0 failed\n"
    assert table.num_rows == sum(len(item.quotes) for item in items) > 0


def test_csv_to_stdout_with_workers_is_the_same_as_in_process(capsys):
    one = run(["convert", EXAMPLE_DUMP, "-f", "csv", "--table", "participants", "-q"], capsys)
    two = run(
        ["convert", EXAMPLE_DUMP, "-f", "csv", "--table", "participants", "-q", "-j", "2"], capsys
    )
    assert one == two
    status, out, _ = one
    assert status == 0
    lines = list(csv.reader(out.splitlines()))
    assert lines[0] == [column.name for column in COLUMNS[Table.PARTICIPANTS]]
    names = {row[3] for row in lines[1:]}
    items = list(uanews.iter_dump(EXAMPLE_DUMP))
    assert names == {p.name for item in items for p in item.participants}


def test_csv_and_parquet_per_input_in_a_directory(tmp_path, capsys):
    dumps = tmp_path / "dumps"
    write_dump(dumps / "a.txt", [UKRAINIAN])
    write_dump(dumps / "b.txt", [RUSSIAN])
    out = tmp_path / "out"
    assert run(["convert", dumps, "-f", "parquet", "-o", f"{out}/", "-q"], capsys)[0] == 0
    assert sorted(path.name for path in out.iterdir()) == ["a.parquet", "b.parquet"]
    assert pq.read_table(out / "a.parquet").column("headline").to_pylist() == [
        UKRAINIAN.split("\n", maxsplit=1)[0]
    ]
    assert (
        run(["convert", dumps, "-f", "csv", "--table", "items", "-o", f"{out}/", "-q"], capsys)[0]
        == 0
    )
    assert (out / "b.csv").read_text("utf-8").startswith("item_id,source,index,line,")


def test_table_options_are_checked(tmp_path, capsys):
    status, _, err = run(["convert", EXAMPLE_DUMP, "--table", "quotes"], capsys)
    assert (status, err) == (2, "uanews: --table needs --format csv or --format parquet\n")
    status, _, err = run(["convert", EXAMPLE_DUMP, "-f", "parquet"], capsys)
    assert status == 2
    assert "parquet is written to a file" in err
    status, _, err = run(["convert", EXAMPLE_DUMP, "-f", "csv", "--table", "speakers"], capsys)
    assert status == 2
    assert "invalid choice: 'speakers'" in err
    status, _, err = run(["convert", EXAMPLE_DUMP, "--language", "uk,Russian"], capsys)
    assert status == 2
    assert "expected ISO 639 codes" in err
    assert list(tmp_path.iterdir()) == []


def test_language_keeps_only_the_languages_given(tmp_path, capsys):
    dump = write_dump(tmp_path / "mixed.txt", [UKRAINIAN, RUSSIAN, UKRAINIAN])
    assert [item.language for item in uanews.iter_dump(dump)] == ["uk", "ru", "uk"]
    status, out, err = run(["convert", dump, "--language", "ru"], capsys)
    assert status == 0
    assert [item["language"] for item in jsonl(out)] == ["ru"]
    assert err == "converted 1 item from 1 file, 0 failed, 2 not in ru\n"
    status, out, err = run(["convert", dump, "--language", "uk, ru"], capsys)
    assert len(jsonl(out)) == 3
    assert err.endswith(", 0 not in ru, uk\n")


def test_dedupe_drops_the_same_news_across_files(tmp_path, capsys):
    first = write_dump(tmp_path / "a.txt", [UKRAINIAN, RUSSIAN])
    # The same news scraped again: other wrapping, quote marks and dash, and a date line.
    again = UKRAINIAN.replace("«", '"').replace("»", '"').replace(" — ", " - ")
    again = again.replace("розповіла про", "розповіла\nпро") + "\n21 вересня 2021, 14:30\n"
    second = write_dump(tmp_path / "b.txt", [again, UKRAINIAN])
    status, out, err = run(["convert", first, second, "--dedupe", "-j", "2"], capsys)
    assert status == 0
    written = jsonl(out)
    assert [item["source"] for item in written] == [str(first), str(first)]
    assert len({item["id"] for item in written}) == 2
    assert err == "converted 2 items from 2 files, 0 failed, 2 duplicates dropped\n"


def test_provenance_is_written_in_every_item(tmp_path, capsys):
    dump = write_dump(tmp_path / "a.txt", example_items_text())
    status, out, _ = run(["convert", dump, "-j", "2", "-q"], capsys)
    assert status == 0
    items = jsonl(out)
    assert [(item["source"], item["index"]) for item in items] == [(str(dump), 0), (str(dump), 1)]
    lines = dump.read_text("utf-8").split("\n")
    for item in items:
        assert lines[item["line"] - 1].strip()
        assert item["text"].startswith(lines[item["line"] - 1].strip()[:10])


# No output file when nothing was written ---------------------------------------------------------


def test_a_missing_input_directory_leaves_no_output_file(tmp_path, capsys):
    target = tmp_path / "out" / "all.jsonl"
    status, _, err = run(["convert", tmp_path / "dumps", "--format", "jsonl", "-o", target], capsys)
    assert status == 1
    assert not target.exists()
    assert err.endswith("converted 0 items from 0 files, 1 failed\n")


@pytest.mark.parametrize("output_format", ["jsonl", "json", "csv", "parquet"])
def test_inputs_that_all_fail_leave_no_output_file(tmp_path, capsys, output_format):
    bad = write_binary(tmp_path / "bad.txt")
    target = tmp_path / f"out.{output_format}"
    status, _, _ = run(["convert", bad, "-f", output_format, "-o", target], capsys)
    assert status == 1
    assert list(tmp_path.iterdir()) == [bad]


def test_items_all_filtered_out_leave_no_output_file_and_keep_an_earlier_one(tmp_path, capsys):
    dump = write_dump(tmp_path / "a.txt", [UKRAINIAN])
    target = tmp_path / "out.jsonl"
    target.write_text("earlier\n", encoding="utf-8")
    status, _, err = run(["convert", dump, "--language", "en", "-o", target], capsys)
    assert status == 0
    assert target.read_text("utf-8") == "earlier\n"
    assert err == "converted 0 items from 1 file, 0 failed, 1 not in en\n"


def test_fail_fast_counts_nothing_written_when_the_file_is_abandoned(tmp_path, capsys):
    good = write_dump(tmp_path / "a.txt", example_items_text())
    bad = write_binary(tmp_path / "b.txt")
    target = tmp_path / "out.jsonl"
    status, _, err = run(["convert", good, bad, "--fail-fast", "-o", target], capsys)
    assert status == 1
    assert not target.exists()
    assert err.endswith("converted 0 items from 1 file, 1 failed\n")


def test_fail_fast_in_directory_mode_counts_the_files_kept(tmp_path, capsys):
    good = write_dump(tmp_path / "in" / "a.txt", example_items_text())
    write_binary(tmp_path / "in" / "b.txt")
    out = tmp_path / "out"
    status, _, err = run(["convert", tmp_path / "in", "--fail-fast", "-o", f"{out}/"], capsys)
    assert status == 1
    assert [path.name for path in out.iterdir()] == ["a.jsonl"]
    assert len(jsonl((out / "a.jsonl").read_text("utf-8"))) == len(list(uanews.iter_dump(good)))
    assert err.endswith("converted 2 items from 1 file, 1 failed\n")
