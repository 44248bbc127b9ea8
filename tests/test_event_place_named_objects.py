"""An adjective that names a market, a square or a street is no town of its own.

``на Центральному ринку``, ``у Шевченківському сквері``, ``на Приморському бульварі``: the
capitalised adjective agrees with the common noun after it, so it names that object, and a strike
or an emergency there is placed by the town the report names, not by a town made of the
adjective (``Центральний``, ``Приморське``). An adjective with no agreeing noun after it may
still be a town or a neighbourhood.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Ukrainian and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_ukrainian_market_adjective_is_no_place() -> None:
    item = uanews.parse(
        "Пожежа\n\nУ Луцьку вночі сталася пожежа на Центральному ринку, постраждалих немає."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Луцьк",)


def test_ukrainian_boulevard_adjective_is_no_place() -> None:
    item = uanews.parse(
        "Атака\n\nВночі ворог атакував Одесу, уламки впали на Приморському бульварі, поранено двох."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Одеса",)


def test_russian_market_adjective_is_no_place() -> None:
    item = uanews.parse(
        "Пожар\n\nНочью в Луцке произошел пожар на Центральном рынке, пострадавших нет."
    )
    assert item.language == "ru"
    assert only_event(item, EventKind.INCIDENT).places == ("Луцк",)


def test_an_adjectival_town_with_no_agreeing_noun_stays_a_place() -> None:
    item = uanews.parse(
        "Атака\n\nВночі ворог атакував Кропивницький, у Кропивницькому вибухи, поранено двох."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Кропивницький",)
