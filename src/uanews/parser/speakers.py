"""Who said it: resolve the words around a speech cue to a participant id, or to nobody.

Resolution goes from the most to the least certain evidence, and stops at the first that
answers:

1. a participant mention inside the attribution window (``- розповів Олексій Кучер``) that can
   be a subject: not inside a relative clause (``X, яке наближене до Y,``) or brackets, not the
   object of a preposition (``від Матвія``) and not a dative or instrumental (``із Романюком``);
   an organisation in the complement of a person noun (``директор «КЗЕТ»``) gives way to
   the person with that role;
2. a role noun there (``- сказав посол``): the participant whose ``role`` holds that noun,
   mentioned most recently before the cue; a generic speaker noun (``експерт``) means the person
   quoted just before when no such participant exists or the one quoted since has no role;
   a subject noun that heads an organisation's name (``суд``) means that organisation;
3. a personal pronoun (``сказав він``, ``на його думку``): the one person of that gender
   mentioned shortly before, or the previous speaker if several are; with no such person, the
   organisation named last by a subject noun of that gender (``Суд відмовив. Він вказав``);
4. no subject at all (``А відтак уточнює: ...``): the previous speaker, unless the cue is
   impersonal (``повідомляється``) and names no one.

Someone who hears or reads the words (``Вона почула крик: ...``) is not their speaker. Anything
else is ``None``: an unknown speaker is better than a wrong one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from attrs import frozen

from uanews.model import NewsItem, Participant, ParticipantKind, Span
from uanews.parser.lexicon_people import ROLE_NOUNS
from uanews.parser.morph import parse_word
from uanews.parser.speech import (
    CITATION_PHRASES,
    PERCEPTION_LEMMAS,
    SPEECH_NOUNS,
    is_speech_form,
)

__all__ = [
    "FEMININE_SUFFIXES",
    "GENERIC_SPEAKER_NOUNS",
    "LOCATIVE_PREPOSITIONS",
    "NON_SUBJECT_PREPOSITIONS",
    "PRONOUN_GENDERS",
    "RELATIVE_LEMMAS",
    "SPOKESPERSON_NOUNS",
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

NON_SUBJECT_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "без",
        "біля",
        "від",
        "для",
        "до",
        "з",
        "за",
        "замість",
        "зі",
        "із",
        "крім",
        "між",
        "на",
        "над",
        "перед",
        "після",
        "під",
        "про",
        "проти",
        "серед",
        "через",
        "щодо",
    }
)
"""Prepositions whose object is not who speaks (``у Євангелії від Матвія``, ``наближене до X``).

``у``/``в``/``при`` are left out: ``повідомили у пресслужбі X`` names the speaker.
"""

LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"у", "в", "при"})
"""Prepositions after which a locative name still speaks (``в Міністерстві енергетики``)."""

SPOKESPERSON_NOUNS: frozenset[str] = frozenset(
    {"представник", "речник", "прес-секретар", "пресслужба", "прес-служба", "пресцентр"}
)
"""Nouns for whoever speaks on an organisation's behalf: unnamed, the organisation speaks."""

RELATIVE_LEMMAS: frozenset[str] = frozenset({"який", "котрий", "чий"})
"""Lemmas of relative pronouns that open a clause about the noun before (``X, яке ...``)."""

_WORD = re.compile(r"[^\W\d_]+(?:[-'ʼ’][^\W\d_]+)*")
# ``, яке``, ``, у якій``, ``, що``: a comma, then the relative word or a preposition and it.
_RELATIVE = re.compile(r",\s*(?P<first>[^\W\d_]+)(?:\s+(?P<second>[^\W\d_]+))?")
_BRACKETS = re.compile(r"\([^()]*(?:\)|$)")
_OPENING_MARKS = '«„“"'
# Cases a name takes as the addressee or instrument of a verb, never as its subject.
_OBJECT_CASES = frozenset({"datv", "ablt", "loct"})
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


