"""Bad lines of JSON Lines are reported one by one, but only the first few per file."""

from __future__ import annotations

import pytest

import uanews
from cli_support import EXAMPLE_DUMP, run
from uanews.cli import REPORTS_PER_INPUT
from uanews.parser import iter_dump


def _json_lines(bad: int) -> str:
    good = uanews.dumps(next(iter_dump(EXAMPLE_DUMP, extract=False)))
    return "\n".join([good, *(['{"schema_version": 1,'] * bad), good]) + "\n"


def test_a_few_bad_lines_are_each_reported(tmp_path, capsys):
    source = tmp_path / "few.jsonl"
    source.write_text(_json_lines(REPORTS_PER_INPUT), encoding="utf-8")
    status, _, err = run(["validate", source], capsys)
    assert status == 1
    reports = err.splitlines()[:-1]
    bad_lines = range(2, 2 + REPORTS_PER_INPUT)
    assert [line.split(": $:")[0] for line in reports] == [
        f"uanews: {source}:{n}" for n in bad_lines
    ]
    assert all(": $: malformed JSON" in line for line in reports)
    assert err.splitlines()[-1] == f"validated 2 items in 1 file, {REPORTS_PER_INPUT} invalid"


@pytest.mark.parametrize("command", ["render", "validate"])
def test_many_bad_lines_are_cut_short_per_file_but_all_counted(tmp_path, capsys, command):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(_json_lines(REPORTS_PER_INPUT + 7), encoding="utf-8")
    second.write_text(_json_lines(REPORTS_PER_INPUT + 1), encoding="utf-8")
    status, _, err = run([command, first, second], capsys)
    assert status == 1
    reports = [line for line in err.splitlines() if line.startswith("uanews:")]
    assert len(reports) == 2 * (REPORTS_PER_INPUT + 1)
    assert reports[REPORTS_PER_INPUT] == f"uanews: {first}: and 7 more not shown"
    assert reports[-1] == f"uanews: {second}: and 1 more not shown"
    assert all(line.startswith(f"uanews: {second}:") for line in reports[REPORTS_PER_INPUT + 1 :])
    if command == "validate":
        total = 2 * REPORTS_PER_INPUT + 8
        assert err.splitlines()[-1] == f"validated 4 items in 2 files, {total} invalid"
