"""`uanews render`: JSON, JSON arrays and JSON Lines back to the plain-text dump format."""

from __future__ import annotations

import uanews
from cli_support import EXAMPLE_DUMP, run
from provenance import without_provenance
from uanews.parser import iter_dump
from uanews.render import render_dump


def test_render_turns_json_lines_back_into_a_dump(tmp_path, capsys):
    converted = tmp_path / "seeds.jsonl"
    assert run(["convert", EXAMPLE_DUMP, "-o", converted], capsys)[0] == 0
    status, out, err = run(["render", converted], capsys)
    assert status == 0
    assert err == ""
    assert out == render_dump(iter_dump(EXAMPLE_DUMP))


def test_render_reads_a_json_array_and_writes_a_file(tmp_path, capsys):
    converted = tmp_path / "seeds.json"
    assert run(["convert", EXAMPLE_DUMP, "-f", "json", "-o", converted], capsys)[0] == 0
    target = tmp_path / "back" / "seeds.txt"
    assert run(["render", converted, "-o", target], capsys)[0] == 0
    back = list(iter_dump(target, extract=False))
    original = list(iter_dump(EXAMPLE_DUMP, extract=False))
    assert without_provenance(back) == without_provenance(original)
    assert [(item.source, item.index) for item in back] == [
        (str(target), index) for index in range(len(original))
    ]


def test_render_skips_and_reports_a_bad_line(tmp_path, capsys):
    item = next(iter_dump(EXAMPLE_DUMP))
    source = tmp_path / "mixed.jsonl"
    source.write_text(f'{uanews.dumps(item)}\n{{"schema_version": 1}}\n', encoding="utf-8")
    status, out, err = run(["render", source], capsys)
    assert status == 1
    assert out == render_dump([item])
    assert err.startswith(f"uanews: {source}:2: $: missing field")
