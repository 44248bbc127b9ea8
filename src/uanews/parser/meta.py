"""Boilerplate lines: date stamps, credits, bylines, tags, share buttons and view counters.

`match_meta` tries an ordered list of small named rules on one cleaned line; the first
that matches gives the `uanews.model.Meta` (kind, extracted value, line as written).
A line longer than `MAX_META_LENGTH` is never boilerplate: it is body text.

Values: a date stamp's value is ISO 8601 (``2021-09-21``, ``--09-21`` when the year is
missing), followed by ``T`` and the time when there is one (``2021-09-21T14:35``); a view
counter's value is the number without spaces; every other value is the text after the label.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final

from uanews.errors import ModelError
from uanews.model import Meta, MetaKey, PartialDate
from uanews.parser.lexicon_layout import (
    BYLINE_VERBS,
    MEDIA_WORDS,
    META_LABELS,
    MONTHS,
    SENTENCE_END,
    SHARE_SEPARATORS,
    SHARE_WORDS,
    VIEWS_WORDS,
    WEEKDAYS,
)
from uanews.text import normalize_apostrophes

__all__ = ["MAX_META_LENGTH", "META_RULES", "match_meta", "published_date"]

MAX_META_LENGTH: Final = 200
"""Boilerplate lines are short; a longer line is body text whatever it starts with."""

_BYLINE_MAX_WORDS: Final = 8
_CREDIT_MAX_LENGTH: Final = 80
_CREDIT_MAX_WORDS: Final = 8


def _alternatives(words: object) -> str:
    """Return a regex alternation of ``words``, longest first so that no prefix wins early."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_LABELLED: Final = re.compile(
    rf"(?P<label>{_alternatives(META_LABELS)})(?:\s*:\s*|\s+[-–—]\s+)(?P<value>.*)",
    re.IGNORECASE,
)
_BYLINE: Final = re.compile(
    rf"(?P<label>{_alternatives(BYLINE_VERBS)})\s+(?P<value>[^\W\d_].*)", re.IGNORECASE
)
_CREDIT: Final = re.compile(
    rf"(?P<label>{_alternatives(MEDIA_WORDS)})\s+(?P<value>\S.*)", re.IGNORECASE
)

_TIME = r"(?P<h{n}>[01]?\d|2[0-3]):(?P<min{n}>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"
_DATE: Final = (
    r"(?:(?P<nd>\d{1,2})[./](?P<nm>\d{1,2})[./](?P<ny>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    rf"|(?P<wd>\d{{1,2}})\s+(?P<wm>{_alternatives(MONTHS)})"
    r"(?:,?\s+(?P<wy>\d{4})(?:\s*(?:року|р\.|р))?)?)"
)
_JOIN = r"(?:\s*[,|/]?\s*(?:[-–—]\s*)?(?:о\s+)?|T)"
_STAMP: Final = re.compile(
    rf"(?:(?:{_alternatives(WEEKDAYS)}),?\s+)?"
    rf"(?:{_TIME.format(n=1)}{_JOIN})?{_DATE}(?:{_JOIN}{_TIME.format(n=2)})?",
    re.IGNORECASE,
)
_DATE_IN_VALUE: Final = _STAMP
_VIEWS: Final = re.compile(
    rf"(?P<value>\d[\d ]*)\s+(?:{_alternatives(VIEWS_WORDS)})", re.IGNORECASE
)
_NUMBER: Final = re.compile(r"\d[\d ]*")
_SHARE_SPLIT: Final = re.compile(rf"[\s{re.escape(SHARE_SEPARATORS)}]+")
_SHARE_FIRST_WORDS: Final = frozenset(word.split()[0] for word in SHARE_WORDS)
_NOT_SEPARATOR: Final = rf"[^\s:{re.escape(SHARE_SEPARATORS)}]"
_SHARE_BUTTON: Final = re.compile(
    rf"(?:{_alternatives(word for word in SHARE_WORDS if ' ' in word)})(?!{_NOT_SEPARATOR})"
    rf"|{_NOT_SEPARATOR}+",
    re.IGNORECASE,
)


