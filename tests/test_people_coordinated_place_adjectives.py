"""Two place adjectives joined before one plural place noun are no surnames (issue #15).

Self-written sentences: ``Липовецкая и Гайсинская громады`` names two communities; a
surname joined to another surname before a verb stays a person.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import ParticipantKind


def _people(text: str) -> set[str]:
    """Return the names of the people found in ``text``."""
    item = uanews.parse(text)
    return {p.name for p in item.participants if p.kind is ParticipantKind.PERSON}


@pytest.mark.parametrize(
    "text",
    [
        "Помощь громадам\n\nЛиповецкая и Гайсинская громады получили генераторы.\n",
        "Допомога громадам\n\nМалинівська та Коростенська громади отримали генератори.\n",
        "Обстрелы\n\nПод огонь попали Ямпольская, Середино-Будская и Шалыгинская громады.\n",
        "Обстріли\n\nПід обстріл потрапили Ямпільська, Середино-Будська та Шалигінська громади.\n",
    ],
)
def test_two_place_adjectives_before_a_plural_place_noun_are_no_people(text: str) -> None:
    assert _people(text) == set()


def test_a_surname_joined_to_another_before_a_verb_stays_a_person() -> None:
    people = _people("Новости\n\nКовальская и Петренко заявили, что проект готов.\n")
    assert people == {"Ковальская", "Петренко"}
    people = _people("Новости\n\nКовальская, Петренко и Гнатюк заявили, что проект готов.\n")
    assert "Ковальская" in people
