"""Date words of every language the rules know, merged: what `uanews.parser.events.dates` reads.

Ukrainian and Russian date words never share a spelling with a different meaning: a month
name, a year word or a relative day of one language (``сентября``, ``года``, ``вчера``) is no
word of the other, and the few words they share mean the same (``завтра``, ``два``, ``до``).
So one date grammar reads both, and a Russian paragraph in a Ukrainian item (or the reverse)
has its dates found without knowing its language. Each name here is the Ukrainian entry of
`uanews.parser.events.lexicon` followed by the Russian entry of
`uanews.parser.events.lexicon_ru`; the month names the output uses stay Ukrainian.
"""

from __future__ import annotations

from uanews.parser.events import lexicon as uk
from uanews.parser.events import lexicon_ru as ru

__all__ = [
    "AGO_SINGULAR_UNITS",
    "AGO_UNITS",
    "AGO_WORDS",
    "ANCHORED_DAY_OFFSETS",
    "CENTURY_WORDS",
    "DAY_OFFSETS",
    "DECADE_SUFFIXES",
    "MONTHS",
    "MONTH_GROUPS",
    "MONTH_LEAD_WORDS",
    "MONTH_NAMES_GENITIVE",
    "NUMBER_WORDS",
    "ORIGIN_NOUNS",
    "PERIOD_OFFSETS",
    "PERIOD_PART_NOUNS",
    "RANGE_FROM_WORDS",
    "RANGE_TO_WORDS",
    "SEASON_WORDS",
    "WEEKDAY_PATTERN",
    "YEAR_WORDS_PLURAL",
    "YEAR_WORDS_SINGULAR",
]

MONTHS: tuple[tuple[str, ...], ...] = tuple(
    ukrainian + russian for ukrainian, russian in zip(uk.MONTHS, ru.MONTHS, strict=True)
)
"""Case forms of every month name, January first: the Ukrainian forms, then the Russian."""

MONTH_GROUPS: tuple[tuple[str, ...], ...] = (*uk.MONTHS, *ru.MONTHS)
"""The month names of each language as separate groups (each group shares a stem)."""

MONTH_NAMES_GENITIVE = uk.MONTH_NAMES_GENITIVE
YEAR_WORDS_SINGULAR = uk.YEAR_WORDS_SINGULAR + ru.YEAR_WORDS_SINGULAR
YEAR_WORDS_PLURAL = uk.YEAR_WORDS_PLURAL + ru.YEAR_WORDS_PLURAL
MONTH_LEAD_WORDS = uk.MONTH_LEAD_WORDS + ru.MONTH_LEAD_WORDS
RANGE_FROM_WORDS = uk.RANGE_FROM_WORDS + ru.RANGE_FROM_WORDS
RANGE_TO_WORDS = uk.RANGE_TO_WORDS + ru.RANGE_TO_WORDS
DAY_OFFSETS = uk.DAY_OFFSETS | ru.DAY_OFFSETS
PERIOD_OFFSETS = uk.PERIOD_OFFSETS | ru.PERIOD_OFFSETS
SEASON_WORDS = uk.SEASON_WORDS + ru.SEASON_WORDS
DECADE_SUFFIXES = uk.DECADE_SUFFIXES + ru.DECADE_SUFFIXES
CENTURY_WORDS = uk.CENTURY_WORDS + ru.CENTURY_WORDS
AGO_WORDS = uk.AGO_WORDS + ru.AGO_WORDS
AGO_UNITS = uk.AGO_UNITS | ru.AGO_UNITS
AGO_SINGULAR_UNITS = uk.AGO_SINGULAR_UNITS + ru.AGO_SINGULAR_UNITS
NUMBER_WORDS = uk.NUMBER_WORDS | ru.NUMBER_WORDS
ORIGIN_NOUNS = frozenset(uk.ORIGIN_NOUNS + ru.ORIGIN_NOUNS)
PERIOD_PART_NOUNS = frozenset(uk.PERIOD_PART_NOUNS + ru.PERIOD_PART_NOUNS)
ANCHORED_DAY_OFFSETS = uk.ANCHORED_DAY_OFFSETS | ru.ANCHORED_DAY_OFFSETS
WEEKDAY_PATTERN = f"(?:{uk.WEEKDAY_PATTERN}|{ru.WEEKDAY_PATTERN})"
