"""Who takes part in an event: the host of a presentation and bodies named by a common noun.

``У Рівненському обласному краєзнавчому музеї відкрили виставку``: the museum an exhibition
opens in puts it on and is its party, while a meeting's venue (``зустріч у міськраді``) and
what is opened itself (``Музей відкрився після ремонту``) are none.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import event_names, only_event
from uanews.model import EventKind


def test_ukrainian_museum_an_exhibition_opens_in_is_its_host() -> None:
    item = uanews.parse(
        "У Рівному показали старі листівки\n\n"
        "У Рівненському обласному краєзнавчому музеї відкрилася виставка листівок"
        " «Місто на папері».\n\n"
        "На виставці представлено понад двісті листівок з приватних колекцій.\n"
    )
    opening = only_event(item, EventKind.PRESENTATION)
    assert "Рівненський обласний краєзнавчий музей" in event_names(item, opening)


def test_russian_museum_an_exhibition_opens_in_is_its_host() -> None:
    item = uanews.parse(
        "В Виннице показали старые открытки\n\n"
        "В Винницком областном художественном музее открылась выставка открыток"
        " «Город на бумаге».\n\n"
        "На выставке представлено более двухсот открыток из частных коллекций.\n"
    )
    opening = only_event(item, EventKind.PRESENTATION)
    assert "Винницкий областной художественный музей" in event_names(item, opening)


def test_a_museum_that_itself_opens_is_what_opened_not_a_party() -> None:
    item = uanews.parse(
        "У Рівному після ремонту відкрили музей\n\n"
        "Рівненський обласний краєзнавчий музей відкрили після дворічного ремонту.\n\n"
        "Відвідувачі вже побачили оновлені зали.\n"
    )
    opening = only_event(item, EventKind.PRESENTATION)
    assert "Рівненський обласний краєзнавчий музей" not in event_names(item, opening)


def test_a_meeting_held_in_a_museum_has_the_museum_as_venue_only() -> None:
    item = uanews.parse(
        "Мэр встретился с музейщиками\n\n"
        "Городской голова Ровно Остап Гнатышин встретился с директорами музеев области"
        " в Ровенском областном краеведческом музее.\n\n"
        "Стороны обсудили аренду помещений.\n"
    )
    meeting = only_event(item, EventKind.MEETING)
    assert "Ровенский областной краеведческий музей" not in event_names(item, meeting)
    assert "Остап Гнатышин" in event_names(item, meeting)
