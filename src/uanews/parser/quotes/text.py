"""The text quote rules work on: words, clauses, lines and trimmed spans of the body.

Every function but `same_stem` (which compares two words) takes the body text and code-point
offsets into it and returns offsets, so the rules never copy the text. The pure lookups are
cached: the rules ask for the same sentence's words again and again.
"""

from __future__ import annotations

import functools
import re
from typing import TypeAlias

from uanews.model import Span
from uanews.parser import lexicon_sentences
from uanews.parser.document import same_text
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


def words(text: str, start: int, end: int) -> tuple[Word, ...]:
    """Return the words of ``text[start:end]`` with their offsets."""
    return _words(same_text(text), start, end)


@functools.lru_cache(maxsize=4096)
def _words(text: str, start: int, end: int) -> tuple[Word, ...]:
    """Return `words`, kept for the sentences asked lately (``text`` as `same_text` gives it)."""
    return tuple(
        (match.group(), match.start(), match.end()) for match in WORD.finditer(text, start, end)
    )


def word_forms(text: str, start: int, end: int) -> frozenset[str]:
    """Return the distinct forms of `words` of ``text[start:end]`` (for a `Screen`).

    Kept for the sentences of about one item, which several rules screen.
    """
    return _word_forms(same_text(text), start, end)


@functools.lru_cache(maxsize=256)
def _word_forms(text: str, start: int, end: int) -> frozenset[str]:
    """Return `word_forms` (``text`` as `same_text` gives it)."""
    return frozenset(word for word, _start, _end in _words(text, start, end))


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
