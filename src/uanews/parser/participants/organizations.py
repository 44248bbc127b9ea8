"""Organisations named in text: quoted names, acronyms, official noun phrases, numbered ones.

Rule families, each a finder over one block of text that returns `FoundOrganization` records;
`uanews.parser.participants` registers them and merges repeated mentions.

* quoted names after an organisation, team or legal-form word (``ТОВ «Грімальді»``, ``газеті
  «Полтавський вісник»``, ``команди «Сокіл»``), quoted names that hold an organisation noun
  themselves (``«Південно-Західна залізниця»``), open with an acronym (``«БМК Планети-Міст»``),
  capitalise every word (``«Стіл Продактс Лімітед»``) or are one word the sentence declines
  (``належить «Метінвесту»``);
* acronyms (``СБУ``, ``ГоловКРУ``, ``УДАРу``), not roman numerals, single letters, legal forms
  or abbreviations of things other than organisations;
* noun phrases headed by an organisation noun that are proper names: a capitalised adjective
  or head (``Ковельському міськвиконкомі``, ``Верховна Рада``, ``Всесвітній фонд природи``), a
  proper genitive after the head (``Міністерство освіти і науки України``), an institution
  with a complement at a sentence start (``Міністерство економіки``), a compound abbreviation
  of one body (``облради``) or a body noun classified by relational adjectives (``міграційна
  служба``); a name in parentheses right after one (``Служба безпеки України (СБУ)``) is its
  acronym;
* numbered institutions (``ліцей № 5``) and compound names of state bodies the dictionary may
  not know (``Держспецзв'язок``, ``Мінкульт``).

Mentions follow NER practice: a legal form or a capitalised head stays in the mention
(``ТОВ «Грімальді»``), a common head does not (``компанія «Фармак»`` is mentioned as
``Фармак``); names are in the nominative (``Ковельський міськвиконком``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

import attrs
from attrs import frozen

from uanews.parser.document import BLOCK_SCREENS, Screen, forms
from uanews.parser.language import language_cache, pick, reading_at
from uanews.parser.morph import listed, parse_word, to_nominative, word_form
from uanews.parser.participants import lexicon_ru as ru
from uanews.parser.participants.lexicon import (
    ACRONYM_CASE_ENDINGS,
    ACRONYM_COUNTRIES,
    ACRONYMS,
    AGAINST_PREPOSITIONS,
    BORDER_NOUNS,
    BUILDING_NOUNS,
    CHAIN_NOUNS,
    COMITATIVE_PREPOSITIONS,
    COORDINATORS,
    DATELINE_LABELS,
    DEFINITE_BODY_HEADS,
    DEPARTMENT_NOUNS,
    DIPLOMATIC_MISSION_NOUNS,
    FACILITY_ACRONYMS,
    FIELD_BODY_HEADS,
    FIELD_DEPARTMENT_NOUNS,
    FIELD_PREPOSITIONS,
    FORCE_OWNER_ADJECTIVES,
    GENERIC_ORGANIZATION_ADJECTIVES,
    GENITIVE_PREPOSITIONS,
    HOST_SEATS,
    INSTITUTION_HEADS,
    INSTRUMENTAL_HEADS,
    LEGAL_FORMS,
    MATCH_NOUNS,
    MATCH_VERBS,
    NAMED_AFTER_WORDS,
    NAMELESS_STUMP_PREFIXES,
    NATIONAL_SERVICE_NOUNS,
    NEWS_AGENCIES,
    NON_ORGANIZATION_NAMES,
    NOT_FIELD_NOUNS,
    NUMBERED_INSTITUTION_NOUNS,
    ORGANIZATION_ACRONYMS,
    ORGANIZATION_NOUNS,
    OTHER_ACRONYMS,
    OUTLET_BRANCH_NAMES,
    OUTLET_NAMES,
    PLACE_ADJECTIVE_SUFFIXES,
    PLACE_NAME_MARKERS,
    PLACE_NOUNS,
    PLAYER_NOUNS,
    PLURAL_ORGANIZATION_NOUNS,
    PRESS_CONTACT_NOUNS,
    PRESS_TITLE_NOUNS,
    PROPER_ADJECTIVE_ENDINGS,
    PUBLIC_LEGAL_FORMS,
    REPRESENTATION_PREPOSITIONS,
    SETTLEMENT_ABBREVIATIONS,
    SETTLEMENT_ROOTS,
    SOURCE_PHRASES,
    STATE_BODY_NOUNS,
    STATE_STUMP_EXCEPTIONS,
    STATE_STUMP_PREFIXES,
    STATE_STUMP_THING_RESTS,
    STUMP_ORGANIZATION_NOUNS,
    SUBSIDIARY_NOUNS,
    TEAM_NOUNS,
    TERRITORIAL_SERVICE_ACRONYMS,
    TERRITORY_PREPOSITIONS,
    TIME_NOUNS,
    TITLE_NOUNS,
    UNION_OF_STATES_ACRONYMS,
    UNION_OF_STATES_NAMES,
    UNIT_ACRONYMS,
    UNIT_KIND_ADJECTIVES,
    UTILITY_CASE_ENDINGS,
    UTILITY_NOUNS,
    UTILITY_STEMS,
    WEAPON_ACRONYMS,
)
from uanews.parser.participants.names import (
    Token,
    analyse,
    is_capitalised,
    sentence_initial,
    tokenize,
)
from uanews.parser.participants.roles import is_acronym, is_latin, is_role_noun, lemmas

__all__ = [
    "LATIN_NAME",
    "NAMED_AFTER_OPENING",
    "FoundOrganization",
    "acronym_stem",
    "agency_signatures",
    "concept_acronyms",
    "find_acronyms",
    "find_agency_dateline",
    "find_listed_outlets",
    "find_numbered_institutions",
    "find_organization_phrases",
    "find_quoted_organizations",
    "find_service_nouns",
    "find_stump_names",
    "find_substantivised_outlets",
    "find_utility_nouns",
    "heads_quoted_name",
    "initialisms",
    "is_organization_noun",
    "nominative_tail",
    "service_lemma",
]

_QUOTED = re.compile(r"«([^»\n]{1,80})»+")
_ACRONYM_IN_PARENTHESES = re.compile(r"\s*\(\s*([^\W\d_][\w-]*)\s*\)")
_MIXED_ACRONYM = re.compile(r"[^\W\d_]*[a-zа-яіїєґ'][A-ZА-ЯІЇЄҐ][^\W\d_]*")
_DECLINED_ACRONYM = re.compile(r"([A-ZА-ЯІЇЄҐ]{2,})([a-zа-яіїєґ]{1,3})")
_NAMED_AFTER_WORDS = NAMED_AFTER_WORDS + ru.NAMED_AFTER_WORDS
NAMED_AFTER_OPENING = "(?:" + "|".join(map(re.escape, _NAMED_AFTER_WORDS)) + ")"
"""A pattern of `lexicon.NAMED_AFTER_WORDS` in either language (``імені``, ``имени``)."""
_NAMED_AFTER = re.compile(
    r"[ \t]+" + NAMED_AFTER_OPENING + r"[ \t]*(?:[А-ЯЁІЇЄҐ]\.[ \t]*){0,2}[А-ЯЁІЇЄҐ][\w'’ʼ-]+"
    r"(?:[ \t]+([А-ЯЁІЇЄҐ][\w'’ʼ-]+))?"
)
_MODEL_NUMBER = re.compile(r"-?\d")
_PLANT_NUMBER = re.compile(r"-\d{1,2}\b")
"""The number of one of a city's plants written after its initialism (``Київська ТЕЦ-6``)."""
LATIN_NAME = re.compile(
    r"[A-Z][\w&.-]*(?:[ ](?:[A-Z][\w&./-]*|&|of|the|and|for|de|du|der|la|le|van|von|ve|und|et|y))*"
    r"[ ][A-Z](?:[\w&./-]*[\w&]|\.(?=[ \t]*[,;)]|[ \t]*$|[ \t]+[а-яіїєґ]))?",
    re.MULTILINE,
)
"""A Latin-script name of two or more capitalised words (``Kharkiv IT Cluster``), joined by
lower-case particles of several languages (``DOGUS Insaat ve Ticaret AS``, ``Python & Peter``).
A full stop or hyphen after its last word ends the sentence or a compound, not the name, except
the stop of a one-letter abbreviation that a comma or a lower-case word follows (``Orion
Trading B. V., яка``). A word after the first may hold a slash (the Danish legal form ``A/S``:
``Baltic Heat A/S``)."""
_STATE_NAMES = NON_ORGANIZATION_NAMES - UNION_OF_STATES_NAMES
_STATE_NAMES_RU = ru.NON_ORGANIZATION_NAMES - ru.UNION_OF_STATES_NAMES
_MIN_ACRONYM = 3
_MAX_ACRONYM = 8
_MAX_COMPLEMENT = 6
_MAX_PURPOSE = 8
_MAX_QUOTED_WORDS = 6
# Speech, not a name: the quote ends a clause (``«Школа готова.»``) or a dash attribution
# follows it (``«Школа готова», – сказала вона``).
_SPEECH_INSIDE = re.compile(r"[.,!?…]\s*$")
_SPEECH_AFTER = re.compile(r"\s*,\s*[-–—]")
_TITLE_REACH = 5  # words back from a quoted name to look for a work or project noun
_MIN_COMPOUND_PREFIX = 2
_MIN_COMPOUND_HEAD = 4
_COMPOUND_HEADS = frozenset(noun for noun in ORGANIZATION_NOUNS if len(noun) >= _MIN_COMPOUND_HEAD)
_COMPOUND_HEADS_RU = frozenset(
    noun for noun in ru.ORGANIZATION_NOUNS if len(noun) >= _MIN_COMPOUND_HEAD
)
_NOMINAL = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})
_FUNCTION = frozenset({"PREP", "CONJ"})
_ACTION_ENDINGS = ("ння", "ття")
# ``оцінювання``, ``прогнозування``: a noun of an ongoing activity (from an imperfective verb in
# ``-увати``), with its object after it, is the field a body works in (``центр оцінювання
# якості освіти``), not one act it is asked to do (``відкриття рахунку``).
_PROCESS_ENDINGS = ("вання",)
_MAX_FIELD_WORDS = 3


@frozen
class FoundOrganization:
    """An organisation mention: offsets, the nominative name, and an acronym the text pairs it with.

    ``alias`` is the acronym written in parentheses right after the mention (``СБУ`` after
    ``Служба безпеки України``), or None.
    """

    start: int
    end: int
    name: str
    alias: str | None = None


def _noun_lemmas(word: str) -> frozenset[str]:
    """Return the noun lemmas of ``word`` (lower case)."""
    return word_form(word.lower()).noun_lemmas


@language_cache(maxsize=65536)
def is_organization_noun(word: str) -> bool:
    """Return True when ``word`` is a noun heading an organisation's name, compounds included.

    A compound counts by its last part (``інтернет-видання``, ``держпідприємство``,
    ``Укргідрометцентр``), unless a reading names a town (`lexicon.SETTLEMENT_ROOTS`:
    ``Мирноград``, whose guessed reading ``мирнограда`` ends as ``рада``).
    """
    found = _noun_lemmas(word)
    if "-" in word:  # without a hyphen the last part is the word itself
        found |= _noun_lemmas(word.rsplit("-", 1)[-1])
    if not found:
        return False  # no noun reading: most forms
    nouns = pick(ORGANIZATION_NOUNS, ru.ORGANIZATION_NOUNS)
    if not nouns.isdisjoint(found):
        return True  # a listed noun: whatever the loop below meets first, it answers yes
    roots = pick(SETTLEMENT_ROOTS, ru.SETTLEMENT_ROOTS)
    if any(lemma.endswith(roots) for lemma in found):
        return False  # ``Мирнограде``: a town, whatever compound its guessed readings spell
    heads = pick(_COMPOUND_HEADS, _COMPOUND_HEADS_RU)
    for lemma in found:
        # The suffixes of the lemma that leave a prefix, looked up rather than every noun tried.
        # (``lemma[cut:]`` for each cut, by C functions: no generator a lemma.)
        last = len(lemma) - _MIN_COMPOUND_HEAD
        cuts = map(slice, range(_MIN_COMPOUND_PREFIX, last + 1), itertools.repeat(None))
        suffixes = map(lemma.__getitem__, cuts)
        if not heads.isdisjoint(suffixes):
            return True
    return False


_ALL_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _cases(word: str) -> frozenset[str]:
    """Return the cases ``word`` can be in; an indeclinable word can be in any."""
    record = word_form(word.lower())
    return _ALL_CASES if record.indeclinable else record.cases


def _genitive(word: str) -> bool:
    """Return True for a word that can continue a genitive complement (``науки``, ``України``)."""
    if is_acronym(word) or is_latin(word):
        return True
    parts = [part for part in word.split("-") if part]
    if len(parts) > 1 and _genitive_adjective(parts[-1]):
        return True  # ``Кам'янець-Подільської``: a compound adjective declines in its last part
    return all("gent" in _cases(part) for part in parts)


def _genitive_adjective(word: str) -> bool:
    """Return True when ``word`` can be an adjective in the genitive (``Подільської``)."""
    return any(
        parse.tag.POS in {"ADJF", "PRTF"} and parse.tag.case == "gent"
        for parse in parse_word(word.lower())
    )


@language_cache(maxsize=65536)
def _head_forms(word: str) -> tuple[tuple[str, str | None, bool], ...]:
    """Return (case, gender, plural) of each organisation-noun reading of ``word``."""
    forms: list[tuple[str, str | None, bool]] = []
    last = word.rsplit("-", 1)[-1]
    parses = (*parse_word(word.lower()), *parse_word(last.lower()))
    if is_acronym(word) and not any(parse.tag.POS == "NOUN" for parse in parses):
        # An initialism the dictionary does not know (``ОВА``) is indeclinable: any case,
        # singular, of its head word's gender (``Харьковской ОВА``: administration).
        return tuple((case, None, False) for case in _ALL_CASES)
    for parse in parses:
        if parse.tag.POS != "NOUN" or parse.tag.case is None:
            continue
        if "Fixd" in parse.tag:
            forms.extend((case, None, False) for case in _cases(word))
            continue
        forms.append((str(parse.tag.case), parse.tag.gender, parse.tag.number == "plur"))
    return tuple(dict.fromkeys(forms))


def _agrees(adjective: str, noun: str, *, singular: bool = False) -> bool:
    """Return True when ``adjective`` can agree in case, number and gender with ``noun``.

    Only a noun whose names are plural (``Збройних Сил``) agrees in the plural, and only when
    ``singular`` is False.
    """
    plural_name = not singular and bool(
        _noun_lemmas(noun) & pick(PLURAL_ORGANIZATION_NOUNS, ru.PLURAL_ORGANIZATION_NOUNS)
    )
    heads = [form for form in _head_forms(noun) if plural_name or not form[2]]
    for parse in parse_word(adjective.lower()):
        if parse.tag.POS not in {"ADJF", "PRTF"}:
            continue
        plural = parse.tag.number == "plur"
        for case, gender, head_plural in heads:
            if parse.tag.case != case or plural != head_plural:
                continue
            if plural or gender in {None, parse.tag.gender}:
                return True
    return False


def _adjacent(text: str, left: Token, right: Token) -> bool:
    """Return True when only spaces on one line separate two words."""
    gap = text[left.end : right.start]
    return bool(gap) and gap.isspace() and "\n" not in gap