@frozen
class _Context:
    """What every resolution step may look at: the body, the mentions, the speaker before."""

    body: str
    placed: tuple[_Placed, ...]
    recent: str | None
    floors: tuple[int, int]


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
    """Return the grammatical gender of a participant, or None if unclear.

    A person's comes from the name, else from the role noun (``письменник``, ``директорка``);
    an organisation's from the noun that heads its name (``суд``, ``рада``).
    """
    if participant.kind is ParticipantKind.ORGANIZATION:
        return _head_gender(participant.name)
    if participant.kind is not ParticipantKind.PERSON:
        return None
    for word in _WORD.findall(participant.name):
        gender = _name_gender(word)
        if gender is not None:
            return gender
    return None if participant.role is None else _role_gender(participant.role)


@functools.cache
def _role_gender(role: str) -> str | None:
    """Return the gender of the first role noun of ``role`` (``директорка`` is feminine)."""
    for word in _WORD.findall(role):
        lemmas = _lemmas(word)
        if not lemmas & ROLE_NOUNS and not {_masculine(lemma) for lemma in lemmas} & ROLE_NOUNS:
            continue
        return _noun_gender(word)
    return None


def _case(parse: Any) -> str | None:  # noqa: ANN401 - pymorphy3 ships no type information
    """Return the case of a reading; a noun whose dictionary entry marks none is nominative.

    A few entries (``директор``) give the nominative singular no case grammeme at all.
    """
    case: str | None = parse.tag.case
    if case is None and "NOUN" in parse.tag:
        return "nomn"
    return case


@functools.cache
def _noun_gender(word: str) -> str | None:
    """Return the gender of ``word`` read as a singular nominative noun, if only one."""
    genders = {
        parse.tag.gender
        for parse in parse_word(word.lower())
        if "NOUN" in parse.tag
        and "Abbr" not in parse.tag
        and _case(parse) == "nomn"
        and parse.tag.number != "plur"
        and parse.tag.gender is not None
    }
    return genders.pop() if len(genders) == 1 else None


@functools.cache
def _head_gender(name: str) -> str | None:
    """Return the gender of the noun heading an organisation's name (adjectives skipped)."""
    for word in _WORD.findall(name):
        parses = parse_word(word.lower())
        gender = _noun_gender(word)
        if gender is not None:
            return gender
        if not any({"ADJF", "PRTF"} & set(parse.tag.grammemes) for parse in parses):
            return None
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


@functools.cache
def _head_cases(mention: str, *, last: bool) -> frozenset[str]:
    """Return the cases the head of ``mention`` can be in, the vocative aside.

    The head is the first declinable word, or the last one (a person's surname) if ``last``.
    """
    words = _WORD.findall(mention)
    for word in reversed(words) if last else words:
        cases = frozenset(
            parse.tag.case
            for parse in parse_word(word.lower())
            if parse.tag.case is not None and parse.tag.case != "voct"
        )
        if cases:
            return cases
    return frozenset()


def _word_before(body: str, start: int) -> str:
    """Return the word right before ``start`` (past spaces and opening marks), lower-case."""
    index = start
    while index > 0 and (body[index - 1].isspace() or body[index - 1] in _OPENING_MARKS):
        index -= 1
    match = re.search(r"[^\W\d_]+$", body[max(0, index - 30) : index])
    return "" if match is None else match.group().lower()


def _inside(position: int, spans: Sequence[Span]) -> bool:
    """Return True if ``position`` lies in one of ``spans``."""
    return any(span.start <= position < span.end for span in spans)


