"""The date of an event told with no date: a weekday of its own, or the event it was at.

``ОДЕСА, 3 грудня. Увечері у вівторок ... спалахнула пожежа``: a weekday is a relative word,
which by the guidelines gives no date, and the day the dateline states need not be it. The
same report told with no weekday is dated by its dateline. A signing told at an event told
before (``За підсумками переговорів ...``, ``Во время открытия ...``) was on that event's day,
unless its sentence names a day of its own (``Наступного тижня ...``).

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from event_support import only_event
from uanews.model import EventKind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            (
                "У Херсоні горів склад\n\n"
                "ХЕРСОН, 3 грудня. Увечері у вівторок у Корабельному районі Херсона спалахнула"
                " пожежа на складі будматеріалів.\n\n"
                "Вогонь гасили 30 рятувальників.\n"
            ),
            EventKind.INCIDENT,
        ),
        (
            (
                "В Херсоне горел склад\n\n"
                "ХЕРСОН, 3 декабря. Вечером во вторник в Корабельном районе Херсона вспыхнул"
                " пожар на складе стройматериалов.\n\n"
                "Огонь тушили 30 спасателей.\n"
            ),
            EventKind.INCIDENT,
        ),
        (
            (
                "Херсонщина под обстрелом\n\n"
                "ХЕРСОН, 3 декабря. В ночь на среду российские войска обстреляли Корабельный"
                " район Херсона.\n"
            ),
            EventKind.ATTACK,
        ),
    ],
)
def test_a_weekday_of_its_own_leaves_the_event_undated(text: str, kind: EventKind) -> None:
    event = only_event(uanews.parse(text), kind)
    assert event.date is None


def test_the_same_report_with_no_weekday_takes_the_datelines_day() -> None:
    item = uanews.parse(
        "У Херсоні горів склад\n\n"
        "ХЕРСОН, 3 грудня. Увечері у Корабельному районі Херсона спалахнула пожежа на складі"
        " будматеріалів.\n\n"
        "Вогонь гасили 30 рятувальників.\n"
    )
    event = only_event(item, EventKind.INCIDENT)
    assert event.date is not None
    assert event.date.isoformat() == "--12-03"


def test_ukrainian_signing_at_the_talks_told_takes_their_date() -> None:
    item = uanews.parse(
        "Рівне і Люблін домовилися про співпрацю\n\n"
        "Міський голова Рівного Остап Гнатюк 12 травня провів переговори з делегацією"
        " польського Любліна.\n\n"
        "За підсумками переговорів сторони підписали меморандум про співпрацю.\n"
    )
    signing = only_event(item, EventKind.AGREEMENT)
    assert signing.date is not None
    assert signing.date.isoformat() == "--05-12"


def test_russian_signing_at_the_opening_told_takes_its_date() -> None:
    item = uanews.parse(
        "В Ровно открыли центр для ветеранов\n\n"
        "В Ровно 12 мая открыли реабилитационный центр для ветеранов.\n\n"
        "Во время открытия горсовет и фонд «Опора» подписали меморандум о поддержке центра.\n"
    )
    signing = only_event(item, EventKind.AGREEMENT)
    assert signing.date is not None
    assert signing.date.isoformat() == "--05-12"


def test_a_signing_at_the_talks_on_a_day_of_its_own_takes_no_date_of_theirs() -> None:
    item = uanews.parse(
        "Рівне і Люблін домовилися про співпрацю\n\n"
        "Міський голова Рівного Остап Гнатюк 12 травня провів переговори з делегацією"
        " польського Любліна.\n\n"
        "Наступного тижня за підсумками переговорів сторони підписали меморандум.\n"
    )
    signing = only_event(item, EventKind.AGREEMENT)
    assert signing.date is None
