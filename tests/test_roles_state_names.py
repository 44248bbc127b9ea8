"""A state's name in the nominative after the noun of its form goes on the role's complement.

``послом Республіки Польща в Україні Мареком X``: the name (``Польща``) stands as an apposition
to ``Республіки`` and does not agree with it in case, yet it is part of the title. Every text
was written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.parser.language import using_language
from uanews.parser.participants.names import tokenize
from uanews.parser.participants.roles import _state_name


def _roles(text: str) -> dict[str, str | None]:
    item = uanews.parse(text)
    return {p.name: p.role for p in item.participants if p.kind.value == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            (
                "Зустріч у Луцьку\n\nГолова ОВА провів зустріч із послом Республіки Польща в "
                "Україні Мареком Загурським.\n"
            ),
            "Марек Загурський",
            "посол Республіки Польща в Україні",
        ),
        (
            (
                "Зустріч у Луцьку\n\nГолова ОВА провів зустріч із Надзвичайним і Повноважним "
                "Послом Королівства Норвегія Гансом Ульстадом.\n"
            ),
            "Ганс Ульстад",
            "Надзвичайний і Повноважний Посол Королівства Норвегія",
        ),
        (
            (
                "Встреча в Луцке\n\nГлава ОВА провел встречу с послом Республики Польша в Украине "
                "Мареком Загурским.\n"
            ),
            "Марек Загурский",
            "посол Республики Польша в Украине",
        ),
    ],
)
def test_state_name_after_its_form_noun(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("послом Республіки Польща", True),
        ("послом Королівства Норвегія", True),
        # ``міста`` is no state's form noun: its name is a place (read elsewhere), not this.
        ("мером міста Люблін", False),
        # A name in the genitive agrees with the form noun: the complement takes it anyway.
        ("послом Республіки Польщі", False),
    ],
)
def test_state_name_apposition(words: str, *, expected: bool) -> None:
    with using_language("uk"):
        tokens = tokenize(words)
        assert _state_name(tokens, 2) is expected
