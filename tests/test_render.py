"""Rendering writes the plain-text format: blocks, captions, headings with titles, boilerplate."""

from __future__ import annotations

from provenance import read_back
from uanews.model import Meta, MetaKey, NewsItem, Paragraph
from uanews.parser import parse
from uanews.render import heading_shares, render, render_dump


def heading(text: str) -> Meta:
    return Meta(MetaKey.HEADING, text.removesuffix(":").rstrip(" -–—"), text)


ITEM = NewsItem(
    headline="Рада ухвалила бюджет",
    paragraphs=(
        Paragraph("Міська рада ухвалила бюджет."),
        Paragraph("Грошей вистачить усім.", caption="ІВАН ПЕТРЕНКО ДЕПУТАТ"),
    ),
    related=("Бюджет минулого року", "Ремонт доріг почнеться навесні"),
    metadata=(Meta(MetaKey.PHOTO, "Укрінформ", "Фото: Укрінформ"), heading("ОСТАННІ НОВИНИ")),
)


def test_render_writes_blocks_separated_by_blank_lines():
    assert render(ITEM) == (
        "Рада ухвалила бюджет\n\n"
        "Міська рада ухвалила бюджет.\n\n"
        "ІВАН ПЕТРЕНКО ДЕПУТАТ\nГрошей вистачить усім.\n\n"
        "Фото: Укрінформ\n\n"
        "ОСТАННІ НОВИНИ\n- Бюджет минулого року\n- Ремонт доріг почнеться навесні\n"
    )


def test_rendered_item_reads_back_the_same():
    assert parse(render(ITEM), extract=False) == read_back(ITEM)


def test_a_link_label_is_written_before_its_title_and_a_trailer_heading_above_the_rest():
    item = NewsItem(
        headline="Рада ухвалила бюджет",
        related=("Бюджет минулого року", "Перша новина", "Друга новина"),
        metadata=(
            heading("Читайте також:"),
            Meta(MetaKey.SOURCE, "ОДА", "Джерело: ОДА"),
            heading("Останні новини"),
        ),
    )
    assert render(item) == (
        "Рада ухвалила бюджет\n\n"
        "Читайте також: Бюджет минулого року\n\n"
        "Джерело: ОДА\n\n"
        "Останні новини\n- Перша новина\n- Друга новина\n"
    )
    assert parse(render(item), extract=False) == read_back(item)


def test_titles_without_a_heading_get_the_default_heading():
    item = NewsItem(headline="Рада ухвалила бюджет", related=("Бюджет минулого року",))
    assert render(item) == "Рада ухвалила бюджет\n\nЧитайте також\n- Бюджет минулого року\n"


def test_each_heading_gets_its_share_of_the_titles():
    labels = [heading("Читайте також:"), heading("Див. також —"), heading("ОСТАННІ НОВИНИ")]
    assert heading_shares(labels, 5) == [1, 1, 3]
    # A colon label leaves its title to a later dash label that cannot stand alone without one.
    assert heading_shares(labels[:2], 1) == [0, 1]
    assert heading_shares([heading("ОСТАННІ НОВИНИ"), heading("Інші новини")], 3) == [0, 3]
    assert heading_shares([], 0) == []


def test_a_dash_label_with_several_titles_leans_on_an_earlier_heading_written_alone():
    item = NewsItem(
        headline="Рада ухвалила бюджет",
        related=("Перша новина", "Друга новина", "Третя новина"),
        metadata=(heading("Читайте також:"), heading("Див. також —")),
    )
    assert render(item) == (
        "Рада ухвалила бюджет\n\n"
        "Читайте також:\n- Перша новина\n\n"
        "Див. також — Друга новина\n- Третя новина\n"
    )
    assert parse(render(item), extract=False) == read_back(item)


def test_render_dump_separates_items_with_an_equals_line():
    assert render_dump([ITEM, ITEM]) == render(ITEM) + "\n====\n\n" + render(ITEM)
    assert render_dump([]) == ""
