"""JSON input: integer schema version, one rule for a byte order mark, located UTF-8 errors."""

from __future__ import annotations

import orjson
import pytest

import uanews
from cli_support import run
from uanews.errors import SchemaError

ITEM = uanews.parse("Заголовок новини\n\nТекст новини про ремонт.", extract=False)
TEXT = uanews.dumps(ITEM)


def test_schema_version_must_be_an_integer_not_a_float():
    document = orjson.loads(TEXT)
    document["schema_version"] = 1.0
    with pytest.raises(SchemaError) as caught:
        uanews.loads(orjson.dumps(document))
    assert caught.value.path == "$.schema_version"
    assert "unsupported schema version 1.0" in str(caught.value)


@pytest.mark.parametrize(
    "data", [b"\xef\xbb\xbf" + TEXT.encode(), "\ufeff" + TEXT], ids=["bytes", "str"]
)
def test_loads_accepts_a_leading_byte_order_mark(data):
    assert uanews.loads(data) == ITEM


def test_iter_jsonl_accepts_a_byte_order_mark_at_the_start():
    lines = ["\ufeff" + TEXT + "\n", TEXT + "\n"]
    assert list(uanews.iter_jsonl(lines)) == [ITEM, ITEM]


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_validate_and_render_accept_a_byte_order_mark_as_loads_does(tmp_path, capsys, suffix):
    path = tmp_path / f"items{suffix}"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode() + b"\n")
    status, _, err = run(["validate", path], capsys)
    assert (status, err) == (0, "validated 1 item in 1 file, 0 invalid\n")
    status, out, _ = run(["render", path], capsys)
    assert status == 0
    assert out.startswith("Заголовок новини\n")


def test_invalid_utf8_is_reported_by_its_byte_offset():
    data = TEXT.encode().replace("ремонт".encode(), b"\xff\xfe")
    with pytest.raises(SchemaError) as caught:
        uanews.loads(data)
    offset = TEXT.encode().index("ремонт".encode())
    assert str(caught.value) == f"$: not UTF-8 at byte {offset} (counting from 0)"


def test_validate_reports_invalid_utf8_by_its_byte_offset(tmp_path, capsys):
    path = tmp_path / "items.jsonl"
    bad = b'{"schema_version": 1, "headline": "\xc0"}'
    path.write_bytes(TEXT.encode() + b"\n" + bad + b"\n")
    status, _, err = run(["validate", path], capsys)
    assert status == 1
    offset = bad.index(b"\xc0")
    assert f"uanews: {path}:2: $: not UTF-8 at byte {offset} (counting from 0)\n" in err
    assert "surrogates" not in err


def test_a_lone_surrogate_in_a_json_string_is_named_as_such():
    with pytest.raises(SchemaError) as caught:
        uanews.loads(TEXT.replace("ремонт", "\udc80"))
    assert "a lone surrogate U+DC80 at character" in str(caught.value)


@pytest.mark.parametrize("line", [None, 5, ["{}"]])
def test_iter_jsonl_of_a_line_that_is_not_text_is_a_schema_error(line):
    with pytest.raises(SchemaError) as caught:
        list(uanews.iter_jsonl([TEXT, line], source="in"))
    assert str(caught.value).startswith("in:2: $: not a line of text: expected str or bytes")
