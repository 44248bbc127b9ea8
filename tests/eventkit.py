"""Helpers for event tests: build a structure-only item and attach hand-made participants."""

from __future__ import annotations

import re

import attrs

from uanews.model import Mention, NewsItem, Paragraph, Participant, ParticipantKind


def item_from_text(text: str) -> NewsItem:
    """Return an item whose headline is the first block of ``text`` and paragraphs the rest.

    Blocks are separated by blank lines; an all-capitals line followed by a line of text inside
    one block is a broadcast caption.
    """
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    paragraphs = []
    for block in blocks[1:]:
        first, _, rest = block.partition("\n")
        if rest and first.isupper():
            paragraphs.append(Paragraph(rest, caption=first))
        else:
            paragraphs.append(Paragraph(block))
    return NewsItem(headline=blocks[0], paragraphs=tuple(paragraphs))


def with_participants(
    item: NewsItem, people: dict[str, tuple[str, ...]], kind: ParticipantKind | None = None
) -> NewsItem:
    """Return ``item`` with a participant per id in ``people`` whose phrases occur in its text."""
    text = item.text
    participants = []
    for participant_id, phrases in people.items():
        mentions = sorted(
            (
                Mention(phrase, match.start(), match.end())
                for phrase in phrases
                for match in re.finditer(re.escape(phrase), text)
            ),
            key=lambda mention: mention.start,
        )
        if not mentions:
            continue  # not named in this item
        participants.append(
            Participant(
                id=participant_id,
                kind=kind or ParticipantKind.PERSON,
                name=phrases[0],
                mentions=tuple(mentions),
            )
        )
    return attrs.evolve(item, participants=tuple(participants))
