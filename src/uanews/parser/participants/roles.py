"""Role phrases (``глава ХОДА``, ``директор департаменту цифрової трансформації``) in text.

A role phrase is a role noun from `uanews.parser.participants.lexicon.ROLE_NOUNS` in any case,
with the adjectives that open it (``Надзвичайний і Повноважний Посол``) and the genitive words
that complete it (``наглядової ради Kharkiv IT Cluster``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from attrs import frozen

from uanews.parser import lexicon_morph
from uanews.parser.document import BLOCK_SCREENS, Screen, forms
from uanews.parser.language import language_cache, pick
from uanews.parser.morph import nominative_form, word_form
from uanews.parser.participants import lexicon_ru as ru
from uanews.parser.participants.lexicon import (
    ACRONYMS,
    AGE_ADJECTIVE_ENDINGS,
    AMBIGUOUS_ROLE_NOUNS,
    BOARD_NOUNS,
    CAPACITY_NOUNS,
    CLAUSE_ADVERBS,
    COORDINATORS,
    COUNTRY_NOUNS,
    DEPUTY_PREFIXES,
    ESTABLISHMENT_NOUNS,
    FEMININE_ROLE_ENDINGS,
    FIELD_NOUNS,
    FIELD_PREPOSITIONS,
    INSTRUMENTAL_COMPLEMENT_ROLES,
    JOINED_ROLE_PREFIXES,
    LOCATIVE_PREPOSITIONS,
    NAMED_DIVISION_NOUNS,
    NOT_FIELD_NOUNS,
    ORGANIZATION_NOUNS,
    PERSON_LOCATIVE_PREPOSITIONS,
    PLACE_ADJECTIVE_SUFFIXES,
    PLACE_NOUNS,
    PLURAL_ORGANIZATION_NOUNS,
    PROFESSION_ENDINGS,
    PROPER_ADJECTIVE_ENDINGS,
    RELATIONAL_ENDINGS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_PREFIXES,
    SECTOR_ROLE_NOUNS,
    SETTLEMENT_ABBREVIATIONS,
    STATE_FORM_NOUNS,
    STATE_TITLE_NOUNS,
    STATUS_MODIFIERS,
    TERRITORIAL_ADJECTIVES,
    TERRITORIAL_SERVICE_ACRONYMS,
    TRADE_NOUNS,
    UNIT_ACRONYMS,
    UNIT_HEAD_ROLES,
    UTILITY_NOUNS,
    VEHICLE_NOUNS,
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
    "place_adjective_before",
]

_LATIN = re.compile(r"[A-Za-z][A-Za-z\-]*")
_ROMAN = re.compile(r"[IVXLCDM]+")
_MAX_COMPLEMENT = 6
# A feminine role noun is derived only from a masculine one at least this long: ``мерка`` is a
# measure, not a female ``мер``.
_MIN_MASCULINE = 4
_FEMININE_ENDINGS = tuple(feminine for feminine, _ in FEMININE_ROLE_ENDINGS)
_FEMININE_ENDINGS_RU = tuple(feminine for feminine, _ in ru.FEMININE_ROLE_ENDINGS)
"""The feminine endings of `FEMININE_ROLE_ENDINGS` alone: a lemma without one is no feminine."""
# A compound role noun written as one word (``зернотрейдер``): at least this long a prefix and
# this long a listed role noun after it, and an animate reading (``реактор`` is a thing).
_MIN_COMPOUND_PREFIX = 3
_MIN_COMPOUND_ROLE = 5
_LINKING_VOWELS = lexicon_morph.LINKING_VOWELS
_QUOTED_AFTER = re.compile(r"[ \t]*«([^\W\d_][\w'’ʼ-]*)")
_MAX_FIELD = 4
_COMMON_GENDER = "ms-f"
"""pymorphy3's grammeme of a noun of common gender (``голова``, ``коллега``)."""


@frozen
class RolePhrase:
    """A role phrase: whole span, the span of its core, and its nominative.

    The core (``core_start`` to ``core_end``) is the position itself: the role noun with the
    adjectives that make the title and the complement that names a field (``міністр
    оборони``), without status words (``колишній``), organisations (``директор компанії``,
    ``голова обласної ради``) or proper names. ``organization`` is the proper-name part of the
    complement as written (``ХОДА``, ``Kharkiv IT Cluster``) or None. ``position`` is False for
    a phrase that describes rather than names a job: a bare capacity noun (``експерти``) or a
    bare noun that is also a common word (``голова`` with nothing after it).
    """

    start: int
    end: int
    core_end: int
    core_start: int
    text: str
    nominative: str
    organization: str | None
    position: bool = True


def lemmas(word: str) -> frozenset[str]:
    """Return every dictionary lemma of ``word`` (lower case), kept per word form.

    The readings of a form do not depend on its apostrophe (`parse_word` unifies it), so the
    record of the lower-case form (`word_form`) holds them.
    """
    return word_form(word.lower()).lemmas


def masculine(lemma: str) -> str:
    """Return the masculine noun a feminine one is derived from (``заступниця`` -> ``заступник``).

    Any other lemma is returned as it is.
    """
    if not lemma.endswith(pick(_FEMININE_ENDINGS, _FEMININE_ENDINGS_RU)):
        return lemma  # most lemmas: one test instead of building a candidate per ending
    found = [
        lemma[: -len(feminine)] + masculine_ending
        for feminine, masculine_ending in pick(FEMININE_ROLE_ENDINGS, ru.FEMININE_ROLE_ENDINGS)
        if lemma.endswith(feminine)
        and len(lemma) - len(feminine) + len(masculine_ending) >= _MIN_MASCULINE
    ]
    roles = pick(ROLE_NOUNS, ru.ROLE_NOUNS)
    # ``заместительница``: ``-ница`` is ``-ник`` in ``советница``, nothing here.
    return next((noun for noun in found if noun in roles), found[0] if found else lemma)


def _cases(word: str) -> frozenset[str]:
    """Return the grammatical cases ``word`` can be in (empty for words without case).

    An indeclinable reading can be a genitive complement (``міністр МВС``).
    """
    record = word_form(word.lower())
    return record.cases | _GENITIVE if record.indeclinable else record.cases


_GENITIVE = frozenset({"gent"})


def case_set(word: str) -> frozenset[str]:
    """Return the grammatical cases ``word`` can be in (empty for words without case)."""
    return _cases(word)


def is_latin(word: str) -> bool:
    """Return True for a word written in Latin letters (``Kharkiv``, ``IT``)."""
    return _LATIN.fullmatch(word) is not None


def is_acronym(word: str) -> bool:
    """Return True for an upper-case abbreviation (``ХОДА``, ``СБУ``), not a roman numeral."""
    if len(word) < 2 or not word.isupper() or _ROMAN.fullmatch(word):
        return False
    if word in ACRONYMS or word in ru.ACRONYMS or is_latin(word):
        return True  # listed in either language (``МОН``: the Russian dictionary reads a name)
    info = analyse(word)
    return info.abbreviation or not info.known


def _adjective(word: str) -> bool:
    """Return True when the likeliest reading of ``word`` is an adjective."""
    return word_form(word.lower()).first_pos == "ADJF"


@language_cache(maxsize=65536)
def _is_role_noun(word: str) -> bool:
    """Return True when ``word`` is a role noun in some case."""
    lowered = word.lower()
    if lowered in pick(ROLE_NOUNS, ru.ROLE_NOUNS) or _role_lemmas(lowered) or _profession(lowered):
        return True
    # A deputy's compound and a joined prefix both open the word with a listed prefix: one
    # test of the openings rules out most forms before either walks its prefixes.
    if lowered.startswith(pick(_PREFIX_OPENINGS, _PREFIX_OPENINGS_RU)) and (
        _deputy_compound(lowered) or _joined_prefix_role(lowered)
    ):
        return True
    prefix, _, rest = lowered.partition("-")
    if not rest:
        return False
    if prefix in pick(ROLE_PREFIXES, ru.ROLE_PREFIXES):
        return bool(_role_lemmas(rest))
    if _role_lemmas(prefix) and word_form(rest).animate_noun_lemmas:
        # ``врач-инфекционист``, ``лікар-педіатр``, ``інженер-енергетик``: a role noun with a
        # person's noun in apposition says what kind of that role; both parts decline
        # (``врачом-инфекционистом``).
        return True
    # ``рок-співак``, ``бізнес-тренер``: a lower-case first part says in what field; a
    # capitalised one is a name the role stands in apposition to (``Шевченка-художника``).
    # ``врачи-кардиологи``: a profession by its make-up after the hyphen counts too.
    # ``Пресс-офицер`` opening a sentence: a first part that is only a common thing's noun is
    # a field, whatever its capital.
    letters = prefix.replace("'", "").replace("’", "").replace("ʼ", "")
    return (
        (word[:1].islower() or _thing_noun(letters))
        and letters.isalpha()
        and (bool(_role_lemmas(rest)) or _profession(rest))
    )


