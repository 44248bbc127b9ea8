"""`uanews validate`: JSON files checked against the model, each error with its JSON path."""

from __future__ import annotations

import orjson

import uanews
from cli_support import EXAMPLE_DUMP, run
from uanews.parser import iter_dump


def test_valid_files_pass(tmp_path, capsys):
    converted = tmp_path / "seeds.jsonl"
    assert run(["convert", EXAMPLE_DUMP, "-o", converted], capsys)[0] == 0
    status, _, err = run(["validate", converted], capsys)
    assert status == 0
    assert err == "validated 2 items in 1 file, 0 invalid\n"


def test_an_invalid_item_is_reported_with_its_json_path(tmp_path, capsys):
    structure_only = next(iter_dump(EXAMPLE_DUMP, extract=False))
    item = orjson.loads(uanews.dumps(structure_only))
    item["paragraphs"][1]["colour"] = "red"
    source = tmp_path / "bad.json"
    source.write_bytes(orjson.dumps([item, item]))
    status, _, err = run(["validate", source], capsys)
    assert status == 1
    reports = err.splitlines()[:-1]
    assert reports[0] == f"uanews: {source}[0]: $.paragraphs[1]: unknown field(s): colour"
    assert reports[1] == f"uanews: {source}[1]: $.paragraphs[1]: unknown field(s): colour"
    assert err.splitlines()[-1] == "validated 0 items in 1 file, 2 invalid"


def test_malformed_json_is_invalid(tmp_path, capsys):
    source = tmp_path / "broken.json"
    source.write_text('{"schema_version": 1,', encoding="utf-8")
    status, _, err = run(["validate", source], capsys)
    assert status == 1
    assert err.startswith(f"uanews: {source}: $: malformed JSON")


def test_a_directory_is_searched_for_json_and_json_lines(tmp_path, capsys):
    (tmp_path / "in" / "deep").mkdir(parents=True)
    item = uanews.dumps(next(iter_dump(EXAMPLE_DUMP)))
    (tmp_path / "in" / "one.json").write_text(item, encoding="utf-8")
    (tmp_path / "in" / "deep" / "two.jsonl").write_text(f"{item}\n{item}\n", encoding="utf-8")
    (tmp_path / "in" / "notes.txt").write_text("not JSON", encoding="utf-8")
    status, _, err = run(["validate", tmp_path / "in"], capsys)
    assert status == 0
    assert err == "validated 3 items in 2 files, 0 invalid\n"


def test_a_missing_file_is_a_failure(tmp_path, capsys):
    status, _, err = run(["validate", tmp_path / "nope.json"], capsys)
    assert status == 1
    assert f"uanews: {tmp_path / 'nope.json'}: No such file or directory" in err
