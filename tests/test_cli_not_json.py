"""`render` and `validate` given a file that is not JSON say so once, not once per line."""

from __future__ import annotations

import pytest

import uanews
from cli_support import EXAMPLE_DUMP, run
from uanews.cli import NOT_JSON
from uanews.cli.json_input import NOT_ITEMS
from uanews.parser import iter_dump


@pytest.mark.parametrize("command", ["render", "validate"])
def test_a_text_dump_is_one_error_and_the_next_input_is_still_read(tmp_path, capsys, command):
    good = tmp_path / "good.jsonl"
    good.write_text(uanews.dumps(next(iter_dump(EXAMPLE_DUMP))) + "\n", encoding="utf-8")
    target = tmp_path / "out.txt"
    status, _, err = run(
        [command, EXAMPLE_DUMP, good, *(["-o", target] if command == "render" else [])], capsys
    )
    assert status == 1
    reports = [line for line in err.splitlines() if line.startswith("uanews:")]
    assert reports == [f"uanews: {EXAMPLE_DUMP}: {NOT_JSON}"]
    if command == "render":
        assert target.read_text(encoding="utf-8").strip()  # the good input was still rendered
    else:
        assert err.splitlines()[-1] == "validated 1 item in 2 files, 1 invalid"


def test_a_text_dump_read_from_stdin_is_one_error(capsys, monkeypatch):
    status, _, err = run(
        ["validate", "-", "-q"], capsys, stdin=EXAMPLE_DUMP.read_bytes(), monkeypatch=monkeypatch
    )
    assert status == 1
    assert err == f"uanews: <stdin>: {NOT_JSON}\n"


def test_a_json_scalar_is_json_and_is_reported_as_not_an_item(tmp_path, capsys):
    source = tmp_path / "number.json"
    source.write_text("42\n", encoding="utf-8")
    status, _, err = run(["validate", source, "-q"], capsys)
    assert status == 1
    assert NOT_JSON not in err
    assert err == f"uanews: {source}: {NOT_ITEMS}\n"


def test_an_empty_json_file_is_reported_as_empty(tmp_path, capsys):
    source = tmp_path / "empty.json"
    source.write_text(" \n", encoding="utf-8")
    status, _, err = run(["validate", source, "-q"], capsys)
    assert status == 1
    assert err == f"uanews: {source}: the input is empty: no JSON item in it\n"


def test_an_empty_json_lines_file_holds_no_item(tmp_path, capsys):
    source = tmp_path / "empty.jsonl"
    source.write_text("", encoding="utf-8")
    status, _, err = run(["validate", source], capsys)
    assert status == 0
    assert err == "validated 0 items in 1 file, 0 invalid\n"
