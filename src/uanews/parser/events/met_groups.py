"""Whom a meeting was held with, named as a group of people (``з головами громад``).

``Голова ОВА провів нараду з головами територіальних громад``, ``Министр провел совещание с
руководителями областных департаментов образования``: the people a meeting was held with are
often named by what they are, in the plural, after a comitative preposition
(`lexicon.MET_GROUP_PREPOSITIONS`), with a genitive complement saying of what (``громад``,
``лікарень Ужгородського району``); without one (``з волонтерами``) they are not named as a
group. The participants stage finds groups by a group noun and
a proper name (`uanews.parser.participants.groups`); this one is found here, only inside a
sentence that reports a meeting, by the lemma of its head (`lexicon.MET_GROUP_NOUNS`). Its
name is the head with its adjectives in the nominative and the complement as written
(``голови територіальних громад``). A phrase that reaches an existing mention (``з
керівниками Укрзалізниці``: the named body is the party) is left alone.
"""

from __future__ import annotations

import re
from typing import Any

from uanews.model import EventKind, Mention, NewsItem, Participant
from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.attackers import new_groups
from uanews.parser.events.lexicon import MET_GROUP_NOUNS, MET_GROUP_PREPOSITIONS
from uanews.parser.events.sentences import quoted, sentences
from uanews.parser.events.spans import SpanSet
from uanews.parser.events.triggers import find_triggers, lower_text, may_trigger
from uanews.parser.language import pick, reading_at
from uanews.parser.morph import parse_word, to_nominative

__all__ = ["find_met_groups"]

_WORD = re.compile(r"[\w'’ʼ\-]+|,")
_JOINERS = frozenset({",", "та", "і", "й", "и"})
_ADJECTIVES = 2
"""How many adjectives may stand between the preposition and the head (``з головними лікарями``)."""
_COMPLEMENT = 8
"""How many words the genitive complement may take (``лікарень Вінниччини, Хмельниччини ...``)."""


def _readings(word: str) -> tuple[Any, ...]:
    """Return the readings of ``word``."""
    return parse_word(word.lower())


def _plural_instrumental(word: str, parts: frozenset[str]) -> bool:
    """Return whether ``word`` reads as a plural instrumental of a part of speech in ``parts``."""
    return any(
        not parts.isdisjoint(p.tag.grammemes) and "plur" in p.tag and p.tag.case == "ablt"
        for p in _readings(word)
    )


def _genitive(word: str) -> bool:
    """Return whether ``word`` reads as a genitive noun or adjective (no preposition)."""
    readings = _readings(word)
    if any("PREP" in p.tag or "CONJ" in p.tag for p in readings):
        return False
    return any(
        not {"NOUN", "ADJF", "PRTF"}.isdisjoint(p.tag.grammemes) and p.tag.case == "gent"
        for p in readings
    )


def _joins(joiner: str, word: str) -> bool:
    """Return whether ``word`` after ``joiner`` goes on with a genitive complement.

    A conjunction joins a genitive (``музеїв Миколаєва та Херсона``); a comma only a proper
    name of a list (``лікарень Вінниччини, Хмельниччини та Житомирщини``), since after a comma
    a common noun opens the next item of the sentence (``нарад із директорами музеїв, участі в
    засіданні``).
    """
    if joiner == "," and not word[:1].isupper():
        return False
    return _genitive(word)


def _complement_end(words: list[re.Match[str]], first: int) -> int:
    """Return the index after the genitive complement that starts at ``words[first]``."""
    index = first
    last = first
    while index < len(words) and index - first < _COMPLEMENT:
        word = words[index].group()
        if word.lower() in _JOINERS:
            if index + 1 < len(words) and last > first and _joins(word, words[index + 1].group()):
                index += 1
                continue
            break
        if word.isdigit() and index + 1 < len(words) and _genitive(words[index + 1].group()):
            index += 1  # ``з головами 57 громад``: a count before the genitive
            continue
        if not _genitive(word):
            break
        index += 1
        last = index
    if last > first and last < len(words) and words[last].group().isdigit():
        last += 1  # ``мешканцями мікрорайону 5``: the number names which one
    return last


def _groups_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Return (start, end, name) of each group met with in ``text[start:end]``."""
    words = list(_WORD.finditer(text, start, end))
    prepositions = pick(MET_GROUP_PREPOSITIONS, ru.MET_GROUP_PREPOSITIONS)
    heads = pick(MET_GROUP_NOUNS, ru.MET_GROUP_NOUNS)
    found: list[tuple[int, int, str]] = []
    for index, word in enumerate(words):
        if word.group().lower() not in prepositions:
            continue
        head = index + 1
        while (
            head < len(words)
            and head - index <= _ADJECTIVES
            and _plural_instrumental(words[head].group(), frozenset({"ADJF"}))
        ):
            head += 1
        if head >= len(words):
            continue
        noun = words[head].group()
        if not _plural_instrumental(noun, frozenset({"NOUN"})) or not any(
            p.normal_form in heads for p in _readings(noun)
        ):
            continue
        last = _complement_end(words, head + 1)
        if last == head + 1:
            continue  # ``з волонтерами``: people not said of what, no group to name
        opening, closing = words[index + 1].start(), words[last - 1].end()
        named = to_nominative(text[opening : words[head].end()], case="ablt")
        found.append((opening, closing, named + text[words[head].end() : closing]))
    return found


def find_met_groups(item: NewsItem) -> tuple[Participant, ...]:
    """Return a group participant per group of people a meeting sentence says was met with.

    Ids continue the item's group numbering (``g1``, ``g2`` ...) past its own groups.
    """
    text = item.text
    spans = quoted(item)
    taken = SpanSet((m.start, m.end) for p in item.participants for m in p.mentions)
    lowered = lower_text(text)  # makes ruling out a sentence without triggers cheap
    mentions: dict[str, list[Mention]] = {}
    for sentence in sentences(item):
        with reading_at(sentence.start):  # each sentence in its paragraph's language
            if not may_trigger(EventKind.MEETING, sentence.start, sentence.end, lowered):
                continue
            kinds = find_triggers(text, sentence.start, sentence.end, spans, lowered)
            if EventKind.MEETING not in kinds:
                continue
            named = _groups_in(text, sentence.start, sentence.end)
        for start, end, name in named:
            if not taken.overlaps(start, end) and not spans.overlaps(start, end):
                mentions.setdefault(name, []).append(Mention(text[start:end], start, end))
    return new_groups(item, mentions)
