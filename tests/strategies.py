"""Hypothesis strategies for the uanews model: one composite builder per model class.

Strategies that make objects pointing into a news item's body text (spans, mentions,
participants, quotes, events) take that text as an argument, so that :func:`news_items` can
build items that pass every check of :class:`uanews.model.NewsItem`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from copy import deepcopy
from enum import StrEnum
from typing import Any

import attrs
from hypothesis import strategies as st

from uanews.convert import to_dict
from uanews.model import (
    Event,
    EventKind,
    EventMode,
    Mention,
    Meta,
    MetaKey,
    NewsItem,
    Paragraph,
    PartialDate,
    Participant,
    ParticipantKind,
    Quote,
    QuoteKind,
    Span,
)

CYRILLIC = (
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯʼ’'«»–—-…,.:;!? \n0123456789"
)
"""Ukrainian letters (with і ї є ґ and the apostrophes), typographic quotes, dashes, punctuation."""

_cyrillic = st.sampled_from(CYRILLIC)
_any = st.characters(codec="utf-8")
# Three draws in four are Ukrainian, so text reads like news, yet every non-surrogate code point
# (controls, emoji, combining marks, other scripts) still turns up. ``flatmap`` keeps the
# weights: hypothesis merges a plain ``one_of`` of character strategies into one alphabet.
characters = st.sampled_from([_cyrillic, _cyrillic, _cyrillic, _any]).flatmap(lambda chars: chars)
"""Single characters: mostly Ukrainian, sometimes any Unicode code point except surrogates."""


def texts(*, min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Return a strategy for Cyrillic-heavy strings of any Unicode except surrogates."""
    return st.lists(characters, min_size=min_size, max_size=max_size).map("".join)


def names(*, max_size: int = 12) -> st.SearchStrategy[str]:
    """Return a strategy for strings with at least one non-whitespace character."""
    return texts(min_size=1, max_size=max_size).filter(str.strip)


languages = st.one_of(
    st.sampled_from(["uk", "ru", "en", "und"]),
    st.from_regex(r"[a-z]{2,3}", fullmatch=True),
)
"""ISO 639 language codes as the model accepts them (two or three lowercase letters)."""

_DATE_SHAPES = ("ymd", "ym", "y", "md", "m", "d")


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    """Return any valid :class:`PartialDate`, in each of the six ISO 8601 shapes."""
    shape = draw(st.sampled_from(_DATE_SHAPES))
    year = draw(st.integers(1, 9999)) if "y" in shape else None
    month = draw(st.integers(1, 12)) if "m" in shape else None
    day = None
    if "d" in shape:
        # A day without a year may be 29 February; 2000 is a leap year.
        last = 31 if month is None else calendar.monthrange(year or 2000, month)[1]
        day = draw(st.integers(1, last))
    return PartialDate(year=year, month=month, day=day)


@st.composite
def spans(draw: st.DrawFn, text_length: int | None = None) -> Span:
    """Return a :class:`Span` inside a text of ``text_length`` code points (any, if None)."""
    if text_length is None:
        text_length = draw(st.integers(0, 10_000))
    start = draw(st.integers(0, text_length))
    end = draw(st.integers(start, text_length))
    return Span(start, end)


@st.composite
def mentions(draw: st.DrawFn, text: str) -> Mention:
    """Return a :class:`Mention` whose offsets and words are a real slice of ``text``."""
    span = draw(spans(len(text)))
    return Mention(text[span.start : span.end], span.start, span.end)


@st.composite
def paragraphs(draw: st.DrawFn, speakers: Sequence[str] = ()) -> Paragraph:
    """Return a :class:`Paragraph`, with or without a caption; speakers come from ``speakers``."""
    speaker = draw(st.none() | st.sampled_from(speakers)) if speakers else None
    caption = draw(st.none() | texts(max_size=30))
    return Paragraph(draw(texts(max_size=80)), speaker=speaker, caption=caption)


@st.composite
def metas(draw: st.DrawFn) -> Meta:
    """Return a :class:`Meta` boilerplate line of any key."""
    return Meta(draw(st.sampled_from(MetaKey)), draw(texts()), draw(texts()))


