"""Event constructs found in the review of the second Russian round (issue 15).

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Ukrainian and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from uanews.model import Event, EventKind, NewsItem


def _only(item: NewsItem, kind: EventKind) -> Event:
    found = [event for event in item.events if event.kind is kind]
    assert len(found) == 1, item.events
    return found[0]


def test_a_weapon_that_opens_a_headline_is_the_subject_not_a_place() -> None:
    item = uanews.parse("Ракети атакували Кременчук уночі")
    assert _only(item, EventKind.ATTACK).places == ("Кременчук",)


def test_a_weapon_alone_before_the_verb_names_no_place() -> None:
    item = uanews.parse("Дрони атакували енергетичні об'єкти")
    assert _only(item, EventKind.ATTACK).places == ()


def test_a_plural_only_town_before_a_plural_verb_is_still_struck() -> None:
    item = uanews.parse("Чернівці атакували вночі ударні дрони")
    assert _only(item, EventKind.ATTACK).places == ("Чернівці",)
