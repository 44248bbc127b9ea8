"""The narration sentences of an item: the document's sentences of its headline and paragraphs.

The document layer cuts every block once (`uanews.parser.sentences`); this is the events'
view of those sentences, with where each stands (lead, block).

Broadcast speech blocks (paragraphs with a caption or a speaker) are speech, not narration,
and give no sentences; direct quotes inside narration are returned apart (`quoted`), so that
the words inside them trigger nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen

from uanews.model import NewsItem, Quote, QuoteKind
from uanews.parser.document import item_sentences
from uanews.parser.events.spans import SpanSet
from uanews.parser.language import drop_oldest, languages_at

__all__ = ["Sentence", "answers", "quoted", "reported", "sentences", "spoken"]

_CUT: dict[object, tuple[Sentence, ...]] = {}
"""The sentences of the last items read, by their headline and blocks (see `sentences`)."""
_CUT_ITEMS = 2


@frozen
class Sentence:
    """A sentence of narration: its span in the item text and where it stands."""

    start: int
    end: int
    lead: bool
    """In the headline or the first paragraph."""
    block: int
    """Which block (headline, paragraph) it is in."""
    first_paragraph: bool = False
    """In the first paragraph (not the headline)."""


def _blocks(item: NewsItem) -> Iterator[tuple[int, int, bool, bool, bool]]:
    """Yield (start, end, is_speech, is_lead, is_first_paragraph) for each block's text."""
    if item.headline is not None:
        yield 0, len(item.headline), False, True, False
    opening = 0  # the lede; after a paragraph that is only a dateline, the one after it too
    for index, (paragraph, span) in enumerate(
        zip(item.paragraphs, item.paragraph_spans(), strict=True)
    ):
        speech = paragraph.caption is not None or paragraph.speaker is not None
        if index == opening and _DATELINE_ALONE.fullmatch(paragraph.text):
            opening += 1
        yield span.start, span.end, speech, index <= opening, index <= opening


_DATELINE_ALONE = re.compile(
    r"\s*(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’ʼ\-]+(?:[ \-][\w'’ʼ\-]+){0,2},\s*\d{1,2}\s+[^\W\d_]+"
    r"(?:\s+[12]\d{3}(?:\s+[^\W\d_]+\.?)?)?"
    r"(?:\s*[—–-]\s*(?-i:[A-ZА-ЯЁІЇЄҐ])[\w\-]+(?:[ \-][\w\-]+){0,2})?\.?\s*"
)
"""A paragraph that is only a dated dateline (``Умань, 3 березня.``, ``Умань, 3 березня 2026
року – Укрінформ``): the report opens after it, so the paragraph after it is the lede too."""


def sentences(item: NewsItem) -> list[Sentence]:
    """Return the narration sentences of ``item`` in text order.

    The events stage asks for them several times per item (attackers, authorities, drafts):
    they are cut once for the headline and blocks the item has, and each caller gets its own list.
    """
    blocks = tuple(
        (paragraph.text, paragraph.caption, paragraph.speaker) for paragraph in item.paragraphs
    )
    languages = languages_at([start for start, *_ in _blocks(item)])  # each block's own
    key = (item.headline, blocks, languages)
    found = _CUT.get(key)
    if found is None:
        found = tuple(_sentences(item))
        if len(_CUT) >= _CUT_ITEMS:
            drop_oldest(_CUT)  # the older item's
        _CUT[key] = found
    return list(found)


def _sentences(item: NewsItem) -> Iterator[Sentence]:
    """Yield the narration sentences of ``item`` in text order: the document's, speech left out."""
    cut = item_sentences(item)
    for block, ((_start, _end, speech, lead, first), own) in enumerate(
        zip(_blocks(item), cut, strict=True)
    ):
        if speech:
            continue
        for sentence in own:
            yield Sentence(sentence.start, sentence.end, lead, block, first)


def quoted(item: NewsItem) -> SpanSet:
    """Return the spans of direct quotes, whose words are speech rather than narration."""
    return SpanSet(
        (part.start, part.end)
        for quote in item.quotes
        if quote.kind is QuoteKind.DIRECT
        for part in quote.parts
    )


_SPOKEN = frozenset({QuoteKind.DIRECT, QuoteKind.INTERVIEW})


def spoken(quotes: tuple[Quote, ...]) -> SpanSet:
    """Return the spans of the direct quotes and interview answers among ``quotes``.

    These are someone's own words; the content a speech cue introduces (`reported`) is
    the writer's retelling, which may tell more of an event the narration reports.
    """
    return SpanSet(
        (part.start, part.end) for quote in quotes if quote.kind in _SPOKEN for part in quote.parts
    )


def answers(quotes: tuple[Quote, ...]) -> SpanSet:
    """Return the spans of the interview answers among ``quotes``.

    An interviewee's account of damage (``Повреждения получили 43 подстанции``) is their story
    of months, not the aftermath of a strike the item reports.
    """
    return SpanSet(
        (part.start, part.end)
        for quote in quotes
        if quote.kind is QuoteKind.INTERVIEW
        for part in quote.parts
    )


def reported(quotes: tuple[Quote, ...]) -> SpanSet:
    """Return the spans of the quotes whose words are someone's speech, not the narration.

    The guidelines' events are those an item reports in its narration, not inside quotes:
    direct quotes, an interviewee's answers, and the content a speech cue introduces (``Как
    сообщили в ..., <clause>``, ``X сказал, что <clause>``). Content told before a trailing
    cue (``<clause>, сообщили в ОВА.``) is the report's own narration with its source; a cue
    between the parts (``Фермеры громад, по словам X, часть урожая не собрали``) is none.
    """
    return SpanSet(
        (part.start, part.end)
        for quote in quotes
        if quote.kind in _SPOKEN
        or (
            quote.kind is QuoteKind.INDIRECT
            and quote.cue_span is not None
            and quote.cue_span.start < quote.parts[-1].start
        )
        for part in quote.parts
    )