@st.composite
def participants(draw: st.DrawFn, text: str, participant_id: str | None = None) -> Participant:
    """Return a :class:`Participant` whose mentions are slices of ``text``."""
    return Participant(
        id=draw(names()) if participant_id is None else participant_id,
        kind=draw(st.sampled_from(ParticipantKind)),
        name=draw(names(max_size=30)),
        role=draw(st.none() | texts()),
        organization=draw(st.none() | texts()),
        mentions=tuple(draw(st.lists(mentions(text), max_size=3))),
    )


@st.composite
def quotes(draw: st.DrawFn, text: str, speakers: Sequence[str] = ()) -> Quote:
    """Return a :class:`Quote` whose parts are slices of ``text`` and text is their join."""
    parts = tuple(draw(st.lists(spans(len(text)), min_size=1, max_size=3)))
    return Quote(
        text=" ".join(text[part.start : part.end] for part in parts),
        parts=parts,
        kind=draw(st.sampled_from(QuoteKind)),
        speaker=draw(st.none() | st.sampled_from(speakers)) if speakers else None,
        cue=draw(st.none() | texts(max_size=15)),
        cue_span=draw(st.none() | spans(len(text))),
        language=draw(languages),
    )


@st.composite
def events(draw: st.DrawFn, text: str, participant_ids: Sequence[str] = ()) -> Event:
    """Return an :class:`Event` whose participants come from ``participant_ids``."""
    who = draw(st.lists(st.sampled_from(participant_ids), max_size=3)) if participant_ids else []
    places = tuple(draw(st.lists(texts(max_size=20), max_size=3)))
    counts = st.none() | st.integers(min_value=0, max_value=10_000)
    return Event(
        kind=draw(st.sampled_from(EventKind)),
        date=draw(st.none() | partial_dates()),
        mode=draw(st.none() | st.sampled_from(EventMode)),
        place=places[0] if places else draw(st.none() | texts()),
        participants=tuple(who),
        topics=tuple(draw(st.lists(texts(max_size=20), max_size=3))),
        evidence=draw(st.none() | spans(len(text))),
        places=places,
        killed=draw(counts),
        injured=draw(counts),
    )


provenances = st.fixed_dictionaries(
    {
        "source": st.none() | texts(max_size=20),
        "index": st.none() | st.integers(0, 10**6),
        "line": st.none() | st.integers(1, 10**7),
    }
)
"""Keyword arguments ``source``, ``index``, ``line`` of a `NewsItem`, each possibly None."""


@st.composite
def news_items(draw: st.DrawFn) -> NewsItem:
    """Return a valid :class:`NewsItem`: unique ids, every id known, every offset in the text."""
    ids = draw(st.lists(names(max_size=8), unique=True, max_size=4))
    headline = draw(st.none() | texts(max_size=60))
    body = tuple(draw(st.lists(paragraphs(ids), max_size=4)))
    # Speakers do not change the text, and the ids they name are not on this draft yet.
    draft = tuple(attrs.evolve(paragraph, speaker=None) for paragraph in body)
    text = NewsItem(headline=headline, paragraphs=draft).text
    return NewsItem(
        headline=headline,
        paragraphs=body,
        related=tuple(draw(st.lists(texts(), max_size=3))),
        metadata=tuple(draw(st.lists(metas(), max_size=3))),
        language=draw(languages),
        participants=tuple([draw(participants(text, participant_id)) for participant_id in ids]),
        quotes=tuple(draw(st.lists(quotes(text, ids), max_size=3))),
        events=tuple(draw(st.lists(events(text, ids), max_size=2))),
        **draw(provenances),
    )


def _objects_in(text: str) -> st.SearchStrategy[object]:
    """Return a strategy for any model object whose offsets point into ``text``."""
    return st.one_of(
        partial_dates(),
        spans(len(text)),
        mentions(text),
        paragraphs(),
        metas(),
        participants(text),
        quotes(text),
        events(text),
    )


model_objects = st.one_of(news_items(), texts().flatmap(_objects_in))
"""Any model object, for properties every class shares (frozen, slotted)."""


# JSON documents that break the contract ---------------------------------------------------------

