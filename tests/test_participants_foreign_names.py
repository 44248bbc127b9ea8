"""Foreign names the dictionary does not know are people when their position says so."""

from __future__ import annotations

import pytest

import uanews
from uanews.model import ParticipantKind
from uanews.parser.participants.foreign_names import find_foreign_names


def _people(sentence: str) -> list[uanews.Participant]:
    item = uanews.parse(f"Новина дня\n\n{sentence}\n")
    return [p for p in item.participants if p.kind is ParticipantKind.PERSON]


def _organizations(sentence: str) -> list[str]:
    item = uanews.parse(f"Новина дня\n\n{sentence}\n")
    return [p.name for p in item.participants if p.kind is ParticipantKind.ORGANIZATION]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Про це на конференції Раджеш Кутраппалі заявив журналістам.", "Раджеш Кутраппалі"),
        ("На форумі Аудрюс Жемайтіс зазначив, що торгівля зросла.", "Аудрюс Жемайтіс"),
        ("Як наголосив Тоомас Кярнер, мита знизять.", "Тоомас Кярнер"),
    ],
)
def test_unknown_cyrillic_name_next_to_a_speech_verb_is_a_person(sentence, name):
    assert [p.name for p in _people(sentence)] == [name]


def test_unknown_name_after_a_role_noun_is_a_person_with_that_role():
    (person,) = _people("Учора посол Аудрюс Жемайтіс відвідав завод у Полтаві.")
    assert (person.name, person.role) == ("Аудрюс Жемайтіс", "посол")


def test_oblique_form_takes_the_nominative_written_elsewhere():
    sentence = (
        "Мер зустрівся з послом Аудрюсом Жемайтісом у ратуші. "
        "Аудрюс Жемайтіс зазначив, що візит корисний."
    )
    (person,) = _people(sentence)
    assert person.name == "Аудрюс Жемайтіс"
    assert [m.text for m in person.mentions] == ["Аудрюсом Жемайтісом", "Аудрюс Жемайтіс"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Мер привітав посла Кутраппалі Раджеша у ратуші.", ["Кутраппалі Раджеша"]),
        (
            "Мер зустрівся з послом Кутраппалі Раджешем. Кутраппалі Раджеш зазначив, що все добре.",
            ["Кутраппалі Раджеш", "Кутраппалі Раджеш"],
        ),
        # After an instrumental role the endings tell the nominative (issue 15): ``-ем`` of a
        # name in a consonant, ``Кутраппалі`` does not decline.
        ("Мер зустрівся з послом Кутраппалі Раджешем у ратуші.", ["Кутраппалі Раджеш"]),
    ],
)
def test_oblique_form_is_declined_only_after_a_nominative_elsewhere_or_by_its_case(text, names):
    found = find_foreign_names(text, [(0, len(text))])
    assert [name.name for name in found] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "Учора Верховна Рада заявила про нові правила.",  # known words, an organisation
        "Учора Пентагон США повідомив про навчання.",  # an acronym in the run
        "Уряд Естонії заявив про нові мита.",  # a place and a common noun
        "Брати Кутраппалі заявили про відкриття.",  # plural verb: not one person
        "Колеги Раджеша розповіли про нього.",  # one capitalised word only
    ],
)
def test_no_person_from_common_words_places_or_plural_subjects(sentence):
    assert _people(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Як повідомив Jan Kowalski, переговори тривають.", "Jan Kowalski", None),
        ("Piotr Nowak заявив, що склад відкриють восени.", "Piotr Nowak", None),
        ("Учора посол Martin Jäger відвідав Полтаву.", "Martin Jäger", "посол"),
    ],
)
def test_latin_two_word_name_in_a_person_position_is_a_person(sentence, name, role):
    (person,) = _people(sentence)
    assert (person.name, person.role) == (name, role)
    assert name not in _organizations(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Nova Group заявила про інвестиції.", "Nova Group"),
        ("Як повідомив Sirius Bank, кредити подешевшали.", "Sirius Bank"),
    ],
)
def test_latin_name_with_an_organisation_word_stays_an_organisation(sentence, name):
    assert _people(sentence) == []
    assert name in _organizations(sentence)
