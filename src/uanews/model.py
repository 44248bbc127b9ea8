r"""The uanews data model: frozen, slotted attrs classes and the small value types they need.

This module holds data and its invariants only: no parsing of news text, no I/O.

Offsets
-------
Every offset (``start``, ``end``) counts Unicode code points (Python ``str`` indices, end
exclusive) into `NewsItem.text`, the item's *body text*: the headline (if any) and then
each paragraph, separated by one blank line (``"\n\n"``). A paragraph with a broadcast
caption contributes the caption, a newline, then its text. So for every mention ``m``,
``item.text[m.start:m.end] == m.text``, which `NewsItem` checks when it is built.
"""

from __future__ import annotations

import calendar
import functools
import re
import sys
from collections.abc import Iterator
from enum import StrEnum
from typing import NoReturn

import attrs
from attrs import field, frozen

from uanews.errors import ModelError
from uanews.fingerprint import text_id

__all__ = [
    "BLOCK_SEPARATOR",
    "CAPTION_SEPARATOR",
    "Event",
    "EventKind",
    "EventMode",
    "Mention",
    "Meta",
    "MetaKey",
    "NewsItem",
    "Paragraph",
    "PartialDate",
    "Participant",
    "ParticipantKind",
    "Quote",
    "QuoteKind",
    "Span",
]

BLOCK_SEPARATOR = "\n\n"
"""Separates the headline and paragraphs inside `NewsItem.text`."""

CAPTION_SEPARATOR = "\n"
"""Separates a paragraph's caption from its text inside `NewsItem.text`."""

_LANGUAGE = re.compile(r"[a-z]{2,3}")
_ISO_PARTIAL = re.compile(
    r"(?P<year>\d{4})(?:-(?P<ym>\d{2})(?:-(?P<ymd>\d{2}))?)?"
    r"|--(?P<month>\d{2})(?:-(?P<md>\d{2}))?"
    r"|---(?P<day>\d{2})",
    re.ASCII,  # only 0-9: int() would also accept other scripts' digits
)


class ParticipantKind(StrEnum):
    """What a participant is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"


class QuoteKind(StrEnum):
    """How words are reported: verbatim, paraphrased, under a caption, or as interview answers."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    CAPTION = "caption"
    INTERVIEW = "interview"


class EventKind(StrEnum):
    """The kinds of event uanews extracts."""

    MEETING = "meeting"
    VISIT = "visit"
    AGREEMENT = "agreement"
    PRESENTATION = "presentation"
    ANNOUNCEMENT = "announcement"
    ATTACK = "attack"
    """A military strike on a place: shelling, missiles, drones, guided bombs."""
    INCIDENT = "incident"
    """A fire, road accident, explosion not caused by an attack, collapse, flood."""


class EventMode(StrEnum):
    """Whether an event happened online or in person."""

    ONLINE = "online"
    IN_PERSON = "in_person"


class MetaKey(StrEnum):
    """Kinds of scraped boilerplate lines that the parser lifts out of the body."""

    PUBLISHED = "published"
    UPDATED = "updated"
    AUTHOR = "author"
    SOURCE = "source"
    PHOTO = "photo"
    VIDEO = "video"
    TAGS = "tags"
    SHARE = "share"
    VIEWS = "views"
    HEADING = "heading"
    """A trailer heading or link label (``ОСТАННІ НОВИНИ``, ``Читайте також:``)."""


