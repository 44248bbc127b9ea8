"""Offices named without a name in an event's sentence resolve to the one person holding them.

Every text here was written for these tests in the style of regional news; none is taken from a
corpus.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import Event, EventKind, NewsItem, ParticipantKind


def actors(item: NewsItem, event: Event) -> set[str]:
    return {item.participant(participant_id).name for participant_id in event.participants}


def only_event(item: NewsItem, kind: EventKind) -> Event:
    (event,) = [event for event in item.events if event.kind is kind]
    return event


def test_the_governor_is_the_head_of_the_regional_administration_named_before():
    item = uanews.parse(
        "Фермери прийшли до ОДА\n\n"
        "Аграрії вимагали відставки голови Полтавської облдержадміністрації Андрія Мельника.\n\n"
        "Увечері аграрії провели зустріч із губернатором у його кабінеті."
    )
    event = only_event(item, EventKind.MEETING)
    assert "Андрій Мельник" in actors(item, event)


def test_the_host_of_a_working_meeting_is_named_after_it():
    item = uanews.parse(
        "Нарада щодо опалення\n\n"
        "12 жовтня під час наради в голови облдержадміністрації директор департаменту"
        " Ігор Савчук доповів про готовність котелень.\n\n"
        "Голова ОДА Петро Кравець доручив перевірити всі котельні."
    )
    event = only_event(item, EventKind.MEETING)
    assert {"Ігор Савчук", "Петро Кравець"} <= actors(item, event)


def test_an_office_two_people_hold_resolves_to_nobody():
    item = uanews.parse(
        "Мери домовилися\n\n"
        "Мер Житомира Олег Гнатюк і мер Бердичева Роман Ковтун обговорили спільний проєкт.\n\n"
        "Наступного дня депутати провели зустріч із мером у міській раді."
    )
    event = only_event(item, EventKind.MEETING)
    assert not {"Олег Гнатюк", "Роман Ковтун"} & actors(item, event)


def test_the_office_of_a_deputy_or_adviser_names_someone_else():
    item = uanews.parse(
        "Зустріч у мерії\n\n"
        "Міський голова Вінниці Степан Бойко підписав розпорядження про ремонт шкіл.\n\n"
        "Батьки провели зустріч із заступником міського голови в мерії."
    )
    event = only_event(item, EventKind.MEETING)
    assert "Степан Бойко" not in actors(item, event)


def test_an_office_of_another_place_is_not_the_holder_of_this_one():
    item = uanews.parse(
        "Аграрії і влада\n\n"
        "Голова Харківської ОВА Олег Сидоренко відвідав ферму в Куп'янському районі.\n\n"
        "15 травня аграрії провели зустріч із головою Сумської ОВА в Сумах."
    )
    event = only_event(item, EventKind.MEETING)
    assert "Олег Сидоренко" not in actors(item, event)


def test_a_subject_pronoun_is_the_person_of_its_gender_named_last():
    item = uanews.parse(
        "Міністр в Ужгороді\n\n"
        "Міністерка освіти Оксана Лисенко разом із радником Петром Гуком прибула до Ужгорода."
        " Увечері вона зустрілася з ректорами університетів."
    )
    event = only_event(item, EventKind.MEETING)
    names = actors(item, event)
    assert "Оксана Лисенко" in names
    assert "Петро Гук" not in names


def test_a_pronoun_with_nobody_named_before_it_adds_nobody():
    item = uanews.parse("Зустріч\n\nВін зустрівся з ректорами університетів у Львові.")
    events = [event for event in item.events if event.kind is EventKind.MEETING]
    # (the rectors met are a group, a party; the pronoun stands for no one)
    assert all(
        item.participant(one).kind is not ParticipantKind.PERSON
        for event in events
        for one in event.participants
    )


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            (
                "Новость\n\n"
                "Министр обороны Рустем Умеров встретился с послом США в Киеве.\n\n"
                "Министр здравоохранения в тот же день провел совещание с главврачами в Харькове.\n"
            ),
            (),
        ),
        (
            (
                "Новина\n\n"
                "Міністр оборони Рустем Умєров зустрівся з послом США у Києві.\n\n"
                "Міністр охорони здоровʼя того ж дня провів нараду з головними лікарями"
                " у Харкові.\n"
            ),
            (),
        ),
        (
            (
                "Новина\n\n"
                "Міністр оборони Рустем Умєров зустрівся з послом США у Києві.\n\n"
                "Міністр оборони того ж дня провів нараду з командирами у Харкові.\n"
            ),
            ("Рустем Умєров",),
        ),
    ],
)
def test_a_bare_office_with_another_field_is_not_the_minister_named_before(
    text: str, second: tuple[str, ...]
) -> None:
    # ``Министр здравоохранения`` is no ``министр обороны``; ``Міністр оборони`` is
    item = uanews.parse(text)
    names = tuple(item.participant(one).name for one in item.events[-1].participants)
    assert len(item.events) == 2
    assert names == second
