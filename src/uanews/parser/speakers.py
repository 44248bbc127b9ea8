"""Who said it: resolve the words around a speech cue to a participant id, or to nobody.

Resolution goes from the most to the least certain evidence, and stops at the first that
answers:

1. a participant mention inside the attribution window (``- розповів Олексій Кучер``);
2. a role noun there (``- сказав посол``): the participant whose ``role`` holds that noun,
   mentioned most recently before the cue; a generic speaker noun (``експерт``) with no such
   participant means the person quoted just before;
3. a personal pronoun (``сказав він``, ``на його думку``): the one person of that gender
   mentioned shortly before, or the previous speaker if several are;
4. no subject at all (``А відтак уточнює: ...``): the previous speaker.

Anything else is ``None``: an unknown speaker is better than a wrong one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from attrs import frozen

from uanews.model import NewsItem, Participant, ParticipantKind, Span
from uanews.parser.lexicon_people import ROLE_NOUNS
from uanews.parser.morph import parse_word

__all__ = [
    "GENERIC_SPEAKER_NOUNS",
    "PRONOUN_GENDERS",
    "Attribution",
    "participant_gender",
    "resolve_speaker",
]

GENERIC_SPEAKER_NOUNS: frozenset[str] = frozenset(
    {
        "експерт",
        "аналітик",
        "політолог",
        "спеціаліст",
        "фахівець",
        "співрозмовник",
        "економіст",
        "юрист",
        "науковець",
        "дослідник",
        "ветеринар",
        "лікар",
        "посадовець",
        "чиновник",
        "представник",
        "очільник",
        "керівник",
        "посол",
        "тренер",
        "речник",
    }
)
"""Nouns a reporter uses for someone already named (``- упевнений експерт``)."""

PRONOUN_GENDERS: dict[str, str] = {
    "він": "masc",
    "його": "masc",
    "йому": "masc",
    "ним": "masc",
    "вона": "femn",
    "її": "femn",
    "їй": "femn",
    "нею": "femn",
    "вони": "plur",
    "їхньою": "plur",
    "їхніми": "plur",
    "їх": "plur",
    "їхня": "plur",
    "їхнім": "plur",
    "їм": "plur",
}
"""Personal pronouns (and possessives) that point back to a speaker, with their gender."""

_WORD = re.compile(r"[^\W\d_]+(?:[-'ʼ’][^\W\d_]+)*")
# How far back (code points) a pronoun or a subject-less cue may reach for its person.
_PRONOUN_REACH = 700
_PREVIOUS_REACH = 1200
# A reading less likely than this (pymorphy3 score) does not make a word a subject.
_SUBJECT_SCORE = 0.3
_KIND_ORDER = {ParticipantKind.PERSON: 0, ParticipantKind.ORGANIZATION: 1, ParticipantKind.GROUP: 2}


@frozen
class Attribution:
    """Where to look for a speaker: the window of attribution words and the cue's position."""

    window: Span
    anchor: int
    gender: str | None = None


@frozen
class _Placed:
    start: int
    end: int
    participant: Participant


def _placed(item: NewsItem) -> list[_Placed]:
    """Return every participant mention with its participant, in text order."""
    placed = [
        _Placed(mention.start, mention.end, participant)
        for participant in item.participants
        for mention in participant.mentions
    ]
    placed.sort(key=lambda entry: (entry.start, entry.end))
    return placed


@functools.cache
def _lemmas(word: str) -> frozenset[str]:
    """Return the dictionary lemmas of ``word`` (lower-case)."""
    lowered = word.lower().replace("’", "'").replace("ʼ", "'")
    return frozenset(parse.normal_form for parse in parse_word(lowered))


@functools.cache
def _name_gender(word: str) -> str | None:
    """Return ``masc``/``femn`` when the dictionary reads ``word`` as a first name or surname."""
    genders = {
        parse.tag.gender
        for parse in parse_word(word.lower())
        if ("Name" in parse.tag or "Surn" in parse.tag) and parse.tag.gender in {"masc", "femn"}
    }
    return genders.pop() if len(genders) == 1 else None


def participant_gender(participant: Participant) -> str | None:
    """Return the grammatical gender of a person participant's name, or None if unclear."""
    if participant.kind is not ParticipantKind.PERSON:
        return None
    for word in _WORD.findall(participant.name):
        gender = _name_gender(word)
        if gender is not None:
            return gender
    return None


