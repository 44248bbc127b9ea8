"""Role phrases (``глава ХОДА``, ``директор департаменту цифрової трансформації``) in text.

A role phrase is a role noun from `uanews.parser.participants.lexicon.ROLE_NOUNS` in any case,
with the adjectives that open it (``Надзвичайний і Повноважний Посол``) and the genitive words
that complete it (``наглядової ради Kharkiv IT Cluster``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from uanews.parser.language import language_cache, pick
from uanews.parser.participants import lexicon_ru as ru
from uanews.parser.participants.lexicon import (
    ACRONYMS,
    FEMININE_ROLE_ENDINGS,
    FIELD_NOUNS,
    ORGANIZATION_NOUNS,
    PLACE_NOUNS,
    RELATIONAL_ENDINGS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_PREFIXES,
    STATUS_MODIFIERS,
)
from uanews.parser.participants.names import (
    Token,
    analyse,
    is_capitalised,
    parse_word,
    sentence_initial,
    tokenize,
)

__all__ = [
    "RolePhrase",
    "case_set",
    "extend_right",
    "find_roles",
    "is_acronym",
    "is_latin",
    "is_role_noun",
    "lemmas",
    "masculine",
    "nominative_phrase",
]

_LATIN = re.compile(r"[A-Za-z][A-Za-z\-]*")
_ROMAN = re.compile(r"[IVXLCDM]+")
_COORDINATION = frozenset({"і", "й", "та"})
_MAX_COMPLEMENT = 6
_LOCATIVE_PREPOSITIONS = frozenset({"в", "у", "при"})
# A feminine role noun is derived only from a masculine one at least this long: ``мерка`` is a
# measure, not a female ``мер``.
_MIN_MASCULINE = 4


@frozen
class RolePhrase:
    """A role phrase: whole span, the span of its core, and its nominative.

    The core (``core_start`` to ``core_end``) is the position itself: the role noun with the
    adjectives that make the title and the complement that names a field (``міністр
    оборони``), without status words (``колишній``), organisations (``директор компанії``,
    ``голова обласної ради``) or proper names. ``organization`` is the proper-name part of the
    complement as written (``ХОДА``, ``Kharkiv IT Cluster``) or None.
    """

    start: int
    end: int
    core_end: int
    core_start: int
    text: str
    nominative: str
    organization: str | None


@language_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Return every dictionary lemma of ``word`` (lower case), cached per word form."""
    return frozenset(str(p.normal_form) for p in parse_word(word.lower().replace("’", "'")))


def masculine(lemma: str) -> str:
    """Return the masculine noun a feminine one is derived from (``заступниця`` -> ``заступник``).

    Any other lemma is returned as it is.
    """
    for feminine, masculine_ending in pick(FEMININE_ROLE_ENDINGS, ru.FEMININE_ROLE_ENDINGS):
        found = lemma[: -len(feminine)] + masculine_ending
        if lemma.endswith(feminine) and len(found) >= _MIN_MASCULINE:
            return found
    return lemma


@language_cache(maxsize=65536)
def _cases(word: str) -> frozenset[str]:
    """Return the grammatical cases ``word`` can be in (empty for words without case)."""
    found: set[str] = set()
    for parse in parse_word(word.lower()):
        if parse.tag.case is not None:
            found.add(str(parse.tag.case))
        if "Fixd" in parse.tag:
            found.add("gent")
    return frozenset(found)


def case_set(word: str) -> frozenset[str]:
    """Return the grammatical cases ``word`` can be in (empty for words without case)."""
    return _cases(word)


def is_role_noun(word: str) -> bool:
    """Return True when ``word`` is a role noun (``посол``, ``віце-прем'єр``) in some case."""
    return _is_role_noun(word)


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


@language_cache(maxsize=65536)
def _adjective(word: str) -> bool:
    """Return True when the likeliest reading of ``word`` is an adjective."""
    parses = parse_word(word.lower())
    return bool(parses) and parses[0].tag.POS == "ADJF"


