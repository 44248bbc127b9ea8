"""Which words of an attribution can name who speaks, and which cannot.

A mention is no speaker inside brackets, a relative clause (``X, яке наближене до Y,``) or a
citation (``з посиланням на X``), after a preposition (``від Матвія``), or in a case a subject
never takes (``із Романюком``). Whoever hears or reads (``Вона почула крик: ...``) is no
speaker either, and an impersonal cue (``повідомляється``) names no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from uanews.model import ParticipantKind, Span
from uanews.parser.language import language_cache, pick
from uanews.parser.morph import parse_word
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.lexicon import (
    BROADCAST_NOUNS,
    CITATION_PHRASES,
    LOCATIVE_PREPOSITIONS,
    NON_SUBJECT_PREPOSITIONS,
    PERCEPTION_LEMMAS,
    SOURCE_NOUNS,
    SPEECH_NOUNS,
)
from uanews.parser.quotes.speaker_context import Placed, inside, mention_text
from uanews.parser.quotes.speaker_grammar import (
    head_cases,
    is_preposition,
    is_relative,
    is_verb_form,
    lemmas,
    person_nouns,
)
from uanews.parser.quotes.text import OPENING_MARKS, WORD

__all__ = [
    "addressee",
    "can_speak",
    "has_subject",
    "heard",
    "impersonal",
    "non_subject_spans",
    "passive",
    "word_before",
]

# ``, яке``, ``, у якій``, ``, що``: a comma, then the relative word or a preposition and it.
_RELATIVE = re.compile(r",\s*(?P<first>[^\W\d_]+)(?:\s+(?P<second>[^\W\d_]+))?")
_BRACKETS = re.compile(r"\([^()]*(?:\)|$)")
_CITATIONS = tuple(re.compile(rf"(?<![^\W\d_]){phrase}(?![^\W\d_])") for phrase in CITATION_PHRASES)
_CITATIONS_RU = tuple(
    re.compile(rf"(?<![^\W\d_]){phrase}(?![^\W\d_])") for phrase in ru.CITATION_PHRASES
)
# A hyphenated word is one word: ``прес-служба``, ``пресс-служба``.
_LAST_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*$")
_WORD_WINDOW = 30
"""How many characters before a point the word ending there is looked for in (no word is longer):
a window, not all the text before the point, so that a search reads the same whatever the
item's length."""
# Cases a name takes as the addressee or instrument of a verb, never as its subject.
_OBJECT_CASES = frozenset({"datv", "ablt", "loct"})
# A reading less likely than this (pymorphy3 score) does not make a word a subject.
_SUBJECT_SCORE = 0.3
_FUNCTION_WORDS = frozenset({"ADVB", "CONJ", "PREP", "PRCL"})
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
_NOMINALS = frozenset({"NUMR", "NOUN", "NPRO"})
_NEUTER_PAST = frozenset({"neut", "past"})


def word_before(body: str, start: int) -> str:
    """Return the word right before ``start`` (past spaces and opening marks), lower-case."""
    match = _last_word(body, start)
    return "" if match is None else match.group().lower()


def _last_word(body: str, start: int) -> re.Match[str] | None:
    """Return the match of the word right before ``start`` (past spaces and opening marks)."""
    end = _word_end_before(body, start)
    return _LAST_WORD.search(body, max(0, end - _WORD_WINDOW), end)


def non_subject_spans(body: str, window: Span, anchor: int) -> list[Span]:
    """Return the parts of the window that cannot hold the subject: brackets, relative clauses.

    A relative clause (``, яке, як стверджують аналітики, наближене до X,``) runs from its
    comma to the last comma before the cue, so clauses set off inside it stay in it. ``, що``
    is relative only before the cue; after it, it opens what was said. A citation
    (``з посиланням на X``) runs to the next comma before the cue.
    """
    spans = [
        Span(window.start + match.start(), window.start + match.end())
        for match in _BRACKETS.finditer(body[window.start : window.end])
    ]
    for match in _RELATIVE.finditer(body, window.start, window.end):
        start = match.start()
        first, second = match.group("first").lower(), match.group("second")
        relative = is_relative(first) or (first == "що" and start < anchor)
        if not relative and not (second and is_preposition(first) and is_relative(second)):
            continue
        limit = anchor if start < anchor <= window.end else window.end
        comma = body.rfind(",", start + 1, limit)
        spans.append(Span(start, limit if comma < 0 else comma))
    for citation in pick(_CITATIONS, _CITATIONS_RU):
        for match in citation.finditer(body, window.start, window.end):
            start = match.start()
            limit = anchor if start < anchor <= window.end else window.end
            comma = body.find(",", start, limit)
            spans.append(Span(start, limit if comma < 0 else comma))
    return spans


