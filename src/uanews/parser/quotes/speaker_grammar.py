"""What the dictionary says about the words that decide who speaks: lemmas, cases, genders.

Every function is a pure lookup over pymorphy3's readings (`morph.parse_word`); the ones asked
about the same word again and again are cached.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from uanews.model import Participant, ParticipantKind
from uanews.parser.language import language_cache, pick
from uanews.parser.morph import parse_word, readings_ranked
from uanews.parser.participants.lexicon import ROLE_NOUNS
from uanews.parser.participants.lexicon_ru import ROLE_NOUNS as ROLE_NOUNS_RU
from uanews.parser.participants.lexicon_ru import ROLE_SYNONYMS as ROLE_SYNONYMS_RU
from uanews.parser.participants.names import name_gender
from uanews.parser.participants.roles import masculine
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.lexicon import (
    COGNATE_SPELLING,
    COORDINATORS,
    GENERIC_SPEAKER_NOUNS,
    RELATIVE_LEMMAS,
    SPOKESPERSON_NOUNS,
    STAFF_NOUNS,
)
from uanews.parser.quotes.text import WORD

__all__ = [
    "case",
    "cognate_key",
    "head_cases",
    "head_gender",
    "head_noun",
    "is_preposition",
    "is_relative",
    "is_role_noun",
    "is_verb_form",
    "lemmas",
    "masculine",
    "nominative",
    "noun_gender",
    "oblique",
    "oblique_name",
    "only_plural",
    "own_name_gender",
    "participant_gender",
    "person_nouns",
    "role_nouns",
    "role_words",
    "titled_head",
    "with_synonyms",
]

WORD_ANSWERS = 65536
"""Answers kept about words (a table per language): the vocabulary of a dump has no end."""

PHRASE_ANSWERS = 16384
"""Answers kept about names, roles and mentions: every item brings new ones."""


_COGNATE = str.maketrans(COGNATE_SPELLING)


def cognate_key(lemma: str) -> str:
    """Return ``lemma`` spelled the same whether Ukrainian or Russian (`COGNATE_SPELLING`)."""
    return lemma.lower().translate(_COGNATE)


@language_cache(maxsize=WORD_ANSWERS)
def lemmas(word: str) -> frozenset[str]:
    """Return the dictionary lemmas of ``word`` (lower-case)."""
    lowered = word.lower().replace("’", "'").replace("ʼ", "'")
    return frozenset(parse.normal_form for parse in parse_word(lowered))


def case(parse: Any) -> str | None:  # noqa: ANN401 - pymorphy3 ships no type information
    """Return the case of a reading; a noun whose dictionary entry marks none is nominative.

    A few entries (``директор``) give the nominative singular no case grammeme at all.
    """
    found: str | None = parse.tag.case
    if found is None and "NOUN" in parse.tag:
        return "nomn"
    return found


@language_cache(maxsize=WORD_ANSWERS)
def noun_gender(word: str) -> str | None:
    """Return the gender of ``word`` read as a singular nominative noun, if only one."""
    genders = {
        parse.tag.gender
        for parse in parse_word(word.lower())
        if "NOUN" in parse.tag
        and "Abbr" not in parse.tag
        and case(parse) == "nomn"
        and parse.tag.number != "plur"
        and parse.tag.gender is not None
    }
    return genders.pop() if len(genders) == 1 else None


@language_cache(maxsize=PHRASE_ANSWERS)
def head_gender(name: str) -> str | None:
    """Return the gender of the noun heading an organisation's name (adjectives skipped)."""
    for word in WORD.findall(name):
        gender = noun_gender(word)
        if gender is not None:
            return gender
        if not any(
            {"ADJF", "PRTF"} & set(parse.tag.grammemes) for parse in parse_word(word.lower())
        ):
            return None
    return None


