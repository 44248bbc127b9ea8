"""Quote marks: pair openers with closers, nested or not, and join quotes across paragraphs."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from attrs import frozen

from uanews.model import Span

__all__ = ["MarkPair", "scan_marks", "top_level_pairs"]

# A quote left open at the end of a paragraph may close this many paragraphs later.
_MAX_PARAGRAPH_RUN = 8
_MARKS = re.compile('[«„»“”"]')


@frozen
class MarkPair:
    """Matched quote marks: the opening mark's offset and the closing mark's offset."""

    open: int
    close: int


def scan_marks(  # noqa: C901 - one state machine over the marks reads best as one loop
    text: str, start: int, end: int, *, first: bool = False
) -> tuple[list[MarkPair], list[int], list[int]]:
    """Return matched mark pairs, unmatched openers and unmatched closers in ``text[start:end]``.

    With ``first``, the scan stops once the marks open at ``start`` are closed (all marks opened
    since are closed too): it reads as far as the first quote goes, not the rest of ``text``.
    """
    pairs: list[MarkPair] = []
    stack: list[tuple[str, int]] = []
    stray: list[int] = []

    def close(openers: str, position: int) -> bool:
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] in openers:
                pairs.append(MarkPair(stack[depth][1], position))
                del stack[depth:]
                return True
        return False

    for match in _MARKS.finditer(text, start, end):
        char, position = match.group(), match.start()
        if char in "«„":
            stack.append((char, position))
        elif char == "»":
            if not close("«", position):
                stray.append(position)
        elif char == "“":
            # „...“ is the German-style pair; otherwise “ opens a “...” pair.
            if not close("„", position):
                stack.append((char, position))
        elif char == "”":
            if not close("“„", position):
                stray.append(position)
        elif _opens_only(text, position, start, end) or not close('"', position):
            # ``"Компания "Харьковоблэнерго" обещает"``: a straight mark with a space before
            # and a letter after opens a quote inside the one open, it closes nothing.
            stack.append((char, position))
        if first and not stack and pairs:
            break
    return pairs, [position for _char, position in stack], stray


def _opens_only(text: str, position: int, start: int, end: int) -> bool:
    """Return True if the straight mark at ``position`` can only open a quote.

    It stands at the start of the scanned text or after a space or an opening bracket, and a
    letter or digit follows it: no word ends at it, so it closes none.
    """
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    return (before.isspace() or before in "([") and after.isalnum()


_Scan = tuple[list[MarkPair], list[int], list[int]]


def _closing_later(
    scans: Sequence[_Scan], paragraphs: Sequence[Span], index: int, opener: int
) -> MarkPair | None:
    """Return the pair an opener left open in paragraph ``index`` makes with a later closer.

    Paragraphs between may hold whole quotes, but no quote left open of their own; a paragraph
    that opens with a mark goes on with the quote (the typographic convention for a quote over
    several paragraphs: each paragraph opens with a mark, only the last one closes).
    """
    continued = True  # every paragraph so far went on with the open quote
    for later in range(index + 1, min(len(scans), index + _MAX_PARAGRAPH_RUN + 1)):
        later_found, later_openers, later_stray = scans[later]
        start = paragraphs[later].start
        if later_stray:
            if not later_openers or later_openers[0] > later_stray[0]:
                return MarkPair(opener, later_stray[0])
            return None
        if later_openers == [start] and continued:
            continue
        leading = [pair for pair in later_found if pair.open == start]
        if leading and continued and not later_openers:
            return MarkPair(opener, leading[0].close)
        continued = False
        if later_openers:
            return None
    return None


def _outermost(pairs: Sequence[MarkPair]) -> list[MarkPair]:
    """Return the pairs no other pair encloses (opens before and closes after), in order.

    By open: a pair is enclosed when the furthest close among the pairs opened before it
    lies after its own close.
    """
    ordered = sorted(pairs, key=lambda pair: pair.open)
    opens = [pair.open for pair in ordered]
    furthest: list[int] = []
    for pair in ordered:
        furthest.append(max(pair.close, furthest[-1]) if furthest else pair.close)
    outer: list[MarkPair] = []
    for pair in pairs:
        before = bisect_left(opens, pair.open)
        if not (before and furthest[before - 1] > pair.close):
            outer.append(pair)
    return outer


def top_level_pairs(text: str, paragraphs: Sequence[Span]) -> list[MarkPair]:
    """Return the outermost quote-mark pairs of the body, joining quotes across paragraphs."""
    pairs: list[MarkPair] = []
    scans = [scan_marks(text, span.start, span.end) for span in paragraphs]
    for index, (found, openers, _stray) in enumerate(scans):
        pairs.extend(found)
        if not openers:
            continue
        closing = _closing_later(scans, paragraphs, index, openers[0])
        if closing is not None:
            pairs.append(closing)
    outer = _outermost(pairs)
    outer.sort(key=lambda pair: pair.open)
    kept: list[MarkPair] = []
    for pair in outer:
        if kept and pair.open < kept[-1].close:
            continue
        kept.append(pair)
    return kept
