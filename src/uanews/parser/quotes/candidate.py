"""The form every quote rule returns: where a quote lies, before its speaker is resolved."""

from __future__ import annotations

from attrs import frozen

from uanews.model import QuoteKind, Span

__all__ = ["Candidate"]


@frozen
class Candidate:
    """A quote found by a rule: its parts, kind, cue, and the words that may name its speaker."""

    parts: tuple[Span, ...]
    kind: QuoteKind
    cue: Span | None
    window: Span | None
    speaker: str | None = None
