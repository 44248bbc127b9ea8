"""Offices named without a name: ``зустріч із губернатором`` is a meeting with the governor.

A role phrase in an event's sentence that no name follows (``на нараді в голови
облдержадміністрації``, ``зустрівся з мером``) names the person who holds that office; the
guidelines resolve a role noun to the person it refers to when the text makes that clear. It
is clear when exactly one person of the item holds an office of the same synonym group
(`uanews.parser.quotes.lexicon.ROLE_SYNONYMS`: ``губернатор`` and ``голова ОДА`` are one
office). A role phrase that depends on a role noun before it (``радник голови ОДА``,
``заступник мера``) names the office of someone else, and none is taken.
"""

from __future__ import annotations

from collections.abc import Sequence

from uanews.model import NewsItem, ParticipantKind
from uanews.parser.participants.roles import is_acronym, is_role_noun
from uanews.parser.quotes.role_synonyms import groups_at, role_groups
from uanews.parser.quotes.text import WORD

__all__ = ["office_holders"]


_PLACE_REACH = 3
"""Words after a role noun where its place stands (``голови Кіровоградської обласної ...``)."""
_STEM = 5
"""Letters of a place word that stay the same in every case (``Харківської`` / ``Харківська``)."""


def _proper(word: str) -> bool:
    """Return True for a capitalised word that is no acronym: a place in a role phrase."""
    return word[:1].isupper() and not is_acronym(word)


def _stems(words: Sequence[str]) -> frozenset[str]:
    """Return the first letters of the proper words among ``words``, lower-cased."""
    return frozenset(word[:_STEM].lower() for word in words if _proper(word))


def _named_offices(text: str, start: int, end: int) -> list[tuple[frozenset[int], frozenset[str]]]:
    """Return the synonym groups and place stems of each role phrase in ``text[start:end]``.

    Proper names are left out of the words compared (``голови Кіровоградської
    облдержадміністрації`` reads as ``голови облдержадміністрації``), as with the roles of the
    item's people, and kept as the office's place. A phrase that depends on a role noun before
    it (``заступник мера``, ``радник голови``) is another person's office.
    """
    words = [match.group() for match in WORD.finditer(text, start, end)]
    common = [index for index, word in enumerate(words) if not _proper(word)]
    bare = [words[index] for index in common]
    offices: list[tuple[frozenset[int], frozenset[str]]] = []
    for position, index in enumerate(common):
        if position > 0 and is_role_noun(bare[position - 1]):
            continue
        groups = groups_at(bare, position)
        if groups:
            offices.append((groups, _stems(words[index + 1 : index + 1 + _PLACE_REACH])))
    return offices


def _same_place(places: frozenset[str], role: str) -> bool:
    """Return True unless the office names a place that the holder's role does not."""
    return not places or bool(places & _stems(WORD.findall(role)))


def office_holders(item: NewsItem, spans: Sequence[tuple[int, int]]) -> list[str]:
    """Return the ids of the people whose offices the sentences ``spans`` name without a name.

    Each office counts only when exactly one person of ``item`` holds it (of the same place,
    when the phrase names one); the ids come in the order the offices are named.
    """
    people = [
        (participant.id, role_groups(participant.role), participant.role)
        for participant in item.participants
        if participant.kind is ParticipantKind.PERSON and participant.role is not None
    ]
    found: list[str] = []
    for start, end in spans:
        for office, places in _named_offices(item.text, start, end):
            holders = {
                person
                for person, groups, role in people
                if groups & office and _same_place(places, role)
            }
            if len(holders) == 1:
                (holder,) = holders
                if holder not in found:
                    found.append(holder)
    return found
