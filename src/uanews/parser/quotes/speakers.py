"""Who said it: resolve the words around a speech cue to a participant id, or to nobody.

`resolve_speaker` gathers what the attribution shows (`speaker_context.Context`: the
mentions before and in the window, the window's words that can hold a subject, the speaker
before) and asks `speaker_rules.RULES` in order, most certain evidence first; the first rule
with a verdict decides. Which words can name a speaker is `speaker_filters`' job; what the
dictionary says about them, `speaker_grammar`'s; the word lists live in `speech`.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from uanews.model import NewsItem, Span
from uanews.parser.quotes.speaker_context import (
    Context,
    inside,
    placed_mentions,
    previous_paragraph_start,
)
from uanews.parser.quotes.speaker_filters import non_subject_spans
from uanews.parser.quotes.speaker_grammar import participant_gender
from uanews.parser.quotes.speaker_rules import RULES
from uanews.parser.quotes.speech import (
    GENERIC_SPEAKER_NOUNS,
    LOCATIVE_PREPOSITIONS,
    NON_SUBJECT_PREPOSITIONS,
    PRONOUN_GENDERS,
    RELATIVE_LEMMAS,
    SPOKESPERSON_NOUNS,
)
from uanews.parser.quotes.text import WORD

__all__ = [
    "GENERIC_SPEAKER_NOUNS",
    "LOCATIVE_PREPOSITIONS",
    "NON_SUBJECT_PREPOSITIONS",
    "PRONOUN_GENDERS",
    "RELATIVE_LEMMAS",
    "SPOKESPERSON_NOUNS",
    "Attribution",
    "participant_gender",
    "resolve_speaker",
]

# How far back (code points) a subject-less cue may reach for the speaker before.
_PREVIOUS_REACH = 1200


@frozen
class Attribution:
    """Where to look for a speaker: the window of attribution words and the cue's position."""

    window: Span
    anchor: int


def resolve_speaker(
    item: NewsItem,
    attribution: Attribution,
    *,
    previous: str | None = None,
    previous_at: int | None = None,
    quoted: Sequence[Span] = (),
) -> str | None:
    """Return the id of the participant who speaks at ``attribution``, or None if unsure.

    ``previous`` is the speaker of the quote before (and ``previous_at`` where it was); it
    answers for subject-less cues and generic nouns such as ``експерт``. Mentions inside
    ``quoted`` spans (the words of other quotes) are never taken for a speaker.
    """
    body = item.text
    window = attribution.window
    anchor = attribution.anchor
    recent = previous
    if previous_at is not None and anchor - previous_at > _PREVIOUS_REACH:
        recent = None
    spans = item.paragraph_spans()
    near = previous_paragraph_start(spans, anchor)
    excluded = tuple(non_subject_spans(body, window, anchor))
    words = tuple(
        (match.group(), match.start())
        for match in WORD.finditer(body, window.start, window.end)
        if not inside(match.start(), excluded)
    )
    context = Context(
        body=body,
        placed=placed_mentions(item, quoted),
        recent=recent,
        floors=(near, previous_paragraph_start(spans, near)),
        window=window,
        anchor=anchor,
        excluded=excluded,
        words=words,
    )
    for rule in RULES:
        verdict = rule(context)
        if verdict is not None:
            return verdict.speaker
    return None
