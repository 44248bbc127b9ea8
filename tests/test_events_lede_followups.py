"""The lede after a dateline, and the paragraph after an emergency, in Russian and Ukrainian.

A dateline that stands as a sentence of its own (``УМАНЬ.``) leaves the day to the sentence
after it; the collapse a gas explosion brought down, told in the next paragraph, is the same
emergency even when the lede tells the explosion only by a noun (``произошел взрыв газа``).

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind, PartialDate


def test_russian_dateline_then_the_day_dates_the_emergency() -> None:
    item = uanews.parse(
        "В Умани в многоэтажке взорвался газ\n\n"
        "УМАНЬ. Утром 22 ноября в квартире на пятом этаже дома по улице Садовой произошел"
        " взрыв бытового газа. Пострадали два человека."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert event.date == PartialDate(month=11, day=22)
    assert event.injured == 2


def test_ukrainian_dateline_then_the_day_dates_the_emergency() -> None:
    item = uanews.parse(
        "В Умані у багатоповерхівці вибухнув газ\n\n"
        "УМАНЬ. Уранці 22 листопада у квартирі на п'ятому поверсі будинку на вулиці Садовій"
        " стався вибух побутового газу. Постраждали дві людини."
    )
    assert only_event(item, EventKind.INCIDENT).date == PartialDate(month=11, day=22)


def test_a_sentence_in_capitals_with_a_verb_is_no_dateline() -> None:
    item = uanews.parse(
        "В Умани взорвался газ\n\n"
        "В УМАНИ ВЗОРВАЛСЯ ГАЗ В ДОМЕ НА УЛИЦЕ САДОВОЙ. Утром 22 ноября пострадали два"
        " человека."
    )
    assert only_event(item, EventKind.INCIDENT).date is None


def test_russian_collapse_in_the_next_paragraph_is_the_same_explosion() -> None:
    item = uanews.parse(
        "В Умани в многоэтажке взорвался газ\n\n"
        "Утром 22 ноября в квартире на пятом этаже дома по улице Садовой произошел взрыв"
        " бытового газа.\n\n"
        "Обрушились перекрытия между двумя этажами. Пострадали два человека."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert (event.date, event.injured) == (PartialDate(month=11, day=22), 2)


def test_ukrainian_collapse_in_the_next_paragraph_is_the_same_explosion() -> None:
    item = uanews.parse(
        "В Умані у багатоповерхівці вибухнув газ\n\n"
        "Уранці 22 листопада у квартирі на п'ятому поверсі будинку на вулиці Садовій стався"
        " вибух побутового газу.\n\n"
        "Обвалилися перекриття між двома поверхами. Постраждали дві людини."
    )
    assert only_event(item, EventKind.INCIDENT).injured == 2
