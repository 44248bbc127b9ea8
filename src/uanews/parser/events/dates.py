"""Dates in Ukrainian news text: ``21 вересня 2021 року``, ``у вересні``, ``21.09.2021``, ``вчора``.

`find_dates` finds date mentions by hand-written patterns built from the word lists in
`uanews.parser.events.lexicon`. It is deliberately narrow: a number becomes a year only
next to a year word (``2021 року``, ``у 2021 році``) or a month name, so ``1637
багатоповерхівках``, ``70%`` and ``150 тис.`` are never dates.

Explicit dates are kept as written: ``21 вересня`` is ``--09-21`` even when a reference date is
given, because the year of a bare day and month is a guess. Relative words (``вчора``,
``минулого тижня``, ``цього року``) are resolved against ``reference`` when one is given; without
it a mention made only of relative words has ``date=None``, and a relative year after an explicit
month (``у березні цього року``) leaves the year out (``--03``).

Coarse periods are dated by their first year and carry their last as ``end_date``: a decade
(``1990-х`` -> 1990 to 1999), a century (``XXI століття`` -> 2001 to 2100, in Latin or Cyrillic
capitals), a month range (``у листопаді-грудні`` -> ``--11`` to ``--12``). A season is no month:
``влітку 2020 року`` is 2020, and a season without a year is no date. ``<n> <unit> тому``
(``рік тому``, ``два роки тому``, ``5 днів тому``) resolves against ``reference`` to the
precision of its unit; a vague count (``декілька років тому``) is not a date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator

from attrs import frozen

from uanews.errors import ModelError
from uanews.model import PartialDate
from uanews.parser.events.date_words import (
    AGO_SINGULAR_UNITS,
    AGO_UNITS,
    AGO_WORDS,
    ANCHORED_DAY_OFFSETS,
    CENTURY_WORDS,
    DAY_OFFSETS,
    DECADE_SUFFIXES,
    MONTH_GROUPS,
    MONTH_LEAD_WORDS,
    MONTH_NAMES_GENITIVE,
    MONTHS,
    NUMBER_WORDS,
    ORIGIN_NOUNS,
    PERIOD_OFFSETS,
    PERIOD_PART_NOUNS,
    RANGE_FROM_WORDS,
    RANGE_TO_WORDS,
    SEASON_WORDS,
    WEEKDAY_PATTERN,
    YEAR_WORDS_PLURAL,
    YEAR_WORDS_SINGULAR,
)
from uanews.parser.events.triggers import CASE_VARIANT, lowered_pattern
from uanews.parser.morph import parse_word

__all__ = [
    "DateMention",
    "day_after",
    "declared",
    "find_dates",
    "format_date",
    "names_a_day",
    "names_a_weekday",
    "of_a_noun",
    "starts_later",
]


@frozen
class DateMention:
    """A date found in text: where it is, its words, and the date (``None`` if unresolved).

    ``end_date`` is set for ranges (``з 1 по 3 жовтня``, ``минулого тижня`` with a reference).
    """

    start: int
    end: int
    text: str
    date: PartialDate | None
    end_date: PartialDate | None = None


def _alternation(words: Iterator[str] | tuple[str, ...] | list[str]) -> str:
    """Return a regex alternation of ``words``, longest first so that prefixes do not win."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


def _opening(words: Iterable[str]) -> str:
    """Return a lookahead for the first letters of ``words``, which the alternation needs anyway.

    The regex engine tries every alternative at every position of the text; one class of
    letters first rules out most positions at the cost of a single test.
    """
    return f"(?=[{''.join(sorted({re.escape(word[:1].lower()) for word in words}))}])"


_MONTH_NUMBER = {form: number for number, forms in enumerate(MONTHS, start=1) for form in forms}
_RELATIVE_YEARS = {
    phrase: offset for phrase, (unit, offset) in PERIOD_OFFSETS.items() if unit == "year"
}

