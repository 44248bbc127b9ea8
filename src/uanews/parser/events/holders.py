"""Actors named without a name: an office (``зустріч із губернатором``) or a pronoun (``він``).

A role phrase in an event's sentence that no name follows (``на нараді в голови
облдержадміністрації``, ``зустрівся з мером``) names the person who holds that office; the
guidelines resolve a role noun to the person it refers to when the text makes that clear. It
is clear when exactly one person of the item holds an office of the same synonym group
(`uanews.parser.quotes.lexicon.ROLE_SYNONYMS`: ``губернатор`` and ``голова ОДА`` are one
office), of the same place when the phrase names one. A role phrase that depends on a role noun
before it (``радник голови ОДА``, ``заступник мера``) names the office of someone else, and none
is taken.

A personal pronoun in the nominative (``він``, ``вона``: the subject) names the person of its
gender mentioned last before it, as anaphora does in narration (``Міністр Петро Коваль прибув
до Ужгорода. Там він зустрівся з ...``).

What an item needs for both (its people's offices, their mentions in text order) is worked out
once per item and only when an event's sentence asks, so the events of an item cost time
linear in the item's size: the offices are a table from synonym group and place to their
holders, which each role phrase looks up instead of going through the item's people.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from uanews.model import NewsItem, Participant, ParticipantKind
from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.lexicon import SUBJECT_PRONOUNS
from uanews.parser.language import pick, reading_at
from uanews.parser.morph import parse_word
from uanews.parser.participants.roles import is_acronym, is_role_noun
from uanews.parser.quotes.role_synonyms import groups_at, role_field, role_groups
from uanews.parser.quotes.text import WORD

__all__ = ["Actors"]


_PLACE_REACH = 3
"""Words after a role noun where its place stands (``голови Кіровоградської обласної ...``)."""
_PRONOUN_REACH = 8
"""How many people's mentions back a pronoun may reach for its person (anaphora is local)."""
_STEM = 5
"""Letters of a place word that stay the same in every case (``Харківської`` / ``Харківська``)."""
_ENOUGH = 2
"""Holders kept per office: two already tell that the office is not one person's."""

_Offices = dict[tuple[int, str | None], set[str]]
"""The ids of up to `_ENOUGH` holders of each synonym group, anywhere (None) or of a place stem."""


def _proper(word: str) -> bool:
    """Return True for a capitalised word that is no acronym: a place in a role phrase.

    A role noun is never one, even capitalised at a sentence's start (``Посол также
    посетил ...``, ``Президент и премьер подписали ...``): it is the office itself.
    """
    return word[:1].isupper() and not is_acronym(word) and not is_role_noun(word)


def _complement(words: Sequence[str], start: int) -> list[str]:
    """Return the words from ``start`` that may be a role's complement, up to `_PLACE_REACH`.

    The complement ends before a verb or a function word: in ``посол также посетил
    Кременчуг`` the town is what the verb governs, not the ambassador's place.
    """
    found: list[str] = []
    for word in words[start : start + _PLACE_REACH]:
        if _function(word) or any(parse.tag.POS in _VERB_POS for parse in parse_word(word.lower())):
            break
        found.append(word)
    return found


_VERB_POS = frozenset({"VERB", "INFN"})
"""Parts of speech that end a role's complement (`_complement`)."""


def _function(word: str) -> bool:
    """Return True for a word that can be a preposition, conjunction or particle.

    Such a word is never an office, whatever else it may be a form of: Russian ``после``
    ("after") is also the locative of ``посол``, and ``после начала войны`` names no one.
    """
    return any(parse.tag.POS in _FUNCTION_POS for parse in parse_word(word.lower()))


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL"})
"""Parts of speech of function words (`_function`)."""


def _stems(words: Sequence[str]) -> frozenset[str]:
    """Return the first letters of the proper words among ``words``, lower-cased."""
    return frozenset(word[:_STEM].lower() for word in words if _proper(word))


_Office = tuple[frozenset[int], frozenset[str], frozenset[str]]


def _named_offices(text: str, start: int, end: int) -> list[_Office]:
    """Return the synonym groups, place stems and field (`role_field`) of each role phrase.

    Proper names are left out of the words compared (``голови Кіровоградської
    облдержадміністрації`` reads as ``голови облдержадміністрації``), as with the roles of the
    item's people, and kept as the office's place. A phrase that depends on a role noun before
    it (``заступник мера``, ``радник голови``) is another person's office.
    """
    words = [match.group() for match in WORD.finditer(text, start, end)]
    common = [index for index, word in enumerate(words) if not _proper(word)]
    bare = [words[index] for index in common]
    offices: list[_Office] = []
    for position, index in enumerate(common):
        if (position > 0 and is_role_noun(bare[position - 1])) or _function(bare[position]):
            continue
        groups = groups_at(bare, position)
        if groups:
            complement = _complement(words, index + 1)
            offices.append((groups, _stems(complement), role_field(complement)))
    return offices


def _gender(name: str) -> str | None:
    """Return ``masc`` or ``femn`` for a person named ``name`` (in the nominative), or None.

    The first name tells (``Петро``), else the surname when all its nominative readings agree
    (``Коваленко`` may be either and tells nothing).
    """
    for kind in ("Name", "Surn"):
        for word in name.split():
            genders = {
                str(parse.tag.gender)
                for parse in parse_word(word.lower())
                if kind in parse.tag.grammemes
                and parse.tag.case == "nomn"
                and parse.tag.gender in {"masc", "femn"}
            }
            if genders:
                return genders.pop() if len(genders) == 1 else None
    return None


