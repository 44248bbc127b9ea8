"""The stable id of a news item: a hash of its normalised body text.

The same news scraped into two dumps often differs in ways that do not change what it says:
typographic or straight quote marks and apostrophes, a dash or a hyphen, letter case, where
lines were wrapped or paragraphs broken, compatibility characters (``…`` for ``...``). The
id ignores exactly those differences. `normalize_for_id` gives the text that is hashed,
by these steps, in this order:

1. every apostrophe in `uanews.text.APOSTROPHES` becomes ``'``, every double quote mark in
   `uanews.text.DOUBLE_QUOTES` becomes ``"``, every dash in `uanews.text.DASHES` becomes ``-``
   (the *fold*);
2. Unicode normalisation form NFKC;
3. `str.casefold`;
4. the fold again (NFKC turns some compatibility characters into dashes, such as ``﹘``);
5. every run of whitespace (``str.split``: spaces, tabs, line and paragraph breaks) becomes
   one space, and the text is stripped at both ends.

The fold comes before NFKC too, because NFKC would turn some apostrophes into something else
(``´`` into a space and a combining accent, ``″`` into two primes).

`text_id` is the first `ID_LENGTH` hexadecimal digits (lower case) of the SHA-256 of that
text encoded as UTF-8. An item's id hashes `uanews.model.NewsItem.text` (headline and
paragraphs with their captions); metadata, related headlines and what was extracted play no
part, so re-parsing, or a different publication line, keeps the id.
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Final

from uanews.text import APOSTROPHES, DASHES, DOUBLE_QUOTES

__all__ = ["ID_LENGTH", "normalize_for_id", "text_id"]

ID_LENGTH: Final = 32
"""Hexadecimal digits in an id: 128 bits of the SHA-256."""

_FOLD: Final = {
    **dict.fromkeys(map(ord, APOSTROPHES), "'"),
    **dict.fromkeys(map(ord, DOUBLE_QUOTES), '"'),
    **dict.fromkeys(map(ord, DASHES), "-"),
}


def normalize_for_id(text: str) -> str:
    """Return ``text`` normalised as the id defines it (see the module docstring)."""
    folded = unicodedata.normalize("NFKC", text.translate(_FOLD)).casefold().translate(_FOLD)
    return " ".join(folded.split())


def text_id(text: str) -> str:
    """Return the id of ``text``: `ID_LENGTH` hex digits of the SHA-256 of its normal form."""
    digest = hashlib.sha256(normalize_for_id(text).encode("utf-8")).hexdigest()
    return digest[:ID_LENGTH]