_B = r"(?<![\w\-])"  # start of a word (a hyphen joins words: ``2021-2022``)
_E = r"(?![\w\-])"  # end of a word
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:-?го)?"
_MONTH = f"(?:{_alternation(list(_MONTH_NUMBER))})"
_YEAR4 = r"[1-9]\d{3}"
_YEAR_SUFFIX = r"(?:-(?:го|му|й|м))"
_YEAR_WORD = f"(?:{_alternation(YEAR_WORDS_SINGULAR)})"
_YEARS_WORD = f"(?:{_alternation(YEAR_WORDS_PLURAL)})"
_REL_YEAR = f"(?:{_alternation(list(_RELATIVE_YEARS))})"
# A word that ends in a full stop (``р.``) must not also need a word boundary after the stop.
_YEAR_WORD_END = r"(?:(?<=\.)|(?![\w\-]))"
_DASH = r"\s*[-–—]\s*"

# The year that may follow a month: four digits, three digits with a year word, or a relative year.
_YEAR_AFTER_MONTH = (
    rf"(?:\s+(?:(?P<year>{_YEAR4}|[1-9]\d{{2}}(?={_YEAR_SUFFIX}?\s*{_YEAR_WORD}{_YEAR_WORD_END}))"
    rf"{_YEAR_SUFFIX}?(?:\s*{_YEAR_WORD}{_YEAR_WORD_END})?"
    rf"|(?P<rel_year>{_REL_YEAR}){_E}))"
)

_ONE_UNIT = f"(?:{_alternation(AGO_SINGULAR_UNITS)})"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(source, re.IGNORECASE))
    for name, source in (
        (
            "day_range",
            (
                rf"{_B}(?:(?:{_alternation(RANGE_FROM_WORDS)})\s+(?P<day1>{_DAY})\s+"
                rf"(?:{_alternation(RANGE_TO_WORDS)})\s+|(?P<day1b>{_DAY}){_DASH})"
                rf"(?P<day>{_DAY})\s+(?P<month>{_MONTH}){_E}{_YEAR_AFTER_MONTH}?"
            ),
        ),
        (
            "day_month",
            rf"{_B}(?P<day>{_DAY})\s+(?P<month>{_MONTH}){_E}{_YEAR_AFTER_MONTH}?",
        ),
        (
            "numeric",
            r"(?<![\d.])(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>[1-9]\d{3})(?![\d.]\d)",
        ),
        (
            "iso",
            r"(?<![\d\-])(?P<year>[1-9]\d{3})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d\-])",
        ),
        (
            "month_year",
            rf"{_B}{_opening(_MONTH_NUMBER)}(?P<month>{_MONTH}){_E}{_YEAR_AFTER_MONTH}",
        ),
        (
            "lead_month",
            (
                rf"{_B}{_opening(MONTH_LEAD_WORDS)}(?:{_alternation(MONTH_LEAD_WORDS)})\s+"
                rf"(?P<month>{_MONTH})"
                rf"(?:{_DASH}(?P<month2>{_MONTH}))?{_E}"
            ),
        ),
        ("season", rf"{_B}(?:{_alternation(SEASON_WORDS)}){_E}{_YEAR_AFTER_MONTH}?"),
        (
            "decade",
            rf"{_B}(?P<decade>{_YEAR4})-(?:{_alternation(DECADE_SUFFIXES)}){_E}",
        ),
        (
            "century",
            (
                rf"{_B}(?P<century>[IVXХ][IVXІХ]*|[IVX])\s+"
                rf"(?:{_alternation(CENTURY_WORDS)}){_YEAR_WORD_END}"
            ),
        ),
        (
            "ago",
            (
                rf"{_B}(?:(?P<ago_count>\d{{1,3}}|{_alternation(list(NUMBER_WORDS))})\s+"
                rf"(?P<ago_unit>{_alternation(list(AGO_UNITS))})|(?P<ago_one>{_ONE_UNIT}))"
                rf"\s+(?:{_alternation(AGO_WORDS)}){_E}"
            ),
        ),
        (
            "year_range",
            (
                rf"{_B}(?P<year1>{_YEAR4}){_DASH}(?P<year>{_YEAR4})\s*"
                rf"(?:{_YEARS_WORD}|{_YEAR_WORD}){_YEAR_WORD_END}"
            ),
        ),
        (
            "year",
            rf"{_B}(?P<year>[1-9]\d{{2,3}}){_YEAR_SUFFIX}?\s*{_YEAR_WORD}{_YEAR_WORD_END}",
        ),
        ("year_suffix", rf"{_B}(?P<year>{_YEAR4}){_YEAR_SUFFIX}{_E}"),
        ("day_of_month", rf"{_B}(?P<day>{_DAY})\s+числа{_E}"),
        ("relative_day", rf"{_B}(?P<rel_day>{_alternation(list(DAY_OFFSETS))}){_E}"),
        (
            "relative_period",
            rf"{_B}{_opening(PERIOD_OFFSETS)}(?P<rel_period>{_alternation(list(PERIOD_OFFSETS))}){_E}",
        ),
    )
)


