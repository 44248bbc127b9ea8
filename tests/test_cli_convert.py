"""`uanews convert`: inputs (files, directories, globs, stdin), formats, outputs, exit codes."""

from __future__ import annotations

import subprocess
import sys

import orjson
import pytest

import uanews
from cli_support import EXAMPLE_DUMP, example_items_text, jsonl, run, write_binary, write_dump
from uanews.parser import iter_dump


def test_converts_a_dump_to_json_lines_on_stdout(capsys):
    status, out, err = run(["convert", EXAMPLE_DUMP], capsys)
    assert status == 0
    lines = [line for line in out.splitlines() if line]
    assert [uanews.loads(line) for line in lines] == list(iter_dump(EXAMPLE_DUMP))
    assert err == "converted 2 items from 1 file, 0 failed\n"


def test_json_format_writes_one_object_for_one_item(tmp_path, capsys):
    single = write_dump(tmp_path / "one.txt", example_items_text()[:1])
    target = tmp_path / "one.json"
    status, out, _ = run(["convert", single, "--format", "json", "-o", target], capsys)
    assert status == 0
    assert out == ""
    document = orjson.loads(target.read_bytes())
    assert isinstance(document, dict)
    assert uanews.loads(target.read_bytes()) == next(iter_dump(single))


def test_json_format_writes_an_array_for_many_items(tmp_path, capsys):
    target = tmp_path / "many.json"
    assert run(["convert", EXAMPLE_DUMP, "-f", "json", "--indent", "-o", target], capsys)[0] == 0
    document = orjson.loads(target.read_bytes())
    assert [uanews.convert.from_dict(entry) for entry in document] == list(iter_dump(EXAMPLE_DUMP))


def test_ninjs_format_writes_ninjs_objects(capsys):
    status, out, _ = run(["convert", EXAMPLE_DUMP, "-f", "ninjs"], capsys)
    assert status == 0
    documents = orjson.loads(out)
    assert len(documents) == 2
    assert all(document["uri"].startswith("urn:uanews:") for document in documents)


def test_output_file_parent_directories_are_created(tmp_path, capsys):
    target = tmp_path / "out" / "deeper" / "seeds.jsonl"
    assert run(["convert", EXAMPLE_DUMP, "-o", target], capsys)[0] == 0
    assert len(jsonl(target.read_text("utf-8"))) == 2


def test_directory_input_is_searched_recursively_and_mirrored_in_directory_output(tmp_path, capsys):
    texts = example_items_text()
    write_dump(tmp_path / "in" / "a" / "first.txt", texts)
    write_dump(tmp_path / "in" / "b" / "second.txt", texts[:1])
    (tmp_path / "in" / "notes.md").write_text("not a dump", encoding="utf-8")
    status, _, err = run(["convert", tmp_path / "in", "-o", f"{tmp_path / 'out'}/"], capsys)
    assert status == 0
    assert len(jsonl((tmp_path / "out" / "a" / "first.jsonl").read_text("utf-8"))) == 2
    assert len(jsonl((tmp_path / "out" / "b" / "second.jsonl").read_text("utf-8"))) == 1
    assert err == "converted 3 items from 2 files, 0 failed\n"


def test_existing_directory_as_output_gets_one_file_per_input(tmp_path, capsys):
    (tmp_path / "out").mkdir()
    status, *_ = run(["convert", EXAMPLE_DUMP, "-f", "json", "-o", tmp_path / "out"], capsys)
    assert status == 0
    assert [path.name for path in (tmp_path / "out").iterdir()] == ["seeds.json"]


def test_glob_patterns_are_expanded(tmp_path, capsys):
    texts = example_items_text()
    write_dump(tmp_path / "x1.txt", texts[:1])
    write_dump(tmp_path / "x2.txt", texts[1:])
    write_dump(tmp_path / "y.txt", texts)
    status, out, err = run(["convert", f"{tmp_path}/x*.txt"], capsys)
    assert status == 0
    assert len(jsonl(out)) == 2
    assert "from 2 files" in err


def test_a_directory_without_dumps_is_a_failure(tmp_path, capsys):
    (tmp_path / "notes.md").write_text("not a dump", encoding="utf-8")
    status, out, err = run(["convert", tmp_path], capsys)
    assert status == 1
    assert out == ""
    assert f"uanews: {tmp_path}: no *.txt file in this directory" in err


