"""Russian compound names of state bodies opening with ``Гос-`` are bodies in any case."""

from __future__ import annotations

import uanews
from uanews.model import ParticipantKind


def _mentions(text: str) -> set[str]:
    item = uanews.parse(text)
    return {
        mention.text
        for participant in item.participants
        if participant.kind is ParticipantKind.ORGANIZATION
        for mention in participant.mentions
    }


def test_an_unknown_gos_compound_is_a_state_body_whatever_its_guessed_animacy():
    assert _mentions("За данными Госстата, в октябре цены выросли на 5%.") == {"Госстата"}


def test_a_place_or_a_word_opening_with_gos_is_no_body():
    assert _mentions("В Гостомеле открыли новую школу.") == set()
    assert _mentions("Гости фестиваля увидели новую программу.") == set()
