"""Speech cues in the body: which words say that someone speaks, and where they stand.

A cue is a form of a speech verb (``сказав``, ``повідомляється``), a speech noun
(``відповідь``) or a source phrase (``за словами``); the word lists live in `speech`.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence

from uanews.model import Span
from uanews.parser.document import SENTENCE_SCREENS, Screen
from uanews.parser.language import language_cache, pick
from uanews.parser.morph import parse_word, word_form
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.lexicon import (
    ADDRESS_LEMMAS,
    ADDRESS_PREPOSITIONS,
    ADDRESS_SUBJECTS,
    FINDING_LEMMAS,
    INVESTIGATOR_NOUNS,
    SOURCE_NOUNS,
    SOURCE_PREPOSITIONS,
    SOURCE_PRONOUNS,
    SOURCE_QUALIFIER_ENDINGS,
    SPEECH_NOUNS,
)
from uanews.parser.quotes.speaker_grammar import lemmas, masculine
from uanews.parser.quotes.speech import SPEECH_CUES, is_speech_form
from uanews.parser.quotes.text import CLOSING_MARKS, DASHES, STOPS, word_forms, words

__all__ = [
    "FINDING_SUBJECT_WORDS",
    "MAX_CUE_WORDS",
    "SOURCE",
    "SOURCE_RU",
    "SPEECH_NOUN_CUES",
    "attribution_cue",
    "finding_cues",
    "finding_object",
    "first_cue",
    "investigators_after",
    "is_finding",
    "is_finite_verb",
    "is_speech_noun",
    "last_cue",
    "last_source",
    "source_pattern",
]

MAX_CUE_WORDS = 5
"""How many words after a quote a cue may stand at (``», - розповів ...``)."""

SOURCE = re.compile(
    rf"(?<![^\W\d_])(?P<phrase>(?:{'|'.join(SOURCE_PREPOSITIONS)})\s+"
    rf"(?:(?P<pronoun>{'|'.join(SOURCE_PRONOUNS)})\s+)?"
    rf"(?:(?P<qualifier>[^\W\d_]{{2,}}(?:{'|'.join(SOURCE_QUALIFIER_ENDINGS)}))\s+)?"
    rf"(?:{'|'.join(SOURCE_NOUNS)}))(?![^\W\d_])",
    re.IGNORECASE,
)
"""A source phrase: ``за словами``, ``на його думку``, ``зі слів``, ``за попередніми даними``."""

SOURCE_RU = re.compile(
    rf"(?<![^\W\d_])(?P<phrase>(?:{'|'.join(ru.SOURCE_PREPOSITIONS)})\s+"
    rf"(?:(?P<pronoun>{'|'.join(ru.SOURCE_PRONOUNS)})\s+)?"
    rf"(?:(?P<qualifier>[^\W\d_]{{2,}}(?:{'|'.join(ru.SOURCE_QUALIFIER_ENDINGS)}))\s+)?"
    rf"(?:{'|'.join(ru.SOURCE_NOUNS)}))(?![^\W\d_])",
    re.IGNORECASE,
)
"""The Russian source phrase: ``по словам``, ``по его мнению``, ``со слов``."""


def source_pattern() -> re.Pattern[str]:
    """Return the source-phrase pattern of the current language (`SOURCE` or `SOURCE_RU`)."""
    return pick(SOURCE, SOURCE_RU)


# A verb reading less likely than this (pymorphy3 score) does not make a word a verb.
_VERB_SCORE = 0.2
_NON_FINITE = frozenset({"infn", "INFN"})
_PREDICATES = frozenset({"VERB", "PRTS", "PRED"})
"""The parts of speech that can be a clause's predicate."""


@language_cache()
def is_speech_noun(word: str) -> bool:
    """Return True if ``word`` is a form of a noun that announces words (``повідомлення``)."""
    return not pick(SPEECH_NOUNS, ru.SPEECH_NOUNS).isdisjoint(word_form(word.lower()).lemmas)


SPEECH_NOUN_CUES = Screen(is_speech_noun, family=SENTENCE_SCREENS)
"""`is_speech_noun` put to all the words of a sentence at once."""


@language_cache()
def is_finite_verb(word: str) -> bool:
    """Return True if the dictionary reads ``word`` as a finite verb (or a predicative).

    A Russian short passive participle is a clause's predicate as well (``Водоснабжение
    восстановлено``, ``повреждены дома``), as the Ukrainian ``-но`` form is (``відновлено``),
    and so is a predicative (``Пострадавших нет``, ``нужно``: pymorphy3's ``PRED``).
    """
    for parse in parse_word(word.lower()):
        grammemes = set(parse.tag.grammemes)
        if parse.score < _VERB_SCORE or grammemes & _NON_FINITE:
            continue
        if not grammemes.isdisjoint(_PREDICATES):
            return True
    return False


