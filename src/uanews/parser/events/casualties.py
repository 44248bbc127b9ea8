"""How many people an attack or an emergency killed and injured, as the text states it.

A casualty word (`KILLED_PATTERN`, `INJURED_PATTERN`) counts in its clause (the stretch
between commas, colons, semicolons, brackets and dashes):

- a collective numeral (``двоє``, ``шестеро``) counts people by itself;
- a number in digits or a cardinal word (``двадцять п'ять``: one number) counts people when a
  people word follows it (``4 людини``, ``двох жінок``, ``5 загиблих``), when it follows the
  casualty word directly (``поранено 3``) or when a verb follows it, whose subject it is (``7
  отримали поранення``); ``70-річна`` is an age, not a count; a singular person joined to a
  count is one more (``чотирьох жінок і чоловіка``: five);
- ages that leave their ``-річний`` to the last one count one each (``34- та 65-річного``:
  two);
- a running toll (``кількість загиблих зросла до 7``) is the last number of its clause;
- with no number, coordinated ages before a plural noun count one each (``52-річний і
  60-річний чоловіки``: two); a singular person (``загинула 70-річна жінка``) or a singular
  verb (``травмувався``) counts one; a plural without a number (``є загиблі``) counts nothing;
- a denied word (``обійшлося без постраждалих``, ``загиблих немає``) counts zero: the text
  states that nobody was killed or hurt (the guidelines' number stated, and no number is
  ``null``);
- a clause joined after a comma (``, а також 9-річний хлопчик``) with no casualty word or verb
  of its own adds its people to the count before it; a casualty clause with no count of its
  own takes a number standing alone before it, past an aside (``ще сім, зокрема 5-річна
  дитина, отримали поранення``: seven).

Counts are one total when the largest is at least the sum of the others (a total, then its
breakdown, or a headline repeated), else their sum (one district, then another); within one
sentence a count after ``ще`` (``ще двоє людей``) is added to the rest.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from attrs import frozen

from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.lexicon import (
    ADDITION_WORDS,
    AGE_PATTERN,
    ASIDE_OPENERS,
    BOTH_WORDS,
    BREAKDOWN_WORDS,
    CARDINAL_NUMBERS,
    COLLECTIVE_NUMBERS,
    INJURED_PATTERN,
    JOINED_CLAUSE_OPENERS,
    KILLED_PATTERN,
    LIST_CONJUNCTIONS,
    NAMESAKE_WORDS,
    NEGATION_AFTER_WORDS,
    NEGATION_WORDS,
    NOBODY_WORDS,
    OWN_PLACE_PREPOSITIONS,
    PEOPLE_STEMS,
    RESTATED_STATE_VERBS,
    SETTLEMENT_NOUNS,
    SINGLE_VICTIM_NOUNS,
    STATISTIC_PERIOD_MORE_PATTERN,
    STATISTIC_PERIOD_PATTERN,
    SUSPENDED_AGE_PATTERN,
    TENS_NUMBERS,
    TOLL_WORDS,
    VICTIMS_PATTERN,
)
from uanews.parser.language import pick
from uanews.parser.morph import parse_word

__all__ = ["Count", "casualties", "combine", "event_total", "restated", "stated_casualties"]

_B = r"(?<![\w\-'’ʼ])"
_E = r"(?![\w\-])"
_KILLED = re.compile(rf"{_B}{KILLED_PATTERN}{_E}", re.IGNORECASE)
_INJURED = re.compile(rf"{_B}{INJURED_PATTERN}{_E}", re.IGNORECASE)
# The same over the Russian lexicon (`lexicon_ru`); `pick` chooses per item.
_KILLED_RU = re.compile(rf"{_B}{ru.KILLED_PATTERN}{_E}", re.IGNORECASE)
_INJURED_RU = re.compile(rf"{_B}{ru.INJURED_PATTERN}{_E}", re.IGNORECASE)
_VICTIMS = re.compile(rf"{_B}{VICTIMS_PATTERN}{_E}", re.IGNORECASE)
_VICTIMS_RU = re.compile(rf"{_B}{ru.VICTIMS_PATTERN}{_E}", re.IGNORECASE)
_STATISTIC = re.compile(
    rf"{_B}(?:{STATISTIC_PERIOD_PATTERN}|{STATISTIC_PERIOD_MORE_PATTERN}){_E}", re.IGNORECASE
)
_STATISTIC_RU = re.compile(
    rf"{_B}(?:{ru.STATISTIC_PERIOD_PATTERN}|{ru.STATISTIC_PERIOD_MORE_PATTERN}){_E}", re.IGNORECASE
)
_OPENING = re.compile(r"[\s«\"„“–—-]*")
"""What may stand before a sentence's first word: spaces, quotation marks, a quote's dash."""
_NEGATION_RU = frozenset(ru.NEGATION_WORDS)
_TOLL_RU = frozenset(ru.TOLL_WORDS)
_PEOPLE_RU = tuple(ru.PEOPLE_STEMS)
_CLAUSE_END = re.compile(r"(?<![-–]),|[;:()]|\s[-–—]\s|[.!?]\s+(?=[«\"„“]?[A-ZА-ЯЁІЇЄҐ])")
"""A comma after a hyphen (``45-, 52- і 60-річна``) is inside a list of ages, not a clause end;
a full stop before a capital ends one (the sentences of a quote read as one: ``погибла женщина 52
лет. Еще четверо соседей получили травмы``)."""
_WORD = re.compile(r"\d+(?:[-–]\w+|[-–](?!\w))?|[\w'’ʼ]+(?:-[\w'’ʼ]+)*")
_NEGATION = frozenset(NEGATION_WORDS)
_ADDITION = re.compile(
    rf"\s*(?<![\w\-])(?:{'|'.join(map(re.escape, ADDITION_WORDS))})(?![\w\-])", re.IGNORECASE
)
_TOLL = frozenset(TOLL_WORDS)


def _after_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of any of ``words`` as whole words (spaces as any)."""
    body = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)
    return re.compile(rf"(?<![\w\-'’ʼ])(?:{body})(?![\w\-'’ʼ])", re.IGNORECASE)


