"""People, organisations and groups named in an item, each with every mention of it.

The rules run in order of reliability:

1. broadcast captions (``ОЛЕКСАНДР КОЛБ ЧЛЕН НАГЛЯДОВОЇ РАДИ ...``) give a person, a role and
   the speaker of their paragraph;
2. full names in the body, in any case (:func:`uanews.parser.names.find_names`), merged into one
   person per surname and first name;
3. lone surnames and first names that repeat a person already found;
4. role phrases right before a name (``глава ХОДА Олексій Кучер``) or right after it between
   commas give roles; when a headline names two roles (``Глава ХОДА зустрівся з послом``) and
   the next paragraph two people (``Зустріч Олексія Кучера і ...``), they are paired in order;
5. organisations: Latin-script names, organisation acronyms (``ХОДА``), quoted names after an
   organisation word (``ФОК «Олімпія»``), organisations in roles; groups: ``делегація ...``.

Ids follow the order of first mention: ``p1``, ``p2`` ... for people, ``o1`` ... for
organisations, ``g1`` ... for groups.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from attrs import define, evolve, field

from uanews.model import (
    BLOCK_SEPARATOR,
    CAPTION_SEPARATOR,
    Mention,
    NewsItem,
    Participant,
    ParticipantKind,
)
from uanews.parser.captions import parse_caption, restore_caption_case
from uanews.parser.lexicon_people import (
    COLLECTIVE_NOUNS,
    COORDINATORS,
    GROUP_NOUNS,
    LEGAL_FORMS,
    MEMBER_NOUNS,
    OTHER_ACRONYMS,
    PLACE_NAME_ABBREVIATIONS,
    PLACE_NAME_MARKERS,
)
from uanews.parser.morph import parse_word, to_nominative
from uanews.parser.names import (
    NameSpan,
    Token,
    analyse,
    find_names,
    is_capitalised,
    sentence_initial,
    surname_forms,
    tokenize,
)
from uanews.parser.organizations import (
    FoundOrganization,
    find_acronyms,
    find_organization_phrases,
    find_quoted_organizations,
    is_organization_noun,
    nominative_tail,
)
from uanews.parser.roles import (
    RolePhrase,
    extend_right,
    find_roles,
    is_acronym,
    is_latin,
    lemmas,
)

__all__ = ["Block", "extract_participants", "iter_blocks"]

_GROUP_HEADS = GROUP_NOUNS | COLLECTIVE_NOUNS | MEMBER_NOUNS
_APPOSITION_GAP = re.compile(r"\s*")
_POSTPOSED_GAP = re.compile(r"\s*[,–—-]\s*")
_COORDINATED = re.compile(r"\s+(?:і|й|та|з|із|зі)\s+")
_QUOTED_WORD = re.compile(r"«([^\s«»]+)»$")
_BROKEN_HYPHEN = re.compile(r"-\s+")
_QUOTED_TAIL = re.compile(r"[ \t]*«[^»\n]{1,80}»+")
_PLACE_NAME_ABBREVIATION = re.compile(r"([^\W\d_]+)\.\s*$")
_LATIN_NAME = re.compile(
    r"[A-Z][\w&.-]*(?:[ ](?:[A-Z][\w&.-]*|of|the|and|for|de))*[ ][A-Z][\w&.-]*"
)


@define
class Block:
    """A stretch of the body text: headline, caption or paragraph text, by offsets."""

    start: int
    end: int
    kind: str
    paragraph: int | None = None


def iter_blocks(item: NewsItem) -> Iterator[Block]:
    """Yield the headline, each caption and each paragraph text of ``item`` with offsets."""
    offset = 0
    if item.headline is not None:
        yield Block(0, len(item.headline), "headline")
        offset = len(item.headline) + len(BLOCK_SEPARATOR)
    for index, paragraph in enumerate(item.paragraphs):
        if paragraph.caption is not None:
            yield Block(offset, offset + len(paragraph.caption), "caption", index)
            offset += len(paragraph.caption) + len(CAPTION_SEPARATOR)
        yield Block(offset, offset + len(paragraph.text), "text", index)
        offset += len(paragraph.text) + len(BLOCK_SEPARATOR)


@define
class _Person:
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


@functools.lru_cache(maxsize=65536)
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


def _twin_of(variant: _Person, person: _Person) -> bool:
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
class _Organization:
    """An organisation or group being assembled: its name, kind and mentions."""

    name: str
    kind: ParticipantKind
    mentions: list[Mention] = field(factory=list)


@define
class _Registry:
    """Everyone found so far, with the merging rules."""

    text: str
    people: list[_Person] = field(factory=list)
    organizations: dict[str, _Organization] = field(factory=dict)
    covered: set[int] = field(factory=set)
    aliases: dict[str, str] = field(factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        """Return True when some offset from ``start`` to ``end`` is already taken."""
        return not self.covered.isdisjoint(range(start, end))

    def add_name(self, found: NameSpan) -> _Person:
        """Return the person ``found`` names, merged with an earlier one when they match."""
        person = self._match(found)
        if person is None:
            person = _Person(found.first, found.patronymic, found.surname, found.gender)
            self.people.append(person)
        person.absorb(found)
        self.covered.update(range(found.start, found.end))
        return person

    def _match(self, found: NameSpan) -> _Person | None:
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

    def _by_first_name(self, token: Token) -> list[_Person]:
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
        organization = self.organizations.setdefault(key, _Organization(name, kind))
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

    def person_offsets(self) -> set[int]:
        """Return every offset inside a person's mention."""
        return {i for p in self.people for m in p.mentions for i in range(m.start, m.end)}

    def person_at(self, start: int) -> _Person | None:
        """Return the person with a mention starting at ``start``."""
        for person in self.people:
            if any(m.start == start for m in person.mentions):
                return person
        return None

    def person_ending_at(self, end: int) -> _Person | None:
        """Return the person with a mention ending at ``end``."""
        for person in self.people:
            if any(m.end == end for m in person.mentions):
                return person
        return None


