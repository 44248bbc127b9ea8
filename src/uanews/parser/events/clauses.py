"""Clauses of a sentence that tell another event than the one the sentence is drafted for.

In ``Міністерка відвідала лікарню, яку окупанти обстріляли два роки тому`` the visit is the
news; the relative clause tells a strike, and ``окупанти`` are its actors, not the visit's. A
clause opens after a comma with a relative or subordinating word (`CLAUSE_OPENER_PATTERN`:
``яку``, ``по якій``, ``де``, ``що``) and runs to the next comma, semicolon, dash or the end of
the sentence; it tells another event when its own words trigger a kind other than the event's.
"""

from __future__ import annotations

import re

from uanews.model import EventKind
from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.lexicon import CLAUSE_OPENER_PATTERN
from uanews.parser.events.spans import SpanSet
from uanews.parser.events.triggers import find_triggers
from uanews.parser.language import pick

__all__ = ["main_clause_end", "other_event_clauses"]

_OPENER = re.compile(rf",\s*{CLAUSE_OPENER_PATTERN}(?![\w\-'’ʼ])", re.IGNORECASE)
_OPENER_RU = re.compile(rf",\s*{ru.CLAUSE_OPENER_PATTERN}(?![\w\-'’ʼ])", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]|\s[-–—]\s")


def other_event_clauses(
    text: str,
    span: tuple[int, int],
    kind: EventKind,
    mentions: SpanSet,
    quoted: SpanSet,
) -> SpanSet:
    """Return the clauses of ``text[start:end]`` that tell an event of another kind than ``kind``.

    Only clauses holding one of the ``mentions`` are read: the others name nobody to leave out.
    Words inside ``quoted`` spans trigger nothing.
    """
    start, end = span
    found: list[tuple[int, int]] = []
    for opener in pick(_OPENER, _OPENER_RU).finditer(text, start, end):
        close = _CLAUSE_END.search(text, opener.end(), end)
        clause_end = end if close is None else close.start()
        if not mentions.overlaps(opener.end(), clause_end):
            continue
        kinds = find_triggers(text, opener.start() + 1, clause_end, quoted)
        if any(other is not kind for other in kinds):
            found.append((opener.start(), clause_end))
    return SpanSet(found)


def main_clause_end(text: str, start: int, end: int) -> int:
    """Return where the first relative or subordinate clause of ``text[start:end]`` opens, else end.

    The words before it are the sentence's own; a date inside the clause (``побували в лікарні,
    яку торік оснастили ...``) dates what the clause tells, not the sentence's event.
    """
    opener = pick(_OPENER, _OPENER_RU).search(text, start, end)
    return end if opener is None else opener.start()
