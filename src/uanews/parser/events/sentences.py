"""The narration sentences of an item: headline and paragraph text cut at sentence ends.

Broadcast speech blocks (paragraphs with a caption or a speaker) are speech, not narration,
and give no sentences; direct quotes inside narration are returned apart (`quoted`), so that
the words inside them trigger nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen

from uanews.model import NewsItem, QuoteKind
from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.lexicon import ABBREVIATIONS
from uanews.parser.events.spans import SpanSet
from uanews.parser.language import drop_oldest, language_at

__all__ = ["Sentence", "quoted", "sentences"]

_SENTENCE_END = re.compile(r"[.!?…]+[»”\"']?(?=\s+[\"«„“—–\-A-ZА-ЯЁІЇЄҐ0-9])")
_ABBREVIATION = re.compile(
    rf"(?:^|[\s(])(?:{'|'.join(map(re.escape, ABBREVIATIONS))}|\w)$", re.IGNORECASE
)
_ABBREVIATION_RU = re.compile(
    rf"(?:^|[\s(])(?:{'|'.join(map(re.escape, ru.ABBREVIATIONS))}|\w)$", re.IGNORECASE
)
_LINE = re.compile(r"[^\n]+")
_CUT: dict[object, tuple[Sentence, ...]] = {}
"""The sentences of the last items read, by their headline and blocks (see `sentences`)."""
_CUT_ITEMS = 2
_ABBREVIATION_REACH = 1 + max(map(len, (*ABBREVIATIONS, *ru.ABBREVIATIONS)))
"""How far before a full stop `_ABBREVIATION` can start: the longest abbreviation and a space."""


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
    for index, (paragraph, span) in enumerate(
        zip(item.paragraphs, item.paragraph_spans(), strict=True)
    ):
        speech = paragraph.caption is not None or paragraph.speaker is not None
        yield span.start, span.end, speech, index == 0, index == 0


def sentences(item: NewsItem) -> list[Sentence]:
    """Return the narration sentences of ``item`` in text order.

    The events stage asks for them several times per item (attackers, authorities, drafts):
    they are cut once for the headline and blocks the item has, and each caller gets its own list.
    """
    blocks = tuple(
        (paragraph.text, paragraph.caption, paragraph.speaker) for paragraph in item.paragraphs
    )
    languages = tuple(language_at(start) for start, *_ in _blocks(item))  # each block's own
    key = (item.headline, blocks, languages)
    found = _CUT.get(key)
    if found is None:
        found = tuple(_sentences(item))
        if len(_CUT) >= _CUT_ITEMS:
            drop_oldest(_CUT)  # the older item's
        _CUT[key] = found
    return list(found)


def _sentences(item: NewsItem) -> Iterator[Sentence]:
    """Yield the narration sentences of ``item`` in text order."""
    text = item.text
    for block, (start, end, speech, lead, first) in enumerate(_blocks(item)):
        if speech:
            continue
        abbreviation = _ABBREVIATION_RU if language_at(start) == "ru" else _ABBREVIATION
        for line in _LINE.finditer(text, start, end):
            cut = line.start()
            for stop in _SENTENCE_END.finditer(text, line.start(), line.end()):
                # Only the word before the stop can match: search from just before it.
                reach = max(cut, stop.start() - _ABBREVIATION_REACH)
                if abbreviation.search(text, reach, stop.start()):
                    continue  # ``2021 р.``, ``150 тис.``, ``О. Кучер``
                yield Sentence(cut, stop.end(), lead, block, first)
                cut = stop.end()
                while cut < len(text) and text[cut] == " ":
                    cut += 1
            if cut < line.end():
                yield Sentence(cut, line.end(), lead, block, first)


def quoted(item: NewsItem) -> SpanSet:
    """Return the spans of direct quotes, whose words are speech rather than narration."""
    return SpanSet(
        (part.start, part.end)
        for quote in item.quotes
        if quote.kind is QuoteKind.DIRECT
        for part in quote.parts
    )
