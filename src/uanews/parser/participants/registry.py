"""The participant registry: people and organisations being assembled, merged and numbered.

Every rule of `uanews.parser.participants` adds its finds here; the registry decides
whether a find is someone already known (``Кучера`` repeats ``Олексій Кучер``), keeps track of
the text already taken, and at the end gives ids in order of first mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, SupportsIndex, overload

from attrs import define, field, frozen

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


class _MentionList(list[Mention]):
    """A person's mentions: a list that counts every change.

    The registry's index of where people are mentioned compares the count, so it knows when to
    rebuild, whoever changed the mentions. Assigning a list to `PersonDraft.mentions` (also
    with ``+=``) converts it, which counts too.
    """

    changes: ClassVar[int] = 0

    def __init__(self, items: Iterable[Mention] = (), /) -> None:
        """Hold ``items``."""
        super().__init__(items)
        _MentionList.changes += 1

    def append(self, item: Mention, /) -> None:
        """Append ``item``."""
        super().append(item)
        _MentionList.changes += 1

    def extend(self, items: Iterable[Mention], /) -> None:
        """Append ``items``."""
        super().extend(items)
        _MentionList.changes += 1

    def insert(self, index: SupportsIndex, item: Mention, /) -> None:
        """Insert ``item`` before ``index``."""
        super().insert(index, item)
        _MentionList.changes += 1

    def remove(self, item: Mention, /) -> None:
        """Remove the first ``item``."""
        super().remove(item)
        _MentionList.changes += 1

    def pop(self, index: SupportsIndex = -1, /) -> Mention:
        """Remove and return the mention at ``index``."""
        _MentionList.changes += 1
        return super().pop(index)

    def clear(self) -> None:
        """Remove every mention."""
        super().clear()
        _MentionList.changes += 1

    @overload
    def __setitem__(self, key: SupportsIndex, value: Mention, /) -> None: ...

    @overload
    def __setitem__(self, key: slice, value: Iterable[Mention], /) -> None: ...

    def __setitem__(self, key: SupportsIndex | slice, value: Any, /) -> None:
        """Replace the mention or mentions at ``key``."""
        super().__setitem__(key, value)
        _MentionList.changes += 1

    def __delitem__(self, key: SupportsIndex | slice, /) -> None:
        """Remove the mention or mentions at ``key``."""
        super().__delitem__(key)
        _MentionList.changes += 1


def _mention_list(items: Iterable[Mention]) -> list[Mention]:
    """Return ``items`` as a `_MentionList` (what a person's mentions always are)."""
    return _MentionList(items)


@define
class PersonDraft:
    """A person being assembled from mentions."""

    first: str | None
    patronymic: str | None
    surname: str | None
    gender: str | None
    mentions: list[Mention] = field(factory=_MentionList, converter=_mention_list)
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
    the dictionary does not know as a surname of its own, or the same surname and another
    first name: with a surname that does not decline, the first name's form alone chose the
    variant's reading (``Юлию Свириденко`` reads as ``Юлий`` in the dative or ``Юлия`` in the
    accusative; ``Юлия Свириденко`` named elsewhere is the one meant).
    """
    if variant is person or None in (variant.first, variant.surname, person.first, person.surname):
        return False
    surname, own = variant.surname or "", person.surname or ""
    if surname == own:
        # The variant's name is only a reading of oblique forms, never written as such.
        if variant.first == person.first or any(m.text == variant.name() for m in variant.mentions):
            return False
    elif surname.lower() not in surname_forms(own) or any(
        r.kind == "Surn" and r.known for r in analyse(surname).readings
    ):
        return False
    if all(m.text != person.name() for m in person.mentions):
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
    # Where people are mentioned, built once per change of the people (``_people_changed``):
    # the rules after `find_people` ask it for every block and phrase.
    _people_index: _PeopleIndex | None = field(default=None, init=False, repr=False)
    # Who is called what, built once per change of the people's names or of the list of
    # people (not of their mentions): lone words are looked up in it, not in every person.
    _names_index: _NamesIndex | None = field(default=None, init=False, repr=False)
    # Where organisations are mentioned, kept in step with every change (`_organization_index`).
    _organization_index: _OrganizationIndex | None = field(default=None, init=False, repr=False)
    # Counts the changes to the organisations made through the registry's methods, and the
    # organisations added or removed by them (names and kinds never change).
    organizations_changed: int = field(default=0, init=False, repr=False)
    organizations_renewed: int = field(default=0, init=False, repr=False)
    _endings: tuple[tuple[int, int], dict[str, list[str]]] | None = field(
        default=None, init=False, repr=False
    )
    # Who is called what, kept in step by the registry's own changes (`_match`, the merges):
    # a name is looked up in it instead of being tested against every person known.
    _match_index: _MatchIndex | None = field(default=None, init=False, repr=False)

    def overlaps(self, start: int, end: int) -> bool:
        """Return True when some offset from ``start`` to ``end`` is already taken."""
        return not self.covered.isdisjoint(range(start, end))

    def add_name(self, found: NameSpan) -> PersonDraft:
        """Return the person ``found`` names, merged with an earlier one when they match."""
        person = self._match(found)
        index = self._matching()
        if person is None:
            person = PersonDraft(found.first, found.patronymic, found.surname, found.gender)
            self.people.append(person)
            index.add(person, len(self.people))
        first, surname = person.first, person.surname
        person.absorb(found)
        index.renamed(person, first, surname)
        self._people_index = None
        self._names_index = None
        self.covered.update(range(found.start, found.end))
        return person

    def _match(self, found: NameSpan) -> PersonDraft | None:
        """Return the latest person that ``found`` can refer to, or None.

        Only the people the index lists under ``found``'s first name or surname can match;
        they are tested from the latest on, as a test of everyone from the latest on would
        find the same person first.
        """
        index = self._matching()
        if found.surname is not None:
            surname_word = found.text.split()[-1] if found.first else found.text
            candidates = index.by_surname(found.surname, surname_word)
            if found.first is not None:
                candidates += index.named(found.first, without_surname=True)
        elif found.first is not None:
            candidates = index.named(found.first)
        else:
            return None
        for person in index.latest_first(candidates):
            if self._refers_to(found, person):
                return person
        return None

    def _refers_to(self, found: NameSpan, person: PersonDraft) -> bool:
        """Return True when ``found`` can refer to ``person`` (a full name, a surname...)."""
        if found.surname is not None:
            surname_word = found.text.split()[-1] if found.first else found.text
            if person.surname is None:
                same = found.first is not None and found.first == person.first
                return same and found.patronymic in (None, person.patronymic)
            return (
                person.surname == found.surname or person.surname_matches(surname_word)
            ) and person.first_matches(found.first)
        return (
            found.first is not None
            and person.first == found.first
            and (
                found.patronymic in (None, person.patronymic)
                or (person.patronymic is None and self._only_one_named(found.first))
            )
        )

    def _only_one_named(self, first: str) -> bool:
        """Return True when exactly one person known so far has the first name ``first``.

        ``Володимира Нальковича`` gives its patronymic to a Volodymyr only when just one
        Volodymyr is in the text; with two, the words may name a third person.
        """
        return self._matching().count_named(first) == 1

    def _matching(self) -> _MatchIndex:
        """Return the index of the people's names, built again if the list changed unseen.

        The registry keeps it in step with the people it adds, renames and removes; people
        appended or removed by others (a test building a registry by hand) show as a list
        of another length or with another last person.
        """
        index = self._match_index
        if index is None or not index.follows(self.people):
            index = _MatchIndex(self.people)
            self._match_index = index
        return index

    def merge_case_variants(self) -> None:
        """Merge a person read from an ambiguous oblique form into their nominative twin.

        ``Валентина Вітера`` reads as a woman in the nominative or as ``Валентин Вітер`` in the
        genitive; when the text names ``Валентин Вітер`` in the nominative elsewhere and the
        dictionary does not know ``Вітера`` as a surname, the second reading is taken.
        """
        index = self._matching()
        for variant in list(self.people):
            # A twin has a surname of which the variant's is a form: only those are tested.
            forms = index.with_surname_form("" if variant.surname is None else variant.surname)
            twins = [person for person in forms if _twin_of(variant, person)]
            if len(twins) == 1:
                twins[0].mentions.extend(variant.mentions)
                self.people.remove(variant)
                index.remove(variant, self.people)
                self._people_index = None
                self._names_index = None

    def add_lone_word(self, token: Token) -> None:
        """Add ``token`` as a mention when it repeats the surname or first name of one person."""
        if self.overlaps(token.start, token.end):
            return
        by_surname = self._names().by_surname(token.text)
        candidates = by_surname or self._by_first_name(token)
        family = {_family(p.surname) for p in by_surname}
        if len({id(p) for p in candidates}) != 1 and not (by_surname and len(family) == 1):
            return
        # One person, or a family named together (``Микола та Лариса Онули``): the word
        # names each of them.
        for person in candidates:
            person.mentions.append(Mention(token.text, token.start, token.end))
        self._people_index = None
        self.covered.update(range(token.start, token.end))

    def _by_first_name(self, token: Token) -> list[PersonDraft]:
        """Return the people whose first name ``token`` is, in any case."""
        names = {r.lemma for r in analyse(token.text).readings if r.kind == "Name"}
        if not names:
            return []
        return self._names().by_first_name(names)

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
        self.organizations_changed += 1
        index = self.organization_mentions()  # in step before a new organisation joins
        if key not in self.organizations:
            self.organizations_renewed += 1
        organization = self.organizations.setdefault(key, OrganizationDraft(name, kind))
        if organization.kind is ParticipantKind.ORGANIZATION:
            if not index.starts_at(organization, mention.start):
                organization.mentions.append(mention)
                index.append(key, organization, mention)
        elif all(m.start != mention.start for m in organization.mentions):
            organization.mentions.append(mention)  # a group: not in the index
        index.size = len(self.organizations)
        self.covered.update(range(mention.start, mention.end))

    def append_mention(self, organization: OrganizationDraft, mention: Mention) -> None:
        """Append ``mention`` to the mentions of ``organization``, one the registry holds."""
        organization.mentions.append(mention)
        self.organizations_changed += 1
        if organization.kind is not ParticipantKind.ORGANIZATION:
            return
        index = self._organization_index
        key = None if index is None else index.key_of(organization)
        if index is None or key is None:
            self._organization_index = None  # built afresh when next asked
        else:
            index.append(key, organization, mention)

    def organization_mentions(self) -> _OrganizationIndex:
        """Return the index of the organisations' mentions (built again after a merge).

        The mentions of organisations change through the registry's methods only
        (`add_organization`, `append_mention`); an organisation merged away outside them
        (`organization_mentions.merge_same_bodies`) makes the index be built again.
        """
        index = self._organization_index
        if index is None or index.size != len(self.organizations):
            index = _OrganizationIndex(self.organizations)
            self._organization_index = index
        return index

    def long_names_ending(self, tail: str) -> list[str]:
        """Return the keys of the organisations of three words or more ending in `` tail``.

        Looked up in an index of the ends of those names after each space, built again only
        when an organisation comes or goes (names never change).
        """
        state = (self.organizations_renewed, len(self.organizations))
        if self._endings is None or self._endings[0] != state:
            endings: dict[str, list[str]] = {}
            for key, o in self.organizations.items():
                if o.kind is not ParticipantKind.ORGANIZATION or len(o.name.split()) <= 2:
                    continue
                lowered = o.name.lower()
                for at, char in enumerate(lowered):
                    if char == " ":
                        endings.setdefault(lowered[at + 1 :], []).append(key)
            self._endings = (state, endings)
        return list(dict.fromkeys(self._endings[1].get(tail, ())))

    def inside_organization(self, mention: Mention) -> bool:
        """Return True when an organisation mention already spans ``mention``."""
        return self.organization_mentions().spans(mention.start, mention.end)

    def _drop_inside(self, mention: Mention) -> None:
        """Remove organisation mentions lying inside ``mention`` (and organisations left empty)."""
        index = self.organization_mentions()
        for key, organization in index.drop_inside(mention.start, mention.end):
            organization.mentions = [
                m
                for m in organization.mentions
                if not (mention.start <= m.start and m.end <= mention.end)
            ]
            if not organization.mentions:
                del self.organizations[key]
                index.forget(key, organization)
                self.organizations_renewed += 1
        index.size = len(self.organizations)

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
            index = self._matching()  # in step with the list before the removal
            self.people.remove(person)
            index.remove(person, self.people)

    def _people(self) -> _PeopleIndex:
        """Return the index of the people's mentions, building it if the people changed.

        Besides the registry's own changes, a change of the list of people or of anyone's
        mentions (a mention taken away by a rule) makes it be built again.
        """
        size = self._people_size()
        if self._people_index is None or self._people_index.size != size:
            self._people_index = _PeopleIndex.of(self.people, size)
        return self._people_index

    def _people_size(self) -> tuple[int, int]:
        """Return how many people there are and how many changes people's mentions have seen."""
        return len(self.people), _MentionList.changes

    def _names(self) -> _NamesIndex:
        """Return the index of the people's names, building it if the people changed."""
        if self._names_index is None or len(self._names_index.people) != len(self.people):
            self._names_index = _NamesIndex.of(self.people)
        return self._names_index

    def person_offsets(self) -> frozenset[int]:
        """Return every offset inside a person's mention."""
        return self._people().offsets

    def person_starts(self) -> frozenset[int]:
        """Return where each mention of a person starts."""
        return self._people().starts

    def person_at(self, start: int) -> PersonDraft | None:
        """Return the person with a mention starting at ``start``."""
        return self._people().at_start.get(start)

    def person_ending_at(self, end: int) -> PersonDraft | None:
        """Return the person with a mention ending at ``end``."""
        return self._people().at_end.get(end)


