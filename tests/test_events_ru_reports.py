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