def _proper(text: str, token: Token) -> bool:
    """Return True for a word written as a proper name: capital not due to position, acronym."""
    word = token.text
    if is_acronym(word) or is_latin(word):
        return True
    return is_capitalised(word) and not sentence_initial(text, token.start)


def _proper_adjective(word: str) -> bool:
    """Return True for an adjective made from a place name (``Ковельський``, ``Київський``)."""
    for parse in parse_word(word.lower()):
        lemma = str(parse.normal_form)
        endings = pick(PROPER_ADJECTIVE_ENDINGS, ru.PROPER_ADJECTIVE_ENDINGS)
        if parse.tag.POS == "ADJF" and lemma.endswith(endings):
            return lemma not in pick(
                GENERIC_ORGANIZATION_ADJECTIVES, ru.GENERIC_ORGANIZATION_ADJECTIVES
            )
    return False


def nominative_tail(words: Sequence[str]) -> str:
    """Return adjectives and a head noun (in any case) in the nominative, lower-cased."""
    return to_nominative(" ".join(words)).lower()


def _complement(
    text: str, tokens: Sequence[Token], head: int, stops: frozenset[int]
) -> tuple[int, int]:
    """Return the last words of the genitive complement after ``tokens[head]`` and its proper part.

    The complement may hold coordinated genitives (``освіти і науки``); the proper part ends at
    its last proper word (``України``), or is ``head`` when it has none.
    """
    last = proper = head
    cursor = head + 1
    while cursor < len(tokens) and cursor - head <= _MAX_COMPLEMENT:
        token = tokens[cursor]
        if token.start in stops or not _adjacent(text, tokens[cursor - 1], token):
            break
        if (
            token.text in pick(COORDINATORS, ru.COORDINATORS)
            and cursor + 1 < len(tokens)
            and cursor > head + 1
            and _adjacent(text, token, tokens[cursor + 1])
            and not is_capitalised(tokens[cursor + 1].text)
            and _genitive(tokens[cursor + 1].text)
            and not _function_word(tokens[cursor + 1].text)  # ``и в``: the letter's name
        ):
            cursor += 1
            token = tokens[cursor]
        elif (
            not (_genitive(token.text) or _place_apposition(text, tokens, cursor, stops))
            or _after_proper_noun(text, tokens, cursor, head)
            or _function_word(token.text)  # Russian ``в`` is also the letter's indeclinable name
            or _is_verb_first(token.text)
            or _past_verb(token.text)
            or _circumstance(token.text)
        ):
            break
        last = cursor
        if _proper(text, token) or (
            proper == cursor - 1 > head and _adjective(tokens[proper].text)
        ):
            # ``Полтавської області``: the noun of a proper adjective is part of the name.
            proper = cursor
        cursor += 1
    coordinators = pick(COORDINATORS, ru.COORDINATORS)
    while last > head and not _proper(text, tokens[last]) and _adjective(tokens[last].text):
        last -= 1  # ``минулої`` before ``весни``: an adjective of what follows the name
        while last > head and tokens[last].text in coordinators:
            last -= 1  # ``уезда Ботошани и областной совет``: the second body is no complement
    return last, max(min(proper, last), head)


def _place_apposition(
    text: str, tokens: Sequence[Token], cursor: int, stops: frozenset[int]
) -> bool:
    """Return True for a place's own name after a place noun, in any case (``уезда Клуж``).

    A foreign place's name stays in the nominative in apposition to the noun (`PLACE_NOUNS`:
    ``повіту Ботошань``, ``уезда Клуж``). A first name, or a word another capitalised word
    follows, opens a person's name instead (``уезда Михай Попеску``), unless that word opens a
    name already found (``stops``: ``уезда Клуж Михай Попеску``).
    """
    token = tokens[cursor]
    if not is_capitalised(token.text) or not _noun_lemmas(tokens[cursor - 1].text) & pick(
        PLACE_NOUNS, ru.PLACE_NOUNS
    ):
        return False
    following = tokens[cursor + 1] if cursor + 1 < len(tokens) else None
    if (
        following is not None
        and _adjacent(text, token, following)
        and is_capitalised(following.text)
        and following.start not in stops
    ):
        return False
    return not any(reading.kind == "Name" for reading in analyse(token.text).readings)


def _after_proper_noun(text: str, tokens: Sequence[Token], cursor: int, head: int) -> bool:
    """Return True for a lower-case word right after a proper noun that ends a complement.

    A genitive proper noun closes a body's name (``Офіс Президента``, ``Міністерство культури
    України``): a lower-case word after it belongs to the sentence (``В Офісі Президента
    рішення не коментували``). The noun of a proper adjective does not (``Полтавської
    області``), nor the word after an acronym (``управління ДСНС області``).
    """
    previous = tokens[cursor - 1]
    return (
        cursor - 1 > head
        and not is_capitalised(tokens[cursor].text)
        and _proper(text, previous)
        and not is_acronym(previous.text)
        and not is_latin(previous.text)
        and not _adjective(previous.text)
    )


@language_cache(maxsize=65536)
def _adjective(word: str) -> bool:
    """Return True when the likeliest reading of ``word`` is an adjective."""
    parses = parse_word(word.lower())
    return bool(parses) and parses[0].tag.POS in {"ADJF", "PRTF"}


@language_cache(maxsize=65536)
def _circumstance(word: str) -> bool:
    """Return True for a pronoun or a noun of time (``цього``, ``тижня``): no part of a name."""
    parses = parse_word(word.lower())
    if any(parse.tag.POS == "NPRO" for parse in parses[:1]):
        return True
    return bool(_noun_lemmas(word) & pick(TIME_NOUNS, ru.TIME_NOUNS))


def _field_complement(tokens: Sequence[Token], proper: int, last: int, head: str) -> bool:
    """Return True for a short lower-case complement of field nouns (``природи``).

    Coordinated ones count (``освіти і науки``); a noun of an action (``відкриття``) is what
    the body does, not part of its name, unless it names an ongoing activity with its object
    after it (`_PROCESS_ENDINGS`: ``оцінювання якості освіти``) and ``head`` is a body named
    by the field it works in (`lexicon.FIELD_BODY_HEADS`: ``центр``, not ``залізниця``).
    """
    words = [token.text for token in tokens[proper + 1 : last + 1]]
    field_body = bool(_noun_lemmas(head) & pick(FIELD_BODY_HEADS, ru.FIELD_BODY_HEADS))
    return (
        0 < len(words) <= _MAX_FIELD_WORDS
        and words[0] not in pick(COORDINATORS, ru.COORDINATORS)
        and all(
            word in pick(COORDINATORS, ru.COORDINATORS)
            or not word.lower().endswith(_ACTION_ENDINGS)
            or (field_body and word.lower().endswith(_PROCESS_ENDINGS) and index < len(words) - 1)
            for index, word in enumerate(words)
        )
    )


