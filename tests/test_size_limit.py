"""An item over the size limit is parsed structure only, with a warning, never skipped."""

from __future__ import annotations

import io
import warnings

import pytest

import uanews
from cli_support import SEPARATOR, jsonl, run
from uanews.batch import ConvertOptions
from uanews.errors import ItemTooLargeWarning
from uanews.parser import iter_dump, parse_lines
from uanews.parser.pipeline import MAX_ITEM_CHARS

SMALL = "Коротка новина\n\nМер відкрив школу."
LARGE = (
    "Довга новина про бюджет\n\n"
    "«Ми відремонтуємо всі дороги до зими», — заявив міський голова Іван Петренко.\n"
    + "Депутати обговорили кошторис на наступний рік. "
    * 20
)


def test_the_default_limit_is_two_million_characters():
    assert MAX_ITEM_CHARS == 2_000_000
    assert ConvertOptions().max_item_chars == MAX_ITEM_CHARS


def test_parse_over_the_limit_warns_and_gives_the_structure_only():
    with pytest.warns(ItemTooLargeWarning, match=r"news\.txt:1: the item holds \d+ characters"):
        item = uanews.parse(LARGE, source="news.txt", max_chars=200)
    assert item == uanews.parse(LARGE, extract=False)
    assert uanews.parse(LARGE).participants  # within the default limit it is extracted


def test_parse_within_the_limit_does_not_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        item = uanews.parse(LARGE, max_chars=len(LARGE))
    assert item.participants


def test_iter_dump_and_parse_lines_apply_the_limit_per_item():
    dump = SEPARATOR.join([SMALL, LARGE])
    with pytest.warns(ItemTooLargeWarning) as caught:
        items = list(iter_dump(io.StringIO(dump), max_chars=200))
    assert len(caught) == 1
    assert ":5: " in str(caught[0].message)
    assert items == [uanews.parse(SMALL), uanews.parse(LARGE, extract=False)]
    with pytest.warns(ItemTooLargeWarning):
        assert parse_lines(LARGE.split("\n"), max_chars=200) == uanews.parse(LARGE, extract=False)


def test_convert_over_max_item_chars_warns_counts_and_writes_the_structure(tmp_path, capsys):
    dump = tmp_path / "dump.txt"
    dump.write_text(SEPARATOR.join([SMALL, LARGE]), encoding="utf-8")
    status, out, err = run(["convert", dump, "--max-item-chars", "200"], capsys)
    assert status == 0
    lines = err.splitlines()
    assert lines[0].startswith(f"uanews: warning: {dump}:5: the item holds ")
    assert "parsed structure only" in lines[0]
    assert lines[1] == (
        "converted 2 items from 1 file, 0 failed, 1 structure only (over --max-item-chars)"
    )
    items = [uanews.convert.from_dict(document) for document in jsonl(out)]
    assert items == [uanews.parse(SMALL), uanews.parse(LARGE, extract=False)]


def test_convert_with_workers_gives_the_same_warning(tmp_path, capsys):
    dump = tmp_path / "dump.txt"
    dump.write_text(SEPARATOR.join([SMALL, LARGE]), encoding="utf-8")
    one = run(["convert", dump, "--max-item-chars", "200"], capsys)
    two = run(["convert", dump, "--max-item-chars", "200", "--workers", "2"], capsys)
    assert one == two


def test_max_item_chars_zero_means_no_limit(tmp_path, capsys):
    dump = tmp_path / "dump.txt"
    dump.write_text(LARGE, encoding="utf-8")
    status, out, err = run(["convert", dump, "--max-item-chars", "0"], capsys)
    assert (status, err) == (0, "converted 1 item from 1 file, 0 failed\n")
    assert jsonl(out)[0]["participants"]


@pytest.mark.parametrize("value", ["-1", "many"])
def test_max_item_chars_must_be_a_whole_number(capsys, value):
    status, _, err = run(["convert", "-", "--max-item-chars", value], capsys)
    assert status == 2
    assert "expected a whole number, 0 or more" in err
