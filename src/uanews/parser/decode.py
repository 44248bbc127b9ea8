"""Bytes to text: find the encoding (BOM, strict UTF-8, then Windows-1251 or KOI8-U) and decode.

Detection, in order:

1. a byte order mark: UTF-8 (``EF BB BF``), UTF-32 and UTF-16 (either byte order);
2. strict UTF-8;
3. Windows-1251 or KOI8-U, whichever reads as more plausible Cyrillic text: each candidate
   decoding is scored by how often its letters occur in Ukrainian (case-folded) and by how many
   of them are lowercase, as running text mostly is. Reading one of these encodings as the
   other swaps the case of nearly every letter and turns frequent letters into rare ones, so
   the right reading wins by a wide margin.

If neither single-byte reading looks like text (too few letters among the non-ASCII
characters), `uanews.errors.DecodeError` names the first line that is not UTF-8.
Text containing a NUL character is binary data, not news: that is a ``DecodeError`` too.

A dump is read line by line with `read_lines`, which does not stop at a bad line: a line
holding bytes that are not text in the detected encoding, or a NUL, comes out as a `BadLine`
(its number, column and what is wrong) and the lines after it are read as usual, so a bad byte
costs only the item it is in (`uanews.parser.split.split_checked`). Text given as ``str`` is
checked by `check_text`: a lone surrogate is not Unicode text, and is refused with its line and
column as a bad byte is.
"""

from __future__ import annotations

import codecs
import math
import re
from collections.abc import Iterator
from typing import IO, Final

from attrs import frozen

from uanews.errors import DecodeError
from uanews.text import normalize_input

__all__ = [
    "CHUNK_SIZE",
    "BadLine",
    "check_text",
    "decode",
    "detect_encoding",
    "iter_lines",
    "read_lines",
]

CHUNK_SIZE: Final = 1 << 20
"""Bytes read at a time when streaming, and the sample size that detection looks at."""

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SINGLE_BYTE: Final = ("cp1251", "koi8_u")
_UTF8_MAJORITY: Final = 3

_LETTER_FREQUENCY: Final = {
    "о": 9.4, "а": 7.2, "н": 6.5, "и": 6.1, "і": 5.5, "в": 5.3, "т": 5.2, "е": 4.9, "р": 4.7,
    "с": 4.1, "к": 3.6, "л": 3.5, "у": 3.3, "д": 3.2, "м": 3.1, "п": 2.9, "я": 2.4, "з": 2.3,
    "ь": 1.7, "г": 1.6, "б": 1.6, "ч": 1.4, "х": 1.2, "й": 1.2, "ж": 0.9, "ц": 0.9, "ш": 0.9,
    "ю": 0.8, "ї": 0.8, "є": 0.7, "щ": 0.5, "ф": 0.3, "ґ": 0.05, "ы": 0.4, "э": 0.1, "ъ": 0.03,
    "ё": 0.03,
}  # fmt: skip
"""Approximate letter frequencies (per cent) of Ukrainian news, with Russian-only letters low."""

_NEUTRAL: Final = frozenset("«»–—’‘“”„…№\u00a0°")
"""Non-ASCII punctuation common in Cyrillic text: neither evidence for nor against a reading."""

_ONE_LETTER_WORDS: Final = "увійзаоя"
"""Ukrainian words of one letter (у, в, і, й, з, а, о, я), in either case."""
_UNLIKELY: Final = math.log(0.001)
_CASE_SWAP_PENALTY: Final = math.log(0.01)
_MID_WORD_CAPITAL_PENALTY: Final = math.log(0.4)
_ODD_SINGLE_LETTER_PENALTY: Final = math.log(0.05)
_ODD_SINGLE_LETTER: Final = re.compile(
    rf"(?<![^\W\d_])(?![{_ONE_LETTER_WORDS}])[а-яёіїєґ](?![^\W\d_])", re.IGNORECASE
)
"""A Cyrillic letter standing alone as a word that Ukrainian has no one-letter word for."""
_MIN_KNOWN_SHARE: Final = 0.9
"""Share of non-ASCII characters that must be Cyrillic letters or punctuation in a reading."""

_MARK_ERRORS: Final = "uanews-mark"
"""Decoding error handler that writes each undecodable byte ``b`` as the lone surrogate
``U+DC00 + b``: strict decoding never yields a lone surrogate, so the marks cannot be mistaken
for text, and the line and column of every bad byte survive decoding."""

_BAD_CHAR: Final = re.compile("[\x00\ud800-\udfff]")
"""A NUL or a lone surrogate: what makes a decoded line not text."""

_SURROGATE: Final = re.compile("[\ud800-\udfff]")
"""A lone surrogate: what makes a ``str`` not Unicode text."""

_RAW_BREAK: Final = re.compile("\r\n|[\n\r\u2028\u2029\x85\x0b]")
"""One line end, as `uanews.text.normalize_input` reads them (CR LF first)."""