def _described(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when a lower-case complement opens with an adjective (``бойового гопака``)."""
    return first <= last and _adjective(tokens[first].text)


@language_cache(maxsize=65536)
def _past_verb(word: str) -> bool:
    """Return True for a lower-case word that can be a past-tense verb (``надала``).

    After a name a past verb is the predicate (``Одеська міськрада надала згоду``), even where
    the dictionary likes a rarer noun reading better.
    """
    return word[:1].islower() and any(
        parse.tag.POS == "VERB" and "past" in parse.tag for parse in parse_word(word.lower())
    )


@language_cache(maxsize=65536)
def _is_verb_first(word: str) -> bool:
    """Return True when the likeliest reading of ``word`` is a verb (``має``)."""
    parses = parse_word(word.lower())
    return bool(parses) and parses[0].tag.POS in {"VERB", "INFN", "ADVB"}


def _purpose(
    text: str, tokens: Sequence[Token], last: int, stops: frozenset[int] = frozenset()
) -> int:
    """Return the last word of ``з надзвичайних ситуацій`` after an official name, or ``last``.

    Russian writes the same purpose with ``по`` and a dative (``Государственная служба по
    чрезвычайным ситуациям``, ``Министерство по делам ветеранов``).
    """
    cursor = last + 1
    if cursor + 1 >= len(tokens) or not _adjacent(text, tokens[last], tokens[cursor]):
        return last
    case = pick(FIELD_PREPOSITIONS, ru.FIELD_PREPOSITIONS).get(tokens[cursor].text)
    if case is None or lemmas(tokens[cursor + 1].text) & pick(NOT_FIELD_NOUNS, ru.NOT_FIELD_NOUNS):
        return last  # ``Збройним Силам з боку суспільства``: a compound preposition, no field
    end = last
    cursor += 1
    while cursor < len(tokens) and cursor - last <= _MAX_PURPOSE:
        token = tokens[cursor]
        if token.start in stops or not _adjacent(text, tokens[cursor - 1], token):
            break  # a person's name ends the purpose (``по правам человека Дмитрий Лубинец``)
        if token.text in pick(COORDINATORS, ru.COORDINATORS) and cursor + 1 < len(tokens):
            cursor += 1
            continue
        # The preposition's case (Russian ``по`` takes the dative), then genitives too.
        fits = (
            _genitive(token.text)
            if case == "gent"
            else case in _cases(token.text) or (end > last and _genitive(token.text))
        )
        if not fits or _is_verb_first(token.text):
            break
        if is_capitalised(token.text) and end == last:
            break  # ``з Харкова``: a place right after ``з``; ``з підготовки Євро`` goes on
        end = cursor
        cursor += 1
    return end


def _located(text: str, tokens: Sequence[Token], last: int) -> int:
    """Return the last word of ``в Кіровоградській області`` after a proper complement."""
    cursor = last + 1
    if cursor + 2 >= len(tokens) or tokens[cursor].text not in pick(
        TERRITORY_PREPOSITIONS, ru.TERRITORY_PREPOSITIONS
    ):
        return last
    adjective, noun = tokens[cursor + 1], tokens[cursor + 2]
    if (
        _adjacent(text, tokens[last], tokens[cursor])
        and _adjacent(text, tokens[cursor], adjective)
        and _adjacent(text, adjective, noun)
        and is_capitalised(adjective.text)
        and not is_capitalised(noun.text)
        and _noun_lemmas(noun.text) & pick(PLACE_NOUNS, ru.PLACE_NOUNS)
        and "loct" in _cases(noun.text)
    ):
        return cursor + 2
    return last


def _seat(text: str, tokens: Sequence[Token], last: int, stops: frozenset[int]) -> int:
    """Return the last word of ``у Києві`` after an adjective and a head, or ``last``.

    A name made of adjectives and a head alone (``Польський інститут``, ``Технічний
    університет``) fits many bodies; the city or country it sits in, a capitalised place
    noun in the locative after ``в``/``у`` (`lexicon.TERRITORY_PREPOSITIONS`), says which one
    and is part of its name (``Польський інститут у Києві``, ``Аграрного університету в
    Нітрі``, ``Британская рада в Украине``). A name in the nominative with a verb right after
    the place is the sentence's subject, and the place may be where the verb's action happened
    (``Шведський фонд у Чернігові передав генератори``): there only the host country or its
    capital (`lexicon.HOST_SEATS`) is taken as the seat.
    """
    cursor = last + 1
    if cursor + 1 >= len(tokens) or tokens[cursor].text not in pick(
        TERRITORY_PREPOSITIONS, ru.TERRITORY_PREPOSITIONS
    ):
        return last
    place = tokens[cursor + 1]
    if (
        place.start in stops
        or not _adjacent(text, tokens[last], tokens[cursor])
        or not _adjacent(text, tokens[cursor], place)
        or not _proper(text, place)
        or is_acronym(place.text)
        or is_latin(place.text)
        or is_organization_noun(place.text)
        or not _seat_name(place.text)
    ):
        return last
    following = tokens[cursor + 2] if cursor + 2 < len(tokens) else None
    if (
        following is not None
        and _adjacent(text, place, following)
        and _noun_lemmas(following.text) & pick(PLACE_NOUNS, ru.PLACE_NOUNS)
    ):
        return last  # ``у Київській області`` is `_located`'s; an adjective is no seat
    if (
        following is not None
        and _adjacent(text, place, following)
        and _finite_verb(following.text)
        and "nomn" in _cases(tokens[last].text)
        and not _noun_lemmas(place.text) & pick(HOST_SEATS, ru.HOST_SEATS)
    ):
        return last  # ``у Чернігові передав``: the place of the act, not the body's seat
    return cursor + 1


def _mission_seat(
    text: str, tokens: Sequence[Token], head: int, last: int, stops: frozenset[int]
) -> int:
    """Return the last word of the seat after a mission's country, or ``last``.

    ``Посольства Данії в Україні``, ``Консульство Польщі у Львові``: the country or city a
    mission sits in is its name (`_seat`). Before the verb of a mission in the nominative only
    the host country or its capital is (``Посольство Франції у Чернігові передало``: where it
    acted), as for a foreign body's seat.
    """
    seat = _seat(text, tokens, last, stops)
    if seat == last or seat + 1 >= len(tokens) or "nomn" not in _cases(tokens[head].text):
        return seat
    following = tokens[seat + 1]
    if (
        _adjacent(text, tokens[seat], following)
        and _finite_verb(following.text)
        and not _noun_lemmas(tokens[seat].text) & pick(HOST_SEATS, ru.HOST_SEATS)
    ):
        return last
    return seat


@language_cache(maxsize=65536)
def _finite_verb(word: str) -> bool:
    """Return True for a lower-case word whose likeliest reading is a finite verb (``передав``)."""
    parses = parse_word(word.lower())
    return word[:1].islower() and bool(parses) and parses[0].tag.POS == "VERB"


@language_cache(maxsize=65536)
def _seat_name(word: str) -> bool:
    """Return True for a word with a reading as an inanimate noun in the locative, no adjective.

    ``Києві``, ``Вільнюсі``, ``Киеве``; an indeclinable foreign name has every case
    (``Тарту``).
    """
    readings = parse_word(word.lower())
    return any(
        parse.tag.POS == "NOUN" and "inan" in parse.tag and parse.tag.case == "loct"
        for parse in readings
    ) and not any(parse.tag.POS in {"ADJF", "PRTF"} for parse in readings)


def _region_of(text: str, tokens: Sequence[Token], last: int, covered: AbstractSet[int]) -> int:
    """Return the last word of ``Херсонської області`` right after ``tokens[last]``, or ``last``.

    A service's acronym with the region it serves in the genitive (``ДСНС Херсонської
    області``, ``ГСЧС Николаевской области``) names one body, the service's regional office,
    as ``Господарський суд Одеської області`` does: a capitalised adjective and a lower-case
    place noun (`lexicon.PLACE_NOUNS`) that agree in the genitive, or the name of a city or
    region alone (``ГСЧС Киева``, `_place_genitive`).
    """
    cursor = last + 1
    if cursor < len(tokens) and _place_genitive(text, tokens[last], tokens[cursor], covered):
        return cursor  # ``ГСЧС Киева``, ``ДСНС Харківщини``
    if cursor + 1 >= len(tokens):
        return last
    adjective, noun = tokens[cursor], tokens[cursor + 1]
    if (
        adjective.start not in covered
        and _adjacent(text, tokens[last], adjective)
        and _adjacent(text, adjective, noun)
        and is_capitalised(adjective.text)
        and not is_capitalised(noun.text)
        and _noun_lemmas(noun.text) & pick(PLACE_NOUNS, ru.PLACE_NOUNS)
        and "gent" in _cases(noun.text)
        and _adjective(adjective.text)
        and any(
            parse.tag.case == "gent" and parse.tag.POS in {"ADJF", "PRTF"}
            for parse in parse_word(adjective.text.lower())
        )
    ):
        return cursor + 1
    return last


def _place_genitive(text: str, before: Token, token: Token, covered: AbstractSet[int]) -> bool:
    """Return True for a place's name in the genitive right after a service's acronym.

    A capitalised noun (not at a sentence start) that can be a genitive, and is read as an
    inanimate noun only, never as a person's name or any animate noun (``ГСЧС Киева``, ``ДСНС
    Харківщини``; not ``СБУ Иванова``), nor as an organisation noun (``вченої ради Центру``: a
    unit of another body), and not a word a person or organisation already holds.
    """
    if token.start in covered or not _adjacent(text, before, token) or not _proper(text, token):
        return False
    if is_acronym(token.text) or is_latin(token.text) or is_organization_noun(token.text):
        return False
    return _place_name(token.text)


@language_cache(maxsize=65536)
def _place_name(word: str) -> bool:
    """Return True for a word read only as an inanimate noun, with a genitive reading.

    ``Киева``, ``Харківщини``, ``Японии``: no reading as a person's name or any animate noun
    (``Иванова``, ``Шмыгаля``), nor as an adjective.
    """
    return _inanimate_noun_in(word, "gent")


def _inanimate_noun_in(word: str, case: str) -> bool:
    """Return True for a word read only as an inanimate noun (no name), with a ``case`` reading."""
    readings = parse_word(word.lower())
    return (
        bool(readings)
        and all(
            parse.tag.POS == "NOUN"
            and "anim" not in parse.tag
            and not {"Surn", "Name", "Patr"} & parse.tag.grammemes
            for parse in readings
        )
        and any(parse.tag.case == case for parse in readings)
    )


def _alias(text: str, end: int) -> str | None:
    """Return the acronym in parentheses right after ``end`` (``(СБУ)``), or None."""
    found = _ACRONYM_IN_PARENTHESES.match(text, end)
    if found is None:
        return None
    word = found.group(1)
    return word if _acronym_like(word) else None


def _named_after(text: str, end: int, stops: frozenset[int] = frozenset()) -> int:
    """Return the end of ``ім. С. П. Корольова`` right after ``end``, or ``end``.

    A second capitalised word that opens a person's mention (``stops`` holds every offset of
    one, so the space before it is none) is no part of the namesake: ``університету імені
    Франка Петро Коваль`` names the body after Franko, and the rector follows it.
    """
    found = _NAMED_AFTER.match(text, end)
    if found is None:
        return end
    second = found.start(1)
    if found.group(1) is not None and second in stops and second - 1 not in stops:
        cut = second
        while text[cut - 1] in " \t":
            cut -= 1
        return cut
    return found.end()


def _before_named_after(text: str, tokens: Sequence[Token], index: int, last: int) -> int:
    """Return ``last``, or the word before ``імені`` when the complement took that word.

    ``лікарні імені В. П. Гончара``: ``імені`` (the genitive of ``ім'я``) reads as one more
    genitive word of the complement, and the initials after it as capitalised words; the name
    the body bears is read whole from ``імені`` on (`_named_after`).
    """
    for cursor in range(index + 1, last + 1):
        if tokens[cursor].text in _NAMED_AFTER_WORDS and _named_after(
            text, tokens[cursor - 1].end
        ) > (tokens[cursor].end):
            return cursor - 1
    return last


def _key(name: str) -> str:
    """Return ``name`` lower-cased with one space between words."""
    return " ".join(name.lower().split())


def find_organization_phrases(
    text: str, start: int, end: int, stops: frozenset[int] = frozenset()
) -> list[FoundOrganization]:
    """Return proper-name organisation phrases in ``text[start:end]``.

    ``stops`` are offsets where a word may not be taken (people already found).
    """
    heads = _HEADS.passing(forms(text, start, end))
    if not heads:
        return []
    tokens = tokenize(text, start, end)
    found: list[FoundOrganization] = []
    index = 0
    while index < len(tokens):
        head = tokens[index]
        if head.start in stops or head.text not in heads or _before_latin_name(text, tokens, index):
            index += 1
            continue
        phrase, index = _phrase_from(text, tokens, index, stops)
        if phrase is not None:
            found.append(phrase)
    return found


@frozen
class _Capitals:
    """What makes a phrase a proper name: its head's capital, its opening's, an institution."""

    head: bool
    named: bool
    official: bool


def _capitals(text: str, tokens: Sequence[Token], first: int, index: int, last: int) -> _Capitals:
    """Return which capitals make ``tokens[first:last + 1]`` (head at ``index``) a name.

    A capital not due to position makes the whole phrase a proper name (``Всесвітній фонд
    природи``); so does an institution with a complement at the start of a sentence
    (``Міністерство економіки погодило``).
    """
    head, opening = tokens[index], tokens[first]
    initial = sentence_initial(text, opening.start)
    return _Capitals(
        head=is_capitalised(head.text) and (first < index or not initial),
        named=is_capitalised(opening.text) and not initial,
        official=initial
        and first == index
        and last > index
        and is_capitalised(head.text)
        and bool(_noun_lemmas(head.text) & pick(INSTITUTION_HEADS, ru.INSTITUTION_HEADS)),
    )


def _phrase_from(
    text: str, tokens: Sequence[Token], index: int, stops: frozenset[int]
) -> tuple[FoundOrganization | None, int]:
    """Return the organisation phrase headed by ``tokens[index]`` (or None) and the next index."""
    head = tokens[index]
    first = index
    while (
        first > 0
        and tokens[first - 1].start not in stops
        and _adjacent(text, tokens[first - 1], tokens[first])
        and _agrees(tokens[first - 1].text, head.text)
        and not _role_noun_first(tokens[first - 1].text)
    ):
        first -= 1
    last, proper = _complement(text, tokens, index, stops)
    complement = last
    opening = tokens[first]
    capitals = _capitals(text, tokens, first, index, last)
    # ``Український центр оцінювання якості освіти`` opening a sentence: a place's adjective
    # makes the phrase a name whatever gives it its capital.
    placed = first < index and _proper_adjective(opening.text)
    keep = (
        (capitals.head and first == index)
        or _described(tokens, proper + 1, last)
        or (
            (capitals.named or capitals.official or placed)
            and _field_complement(tokens, proper, last, head.text)
        )
    )
    if not keep:
        # A bare lower-case genitive (``раді рішення``) is no part of the name; one with an
        # adjective (``федерації бойового гопака``), after a capitalised head, or field nouns
        # after a proper name (``Всесвітній фонд природи``) are.
        last = proper
    accepted = _accepted(text, tokens, (first, index, proper), capitals)
    department = None if accepted else _department_body(text, tokens, first, index, complement)
    if department is not None:
        accepted, last = True, department
    # ``Воздушные силы ВСУ`` at a sentence start: an adjective and a proper complement make the
    # plural a name (not ``Силами ГСЧС``: by the service's forces).
    opened = first < index and proper > index
    plural_only = bool(
        _noun_lemmas(head.text) & pick(PLURAL_ORGANIZATION_NOUNS, ru.PLURAL_ORGANIZATION_NOUNS)
    )
    if plural_only and _generic_forces(tokens, first, index, proper):
        return None, index + 1
    plural_name = (capitals.head or capitals.named or opened) and plural_only
    # ``Російські сили атакували``: the adjective makes the head plural, whatever singular
    # reading the head alone has; a plural phrase is a name only as `plural_name` says.
    singular = _singular(head.text) and (
        first == index or _agrees(tokens[first].text, head.text, singular=True)
    )
    if not accepted or not (singular or plural_name):
        return None, index + 1
    proper_name = proper > index or capitals.head or capitals.named or capitals.official
    last = _tail(text, tokens, (first, index, last), stops, proper_name=proper_name)
    last = _before_named_after(text, tokens, index, last)
    phrase_end = _named_after(text, tokens[last].end, stops)
    year = _YEAR_SUFFIX.match(text, phrase_end)
    phrase_end = phrase_end if year is None else year.end()  # ``Євро-2012``
    phrase_end = _own_quoted_name(text, tokens, phrase_end)
    if (
        last == index
        and phrase_end == head.end
        and _noun_lemmas(head.text) & pick(BUILDING_NOUNS, ru.BUILDING_NOUNS)
    ):
        # ``в Мариинском дворце``: a palace is a building; only what it houses is a body
        # (``Палац культури «Х»``, ``Дворец спорта``).
        return None, index + 1
    written = text[opening.start : head.end]
    # ``Сили оборони Півдня`` at a sentence start: a plural form of a plural-only head stays
    # plural in the nominative, whatever singular reading it also has.
    plural = plural_name or (plural_only and any(plural for _, _, plural in _head_forms(head.text)))
    name = _phrase_nominative(written, head.text, plural=plural, alone=first == index)
    name += text[head.end : phrase_end]
    if _unit_before(text, tokens, first, stops):
        # ``ГУ Нацполиции в Киевской области``: the directorate of the body named after it,
        # which stays in the genitive the unit governs.
        opening = tokens[first - 1]
        name = text[opening.start : phrase_end]
    if _key(name) in pick(_STATE_NAMES, _STATE_NAMES_RU):
        return None, last + 1
    alias = _alias(text, phrase_end)
    if alias is not None and is_latin(alias) and not is_latin(name.split(maxsplit=1)[0]):
        # ``Всесвітній фонд природи (WWF)``: a Latin acronym after a Cyrillic name is the
        # body's own name in its language, written with the translation as one mention (the
        # name stays without it). An acronym in the name's script is the short form the text
        # goes on to use (``Служба безпеки України (СБУ)``), a mention of its own.
        paired = _ACRONYM_IN_PARENTHESES.match(text, phrase_end)
        phrase_end = phrase_end if paired is None else paired.end()
    following = next((i for i in range(last + 1, len(tokens)) if tokens[i].end > phrase_end), None)
    after = len(tokens) if following is None else following
    return FoundOrganization(opening.start, phrase_end, name, alias), after


def _generic_forces(tokens: Sequence[Token], first: int, index: int, proper: int) -> bool:
    """Return True when a plural-only head (``сили``) names forces, not a body.

    An adjective of whose forces they are or how the writer judges them
    (`lexicon.FORCE_OWNER_ADJECTIVES`: ``Окупаційні сили Росії``, ``Українські сили ППО``)
    describes an army; a weapon or defence system as the whole complement
    (`lexicon.WEAPON_ACRONYMS`: ``Сили ППО``, ``сили РЕБ``) says what the forces operate,
    not whose they are. ``tokens[first:index]`` are the adjectives, ``proper`` the last proper
    word of the complement.
    """
    owners = pick(FORCE_OWNER_ADJECTIVES, ru.FORCE_OWNER_ADJECTIVES)
    if any(
        parse.tag.POS == "ADJF" and str(parse.normal_form) in owners
        for token in tokens[first:index]
        for parse in parse_word(token.text.lower())
    ):
        return True
    return proper == index + 1 and tokens[proper].text in pick(WEAPON_ACRONYMS, ru.WEAPON_ACRONYMS)


def _tail(
    text: str,
    tokens: Sequence[Token],
    span: tuple[int, int, int],
    stops: frozenset[int],
    *,
    proper_name: bool,
) -> int:
    """Return the last word of a phrase (``span``: first, head, last) with what completes it.

    An instrumental after a verbal head (``управління справами``); after a proper name its
    purpose, the region it serves and a settlement (``з надзвичайних ситуацій``, ``в Одеській
    області``, ``м. Житомира``); after an adjective at a sentence start the settlement only
    (``Шевченковский районный суд г. Киева``); after capitalised adjectives and a bare head the
    city it sits in (``Польський інститут у Києві``, `_seat`), as after a mission's country
    (``Посольства Данії в Україні``, `lexicon.DIPLOMATIC_MISSION_NOUNS`).
    """
    first, index, last = span
    if last == index:
        last = _instrumental(text, tokens, index)
    if proper_name:
        last = _purpose(text, tokens, last, stops)
        last = _located(text, tokens, last)
        if last > index and _noun_lemmas(tokens[index].text) & pick(
            DIPLOMATIC_MISSION_NOUNS, ru.DIPLOMATIC_MISSION_NOUNS
        ):
            last = _mission_seat(text, tokens, index, last, stops)
    if (
        first < index
        and last == index
        and (_proper(text, tokens[first]) or _proper_adjective(tokens[first].text))
    ):
        last = _seat(text, tokens, last, stops)
    if proper_name or first < index:
        last = _settlement(text, tokens, last)
    return last


def _accepted(
    text: str, tokens: Sequence[Token], span: tuple[int, int, int], capitals: _Capitals
) -> bool:
    """Return True when the phrase ``tokens[first:]`` headed at ``index`` names one body.

    A capital not due to position, a proper complement, an institution at a sentence start or
    a proper adjective opening it make a name. ``депутат облради``: a compound abbreviation is
    one body, though in lower case; so is a body noun that relational adjectives classify
    (``міграційна служба``), unless a proper name follows it (``вченої ради Центру X``: a unit
    of that body); such a body with the place it serves (``патрульной полиции Волыни``).
    ``span`` is the first word, the head and the last proper word of the complement.
    """
    first, index, proper = span
    opening, head = tokens[first], tokens[index]
    named = is_capitalised(opening.text) and (
        capitals.named
        or capitals.head
        or proper > index
        or capitals.official
        or (first < index and _proper_adjective(opening.text))
    )
    return (
        named
        or (_stump(head.text) and first == index)
        or (proper == index and _classified_body(tokens, first, index))
        or (
            proper == index + 1
            and _classified_body(tokens, first, index)
            and _place_genitive(text, head, tokens[proper], frozenset())
        )
        or (first == index and proper == index + 1 and _state_body_of(tokens, index))
    )


def _state_body_of(tokens: Sequence[Token], index: int) -> bool:
    """Return True for a country's government or parliament (``правительства Японии``).

    A noun of a state's own body (`lexicon.STATE_BODY_NOUNS`) in lower case with a place's
    name in the genitive right after it (`_place_name`: a noun, never a person's) names that
    state's body, one organisation, as ``Верховна Рада`` does for Ukraine's; a premier's name
    there is a person (``правительства Шмыгаля``, ``уряду Шмигаля``).
    """
    country = tokens[index + 1].text
    return (
        bool(_noun_lemmas(tokens[index].text) & pick(STATE_BODY_NOUNS, ru.STATE_BODY_NOUNS))
        and not is_acronym(country)
        and _place_name(country)
    )


def _department_body(
    text: str, tokens: Sequence[Token], first: int, index: int, last: int
) -> int | None:
    """Return the last word of the body a lower-case department belongs to, or None.

    A department or directorate (`lexicon.DEPARTMENT_NOUNS`) with its field in the genitive and
    the body it belongs to after that is one organisation (``департамента культуры
    Черкасской ОВА``, ``управління освіти міськради``), as a capitalised one is
    (``Департаменту охорони здоров'я Донецької облдержадміністрації``); so is a directorate
    that territorial adjectives place before a service's name (``городского управления
    ГСЧС``). Without either, the noun is only the body's administration (``юристи управління
    Одеської міськради``), and the body alone is named. So is it after the role of the person
    who runs it or works in it (``директорка департаменту освіти міськради``): the department
    is the role's unit, part of the position (``начальник відділу лісового господарства``, as
    the dev gold tags it), and only the body after it is an organisation.
    """
    head = tokens[index]
    if is_capitalised(head.text) or not _noun_lemmas(head.text) & pick(
        DEPARTMENT_NOUNS, ru.DEPARTMENT_NOUNS
    ):
        return None
    if first > 0 and _role_noun_first(tokens[first - 1].text):
        return None
    body = next(
        (
            cursor
            for cursor in range(index + 1, last + 1)
            if _proper(text, tokens[cursor]) or _stump(tokens[cursor].text)
        ),
        None,
    )
    if body is None:
        # ``департамента образования``: a department is always a unit of government named by
        # its field, so with the field after it the phrase names one body even when its
        # parent is left unsaid (not ``управління``, which is also the noun of managing).
        # A preposition is no field (``доручив департаменту до 1 грудня``).
        own = _noun_lemmas(head.text) & pick(FIELD_DEPARTMENT_NOUNS, ru.FIELD_DEPARTMENT_NOUNS)
        while last > index and _preposition_form(tokens[last].text):
            last -= 1
        field = last > index and not _preposition_form(tokens[index + 1].text)
        return last if own and field else None
    fields = body > index + 1
    placed = first < index and all(
        _relational(tokens[cursor].text) for cursor in range(first, index)
    )
    return last if fields or placed else None


def _preposition_form(word: str) -> bool:
    """Return True for a preposition or conjunction, also one the dictionary reads as a noun.

    ``до`` is a musical note to the Ukrainian dictionary, but a preposition of the genitive
    (`lexicon.GENITIVE_PREPOSITIONS`) in a text.
    """
    lowered = word.lower()
    return _function_word(word) or (
        word.islower() and lowered in pick(GENITIVE_PREPOSITIONS, ru.GENITIVE_PREPOSITIONS)
    )


def _role_noun_first(word: str) -> bool:
    """Return True for a role noun whose likeliest reading is no adjective.

    ``с главой Херсонской ОВА``: ``главой`` has a rare adjective reading that agrees with the
    body, but it is the role of the body's head; ``военной`` (a soldier, too) is an adjective
    first (``Херсонской областной военной администрации``).
    """
    return is_role_noun(word) and not _adjective(word)


def _phrase_nominative(written: str, head: str, *, plural: bool, alone: bool) -> str:
    """Return the nominative of a phrase's words up to its head ``head``.

    A plural name stays plural (``Збройних Сил`` -> ``Збройні Сили``); a utility company's
    compound alone loses its case ending (``Харьковводоканала``), which the dictionary lacks.
    """
    nominative = _plural_nominative(written) if plural else None
    utility = _utility_stem_end(head) if alone else None
    if utility is not None:
        nominative = head[:utility]
    if nominative is None and alone and _declined_nominative(head):
        return written  # ``Рада повіту``: already the nominative (not ``рад``, glad)
    return nominative or to_nominative(written)


@language_cache(maxsize=65536)
def _declined_nominative(word: str) -> bool:
    """Return True when ``word`` is the nominative singular of a noun that declines (``Рада``).

    A reading of an indeclinable word (``Fixd``) does not count: the dictionary also guesses
    those for forms of other nouns (``Держспецзв'язку``, the dative of ``Держспецзв'язок``).
    """
    lowered = word.lower()
    return any(
        parse.tag.POS == "NOUN"
        and parse.tag.case == "nomn"
        and parse.tag.number != "plur"
        and "Fixd" not in parse.tag
        and str(parse.normal_form) == lowered
        for parse in parse_word(lowered)
    )


_OWN_QUOTED_NAME = re.compile(r"[ \t]+«([^»\n]{1,200})»")
"""A quoted name right after an official phrase; longer than `_QUOTED` allows, since the full
names of institutes run long (``установи «Український науково-дослідний інститут ...»``)."""


def _own_quoted_name(text: str, tokens: Sequence[Token], end: int) -> int:
    """Return the end of the quoted name that follows an organisation phrase, or ``end``.

    A generic phrase and the proper name in quote marks after it are one name in apposition
    (``Центр комунікацій «Україна – Всесвіт»``, ``філія Державної наукової установи «Інститут
    ...»``), as with a legal form (``ТОВ «X»``). Not a name: a quote in lower case (scare
    quotes), speech, a document's title (``Про ...``, or after ``постанова`` or ``програма``).
    """
    found = _OWN_QUOTED_NAME.match(text, end)
    if found is None:
        return end
    inner = found.group(1)
    close = found.end()
    if "«" in inner and text[close : close + 1] == "»":
        close += 1  # ``«Пансіонат «Петровець»»``: the inner name keeps its mark
    first = inner.split(maxsplit=1)[0].strip("\"'«")
    if not first[:1].isupper() or _speech(inner, text, close):
        return end
    if any(parse.tag.POS == "PREP" for parse in parse_word(first.lower())):
        return end  # ``«Про затвердження порядку»``: the title of a decree
    if _titled(text, tokens, found.start(1) - 1):
        return end
    return close


def _classified_body(tokens: Sequence[Token], first: int, index: int) -> bool:
    """Return True for a lower-case body noun with relational adjectives (``міграційна служба``).

    A relational adjective (made from a noun, not gradable: ``міграційний``, ``обласний``,
    ``податковий``) classifies the body, so the phrase names the one body of that kind the
    text is about; a qualitative one (``нова служба``, gradable) only describes, and one of a
    unit's work or term (`lexicon.UNIT_KIND_ADJECTIVES`: ``аварійна служба``) names a kind.
    After a role noun it is the role holder's body, an organisation of its own as the role's
    proper one is (``голові обласної ради``, ``начальник городской военной администрации``).
    """
    if first == index or not _noun_lemmas(tokens[index].text) & pick(
        DEFINITE_BODY_HEADS, ru.DEFINITE_BODY_HEADS
    ):
        return False
    if is_capitalised(tokens[first].text):
        return False  # a proper name, or a capital by position only: other rules decide
    kinds = pick(UNIT_KIND_ADJECTIVES, ru.UNIT_KIND_ADJECTIVES)
    return all(
        _relational(tokens[cursor].text) and not lemmas(tokens[cursor].text) & kinds
        for cursor in range(first, index)
    )


@language_cache(maxsize=65536)
def _relational(word: str) -> bool:
    """Return True when every adjective reading of ``word`` is relational (not gradable)."""
    adjectives = [p for p in parse_word(word.lower()) if p.tag.POS == "ADJF"]
    return bool(adjectives) and not any("compb" in p.tag.grammemes for p in adjectives)


def _before_latin_name(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Return True for a head right before a Latin name (``компанії Apple``).

    The common head is no part of the name; the Latin-name rules take the name alone. A Latin
    acronym in parentheses (``корпорація (NEFCO)``) is no such name: it only pairs an acronym
    with the phrase that ends there.
    """
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and _adjacent(text, tokens[index], following)
        and is_latin(following.text)
        and is_capitalised(following.text)
    )


