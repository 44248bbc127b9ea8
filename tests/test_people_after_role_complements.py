"""People named after a role and its complement (issue #15).

Each paragraph is written for this test in the style of regional news, in Ukrainian and in
Russian: a role noun with a complement that has its own capitalised name (a commune, a firm)
before the person, and a role noun with a place marker (a bridge, a park) before the person.
"""

from __future__ import annotations

import pytest

from organization_support import parse_paragraph, people
from uanews.model import ParticipantKind


def roles(paragraph: str) -> dict[str, str | None]:
    """Return each person's name and role in the item with ``paragraph``."""
    item = parse_paragraph(paragraph)
    return {p.name: p.role for p in item.participants if p.kind is ParticipantKind.PERSON}


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        ("Війт гміни Ружанів Ян Зелінський приїхав на відкриття садка.", "Ян Зелінський"),
        ("Директор компанії Будпромсвіт Іван Дорошук розповів про плани.", "Іван Дорошук"),
        ("Директор компании Стройинвест Иван Дорошук рассказал о планах.", "Иван Дорошук"),
        ("Засновник фірми Агротех Ольга Мирна розповіла про врожай.", "Ольга Мирна"),
    ],
)
def test_a_name_after_a_role_complement_is_no_part_of_the_person(
    paragraph: str, person: str
) -> None:
    assert list(people(paragraph)) == [person]


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        ("Підрядник мосту Сергій Лозинчук розповів про строки робіт.", "Сергій Лозинчук"),
        ("Директор парку Олег Мостовий розповів про нові алеї.", "Олег Мостовий"),
        ("Начальниця станції Ірина Гаврилко розповіла про новий графік.", "Ірина Гаврилко"),
    ],
)
def test_a_full_name_after_a_role_and_a_place_marker_is_the_person(
    paragraph: str, person: str
) -> None:
    assert list(people(paragraph)) == [person]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Директор парку Івана Франка розповів про нові алеї.",
        "Ремонт мосту Патона завершать до осені, повідомили в мерії.",
        "Біля стадіону Олега Мостового відкрили нову зупинку.",
    ],
)
def test_a_namesake_in_the_genitive_after_a_place_marker_is_no_person(paragraph: str) -> None:
    assert people(paragraph) == {}


@pytest.mark.parametrize(
    ("paragraph", "person", "role"),
    [
        (
            "Директор музею Івана Котляревського Олена Дяківська відкрила виставку.",
            "Олена Дяківська",
            "директор музею Івана Котляревського",
        ),
        (
            "Директорка бібліотеки Лесі Українки Ганна Мостова розповіла про читачів.",
            "Ганна Мостова",
            "директорка бібліотеки Лесі Українки",
        ),
        (
            "Заступник Олега Гнатюченка Ірина Гук провела нараду.",
            "Ірина Гук",
            "заступник Олега Гнатюченка",
        ),
    ],
)
def test_a_declined_name_between_a_role_and_a_nominative_name_is_the_complement(
    paragraph: str, person: str, role: str
) -> None:
    found = roles(paragraph)
    assert found[person] == role
    assert sum(1 for value in found.values() if value is not None) == 1


def test_a_nominative_name_right_after_the_role_keeps_it() -> None:
    found = roles("Директор музею Олена Дяківська та Ірина Гук відкрили виставку.")
    assert found["Олена Дяківська"] == "директор музею"
    assert found["Ірина Гук"] is None
