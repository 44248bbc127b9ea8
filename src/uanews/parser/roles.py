"""Role phrases (``глава ХОДА``, ``директор департаменту цифрової трансформації``) in text.

A role phrase is a role noun from :data:`~uanews.parser.lexicon_people.ROLE_NOUNS` in any case,
with the adjectives that open it (``Надзвичайний і Повноважний Посол``) and the genitive words
that complete it (``наглядової ради Kharkiv IT Cluster``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from attrs import frozen

from uanews.parser.lexicon_people import ACRONYMS, ROLE_MODIFIERS, ROLE_NOUNS
from uanews.parser.names import (
    Token,
    analyse,
    is_capitalised,
    parse_word,
    sentence_initial,
    tokenize,
)

__all__ = [
    "RolePhrase",
    "extend_right",
    "find_roles",
    "is_acronym",
    "is_latin",
    "lemmas",
    "nominative_phrase",
]

_LATIN = re.compile(r"[A-Za-z][A-Za-z\-]*")
_ROMAN = re.compile(r"[IVXLCDM]+")
_COORDINATION = frozenset({"і", "й", "та"})
_MAX_COMPLEMENT = 6
_LOCATIVE_PREPOSITIONS = frozenset({"в", "у", "при"})


@frozen
class RolePhrase:
    """A role phrase: whole span, the span of its core (up to proper names), and its nominative.

    ``organization`` is the proper-name part of the complement as written (``ХОДА``,
    ``Kharkiv IT Cluster``) or None.
    """

    start: int
    end: int
    core_end: int
    text: str
    nominative: str
    organization: str | None


@functools.lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Return every dictionary lemma of ``word`` (lower case), cached per word form."""
    return frozenset(str(p.normal_form) for p in parse_word(word.lower().replace("’", "'")))


@functools.lru_cache(maxsize=65536)
def _cases(word: str) -> frozenset[str]:
    """Return the grammatical cases ``word`` can be in (empty for words without case)."""
    found: set[str] = set()
    for parse in parse_word(word.lower()):
        if parse.tag.case is not None:
            found.add(str(parse.tag.case))
        if "Fixd" in parse.tag:
            found.add("gent")
    return frozenset(found)


def is_latin(word: str) -> bool:
    """Return True for a word written in Latin letters (``Kharkiv``, ``IT``)."""
    return _LATIN.fullmatch(word) is not None


def is_acronym(word: str) -> bool:
    """Return True for an upper-case abbreviation (``ХОДА``, ``СБУ``), not a roman numeral."""
    if len(word) < 2 or not word.isupper() or _ROMAN.fullmatch(word):
        return False
    if word in ACRONYMS or is_latin(word):
        return True
    info = analyse(word)
    return info.abbreviation or not info.known


@functools.lru_cache(maxsize=65536)
def _adjective(word: str) -> bool:
    """Return True when the likeliest reading of ``word`` is an adjective."""
    parses = parse_word(word.lower())
    return bool(parses) and parses[0].tag.POS == "ADJF"


def _is_role_noun(word: str) -> bool:
    """Return True when ``word`` is a role noun in some case."""
    lowered = word.lower()
    return lowered in ROLE_NOUNS or bool(lemmas(lowered) & ROLE_NOUNS)


def _is_modifier(word: str) -> bool:
    """Return True when ``word`` is an adjective that may open a role phrase."""
    return bool(lemmas(word) & ROLE_MODIFIERS)


def _adjacent(text: str, left: Token, right: Token) -> bool:
    """Return True when only one run of spaces (no newline) separates two words."""
    gap = text[left.end : right.start]
    return bool(gap) and gap.isspace() and "\n" not in gap


def _complement_word(token: Token) -> bool:
    """Return True for a word that can continue a role's genitive complement."""
    word = token.text
    if is_latin(word) or is_acronym(word):
        return True
    parts = word.split("-")
    return all("gent" in _cases(part) for part in parts if part)


def nominative_phrase(words: Sequence[str]) -> list[str]:
    """Return ``words`` (adjectives then a head noun, in one case) put in the nominative."""
    result: list[str] = []
    for word in words:
        if word.lower() in _COORDINATION:
            result.append(word)
            continue
        inflected = None
        for parse in parse_word(word.lower()):
            if parse.tag.case in (None, "nomn"):
                inflected = None
                break
            if parse.tag.POS in ("NOUN", "ADJF"):
                target = {"nomn", "sing"} if "sing" in parse.tag else {"nomn"}
                found = parse.inflect(target)
                if found is not None:
                    inflected = str(found.word)
                    break
        new = word if inflected is None else _copy_case(inflected, word)
        result.append(new)
    return result


