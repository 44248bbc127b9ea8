"""The lede after a dateline, and the paragraph after an emergency, in Russian and Ukrainian.

A dateline that stands as a sentence of its own (``НЕЖИН.``) leaves the day to the sentence
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
        "В Нежине в частном доме взорвался газ\n\n"
        "НЕЖИН. Вечером 3 февраля в частном доме на улице Гоголя произошел взрыв газа."
        " Пострадали три человека."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert event.date == PartialDate(month=2, day=3)
    assert event.injured == 3


def test_ukrainian_dateline_then_the_day_dates_the_emergency() -> None:
    item = uanews.parse(
        "У Ніжині в приватному будинку вибухнув газ\n\n"
        "НІЖИН. Увечері 3 лютого в приватному будинку на вулиці Гоголя стався вибух газу."
        " Постраждали три людини."
    )
    assert only_event(item, EventKind.INCIDENT).date == PartialDate(month=2, day=3)


def test_a_sentence_in_capitals_with_a_verb_is_no_dateline() -> None:
    item = uanews.parse(
        "В Нежине взорвался газ\n\n"
        "В НЕЖИНЕ ВЗОРВАЛСЯ ГАЗ В ДОМЕ НА УЛИЦЕ ГОГОЛЯ. Вечером 3 февраля пострадали три"
        " человека."
    )
    assert only_event(item, EventKind.INCIDENT).date is None


def test_russian_collapse_in_the_next_paragraph_is_the_same_explosion() -> None:
    item = uanews.parse(
        "В Нежине в частном доме взорвался газ\n\n"
        "Вечером 3 февраля в частном доме на улице Гоголя произошел взрыв газа.\n\n"
        "Обрушились крыша и стена кухни. Пострадали три человека."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert (event.date, event.injured) == (PartialDate(month=2, day=3), 3)


def test_ukrainian_collapse_in_the_next_paragraph_is_the_same_explosion() -> None:
    item = uanews.parse(
        "У Ніжині в приватному будинку вибухнув газ\n\n"
        "Увечері 3 лютого в приватному будинку на вулиці Гоголя стався вибух газу.\n\n"
        "Обвалилися дах і стіна кухні. Постраждали три людини."
    )
    assert only_event(item, EventKind.INCIDENT).injured == 3