is_role_noun: Callable[[str], bool] = _is_role_noun
"""Return True when ``word`` is a role noun (``посол``, ``віце-прем'єр``) in some case.

The cached question itself, not a function calling it: one Python call a word, not two.
"""


def _joined_prefix_role(word: str) -> bool:
    """Return True for a role noun with a prefix written together (``віцеголовою``, ``віцемер``).

    `lexicon.JOINED_ROLE_PREFIXES`: the rest after the prefix is a role noun itself, as after
    the hyphenated prefix (``віце-голова``); the rest must be a word of its own (three letters).
    """
    return _joined_prefix(word) is not None


def _joined_prefix(word: str) -> str | None:
    """Return the prefix written together with a role noun in ``word`` (`_joined_prefix_role`)."""
    lowered = word.lower()
    for prefix in pick(_JOINED_PREFIXES, _JOINED_PREFIXES_RU):
        rest = lowered[len(prefix) :]
        if lowered.startswith(prefix) and len(rest) >= _LEAST_JOINED_REST and _role_lemmas(rest):
            return prefix
    return None


_LEAST_JOINED_REST = 3
_JOINED_PREFIXES = tuple(JOINED_ROLE_PREFIXES)
_JOINED_PREFIXES_RU = tuple(ru.JOINED_ROLE_PREFIXES)
"""`JOINED_ROLE_PREFIXES` in the order the set gives them, as a tuple for ``str.startswith``."""
_PREFIX_OPENINGS = (*DEPUTY_PREFIXES, *_JOINED_PREFIXES)
_PREFIX_OPENINGS_RU = (*ru.DEPUTY_PREFIXES, *_JOINED_PREFIXES_RU)
"""Every prefix `_deputy_compound` and `_joined_prefix` look for: a word that opens with none
of them is neither (both test that the word starts with the prefix)."""


def _deputy_compound(word: str) -> bool:
    """Return True for a deputy's title made by a clipped prefix (``замминистра``).

    ``зам`` + a role noun in the genitive (`DEPUTY_PREFIXES`: ``замміністра``, ``замглавы``,
    ``замдиректора``) is the deputy of that role, one indeclinable word.
    """
    for prefix in pick(DEPUTY_PREFIXES, ru.DEPUTY_PREFIXES):
        rest = word.removeprefix(prefix)
        if rest != word and len(rest) >= _MIN_COMPOUND_ROLE and "-" not in rest:
            roles = pick(ROLE_NOUNS, ru.ROLE_NOUNS)
            if any(
                parse.tag.case == "gent" and str(parse.normal_form) in roles
                for parse in parse_word(rest)
            ):
                return True
    return False


_PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _thing_noun(word: str) -> bool:
    """Return True when every reading of ``word`` is an inanimate common noun (``пресс``)."""
    parses = parse_word(word)
    return bool(parses) and all(
        parse.tag.POS == "NOUN"
        and "inan" in parse.tag
        and not (_PROPER_GRAMMEMES & set(parse.tag.grammemes))
        for parse in parses
    )


def _profession(word: str) -> bool:
    """Return True for an animate noun that names a profession by its make-up.

    ``орнітолог`` ends like a science's practitioner; ``зернотрейдер`` is a listed role noun
    after a stem joined by its linking vowel. A listed noun after a consonant is only the tail
    of a derived word (``произ-водитель`` is made from ``производить``, no driver).
    """
    if "-" in word:
        return False  # a hyphenated word counts by its parts (see `_is_role_noun`)
    animate = word_form(word).animate_noun_lemmas
    if not animate:
        return False  # most forms: no animate noun reading
    roles = pick(ROLE_NOUNS, ru.ROLE_NOUNS)
    for lemma in animate:
        if lemma.endswith(pick(PROFESSION_ENDINGS, ru.PROFESSION_ENDINGS)):
            return True
        last = len(lemma) - _MIN_COMPOUND_ROLE
        if any(
            lemma[cut:] in roles and lemma[cut - 1] in _LINKING_VOWELS
            for cut in range(_MIN_COMPOUND_PREFIX, last + 1)
        ):
            return True
    return False


def _role_lemmas(word: str) -> frozenset[str]:
    """Return the role nouns ``word`` is a form of, a feminine one as its masculine noun.

    A sector's worker (`lexicon.SECTOR_ROLE_NOUNS`) counts only in a form that is no singular
    of another noun: ``энергетики`` is also the sector's genitive (``министр энергетики``),
    ``энергетиками`` and ``Энергетик`` are the workers (the sector's name has no plural in
    news).
    """
    lowered = word.lower()
    record = word_form(lowered)
    participles = record.participles
    found = record.lemmas | _participle_roles_of(participles) if participles else record.lemmas
    if not found:
        return found  # a form no dictionary reads
    roles = _listed_roles(found)
    if not roles:
        return roles  # most forms
    sectors = roles & pick(SECTOR_ROLE_NOUNS, ru.SECTOR_ROLE_NOUNS)
    if sectors and not record.singular_noun_lemmas <= sectors and _declined_singular(word, sectors):
        roles -= sectors  # a singular noun reading of another lemma (the sector's genitive)
    return roles


@language_cache(maxsize=65536)
def _listed_roles(lemma_set: frozenset[str]) -> frozenset[str]:
    """Return the role nouns among the lemmas ``lemma_set``, a feminine one as its masculine.

    The answer depends on the lemmas alone, and every form of a lexeme has the same lemmas
    (the records keep one shared set for them, `WordForm`): it is worked out once a lemma set,
    not once a form. `masculine` returns any lemma without a feminine ending as it is: the
    languages' endings are read once here, not once a lemma, and only the feminine lemmas are
    looked at again.
    """
    endings = pick(_FEMININE_ENDINGS, _FEMININE_ENDINGS_RU)
    feminine = {masculine(lemma) for lemma in lemma_set if lemma.endswith(endings)}
    return (lemma_set | feminine if feminine else lemma_set) & pick(ROLE_NOUNS, ru.ROLE_NOUNS)


def _declined_singular(word: str, sectors: frozenset[str]) -> bool:
    """Return True when ``word`` has a declined singular noun reading of a lemma not in ``sectors``.

    An indeclinable reading (the Ukrainian dictionary lists ``енергетиків`` as a neuter name
    that does not decline) is no sector's genitive.
    """
    return any(
        parse.tag.POS == "NOUN"
        and parse.tag.number != "plur"
        and "Fixd" not in parse.tag
        and str(parse.normal_form) not in sectors
        for parse in parse_word(word.lower())
    )


def _participle_roles_of(participles: Sequence[tuple[str, str, str]]) -> frozenset[str]:
    """Return the role nouns among the ``participles`` of a word (``заведующий``).

    ``participles``: (verb, voice, tense) of each participle reading (`WordForm.participles`).
    The Russian dictionary gives a participle its verb as lemma (``заведующая`` ->
    ``заведовать``); a participle used as a noun names the role by its masculine singular
    nominative (`ROLE_NOUNS`: ``заведующий``, ``управляющий``), which has the same verb,
    voice and tense.
    """
    roles = _participle_roles(None)
    return frozenset(roles[key] for key in participles if key in roles)


@language_cache(maxsize=4)
def _participle_roles(_: None) -> dict[tuple[str, str, str], str]:
    """Return the role nouns that are participles, by (verb, voice, tense), for the language."""
    found: dict[tuple[str, str, str], str] = {}
    for role in sorted(pick(ROLE_NOUNS, ru.ROLE_NOUNS)):
        for parse in parse_word(role):
            if parse.tag.POS == "PRTF" and parse.word == role:
                key = (str(parse.normal_form), str(parse.tag.voice), str(parse.tag.tense))
                found.setdefault(key, role)
    return found


def _is_status(word: str) -> bool:
    """Return True for an adjective that tells a role's status, not the role (``колишній``)."""
    return bool(lemmas(word) & pick(STATUS_MODIFIERS, ru.STATUS_MODIFIERS))


