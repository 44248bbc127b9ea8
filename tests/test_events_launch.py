"""A launch verb with weapons or a target is a strike, never a presentation (uk and ru).

- ``запустил из ... области на Ахтырку четыре дрона``: weapons launched at a place are an
  attack, the target after ``на`` (a capitalised accusative) or ``по``;
- ``курс`` launched is the whole noun, not the stem of ``Курская область``;
- ``запустив дрони на ...``: a weapon as the launched object is no product;
- a product line, an app or a production of drones launched with no target stays a
  presentation or nothing, even after ``по всій Україні`` or the locative ``на Украине``.

Every text here was written for these tests in the style of Ukrainian news; none is taken from
any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import EventKind, NewsItem


def _kinds(item: NewsItem) -> set[EventKind]:
    """Return the kinds of the events of ``item``."""
    return {event.kind for event in item.events}


def _attack_places(item: NewsItem) -> list[str]:
    """Return the places of the attacks of ``item``, in text order."""
    return [
        place for event in item.events if event.kind is EventKind.ATTACK for place in event.places
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ночью враг запустил из Курской области на Ахтырку три дрона.", "Ахтырка"),
        ("Ночью враг запустил из Брянской области на Ахтырку четыре дрона.", "Ахтырка"),
        ("Утром оккупанты запустили на Лозовую три ракеты.", "Лозовая"),
        ("Россияне запустили шесть шахедов из Брянской области на Конотоп.", "Конотоп"),
        ("Вночі ворог запустив з Брянщини на Конотоп п'ять шахедів.", "Конотоп"),
        ("Окупанти запустили по Лозовій дві керовані авіабомби.", "Лозова"),
        ("Росіяни запустили чотири ракети з Бєлгородщини на Ахтирку.", "Ахтирка"),
    ],
)
def test_weapons_launched_at_a_place_are_an_attack(text: str, place: str) -> None:
    item = uanews.parse(text)
    assert EventKind.PRESENTATION not in _kinds(item), text
    assert place in _attack_places(item), text


@pytest.mark.parametrize(
    "text",
    [
        "Стартап запустил из Харьковской области курс для школьников.",
        "Стартап запустив курс для школярів.",
        "Компания запустила новое приложение.",
        "Завод запустив лінію з виробництва дронів.",
        "Завод запустил линию по производству дронов.",
        "Компания запустила на Украине производство дронов.",
        "Компанія запустила по всій Україні виробництво дронів.",
    ],
)
def test_a_product_launched_stays_a_presentation(text: str) -> None:
    kinds = _kinds(uanews.parse(text))
    assert EventKind.ATTACK not in kinds, text
    assert EventKind.PRESENTATION in kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "Міськрада запустила онлайн-сервіс.",
        "Фирма выпустила на рынок новые дроны.",
        "Фірма випустила на ринок нові дрони.",
        "Ворог запустив дрони на виробництво боєприпасів.",
        "Враг запустил дроны на производство снарядов.",
    ],
)
def test_no_strike_and_no_product(text: str) -> None:
    kinds = _kinds(uanews.parse(text))
    assert EventKind.ATTACK not in kinds, text
    assert EventKind.PRESENTATION not in kinds, text
