"""The participant registry: people and organisations being assembled, merged and numbered.

Every rule of `uanews.parser.participants` adds its finds here; the registry decides
whether a find is someone already known (``Кучера`` repeats ``Олексій Кучер``), keeps track of
the text already taken, and at the end gives ids in order of first mention.
"""

from __future__ import annotations

import re

from attrs import define, field

from uanews.model import Mention, Participant, ParticipantKind
from uanews.parser.language import language_cache
from uanews.parser.participants.captions import restore_caption_case
from uanews.parser.participants.names import NameSpan, Token, analyse, surname_forms
from uanews.parser.participants.organizations import FoundOrganization
from uanews.parser.participants.roles import is_latin

__all__ = [
    "OrganizationDraft",
    "PersonDraft",
    "Registry",
    "assign_ids",
]

_BROKEN_HYPHEN = re.compile(r"-\s+")


@define
class PersonDraft:
    """A person being assembled from mentions."""

    first: str | None
    patronymic: str | None
    surname: str | None
    gender: str | None
    mentions: list[Mention] = field(factory=list)
    role: str | None = None
    organization: str | None = None

    def name(self) -> str:
        """Return the full name known so far."""
        return " ".join(p for p in (self.first, self.patronymic, self.surname) if p)

    def first_matches(self, first: str | None) -> bool:
        """Return True when ``first`` (a first name or an initial) can be this person's."""
        if first is None or self.first is None:
            return True
        if first.endswith(".") or self.first.endswith("."):
            return first[:1] == self.first[:1]
        return first == self.first

    def surname_matches(self, word: str) -> bool:
        """Return True when ``word`` (as written, any case) can be this person's surname."""
        if self.surname is None:
            return False
        return _surname_fits(word, self.surname)

    def absorb(self, found: NameSpan) -> None:
        """Add a mention and any name parts this person still lacked."""
        self.mentions.append(Mention(found.text, found.start, found.end))
        if found.first and (self.first is None or self.first.endswith(".")):
            self.first = found.first
        self.patronymic = self.patronymic or found.patronymic
        self.surname = self.surname or found.surname
        self.gender = self.gender or found.gender


@language_cache(maxsize=65536)
def _surname_fits(word: str, surname: str) -> bool:
    """Return True when ``word`` (as written, any case) can be the surname ``surname``."""
    lowered = word.lower().replace("’", "'").replace("ʼ", "'")
    if lowered in surname_forms(surname):
        return True
    own = surname.lower()
    return any(r.kind == "Surn" and r.lemma == own for r in analyse(word).readings)


def _key(name: str) -> str:
    """Return the key merging the names of one organisation (case, a broken ``Південно- X``)."""
    return _BROKEN_HYPHEN.sub("-", name.lower())


def _twin_of(variant: PersonDraft, person: PersonDraft) -> bool:
    """Return True when every mention of ``variant`` can be read as ``person``'s name.

    ``person`` must be named in the nominative somewhere and have another surname form that
    the dictionary does not know as a surname of its own.
    """
    if variant is person or None in (variant.first, variant.surname, person.first, person.surname):
        return False
    surname, own = variant.surname or "", person.surname or ""
    if (
        surname == own
        or surname.lower() not in surname_forms(own)
        or any(r.kind == "Surn" and r.known for r in analyse(surname).readings)
        or all(m.text != person.name() for m in person.mentions)
    ):
        return False
    first = (person.first or "").lower()
    return all(
        len(mention.text.split()) > 1
        and any(
            r.kind == "Name" and r.lemma == first for r in analyse(mention.text.split()[0]).readings
        )
        for mention in variant.mentions
    )


def _family(surname: str | None) -> str | None:
    """Return a surname without a feminine ``-а`` so that ``Аметов`` and ``Аметова`` agree."""
    if surname is None:
        return None
    lowered = surname.lower()
    return lowered[:-1] if lowered.endswith(("ова", "ева", "єва", "іна", "їна")) else lowered


