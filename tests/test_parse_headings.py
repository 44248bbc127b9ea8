"""Trailer headings and link labels stay in the item, as heading metadata in document order."""

from __future__ import annotations

import pytest

from uanews.model import Meta, MetaKey
from uanews.parser import parse, parse_structure
from uanews.render import render

LEDE = "Міська рада ухвалила бюджет на наступний рік. Голосували сорок депутатів."


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("ОСТАННІ НОВИНИ", "ОСТАННІ НОВИНИ"),
        ("ЧИТАЙТЕ ТАКОЖ:", "ЧИТАЙТЕ ТАКОЖ"),
        ("Читайте також :", "Читайте також"),
        ("Пов'язані новини", "Пов'язані новини"),
    ],
)
def test_a_trailer_heading_is_kept_without_its_colon(line, value):
    item = parse(f"Заголовок\n\n{LEDE}\n\n{line}\n- Перша новина", extract=False)
    assert item.metadata == (Meta(MetaKey.HEADING, value, line),)
    assert item.related == ("Перша новина",)


@pytest.mark.parametrize(
    ("line", "label", "value"),
    [
        ("Читайте також: Бюджет ухвалено", "Читайте також:", "Читайте також"),
        ("Дивіться також — Бюджет ухвалено", "Дивіться також —", "Дивіться також"),
        ("READ ALSO - Бюджет ухвалено", "READ ALSO -", "READ ALSO"),
    ],
)
def test_a_link_label_is_kept_apart_from_its_title(line, label, value):
    item = parse(f"Заголовок\n\n{LEDE}\n\n{line}", extract=False)
    assert item.metadata == (Meta(MetaKey.HEADING, value, label),)
    assert item.related == ("Бюджет ухвалено",)


def test_headings_and_boilerplate_keep_their_order():
    text = (
        f"Заголовок\n\nФото: Укрінформ\n{LEDE}\n\nЧитайте також: Бюджет ухвалено\n\n"
        "Джерело: ОДА\nОСТАННІ НОВИНИ\n- Перша новина\nТеги: бюджет"
    )
    item = parse(text, extract=False)
    assert [meta.text for meta in item.metadata] == [
        "Фото: Укрінформ",
        "Читайте також:",
        "Джерело: ОДА",
        "ОСТАННІ НОВИНИ",
        "Теги: бюджет",
    ]
    assert item.related == ("Бюджет ухвалено", "Перша новина")
    assert parse(render(item), extract=False) == item


def test_only_bullets_and_separators_are_consumed():
    text = f"Заголовок\n\n{LEDE}\n\nЧИТАЙТЕ ТАКОЖ:\n• Перша новина\n* Друга новина\n—\n====\n"
    structure = parse_structure(text)
    assert structure.markup == ("•", "*", "—", "====")
    assert structure.item.related == ("Перша новина", "Друга новина")