def _read_captions(
    item: NewsItem, blocks: Sequence[Block], registry: _Registry
) -> dict[int, _Person]:
    """Add the people of broadcast captions; return the speaker of each captioned paragraph."""
    text = registry.text
    speakers: dict[int, _Person] = {}
    for block in blocks:
        if block.kind != "caption" or block.paragraph is None:
            continue
        caption = text[block.start : block.end]
        parsed = parse_caption(caption, evidence=text)
        if parsed is None:
            continue
        name = parsed.name
        shifted = NameSpan(
            start=name.start + block.start,
            end=name.end + block.start,
            text=name.text,
            name=name.name,
            first=name.first,
            patronymic=name.patronymic,
            surname=name.surname,
            gender=name.gender,
        )
        person = registry.add_name(shifted)
        person.role = person.role or parsed.role
        if parsed.organization is not None:
            person.organization = person.organization or parsed.organization
            _caption_organization(caption, block.start, parsed.organization, registry)
        registry.covered.update(range(block.start, block.end))
        speakers[block.paragraph] = person
    del item
    return speakers


def _caption_organization(caption: str, offset: int, name: str, registry: _Registry) -> None:
    """Add the organisation ``name`` at the place the caption writes it in capitals."""
    where = caption.lower().rfind(name.lower())
    if where >= 0:
        start = offset + where
        written = caption[where : where + len(name)]
        registry.add_organization(name, Mention(written, start, start + len(name)))


def _attach_roles(block: Block, registry: _Registry) -> list[RolePhrase]:
    """Give roles to people named right after or right before a role phrase; return the rest."""
    text = registry.text
    stops = frozenset(m.start for p in registry.people for m in p.mentions)
    unattached: list[RolePhrase] = []
    for phrase in find_roles(text, block.start, block.end, stops):
        phrase = _with_quoted_name(text, phrase)  # noqa: PLW2901 - the same phrase, completed
        gap = _APPOSITION_GAP.match(text, phrase.end)
        after = registry.person_at(gap.end()) if gap and gap.end() > phrase.end else None
        before = None
        back = text.rfind(",", block.start, phrase.start)
        if after is None and back >= 0 and _POSTPOSED_GAP.fullmatch(text, back, phrase.start):
            before = registry.person_ending_at(back)
        person = after or before
        if phrase.organization is not None:
            _role_organization(phrase, registry)
        if person is None:
            unattached.append(phrase)
            continue
        person.role = person.role or phrase.nominative
        if phrase.organization is not None and _organization_like(phrase.organization):
            organization = _complement_nominative(phrase.organization)
            person.organization = person.organization or organization
    return unattached


def _with_quoted_name(text: str, phrase: RolePhrase) -> RolePhrase:
    """Return ``phrase`` with the quoted name that follows its organisation word, if any.

    ``директор КП «Полтававодоканал»``: the role runs to the closing quote mark.
    """
    quoted = _QUOTED_TAIL.match(text, phrase.end)
    last = phrase.text.split()[-1] if phrase.text.split() else ""
    if quoted is None or not (last in LEGAL_FORMS or is_organization_noun(last)):
        return phrase
    tail = text[phrase.end : quoted.end()]
    organization = (phrase.organization or last) + tail
    return evolve(
        phrase,
        end=quoted.end(),
        text=phrase.text + tail,
        nominative=phrase.nominative + tail,
        organization=organization,
    )


