"""People, organisations and groups named in an item, each with every mention of it.

The rules run in order of reliability:

1. broadcast captions (``ОЛЕКСАНДР КОЛБ ЧЛЕН НАГЛЯДОВОЇ РАДИ ...``) give a person, a role and
   the speaker of their paragraph (`uanews.parser.participants.people`);
2. full names in the body, in any case (`names.find_names`), merged into one person per
   surname and first name, then foreign names the dictionary does not know, next to a speech
   verb or after a role noun (`foreign_names`);
3. names in apposition to kinship and courtesy nouns (``пана Енгельгарта``), then lone
   surnames and first names that repeat a person already found;
4. role phrases right before a name (``глава ХОДА Олексій Кучер``) or right after it between
   commas give roles; when a headline names two roles (``Глава ХОДА зустрівся з послом``) and
   the next paragraph two people (``Зустріч Олексія Кучера і ...``), they are paired in order
   (`uanews.parser.participants.role_links`);
5. organisations: bodies named after a person (``Блок Петра Порошенка``), numbered
   institutions and proper noun phrases, Latin-script names, compound names of state bodies,
   organisation acronyms (``ХОДА``), quoted names after an organisation word (``ФОК
   «Олімпія»``), organisations in roles
   (`uanews.parser.participants.organization_mentions`); groups: ``делегація ...`` with a real
   complement (`uanews.parser.participants.groups`).

With ``ner=``, a trained tagger's person and organisation spans are registered right after the
captions, before step 2 (`uanews.parser.participants.tagger`); the rules fill in the rest.

Everything found goes into one `registry.Registry`, which merges repeated mentions. Ids
follow the order of first mention: ``p1``, ``p2`` ... for people, ``o1`` ... for
organisations, ``g1`` ... for groups.
"""

from __future__ import annotations

from uanews.align import block_spans
from uanews.model import NewsItem, Participant
from uanews.parser.language import reading_at
from uanews.parser.participants.groups import find_groups
from uanews.parser.participants.organization_mentions import (
    find_further_mentions,
    find_named_after_people,
    find_names_and_acronyms,
    find_phrases,
    find_quoted,
    find_repeats,
    merge_same_bodies,
    release_namesakes,
)
from uanews.parser.participants.people import find_people, read_captions
from uanews.parser.participants.registry import Registry, assign_ids
from uanews.parser.participants.role_links import attach_roles, pair_headline_roles
from uanews.parser.participants.tagger import Tagger, add_tagged

__all__ = ["extract_participants"]


def extract_participants(
    item: NewsItem, *, ner: Tagger | None = None
) -> tuple[tuple[Participant, ...], tuple[str | None, ...]]:
    """Return the item's participants and, per paragraph, the speaker id (or None).

    ``ner`` is an optional trained tagger (a spaCy pipeline, see
    `uanews.parser.participants.tagger`): its person and organisation spans are registered
    before the rules, which then fill in what it left untagged.
    """
    text = item.text
    blocks = block_spans(item)
    registry = Registry(text)
    speakers = read_captions(item, blocks, registry)
    if ner is not None:
        add_tagged(ner, registry)
    body = [block for block in blocks if block.kind != "caption"]
    # Each block is read in its own language (`reading_at`) where the item mixes languages.
    for block in body:
        with reading_at(block.start):
            find_quoted(block, registry)
    find_people(body, registry)
    find_named_after_people(registry)
    namesakes: list[tuple[int, int]] = []
    for block in body:
        with reading_at(block.start):
            find_phrases(block, registry, namesakes)
    release_namesakes(registry, namesakes)
    unattached = {}
    for index, block in enumerate(blocks):
        with reading_at(block.start):
            unattached[index] = attach_roles(block, registry)
    pair_headline_roles(blocks, unattached, registry)
    for block in body:
        with reading_at(block.start):
            find_names_and_acronyms(block, registry)
            find_groups(block, registry)
    find_repeats(body, registry)
    merge_same_bodies(registry, next((b.end for b in blocks if b.kind == "headline"), 0))
    find_further_mentions(registry)
    participants, ids = assign_ids(registry)
    paragraph_speakers = tuple(
        ids[id(speakers[index])] if index in speakers else None
        for index in range(len(item.paragraphs))
    )
    return participants, paragraph_speakers