class _MatchIndex:
    """The people of a registry by first name and by surname, for `Registry._match`.

    The lists only grow: a person whose first name is completed (``О.`` to ``Олексій``) stays
    listed under the old one too, and a person taken away stays listed; every candidate is
    tested in full, so a stale entry costs a test, never a wrong answer. ``_order`` numbers
    the people still in the registry in the order of its list (new people are appended, and
    numbered on from the highest number given).
    """

    def __init__(self, people: Sequence[PersonDraft]) -> None:
        """Index ``people``."""
        self._order: dict[int, int] = {}
        self._first: dict[int, str | None] = {}
        self._named: dict[str, list[PersonDraft]] = {}
        self._named_only: dict[str, list[PersonDraft]] = {}
        self._counts: dict[str, int] = {}
        self._surnames: dict[str, list[PersonDraft]] = {}
        self._forms: dict[str, list[PersonDraft]] = {}
        self._lemmas: dict[str, list[PersonDraft]] = {}
        self._size = 0
        self._numbered = 0
        self._last: PersonDraft | None = None
        for position, person in enumerate(people, start=1):
            self.add(person, position)

    def follows(self, people: Sequence[PersonDraft]) -> bool:
        """Return True when the index is in step with the list ``people``."""
        return len(people) == self._size and (people[-1] if people else None) is self._last

    def add(self, person: PersonDraft, size: int) -> None:
        """Take in ``person``, just appended to the people (who are now ``size``)."""
        self._numbered += 1
        self._order[id(person)] = self._numbered
        self._first[id(person)] = person.first
        if person.first is not None:
            self._add_first(person, person.first)
        if person.surname is not None:
            self._add_surname(person)
        self._size, self._last = size, person

    def _add_first(self, person: PersonDraft, first: str) -> None:
        """List ``person`` under the first name ``first`` (also as one without a surname)."""
        self._named.setdefault(first, []).append(person)
        if person.surname is None:
            self._named_only.setdefault(first, []).append(person)
        self._counts[first] = self._counts.get(first, 0) + 1

    def _add_surname(self, person: PersonDraft) -> None:
        """List ``person`` under their surname, its forms and its lower-case lemma."""
        surname = person.surname or ""
        self._surnames.setdefault(surname, []).append(person)
        self._lemmas.setdefault(surname.lower(), []).append(person)
        for form in surname_forms(surname):
            self._forms.setdefault(form, []).append(person)

    def renamed(self, person: PersonDraft, first: str | None, surname: str | None) -> None:
        """Follow ``person``'s first name and surname, which were ``first`` and ``surname``."""
        if person.first != first and id(person) in self._order:
            if first is not None:
                self._counts[first] -= 1
            if person.first is not None:
                self._add_first(person, person.first)
            self._first[id(person)] = person.first
        if person.surname != surname and person.surname is not None:
            self._add_surname(person)

    def remove(self, person: PersonDraft, people: Sequence[PersonDraft]) -> None:
        """Forget ``person``, just removed from ``people``."""
        if self._order.pop(id(person), None) is not None:
            first = self._first.pop(id(person))
            if first is not None:
                self._counts[first] -= 1
        self._size, self._last = len(people), (people[-1] if people else None)

    def named(self, first: str, *, without_surname: bool = False) -> list[PersonDraft]:
        """Return the people listed under the first name ``first`` (some perhaps no more).

        ``without_surname``: only those who had no surname when they were listed (some may
        have one now).
        """
        return list((self._named_only if without_surname else self._named).get(first, ()))

    def count_named(self, first: str) -> int:
        """Return how many people of the registry have the first name ``first``."""
        return self._counts.get(first, 0)

    def by_surname(self, surname: str, word: str) -> list[PersonDraft]:
        """Return the people listed as named ``surname``, or whom ``word`` (any case) can name.

        The second are those `PersonDraft.surname_matches` can accept: ``word`` is a form of
        their surname, or the dictionary reads it as a surname whose lemma theirs is.
        """
        found = list(self._surnames.get(surname, ()))
        found += self._forms.get(word.lower().replace("’", "'").replace("ʼ", "'"), ())
        for reading in analyse(word).readings:
            if reading.kind == "Surn":
                found += self._lemmas.get(reading.lemma, ())
        return found

    def with_surname_form(self, surname: str) -> list[PersonDraft]:
        """Return the people still there of whose surname ``surname`` (any case) is a form.

        In the order of the registry's list.
        """
        return self.latest_first(self._forms.get(surname.lower(), ()))[::-1]

    def latest_first(self, people: Iterable[PersonDraft]) -> list[PersonDraft]:
        """Return those of ``people`` still in the registry, once each, the latest first."""
        order = self._order
        unique = {id(person): person for person in people if id(person) in order}
        return sorted(unique.values(), key=lambda person: -order[id(person)])