def _non_subject_spans(body: str, window: Span, anchor: int) -> list[Span]:
    """Return the parts of the window that cannot hold the subject: brackets, relative clauses.

    A relative clause (``, яке, як стверджують аналітики, наближене до X,``) runs from its
    comma to the last comma before the cue, so clauses set off inside it stay in it. ``, що``
    is relative only before the cue; after it, it opens what was said.
    """
    spans = [
        Span(window.start + match.start(), window.start + match.end())
        for match in _BRACKETS.finditer(body[window.start : window.end])
    ]
    for match in _RELATIVE.finditer(body, window.start, window.end):
        start = match.start()
        first, second = match.group("first").lower(), match.group("second")
        relative = _is_relative(first) or (first == "що" and start < anchor)
        if not relative and not (second and _is_preposition(first) and _is_relative(second)):
            continue
        limit = anchor if start < anchor <= window.end else window.end
        comma = body.rfind(",", start + 1, limit)
        spans.append(Span(start, limit if comma < 0 else comma))
    for phrase in CITATION_PHRASES:
        for match in re.finditer(rf"(?<![^\W\d_]){phrase}(?![^\W\d_])", body[: window.end]):
            if match.start() < window.start:
                continue
            start = match.start()
            limit = anchor if start < anchor <= window.end else window.end
            comma = body.find(",", start, limit)
            spans.append(Span(start, limit if comma < 0 else comma))
    return spans


def _is_relative(word: str) -> bool:
    """Return True if ``word`` is a form of a relative pronoun (``яке``, ``котрого``)."""
    return any(
        parse.normal_form in RELATIVE_LEMMAS and "NPRO" in parse.tag
        for parse in parse_word(word.lower())
    )


def _is_preposition(word: str) -> bool:
    """Return True if ``word`` can be a preposition."""
    return any("PREP" in parse.tag for parse in parse_word(word.lower()))


def _can_speak(body: str, entry: _Placed, excluded: Sequence[Span]) -> bool:
    """Return True if the mention ``entry`` may be the subject of the words around it."""
    if _inside(entry.start, excluded):
        return False
    before = _word_before(body, entry.start)
    if before in NON_SUBJECT_PREPOSITIONS:
        return False
    person = entry.participant.kind is ParticipantKind.PERSON
    cases = _head_cases(_mention_text(entry), last=person)
    if not cases or not cases <= _OBJECT_CASES:
        return True
    # A locative is a place (``в Міністерстві``), which only a preposition makes of a name.
    return "loct" in cases and before in LOCATIVE_PREPOSITIONS


def _in_window(
    context: _Context, words: Sequence[tuple[str, int]], window: Span, anchor: int
) -> tuple[str | None] | None:
    """Return the participant mentioned inside ``window`` (boxed): subjects, persons, nearest.

    A mention in an oblique case (``радник Міхаіла Ґорбачова``) names someone else than the
    speaker whenever a mention that can be nominative stands in the window too. An
    organisation after a person noun (``директор «КЗЕТ»``) is that person's complement.
    """
    excluded = _non_subject_spans(context.body, window, anchor)
    inside = [
        entry
        for entry in context.placed
        if entry.start < window.end
        and entry.end > window.start
        and _can_speak(context.body, entry, excluded)
    ]
    if not inside:
        return None
    subjects = [entry for entry in inside if not _oblique(_mention_text(entry))]
    inside = subjects or inside
    inside.sort(key=lambda e: (_KIND_ORDER[e.participant.kind], abs(e.start - anchor)))
    best = inside[0]
    if best.participant.kind is not ParticipantKind.PERSON:
        head = _person_noun_before(words, best.start)
        if head is not None:
            return (_by_head_noun(context, head, best, anchor),)
    return (best.participant.id,)


def _person_noun_before(words: Sequence[tuple[str, int]], position: int) -> str | None:
    """Return the person noun in nominative standing before ``position``, if any."""
    for index, (word, start) in enumerate(words):
        if start >= position:
            break
        if (index == 0 or word[:1].islower()) and _person_nouns(word) and _nominative(word):
            return word
    return None


def _person_nouns(word: str) -> frozenset[str]:
    """Return the role or speaker nouns (masculine lemmas) ``word`` is a form of."""
    lemmas = _lemmas(word)
    lemmas |= {_masculine(lemma) for lemma in lemmas}
    return lemmas & (ROLE_NOUNS | GENERIC_SPEAKER_NOUNS | SPOKESPERSON_NOUNS)


