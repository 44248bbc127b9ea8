"""Organisations whose first word opens a sentence or a dateline (issue #15).

Each paragraph is written for this test in the style of regional news, in Ukrainian and in
Russian: a region's adjective before an administration's acronym at a sentence start, and
near-misses whose adjective names no place.
"""

from __future__ import annotations

import pytest

from organization_support import organizations


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
