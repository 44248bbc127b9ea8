"""Export to IPTC ninjs (News in JSON) 2.1, the news industry's JSON format.

The mapping keeps to what ninjs can say: the headline, the body as plain text, the language,
people and organisations (with whether they speak in the item), places and topics of events,
tags, author and source lines, and related stories as partial associations. ninjs has no place
for quotes, mention offsets or participant roles; use the uanews JSON contract for those.

Only the metadata keys in `EXPORTED_METADATA` are mapped. Headings (`MetaKey.HEADING`: trailer
headings and link labels such as ``ОСТАННІ НОВИНИ`` or ``Читайте також:``) are furniture of the
source page: the related stories under them become associations, the headings themselves are
left out, and never read as a byline, a source or a subject.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any, Final

from uanews.model import (
    BLOCK_SEPARATOR,
    CAPTION_SEPARATOR,
    Event,
    MetaKey,
    NewsItem,
    ParticipantKind,
)

__all__ = ["EXPORTED_METADATA", "NINJS_SCHEMA_URI", "NINJS_VERSION", "item_uri", "to_ninjs"]

NINJS_VERSION: Final = "2.1"
"""The ninjs version that `to_ninjs` writes."""

NINJS_SCHEMA_URI: Final = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"
"""The IPTC JSON Schema that `to_ninjs` output validates against."""

URI_PREFIX: Final = "urn:uanews:"
"""Prefix of the URIs that uanews derives from an item's text."""

REL_SPEAKER: Final = "speaker"
"""``rel`` of a person or organisation whose words the item reports."""

REL_MENTIONED: Final = "mentioned"
"""``rel`` of a person or organisation the item only names."""

EXPORTED_METADATA: Final = frozenset(
    {MetaKey.PUBLISHED, MetaKey.UPDATED, MetaKey.AUTHOR, MetaKey.SOURCE, MetaKey.TAGS}
)
"""The metadata keys `to_ninjs` maps (dates, ``by``, ``infosources``, tag subjects)."""

_TAG_SEPARATORS: Final = re.compile(r"\s*[,;]\s*")


def _digest(text: str) -> str:
    """Return the SHA-256 hex digest of ``text`` encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def item_uri(item: NewsItem) -> str:
    """Return a stable URI for ``item``: ``urn:uanews:`` and the SHA-256 of its body text."""
    return URI_PREFIX + _digest(item.text)


def _body(item: NewsItem) -> str:
    """Return the paragraphs (with their broadcast captions) as plain text, without headline."""
    blocks = (
        paragraph.text
        if paragraph.caption is None
        else paragraph.caption + CAPTION_SEPARATOR + paragraph.text
        for paragraph in item.paragraphs
    )
    return BLOCK_SEPARATOR.join(blocks)


def _timestamp(value: str) -> str | None:
    """Return ``value`` as an RFC 3339 date-time if it is a full ISO timestamp with an offset."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    # ninjs date-times need a time and an offset; a bare date or local time would be a guess.
    if moment.tzinfo is None or "T" not in value.upper():
        return None
    return moment.isoformat()


def _speakers(item: NewsItem) -> set[str]:
    """Return the ids of participants who speak: paragraph speakers and quote speakers."""
    ids = {paragraph.speaker for paragraph in item.paragraphs if paragraph.speaker}
    ids.update(quote.speaker for quote in item.quotes if quote.speaker)
    return ids


def _event_places(event: Event) -> tuple[str, ...]:
    """Return every place of ``event``: its ``places``, else its ``place`` alone."""
    if event.places:
        return event.places
    return (event.place,) if event.place else ()


def _event_name(event: Event) -> str:
    """Return a short readable name for ``event``: kind, date, mode, places and casualties."""
    parts = [event.kind.value]
    if event.date is not None:
        parts.append(event.date.isoformat())
    if event.mode is not None:
        parts.append(event.mode.value)
    parts.extend(_event_places(event))
    if event.killed is not None:
        parts.append(f"killed {event.killed}")
    if event.injured is not None:
        parts.append(f"injured {event.injured}")
    return ", ".join(parts)


