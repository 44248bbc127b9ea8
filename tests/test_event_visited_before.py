"""The place of a visit named before its verb, as the object (``Житомир посетила делегация``).

The word after the verb can be the subject in the nominative (``делегация``), and the name
before it reads as a place: a toponym for Russian, a lifeless noun capitalised inside the
sentence for Ukrainian. A sentence's first word that is a common noun (``Оркестр``) is the
subject and no place.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_russian_city_visited_named_before_the_verb() -> None:
    item = uanews.parse(
        "Гости из Литвы\n\nВ среду, 12 марта, Житомир посетила делегация литовского города Алитус."
    )
    assert only_event(item, EventKind.VISIT).place == "Житомир"


def test_ukrainian_city_visited_named_before_the_verb() -> None:
    item = uanews.parse(
        "Гості з Литви\n\nУ середу, 12 березня, Ірпінь відвідав посол Литви в Україні."
    )
    visit = only_event(item, EventKind.VISIT)
    assert visit.places == ("Ірпінь",)


def test_a_subject_before_the_verb_is_no_place() -> None:
    item = uanews.parse("Гастролі\n\nОркестр відвідав Житомир з концертом.")
    assert only_event(item, EventKind.VISIT).place == "Житомир"