def _role_words(participant: Participant) -> frozenset[str]:
    """Return the lemmas of the words of a participant's role."""
    if participant.role is None:
        return frozenset()
    return frozenset().union(*(_lemmas(word) for word in _WORD.findall(participant.role)))


def _in_window(placed: Sequence[_Placed], window: Span, anchor: int) -> Participant | None:
    """Return the participant mentioned inside ``window``: persons first, nearest the anchor."""
    inside = [entry for entry in placed if entry.start < window.end and entry.end > window.start]
    if not inside:
        return None
    inside.sort(key=lambda e: (_KIND_ORDER[e.participant.kind], abs(e.start - anchor)))
    return inside[0].participant


def _by_role(
    placed: Sequence[_Placed], noun_lemmas: frozenset[str], anchor: int
) -> Participant | None:
    """Return the participant with this role noun, mentioned most recently before ``anchor``."""
    best: _Placed | None = None
    for entry in placed:
        if entry.start >= anchor:
            break
        if entry.participant.kind is ParticipantKind.PERSON and (
            noun_lemmas & _role_words(entry.participant)
        ):
            best = entry
    return None if best is None else best.participant


def _by_pronoun(
    placed: Sequence[_Placed], gender: str, anchor: int, previous: str | None
) -> str | None:
    """Return the one person of ``gender`` mentioned shortly before ``anchor``."""
    candidates: list[str] = []
    for entry in placed:
        if entry.start >= anchor:
            break
        if entry.start < anchor - _PRONOUN_REACH:
            continue
        participant = entry.participant
        if participant.kind is not ParticipantKind.PERSON:
            continue
        found = participant_gender(participant)
        if found is not None and found != gender:
            continue
        if participant.id not in candidates:
            candidates.append(participant.id)
    if len(candidates) == 1:
        return candidates[0]
    if previous is not None and previous in candidates:
        return previous
    return None


def resolve_speaker(
    item: NewsItem,
    attribution: Attribution,
    *,
    previous: str | None = None,
    previous_at: int | None = None,
) -> str | None:
    """Return the id of the participant who speaks at ``attribution``, or None if unsure.

    ``previous`` is the speaker of the quote before (and ``previous_at`` where it was); it
    answers for subject-less cues and generic nouns such as ``експерт``.
    """
    body = item.text
    placed = _placed(item)
    window = attribution.window
    found = _in_window(placed, window, attribution.anchor)
    if found is not None:
        return found.id
    recent = previous
    if previous_at is not None and attribution.anchor - previous_at > _PREVIOUS_REACH:
        recent = None
    words = [
        (match.group(), window.start + match.start())
        for match in _WORD.finditer(body[window.start : window.end])
    ]
    by_words = _by_words(placed, words, window.start, recent)
    if by_words is not None:
        return by_words[0]
    return None if _has_subject(words) else recent


def _by_words(
    placed: Sequence[_Placed],
    words: Sequence[tuple[str, int]],
    window_start: int,
    recent: str | None,
) -> tuple[str | None] | None:
    """Return the speaker a role noun or pronoun in the window names (boxed), or None if none."""
    for word, _start in words:
        lemmas = _lemmas(word)
        nouns = lemmas & (ROLE_NOUNS | GENERIC_SPEAKER_NOUNS)
        if nouns:
            by_role = _by_role(placed, nouns, window_start)
            if by_role is not None:
                return (by_role.id,)
            return (recent if lemmas & GENERIC_SPEAKER_NOUNS else None,)
    for word, start in words:
        gender = PRONOUN_GENDERS.get(word.lower())
        if gender is not None:
            return (None if gender == "plur" else _by_pronoun(placed, gender, start, recent),)
    return None


def _has_subject(words: Sequence[tuple[str, int]]) -> bool:
    """Return True if the window names someone: a capitalised word or a noun in nominative."""
    for index, (word, _start) in enumerate(words):
        # A capital starts every sentence; only a capital further on marks a name.
        if index > 0 and word[:1].isupper():
            return True
        for parse in parse_word(word.lower()):
            nominal = "NOUN" in parse.tag or "NUMR" in parse.tag or "NPRO" in parse.tag
            if nominal and parse.tag.case == "nomn" and parse.score > _SUBJECT_SCORE:
                return True
    return False
