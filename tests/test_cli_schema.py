"""`uanews schema` prints the JSON Schema, and `convert` output validates against it."""

from __future__ import annotations

import json

from jsonschema import Draft202012Validator

from cli_support import EXAMPLE_DUMP, jsonl, run
from uanews.schema import load_schema


def test_schema_prints_the_shipped_json_schema(capsys):
    status, out, _ = run(["schema"], capsys)
    assert status == 0
    assert json.loads(out) == load_schema()


def test_schema_writes_a_file(tmp_path, capsys):
    target = tmp_path / "schema" / "news-item.json"
    assert run(["schema", "-o", target], capsys)[0] == 0
    assert json.loads(target.read_text("utf-8")) == load_schema()


def test_converted_items_validate_against_the_printed_schema(capsys):
    _, schema_text, _ = run(["schema"], capsys)
    validator = Draft202012Validator(json.loads(schema_text))
    status, out, _ = run(["convert", EXAMPLE_DUMP], capsys)
    assert status == 0
    for document in jsonl(out):
        assert not list(validator.iter_errors(document))
