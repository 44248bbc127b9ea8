"""Extraction stage: a structured item in, the same item with who, what and when filled in."""

from __future__ import annotations

import datetime as dt

import attrs

from uanews.lang import detect_language
from uanews.model import NewsItem
from uanews.parser.events import extract_events
from uanews.parser.language import using_language
from uanews.parser.participants import extract_participants
from uanews.parser.quotes import extract_quotes

__all__ = ["annotate"]


def annotate(item: NewsItem, *, reference: dt.date | None = None) -> NewsItem:
    """Return ``item`` with participants, speakers, quotes, events and language extracted.

    ``item`` holds structure only (headline, paragraphs with captions, related, metadata);
    ``reference`` is the publication date that relative dates (``вчора``) resolve against.
    The item's language picks the morphology and word lists the rules read
    (`uanews.parser.language`): Russian for a Russian item, Ukrainian for any other.
    """
    language = detect_language(item.text)
    with using_language(language):
        participants, speakers = extract_participants(item)
        paragraphs = tuple(
            attrs.evolve(paragraph, speaker=speaker)
            for paragraph, speaker in zip(item.paragraphs, speakers, strict=True)
        )
        item = attrs.evolve(item, paragraphs=paragraphs, participants=participants)
        quotes = extract_quotes(item)
        events = extract_events(item, reference=reference)
    return attrs.evolve(item, quotes=quotes, events=events, language=language)
