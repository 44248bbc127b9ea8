"""Extraction stage: a structured item in, the same item with who, what and when filled in."""

from __future__ import annotations

import datetime as dt

import attrs

from uanews.lang import detect_language, proven_language
from uanews.model import NewsItem
from uanews.parser.events import extract_events, find_actors
from uanews.parser.language import using_language
from uanews.parser.participants import extract_participants
from uanews.parser.participants.tagger import Tagger
from uanews.parser.quotes import extract_quotes
from uanews.parser.quotes.bodies import speaking_bodies

__all__ = ["annotate"]


def annotate(
    item: NewsItem, *, reference: dt.date | None = None, ner: Tagger | None = None
) -> NewsItem:
    """Return ``item`` with participants, speakers, quotes, events and language extracted.

    The actors of events that the participants stage does not name (a strike's attacker, ``армія
    рф``; a deciding body named by a common noun, ``парламент``) join the participants.

    ``item`` holds structure only (headline, paragraphs with captions, related, metadata);
    ``reference`` is the publication date that relative dates (``вчора``) resolve against;
    ``ner`` is an optional trained tagger for persons and organisations (a spaCy pipeline).
    The item's language picks the morphology and word lists the rules read
    (`uanews.parser.language`): Russian for a Russian item, Ukrainian for any other; the
    languages of paragraphs in another language come along for the words written in them.
    """
    language = detect_language(item.text)
    with using_language(language, *_other_languages(item, language)):
        participants, speakers = extract_participants(item, ner=ner)
        paragraphs = tuple(
            attrs.evolve(paragraph, speaker=speaker)
            for paragraph, speaker in zip(item.paragraphs, speakers, strict=True)
        )
        item = attrs.evolve(item, paragraphs=paragraphs, participants=participants)
        # Bodies that speak unnamed (``у міськраді зазначили``) are participants too.
        item = attrs.evolve(item, participants=participants + speaking_bodies(item))
        item = attrs.evolve(item, participants=find_actors(item))
        quotes = extract_quotes(item)
        events = extract_events(item, reference=reference)
    return attrs.evolve(item, quotes=quotes, events=events, language=language)


def _other_languages(item: NewsItem, language: str) -> list[str]:
    """Return the languages other than ``language`` that some paragraph of ``item`` is in."""
    texts = [item.headline or "", *(paragraph.text for paragraph in item.paragraphs)]
    found = {proven_language(text) for text in texts}
    return sorted(code for code in found if code is not None and code != language)
