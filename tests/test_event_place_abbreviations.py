"""An abbreviation with a case ending is a weapon or a body, never the place of a strike.

``запустили по місту КАБи``: ``КАБи`` is the declined plural of an abbreviation (a guided
bomb), a common noun; a place's name is a proper name, and a settlement named after its noun
is written in title case. Every text here was written for these tests in the style of
Ukrainian news; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import EventKind


def _places(text: str) -> list[tuple[str, ...]]:
    """Return the places of each attack found in ``text``."""
    item = uanews.parse(text)
    return [event.places for event in item.events if event.kind is EventKind.ATTACK]


@pytest.mark.parametrize(
    "text",
    [
        "Удар по громаді\n\nУвечері росіяни запустили по місту КАБи, пошкоджено два будинки.\n",
        "Удар по поселку\n\nНочью враг ударил по поселку КАБами, ранены двое.\n",
    ],
)
def test_a_declined_abbreviation_is_no_place(text: str) -> None:
    places = _places(text)
    assert places, "the attack is found"
    assert not [name for one in places for name in one if name[:2].isupper()]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Удар по селищу\n\nУвечері окупанти вдарили по селищу Вербівське, пошкоджено "
                "два будинки.\n"
            ),
            "Вербівське",
        ),
        (
            "Удар по поселку\n\nНочью враг ударил по поселку Грабово, ранены двое.\n",
            "Грабово",
        ),
    ],
)
def test_a_settlement_name_in_title_case_stays_the_place(text: str, place: str) -> None:
    assert place in _places(text)[0]