_NEGATED_AFTER = _after_words(NEGATION_AFTER_WORDS)
_NEGATED_AFTER_RU = _after_words(ru.NEGATION_AFTER_WORDS)


def _own_place(prepositions: tuple[str, ...], settlements: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a clause opening with a place (``у селі Подоли``, ``в Изюме``)."""
    nouns = "|".join(re.escape(noun) for noun in sorted(settlements, key=len, reverse=True))
    return re.compile(
        rf"\s*(?:{'|'.join(prepositions)})\s+(?:(?:{nouns})\s*)?(?-i:[А-ЯЁІЇЄҐ])",
        re.IGNORECASE,
    )


_OWN_PLACE = _own_place(OWN_PLACE_PREPOSITIONS, SETTLEMENT_NOUNS)
_OWN_PLACE_RU = _own_place(ru.OWN_PLACE_PREPOSITIONS, ru.SETTLEMENT_NOUNS)
_BREAKDOWN = re.compile(
    rf"\s*(?<![\w\-])(?:{'|'.join(map(re.escape, BREAKDOWN_WORDS))})(?![\w\-])", re.IGNORECASE
)
_BREAKDOWN_RU = re.compile(
    rf"\s*(?<![\w\-])(?:{'|'.join(map(re.escape, ru.BREAKDOWN_WORDS))})(?![\w\-])", re.IGNORECASE
)
_PEOPLE = tuple(PEOPLE_STEMS)
_ADDITION_RU = re.compile(
    rf"\s*(?<![\w\-])(?:{'|'.join(map(re.escape, ru.ADDITION_WORDS))})(?![\w\-])", re.IGNORECASE
)
_SINGULAR_VERB = frozenset({"masc", "femn"})
_ASIDE = frozenset(ASIDE_OPENERS)
_NOBODY = frozenset(NOBODY_WORDS)
_NOBODY_RU = frozenset(ru.NOBODY_WORDS)
_ASIDE_RU = frozenset(ru.ASIDE_OPENERS)
_PROPER = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn"})
_AGE = re.compile(AGE_PATTERN)
_AGE_RU = re.compile(ru.AGE_PATTERN)
_SUSPENDED_AGE = re.compile(SUSPENDED_AGE_PATTERN)
_AND = frozenset(LIST_CONJUNCTIONS)


def _openers(words: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a clause that opens with one of ``words`` (spaces as any)."""
    body = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)
    return re.compile(rf"\s*(?:{body})\s+", re.IGNORECASE)


_JOINED = _openers(JOINED_CLAUSE_OPENERS)
_JOINED_RU = _openers(ru.JOINED_CLAUSE_OPENERS)
_AND_RU = frozenset(ru.LIST_CONJUNCTIONS)
_WINDOW = 5
"""How many words on either side of a casualty word its count may stand."""


def _norm(word: str) -> str:
    """Return ``word`` in lower case with the apostrophe as ``'``."""
    return word.lower().replace("’", "'").replace("ʼ", "'")


def _clause(ends: Sequence[re.Match[str]], before: int, start: int, end: int) -> tuple[int, int]:
    """Return the start and end of the clause after the first ``before`` of ``ends``.

    The sentence is ``text[start:end]``; ``ends`` are its clause ends, found once per sentence. A
    casualty word opens with a letter, so no clause end spans it: its clause lies between two.
    """
    left = ends[before - 1].end() if before else start
    return left, ends[before].start() if before < len(ends) else end


def _number(word: str) -> int | None:
    """Return the number ``word`` writes (digits or a cardinal), or None.

    A numeral in a case form the lists leave out (``одинадцятьох``, ``двадцятьма``,
    ``пятерых``) has the value of its lemma, by morphology: every case and gender of a number
    word counts as its nominative does.
    """
    if word.isdigit():
        return int(word)
    key = _norm(word)
    found = pick(CARDINAL_NUMBERS, ru.CARDINAL_NUMBERS).get(key)
    if found is not None:
        return found
    lemmas = pick(_NUMERAL_LEMMAS, _NUMERAL_LEMMAS_RU)
    return next(
        (
            lemmas[parse.normal_form]
            for parse in parse_word(key)
            if "NUMR" in parse.tag.grammemes and parse.normal_form in lemmas
        ),
        None,
    )


_NUMERAL_LEMMAS = {**CARDINAL_NUMBERS, **COLLECTIVE_NUMBERS}
_NUMERAL_LEMMAS_RU = {**ru.CARDINAL_NUMBERS, **ru.COLLECTIVE_NUMBERS}


def _verb(word: str) -> bool:
    """Return whether ``word`` is a finite verb (a count before it is its subject)."""
    readings = parse_word(word) if word else ()
    return bool(readings) and all("VERB" in parse.tag.grammemes for parse in readings)