def _organization_like(name: str) -> bool:
    """Return True for a role's complement that names an organisation (``ХОДА``, ``ради X``)."""
    if name in OTHER_ACRONYMS or name in LEGAL_FORMS:
        return False
    if name.split(maxsplit=1)[0] in LEGAL_FORMS:
        return True  # ``КП «Полтававодоканал»``
    if is_acronym(name) or _LATIN_NAME.fullmatch(name):
        return True
    return any(is_organization_noun(word) for word in name.split())


def _role_organization(phrase: RolePhrase, registry: _Registry) -> None:
    """Add the organisation named in a role's complement when it is clearly one."""
    name = phrase.organization
    if name is None:
        return
    if _organization_like(name):
        start = registry.text.find(name, phrase.start, phrase.end)
        registry.add_organization(
            _complement_nominative(name), Mention(name, start, start + len(name))
        )


def _complement_nominative(name: str) -> str:
    """Return an organisation named in a role's genitive complement in the nominative.

    ``Житомирської міської ради`` -> ``Житомирська міська рада``; acronyms and Latin-script
    names (``ХОДА``, ``Kharkiv IT Cluster``) stay as written.
    """
    first = name.split(maxsplit=1)[0]
    if is_acronym(first) or is_latin(first):
        return name
    return to_nominative(name, case="gent")


def _pair_headline_roles(
    blocks: Sequence[Block], unattached: dict[int, list[RolePhrase]], registry: _Registry
) -> None:
    """Pair two roles of the headline with two coordinated names of the first paragraph."""
    if len(blocks) < 2 or blocks[0].kind != "headline" or blocks[1].kind != "text":
        return
    roles = unattached.get(0, [])
    if len(roles) != 2:
        return
    text = registry.text
    lead = blocks[1]
    sentence_end = text.find(".", lead.start, lead.end)
    limit = lead.end if sentence_end < 0 else sentence_end
    people: list[tuple[Mention, _Person]] = sorted(
        (
            (m, p)
            for p in registry.people
            for m in p.mentions
            if lead.start <= m.start and m.end <= limit
        ),
        key=lambda pair: pair[0].start,
    )
    if len(people) != 2 or people[0][1] is people[1][1]:
        return
    if not _COORDINATED.fullmatch(text, people[0][0].end, people[1][0].start):
        return
    for phrase, (_, person) in zip(roles, people, strict=True):
        person.role = person.role or phrase.nominative
        if phrase.organization is not None and _organization_like(phrase.organization):
            person.organization = person.organization or phrase.organization


def _find_organizations(block: Block, registry: _Registry) -> None:
    """Add Latin-script names and acronyms (an acronym the text paired with a name joins it)."""
    text = registry.text
    for match in _LATIN_NAME.finditer(text, block.start, block.end):
        if not registry.overlaps(match.start(), match.end()):
            registry.add_organization(
                match.group(), Mention(match.group(), match.start(), match.end())
            )
    covered = frozenset(registry.covered)
    for found in find_acronyms(text, block.start, block.end, covered):
        registry.add_found(found)


def _find_phrases(block: Block, registry: _Registry) -> None:
    """Add organisations named by proper noun phrases (``Верховна Рада``)."""
    stops = frozenset(registry.person_offsets())
    for found in find_organization_phrases(registry.text, block.start, block.end, stops):
        if not registry.overlaps(found.start, found.end):
            registry.add_found(found)


def _find_repeats(block: Block, registry: _Registry) -> None:
    """Add later mentions of known organisations: declined one-word names and short forms.

    ``Юнітрансу`` repeats ``компанія «Юнітранс»``; ``обласної ради`` repeats the one
    ``Волинська обласна рада`` of the text (only when a single organisation fits).
    """
    text = registry.text
    single: dict[str, str] = {}
    for key, organization in registry.organizations.items():
        if organization.kind is not ParticipantKind.ORGANIZATION:
            continue
        words = [m.text for m in organization.mentions]
        words += _QUOTED_WORD.findall(organization.name)
        for word in words:
            if " " not in word and is_capitalised(word) and not word.isupper():
                single.setdefault(word.lower(), key)
    tokens = tokenize(text, block.start, block.end)
    for index, token in enumerate(tokens):
        if registry.overlaps(token.start, token.end):
            continue
        if is_capitalised(token.text) and not token.text.isupper():
            keys = {single[lemma] for lemma in lemmas(token.text) if lemma in single}
            if token.text.lower() in single:
                keys = {single[token.text.lower()]}
            if len(keys) == 1:
                organization = registry.organizations[keys.pop()]
                registry.add_organization(
                    organization.name, Mention(token.text, token.start, token.end)
                )
            continue
        _short_form(tokens, index, registry)