def _plural_nominative(phrase: str) -> str | None:
    """Return adjectives and a plural head in the nominative plural (``Збройних Сил``)."""
    words = phrase.split()
    for parse in parse_word(words[-1].lower()):
        if parse.tag.POS != "NOUN" or parse.tag.number != "plur":
            continue
        head = parse.inflect({"nomn", "plur"})
        adjectives = _nominative_words(words[:-1], parse)
        if head is not None and adjectives is not None:
            return " ".join([*adjectives, _copy_initial(words[-1], str(head.word))])
    return None


def _stump(word: str) -> bool:
    """Return True for a compound abbreviation of one body (``облради``, ``міськрада``)."""
    return bool(_noun_lemmas(word) & pick(STUMP_ORGANIZATION_NOUNS, ru.STUMP_ORGANIZATION_NOUNS))


def _instrumental(text: str, tokens: Sequence[Token], head: int) -> int:
    """Return the instrumental noun completing a verbal head (``управління справами``), or head."""
    following = head + 1
    if following >= len(tokens) or not _noun_lemmas(tokens[head].text) & pick(
        INSTRUMENTAL_HEADS, ru.INSTRUMENTAL_HEADS
    ):
        return head
    word = tokens[following].text
    if not _adjacent(text, tokens[head], tokens[following]) or is_capitalised(word):
        return head
    nouns = [p for p in parse_word(word.lower()) if p.tag.POS == "NOUN"]
    return following if nouns and all(p.tag.case == "ablt" for p in nouns) else head


_YEAR_SUFFIX = re.compile(r"-\d{2,4}\b")
_SETTLEMENT = re.compile(r"[ \t]+([^\W\d_]{1,3})\.[ \t]*(?=[А-ЯІЇЄҐ])")


def _settlement(text: str, tokens: Sequence[Token], last: int) -> int:
    """Return the last word of ``м. Житомира`` after an official name, or ``last``.

    An abbreviation of a settlement type with its full stop never ends the name: the place's
    name after it completes it (``Корольовського районного суду м. Житомира``).
    """
    if (
        tokens[last].text.lower() in pick(SETTLEMENT_ABBREVIATIONS, ru.SETTLEMENT_ABBREVIATIONS)
        and last > 0
    ):
        last -= 1  # the complement took the abbreviation for a genitive word
    found = _SETTLEMENT.match(text, tokens[last].end)
    if found is None or found.group(1).lower() not in pick(
        SETTLEMENT_ABBREVIATIONS, ru.SETTLEMENT_ABBREVIATIONS
    ):
        return last
    place = next((i for i in range(last + 1, len(tokens)) if tokens[i].start >= found.end()), None)
    if place is None or tokens[place].start != found.end():
        return last
    return place


def _is_head(word: str) -> bool:
    """Return True for an organisation noun that may head a phrase (not a legal form)."""
    if word in pick(LEGAL_FORMS, ru.LEGAL_FORMS) or word.isupper():
        return False
    return is_organization_noun(word) or _stump_name(word)


_HEADS = Screen(_is_head, family=BLOCK_SCREENS)
"""The words of a block that may head an organisation phrase."""


def _singular(word: str) -> bool:
    """Return True when ``word`` has a singular organisation-noun reading."""
    return any(not plural for _, _, plural in _head_forms(word))


def _acronym_like(word: str) -> bool:
    """Return True for an acronym that may name an organisation (``СБУ``, ``ГоловКРУ``)."""
    if word in pick(UNION_OF_STATES_ACRONYMS, ru.UNION_OF_STATES_ACRONYMS):
        return True  # ``ЄС``: two letters, and no body of a role's complement, but a body
    if (
        word in pick(OTHER_ACRONYMS, ru.OTHER_ACRONYMS)
        or word in pick(LEGAL_FORMS, ru.LEGAL_FORMS)
        or len(word) > _MAX_ACRONYM + 3
    ):
        return False
    if _MIXED_ACRONYM.fullmatch(word) and "-" not in word and not word.isupper():
        # ``ГоловКРУ``; an apostrophe makes no lower-case letter (``ІНТЕРВ'Ю``)
        return sum(char.isupper() for char in word) >= 2
    if len(word) > _MAX_ACRONYM:
        return False
    if len(word) < _MIN_ACRONYM and word not in pick(
        ORGANIZATION_ACRONYMS, ru.ORGANIZATION_ACRONYMS
    ):
        return False  # two capitals are too often a model, an initialism or a grade
    return is_acronym(word) or (word.isupper() and len(word) > 1 and _indeclinable_name(word))


@language_cache(maxsize=65536)
def _indeclinable_name(word: str) -> bool:
    """Return True when the dictionary reads ``word`` only as an indeclinable name (``ДТЕК``).

    An indeclinable company name takes the gender of the noun it stands for (``ДТЕК``,
    ``АТБ``: компанія, мережа); an indeclinable borrowed common noun is neuter (``ВІДЕО``,
    ``АУДІО``, ``ІНТЕРВ'Ю``, ``РАДИО``), and a label of the material (`lexicon.DATELINE_LABELS`)
    is no name in capitals either.
    """
    lowered = word.lower()
    if lowered in DATELINE_LABELS or lowered in ru.DATELINE_LABELS:
        return False
    parses = parse_word(lowered)
    return (
        bool(parses)
        and all("Fixd" in parse.tag for parse in parses)
        and not any("neut" in parse.tag for parse in parses)
    )


@language_cache(maxsize=65536)
def acronym_stem(word: str) -> str | None:
    """Return the acronym ``word`` spells (``УДАРу`` -> ``УДАР``, ``СБУ``), or None."""
    if word.islower():
        return None  # an acronym has capitals (`_acronym_like`): most forms have none
    declined = _DECLINED_ACRONYM.fullmatch(word)
    if declined is not None and declined.group(2) in ACRONYM_CASE_ENDINGS:
        stem = declined.group(1)
        return stem if _acronym_like(stem) else None
    return word if _acronym_like(word) else None


def find_acronyms(
    text: str, start: int, end: int, covered: AbstractSet[int] = frozenset()
) -> list[FoundOrganization]:
    """Return acronyms naming organisations in ``text[start:end]``, with a genitive country.

    ``УМВС України`` keeps its proper complement; words inside ``covered`` are skipped, and so
    are words of an upper-case line (a headline set in capitals).
    """
    acronyms = _ACRONYMS.passing(forms(text, start, end))
    if not acronyms:
        return []
    tokens = tokenize(text, start, end)
    found: list[FoundOrganization] = []
    concepts = concept_acronyms(text)
    for index, token in enumerate(tokens):
        if token.text not in acronyms or token.start in covered or _shouting(tokens, index):
            continue
        stem = acronym_stem(token.text)
        if stem is None or stem in concepts or _beyond_border(tokens, index, stem):
            continue
        organization = _acronym_name(text, tokens, index, stem, covered)
        if organization is not None:
            found.append(organization)
    return found


def _beyond_border(tokens: Sequence[Token], index: int, name: str) -> bool:
    """Return True for a union of states after a border noun and ``з`` (``кордону з ЄС``).

    The union is the territory past the border there (`lexicon.BORDER_NOUNS`), no body.
    """
    return (
        index >= _BORDER_REACH
        and name in pick(UNION_OF_STATES_ACRONYMS, ru.UNION_OF_STATES_ACRONYMS)
        and tokens[index - 1].text.lower()
        in pick(COMITATIVE_PREPOSITIONS, ru.COMITATIVE_PREPOSITIONS)
        and bool(_noun_lemmas(tokens[index - 2].text) & pick(BORDER_NOUNS, ru.BORDER_NOUNS))
    )


_BORDER_REACH = 2