def _shared_start(words: Iterable[str]) -> str:
    """Return the letters that all ``words`` start with, up to the first space."""
    first, *rest = words
    size = 0
    while (
        size < len(first)
        and first[size] != " "
        and all(word[size : size + 1] == first[size] for word in rest)
    ):
        size += 1
    return first[:size]


# Most text holds no digit or no month name, and the patterns that need one cost most: a
# cheap look for either first spares their scans. Matching is case-insensitive letter by
# letter, so a month form matches only where the stem its forms share also matches.
_NEEDS_DIGIT = frozenset(
    {
        "day_range",
        "day_month",
        "numeric",
        "iso",
        "decade",
        "year_range",
        "year",
        "year_suffix",
        "day_of_month",
    }
)
_NEEDS_MONTH = frozenset({"day_range", "day_month", "month_year", "lead_month"})
_DIGIT = re.compile(r"\d")
_MONTH_STEM = re.compile(
    "|".join(re.escape(_shared_start(forms)) for forms in MONTH_GROUPS),
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(rf"\s*(?:(?:{_alternation(RANGE_TO_WORDS)})\s+|{_DASH})", re.IGNORECASE)
_RANGE_OPEN = re.compile(rf"{_B}(?:{_alternation(RANGE_FROM_WORDS)})\s+$", re.IGNORECASE)


def _key(phrase: str) -> str:
    """Return ``phrase`` lower-cased with runs of whitespace made single spaces."""
    return " ".join(phrase.lower().split())


def _number(text: str | None) -> int | None:
    """Return the leading digits of ``text`` as an int (``21-го`` -> 21), or None."""
    if text is None:
        return None
    digits = re.match(r"\d+", text)
    return None if digits is None else int(digits.group())


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    """Return the (year, month) ``offset`` months after ``year``-``month``."""
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1


def _relative_period(
    phrase: str, reference: dt.date | None
) -> tuple[PartialDate | None, PartialDate | None]:
    """Return the start and end of a relative period phrase, or (None, None) without reference."""
    if reference is None:
        return None, None
    unit, offset = PERIOD_OFFSETS[_key(phrase)]
    if unit == "week":
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=offset)
        sunday = monday + dt.timedelta(days=6)
        return _full(monday), _full(sunday)
    if unit == "month":
        year, month = _shift_month(reference.year, reference.month, offset)
        return PartialDate(year, month), None
    return PartialDate(reference.year + offset), None


def _full(day: dt.date) -> PartialDate:
    """Return ``day`` as a complete partial date."""
    return PartialDate(day.year, day.month, day.day)


_ROMAN = {"I": 1, "V": 5, "X": 10}
_CYRILLIC_ROMAN = str.maketrans({"І": "I", "Х": "X"})


def _roman(numeral: str) -> int | None:
    """Return the value of a Roman numeral written in Latin or Cyrillic capitals, or None.

    The patterns match without regard to case, so a numeral in small letters (``xx``), or
    with a letter that only folds to a capital (dotless ``ı``), reaches here too: Roman
    numerals are written in capitals, so such a word is none.
    """
    digits = [_ROMAN.get(char, 0) for char in numeral.translate(_CYRILLIC_ROMAN)]
    if not digits or 0 in digits:
        return None
    value = sum(
        -digit if index + 1 < len(digits) and digit < digits[index + 1] else digit
        for index, digit in enumerate(digits)
    )
    return value if value > 0 else None