def _short_form(tokens: Sequence[Token], index: int, registry: _Registry) -> None:
    """Add ``обласної ради`` as a mention of the one known organisation it shortens."""
    text = registry.text
    head = tokens[index]
    if not is_organization_noun(head.text) or index == 0:
        return
    adjective = tokens[index - 1]
    if is_capitalised(adjective.text) or adjective.start in registry.covered:
        return
    if not text[adjective.end : head.start].isspace():
        return
    tail = nominative_tail([adjective.text, head.text])
    if len(tail.split()) != 2:
        return
    matches = [
        key
        for key, o in registry.organizations.items()
        if o.kind is ParticipantKind.ORGANIZATION
        and len(o.name.split()) > 2
        and o.name.lower().endswith(" " + tail)
    ]
    if len(matches) == 1:
        organization = registry.organizations[matches[0]]
        written = text[adjective.start : head.end]
        registry.add_organization(organization.name, Mention(written, adjective.start, head.end))


def _find_quoted_organizations(block: Block, registry: _Registry) -> None:
    """Add quoted names after an organisation word (``ТОВ «X»``, ``компанії «Y»``)."""
    for found in find_quoted_organizations(registry.text, block.start, block.end):
        registry.add_found(found)


def _head_lemmas(word: str) -> frozenset[str]:
    """Return the lemmas of ``word`` and, for a hyphenated word, of its last part."""
    found = lemmas(word)
    if "-" in word:
        found |= lemmas(word.rsplit("-", 1)[1])
    return found


def _plural(word: str) -> bool:
    """Return True when every reading of ``word`` is plural (``представники``, ``членами``)."""
    parses = parse_word(word.lower())
    return bool(parses) and all("plur" in parse.tag for parse in parses)