def _nominative(word: str) -> bool:
    """Return True if ``word`` can be a noun in nominative."""
    return any("NOUN" in parse.tag and _case(parse) == "nomn" for parse in parse_word(word.lower()))


def _by_head_noun(context: _Context, noun: str, complement: _Placed, anchor: int) -> str | None:
    """Return the person a role noun with an organisation complement names, or None.

    ``директор «КЗЕТ»`` is the participant whose role holds ``директор`` and names that
    organisation, or, failing that, one whose role names no organisation at all. Someone who
    speaks for the organisation and is not known by name (``представники X``) is X.
    """
    organization = complement.participant.id
    words = _mention_text(complement)
    nouns = _person_nouns(noun)
    if _only_plural(noun):
        return organization if nouns & SPOKESPERSON_NOUNS else None
    holders = _role_holders(context.placed, nouns, anchor)
    named = [holder for holder in holders if _names(holder, words)]
    if not named:
        # A role that names the organisation too may be given in full only later on.
        later = _role_holders(context.placed, nouns, len(context.body))
        named = [holder for holder in later if _names(holder, words)][:1]
    if named:
        return named[-1].id
    unnamed = [holder for holder in holders if not _names_any(holder)]
    if unnamed:
        return unnamed[-1].id
    return organization if nouns & SPOKESPERSON_NOUNS else None


def _names(participant: Participant, complement: str) -> bool:
    """Return True if the role or organisation of ``participant`` names ``complement``."""
    own = " ".join(filter(None, (participant.role, participant.organization)))
    theirs = [word for word in _WORD.findall(complement) if word[:1].isupper()]
    return any(_same_stem(word, other) for word in _WORD.findall(own) for other in theirs)


def _names_any(participant: Participant) -> bool:
    """Return True if the role or organisation of ``participant`` holds a proper name."""
    own = " ".join(filter(None, (participant.role, participant.organization)))
    return any(word[:1].isupper() for word in _WORD.findall(own)[1:]) or bool(
        participant.organization
    )


def _same_stem(first: str, second: str) -> bool:
    """Return True if two words are one name in two cases (``Полтавмаш``, ``Полтавмашу``)."""
    first, second = first.lower(), second.lower()
    common = 0
    for left, right in zip(first, second, strict=False):
        if left != right:
            break
        common += 1
    return common >= max(3, min(len(first), len(second)) - 2)


def _role_holders(
    placed: Sequence[_Placed], noun_lemmas: frozenset[str], anchor: int
) -> list[Participant]:
    """Return the persons with this role noun mentioned before ``anchor``, last mentioned last."""
    holders: list[Participant] = []
    for entry in placed:
        if entry.start >= anchor:
            break
        if entry.participant.kind is ParticipantKind.PERSON and (
            noun_lemmas & _role_words(entry.participant)
        ):
            if entry.participant in holders:
                holders.remove(entry.participant)
            holders.append(entry.participant)
    return holders


def _last_mention(placed: Sequence[_Placed], participant_id: str, anchor: int) -> int:
    """Return where ``participant_id`` was last mentioned before ``anchor`` (-1 if never)."""
    last = -1
    for entry in placed:
        if entry.start >= anchor:
            break
        if entry.participant.id == participant_id:
            last = entry.start
    return last


def _participant(placed: Sequence[_Placed], participant_id: str) -> Participant | None:
    """Return the participant with ``participant_id`` among the mentions."""
    return next(
        (entry.participant for entry in placed if entry.participant.id == participant_id), None
    )


def _persons_of_gender(
    placed: Sequence[_Placed], gender: str, anchor: int, floor: int
) -> list[str]:
    """Return the persons not known to be of another gender, mentioned from ``floor`` on."""
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
    return candidates


