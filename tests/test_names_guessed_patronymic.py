"""A patronymic is made from a first name, and the dictionary lists those; a second word that
it reads as a patronymic by its ending only (an ``-ович`` or ``-евич`` it does not know) is a
surname of that pattern: ``Игорем Кравцевичем`` is Ihor Kravtsevych, whom a later
``Игорь Петрович`` addresses. A patronymic the dictionary knows stays one (``Ирине
Петровне``). Ukrainian ``Іриною`` before a capitalised noun it cannot modify is a first
name, not the possessive ``Ірин``.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import ParticipantKind
from uanews.parser.language import using_language
from uanews.parser.participants.names import find_names


@pytest.mark.parametrize(
    ("language", "text", "parts"),
    [
        ("ru", "Мы поговорили с директором Игорем Кравцевичем.", ("Игорь", None, "Кравцевич")),
        ("uk", "Ми поговорили з директором Ігорем Гаврусевичем.", ("Ігор", None, "Гаврусевич")),
        ("ru", "Вопрос задали Ирине Петровне.", ("Ирина", "Петровна", None)),
        ("uk", "– Ірино Петрівно, як справи в лікарні?", ("Ірина", "Петрівна", None)),
    ],
)
def test_an_unknown_patronymic_form_is_a_surname(
    language: str, text: str, parts: tuple[str, str | None, str | None]
) -> None:
    """Only a patronymic the dictionary knows is kept as the name's middle part."""
    with using_language(language):
        found = find_names(text)[0]
    assert (found.first, found.patronymic, found.surname) == parts


def test_the_address_by_first_name_and_patronymic_is_the_same_person() -> None:
    """The interview's question addresses the director introduced with his surname."""
    item = uanews.parse(
        "Директор теплосети о зиме\n\n"
        "Мы поговорили с директором КП «Теплосеть» Игорем Кравцевичем.\n\n"
        "– Игорь Петрович, когда дадут тепло?\n\n"
        "– С 15 октября, если погода позволит.\n"
    )
    people = [p for p in item.participants if p.kind is ParticipantKind.PERSON]
    assert [p.name for p in people] == ["Игорь Петрович Кравцевич"]


def test_a_name_also_read_as_a_possessive_before_a_capitalised_noun() -> None:
    """``Іриною`` is also the possessive ``Ірин``; no feminine instrumental noun follows it."""
    with using_language("uk"):
        found = find_names("Ми поговорили з лікаркою Іриною Стовпчик про щеплення.")
    assert [(name.text, name.name) for name in found] == [("Іриною Стовпчик", "Ірина Стовпчик")]


def test_the_possessive_reading_stands_when_a_noun_agrees_with_it() -> None:
    """``Хатою`` is a feminine instrumental noun: the possessive may modify it, no name."""
    with using_language("uk"):
        assert find_names("Вони зустрілися за Іриною Хатою на околиці.") == []


@pytest.mark.parametrize(
    "text",
    ["Ми поговорили з Антоном Святополковичем.", "Вітаємо Ганну Ерастівну з ювілеєм."],
)
def test_a_patronymic_made_from_a_first_name_stays_one(text: str) -> None:
    """``Святополкович`` comes from ``Святополк``; ``-івна`` is never a surname's ending."""
    with using_language("uk"):
        found = find_names(text)[0]
    assert found.patronymic is not None
    assert found.surname != found.patronymic
