"""Extraction stage: a structured item in, the same item with who, what and when filled in."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import attrs

from uanews.lang import detect_language, paragraph_language, proven_language, without_names
from uanews.model import NewsItem
from uanews.parser.events import extract_events, find_actors
from uanews.parser.language import (
    LANGUAGES,
    Region,
    rule_language,
    using_language,
    using_regions,
)
from uanews.parser.participants import extract_participants
from uanews.parser.participants.tagger import Tagger
from uanews.parser.quotes import extract_quotes
from uanews.parser.quotes.bodies import read_speaking_bodies
from uanews.parser.quotes.unmarked import continued_speakers

__all__ = ["annotate", "reading_item"]


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
    (`uanews.parser.language`): Russian for a Russian item, Ukrainian for any other; a
    headline or paragraph proven to be in the other language is read in its own
    (`uanews.parser.language.reading_at`).
    """
    with reading_item(item) as language:
        participants, speakers = extract_participants(item, ner=ner)
        # A caption's speech goes on in a first-person paragraph after it (`continued_speakers`).
        speakers = continued_speakers(item, speakers)
        paragraphs = tuple(
            attrs.evolve(paragraph, speaker=speaker)
            for paragraph, speaker in zip(item.paragraphs, speakers, strict=True)
        )
        item = attrs.evolve(item, paragraphs=paragraphs, participants=participants)
        # Bodies that speak unnamed (``у міськраді зазначили``) are participants too.
        # A body noun that speaks after the text named that body is one more mention of it.
        named, made = read_speaking_bodies(item)
        item = attrs.evolve(item, participants=named + made)
        item = attrs.evolve(item, participants=find_actors(item))
        quotes = extract_quotes(item)
        # The events are told in narration: the quotes' words (`reported`) trigger none.
        events = extract_events(item, reference=reference, quotes=quotes)
    return attrs.evolve(item, quotes=quotes, events=events, language=language)


@contextlib.contextmanager
def reading_item(item: NewsItem) -> Iterator[str]:
    """Read ``item`` in its own languages inside the ``with`` block; yield its language code.

    The item's language (detected from its text) picks the morphology and word lists, and each
    headline or paragraph proven to be in the other rule language is read in its own, as
    `annotate` does: a caller that runs one extractor again on an edited item (a scorer that
    swaps in gold participants) must read it the same way.
    """
    language = detect_language(item.text)
    regions = _regions(item, language)
    others = sorted({code for _start, _end, code in regions})
    with using_language(language, *others), using_regions(regions):
        yield language


def _regions(item: NewsItem, detected: str) -> tuple[Region, ...]:
    """Return the headline and paragraphs of ``item`` in another rule language than its own.

    Each is (start, end, code) in ``item.text``: those blocks are read in their own language
    (`uanews.parser.language.reading_at`); the rest in the rule language of ``detected``, the
    item's. In a Ukrainian or Russian item each block is decided between the two by
    `uanews.lang.paragraph_language` (a short block without evidence keeps the item's
    language); in an item of any other language only marker letters or function words
    (`uanews.lang.proven_language`) make a block Ukrainian or Russian.
    """
    language = rule_language(detected)
    whole = item.text
    # The names of the whole text are blanked once (`without_names`, which `detect_language`
    # has just done for the same text): a block between line breaks reads its own slice.
    plain = without_names(whole) if detected in LANGUAGES else whole

    def decide(start: int, end: int, text: str) -> str | None:
        if detected not in LANGUAGES:
            return proven_language(text)
        bounded = (start == 0 or whole[start - 1] == "\n") and (
            end == len(whole) or whole[end] == "\n"
        )
        own = plain[start:end] if bounded and whole[start:end] == text else None
        return paragraph_language(text, language, plain=own)

    spans = item.paragraph_spans()
    blocks = [
        (span.start, span.end, paragraph.text)
        for span, paragraph in zip(spans, item.paragraphs, strict=True)
    ]
    if item.headline is not None:
        blocks.insert(0, (0, len(item.headline), item.headline))
    found: list[Region] = []
    for start, end, text in blocks:
        code = decide(start, end, text)
        if code is not None and code != language and rule_language(code) == code:
            found.append((start, end, code))
    return tuple(found)
