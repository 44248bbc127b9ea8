"""A street's name is no place; a settlement named by an adjective is one as the object struck.

``на проспекті Миру``, ``на площади Свободы``: the genitive after a street's noun in the
singular is the street's own name, not a city (the dev annotations give no street as a
place). ``обстреляли Великодолинское``: a settlement named by a neuter adjective keeps its
form in the accusative, and is the place struck when no noun follows it.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_ukrainian_avenue_name_is_no_place() -> None:
    item = uanews.parse(
        "Пожежа в магазині\n\n"
        "Увечері 4 травня на проспекті Свободи загорівся продуктовий магазин, постраждалих немає."
    )
    assert only_event(item, EventKind.INCIDENT).places == ()


def test_russian_square_name_is_no_place() -> None:
    item = uanews.parse(
        "Пожар в магазине\n\n"
        "Вечером 4 мая на площади Свободы загорелся продуктовый магазин, пострадавших нет."
    )
    assert only_event(item, EventKind.INCIDENT).places == ()


def test_the_city_of_a_street_still_counts_in_the_plural() -> None:
    item = uanews.parse(
        "Пожежі в місті\n\n"
        "Увечері 5 травня на двох вулицях Ніжина загорілися автомобілі, постраждалих немає."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Ніжин",)


def test_russian_settlement_named_by_an_adjective_struck() -> None:
    item = uanews.parse(
        "Обстрел громады\n\n"
        "Вечером 6 мая армия РФ обстреляла Великодолинское, повреждены два частных дома."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Великодолинское",)


def test_an_adjective_before_an_object_s_name_is_no_settlement() -> None:
    item = uanews.parse(
        "Атака на энергетику\n\nНочью 7 мая армия РФ атаковала Приднепровскую ТЭС, пожар потушили."
    )
    assert only_event(item, EventKind.ATTACK).places == ()