@language_cache(maxsize=65536)
def _organization_noun(word: str) -> bool:
    """Return True when ``word`` can be a noun that heads an organisation's name (``ради``).

    A compound counts by its last part, after a stem of at least three letters
    (``агрокомпании``: a farming ``компания``), as `_profession` reads ``зернотрейдер``.
    """
    nouns = pick(ORGANIZATION_NOUNS, ru.ORGANIZATION_NOUNS)
    lowered = word.lower()
    parses = [parse for parse in parse_word(lowered) if parse.tag.POS == "NOUN"]
    if any(parse.normal_form in nouns for parse in parses):
        return True
    return any(
        str(parse.normal_form)[cut:] in nouns
        for parse in parses
        for cut in range(_MIN_COMPOUND_PREFIX, len(str(parse.normal_form)) - _MIN_COMPOUND_ROLE + 1)
    )


def _job_core(tokens: Sequence[Token], index: int, core: int, last: int) -> int:
    """Return the last word of a role's core: its complement stops before an organisation.

    ``директором компанії``, ``голови обласної ради``: the organisation (with the adjectives
    before its noun) is a participant of its own, not part of the position; so is a country
    (``послы стран``), as a country's name is (``посол Японии``), and a place noun right after
    the role (``руководитель района``, ``мэр города``), as a city's name is (``мэр Оденсе``).
    """
    run_start: int | None = None
    # The first noun after ``завідувач`` is the unit the person runs (`UNIT_HEAD_ROLES`).
    head = _role_lemmas(tokens[index].text.lower())
    unit_head = bool(head & pick(UNIT_HEAD_ROLES, ru.UNIT_HEAD_ROLES))
    fields = pick(FIELD_NOUNS, ru.FIELD_NOUNS)
    if head & pick(AMBIGUOUS_ROLE_NOUNS, ru.AMBIGUOUS_ROLE_NOUNS):
        fields = fields | pick(STATE_TITLE_NOUNS, ru.STATE_TITLE_NOUNS)
    countries = pick(COUNTRY_NOUNS, ru.COUNTRY_NOUNS)
    places = pick(PLACE_NOUNS, ru.PLACE_NOUNS)
    for cursor in range(index + 1, core + 1):
        word = tokens[cursor].text
        if word.islower() and lemmas(word) & places and index + 1 in (cursor, run_start):
            # ``глава района``, ``мэр города``, ``головами територіальних громад``: where the
            # post is (with the adjectives that place it), no part of it.
            return index
        if cursor == index + 1 and _people(word):
            return index  # ``тренер киян``: the people the role serves, no part of the post
        if word.islower() and lemmas(word) & countries:
            # ``послы стран``: the countries, as a country's name, are no part of the position.
            return (run_start if run_start is not None else cursor) - 1
        if not unit_head and (
            (
                (_organization_noun(word) or _establishment(word))
                and not lemmas(word) & fields
                and not _unit(tokens, run_start, cursor, core)
            )
            or _named_division(tokens, run_start, cursor, (index, core, last))
        ):
            return (run_start if run_start is not None else cursor) - 1
        adjective = _adjective(word) or _can_be_adjective(word) or _can_be_participle(word)
        unit_head = unit_head and adjective
        run_start = (cursor if run_start is None else run_start) if adjective else None
    if run_start is not None and run_start > index:
        # Adjectives before a proper name belong to it: ``самопроголошеної ДНР``; one that
        # ends the complement names a person (``адвокат подозреваемого``), not the field, and
        # so does one after a conjunction (``для військових і цивільних``): the conjunction
        # joins two people, not the role's words.
        end = run_start - 1
        return end - 1 if end > index and _coordinator(tokens[end].text) else end
    return core


@language_cache(maxsize=65536)
def _people(word: str) -> bool:
    """Return True for a lower-case plural genitive of people who hold no role (``киян``).

    A role noun's complement names its field or unit (``міністр освіти``, ``начальник
    відділу``); a genitive of people who are no role themselves (a city's people, ``киян``,
    ``харьковчан``, as a team or a community is named by them) says whom the person serves,
    as a team's or a body's name would, and is no part of the position. A role noun
    (``заступник голови``, ``радник депутатів``) is a position of its own and stays.
    """
    if not word.islower() or _is_role_noun(word):
        return False
    # A lower-case word is no name: its surname readings (``киян``) do not count.
    parses = [
        parse
        for parse in parse_word(word)
        if parse.tag.POS == "NOUN" and not _PROPER_GRAMMEMES & set(parse.tag.grammemes)
    ]
    return bool(parses) and all(
        "anim" in parse.tag and parse.tag.number == "plur" and parse.tag.case in _PEOPLE_CASES
        for parse in parses
    )


_PEOPLE_CASES = frozenset({"gent", "accs"})
"""The cases a plural genitive of animate nouns also reads as (the accusative is the same)."""


def _named_division(
    tokens: Sequence[Token], run_start: int | None, noun: int, ends: tuple[int, int, int]
) -> bool:
    """Return True for a division named by its own complement, with no body after it.

    ``директор департаменту культури``, ``начальник управления образования``: a division of
    `lexicon.NAMED_DIVISION_NOUNS` right after the role noun, in lower case, with a lower-case
    complement and no organisation or proper name after it, is the organisation the person
    works for; the role noun alone is the position. ``ends`` are the role noun, the last core
    word and the last word of the role's complement. A first name after the complement is the
    holder's only in apposition, in the role noun's case (``начальник ... Ніна``, ``директора
    ... Ларисы``); a genitive that only looks like one is a town governed by the division
    (``начальник управління освіти Володимира``, ``Софії``), a body after it.
    """
    role, core, last = ends
    word = tokens[noun].text
    if (
        run_start is not None
        or (core != last and not _first_name(tokens[core + 1].text) & _cases(tokens[role].text))
        or noun >= core
        or not word.islower()
        or not lemmas(word) & pick(NAMED_DIVISION_NOUNS, ru.NAMED_DIVISION_NOUNS)
    ):
        return False
    return all(
        token.text.islower()
        and not _organization_noun(token.text)
        and not _establishment(token.text)
        for token in tokens[noun + 1 : core + 1]
    )


@language_cache(maxsize=65536)
def _first_name(word: str) -> frozenset[str]:
    """Return the cases of a capitalised ``word``'s singular first-name readings (``Натальи``).

    One person's name is singular: ``Александрии`` read as a plural name is none.
    """
    if not is_capitalised(word):
        return frozenset()
    return frozenset(
        str(parse.tag.case)
        for parse in parse_word(word.lower())
        if "Name" in parse.tag and "plur" not in parse.tag and parse.tag.case
    )


def _unit(tokens: Sequence[Token], run_start: int | None, noun: int, core: int) -> bool:
    """Return True when the organisation noun at ``noun`` names a unit of the job, not a body.

    A lower-case organisation noun with a complement of its own (``начальник відділу кадрів``,
    ``управління лісового господарства``) or with an adjective that says what it does rather
    than where it is (``голова тендерного комітету``) is part of the position; one placed by a
    territorial adjective first (``голова обласної ради``, ``начальник міської військової
    адміністрації``: the territory, then the kind of body) or bare (``директор компанії``) is
    a body of its own, as an establishment always is (`ESTABLISHMENT_NOUNS`: ``головний лікар
    лікарні швидкої допомоги``).
    """
    if is_capitalised(tokens[noun].text):
        return False
    if _establishment(tokens[noun].text):
        return False  # ``лікарні швидкої допомоги``: a body, whatever its complement
    if noun < core and not is_capitalised(tokens[noun + 1].text):
        # ``совета уезда``: a body placed by the territory it serves, as by an adjective;
        # ``объединений совладельцев``: a body named by its members, people of no role.
        following = tokens[noun + 1].text
        return not lemmas(following) & pick(PLACE_NOUNS, ru.PLACE_NOUNS) and not _people(following)
    if run_start is None:
        return False
    territorial = pick(TERRITORIAL_ADJECTIVES, ru.TERRITORIAL_ADJECTIVES)
    if lemmas(tokens[run_start].text) & territorial:
        return False  # ``районной военной администрации``: a body placed first, then its kind
    return any(
        not lemmas(tokens[cursor].text) & territorial
        and not is_capitalised(tokens[cursor].text)
        and not _placing(tokens[cursor].text)
        for cursor in range(run_start, noun)
    )


