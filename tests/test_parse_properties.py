"""The four promises of the plain-text format, as hypothesis properties."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import assume, given, reject
from hypothesis import strategies as st

from provenance import read_back
from text_strategies import body_texts, dump_texts, format_items
from uanews.errors import DecodeError, ParseError
from uanews.model import MetaKey, NewsItem
from uanews.parser import parse, parse_structure
from uanews.parser.lexicon_layout import BULLETS, DASH_BULLETS
from uanews.render import render
from uanews.text import normalize_input, visible

any_text = st.one_of(dump_texts(), st.text(max_size=200))

_SEPARATOR = re.compile(r"={3,}")
_BULLETS = frozenset(BULLETS + DASH_BULLETS)


def _is_markup(piece: str) -> bool:
    """Say whether ``piece`` is pure syntax: a separator line or one list bullet."""
    return _SEPARATOR.fullmatch(piece) is not None or piece in _BULLETS


def _content(item: NewsItem) -> str:
    """Return every text the item stores: headline, captions, paragraphs, related, metadata."""
    parts = [item.headline or ""]
    for paragraph in item.paragraphs:
        parts += [paragraph.caption or "", paragraph.text]
    parts += item.related
    parts += [meta.text for meta in item.metadata]
    return "".join(parts)


def _parsed(text: str, **options: bool) -> NewsItem:
    try:
        return parse(text, **options)
    except ParseError:
        reject()  # an input without text has nothing to check


@given(any_text)
def test_nothing_is_lost(text):
    try:
        structure = parse_structure(text)
    except ParseError:
        reject()  # an input without text has nothing to check
    assert all(_is_markup(piece) for piece in structure.markup), structure.markup
    if any(piece in _BULLETS for piece in structure.markup):
        # Bullets are syntax only on the lines of a list under a trailer heading.
        assert any(meta.key is MetaKey.HEADING for meta in structure.item.metadata)
    kept = Counter(visible(_content(structure.item))) + Counter(visible("".join(structure.markup)))
    assert kept == Counter(visible(text))


@given(st.one_of(body_texts(), st.text(max_size=200)))
def test_nothing_is_lost_in_order(text):
    try:
        structure = parse_structure(text)
    except ParseError:
        reject()  # an input without text has nothing to check
    assume(not structure.markup and not structure.item.metadata)
    # Without asides to lift out, the body keeps the input's characters in their order.
    assert visible(_content(structure.item)) == visible(text)


@given(format_items(), st.none() | st.text(max_size=10))
def test_render_then_parse_gives_the_item_back(item, source):
    assert parse(render(item), source=source, extract=False) == read_back(item, source)


@given(any_text)
def test_parse_render_parse_is_stable(text):
    first = _parsed(text, extract=False)
    assert parse(render(first), extract=False) == read_back(first)


@given(any_text)
def test_parse_render_parse_is_stable_with_extraction(text):
    first = _parsed(text)
    assert parse(render(first)) == read_back(first)


@given(any_text)
def test_parse_records_the_first_line_with_text(text):
    item = _parsed(text, extract=False)
    lines = normalize_input(text).split("\n")
    assert item.index == 0
    assert item.source is None
    assert item.line is not None
    assert visible(lines[item.line - 1])
    assert not visible("".join(lines[: item.line - 1]).replace("=", ""))


@given(st.one_of(any_text, st.binary(max_size=300), any_text.map(str.encode)))
def test_parse_raises_only_documented_errors(data):
    try:
        item = parse(data)
    except (ParseError, DecodeError):
        return
    assert isinstance(item, NewsItem)
