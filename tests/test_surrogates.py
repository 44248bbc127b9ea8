"""A ``str`` holding a lone surrogate is not text: `parse` refuses it with its line and column.

Such a string (what ``errors="surrogateescape"`` leaves of a bad byte) used to parse, and
then `dumps` failed with a bare ``TypeError`` from orjson.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

import uanews
from uanews.errors import DecodeError, ParseError, UanewsError
from uanews.parser import iter_dump, parse_lines


def test_parse_names_the_line_and_column_of_a_lone_surrogate():
    with pytest.raises(DecodeError) as caught:
        uanews.parse("Заголовок\n\nТекст \ud800 тут.", source="x.txt")
    assert (caught.value.source, caught.value.line, caught.value.column) == ("x.txt", 3, 7)
    assert str(caught.value) == "x.txt:3: a lone surrogate U+D800 at column 7 is not Unicode text"


def test_parse_lines_and_a_text_stream_refuse_lone_surrogates_too():
    with pytest.raises(DecodeError) as caught:
        parse_lines(["Заголовок", "", "Текст \udcff"], first_line=10)
    assert (caught.value.line, caught.value.column) == (12, 7)
    with pytest.raises(DecodeError) as caught:
        list(iter_dump(io.StringIO("Заголовок\n\nТекст.\n====\nДругий\n\nx\udc80\n")))
    assert (caught.value.line, caught.value.column) == (7, 2)


any_code_point = st.characters(exclude_categories=()) | st.sampled_from(["\ud800", "\udcff"])
"""Every code point, lone surrogates included (``st.text`` never draws them)."""
lines_with_surrogates = st.lists(
    st.lists(any_code_point | st.sampled_from([" ", "а", "Б"]), max_size=20).map("".join),
    max_size=6,
).map("\n".join)


@given(lines_with_surrogates)
def test_dumps_never_raises_on_what_parse_returns_and_loads_gives_it_back(text):
    try:
        item = uanews.parse(text)
    except (DecodeError, ParseError):
        return
    assert uanews.loads(uanews.dumps(item)) == item


@given(st.text(st.characters(codec="utf-8"), max_size=80))
def test_text_without_surrogates_never_raises_decode_error(text):
    try:
        uanews.parse(text, extract=False)
    except ParseError:
        pass
    except UanewsError as exc:  # pragma: no cover - the failure this test is for
        pytest.fail(f"unexpected {exc!r}")
