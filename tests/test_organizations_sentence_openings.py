"""Organisations whose first word opens a sentence or a dateline (issue #15).

Each paragraph is written for this test in the style of regional news, in Ukrainian and in
Russian: a region's adjective before an administration's acronym at a sentence start, and
near-misses whose adjective names no place.
"""

from __future__ import annotations

import pytest

from event_support import event_names, only_event
from organization_support import organizations, parse_paragraph
from uanews.model import EventKind


def mentions(paragraph: str) -> list[str]:
    """Return every organisation mention's text in the item with ``paragraph``."""
    return [text for found in organizations(paragraph).values() for text in found]


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        ("Вінницька ОВА та фірма «Сонячний луг» підписали угоду про співпрацю.", "Вінницька ОВА"),
        ("Луганська ОДА оголосила тендер на ремонт двох мостів.", "Луганська ОДА"),
        ("Луганская ОВА и фирма «Рассвет» подписали меморандум о партнёрстве.", "Луганская ОВА"),
        ("Луганская ОГА сообщила о переезде в новое здание.", "Луганская ОГА"),
    ],
)
def test_a_place_adjective_opening_a_sentence_joins_the_acronym(
    paragraph: str, mention: str
) -> None:
    assert mention in mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "acronym"),
    [
        ("Нова ОВА оголосила тендер на ремонт двох мостів.", "ОВА"),
        ("Міська ОВА оголосила тендер на ремонт двох мостів.", "ОВА"),
        ("Городская ВВК работает по новому графику.", "ВВК"),
    ],
)
def test_an_adjective_naming_no_place_stays_out_at_a_sentence_start(
    paragraph: str, acronym: str
) -> None:
    assert mentions(paragraph) == [acronym]


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        (
            "ЧЕРКАСИ, 3 березня (Інтерфакс-Україна) – Пожежу на складі ліквідували за годину.",
            "Інтерфакс-Україна",
        ),
        (
            "Черкаси. 14 квітня. ІНТЕРФАКС-УКРАЇНА – Пожежу на складі ліквідували.",
            "ІНТЕРФАКС-УКРАЇНА",
        ),
        (
            "ХАРЬКОВ, 2 июня (Интерфакс-Украина) – Пожар на складе потушили за час.",
            "Интерфакс-Украина",
        ),
        (
            "Луганск. 9 мая. ИНТЕРФАКС-УКРАИНА - Пожар на складе потушили за час.",
            "ИНТЕРФАКС-УКРАИНА",
        ),
        ("РІВНЕ, 8 жовтня (Укрінформ) – Рятувальники ліквідували пожежу на складі.", "Укрінформ"),
        ("Житомир. 2 жовтня. УКРІНФОРМ – У місті відкрили оновлений сквер.", "УКРІНФОРМ"),
        ("Тернопіль, 6 серпня (УНІАН) – У селищі відкрили амбулаторію.", "УНІАН"),
        ("Полтава, 9 березня (Reuters) – Уряд Молдови ухвалив рішення про нові мита.", "Reuters"),
    ],
)
def test_an_agency_signs_a_dated_dateline_in_parentheses_or_capitals(
    paragraph: str, agency: str
) -> None:
    assert agency in mentions(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Черкаси, 5 травня (Фото) – Пожежу на складі ліквідували за годину.",
        "ЧЕРКАСИ (Україна) – Пожежу на складі ліквідували за годину.",
        "У Черкасах 3 березня (у понеділок) рятувальники ліквідували пожежу.",
    ],
)
def test_a_label_or_an_undated_place_in_parentheses_is_no_agency(paragraph: str) -> None:
    assert mentions(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "ЧЕРНІГІВ, 8 травня (ЕКСКЛЮЗИВ) – Міністр енергетики заявив про ремонт підстанцій.",
        "Рівне, 5 липня (ДОДАНО ВІДЕО) – Ворог атакував промислове підприємство.",
        "Луцьк, 14 квітня ТЕРМІНОВО – У місті оголосили евакуацію.",
        "Суми, 3 червня (Терміново) – Рятувальники ліквідували пожежу.",
        "Николаев, 21 мая (МОЛНИЯ) – В порту вспыхнул пожар.",
        "Кропивницкий, 2 марта СРОЧНО – В городе объявили тревогу.",
        "Ивано-Франковск, 9 июля (Срочно) – В городе открыли новый парк.",
        "Черновцы, 12 июня (ФОТОРЕПОРТАЖ) – В городе открыли новую площадь.",
    ],
)
def test_a_label_of_the_material_in_capitals_or_a_non_noun_signs_no_dateline(
    paragraph: str,
) -> None:
    # in capitals only a listed agency or an acronym signs; a label's adverb or verb never does
    assert mentions(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "kind", "names"),
    [
        (
            "Ужгород, 4 травня (Укрінформ) – У місті відкрили новий дитячий майданчик.",
            "presentation",
            [],
        ),
        (
            "Винница, 11 апреля (Интерфакс-Украина) – В городе открыли новую библиотеку.",
            "presentation",
            [],
        ),
        ("Житомир. 2 жовтня. УКРІНФОРМ – У місті відкрили оновлений сквер.", "presentation", []),
        (
            "Полтава, 9 березня (Reuters) – Уряд Молдови ухвалив рішення про нові мита.",
            "announcement",
            ["Уряд Молдови"],
        ),
        (
            "КОВЕЛЬ, 3 квітня /Укрінформ/. Уряд Молдови ухвалив рішення.",
            "announcement",
            ["Уряд Молдови"],
        ),
    ],
)
def test_the_agency_signing_a_dateline_is_no_participant_of_the_lede_event(
    paragraph: str, kind: str, names: list[str]
) -> None:
    item = parse_paragraph(paragraph)
    assert event_names(item, only_event(item, EventKind(kind))) == names
