"""Russian compound names of state bodies opening with ``Гос-`` are bodies in any case."""

from __future__ import annotations

from organization_support import organization_mentions

_mentions = organization_mentions


def test_an_unknown_gos_compound_is_a_state_body_whatever_its_guessed_animacy():
    assert _mentions("За данными Госстата, в октябре цены выросли на 5%.") == {"Госстата"}


def test_a_place_or_a_word_opening_with_gos_is_no_body():
    assert _mentions("В Гостомеле открыли новую школу.") == set()
    assert _mentions("Гости фестиваля увидели новую программу.") == set()