def _singles(words: list[str], index: int) -> int:
    """Return how many single people the casualty word ``words[index]`` is about (0: unknown).

    Each singular person noun near it counts one (``чоловіка та його сина``: two), else each
    surname (``Петра Савченка``; not the namesake of a hospital or a street, ``лікарні імені
    О. О. Богомольця``, `NAMESAKE_WORDS`); with none, a singular verb (``травмувався``) counts
    one.
    """
    low = max(0, index - _WINDOW)
    window = words[low : index + _WINDOW + 1]
    victims = [_single_person(word) for word in window]
    _join_persons(window, victims, index - low)
    # The casualty word may be a person noun itself (``постраждалого доправили``); beside
    # another one (``постраждала жінка``) it is that person's verb or adjective.
    others = sum(victims) - victims[index - low]
    people = others or sum(victims)
    if people:
        return people
    named = sum(
        _surname(word)
        for position, word in enumerate(words)
        if abs(position - index) <= _WINDOW
        and word[:1].isupper()
        and pick(_NAMESAKE, _NAMESAKE_RU).isdisjoint(
            _norm(other) for other in words[max(0, position - _NAMESAKE_REACH) : position]
        )
    )
    if named:
        return named  # ``поранено 45-річного Петра Савченка``
    readings = parse_word(_norm(words[index]))
    single = bool(readings) and all(
        "VERB" in parse.tag.grammemes and not _SINGULAR_VERB.isdisjoint(parse.tag.grammemes)
        for parse in readings
    )
    return 1 if single else 0


def _surname(word: str) -> bool:
    """Return whether ``word`` reads as a surname and as no common adjective nor pronoun.

    ``Савченка`` is one; ``Вінницької`` (a place's adjective that is also a surname) is not,
    nor ``Усі`` (``Усі поранені отримують допомогу``: the pronoun of all, which refers back to
    victims counted, capitalised only as a sentence's first word).
    """
    readings = parse_word(_norm(word))
    return any("Surn" in parse.tag.grammemes for parse in readings) and not any(
        ("ADJF" in parse.tag.grammemes and "Surn" not in parse.tag.grammemes)
        or parse.tag.POS == "NPRO"
        for parse in readings
    )


_NAMESAKE = frozenset(NAMESAKE_WORDS)
_NAMESAKE_RU = frozenset(ru.NAMESAKE_WORDS)
_NAMESAKE_REACH = 3
"""How many words before a surname ``імені`` may stand (``імені О. О. Богомольця``)."""


def _count(words: list[str], index: int, others: frozenset[int] = frozenset()) -> int | None:
    """Return the count of the casualty word ``words[index]`` in its clause ``words``.

    ``others`` are the positions of the clause's casualty words of the other kind: a number
    with one of them between it and ``words[index]`` is that word's (``троє загиблих і
    семеро поранених``: seven injured, not three).
    """
    before = {_norm(word) for word in words[max(0, index - 2) : index]}
    if not before.isdisjoint(pick(_NEGATION, _NEGATION_RU)):
        if _one_spared(words, index, before):
            return None  # ``Водій вантажівки не постраждав``: one person, not everyone
        return 0  # ``обошлось без пострадавших``: the text states that nobody was
    if not pick(_TOLL, _TOLL_RU).isdisjoint(_norm(word) for word in words[:index]):
        numbers = [n for word in words[index:] if (n := _number(word)) is not None]
        if numbers:
            return numbers[-1]
    low = max(0, index - _WINDOW)
    for position in range(low, min(len(words), index + _WINDOW + 1)):
        if any(
            min(position, index) < other < max(position, index)
            and not _coordinated(words, index, other)
            for other in others
        ):
            continue  # ``троє загиблих і семеро поранених``: the number of the word between
        found = _count_at(words, position, after_casualty=_bare_count_at(words, index, position))
        if found is not None:
            return found
    return _ages(words, index) or _singles(words, index) or None


def _one_spared(words: list[str], index: int, before: set[str]) -> bool:
    """Return whether the denied casualty word ``words[index]`` spares one person, not all.

    A verb read only as a singular past of a man or a woman (``Водій вантажівки не
    постраждав``, ``Водитель не пострадал``) with no ``nobody`` (`NOBODY_WORDS`) before it
    tells that one person was unhurt: no count of the event's victims, who may be others
    (``Двоє пасажирів з травмами доставлені до лікарні``). ``Ніхто не постраждав`` still
    counts zero.
    """
    if not pick(_NOBODY, _NOBODY_RU).isdisjoint(before) or not pick(_NOBODY, _NOBODY_RU).isdisjoint(
        _norm(word) for word in words[max(0, index - _NOBODY_REACH) : index]
    ):
        return False
    readings = parse_word(_norm(words[index]))
    return bool(readings) and all(
        "VERB" in parse.tag.grammemes
        and "plur" not in parse.tag.grammemes
        and not _SINGULAR_VERB.isdisjoint(parse.tag.grammemes)
        for parse in readings
    )


def _coordinated(words: list[str], index: int, other: int) -> bool:
    """Return whether the casualty words at ``index`` and ``other`` are joined by a conjunction.

    ``Загинули та постраждали 12 людей``: the two words share the number after them.
    """
    between = words[min(index, other) + 1 : max(index, other)]
    return len(between) == 1 and _norm(between[0]) in pick(_AND, _AND_RU)


def _bare_count_at(words: list[str], index: int, position: int) -> bool:
    """Return whether a bare number at ``words[position]`` counts the casualty word's people.

    It does right after the casualty word (``поранено 3``), and at the end of the clause after
    the casualty noun and its verb (``ранения получили одиннадцать``): the verb's subject.
    """
    if position == index + 1:
        return True
    return position == index + 2 == len(words) - 1 and _verb(_norm(words[index + 1]))


