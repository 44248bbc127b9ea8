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

from uanews.model import BLOCK_SEPARATOR, CAPTION_SEPARATOR, NewsItem, Span
from uanews.parser.document import item_sentences
from uanews.parser.language import pick
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.lexicon import (
    GENERIC_SPEAKER_NOUNS,
    LOCATIVE_PREPOSITIONS,
    NON_SUBJECT_PREPOSITIONS,
    PRONOUN_GENDERS,
    RELATIVE_LEMMAS,
    SPOKESPERSON_NOUNS,
    TURN_PHRASES,
)
from uanews.parser.quotes.speaker_context import (
    Context,
    Mentions,
    inside,
    paragraph_floor,
    placed_mentions,
)
from uanews.parser.quotes.speaker_filters import non_subject_spans
from uanews.parser.quotes.speaker_grammar import participant_gender
from uanews.parser.quotes.speaker_rules import RULES
from uanews.parser.quotes.text import WORD

__all__ = [
    "GENERIC_SPEAKER_NOUNS",
    "LOCATIVE_PREPOSITIONS",
    "NON_SUBJECT_PREPOSITIONS",
    "PRONOUN_GENDERS",
    "RELATIVE_LEMMAS",
    "SPOKESPERSON_NOUNS",
    "Attribution",
    "Scene",
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


@frozen
class Scene:
    """What every attribution of one item shares, built once: the mentions, paragraph starts.

    ``placed`` are the participant mentions outside quoted words, indexed; ``starts`` are 0
    and the start of each paragraph, in order; ``sentences`` are where the document's
    sentences and the captions begin, in order.
    """

    placed: Mentions
    starts: tuple[int, ...]
    sentences: tuple[int, ...] = ()

    @classmethod
    def of(cls, item: NewsItem, quoted: Sequence[Span] = ()) -> Scene:
        """Return the scene of ``item`` whose ``quoted`` spans hold no speakers."""
        starts = (0, *(span.start for span in item.paragraph_spans()))
        return cls(placed_mentions(item, quoted), starts, _sentence_starts(item))


def _sentence_starts(item: NewsItem) -> tuple[int, ...]:
    """Return where each sentence of ``item`` (`item_sentences`) and each caption begins."""
    found = [sentence.start for block in item_sentences(item) for sentence in block]
    offset = 0 if item.headline is None else len(item.headline) + len(BLOCK_SEPARATOR)
    for paragraph in item.paragraphs:
        if paragraph.caption is not None:
            found.append(offset)
            offset += len(paragraph.caption) + len(CAPTION_SEPARATOR)
        offset += len(paragraph.text) + len(BLOCK_SEPARATOR)
    return tuple(sorted(found))


# The scene last built from a list of spans: a caller that passes the same item and the same,
# unchanged list for each of its quotes gets it built once, not once per quote.
_LAST_SCENE: list[tuple[NewsItem, Sequence[Span], int, Scene]] = []


def _scene_of(item: NewsItem, quoted: Sequence[Span]) -> Scene:
    """Return `Scene.of` ``item`` and ``quoted``, reusing the last one for the same objects."""
    if _LAST_SCENE:
        last_item, last_quoted, count, scene = _LAST_SCENE[0]
        if last_item is item and last_quoted is quoted and count == len(quoted):
            return scene
    scene = Scene.of(item, quoted)
    _LAST_SCENE[:] = [(item, quoted, len(quoted), scene)]
    return scene


def resolve_speaker(
    item: NewsItem,
    attribution: Attribution,
    *,
    previous: str | None = None,
    previous_at: int | None = None,
    quoted: Sequence[Span] | Scene = (),
) -> str | None:
    """Return the id of the participant who speaks at ``attribution``, or None if unsure.

    ``previous`` is the speaker of the quote before (and ``previous_at`` where it was); it
    answers for subject-less cues and generic nouns such as ``експерт``. Mentions inside
    ``quoted`` spans (the words of other quotes) are never taken for a speaker. Given as
    a `Scene` (`Scene.of` the item and those spans), it is not built again for each quote.
    """
    body = item.text
    window = attribution.window
    anchor = attribution.anchor
    recent = previous
    if previous_at is not None and anchor - previous_at > _PREVIOUS_REACH:
        recent = None
    scene = quoted if isinstance(quoted, Scene) else _scene_of(item, quoted)
    near = paragraph_floor(scene.starts, anchor)
    excluded = tuple(non_subject_spans(body, window, anchor))
    words = tuple(
        (match.group(), match.start())
        for match in WORD.finditer(body, window.start, window.end)
        if not inside(match.start(), excluded)
    )
    # ``Литовський мер, своєю чергою, сказав``: another party than the one quoted before.
    other = previous if previous is not None and _turns(body, window) else None
    context = Context(
        body=body,
        placed=scene.placed,
        recent=None if other is not None else recent,
        floors=(near, paragraph_floor(scene.starts, near)),
        window=window,
        anchor=anchor,
        excluded=excluded,
        words=words,
        sentences=scene.sentences,
        other=other,
    )
    for rule in RULES:
        verdict = rule(context)
        if verdict is not None:
            return None if other is not None and verdict.speaker == other else verdict.speaker
    return None


def _turns(body: str, window: Span) -> bool:
    """Return True if the window's words turn to another party (`lexicon.TURN_PHRASES`)."""
    words = body[window.start : window.end].lower()
    return any(phrase in words for phrase in pick(TURN_PHRASES, ru.TURN_PHRASES))