_Resolved = tuple[PartialDate | None, PartialDate | None]


def _ago(count_text: str | None, unit_text: str, reference: dt.date | None) -> _Resolved:
    """Return the date ``<count> <unit> тому`` names, to the precision of its unit."""
    unit_word = _key(unit_text)
    if count_text is None:
        count = 1  # ``рік тому``: the pattern takes a bare unit only in the singular
    else:
        count = _number(count_text) or NUMBER_WORDS.get(_key(count_text).replace("ʼ", "'"), 0)
    if reference is None or count == 0:
        return None, None
    unit = AGO_UNITS[unit_word]
    if unit == "day":
        return _full(reference - dt.timedelta(days=count)), None
    if unit == "week":
        return _full(reference - dt.timedelta(weeks=count)), None
    if unit == "month":
        year, month = _shift_month(reference.year, reference.month, -count)
        return PartialDate(year, month), None
    return PartialDate(reference.year - count), None


def _decade(groups: dict[str, str | None], _: dt.date | None) -> _Resolved:
    """Return the first and last year of a decade (``1990-х``)."""
    first = int(groups["decade"] or "0")
    if first % 10:
        return None, None  # ``1995-х`` is no decade
    return PartialDate(first), PartialDate(first + 9)


def _century(groups: dict[str, str | None], _: dt.date | None) -> _Resolved:
    """Return the first and last year of a century (``XXI століття``)."""
    century = _roman(groups["century"] or "")
    if century is None:
        return None, None
    return PartialDate((century - 1) * 100 + 1), PartialDate(century * 100)


def _time_ago(groups: dict[str, str | None], reference: dt.date | None) -> _Resolved:
    """Return the date of ``<n> <unit> тому``."""
    unit = groups.get("ago_unit") or groups.get("ago_one") or ""
    return _ago(groups.get("ago_count"), unit, reference)


_COARSE: dict[str, Callable[[dict[str, str | None], dt.date | None], _Resolved]] = {
    "decade": _decade,
    "century": _century,
    "ago": _time_ago,
}
"""Patterns resolved by a function of their own rather than by ``_resolve``."""


def _resolve(name: str, groups: dict[str, str | None], reference: dt.date | None) -> _Resolved:
    """Return the date (and range end) that a match of pattern ``name`` denotes."""
    if groups.get("rel_day") is not None:
        if reference is None:
            return None, None
        offset = DAY_OFFSETS[_key(groups["rel_day"] or "")]
        return _full(reference + dt.timedelta(days=offset)), None
    if groups.get("rel_period") is not None:
        return _relative_period(groups["rel_period"] or "", reference)
    year = _number(groups.get("year"))
    rel_year = groups.get("rel_year")
    if rel_year is not None and reference is not None:
        year = reference.year + _RELATIVE_YEARS[_key(rel_year)]
    month_text = groups.get("month")
    if month_text is None:
        month = None
    elif month_text.isdigit():
        month = int(month_text)
    else:
        month = _MONTH_NUMBER[month_text.lower()]
    day = _number(groups.get("day"))
    date = PartialDate(year, month, day)
    if name == "day_range":
        first = _number(groups.get("day1") or groups.get("day1b"))
        start = PartialDate(year, month, first)
        return (start, date) if first is not None and first < (day or 0) else (None, None)
    if name == "year_range":
        first = _number(groups.get("year1"))
        start = PartialDate(first)
        return (start, date) if first is not None and first < (year or 0) else (None, None)
    month2 = groups.get("month2") if name == "lead_month" else None
    return date, None if month2 is None else _month_range_end(month2, date)


def _month_range_end(month_text: str, start: PartialDate) -> PartialDate | None:
    """Return the end of ``у листопаді-грудні`` (``--12``), or None if it runs backwards."""
    last = _MONTH_NUMBER[month_text.lower()]
    return PartialDate(start.year, last) if last > (start.month or 12) else None


_NEED_DATE = frozenset({"day_range", "year_range", "decade", "century"})
"""Patterns whose match is no date mention at all when it does not resolve."""