def _copy_case(new: str, written: str) -> str:
    """Return ``new`` with the capitalisation of ``written``."""
    if written.isupper() and len(written) > 1:
        return new.upper()
    if written[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _extend_left(text: str, tokens: Sequence[Token], index: int) -> int:
    """Return the index of the first word of a role phrase whose noun is ``tokens[index]``."""
    first = index
    cursor = index - 1
    while cursor >= 0 and _adjacent(text, tokens[cursor], tokens[cursor + 1]):
        word = tokens[cursor].text
        if _is_modifier(word):
            first = cursor
        elif word.lower() in _COORDINATION and cursor > 0 and _is_modifier(tokens[cursor - 1].text):
            cursor -= 1
            first = cursor
        else:
            break
        cursor -= 1
    return first


def extend_right(
    text: str, tokens: Sequence[Token], index: int, stops: frozenset[int] = frozenset()
) -> tuple[int, int, int]:
    """Return indices of the last word of ``tokens[index]``'s complement, core and proper part.

    The core is the complement up to its first proper name (capitalised, acronym or Latin
    word); the proper part ends before a trailing place (``в Україні``). Words starting at an
    offset in ``stops`` end the complement.
    """
    last = core = index
    cursor = index + 1
    proper = False
    while (
        cursor < len(tokens)
        and cursor - index <= _MAX_COMPLEMENT
        and tokens[cursor].start not in stops
        and _adjacent(text, tokens[cursor - 1], tokens[cursor])
        and _complement_word(tokens[cursor])
    ):
        token = tokens[cursor]
        if is_capitalised(token.text) or is_latin(token.text):
            proper = True
        elif proper and not _adjective(tokens[cursor - 1].text):
            # ``Литовської республіки`` goes on after an adjective; ``ради Kharkiv IT`` stops.
            break
        if not proper:
            core = cursor
        last = cursor
        cursor += 1
    proper_last = last
    if (
        proper
        and cursor + 1 < len(tokens)
        and _located(text, tokens[last], tokens[cursor : cursor + 2])
    ):
        last = cursor + 1
    return last, core, proper_last


def _located(text: str, previous: Token, pair: Sequence[Token]) -> bool:
    """Return True for ``в Україні`` after a proper complement (``посол Литви в Україні``)."""
    preposition, place = pair
    return (
        preposition.text in _LOCATIVE_PREPOSITIONS
        and is_capitalised(place.text)
        and _adjacent(text, previous, preposition)
        and _adjacent(text, preposition, place)
        and "loct" in _cases(place.text)
    )


def find_roles(
    text: str, start: int = 0, end: int | None = None, stops: frozenset[int] = frozenset()
) -> list[RolePhrase]:
    """Return the role phrases in ``text[start:end]``; ``stops`` are offsets of name starts.

    A complement never runs into a word starting at one of ``stops`` (a person's name).
    """
    tokens = tokenize(text, start, end)
    phrases: list[RolePhrase] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.start in stops or not _is_role_noun(token.text) or token.text.isupper():
            index += 1
            continue
        first = _extend_left(text, tokens, index)
        last, core, proper_last = extend_right(text, tokens, index, stops)
        head = [t.text for t in tokens[first : index + 1]]
        nominative = nominative_phrase(head)
        rest_start = tokens[index].end
        rest = text[rest_start : tokens[last].end]
        if sentence_initial(text, tokens[first].start):
            # Capital only because of position: ``Глава ХОДА`` opens a sentence.
            nominative[0] = nominative[0][:1].lower() + nominative[0][1:]
        organization = None
        if core < last:
            organization = text[tokens[core + 1].start : tokens[proper_last].end]
        phrase_start = tokens[first].start
        phrases.append(
            RolePhrase(
                start=phrase_start,
                end=tokens[last].end,
                core_end=tokens[core].end,
                text=text[phrase_start : tokens[last].end],
                nominative=" ".join(nominative) + rest,
                organization=organization,
            )
        )
        index = last + 1
    return phrases
