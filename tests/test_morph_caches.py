"""Caches of morphology answers give what the uncached look-ups give."""

from __future__ import annotations

import pytest

from uanews.parser.morph import parse_word
from uanews.parser.participants.names import analyse, feminine_nominative

ADJECTIVES = [
    "Шишацької",
    "Шишацькій",
    "Шишацьку",
    "Шишацькою",
    "Київської",
    "Київську",
    "Вереснянського",
    "Ковальську",
    "нової",
    "Бродзькою",
]


@pytest.mark.parametrize("word", ADJECTIVES)
def test_feminine_nominative_is_what_inflect_gives(word: str) -> None:
    for parse in parse_word(word.lower()):
        expected = parse.inflect({"femn", "nomn"})
        # Twice: the second answer comes from the lexeme's cached forms.
        for _ in range(2):
            found = feminine_nominative(parse)
            assert found == (None if expected is None else str(expected.word))


def test_a_word_and_its_lower_case_share_their_name_readings() -> None:
    assert analyse("Шишацька") == analyse("шишацька")
    assert analyse("ВОЛОДИМИРА") == analyse("володимира")
    assert any(reading.kind == "Surn" for reading in analyse("Шишацької").readings)
