"""Which kinds of event a sentence states: trigger patterns and decisions of an authority.

Two tests, both cheap for a sentence that states nothing:

- the patterns of `uanews.parser.events.lexicon.TRIGGERS`, tried only after one combined
  pattern of them all has found something in the sentence (most sentences report no event),
  run case-sensitively on the item's text in lower case, which is several times faster (and
  each trigger's case-insensitive pattern only where its lowered copy found something);
- a decision (``парламент ухвалив закон``, ``суд відмовив у задоволенні позову``): a verb whose
  lemma is one of `DECISION_VERBS`, in the past or present (a future or an infinitive is a
  plan), after an authority in the nominative: a noun of `AUTHORITY_NOUNS` or an
  organisation the item names. Words are looked up only when one starts like a decision verb.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from attrs import frozen

from uanews.model import EventKind
from uanews.parser.events import lexicon
from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.continuations import after_aside
from uanews.parser.events.lexicon import (
    ACTION_NOUN_ENDINGS,
    AUTHORITY_NOUNS,
    BROAD_DECISION_VERBS,
    DECISION_DOCUMENTS,
    DECISION_OBJECT_WINDOW,
    DECISION_OBJECTS,
    DECISION_STEMS,
    DECISION_VERBS,
    DELIVERY_PATTERN,
    DENIAL_PATTERN,
    DENIED_AFTER_PATTERN,
    FINDING_VERBS,
    NEGATING_DETERMINERS,
    NOT_ALL_PATTERN,
    NOT_MILITARY_ATTACK_WORDS,
    PLACE_PREPOSITIONS,
    PROTECTED_FROM_PATTERN,
    SCHEDULED_FROM_PATTERN,
    SCHEDULED_VERB_REACH,
    SESSION_NOUNS,
    SIGN_VERBS,
    SITTING_BEFORE_PATTERN,
    SPORT_WORDS,
    SUBORDINATE_WORDS,
    SUPPORT_VERBS,
    TRIGGERS,
    Trigger,
)
from uanews.parser.events.spans import SpanSet
from uanews.parser.language import current_language, pick
from uanews.parser.morph import parse_word

__all__ = [
    "CASE_VARIANT",
    "Found",
    "Screened",
    "authority_subject",
    "decision_at",
    "find_triggers",
    "future",
    "lower_text",
    "lowered_pattern",
    "may_trigger",
    "subject_after",
]

_B = r"(?<![\w\-'’ʼ])"
_E = r"(?![\w\-])"


def _words(words: Sequence[str]) -> re.Pattern[str]:
    """Return a case-insensitive pattern of ``words`` bounded as whole words."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)
    return re.compile(rf"{_B}(?:{body}){_E}", re.IGNORECASE)


_TRIGGERS = tuple(
    (trigger, re.compile(rf"{_B}(?:{trigger.pattern}){_E}", re.IGNORECASE)) for trigger in TRIGGERS
)
_TRIGGERS_RU = tuple(
    (trigger, re.compile(rf"{_B}(?:{trigger.pattern}){_E}", re.IGNORECASE))
    for trigger in ru.TRIGGERS
)
"""The Russian triggers (`lexicon_ru.TRIGGERS`); `pick` chooses per item."""
_CASE_ESCAPES = re.compile(r"\\[A-Z]")


def lowered_pattern(source: str) -> re.Pattern[str]:
    """Return ``source`` in lower case, compiled case-sensitively, for text in lower case.

    Matching lower-case text case-sensitively is several times faster than matching it with
    ``re.IGNORECASE``, and the lowered pattern matches all that the original matches: the
    lists are lower case already, and a capital class (``(?-i:[A-Z])``) becomes its lower
    case. Named groups (``(?P<name>``, ``(?P=name)``) keep their syntax. A pattern with an
    upper-case escape (a backslash before S or W), whose meaning lowering would change, is
    refused.
    """
    if _CASE_ESCAPES.search(source):
        msg = f"pattern has an upper-case escape, which lowering would change: {source[:60]!r}"
        raise ValueError(msg)
    return re.compile(_NAMED_GROUP.sub(r"(?P\1", source.lower()))


_NAMED_GROUP = re.compile(r"\(\?p([<=])")
"""A named group's opening, lowered: ``(?p<`` must be written ``(?P<`` again."""

CASE_VARIANT = re.compile("[ıſẛﬅﬆ\u1c80-\u1c88ꙋ]")
"""Letters that ``re.IGNORECASE`` matches with another letter than their lower case (``ſ`` with
``s``): in a text with one, a lowered pattern might miss what the pattern finds."""