def _acronym_name(
    text: str, tokens: Sequence[Token], index: int, stem: str, covered: AbstractSet[int]
) -> FoundOrganization | None:
    """Return the organisation the acronym ``tokens[index]`` names, or None (see above)."""
    token = tokens[index]
    if _MODEL_NUMBER.match(text, token.end):
        # ``РМ-80`` is a machine, not an organisation; ``Київська ТЕЦ-6`` is one.
        return _numbered_plant(text, tokens, index, stem, covered)
    opened = _acronym_opening(text, tokens, index, stem, covered)
    if opened is None:
        return None  # ``повреждена ТЭЦ``: a kind of plant, not one organisation
    first, unit = opened
    last = index
    following = index + 1
    if (
        following < len(tokens)
        and tokens[following].start not in covered
        and _adjacent(text, token, tokens[following])
        and _noun_lemmas(tokens[following].text) & pick(ACRONYM_COUNTRIES, ru.ACRONYM_COUNTRIES)
    ):
        last = _located(text, tokens, following)
    elif unit:
        last = _located(text, tokens, index)  # ``ГУ ДСНС в Одеській області``
    else:
        last = _region_of(text, tokens, index, covered)  # ``ГСЧС Херсонской области``
        if last == index and stem in pick(
            TERRITORIAL_SERVICE_ACRONYMS, ru.TERRITORIAL_SERVICE_ACRONYMS
        ):
            last = _located(text, tokens, index)  # ``ГСЧС в Одесской области``
        if last == index and first == index:
            last = _subsidiary(text, tokens, index, covered)  # ``ДТЕК Київські електромережі``
    opening = tokens[first]
    written = stem
    if unit:
        written = f"{opening.text} {stem}"
    elif first < index:
        written = _acronym_nominative(opening.text, token.text) or to_nominative(
            text[opening.start : token.end]
        )
    phrase_end = tokens[last].end
    return FoundOrganization(opening.start, phrase_end, written + text[token.end : phrase_end])


def _subsidiary(text: str, tokens: Sequence[Token], index: int, covered: AbstractSet[int]) -> int:
    """Return the last word of a subsidiary's name after a company's acronym, or ``index``.

    ``ДТЕК Київські електромережі``, ``ДТЭК Киевские региональные электросети``: a group's
    acronym, then a capitalised adjective of a place (`_proper_adjective`), at most one more
    adjective in lower case and the noun of the network the company runs
    (`lexicon.SUBSIDIARY_NOUNS`), agreeing in the nominative, name the group's regional
    company; its name stays in the nominative whatever the sentence's case (``у компанії ДТЕК
    Київські електромережі``). Another noun opens a phrase of its own after the acronym
    (``Для ЗСУ Тернопільська громада закупила``), as a person does.
    """
    if index + 2 >= len(tokens):
        return index
    adjective = tokens[index + 1]
    last = index + 2
    if (
        last + 1 < len(tokens)
        and tokens[last].text[:1].islower()
        and _nominative_agreement(adjective.text, tokens[last].text, "ADJF")
    ):
        last += 1  # ``Киевские региональные электросети``
    words = tokens[index : last + 1]
    if (
        any(word.start in covered for word in words[1:])
        or not all(_adjacent(text, left, right) for left, right in itertools.pairwise(words))
        or not is_capitalised(adjective.text)
        or not words[-1].text[:1].islower()
        or not _proper_adjective(adjective.text)
        or not _noun_lemmas(words[-1].text) & pick(SUBSIDIARY_NOUNS, ru.SUBSIDIARY_NOUNS)
    ):
        return index
    agrees = all(_nominative_agreement(word.text, words[-1].text, "NOUN") for word in words[1:-1])
    return last if agrees else index


def _nominative_agreement(adjective: str, word: str, pos: str) -> bool:
    """Return True when ``adjective`` agrees in the nominative with ``word`` read as ``pos``.

    The number, and in the singular the gender, of an adjective's reading match those of a
    reading of ``word`` (an inanimate noun, or another adjective).
    """

    def features(parse: Any) -> tuple[str, str | None]:  # noqa: ANN401 - a pymorphy3 Parse
        number = parse.tag.number
        return number, parse.tag.gender if number == "sing" else None

    wanted = {
        features(parse)
        for parse in parse_word(word.lower())
        if pos == parse.tag.POS
        and parse.tag.case == "nomn"
        and (pos != "NOUN" or "inan" in parse.tag)
    }
    return any(
        parse.tag.POS == "ADJF" and parse.tag.case == "nomn" and features(parse) in wanted
        for parse in parse_word(adjective.lower())
    )


def _numbered_plant(
    text: str, tokens: Sequence[Token], index: int, stem: str, covered: AbstractSet[int]
) -> FoundOrganization | None:
    """Return the plant an adjective and a number name (``Київська ТЕЦ-6``), or None.

    A number after any other initialism makes a machine's model (``РМ-70``); after a plant's
    initialism with no adjective, a kind of plant (``ТЕЦ-5``).
    """
    token = tokens[index]
    number = _PLANT_NUMBER.match(text, token.end)
    if (
        number is None
        or stem not in pick(FACILITY_ACRONYMS, ru.FACILITY_ACRONYMS)
        or not _facility_named(text, tokens, index, covered)
    ):
        return None
    opening = tokens[index - 1]
    name = _acronym_nominative(opening.text, token.text) or to_nominative(
        text[opening.start : token.end]
    )
    return FoundOrganization(opening.start, number.end(), name + number.group())


def _spells_acronym(word: str) -> bool:
    """Return True when ``word`` spells an acronym (`acronym_stem`)."""
    return acronym_stem(word) is not None


def _not_lower_case(word: str) -> bool:
    """Return True unless ``word`` is all lower case: only such a form may spell an acronym."""
    return not word.islower()


_ACRONYMS = Screen(_spells_acronym, family=BLOCK_SCREENS, only=_not_lower_case)
"""The words of a block that spell an acronym."""


def _acronym_opening(
    text: str, tokens: Sequence[Token], index: int, stem: str, covered: AbstractSet[int]
) -> tuple[int, bool] | None:
    """Return the first word of the acronym ``tokens[index]``'s name and whether a unit opens it.

    A proper adjective that agrees with it opens the name (``Херсонської ТЕЦ``), also at a
    sentence start when it is made from a place name (``Вінницька ОВА підписала``: the capital
    is the place's, not only the position's); so does a unit's initialism (``ГУ ДСНС``: the
    body's main directorate). None for a plant's initialism with no adjective naming the plant
    (``повреждена ТЭЦ``).
    """
    token = tokens[index]
    first = index
    if (
        index > 0
        and tokens[index - 1].start not in covered
        and _adjacent(text, tokens[index - 1], token)
        and (_proper(text, tokens[index - 1]) or _proper_adjective(tokens[index - 1].text))
        and _adjective(tokens[index - 1].text)
        and _agrees(tokens[index - 1].text, token.text)
    ):
        first = index - 1
    if _unit_before(text, tokens, index, covered):
        return index - 1, True
    if first == index and stem in pick(FACILITY_ACRONYMS, ru.FACILITY_ACRONYMS):
        if not _facility_named(text, tokens, index, covered):
            return None
        first = index - 1
    return first, False


def _facility_named(
    text: str, tokens: Sequence[Token], index: int, covered: AbstractSet[int]
) -> bool:
    """Return True when a capitalised adjective names the plant of ``tokens[index]``.

    ``Херсонська ТЕЦ`` is one organisation, also at a sentence start; ``ТЕЦ`` alone is a kind
    of plant (`lexicon.FACILITY_ACRONYMS`). At a sentence start the capital is the position's,
    so only an adjective made from a place name names the plant there; a participle or another
    adjective tells its state (``Зруйнована ТЕЦ``, ``Выкупленная ТЭЦ``), as in lower case.
    """
    if index == 0:
        return False
    previous, token = tokens[index - 1], tokens[index]
    return (
        previous.start not in covered
        and _adjacent(text, previous, token)
        and is_capitalised(previous.text)
        and (_proper(text, previous) or _proper_adjective(previous.text))
        and _adjective(previous.text)
        and _agrees(previous.text, token.text)
    )


def _unit_before(text: str, tokens: Sequence[Token], index: int, covered: AbstractSet[int]) -> bool:
    """Return True when a unit's initialism (``ГУ``, `lexicon.UNIT_ACRONYMS`) heads the acronym.

    ``ГУ ДСНС`` is the main directorate of the service, a body of its own; the territory it
    serves completes its name (``ГУ ГСЧС в Одесской области``).
    """
    if index == 0 or tokens[index - 1].start in covered:
        return False
    previous = tokens[index - 1]
    return previous.text in pick(UNIT_ACRONYMS, ru.UNIT_ACRONYMS) and _adjacent(
        text, previous, tokens[index]
    )


def _acronym_nominative(adjective: str, acronym: str) -> str | None:
    """Return ``Харьковская ОВА`` for ``Харьковской ОВА``: an unknown initialism's adjective.

    The dictionary cannot put a phrase whose head it does not know in the nominative; the
    adjective agrees with the initialism, so it is put in the nominative of its own gender and
    number. None for an initialism the dictionary knows (`to_nominative` reads those).
    """
    if any(parse.tag.POS == "NOUN" for parse in parse_word(acronym.lower())):
        return None
    for parse in parse_word(adjective.lower()):
        if parse.tag.POS not in {"ADJF", "PRTF"} or parse.tag.number == "plur":
            continue
        inflected = parse.inflect({"nomn"})
        if inflected is not None:
            return f"{_copy_initial(adjective, inflected.word)} {acronym}"
    return None


_PARENTHESISED = re.compile(r"\(\s*([^\W\d_]{2,})\s*\)")


@language_cache(maxsize=64)
def concept_acronyms(text: str) -> frozenset[str]:
    """Return acronyms the text spells out as a lower-case phrase: not organisations.

    ``корпоративної соціальної відповідальності (КСВ)``.
    """
    concepts: set[str] = set()
    for match in _PARENTHESISED.finditer(text):
        acronym = match.group(1)
        words = [
            token.text for token in tokenize(text[max(0, match.start() - 200) : match.start()])
        ]
        spelled = words[-len(acronym) :]
        if (
            len(spelled) == len(acronym)
            and "".join(word[0] for word in spelled).lower() == acronym.lower()
            and all(word.islower() for word in spelled)
        ):
            concepts.add(acronym)
    return frozenset(concepts)


