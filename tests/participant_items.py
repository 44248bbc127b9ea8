"""Test helper: run participant extraction on paragraphs and read off what it found."""

from __future__ import annotations

import attrs

from uanews.model import NewsItem, Paragraph, ParticipantKind
from uanews.parser.participants import extract_participants


def organizations(*paragraphs: str) -> dict[str, list[str]]:
    """Return organisation names with their mention texts for a structure-only item."""
    item = NewsItem(paragraphs=tuple(Paragraph(text) for text in paragraphs))
    participants, _ = extract_participants(item)
    attrs.evolve(item, participants=participants)  # the model checks every mention
    return {
        p.name: [m.text for m in p.mentions]
        for p in participants
        if p.kind is ParticipantKind.ORGANIZATION
    }