class Screened:
    """A case-insensitive pattern asked only whether it occurs, its lowered copy asked first.

    Most texts a rule asks about hold none of the pattern's words. Searching the text in lower
    case with the lowered copy (`lowered_pattern`, compiled on the first question) is several
    times faster than the case-insensitive search and finds all that it finds, so a miss
    there is the answer; on a hit, and on a text that lowering would change in length or
    that holds a `CASE_VARIANT` letter, the pattern itself answers. Every answer is the
    pattern's own.
    """

    __slots__ = ("_lowered", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        """Keep ``pattern`` (compiled with ``re.IGNORECASE``); nothing is compiled yet."""
        self.pattern = pattern
        self._lowered: re.Pattern[str] | bool | None = False  # False: not compiled yet

    def occurs(self, text: str) -> bool:
        """Return True if ``pattern.search(text)`` finds a match."""
        screen = self._lowered
        if screen is False:
            try:
                screen = lowered_pattern(self.pattern.pattern)
            except (ValueError, re.error):
                screen = None  # no lowered copy: the pattern answers alone
            self._lowered = screen
        if isinstance(screen, re.Pattern):
            lowered = text.lower()
            if (
                len(lowered) == len(text)
                and CASE_VARIANT.search(text) is None
                and screen.search(lowered) is None
            ):
                return False
        return self.pattern.search(text) is not None


@functools.lru_cache(maxsize=4)
def lower_text(text: str) -> str | None:
    """Return ``text`` in lower case, or None when lowering changes its length (``İ``).

    The last few texts are kept: several event rules read the same item's text.
    """
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


_ANY_SOURCE = _B + "(?:" + "|".join(f"(?:{trigger.pattern})" for trigger in TRIGGERS) + f"){_E}"
_ANY_TRIGGER = re.compile(_ANY_SOURCE, re.IGNORECASE)
_ANY_LOWER = lowered_pattern(_ANY_SOURCE)
_ANY_SOURCE_RU = (
    _B + "(?:" + "|".join(f"(?:{trigger.pattern})" for trigger in ru.TRIGGERS) + f"){_E}"
)
_ANY_TRIGGER_RU = re.compile(_ANY_SOURCE_RU, re.IGNORECASE)
_ANY_LOWER_RU = lowered_pattern(_ANY_SOURCE_RU)
"""All the triggers in one pattern: one pass rules out a sentence that reports nothing; on the
item's text in lower case it runs case-sensitively (`lowered_pattern`)."""
_DECISION_SOURCE = rf"{_B}(?:{'|'.join(map(re.escape, DECISION_STEMS))})[\w'’ʼ\-]*"
_DECISION_START = re.compile(_DECISION_SOURCE, re.IGNORECASE)
_DECISION_LOWER = lowered_pattern(_DECISION_SOURCE)
_DECISION_SOURCE_RU = rf"{_B}(?:{'|'.join(map(re.escape, ru.DECISION_STEMS))})[\w'’ʼ\-]*"
_DECISION_START_RU = re.compile(_DECISION_SOURCE_RU, re.IGNORECASE)
_DECISION_LOWER_RU = lowered_pattern(_DECISION_SOURCE_RU)
_WORD = re.compile(r"[\w'’ʼ\-]+")
_CITED = re.compile(r"«[^«»]*»")
_FUTURE_THIRD = frozenset({"futr", "3per"})
_CITED_WORDS = 5
"""Words from which a «...» is cited text rather than a name (``ФОК «Олімпія»``)."""
_SPORT = _words(SPORT_WORDS)
_DELIVERY = re.compile(DELIVERY_PATTERN, re.IGNORECASE)
_DELIVERY_RU = re.compile(ru.DELIVERY_PATTERN, re.IGNORECASE)
_SPORT_RU = _words(ru.SPORT_WORDS)
_NOT_MILITARY = _words(NOT_MILITARY_ATTACK_WORDS)
_NOT_MILITARY_RU = _words(ru.NOT_MILITARY_ATTACK_WORDS)
_PROTECTED = re.compile(rf"{_B}{PROTECTED_FROM_PATTERN}", re.IGNORECASE)
_PROTECTED_RU = re.compile(rf"{_B}{ru.PROTECTED_FROM_PATTERN}", re.IGNORECASE)
_PROTECTED_REACH = 80
_PREDICATE_TAGS = frozenset({"VERB", "PRTS"})
"""The parts of speech of a predicate: a finite verb, a short participle."""
"""How many characters before a strike word a protection word and ``від`` are looked for in."""
_STRIKE_KINDS = frozenset({EventKind.ATTACK, EventKind.INCIDENT})
_PLAN_TAGS = frozenset({"futr", "infn"})
_SCHEDULED = re.compile(SCHEDULED_FROM_PATTERN, re.IGNORECASE)
_SCHEDULED_RU = re.compile(ru.SCHEDULED_FROM_PATTERN, re.IGNORECASE)
_OPENING_MARKS = ' \t\n«"„“'
_REPORTED = re.compile(rf",\s+(?:{'|'.join(SUBORDINATE_WORDS)})(?![\w\-])", re.IGNORECASE)
_DENIED = re.compile(rf"(?<![\w\-])(?:не|{'|'.join(NEGATING_DETERMINERS)})\s+$", re.IGNORECASE)
_DENIED_AFTER = re.compile(DENIED_AFTER_PATTERN, re.IGNORECASE)
_DENIAL = re.compile(rf"(?<![\w\-]){DENIAL_PATTERN}", re.IGNORECASE)
_DENIED_RU = re.compile(
    rf"(?<![\w\-])(?:не|{'|'.join(ru.NEGATING_DETERMINERS)})\s+$", re.IGNORECASE
)
_DENIED_AFTER_RU = re.compile(ru.DENIED_AFTER_PATTERN, re.IGNORECASE)
_NOT_ALL = re.compile(NOT_ALL_PATTERN, re.IGNORECASE)
_SITTING_BEFORE = re.compile(SITTING_BEFORE_PATTERN, re.IGNORECASE)
_SITTING_BEFORE_RU = re.compile(ru.SITTING_BEFORE_PATTERN, re.IGNORECASE)
_NOT_ALL_RU = re.compile(ru.NOT_ALL_PATTERN, re.IGNORECASE)
_DENIAL_RU = re.compile(rf"(?<![\w\-]){ru.DENIAL_PATTERN}", re.IGNORECASE)
_FINDING = re.compile(
    rf"\s*,?\s*(?:{'|'.join(lexicon.FINDING_CONJUNCTIONS)})(?![\w\-])", re.IGNORECASE
)
_REPORTED_RU = re.compile(rf",\s+(?:{'|'.join(ru.SUBORDINATE_WORDS)})(?![\w\-])", re.IGNORECASE)
_FINDING_RU = re.compile(
    rf"\s*,?\s*(?:{'|'.join(ru.FINDING_CONJUNCTIONS)})(?![\w\-])", re.IGNORECASE
)
_INFINITIVE_ENDINGS = ("ти", "тися", "тись")
"""Infinitive endings: the dictionary tags some infinitives (``надавати``) as plain verbs."""
_DOCUMENT_WINDOW = 3
"""How many words after ``підписав`` may lead to the document signed."""


@frozen
class _Word:
    """A word of the original text where a match on its lower-case copy was."""

    text: str
    begin: int
    finish: int

    def group(self) -> str:
        """Return the word as written."""
        return self.text[self.begin : self.finish]

    def start(self) -> int:
        """Return where the word starts."""
        return self.begin

    def end(self) -> int:
        """Return where the word ends."""
        return self.finish


@frozen
class Found:
    """What a sentence triggers: each kind, whether explicitly, and the incident groups."""

    explicit: bool
    groups: frozenset[str] = frozenset()
    named: bool = False
    """Only weak triggers that a named participant must corroborate were found."""


def find_triggers(
    text: str, start: int, end: int, quoted: SpanSet, lowered: str | None = None
) -> dict[EventKind, Found]:
    """Return the kinds that ``text[start:end]`` triggers, outside ``quoted`` spans.

    ``lowered`` is ``text`` in lower case (`lower_text`), which makes the first test cheap.
    """
    if lowered is not None:
        if not _any_trigger(lowered, start, end, current_language()):
            return {}
    elif pick(_ANY_TRIGGER, _ANY_TRIGGER_RU).search(text, start, end) is None:
        return {}
    if pick(_DENIAL, _DENIAL_RU).search(text, start, end):
        return {}  # ``повідомлення про вибух не відповідають дійсності``: a denied report
    kinds: dict[EventKind, Found] = {}
    cited = [
        (match.start(), match.end())
        for match in _CITED.finditer(text, start, end)
        if len(match.group().split()) >= _CITED_WORDS
    ]
    screens = () if lowered is None else _lowered_triggers_of(current_language())
    for index, (trigger, pattern) in enumerate(pick(_TRIGGERS, _TRIGGERS_RU)):
        if lowered is not None and screens[index].search(lowered, start, end) is None:
            continue  # the lowered pattern matches all the original does: nothing to find
        for match in pattern.finditer(text, start, end):
            if quoted.covers(match.start()) or _denied(text, start, match, trigger.kind):
                continue  # quoted speech; ``не атакували``, ``жодного вибуху``: no event
            if not trigger.explicit and any(low <= match.start() < high for low, high in cited):
                continue  # a weak word inside a long «...» is the cited text's, not narration
            _add(kinds, trigger)
    _drop_games(kinds, text[start:end])
    return kinds


class _ItemAnswers:
    """The answers of `_any_trigger` and `_decision_words` for the latest item text."""

    def __init__(self, lowered: str) -> None:
        """Start with no answers for ``lowered``."""
        self.lowered = lowered
        self.answers: dict[tuple[int, int, str], bool] = {}
        self.decisions: dict[tuple[int, int, str], tuple[tuple[int, int], ...]] = {}


_LATEST = [_ItemAnswers("")]
"""The one item whose answers are kept (a list: a new item replaces its entry)."""


def _latest(lowered: str) -> _ItemAnswers:
    """Return the answers kept for ``lowered``, made empty for a new item text."""
    latest = _LATEST[0]
    if latest.lowered is not lowered:
        latest = _LATEST[0] = _ItemAnswers(lowered)
    return latest


def _decision_words(
    lowered: str, start: int, end: int, language: str
) -> tuple[tuple[int, int], ...]:
    """Return the spans of the words in ``lowered[start:end]`` that start like a decision verb.

    Kept for the sentences of the item being read: the event drafts and the authorities ask
    it of the same sentences.
    """
    latest = _latest(lowered)
    key = (start, end, language)
    found = latest.decisions.get(key)
    if found is None:
        pattern = _DECISION_LOWER_RU if language == "ru" else _DECISION_LOWER
        found = latest.decisions[key] = tuple(
            match.span() for match in pattern.finditer(lowered, start, end)
        )
    return found


def _any_trigger(lowered: str, start: int, end: int, language: str) -> bool:
    """Return whether any trigger of ``language`` matches ``lowered[start:end]`` (lower case).

    Kept for the sentences of the item being read: the attackers and the event drafts ask it
    of the same sentences. Only the latest item's answers are kept.
    """
    latest = _latest(lowered)
    key = (start, end, language)
    found = latest.answers.get(key)
    if found is None:
        pattern = _ANY_LOWER_RU if language == "ru" else _ANY_LOWER
        found = latest.answers[key] = pattern.search(lowered, start, end) is not None
    return found


@functools.cache
def _lowered_triggers_of(language: str) -> tuple[re.Pattern[str], ...]:
    """Return each trigger pattern of ``language`` lowered (`lowered_pattern`), in order.

    Compiled on first use: searching the lower-case text with one of them is several times
    faster than the case-insensitive pattern and rules the trigger out of a sentence.
    """
    triggers = ru.TRIGGERS if language == "ru" else TRIGGERS
    return tuple(lowered_pattern(rf"{_B}(?:{trigger.pattern}){_E}") for trigger in triggers)


def _denied(text: str, start: int, match: re.Match[str], kind: EventKind) -> bool:
    """Return whether the words around a trigger of ``kind`` deny it.

    ``не підписали``, ``вибуху не було``; a strike word that a protection guards against
    (``захист терміналу від атак безпілотників``, `_guarded_against`) tells no strike either.
    """
    return bool(
        pick(_DENIED, _DENIED_RU).search(text, start, match.start())
        or pick(_DENIED_AFTER, _DENIED_AFTER_RU).match(text, match.end())
        or (kind in _STRIKE_KINDS and _guarded_against(text, start, match))
    )


def _guarded_against(text: str, start: int, match: re.Match[str]) -> bool:
    """Return whether a strike word is what a protection guards against (`PROTECTED_FROM_PATTERN`).

    ``захист терміналу від атак безпілотників``: the attack is the complement of ``від`` after a
    word of protection, within the sentence (which starts at ``start``).
    """
    low = max(start, match.start() - _PROTECTED_REACH)
    pattern = pick(_PROTECTED, _PROTECTED_RU)
    guard = pattern.search(text, low, match.start())
    while guard is not None:
        if not any(_predicate(word) for word in guard.group("between").split()):
            return True
        guard = pattern.search(text, guard.start() + 1, match.start())
    return False


def _predicate(word: str) -> bool:
    """Return whether ``word`` reads first as a finite verb or a short participle.

    ``постраждало від удару``, ``пострадало от удара``: a predicate between a protection word and
    ``від``/``от`` makes the preposition one of cause, not of what is guarded against.
    """
    readings = _readings(word.strip("«»\"'’ʼ"))
    return bool(readings) and not _PREDICATE_TAGS.isdisjoint(
        readings[0].tag.grammemes  # type: ignore[attr-defined]
    )


def _drop_games(kinds: dict[EventKind, Found], words: str) -> None:
    """Remove from ``kinds`` the meeting of a game and the attack of a game, a hacker or a heart.

    And the visit of vehicles or goods that arrived (`DELIVERY_PATTERN`): a delivery.
    """
    if EventKind.MEETING in kinds and pick(_SPORT, _SPORT_RU).search(words):
        del kinds[EventKind.MEETING]  # ``у фіналі зустрілася з ...`` is a game
    if EventKind.VISIT in kinds and pick(_DELIVERY, _DELIVERY_RU).search(words):
        del kinds[EventKind.VISIT]  # ``В Днепр прибыли новые троллейбусы``: a delivery
    if EventKind.ATTACK in kinds and (
        pick(_SPORT, _SPORT_RU).search(words) or pick(_NOT_MILITARY, _NOT_MILITARY_RU).search(words)
    ):
        del kinds[EventKind.ATTACK]  # a hacker attack, a heart attack, an attack on goal


def _add(kinds: dict[EventKind, Found], trigger: Trigger) -> None:
    """Record ``trigger`` in ``kinds``: explicit if any trigger of its kind is, groups united."""
    before = kinds.get(trigger.kind)
    groups = frozenset() if trigger.group is None else frozenset({trigger.group})
    if before is None:
        kinds[trigger.kind] = Found(trigger.explicit, groups, trigger.named)
    else:
        kinds[trigger.kind] = Found(
            before.explicit or trigger.explicit,
            before.groups | groups,
            before.named and trigger.named,
        )


def _readings(word: str) -> tuple[object, ...]:
    """Return the morphological readings of ``word``."""
    return parse_word(word.lower())


def _is_decision_verb(word: str) -> tuple[bool, bool]:
    """Return whether ``word`` is a decision (or signing) verb, and whether it is ambiguous.

    Ambiguous: a decision verb that before ``що`` reports a finding (``встановив, що``); a
    signing verb, which decides only when a decision document follows.
    """
    for parse in _readings(word):
        grammemes = parse.tag.grammemes  # type: ignore[attr-defined]
        if (
            "VERB" not in grammemes
            or not _PLAN_TAGS.isdisjoint(grammemes)
            or word.lower().endswith(_INFINITIVE_ENDINGS)
        ):
            continue
        lemma = parse.normal_form  # type: ignore[attr-defined]
        if lemma in pick(DECISION_VERBS, ru.DECISION_VERBS):
            return True, lemma in pick(FINDING_VERBS, ru.FINDING_VERBS)
        if lemma in pick(SIGN_VERBS, ru.SIGN_VERBS):
            return False, True
    return False, False


def _is_support_verb(word: str) -> bool:
    """Return whether ``word`` is a support verb (`SUPPORT_VERBS`) in a past or present form."""
    for parse in _readings(word):
        grammemes = parse.tag.grammemes  # type: ignore[attr-defined]
        if (
            "VERB" in grammemes
            and _PLAN_TAGS.isdisjoint(grammemes)
            and not word.lower().endswith(_INFINITIVE_ENDINGS)
            and parse.normal_form in pick(SUPPORT_VERBS, ru.SUPPORT_VERBS)  # type: ignore[attr-defined]
        ):
            return True
    return False


def _acts_on(text: str, start: int, end: int) -> bool:
    """Return whether an action noun or a decision object follows in ``text[start:end]``.

    A support verb decides what its object names: an action (``поддержал переименование``,
    ``підтримали виділення коштів``, `ACTION_NOUN_ENDINGS`) or a decision (``поддержали
    решение``, `DECISION_OBJECTS`).
    """
    endings = pick(ACTION_NOUN_ENDINGS, ru.ACTION_NOUN_ENDINGS)
    objects = pick(DECISION_OBJECTS, ru.DECISION_OBJECTS)
    for index, match in enumerate(_WORD.finditer(text, start, end)):
        if index >= DECISION_OBJECT_WINDOW:
            return False
        for parse in _readings(match.group()):
            lemma = parse.normal_form  # type: ignore[attr-defined]
            if "NOUN" in parse.tag.grammemes and (  # type: ignore[attr-defined]
                lemma.endswith(endings) or lemma in objects
            ):
                return True
    return False


def _present_only(word: str) -> bool:
    """Return whether every verb reading of ``word`` is in the present tense."""
    verbs = [p for p in _readings(word) if "VERB" in p.tag.grammemes]  # type: ignore[attr-defined]
    return bool(verbs) and all("pres" in p.tag.grammemes for p in verbs)  # type: ignore[attr-defined]


def authority_subject(words: Sequence[str], index: int) -> bool:
    """Return whether ``words[index]`` is an authority noun that can be the subject.

    Not after a preposition (``на сесії``), and not a genitive right after a noun, whose
    complement it is (``рішення ради``), unless that noun is a sitting of the body
    (``на засіданні комісії ухвалили``: the commission decided).
    """
    if not _is_authority(words[index]):
        return False
    if index == 0:
        return True
    before = words[index - 1]
    if before.lower() in pick(SESSION_NOUNS, ru.SESSION_NOUNS):
        return True  # ``на засіданні комісії ухвалили``: the body whose sitting it was
    if _is_preposition(before):
        return False
    return not (_is_noun(before) and _has_genitive(words[index]))


def _is_noun(word: str) -> bool:
    """Return whether every reading of ``word`` is a noun."""
    readings = _readings(word)
    return bool(readings) and all("NOUN" in p.tag.grammemes for p in readings)  # type: ignore[attr-defined]


def _has_genitive(word: str) -> bool:
    """Return whether ``word`` can be a genitive."""
    return any(p.tag.case == "gent" for p in _readings(word))  # type: ignore[attr-defined]


def _is_preposition(word: str) -> bool:
    """Return whether ``word`` is a preposition: the noun after it is no subject."""
    return any("PREP" in p.tag.grammemes for p in _readings(word))  # type: ignore[attr-defined]


def _is_authority(word: str) -> bool:
    """Return whether ``word`` can be an authority noun in the nominative."""
    return any(
        "NOUN" in parse.tag  # type: ignore[attr-defined]
        and parse.tag.case in {"nomn", None}  # type: ignore[attr-defined]
        and parse.normal_form in pick(AUTHORITY_NOUNS, ru.AUTHORITY_NOUNS)  # type: ignore[attr-defined]
        for parse in _readings(word)
    ) or word.lower() in pick(AUTHORITY_NOUNS, ru.AUTHORITY_NOUNS)


def _broad(word: str) -> bool:
    """Return whether ``word`` is a broad decision verb (``надав``, ``встановила``)."""
    return any(
        parse.normal_form in pick(BROAD_DECISION_VERBS, ru.BROAD_DECISION_VERBS)  # type: ignore[attr-defined]
        for parse in _readings(word)
    )


def _decides(text: str, start: int, end: int) -> bool:
    """Return whether a decision object (``дозвіл``, ``ставки``) follows in ``text[start:end]``."""
    for index, match in enumerate(_WORD.finditer(text, start, end)):
        if index >= DECISION_OBJECT_WINDOW:
            return False
        if any(
            parse.normal_form in pick(DECISION_OBJECTS, ru.DECISION_OBJECTS)  # type: ignore[attr-defined]
            for parse in _readings(match.group())
        ):
            return True
    return False


def _signs_document(text: str, start: int, end: int) -> bool:
    """Return whether a decision document (``указ``) follows in ``text[start:end]``."""
    for index, match in enumerate(_WORD.finditer(text, start, end)):
        if index >= _DOCUMENT_WINDOW:
            return False
        if any(
            parse.normal_form in pick(DECISION_DOCUMENTS, ru.DECISION_DOCUMENTS)  # type: ignore[attr-defined]
            for parse in _readings(match.group())
        ):
            return True
    return False


def decision_at(
    text: str,
    span: tuple[int, int],
    organizations: SpanSet,
    *,
    dated: Callable[[], bool],
    lowered: str | None = None,
) -> int | None:
    """Return where a decision verb with an authority before it stands in ``span`` of ``text``.

    ``organizations`` are the spans of organisation mentions: one ending before the verb may be
    its subject too (``НКРЕКП затвердило``). Whoever signs a decision document decides
    (``Голова облради підписала рішення``). Not decisions: a verb in a reported clause (``X
    повідомив, що питання вирішили``), a denied one (``не ухвалили``), one that introduces a
    finding (``суд встановив, що ...``), one after a subject that not all of the body make
    (``Не всі депутати підтримали ...``, `NOT_ALL_PATTERN`: a split), and a present tense in a
    sentence with no date (``Міськрада встановлює пільги``: a habit; a dated present is a
    chronicle's). ``dated``
    says whether the sentence has a date; it is asked only when that matters.
    """
    start, end = span
    starts = (
        pick(_DECISION_START, _DECISION_START_RU).finditer(text, start, end)
        if lowered is None
        else (
            _Word(text, begin, finish)
            for begin, finish in _decision_words(lowered, start, end, current_language())
        )
    )
    for match in starts:
        verb, ambiguous = _is_decision_verb(match.group())
        signing = not verb and ambiguous
        support = not (verb or ambiguous) and _is_support_verb(match.group())
        if support:
            verb = _acts_on(text, match.end(), end)  # ``поддержал переименование``
        if not (verb or (signing and _signs_document(text, match.end(), end))):
            continue
        if (
            verb
            and _broad(match.group())
            and not _decides(text, match.end(), end)
            and not _decided_before(text, start, match.start())
        ):
            continue  # ``надало допомогу``, ``встановила особу``: nothing decided
        if (
            # (``Отметим, что исполком утвердил ...``: the writer's aside is no one's speech)
            pick(_REPORTED, _REPORTED_RU).search(text, after_aside(text, start, end), match.start())
            or pick(_DENIED, _DENIED_RU).search(text, start, match.start())
            or pick(_NOT_ALL, _NOT_ALL_RU).search(text, start, match.start())
            or (verb and ambiguous and pick(_FINDING, _FINDING_RU).match(text, match.end(), end))
            or (_present_only(match.group()) and not dated())
        ):
            continue
        if signing or (not support and organizations.within(start, match.start())):
            return match.start()  # whoever signs a decree or a decision decides
        # Support decides only from an authority (``горсовет поддержал переименование``), not
        # from any organisation (``артиллерия ВСУ поддержала наступление``).
        words = [word.group() for word in _WORD.finditer(text, start, match.start())]
        if any(authority_subject(words, index) for index in range(len(words))):
            return match.start()
        if _subject_after(text, match.end(), end, organizations) is not None:
            return match.start()
        if _plural_only(match.group()) and (
            _body_after(text, match.end(), end, organizations)
            # ``Также на заседании освободили ...``: what the sitting decided
            or pick(_SITTING_BEFORE, _SITTING_BEFORE_RU).search(text, start, match.start())
        ):
            return match.start()
    return None


def _plural_only(word: str) -> bool:
    """Return whether every verb reading of ``word`` is plural (``приняли``, ``ухвалили``)."""
    verbs = [p for p in _readings(word) if "VERB" in p.tag.grammemes]  # type: ignore[attr-defined]
    return bool(verbs) and all(p.tag.number == "plur" for p in verbs)  # type: ignore[attr-defined]


def _body_after(text: str, start: int, end: int, organizations: SpanSet) -> bool:
    """Return whether an organisation the item names follows the verb after ``в``/``у``.

    A plural verb with no subject is impersonal, and ``в`` + a body names who decided:
    ``Такое решение приняли в Одесской ОВА``, ``Рішення ухвалили в міськраді``.
    """
    words = _WORD.finditer(text, start, end)
    first, second = next(words, None), next(words, None)
    if first is None or second is None or text[start : first.start()].strip(" \t\n"):
        return False
    prepositions = pick(PLACE_PREPOSITIONS, ru.PLACE_PREPOSITIONS)
    return first.group().lower() in prepositions and organizations.covers(second.start())


def _decided_before(text: str, start: int, end: int) -> bool:
    """Return whether the object a broad verb decides stands before it (``Такое решение принял``).

    Only the last words before the verb count: the object that opens an inverted sentence.
    """
    words = list(_WORD.finditer(text, start, end))[-DECISION_OBJECT_WINDOW:]
    return any(
        parse.normal_form in pick(DECISION_OBJECTS, ru.DECISION_OBJECTS)  # type: ignore[attr-defined]
        for word in words
        for parse in _readings(word.group())
    )


def subject_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the authority noun that follows a decision verb as its subject, or None.

    Russian and Ukrainian put the subject after the verb when the sentence opens with what was
    decided (``Такое решение принял исполком``, ``Відповідну постанову ухвалив Кабмін``): the
    first noun after the verb, past its adjectives in the nominative (``приняли депутаты
    горсовета``, ``ухвалила Київська міська рада``), is then an authority in the nominative.
    ``start``..``end`` is the text after the verb, up to the sentence's end.
    """
    for index, word in enumerate(_WORD.finditer(text, start, end)):
        if index > _SUBJECT_AFTER_REACH or text[start : word.start()].strip(" \t\n"):
            return None  # too far, or punctuation first: not the verb's own subject
        if _is_authority(word.group()) and _nominative_noun(word.group()):
            return word
        if not _is_nominative_adjective(word.group()):
            return None
        start = word.end()
    return None


def _subject_after(text: str, start: int, end: int, organizations: SpanSet) -> re.Match[str] | None:
    """Return the word after a decision verb that starts its subject, or None.

    An organisation the item names right after the verb (``ухвалила Київська міська рада``), or
    an authority noun (`subject_after`).
    """
    first = next(_WORD.finditer(text, start, end), None)
    if first is None or text[start : first.start()].strip(" \t\n"):
        return None
    if organizations.covers(first.start()):
        return first
    return subject_after(text, start, end)


_SUBJECT_AFTER_REACH = 2
"""How many adjectives may stand between a decision verb and the authority after it."""


def _nominative_noun(word: str) -> bool:
    """Return whether ``word`` has a noun reading in the nominative."""
    return any(
        "NOUN" in p.tag.grammemes and p.tag.case == "nomn"  # type: ignore[attr-defined]
        for p in _readings(word)
    )


def _is_nominative_adjective(word: str) -> bool:
    """Return whether ``word`` has an adjective reading in the nominative (``Киевская``)."""
    return any(
        "ADJF" in p.tag.grammemes and p.tag.case == "nomn"  # type: ignore[attr-defined]
        for p in _readings(word)
    )


def future(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` has a verb in the future (``пройде``, ``матиме``).

    Only the third person counts: a first person plural (``нагадаємо``, ``додамо``) is the
    writer's aside, not a plan.
    """
    for match in _WORD.finditer(text, start, end):
        readings = parse_word(match.group().lower())
        if readings and all(p.tag.grammemes >= _FUTURE_THIRD for p in readings):
            return True
    return False


def _kind_patterns(triggers: Sequence[Trigger]) -> dict[EventKind, re.Pattern[str]]:
    """Return, per kind, all its triggers in one pattern for text in lower case."""
    sources: dict[EventKind, list[str]] = {}
    for trigger in triggers:
        sources.setdefault(trigger.kind, []).append(f"(?:{trigger.pattern})")
    return {
        kind: lowered_pattern(_B + "(?:" + "|".join(parts) + f"){_E}")
        for kind, parts in sources.items()
    }


@functools.cache
def _kind_patterns_of(language: str) -> dict[EventKind, re.Pattern[str]]:
    """Return `_kind_patterns` of ``language``'s triggers, compiled on first use."""
    return _kind_patterns(ru.TRIGGERS if language == "ru" else TRIGGERS)


def may_trigger(kind: EventKind, start: int, end: int, lowered: str | None) -> bool:
    """Return False if `find_triggers` cannot find ``kind`` in ``start``..``end``.

    ``lowered`` is the item's text in lower case (`lower_text`); when it is None nothing is
    ruled out. A kind is found only where one of its own patterns matches, so one pass of
    those patterns alone rules a sentence out (a rule that asks about one kind, such as the
    attackers', skips the other kinds' patterns).
    """
    if lowered is None:
        return True
    if not _any_trigger(lowered, start, end, current_language()):
        return False  # a kind's pattern matches only where that of all the triggers does
    pattern = _kind_patterns_of(current_language()).get(kind)
    return pattern is not None and pattern.search(lowered, start, end) is not None


def scheduled_at(text: str, span: tuple[int, int], organizations: SpanSet) -> int | None:
    """Return where a change an organisation schedules from a day stands in ``span``, or None.

    ``АТ «Енергозбут» з 1 грудня запускає ...``, ``Університет з 15 грудня переводить ...``:
    the sentence opens with an organisation (its subject), and within `SCHEDULED_VERB_REACH`
    words after the day it takes effect from (`SCHEDULED_FROM_PATTERN`) comes a finite verb in
    the present or future: the organisation announces what it does from then on. A day
    without an organisation first (``З 1 грудня в місті діє ...``) or with no finite verb
    after it (``з 1 грудня до 10 січня``) is no announcement.
    """
    start, end = span
    first = start
    while first < end and text[first] in _OPENING_MARKS:
        first += 1
    if not organizations.covers(first):
        return None
    day = pick(_SCHEDULED, _SCHEDULED_RU).search(text, start, end)
    if day is None:
        return None
    for index, word in enumerate(_WORD.finditer(text, day.end(), end)):
        if index >= SCHEDULED_VERB_REACH:
            break
        if _finite_present_or_future(word.group()):
            return word.start()
    return None


def _finite_present_or_future(word: str) -> bool:
    """Return whether a reading of ``word`` is a finite verb in the present or the future."""
    for parse in _readings(word):
        grammemes = parse.tag.grammemes  # type: ignore[attr-defined]
        if (
            "VERB" in grammemes
            and "infn" not in grammemes
            and not {"pres", "futr"}.isdisjoint(grammemes)
        ):
            return True
    return False