@language_cache(maxsize=PHRASE_ANSWERS)
def _role_gender(role: str) -> str | None:
    """Return the gender of the first role noun of ``role`` (``директорка`` is feminine).

    A noun of common gender (``глава``, ``судья``: pymorphy3's ``ms-f``) names men and women
    alike: it gives none, whatever gender its other readings (``глава`` of a book) have.
    """
    for word in WORD.findall(role):
        found = lemmas(word)
        roles = pick(ROLE_NOUNS, ROLE_NOUNS_RU)
        if not found & roles and not {masculine(lemma) for lemma in found} & roles:
            continue
        if any(_COMMON_GENDER in parse.tag.grammemes for parse in parse_word(word.lower())):
            return None
        return noun_gender(word)
    return None


_COMMON_GENDER = "ms-f"
"""pymorphy3's grammeme of a noun of common gender (``глава``, ``судья``)."""


def participant_gender(participant: Participant) -> str | None:
    """Return the grammatical gender of a participant, or None if unclear.

    A person's comes from the name, else from the role noun (``письменник``, ``директорка``);
    an organisation's from the noun that heads its name (``суд``, ``рада``).
    """
    if participant.kind is ParticipantKind.ORGANIZATION:
        return head_gender(participant.name)
    if participant.kind is not ParticipantKind.PERSON:
        return None
    gender = own_name_gender(participant)
    if gender is not None:
        return gender
    return None if participant.role is None else _role_gender(participant.role)


def own_name_gender(participant: Participant) -> str | None:
    """Return the gender a person's name shows (``Ольга``), not the role; None if it shows none.

    A surname ending in a consonant that the text declines as a man's (`declined_as_man`)
    makes the person a man whatever the dictionary says of the first name (``Хельге``, which
    the Russian dictionary lists only as a woman's).
    """
    if declined_as_man(participant):
        return "masc"
    for word in WORD.findall(participant.name):
        gender = name_gender(word)
        if gender is not None:
            return gender
    return None


_MASCULINE_ONLY_ENDINGS = ("ом", "ем", "ём", "єм", "ові", "еві", "єві")
"""Case endings a surname ending in a consonant takes only as a man's: the instrumental
(``Сваннеландом``, ``Ковальчуком``) and the Ukrainian dative (``Ковальчукові``). A woman's
such surname is not declined (``с Анной Ковальчук``); the genitive and dative endings ``-а``,
``-у`` are left out, since ``Иванова`` and ``Иванову`` are a woman's forms too."""


def declined_as_man(participant: Participant) -> bool:
    """Return True if a mention declines the person's surname with a man's ending only.

    The surname is the name's last word, ending in a consonant (``Сваннеланд``); a mention
    word made of it and one of `_MASCULINE_ONLY_ENDINGS` shows a man.
    """
    words = WORD.findall(participant.name)
    if len(words) < 2 or not words[-1][-1:].isalpha() or words[-1][-1:].lower() in _VOWELS:
        return False
    surname = words[-1].lower()
    return any(
        word.lower().startswith(surname) and word.lower()[len(surname) :] in _MASCULINE_ONLY_ENDINGS
        for mention in participant.mentions
        for word in WORD.findall(mention.text)
    )


_VOWELS = frozenset("аеєиіїоуюяыэёйь")
"""Letters a surname ending in a consonant does not end in (``й``, ``ь`` end adjectival and
soft stems, whose instrumental is no plain ending added)."""


@language_cache(maxsize=PHRASE_ANSWERS)
def role_words(role: str) -> frozenset[str]:
    """Return the lemmas of the words of a role, with the synonyms of its role nouns.

    Of the role nouns, only each part's head counts: a role noun after the first one of its
    part is a genitive complement naming someone else's office (``заступниця голови ОВА``,
    ``советник мэра``: a deputy and an adviser, not the head or the mayor). Parts are what a
    comma or a conjunction joins (``депутат і член комісії``).
    """
    roles = pick(ROLE_NOUNS, ROLE_NOUNS_RU)
    joiners = pick(COORDINATORS, ru.COORDINATORS)
    found: set[str] = set()
    headed = False
    for match in _ROLE_TOKEN.finditer(role):
        word = match.group()
        if word.lower() in joiners:
            headed = False
            continue
        word_lemmas = lemmas(word)
        head, hyphen, _rest = word.partition("-")
        if hyphen and lemmas(head) & roles:
            # ``врач-инфекционист`` is a ``врач``: the compound's role noun names it too.
            word_lemmas |= lemmas(head)
        is_role = bool(word_lemmas & roles or {masculine(lemma) for lemma in word_lemmas} & roles)
        if is_role and headed:
            continue  # ``голови`` in ``заступниця голови ОВА``: whose deputy she is
        headed = headed or is_role
        found |= word_lemmas
    return with_synonyms(frozenset(found))


