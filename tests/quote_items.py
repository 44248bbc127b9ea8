"""Seed 000 (article layout) as a hand-built item with its two people, for quote tests."""

from __future__ import annotations

import re
from pathlib import Path

from uanews.model import Mention, NewsItem, Paragraph, Participant, ParticipantKind

SEED_000 = tuple(
    block.strip()
    for block in (Path(__file__).parent / "data" / "seed_000.txt")
    .read_text(encoding="utf-8")
    .split("\n\n")
    if block.strip()
)


def mentions(text: str, pattern: str) -> tuple[Mention, ...]:
    """Return a mention for every match of ``pattern`` in ``text``."""
    return tuple(Mention(m.group(), m.start(), m.end()) for m in re.finditer(pattern, text))


def seed_000() -> NewsItem:
    """Return seed 000 with Кучер and Сарапінас as participants, as the parser would give it."""
    item = NewsItem(headline=SEED_000[0], paragraphs=tuple(Paragraph(p) for p in SEED_000[1:]))
    text = item.text
    kucher = Participant(
        "kucher",
        ParticipantKind.PERSON,
        "Олексій Кучер",
        role="глава ХОДА",
        mentions=mentions(text, r"Олекс\w+ Кучер\w*"),
    )
    sarapinas = Participant(
        "sarapinas",
        ParticipantKind.PERSON,
        "Вальдемарас Сарапінас",
        role="Надзвичайний і Повноважний Посол Литовської республіки в Україні",
        mentions=mentions(text, r"Вальдемарас\w* Сарапінас\w*"),
    )
    return NewsItem(
        headline=item.headline, paragraphs=item.paragraphs, participants=(kucher, sarapinas)
    )