def _count_at(words: list[str], position: int, *, after_casualty: bool) -> int | None:
    """Return the count that starts at ``words[position]`` near a casualty word, or None.

    ``after_casualty``: ``words[position]`` directly follows the casualty word (``поранено 3``),
    where a bare number counts.
    """
    word = _norm(words[position])
    collective = pick(COLLECTIVE_NUMBERS, ru.COLLECTIVE_NUMBERS)
    if word in collective:
        if _counts_things(words, position + 1):
            return None  # ``обидва будинки``, ``оба дома``: things, not people
        return collective[word] + _one_more(words, position + 1)
    ages = _age_list(words, position)
    if ages > 1:
        return ages  # ``поранено 34- та 65-річного``: two people
    number = _number(word)
    if number is None:
        return None
    following = position + 1
    units = _number(words[following]) if following < len(words) else None
    if number in TENS_NUMBERS and units is not None and units < min(TENS_NUMBERS):
        number, following = number + units, following + 1  # ``двадцять п'ять людей``
    after = _norm(words[following]) if following < len(words) else ""
    if after.startswith(pick(_PEOPLE, _PEOPLE_RU)) or _animate_plural(after):
        return number + _one_more(words, following + 1)  # ``4 людини``, ``троих жильцов``
    # ``поранено 3``, ``ще 7 отримали поранення``; not ``постраждали три громади``: things
    counted = (after_casualty or _verb(after)) and not _counts_things(words, following)
    return number if counted else None


def _counts_things(words: list[str], at: int) -> bool:
    """Return whether the noun a number counts, at ``words[at]`` past adjectives, is a thing.

    ``три громади``, ``12 приватних будинків``, ``пять домов``: a noun read only as inanimate
    (morphology) names no person, so the number is no count of victims.
    """
    for word in words[at : at + _THING_REACH]:
        readings = parse_word(_norm(word))
        nouns = [parse for parse in readings if "NOUN" in parse.tag.grammemes]
        if nouns:
            return all("inan" in parse.tag.grammemes for parse in nouns)
        if not readings or not all(
            {"ADJF"} & set(parse.tag.grammemes) or "PRTF" in parse.tag.grammemes
            for parse in readings
        ):
            return False
    return False


_THING_REACH = 3
"""How many words after a number its noun may stand, past adjectives (``12 приватних будинків``)."""


def _animate_plural(word: str) -> bool:
    """Return whether ``word`` can only be a plural noun of living beings (``жильцов``).

    A number before such a noun counts those people (``Троих жильцов госпитализировали``), as
    before a word of `PEOPLE_STEMS`; a noun with an inanimate or singular reading (``квартир``,
    ``этажей``) counts nothing. Readings as a proper name (``Жильцов``, a surname) are not
    the noun's.
    """
    nouns = [
        parse
        for parse in parse_word(word)
        if "NOUN" in parse.tag.grammemes and _PROPER.isdisjoint(parse.tag.grammemes)
    ]
    return bool(nouns) and all(
        "anim" in parse.tag.grammemes and parse.tag.number == "plur" for parse in nouns
    )


def _one_more(words: list[str], at: int) -> int:
    """Return 1 if one more person is joined to a count at ``words[at]`` (or the word after).

    ``чотирьох жінок і чоловіка``, ``троє дорослих і дитина``: a singular person after ``і``
    / ``та`` is one more, unless a verb follows it (``... і чоловік отримав поранення``: the
    subject of another clause).
    """
    conjunctions = pick(_AND, _AND_RU)
    for conjunction in (at, at + 1):
        person = conjunction + 1
        if person >= len(words) or _norm(words[conjunction]) not in conjunctions:
            continue
        next_word = _norm(words[person + 1]) if person + 1 < len(words) else ""
        if _single_person(words[person]) and not _verb(next_word):
            return 1
        return 0
    return 0


def _join_persons(window: list[str], victims: list[bool], casualty: int) -> None:
    """Mark in ``victims`` the persons that the victims of ``window`` name with them.

    The casualty word is ``window[casualty]``. A person noun that no list holds
    (``вчительку``, ``прибиральницю``) is a victim when it is the object right after a casualty
    word (``Поранено вчительку та охоронця``), or joined by ``і`` / ``та`` to a victim: each is one
    more (two). A person noun is a singular animate common noun (morphology), not a name.
    """
    conjunctions = pick(_AND, _AND_RU)
    after = casualty + 1
    while after < len(window) and _adjective(window[after]):
        after += 1  # ``поранено літню вчительку``
    if after < len(window) and _animate_single(window[after]):
        victims[after] = True
    for position in range(2, len(window)):
        if _norm(window[position - 1]) not in conjunctions:
            continue
        if victims[position - 2] and _animate_single(window[position]):
            victims[position] = True  # ``вчительку та охоронця``
        elif victims[position] and _animate_single(window[position - 2]):
            victims[position - 2] = True


def _adjective(word: str) -> bool:
    """Return whether ``word`` reads only as an adjective or an age (``літню``, ``58-річного``)."""
    readings = parse_word(_norm(word))
    return bool(pick(_AGE, _AGE_RU).fullmatch(word)) or (
        bool(readings) and all("ADJF" in parse.tag.grammemes for parse in readings)
    )