def _establishment(word: str) -> bool:
    """Return True for a form of an establishment's noun (`lexicon.ESTABLISHMENT_NOUNS`).

    A utility's noun (`lexicon.UTILITY_NOUNS`: ``водоканалу``) names the one company that runs
    a network, a body of its own as an establishment is.
    """
    return bool(
        lemmas(word)
        & (
            pick(ESTABLISHMENT_NOUNS, ru.ESTABLISHMENT_NOUNS)
            | pick(UTILITY_NOUNS, ru.UTILITY_NOUNS)
        )
    )


@language_cache(maxsize=65536)
def _can_be_adjective(word: str) -> bool:
    """Return True when a lower-case ``word`` has an adjective reading (``турецької``)."""
    return word[:1].islower() and any(parse.tag.POS == "ADJF" for parse in parse_word(word.lower()))


@language_cache(maxsize=65536)
def _can_be_participle(word: str) -> bool:
    """Return True when a lower-case ``word`` has a participle reading (``подозреваемого``)."""
    return word[:1].islower() and any(parse.tag.POS == "PRTF" for parse in parse_word(word.lower()))


@language_cache(maxsize=65536)
def _placing(word: str) -> bool:
    """Return True for an adjective of a place or nation (``турецької``, ``київського``).

    A field's adjective that ends like one (Russian ``технический``: ``-ский``, but of
    `RELATIONAL_ENDINGS`' ``-ический``) names no place.
    """
    return any(
        parse.tag.POS == "ADJF"
        and str(parse.normal_form).endswith(
            pick(PROPER_ADJECTIVE_ENDINGS, ru.PROPER_ADJECTIVE_ENDINGS)
        )
        and not str(parse.normal_form).endswith(pick(RELATIONAL_ENDINGS, ru.RELATIONAL_ENDINGS))
        for parse in parse_word(word.lower())
    )


def _is_modifier(word: str) -> bool:
    """Return True when ``word`` is an adjective that may open a role phrase.

    A participle counts by its masculine nominative (``лечащего`` is ``лечащий``), which the
    Russian dictionary does not give as its lemma (that is the verb, ``лечить``).
    """
    modifiers = pick(ROLE_MODIFIERS, ru.ROLE_MODIFIERS) | pick(
        STATUS_MODIFIERS, ru.STATUS_MODIFIERS
    )
    if lemmas(word) & modifiers:
        return True
    participles = word_form(word.lower()).participles
    return bool(participles) and any(key in _participle_modifiers(None) for key in participles)


@language_cache(maxsize=4)
def _participle_modifiers(_: None) -> frozenset[tuple[str, str, str]]:
    """Return the (verb, voice, tense) of the participles among the role modifiers."""
    modifiers = pick(ROLE_MODIFIERS, ru.ROLE_MODIFIERS)
    return frozenset(
        (str(parse.normal_form), str(parse.tag.voice), str(parse.tag.tense))
        for modifier in sorted(modifiers)
        for parse in parse_word(modifier)
        if parse.tag.POS == "PRTF" and parse.word == modifier
    )


def _places_territory(word: str, modifier: str) -> bool:
    """Return True for a place adjective before a territorial one that opens a role.

    ``Київський міський голова``, ``Харьковский областной прокурор``: the adjective of the
    city or region names whose council or office the title belongs to; it is part of the role
    phrase, not of its core (the place is tagged apart), and a nation's adjective before a bare
    role noun (``український посол``) is not taken.
    """
    territorial = pick(TERRITORIAL_ADJECTIVES, ru.TERRITORIAL_ADJECTIVES)
    if not lemmas(modifier) & territorial or lemmas(word) & territorial:
        return False
    return _placing(word) and _agrees(word, modifier)


def _agrees(word: str, other: str) -> bool:
    """Return True when two adjectives can stand in one case, number and gender."""
    forms = {
        (p.tag.case, p.tag.number, p.tag.gender)
        for p in parse_word(word.lower())
        if p.tag.POS == "ADJF"
    }
    return any(
        (p.tag.case, p.tag.number, p.tag.gender) in forms
        for p in parse_word(other.lower())
        if p.tag.POS == "ADJF"
    )


def _adjacent(text: str, left: Token, right: Token) -> bool:
    """Return True when only one run of spaces (no newline) separates two words."""
    gap = text[left.end : right.start]
    return bool(gap) and gap.isspace() and "\n" not in gap


def _complement_word(token: Token, cases: frozenset[str] = frozenset({"gent"})) -> bool:
    """Return True for a word that can continue a role's complement in one of ``cases``."""
    word = token.text
    if is_latin(word) or is_acronym(word):
        return True
    if (
        _pronoun(word)
        or _numeral(word)
        or _preposition(word)
        or _coordinator(word)
        or _plural_past_verb(word)
    ):
        return False
    if "-" in word and _adjective(word) and cases & _cases(word):
        return True  # ``жилищно-коммунального``: a compound adjective, its first part no case
    parts = word.split("-")
    return all(cases & _cases(part) for part in parts if part)


_GENITIVE = frozenset({"gent"})
_GENITIVE_OR_INSTRUMENTAL = frozenset({"gent", "ablt"})


def _complement_cases(word: str) -> frozenset[str]:
    """Return the cases a role noun's complement may take.

    The genitive, and for a role noun that governs the instrumental
    (`INSTRUMENTAL_COMPLEMENT_ROLES`) that case too.
    """
    roles = pick(INSTRUMENTAL_COMPLEMENT_ROLES, ru.INSTRUMENTAL_COMPLEMENT_ROLES)
    if roles and _role_lemmas(word.lower()) & roles:
        return _GENITIVE_OR_INSTRUMENTAL
    return _GENITIVE


@language_cache(maxsize=65536)
def place_adjective_before(word: str, noun: str) -> bool:
    """Return True when ``word``, read as a surname, is an adjective of a place before ``noun``.

    ``Малиновская громада``, ``Малиновской общины``: a word of a place adjective's make
    (`lexicon.PLACE_ADJECTIVE_SUFFIXES`; the Russian dictionary lists many such words only as
    surnames) right before a lower-case inanimate noun that agrees with it in case and gender
    qualifies that noun; a surname stands before a name, a verb or a role noun (``Ковальская
    заявила``, ``Ковальская директор``), never before such a noun.
    """
    suffixes = pick(PLACE_ADJECTIVE_SUFFIXES, ru.PLACE_ADJECTIVE_SUFFIXES)
    if not noun.islower() or not re.search(rf"(?:{'|'.join(suffixes)})\w{{1,3}}$", word.lower()):
        return False
    forms = {
        (p.tag.case, p.tag.gender)
        for p in parse_word(word.lower())
        if p.tag.POS in {"NOUN", "ADJF"} and p.tag.number != "plur"
    }
    return any(
        p.tag.POS == "NOUN" and "inan" in p.tag and (p.tag.case, p.tag.gender) in forms
        for p in parse_word(noun)
    )


def _coordinator(word: str) -> bool:
    """Return True for a conjunction that joins two complements or two roles (``і``, ``и``)."""
    return word.lower() in pick(COORDINATORS, ru.COORDINATORS)


def _function_word_form(tokens: Sequence[Token], index: int) -> bool:
    """Return True for a role noun's form that is read first as a function word.

    Russian ``после`` is the preposition "after" and, rarely, the locative of ``посол``: it
    names the ambassador only right after a preposition that governs the locative
    (``о после``, ``при после``, `lexicon.PERSON_LOCATIVE_PREPOSITIONS`).
    """
    parses = parse_word(tokens[index].text.lower())
    if not parses or parses[0].tag.POS not in _FUNCTION_POS:
        return False
    previous = tokens[index - 1].text.lower() if index > 0 else ""
    return previous not in pick(PERSON_LOCATIVE_PREPOSITIONS, ru.PERSON_LOCATIVE_PREPOSITIONS)


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL"})


@language_cache(maxsize=65536)
def _preposition(word: str) -> bool:
    """Return True for a lower-case preposition (``в``, ``у``).

    A preposition never continues a genitive complement, though the dictionaries also read a
    one-letter one as the indeclinable name of the letter.
    """
    return word.islower() and any(parse.tag.POS == "PREP" for parse in parse_word(word))


@language_cache(maxsize=65536)
def _plural_past_verb(word: str) -> bool:
    """Return True for a lower-case word that can be a plural past-tense verb (``прибыли``).

    ``полицейские и медсестра прибыли``: the verb of coordinated subjects, never a role's
    complement, though Russian ``прибыли`` is also the genitive of ``прибыль``.
    """
    return word.islower() and any(
        parse.tag.POS == "VERB" and parse.tag.tense == "past" and parse.tag.number == "plur"
        for parse in parse_word(word)
    )


