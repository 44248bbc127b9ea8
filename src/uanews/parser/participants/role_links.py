"""Roles: role phrases given to the people they describe, and the organisations they name.

A role phrase right before a name (``глава ХОДА Олексій Кучер``) or right after it between
commas gives that person a role; when a headline names two roles (``Глава ХОДА зустрівся з
послом``) and the next paragraph two people (``Зустріч Олексія Кучера і ...``), they are paired
in order. An organisation in a role's complement (``директор КП «X»``) is a participant too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from uanews.align import Block
from uanews.model import Mention
from uanews.parser.language import pick
from uanews.parser.morph import parse_word, to_nominative
from uanews.parser.participants import lexicon_ru as ru
from uanews.parser.participants.lexicon import (
    APPOINTING_VERBS,
    BOARD_NOUNS,
    LEGAL_FORMS,
    NON_ORGANIZATION_NAMES,
    OTHER_ACRONYMS,
    VEHICLE_NOUNS,
)
from uanews.parser.participants.organizations import (
    LATIN_NAME,
    find_quoted_organizations,
    heads_quoted_name,
    is_organization_noun,
)
from uanews.parser.participants.registry import PersonDraft, Registry
from uanews.parser.participants.roles import (
    RolePhrase,
    find_roles,
    is_acronym,
    is_latin,
    lemmas,
)

__all__ = ["attach_roles", "organization_like", "pair_headline_roles"]

_APPOSITION_GAP = re.compile(r"[^\S\n]*")
"""The gap between a role and the name it titles: spaces, never a line break (a role ending
one block titles nobody opening the next)."""
_POSTPOSED_GAP = re.compile(r"\s*[,–—-]\s*")
_COORDINATED = re.compile(r"\s+(?:і|й|та|з|із|зі)\s+")
_QUOTED_TAIL = re.compile(r"[ \t]*«[^»\n]{1,80}»+")
_PLACE_WORD = re.compile(r"[ \t]+([А-ЯІЇЄҐ][а-яіїєґ'’ʼ-]+)[ \t]+")
_VERB_AFTER = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+")
_VERB_BEFORE = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_VERB_REACH = 40
"""How far back a verb before a role phrase is looked for (one word and its spaces)."""


def attach_roles(block: Block, registry: Registry) -> list[RolePhrase]:
    """Give roles to people named right after or right before a role phrase; return the rest."""
    text = registry.text
    stops = registry.person_starts()
    unattached: list[RolePhrase] = []
    for phrase in find_roles(text, block.start, block.end, stops):
        phrase = _with_quoted_name(text, phrase)  # noqa: PLW2901 - the same phrase, completed
        gap = _APPOSITION_GAP.match(text, phrase.end)
        after = registry.person_at(gap.end()) if gap and gap.end() > phrase.end else None
        if after is not None and gap is not None:
            phrase, after = _past_namesake(phrase, after, gap.end(), registry)  # noqa: PLW2901
        if after is None:
            phrase, after = _across_organization(phrase, registry)  # noqa: PLW2901 - completed
        if after is None:
            phrase, after = _across_place_name(phrase, registry)  # noqa: PLW2901 - completed
        before = None
        back = text.rfind(",", block.start, phrase.start)
        if after is None and back >= 0 and _POSTPOSED_GAP.fullmatch(text, back, phrase.start):
            before = registry.person_ending_at(back)
        person = after or before or _appointed(phrase, block.start, registry)
        if phrase.organization is not None:
            _role_organization(phrase, registry)
        if person is None:
            unattached.append(phrase)
            continue
        person.role = person.role or phrase.nominative
        if phrase.organization is not None and organization_like(phrase.organization):
            organization = _complement_nominative(phrase.organization)
            person.organization = person.organization or organization
    return unattached


def _past_namesake(
    phrase: RolePhrase, person: PersonDraft, start: int, registry: Registry
) -> tuple[RolePhrase, PersonDraft]:
    """Return ``phrase`` run over a declined name it governs, and the person named after it.

    ``директор музею Івана Котляревського Олена Дяківська``, ``заступник Олега Гнатюченка
    Ірина Гук``: a name declined right after the role, followed at once by a full name in
    the nominative, is the role's complement (the namesake of its body, or the person it is
    relative to); the nominative name holds the role, which takes the declined one. A person
    named alone after the role keeps it.
    """
    text = registry.text
    mention = next((m for m in person.mentions if m.start == start), None)
    if mention is None or mention.text == person.name() or person.first is None:
        return phrase, person
    gap = _APPOSITION_GAP.match(text, mention.end)
    if gap is None or gap.end() == mention.end:
        return phrase, person
    holder = registry.person_at(gap.end())
    if holder is None or holder is person or holder.first is None:
        return phrase, person
    named = next((m for m in holder.mentions if m.start == gap.end()), None)
    if named is None or named.text != holder.name():
        return phrase, person
    tail = text[phrase.end : mention.end]
    completed = evolve(
        phrase, end=mention.end, text=phrase.text + tail, nominative=phrase.nominative + tail
    )
    return completed, holder


def _appointed(phrase: RolePhrase, start: int, registry: Registry) -> PersonDraft | None:
    """Return the person an appointing verb next to ``phrase`` gives its position, or None.

    ``Заступником мера призначили Ярину Ковтунович``, ``Ярину Ковтунович обрали головою ради``:
    a role in the instrumental that such a verb (`lexicon.APPOINTING_VERBS`) governs is the
    position of the person the verb names right on its other side. After a preposition the
    instrumental is no position (``з директором школи``, ``перед головою ради``).
    """
    text = registry.text
    low = max(start, phrase.start - _VERB_REACH)
    word = _WORD_BEFORE.search(text, low, phrase.start)
    if word is not None and _preposition(word.group(1)):
        return None
    if not any(parse.tag.case == "ablt" for parse in parse_word(phrase.text.split()[0].lower())):
        return None
    verbs = pick(APPOINTING_VERBS, ru.APPOINTING_VERBS)
    verb = _VERB_AFTER.match(text, phrase.end)
    if verb is not None and lemmas(verb.group(1)) & verbs:
        return registry.person_at(verb.end())
    verb = _VERB_BEFORE.search(text, low, phrase.start)
    if verb is not None and lemmas(verb.group(1)) & verbs:
        return registry.person_ending_at(verb.start())
    return None


def _preposition(word: str) -> bool:
    """Return True for a word the dictionary reads first as a preposition."""
    parses = parse_word(word.lower())
    return bool(parses) and parses[0].tag.POS == "PREP"


def _across_organization(
    phrase: RolePhrase, registry: Registry
) -> tuple[RolePhrase, PersonDraft | None]:
    """Return ``phrase`` run to the end of the organisation it opens, and the person named next.

    ``директор Інституту історії Іван Петренко``, ``голова правління НЕК «Укренерго» Володимир
    Кудрицький``: the role's complement stops inside an organisation's name that the
    organisation rules read whole; the role takes the whole name.
    """
    text = registry.text
    # Organisation mentions starting inside the phrase and running past it, in registry order.
    for entry in registry.organization_mentions().first_across(phrase.start, phrase.end):
        mention = entry.mention
        gap = _APPOSITION_GAP.match(text, mention.end)
        person = registry.person_at(gap.end()) if gap and gap.end() > mention.end else None
        if person is None:
            continue
        tail = text[phrase.end : mention.end]
        completed = evolve(
            phrase,
            end=mention.end,
            text=phrase.text + tail,
            nominative=phrase.nominative + tail,
            organization=mention.text,
        )
        return completed, person
    return phrase, None


def _across_place_name(
    phrase: RolePhrase, registry: Registry
) -> tuple[RolePhrase, PersonDraft | None]:
    """Return ``phrase`` with one capitalised word after it, and the person named right after.

    ``міський голова Ромен Петро Коваленко``: a place's name the dictionary cannot read as a
    genitive stands between the role and the person; it completes the role.
    """
    text = registry.text
    word = _PLACE_WORD.match(text, phrase.end)
    if word is None or registry.overlaps(word.start(1), word.end(1)) or word.group(1).isupper():
        return phrase, None
    person = registry.person_at(word.end())
    if person is None:
        return phrase, None
    tail = text[phrase.end : word.end(1)]
    completed = evolve(
        phrase, end=word.end(1), text=phrase.text + tail, nominative=phrase.nominative + tail
    )
    return completed, person


def _with_quoted_name(text: str, phrase: RolePhrase) -> RolePhrase:
    """Return ``phrase`` with the quoted name that follows its organisation word, if any.

    ``директор КП «Полтававодоканал»``, ``тренер команди «Сокіл»``: the role runs to the
    closing quote mark; so it does after a board (`lexicon.BOARD_NOUNS`: ``голова правління
    «Укргазбанку»``), whose quoted name is the body it governs.
    """
    quoted = _QUOTED_TAIL.match(text, phrase.end)
    last = phrase.text.split()[-1] if phrase.text.split() else ""
    if quoted is None:
        return phrase
    tail = text[phrase.end : quoted.end()]
    if heads_quoted_name(last):
        organization = (phrase.organization or last) + tail
    elif lemmas(last) & pick(BOARD_NOUNS, ru.BOARD_NOUNS):
        organization = phrase.organization or tail.strip()  # the body the board governs
    else:
        return phrase
    return evolve(
        phrase,
        end=quoted.end(),
        text=phrase.text + tail,
        nominative=phrase.nominative + tail,
        organization=organization,
    )


def organization_like(name: str) -> bool:
    """Return True for a role's complement that names an organisation (``ХОДА``, ``ради X``).

    A state or a union of states named by an organisation noun (`NON_ORGANIZATION_NAMES`:
    ``Європейського союзу``, ``Евросоюза``) is none, as its acronym (``ЄС``) is none.
    """
    if name in pick(OTHER_ACRONYMS, ru.OTHER_ACRONYMS) or name in pick(LEGAL_FORMS, ru.LEGAL_FORMS):
        return False
    if " ".join(_complement_nominative(name).lower().split()) in pick(
        NON_ORGANIZATION_NAMES, ru.NON_ORGANIZATION_NAMES
    ):
        return False  # ``посла Європейського союзу``: a union of states, as ``ЄС`` is
    first, _, rest = name.partition(" ")
    if first in LEGAL_FORMS or (rest.startswith("«") and is_acronym(first)):
        return True  # ``КП «Полтававодоканал»``, ``НЕК «Укренерго»``
    before_quote = name.split("«", 1)[0].split()
    if "«" in name and before_quote and heads_quoted_name(before_quote[-1]):
        return True  # ``команди «Сокіл»``
    if is_acronym(name) or LATIN_NAME.fullmatch(name):
        return True
    return any(is_organization_noun(word) for word in name.split())


def _driven(phrase: RolePhrase, name: str) -> bool:
    """Return True when the Latin ``name`` follows a driver noun (``Водитель Mercedes-Benz``).

    The make and model a driver drives (`lexicon.VEHICLE_NOUNS`) is no organisation, as after
    a vehicle noun (`organization_mentions`).
    """
    head = phrase.text.split(maxsplit=1)[0]
    driver = bool(lemmas(head) & pick(VEHICLE_NOUNS, ru.VEHICLE_NOUNS))
    return driver and LATIN_NAME.fullmatch(name) is not None


def _role_organization(phrase: RolePhrase, registry: Registry) -> None:
    """Add the organisation named in a role's complement when it is clearly one."""
    name = phrase.organization
    if name is None:
        return
    if not organization_like(name) or _driven(phrase, name):
        return
    nominative = _complement_nominative(name)
    start = registry.text.find(name, phrase.start, phrase.end)
    if "«" in name:
        # A quoted name is registered as the quoted-name rules read it: ``секти «X»`` is
        # mentioned as ``X``, ``КП «X»`` keeps its legal form.
        quoted = find_quoted_organizations(registry.text, start, start + len(name))
        if quoted:
            for found in quoted:
                registry.add_found(found)
            return
    registry.add_organization(nominative, Mention(name, start, start + len(name)))


def _complement_nominative(name: str) -> str:
    """Return an organisation named in a role's genitive complement in the nominative.

    ``Житомирської міської ради`` -> ``Житомирська міська рада``; acronyms and Latin-script
    names (``ХОДА``, ``Kharkiv IT Cluster``) stay as written.
    """
    first = name.split(maxsplit=1)[0]
    if is_acronym(first) or is_latin(first):
        return name
    return to_nominative(name, case="gent")


def pair_headline_roles(
    blocks: Sequence[Block], unattached: dict[int, list[RolePhrase]], registry: Registry
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
    people: list[tuple[Mention, PersonDraft]] = sorted(
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
        if phrase.organization is not None and organization_like(phrase.organization):
            person.organization = person.organization or phrase.organization