def _animate_single(word: str) -> bool:
    """Return whether ``word`` reads as a singular animate common noun (``вчительку``).

    A reading as a name (``Петра``, `_PROPER`) is no common noun's.
    """
    return any(
        "NOUN" in parse.tag.grammemes
        and "anim" in parse.tag.grammemes
        and parse.tag.number != "plur"
        and _PROPER.isdisjoint(parse.tag.grammemes)
        for parse in parse_word(_norm(word))
    )


def _single_person(word: str) -> bool:
    """Return whether ``word`` is a singular person noun (``чоловіка``, ``дитина``)."""
    return any(
        parse.normal_form in pick(SINGLE_VICTIM_NOUNS, ru.SINGLE_VICTIM_NOUNS)
        and parse.tag.number != "plur"
        for parse in parse_word(_norm(word))
    )


def _age_list(words: list[str], position: int) -> int:
    """Return how many ages a list that starts at ``words[position]`` gives (0: no such list).

    The first ages leave their ``-річний`` to the last one (``34- та 65-річного``, ``45-, 52- і
    60-річна``, ``56 і 63-річний``): each number of the list is one person.
    """
    count = 0
    conjunctions = pick(_AND, _AND_RU)
    while position < len(words) and _SUSPENDED_AGE.fullmatch(words[position]):
        count += 1
        position += 1
        if position < len(words) and _norm(words[position]) in conjunctions:
            position += 1
    if count and position < len(words) and pick(_AGE, _AGE_RU).fullmatch(words[position]):
        return count + 1
    return 0


def _ages(words: list[str], index: int) -> int:
    """Return how many coordinated ages before a plural people noun count (0: none).

    ``постраждали 52-річний і 60-річний чоловіки``: two ages, two people. One age goes with a
    singular noun (``70-річна жінка``), which counts by itself.
    """
    window = words[max(0, index - _WINDOW) : index + _WINDOW + 1]
    ages = [position for position, word in enumerate(window) if pick(_AGE, _AGE_RU).fullmatch(word)]
    if len(ages) < 2:
        return 0
    after = ages[-1] + 1
    if after < len(window) and _plural_people(window[after]):
        return len(ages)
    return 0


def _plural_people(word: str) -> bool:
    """Return whether ``word`` is a plural people noun (``чоловіки``, ``жінок``)."""
    return _norm(word).startswith(pick(_PEOPLE, _PEOPLE_RU)) and any(
        parse.tag.number == "plur" for parse in parse_word(_norm(word))
    )


def _counts(
    text: str, start: int, end: int, pattern: re.Pattern[str]
) -> list[tuple[int | None, bool]]:
    """Return the count of each casualty clause of ``pattern`` in ``text[start:end]``.

    Each count comes with whether it is added to the others: after ``ще`` (``ще двоє``), or
    when every counted clause opens with a place of its own (``у селищі Печеніги постраждала
    жінка, у селі Подоли поранено чоловіка``: victims of two places). A clause that opens with
    a breakdown word (`BREAKDOWN_WORDS`: ``з них``) counts a part and is left out.
    """
    found: list[tuple[int | None, bool]] = []
    placed: list[bool] = []
    done: set[tuple[int, int]] = set()
    ends = list(_CLAUSE_END.finditer(text, start, end))  # once: linear in the sentence
    for match in pattern.finditer(text, start, end):
        if _of_a_thing(text, match, end):
            continue  # ``из пострадавшей многоэтажки``: the building, not its people
        before = bisect.bisect_right(ends, match.start(), key=re.Match.end)
        left, right = _clause(ends, before, start, end)
        if (left, right) in done:
            continue  # one clause states one count (``загиблих ... загинули``)
        done.add((left, right))
        if _statistic(text, start, left, right):
            continue  # ``З початку року в районі загинули 30 людей``: not this event's toll
        words = [word.group() for word in _WORD.finditer(text, left, right)]
        spans = [word.start() for word in _WORD.finditer(text, left, right)]
        index = next((i for i, at in enumerate(spans) if at >= match.start()), None)
        if index is not None and not pick(_BREAKDOWN, _BREAKDOWN_RU).match(text, left):
            addition = pick(_ADDITION, _ADDITION_RU)
            added = bool(addition.match(text, left)) or bool(
                addition.search(text, left, match.start())
            )
            count = _count(words, index, _other_kind(text, spans, (left, right), pattern))
            if pick(_NEGATED_AFTER, _NEGATED_AFTER_RU).search(text, match.end(), right):
                count = 0  # ``погибших и пострадавших нет``: nobody, whatever stands before
            elif count is None:
                count, added = _subject_before(text, start, ends, before)
            if count is not None:
                count += _joined(text, right, end)
            found.append((count, added))
            placed.append(bool(pick(_OWN_PLACE, _OWN_PLACE_RU).match(text, left)))
    if len(found) > 1 and all(placed):
        return [(count, True) for count, _ in found]
    return found


def _other_kind(
    text: str, spans: list[int], clause: tuple[int, int], pattern: re.Pattern[str]
) -> frozenset[int]:
    """Return the word positions of the clause's casualty words of another kind than ``pattern``.

    ``spans`` are the starts of the words of the clause ``text[clause[0]:clause[1]]``: for a
    word of the injured, the words of the dead (``загиблих``), and the reverse. Words of the
    same kind (``з опіками госпіталізували``) share one count.
    """
    left, right = clause
    own = {match.start() for match in pattern.finditer(text, left, right)}
    starts = {
        match.start()
        for kind in (pick(_KILLED, _KILLED_RU), pick(_INJURED, _INJURED_RU))
        for match in kind.finditer(text, left, right)
    }
    return frozenset(position for position, at in enumerate(spans) if at in starts - own)