def _unique(values: list[dict[str, str]]) -> list[dict[str, str]]:
    """Return ``values`` without repeats, first occurrence kept."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    kept: list[dict[str, str]] = []
    for value in values:
        key = tuple(sorted(value.items()))
        if key not in seen:
            seen.add(key)
            kept.append(value)
    return kept


def _subjects(item: NewsItem) -> list[dict[str, str]]:
    """Return groups, event topics and tags as ninjs subjects, each with a ``rel`` saying which."""
    subjects = [
        {"name": participant.name, "rel": "group", "literal": participant.id}
        for participant in item.participants
        if participant.kind is ParticipantKind.GROUP
    ]
    subjects.extend(
        {"name": topic, "rel": "topic"} for event in item.events for topic in event.topics
    )
    subjects.extend(
        {"name": tag, "rel": "tag"}
        for value in _meta_values(item, MetaKey.TAGS)
        for tag in _TAG_SEPARATORS.split(value.strip())
        if tag
    )
    return _unique(subjects)


def _participants(item: NewsItem, kind: ParticipantKind) -> list[dict[str, str]]:
    """Return the participants of ``kind`` as ninjs people or organisations."""
    speakers = _speakers(item)
    return [
        {
            "name": participant.name,
            "rel": REL_SPEAKER if participant.id in speakers else REL_MENTIONED,
            "literal": participant.id,
        }
        for participant in item.participants
        if participant.kind is kind
    ]


def _meta_values(item: NewsItem, key: MetaKey) -> list[str]:
    """Return the non-empty values of the metadata lines of kind ``key``, in order."""
    return [meta.value for meta in item.metadata if meta.key is key and meta.value.strip()]


def _dates(item: NewsItem) -> dict[str, str]:
    """Return ``firstcreated`` / ``versioncreated`` from published / updated timestamps."""
    dates: dict[str, str] = {}
    for key, field in ((MetaKey.PUBLISHED, "firstcreated"), (MetaKey.UPDATED, "versioncreated")):
        for value in _meta_values(item, key):
            stamp = _timestamp(value)
            if stamp is not None:
                dates[field] = stamp
                break
    return dates


def to_ninjs(item: NewsItem) -> dict[str, Any]:
    """Return ``item`` as a ninjs 2.1 object (JSON-ready primitives)."""
    body = _body(item)
    document: dict[str, Any] = {
        "uri": item_uri(item),
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA_URI},
        "type": "text",
        "representationtype": "full",
        "language": item.language,
    }
    document.update(_dates(item))
    if item.headline is not None:
        document["headlines"] = [{"role": "main", "value": item.headline}]
    if body:
        document["bodies"] = [
            {
                "role": "main",
                "contenttype": "text/plain",
                "charcount": len(body),
                "wordcount": len(body.split()),
                "value": body,
            }
        ]
    authors = _meta_values(item, MetaKey.AUTHOR)
    if authors:
        document["by"] = ", ".join(authors)
    sources = [{"name": value} for value in _meta_values(item, MetaKey.SOURCE)]
    optional: dict[str, list[dict[str, str]]] = {
        "people": _participants(item, ParticipantKind.PERSON),
        "organisations": _participants(item, ParticipantKind.ORGANIZATION),
        "places": _unique(
            [{"name": place} for event in item.events for place in _event_places(event)]
        ),
        "subjects": _subjects(item),
        "events": [{"name": _event_name(event)} for event in item.events],
        "infosources": _unique(sources),
    }
    document.update({key: value for key, value in optional.items() if value})
    if item.related:
        document["associations"] = [
            {
                "name": f"related{index}",
                "uri": f"{URI_PREFIX}related:{_digest(headline)}",
                "type": "text",
                "representationtype": "partial",
                "headlines": [{"value": headline}],
            }
            for index, headline in enumerate(item.related, start=1)
        ]
    return document
