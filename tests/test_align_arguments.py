"""`source_map` and `block_spans` reject wrong arguments with a clear TypeError."""

from __future__ import annotations

import pytest

import uanews
from uanews.align import block_spans
from uanews.model import NewsItem, Paragraph

SOURCE = "Заголовок\n\nПерший абзац."


def _item() -> NewsItem:
    return NewsItem(headline="Заголовок", paragraphs=(Paragraph("Перший абзац."),))


def test_swapped_arguments_name_the_expected_type():
    with pytest.raises(
        TypeError, match=r"^source_map\(item, source\): item must be a NewsItem, got str"
    ):
        uanews.source_map(SOURCE, _item())  # type: ignore[arg-type]


def test_bytes_as_source_ask_to_decode_first():
    with pytest.raises(TypeError, match=r"source must be a str, got bytes \(decode it first\)"):
        uanews.source_map(_item(), SOURCE.encode())  # type: ignore[arg-type]


def test_block_spans_of_something_else_than_an_item_is_a_type_error():
    with pytest.raises(TypeError, match=r"^block_spans\(item\): item must be a NewsItem, got dict"):
        block_spans({"headline": "Заголовок"})  # type: ignore[arg-type]


def test_right_arguments_still_map():
    where = uanews.source_map(_item(), SOURCE)
    assert where.span(0, 9) == (0, 9)