def _statistic(text: str, start: int, left: int, right: int) -> bool:
    """Return whether a period of `STATISTIC_PERIOD_PATTERN` makes a clause's count a statistic.

    The period stands in the casualty clause ``text[left:right]`` or opens its sentence, which
    starts at ``start`` (``За дев'ять місяців у пожежах загинули 14 мешканців``, ``С
    начала года, по данным полиции, погибли 40 человек``): the count is of that period, many
    events, not the toll of the one the item reports.
    """
    period = pick(_STATISTIC, _STATISTIC_RU)
    opening = _OPENING.match(text, start, right)
    at = start if opening is None else opening.end()
    return bool(period.search(text, left, right) or period.match(text, at, right))


def _of_a_thing(text: str, match: re.Match[str], end: int) -> bool:
    """Return whether the casualty word ``match`` (in a sentence ending at ``end``) is a thing's.

    A participle or adjective before a noun that names no living being (``пострадавшей
    многоэтажки``, ``постраждалого будинку``) says what was damaged: it counts nobody, and a
    number near it (``вывели еще девятерых``) is not its count.
    """
    word = _NEXT_WORD.match(text, match.end(), end)
    if word is None:
        return False
    casualty = match.group().split()[-1]
    if not any(_ATTRIBUTES & set(parse.tag.grammemes) for parse in parse_word(_norm(casualty))):
        return False
    nouns = [parse for parse in parse_word(_norm(word.group(1))) if "NOUN" in parse.tag.grammemes]
    return bool(nouns) and all("inan" in parse.tag.grammemes for parse in nouns)


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+(?:-[^\W\d_]+)*)")
_ATTRIBUTES = frozenset({"PRTF", "ADJF"})
"""Readings of a casualty word that can be the attribute of a noun after it."""


def _subject_before(
    text: str, start: int, ends: Sequence[re.Match[str]], before: int
) -> tuple[int | None, bool]:
    """Return the count that a casualty clause with none of its own has as subject before it.

    ``ще сім, зокрема 5-річна дитина, отримали поранення``: the clause before, past a breakdown
    aside (`BREAKDOWN_WORDS`), is the number alone (after ``ще``, which adds it), and a comma or
    the sentence's start comes before it; it comes with whether ``ще`` adds it. The clause
    opens after the first ``before`` of the sentence's clause ends ``ends``.
    """
    for position in range(before - 1, -1, -1):
        clause_start = ends[position - 1].end() if position else start
        if position and ends[position - 1].group() != ",":
            return None, False  # ``о 14:20, загинули``: a time, not a subject
        if pick(_BREAKDOWN, _BREAKDOWN_RU).match(text, clause_start):
            continue  # ``зокрема 5-річна дитина``: a part of the count, not the count
        if _aside(text, clause_start, ends[position].start()):
            continue  # ``Двое мужчин, находившихся в машине, получили травмы``
        if _casualty_word(text, clause_start, ends[position].start()):
            return None, False  # ``Ще двоє поранені, їх відвезли до лікарні``: counted there
        return _subject_count(text, clause_start, ends[position].start())
    return None, False


