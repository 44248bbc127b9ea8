"""A one-word Latin name right after an organisation noun is that organisation."""

from __future__ import annotations

import pytest

import uanews
from uanews.model import ParticipantKind


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Фахівці компанії Zentrix провели навчання.", ["Zentrix"]),
        ("Учора корпорація Orbitel відкрила офіс.", ["Orbitel"]),
        ("Угоду підписали з банком Kredo і фондом Solvi.", ["Kredo", "Solvi"]),
    ],
)
def test_latin_word_after_an_organisation_noun(sentence, names):
    item = uanews.parse(f"Новина дня\n\n{sentence}\n")
    found = [p.name for p in item.participants if p.kind is ParticipantKind.ORGANIZATION]
    assert found == names


def test_latin_word_without_an_organisation_noun_is_not_taken():
    item = uanews.parse("Новина дня\n\nУ програмі був курс Python для дітей.\n")
    assert [p.name for p in item.participants] == []
