"""`NewsItem.paragraph_spans` is worked out once for an item and its copies, and stays right."""

from __future__ import annotations

import attrs

from uanews.model import Paragraph
from uanews.parser import parse


def _spans_by_hand(item):
    offset = 0 if item.headline is None else len(item.headline) + 2
    spans = []
    for paragraph in item.paragraphs:
        if paragraph.caption is not None:
            offset += len(paragraph.caption) + 1
        spans.append((offset, offset + len(paragraph.text)))
        offset += len(paragraph.text) + 2
    return spans


def test_a_copy_of_an_item_gets_the_spans_already_worked_out():
    item = parse("Нарада в раді\n\nПерший абзац тексту.\n\nДругий абзац, довший за перший.\n")
    spans = item.paragraph_spans()
    copy = attrs.evolve(item, participants=())
    assert copy.paragraph_spans() is spans
    assert [(span.start, span.end) for span in spans] == _spans_by_hand(item)
    for span, paragraph in zip(spans, item.paragraphs, strict=True):
        assert item.text[span.start : span.end] == paragraph.text


def test_another_headline_or_other_paragraphs_get_their_own_spans():
    item = parse("Нарада\n\nПерший абзац.\n\nДругий абзац.\n")
    spans = item.paragraph_spans()
    longer = attrs.evolve(item, headline="Нарада в міській раді")
    assert [(s.start, s.end) for s in longer.paragraph_spans()] == _spans_by_hand(longer)
    assert longer.paragraph_spans() != spans
    captioned = attrs.evolve(
        item, paragraphs=(Paragraph(text="Перший абзац.", caption="ІВАН ПЕТРЕНКО"),)
    )
    assert [(s.start, s.end) for s in captioned.paragraph_spans()] == _spans_by_hand(captioned)
    assert [(s.start, s.end) for s in item.paragraph_spans()] == _spans_by_hand(item)