def _casualty_word(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` holds a casualty word of its own."""
    return any(
        pattern.search(text, start, end)
        for pattern in (pick(_KILLED, _KILLED_RU), pick(_INJURED, _INJURED_RU))
    )


def _subject_count(text: str, start: int, end: int) -> tuple[int | None, bool]:
    """Return the count the clause ``text[start:end]`` states as a subject, and whether it adds.

    The clause is a count and its people noun (``Троє людей``), one person (``58-річного чоловіка``)
    or a number alone, after ``ще`` when it adds (`_subject_before`).
    """
    addition = pick(_ADDITION, _ADDITION_RU).match(text, start)
    words = [
        _norm(word.group())
        for word in _WORD.finditer(text, addition.end() if addition else start, end)
    ]
    if len(words) > 1:  # ``Троє людей``: a count and its people noun, nothing more
        number = _count_at(words, 0, after_casualty=False)
        if number is None and len(words) <= _SUBJECT_WORDS and _one_person(words):
            return 1, addition is not None  # ``Власника будинку, 58-річного чоловіка, ...``
        if number is None or len(words) > _SUBJECT_WORDS:
            return None, False
        return number, addition is not None
    if not words:
        return None, False
    number = pick(COLLECTIVE_NUMBERS, ru.COLLECTIVE_NUMBERS).get(words[0], _number(words[0]))
    return number, addition is not None and number is not None


def _one_person(words: list[str]) -> bool:
    """Return whether ``words`` are one person: a singular person noun after ages or adjectives.

    ``58-річного чоловіка``, ``пожилую соседку``: the clause names one victim of the casualty clause
    after it (an apposition or the object set before its verb).
    """
    *before, last = words
    return _single_person(last) and all(_adjective(word) for word in before)


_SUBJECT_WORDS = 3
"""How many words a count standing as a clause before its casualty verb may have (``двадцять
п'ять людей``)."""


def _aside(text: str, start: int, end: int) -> bool:
    """Return whether the clause ``text[start:end]`` is an aside about a subject before it.

    It opens with a relative word (`ASIDE_OPENERS`: ``які їхали в авто``) or a participle
    (``находившихся в машине``).
    """
    first = _WORD.search(text, start, end)
    if first is None:
        return False
    word = _norm(first.group())
    if word in pick(_ASIDE, _ASIDE_RU):
        return True
    readings = parse_word(word)
    return bool(readings) and all("PRTF" in parse.tag.grammemes for parse in readings)


def _joined(text: str, right: int, end: int) -> int:
    """Return the victims that clauses after a comma at ``right`` join to the count before.

    ``поранено 27- та 54-річну жінок, а також 9-річного хлопчика``: a clause that opens with
    `JOINED_CLAUSE_OPENERS` and names people with no casualty word or verb of its own adds them.
    """
    more = 0
    while right < end and text[right] == ",":
        opener = pick(_JOINED, _JOINED_RU).match(text, right + 1, end)
        if opener is None:
            break
        close = _CLAUSE_END.search(text, opener.end(), end)
        clause_end = end if close is None else close.start()
        if any(
            pattern.search(text, opener.end(), clause_end)
            for pattern in (pick(_KILLED, _KILLED_RU), pick(_INJURED, _INJURED_RU))
        ):
            break  # a casualty word of its own: the clause is counted by itself
        words = [word.group() for word in _WORD.finditer(text, opener.end(), clause_end)]
        people = _people(words)
        if not people:
            break
        more += people
        right = clause_end
    return more


def _people(words: list[str]) -> int:
    """Return how many people a clause without a casualty word names (0: none, or a verb)."""
    if any(_verb(_norm(word)) for word in words):
        return 0  # ``, а також пошкоджено будинок``: a clause of its own
    for position in range(len(words)):
        found = _count_at(words, position, after_casualty=False)
        if found is not None:
            return found
    return sum(_single_person(word) for word in words)


def _sentence_total(counts: list[tuple[int | None, bool]]) -> int | None:
    """Return one sentence's count: its total and parts combined, plus what is added."""
    base = combine(n for n, added in counts if n is not None and not added)
    more = sum(n for n, added in counts if n is not None and added)
    if base is None:
        return more or None
    return base + more


def casualties(text: str, start: int, end: int) -> tuple[int | None, int | None]:
    """Return the killed and the injured that ``text[start:end]`` (a sentence) states."""
    (killed, _), (injured, _) = stated_casualties(text, start, end)
    return killed, injured


def stated_casualties(
    text: str, start: int, end: int
) -> tuple[tuple[int | None, bool], tuple[int | None, bool]]:
    """Return the killed and the injured of a sentence, each with whether it only adds.

    Each is the count that ``text[start:end]`` states (None: none) and whether all its counts
    come after ``ще``: ``Ще п'ятеро дістали травми`` adds to the injured of the sentences
    before it. Each casualty word's clauses are counted once.
    """

    def stated(pattern: re.Pattern[str]) -> tuple[int | None, bool]:
        counts = _counts(text, start, end, pattern)
        added = [added for count, added in counts if count]
        return _sentence_total(counts), bool(added) and all(added)

    killed, injured = stated(pick(_KILLED, _KILLED_RU)), stated(pick(_INJURED, _INJURED_RU))
    if killed[0] is None and injured[0] == 0 and _nobody_harmed(text, start, end):
        killed = (0, False)  # ``Пострадавших нет``: nobody was hurt, nor killed
    return killed, injured


def _nobody_harmed(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` denies any victim with a word of all harmed.

    A word of `VICTIMS_PATTERN` (``пострадавших``, ``постраждалих``) counts the dead and the
    hurt alike: denied (``Пострадавших нет``, ``никто не пострадал``), nobody was either.
    """
    if _nobody_hurt(text, start, end):
        return True
    victims = pick(_VICTIMS, _VICTIMS_RU)
    if not any(count == 0 for count, _ in _counts(text, start, end, victims)):
        return False
    return any(_people_harmed(text, start, match) for match in victims.finditer(text, start, end))


def _nobody_hurt(text: str, start: int, end: int) -> bool:
    """Return whether ``nobody`` (`NOBODY_WORDS`) is the subject of a denied injury word.

    ``Ніхто не травмувався``, ``никто не был ранен``: the pronoun takes in everyone there, so
    nobody was hurt and nobody killed. (``Поранених немає`` denies only the wounded.)
    """
    nobody = pick(_NOBODY, _NOBODY_RU)
    for match in pick(_INJURED, _INJURED_RU).finditer(text, start, end):
        before = [_norm(word.group()) for word in _WORD.finditer(text, start, match.start())]
        near = before[-_NOBODY_REACH:]
        if any(word in nobody for word in near) and not pick(_NEGATION, _NEGATION_RU).isdisjoint(
            near
        ):
            return True
    return False


_NOBODY_REACH = 3
"""How many words before a denied injury word ``nobody`` may stand (``никто не был ранен``)."""


def _people_harmed(text: str, start: int, match: re.Match[str]) -> bool:
    """Return whether the victims word ``match`` is about people, not things.

    A noun or a participle standing as one (``пострадавших``) is; a verb is when a people word,
    a plural noun of living beings (``жильцы``, ``мешканці``, by morphology) or ``никто``
    (`NOBODY_WORDS`) stands in the few words before it (``люди не пострадали``), not with a
    thing as subject (``Жилые дома не пострадали``).
    """
    readings = parse_word(_norm(match.group()))
    if not readings or not all("VERB" in parse.tag.grammemes for parse in readings):
        return True
    before = [_norm(word.group()) for word in _WORD.finditer(text, start, match.start())]
    return any(
        word in pick(_NOBODY, _NOBODY_RU)
        or word.startswith(pick(_PEOPLE, _PEOPLE_RU))
        or _animate_plural(word)  # ``жильцы не пострадали``: people of any noun
        for word in before[-_WINDOW:]
    )


_PREDICATE = frozenset({"VERB", "PRTS"})
"""Readings of a casualty word that state the harm (``поранено``, ``ранены``), not name victims."""


def restated(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Return whether the sentence ``text[start:end]`` restates its dead, and its injured.

    A casualty word that names the victims (a noun or an attribute, ``двоє постраждалих``,
    ``обоє поранених``) in a clause that tells their state (`RESTATED_STATE_VERBS`:
    ``перебувають у важкому стані``, ``находятся в больнице``) or calls them ``both``
    (`BOTH_WORDS`) speaks of victims the report has counted: it says how they are, not that
    more were hurt. Its count is no more victims to add (`event_total`); after ``ще`` it is.
    """
    return _restated(text, start, end, pick(_KILLED, _KILLED_RU)), _restated(
        text, start, end, pick(_INJURED, _INJURED_RU)
    )


def _restated(text: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    """Return whether a casualty word of ``pattern`` names victims told of before (`restated`)."""
    ends = list(_CLAUSE_END.finditer(text, start, end))
    states = pick(RESTATED_STATE_VERBS, ru.RESTATED_STATE_VERBS)
    both = pick(BOTH_WORDS, ru.BOTH_WORDS)
    for match in pattern.finditer(text, start, end):
        readings = parse_word(_norm(match.group().split()[-1]))
        if not readings or any(_PREDICATE & set(parse.tag.grammemes) for parse in readings):
            continue  # ``двоє поранені``, ``травмувалися``: the harm stated, not its victims
        left, right = _clause(
            ends, bisect.bisect_right(ends, match.start(), key=re.Match.end), start, end
        )
        if pick(_ADDITION, _ADDITION_RU).search(text, left, match.start()):
            continue  # ``ще двоє поранених перебувають у лікарні``: more victims
        words = [_norm(word.group()) for word in _WORD.finditer(text, left, right)]
        if any(word in both for word in words) or any(
            parse.normal_form in states for word in words for parse in parse_word(word)
        ):
            return True
    return False


@frozen
class Count:
    """One sentence's count of an event's dead or injured, with where that sentence stands."""

    number: int
    headline: bool
    places: frozenset[str]
    added: bool = False
    """The sentence's count comes after ``ще`` (``Ще п'ятеро дістали травми``): more victims."""
    restated: bool = False
    """The sentence tells the state of victims counted already (`restated`): no more victims."""


def event_total(counts: Sequence[Count]) -> int | None:
    """Return an event's total from its sentences' counts, or None when there are none.

    A headline states the total (``загинули троє``), which the body may repeat or break down.
    In the body the first count is a total when the rest add up to it (``загинули четверо``,
    then ``троє в Одесі``, ``одна в Ізмаїлі``); counts of sentences that each name their own
    places are victims of different places and add up (``у Боровій постраждали двоє``, ``у
    Новомиколаївці поранено чоловіка``: three); otherwise they are one total (`combine`).
    A sentence whose count comes after ``ще`` adds to the others (``Ще п'ятеро дістали травми``)
    unless it is part of a breakdown. The event's total is the larger of the headline's and the
    body's. A restated count (``троє травмованих перебувають у реанімації``, `restated`) adds
    nothing: it only tells that at least so many were hurt.
    """
    again = [count.number for count in counts if count.restated]
    counts = [count for count in counts if not count.restated]
    heads = combine(count.number for count in counts if count.headline)
    body = _added_to_earlier([count for count in counts if not count.headline])
    base = _body_total(body)
    numbers = [count.number for count in body]
    breakdown = len(numbers) > 1 and numbers[0] == sum(numbers[1:])
    more = sum(count.number for count in body if count.added)
    if more and not breakdown:  # ``Ще п'ятеро дістали травми``: more victims, not a repeat
        base = _body_total([count for count in body if not count.added])
        base = more if base is None else base + more
    totals = [total for total in (heads, base, max(again, default=None)) if total is not None]
    return max(totals) if totals else None


def _added_to_earlier(body: list[Count]) -> list[Count]:
    """Return the body's counts, an added one that no count of its kind precedes not added.

    ``Загинули двоє працівників. Ще дев'ятеро людей дістали поранення``: ``ще`` counts more
    victims than those told so far; with no injured told before it in the body, it adds to the
    dead, and its nine are the injured's own total, not more on top of a later count.
    """
    seen = False
    kept: list[Count] = []
    for count in body:
        first = count.added and not seen
        kept.append(Count(count.number, count.headline, count.places) if first else count)
        seen = True
    return kept


def _body_total(body: Sequence[Count]) -> int | None:
    """Return the total of the body's counts (see `event_total`)."""
    numbers = [count.number for count in body]
    if not numbers:
        return None
    if len(numbers) > 1 and numbers[0] == sum(numbers[1:]):
        return numbers[0]  # a total, then its breakdown
    places = [count.places for count in body]
    if len(places) > 1 and all(places) and _disjoint(places):
        return sum(numbers)
    return combine(numbers)


def _disjoint(groups: Sequence[frozenset[str]]) -> bool:
    """Return whether no place is in two of ``groups``."""
    seen: set[str] = set()
    for group in groups:
        if not seen.isdisjoint(group):
            return False
        seen |= group
    return True


def combine(counts: Iterable[int]) -> int | None:
    """Return the total of an event's counts, one per sentence, or None when there are none."""
    ordered = sorted(counts, reverse=True)
    if not ordered:
        return None
    largest, rest = ordered[0], ordered[1:]
    return largest if largest >= sum(rest) else sum(ordered)