@frozen
class PartialDate:
    """A calendar date whose year, month and day may each be unknown.

    Allowed combinations are those ISO 8601 can write: ``2021``, ``2021-09``, ``2021-09-21``,
    ``--09-21``, ``--09`` and ``---21``.
    """

    year: int | None = None
    """Year, 1..9999, or None when unknown."""

    month: int | None = None
    """Month, 1..12, or None."""

    day: int | None = None
    """Day of the month, valid for the month, or None."""

    def __attrs_post_init__(self) -> None:
        """Reject impossible or unwritable dates."""
        year, month, day = self.year, self.month, self.day
        if year is None and month is None and day is None:
            msg = "a partial date needs at least one of year, month, day"
            raise ModelError(msg)
        if year is not None and not 1 <= year <= 9999:
            msg = f"year {year} is outside 1..9999"
            raise ModelError(msg)
        if month is not None and not 1 <= month <= 12:
            msg = f"month {month} is outside 1..12"
            raise ModelError(msg)
        if day is not None:
            if year is not None and month is None:
                msg = "a date with year and day needs a month"
                raise ModelError(msg)
            if month is None:
                last = 31
            else:
                # Without a year, 29 February is possible (some leap year has it).
                last = calendar.monthrange(year if year is not None else 2000, month)[1]
            if not 1 <= day <= last:
                msg = f"day {day} is not valid for month {month}"
                raise ModelError(msg)

    def isoformat(self) -> str:
        """Return the ISO 8601 text form: ``2021-09-21``, ``2021-09``, ``--09-21``, ``---21``."""
        if self.year is not None:
            text = f"{self.year:04d}"
            if self.month is not None:
                text += f"-{self.month:02d}"
                if self.day is not None:
                    text += f"-{self.day:02d}"
            return text
        if self.month is not None:
            text = f"--{self.month:02d}"
            return text if self.day is None else f"{text}-{self.day:02d}"
        return f"---{self.day:02d}"

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Return the partial date written as ``text`` in the forms `isoformat` gives."""
        match = _ISO_PARTIAL.fullmatch(text)
        if match is None:
            msg = f"not an ISO 8601 partial date: {text!r}"
            raise ModelError(msg)
        groups = match.groupdict()

        def number(*names: str) -> int | None:
            for name in names:
                if groups[name] is not None:
                    return int(groups[name])
            return None

        return cls(
            year=number("year"),
            month=number("ym", "month"),
            day=number("ymd", "md", "day"),
        )

    def __str__(self) -> str:
        """Return `isoformat`."""
        return self.isoformat()


def _non_negative(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        msg = f"must be >= 0, not {value}"
        raise ModelError(msg, path=attribute.name)


def _positive(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        msg = f"must be >= 1, not {value}"
        raise ModelError(msg, path=attribute.name)


def _bounds(instance: Span | Mention, attribute: attrs.Attribute[int], value: int) -> None:
    """Check that a span's ``start`` is at least 0 and its ``end`` not before it, at once.

    The validator of ``end`` only: the parser makes thousands of spans an item, and one
    validator call a span instead of two raises the same errors in the same order.
    """
    start = instance.start
    if start < 0:
        msg = f"must be >= 0, not {start}"
        raise ModelError(msg, path="start")
    if value < start:
        msg = f"end {value} is before start {start}"
        raise ModelError(msg, path=attribute.name)


def _not_empty(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        msg = "must not be empty"
        raise ModelError(msg, path=attribute.name)


def _language(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not _LANGUAGE.fullmatch(value):
        msg = f"must be an ISO 639 code such as 'uk' or 'und', not {value!r}"
        raise ModelError(msg, path=attribute.name)


@frozen
class Span:
    """A stretch of `NewsItem.text`, by code point offsets (end exclusive)."""

    start: int
    """Offset of the first code point."""

    end: int = field(validator=_bounds)
    """Offset just past the last code point (the validator checks both offsets)."""


@frozen
class Mention:
    """A place in `NewsItem.text` where a participant is named, with the words used."""

    text: str
    """The words as written (`item.text[start:end]`)."""

    start: int
    """Offset of the first code point."""

    end: int = field(validator=_bounds)
    """Offset just past the last code point (the validator checks both offsets)."""


@frozen
class Paragraph:
    """One paragraph of the body; ``speaker`` is a participant id for broadcast speech blocks.

    ``caption`` keeps the broadcast caption line (``NAME SURNAME ROLE``) as written.
    """

    text: str
    """The paragraph's text, hard-wrapped lines joined."""

    speaker: str | None = None
    """Participant id of the broadcast speaker whose words these are, or None."""

    caption: str | None = None
    """The caption line before a broadcast speech block, as written, or None."""