@language_cache(maxsize=65536)
def _numeral(word: str) -> bool:
    """Return True when the likeliest reading of ``word`` is a numeral (``одного``)."""
    parses = parse_word(word.lower())
    return bool(parses) and parses[0].tag.POS == "NUMR"


@language_cache(maxsize=65536)
def _pronoun(word: str) -> bool:
    """Return True when some reading of ``word`` is a pronoun (``якого``, ``всіх``, ``зараз``)."""
    return any(parse.tag.POS == "NPRO" for parse in parse_word(word.lower()))


def nominative_phrase(words: Sequence[str]) -> list[str]:
    """Return ``words`` (adjectives then a head noun, in one case) put in the nominative.

    The words agree in case with the head noun (the last word), so an adjective is read in the
    head's case first: Russian ``Городской`` before ``голова`` is nominative, not the feminine
    genitive it can also be. Worked out once per phrase and language (a new list each call).
    """
    return list(_nominative_words(tuple(words)))


@language_cache(maxsize=65536)
def _nominative_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return `nominative_phrase` of ``words``."""
    roles = pick(ROLE_NOUNS, ru.ROLE_NOUNS)
    head = words[-1] if words else ""
    joined = _joined_prefix(head) if words else None
    head = head if joined is None else head[len(joined) :]  # ``першим віцеспікером``
    head_case = _head_case(head, roles) if words else None
    genders = _head_genders(head, roles) if words else frozenset()
    result: list[str] = []
    for index, word in enumerate(words):
        if _coordinator(word) or _deputy_compound(word.lower()):
            result.append(word)  # ``замміністра`` does not decline
            continue
        prefix = _joined_prefix(word) if index == len(words) - 1 else None
        if prefix is not None:
            # ``віцемаршалком``: the role noun after the prefix declines, the prefix does not.
            (rest,) = _nominative_words((word[len(prefix) :],))
            result.append(word[: len(prefix)] + rest)
            continue
        inflected = None
        agree = head_case if index < len(words) - 1 else None
        # A role noun's own reading first: ``голові`` is ``голова``, not ``гол``.
        parses = sorted(
            parse_word(word.lower()),
            key=lambda p: (
                p.normal_form not in roles,
                agree is not None and p.tag.case != agree,
                agree is not None and bool(genders) and p.tag.gender not in genders,
            ),
        )
        for parse in parses:
            if parse.tag.case in (None, "nomn"):
                inflected = None
                break
            if parse.tag.POS in ("NOUN", "ADJF"):
                found = _nominative_of(parse)
                if found is not None:
                    inflected = found
                    break
        new = word if inflected is None else _copy_case(inflected, word)
        result.append(new)
    return tuple(result)


def _head_case(word: str, roles: frozenset[str]) -> str | None:
    """Return the case of ``word``'s first reading (a role noun's reading first), if any."""
    parses = sorted(parse_word(word.lower()), key=lambda p: p.normal_form not in roles)
    return next((str(p.tag.case) for p in parses if p.tag.case is not None), None)


def _head_genders(word: str, roles: frozenset[str]) -> frozenset[str | None]:
    """Return the genders an adjective before the head ``word`` agrees in (none if unknown).

    A noun of common gender (Russian ``голова`` of a city) takes a masculine or feminine
    adjective, never a neuter one: ``с городским головой`` is ``городской голова``.
    """
    parses = [p for p in parse_word(word.lower()) if p.normal_form in roles and p.tag.case]
    if not parses:
        return frozenset()
    # A person holds the role: the animate reading (``голова`` of a city, not the head).
    head = min(parses, key=lambda p: "anim" not in p.tag).tag
    if _COMMON_GENDER in head.grammemes:
        return frozenset({"masc", "femn", None})
    return frozenset({head.gender, None}) if head.gender is not None else frozenset()


def _nominative_of(parse: Any) -> str | None:  # noqa: ANN401 - a pymorphy3 Parse
    """Return the nominative of ``parse`` in its own number (and gender when singular).

    Ukrainian singular tags carry no number grammeme, so ``inflect({"nomn"})`` may jump to the
    plural (``директора`` -> ``директори``); the lexeme is searched instead.
    """
    if parse.tag.number == "plur":
        found = parse.inflect({"nomn", "plur"})
        return None if found is None else str(found.word)
    found = nominative_form(parse, None, parse.tag.gender)  # looked up once per lexeme
    return None if found is None else str(found.word)


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
    ages = pick(AGE_ADJECTIVE_ENDINGS, ru.AGE_ADJECTIVE_ENDINGS)
    return any(
        parse.tag.POS == "ADJF"
        and parse.tag.case in cases
        and str(parse.normal_form).endswith(pick(RELATIONAL_ENDINGS, ru.RELATIONAL_ENDINGS))
        and not str(parse.normal_form).endswith(ages)
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
        elif (
            cursor + 1 < index + 1
            and first == cursor + 1
            and _places_territory(word, tokens[cursor + 1].text)
        ):
            first = cursor  # ``Київський міський голова``: the city's own title
        elif _coordinator(word) and cursor > 0 and _is_modifier(tokens[cursor - 1].text):
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
    cases = _complement_cases(tokens[index].text)
    while (
        cursor < len(tokens)
        and cursor - index <= _MAX_COMPLEMENT
        and tokens[cursor].start not in stops
        and _adjacent(text, tokens[cursor - 1], tokens[cursor])
    ):
        settlement = _settlement_abbreviation(text, tokens, cursor)
        if settlement is False:
            break  # ``м.`` with no place after it: the complement ends before it
        if settlement:
            cursor += 1  # ``команда м. Києва``: the abbreviation and the place's name
        elif _coordinated_adjective(text, tokens, cursor):
            cursor += 1  # ``лісового та мисливського господарства``: one complement
        elif (
            not _complement_word(tokens[cursor], cases)
            and not _place_name(tokens, cursor)
            and not _state_name(tokens, cursor)
        ):
            break
        token = tokens[cursor]
        if (is_capitalised(token.text) and not _is_role_noun(token.text)) or is_latin(token.text):
            # ``радник Президента``: a capitalised position is still part of the role.
            proper = True
        elif (
            proper
            and not _adjective(tokens[cursor - 1].text)
            and not place_adjective_before(tokens[cursor - 1].text, token.text)
            and not (is_acronym(token.text) and is_acronym(tokens[cursor - 1].text))
            and not _state_name(tokens, cursor)
        ):
            # ``Литовської республіки`` goes on after an adjective, ``ГУ ДСНС`` after an
            # acronym it qualifies; ``ради Kharkiv IT`` stops.
            break
        if not proper:
            core = cursor
        last = cursor
        cursor += 1
    proper_last = last
    if proper:
        last = _territory_end(text, tokens, last, cursor)
    return last, core, proper_last


def _state_name(tokens: Sequence[Token], cursor: int) -> bool:
    """Return True for a state's name after the noun of its form (``Республіки Польща``).

    The name stands in the nominative as an apposition to the form noun
    (`lexicon.STATE_FORM_NOUNS`), whatever that noun's case: it goes on the complement.
    """
    before = tokens[cursor - 1].text
    return (
        cursor > 0
        and bool(lemmas(before) & pick(STATE_FORM_NOUNS, ru.STATE_FORM_NOUNS))
        and is_capitalised(tokens[cursor].text)
        and "nomn" in _cases(tokens[cursor].text)
    )


def _territory_end(text: str, tokens: Sequence[Token], last: int, cursor: int) -> int:
    """Return the last word of the territory (``в Україні``) after a proper complement, or ``last``.

    ``cursor`` is the word after the complement; a region (``в Полтавській області``) is tried
    before a one-word place, whose form the region's adjective may also have.
    """
    if cursor + 2 < len(tokens) and _located_region(
        text, tokens[last], tokens[cursor : cursor + 3]
    ):
        return cursor + 2
    if cursor + 1 < len(tokens) and _located(text, tokens[last], tokens[cursor : cursor + 2]):
        return cursor + 1
    return last


def _serves_region(tokens: Sequence[Token], first: int, proper_last: int, last: int) -> bool:
    """Return True when the region after a role's complement is part of the body's name.

    ``начальника ГСЧС в Херсонской области``, ``ГУ ДСНС у Львівській області``: a service
    with a directorate in every region (`TERRITORIAL_SERVICE_ACRONYMS`), or a unit of one
    (`UNIT_ACRONYMS`), named with its region (``в`` + adjective + place noun) is that
    directorate. The complement ``tokens[first:proper_last + 1]`` ends at ``last`` with it.
    """
    return (
        last == proper_last + 3
        and bool(lemmas(tokens[last].text) & pick(PLACE_NOUNS, ru.PLACE_NOUNS))
        and (
            tokens[first].text in pick(UNIT_ACRONYMS, ru.UNIT_ACRONYMS)
            or tokens[proper_last].text
            in pick(TERRITORIAL_SERVICE_ACRONYMS, ru.TERRITORIAL_SERVICE_ACRONYMS)
        )
    )


def _settlement_abbreviation(text: str, tokens: Sequence[Token], cursor: int) -> bool | None:
    """Return whether ``tokens[cursor]`` is ``м.`` before a place's name; None if no ``м.``.

    True when a capitalised name follows the abbreviation's full stop (``м. Києва``), False
    for the abbreviation without one: a word cut at a full stop is never a complement.
    """
    token = tokens[cursor]
    if (
        token.text.lower() not in pick(SETTLEMENT_ABBREVIATIONS, ru.SETTLEMENT_ABBREVIATIONS)
        or text[token.end : token.end + 1] != "."
    ):
        return None
    if cursor + 1 >= len(tokens):
        return False
    place = tokens[cursor + 1]
    gap = text[token.end + 1 : place.start]
    return (not gap or (gap.isspace() and "\n" not in gap)) and is_capitalised(place.text)


def _place_name(tokens: Sequence[Token], cursor: int) -> bool:
    """Return True for a capitalised name after a place noun, in any case (``міста Люблін``)."""
    return is_capitalised(tokens[cursor].text) and bool(
        lemmas(tokens[cursor - 1].text) & pick(PLACE_NOUNS, ru.PLACE_NOUNS)
    )


def _coordinated_adjective(text: str, tokens: Sequence[Token], cursor: int) -> bool:
    """Return True when ``tokens[cursor]`` joins two lower-case genitive words of one kind.

    Two adjectives (``лісового та мисливського господарства``) or two singular nouns, the second
    maybe with its adjective (``міністр освіти і науки``, ``департаменту культури та
    туристичної політики``), make one complement; a role noun after the conjunction opens a
    second role instead.
    """
    if not _coordinator(tokens[cursor].text) or cursor + 1 >= len(tokens):
        return False
    left, right = tokens[cursor - 1], tokens[cursor + 1]
    # ``вчителів і лікарів``: a second role noun (whose possessive-adjective reading,
    # ``лікарів``, may come first) opens a role of its own.
    if (
        is_capitalised(right.text)
        or "gent" not in _cases(left.text)
        or "gent" not in _cases(right.text)
        or not _adjacent(text, tokens[cursor], right)
        or _is_role_noun(right.text)
    ):
        return False
    if (_adjective(left.text) and _adjective(right.text)) or (
        _plural_genitive_thing(left.text) and _plural_genitive_thing(right.text)
    ):
        return True  # two adjectives, or two plural things (``доріг і мостів``)
    # ``математики та інформатики``, ``механіки та математики``: a noun that is also a plural
    # of people (``математики``) takes the case of the singular genitive it is joined to.
    left_first = _singular_genitive_noun(left.text)
    right_first = _singular_genitive_noun(right.text)
    left_genitive = left_first or (right_first and _genitive_thing_reading(left.text))
    right_genitive = right_first or (left_first and _genitive_thing_reading(right.text))
    if not left_genitive or _is_role_noun(left.text):
        return False
    if right_genitive:
        return True
    # ``транспорту та транспортної інфраструктури``: the second noun with its adjective.
    noun = cursor + 2
    return (
        _adjective(right.text)
        and noun < len(tokens)
        and _adjacent(text, right, tokens[noun])
        and not is_capitalised(tokens[noun].text)
        and _singular_genitive_noun(tokens[noun].text)
        and not _is_role_noun(tokens[noun].text)
    )


@language_cache(maxsize=65536)
def _genitive_thing_reading(word: str) -> bool:
    """Return True when some reading of ``word`` is an inanimate singular genitive noun."""
    return any(
        parse.tag.POS == "NOUN"
        and "inan" in parse.tag
        and parse.tag.number != "plur"
        and parse.tag.case == "gent"
        for parse in parse_word(word.lower())
    )


@language_cache(maxsize=65536)
def _plural_genitive_thing(word: str) -> bool:
    """Return True when the likeliest reading of ``word`` is an inanimate plural genitive noun.

    Two such nouns joined by a conjunction (``доріг і мостів``, ``дорог и мостов``)
    share the case and number of one complement, as two singular ones do (``освіти і науки``);
    people (``дітей і батьків``) are whom a role serves, no field.
    """
    parses = parse_word(word.lower())
    if not parses:
        return False
    tag = parses[0].tag
    return tag.POS == "NOUN" and "inan" in tag and tag.number == "plur" and tag.case == "gent"


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
        preposition.text in pick(LOCATIVE_PREPOSITIONS, ru.LOCATIVE_PREPOSITIONS)
        and is_capitalised(place.text)
        and _adjacent(text, previous, preposition)
        and _adjacent(text, preposition, place)
        and "loct" in _cases(place.text)
    )


def _located_region(text: str, previous: Token, triple: Sequence[Token]) -> bool:
    """Return True for ``в Днепропетровской области`` after a proper complement.

    A body's territory named by a capitalised adjective and a place noun in the locative
    completes the body's name (``начальник ГУ ГСЧС в Днепропетровской области``), as a country
    does (`_located`).
    """
    preposition, adjective, noun = triple
    return (
        preposition.text in pick(LOCATIVE_PREPOSITIONS, ru.LOCATIVE_PREPOSITIONS)
        and is_capitalised(adjective.text)
        and not is_capitalised(noun.text)
        and _adjacent(text, previous, preposition)
        and _adjacent(text, preposition, adjective)
        and _adjacent(text, adjective, noun)
        and bool(lemmas(noun.text) & pick(PLACE_NOUNS, ru.PLACE_NOUNS))
        and "loct" in _cases(noun.text)
        and "loct" in _cases(adjective.text)
    )


def find_roles(
    text: str, start: int = 0, end: int | None = None, stops: frozenset[int] = frozenset()
) -> list[RolePhrase]:
    """Return the role phrases in ``text[start:end]``; ``stops`` are offsets of name starts.

    A complement never runs into a word starting at one of ``stops`` (a person's name).
    """
    words = forms(text, start, end)
    heads, joined_words = _ROLE_HEADS.passing(words), _JOINED_ROLES.passing(words)
    sector_words = _SECTOR_FORMS.passing(words)
    if not heads and not joined_words and not sector_words:
        return []
    tokens = tokenize(text, start, end)
    phrases: list[RolePhrase] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        joined = _joined_role(token) if token.text in joined_words else None
        if joined is not None:
            phrases.append(joined)
        if (
            token.start in stops
            or (
                token.text not in heads
                and not (token.text in sector_words and _plural_verb_after(text, tokens, index))
            )
            or _function_word_form(tokens, index)
            or _attributive(text, tokens, index)
            or _field_after_adjective(text, tokens, index)
        ):
            index += 1
            continue
        first = _extend_left(text, tokens, index)
        if _in_body_name(text, tokens, first, index):
            index += 1
            continue
        last, core, proper_last = _extent(text, tokens, index, stops)
        core_first = first
        # The place adjective of a title (``Київський міський голова``) is the place, tagged
        # apart as the dev gold does (`_places_territory`): the core starts after it.
        while core_first < index and (
            _is_status(tokens[core_first].text)
            or _coordinator(tokens[core_first].text)
            or _places_territory(tokens[core_first].text, tokens[core_first + 1].text)
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
            body_end = last if _serves_region(tokens, core + 1, proper_last, last) else proper_last
            organization = text[tokens[core + 1].start : tokens[body_end].end]
        phrase_start = tokens[first].start
        job_core = index if _trade(tokens[index].text) else _job_core(tokens, index, core, last)
        phrases.append(
            RolePhrase(
                start=phrase_start,
                end=tokens[last].end,
                core_end=tokens[job_core].end,
                core_start=tokens[core_first].start,
                text=text[phrase_start : tokens[last].end],
                nominative=" ".join(nominative) + rest,
                organization=organization,
                position=_position(tokens, first, index, (last, job_core)),
            )
        )
        index = last + 1
    return phrases


def _extent(
    text: str, tokens: Sequence[Token], index: int, stops: frozenset[int]
) -> tuple[int, int, int]:
    """Return the last word, last core word and last proper word of the role at ``index``.

    The complement (`extend_right`), none when it names a vehicle (`_vehicle_in`) or the
    role is a trade's (`lexicon.TRADE_NOUNS`: the genitive is whom the worker works for or
    on), else a field tail (`_field`); a noun before a quoted name is left out of the core.
    """
    last, core, proper_last = extend_right(text, tokens, index, stops)
    if _trade(tokens[index].text) and all(
        token.text.islower() for token in tokens[index + 1 : last + 1]
    ):
        # ``охоронець складу``: the common noun the worker works on stays in the phrase (the
        # person's role), no body; the job core is the trade noun alone (`_trade`).
        core = proper_last = last
    elif _vehicle_in(tokens, index, core, last) or _trade(tokens[index].text):
        last = core = proper_last = index
    if last == core:
        last = core = proper_last = _field(text, tokens, last, stops)
    return last, _before_quoted_name(text, tokens, index, core), proper_last


def _trade(word: str) -> bool:
    """Return True for a trade's role noun (`lexicon.TRADE_NOUNS`: ``охоронець``, ``водій``)."""
    return bool(lemmas(word) & pick(TRADE_NOUNS, ru.TRADE_NOUNS))