def is_role_noun(word: str) -> bool:
    """Return True if ``word`` is a form of a role noun (``голови``, ``заступниця``)."""
    found = lemmas(word)
    roles = pick(ROLE_NOUNS, ROLE_NOUNS_RU)
    return bool(found & roles or {masculine(lemma) for lemma in found} & roles)


_ROLE_TOKEN = re.compile(r"[^\W\d_][\w'’ʼ\-]*|[,;]")


def with_synonyms(found: frozenset[str]) -> frozenset[str]:
    """Return the role lemmas ``found`` and the role nouns of the same posts (``мэр``)."""
    synonyms = pick({}, ROLE_SYNONYMS_RU)
    return found.union(*(synonyms.get(lemma, ()) for lemma in found))


@language_cache(maxsize=PHRASE_ANSWERS)
def role_nouns(role: str) -> frozenset[str]:
    """Return the lemmas of the lower-case nominative nouns of a role.

    A function word is none, whatever else the dictionary reads it as: Russian ``в``, ``с``,
    ``о`` are also the indeclinable abbreviations of letters, "nouns in the nominative", but in
    ``начальник управления ГСЧС в Одесской области`` ``в`` is the preposition; read as a role
    noun it would make every ``В компании ответили`` name the chief.
    """
    return frozenset(
        parse.normal_form
        for word in WORD.findall(role)
        if word[:1].islower() and not _function_word(word)
        for parse in parse_word(word.lower())
        if "NOUN" in parse.tag and case(parse) == "nomn"
    )


@language_cache(maxsize=WORD_ANSWERS)
def _function_word(word: str) -> bool:
    """Return True if the dictionary reads ``word`` as a preposition, conjunction or particle."""
    return any(parse.tag.POS in _FUNCTION_POS for parse in parse_word(word.lower()))


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL"})
"""Parts of speech of function words (pymorphy3's tags): no noun of a role."""


def person_nouns(word: str) -> frozenset[str]:
    """Return the role or speaker nouns (masculine lemmas) ``word`` is a form of."""
    found = lemmas(word)
    found |= {masculine(lemma) for lemma in found}
    return found & (
        pick(ROLE_NOUNS, ROLE_NOUNS_RU)
        | pick(GENERIC_SPEAKER_NOUNS, ru.GENERIC_SPEAKER_NOUNS)
        | pick(SPOKESPERSON_NOUNS, ru.SPOKESPERSON_NOUNS)
        | pick(STAFF_NOUNS, ru.STAFF_NOUNS)
    )


@language_cache(maxsize=PHRASE_ANSWERS)
def oblique_name(mention: str) -> bool:
    """Return True if a word of a person's ``mention`` cannot be nominative (`oblique`).

    A person's name is animate: a reading as an inanimate noun is another word spelt alike
    (``Енгельстад`` read as a genitive plural of ``стадо``-like nouns) and does not count.
    """
    for word in WORD.findall(mention):
        parses = [
            parse
            for parse in parse_word(word.lower())
            if not ("NOUN" in parse.tag and "inan" in parse.tag)
        ]
        if parses and not any(parse.tag.case in {"nomn", "voct"} for parse in parses):
            return True
    return False


@language_cache(maxsize=PHRASE_ANSWERS)
def oblique(mention: str) -> bool:
    """Return True if a word of ``mention`` cannot be nominative: it is not a clause's subject.

    A vocative reading counts as nominative: indeclinable surnames (``Ціпко``) read as one.
    """
    for word in WORD.findall(mention):
        parses = parse_word(word.lower())
        if parses and not any(parse.tag.case in {"nomn", "voct"} for parse in parses):
            return True
    return False