def _shouting(tokens: Sequence[Token], index: int) -> bool:
    """Return True when a neighbour of ``tokens[index]`` is a long upper-case ordinary word."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(tokens):
            word = tokens[other].text
            if (
                len(word) > _MAX_ACRONYM // 2
                and word.isupper()
                and word not in pick(ACRONYMS, ru.ACRONYMS)
            ):
                return not is_acronym(word)
    return False


def _quote_head(text: str, tokens: Sequence[Token], quote_start: int) -> tuple[int, int] | None:
    """Return the indices of the first adjective and the head word right before a quote."""
    before = [i for i, token in enumerate(tokens) if token.end <= quote_start]
    if not before:
        return None
    head = before[-1]
    gap = text[tokens[head].end : quote_start]
    if gap and not gap.isspace():
        return None
    word = tokens[head].text
    if not _legal_form(word) and not _head_noun(word):
        chain = _chain_before(text, tokens, head)
        if chain is None:
            return None
        head, word = chain, tokens[chain].text
    first = head
    if not _legal_form(word):
        while (
            first > 0
            and _adjacent(text, tokens[first - 1], tokens[first])
            and _agrees(tokens[first - 1].text, word)
        ):
            first -= 1
    return first, head


def _legal_form(word: str) -> bool:
    """Return True for a legal form before a quoted name (``ТОВ``, or an unlisted acronym).

    An acronym that names no known organisation and no other thing, written right before a
    quoted name, abbreviates the kind of body the name belongs to (``ДП «X»``). Written in
    capitals it is one even when the dictionary knows a lower-case word of its letters
    (``НЭК «Укрэнерго»``: the Russian dictionary lists a noun ``нэк``).
    """
    if word in pick(LEGAL_FORMS, ru.LEGAL_FORMS):
        return True
    if word in pick(ACRONYMS, ru.ACRONYMS) or not word.isupper():
        return False
    return _acronym_like(word) or (
        _MIN_ACRONYM <= len(word) <= _MAX_ACRONYM and word.isalpha() and not is_latin(word)
    )


def heads_quoted_name(word: str) -> bool:
    """Return True for a word that heads a quoted organisation name (``ТОВ``, ``команди``)."""
    return word in LEGAL_FORMS or _head_noun(word)


def _head_noun(word: str) -> bool:
    """Return True for a noun that can head a quoted organisation name (``мережа``, ``команда``)."""
    return is_organization_noun(word) or bool(
        _noun_lemmas(word) & (pick(CHAIN_NOUNS, ru.CHAIN_NOUNS) | pick(TEAM_NOUNS, ru.TEAM_NOUNS))
    )


def _chain_before(text: str, tokens: Sequence[Token], index: int) -> int | None:
    """Return the index of a chain noun before a plural genitive (``мережі аптек``), or None."""
    if index == 0 or not _adjacent(text, tokens[index - 1], tokens[index]):
        return None
    if not _noun_lemmas(tokens[index - 1].text) & pick(CHAIN_NOUNS, ru.CHAIN_NOUNS):
        return None
    word = tokens[index].text
    if is_acronym(word):
        return index - 1
    plural_genitive = any(
        parse.tag.POS == "NOUN" and parse.tag.case == "gent" and parse.tag.number == "plur"
        for parse in parse_word(word.lower())
    )
    return index - 1 if plural_genitive else None


def _head_nominative(phrase: str) -> str:
    """Return ``phrase`` (adjectives and an organisation noun) in the nominative.

    The head keeps its organisation-noun reading where the dictionary offers a likelier other
    one (``заводі`` is ``завод``, not ``заводь``).
    """
    nominative = to_nominative(phrase)
    words = phrase.split()
    wanted = _noun_lemmas(words[-1]) & (
        pick(ORGANIZATION_NOUNS, ru.ORGANIZATION_NOUNS) | pick(CHAIN_NOUNS, ru.CHAIN_NOUNS)
    )
    if not wanted or _noun_lemmas(nominative.split()[-1]) & wanted:
        return nominative
    for parse in parse_word(words[-1].lower()):
        if parse.tag.POS != "NOUN" or str(parse.normal_form) not in wanted:
            continue
        inflected = _nominative_words(words[:-1], parse)
        if inflected is not None:
            head = _copy_initial(words[-1], str(parse.normal_form))
            return " ".join([*inflected, head])
    return nominative


def _nominative_words(adjectives: Sequence[str], head: Any) -> list[str] | None:  # noqa: ANN401 - a pymorphy3 Parse
    """Return ``adjectives`` put in the nominative to agree with ``head``, or None if one fails."""
    grammemes = {"nomn", "plur"} if head.tag.number == "plur" else {"nomn", head.tag.gender}
    result: list[str] = []
    for word in adjectives:
        for parse in parse_word(word.lower()):
            if parse.tag.POS != "ADJF" or parse.tag.case != head.tag.case:
                continue
            form = parse.inflect(grammemes)
            if form is not None:
                result.append(_copy_initial(word, str(form.word)))
                break
        else:
            return None
    return result


def _copy_initial(written: str, word: str) -> str:
    """Return ``word`` with a capital first letter where ``written`` has one, per hyphenated part.

    ``Військово-Морські`` keeps both capitals in the nominative.
    """
    written_parts, parts = written.split("-"), word.split("-")
    if len(written_parts) != len(parts):
        written_parts, parts = [written], [word]
    return "-".join(
        part[:1].upper() + part[1:] if original[:1].isupper() else part
        for original, part in zip(written_parts, parts, strict=True)
    )


def initialisms(name: str) -> frozenset[str]:
    """Return the initialisms a multi-word organisation name may be shortened to.

    Each word and each part of a hyphenated word gives its first letter
    (``Південно-Західна залізниця`` -> ``ПЗЗ``); prepositions and conjunctions may be left out
    (``Міністерство освіти і науки`` -> ``МОІН`` or ``МОН``), and a place's adjective opening a
    longer name may be too (``РВА``). A name of one word gives none.
    """
    parts = [part for part in re.split(r"[\s\-«»\"()]+", name) if part]
    if len(parts) < 2 or not all(part[:1].isalpha() for part in parts):
        return frozenset()
    every = "".join(part[0] for part in parts).upper()
    content = "".join(part[0] for part in parts if not _function_word(part)).upper()
    found = {every, content}
    words = name.split()
    if len(words) > _MIN_ACRONYM and _proper_adjective(words[0]) and "-" not in words[0]:
        # ``Нікопольська районна військова адміністрація`` -> ``РВА``: the body's kind without
        # its place, as ``ОВА`` stands for ``Одеська ОВА``
        found.add("".join(word[0] for word in words[1:] if not _function_word(word)).upper())
    return frozenset(found)


def _function_word(word: str) -> bool:
    """Return True for a lower-case preposition or conjunction."""
    parses = parse_word(word.lower())
    return word.islower() and bool(parses) and parses[0].tag.POS in _FUNCTION


def find_quoted_organizations(text: str, start: int, end: int) -> list[FoundOrganization]:
    """Return quoted organisation names in ``text[start:end]`` (see the module docstring).

    Straight double quotes, which Russian-language sites often type for « », count as a pair
    of marks where one opens before a word and the next closes after one (``АО
    "Полтаваоблэнерго"``); the name keeps the marks as written.
    """
    written = text
    # Read the words from the text as written: the pairs become « » in place, marks are not
    # words, so the words are the same, and the index of the item's words is kept.
    tokens = tokenize(written, start, end)
    text = _paired_straight_quotes(text, start, end)
    found = _quoted_organizations(text, start, end, tokens)
    if text is written:
        return found
    return [
        attrs.evolve(org, name=org.name.replace("«", '"').replace("»", '"'))
        if '"' in written[max(org.start - 1, 0) : org.end + 1]
        else org
        for org in found
    ]


_STRAIGHT_PAIR = re.compile(r'(?<![\w"])"(?=[^\s"])([^"\n]{1,80}?)(?<=[^\s"])"(?![\w"])')
"""Two straight double quotes around a name: the first before a word, the second after one."""


def _paired_straight_quotes(text: str, start: int, end: int) -> str:
    """Return ``text`` with each pair of straight quotes in ``text[start:end]`` written as « »."""
    if '"' not in text[start:end]:
        return text
    pieces: list[str] = []
    cursor = 0
    for pair in _STRAIGHT_PAIR.finditer(text, start, end):
        pieces.extend((text[cursor : pair.start()], "«", pair.group(1), "»"))
        cursor = pair.end()
    pieces.append(text[cursor:])
    return "".join(pieces)


def _quoted_organizations(
    text: str, start: int, end: int, tokens: list[Token]
) -> list[FoundOrganization]:
    """Return the organisation names in « » in ``text[start:end]``, whose words are ``tokens``."""
    found: list[FoundOrganization] = []
    position = start
    while (quoted := _QUOTED.search(text, position, end)) is not None:
        position = quoted.end()
        inner_start, inner_end = quoted.span(1)
        inner = quoted.group(1)
        if "«" in inner and text[inner_end : inner_end + 1] == "»":
            inner_end += 1  # ``«Пансіонат «Петровець»``: the inner name keeps its mark
            inner = text[inner_start:inner_end]
        heading = _quote_head(text, tokens, quoted.start())
        if heading is None:
            if (
                _nested_name_fits(inner)
                and (
                    _named_organization(inner)
                    or _outlet_title(inner)
                    or _cited_source(text, quoted.start(), inner)
                    or _represented(text, tokens, quoted.start(), inner)
                    or _match_side(text, tokens, quoted.start(), quoted.end(), inner)
                )
                and not _titled(text, tokens, quoted.start())
                and not _place_named(text, tokens, quoted.start())
                and not _speech(inner, text, quoted.end())
            ):
                name = to_nominative(inner)
                found.append(FoundOrganization(inner_start, inner_end, name))
            elif "«" in inner:
                # A quotation holding a quoted name (``«Втрати КП «Метро» становлять``): the
                # inner name is read on its own.
                position = inner_start + inner.index("«")
            continue
        if _statement(inner):
            continue  # ``господарства «Ми все відновимо»``: a clause, not the farm's name
        first, head = tokens[heading[0]], tokens[heading[1]]
        quoted_part = text[head.end : quoted.end()]
        if _legal_form(head.text):
            found.append(FoundOrganization(head.start, quoted.end(), head.text + quoted_part))
            continue
        words = _head_nominative(text[first.start : head.end])
        initial = sentence_initial(text, first.start)
        # ``Уманська меблева фабрика «X»`` opening a sentence: a place's adjective and the
        # field's make the body's own name; a place's alone describes (``Латвійська компанія``).
        placed = initial and heading[0] < heading[1] - 1 and _proper_adjective(first.text)
        if initial and not placed and not _field_prefixed(first.text):
            words = words[:1].lower() + words[1:]  # an initialism keeps its capitals (``IT-``)
        if (
            (is_capitalised(first.text) and not initial and not _field_prefixed(first.text))
            or placed
            or _oblique_public_form(tokens, heading)
        ):
            found.append(FoundOrganization(first.start, quoted.end(), words + quoted_part))
        else:
            found.append(FoundOrganization(inner_start, inner_end, words + quoted_part))
    return found


_MAX_NESTED_HEAD = 2


def _field_prefixed(word: str) -> bool:
    """Return True for a lower-case noun after an acronym prefix (``IT-компанія``, ``ІТ-школа``).

    The capitals are the field's initialism, no name: the word describes the body whose name
    the marks after it hold.
    """
    prefix, hyphen, rest = word.partition("-")
    return bool(hyphen) and prefix.isupper() and len(prefix) > 1 and rest.islower()


def _oblique_public_form(tokens: Sequence[Token], heading: tuple[int, int]) -> bool:
    """Return True for a state or municipal ownership form in an oblique case before marks.

    ``комунального підприємства «X»``, ``державної установи «X»``: the form spelled out
    (`lexicon.PUBLIC_LEGAL_FORMS`, as ``КП``/``ДП`` abbreviate it) with the name in marks is
    one organisation. Declined, the form carries the mention's case while the name in marks
    stays in the nominative, and the whole phrase is the mention, as the dev gold has it; in
    the nominative or accusative the name in marks stands for the body alone
    (``комунальне підприємство «X» оголосило``).
    """
    first, head = heading
    phrase = " ".join(_lemma_of_form(token.text) for token in tokens[first : head + 1])
    if phrase not in pick(PUBLIC_LEGAL_FORMS, ru.PUBLIC_LEGAL_FORMS):
        return False
    cases = {form[0] for form in _head_forms(tokens[head].text) if not form[2]}
    for token in tokens[first:head]:
        cases &= {
            str(parse.tag.case)
            for parse in parse_word(token.text.lower())
            if parse.tag.POS in {"ADJF", "PRTF"} and parse.tag.number != "plur"
        }
    return bool(cases) and not cases & {"nomn", "accs"}


@language_cache(maxsize=65536)
def _lemma_of_form(word: str) -> str:
    """Return the lemma of a word of an ownership form: its adjective or organisation-noun one."""
    lowered = word.lower()
    for parse in parse_word(lowered):
        if parse.tag.POS in {"ADJF", "PRTF"}:
            return str(parse.normal_form)
    nouns = _noun_lemmas(word)
    return min(nouns) if nouns else lowered


def _nested_name_fits(inner: str) -> bool:
    """Return True unless ``inner`` holds a quoted name after more than its head.

    ``«Пансіонат «Петровець»»`` is one name, its head and the inner name; ``«Втрати КП «Метро»
    становлять»`` is a quotation with a name inside.
    """
    if "«" not in inner:
        return True
    head = inner.split("«", 1)[0].split()
    return 0 < len(head) <= _MAX_NESTED_HEAD and (heads_quoted_name(head[-1]) or head[-1].isupper())


def _speech(inner: str, text: str, quote_end: int) -> bool:
    """Return True when a quoted span reads as quoted speech, which names no organisation.

    Speech ends a clause, is followed by a dash attribution, or holds a lower-case verb in the
    present or future (``«Ми все відновимо до весни»``): a body's name may hold an imperative
    (``«Повернись живим»``), not a statement.
    """
    return bool(
        _SPEECH_INSIDE.search(inner) or _SPEECH_AFTER.match(text, quote_end) or _statement(inner)
    )


def _statement(inner: str) -> bool:
    """Return True when a quoted span is a clause: words enough, one a present or future verb.

    A name may hold a verb in a short slogan (``«Повернись живим»``, where the Russian
    dictionary reads ``живим`` as a verb; ``«Ми будуємо Україну разом»``); a statement runs
    longer (``«Ми відновимо все до весни і посіємо пшеницю»``) or breaks into clauses, which
    a name does not (``«Ми все відновимо до весни, кажуть працівники»``).
    """
    words = _WORD.findall(inner)
    if len(words) < _MIN_CLAUSE_WORDS or not any(_stated_verb(word) for word in words):
        return False
    return len(words) >= _MIN_STATEMENT_WORDS or _CLAUSE_BREAK.search(inner) is not None


_MIN_CLAUSE_WORDS = 4
_MIN_STATEMENT_WORDS = 6
"""Words from which a quoted span with a present or future verb is a sentence: a body's
name of a slogan runs shorter."""
_CLAUSE_BREAK = re.compile(r"[,;:!?…]|\.(?=\s)")


_WORD = re.compile(r"[^\W\d_][\w'’ʼ\-]*")
_STATEMENT_TENSES = frozenset({"pres", "futr"})


def _stated_verb(word: str) -> bool:
    """Return True for a lower-case word most likely a verb in the present or future tense."""
    if not word[:1].islower():
        return False
    parses = parse_word(word)
    return (
        bool(parses)
        and parses[0].tag.POS == "VERB"
        and bool(_STATEMENT_TENSES & parses[0].tag.grammemes)
    )


def _titled(text: str, tokens: Sequence[Token], quote_start: int) -> bool:
    """Return True when the quote follows a work or project noun (``проєкт - «X»``).

    The noun may be a few words back in the same clause (``проєкт у сфері освіти - «X»``), but
    not past a sentence stop or another quote.
    """
    before = [token for token in tokens if token.end <= quote_start][-_TITLE_REACH:]
    for token in reversed(before):
        if _noun_lemmas(token.text) & pick(TITLE_NOUNS, ru.TITLE_NOUNS):
            return True
        if any(mark in text[token.end : quote_start] for mark in ".!?«»"):
            return False
    return False


def _place_named(text: str, tokens: Sequence[Token], quote_start: int) -> bool:
    """Return True when the quote names a place: a place-name marker stands right before it.

    ``станції метро «Захисників України»``, ``на улице «Героев Труда»``: after a station,
    street, square or park noun (`lexicon.PLACE_NAME_MARKERS`) the quoted words are the
    place's name, not an organisation's.
    """
    count = bisect.bisect_right(tokens, quote_start, key=lambda token: token.end)
    if not count or not text[tokens[count - 1].end : quote_start].isspace():
        return False
    word = tokens[count - 1].text.lower()
    markers = pick(PLACE_NAME_MARKERS, ru.PLACE_NAME_MARKERS)
    return word in markers or bool(lemmas(word) & markers)


_MAX_DECLINED_WORDS = 1
_MAX_TITLE_CASE_WORDS = 4


def _title_case(words: Sequence[str]) -> bool:
    """Return True for a quoted name of Cyrillic words that all start with a capital.

    Ukrainian capitalises only the first word of a title (``«Тиха ніч»``); every word
    capitalised is a company's name written as its owners spell it (``«Стіл Продактс
    Лімітед»``, ``«РВ Транс»``), unless a word is a person's name or a verb.
    """
    bare = [word.strip("«»,") for word in words]
    if not 1 < len(bare) <= _MAX_TITLE_CASE_WORDS:
        return False
    if not all(is_capitalised(word) and not is_latin(word) for word in bare):
        return False
    for word in bare:
        parses = parse_word(word.lower())
        known = _known(word.lower())
        if known and any("Name" in parse.tag or "Surn" in parse.tag for parse in parses):
            return False  # a person's name, or a slogan opening with one (``«Слава Україні»``)
        if any(parse.tag.POS in {"VERB", "INFN"} for parse in parses[:1]):
            return False  # a slogan or a title with a verb (``«Захопи Вол-стрит»``)
    return True


def _declined_name(words: Sequence[str]) -> bool:
    """Return True for a quoted name the sentence declines, with no nominative reading.

    A title after its head stays in the nominative (``газета «Іскра»``); a quoted name that
    takes the case the sentence gives it (``належить «Метінвесту»``, ``за даними «Наших
    грошей»``) is used as a noun of its own: a body.
    """
    if len(words) > _MAX_DECLINED_WORDS:
        return False
    head = words[-1].strip("«»,")
    parses = parse_word(head.lower())
    if not parses or parses[0].tag.POS != "NOUN":
        return False
    nouns = [parse for parse in parses if parse.tag.POS == "NOUN"]
    if any("anim" in parse.tag or parse.tag.case in {"nomn", None} for parse in nouns):
        return False
    return not any("Fixd" in parse.tag for parse in nouns)


_SOURCE_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t]+$")


def _cited_source(text: str, quote_start: int, inner: str) -> bool:
    """Return True for one capitalised quoted word cited as the source of what follows.

    ``По данным "Львовтеплоэнерго"``, ``за даними «Укренерго»``: the phrase of a source
    (`lexicon.SOURCE_PHRASES`) is followed by the body or outlet that gave the figures, in
    whatever case the name is written.
    """
    words = inner.split()
    if len(words) != 1 or not is_capitalised(words[0]) or is_latin(words[0]):
        return False
    before = _SOURCE_BEFORE.search(text, max(0, quote_start - 40), quote_start)
    if before is None:
        return False
    phrase = f"{before.group(1).lower()} {before.group(2).lower()}"
    return phrase in pick(SOURCE_PHRASES, ru.SOURCE_PHRASES)


def _represented(text: str, tokens: Sequence[Token], quote_start: int, inner: str) -> bool:
    """Return True for a quoted name that a role holder stands for: ``депутат від «X»``.

    A role noun and the preposition of whom one is elected or sent
    (`lexicon.REPRESENTATION_PREPOSITIONS`: ``депутат від «Батьківщини»``, ``кандидат от
    «Слуги народа»``) are followed by the party or body, in whatever case its name takes.
    """
    words = inner.split()
    if not words or len(words) > _MAX_QUOTED_WORDS or not is_capitalised(words[0]):
        return False
    count = bisect.bisect_right(tokens, quote_start, key=lambda token: token.end)
    if count < 2 or not text[tokens[count - 1].end : quote_start].isspace():
        return False
    noun, preposition = tokens[count - 2], tokens[count - 1]
    return (
        preposition.text.lower()
        in pick(REPRESENTATION_PREPOSITIONS, ru.REPRESENTATION_PREPOSITIONS)
        and _adjacent(text, noun, preposition)
        and is_role_noun(noun.text)
    )


def _match_side(
    text: str, tokens: Sequence[Token], quote_start: int, quote_end: int, inner: str
) -> bool:
    """Return True for a quoted name that wins, loses or plays a match: a sports club.

    A verb of a match's result or of playing (`lexicon.MATCH_VERBS`: ``«Дніпро-1» переміг``,
    ``обыграл одесский «Черноморец»``) has a team as its subject right after the marks or as
    its object before them, past one adjective of the team's city; the opponent named after
    ``проти`` / ``против`` in a sentence that names the match (`lexicon.MATCH_NOUNS`:
    ``Наступний матч ... зіграє проти «Полісся»``) is one too, and so is the name a coach or a
    player belongs to (`lexicon.PLAYER_NOUNS`: ``Тренер «Дніпра-1»``) and the one that opens a
    sentence reporting its match (`_match_subject`).
    """
    words = inner.split()
    if not words or len(words) > _MAX_QUOTED_WORDS or not is_capitalised(words[0]):
        return False
    verbs = pick(MATCH_VERBS, ru.MATCH_VERBS)
    after = bisect.bisect_left(tokens, quote_end, key=lambda token: token.start)
    count = bisect.bisect_right(tokens, quote_start, key=lambda token: token.end)
    if (
        after < len(tokens)
        and text[quote_end : tokens[after].start].isspace()
        and lemmas(tokens[after].text) & verbs
    ) or _match_subject(text, tokens, (count, after), quote_start, quote_end):
        return True
    if count < 1 or not text[tokens[count - 1].end : quote_start].isspace():
        return False
    before = tokens[count - 1]
    if lemmas(before.text) & pick(PLAYER_NOUNS, ru.PLAYER_NOUNS):
        return True  # ``Тренер «Зорі»``, ``вратарь «Металлиста 1925»``: the club they play for
    if (
        count >= 2
        and before.text.islower()
        and _adjective_reading(before.text)
        and _adjacent(text, tokens[count - 2], before)
    ):
        before = tokens[count - 2]
    if lemmas(before.text) & verbs:
        return True
    against = before.text.lower() in pick(AGAINST_PREPOSITIONS, ru.AGAINST_PREPOSITIONS)
    return against and _match_named_before(text, tokens, count - 2, quote_start)


_MATCH_REACH = 300
"""How far a sentence reporting a match is read from a quoted name, each way (characters):
the scan stays linear in the text however long a sentence runs."""


def _sentence_start(text: str, position: int) -> int:
    """Return where the sentence holding ``position`` starts, at most `_MATCH_REACH` back."""
    floor = max(0, position - _MATCH_REACH)
    return max(floor, *(text.rfind(mark, floor, position) + 1 for mark in ".!?\n"))


def _match_subject(
    text: str, tokens: Sequence[Token], around: tuple[int, int], quote_start: int, quote_end: int
) -> bool:
    """Return True for a quoted name opening a sentence that reports a match it played.

    ``Харківський «Металіст 1925» у матчі 14-го туру переміг ...``: the name opens the
    sentence (after one adjective of its city at most), and the sentence holds a match noun
    and a verb of its result after the name (`lexicon.MATCH_NOUNS`, `lexicon.MATCH_VERBS`).
    ``around`` holds the index of the first word after the marks and the number of words
    before them.
    """
    count, after = around
    sentence_start = _sentence_start(text, quote_start)
    window = tokens[max(0, count - 2) : count]
    opening = [token for token in window if token.start >= sentence_start]
    if len(opening) > 1 or (opening and not _adjective_reading(opening[0].text)):
        return False
    reach = min(len(text), quote_end + _MATCH_REACH)
    found = (text.find(mark, quote_end, reach) for mark in ".!?\n")
    ends = [end for end in found if end >= 0]
    sentence_end = min(ends, default=reach)
    nouns, verbs = pick(MATCH_NOUNS, ru.MATCH_NOUNS), pick(MATCH_VERBS, ru.MATCH_VERBS)
    noun = verb = False
    index = after
    while index < len(tokens) and tokens[index].end <= sentence_end:
        words = lemmas(tokens[index].text)
        noun = noun or bool(words & nouns)
        verb = verb or bool(words & verbs)
        index += 1
    return noun and verb


def _match_named_before(text: str, tokens: Sequence[Token], index: int, position: int) -> bool:
    """Return True when a match noun stands in the sentence before ``position``.

    Words are read back from ``tokens[index]`` to the sentence's start only.
    """
    sentence_start = _sentence_start(text, position)
    nouns = pick(MATCH_NOUNS, ru.MATCH_NOUNS)
    while index >= 0 and tokens[index].start >= sentence_start:
        if lemmas(tokens[index].text) & nouns:
            return True
        index -= 1
    return False


def _adjective_reading(word: str) -> bool:
    """Return True when ``word`` can be read as an adjective (``одесский``, ``луганську``)."""
    return any(parse.tag.POS == "ADJF" for parse in parse_word(word))


_MIN_OUTLET_WORDS = 2
_MAX_OUTLET_WORDS = 4


def _outlet_title(inner: str) -> bool:
    """Return True for a quoted outlet's title, in any case (``«Економічній правді»``).

    A short capitalised title of nouns and adjectives with a noun that heads newspapers'
    titles (`lexicon.PRESS_TITLE_NOUNS`: ``правда``, ``кур'єр``; not ``вісник``, also an
    official bulletin) names the outlet. A press noun alone in marks is as often a section's,
    a rubric's or a programme's title (``у розділі «Новини»``, ``програма «Вісті»``): an outlet's
    title has a word that tells which (``«Економічна правда»``, ``«Вісті Полтавщини»``).
    """
    words = [word.strip("«»,") for word in inner.split()]
    if not _MIN_OUTLET_WORDS <= len(words) <= _MAX_OUTLET_WORDS or not is_capitalised(words[0]):
        return False
    if not any(
        _noun_lemmas(word) & pick(PRESS_TITLE_NOUNS, ru.PRESS_TITLE_NOUNS) for word in words
    ):
        return False
    for word in words:
        parses = parse_word(word.lower())
        if not parses or is_latin(word):
            return False
        if not any(parse.tag.POS in _NOMINAL | _FUNCTION for parse in parses[:1]):
            return False
    return True


def _named_organization(inner: str) -> bool:
    """Return True for a quoted title that names an organisation: nouns and adjectives only."""
    words = inner.split()
    if not words or len(words) > _MAX_QUOTED_WORDS or not is_capitalised(words[0]):
        return False
    if len(words) > 1 and _acronym_like(words[0]) and words[0] not in pick(ACRONYMS, ru.ACRONYMS):
        return True  # ``«БМК Планети-Міст»``: an acronym opens a company's name
    if _title_case(words):
        return True
    if not any(is_organization_noun(word.strip("«»")) for word in words):
        return _declined_name(words)
    for word in words:
        bare = word.strip("«»,")
        parses = parse_word(bare.lower())
        if not parses or is_capitalised(bare) or is_latin(bare):
            continue
        if not any(parse.tag.POS in _NOMINAL | _FUNCTION for parse in parses[:1]):
            return False
    return True


_NUMBER = re.compile(r"[ \t]*№[ \t]*\d+(?:-?[А-ЯІЇЄҐа-яіїєґ])?")


_AGENCY_DATELINE = re.compile(
    r"[ \t]*[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ'’ʼ-]+(?:[ -][A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ'’ʼ-]+){0,2}"
    r"(?:,[ \t]*\d{1,2}[ \t]+[^\W\d_]+)?\.?[ \t]*"
    r"/[ \t]*(?P<agency>[^\W\d_][\w'’ʼ-]*(?:[ \t][^\W\d_][\w'’ʼ-]*){0,2})[ \t]*/"
)
"""An agency's dateline: a city in capitals, a date perhaps, and the agency between slashes
(``ОДЕСА, 19 листопада /Інтерфакс-Україна/.``)."""

_DATED_AGENCY_DATELINE = re.compile(
    r"[ \t]*[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]+(?:[ -][A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]+){0,2}"
    r"[,.][ \t]*\d{1,2}[ \t]+[^\W\d_]+\.?[ \t]*"
    r"(?:\([ \t]*(?P<bracketed>[^\W\d_][\w'’ʼ-]*(?:[ \t][^\W\d_][\w'’ʼ-]*){0,2})[ \t]*\)"
    r"|(?P<capitals>[A-ZА-ЯІЇЄҐЁ]{2,}(?:[ -][A-ZА-ЯІЇЄҐЁ]{2,}){0,2})(?=[ \t]+[–—-][ \t]))"
)
"""An agency's dateline with a city and a date, the agency in parentheses or in capitals before
a dash (``ОДЕСА, 19 листопада (Інтерфакс-Україна) –``, ``Київ. 5 травня. ІНТЕРФАКС-УКРАЇНА
–``): the two ways agencies sign a report besides slashes."""


_LABEL_POS = frozenset({"ADVB", "VERB", "INFN", "PRTS", "ADJS", "PRED", "GRND"})
"""Parts of speech no outlet's name has, a label's word has (``Терміново``, ``Оновлено``)."""
_NEWS_AGENCIES = NEWS_AGENCIES | ru.NEWS_AGENCIES
"""The agencies of both lexicons: an agency signs in its own spelling, whatever the item's
language (``ИНТЕРФАКС-УКРАИНА`` in a report read as Ukrainian)."""


def _outlet_name(name: str) -> bool:
    """Return whether the words signing a dateline read as an outlet's name, not a label.

    In title case the writer spells a proper name (``Інтерфакс-Україна``, ``Reuters``), unless
    a word reads first as an adverb, a verb or a short participle, as a label's do
    (``Оновлено``, ``Терміново``). In capitals the case tells nothing, and agencies mark their
    items so (``ЕКСКЛЮЗИВ``, ``ДОДАНО ФОТО``, ``ВАЖЛИВО``): only a news agency of the lexicon
    (``УКРІНФОРМ``) or words the dictionary reads as acronyms (``УНІАН``) sign it.
    """
    words = name.replace("-", " ").split()
    if name.isupper():
        if name.lower() in _NEWS_AGENCIES:
            return True
        return all(
            not is_latin(word)
            and any({"Abbr", "Orgn"} & parse.tag.grammemes for parse in parse_word(word.lower()))
            for word in words
        )
    for word in words:
        parses = parse_word(word.lower())
        if parses and parses[0].is_known and parses[0].tag.POS in _LABEL_POS:
            return False
    return True


def find_agency_dateline(text: str, start: int, end: int) -> FoundOrganization | None:
    """Return the agency named between slashes in a dateline opening ``text[start:end]``.

    A news agency signs the report it files after the city and date, between slashes
    (``ЧЕРНІГІВ, 12 квітня /Укрінформ/.``), or after a dated city in parentheses or in
    capitals before a dash (`_DATED_AGENCY_DATELINE`): whatever capitalised words stand there
    name the outlet, one organisation, as written (the nominative).
    """
    found = _AGENCY_DATELINE.match(text, start, end)
    group = "agency"
    if found is None:
        found = _DATED_AGENCY_DATELINE.match(text, start, end)
        group = "capitals" if found is not None and found.group("capitals") else "bracketed"
    if found is None or not is_capitalised(found.group(group)):
        return None
    if found.group(group).lower() in pick(DATELINE_LABELS, ru.DATELINE_LABELS):
        return None  # ``Львів, 5 травня (ФОТО)``: a label of the material, no outlet
    if not _outlet_name(found.group(group)):
        return None  # ``Київ, 5 травня (ЕКСКЛЮЗИВ)``, ``(Терміново)``: a label, no outlet
    first, last = found.span(group)
    return FoundOrganization(first, last, found.group(group))


def agency_signatures(text: str, blocks: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the spans of the agencies that sign a dateline opening one of ``blocks``.

    The agency signs the report it files (`find_agency_dateline`): it is the outlet, no actor of
    what the report tells, though its name stands in the lede's sentence when a dash joins the
    dateline to it (``Львів, 3 травня (Укрінформ) – Уряд ухвалив ...``).
    """
    signed: list[tuple[int, int]] = []
    for start, end in blocks:
        with reading_at(start):
            agency = find_agency_dateline(text, start, end)
        if agency is not None:
            signed.append((agency.start, agency.end))
    return signed


