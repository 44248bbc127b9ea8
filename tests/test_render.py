"""Rendering writes the plain-text format: blocks, captions, the related list, boilerplate."""

from __future__ import annotations

from uanews.model import Meta, MetaKey, NewsItem, Paragraph
from uanews.parser import parse
from uanews.render import render, render_dump

ITEM = NewsItem(
    headline="Рада ухвалила бюджет",
    paragraphs=(
        Paragraph("Міська рада ухвалила бюджет."),
        Paragraph("Грошей вистачить усім.", caption="ІВАН ПЕТРЕНКО ДЕПУТАТ"),
    ),
    related=("Бюджет минулого року",),
    metadata=(Meta(MetaKey.PHOTO, "Укрінформ", "Фото: Укрінформ"),),
)


def test_render_writes_blocks_separated_by_blank_lines():
    assert render(ITEM) == (
        "Рада ухвалила бюджет\n\n"
        "Міська рада ухвалила бюджет.\n\n"
        "ІВАН ПЕТРЕНКО ДЕПУТАТ\nГрошей вистачить усім.\n\n"
        "Читайте також\n- Бюджет минулого року\n\n"
        "Фото: Укрінформ\n"
    )


def test_rendered_item_reads_back_the_same():
    assert parse(render(ITEM), extract=False) == ITEM


def test_render_dump_separates_items_with_an_equals_line():
    assert render_dump([ITEM, ITEM]) == render(ITEM) + "\n====\n\n" + render(ITEM)
    assert render_dump([]) == ""
