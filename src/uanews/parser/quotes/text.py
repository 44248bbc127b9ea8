"""The text quote rules work on: words, clauses, lines and trimmed spans of the body.

Every function but `same_stem` (which compares two words) takes the body text and code-point
offsets into it and returns offsets, so the rules never copy the text. The pure lookups are
cached: the rules ask for the same sentence's words again and again.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from itertools import accumulate
from typing import TypeAlias

from uanews.model import Span
from uanews.parser import lexicon_sentences
from uanews.parser.document import _SAME, same_text
from uanews.parser.sentences import sentence_end

__all__ = [
    "CLOSING_MARKS",
    "DASHES",
    "OPENING_MARKS",
    "STOPS",
    "WORD",
    "Word",
    "clause_end",
    "same_stem",
    "split_parts",
    "strip",
    "word_forms",
    "words",
]

WORD = re.compile(r"[^\W\d_]+(?:[-'ʼ’][^\W\d_]+)*")
"""A word: letters, possibly joined by hyphens and apostrophes (``прес-служба``, ``пам'ять``)."""
_WORD_SPLIT = re.compile(f"({WORD.pattern})")
"""`WORD` as the one group of a pattern: ``re.split`` by it keeps the words between the gaps."""

DASHES = "-–—"
"""Dashes that open direct speech or set off its attribution."""

OPENING_MARKS = '«„“"'
"""Quote marks that open a quotation."""

CLOSING_MARKS = '»“”"'
"""Quote marks that close a quotation."""

STOPS = lexicon_sentences.STOPS
"""Punctuation that can end a sentence (the sentence splitter's, `uanews.parser.sentences`)."""

Word: TypeAlias = tuple[str, int, int]
"""A word of the body with its start and end offsets."""

_BLANK = " \t\n\r\u00a0"


def strip(text: str, start: int, end: int, chars: str | None = None) -> Span:
    """Return ``[start, end)`` narrowed past leading and trailing whitespace (or ``chars``)."""
    trim = chars if chars is not None else _BLANK
    while start < end and (text[start].isspace() or text[start] in trim):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in trim):
        end -= 1
    return Span(start, end)


def clause_end(text: str, start: int, limit: int) -> int:
    """Return where the clause from ``start`` ends: a sentence stop, a newline or ``limit``.

    The stop is one the document's sentence splitter ends a sentence at
    (`uanews.parser.sentences.sentence_end`), in the language read here.
    """
    return sentence_end(text, start, limit)


_INDEXED_LENGTH = 1 << 15
"""Texts at least this long have their words found once, for the whole text (`_TextWords`).

The rules ask for the words of about a dozen distinct spans a thousand characters (about
thirty an item of the dev texts), and all of one item's questions come together; those of an
item of a few hundred thousand characters are answered from its whole text's words."""


def words(text: str, start: int, end: int) -> tuple[Word, ...]:
    """Return the words of ``text[start:end]`` with their offsets."""
    seen, same = _SAME[0]  # `same_text`, its identity test written out: a hot path
    text = same if text is seen or text is same else same_text(text)
    if len(text) >= _INDEXED_LENGTH:
        return _text_words(text).between(start, end)
    held, spans = _SPAN_WORDS[0]
    if held is text:
        found = spans.get((start, end))
        if found is not None:
            return found
    return _words(text, start, end)


_SPAN_WORDS: list[tuple[str, dict[tuple[int, int], tuple[Word, ...]]]] = [("", {})]
"""The words of each span asked about of the text asked about last (one item's text).

Kept for that text only: the rules ask about one item's sentences again and again, and never
about an item's again once the next one is read (a dump does not repeat its items). The
cache of 4,096 spans of any texts it replaces held the sentences of a hundred items or more,
some 12 MiB of word tuples in a worker that no later item asked for; this one holds one
item's."""


def _words(text: str, start: int, end: int) -> tuple[Word, ...]:
    """Return `words`, kept for the spans of the latest text (``text`` as `same_text` gives it)."""
    held, spans = _SPAN_WORDS[0]
    if held is not text:
        spans = {}
        _SPAN_WORDS[0] = (text, spans)
    found = spans.get((start, end))
    if found is None:
        found = spans[start, end] = _scan(text, start, end)
    return found