def find_numbered_institutions(text: str, start: int, end: int) -> list[FoundOrganization]:
    """Return institutions named by a number (``ліцею № 5`` -> ``ліцей № 5``) in any case.

    The noun with the adjectives that agree with it (``спеціалізованої школи № 12``) and the
    number make the name; the noun is put in the nominative. A participle of a completed action
    says what was done to the building, not which institution it is (``восстановленный лицей
    № 3``, ``відремонтована школа № 5``: `_completed_participle`), and ends the name.
    """
    tokens = tokenize(text, start, end)
    found: list[FoundOrganization] = []
    for index, token in enumerate(tokens):
        number = _NUMBER.match(text, token.end)
        if number is None or not _noun_lemmas(token.text) & pick(
            NUMBERED_INSTITUTION_NOUNS, ru.NUMBERED_INSTITUTION_NOUNS
        ):
            continue
        first = index
        while (
            first > 0
            and _adjacent(text, tokens[first - 1], tokens[first])
            and _adjective(tokens[first - 1].text)
            and _agrees(tokens[first - 1].text, token.text)
            and not _completed_participle(tokens[first - 1].text)
        ):
            first -= 1
        opening = tokens[first]
        words = _head_nominative(text[opening.start : token.end])
        if sentence_initial(text, opening.start) and not is_capitalised(words[1:2]):
            words = words[:1].lower() + words[1:]
        label = " ".join(text[token.end : number.end()].split())
        found.append(FoundOrganization(opening.start, number.end(), f"{words} {label}"))
    return found


@language_cache(maxsize=65536)
def _completed_participle(word: str) -> bool:
    """Return True when every adjective reading of ``word`` is a perfective passive participle.

    ``восстановленный``, ``відремонтована``; not ``специализированная``, which the dictionary
    also reads as an adjective, nor ``спеціалізованої``, which has an imperfective reading.
    """
    readings = [p for p in parse_word(word.lower()) if p.tag.POS in {"ADJF", "PRTF"}]
    return bool(readings) and all({"perf", "pssv"} <= p.tag.grammemes for p in readings)


def find_stump_names(text: str, start: int, end: int) -> list[FoundOrganization]:
    """Return compound names of state bodies the dictionary does not know (``Держспецзв'язку``).

    A capitalised inanimate noun that opens with a state prefix (`STATE_STUMP_PREFIXES`), is
    not an ordinary word (`STATE_STUMP_EXCEPTIONS`) and has no reading as a name is taken as
    written; a known word is put in the nominative (``Мінкульту`` stays, ``Нацбанку`` ->
    ``Нацбанк``).
    """
    stumps = _STUMP_NAMES.passing(forms(text, start, end))
    if not stumps:
        return []
    found: list[FoundOrganization] = []
    for token in tokenize(text, start, end):
        word = token.text
        if word not in stumps:
            continue
        found.append(FoundOrganization(token.start, token.end, _stump_nominative(word)))
    return found


_MIN_LISTED_OUTLET = 4
"""The shortest agency name read outside a dateline: ``AP`` or ``УНН`` may be anything else."""
_LISTED_OUTLETS = sorted(
    (
        name
        for name in OUTLET_NAMES | ru.OUTLET_NAMES | _NEWS_AGENCIES
        if len(name) >= _MIN_LISTED_OUTLET
    ),
    key=len,
    reverse=True,
)
_LISTED_OUTLET = re.compile(
    r"(?<![\w'’ʼ-])(?:" + "|".join(map(re.escape, _LISTED_OUTLETS)) + r")(?![\w'’ʼ-])",
    re.IGNORECASE,
)
_OUTLET_BRANCH = re.compile(
    r"(?<![\w'’ʼ-])(?:"
    + "|".join(map(re.escape, sorted(OUTLET_BRANCH_NAMES)))
    + r")[ \t]+([А-ЯІЇЄҐ][а-яіїєґ'’ʼ-]+)(?![\w'’ʼ-])"
)
_DATELINE_OPENERS = frozenset("/(")
"""Marks an agency's name stands after in a dateline (`find_agency_dateline` reads those)."""