@frozen
class Meta:
    """A boilerplate line lifted out of the body: its kind, extracted value and original text."""

    key: MetaKey
    """What the line is (publication date, author, photo credit...)."""

    value: str
    """The extracted value (ISO 8601 for dates, the name for credits)."""

    text: str
    """The line as written in the input."""


@frozen
class Participant:
    """A person, organisation or group named in the item, with every mention of it."""

    id: str = field(validator=_not_empty)
    """Unique id within the item (`p1`, `o1`, `g1`)."""

    kind: ParticipantKind
    """Person, organisation or group."""

    name: str = field(validator=_not_empty)
    """Name in the nominative and normal letter case (`Олександр Луцик`)."""

    role: str | None = None
    """Role or job as found (`глава ХОДА`), or None."""

    organization: str | None = None
    """The organisation the role belongs to, or None."""

    mentions: tuple[Mention, ...] = ()
    """Every place the participant is named, in text order."""


@frozen
class Quote:
    """Words attributed to a speaker; ``text`` is its ``parts`` joined by single spaces."""

    text: str
    """The quoted words: the parts' texts joined by single spaces."""

    parts: tuple[Span, ...]
    """Where the words are; several parts when the attribution interrupts the quote."""

    kind: QuoteKind
    """Direct (in marks), indirect (reported), caption (broadcast block) or interview (answer)."""

    speaker: str | None = None
    """Participant id of the speaker, or None when the text does not say."""

    cue: str | None = None
    """The speech verb or phrase (`розповів`, `за словами`) as written, or None."""

    cue_span: Span | None = None
    """Where the cue is, or None."""

    language: str = field(default="und", validator=_language)
    """ISO 639-1 code of the quote's language, or `und`."""

    def __attrs_post_init__(self) -> None:
        """Reject a quote without parts."""
        if not self.parts:
            msg = "a quote needs at least one part"
            raise ModelError(msg, path="parts")


@frozen
class Event:
    """Something that happened or was announced, with who took part and about what."""

    kind: EventKind
    """Meeting, visit, agreement, presentation, announcement, attack or incident."""

    date: PartialDate | None = None
    """When it happened, as far as the text says, or None."""

    mode: EventMode | None = None
    """Online or in person, when the text says."""

    place: str | None = None
    """Where, in the nominative (`Харків`), or None."""

    participants: tuple[str, ...] = ()
    """Ids of the participants who took part."""

    topics: tuple[str, ...] = ()
    """What it was about, each in the nominative."""

    evidence: Span | None = None
    """The sentence the event was read from."""

    places: tuple[str, ...] = ()
    """Every place it happened at, each in the nominative; `place` is the first of them."""

    killed: int | None = None
    """How many people were killed, when the text gives a number; else None."""

    injured: int | None = None
    """How many people were injured, when the text gives a number; else None."""

    def __attrs_post_init__(self) -> None:
        """Reject a `place` that is not the first of `places`, and negative casualty counts."""
        if self.places and self.place != self.places[0]:
            msg = f"place {self.place!r} is not the first of places {list(self.places)!r}"
            raise ModelError(msg, path="place")
        for name in ("killed", "injured"):
            count = getattr(self, name)
            if count is not None and count < 0:
                msg = f"{name} must not be negative, got {count}"
                raise ModelError(msg, path=name)


def _body_blocks(headline: str | None, paragraphs: tuple[Paragraph, ...]) -> Iterator[str]:
    """Yield the blocks that make up `NewsItem.text`, in order."""
    if headline is not None:
        yield headline
    for paragraph in paragraphs:
        if paragraph.caption is None:
            yield paragraph.text
        else:
            yield paragraph.caption + CAPTION_SEPARATOR + paragraph.text


_LAST_PARAGRAPH_SPANS: list[tuple[str | None, tuple[Paragraph, ...], tuple[Span, ...]] | None] = [
    None
]
"""The headline and paragraphs `NewsItem.paragraph_spans` was last asked about, and its answer."""


_LATEST_BODY: list[tuple[str | None, tuple[Paragraph, ...], str]] = [(None, (), "")]
"""The headline and paragraph objects whose body text was built last, and that text."""


