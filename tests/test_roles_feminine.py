"""Feminine role nouns: one masculine entry of the role lexicon covers both genders."""

from __future__ import annotations

import pytest

import uanews
from uanews.parser.participants.roles import masculine


@pytest.mark.parametrize(
    ("feminine", "expected"),
    [
        ("заступниця", "заступник"),
        ("радниця", "радник"),
        ("речникиня", "речник"),
        ("директорка", "директор"),
        ("мерка", "мерка"),  # a measure: too short a masculine to be a derived role noun
        ("громада", "громада"),
    ],
)
def test_masculine_of_a_feminine_role_noun(feminine, expected):
    assert masculine(feminine) == expected


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Про це розповіла заступниця міського голови Полтави Наталія Кравченко.",
            "заступниця міського голови Полтави",
        ),
        ("Школу відвідала радниця міністра Олена Петрук.", "радниця міністра"),
        ("Угоду підписала представниця фонду Ірина Бойко.", "представниця фонду"),
    ],
)
def test_a_woman_gets_her_whole_role(sentence, role):
    item = uanews.parse(f"Новина дня\n\n{sentence}\n")
    (person,) = [p for p in item.participants if p.kind is uanews.ParticipantKind.PERSON]
    assert person.role == role