_ENCODING_NAMES: Final = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-32": "UTF-32",
    "cp1251": "Windows-1251",
    "koi8_u": "KOI8-U",
}


def _mark_bad_bytes(error: UnicodeError) -> tuple[str, int]:
    """Return the marks for the bytes ``error`` could not decode, and where to go on."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(chr(0xDC00 + byte) for byte in bad), error.end


codecs.register_error(_MARK_ERRORS, _mark_bad_bytes)

_SCORES: Final = {letter: math.log(share / 100) for letter, share in _LETTER_FREQUENCY.items()}


def _plausibility(text: str) -> tuple[float, float]:
    """Return how much ``text`` reads as Cyrillic prose, judged on its non-ASCII characters.

    The first number is the share of them that are Cyrillic letters or common punctuation;
    the second, the mean log-likelihood per character: letters score by their frequency, and
    an uppercase letter right after a lowercase one (``хАПЙЁБ``, the mark of a case-swapping
    misreading) is penalised heavily, and one inside a word of capitals mildly; so is a
    Cyrillic letter standing alone that is no Ukrainian one-letter word (``С`` for ``у``).
    """
    total = 0.0
    count = 0
    known = 0
    previous_lower = previous_letter = False
    for char in text:
        if char < "\x80":
            previous_lower = char.islower()
            previous_letter = char.isalpha()
            continue
        count += 1
        lower = char.lower()
        if char in _NEUTRAL:
            known += 1
        elif (score := _SCORES.get(lower)) is None:
            total += _UNLIKELY
        else:
            known += 1
            if char != lower and previous_letter:
                score += _CASE_SWAP_PENALTY if previous_lower else _MID_WORD_CAPITAL_PENALTY
            total += score
        previous_lower = char.islower()
        previous_letter = char.isalpha()
    if not count:
        return 1.0, 0.0
    total += _ODD_SINGLE_LETTER_PENALTY * len(_ODD_SINGLE_LETTER.findall(text))
    return known / count, total / count


def _line_at(data: bytes, index: int, encoding: str) -> int:
    """Return the 1-based line of byte ``index`` in ``data`` encoded as ``encoding``."""
    head = data[:index]
    if encoding.startswith(("utf-16", "utf-32")):
        text = head.decode(encoding, errors="replace")
        return normalize_input(text).count("\n") + 1
    newlines = head.count(b"\n")
    return (newlines if newlines or b"\r" not in head else head.count(b"\r")) + 1


def detect_encoding(sample: bytes, *, final: bool = True, source: str | None = None) -> str:
    """Return the Python codec name for ``sample``, the start (or all) of the input bytes.

    ``final`` says whether ``sample`` is the whole input: if not, a multi-byte character cut
    at its end is not held against UTF-8. UTF-8 with a few bad bytes raises
    `uanews.errors.DecodeError` naming the line of the first.
    """
    encoding, damaged_at = _detect(sample, final=final, source=source)
    if damaged_at is not None:
        msg = "invalid UTF-8 in text that is otherwise UTF-8"
        raise DecodeError(msg, source=source, line=_line_at(sample, damaged_at, "utf-8"))
    return encoding


def _detect(sample: bytes, *, final: bool, source: str | None) -> tuple[str, int | None]:
    """Return the codec name for ``sample`` and, for damaged UTF-8, the offset of a bad byte.

    Raises `uanews.errors.DecodeError` when no supported encoding reads ``sample`` as text.
    """
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding, None
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=final)
    except UnicodeDecodeError as error:
        bad = error.start
    else:
        return "utf-8", None
    as_utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(sample, final=final)
    damaged = as_utf8.count("\ufffd")
    if sum(char >= "\x80" for char in as_utf8) - damaged >= _UTF8_MAJORITY * damaged:
        # Single-byte Cyrillic text is almost never valid UTF-8 byte pairs: many valid
        # sequences and a few bad bytes mean damaged UTF-8, not another encoding.
        return "utf-8", bad
    readings = {
        encoding: _plausibility(sample.decode(encoding, errors="replace"))
        for encoding in _SINGLE_BYTE
    }
    textual = [encoding for encoding in _SINGLE_BYTE if readings[encoding][0] >= _MIN_KNOWN_SHARE]
    if not textual:
        msg = "not text in UTF-8, UTF-16 (with BOM), Windows-1251 or KOI8-U"
        raise DecodeError(msg, source=source, line=_line_at(sample, bad, "utf-8"))
    return max(textual, key=lambda encoding: readings[encoding][1]), None


def decode(data: bytes, *, source: str | None = None) -> str:
    """Return ``data`` decoded in its detected encoding, without any byte order mark."""
    encoding = detect_encoding(data, source=source)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        msg = f"cannot decode as {encoding}: {error.reason}"
        raise DecodeError(msg, source=source, line=_line_at(data, error.start, encoding)) from None
    found = _BAD_CHAR.search(text)
    if found is not None:
        _raise_at(text, found.start(), source)
    return text


@frozen
class BadLine:
    """A line of a dump that is not text: its 1-based number and column, and what is wrong."""

    line: int
    column: int
    message: str

    def error(self, source: str | None = None) -> DecodeError:
        """Return this line's problem as a `uanews.errors.DecodeError` naming ``source``."""
        return DecodeError(self.message, source=source, line=self.line, column=self.column)


