"""The form every quote rule returns: where a quote lies, before its speaker is resolved."""

from __future__ import annotations

from attrs import frozen

from uanews.model import QuoteKind, Span

__all__ = ["Candidate"]


@frozen
class Candidate:
    """A quote found by a rule: its parts, kind, cue, and the words that may name its speaker.

    A ``silent`` candidate is an attribution that quotes nothing (``Про це повідомив X.``): it
    names who is speaking for the quotes that follow, and is not itself a quote. A
    ``continues`` candidate is a quote with no cue of its own (a paragraph all in marks): it is
    a quote only if the speaker of the quote right before it goes on speaking. An ``unknown``
    candidate's speaker cannot be told from its words (``вигнали їх: мовляв, ...``). A
    ``sourced`` candidate has no speech word for a cue (``X закликав мешканців ...: «...»``):
    it is a quote only if its window names a speaker. A ``voiced`` candidate is a headline's
    words without marks under a role (``Голова Рівненської ОВА: школи працюватимуть ...``):
    it is a quote only if the role's holder says something in the body too; a holder the body
    quotes nowhere is what the news is about (``Колишній голова райради: суд обрав
    запобіжний захід``), and the words the writer's.
    """

    parts: tuple[Span, ...]
    kind: QuoteKind
    cue: Span | None
    window: Span | None
    speaker: str | None = None
    silent: bool = False
    continues: bool = False
    unknown: bool = False
    sourced: bool = False
    voiced: bool = False
