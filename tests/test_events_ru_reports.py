"""Event constructions of Russian-language reports (and the matching Ukrainian ones), issue 15.

Casualty words that describe a thing, not people; events inside reported speech; a second
event told in a closing paragraph (``Накануне``); follow-up sentences of one emergency;
participants named in a later sentence of the same event.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from uanews.model import Event, EventKind, NewsItem


def _only(item: NewsItem, kind: EventKind) -> Event:
    found = [event for event in item.events if event.kind is kind]
    assert len(found) == 1, item.events
    return found[0]


def _names(item: NewsItem, event: Event) -> list[str]:
    return [item.participant(participant_id).name for participant_id in event.participants]


def test_russian_damaged_building_counts_no_casualties() -> None:
    item = uanews.parse(
        "Пожар в многоэтажке в Кременчуге\n\n"
        "Вечером 3 апреля в Кременчуге загорелась квартира на седьмом этаже жилого дома."
        " Спасатели вывели из пострадавшей многоэтажки еще девятерых человек."
    )
    event = _only(item, EventKind.INCIDENT)
    assert (event.killed, event.injured) == (None, None)


def test_ukrainian_damaged_building_counts_no_casualties() -> None:
    item = uanews.parse(
        "Пожежа в багатоповерхівці в Кременчуці\n\n"
        "Увечері 3 квітня в Кременчуці загорілася квартира на сьомому поверсі житлового будинку."
        " Рятувальники вивели з постраждалого будинку ще дев'ятьох мешканців."
    )
    event = _only(item, EventKind.INCIDENT)
    assert (event.killed, event.injured) == (None, None)


def test_casualty_word_before_people_still_counts() -> None:
    item = uanews.parse(
        "Пожар в многоэтажке в Кременчуге\n\n"
        "Вечером 3 апреля в Кременчуге загорелась квартира на седьмом этаже жилого дома."
        " Пострадавших жильцов трое, их госпитализировали."
    )
    assert _only(item, EventKind.INCIDENT).injured == 3


_SIGNED = (
    "Житомир и Люблин подписали меморандум о сотрудничестве\n\n"
    "Городской голова Житомира Сергей Сухомлин и мэр Люблина Кшиштоф Жук 12 июня подписали"
    " меморандум о сотрудничестве в сфере образования.\n\n"
)


def test_russian_event_inside_reported_speech_is_no_second_event() -> None:
    item = uanews.parse(
        _SIGNED + "Как сообщили в мэрии, меморандум подписали на пять лет, а первые обмены"
        " студентами пройдут осенью."
    )
    event = _only(item, EventKind.AGREEMENT)
    assert _names(item, event) == ["Сергей Сухомлин", "Кшиштоф Жук"]


def test_ukrainian_event_inside_reported_speech_is_no_second_event() -> None:
    item = uanews.parse(
        _SIGNED + "Як повідомили у міській раді, меморандум підписали на п'ять років, а перші"
        " обміни студентами відбудуться восени."
    )
    event = _only(item, EventKind.AGREEMENT)
    assert _names(item, event) == ["Сергей Сухомлин", "Кшиштоф Жук"]


def test_content_before_a_trailing_cue_is_the_reports_narration() -> None:
    item = uanews.parse(
        "Дроны атаковали Запорожье\n\n"
        "В ночь на 9 мая российская армия атаковала Запорожье беспилотниками, в Александровском"
        " районе повреждены два дома, сообщил глава ОВА Иван Федоров."
    )
    event = _only(item, EventKind.ATTACK)
    assert event.places == ("Запорожье", "Александровский район")
    assert _names(item, event) == ["российская армия"]


def test_fire_cause_in_reported_words_keeps_the_fire_apart_from_the_strike() -> None:
    item = uanews.parse(
        "Ночная атака на Запорожье\n\n"
        "В ночь на 9 мая российская армия атаковала Запорожье беспилотниками, в Александровском"
        " районе повреждены два дома, сообщил глава ОВА Иван Федоров.\n\n"
        "Кроме того, утром в Мелитопольском районе загорелся склад с зерном. По данным ГСЧС,"
        " причиной пожара стало короткое замыкание электропроводки."
    )
    assert _only(item, EventKind.INCIDENT).places == ("Мелитопольский район",)
    assert "Мелитопольский район" not in _only(item, EventKind.ATTACK).places


def test_ukrainian_fire_cause_in_reported_words_keeps_the_fire_apart() -> None:
    item = uanews.parse(
        "Нічна атака на Запоріжжя\n\n"
        "У ніч на 9 травня російська армія атакувала Запоріжжя безпілотниками, в Олександрівському"
        " районі пошкоджено два будинки, повідомив голова ОВА Іван Федоров.\n\n"
        "Крім того, вранці в Мелітопольському районі загорівся склад із зерном. За даними ДСНС,"
        " причиною пожежі стало коротке замикання електропроводки."
    )
    assert _only(item, EventKind.INCIDENT).places == ("Мелітопольський район",)