_CASE_VARIANT = CASE_VARIANT
"""Letters that ``re.IGNORECASE`` matches with another letter than their lower case (``ſ`` with
``s``): in a text with one, a lowered pattern might miss what the pattern finds."""


@functools.cache
def _lowered_patterns() -> tuple[re.Pattern[str] | None, ...]:
    """Return each of `_PATTERNS` lowered (`lowered_pattern`), None where it cannot be.

    Compiled on first use, not at import.
    """
    found: list[re.Pattern[str] | None] = []
    for _name, pattern in _PATTERNS:
        try:
            found.append(lowered_pattern(pattern.pattern))
        except (ValueError, re.error):
            found.append(None)
    return tuple(found)


def _candidates(text: str, reference: dt.date | None) -> Iterator[DateMention]:
    """Yield every match of every pattern as a mention; overlaps are settled by the caller."""
    digit = _DIGIT.search(text) is not None
    month = _MONTH_STEM.search(text) is not None
    lowered = text.lower()
    exact = len(lowered) == len(text) and _CASE_VARIANT.search(text) is None
    screens = _lowered_patterns() if exact else ()
    for index, (name, pattern) in enumerate(_PATTERNS):
        if (not digit and name in _NEEDS_DIGIT) or (not month and name in _NEEDS_MONTH):
            continue
        screen = screens[index] if screens else None
        if screen is not None and screen.search(lowered) is None:
            continue  # the lowered copy matches all the pattern does, several times faster
        for match in pattern.finditer(text):
            try:
                coarse = _COARSE.get(name)
                groups = match.groupdict()
                date, end_date = (
                    coarse(groups, reference)
                    if coarse is not None
                    else _resolve(name, groups, reference)
                )
            except ModelError:
                continue  # 31 лютого, 45.13.2021: looks like a date, is not one
            if date is None and end_date is None and name in _NEED_DATE:
                continue
            start = match.start("month") if name == "lead_month" else match.start()
            yield DateMention(start, match.end(), text[start : match.end()], date, end_date)


_RANGE_FROM_LONGEST = max(map(len, RANGE_FROM_WORDS))


def _opens_range(text: str, start: int) -> bool:
    """Return True if a word that opens a range (``з``, ``від``) and spaces end at ``start``.

    The same answer as `_RANGE_OPEN` searched in ``text[:start]``, but the search starts
    at most a range word before the spaces (the word's own boundary test still sees the
    letter before it), so a text with many dates is not read again from its start for each.
    """
    space = start
    while space > 0 and text[space - 1].isspace():
        space -= 1
    if space == start:
        return False  # no space before the date: no range word right before it
    return _RANGE_OPEN.search(text, max(0, space - _RANGE_FROM_LONGEST), start) is not None