def _by_pronoun(context: _Context, gender: str, anchor: int) -> str | None:
    """Return whom a pronoun of ``gender`` at ``anchor`` points back to, or None if unsure.

    The one person of that gender mentioned since the previous paragraph began; the previous
    speaker if several are, or if none is and the gender agrees; the organisation a subject
    of that gender named last (``Суд відмовив. Він вказав``); the one person of that gender
    one paragraph further back.
    """
    previous = context.recent
    near, far = context.floors
    candidates = _persons_of_gender(context.placed, gender, anchor, near)
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        return previous if previous in candidates else None
    if previous is not None:
        speaker = _participant(context.placed, previous)
        if speaker is not None and participant_gender(speaker) in {None, gender}:
            return previous
    organization = _organization_antecedent(context, gender, anchor, near)
    if organization is not None:
        return organization
    further = _persons_of_gender(context.placed, gender, anchor, far)
    return further[0] if len(further) == 1 else None


def _organization_antecedent(context: _Context, gender: str, anchor: int, floor: int) -> str | None:
    """Return the organisation the last subject of ``gender`` before ``anchor`` names.

    A subject is an organisation's mention that can be nominative (its gender from the noun
    before it, ``Фракція ВО «Свобода»``, or from its own head noun) or a lower-case noun that
    heads an organisation's name (``суд``).
    """
    start = max(floor, anchor - _PRONOUN_REACH)
    found: tuple[int, str] | None = None
    for entry in context.placed:
        if entry.start >= anchor:
            break
        if entry.start < start or entry.participant.kind is not ParticipantKind.ORGANIZATION:
            continue
        text = _mention_text(entry)
        if _oblique(text):
            continue
        descriptor = _word_before(context.body, entry.start)
        own = (_noun_gender(descriptor) if descriptor else None) or _head_gender(text)
        if own == gender:
            found = (entry.start, entry.participant.id)
    for match in _WORD.finditer(context.body, start, anchor):
        word = match.group()
        if not word[:1].islower() or _noun_gender(word) != gender:
            continue
        organization = _by_organization_noun(context.placed, word, match.start())
        if organization is not None and (found is None or found[0] < match.start()):
            found = (match.start(), organization.id)
    return None if found is None else found[1]


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
    window = attribution.window
    anchor = attribution.anchor
    recent = previous
    if previous_at is not None and anchor - previous_at > _PREVIOUS_REACH:
        recent = None
    placed = tuple(entry for entry in _placed(item) if not _inside(entry.start, quoted))
    near = _previous_paragraph_start(item, anchor)
    context = _Context(body, placed, recent, (near, _previous_paragraph_start(item, near)))
    excluded = _non_subject_spans(body, window, anchor)
    words = [
        (match.group(), match.start())
        for match in _WORD.finditer(body, window.start, window.end)
        if not _inside(match.start(), excluded)
    ]
    cue = _WORD.match(body, anchor)
    if cue is not None and not is_speech_form(cue.group()) and _heard(words, anchor):
        # ``Вона почула крик: ...``: the words are the object heard, not the subject's own.
        return None
    found = _in_window(context, words, window, anchor)
    if found is not None:
        return found[0]
    by_words = _by_words(context, words, window.start)
    if by_words is not None:
        return by_words[0]
    if _has_subject(words):
        return None
    if _impersonal(body, anchor) and not any(_is_speech_noun(word) for word, _start in words):
        # ``повідомляється``: no one is named; ``зазначено в повідомленні`` points back.
        return None
    return recent


def _is_speech_noun(word: str) -> bool:
    """Return True if ``word`` is a form of a noun that announces words (``повідомлення``)."""
    return bool(_lemmas(word) & SPEECH_NOUNS)


def _heard(words: Sequence[tuple[str, int]], anchor: int) -> bool:
    """Return True if a verb of hearing or reading stands before the cue (``почула``)."""
    return any(
        start < anchor and _lemmas(word) & PERCEPTION_LEMMAS and _is_verb_form(word)
        for word, start in words
    )


def _is_verb_form(word: str) -> bool:
    """Return True if ``word`` can be a verb."""
    return any("VERB" in parse.tag for parse in parse_word(word.lower()))


def _impersonal(body: str, anchor: int) -> bool:
    """Return True if the cue at ``anchor`` is impersonal (``повідомляється``, ``зазначено``)."""
    match = _WORD.match(body, anchor)
    if match is None:
        return False
    for parse in parse_word(match.group().lower()):
        tag = parse.tag
        if "VERB" in tag and ("Impe" in tag or ("Refl" in tag and "3per" in tag)):
            return True
    return False


