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
    "FEMININE_SUFFIXES",
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
FEMININE_SUFFIXES: tuple[str, ...] = ("иня", "ка")
"""Suffixes that make a feminine role noun from a masculine one (синоптикиня, директорка)."""

_MIN_STEM = 4
_FUNCTION_WORDS = frozenset({"ADVB", "CONJ", "PREP", "PRCL"})
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
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


def _mention_text(entry: _Placed) -> str:
    """Return the words of the mention ``entry`` stands for."""
    for mention in entry.participant.mentions:
        if mention.start == entry.start and mention.end == entry.end:
            return mention.text
    return entry.participant.name


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


@functools.cache
def _oblique(mention: str) -> bool:
    """Return True if a word of ``mention`` cannot be nominative: it is not a clause's subject.

    A vocative reading counts as nominative: indeclinable surnames (``Ціпко``) read as one.
    """
    for word in _WORD.findall(mention):
        parses = parse_word(word.lower())
        if parses and not any(parse.tag.case in {"nomn", "voct"} for parse in parses):
            return True
    return False


def _in_window(placed: Sequence[_Placed], window: Span, anchor: int) -> Participant | None:
    """Return the participant mentioned inside ``window``: subjects, persons, nearest the anchor.

    A mention in an oblique case (``радник Міхаіла Ґорбачова``) names someone else than the
    speaker whenever a mention that can be nominative stands in the window too.
    """
    inside = [entry for entry in placed if entry.start < window.end and entry.end > window.start]
    if not inside:
        return None
    subjects = [entry for entry in inside if not _oblique(_mention_text(entry))]
    inside = subjects or inside
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
    placed: Sequence[_Placed], gender: str, anchor: int, previous: str | None, floor: int
) -> str | None:
    """Return the one person of ``gender`` mentioned between ``floor`` and ``anchor``."""
    candidates: list[str] = []
    for entry in placed:
        if entry.start >= anchor:
            break
        if entry.start < max(floor, anchor - _PRONOUN_REACH):
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
    if previous is not None and (previous in candidates or not candidates):
        # Nobody new of that gender came up: the pronoun goes on with the last speaker.
        return previous
    return None


def resolve_speaker(
    item: NewsItem,
    attribution: Attribution,
    *,
    previous: str | None = None,
    previous_at: int | None = None,
    quoted: Sequence[Span] = (),
) -> str | None:
    """Return the id of the participant who speaks at ``attribution``, or None if unsure.

    ``previous`` is the speaker of the quote before (and ``previous_at`` where it was); it
    answers for subject-less cues and generic nouns such as ``експерт``. Mentions inside
    ``quoted`` spans (the words of other quotes) are never taken for a speaker.
    """
    body = item.text
    placed = [
        entry
        for entry in _placed(item)
        if not any(span.start <= entry.start < span.end for span in quoted)
    ]
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
    floor = _previous_paragraph_start(item, attribution.anchor)
    by_words = _by_words(placed, words, window.start, recent, floor)
    if by_words is not None:
        return by_words[0]
    return None if _has_subject(words) else recent


def _by_words(
    placed: Sequence[_Placed],
    words: Sequence[tuple[str, int]],
    window_start: int,
    recent: str | None,
    floor: int,
) -> tuple[str | None] | None:
    """Return the speaker a role noun or pronoun in the window names (boxed), or None if none."""
    for word, _start in words:
        by_noun = _by_noun(placed, word, window_start, recent)
        if by_noun is not None:
            return by_noun
    for word, start in words:
        gender = PRONOUN_GENDERS.get(word.lower())
        if gender is not None:
            if gender == "plur":
                return (None,)
            return (_by_pronoun(placed, gender, start, recent, floor),)
    return None


