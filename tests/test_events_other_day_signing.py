"""Another day after a dated dateline, and talks that end with a signing (issue 15).

``Житомир, 14 марта — Накануне вечером ...``: the dateline's day is the report's, and the
relative word after it puts the event on another day, which by the guidelines has no date.
``Переговоры завершились подписанием меморандума`` and ``Під час зустрічі в ОДА сторони
домовилися`` tell the agreement of those who met, not a second meeting.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from event_support import event_names, only_event
from uanews.model import EventKind


@pytest.mark.parametrize(
    "text",
    [
        (
            "Беспилотник атаковал склад в Коростене\n\n"
            "Житомир, 14 марта — Накануне вечером беспилотник атаковал склад в Коростене."
            " Ранены двое сторожей.\n"
        ),
        (
            "Безпілотник атакував склад у Коростені\n\n"
            "Житомир, 14 березня — Напередодні ввечері безпілотник атакував склад у Коростені."
            " Поранено двох сторожів.\n"
        ),
        (
            "Беспилотник атаковал склад в Коростене\n\n"
            "ЖИТОМИР, 14 марта. Вчера вечером беспилотник атаковал склад в Коростене."
            " Ранены двое сторожей.\n"
        ),
    ],
)
def test_another_day_after_a_dated_dateline_has_no_date(text: str) -> None:
    attack = only_event(uanews.parse(text), EventKind.ATTACK)
    assert attack.date is None
    assert attack.injured == 2


@pytest.mark.parametrize(
    "text",
    [
        (
            "Беспилотник атаковал склад в Коростене\n\n"
            "Житомир, 14 марта — Вечером беспилотник атаковал склад в Коростене."
            " Ранены двое сторожей.\n"
        ),
        (
            "Безпілотник атакував склад у Коростені\n\n"
            "Житомир, 14 березня — Увечері безпілотник атакував склад у Коростені."
            " Поранено двох сторожів.\n"
        ),
    ],
)
def test_a_dated_dateline_still_dates_the_day_s_event(text: str) -> None:
    attack = only_event(uanews.parse(text), EventKind.ATTACK)
    assert attack.date is not None
    assert attack.date.isoformat() == "--03-14"


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            (
                "Мэр Луцка встретился с послом Эстонии\n\n"
                "Городской голова Луцка Игорь Полищук встретился с послом Эстонии Андресом Тамме."
                " Переговоры завершились подписанием меморандума о сотрудничестве.\n"
            ),
            "Андрес Тамме",
        ),
        (
            (
                "Мер Луцька зустрівся з послом Естонії\n\n"
                "Міський голова Луцька Ігор Поліщук зустрівся з послом Естонії Андресом Тамме."
                " Переговори завершилися підписанням меморандуму про співпрацю.\n"
            ),
            "Андрес Тамме",
        ),
    ],
)
def test_talks_ending_with_a_signing_are_an_agreement_of_those_who_met(
    text: str, guest: str
) -> None:
    item = uanews.parse(text)
    meeting = only_event(item, EventKind.MEETING)
    agreement = only_event(item, EventKind.AGREEMENT)
    assert guest in event_names(item, meeting)
    assert guest in event_names(item, agreement)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Голова ОВА зустрівся з делегацією Вроцлава\n\n"
            "Голова обласної військової адміністрації Сергій Гнатюк зустрівся з делегацією"
            " польського міста Вроцлав. Під час зустрічі в обласній адміністрації сторони"
            " домовилися про обмін студентами.\n"
        ),
        (
            "Глава ОВА встретился с делегацией Вроцлава\n\n"
            "Глава областной военной администрации Сергей Гнатюк встретился с делегацией"
            " польского города Вроцлав. Во время встречи в областной администрации стороны"
            " договорились об обмене студентами.\n"
        ),
    ],
)
def test_parties_agreeing_during_talks_at_a_venue_tell_no_second_meeting(text: str) -> None:
    item = uanews.parse(text)
    meeting = only_event(item, EventKind.MEETING)
    agreement = only_event(item, EventKind.AGREEMENT)
    assert set(meeting.participants) <= set(agreement.participants)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            (
                "Ворог обстріляв Оріхів\n\n"
                "Уночі окупанти атакували Оріхів дронами. Поранено водія автобуса.\n\n"
                "Близько 15:00 ворог удруге за добу вдарив по Гуляйполю з артилерії."
                " Пошкоджено склад.\n"
            ),
            "Гуляйполе",
        ),
        (
            (
                "Враг обстрелял Орехов\n\n"
                "Ночью оккупанты атаковали Орехов дронами. Ранен водитель автобуса.\n\n"
                "Около 15:00 враг повторно ударил по Гуляйполю из артиллерии."
                " Поврежден склад.\n"
            ),
            "Гуляйполе",
        ),
    ],
)
def test_a_paragraph_opening_with_a_clock_time_tells_a_second_strike(
    text: str, second: str
) -> None:
    attacks = [event for event in uanews.parse(text).events if event.kind is EventKind.ATTACK]
    assert len(attacks) == 2
    assert second not in attacks[0].places
    assert attacks[1].places == (second,)


def test_a_clock_time_on_a_place_already_struck_is_the_same_strike() -> None:
    text = (
        "Враг обстрелял Орехов\n\n"
        "Ночью оккупанты атаковали Орехов дронами. Ранен водитель автобуса.\n\n"
        "Около 15:00 враг снова ударил по Орехову из артиллерии.\n"
    )
    attacks = [event for event in uanews.parse(text).events if event.kind is EventKind.ATTACK]
    assert len(attacks) == 1