def test_a_glob_that_matches_nothing_is_a_failure(tmp_path, capsys):
    status, _, err = run(["convert", f"{tmp_path}/nothing*.txt"], capsys)
    assert status == 1
    assert "no file matches" in err


def test_dash_reads_standard_input(capsys, monkeypatch):
    status, out, _ = run(
        ["convert", "-"], capsys, stdin=EXAMPLE_DUMP.read_bytes(), monkeypatch=monkeypatch
    )
    assert status == 0
    expected = list(iter_dump(EXAMPLE_DUMP, source="<stdin>"))
    assert [uanews.loads(line) for line in out.splitlines()] == expected


def test_a_bad_input_is_reported_and_skipped_and_the_rest_converts(tmp_path, capsys):
    bad = write_binary(tmp_path / "bad.txt")
    missing = tmp_path / "missing.txt"
    status, out, err = run(["convert", bad, EXAMPLE_DUMP, missing], capsys)
    assert status == 1
    assert len(jsonl(out)) == 2
    *reports, summary = err.splitlines()
    assert f"uanews: {missing}: No such file or directory" in reports
    (binary,) = [line for line in reports if line.startswith(f"uanews: {bad}:")]
    assert "binary data" in binary
    assert len(reports) == 2
    assert summary == "converted 2 items from 2 files, 2 failed"


def test_an_empty_input_is_a_failure(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n====\n", encoding="utf-8")
    status, _, err = run(["convert", empty], capsys)
    assert status == 1
    assert f"uanews: {empty}: no news items" in err


def test_fail_fast_stops_at_the_first_failure_and_writes_nothing(tmp_path, capsys):
    bad = write_binary(tmp_path / "bad.txt")
    target = tmp_path / "out" / "all.jsonl"
    status, _, err = run(["convert", "--fail-fast", bad, EXAMPLE_DUMP, "-o", target], capsys)
    assert status == 1
    assert "converted 0 items from 0 files, 1 failed" in err
    assert not target.exists()
    assert list((tmp_path / "out").iterdir()) == []  # no temporary file left behind


def test_a_failed_run_leaves_an_existing_output_untouched(tmp_path, capsys):
    bad = write_binary(tmp_path / "bad.txt")
    target = tmp_path / "all.jsonl"
    target.write_text("previous\n", encoding="utf-8")
    assert run(["convert", "--fail-fast", EXAMPLE_DUMP, bad, "-o", target], capsys)[0] == 1
    assert target.read_text("utf-8") == "previous\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["all.jsonl", "bad.txt"]


def test_no_extract_gives_structure_only(capsys):
    status, out, _ = run(["convert", "--no-extract", EXAMPLE_DUMP], capsys)
    assert status == 0
    items = [uanews.loads(line) for line in out.splitlines()]
    assert items == list(iter_dump(EXAMPLE_DUMP, extract=False))
    assert all(not item.participants and not item.quotes for item in items)


def test_quiet_prints_no_summary(capsys):
    status, _, err = run(["convert", "-q", EXAMPLE_DUMP], capsys)
    assert status == 0
    assert err == ""


@pytest.mark.parametrize(
    "argv",
    [
        ["convert"],
        ["convert", "--workers", "0", "x.txt"],
        ["convert", "--format", "xml", "x.txt"],
        ["convert", "--reference", "yesterday", "x.txt"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_with_2(argv, capsys):
    status, _, err = run(argv, capsys)
    assert status == 2
    assert "usage: uanews" in err


def test_two_inputs_writing_the_same_output_file_is_a_usage_error(tmp_path, capsys):
    first = write_dump(tmp_path / "a" / "same.txt", example_items_text()[:1])
    second = write_dump(tmp_path / "b" / "same.txt", example_items_text()[:1])
    status, _, err = run(["convert", first, second, "-o", f"{tmp_path / 'out'}/"], capsys)
    assert status == 2
    assert "would both write same.jsonl" in err
    assert not (tmp_path / "out").exists()


def test_help_and_version_exit_with_0(capsys):
    assert run(["--help"], capsys)[0] == 0
    status, out, _ = run(["--version"], capsys)
    assert status == 0
    assert out.startswith("uanews ")


def test_python_dash_m_uanews_runs_the_command():
    result = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "uanews", "convert", "-q", str(EXAMPLE_DUMP)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert len(jsonl(result.stdout.decode())) == 2
