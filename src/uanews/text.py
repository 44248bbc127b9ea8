"""Text normalisation shared by every stage of the parser and by the extractors.

Two kinds of helpers live here:

* `normalize_input` and `clean_line` run on the raw input, once, before parsing:
  they unify line breaks, turn no-break and other odd spaces into plain spaces, and drop the
  characters that carry no text (soft hyphens, zero-width characters, control characters).
  These are the *only* changes the parser makes to the characters of the input; letters,
  quote marks, apostrophes and dashes are stored as written.
* `normalize_apostrophes`, `fold_quotes` and `fold_dashes` are for
  extractors, to run on *copies* of the text when matching. Each maps one code point to one
  code point, so offsets found in the folded copy are valid in the original.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "APOSTROPHE",
    "APOSTROPHES",
    "DASHES",
    "DOUBLE_QUOTES",
    "DROPPED",
    "clean_line",
    "fold_dashes",
    "fold_quotes",
    "normalize_apostrophes",
    "normalize_input",
    "visible",
    "visible_offsets",
]

APOSTROPHE: Final = "\u02bc"
"""The apostrophe `normalize_apostrophes` writes: ʼ, a letter, so ``\\w`` matches it."""

APOSTROPHES: Final = "'\u2019\u02bc\u2018`\u00b4\u02b9\u2032"
"""Characters written for the Ukrainian apostrophe: ' ’ ʼ ‘ ` ´ ʹ ′."""

DOUBLE_QUOTES: Final = '\u00ab\u00bb\u201e\u201c\u201d\u201f\u2039\u203a"\u2033'
"""Double quote marks as they appear in Ukrainian news: « » „ “ ” ‟ ‹ › " ″."""

DASHES: Final = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043"
"""Hyphens and dashes: - ‐ ‑ ‒ – — ― − ⁃."""

_BREAK_CHARS: Final = "\r\u2028\u2029\x85\x0b"
"""Characters other than ``\\n`` that end a line (CR, line and paragraph separators, NEL, VT)."""

_INVISIBLE: Final = (
    "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
)
"""Soft hyphen, zero-width characters, BOM and bidi marks: they carry no text."""


def _dropped_characters() -> str:
    """Return every code point that `normalize_input` deletes."""
    controls = "".join(
        chr(code)
        for code in (*range(0x20), *range(0x7F, 0xA0))
        if chr(code) not in "\t\n\f" + _BREAK_CHARS
    )
    return _INVISIBLE + controls


DROPPED: Final = _dropped_characters()
"""Code points deleted from input: invisible characters and control characters (not tab,
newline, form feed or line-ending characters)."""

_DROPPED_SET: Final = frozenset(DROPPED)

_INPUT_TABLE: Final = {
    **dict.fromkeys(map(ord, DROPPED)),
    **dict.fromkeys(map(ord, _BREAK_CHARS), "\n"),
}

_INPUT_CHANGED: Final = re.compile(
    "[" + "".join(re.escape(chr(code)) for code in sorted(_INPUT_TABLE)) + "]"
)
"""Any character `normalize_input` deletes or turns into a newline: most texts have none."""

_APOSTROPHE_BETWEEN_LETTERS: Final = re.compile(
    rf"(?<=[^\W\d_])[{re.escape(APOSTROPHES)}](?=[^\W\d_])"
)
_ANY_APOSTROPHE: Final = re.compile(f"[{re.escape(APOSTROPHES)}]")
_QUOTE_TABLE: Final = dict.fromkeys(map(ord, DOUBLE_QUOTES), '"')
_DASH_TABLE: Final = dict.fromkeys(map(ord, DASHES), "-")


def normalize_input(text: str) -> str:
    """Return ``text`` with line breaks unified to LF and invisible characters deleted.

    CR LF, a lone CR, U+2028, U+2029, NEL and vertical tab end a line; soft hyphens,
    zero-width characters, BOMs, bidi marks and control characters other than tab, newline and
    form feed are deleted. Spaces are left for `clean_line`.
    """
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    if _INPUT_CHANGED.search(text) is None:  # a scan several times cheaper than translating
        return text
    return text.translate(_INPUT_TABLE)


def clean_line(line: str) -> str:
    """Return ``line`` without leading or trailing space and with inner space runs as one space.

    Every Unicode space counts: no-break spaces, tabs, form feeds, em spaces and the rest.
    """
    return " ".join(line.split())


def visible(text: str) -> str:
    """Return the characters of ``text`` that are neither whitespace nor deleted by parsing."""
    return "".join(normalize_input(text).split())


def visible_offsets(text: str) -> list[int]:
    """Return the offsets in ``text`` of the characters that `visible` keeps, in order.

    A character is kept unless it is whitespace (the parser collapses and re-breaks it) or in
    `DROPPED`; line-ending characters are whitespace, so CR LF needs no rule of its own.
    """
    return [
        index for index, char in enumerate(text) if not char.isspace() and char not in _DROPPED_SET
    ]


def normalize_apostrophes(text: str) -> str:
    """Return ``text`` with every apostrophe between two letters written as ʼ (U+02BC).

    Quote marks that are not between letters (``'слово'``) are left alone; lengths are kept.
    """
    if _ANY_APOSTROPHE.search(text) is None:  # the common case, and a much cheaper scan
        return text
    return _APOSTROPHE_BETWEEN_LETTERS.sub(APOSTROPHE, text)


def fold_quotes(text: str) -> str:
    """Return ``text`` with every double quote mark (« » „ “ ” ...) written as ``"``."""
    return text.translate(_QUOTE_TABLE)


def fold_dashes(text: str) -> str:
    """Return ``text`` with every hyphen, dash and minus sign written as ``-``."""
    return text.translate(_DASH_TABLE)