@frozen
class _Entry:
    """An organisation mention in the index: where it is, whose it is, and its place in order.

    ``rank`` is the organisation's place in the registry's order, ``seq`` the mention's place
    among that organisation's mentions (both only ever compared).
    """

    start: int
    end: int
    rank: int
    seq: int
    key: str
    organization: OrganizationDraft
    mention: Mention


class _OrganizationIndex:
    """The mentions of the registry's organisations (kind organisation) sorted by start.

    The registry keeps it in step as it adds and drops mentions (`append`, `drop_inside`,
    `forget`); ``size`` is how many organisations (of any kind) the registry held when it last
    did, so an organisation added or removed behind its back (a merge) shows as a new index.
    """

    def __init__(self, organizations: dict[str, OrganizationDraft]) -> None:
        """Index the mentions of ``organizations``."""
        self._entries: list[_Entry] = []
        self._starts: list[int] = []
        self._longest = 0
        self._ranks: dict[str, int] = {}
        self._keys: dict[int, str] = {}
        self._next_rank = 0
        self._seq = 0
        self.size = len(organizations)
        for key, organization in organizations.items():
            if organization.kind is ParticipantKind.ORGANIZATION:
                for mention in organization.mentions:
                    self.append(key, organization, mention)

    def append(self, key: str, organization: OrganizationDraft, mention: Mention) -> None:
        """Take in ``mention``, just appended to the mentions of ``organization``."""
        if key not in self._ranks:
            # A new key goes last in the registry's order, as it does in a dict.
            self._ranks[key] = self._next_rank
            self._next_rank += 1
            self._keys[id(organization)] = key
        entry = _Entry(
            mention.start, mention.end, self._ranks[key], self._seq, key, organization, mention
        )
        self._seq += 1
        at = bisect_right(self._starts, mention.start)
        self._starts.insert(at, mention.start)
        self._entries.insert(at, entry)
        self._longest = max(self._longest, mention.end - mention.start)

    def key_of(self, organization: OrganizationDraft) -> str | None:
        """Return the key the index knows ``organization`` under, or None."""
        return self._keys.get(id(organization))

    def forget(self, key: str, organization: OrganizationDraft) -> None:
        """Record that ``organization`` under ``key`` is gone (its mentions are already out)."""
        del self._ranks[key]
        del self._keys[id(organization)]

    def _near(self, low: int, high: int) -> list[_Entry]:
        """Return the entries starting from ``low`` up to and including ``high``."""
        return self._entries[bisect_left(self._starts, low) : bisect_right(self._starts, high)]

    def spans(self, start: int, end: int) -> bool:
        """Return True when a mention starts at or before ``start`` and ends at or after ``end``."""
        return any(entry.end >= end for entry in self._near(start - self._longest, start))

    def starts_at(self, organization: OrganizationDraft, start: int) -> bool:
        """Return True when ``organization`` has a mention starting at ``start``."""
        return any(entry.organization is organization for entry in self._near(start, start))

    def drop_inside(self, start: int, end: int) -> list[tuple[str, OrganizationDraft]]:
        """Take out the mentions inside ``start``..``end``; return their organisations, in order."""
        low, high = bisect_left(self._starts, start), bisect_right(self._starts, end)
        inside = [entry for entry in self._entries[low:high] if entry.end <= end]
        if not inside:
            return []
        kept = [entry for entry in self._entries[low:high] if entry.end > end]
        self._entries[low:high] = kept
        self._starts[low:high] = [entry.start for entry in kept]
        owners: dict[str, tuple[int, OrganizationDraft]] = {}
        for entry in inside:
            owners[entry.key] = (entry.rank, entry.organization)
        return [
            (key, organization)
            for key, (_rank, organization) in sorted(owners.items(), key=lambda item: item[1][0])
        ]

    def first_across(self, start: int, end: int) -> list[_Entry]:
        """Return the mentions starting inside ``start``..``end`` (exclusive) that run past it.

        In the registry's order: by organisation, then by the organisation's own order.
        """
        found = [entry for entry in self._near(start + 1, end - 1) if entry.end > end]
        return sorted(found, key=lambda entry: (entry.rank, entry.seq))


