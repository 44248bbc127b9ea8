"""Who struck: the attacker an attack report names (``армія рф``, ``російські війська``).

The participants stage finds people and organisations by their names; an attacker is named by
a common phrase instead, so it is found here, only inside sentences that report a strike, by
the lemmas of its words (`uanews.parser.events.lexicon.ATTACKERS`: ``армії рф`` and ``армія
РФ`` are one attacker). Each attacker becomes a group participant, whose mentions are the
phrases; a phrase inside a mention the item already has (an organisation ``РФ``) is left to it.
"""

from __future__ import annotations

import re

from uanews.model import EventKind, Mention, NewsItem, Participant, ParticipantKind
from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.lexicon import ATTACKERS
from uanews.parser.events.sentences import quoted, sentences
from uanews.parser.events.spans import SpanSet
from uanews.parser.events.triggers import find_triggers, lower_text, may_trigger
from uanews.parser.language import pick, reading_at
from uanews.parser.morph import parse_word

__all__ = ["ATTACKER_NAMES", "find_attackers", "is_attacker", "new_groups"]

ATTACKER_NAMES = frozenset(name.lower() for _, name in (*ATTACKERS, *ru.ATTACKERS))
"""The names attackers get, in lower case, in every language: a participant of one of them is an
attacker."""

_WORD = re.compile(r"[\w'’ʼ\-]+")
_LEMMAS = frozenset(lemma for phrase, _ in ATTACKERS for lemma in phrase)
_LEMMAS_RU = frozenset(lemma for phrase, _ in ru.ATTACKERS for lemma in phrase)


def _lemmas(word: str) -> frozenset[str]:
    """Return the lemmas of ``word`` that attacker phrases use."""
    lemmas = {parse.normal_form for parse in parse_word(word.lower())} | {word.lower()}
    return frozenset(lemmas & pick(_LEMMAS, _LEMMAS_RU))


def _phrases(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Return (start, end, name) of each attacker phrase in ``text[start:end]``."""
    words = list(_WORD.finditer(text, start, end))
    lemmas = [_lemmas(word.group()) for word in words]
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(words):
        for phrase, name in pick(ATTACKERS, ru.ATTACKERS):
            last = index + len(phrase)
            if last <= len(words) and all(
                lemma in lemmas[index + offset] for offset, lemma in enumerate(phrase)
            ):
                found.append((words[index].start(), words[last - 1].end(), name))
                index = last - 1
                break
        index += 1
    return found


def is_attacker(name: str) -> bool:
    """Return whether a participant called ``name`` is an attacker (``Збройні сили РФ``)."""
    return name.lower() in ATTACKER_NAMES or bool(_phrases(name, 0, len(name)))


def _taken(item: NewsItem) -> SpanSet:
    """Return the spans of the mentions the item's participants already have."""
    return SpanSet((m.start, m.end) for p in item.participants for m in p.mentions)


def find_attackers(item: NewsItem) -> tuple[Participant, ...]:
    """Return a group participant per attacker named in the item's attack sentences.

    Ids continue the item's group numbering (``g1``, ``g2`` ...) past its own groups.
    """
    text = item.text
    spans = quoted(item)
    taken = _taken(item)
    lowered = lower_text(text)  # makes ruling out a sentence without triggers cheap
    mentions: dict[str, list[Mention]] = {}
    for sentence in sentences(item):
        with reading_at(sentence.start):  # each sentence in its paragraph's language
            if not may_trigger(EventKind.ATTACK, sentence.start, sentence.end, lowered):
                continue  # no attack word at all: the other kinds' patterns need not run
            kinds = find_triggers(text, sentence.start, sentence.end, spans, lowered)
            if EventKind.ATTACK not in kinds:
                continue
            named = _phrases(text, sentence.start, sentence.end)
        for start, end, name in named:
            if not taken.overlaps(start, end):
                mentions.setdefault(name, []).append(Mention(text[start:end], start, end))
    return new_groups(item, mentions)


def new_groups(item: NewsItem, mentions: dict[str, list[Mention]]) -> tuple[Participant, ...]:
    """Return a group participant for each name of ``mentions``, with ids after the item's.

    Ids go on from the number of the item's groups, past any ``g<n>`` already taken.
    """
    ids = {participant.id for participant in item.participants}
    number = sum(p.kind is ParticipantKind.GROUP for p in item.participants)
    found: list[Participant] = []
    for name, phrases in mentions.items():
        number += 1
        while f"g{number}" in ids:
            number += 1
        found.append(
            Participant(
                id=f"g{number}", kind=ParticipantKind.GROUP, name=name, mentions=tuple(phrases)
            )
        )
    return tuple(found)