def _join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Join ``з <date> по <date>`` into one mention with an end date."""
    joined: list[DateMention] = []
    for mention in mentions:
        if joined:
            previous = joined[-1]
            between = text[previous.end : mention.start]
            if (
                previous.end_date is None
                and mention.end_date is None
                and previous.date is not None
                and mention.date is not None
                and _RANGE_JOIN.fullmatch(between)
                and _opens_range(text, previous.start)
            ):
                start = previous.date
                if start.year is None and start.month is not None and mention.date.year is not None:
                    # ``з 28 вересня по 2 жовтня 2021 року``: the year is written once, at the end.
                    year = mention.date.year - (start.month > (mention.date.month or 12))
                    start = PartialDate(year, start.month, start.day)
                joined[-1] = DateMention(
                    previous.start,
                    mention.end,
                    text[previous.start : mention.end],
                    start,
                    mention.date,
                )
                continue
        joined.append(mention)
    return joined


def find_dates(text: str, *, reference: dt.date | None = None) -> list[DateMention]:
    """Return the date mentions in ``text``, in order, resolving relative words to ``reference``."""
    found = sorted(_candidates(text, reference), key=lambda m: (m.start, -m.end))
    chosen: list[DateMention] = []
    for mention in found:
        if chosen and mention.start < chosen[-1].end:
            continue  # the longer mention that starts here or earlier already covers it
        chosen.append(mention)
    return _join_ranges(text, chosen)


def format_date(date: PartialDate) -> str:
    """Return ``date`` written the way Ukrainian news writes it (``21 вересня 2021 року``).

    `find_dates` reads the result back as ``date`` for years from 100 on.
    """
    year = "" if date.year is None else f"{date.year} року"
    if date.month is None:
        return f"{date.day} числа" if date.day is not None else year
    if date.day is None:
        return " ".join(part for part in (f"у {MONTHS[date.month - 1][-1]}", year) if part)
    return " ".join(
        part for part in (f"{date.day} {MONTH_NAMES_GENITIVE[date.month - 1]}", year) if part
    )


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_TEXT_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
_CLAUSE_BREAK = re.compile(r"[,;:()«»\"“”]|\s[-–—]\s")
_PARTICIPLE = frozenset({"pssv", "perf"})
"""A perfective passive participle (``зруйнований``, ``построенный``): what was done to a noun."""
_PARTICIPLE_REACH = 3
"""How many words before a date the participle that governs it may stand (``пошкодженим влітку
2023 року``)."""
_PERIOD_REACH = 3
"""How many words of a period's part (``другої половини``) may stand between a century or a
decade and the noun it qualifies."""
_TENSES = frozenset({"pres", "futr"})
_INFINITIVE = frozenset({"infn", "INFN"})
"""An infinitive: a grammeme of the Ukrainian verb, the part of speech of the Russian one."""
_FUNCTION_WORD = frozenset({"PREP", "CONJ", "PRCL"})


def _readings(word: str) -> list[frozenset[str]]:
    """Return the grammemes of each reading of ``word`` (in lower case)."""
    return [frozenset(parse.tag.grammemes) for parse in parse_word(word.lower())]


def _period(mention: DateMention) -> bool:
    """Return whether ``mention`` is a century or a decade (``XIX століття``, ``1990-х``)."""
    return any(
        name in {"century", "decade"} and pattern.fullmatch(mention.text) is not None
        for name, pattern in _PATTERNS
    )


def of_a_noun(text: str, mention: DateMention) -> bool:
    """Return whether the date ``mention`` in ``text`` qualifies a noun, not the clause's event.

    Such a date tells when a person or a thing came to be or what was done to it, never when
    the sentence's event happened:

    - a year before a noun of origin (`ORIGIN_NOUNS`): ``чоловік 1971 року народження``,
      ``будинок 1966 года постройки``;
    - a century or a decade right after a noun, past the words of a period's part
      (`PERIOD_PART_NOUNS`): ``будівля XIX століття``, ``в особняке конца XVIII века``; after a
      preposition (``у XIX столітті``, ``на початку 1990-х``) it is a time;
    - a year governed by a perfective passive participle a few words before it that stands as
      an attribute: the full form (``пошкоджений``, ``построенный``; never the short one,
      ``открыт``, ``подписано``, which is the clause's predicate) opening a phrase set off by a
      comma after its noun (``ліцей, пошкоджений влітку 2023 року``, ``дом, построенный в 1975
      году``) or standing before its noun right after the date (``Відремонтовану у 2023 році
      школу``). A full form after its subject with no comma (``Будинок був пошкоджений 7 травня``)
      is the predicate too: a participial phrase after its noun is always set off by commas.
    """
    date = mention.date
    if date is None or date.year is None:
        return False
    after = _NEXT_WORD.match(text, mention.end)
    if after is not None and _key(after.group(1)) in ORIGIN_NOUNS:
        return True
    before = [
        word.group()
        for word in _TEXT_WORD.finditer(text, _clause_start(text, mention), mention.start)
    ]
    if _period(mention):
        return _after_noun(before)
    reach = len(before) - _PARTICIPLE_REACH
    for index in range(len(before) - 1, max(reach, 0) - 1, -1):
        readings = _readings(before[index])
        if any(reading >= _PARTICIPLE and "PRTS" not in reading for reading in readings):
            return _opens_phrase(text, mention, before[:index]) or _before_noun(text, mention)
        if readings and all("VERB" in reading or "PRTS" in reading for reading in readings):
            return False  # ``зруйнований будинок відбудували у 2024 році``: the verb's date
    return False


def _opens_phrase(text: str, mention: DateMention, words: list[str]) -> bool:
    """Return whether a participle after ``words`` of its clause opens a phrase after a comma.

    ``ліцей, пошкоджений влітку 2023 року``, ``ліцей, сильно пошкоджений ...``: the clause of
    ``mention`` opens with a comma and only adverbs stand before the participle.
    """
    start = _clause_start(text, mention)
    if start == 0 or text[start - 1] != ",":
        return False
    return all(
        (readings := _readings(word)) and all("ADVB" in reading for reading in readings)
        for word in words
    )


def _before_noun(text: str, mention: DateMention) -> bool:
    """Return whether a noun follows ``mention`` (``Відремонтовану у 2023 році школу``).

    A word that may also be a preposition or a conjunction (``під час``) is none.
    """
    after = _NEXT_WORD.match(text, mention.end)
    if after is None:
        return False
    readings = _readings(after.group(1))
    return any("NOUN" in reading for reading in readings) and all(
        _FUNCTION_WORD.isdisjoint(reading) for reading in readings
    )


def _clause_start(text: str, mention: DateMention) -> int:
    """Return where the clause of ``mention`` starts (after the last comma, colon, dash ...)."""
    start = 0
    for found in _CLAUSE_BREAK.finditer(text, 0, mention.start):
        start = found.end()
    return start


def _after_noun(before: list[str]) -> bool:
    """Return whether the words ``before`` a century or a decade end in the noun it qualifies."""
    for word in reversed(before[-_PERIOD_REACH - 1 :]):
        parses = parse_word(word.lower())
        if any(parse.normal_form in PERIOD_PART_NOUNS for parse in parses):
            continue  # ``кінця XIX століття``: look past the period's part
        if parses and all("ADJF" in parse.tag.grammemes for parse in parses):
            continue  # ``другої половини``
        if any("PREP" in parse.tag.grammemes for parse in parses):
            return False  # ``в начале XX века``: a time
        return any(
            "NOUN" in parse.tag.grammemes and parse.normal_form not in PERIOD_PART_NOUNS
            for parse in parses
        )
    return False


def starts_later(text: str, mention: DateMention) -> bool:
    """Return whether the day ``mention`` that a change starts from is not yet its event's day.

    ``з 9 січня запускає новий рейс``, ``с 1 марта вводится``: a start date (after ``з``,
    ``с``, ``від``) told with a verb in the present or the future is when the change takes
    effect; the report or the decision about it was made on another day (an announcement is
    dated by when it was announced). The verb is the first finite one after the date in the
    sentence ``text``, else the last before it; a past one (``з 1 березня набрав чинності``)
    tells what happened on that day. An infinitive there (``вирішили з 1 лютого
    запровадити``, ``решили с 1 марта повысить``) names what is to be done from that day, the
    content of a decision or a plan, not yet done when it was told: that start is later too,
    when the infinitive stands in the date's clause (not ``Согласно постановлению от 14
    октября, фирма должна вернуть``, whose date is the ruling's); so is a verb after the date
    that reads as either (``з 15 грудня переводить``).
    """
    start = _clause_start(text, mention)
    stop = _CLAUSE_BREAK.search(text, mention.end)
    end = len(text) if stop is None else stop.start()
    after = list(_TEXT_WORD.finditer(text, mention.end))
    before = list(_TEXT_WORD.finditer(text, 0, mention.start))
    for found in (*after, *reversed(before)):
        readings = _readings(found.group())
        if (
            readings
            and start <= found.start() < end
            and all(not _INFINITIVE.isdisjoint(reading) for reading in readings)
        ):
            return True  # ``вирішили з 1 лютого запровадити``: what is to be done from that day
        if readings and all("VERB" in reading for reading in readings):
            # ``з 15 грудня переводить`` (present or infinitive: not yet done either way) after
            # the date in its clause; not one before it (``свідчить рішення від 6 жовтня``)
            after_date = mention.end <= found.start() < end
            return all(
                not _TENSES.isdisjoint(reading)
                or (after_date and not _INFINITIVE.isdisjoint(reading))
                for reading in readings
            )
    return False


_DAY_AS = re.compile(
    r"\s+(?:([^\W\d_]+)\s+)?дн(?:ем|ями)(?![\w'’ʼ\-])(?:\s+([^\W\d_]+(?:['’ʼ][^\W\d_]+)?))?",
    re.IGNORECASE,
)


def declared(text: str, mention: DateMention) -> bool:
    """Return whether the date ``mention`` in ``text`` is the day a decision makes a day of X.

    ``оголосила 25 березня днем жалоби``, ``объявил 3 мая выходным днем``: the date is the
    object of the declaring verb and the instrumental ``днем`` (with an adjective before it
    or a noun in the genitive after it) its predicate; the date is what is declared, as a
    start date is what a change applies from (`starts_later`), not the day it was declared.
    ``днем`` with neither is the adverb (``5 квітня днем окупанти``: in the daytime).
    """
    found = _DAY_AS.match(text, mention.end)
    if found is None:
        return False
    adjective, noun = found.groups()
    if adjective is not None:
        return any("ADJF" in reading and "ablt" in reading for reading in _readings(adjective))
    readings = _readings(noun) if noun is not None else []
    return any("NOUN" in reading and "gent" in reading for reading in readings)


_ANCHORED = re.compile(rf"{_B}(?:{_alternation(list(ANCHORED_DAY_OFFSETS))}){_E}", re.IGNORECASE)
_ANCHOR_REACH = 3000
"""How far back (in characters) the day a day word counts from may be: a few paragraphs."""
_LEAP_YEAR = 2000
"""A leap year, to count days of a date whose year the text leaves out."""


def day_after(text: str, start: int, end: int) -> PartialDate | None:
    """Return the day ``text[start:end]`` names from the day stated before it, or None.

    ``3 квітня прибула делегація. ... Наступного дня підписали меморандум``: a day word of
    `ANCHORED_DAY_OFFSETS` (``наступного дня``, ``того ж дня``, ``на следующий день``) counts
    from the last day and month the text states before ``start`` (the 4th, and the same day
    for ``того ж дня``). With no such day before it, or a year left out where it matters (the
    day after 28 February), it names none.
    """
    found = _ANCHORED.search(text, start, end)
    if found is None:
        return None
    offset = ANCHORED_DAY_OFFSETS[_key(found.group())]
    anchor = next(
        (
            mention.date
            for mention in reversed(find_dates(text[max(0, start - _ANCHOR_REACH) : start]))
            if mention.date is not None
            and mention.date.day is not None
            and mention.date.month is not None
            and mention.end_date is None
        ),
        None,
    )
    if anchor is None or anchor.month is None or anchor.day is None:
        return None
    if offset == 0:
        return anchor
    if anchor.year is None and (anchor.month, anchor.day) == (2, 28):
        return None  # the 29th or the 1st of March: the year decides
    day = dt.date(anchor.year or _LEAP_YEAR, anchor.month, anchor.day) + dt.timedelta(days=offset)
    return PartialDate(anchor.year and day.year, day.month, day.day)


_WEEKDAY = re.compile(WEEKDAY_PATTERN, re.IGNORECASE)


def names_a_day(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` says when it happened in words of its own.

    A date (`find_dates`: ``3 квітня``, ``у 2025 році``, ``сьогодні``, ``минулого тижня``), a
    weekday (`date_words.WEEKDAY_PATTERN`: ``у вівторок``, ``во вторник``) or a day counted
    from one told before (`ANCHORED_DAY_OFFSETS`: ``наступного дня``, ``в тот же день``): a
    sentence that names its day, rightly or not, has its own time, and the dateline's day
    (the report's) is not to be put in its place.
    """
    return bool(
        _WEEKDAY.search(text, start, end)
        or _ANCHORED.search(text, start, end)
        or find_dates(text[start:end])
    )


def names_a_weekday(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` names a weekday (``у вівторок``, ``в ночь на среду``).

    A weekday is a relative word: by the guidelines it gives no date, and the day a report's
    lede or dateline states (`WEEKDAY_PATTERN`) need not be it.
    """
    return _WEEKDAY.search(text, start, end) is not None