def _scan(text: str, start: int, end: int) -> tuple[Word, ...]:
    """Return what ``WORD.finditer(text, start, end)`` finds, as (word, start, end) tuples.

    One ``re.split`` of the stretch by the word pattern (words and the gaps between them
    alternate), the offsets summed up from the lengths of the pieces: no match object per
    word. ``start`` and ``end`` are clamped to the text as the pattern's ``pos`` and
    ``endpos`` are; the pattern has no anchor or lookaround, so matching the slice finds the
    same words.
    """
    size = len(text)
    start, end = min(max(start, 0), size), min(max(end, 0), size)
    if start >= end:
        return ()
    pieces = _WORD_SPLIT.split(text[start:end] if start or end != size else text)
    offsets = list(accumulate(map(len, pieces), initial=start))
    return tuple(zip(pieces[1::2], offsets[1:-1:2], offsets[2::2], strict=True))


class _TextWords:
    """The words of a whole text, in order, answering for any span in logarithmic time."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = list(_scan(text, 0, len(text)))
        self.starts = [start for _word, start, _end in self.words]
        self.ends = [end for _word, _start, end in self.words]

    def between(self, start: int, end: int) -> tuple[Word, ...]:
        """Return the words of ``text[start:end]``, as ``WORD.finditer(text, start, end)``.

        A word the span cuts (it starts before ``start`` or ends after ``end``) is matched
        again inside the span, as the pattern would match it there: letters from ``start``
        on, up to ``end`` (a cut word's last hyphen dropped), or nothing.
        """
        start, end = max(start, 0), min(end, len(self.text))
        first = bisect.bisect_right(self.ends, start)
        last = bisect.bisect_left(self.starts, end)
        if first >= last:
            return ()
        found = self.words[first:last]
        if found[0][1] < start or found[0][2] > end:
            found[0:1] = self._cut(found[0], start, end)
        if found and (found[-1][1] < start or found[-1][2] > end):
            found[-1:] = self._cut(found[-1], start, end)
        return tuple(found)

    def _cut(self, word: Word, start: int, end: int) -> list[Word]:
        """Return what the pattern matches of ``word`` inside ``[start, end)``: one word or none."""
        match = WORD.search(self.text, max(start, word[1]), min(end, word[2]))
        return [] if match is None else [(match.group(), match.start(), match.end())]


_TEXT_WORDS: list[_TextWords | None] = [None]
"""The words of the long text asked about last (one item's: memory stays flat)."""


def _text_words(text: str) -> _TextWords:
    """Return the words of the whole ``text`` (an object `same_text` gave), found once."""
    latest = _TEXT_WORDS[0]
    if latest is None or latest.text is not text:
        latest = _TextWords(text)
        _TEXT_WORDS[0] = latest
    return latest


def word_forms(text: str, start: int, end: int) -> frozenset[str]:
    """Return the distinct forms of `words` of ``text[start:end]`` (for a `Screen`).

    Kept for the sentences of about one item, which several rules screen.
    """
    seen, same = _SAME[0]  # `same_text`, its identity test written out: a hot path
    return _word_forms(same if text is seen or text is same else same_text(text), start, end)


@functools.lru_cache(maxsize=256)
def _word_forms(text: str, start: int, end: int) -> frozenset[str]:
    """Return `word_forms` (``text`` as `same_text` gives it)."""
    return frozenset(map(_FORM_OF, words(text, start, end)))


_FORM_OF = operator.itemgetter(0)
"""A word's form (a C function: a generator would resume once a word)."""


def split_parts(text: str, start: int, end: int) -> list[Span]:
    """Return the non-empty lines of ``text[start:end]`` as spans, a trailing comma dropped."""
    parts: list[Span] = []
    if start > end:
        return parts
    line_start = start
    while True:
        index = text.find("\n", line_start, end)
        if index < 0:
            index = end
        span = strip(text, line_start, index)
        if span.end > span.start and text[span.end - 1] == ",":
            span = strip(text, span.start, span.end - 1)
        if span.end > span.start:
            parts.append(span)
        if index == end:
            return parts
        line_start = index + 1


def same_stem(first: str, second: str) -> bool:
    """Return True if two words are one name in two cases (``Полтавмаш``, ``Полтавмашу``)."""
    first, second = first.lower(), second.lower()
    common = 0
    for left, right in zip(first, second, strict=False):
        if left != right:
            break
        common += 1
    return common >= max(3, min(len(first), len(second)) - 2)