def first_cue(text: str, start: int, end: int, limit: int = MAX_CUE_WORDS) -> Span | None:
    """Return the first speech-cue word among the first ``limit`` words of ``text[start:end]``."""
    for word, word_start, word_end in words(text, start, end)[:limit]:
        if is_speech_form(word):
            return Span(word_start, word_end)
    return None


def attribution_cue(text: str, start: int, end: int) -> Span | None:
    """Return the cue of a dash attribution after quoted words, or None.

    A speech cue among the first words (`first_cue`), or a verb of addressing that opens the
    attribution with its addressee after it (``», — обратился к жителям X``, ``», – звернувся
    до громади X``, ``», – звернувся він до містян``) or its subject (``», – звернувся
    заступник начальника ОВА X``): set off after the words by a dash, addressing someone is
    saying them.
    """
    found = first_cue(text, start, end)
    if found is not None:
        return found
    opening = [word.lower() for word, _start, _end in words(text, start, end)[:3]]
    if len(opening) > 2 and opening[1] in pick(ADDRESS_SUBJECTS, ru.ADDRESS_SUBJECTS):
        del opening[1]  # ``звернувся він до містян``: the subject pronoun after the verb
    found_words = words(text, start, end)
    if (
        len(opening) < 2
        or not _set_off(text, start)
        or not (
            opening[1] in pick(ADDRESS_PREPOSITIONS, ru.ADDRESS_PREPOSITIONS)
            or _subject_word(found_words[1][0])
        )
    ):
        return None
    word, word_start, word_end = found_words[0]
    return Span(word_start, word_end) if _addresses(word) else None


@language_cache()
def _subject_word(word: str) -> bool:
    """Return True if ``word`` can open the subject after an inverted verb (``звернувся X``).

    A capitalised word (the name) or an animate noun in the nominative (``заступник``): the
    verb of addressing then has its speaker after it, as a speech verb does
    (``», – звернувся заступник начальника ОВА X``), with no addressee named.
    """
    if word[:1].isupper():
        return True
    return any(
        "NOUN" in parse.tag and "anim" in parse.tag and "nomn" in parse.tag
        for parse in parse_word(word.lower())
    )


def _set_off(text: str, start: int) -> bool:
    """Return True if the dash before ``start`` follows a comma or the words' own stop.

    A dash attribution of direct speech is set off by a comma (``», — обратился``) or by the
    quoted words' final ``!``/``?`` (``?» — звернувся``); a bare dash after a term in marks
    (``назвали тариф «грабительским» — обратились к адвокату``) joins a second predicate, and
    the verb of addressing there means turning to someone for help, not saying the words.
    """
    before = text[max(0, start - _SET_OFF_REACH) : start].rstrip(" \t")
    if not before or before[-1] not in DASHES:
        return False
    before = before[:-1].rstrip(" \t")
    if before.endswith((",", *STOPS)):
        return True
    return len(before) > 1 and before[-1] in CLOSING_MARKS and before[-2] in STOPS


_SET_OFF_REACH = 8
"""How far (code points) before an attribution its dash and the punctuation before it stand."""


@language_cache()
def _addresses(word: str) -> bool:
    """Return True if ``word`` is a finite form of a verb of addressing (`ADDRESS_LEMMAS`)."""
    verbs = pick(ADDRESS_LEMMAS, ru.ADDRESS_LEMMAS)
    return any(
        parse.normal_form in verbs and "VERB" in parse.tag and "impr" not in parse.tag
        for parse in parse_word(word.lower())
    )


def last_cue(text: str, start: int, end: int, *, nouns: bool = False) -> Span | None:
    """Return the last speech-cue word in ``text[start:end]`` (speech nouns too if asked)."""
    found = words(text, start, end)
    present = word_forms(text, start, end)
    cues = SPEECH_CUES.passing(present)
    if nouns:
        cues = cues | SPEECH_NOUN_CUES.passing(present)
    if not cues:
        return None
    for word, word_start, word_end in reversed(found):
        if word in cues:
            return Span(word_start, word_end)
    return None


def last_source(text: str, start: int, end: int) -> Span | None:
    """Return the last ``за словами``-like phrase in ``text[start:end]``."""
    found: Span | None = None
    for match in source_pattern().finditer(text, start, end):
        found = Span(match.start("phrase"), match.end("phrase"))
    return found


