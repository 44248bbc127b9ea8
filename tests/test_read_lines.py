"""`read_lines` and `split_checked`: a line that is not text is reported, and reading goes on."""

from __future__ import annotations

import io

import pytest

from uanews.errors import DecodeError
from uanews.parser.decode import BadLine, iter_lines, read_lines
from uanews.parser.split import BadChunk, Chunk, split_checked


def test_read_lines_reports_a_bad_line_and_goes_on():
    data = "перший рядок\nдру\xffгий\nтретій\n".encode().replace(b"\xc3\xbf", b"\xff")
    lines = list(read_lines(io.BytesIO(data), source="x"))
    assert lines[0] == "перший рядок"
    assert lines[1] == BadLine(2, 4, "not UTF-8: byte 0xff at column 4")
    assert lines[2] == "третій"


def test_read_lines_finds_a_nul_at_its_column_and_keeps_line_numbers():
    data = b"one\r\ntwo\x00\r\nthree\rfour\n"
    assert list(read_lines(io.BytesIO(data))) == [
        "one",
        BadLine(2, 4, "binary data (a NUL character at column 4), not text"),
        "three",
        "four",
    ]


def test_read_lines_resynchronises_in_utf16_too():
    good = "рядок один\nрядок два\n"
    data = good.encode("utf-16") + b"\x00\xd8" + "\nрядок чотири\n".encode("utf-16-le")
    lines = list(read_lines(io.BytesIO(data)))
    assert lines[:2] == ["рядок один", "рядок два"]
    assert isinstance(lines[2], BadLine)
    assert lines[2].message == "not UTF-16: byte 0x00 at column 1"
    assert lines[3] == "рядок чотири"


def test_iter_lines_still_raises_at_the_first_bad_line_with_its_column():
    data = "рядок\nрядок\nне ".encode() + b"\xff" + " рядок\n".encode()
    with pytest.raises(DecodeError) as caught:
        list(iter_lines(io.BytesIO(data), source="d.txt"))
    assert (caught.value.source, caught.value.line, caught.value.column) == ("d.txt", 3, 4)


def test_split_checked_makes_the_item_with_a_bad_line_a_bad_chunk():
    bad = BadLine(4, 2, "binary data")
    lines = ["Перша", "текст", "====", bad, "ще", "====", "Третя", "текст"]
    chunks = list(split_checked(lines))
    assert chunks == [
        Chunk(("Перша", "текст"), 1),
        BadChunk(2, 4, 5, bad),
        Chunk(("Третя", "текст"), 7),
    ]
    error = chunks[1].error("d.txt")
    assert str(error) == "d.txt:4: item 2 (lines 4-5) is skipped: binary data"


def test_a_bad_byte_in_a_separator_line_joins_the_two_items_it_separated():
    data = "Перша\nтекст\n==".encode() + b"\xff" + "==\nДруга\nтекст\n====\nТретя\n".encode()
    chunks = list(split_checked(read_lines(io.BytesIO(data))))
    assert [type(chunk) for chunk in chunks] == [BadChunk, Chunk]
    assert (chunks[0].first_line, chunks[0].last_line, chunks[0].bad.line) == (1, 5, 3)
    assert chunks[1] == Chunk(("Третя",), 7)
