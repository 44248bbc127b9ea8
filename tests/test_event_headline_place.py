"""The headline's place for the lead's event that names none (``В Виннице обсудили ...``).

A headline that sums up the lead's event says where it was; an event told later in the body,
or one whose own sentences name a place, does not take it.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_russian_meeting_takes_the_headline_city() -> None:
    item = uanews.parse(
        "В Виннице обсудили подготовку к отопительному сезону\n\n"
        "Глава Винницкой ОВА Сергей Бойко провел совещание с руководством КП «Винницагаз»."
    )
    assert only_event(item, EventKind.MEETING).places == ("Винница",)


def test_ukrainian_meeting_takes_the_headline_city() -> None:
    item = uanews.parse(
        "У Вінниці обговорили підготовку до опалювального сезону\n\n"
        "Голова Вінницької ОВА Сергій Бойко провів нараду з керівництвом КП «Вінницягаз»."
    )
    assert only_event(item, EventKind.MEETING).places == ("Вінниця",)


def test_an_event_told_later_does_not_take_the_headline_city() -> None:
    item = uanews.parse(
        "В Виннице обсудили подготовку к отопительному сезону\n\n"
        "Подготовка к зиме идет по графику, сообщили в ОВА.\n\n"
        "Глава Винницкой ОВА Сергей Бойко провел совещание с руководством КП «Винницагаз»."
    )
    assert only_event(item, EventKind.MEETING).places == ()


def test_the_lead_s_own_place_wins_over_the_headline_city() -> None:
    item = uanews.parse(
        "В Виннице обсудили подготовку к отопительному сезону\n\n"
        "Глава Винницкой ОВА Сергей Бойко провел в Жмеринке совещание с руководством"
        " КП «Винницагаз»."
    )
    assert only_event(item, EventKind.MEETING).places == ("Жмеринка",)
