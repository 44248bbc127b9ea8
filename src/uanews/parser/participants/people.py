"""People: speakers named in broadcast captions and full names found in the body.

Captions come first (they give a name, a role and the speaker of their paragraph), then full
names in any case, merged into one person per surname and first name, then foreign names the
dictionary does not know, taken by their position (`foreign_names`), then lone surnames and
first names that repeat a person already found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from uanews.align import Block
from uanews.model import Mention, NewsItem
from uanews.parser.language import pick
from uanews.parser.participants import lexicon_ru as ru
from uanews.parser.participants.captions import parse_caption
from uanews.parser.participants.foreign_names import find_foreign_names
from uanews.parser.participants.lexicon import PLACE_NAME_ABBREVIATIONS, PLACE_NAME_MARKERS
from uanews.parser.participants.names import NameSpan, find_names, is_capitalised, tokenize
from uanews.parser.participants.registry import PersonDraft, Registry
from uanews.parser.participants.roles import lemmas

__all__ = ["find_people", "read_captions"]

_PLACE_NAME_ABBREVIATION = re.compile(r"([^\W\d_]+)\.\s*$")


def read_captions(
    item: NewsItem, blocks: Sequence[Block], registry: Registry
) -> dict[int, PersonDraft]:
    """Add the people of broadcast captions; return the speaker of each captioned paragraph."""
    text = registry.text
    speakers: dict[int, PersonDraft] = {}
    for block in blocks:
        if block.kind != "caption" or block.paragraph is None:
            continue
        caption = text[block.start : block.end]
        parsed = parse_caption(caption, evidence=text)
        if parsed is None:
            continue
        name = parsed.name
        shifted = NameSpan(
            start=name.start + block.start,
            end=name.end + block.start,
            text=name.text,
            name=name.name,
            first=name.first,
            patronymic=name.patronymic,
            surname=name.surname,
            gender=name.gender,
        )
        person = registry.add_name(shifted)
        person.role = person.role or parsed.role
        if parsed.organization is not None:
            person.organization = person.organization or parsed.organization
            _caption_organization(caption, block.start, parsed.organization, registry)
        registry.covered.update(range(block.start, block.end))
        speakers[block.paragraph] = person
    del item
    return speakers


def _caption_organization(caption: str, offset: int, name: str, registry: Registry) -> None:
    """Add the organisation ``name`` at the place the caption writes it in capitals."""
    where = caption.lower().rfind(name.lower())
    if where >= 0:
        start = offset + where
        written = caption[where : where + len(name)]
        registry.add_organization(name, Mention(written, start, start + len(name)))


def _in_place_name(text: str, found: NameSpan) -> bool:
    """Return True for a name that is part of a place's name (``вулиці Шевченка``, ``ім. X``)."""
    before = text[max(0, found.start - 40) : found.start]
    abbreviation = _PLACE_NAME_ABBREVIATION.search(before)
    if abbreviation is not None:
        return abbreviation.group(1).lower() in pick(
            PLACE_NAME_ABBREVIATIONS, ru.PLACE_NAME_ABBREVIATIONS
        )
    words = tokenize(before)
    if not words or not before[words[-1].end :].isspace():
        return False
    word = words[-1].text.lower()
    return word in pick(PLACE_NAME_MARKERS, ru.PLACE_NAME_MARKERS) or bool(
        lemmas(word) & pick(PLACE_NAME_MARKERS, ru.PLACE_NAME_MARKERS)
    )


def find_people(body: Sequence[Block], registry: Registry) -> None:
    """Add the people named in the body: full names first, then lone repeated words."""
    text = registry.text
    for block in body:
        for found in find_names(text, block.start, block.end):
            if _in_place_name(text, found):
                registry.covered.update(range(found.start, found.end))
            elif not registry.overlaps(found.start, found.end):
                registry.add_name(found)
    for found in find_foreign_names(text, [(block.start, block.end) for block in body]):
        if not registry.overlaps(found.start, found.end):
            registry.add_name(found)
    registry.merge_case_variants()
    for block in body:
        for token in tokenize(text, block.start, block.end):
            if is_capitalised(token.text) and not token.text.isupper():
                registry.add_lone_word(token)