def can_speak(
    body: str, entry: Placed, excluded: Sequence[Span], *, agentive: bool = False
) -> bool:
    """Return True if the mention ``entry`` may be the subject of the words around it.

    ``agentive`` says the cue is a passive (`passive`): its agent stands in the instrumental
    (``повідомлено директором ... Олегом Коваленком``) and speaks.
    """
    if inside(entry.start, excluded):
        return False
    before = word_before(body, entry.start)
    if before in pick(NON_SUBJECT_PREPOSITIONS, ru.NON_SUBJECT_PREPOSITIONS):
        return False
    person = entry.participant.kind is ParticipantKind.PERSON
    cases = head_cases(mention_text(entry), last=person)
    if person and _as_named(mention_text(entry), entry.participant.name):
        # The mention is spelt as the name is in the nominative (``Рютте``, ``Коваль``): it can
        # be nominative, whatever case the dictionary guesses for an unknown surname.
        cases |= {"nomn"}
    if (not person and _outlet_after(body, entry.start, before, cases)) or (
        "gent" in cases
        and (
            # ``розповів депутатам міськради``: the council completes the hearers (a person's
            # name there is the subject after its verb: ``рассказал журналистам Петренко``)
            (not person and bool(before) and addressee(before))
            or ("nomn" not in cases and _completes_noun(body, entry.start, before))
        )
    ):
        return False
    if agentive and "ablt" in cases:
        return True
    if not cases or not cases <= _OBJECT_CASES:
        return True
    # A locative is a place (``в Міністерстві``), which only a preposition makes of a name.
    return "loct" in cases and before in pick(LOCATIVE_PREPOSITIONS, ru.LOCATIVE_PREPOSITIONS)


def _outlet_after(body: str, start: int, before: str, cases: frozenset[str]) -> bool:
    """Return True if the body's mention at ``start`` is the outlet the words were said to.

    ``в ефірі Прямого``, ``в эфире Общественного``: a body in the genitive after a noun of a
    broadcast or an interview (`lexicon.BROADCAST_NOUNS`) carried the words. ``журналістам
    телеканалу «Пряме»``, ``в ефірі телеканалу «Пряме»``: a name in marks after its kind noun
    keeps the nominative, but the kind noun is in the genitive and completes the dative hearer
    (`addressee`) or the broadcast noun before it just as a bare genitive name would.
    ``before`` is the word before the mention and ``cases`` the cases of the mention's head.
    """
    if "gent" in cases and _broadcast(before):
        return True
    if not before or not _genitive_noun(before):
        return False
    noun = _last_word(body, start)
    if noun is None or not noun.group().islower():
        return False
    governor = word_before(body, noun.start())
    return bool(governor) and (addressee(governor) or _broadcast(governor))


def _broadcast(word: str) -> bool:
    """Return True if ``word`` is a noun of `lexicon.BROADCAST_NOUNS` (``ефірі``, ``эфире``)."""
    return bool(word) and bool(lemmas(word) & pick(BROADCAST_NOUNS, ru.BROADCAST_NOUNS))


def _word_end_before(body: str, start: int) -> int:
    """Return where the word before ``start`` ends (past spaces and opening marks)."""
    index = start
    while index > 0 and (body[index - 1].isspace() or body[index - 1] in OPENING_MARKS):
        index -= 1
    return index


@language_cache()
def _genitive_noun(word: str) -> bool:
    """Return True if ``word`` can be a noun in the genitive (``телеканалу``, ``газети``)."""
    return any("NOUN" in parse.tag and parse.tag.case == "gent" for parse in parse_word(word))


def _as_named(mention: str, name: str) -> bool:
    """Return True if ``mention`` is the nominative ``name`` or its last words (the surname)."""
    return mention == name or name.endswith(" " + mention)