def _in_body_name(text: str, tokens: Sequence[Token], first: int, index: int) -> bool:
    """Return True for a role in the genitive that completes a body's name before it.

    ``Офіс Генерального прокурора``, ``в Офисе генерального прокурора``, ``Апарат
    Уповноваженого``: a capitalised organisation noun right before the role phrase names an
    institution after the post; the phrase is part of that organisation's name, no person's
    position.
    """
    if first == 0 or not _adjacent(text, tokens[first - 1], tokens[first]):
        return False
    body = tokens[first - 1].text
    if not is_capitalised(body) or body.isupper() or not _organization_noun(body):
        return False
    return "gent" in _cases(tokens[index].text)


def _vehicle_in(tokens: Sequence[Token], index: int, core: int, last: int) -> bool:
    """Return True when the complement of the role noun at ``index`` names a vehicle.

    ``core`` and ``last`` are the last words of the complement's core and of the complement.

    ``водій автобуса``, ``водитель грузовика``: the vehicle is the thing this person drove,
    not part of the position, which is the role noun alone; so is a make in Latin letters
    after a driver (``водій Volkswagen Golf``).
    """
    vehicles = pick(VEHICLE_NOUNS, ru.VEHICLE_NOUNS)
    if last > index and is_latin(tokens[index + 1].text) and lemmas(tokens[index].text) & vehicles:
        return True  # ``водитель Mercedes-Benz Vito``: the make of the car the driver drove
    return any(lemmas(token.text) & vehicles for token in tokens[index + 1 : core + 1])