@language_cache()
def is_finding(word: str) -> bool:
    """Return True if ``word`` is a finite form of a verb of `lexicon.FINDING_LEMMAS`.

    Such a verb is a cue only with an investigator for subject (`finding_cues`,
    `investigators_after`).
    """
    # The lemmas first: the record's lemma set is every reading's ``normal_form``, and the
    # verb test, which walks the readings, is left for the few forms of a finding verb (the
    # screen asks this of every new form of a sentence).
    findings = pick(FINDING_LEMMAS, ru.FINDING_LEMMAS)
    return not findings.isdisjoint(word_form(word.lower()).lemmas) and is_finite_verb(word)


FINDING_VERBS = Screen(is_finding)
"""The finding verbs among a sentence's forms (`finding_cues`): asked once a form, not a word."""
_FORM_OF = operator.itemgetter(0)
"""A word's form (a C function)."""


@language_cache()
def _investigator(word: str) -> bool:
    """Return True if ``word`` is a noun of `lexicon.INVESTIGATOR_NOUNS` (any gender).

    An acronym counts as itself in lower case too: the dictionary may read one as another
    word's form (Russian ``НАБУ`` as ``наб``).
    """
    investigators = pick(INVESTIGATOR_NOUNS, ru.INVESTIGATOR_NOUNS)
    found = lemmas(word) | ({word.lower()} if word.isupper() else set())
    return bool((found | {masculine(lemma) for lemma in found}) & investigators)


def investigators_after(text: str, start: int, end: int) -> bool:
    """Return True if an investigator's noun opens the words from ``start`` to ``end``.

    ``Як встановили прокурори області,``: the subject after the cue, at most
    `FINDING_SUBJECT_WORDS` words in.
    """
    found = words(text, start, end if end >= 0 else start)
    return any(_investigator(word) for word, _s, _e in found[:FINDING_SUBJECT_WORDS])


def finding_cues(found: Sequence[tuple[str, int, int]]) -> frozenset[str]:
    """Return the forms of finding verbs in ``found`` whose subject is an investigator.

    ``Слідчі встановили, що ...``, ``Як встановило слідство, ...``: an investigator's noun
    stands at most `FINDING_SUBJECT_WORDS` words before or after the verb.
    """
    hits: set[str] = set()
    verbs = FINDING_VERBS.passing(frozenset(map(_FORM_OF, found)))
    if not verbs:
        return frozenset(hits)
    for index, (word, _start, _end) in enumerate(found):
        if word not in verbs:
            continue
        near = [
            *found[max(0, index - FINDING_SUBJECT_WORDS) : index],
            *found[index + 1 : index + 1 + FINDING_SUBJECT_WORDS],
        ]
        if any(_investigator(other) for other, _s, _e in near):
            hits.add(word)
    return frozenset(hits)


def finding_object(text: str, start: int, end: int) -> bool:
    """Return True if ``text[start:end]``, after a finding verb, holds the verb's object.

    ``встановили особу чоловіка, що загинув``, ``встановили на трасі камери, що фіксують``:
    ``встановити`` is also *to install*, and ``що`` also a relative pronoun; a noun the verb
    takes in the accusative between it and the clause makes the clause a relative one on that
    noun, not what was found. An investigator (the subject after the verb) is no object, nor
    is a noun a person can be the subject of (``працівники``, nominative like an accusative),
    nor a genitive completing the noun before it (``на місці події``).
    """
    found = words(text, start, end)
    for index, (word, _start, _end) in enumerate(found):
        if _investigator(word) or not _accusative_noun(word):
            continue
        if index > 0 and _noun(found[index - 1][0]) and _genitive_noun(word):
            continue
        return True
    return False


@language_cache()
def _accusative_noun(word: str) -> bool:
    """Return True if ``word`` can be a noun in the accusative that is no person's nominative."""
    parses = [parse for parse in parse_word(word.lower()) if "NOUN" in parse.tag]
    person = any("anim" in parse.tag and parse.tag.case == "nomn" for parse in parses)
    return not person and any(parse.tag.case == "accs" for parse in parses)


@language_cache()
def _genitive_noun(word: str) -> bool:
    """Return True if ``word`` can be a noun in the genitive (``події``)."""
    return any(
        "NOUN" in parse.tag and parse.tag.case == "gent" for parse in parse_word(word.lower())
    )


@language_cache()
def _noun(word: str) -> bool:
    """Return True if ``word`` can be a noun (``місці``)."""
    return any("NOUN" in parse.tag for parse in parse_word(word.lower()))


FINDING_SUBJECT_WORDS = 4
"""How far an investigator's noun may stand from its finding verb (``прокурори обласної
прокуратури``)."""
