"""Dumps of many items: separators, streaming from paths and open files, located errors."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from text_strategies import VOCABULARY, format_items, heading_metas, metas, names
from uanews.errors import DecodeError, ParseError
from uanews.parser import iter_dump, parse, parse_file, parse_lines
from uanews.parser.decode import CHUNK_SIZE, iter_lines
from uanews.parser.split import split_items
from uanews.render import render_dump, write_dump

ONE = "Перша новина\n\nТекст першої новини."
TWO = "Друга новина\n\nТекст другої новини."


@given(st.lists(format_items(), max_size=4))
def test_render_dump_then_iter_dump_gives_the_items_back(items):
    dump = render_dump(items)
    assert list(iter_dump(io.StringIO(dump), extract=False)) == items
    assert list(iter_dump(io.BytesIO(dump.encode("utf-16")), extract=False)) == items


def test_separators_may_be_equals_lines_or_form_feeds_and_empty_chunks_are_skipped():
    text = f"====\n{ONE}\n  =======  \n\n{TWO}\n\f\n\n====\n"
    items = list(iter_dump(io.StringIO(text), extract=False))
    assert [item.headline for item in items] == ["Перша новина", "Друга новина"]


def test_a_file_without_separators_is_one_item(tmp_path):
    path = tmp_path / "one.txt"
    path.write_bytes(ONE.encode("cp1251"))
    assert list(iter_dump(path, extract=False)) == [parse_file(path, extract=False)]


def test_iter_dump_streams_items_before_reading_the_whole_file():
    class Endless(io.RawIOBase):
        """A stream that serves items forever: only lazy reading can finish."""

        def readable(self):
            return True

        pattern = f"{ONE}\n====\n".encode()
        offset = 0

        def readinto(self, buffer):
            size = len(buffer)
            repeats = size // len(self.pattern) + 2
            data = (self.pattern * repeats)[self.offset : self.offset + size]
            self.offset = (self.offset + size) % len(self.pattern)
            buffer[:size] = data
            return size

    items = iter_dump(io.BufferedReader(Endless()), extract=False)
    assert next(items).headline == "Перша новина"
    assert next(items).headline == "Перша новина"


def test_write_dump_counts_items_and_matches_render_dump():
    items = [parse(ONE, extract=False), parse(TWO, extract=False)]
    target = io.StringIO()
    assert write_dump(items, target) == 2
    assert target.getvalue() == render_dump(items)


def test_errors_name_the_file_and_the_line_in_the_dump(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(f"{ONE}\n====\n{TWO}\n".encode() + b"\xff\xfe\xfa\x00\n")
    with pytest.raises(DecodeError) as caught:
        list(iter_dump(path))
    assert caught.value.source == str(path)
    assert caught.value.line == 8


def test_a_decode_error_far_into_a_big_file_names_its_line():
    good = ("рядок тексту новини\n" * (CHUNK_SIZE // 20)).encode()
    stream = io.BytesIO(good + b"\xc3\x28\n")
    lines = good.count(b"\n")
    with pytest.raises(DecodeError) as caught:
        list(iter_dump(stream, source="big.txt"))
    assert caught.value.line == lines + 1


def test_crlf_split_across_chunks_is_one_line_end():
    head = "x" + "а" * ((CHUNK_SIZE - 2) // 2)
    data = head.encode() + b"\r\n" + ONE.encode()
    assert data[CHUNK_SIZE - 1 : CHUNK_SIZE + 1] == b"\r\n"
    assert list(iter_lines(io.BytesIO(data))) == [head, *ONE.split("\n")]


def test_parse_file_reports_empty_files(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"\n\n")
    with pytest.raises(ParseError, match=r"empty\.txt:1"):
        parse_file(path)


_sentences = st.builds(
    lambda head, rest: " ".join([head, *rest]),
    names,
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12),
)
"""A capitalised name and Ukrainian words, drawn without any filter."""


@st.composite
def chunk_texts(draw):
    """Return the text of one item built from valid pieces directly, with nothing filtered out.

    A headline, paragraphs of sentences and boilerplate lines: no line is a separator, and
    the headline gives every chunk text, so no example is rejected.
    """
    lines = [draw(_sentences)]
    for _ in range(draw(st.integers(1, 4))):
        lines += ["", " ".join(draw(st.lists(_sentences, min_size=1, max_size=3))) + "."]
    boilerplate = draw(st.lists(st.one_of(metas(), heading_metas()), max_size=3))
    return "\n".join([*lines, *(meta.text for meta in boilerplate)])


@given(st.lists(chunk_texts(), max_size=4))
def test_parse_lines_of_each_chunk_gives_what_iter_dump_gives(texts):
    dump = "\n====\n".join(texts)
    chunks = split_items(dump.split("\n"))
    parsed = [
        parse_lines(chunk.lines, first_line=chunk.first_line, extract=False) for chunk in chunks
    ]
    assert parsed == list(iter_dump(io.StringIO(dump), extract=False))


def test_parse_lines_names_the_line_in_the_whole_dump():
    dump = f"{ONE}\n====\n{TWO}\n"
    second = list(split_items(dump.split("\n")))[1]
    assert parse_lines(second.lines, first_line=second.first_line).headline == "Друга новина"
    with pytest.raises(ParseError) as caught:
        parse_lines(["", " ", "\u200b"], source="dump.txt", first_line=5)
    assert (caught.value.source, caught.value.line) == ("dump.txt", 5)


def test_parse_lines_normalises_each_line_and_refuses_line_breaks_inside_one():
    assert parse_lines(["Перша\u00a0новина", "", "Текст\u200b першої новини."]) == parse(ONE)
    with pytest.raises(ParseError) as caught:
        parse_lines(["Перша новина", "", "Текст\r\nпершої новини."], first_line=10)
    assert caught.value.line == 12