def _joined_role(token: Token) -> RolePhrase | None:
    """Return the role of ``Шевченка-художника``: a name joined to a role noun by a hyphen."""
    name, _, rest = token.text.partition("-")
    if not rest or not is_capitalised(name) or not rest[:1].islower():
        return None
    if (
        _is_role_noun(token.text)
        or _is_role_noun(name)
        or name.lower() in pick(ROLE_PREFIXES, ru.ROLE_PREFIXES)
    ):
        return None  # ``Прем'єр-міністр``, ``Віце-прем'єр``: one role noun, capitalised
    if "-" in rest or not _role_lemmas(rest.lower()):
        return None
    start = token.start + len(name) + 1
    (nominative,) = nominative_phrase([rest])
    return RolePhrase(
        start=start,
        end=token.end,
        core_end=token.end,
        core_start=start,
        text=rest,
        nominative=nominative,
        organization=None,
    )


def _role_head(word: str) -> bool:
    """Return True for a role noun not written in capitals: it may head a role phrase."""
    return _is_role_noun(word) and not word.isupper()


def _sector_form(word: str) -> bool:
    """Return True for a sector worker's plural that is also the sector's singular.

    ``энергетики``: not a role noun by itself (`_role_lemmas`), but the workers when a plural
    verb follows (`_plural_verb_after`).
    """
    sectors = pick(SECTOR_ROLE_NOUNS, ru.SECTOR_ROLE_NOUNS)
    return (
        not word.isupper()
        and not sectors.isdisjoint(word_form(word.lower()).lemmas)  # no walk for most forms
        and not _is_role_noun(word)
        and any(
            str(parse.normal_form) in sectors
            and "plur" in parse.tag
            and parse.tag.case == "nomn"
            and "anim" in parse.tag
            for parse in parse_word(word.lower())
        )
    )