@language_cache(maxsize=65536)
def _is_role_noun(word: str) -> bool:
    """Return True when ``word`` is a role noun in some case."""
    lowered = word.lower()
    if lowered in pick(ROLE_NOUNS, ru.ROLE_NOUNS) or _role_lemmas(lowered):
        return True
    prefix, _, rest = lowered.partition("-")
    return (
        bool(rest) and prefix in pick(ROLE_PREFIXES, ru.ROLE_PREFIXES) and bool(_role_lemmas(rest))
    )


def _role_lemmas(word: str) -> frozenset[str]:
    """Return the role nouns ``word`` is a form of, a feminine one as its masculine noun."""
    found = lemmas(word)
    return (found | {masculine(lemma) for lemma in found}) & pick(ROLE_NOUNS, ru.ROLE_NOUNS)


def _is_status(word: str) -> bool:
    """Return True for an adjective that tells a role's status, not the role (``колишній``)."""
    return bool(lemmas(word) & pick(STATUS_MODIFIERS, ru.STATUS_MODIFIERS))


@language_cache(maxsize=65536)
def _organization_noun(word: str) -> bool:
    """Return True when ``word`` can be a noun that heads an organisation's name (``ради``)."""
    return any(
        parse.tag.POS == "NOUN"
        and parse.normal_form in pick(ORGANIZATION_NOUNS, ru.ORGANIZATION_NOUNS)
        for parse in parse_word(word.lower())
    )


def _job_core(tokens: Sequence[Token], index: int, core: int) -> int:
    """Return the last word of a role's core: its complement stops before an organisation.

    ``директором компанії``, ``голови обласної ради``: the organisation (with the adjectives
    before its noun) is a participant of its own, not part of the position.
    """
    run_start: int | None = None
    for cursor in range(index + 1, core + 1):
        word = tokens[cursor].text
        if _organization_noun(word) and not lemmas(word) & pick(FIELD_NOUNS, ru.FIELD_NOUNS):
            return (run_start if run_start is not None else cursor) - 1
        adjective = _adjective(word)
        run_start = (cursor if run_start is None else run_start) if adjective else None
    if run_start is not None and run_start > index:
        # Adjectives before a proper name belong to it: ``самопроголошеної ДНР``.
        return run_start - 1
    return core


def _is_modifier(word: str) -> bool:
    """Return True when ``word`` is an adjective that may open a role phrase."""
    return bool(
        lemmas(word)
        & (pick(ROLE_MODIFIERS, ru.ROLE_MODIFIERS) | pick(STATUS_MODIFIERS, ru.STATUS_MODIFIERS))
    )


def _adjacent(text: str, left: Token, right: Token) -> bool:
    """Return True when only one run of spaces (no newline) separates two words."""
    gap = text[left.end : right.start]
    return bool(gap) and gap.isspace() and "\n" not in gap


def _complement_word(token: Token) -> bool:
    """Return True for a word that can continue a role's genitive complement."""
    word = token.text
    if is_latin(word) or is_acronym(word):
        return True
    if _pronoun(word):
        return False
    parts = word.split("-")
    return all("gent" in _cases(part) for part in parts if part)


@language_cache(maxsize=65536)
def _pronoun(word: str) -> bool:
    """Return True when some reading of ``word`` is a pronoun (``якого``, ``всіх``, ``зараз``)."""
    return any(parse.tag.POS == "NPRO" for parse in parse_word(word.lower()))


def nominative_phrase(words: Sequence[str]) -> list[str]:
    """Return ``words`` (adjectives then a head noun, in one case) put in the nominative.

    The words agree in case with the head noun (the last word), so an adjective is read in the
    head's case first: Russian ``Городской`` before ``голова`` is nominative, not the feminine
    genitive it can also be.
    """
    roles = pick(ROLE_NOUNS, ru.ROLE_NOUNS)
    head_case = _head_case(words[-1], roles) if words else None
    result: list[str] = []
    for index, word in enumerate(words):
        if word.lower() in _COORDINATION:
            result.append(word)
            continue
        inflected = None
        agree = head_case if index < len(words) - 1 else None
        # A role noun's own reading first: ``голові`` is ``голова``, not ``гол``.
        parses = sorted(
            parse_word(word.lower()),
            key=lambda p: (
                p.normal_form not in roles,
                agree is not None and p.tag.case != agree,
            ),
        )
        for parse in parses:
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


