"""Sentences that go on with the event told before them, and the body a sentence opens with.

``Кроме того, депутаты переименовали две улицы``, ``Гости также побывали в музее``,
``Разом з мером делегація також відвідала ліцей``: a sentence that opens with a word of
continuation (`CONTINUATION_OPENERS`) or with the guests (``Гості відвідали ...``,
`GUEST_SUBJECTS`) or has ``также`` / ``також`` among its first words
(`ALSO_WORDS`, `CONTINUATION_REACH`) tells more of what the text just told, not a new event;
``а также`` / ``а також`` (`ALSO_JOINERS`) joins a list instead. A sentence that opens with the
body that made the decision just told (``Суд признал договор недействительным``) goes on with
that decision too (`opening_mention`).
"""

from __future__ import annotations

import itertools
import re

from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.lexicon import (
    ALSO_JOINERS,
    ALSO_WORDS,
    AMOUNT_ADDERS,
    CONTINUATION_OPENERS,
    CONTINUATION_REACH,
    DELEGATION_SUBJECTS,
    DOCUMENT_OPENERS,
    GUEST_SUBJECTS,
    SAME_DAY_OPENERS,
    WRITER_ASIDES,
)
from uanews.parser.language import pick
from uanews.parser.morph import parse_word

__all__ = [
    "adds_amount",
    "after_aside",
    "continues",
    "opening_offset",
    "opens_same_day",
    "refers_to_document",
]


def _opener(words: tuple[str, ...], contrast: str) -> re.Pattern[str]:
    """Return the pattern of a sentence opening with one of ``words``, not before ``contrast``."""
    body = "|".join(
        re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True)
    )
    return re.compile(
        rf"[\s«\"„“]*(?:{body})(?![\w\-'’ʼ])(?!\s+{contrast}(?![\w\-'’ʼ]))", re.IGNORECASE
    )


_OPENER = _opener(CONTINUATION_OPENERS, "тим")
_OPENER_RU = _opener(ru.CONTINUATION_OPENERS, "тем")
_WORD = re.compile(r"[\w'’ʼ\-]+")
_ALSO = frozenset(ALSO_WORDS)
_ALSO_RU = frozenset(ru.ALSO_WORDS)
_JOINERS = frozenset(ALSO_JOINERS)
_JOINERS_RU = frozenset(ru.ALSO_JOINERS)
_GUESTS = frozenset(GUEST_SUBJECTS)
_GUESTS_RU = frozenset(ru.GUEST_SUBJECTS)
_DELEGATIONS = frozenset(DELEGATION_SUBJECTS)
_DELEGATIONS_RU = frozenset(ru.DELEGATION_SUBJECTS)
_DOCUMENTS = frozenset(DOCUMENT_OPENERS)
_DOCUMENTS_RU = frozenset(ru.DOCUMENT_OPENERS)
_DOCUMENT_CASES = frozenset({"nomn", "accs"})
"""The cases of a document that opens its signing: the subject or the object signed."""
_OPENING = re.compile(r"[\s«\"„“]*")


def _amount_opener(words: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a sentence opening with one of ``words`` right before a number."""
    body = "|".join(map(re.escape, words))
    return re.compile(rf"[\s«\"„“]*(?:{body})\s+\d", re.IGNORECASE)


_AMOUNT = _amount_opener(AMOUNT_ADDERS)
_AMOUNT_RU = _amount_opener(ru.AMOUNT_ADDERS)


def adds_amount(text: str, start: int, end: int) -> bool:
    """Return whether the sentence ``text[start:end]`` counts on from an amount just told.

    ``Ще 6,5 млн гривень депутати виділили на ...``, ``Еще 20 тысяч гривен получат ...``: it
    opens with a word of `AMOUNT_ADDERS` right before a number, so much more of what the
    sentence before counted.
    """
    return pick(_AMOUNT, _AMOUNT_RU).match(text, start, end) is not None


def _same_day_opener(words: tuple[str, ...], added: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a sentence opening with one of ``words``, after ``added`` or not."""

    def alternation(phrases: tuple[str, ...]) -> str:
        ordered = sorted(phrases, key=len, reverse=True)
        return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in ordered)

    return re.compile(
        rf"[\s«\"„“]*(?:(?:{alternation(added)}),?\s+)?(?:{alternation(words)})(?![\w\-'’ʼ])",
        re.IGNORECASE,
    )