def _bad_line(raw: str, number: int, encoding: str) -> BadLine | None:
    """Return what makes the decoded line ``raw`` not text, or None if it is text."""
    found = _BAD_CHAR.search(raw)
    if found is None:
        return None
    column = found.start() + 1
    char = found.group()
    if char == "\x00":
        message = f"binary data (a NUL character at column {column}), not text"
    else:
        name = _ENCODING_NAMES.get(encoding, encoding)
        message = f"not {name}: byte 0x{ord(char) - 0xDC00:02x} at column {column}"
    return BadLine(number, column, message)


def _cut(text: str) -> tuple[str, str]:
    """Split ``text`` after its last complete line end: (complete lines, the rest).

    A CR at the very end is not complete yet: the LF of a CR LF may start the next chunk.
    """
    end = len(text) - 1 if text.endswith("\r") else len(text)
    last = max(text.rfind(char, 0, end) for char in "\n\r\u2028\u2029\x85\x0b")
    return text[: last + 1], text[last + 1 :]


def read_lines(stream: IO[bytes], *, source: str | None = None) -> Iterator[str | BadLine]:
    """Yield the lines of a binary ``stream`` as text without line ends, reading it in chunks.

    Line breaks are unified and invisible characters deleted (see
    `uanews.text.normalize_input`); the encoding is detected on the first chunk. A line that
    holds a byte the encoding cannot decode, or a NUL, is yielded as a `BadLine` instead, and
    reading goes on with the next line. Raises `uanews.errors.DecodeError` only when the
    first chunk is not text in any supported encoding.
    """
    chunk = stream.read(CHUNK_SIZE)
    encoding, _ = _detect(chunk, final=len(chunk) < CHUNK_SIZE, source=source)
    decoder = codecs.getincrementaldecoder(encoding)(errors=_MARK_ERRORS)
    carry = ""
    number = 1
    while True:
        text = carry + decoder.decode(chunk, final=not chunk)
        body, carry = _cut(text) if chunk else (text, "")
        if _BAD_CHAR.search(body) is None:
            lines: list[str | BadLine] = list(normalize_input(body).split("\n"))
        else:
            lines = [
                _bad_line(raw, number + index, encoding) or normalize_input(raw)
                for index, raw in enumerate(_RAW_BREAK.split(body))
            ]
        if lines[-1] == "":
            lines.pop()  # the end of the last line read, or an empty end of the input
        number += len(lines)
        yield from lines
        if not chunk:
            break
        chunk = stream.read(CHUNK_SIZE)


def iter_lines(stream: IO[bytes], *, source: str | None = None) -> Iterator[str]:
    """Yield the lines of a binary ``stream`` as text without line ends, reading it in chunks.

    Line breaks are unified and invisible characters deleted (see
    `uanews.text.normalize_input`); the encoding is detected on the first chunk. The first
    line that is not text raises `uanews.errors.DecodeError` naming its line and column (see
    `read_lines` for a reader that goes on past it).
    """
    for line in read_lines(stream, source=source):
        if isinstance(line, BadLine):
            raise line.error(source)
        yield line


def check_text(text: str, *, source: str | None = None, first_line: int = 1) -> None:
    """Raise `uanews.errors.DecodeError` if ``text`` holds a lone surrogate.

    A lone surrogate is not Unicode text and cannot be written as UTF-8 (it is what decoding
    with ``errors="surrogateescape"`` leaves of a bad byte). The error names the line
    (counting from ``first_line``) and the column of the first one.
    """
    found = _SURROGATE.search(text)
    if found is not None:
        _raise_at(text, found.start(), source, first_line)


def _raise_at(text: str, position: int, source: str | None, first_line: int = 1) -> None:
    """Raise the `uanews.errors.DecodeError` for the NUL or lone surrogate at ``position``."""
    before = text[:position]
    line = first_line + normalize_input(before).count("\n")
    start = max(before.rfind(char) for char in "\n\r\u2028\u2029\x85\x0b") + 1
    column = position - start + 1
    char = text[position]
    if char == "\x00":
        msg = f"binary data (a NUL character at column {column}), not text"
    else:
        msg = f"a lone surrogate U+{ord(char):04X} at column {column} is not Unicode text"
    raise DecodeError(msg, source=source, line=line, column=column)