def _role_groups(participant: Participant) -> frozenset[int]:
    """Return the synonym groups of ``participant``'s role, read in its paragraphs' languages.

    The role was found beside one of the person's mentions, so it is read in the language of
    each paragraph the person is mentioned in (``мэр Одессы`` in a Russian paragraph of a
    Ukrainian item is the mayor); the groups are the same across languages
    (`uanews.parser.quotes.lexicon.ROLE_SYNONYMS` and its Russian counterpart, entry by entry).
    """
    role = participant.role
    if role is None:
        return frozenset()
    groups: set[int] = set()
    languages: set[str] = set()
    for mention in participant.mentions:
        with reading_at(mention.start) as language:
            if language not in languages:
                languages.add(language)
                groups |= role_groups(role)
    return frozenset(groups) if languages else role_groups(role)


class Actors:
    """The people an item's event sentences name by an office or a pronoun."""

    def __init__(self, item: NewsItem) -> None:
        """Keep ``item``; its people's offices and mentions are read on first need."""
        self.item = item
        self._offices: _Offices | None = None
        self._starts: list[int] | None = None
        self._people: list[tuple[str, str | None]] = []
        self._fields: dict[str, frozenset[str]] = {}  # the field of each role (`offices`)

    def offices(self) -> _Offices:
        """Return the holders of each office, built once per item from its people's roles.

        The table maps a synonym group of a role, with None or a place stem of the role (the
        proper words of ``голова Харківської ОВА``), to the ids of up to `_ENOUGH` people
        who hold it; each role is read in the language of its person's paragraphs.
        """
        if self._offices is None:
            self._offices = {}
            for participant in self.item.participants:
                if participant.kind is not ParticipantKind.PERSON or participant.role is None:
                    continue
                places = (None, *_stems(WORD.findall(participant.role)))
                self._fields[participant.id] = role_field(WORD.findall(participant.role))
                for group in _role_groups(participant):
                    for place in places:
                        holders = self._offices.setdefault((group, place), set())
                        if len(holders) < _ENOUGH:
                            holders.add(participant.id)
        return self._offices

    def holders(self, spans: Sequence[tuple[int, int]]) -> list[str]:
        """Return the ids of the people whose offices the sentences ``spans`` name unnamed.

        Each office counts only when exactly one person of the item holds it (of the same
        place, when the phrase names one); the ids come in the order the offices are named.
        """
        found: list[str] = []
        for start, end in spans:
            with reading_at(start):  # each sentence's role words in its paragraph's language
                named = _named_offices(self.item.text, start, end)
            for office, places, field in named:
                holders = {
                    person
                    for group in office
                    for place in places or (None,)
                    for person in self.offices().get((group, place), ())
                    if self._same_field(person, field)
                }
                if len(holders) == 1:
                    (holder,) = holders
                    if holder not in found:
                        found.append(holder)
        return found

    def _same_field(self, person: str, field: frozenset[str]) -> bool:
        """Return False if the role of ``person`` has a field that ``field`` does not share.

        ``Министр здравоохранения провел совещание`` names no ``министр обороны``; a phrase
        or a role with no field of its own (``міністр``, ``мэр Харькова``) agrees with any.
        """
        if not field:
            return True
        own = self._fields.get(person, frozenset())
        return not own or bool(own & field)

    def _mentions(self) -> list[int]:
        """Return the starts of the people's mentions in text order (and fill ``_people``)."""
        if self._starts is None:
            genders: dict[str, str | None] = {}
            for participant in self.item.participants:
                if participant.kind is ParticipantKind.PERSON:
                    # the name in the language of the paragraph it is first mentioned in
                    first = participant.mentions[0].start if participant.mentions else 0
                    with reading_at(first):
                        genders[participant.id] = _gender(participant.name)
            placed = sorted(
                (mention.start, participant.id)
                for participant in self.item.participants
                if participant.id in genders
                for mention in participant.mentions
            )
            self._starts = [start for start, _ in placed]
            self._people = [(person, genders[person]) for _, person in placed]
        return self._starts

    def antecedents(self, spans: Sequence[tuple[int, int]]) -> list[str]:
        """Return the ids of the people the subject pronouns in the sentences ``spans`` stand for.

        ``він`` / ``вона`` is the person of that gender mentioned last before it, among the
        last `_PRONOUN_REACH` mentions of people.
        """
        found: list[str] = []
        text = self.item.text
        for start, end in spans:
            with reading_at(start):  # the pronouns of the sentence's paragraph's language
                pronouns = pick(SUBJECT_PRONOUNS, ru.SUBJECT_PRONOUNS)
            for match in WORD.finditer(text, start, end):
                gender = pronouns.get(match.group().lower())
                if gender is None:
                    continue
                starts = self._mentions()
                last = bisect.bisect_left(starts, match.start()) - 1
                for index in range(last, max(-1, last - _PRONOUN_REACH), -1):
                    person, person_gender = self._people[index]
                    if person_gender == gender:
                        if person not in found:
                            found.append(person)
                        break
        return found