@frozen
class _NamesIndex:
    """The people of a registry by the forms of their surnames and by their first names.

    ``by_surname(word)`` is ``[p for p in people if p.surname_matches(word)]`` and
    ``by_first_name`` the same for first names, found through dictionaries instead of a test
    of every person.
    """

    people: tuple[PersonDraft, ...]
    surname_forms: dict[str, list[int]]
    surnames: dict[str, list[int]]
    first_names: dict[str, list[int]]

    @classmethod
    def of(cls, people: Sequence[PersonDraft]) -> _NamesIndex:
        """Return the index of ``people`` (positions in the list keep its order)."""
        forms: dict[str, list[int]] = {}
        surnames: dict[str, list[int]] = {}
        first_names: dict[str, list[int]] = {}
        for position, person in enumerate(people):
            if person.surname is not None:
                for form in surname_forms(person.surname):
                    forms.setdefault(form, []).append(position)
                surnames.setdefault(person.surname.lower(), []).append(position)
            if person.first is not None:
                first_names.setdefault(person.first.lower(), []).append(position)
        return cls(tuple(people), forms, surnames, first_names)

    def by_surname(self, word: str) -> list[PersonDraft]:
        """Return the people ``word`` (as written, any case) can be the surname of, in order."""
        lowered = word.lower().replace("’", "'").replace("ʼ", "'")
        found = set(self.surname_forms.get(lowered, ()))
        for reading in analyse(word).readings:
            if reading.kind == "Surn":
                found.update(self.surnames.get(reading.lemma, ()))
        return [self.people[position] for position in sorted(found)]

    def by_first_name(self, names: set[str]) -> list[PersonDraft]:
        """Return the people whose first name, in lower case, is one of ``names``, in order."""
        found = {position for name in names for position in self.first_names.get(name, ())}
        return [self.people[position] for position in sorted(found)]


@frozen
class _PeopleIndex:
    """Where the people of a registry are mentioned (the first person listed wins a place)."""

    size: tuple[int, int]
    offsets: frozenset[int]
    starts: frozenset[int]
    at_start: dict[int, PersonDraft]
    at_end: dict[int, PersonDraft]

    @classmethod
    def of(cls, people: Sequence[PersonDraft], size: tuple[int, int]) -> _PeopleIndex:
        """Return the index of the mentions of ``people``."""
        at_start: dict[int, PersonDraft] = {}
        at_end: dict[int, PersonDraft] = {}
        offsets: set[int] = set()
        for person in people:
            for mention in person.mentions:
                at_start.setdefault(mention.start, person)
                at_end.setdefault(mention.end, person)
                offsets.update(range(mention.start, mention.end))
        return cls(size, frozenset(offsets), frozenset(at_start), at_start, at_end)


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