def _plural_verb_after(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Return True when ``tokens[index]`` opens a clause and a plural verb follows: its subject.

    ``Энергетики восстановили свет``: the sector's genitive cannot be a verb's subject. The
    word must open the sentence or follow a comma or a conjunction: after a noun it is that
    noun's genitive (``Вопросы энергетики обсудили``), and so it is after a comma or a
    conjunction that joins it to a genitive of no person (``вопросы медицины и энергетики
    обсудили``): coordinated words share their case.
    """
    if index + 1 >= len(tokens) or not _adjacent(text, tokens[index], tokens[index + 1]):
        return False
    if index == 0 or sentence_initial(text, tokens[index].start):
        pass
    elif "," in text[tokens[index - 1].end : tokens[index].start]:
        if _genitive_of_no_person(tokens[index - 1].text):
            return False
    elif not _coordinator(tokens[index - 1].text) or (
        index >= _PAIR and _genitive_of_no_person(tokens[index - 2].text)
    ):
        return False
    verb = _verb_after(text, tokens, index + 1)
    return verb.islower() and any(
        parse.tag.POS == "VERB" and parse.tag.number == "plur" for parse in parse_word(verb)
    )


def _verb_after(text: str, tokens: Sequence[Token], cursor: int) -> str:
    """Return the word at ``cursor``, or after the company's name and adverbs that open there.

    ``Енергетики ПрАТ «Черкасиобленерго» планують``, ``енергетики вже розпочали``: the workers' body
    (an acronym or a capitalised name, quoted or not) and an adverb stand between the subject
    and its verb, all in one run of words (at most `_MAX_BEFORE_VERB`).
    """
    for ahead in range(cursor, min(cursor + _MAX_BEFORE_VERB + 1, len(tokens))):
        word = tokens[ahead].text
        if ahead > cursor and not _adjacent_or_quoted(text, tokens[ahead - 1], tokens[ahead]):
            break
        if not (is_acronym(word) or is_capitalised(word) or _adverb(word)):
            return word
    return tokens[cursor].text


_MAX_BEFORE_VERB = 4


def _adjacent_or_quoted(text: str, left: Token, right: Token) -> bool:
    """Return True when only spaces and quotation marks (no newline) separate two words."""
    gap = text[left.end : right.start]
    return bool(gap) and "\n" not in gap and not gap.strip(' «»"„“')


@language_cache(maxsize=65536)
def _adverb(word: str) -> bool:
    """Return True for a lower-case adverb (``вже``: `lexicon.CLAUSE_ADVERBS`, or its reading)."""
    if not word.islower():
        return False
    if word in pick(CLAUSE_ADVERBS, ru.CLAUSE_ADVERBS):
        return True
    parses = parse_word(word)
    return bool(parses) and parses[0].tag.POS == "ADVB"


_PAIR = 2  # a conjunct, then a conjunction


@language_cache(maxsize=65536)
def _genitive_of_no_person(word: str) -> bool:
    """Return True for a noun that can be a genitive and cannot name people as a subject.

    ``медицины``: a genitive (and an inanimate plural); ``газовики``, ``спасатели`` can be the
    subject of a plural verb, so a sector worker coordinated with them is one too.
    """
    parses = parse_word(word.lower())
    return any(
        parse.tag.POS == "NOUN" and parse.tag.case == "gent" for parse in parses
    ) and not any(
        parse.tag.POS in {"NOUN", "ADJF"} and "anim" in parse.tag and parse.tag.case == "nomn"
        for parse in parses
    )


def _joins_role(word: str) -> bool:
    """Return True for a name joined to a role noun by a hyphen (`_joined_role`)."""
    return _joined_role(Token(word, 0, len(word))) is not None


def _hyphenated(word: str) -> bool:
    """Return True for a form with a hyphen: only such a form is asked `_joins_role`."""
    return "-" in word


_ROLE_HEADS = Screen(_role_head, family=BLOCK_SCREENS)
_SECTOR_FORMS = Screen(_sector_form, family=BLOCK_SCREENS)
_JOINED_ROLES = Screen(_joins_role, family=BLOCK_SCREENS, only=_hyphenated)


def _field_after_adjective(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Return True for a role noun's form read as a thing by the adjective before it.

    ``механика``, ``аналітика``, ``электрику`` are also forms of a field or thing (mechanics,
    analytics, wiring): an adjective right before that agrees with that reading and with no
    reading of the role noun (``квантовая механика``, ``квантову механіку``, ``вся
    электрика``) makes it the thing; one that agrees with the person keeps the role
    (``старшего механика``, ``опытному механику``).
    """
    if index == 0 or not _adjacent(text, tokens[index - 1], tokens[index]):
        return False
    roles = pick(ROLE_NOUNS, ru.ROLE_NOUNS)
    things, people = [], []
    for parse in parse_word(tokens[index].text.lower()):
        if parse.tag.POS != "NOUN":
            continue
        role = masculine(str(parse.normal_form)) in roles or str(parse.normal_form) in roles
        if role and "anim" in parse.tag:
            people.append(parse.tag)
        elif not role and "inan" in parse.tag:
            things.append(parse.tag)
    if not things:
        return False
    adjectives = [p.tag for p in parse_word(tokens[index - 1].text.lower()) if p.tag.POS == "ADJF"]

    def agrees(adjective: Any, noun: Any) -> bool:  # noqa: ANN401 - pymorphy3 tags
        if adjective.case != noun.case or adjective.number != noun.number:
            return False
        return noun.number == "plur" or adjective.gender in {None, noun.gender}

    return any(agrees(a, t) for a in adjectives for t in things) and not any(
        agrees(a, n) for a in adjectives for n in people
    )


def _attributive(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Return True for a role adjective used as an adjective (``військова кар'єра``).

    ``військовий``, ``слідчий``, ``поліцейський`` name a person only as nouns; before a noun
    they agree with, they describe it.
    """
    if index + 1 >= len(tokens) or not _adjacent(text, tokens[index], tokens[index + 1]):
        return False
    if is_capitalised(tokens[index + 1].text):
        return False  # ``Слідчий Іван Петренко``: a name in apposition
    adjectives = [p for p in parse_word(tokens[index].text.lower()) if p.tag.POS == "ADJF"]
    if not adjectives:
        return False
    if _coordinator(tokens[index + 1].text):
        # ``військові та цивільні об'єкти``: two adjectives of one noun; ``рабочие и
        # строители``: a noun coordinated with another.
        after = index + 2
        return (
            after < len(tokens)
            and _can_be_adjective(tokens[after].text)
            and _attributive(text, tokens, after)
        )
    following = tokens[index + 1].text
    nouns = [p for p in parse_word(following.lower()) if p.tag.POS == "NOUN"]
    if _body_genitive(following):
        # ``слідчі поліції``: a body's genitive, though its plural could agree; the adjective
        # qualifies it only in the singular (``обласної військової адміністрації``, ``в
        # обласній військовій адміністрації``).
        nouns = [p for p in nouns if p.tag.number != "plur"]
    return any(
        adjective.tag.case == noun.tag.case
        and (
            adjective.tag.number == noun.tag.number == "plur"
            or adjective.tag.gender == noun.tag.gender
        )
        for adjective in adjectives
        for noun in nouns
        if noun.tag.case is not None
    )


@language_cache(maxsize=65536)
def _body_genitive(word: str) -> bool:
    """Return True for a genitive of a body's noun (``поліції``, ``прокуратури``, ``служби``).

    A role adjective before it that agrees with no singular reading is the role used as a
    noun, with the body it serves in (``слідчі поліції``), though the body's plural may agree
    with it; a plural body (``сили``) is left out, as ``поліцейські сили`` are forces.
    """
    parses = [parse for parse in parse_word(word.lower()) if parse.tag.POS == "NOUN"]
    bodies = (
        pick(ORGANIZATION_NOUNS, ru.ORGANIZATION_NOUNS)
        | pick(ESTABLISHMENT_NOUNS, ru.ESTABLISHMENT_NOUNS)
    ) - pick(PLURAL_ORGANIZATION_NOUNS, ru.PLURAL_ORGANIZATION_NOUNS)
    return any(
        str(parse.normal_form) in bodies and parse.tag.case == "gent" and parse.tag.number != "plur"
        for parse in parses
    )


def _position(tokens: Sequence[Token], first: int, index: int, ends: tuple[int, int]) -> bool:
    """Return False for a role phrase that describes rather than names a job (see `RolePhrase`).

    ``ends`` are the indices of the phrase's last word and of its core's last word. A capacity
    noun whose complement is an organisation only (``представники Держпродспоживслужби``,
    ``членами секти``) describes too: its core is the bare noun.
    """
    last, job_core = ends
    found = _role_lemmas(tokens[index].text.lower())
    capacity = bool(found & pick(CAPACITY_NOUNS, ru.CAPACITY_NOUNS))
    if last > index:
        return not (capacity and job_core == index)
    if capacity:
        return False
    if found & pick(AMBIGUOUS_ROLE_NOUNS, ru.AMBIGUOUS_ROLE_NOUNS) and first == index:
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        return following is not None and is_capitalised(following.text)
    return True


def _field(text: str, tokens: Sequence[Token], last: int, stops: frozenset[int]) -> int:
    """Return the last word of a field tail after a role (``фахівець із IT``), or ``last``.

    ``з`` with a genitive names the field (``директор з маркетингу``, ``заступник з питань
    освіти``), as Russian ``по`` with a dative does (``вице-премьер-министр по
    восстановлению``, `lexicon.FIELD_PREPOSITIONS`); a capitalised word or a place noun after
    it is a place the person comes from (``депутат з Луцька``, ``рятувальники з області``), and
    ``з`` with the instrumental is company, not a field.
    """
    cursor = last + 1
    if cursor + 1 >= len(tokens) or not _adjacent(text, tokens[last], tokens[cursor]):
        return last
    case = pick(FIELD_PREPOSITIONS, ru.FIELD_PREPOSITIONS).get(tokens[cursor].text)
    after = lemmas(tokens[cursor + 1].text)
    if case is None or after & pick(NOT_FIELD_NOUNS, ru.NOT_FIELD_NOUNS):
        return last  # ``сообщил мэр по итогам совещания``: a circumstance, not a field
    if after & pick(PLACE_NOUNS, ru.PLACE_NOUNS):
        return last  # ``рятувальники з області``: where they come from, as ``з Луцька``
    end = last
    cursor += 1
    while cursor < len(tokens) and cursor - last <= _MAX_FIELD + 1:
        token = tokens[cursor]
        if token.start in stops or not _adjacent(text, tokens[cursor - 1], token):
            break
        # The preposition's case, then genitives (``по вопросам европейской интеграции``).
        cases = {case} if cursor == last + 2 else {case, "gent"}
        latin = is_latin(token.text)
        if not latin and (
            is_capitalised(token.text)
            or _pronoun(token.text)
            or not cases & _cases(token.text)
            or _is_role_noun(token.text)
        ):
            break
        end = cursor
        cursor += 1
    return end


def _before_quoted_name(text: str, tokens: Sequence[Token], index: int, core: int) -> int:
    """Return ``core`` without a last complement noun that a quoted name follows.

    ``тренер команди «Сокіл»``: the noun before a quoted name in apposition heads that name, an
    organisation of its own, and is no part of the position.
    """
    if core <= index:
        return core
    quoted = _QUOTED_AFTER.match(text, tokens[core].end)
    if quoted is None or lemmas(tokens[core].text) & pick(BOARD_NOUNS, ru.BOARD_NOUNS):
        return core  # ``правления «Укрэнерго»``: a board has no name, the name is its body's
    # A name in apposition stays in the nominative (``команди «Сокіл»``); a declined one is the
    # complement itself (``комітету «Київпастрансу»``: the committee of that company).
    word = quoted.group(1).lower()
    apposition = any(parse.tag.case == "nomn" or "Fixd" in parse.tag for parse in parse_word(word))
    return core - 1 if apposition or not parse_word(word) else core