def _by_noun(
    placed: Sequence[_Placed], word: str, window_start: int, recent: str | None
) -> tuple[str | None] | None:
    """Return the speaker a role or organisation noun names (boxed), or None if ``word`` is none."""
    lemmas = _lemmas(word)
    lemmas |= {_masculine(lemma) for lemma in lemmas}
    nouns = lemmas & (ROLE_NOUNS | GENERIC_SPEAKER_NOUNS) or (
        lemmas & _all_role_words(placed) if word[:1].islower() else frozenset()
    )
    if nouns:
        if _only_plural(word):
            # ``стверджують тренери``: several unnamed people, not one participant.
            return (None,)
        by_role = _by_role(placed, nouns, window_start)
        if by_role is not None:
            return (by_role.id,)
        return (recent if lemmas & GENERIC_SPEAKER_NOUNS else None,)
    organization = _by_organization_noun(placed, word, window_start)
    return None if organization is None else (organization.id,)


def _masculine(lemma: str) -> str:
    """Return the masculine noun a feminine one is derived from (``директорка`` -> ``директор``)."""
    for suffix in FEMININE_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= _MIN_STEM:
            return lemma[: -len(suffix)]
    return lemma


def _all_role_words(placed: Sequence[_Placed]) -> frozenset[str]:
    """Return the lemmas of every noun in the participants' roles."""
    return frozenset().union(*(_role_nouns(entry.participant) for entry in placed))


def _role_nouns(participant: Participant) -> frozenset[str]:
    """Return the lemmas of the nouns of a participant's role."""
    if participant.role is None:
        return frozenset()
    return frozenset(
        parse.normal_form
        for word in _WORD.findall(participant.role)
        if word[:1].islower()
        for parse in parse_word(word.lower())
        if "NOUN" in parse.tag and parse.tag.case == "nomn"
    )


def _only_plural(word: str) -> bool:
    """Return True if ``word`` is a plural subject: every nominative noun reading is plural."""
    nouns = [
        parse
        for parse in parse_word(word.lower())
        if "NOUN" in parse.tag and parse.tag.case == "nomn"
    ]
    return bool(nouns) and all(parse.tag.number == "plur" for parse in nouns)


@functools.cache
def _head_noun(name: str) -> str | None:
    """Return the lemma of the first nominative noun of an organisation's name, if any."""
    for word in _WORD.findall(name):
        for parse in parse_word(word.lower()):
            if "NOUN" in parse.tag and parse.tag.case == "nomn" and word[:1].islower():
                return str(parse.normal_form)
    return None


def _by_organization_noun(placed: Sequence[_Placed], word: str, anchor: int) -> Participant | None:
    """Return the organisation whose name's head noun is ``word`` (``суд``), mentioned last."""
    if not word[:1].islower():
        return None
    subject = {
        parse.normal_form
        for parse in parse_word(word.lower())
        if "NOUN" in parse.tag and parse.tag.case == "nomn" and parse.tag.number == "sing"
    }
    if not subject:
        return None
    best: Participant | None = None
    for entry in placed:
        if entry.start >= anchor:
            break
        participant = entry.participant
        if participant.kind is ParticipantKind.ORGANIZATION and (
            _head_noun(participant.name) in subject
        ):
            best = participant
    return best


def _previous_paragraph_start(item: NewsItem, anchor: int) -> int:
    """Return where the paragraph before the one holding ``anchor`` starts (0 if none)."""
    starts = [0] + [span.start for span in item.paragraph_spans()]
    holding = [start for start in starts if start <= anchor]
    return holding[-2] if len(holding) > 1 else 0


def _has_subject(words: Sequence[tuple[str, int]]) -> bool:
    """Return True if the window names someone: a capitalised word or a noun in nominative."""
    for index, (word, _start) in enumerate(words):
        # A capital starts every sentence; only a capital further on marks a name.
        if index > 0 and word[:1].isupper():
            return True
        parses = parse_word(word.lower())
        if any(set(parse.tag.grammemes) & _FUNCTION_WORDS for parse in parses):
            # ``далі``, ``потім``: an adverb reading wins over a rare noun one.
            continue
        for parse in parses:
            grammemes = set(parse.tag.grammemes)
            if grammemes & _NAME_GRAMMEMES:
                continue  # a lower-case word is no name
            nominal = bool(grammemes & {"NOUN", "NUMR", "NPRO"})
            if nominal and parse.tag.case == "nomn" and parse.score > _SUBJECT_SCORE:
                return True
    return False
