"""Organisations an event's sentences name only as where it was held (``в горсовете``).

``Мэр провел с гостями встречу в горсовете``, ``У міськраді відбулася нарада``: an
organisation in the locative after a place preposition (`PLACE_PREPOSITIONS`) is the venue of a
meeting, a visit or a signing, not a party to it (the guidelines' participants are who took
part); the institution an exhibition or a premiere is put on in hosts it, a party. One that
the sentences also name otherwise (``Горсовет и фонд подписали ...``) stays a party.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any

from uanews.model import Participant, ParticipantKind
from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.lexicon import PLACE_PREPOSITIONS
from uanews.parser.language import pick, reading_at
from uanews.parser.morph import parse_word

__all__ = ["hosted_in", "venues"]


def _before(prepositions: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a place preposition that ends where a mention starts."""
    return re.compile(rf"(?<![\w\-'’ʼ])(?:{'|'.join(prepositions)})\s+$", re.IGNORECASE)


_PREPOSITION = _before(PLACE_PREPOSITIONS)
_PREPOSITION_RU = _before(ru.PLACE_PREPOSITIONS)
_FIRST_WORD = re.compile(r"[\w'’ʼ\-]+")
_LOCATIVE = frozenset({"loct", "loc2"})
_NOT_WHERE = frozenset({"gent", "accs", "gen2", "acc2"})
_PROPER = frozenset({"Surn", "Name", "Patr"})
_HEAD_REACH = 5
"""How many words of a mention its head noun may stand within."""
_REACH = 6
"""How many characters before a mention its preposition and the spaces after it take."""


def _head(readings: tuple[Any, ...]) -> bool:
    """Return whether a word of ``readings`` is a noun that heads a name.

    A common noun, with no adjective reading (``детской`` is also the adjective of
    ``детской больнице``) and no reading as a proper name.
    """
    nouns = [parse for parse in readings if "NOUN" in parse.tag.grammemes]
    return bool(nouns) and not any(
        "ADJF" in parse.tag.grammemes or not _PROPER.isdisjoint(parse.tag.grammemes)
        for parse in readings
    )


def _as_venue(text: str, start: int, end: int) -> bool:
    """Return whether the mention ``text[start:end]`` is a place preposition's locative.

    Its head, the first word that reads as a noun only (`_head`: ``больнице`` of
    ``Тернопольской областной больнице``), reads as a locative, and never as a genitive or an
    accusative.
    """
    cases = _located_head_cases(text, start, end)
    # (``у ПП «Агролеон»``: a word of every case may be the genitive of whom something comes
    # from, or the accusative of where it goes)
    return cases is not None and not _LOCATIVE.isdisjoint(cases) and _NOT_WHERE.isdisjoint(cases)


def _located_head_cases(text: str, start: int, end: int) -> set[str] | None:
    """Return the noun cases of the mention's head after a place preposition, or None.

    None when no place preposition stands right before the mention or no word of it is a
    head (`_head`).
    """
    with reading_at(start):
        if not pick(_PREPOSITION, _PREPOSITION_RU).search(text, max(0, start - _REACH), start):
            return None
        for word in itertools.islice(_FIRST_WORD.finditer(text, start, end), _HEAD_REACH):
            readings = parse_word(word.group().lower())
            if _head(readings):
                return {parse.tag.case for parse in readings if "NOUN" in parse.tag.grammemes}
    return None


def hosted_in(text: str, start: int, end: int) -> bool:
    """Return whether the mention ``text[start:end]`` is where an opening told after it was.

    ``В Одесском художественном музее открылась выставка``, ``У музеї відкрили виставку``:
    a place preposition before the mention and a head noun (`_head`) with a locative reading.
    Before an opening verb the accusative of a direction (``у музеї`` as "into museums") does
    not fit, so a head that also reads as one (``музеї``) is still the locative here.
    """
    cases = _located_head_cases(text, start, end)
    return cases is not None and not _LOCATIVE.isdisjoint(cases)


def venues(
    text: str, participants: Iterable[Participant], spans: list[tuple[int, int]]
) -> set[str]:
    """Return the ids of the organisations among ``participants`` named only as venues.

    Each has a mention inside the sentences ``spans`` of ``text``, and every such mention
    stands in the locative after a place preposition.
    """
    found: set[str] = set()
    for participant in participants:
        if participant.kind is not ParticipantKind.ORGANIZATION:
            continue
        inside = [
            mention
            for mention in participant.mentions
            if any(start <= mention.start < end for start, end in spans)
        ]
        if inside and all(_as_venue(text, mention.start, mention.end) for mention in inside):
            found.add(participant.id)
    return found