Route = tuple[str | int, ...]
"""Where a value sits in a JSON document: object keys and array indices from the top."""

_ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("metadata", "key"): MetaKey,
    ("participants", "kind"): ParticipantKind,
    ("quotes", "kind"): QuoteKind,
    ("events", "kind"): EventKind,
    ("events", "mode"): EventMode,
}
"""Enum-valued fields, by top-level array and field name."""

_ISO_SHAPE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|--[0-9]{2}(-[0-9]{2})?|---[0-9]{2}")


def is_valid_iso_partial_date(text: str) -> bool:
    """Return whether ``text`` is a partial date the contract allows (checked with datetime)."""
    if not _ISO_SHAPE.fullmatch(text):
        return False
    if text.startswith("---"):
        year, month, day = 2000, 1, int(text[3:])
    elif text.startswith("--"):
        year, month, day = 2000, int(text[2:4]), int(text[5:] or 1)
    else:
        year, month, day = int(text[:4]), int(text[5:7] or 1), int(text[8:] or 1)
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


bad_dates = st.one_of(
    st.sampled_from(
        [
            "",
            "0000",
            "2021-00",
            "2021-13",
            "2021-02-29",
            "2021-04-31",
            "--02-30",
            "--13",
            "---00",
            "---32",
            "2021-9-1",
            "21-09-21",
            "2021-09-21T10:00",
            "21.09.2021",
            " 2021",
            "2021 ",
            "вчора",
        ]
    ),
    st.from_regex(
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{2}|--[0-9]{2}-[0-9]{2}|---[0-9]{2}",
        fullmatch=True,
    ),
    texts(max_size=12),
).filter(lambda text: not is_valid_iso_partial_date(text))
"""Strings that are not ISO 8601 partial dates of a real calendar day or month."""


@attrs.frozen
class BrokenDocument:
    """A JSON document that breaks the contract, and the JSON path its error must name."""

    document: object
    path: str
    change: str
    value: object = None
    """The value put in, for changes that put one in."""


def json_path(route: Route) -> str:
    """Return ``route`` written as a JSON path: ``$.paragraphs[0].text``."""
    return "$" + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in route)