_SAME_DAY = _same_day_opener(SAME_DAY_OPENERS, CONTINUATION_OPENERS)
_SAME_DAY_RU = _same_day_opener(ru.SAME_DAY_OPENERS, ru.CONTINUATION_OPENERS)


def _aside(words: tuple[str, ...], that: str) -> re.Pattern[str]:
    """Return the pattern of a writer's aside opening a sentence, its comma and ``that`` after."""
    body = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"[\s«\"„“]*(?:{body}),\s*(?:{that}(?![\w\-'’ʼ])\s*)?", re.IGNORECASE)


_ASIDE = _aside(WRITER_ASIDES, "що")
_ASIDE_RU = _aside(ru.WRITER_ASIDES, "что")


def after_aside(text: str, start: int, end: int) -> int:
    """Return where the sentence ``text[start:end]`` goes on after the writer's aside, else start.

    ``Нагадаємо, напередодні ...``, ``Отметим, что исполком также утвердил ...``
    (`WRITER_ASIDES`, its comma and a ``що`` / ``что`` after it): the report's own words, so
    the rest is its narration, read as if the sentence opened there.
    """
    found = pick(_ASIDE, _ASIDE_RU).match(text, start, end)
    return start if found is None else found.end()


def opens_same_day(text: str, start: int, end: int) -> bool:
    """Return whether the sentence ``text[start:end]`` opens with the day just told.

    ``Цього ж дня депутати ухвалили ...``, ``Кроме того, в тот же день ... открыли ...``
    (`SAME_DAY_OPENERS`, after a word of `CONTINUATION_OPENERS` or not): another happening
    of that day, not more of the one told.
    """
    return pick(_SAME_DAY, _SAME_DAY_RU).match(text, start, end) is not None


def continues(text: str, start: int, end: int) -> bool:
    """Return whether the sentence ``text[start:end]`` is marked as going on with the one before.

    It opens with a word of `CONTINUATION_OPENERS` or with the guests as its subject
    (`GUEST_SUBJECTS`: ``Гості відвідали ...``, ``Фінські колеги ...``, visitors already
    told; `DELEGATION_SUBJECTS` right before its verb: ``Делегація оглянула ...``), or one of
    `ALSO_WORDS`
    stands among its first `CONTINUATION_REACH` words, not right after a conjunction of
    `ALSO_JOINERS`.
    """
    if pick(_OPENER, _OPENER_RU).match(text, start, end):
        return True
    also, joiners = pick(_ALSO, _ALSO_RU), pick(_JOINERS, _JOINERS_RU)
    before = ""
    guests = pick(_GUESTS, _GUESTS_RU)
    delegations = pick(_DELEGATIONS, _DELEGATIONS_RU)
    reach = itertools.islice(_WORD.finditer(text, start, end), CONTINUATION_REACH + 1)
    words = [match.group() for match in reach]
    for index, word in enumerate(word.lower() for word in words[:CONTINUATION_REACH]):
        if (word in guests or word in delegations) and (
            index == 0 or (index == 1 and _adjective(before))
        ):
            if word in guests:
                return True
            if index + 1 < len(words) and _finite_verb(words[index + 1]):
                return True  # ``Делегація оглянула завод``: the delegation told
        if word in also and before not in joiners:
            return True
        before = word
    return False


def _adjective(word: str) -> bool:
    """Return True if ``word`` can be a full adjective (``фінські`` before ``колеги``)."""
    return any("ADJF" in reading.tag for reading in parse_word(word))


def _finite_verb(word: str) -> bool:
    """Return True if ``word`` reads first as a finite verb (``оглянула``)."""
    readings = parse_word(word.lower())
    return bool(readings) and readings[0].tag.POS == "VERB"


def opening_offset(text: str, start: int, end: int) -> int:
    """Return where the first word of the sentence ``text[start:end]`` starts (past quotes)."""
    match = _OPENING.match(text, start, end)
    return start if match is None else match.end()


def refers_to_document(text: str, start: int, end: int) -> bool:
    """Return whether the sentence ``text[start:end]`` opens with the signed document.

    ``Документ підписали мер і директор``: its first word is a form of `DOCUMENT_OPENERS`, the
    definite document of the agreement told before.
    """
    first = _WORD.search(text, start, end)
    if first is None:
        return False
    documents = pick(_DOCUMENTS, _DOCUMENTS_RU)
    return any(
        reading.tag.POS == "NOUN"
        and reading.tag.case in _DOCUMENT_CASES
        and reading.normal_form in documents
        for reading in parse_word(first.group().lower())
    )