def _head_case(word: str, roles: frozenset[str]) -> str | None:
    """Return the case of ``word``'s first reading (a role noun's reading first), if any."""
    parses = sorted(parse_word(word.lower()), key=lambda p: p.normal_form not in roles)
    return next((str(p.tag.case) for p in parses if p.tag.case is not None), None)


def _copy_case(new: str, written: str) -> str:
    """Return ``new`` with the capitalisation of ``written``."""
    if written.isupper() and len(written) > 1:
        return new.upper()
    if written[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


@language_cache(maxsize=65536)
def _relational_adjective(word: str, noun: str) -> bool:
    """Return True for a lower-case adjective of a field, agreeing with ``noun`` (``юридичний``).

    Adjectives made from the name of a field (``театральний режисер``, ``юридичний радник``)
    make a role's title; evaluative ones (``відомий``) and nationalities (``російський``) only
    describe the person. The field adjectives are told by their suffix.
    """
    if is_capitalised(word):
        return False
    cases = _cases(noun)
    return any(
        parse.tag.POS == "ADJF"
        and parse.tag.case in cases
        and str(parse.normal_form).endswith(pick(RELATIONAL_ENDINGS, ru.RELATIONAL_ENDINGS))
        for parse in parse_word(word.lower())
    )


def _extend_left(text: str, tokens: Sequence[Token], index: int) -> int:
    """Return the index of the first word of a role phrase whose noun is ``tokens[index]``."""
    first = index
    cursor = index - 1
    while cursor >= 0 and _adjacent(text, tokens[cursor], tokens[cursor + 1]):
        word = tokens[cursor].text
        if _is_modifier(word) or _relational_adjective(word, tokens[index].text):
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
    ):
        if _coordinated_adjective(text, tokens, cursor):
            cursor += 1  # ``лісового та мисливського господарства``: one complement
        elif not _complement_word(tokens[cursor]) and not _place_name(tokens, cursor):
            break
        token = tokens[cursor]
        if (is_capitalised(token.text) and not _is_role_noun(token.text)) or is_latin(token.text):
            # ``радник Президента``: a capitalised position is still part of the role.
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


def _place_name(tokens: Sequence[Token], cursor: int) -> bool:
    """Return True for a capitalised name after a place noun, in any case (``міста Люблін``)."""
    return is_capitalised(tokens[cursor].text) and bool(
        lemmas(tokens[cursor - 1].text) & pick(PLACE_NOUNS, ru.PLACE_NOUNS)
    )


def _coordinated_adjective(text: str, tokens: Sequence[Token], cursor: int) -> bool:
    """Return True when ``tokens[cursor]`` joins two lower-case genitive words of one kind.

    Two adjectives (``лісового та мисливського господарства``) or two singular nouns
    (``міністр освіти і науки``) make one complement; a role noun after the conjunction
    opens a second role instead.
    """
    if tokens[cursor].text not in _COORDINATION or cursor + 1 >= len(tokens):
        return False
    left, right = tokens[cursor - 1], tokens[cursor + 1]
    if (
        is_capitalised(right.text)
        or "gent" not in _cases(left.text)
        or "gent" not in _cases(right.text)
        or not _adjacent(text, tokens[cursor], right)
    ):
        return False
    if _adjective(left.text) and _adjective(right.text):
        return True
    return (
        _singular_genitive_noun(left.text)
        and _singular_genitive_noun(right.text)
        and not _is_role_noun(left.text)
        and not _is_role_noun(right.text)
    )


@language_cache(maxsize=65536)
def _singular_genitive_noun(word: str) -> bool:
    """Return True when the likeliest reading of ``word`` is a singular genitive noun."""
    parses = parse_word(word.lower())
    if not parses:
        return False
    tag = parses[0].tag
    return tag.POS == "NOUN" and "plur" not in tag and tag.case == "gent"


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
        core_first = first
        while core_first < index and (
            _is_status(tokens[core_first].text) or tokens[core_first].text in _COORDINATION
        ):
            core_first += 1
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
                core_end=tokens[_job_core(tokens, index, core)].end,
                core_start=tokens[core_first].start,
                text=text[phrase_start : tokens[last].end],
                nominative=" ".join(nominative) + rest,
                organization=organization,
            )
        )
        index = last + 1
    return phrases
