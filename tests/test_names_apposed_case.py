"""A name in apposition to the role noun before it takes that noun's case: ``міського голови
Романа Лемчишина`` is a man's genitive (``Роман Лемчишин``), not a woman's nominative, and the
later ``Лемчишин`` is the same person. An inanimate noun before the name (a role's complement,
``директора департаменту``) and a nominative role say nothing.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import ParticipantKind
from uanews.parser.participants.names import find_names


def _name(text: str) -> str:
    return find_names(text)[0].name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "За словами міського голови Романа Лемчишина, ремонт почнеться в травні.",
            "Роман Лемчишин",
        ),
        ("Заяву заступника мера Оксани Бойчишиної оприлюднили ввечері.", "Оксана Бойчишина"),
    ],
)
def test_a_name_after_a_role_noun_in_the_genitive_is_a_genitive(text: str, name: str) -> None:
    assert _name(text) == name


def test_a_name_after_a_role_in_the_nominative_keeps_its_own_reading() -> None:
    """``голова`` may be a nominative: the name's own readings decide (a woman here)."""
    assert _name("Міська голова Романа Зварчишина відкрила сесію.") == "Романа Зварчишина"


def test_the_later_surname_is_the_same_person_and_speaks() -> None:
    text = (
        "У Тернополі відремонтують укриття у школах\n\n"
        "За словами міського голови Романа Лемчишина, пріоритетом є школи з найменшими "
        "укриттями.\n\n"
        "«До вересня кожна дитина має навчатися очно», – наголосив Лемчишин.\n"
    )
    item = uanews.parse(text)
    people = [p for p in item.participants if p.kind is ParticipantKind.PERSON]
    assert [p.name for p in people] == ["Роман Лемчишин"]
    assert {item.participant(q.speaker).name for q in item.quotes if q.speaker} == {
        "Роман Лемчишин"
    }
    assert all(q.speaker is not None for q in item.quotes)
