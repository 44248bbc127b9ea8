"""Helpers for the organisation tests: parse one paragraph of regional news, read its bodies."""

from __future__ import annotations

import uanews
from uanews.model import NewsItem, ParticipantKind

_HEADLINES = {"uk": "Новини області", "ru": "Новости области"}


def parse_paragraph(paragraph: str) -> NewsItem:
    """Return the item of a headline and ``paragraph``, parsed whole as in real use.

    The headline is in the paragraph's language (Russian when the paragraph has a letter only
    Russian has), and the item must be detected as that language.
    """
    language = "ru" if any(letter in paragraph.lower() for letter in "ыэъё") else "uk"
    item = uanews.parse(f"{_HEADLINES[language]}\n\n{paragraph}\n")
    assert item.language == language
    return item


def named(paragraph: str, kind: ParticipantKind) -> dict[str, list[str]]:
    """Return the names and mention texts of the ``kind`` participants of ``paragraph``."""
    item = parse_paragraph(paragraph)
    return {p.name: [m.text for m in p.mentions] for p in item.participants if p.kind is kind}


def organizations(paragraph: str) -> dict[str, list[str]]:
    """Return organisation names and mention texts of `parse_paragraph` of ``paragraph``."""
    return named(paragraph, ParticipantKind.ORGANIZATION)


def people(paragraph: str) -> dict[str, list[str]]:
    """Return person names and mention texts of `parse_paragraph` of ``paragraph``."""
    return named(paragraph, ParticipantKind.PERSON)


def organization_mentions(text: str) -> set[str]:
    """Return the texts of every organisation mention of ``text`` parsed as it stands."""
    item = uanews.parse(text)
    return {
        mention.text
        for participant in item.participants
        if participant.kind is ParticipantKind.ORGANIZATION
        for mention in participant.mentions
    }
