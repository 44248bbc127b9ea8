"""Stage 2: lines to typed lines. Each line of an item gets one kind, from its own content.

The kinds are tried in the order of `LINE_RULES`; the first rule that accepts a line
decides. No rule looks at neighbouring lines: context (is this the headline? does this caption
have speech under it? is this line inside a trailer?) is the job of `uanews.parser.layout`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from typing import Final

from attrs import frozen

from uanews.model import Meta, MetaKey
from uanews.parser.lexicon_layout import SENTENCE_END, TRAILER_HEADINGS
from uanews.parser.meta import match_meta
from uanews.parser.split import is_separator
from uanews.text import clean_line, normalize_apostrophes

__all__ = [
    "CAPTION_MAX_LENGTH",
    "LINE_RULES",
    "Line",
    "LineKind",
    "classify",
    "heading_meta",
    "is_caption_like",
    "trailer_heading",
]

CAPTION_MAX_LENGTH: Final = 200
"""A broadcast caption (``NAME SURNAME ROLE``) is one short line."""

_CAPTION_MIN_WORDS: Final = 2
_CAPTION_MAX_WORDS: Final = 25
_CAPTION_MIN_LETTERS: Final = 4
_CAPTION_BAD_ENDS: Final = SENTENCE_END + ",:;-–—"

_TRAILER_ALTERNATIVES: Final = "|".join(
    re.escape(heading) for heading in sorted(TRAILER_HEADINGS, key=len, reverse=True)
)
_INLINE_RELATED: Final = re.compile(
    rf"(?P<heading>{_TRAILER_ALTERNATIVES})(?:\s*:|\s+[-–—])\s*(?P<entry>\S.*)", re.IGNORECASE
)


class LineKind(StrEnum):
    """What one line of an item is, judged from the line alone."""

    BLANK = "blank"
    SEPARATOR = "separator"
    META = "meta"
    TRAILER = "trailer"
    RELATED = "related"
    CAPTION = "caption"
    TEXT = "text"


@frozen
class Line:
    """One typed line: its kind, its cleaned text, its 1-based number in the item's source.

    ``meta`` is set for boilerplate lines and for headings: a trailer heading, or the link
    label (``Читайте також:``) of a ``RELATED`` line, whose ``text`` is the linked title after
    the label. ``markup`` is a separator line: syntax, not content.
    """

    kind: LineKind
    text: str
    number: int
    meta: Meta | None = None
    markup: str = ""


def heading_meta(words: str, text: str) -> Meta:
    """Return the `MetaKey.HEADING` metadata of a heading: its ``words``, ``text`` as written."""
    return Meta(MetaKey.HEADING, words, text)


def trailer_heading(line: str) -> bool:
    """Return whether ``line`` is a trailer heading (``ОСТАННІ НОВИНИ``, ``Читайте також``)."""
    folded = normalize_apostrophes(line).lower().removesuffix(":").rstrip()
    return folded in TRAILER_HEADINGS


def is_caption_like(line: str) -> bool:
    """Return whether cleaned ``line`` reads as a broadcast caption: short, UPPERCASE, no period.

    It needs two words or more, four uppercase letters or more (one of them Cyrillic), no
    lowercase letter, and must not end like a sentence or a clause.
    """
    if not line or len(line) > CAPTION_MAX_LENGTH or line[-1] in _CAPTION_BAD_ENDS:
        return False
    if line[0] in "-–—•*":
        return False
    words = line.count(" ") + 1
    if not _CAPTION_MIN_WORDS <= words <= _CAPTION_MAX_WORDS:
        return False
    upper = 0
    cyrillic = False
    for char in line:
        if char.islower():
            return False
        if char.isupper():
            upper += 1
            cyrillic = cyrillic or "\u0400" <= char <= "\u04ff"
    return cyrillic and upper >= _CAPTION_MIN_LETTERS


def _blank(raw: str, line: str, number: int) -> Line | None:
    """An empty line (spaces only)."""
    del raw
    return Line(LineKind.BLANK, "", number) if not line else None


def _separator(raw: str, line: str, number: int) -> Line | None:
    """``====`` or a form feed alone: an item break in a dump, a mere break inside one item."""
    return Line(LineKind.SEPARATOR, "", number, markup=line) if is_separator(raw) else None


def _meta(raw: str, line: str, number: int) -> Line | None:
    """A boilerplate line (see `uanews.parser.meta`)."""
    del raw
    meta = match_meta(line)
    return None if meta is None else Line(LineKind.META, line, number, meta=meta)


def _trailer(raw: str, line: str, number: int) -> Line | None:
    """A heading that opens the list of other stories."""
    del raw
    if not trailer_heading(line):
        return None
    words = line.removesuffix(":").rstrip()
    return Line(LineKind.TRAILER, line, number, meta=heading_meta(words, line))


def _inline_related(raw: str, line: str, number: int) -> Line | None:
    """``Читайте також: Заголовок``: a link to another story on one line."""
    del raw
    match = _INLINE_RELATED.fullmatch(normalize_apostrophes(line))
    if match is None:
        return None
    start = match.start("entry")
    label = heading_meta(line[match.start("heading") : match.end("heading")], line[:start].rstrip())
    return Line(LineKind.RELATED, line[start:], number, meta=label)


def _caption(raw: str, line: str, number: int) -> Line | None:
    """An UPPERCASE ``NAME SURNAME ROLE`` line (a caption if speech follows it)."""
    del raw
    return Line(LineKind.CAPTION, line, number) if is_caption_like(line) else None


def _text(raw: str, line: str, number: int) -> Line | None:
    """Anything else: running text."""
    del raw
    return Line(LineKind.TEXT, line, number)


LINE_RULES: Final[tuple[tuple[str, Callable[[str, str, int], Line | None]], ...]] = (
    ("separator", _separator),
    ("blank", _blank),
    ("meta", _meta),
    ("trailer", _trailer),
    ("related", _inline_related),
    ("caption", _caption),
    ("text", _text),
)
"""The line rules, in the order they are tried; the last accepts every line."""


def classify(raw: str, number: int = 1) -> Line:
    """Return the typed line for ``raw``, one line of normalised input (no line end)."""
    line = clean_line(raw)
    for _name, rule in LINE_RULES:
        typed = rule(raw, line, number)
        if typed is not None:
            return typed
    msg = "the text rule accepts every line"  # pragma: no cover - LINE_RULES ends with _text
    raise AssertionError(msg)  # pragma: no cover
