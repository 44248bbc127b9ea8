"""`NewsItem.text` is joined once per headline and paragraphs, not again after ``attrs.evolve``."""

from __future__ import annotations

import attrs
from hypothesis import given

import uanews
from strategies import news_items
from uanews import model
from uanews.model import BLOCK_SEPARATOR, NewsItem, Paragraph

_TEXT = (
    "Міст у Черкасах відремонтують\n\n"
    "Черкаська міська рада ухвалила рішення про ремонт мосту через Дніпро.\n\n"
    "«Роботи почнуться в червні», — сказав міський голова Анатолій Бондаренко."
)


def _counting_joins(monkeypatch) -> list[int]:
    """Count each time a body text is joined from its blocks."""
    joins: list[int] = []
    blocks = model._body_blocks  # noqa: SLF001

    def counted(*args):
        joins.append(1)
        return blocks(*args)

    monkeypatch.setattr(model, "_body_blocks", counted)
    return joins


def _joined(item: NewsItem) -> str:
    """Return the body text joined from scratch, as the model's docstring defines it."""
    blocks = [] if item.headline is None else [item.headline]
    for paragraph in item.paragraphs:
        caption = "" if paragraph.caption is None else paragraph.caption + "\n"
        blocks.append(caption + paragraph.text)
    return BLOCK_SEPARATOR.join(blocks)


def test_an_evolved_item_takes_the_text_of_the_item_it_was_made_from(monkeypatch):
    item = uanews.parse(_TEXT)
    text = item.text
    joins = _counting_joins(monkeypatch)
    copies = [attrs.evolve(item, source=f"copy {number}.txt") for number in range(5)]
    assert all(copy.text is text for copy in copies)
    assert joins == []


def test_parsing_an_item_joins_its_text_once_per_paragraph_tuple(monkeypatch):
    joins = _counting_joins(monkeypatch)
    item = uanews.parse(_TEXT)
    # The structure's paragraphs, and those the quote rules give a speaker: not once a stage.
    assert len(joins) <= 2
    assert item.text == _joined(item)


def test_other_paragraphs_give_their_own_text():
    item = uanews.parse(_TEXT)
    assert item.text == _joined(item)
    shorter = attrs.evolve(
        item, paragraphs=item.paragraphs[:1], participants=(), quotes=(), events=()
    )
    assert shorter.text == _joined(shorter)
    assert shorter.text != item.text
    renamed = attrs.evolve(shorter, headline="Ремонт мосту")
    assert renamed.text.startswith("Ремонт мосту\n\n")
    # Equal paragraphs in another tuple: an equal text.
    again = attrs.evolve(renamed, paragraphs=tuple(Paragraph(p.text) for p in renamed.paragraphs))
    assert again.text == renamed.text


def _bare(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """Return the paragraphs without speakers (which name participants of their own item)."""
    return tuple(Paragraph(p.text, caption=p.caption) for p in paragraphs)


@given(news_items(), news_items())
def test_text_is_the_join_of_the_item_s_own_blocks_whatever_came_before(first, second):
    assert first.text == _joined(first)
    assert second.text == _joined(second)
    mixed = NewsItem(headline=second.headline, paragraphs=_bare(first.paragraphs))
    assert mixed.text == _joined(mixed)
    again = attrs.evolve(mixed, headline=first.headline)
    assert again.text == _joined(again)
    assert first.text == _joined(first)
