"""Spans of an item's body text map back to the source text it was parsed from."""

from __future__ import annotations

from pathlib import Path

import pytest

from uanews.align import Block, block_spans, source_map
from uanews.model import NewsItem, Paragraph
from uanews.parser import parse
from uanews.parser.decode import decode
from uanews.text import visible

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(path.stem for path in FIXTURES.glob("*.txt"))


def _spans(item: NewsItem) -> list[tuple[int, int]]:
    """Return every mention and quote part of ``item``."""
    mentions = [(m.start, m.end) for p in item.participants for m in p.mentions]
    return mentions + [(part.start, part.end) for q in item.quotes for part in q.parts]


def test_block_spans_give_headline_captions_and_paragraph_texts_in_order():
    item = NewsItem(
        headline="Заголовок",
        paragraphs=(Paragraph("Перший."), Paragraph("Другий.", caption="ІВАН ПЕТРЕНКО ГОЛОВА")),
    )
    blocks = block_spans(item)
    assert [item.text[b.start : b.end] for b in blocks] == [
        "Заголовок",
        "Перший.",
        "ІВАН ПЕТРЕНКО ГОЛОВА",
        "Другий.",
    ]
    assert [(b.kind, b.paragraph) for b in blocks] == [
        ("headline", None),
        ("text", 0),
        ("caption", 1),
        ("text", 1),
    ]
    texts = [b for b in blocks if b.kind == "text"]
    assert [(b.start, b.end) for b in texts] == [(s.start, s.end) for s in item.paragraph_spans()]


def test_block_spans_of_an_item_without_headline_start_at_the_first_paragraph():
    item = NewsItem(paragraphs=(Paragraph("Текст."),))
    assert block_spans(item) == (Block(0, 6, "text", 0),)


def test_a_quote_maps_past_crlf_nbsp_soft_hyphens_and_lifted_metadata():
    source = (
        "Мер\u00a0міста   відкрив\r\n\r\nміст\r\n\r\n12.05.2021 10:00\r\n\r\n"
        "«Це   наш\u00adміст\u200b», –\tсказав він.\r\n"
    )
    item = parse(source, extract=False)
    where = source_map(item, source)
    start = item.text.index("Це наш")
    end = item.text.index("»")
    assert item.metadata
    assert where.unaligned == ()
    begin, stop = where.span(start, end)
    # From the first visible character to the last: the trailing zero-width space is left out.
    assert source[begin:stop] == "Це   наш\u00adміст"
    assert where.text_span(begin, stop) == (start, end)


def test_span_skips_whitespace_at_its_ends():
    item = NewsItem(headline="Один", paragraphs=(Paragraph("два"),))
    source = "Один\n\n\n  два\n"
    assert source_map(item, source).span(2, len(item.text)) == (2, 12)


def test_a_block_missing_from_the_source_is_unaligned_and_its_spans_map_to_none():
    item = NewsItem(headline="Заголовок", paragraphs=(Paragraph("Інший текст."),))
    where = source_map(item, "Заголовок\n\nЗовсім не той текст.\n")
    assert where.unaligned == (Block(11, 23, "text", 0),)
    assert where.span(0, 9) == (0, 9)
    assert where.span(11, 16) is None
    assert where.span(0, 16) is None


def test_spans_without_visible_characters_map_to_none():
    item = NewsItem(headline="Один", paragraphs=(Paragraph("два"),))
    where = source_map(item, "Один\n\nдва")
    assert where.span(4, 6) is None
    assert where.span(2, 2) is None
    assert where.text_span(4, 6) is None


def test_source_text_that_parsing_lifted_out_has_no_body_span():
    source = "Заголовок\n\nФото: Іван Петренко\n\nТекст новини.\n"
    item = parse(source, extract=False)
    where = source_map(item, source)
    photo = source.index("Фото")
    assert where.text_span(photo, photo + 4) is None
    assert where.text_span(0, len(source)) is None


def test_a_span_outside_the_text_is_an_error():
    where = source_map(NewsItem(headline="Один"), "Один")
    with pytest.raises(ValueError, match="not inside the item text"):
        where.span(0, 5)
    with pytest.raises(ValueError, match="not inside the source text"):
        where.text_span(3, 2)


@pytest.mark.parametrize("case", CASES)
def test_every_mention_and_quote_part_of_a_fixture_maps_to_the_same_characters(case):
    source = decode((FIXTURES / f"{case}.txt").read_bytes())
    item = parse(source)
    where = source_map(item, source)
    assert where.unaligned == ()
    for start, end in [(b.start, b.end) for b in block_spans(item)] + _spans(item):
        span = where.span(start, end)
        assert span is not None, item.text[start:end]
        assert visible(source[span[0] : span[1]]) == visible(item.text[start:end])


def test_seeds_have_mentions_and_quotes_to_map():
    for case in ("000_927cecf6c1d1da7a", "001_d22239b70b5f1dd6"):
        item = parse(decode((FIXTURES / f"{case}.txt").read_bytes()))
        assert item.quotes
        assert item.participants


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_quote_left_open_is_not_joined_across_a_lifted_metadata_line(newline):
    # Found by the property test: the open «» of the first line was joined over the
    # ``Фото:`` credit that parsing lifts into the metadata, so the headline was no
    # stretch of the source any more and could not be mapped back.
    source = newline.join(["Міська рада «Наше.", "Фото:", "Нове місто» відкрито"])
    item = parse(source)
    assert [entry.text for entry in item.metadata] == ["Фото:"]
    blocks = block_spans(item)
    assert [item.text[block.start : block.end] for block in blocks] == [
        "Міська рада «Наше.",
        "Нове місто» відкрито",
    ]
    where = source_map(item, source)
    assert where.unaligned == ()
    for block in blocks:
        span = where.span(block.start, block.end)
        assert span is not None
        assert visible(source[span[0] : span[1]]) == visible(item.text[block.start : block.end])