def _named(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when ``tokens[first:last + 1]`` hold a proper name (not by position only)."""
    return any(
        is_acronym(token.text)
        or is_latin(token.text)
        or (is_capitalised(token.text) and not sentence_initial(text, token.start))
        for token in tokens[first : last + 1]
    )


def _coordinated_complement(
    text: str, tokens: Sequence[Token], last: int, stops: frozenset[int]
) -> int:
    """Return the last word of a complement with any coordinated named genitive after it.

    ``делегація міста Альбукерке та Кремнієвої долини``: a conjunct joins the complement when
    the complement before it holds a proper name and the conjunct is a genitive phrase that
    opens with one (``та мерії Харкова`` opens with a common noun: a second party, not part of
    the complement).
    """
    conjunction = last + 1
    if (
        conjunction + 1 >= len(tokens)
        or tokens[conjunction].text not in COORDINATORS
        or not _adjacent_words(text, tokens[last], tokens[conjunction])
    ):
        return last
    opening = tokens[conjunction + 1]
    if opening.start in stops or not (is_capitalised(opening.text) or is_latin(opening.text)):
        return last
    end, _, _ = extend_right(text, tokens, conjunction, stops)
    return last if end == conjunction else end


def _adjacent_words(text: str, left: Token, right: Token) -> bool:
    """Return True when only spaces on one line separate two words."""
    gap = text[left.end : right.start]
    return bool(gap) and gap.isspace() and "\n" not in gap


def _group_at(text: str, tokens: Sequence[Token], index: int, stops: frozenset[int]) -> int | None:
    """Return the last word of a group named from ``tokens[index]`` on, or None if none is."""
    word = tokens[index].text
    found = _head_lemmas(word)
    if not found & _GROUP_HEADS:
        return None  # most words head no group: spare the complement search
    last, _, _ = extend_right(text, tokens, index, stops)
    if last == index:
        return None
    if found & GROUP_NOUNS:
        pass
    elif found & COLLECTIVE_NOUNS or (found & MEMBER_NOUNS and _plural(word)):
        if not _named(text, tokens, index + 1, last):
            return None
        if _head_lemmas(tokens[index + 1].text) & GROUP_NOUNS:
            return None  # ``члени делегації ...``: the delegation is the participant
    else:
        return None
    if _named(text, tokens, index + 1, last):
        last = _coordinated_complement(text, tokens, last, stops)
    return last


def _group_adjective(text: str, word: Token, noun: Token) -> bool:
    """Return True for an adjective right before a group noun that is part of its name.

    ``Аграрний сектор``: lower case, or capitalised only because it opens a sentence.
    """
    if not _adjacent_words(text, word, noun):
        return False
    if is_capitalised(word.text) and not sentence_initial(text, word.start):
        return False
    noun_cases = {str(p.tag.case) for p in parse_word(noun.text.lower()) if p.tag.case}
    return any(
        parse.tag.POS == "ADJF" and str(parse.tag.case) in noun_cases
        for parse in parse_word(word.text.lower())
    )


def _find_groups(block: Block, registry: _Registry) -> None:
    """Add groups: ``делегація міста-побратима Альбукерке``, ``представники США``."""
    text = registry.text
    tokens = tokenize(text, block.start, block.end)
    stops = frozenset(m.start for p in registry.people for m in p.mentions)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        last = _group_at(text, tokens, index, stops)
        if last is None or registry.overlaps(token.start, token.end):
            index += 1
            continue
        first = index
        while first > 0 and _group_adjective(text, tokens[first - 1], tokens[first]):
            first -= 1
        opening = tokens[first]
        head = to_nominative(text[opening.start : token.end])
        if is_capitalised(head) and sentence_initial(text, opening.start):
            head = head[:1].lower() + head[1:]
        end = tokens[last].end
        name = head + text[token.end : end]
        registry.add_organization(
            name, Mention(text[opening.start : end], opening.start, end), ParticipantKind.GROUP
        )
        index = last + 1


def _organization_mentions(registry: _Registry) -> None:
    """Add every further occurrence of each organisation's written forms."""
    text = registry.text
    for organization in registry.organizations.values():
        forms = {m.text for m in organization.mentions if is_latin(m.text.split(maxsplit=1)[0])}
        for form in forms:
            for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                mention = Mention(form, match.start(), match.end())
                if not registry.inside_organization(mention):
                    organization.mentions.append(mention)


def _in_place_name(text: str, found: NameSpan) -> bool:
    """Return True for a name that is part of a place's name (``вулиці Шевченка``, ``ім. X``)."""
    before = text[max(0, found.start - 40) : found.start]
    abbreviation = _PLACE_NAME_ABBREVIATION.search(before)
    if abbreviation is not None:
        return abbreviation.group(1).lower() in PLACE_NAME_ABBREVIATIONS
    words = tokenize(before)
    if not words or not before[words[-1].end :].isspace():
        return False
    word = words[-1].text.lower()
    return word in PLACE_NAME_MARKERS or bool(lemmas(word) & PLACE_NAME_MARKERS)


def _find_people(body: Sequence[Block], registry: _Registry) -> None:
    """Add the people named in the body: full names first, then lone repeated words."""
    text = registry.text
    for block in body:
        for found in find_names(text, block.start, block.end):
            if _in_place_name(text, found):
                registry.covered.update(range(found.start, found.end))
            elif not registry.overlaps(found.start, found.end):
                registry.add_name(found)
    registry.merge_case_variants()
    for block in body:
        for token in tokenize(text, block.start, block.end):
            if is_capitalised(token.text) and not token.text.isupper():
                registry.add_lone_word(token)


def extract_participants(
    item: NewsItem,
) -> tuple[tuple[Participant, ...], tuple[str | None, ...]]:
    """Return the item's participants and, per paragraph, the speaker id (or None)."""
    text = item.text
    blocks = list(iter_blocks(item))
    registry = _Registry(text)
    speakers = _read_captions(item, blocks, registry)
    body = [block for block in blocks if block.kind != "caption"]
    for block in body:
        _find_quoted_organizations(block, registry)
    _find_people(body, registry)
    for block in body:
        _find_phrases(block, registry)
    unattached = {index: _attach_roles(block, registry) for index, block in enumerate(blocks)}
    _pair_headline_roles(blocks, unattached, registry)
    for block in body:
        _find_organizations(block, registry)
        _find_groups(block, registry)
    for block in body:
        _find_repeats(block, registry)
    _organization_mentions(registry)
    participants, ids = _assign_ids(registry)
    paragraph_speakers = tuple(
        ids[id(speakers[index])] if index in speakers else None
        for index in range(len(item.paragraphs))
    )
    return participants, paragraph_speakers


def _assign_ids(registry: _Registry) -> tuple[tuple[Participant, ...], dict[int, str]]:
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