@define
class OrganizationDraft:
    """An organisation or group being assembled: its name, kind and mentions."""

    name: str
    kind: ParticipantKind
    mentions: list[Mention] = field(factory=list)


@define
class Registry:
    """Everyone found so far, with the merging rules."""

    text: str
    people: list[PersonDraft] = field(factory=list)
    organizations: dict[str, OrganizationDraft] = field(factory=dict)
    covered: set[int] = field(factory=set)
    aliases: dict[str, str] = field(factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        """Return True when some offset from ``start`` to ``end`` is already taken."""
        return not self.covered.isdisjoint(range(start, end))

    def add_name(self, found: NameSpan) -> PersonDraft:
        """Return the person ``found`` names, merged with an earlier one when they match."""
        person = self._match(found)
        if person is None:
            person = PersonDraft(found.first, found.patronymic, found.surname, found.gender)
            self.people.append(person)
        person.absorb(found)
        self.covered.update(range(found.start, found.end))
        return person

    def _match(self, found: NameSpan) -> PersonDraft | None:
        """Return the latest person that ``found`` can refer to, or None."""
        for person in reversed(self.people):
            if found.surname is not None:
                surname_word = found.text.split()[-1] if found.first else found.text
                if person.surname is None:
                    same = found.first is not None and found.first == person.first
                    if same and found.patronymic in (None, person.patronymic):
                        return person
                    continue
                if (
                    person.surname == found.surname or person.surname_matches(surname_word)
                ) and person.first_matches(found.first):
                    return person
            elif (
                found.first is not None
                and person.first == found.first
                and (
                    found.patronymic in (None, person.patronymic)
                    or (person.patronymic is None and self._only_one_named(found.first))
                )
            ):
                return person
        return None

    def _only_one_named(self, first: str) -> bool:
        """Return True when exactly one person known so far has the first name ``first``.

        ``Володимира Нальковича`` gives its patronymic to a Volodymyr only when just one
        Volodymyr is in the text; with two, the words may name a third person.
        """
        return sum(person.first == first for person in self.people) == 1

    def merge_case_variants(self) -> None:
        """Merge a person read from an ambiguous oblique form into their nominative twin.

        ``Валентина Вітера`` reads as a woman in the nominative or as ``Валентин Вітер`` in the
        genitive; when the text names ``Валентин Вітер`` in the nominative elsewhere and the
        dictionary does not know ``Вітера`` as a surname, the second reading is taken.
        """
        for variant in list(self.people):
            twins = [person for person in self.people if _twin_of(variant, person)]
            if len(twins) == 1:
                twins[0].mentions.extend(variant.mentions)
                self.people.remove(variant)

    def add_lone_word(self, token: Token) -> None:
        """Add ``token`` as a mention when it repeats the surname or first name of one person."""
        if self.overlaps(token.start, token.end):
            return
        by_surname = [p for p in self.people if p.surname_matches(token.text)]
        candidates = by_surname or self._by_first_name(token)
        family = {_family(p.surname) for p in by_surname}
        if len({id(p) for p in candidates}) != 1 and not (by_surname and len(family) == 1):
            return
        # One person, or a family named together (``Микола та Лариса Онули``): the word
        # names each of them.
        for person in candidates:
            person.mentions.append(Mention(token.text, token.start, token.end))
        self.covered.update(range(token.start, token.end))

    def _by_first_name(self, token: Token) -> list[PersonDraft]:
        """Return the people whose first name ``token`` is, in any case."""
        names = {r.lemma for r in analyse(token.text).readings if r.kind == "Name"}
        if not names:
            return []
        return [p for p in self.people if p.first is not None and p.first.lower() in names]

    def add_organization(
        self, name: str, mention: Mention, kind: ParticipantKind = ParticipantKind.ORGANIZATION
    ) -> None:
        """Add a mention of the organisation or group called ``name``.

        An organisation mention inside another one is dropped (``ТОВ`` inside ``ТОВ «X»``);
        one that holds earlier, shorter mentions replaces them.
        """
        key = self.aliases.get(name, _key(name))
        if kind is ParticipantKind.ORGANIZATION:
            if self.inside_organization(mention):
                return
            self._drop_inside(mention)
        organization = self.organizations.setdefault(key, OrganizationDraft(name, kind))
        if all(m.start != mention.start for m in organization.mentions):
            organization.mentions.append(mention)
        self.covered.update(range(mention.start, mention.end))

    def inside_organization(self, mention: Mention) -> bool:
        """Return True when an organisation mention already spans ``mention``."""
        return any(
            m.start <= mention.start and mention.end <= m.end
            for o in self.organizations.values()
            if o.kind is ParticipantKind.ORGANIZATION
            for m in o.mentions
        )

    def _drop_inside(self, mention: Mention) -> None:
        """Remove organisation mentions lying inside ``mention`` (and organisations left empty)."""
        for key, organization in list(self.organizations.items()):
            if organization.kind is not ParticipantKind.ORGANIZATION:
                continue
            organization.mentions = [
                m
                for m in organization.mentions
                if not (mention.start <= m.start and m.end <= mention.end)
            ]
            if not organization.mentions:
                del self.organizations[key]

    def add_found(self, found: FoundOrganization) -> None:
        """Add an organisation mention found by a rule, and the acronym the text pairs it with."""
        self.add_organization(
            found.name, Mention(self.text[found.start : found.end], found.start, found.end)
        )
        key = _key(found.name)
        if found.alias is not None and key in self.organizations:
            self.aliases.setdefault(found.alias, key)

    def release_mention(self, person: PersonDraft, mention: Mention) -> None:
        """Take ``mention`` away from ``person`` (and the person away if none is left)."""
        person.mentions.remove(mention)
        self.covered.difference_update(range(mention.start, mention.end))
        if not person.mentions:
            self.people.remove(person)

    def person_offsets(self) -> set[int]:
        """Return every offset inside a person's mention."""
        return {i for p in self.people for m in p.mentions for i in range(m.start, m.end)}

    def person_at(self, start: int) -> PersonDraft | None:
        """Return the person with a mention starting at ``start``."""
        for person in self.people:
            if any(m.start == start for m in person.mentions):
                return person
        return None

    def person_ending_at(self, end: int) -> PersonDraft | None:
        """Return the person with a mention ending at ``end``."""
        for person in self.people:
            if any(m.end == end for m in person.mentions):
                return person
        return None


def assign_ids(registry: Registry) -> tuple[tuple[Participant, ...], dict[int, str]]:
    """Return the participants with ids in order of first mention, and ids by builder object."""
    ids: dict[int, str] = {}
    participants: list[Participant] = []
    people = sorted(registry.people, key=lambda p: min(m.start for m in p.mentions))
    for number, person in enumerate(people, start=1):
        ids[id(person)] = f"p{number}"
        participants.append(
            Participant(
                id=f"p{number}",
                kind=ParticipantKind.PERSON,
                name=person.name(),
                role=person.role,
                organization=person.organization,
                mentions=tuple(sorted(person.mentions, key=lambda m: m.start)),
            )
        )
    counters = {ParticipantKind.ORGANIZATION: "o", ParticipantKind.GROUP: "g"}
    numbers = dict.fromkeys(counters, 0)
    groups = sorted(registry.organizations.values(), key=lambda o: min(m.start for m in o.mentions))
    for organization in groups:
        numbers[organization.kind] += 1
        participant_id = f"{counters[organization.kind]}{numbers[organization.kind]}"
        participants.append(
            Participant(
                id=participant_id,
                kind=organization.kind,
                name=_organization_name(organization.name),
                mentions=tuple(sorted(organization.mentions, key=lambda m: m.start)),
            )
        )
    return tuple(participants), ids


def _organization_name(name: str) -> str:
    """Return an organisation's name with upper-case Latin words in ordinary case."""
    if is_latin(name.split(maxsplit=1)[0]) and name.isupper():
        return restore_caption_case(name)
    return name