def _routes(value: object, route: Route = ()) -> list[tuple[Route, Any]]:
    """Return every value in a JSON document with its route, the document itself first."""
    found: list[tuple[Route, Any]] = [(route, value)]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_routes(child, (*route, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_routes(child, (*route, index)))
    return found


def _replace(document: object, route: Route, value: object) -> object:
    """Return a copy of ``document`` with the value at ``route`` replaced."""
    copy = deepcopy(document)
    parent: Any = copy
    for step in route[:-1]:
        parent = parent[step]
    parent[route[-1]] = value
    return copy


def _other_types(value: object) -> list[object]:
    """Return values of JSON types that no field holding ``value`` accepts."""
    # No field is ever a boolean or a fraction, so those are wrong everywhere. Null is
    # sometimes allowed and a string sometimes stands where null was, so neither is used for them.
    always_wrong: list[object] = [True, False, 1.5]
    if value is None:
        return [*always_wrong, 0, []]
    if isinstance(value, str):
        return [*always_wrong, 0, [], {}]
    if isinstance(value, int):
        return [*always_wrong, "0", [], {}]
    if isinstance(value, list):
        return [*always_wrong, "", 0, {}]
    return [*always_wrong, "", 0, []]


def _wrong_enum(draw: st.DrawFn, document: Any, routes: list[tuple[Route, Any]]) -> BrokenDocument:
    """Replace one enum value with a string outside its enum."""
    enums = [
        (route, _ENUMS[str(route[0]), str(route[-1])])
        for route, value in routes
        if isinstance(value, str) and len(route) == 3 and (route[0], route[-1]) in _ENUMS
    ]
    if not enums:
        return _wrong_type(draw, document, routes)
    route, enum = draw(st.sampled_from(enums))
    allowed = {member.value for member in enum}
    other_values = st.sampled_from(["", *(member.value for e in _ENUMS.values() for member in e)])
    wrong = draw(
        st.one_of(other_values, other_values.map(str.upper), texts(max_size=10)).filter(
            lambda text: text not in allowed
        )
    )
    return BrokenDocument(
        _replace(document, route, wrong), json_path(route), f"enum {wrong!r}", wrong
    )


def _wrong_date(draw: st.DrawFn, document: Any, routes: list[tuple[Route, Any]]) -> BrokenDocument:
    """Replace one event date with a string that is no partial date."""
    dates = [route for route, _ in routes if route and route[-1] == "date"]
    if not dates:
        return _wrong_type(draw, document, routes)
    route = draw(st.sampled_from(dates))
    wrong = draw(bad_dates)
    return BrokenDocument(
        _replace(document, route, wrong), json_path(route), f"date {wrong!r}", wrong
    )


_NULLABLE_INTEGERS: frozenset[Route] = frozenset(
    {("index",), ("line",), ("events", "killed"), ("events", "injured")}
)
"""Fields that hold an integer or null (routes without list indexes): 0 is no wrong type there."""


def _field(route: Route) -> Route:
    """Return the field ``route`` leads to, list indexes left out: ``("events", "killed")``."""
    return tuple(step for step in route if isinstance(step, str))


def _wrong_type(draw: st.DrawFn, document: Any, routes: list[tuple[Route, Any]]) -> BrokenDocument:
    """Replace one value (not the document) with a value of a type its field never holds."""
    route, value = draw(st.sampled_from(routes[1:]))
    wrong_values = _other_types(value)
    if _field(route) in _NULLABLE_INTEGERS:
        wrong_values = [wrong for wrong in wrong_values if type(wrong) is not int] + ["0"]
    wrong = draw(st.sampled_from(wrong_values))
    return BrokenDocument(
        _replace(document, route, wrong), json_path(route), f"retype {wrong!r}", wrong
    )


def _wrong_version(draw: st.DrawFn, document: Any, _: list[tuple[Route, Any]]) -> BrokenDocument:
    """Replace ``schema_version`` with anything but a version uanews reads (1 and 2)."""
    # 1 is no choice either: a version 2 document relabelled 1 is wrong at "$", not at the version.
    wrong_versions = [0, 3, -1, "1", "2", True, False, None, 1.5, 2.0, [2], {}]
    version: object = draw(st.sampled_from(wrong_versions))
    broken = {**document, "schema_version": version}
    return BrokenDocument(broken, "$.schema_version", f"version {version!r}", version)


def _missing_key(draw: st.DrawFn, document: Any, routes: list[tuple[Route, Any]]) -> BrokenDocument:
    """Delete one key of one object."""
    route, value = draw(st.sampled_from([(r, v) for r, v in routes if isinstance(v, dict) and v]))
    key = draw(st.sampled_from(sorted(value)))
    smaller = {name: child for name, child in value.items() if name != key}
    broken = _replace(document, route, smaller) if route else smaller
    return BrokenDocument(broken, json_path(route), f"delete {key!r}")


def _extra_key(draw: st.DrawFn, document: Any, routes: list[tuple[Route, Any]]) -> BrokenDocument:
    """Add one unknown key to one object."""
    route, value = draw(st.sampled_from([(r, v) for r, v in routes if isinstance(v, dict)]))
    key = draw(texts(max_size=10).filter(lambda text: text not in value))
    larger = {**value, key: draw(st.none() | st.integers() | texts())}
    broken = _replace(document, route, larger) if route else larger
    return BrokenDocument(broken, json_path(route), f"add {key!r}")


_BREAKERS = (_missing_key, _extra_key, _wrong_type, _wrong_enum, _wrong_date, _wrong_version)


@st.composite
def broken_documents(draw: st.DrawFn, *, wrong_type_only: bool = False) -> BrokenDocument:
    """Return a dumped valid item with one change that the contract forbids.

    The change is one of: a key deleted, a key added, a value of the wrong JSON type, an enum
    value outside its enum, an impossible date, a schema version uanews does not read; with
    ``wrong_type_only``, always a value of the wrong JSON type.
    """
    document = to_dict(draw(news_items()))
    breaker = _wrong_type if wrong_type_only else draw(st.sampled_from(_BREAKERS))
    return breaker(draw, document, _routes(document))