def _by_words(
    context: _Context, words: Sequence[tuple[str, int]], window_start: int
) -> tuple[str | None] | None:
    """Return the speaker a role noun or pronoun in the window names (boxed), or None if none."""
    for index, (word, _start) in enumerate(words):
        by_noun = _by_noun(context, word, window_start, first=index == 0)
        if by_noun is not None:
            return by_noun
    for word, start in words:
        gender = PRONOUN_GENDERS.get(word.lower())
        if gender is not None:
            if gender == "plur":
                return (None,)
            return (_by_pronoun(context, gender, start),)
    return None


def _by_noun(
    context: _Context, word: str, window_start: int, *, first: bool
) -> tuple[str | None] | None:
    """Return the speaker a role or organisation noun names (boxed), or None if ``word`` is none.

    ``first`` says the word opens the window, where a capital is only the sentence's.
    """
    placed = context.placed
    lemmas = _lemmas(word)
    lemmas |= {_masculine(lemma) for lemma in lemmas}
    common = first or word[:1].islower()
    nouns = lemmas & (ROLE_NOUNS | GENERIC_SPEAKER_NOUNS) or (
        lemmas & _all_role_words(placed) if common else frozenset()
    )
    if nouns:
        if _only_plural(word):
            # ``стверджують тренери``: several unnamed people, not one participant.
            return (None,)
        holders = _role_holders(placed, nouns, window_start)
        generic = bool(lemmas & GENERIC_SPEAKER_NOUNS)
        if holders and not (generic and _in_focus(context, holders[-1], window_start)):
            return (holders[-1].id,)
        return (context.recent if generic else None,)
    organization = _by_organization_noun(placed, word, window_start) if common else None
    return None if organization is None else (organization.id,)


def _in_focus(context: _Context, holder: Participant, anchor: int) -> bool:
    """Return True if the previous speaker, not ``holder``, is who a generic noun points to.

    ``За словами аналітика`` after quoting someone whose role is unknown and who came up
    after the analyst did is that someone.
    """
    recent = context.recent
    if recent is None or recent == holder.id:
        return False
    speaker = _participant(context.placed, recent)
    if speaker is None or speaker.kind is not ParticipantKind.PERSON or speaker.role is not None:
        return False
    since = _last_mention(context.placed, recent, anchor)
    return since > _last_mention(context.placed, holder.id, anchor)


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
        if "NOUN" in parse.tag and _case(parse) == "nomn"
    )


def _only_plural(word: str) -> bool:
    """Return True if ``word`` is a plural subject: every nominative noun reading is plural."""
    nouns = [
        parse
        for parse in parse_word(word.lower())
        if "NOUN" in parse.tag and _case(parse) == "nomn"
    ]
    return bool(nouns) and all(parse.tag.number == "plur" for parse in nouns)


@functools.cache
def _head_noun(name: str) -> str | None:
    """Return the lemma of the first nominative noun of an organisation's name, if any."""
    for word in _WORD.findall(name):
        for parse in parse_word(word.lower()):
            if "NOUN" in parse.tag and _case(parse) == "nomn" and word[:1].islower():
                return str(parse.normal_form)
    return None


def _by_organization_noun(placed: Sequence[_Placed], word: str, anchor: int) -> Participant | None:
    """Return the organisation whose name's head noun is ``word`` (``суд``), mentioned last."""
    # The dictionary marks only the plural: a singular reading has no number at all.
    subject = {
        parse.normal_form
        for parse in parse_word(word.lower())
        if "NOUN" in parse.tag and _case(parse) == "nomn" and parse.tag.number != "plur"
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
            nominal = bool(grammemes & {"NUMR", "NOUN", "NPRO"})
            if nominal and parse.tag.case == "nomn" and parse.score > _SUBJECT_SCORE:
                return True
    return False
