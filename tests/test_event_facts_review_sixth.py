"""Fixes after the review of the sixth pass on event dates, casualties and places (issue 15).

A short participle (``открыт``, ``подписано``) or a full one after its subject with no comma
(``був пошкоджений``) is the clause's predicate: its date is the event's. Only a full
participle set off after its noun by a comma, or standing before its noun, dates the noun. A
talk or signing dated ``Наступного дня`` after a visit goes on with the visit and keeps its
place. A capitalised weapon in the plural instrumental between a strike verb and the place
(``обстріляли Іскандерами ...``) is the means, not the place.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from event_support import only_event
from uanews.model import EventKind, PartialDate
from uanews.parser.events.casualties import casualties
from uanews.parser.events.dates import find_dates, of_a_noun
from uanews.parser.language import using_language


def _mention(text: str, words: str) -> object:
    """Return the date mention of ``text`` that starts with ``words``."""
    start = text.index(words)
    return next(mention for mention in find_dates(text) if mention.start == start)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("ru", "Новый терминал автовокзала открыт 3 июня 2025 года.", "3 июня"),
        ("ru", "Меморандум о сотрудничестве подписан 12 апреля 2025 года.", "12 апреля"),
        ("ru", "Решение принято 14 марта 2025 года.", "14 марта"),
        ("ru", "Склад был поврежден 7 мая 2024 года во время обстрела.", "7 мая"),
        ("uk", "Склад був пошкоджений 7 травня 2024 року під час обстрілу.", "7 травня"),
        ("uk", "Новий пункт незламності відкритий для людей 2 лютого 2025 року.", "2 лютого"),
    ],
)
def test_a_participle_as_the_predicate_keeps_the_date(language: str, text: str, words: str) -> None:
    with using_language(language):
        assert not of_a_noun(text, _mention(text, words))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("uk", "Ліцей, сильно пошкоджений у 2022 році, знову прийняв учнів.", "2022"),
        ("uk", "Відремонтовану у 2021 році амбулаторію знову обстріляли.", "2021"),
        ("ru", "Восстановленный в 2023 году мост снова атаковали.", "2023"),
        ("ru", "Открыли стадион, реконструированный в 2019 году.", "2019"),
    ],
)
def test_an_attributive_participle_dates_its_noun(language: str, text: str, words: str) -> None:
    with using_language(language):
        assert of_a_noun(text, _mention(text, words))  # type: ignore[arg-type]


def test_russian_opening_told_with_a_short_participle_is_dated() -> None:
    item = uanews.parse(
        "В Хусте открыли центр реабилитации\n\n"
        "Центр реабилитации ветеранов в Хусте открыт 3 июня 2025 года."
    )
    event = only_event(item, EventKind.PRESENTATION)
    assert event.date == PartialDate(2025, 6, 3)


def test_russian_decision_dated_by_the_document_sentence_after_it() -> None:
    item = uanews.parse(
        "Горсовет утвердил программу\n\n"
        "Депутаты Хустского горсовета на сессии утвердили программу озеленения парков."
        " Решение принято 14 марта 2025 года."
    )
    event = only_event(item, EventKind.ANNOUNCEMENT)
    assert event.date == PartialDate(2025, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Делегація з Чехії в Хусті\n\n"
            "14 квітня до Хуста прибула делегація чеського міста Пардубіце.\n\n"
            "Наступного дня міський голова Хуста Ігор Коломиєць і мер Пардубіце Ян Новотний"
            " підписали меморандум."
        ),
        (
            "Делегация из Чехии в Хусте\n\n"
            "14 апреля в Хуст прибыла делегация чешского города Пардубице.\n\n"
            "На следующий день городской голова Хуста Игорь Коломиец и мэр Пардубице Ян Новотны"
            " подписали меморандум."
        ),
    ],
)
def test_a_signing_on_the_next_day_of_a_visit_keeps_the_visits_place(text: str) -> None:
    item = uanews.parse(text)
    visit = only_event(item, EventKind.VISIT)
    agreement = only_event(item, EventKind.AGREEMENT)
    assert agreement.date == PartialDate(None, 4, 15)
    assert agreement.place == visit.place
    assert agreement.place is not None


def test_a_signing_dated_on_another_day_by_its_own_date_is_no_part_of_the_visit() -> None:
    item = uanews.parse(
        "Делегація з Чехії в Хусті\n\n"
        "14 квітня до Хуста прибула делегація чеського міста Пардубіце.\n\n"
        "20 квітня міський голова Хуста Ігор Коломиєць і мер Пардубіце Ян Новотний"
        " підписали меморандум."
    )
    assert only_event(item, EventKind.AGREEMENT).place is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Новини\n\nУночі росіяни обстріляли Іскандерами Коростишів.", "Коростишів"),
        ("Новини\n\nОкупанти вранці атакували Калібрами Олевськ.", "Олевськ"),
        ("Новости\n\nНочью россияне обстреляли Калибрами Балту.", "Балта"),
        ("Новости\n\nВраг атаковал ночью Кинжалами Хуст, повреждены дома.", "Хуст"),
    ],
)
def test_a_capitalised_weapon_in_the_instrumental_is_no_place(text: str, place: str) -> None:
    assert only_event(uanews.parse(text), EventKind.ATTACK).place == place


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("uk", "Волонтери доставили до лікарні 5 генераторів."),
        ("uk", "До лікарні доставили 40 нових ліжок."),
        ("ru", "Волонтеры доставили в больницу три генератора."),
    ],
)
def test_goods_taken_to_hospital_are_no_victims(language: str, sentence: str) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == (None, None)