def find_listed_outlets(text: str, start: int, end: int) -> list[FoundOrganization]:
    """Return outlets the lexicon lists, and regional branches of one, in ``text[start:end]``.

    A listed broadcaster or agency (`lexicon.OUTLET_NAMES`, `lexicon.NEWS_AGENCIES`) is an
    outlet wherever each of its words is capitalised or the name is in capitals (``в ефірі
    Радіо Свобода``, ``в коментарі Інтерфакс-Україна``); in a dateline, between slashes or in
    parentheses, `find_agency_dateline` reads it. A branch name (`lexicon.OUTLET_BRANCH_NAMES`)
    followed by a capitalised noun read only as a thing's name in the nominative, no person's,
    is the branch of that city (``Суспільне Чернігів``), not ``Суспільне Іван``.
    """
    found: list[FoundOrganization] = []
    for match in _LISTED_OUTLET.finditer(text, start, end):
        written = match.group()
        before = text[max(start, match.start() - 1) : match.start()]
        if before in _DATELINE_OPENERS:
            continue
        words = written.replace("-", " ").split()
        if written.isupper() or all(is_capitalised(word) for word in words):
            found.append(FoundOrganization(match.start(), match.end(), written))
    found.extend(
        FoundOrganization(match.start(), match.end(), match.group())
        for match in _OUTLET_BRANCH.finditer(text, start, end)
        if _city_nominative(match.group(1))
    )
    return found


def _city_nominative(word: str) -> bool:
    """Return True for a word read only as an inanimate noun, with a nominative reading."""
    return _inanimate_noun_in(word, "nomn")


def find_substantivised_outlets(text: str, start: int, end: int) -> list[FoundOrganization]:
    """Return outlets named by a capitalised neuter adjective alone after a press noun.

    ``кореспондентові Суспільного``, ``в інтерв'ю Суспільному``: a capitalised adjective in the
    middle of a sentence, every reading an adjective with a neuter singular one, no noun after
    it to agree with, is used as a noun, a name; after a noun of speaking to the press
    (`lexicon.PRESS_CONTACT_NOUNS`) it names the outlet spoken to. Its name is the neuter
    nominative (``Суспільне``). An adjective of the dictionary's own neuter noun (``Громадського``:
    ``громадське``) is used so too. A place's adjective (``-ськ-``) without such a noun is left
    out: it qualifies a noun further on (``редакції Київського обласного радіо``).
    """
    candidates = _NEUTER_NAMES.passing(forms(text, start, end))
    if not candidates:
        return []
    tokens = tokenize(text, start, end)
    found: list[FoundOrganization] = []
    contacts = pick(PRESS_CONTACT_NOUNS, ru.PRESS_CONTACT_NOUNS)
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.text not in candidates or sentence_initial(text, token.start):
            continue
        before = tokens[index - 1]
        if not _adjacent(text, before, token) or not lemmas(before.text) & contacts:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            following is not None
            and _adjacent(text, token, following)
            and _common_noun_after(following.text)
            and _agrees(token.text, following.text)
        ):
            continue  # ``Суспільного мовника``: an adjective of the noun after it
        name = _neuter_nominative(token.text)
        if name is not None:
            found.append(FoundOrganization(token.start, token.end, name))
    return found


def _common_noun_after(word: str) -> bool:
    """Return True for a noun with no reading as a preposition or conjunction (not ``про``)."""
    readings = parse_word(word.lower())
    return any(parse.tag.POS == "NOUN" for parse in readings) and not any(
        parse.tag.POS in _FUNCTION for parse in readings
    )


def _neuter_name(word: str) -> bool:
    """Return True for a capitalised adjective with a neuter singular reading and no other word.

    Every reading is the adjective, its neuter used as a noun (the dictionary lists
    ``громадське``) or a surname declined as it (``Громадського``); a place's adjective
    (`lexicon.PLACE_ADJECTIVE_SUFFIXES`) counts only with such a noun.
    """
    if not is_capitalised(word) or word.isupper() or "-" in word:
        return False
    lowered = word.lower()
    readings = parse_word(lowered)
    neuter = {
        parse.normal_form
        for parse in readings
        if parse.tag.POS == "ADJF" and parse.tag.gender == "neut" and parse.tag.number != "plur"
    }
    if not neuter:
        return False
    nominative = _neuter_nominative(word)
    noun = nominative.lower() if nominative is not None else None
    substantive = any(
        parse.tag.POS == "NOUN" and "inan" in parse.tag and parse.normal_form == noun
        for parse in readings
    )
    if not all(
        parse.tag.POS == "ADJF"
        or (parse.tag.POS == "NOUN" and ("Surn" in parse.tag or parse.normal_form == noun))
        for parse in readings
    ):
        return False
    suffixes = pick(PLACE_ADJECTIVE_SUFFIXES, ru.PLACE_ADJECTIVE_SUFFIXES)
    return substantive or not any(suffix in lowered for suffix in suffixes)


_NEUTER_NAMES = Screen(_neuter_name, family=BLOCK_SCREENS, only=is_capitalised)


def _neuter_nominative(word: str) -> str | None:
    """Return the neuter nominative singular of the adjective ``word``, capitalised, or None."""
    for parse in parse_word(word.lower()):
        if parse.tag.gender == "neut":
            form = parse.inflect({"nomn", "neut", "sing"}) or parse.inflect({"nomn", "neut"})
            if form is not None:
                return str(form.word).capitalize()
    return None


def find_utility_nouns(text: str, start: int, end: int) -> list[FoundOrganization]:
    """Return the city's utility companies named by a common noun (``метрополитена``).

    A lower-case singular noun of `lexicon.UTILITY_NOUNS` names the one company that runs its
    network; the name is the noun in the nominative.
    """
    utilities = _UTILITY_NOUNS.passing(forms(text, start, end))
    if not utilities:
        return []
    return [
        FoundOrganization(token.start, token.end, _utility_lemma(token.text))
        for token in tokenize(text, start, end)
        if token.text in utilities
    ]


def find_service_nouns(text: str, start: int, end: int) -> list[FoundOrganization]:
    """Return the national service named by its lower-case common noun (``поліції``).

    A singular noun of `lexicon.NATIONAL_SERVICE_NOUNS` names the one service of the country,
    and with the region it serves in the genitive right after it (``поліції Вінницької
    області``, ``полиции региона``) its office there, the region part of the name. Not with an
    adjective of its own (``патрульної поліції``: the phrase rules read that unit), after an
    organisation noun whose complement it is (``відділу поліції``) or a singular role noun
    (``речниця поліції``: part of one person's title, whose words the person speaks; the
    plural staff of the service, ``слідчі поліції``, are no one's title), nor before a preposition
    (``поліції по боротьбі з корупцією``: a unit named by its task, which the text leaves
    unnamed). The name is the noun in the nominative, then the region as written.
    """
    services = _SERVICE_NOUNS.passing(forms(text, start, end))
    if not services:
        return []
    tokens = tokenize(text, start, end)
    found: list[FoundOrganization] = []
    for index, token in enumerate(tokens):
        if token.text not in services:
            continue
        if index > 0 and _adjacent(text, tokens[index - 1], token):
            before = tokens[index - 1].text
            if _agrees(before, token.text) or is_organization_noun(before) or _title(before):
                continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            following is not None
            and _adjacent(text, token, following)
            and _preposition_form(following.text)
        ):
            continue
        last = _region_of(text, tokens, index, frozenset())
        if (
            last == index
            and following is not None
            and _adjacent(text, token, following)
            and following.text.islower()
            and _noun_lemmas(following.text) & pick(PLACE_NOUNS, ru.PLACE_NOUNS)
            and "gent" in _cases(following.text)
        ):
            last = index + 1  # ``полиции региона``, ``поліції області``
        lemma = next(iter(sorted(_noun_lemmas(token.text) & _service_lemmas())))
        name = lemma + text[token.end : tokens[last].end]
        found.append(FoundOrganization(token.start, tokens[last].end, name))
    return found


@language_cache(maxsize=65536)
def _title(word: str) -> bool:
    """Return True for a role noun with no plural reading (``речниця``, not ``слідчі``)."""
    return is_role_noun(word) and all(
        parse.tag.number != "plur" for parse in parse_word(word.lower()) if parse.tag.POS == "NOUN"
    )


def service_lemma(name: str) -> str | None:
    """Return the `lexicon.NATIONAL_SERVICE_NOUNS` noun opening a lower-case ``name``, or None.

    ``поліція`` and ``поліція Вінницької області`` are such names (`find_service_nouns`).
    """
    first = name.split(maxsplit=1)[0]
    return first if first.islower() and first in _service_lemmas() else None


def _service_lemmas() -> frozenset[str]:
    """Return the `lexicon.NATIONAL_SERVICE_NOUNS` of the language read."""
    return pick(NATIONAL_SERVICE_NOUNS, ru.NATIONAL_SERVICE_NOUNS)


@language_cache(maxsize=65536)
def _service_noun(word: str) -> bool:
    """Return True for a lower-case singular form of a `lexicon.NATIONAL_SERVICE_NOUNS` noun."""
    return word.islower() and not word_form(word).singular_noun_lemmas.isdisjoint(_service_lemmas())


_SERVICE_NOUNS = Screen(_service_noun)
"""The words of a block that name the national service by its common noun."""


def _utility_lemma(word: str) -> str:
    """Return the `lexicon.UTILITY_NOUNS` lemma of a singular noun form ``word``, or ``""``."""
    nouns = pick(UTILITY_NOUNS, ru.UTILITY_NOUNS)
    record = word_form(word)
    if nouns.isdisjoint(record.singular_noun_lemmas):
        return ""  # most forms: the walk below finds nothing
    for parse in record.readings:
        if parse.tag.POS == "NOUN" and parse.tag.number != "plur" and parse.normal_form in nouns:
            return str(parse.normal_form)
    return ""


@language_cache(maxsize=65536)
def _utility_noun(word: str) -> bool:
    """Return True for a lower-case singular form of a `lexicon.UTILITY_NOUNS` noun."""
    return word.islower() and bool(_utility_lemma(word))


_UTILITY_NOUNS = Screen(_utility_noun)
"""The words of a block that name a city's utility company by its common noun."""


_MIN_STUMP_REST = 4


@language_cache(maxsize=65536)
def _stump_name(word: str) -> bool:
    """Return True for a capitalised compound name of a state body (see `find_stump_names`)."""
    if not is_capitalised(word):
        return False  # each test below needs a capital: most forms have none
    lowered = word.lower()
    if _dictionary_organization(word, lowered) or _utility_stem_end(word) is not None:
        return True
    prefixes = pick(STATE_STUMP_PREFIXES, ru.STATE_STUMP_PREFIXES)
    prefix = next((p for p in prefixes if lowered.startswith(p)), None)
    if (
        prefix is None
        or not is_capitalised(word)
        or word.isupper()
        or "-" in word
        or lowered.startswith(pick(STATE_STUMP_EXCEPTIONS, ru.STATE_STUMP_EXCEPTIONS))
        or len(lowered) - len(prefix) < _MIN_STUMP_REST
        or lowered[len(prefix) :].startswith(
            pick(STATE_STUMP_THING_RESTS, ru.STATE_STUMP_THING_RESTS)
        )
    ):
        return False
    if prefix in pick(NAMELESS_STUMP_PREFIXES, ru.NAMELESS_STUMP_PREFIXES) and not _known(lowered):
        return True  # ``Укрзализныци``: the guesses for an unknown word's form are no evidence
    record = word_form(lowered)
    if record.named or record.first_pos in _NO_STUMP_FIRST:
        return False
    # An animate reading is a person (``Міністр``).
    return not record.animate and (not _known(lowered) or record.first_pos == "NOUN")


_NO_STUMP_FIRST = frozenset({"ADJF", "VERB", "ADVB"})
"""Parts of speech of a likeliest reading that make a capitalised word no body's name."""


_MIN_UTILITY_OPENING = 3


@language_cache(maxsize=65536)
def _utility_stem_end(word: str) -> int | None:
    """Return where the utility stem of a compound company name ends (``Николаевгаза``: 11).

    None unless ``word`` is capitalised, not all capitals, known to the dictionary as an
    inanimate noun only or not at all, and ends with a `lexicon.UTILITY_STEMS` part after at
    most one case ending, with three letters at least before it (``Харьковводоканал``,
    ``Міськводоканал``).
    """
    lowered = word.lower()
    if not is_capitalised(word) or word.isupper() or "-" in word:
        return None
    if _known(lowered) and not word_form(lowered).inanimate_common_nouns:
        return None
    endings = ("", *pick(UTILITY_CASE_ENDINGS, ru.UTILITY_CASE_ENDINGS))
    for stem in pick(UTILITY_STEMS, ru.UTILITY_STEMS):
        for ending in endings:
            end = len(lowered) - len(ending)
            if (
                lowered.endswith(ending)
                and lowered[:end].endswith(stem)
                and end - len(stem) >= _MIN_UTILITY_OPENING
            ):
                return end
    return None


def _dictionary_organization(word: str, lowered: str) -> bool:
    """Return True when the dictionary's likeliest reading of a capitalised word is a body's name.

    The Russian dictionary tags the one-word names of well-known bodies and companies
    ``Orgn`` (``Минздрав``, ``Нафтогаз``, ``Укрэнерго``); the Ukrainian one has no such tag.
    """
    if not is_capitalised(word) or word.isupper() or not _known(lowered):
        return False
    return _ORGANIZATION_GRAMMEME in word_form(lowered).first_grammemes


_ORGANIZATION_GRAMMEME = "Orgn"
"""The dictionary's tag of an organisation's name."""

_STUMP_NAMES = Screen(_stump_name, family=BLOCK_SCREENS, only=is_capitalised)
"""The words of a block that are compound names of state bodies."""


@language_cache(maxsize=65536)
def _known(word: str) -> bool:
    """Return True when the dictionary itself lists ``word``."""
    return listed(word)


def _stump_nominative(word: str) -> str:
    """Return a compound name in the nominative when the dictionary knows it, else as written.

    A utility company's compound loses its case ending (``Харьковводоканала`` ->
    ``Харьковводоканал``). Of an unknown word with a prefix that opens only bodies' names
    (`NAMELESS_STUMP_PREFIXES`), the nominative the dictionary guesses for an inanimate noun
    reading is taken (``Укрзализныцю`` -> ``Укрзализныця``).
    """
    lowered = word.lower()
    utility = _utility_stem_end(word)
    if utility is not None:
        return word[:utility]  # ``Николаевгаза`` -> ``Николаевгаз``
    if not _known(lowered):
        if not lowered.startswith(pick(NAMELESS_STUMP_PREFIXES, ru.NAMELESS_STUMP_PREFIXES)):
            return word
        for parse in parse_word(lowered):
            if parse.tag.POS == "NOUN" and "inan" in parse.tag and parse.tag.case != "nomn":
                return _copy_initial(word, str(parse.normal_form))
        return word
    return to_nominative(word)