@language_cache(maxsize=PHRASE_ANSWERS)
def head_cases(mention: str, *, last: bool) -> frozenset[str]:
    """Return the cases the head of ``mention`` can be in, the vocative aside.

    The head is the first declinable word, or the last one (a person's surname) if ``last``.
    """
    found = WORD.findall(mention)
    for word in reversed(found) if last else found:
        cases = frozenset(
            parse.tag.case
            for parse in parse_word(word.lower())
            if parse.tag.case is not None and parse.tag.case != "voct"
        )
        if cases:
            return cases
    return frozenset()


@language_cache(maxsize=PHRASE_ANSWERS)
def head_noun(name: str) -> str | None:
    """Return the lemma of the first lower-case nominative noun of an organisation's name.

    A word read first as an adjective is none, even if a rarer reading makes it a noun
    (Russian ``городской``, which the dictionary also lists as a noun for a townsman); nor is
    a function word (``ГСЧС в Одесской области``: ``в`` is no head, see `role_nouns`).
    """
    for word in WORD.findall(name):
        parses = parse_word(word.lower())
        if (parses and parses[0].tag.POS == "ADJF") or _function_word(word):
            continue
        for parse in parses:
            if "NOUN" in parse.tag and case(parse) == "nomn" and word[:1].islower():
                return str(parse.normal_form)
    return None


@language_cache(maxsize=65536)
def is_relative(word: str) -> bool:
    """Return True if ``word`` is a form of a relative pronoun (``яке``, ``котрого``)."""
    return any(
        parse.normal_form in pick(RELATIVE_LEMMAS, ru.RELATIVE_LEMMAS) and "NPRO" in parse.tag
        for parse in parse_word(word.lower())
    )


@language_cache(maxsize=65536)
def is_preposition(word: str) -> bool:
    """Return True if ``word`` can be a preposition."""
    return any("PREP" in parse.tag for parse in parse_word(word.lower()))


@language_cache(maxsize=65536)
def is_verb_form(word: str) -> bool:
    """Return True if ``word`` can be a verb."""
    return any("VERB" in parse.tag for parse in parse_word(word.lower()))


@language_cache(maxsize=65536)
def nominative(word: str) -> bool:
    """Return True if ``word`` can be a noun in nominative."""
    return any("NOUN" in parse.tag and case(parse) == "nomn" for parse in parse_word(word.lower()))


@language_cache(maxsize=65536)
def only_plural(word: str) -> bool:
    """Return True if ``word`` is a plural subject: every nominative noun reading is plural.

    Where the dictionary ranks readings (`readings_ranked`), a word whose likeliest reading is
    not nominative is no subject at all (Russian ``головы`` is mostly a genitive singular).
    """
    parses = parse_word(word.lower())
    nouns = [parse for parse in parses if "NOUN" in parse.tag and case(parse) == "nomn"]
    if nouns and readings_ranked() and case(parses[0]) != "nomn":
        return False
    return bool(nouns) and all(parse.tag.number == "plur" for parse in nouns)


_TITLE_REACH = 3
"""The role noun that titles a speaker is among his title's first words (``головний лікар``)."""


def titled_head(found: Sequence[str]) -> int | None:
    """Return the index of the role noun ``found`` opens with, after adjectives only, or None.

    ``Головний лікар``, ``Миколаївський міський голова``: a title in the nominative singular,
    its head a role noun (``директор``, whose entry marks no case, is nominative: `case`);
    ``отчет главы ...`` (a noun first) titles no speaker, nor does a plural (``Синоптики``,
    ``Лікарі``): it names a group, not the one person the words are of.
    """
    for index, word in enumerate(found[:_TITLE_REACH]):
        parses = parse_word(word.lower())
        if person_nouns(word) and any(
            case(parse) == "nomn" and parse.tag.number != "plur" for parse in parses
        ):
            return index
        if not any(parse.tag.POS in {"ADJF", "PRTF"} for parse in parses):
            return None
    return None