def _body_text(headline: str | None, paragraphs: tuple[Paragraph, ...]) -> str:
    """Return the interned body text of ``headline`` and ``paragraphs`` (`NewsItem.text`).

    The objects of the latest call are kept with its text: ``attrs.evolve`` passes the same
    headline and paragraph tuple to the item it makes, so each stage of one item's
    extraction finds its text by an identity test instead of joining it (and hashing it, to
    intern it) again. The objects are immutable, and kept alive with the entry, so the same
    objects always mean the same text.
    """
    latest_headline, latest_paragraphs, latest_text = _LATEST_BODY[0]
    if paragraphs is latest_paragraphs and headline is latest_headline:
        return latest_text
    text = sys.intern(BLOCK_SEPARATOR.join(_body_blocks(headline, paragraphs)))
    _LATEST_BODY[0] = (headline, paragraphs, text)
    return text


@frozen
class NewsItem:
    """One news item: structure (headline, paragraphs, related) and what was extracted from it."""

    headline: str | None = None
    """The headline, or None when the item has none."""

    paragraphs: tuple[Paragraph, ...] = ()
    """The body: lede first, then the other paragraphs."""

    related: tuple[str, ...] = ()
    """Headlines of related items from trailers such as `Читайте також`."""

    metadata: tuple[Meta, ...] = ()
    """Boilerplate lines lifted out of the body (dates, credits, share buttons)."""

    language: str = field(default="und", validator=_language)
    """ISO 639-1 code of the item's language, or `und`."""

    participants: tuple[Participant, ...] = ()
    """People, organisations and groups named in the item."""

    quotes: tuple[Quote, ...] = ()
    """Words attributed to speakers."""

    events: tuple[Event, ...] = ()
    """Meetings, visits, agreements, presentations, announcements, attacks and incidents."""

    source: str | None = None
    """Where the item was read from: the name given to the parser or the file's path; or None."""

    index: int | None = field(default=None, validator=attrs.validators.optional(_non_negative))
    """The item's number in its dump, from 0 for the first item; or None when not read."""

    line: int | None = field(default=None, validator=attrs.validators.optional(_positive))
    """The number (from 1) of the item's first line with text in its source; or None."""

    def __attrs_post_init__(self) -> None:
        """Reject dangling participant ids, duplicate ids and offsets outside the text."""
        _check_references(self)
        _check_offsets(self)

    @functools.cached_property
    def text(self) -> str:
        """The body text that every offset refers to (see the module docstring).

        Computed once per item (the extractors ask for it many times), and not again for an
        item made from another by ``attrs.evolve`` (as extraction does, stage by stage) with
        the same headline and paragraphs (`_body_text`). Interned: items with equal text give
        one string object, so a cache keyed by the text finds it by identity, not by
        comparing the whole text on every look-up.
        """
        return _body_text(self.headline, self.paragraphs)

    @property
    def id(self) -> str:
        """The item's stable id: a hash of its normalised `text` (see `uanews.fingerprint`).

        Items with the same body text, up to the normalisation, have the same id, whatever
        their source, metadata or extraction.
        """
        return text_id(self.text)

    def paragraph_spans(self) -> tuple[Span, ...]:
        """Return where each paragraph's ``text`` (not its caption) lies in `text`.

        The spans of the last headline and paragraphs asked about are kept: the parser's
        stages ask again and again of one item and of its copies (`attrs.evolve` keeps the
        very tuple of paragraphs, which are immutable).
        """
        last = _LAST_PARAGRAPH_SPANS[0]
        if last is not None and last[1] is self.paragraphs and last[0] == self.headline:
            return last[2]
        spans: list[Span] = []
        offset = 0 if self.headline is None else len(self.headline) + len(BLOCK_SEPARATOR)
        for paragraph in self.paragraphs:
            if paragraph.caption is not None:
                offset += len(paragraph.caption) + len(CAPTION_SEPARATOR)
            spans.append(Span(offset, offset + len(paragraph.text)))
            offset += len(paragraph.text) + len(BLOCK_SEPARATOR)
        found = tuple(spans)
        _LAST_PARAGRAPH_SPANS[0] = (self.headline, self.paragraphs, found)
        return found

    def participant(self, participant_id: str) -> Participant:
        """Return the participant with id ``participant_id``; raise ``KeyError`` if none."""
        for participant in self.participants:
            if participant.id == participant_id:
                return participant
        raise KeyError(participant_id)

    def quote_text(self, quote: Quote) -> str:
        """Return the text of ``quote``'s parts joined by spaces, as read from `text`."""
        body = self.text
        return " ".join(body[part.start : part.end] for part in quote.parts)


