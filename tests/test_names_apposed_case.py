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
from uanews.parser.language import using_language
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


def test_a_womans_possessive_surname_the_dictionary_lists_only_as_a_mans_genitive() -> None:
    """``Пилипишина`` is listed only as the genitive of ``Пилипишин``; after ``Оксана`` it is a
    woman's nominative (`lexicon.POSSESSIVE_SURNAME_SUFFIXES`)."""
    assert _name("Рішення підписала міська голова Оксана Пилипишина.") == "Оксана Пилипишина"


def test_the_guessed_feminine_counts_less_than_the_listed_genitive() -> None:
    """``Петра`` is a woman's name too; with no other sign the listed man's genitive wins."""
    assert _name("Заява Петра Пилипишина надійшла до суду.") == "Петро Пилипишин"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("uk", "Депутати подали позов проти Олександра Гнатишина.", "Олександр Гнатишин"),
        ("ru", "Депутаты подали иск против Мирослава Гнатишина.", "Мирослав Гнатишин"),
    ],
)
def test_a_name_after_a_genitive_preposition_is_a_genitive(
    language: str, text: str, name: str
) -> None:
    """``проти``/``против`` govern the genitive only: ``Олександра`` is a man's genitive here,
    not a woman's nominative (which it reads as, with ``Гнатишина``, on its own)."""
    with using_language(language):
        assert _name(text) == name