def _completes_noun(body: str, start: int, before: str) -> bool:
    """Return True if a genitive name at ``start`` completes the noun ``before`` (``роботу X``).

    Only an ordinary noun that is not itself genitive takes such a complement; after a speech
    or source noun (``заяві X``, ``словами X``), a role (``директора X``), a press service, or a
    document the words are found in (``у рішенні X``), the genitive names who speaks.
    """
    parses = parse_word(before)
    if not parses or before in pick(SOURCE_NOUNS, ru.SOURCE_NOUNS) or person_nouns(before):
        return False
    if lemmas(before) & pick(SPEECH_NOUNS, ru.SPEECH_NOUNS):
        return False
    noun_start = body.rfind(before, 0, start) if before else -1
    if noun_start >= 0 and word_before(body, noun_start) in pick(
        pick(LOCATIVE_PREPOSITIONS, ru.LOCATIVE_PREPOSITIONS), ru.LOCATIVE_PREPOSITIONS
    ):
        return False
    return all(parse.tag.POS == "NOUN" and parse.tag.case not in {"gent", None} for parse in parses)


def addressee(word: str) -> bool:
    """Return True if ``word`` is a noun of persons only in the dative: a speech verb's hearer.

    ``сказав журналістам``, ``рассказал депутатам``: a speech verb takes its hearer in the
    dative, which is never its subject (``по словам`` is no person). The Ukrainian locative
    ending ``-у`` / ``-ові`` is the dative's, so a bare locative reading counts as dative too.
    """
    nouns = [parse for parse in parse_word(word.lower()) if "NOUN" in parse.tag]
    cases = {found for parse in nouns if (found := parse.tag.case) is not None} - {"voct"}
    animate = any("anim" in parse.tag for parse in nouns)
    return animate and bool(cases) and cases <= _ADDRESSEE_CASES


_ADDRESSEE_CASES = frozenset({"datv", "loct"})
"""Cases of a speech verb's hearer (`addressee`)."""


def heard(words: Sequence[tuple[str, int]], anchor: int) -> bool:
    """Return True if a verb of hearing or reading stands before the cue (``почула``)."""
    return any(
        start < anchor
        and lemmas(word) & pick(PERCEPTION_LEMMAS, ru.PERCEPTION_LEMMAS)
        and is_verb_form(word)
        for word, start in words
    )


def impersonal(body: str, anchor: int) -> bool:
    """Return True if the cue at ``anchor`` is impersonal (``повідомляється``, ``зазначено``)."""
    match = WORD.match(body, anchor)
    if match is None:
        return False
    for parse in parse_word(match.group().lower()):
        tag = parse.tag
        if "VERB" not in tag:
            continue
        # ``зазначено``; ``повідомляється``; ``повідомлялося``: a neuter past reflexive has no
        # personal subject either.
        if "Impe" in tag or (
            "Refl" in tag and ("3per" in tag or {"neut", "past"} <= set(tag.grammemes))
        ):
            return True
    return False


def passive(body: str, anchor: int) -> bool:
    """Return True if the cue at ``anchor`` is a passive that names its agent in the instrumental.

    Ukrainian ``повідомлено``, ``заявлено`` (the impersonal ``-но`` / ``-то`` form) and Russian
    ``сообщено``, ``заявлено`` (a short passive participle), or one right after a speech noun
    (``заявление сделано``): ``Як повідомлено начальником управління Петром Гаврилюком`` and
    ``заявление сделано председателем совета Андреем Литвиненко`` name who spoke in the
    instrumental, the case of a passive's agent.
    """
    for match in (WORD.match(body, anchor), _NEXT_WORD.match(body, anchor)):
        if match is None:
            continue
        word = match.group(match.lastindex or 0).lower()
        for parse in parse_word(word):
            grammemes = set(parse.tag.grammemes)
            if {"VERB", "Impe"} <= grammemes or {"PRTS", "pssv"} <= grammemes:
                return True
    return False


_NEXT_WORD = re.compile(r"[^\W\d_]+\s+([^\W\d_]+)")
"""The cue word and the word after it: ``заявление сделано``."""


def has_subject(words: Sequence[tuple[str, int]]) -> bool:
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
            nominal = bool(grammemes & _NOMINALS)
            if nominal and parse.tag.case == "nomn" and parse.score > _SUBJECT_SCORE:
                return True
    return False