def _check_references(item: NewsItem) -> None:
    """Raise `ModelError` for duplicate participant ids or ids that name no one.

    Every item the parser builds is checked (each stage's copy too), so the paths of an error
    are written only for an error: the checks themselves are plain tests, not calls.
    """
    ids = _participant_ids(item)

    def unknown(where: str, participant_id: str) -> NoReturn:
        msg = f"unknown participant id {participant_id!r}"
        raise ModelError(msg, path=where)

    for index, paragraph in enumerate(item.paragraphs):
        speaker = paragraph.speaker
        if speaker is not None and speaker not in ids:
            unknown(f"paragraphs[{index}].speaker", speaker)
    for index, quote in enumerate(item.quotes):
        speaker = quote.speaker
        if speaker is not None and speaker not in ids:
            unknown(f"quotes[{index}].speaker", speaker)
    for index, event in enumerate(item.events):
        for participant_id in event.participants:
            if participant_id not in ids:
                unknown(f"events[{index}].participants", participant_id)


def _participant_ids(item: NewsItem) -> set[str]:
    """Return the ids of ``item``'s participants; raise `ModelError` for a duplicate one."""
    ids: set[str] = set()
    for index, participant in enumerate(item.participants):
        if participant.id in ids:
            msg = f"duplicate participant id {participant.id!r}"
            raise ModelError(msg, path=f"participants[{index}].id")
        ids.add(participant.id)
    return ids


def _check_offsets(item: NewsItem) -> None:
    """Raise `ModelError` for spans past the end of the text or mentions that misquote it."""
    if not (item.participants or item.quotes or item.events):
        return
    body = item.text
    size = len(body)

    for p_index, participant in enumerate(item.participants):
        for m_index, mention in enumerate(participant.mentions):
            if mention.end > size:
                _outside(f"participants[{p_index}].mentions[{m_index}]", mention, size)
            if body[mention.start : mention.end] != mention.text:
                msg = f"text {mention.text!r} differs from the text at its offsets"
                raise ModelError(msg, path=f"participants[{p_index}].mentions[{m_index}]")
    _check_quotes(item.quotes, body)
    for e_index, event in enumerate(item.events):
        evidence = event.evidence
        if evidence is not None and evidence.end > size:
            _outside(f"events[{e_index}].evidence", evidence, size)


def _outside(where: str, span: Span | Mention, size: int) -> NoReturn:
    """Raise the `ModelError` of ``span`` (at ``where``) ending past a text of length ``size``."""
    msg = f"[{span.start}, {span.end}) is outside the text of length {size}"
    raise ModelError(msg, path=where)


def _check_quotes(quotes: tuple[Quote, ...], body: str) -> None:
    """Raise `ModelError` for parts outside ``body`` or a text that differs from them."""
    size = len(body)
    for q_index, quote in enumerate(quotes):
        for s_index, part in enumerate(quote.parts):
            if part.end > size:
                _outside(f"quotes[{q_index}].parts[{s_index}]", part, size)
        cue_span = quote.cue_span
        if cue_span is not None and cue_span.end > size:
            _outside(f"quotes[{q_index}].cue_span", cue_span, size)
        joined = " ".join(body[part.start : part.end] for part in quote.parts)
        if joined != quote.text:
            msg = "text differs from the quote's parts joined by spaces"
            raise ModelError(msg, path=f"quotes[{q_index}].text")
