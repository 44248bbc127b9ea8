"""Properties of events on texts assembled from news phrases: what an event names is in the text.

Places are given in the nominative, so a place is "found" when each of its words shares its
stem with a word of the item (``Сумщина`` / ``на Сумщині``); participants are found when one
of their mentions is in the item text, and an attack's participants are attackers whose
mention lies in the item (never a victim).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import uanews
from uanews.model import EventKind
from uanews.parser.events.attackers import is_attacker

PHRASES = (
    "Армія рф обстріляла",
    "Окупанти атакували",
    "Ворог вдарив по",
    "Російські війська завдали удару по",
    "Внаслідок удару",
    "Уламки дрона впали",
    "У Харкові",
    "Харків",
    "на Сумщині",
    "Ізюм",
    "у Салтівському районі",
    "Куп'янський, Ізюмський та Харківський райони",
    "у селі Кам'янка",
    "по Одесі",
    "сталася пожежа",
    "ДТП",
    "зіткнулися два автомобілі",
    "загинула 70-річна жінка",
    "двоє людей отримали поранення",
    "є загиблі",
    "поранено 4 людини",
    "Парламент ухвалив закон",
    "суд задовольнив позов",
    "Мер Харкова Ігор Терехов",
    "зустрівся з",
    "відкрили центр",
    "5 березня",
    "сьогодні,",
    ",",
    ".",
    "\n\n",
)

_WORD = re.compile(r"[\w'’ʼ]+")


def _stem_found(word: str, words: set[str]) -> bool:
    """Return whether ``word`` shares a stem with one of ``words``."""
    stem = word.lower()[: max(3, len(word) - 3)]
    return any(other.startswith(stem) for other in words)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=25))
def test_every_events_places_and_participants_are_in_the_item(phrases):
    text = "Новини\n\n" + " ".join(phrases)
    item = uanews.parse(text)
    words = {word.lower() for word in _WORD.findall(item.text)}
    for event in item.events:
        assert event.place == (event.places[0] if event.places else event.place)
        for place in event.places:
            assert all(_stem_found(word, words) for word in _WORD.findall(place)), place
        for participant_id in event.participants:
            participant = item.participant(participant_id)
            assert participant.mentions, participant
            for mention in participant.mentions:
                assert item.text[mention.start : mention.end] == mention.text
            if event.kind is EventKind.ATTACK:
                assert is_attacker(participant.name), participant  # never a victim
        if event.kind is EventKind.INCIDENT:
            assert event.participants == ()
        for count in (event.killed, event.injured):
            assert count is None or count >= 0
