"""What speaker rules look at: mentions in text order, the window's words, the speaker before.

Also the queries rules ask about the mentions that come before a cue (who holds a role, who is
of a gender, where someone was named last).
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from uanews.model import NewsItem, Participant, ParticipantKind, Span
from uanews.parser.quotes.speaker_grammar import participant_gender, role_nouns, role_words

__all__ = [
    "PRONOUN_REACH",
    "Context",
    "Placed",
    "Verdict",
    "all_role_nouns",
    "inside",
    "last_mention",
    "mention_text",
    "participant_by_id",
    "persons_of_gender",
    "placed_mentions",
    "previous_paragraph_start",
    "role_holders",
]

PRONOUN_REACH = 700
"""How far back (code points) a pronoun may reach for its person."""


@frozen
class Placed:
    """A participant mention: where it lies and whose it is."""

    start: int
    end: int
    participant: Participant


@frozen
class Context:
    """What every rule may look at: the body, the mentions, the speaker before, the window.

    ``words`` are the window's words outside ``excluded`` (brackets, relative clauses), each
    with its offset; ``floors`` are where the paragraph before the cue's and the one before
    that begin.
    """

    body: str
    placed: tuple[Placed, ...]
    recent: str | None
    floors: tuple[int, int]
    window: Span
    anchor: int
    excluded: tuple[Span, ...]
    words: tuple[tuple[str, int], ...]


@frozen
class Verdict:
    """A rule's answer: this participant speaks (or, with None, nobody can be named)."""

    speaker: str | None


def inside(position: int, spans: Sequence[Span]) -> bool:
    """Return True if ``position`` lies in one of ``spans``."""
    return any(span.start <= position < span.end for span in spans)


def placed_mentions(item: NewsItem, quoted: Sequence[Span]) -> tuple[Placed, ...]:
    """Return every participant mention outside ``quoted`` with its participant, in text order."""
    placed = [
        Placed(mention.start, mention.end, participant)
        for participant in item.participants
        for mention in participant.mentions
        if not inside(mention.start, quoted)
    ]
    placed.sort(key=lambda entry: (entry.start, entry.end))
    return tuple(placed)


def mention_text(entry: Placed) -> str:
    """Return the words of the mention ``entry`` stands for."""
    for mention in entry.participant.mentions:
        if mention.start == entry.start and mention.end == entry.end:
            return mention.text
    return entry.participant.name


def previous_paragraph_start(spans: Sequence[Span], anchor: int) -> int:
    """Return where the paragraph before the one holding ``anchor`` starts (0 if none)."""
    starts = [0] + [span.start for span in spans]
    holding = [start for start in starts if start <= anchor]
    return holding[-2] if len(holding) > 1 else 0


def role_holders(
    placed: Sequence[Placed], noun_lemmas: frozenset[str], anchor: int
) -> list[Participant]:
    """Return the persons with this role noun mentioned before ``anchor``, last mentioned last."""
    holders: list[Participant] = []
    for entry in placed:
        if entry.start >= anchor:
            break
        participant = entry.participant
        if (
            participant.kind is ParticipantKind.PERSON
            and participant.role is not None
            and noun_lemmas & role_words(participant.role)
        ):
            if participant in holders:
                holders.remove(participant)
            holders.append(participant)
    return holders


def all_role_nouns(placed: Sequence[Placed]) -> frozenset[str]:
    """Return the lemmas of every noun in the roles of the mentioned participants."""
    roles = {entry.participant.role for entry in placed}
    return frozenset().union(*(role_nouns(role) for role in roles if role is not None))


def last_mention(placed: Sequence[Placed], participant_id: str, anchor: int) -> int:
    """Return where ``participant_id`` was last mentioned before ``anchor`` (-1 if never)."""
    last = -1
    for entry in placed:
        if entry.start >= anchor:
            break
        if entry.participant.id == participant_id:
            last = entry.start
    return last


def participant_by_id(placed: Sequence[Placed], participant_id: str) -> Participant | None:
    """Return the participant with ``participant_id`` among the mentions."""
    return next(
        (entry.participant for entry in placed if entry.participant.id == participant_id), None
    )


def persons_of_gender(placed: Sequence[Placed], gender: str, anchor: int, floor: int) -> list[str]:
    """Return the persons not known to be of another gender, mentioned from ``floor`` on."""
    candidates: list[str] = []
    for entry in placed:
        if entry.start >= anchor:
            break
        if entry.start < max(floor, anchor - PRONOUN_REACH):
            continue
        participant = entry.participant
        if participant.kind is not ParticipantKind.PERSON:
            continue
        found = participant_gender(participant)
        if found is not None and found != gender:
            continue
        if participant.id not in candidates:
            candidates.append(participant.id)
    return candidates