def _stamp_value(match: re.Match[str]) -> str | None:
    """Return the ISO value of a date stamp match, or None if the date cannot exist."""
    groups = match.groupdict()
    year = groups["ny"] or groups["iy"] or groups["wy"]
    if groups["wm"] is not None:
        month = MONTHS[groups["wm"].lower()]
    else:
        month = int(groups["nm"] or groups["im"])
    day = int(groups["nd"] or groups["id"] or groups["wd"])
    try:
        date = PartialDate(int(year) if year else None, month, day)
    except ModelError:
        return None
    hour = groups["h1"] or groups["h2"]
    minute = groups["min1"] or groups["min2"]
    if hour is None or minute is None:
        return date.isoformat()
    return f"{date.isoformat()}T{int(hour):02d}:{minute}"


def _value_for(key: MetaKey, value: str) -> str:
    """Return the value of a labelled line: a date for stamps, a number for views."""
    if key in {MetaKey.PUBLISHED, MetaKey.UPDATED}:
        match = _DATE_IN_VALUE.fullmatch(value)
        stamp = _stamp_value(match) if match else None
        return value if stamp is None else stamp
    if key is MetaKey.VIEWS and _NUMBER.fullmatch(value):
        return value.replace(" ", "")
    return value


def _labelled(line: str) -> Meta | None:
    """``Фото: Укрінформ``, ``Джерело - ...``, ``Опубліковано: 21.09.2021``: label, colon, value."""
    match = _LABELLED.fullmatch(normalize_apostrophes(line))
    if match is None:
        return None
    key = META_LABELS[match["label"].lower()]
    return Meta(key, _value_for(key, line[match.start("value") :]), line)


def _stamp(line: str) -> Meta | None:
    """``21.09.2021 14:35``, ``Вівторок, 21 вересня 2021``, ``2021-09-21T14:35``: a bare date."""
    match = _STAMP.fullmatch(normalize_apostrophes(line))
    if match is None:
        return None
    value = _stamp_value(match)
    return None if value is None else Meta(MetaKey.PUBLISHED, value, line)


def _byline(line: str) -> Meta | None:
    """``Підготувала Ірина Петренко``: a byline verb and a short name."""
    match = _BYLINE.fullmatch(line)
    if match is None or len(match["value"].split()) > _BYLINE_MAX_WORDS:
        return None
    if line[-1] in SENTENCE_END.replace(".", "") or line[-1] in ",:;":
        return None
    return Meta(MetaKey.AUTHOR, match["value"], line)


def _credit(line: str) -> Meta | None:
    """``Фото з відкритих джерел``, ``Відео автора``: a short credit without a colon."""
    match = _CREDIT.fullmatch(line)
    if match is None or len(line) > _CREDIT_MAX_LENGTH:
        return None
    if len(line.split()) > _CREDIT_MAX_WORDS or line[-1] in SENTENCE_END + ",:;-–—":
        return None
    return Meta(MEDIA_WORDS[match["label"].lower()], match["value"], line)


def _views(line: str) -> Meta | None:
    """``1 234 переглядів``: a view counter."""
    match = _VIEWS.fullmatch(line)
    return None if match is None else Meta(MetaKey.VIEWS, match["value"].replace(" ", ""), line)


def _share(line: str) -> Meta | None:
    """``Поділитися: Facebook | Telegram``: a row of share buttons and nothing else."""
    first = _SHARE_SPLIT.split(line.replace(":", " "), maxsplit=1)[0].lower()
    if first not in _SHARE_FIRST_WORDS:
        return None
    # A button of several words (``Копіювати посилання``) is one name, not one per word.
    names = _SHARE_BUTTON.findall(line)
    folded = [name.lower() for name in names]
    if not names or folded == ["x"] or any(name not in SHARE_WORDS for name in folded):
        return None
    return Meta(MetaKey.SHARE, ", ".join(names), line)


META_RULES: Final[tuple[tuple[str, Callable[[str], Meta | None]], ...]] = (
    ("labelled", _labelled),
    ("stamp", _stamp),
    ("byline", _byline),
    ("credit", _credit),
    ("views", _views),
    ("share", _share),
)
"""The boilerplate rules, in the order they are tried."""


def match_meta(line: str) -> Meta | None:
    """Return the boilerplate that the cleaned ``line`` is, or None if it is not boilerplate."""
    if not line or len(line) > MAX_META_LENGTH:
        return None
    for _name, rule in META_RULES:
        meta = rule(line)
        if meta is not None:
            return meta
    return None


def published_date(metadata: tuple[Meta, ...]) -> dt.date | None:
    """Return the first complete publication date among ``metadata``, or None."""
    for meta in metadata:
        if meta.key is MetaKey.PUBLISHED:
            try:
                return dt.date.fromisoformat(meta.value[:10])
            except ValueError:
                continue
    return None
