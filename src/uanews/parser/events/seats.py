"""The city a deciding body sits in, read from the body's name: where its decision was made.

``Корольовський районний суд м. Житомира`` and ``мерія Одеси`` name their city in the genitive
after a settlement noun or a city body's head (`CITY_BODY_HEADS`). Only a city the name names
as a noun counts here (in the genitive, or after a settlement noun in the nominative that
apposition keeps: ``суд города Сумы``), and a region (``Господарський суд Одеської області``)
is no seat; a town's adjective before its own body's word (``Одеська міська рада``) is read
apart, for any event, by `uanews.parser.events.places.town_of_body`.
"""

from __future__ import annotations

import re

from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.lexicon import CITY_BODY_HEADS, SETTLEMENT_GENITIVES
from uanews.parser.language import current_language, pick
from uanews.parser.morph import nominative_or_none
from uanews.parser.toponyms import apposed_town

__all__ = ["seat"]

_NAME = r"(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’ʼ\-]+"


def _alternation(words: tuple[str, ...]) -> str:
    """Return an alternation of ``words``, longest first, a space matching any spaces."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


def _genitive(settlements: tuple[str, ...], heads: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a city in the genitive after a settlement noun or a body's head."""
    return re.compile(
        rf"(?<![\w\-])(?:(?P<settlement>{_alternation(settlements)})\s*|(?:{_alternation(heads)})\s+)"
        rf"(?P<city>{_NAME})",
        re.IGNORECASE,
    )


_GENITIVE = _genitive(SETTLEMENT_GENITIVES, CITY_BODY_HEADS)
_GENITIVE_RU = _genitive(ru.SETTLEMENT_GENITIVES, ru.CITY_BODY_HEADS)


def seat(name: str) -> str | None:
    """Return the city that a body called ``name`` sits in, in the nominative, or None."""
    match = pick(_GENITIVE, _GENITIVE_RU).search(name)
    if match is None:
        return None
    city = match.group("city")
    if match.group("settlement") is not None and apposed_town(city, current_language()):
        return city  # ``суд города Сумы``: the name in apposition keeps its nominative
    return nominative_or_none(city, case="gent")
