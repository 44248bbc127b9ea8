"""The headline's place for the lead's event that names none (``В Виннице обсудили ...``).

A headline that sums up the lead's event says where it was; an event told later in the body,
or one whose own sentences name a place, does not take it.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind, PartialDate


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


def test_russian_dateline_city_places_the_lead_s_fire() -> None:
    item = uanews.parse(
        "Пожар в многоэтажке\n\n"
        "ХАРЬКОВ, 5 марта. Поздно вечером в пятиэтажке на улице Гоголя вспыхнул пожар,"
        " пострадали два человека."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Харьков",)


def test_ukrainian_dateline_city_places_the_lead_s_fire() -> None:
    item = uanews.parse(
        "Пожежа в багатоповерхівці\n\n"
        "ХАРКІВ, 5 березня. Пізно ввечері в п'ятиповерхівці на вулиці Гоголя спалахнула пожежа,"
        " постраждали двоє людей."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Харків",)


def test_a_dateline_city_places_a_decision_with_no_place_of_its_own() -> None:
    item = uanews.parse(
        "Сессия облсовета\n\n"
        "ПОЛТАВА. Полтавский областной совет во вторник утвердил программу ремонта сельских"
        " амбулаторий."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Полтава",)


def test_no_dateline_no_place() -> None:
    item = uanews.parse(
        "Пожар\n\nПоздно вечером в пятиэтажке на улице Гоголя вспыхнул пожар, пострадали"
        " два человека."
    )
    assert only_event(item, EventKind.INCIDENT).places == ()
    # capitals that are no city (an acronym) are no dateline
    item = uanews.parse(
        "Пожар\n\nГСЧС. Поздно вечером в пятиэтажке на улице Гоголя вспыхнул пожар,"
        " пострадали двое."
    )
    assert only_event(item, EventKind.INCIDENT).places == ()


def test_a_ukrainian_word_in_capitals_with_no_date_is_no_dateline() -> None:
    # the Ukrainian dictionary marks no toponyms: a common noun in capitals (``УВАГА``) could
    # open the paragraph, so a Ukrainian dateline needs its date
    item = uanews.parse(
        "Пожежа\n\nУВАГА. Пізно ввечері в п'ятиповерхівці на вулиці Гоголя спалахнула пожежа,"
        " постраждали двоє людей."
    )
    assert only_event(item, EventKind.INCIDENT).places == ()


def test_a_dateline_naming_no_city_leaves_the_place_to_the_headline() -> None:
    # One notion of a dateline for the lede's date and its place: capitals that name no city
    # (a body's acronym) still open the lede, so the lead's event is the sentence after them
    # and takes the headline's city, in both languages alike.
    item = uanews.parse(
        "В Луцке горела многоэтажка\n\n"
        "ГСЧС. Поздно вечером в пятиэтажке на улице Лесной вспыхнул пожар, пострадали два человека."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Луцк",)
    item = uanews.parse(
        "У Луцьку горіла багатоповерхівка\n\n"
        "ДСНС. Пізно ввечері в п'ятиповерхівці на вулиці Лісовій спалахнула пожежа, постраждали"
        " двоє людей."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Луцьк",)


def test_a_dateline_city_alone_also_leaves_the_day_to_the_sentence_after_it() -> None:
    item = uanews.parse(
        "Пожар в многоэтажке\n\n"
        "ЛУЦК. Утром 14 апреля в пятиэтажке на улице Лесной вспыхнул пожар, пострадали два"
        " человека."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert (event.places, event.date) == (("Луцк",), PartialDate(month=4, day=14))


def test_russian_dateline_in_title_case_with_a_dash_places_the_lead_s_meeting() -> None:
    item = uanews.parse(
        "Министр обсудил ремонт больниц\n\n"
        "Полтава, 9 октября — Министр здравоохранения Олег Скрипаль провел встречу с главврачами"
        " областных больниц."
    )
    assert only_event(item, EventKind.MEETING).places == ("Полтава",)


def test_ukrainian_dateline_in_title_case_with_its_year_and_outlet() -> None:
    item = uanews.parse(
        "Міністр обговорив ремонт лікарень\n\n"
        "Полтава, 9 жовтня /Наше радіо/. Міністр охорони здоров'я Олег Скрипаль провів зустріч"
        " із головними лікарями обласних лікарень."
    )
    assert only_event(item, EventKind.MEETING).places == ("Полтава",)


def test_ukrainian_dateline_in_title_case_with_a_full_stop_places_the_lead_s_fire() -> None:
    item = uanews.parse(
        "Пожежа в багатоповерхівці\n\n"
        "Житомир, 5 березня 2026 року. Пізно ввечері в п'ятиповерхівці на вулиці Гоголя"
        " спалахнула пожежа, постраждали двоє людей."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Житомир",)


def test_a_day_s_name_in_title_case_before_a_date_is_no_dateline() -> None:
    item = uanews.parse(
        "Міністр обговорив ремонт лікарень\n\n"
        "Вівторок, 9 жовтня. Міністр охорони здоров'я Олег Скрипаль провів зустріч"
        " із головними лікарями обласних лікарень."
    )
    assert only_event(item, EventKind.MEETING).places == ()


def test_a_title_case_city_with_no_date_is_no_dateline() -> None:
    item = uanews.parse(
        "Міністр обговорив ремонт лікарень\n\n"
        "Полтава. Міністр охорони здоров'я Олег Скрипаль провів зустріч"
        " із головними лікарями обласних лікарень."
    )
    assert only_event(item, EventKind.MEETING).places == ()
