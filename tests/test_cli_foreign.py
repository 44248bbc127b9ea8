"""`validate` and `render` say in one line that a file is ninjs, or JSON that is no item."""

from __future__ import annotations

from cli_support import EXAMPLE_DUMP, run
from uanews.cli.json_input import NINJS, NOT_ITEMS


def test_validate_says_once_that_a_file_is_ninjs(tmp_path, capsys):
    target = tmp_path / "out.json"
    assert run(["convert", EXAMPLE_DUMP, "-f", "ninjs", "-o", target], capsys)[0] == 0
    status, _, err = run(["validate", target], capsys)
    assert status == 1
    assert err == f"uanews: {target}: {NINJS}\nvalidated 0 items in 1 file, 1 invalid\n"
    status, _, err = run(["render", target], capsys)
    assert status == 1
    assert err == f"uanews: {target}: {NINJS}\n"


def test_one_ninjs_object_and_ninjs_lines_are_recognised_too(tmp_path, capsys):
    one = tmp_path / "one.json"
    assert run(["convert", EXAMPLE_DUMP, "-f", "ninjs", "--indent", "-o", one], capsys)[0] == 0
    lines = tmp_path / "items.jsonl"
    lines.write_text('{"uri": "urn:x:1", "type": "text"}\n{"uri": "urn:x:2"}\n', "utf-8")
    status, _, err = run(["validate", one, lines, "-q"], capsys)
    assert status == 1
    assert err == f"uanews: {one}: {NINJS}\nuanews: {lines}: {NINJS}\n"


def test_validate_says_once_that_json_holds_no_items(tmp_path, capsys):
    records = tmp_path / "records.jsonl"
    records.write_text("".join(f'{{"name": "запис {n}"}}\n' for n in range(40)), "utf-8")
    numbers = tmp_path / "numbers.json"
    numbers.write_text("[1, 2, 3]\n", "utf-8")
    status, _, err = run(["validate", records, numbers, "-q"], capsys)
    assert status == 1
    assert err == f"uanews: {records}: {NOT_ITEMS}\nuanews: {numbers}: {NOT_ITEMS}\n"


def test_items_of_either_contract_version_are_not_foreign(tmp_path, capsys):
    target = tmp_path / "items.jsonl"
    assert run(["convert", EXAMPLE_DUMP, "-o", target], capsys)[0] == 0
    old = tmp_path / "old.json"
    old.write_text(
        '{"schema_version": 1, "headline": "Новина", "paragraphs": [], "related": [],'
        ' "metadata": [], "language": "uk", "participants": [], "quotes": [], "events": []}',
        "utf-8",
    )
    empty = tmp_path / "empty.json"
    empty.write_text("[]\n", "utf-8")
    status, _, err = run(["validate", target, old, empty], capsys)
    assert status == 0
    assert err == "validated 3 items in 3 files, 0 invalid\n"
