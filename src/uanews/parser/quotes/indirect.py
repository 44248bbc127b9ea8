"""Indirect speech: sentences that report what someone said without quoting it.

`RULES` run on every sentence in order, most reliable first; each yields the reports it finds:

1. `source_phrase`: ``За словами X, ...``, ``На його думку, ...``;
2. `as_cue`: ``Як зазначив X, ...``, ``Як повідомлялося, ...``;
3. `particle`: ``..., мовляв, ...``;
4. `that_clause`: ``X зазначив, що ...``, ``X стверджує: ...``;
5. `trailing`: ``..., - повідомили у X``, ``..., пише X`` report the words before.

A back-reference (``Про це повідомив X.``) makes no quote of the sentence before it: under the
annotation guidelines that sentence is the reporter's narration, not reported speech.
`back_reference` yields it as a silent candidate: it says who speaks in the quotes after it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence

from uanews.model import QuoteKind, Span
from uanews.parser.document import SENTENCE_SCREENS, Screen
from uanews.parser.language import language_cache, pick, reading_at
from uanews.parser.morph import parse_word
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.candidate import Candidate
from uanews.parser.quotes.cues import (
    SPEECH_NOUN_CUES,
    finding_cues,
    finding_object,
    first_cue,
    investigators_after,
    is_finding,
    is_finite_verb,
    last_cue,
    source_pattern,
)
from uanews.parser.quotes.lexicon import (
    ANAPHORIC_OPENERS,
    AS_WORDS,
    ATTRIBUTION_BREAKS,
    CHANNEL_PREPOSITIONS,
    CLAUSE_GAP_PREPOSITIONS,
    LINKING_PHRASES,
    NEGATIONS,
    OPENING_SOURCE_NOUNS,
    OPINION_NOUNS,
    PRONOUN_GENDERS,
    REASON_CLAUSE,
    REASON_LEMMAS,
    RELATIVES,
    REPORTING_PARTICLES,
    SECOND_PREDICATE_OPENERS,
    SUBORDINATORS,
    TOPIC_CLAUSE,
    TOPIC_PREPOSITIONS,
)
from uanews.parser.quotes.speaker_grammar import is_preposition, is_relative, lemmas
from uanews.parser.quotes.speech import SPEECH_CUES, SPEECH_GERUNDS, is_speech_form
from uanews.parser.quotes.text import (
    CLOSING_MARKS,
    DASHES,
    OPENING_MARKS,
    STOPS,
    strip,
    word_forms,
    words,
)

__all__ = [
    "RULES",
    "Rule",
    "as_cue",
    "back_reference",
    "gerund",
    "indirect",
    "particle",
    "source_phrase",
    "that_clause",
    "trailing",
]

Rule = Callable[[str, Span, Span | None], Iterator[Candidate]]
"""A rule: the body, a sentence and the sentence before in, the reports it finds out."""

_OPTIONAL_COMMA = re.compile(r"\s*,?\s*")
# Right before a cue, these make it no report (``не пояснюється``, ``тих, хто вважає``).
_NOT_REPORTING = NEGATIONS | RELATIVES
_CONTENT_TRIM = " ,;:" + STOPS
# A trailing cue reports a clause: a predicate and at least one other word (``Пострадавших
# нет, написал X``, ``Постраждалих немає, повідомив X``).
_MIN_REPORTED_WORDS = 2
# A source phrase without a comma names its source in at most this many words.
_MAX_SOURCE_WORDS = 6


def _alternation(words: tuple[str, ...]) -> str:
    """Return a regex alternation of ``words``, longest first, spaces matching any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


def _topic(prepositions: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a topic preposition after a cue (``розповів про``)."""
    return re.compile(rf"\s+(?:{_alternation(prepositions)})(?![^\W\d_])", re.IGNORECASE)


def _as_cue(words: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of ``Як зазначив X, ...``: the word ``як``, the cue, a second word."""
    return re.compile(
        rf"(?<![^\W\d_])(?:{_alternation(words)})\s+(?P<cue>[^\W\d_]+)"
        r"(?:\s+(?P<second>[^\W\d_]+))?(?=[\s,])",
        re.IGNORECASE,
    )


# ``рассказал «Суспильному», что``: an outlet addressed by its name in marks.
_QUOTED_ADDRESSEE = r"[«„“\"][^\W\d_][^«»„“”\"\n,.:;!?]{0,40}[»“”\"]"


def _that(
    clause: str,
    channels: tuple[str, ...],
    gaps: tuple[str, ...],
    subordinators: tuple[str, ...],
) -> re.Pattern[str]:
    """Return the pattern between a cue and its reported clause (``, що``, ``:``, a dash).

    Up to two words (an addressee: ``попереджав Кремль, що``, or a name in marks:
    ``рассказал «Суспильному», что``) may stand between cue and clause, but none of the
    ``gaps`` prepositions; the topic ``clause`` (``йдеться про те,
    що``) announces the clause as its topic; a ``channels`` preposition opens where it was
    said (``написав у Telegram``, ``заявив на брифінгу``, ``наголосив на тому``).
    """
    return re.compile(
        rf"(?P<topic>\s+{_alternation((clause,))}(?=\s*,))?"
        rf"(?P<channel>\s+(?:{_alternation(channels)})\s+[^\s,.:;!?«»]+"
        r"(?:\s+[^\s,.:;!?«»]+){0,2}?(?=\s*,))?"
        rf"(?:\s+(?:{_QUOTED_ADDRESSEE}|(?!(?:{_alternation(gaps)})\s)[^\s,.:;!?«»]+)){{0,2}}?"
        rf"\s*(?:,\s*(?:{_alternation(subordinators)})(?![^\W\d_])|:|(?P<dash>[{DASHES}])(?=\s))\s*",
        re.IGNORECASE,
    )


def _reason(word: str, subordinators: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of an object, ``word`` and a comma before a reason's clause.

    ``объяснил решение тем, что ...``, ``пояснив це тим, що ...``: up to
    `_REASON_OBJECT_WORDS` words (the thing explained) stand between the cue and ``word``.
    The never-matching ``channel`` group keeps the groups of `_that`.
    """
    return re.compile(
        rf"(?P<channel>(?!))?(?:\s+[^\W\d_]+){{0,{_REASON_OBJECT_WORDS}}}?"
        rf"\s+{re.escape(word)}\s*,\s*(?:{_alternation(subordinators)})(?![^\W\d_])\s*",
        re.IGNORECASE,
    )


# ``объяснил повышение тарифа тем, что``: how many words the thing explained may take.
_REASON_OBJECT_WORDS = 3


def _breaks(conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a comma and one of ``conjunctions`` as a whole word (``, а``)."""
    return re.compile(rf",\s*(?:{_alternation(conjunctions)})(?![\w\-])", re.IGNORECASE)


def _as_head(words: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of the first words of ``words``: where none is, `_as_cue` cannot match."""
    return re.compile("|".join(re.escape(word.split()[0]) for word in words), re.IGNORECASE)


# The same patterns over each language's lexicon; `pick` chooses per item.
_AS_HEAD = _as_head(AS_WORDS)
_AS_HEAD_RU = _as_head(ru.AS_WORDS)
_TOPIC = _topic(TOPIC_PREPOSITIONS)
_TOPIC_RU = _topic(ru.TOPIC_PREPOSITIONS)
_AS_CUE = _as_cue(AS_WORDS)
_AS_CUE_RU = _as_cue(ru.AS_WORDS)
_THAT = _that(TOPIC_CLAUSE, CHANNEL_PREPOSITIONS, CLAUSE_GAP_PREPOSITIONS, SUBORDINATORS)
_THAT_RU = _that(
    ru.TOPIC_CLAUSE, ru.CHANNEL_PREPOSITIONS, ru.CLAUSE_GAP_PREPOSITIONS, ru.SUBORDINATORS
)
_NOT_REPORTING_RU = ru.NEGATIONS | ru.RELATIVES
_REASON = _reason(REASON_CLAUSE, SUBORDINATORS)
_REASON_RU = _reason(ru.REASON_CLAUSE, ru.SUBORDINATORS)
_BREAK = _breaks(ATTRIBUTION_BREAKS)
_BREAK_RU = _breaks(ru.ATTRIBUTION_BREAKS)
_SECOND_PREDICATE = _breaks(SECOND_PREDICATE_OPENERS)
_SECOND_PREDICATE_RU = _breaks(ru.SECOND_PREDICATE_OPENERS)


def _content(text: str, start: int, end: int) -> Span | None:
    """Return the reported clause ``text[start:end]`` without its final stop, if it has words.

    A colon before quote marks ends it (``каже, що платіжки стануть ударом: «Я отримую ...»``):
    the words in marks are direct speech of their own.
    """
    colon = _COLON_BEFORE_MARKS.search(text, start, end)
    if colon is not None:
        end = colon.start()
    span = strip(text, start, end, chars=_CONTENT_TRIM)
    if span.end <= span.start:
        return None
    if text[span.start] in OPENING_MARKS and text[span.end - 1] in CLOSING_MARKS:
        return None
    return span


_COLON_BEFORE_MARKS = re.compile(rf":[ \t]*[{re.escape(OPENING_MARKS)}]")
"""A colon and the opening mark of direct speech after it."""


def source_phrase(text: str, sentence: Span, _previous: Span | None) -> Iterator[Candidate]:
    """Yield ``За словами X, ...`` and ``На його думку, ...`` reports."""
    for match in source_pattern().finditer(text, sentence.start, sentence.end):
        before_words = words(text, sentence.start, match.start("phrase"))
        if before_words and is_finite_verb(before_words[-1][0]):
            # ``спадають на думку слова``: an idiom after a verb, not a source.
            continue
        opening = _opening_only(text, match)
        if opening and before_words:
            continue  # ``погода за прогнозами буде``: an adverbial of the clause
        if match.group("pronoun") is not None:
            window = Span(match.start("pronoun"), match.end("pronoun"))
            comma = _OPTIONAL_COMMA.match(text, match.end("phrase"))
            rest = comma.end() if comma is not None else match.end("phrase")
        else:
            comma_at = text.find(",", match.end("phrase"), sentence.end)
            verb = _predicate_after_source(
                text, match.end("phrase"), sentence.end if comma_at < 0 else comma_at
            )
            if verb is not None and not opening:
                # ``за даними поліції загинули двоє``: no comma; the source ends at the verb.
                window, rest = Span(match.end("phrase"), verb), verb
            elif comma_at < 0:
                continue
            else:
                window = Span(match.end("phrase"), comma_at)
                rest = comma_at + 1
        if match.group("qualifier") is not None and not _qualified_source(text, match, window):
            continue
        content = _content(text, rest, sentence.end)
        if content is None:
            continue
        parts = [content]
        before = strip(
            text,
            _after_report(text, sentence, match.start("phrase")),
            match.start("phrase"),
            chars=" ,",
        )
        if _reported_before(text, before, match.start("phrase")):
            parts.insert(0, before)
        cue = Span(match.start("phrase"), match.end("phrase"))
        yield Candidate(tuple(parts), QuoteKind.INDIRECT, cue, window)


def _opening_only(text: str, match: re.Match[str]) -> bool:
    """Return True if the source noun of ``match`` counts only opening the sentence.

    `lexicon.OPENING_SOURCE_NOUNS`: ``За прогнозом синоптиків, ...`` reports; inside a clause
    the phrase is its adverbial.
    """
    found = words(text, match.start("phrase"), match.end("phrase"))
    return bool(found) and found[-1][0].lower() in pick(
        OPENING_SOURCE_NOUNS, ru.OPENING_SOURCE_NOUNS
    )


def _qualified_source(text: str, match: re.Match[str], window: Span) -> bool:
    """Return True if a source noun with an adjective before it names its source.

    ``По предварительным данным следователей, ...``, ``За попередніми даними поліції, ...``:
    the word before the noun is an adjective, and a source follows (or a possessive stands
    before it). ``За різними оцінками, ...`` names nobody: no report.
    """
    qualifier = match.group("qualifier")
    return _adjective(qualifier) and bool(words(text, window.start, window.end))


@language_cache()
def _adjective(word: str) -> bool:
    """Return True if ``word`` can be a full adjective (``предварительным``, ``попередніми``)."""
    return any("ADJF" in parse.tag for parse in parse_word(word.lower()))


def _after_report(text: str, sentence: Span, phrase_start: int) -> int:
    """Return where the words a source phrase may report start: after a report of its own.

    ``Пресс-служба сообщила, что ..., а жители, по словам депутатов, ждут ...``: a comma and a
    conjunction (`lexicon.ATTRIBUTION_BREAKS`) after a speech cue end the first report (its own
    quote); only ``жители`` is the source phrase's. Else the sentence's start.
    """
    breaks = list(pick(_BREAK, _BREAK_RU).finditer(text, sentence.start, phrase_start))
    if not breaks:
        return sentence.start
    last = breaks[-1]
    cues = SPEECH_CUES.passing(word_forms(text, sentence.start, last.start()))
    return last.end() if cues else sentence.start


def _predicate_after_source(text: str, start: int, end: int) -> int | None:
    """Return where the predicate starts in ``за даними X <predicate> ...`` without a comma.

    The source is a short noun phrase (a capitalised name or nouns in the genitive); the first
    finite verb after it, before any comma, opens what is reported. A word that reads as a
    noun in the genitive as well continues the source (``директорки департаменту освіти``:
    ``освіти`` is an imperative too).
    """
    found = words(text, start, end)
    for index, (word, word_start, _end) in enumerate(found[: _MAX_SOURCE_WORDS + 1]):
        if index > 0 and word[:1].islower() and is_finite_verb(word) and not _genitive_noun(word):
            return word_start
    return None


@language_cache()
def _genitive_noun(word: str) -> bool:
    """Return True if ``word`` reads as a genitive noun and as a verb only in the imperative.

    ``освіти`` (``освіта``, or ``освітити``'s imperative) continues a source; ``стали`` and
    ``были`` (a predicate, though the dictionary reads them as genitives of ``сталь`` and
    ``быль`` too) do not.
    """
    parses = parse_word(word.lower())
    return any("NOUN" in parse.tag and "gent" in parse.tag for parse in parses) and all(
        "impr" in parse.tag for parse in parses if "VERB" in parse.tag
    )


def _reported_before(text: str, before: Span, phrase_start: int) -> bool:
    """Return True if the words before a source phrase belong to what is reported.

    ``Абонентів, які мають картки, за словами X, реєструватимуть`` and ``14 липня за
    твердженням X мала статися`` report them; an opener set off by a comma (``Також, за
    даними X``, ``В результаті, за словами X``) does not. A colon or a semicolon before the
    phrase ends a clause of the writer's (``X закликав евакуюватися: за його словами, ...``).
    """
    found = words(text, before.start, before.end)
    if not found:
        return False
    between = text[before.end : phrase_start].strip()
    if between.startswith((":", ";")) or text[before.start : before.end].endswith((":", ";")):
        return False
    separated = between.startswith(",")
    return (
        not separated
        or any(is_finite_verb(word) for word, _start, _end in found)
        or _content_opener(found)
    )


def _content_opener(found: Sequence[tuple[str, int, int]]) -> bool:
    """Return True if the words ``found`` are a prepositional phrase of the reported content.

    ``В пригородных селах, как уточнил X, ...``, ``У Конотопському районі, за його словами,
    ...``: a preposition and its noun phrase say where or when what is reported happened. A
    linking phrase (``В результаті``, ``Кроме того``: `lexicon.LINKING_PHRASES`) or one whose
    noun is a pronoun (``При цьому``, ``Кроме этого``) is the writer's link to the sentence
    before, not reported words.
    """
    if len(found) < _MIN_OPENER_WORDS or not _preposition(found[0][0]):
        return False
    phrase = " ".join(word.lower() for word, _start, _end in found)
    if any(
        phrase == link or phrase.startswith(link + " ")
        for link in pick(LINKING_PHRASES, ru.LINKING_PHRASES)
    ):
        return False
    return not any(_pronoun(word) for word, _start, _end in found[1:])


# A preposition and at least one word of its noun phrase.
_MIN_OPENER_WORDS = 2


@language_cache()
def _preposition(word: str) -> bool:
    """Return True if ``word`` can be a preposition (``В``, ``Під``, ``Во``)."""
    return any("PREP" in parse.tag for parse in parse_word(word.lower()))


@language_cache()
def _pronoun(word: str) -> bool:
    """Return True if ``word`` can be a pronoun (``цього``, ``этом``, ``его``)."""
    return any(
        not _PRONOUN_TAGS.isdisjoint(parse.tag.grammemes) for parse in parse_word(word.lower())
    )


_PRONOUN_TAGS = frozenset({"NPRO", "Apro"})


def as_attributions(text: str, start: int, end: int) -> Iterator[tuple[int, Span, int]]:
    """Yield each ``Як зазначив X`` / ``Як він зазначив`` in ``text[start:end]``.

    Each is (where ``як`` stands, the cue, where the window naming the speaker opens).
    """
    if pick(_AS_HEAD, _AS_HEAD_RU).search(text, start, end) is None:
        return  # no ``як`` at all: a literal is found several times faster than the pattern
    for match in pick(_AS_CUE, _AS_CUE_RU).finditer(text, start, end):
        if is_speech_form(match.group("cue")) or (
            is_finding(match.group("cue"))
            and investigators_after(text, match.end("cue"), text.find(",", match.end("cue")))
        ):
            cue = Span(match.start("cue"), match.end("cue"))
            window_start = cue.end
        elif (
            match.group("second")
            and is_speech_form(match.group("second"))
            and (
                match.group("cue").lower() in pick(PRONOUN_GENDERS, ru.PRONOUN_GENDERS)
                or match.group("cue")[:1].isupper()
            )
        ):
            # ``Як він зазначив``, ``Як Коваль зазначила``: the subject before the cue (a
            # pronoun or a name; ``як то кажуть`` is an idiom).
            cue = Span(match.start("second"), match.end("second"))
            window_start = match.start("cue")
        else:
            continue
        yield match.start(), cue, window_start


def as_cue(text: str, sentence: Span, _previous: Span | None) -> Iterator[Candidate]:
    """Yield ``Як зазначив X, ...`` and ``Як він зазначив, ...`` reports."""
    for at, cue, window_start in as_attributions(text, sentence.start, sentence.end):
        comma_at = text.find(",", cue.end, sentence.end)
        if comma_at < 0:
            continue
        comma_at = _after_apposition(text, comma_at, sentence.end)
        content = _content(text, comma_at + 1, sentence.end)
        if content is None or _marked_speech(text, content):
            continue  # words said in marks after the attribution are direct speech (`direct`)
        parts = (*_before_parenthetical(text, sentence, at), content)
        yield Candidate(parts, QuoteKind.INDIRECT, cue, Span(window_start, comma_at))


def _marked_speech(text: str, content: Span) -> bool:
    """Return True if ``content`` opens with words in marks that are a clause said.

    ``Як зазначив X, «це лише перший етап»``: the marks hold a predicate (or run to the
    content's end), so they are X's direct words. A name in marks opening the report
    (``«Полтававодоканал» вже замінив труби``) is the report's subject.
    """
    if text[content.start] not in OPENING_MARKS:
        return False
    close = next(
        (at for at in range(content.start + 1, content.end) if text[at] in CLOSING_MARKS), None
    )
    if close is None:
        return False
    if not text[close + 1 : content.end].strip(" .!?…"):
        return True
    return any(is_finite_verb(word) for word, _start, _end in words(text, content.start, close))


def _after_apposition(text: str, comma_at: int, end: int) -> int:
    """Return the comma that closes an apposition naming the cue's subject, else ``comma_at``.

    ``Як розповів керівник експедиції, доктор історичних наук Степан X, ...``: between two
    commas, a phrase without a verb that opens with an animate noun (or its adjective) in
    lower case and ends in a capitalised name says who the subject is; the report follows
    the second comma. ``Як зазначив мер, місто ...`` (no person) or ``..., Степан X знайшов``
    (a verb) are the report itself.
    """
    second = text.find(",", comma_at + 1, min(end, comma_at + _APPOSITION_REACH))
    if second < 0:
        return comma_at
    found = words(text, comma_at + 1, second)
    if not 2 <= len(found) <= _APPOSITION_WORDS or not found[-1][0][:1].isupper():
        return comma_at
    first = found[0][0]
    if not first[:1].islower() or not _animate_opening(first):
        return comma_at
    if any(_verb(word) for word, _start, _end in found if word[:1].islower()):
        return comma_at
    # ``..., пацієнтка Олена X, яку привезли вчора, почувається ...``: a relative clause or a
    # predicate after the name says the name is the report's own subject.
    after = words(text, second + 1, min(end, second + _APPOSITION_REACH))
    if not after or is_relative(after[0][0]) or not _own_subject(text, after, first):
        return comma_at
    return second


def _own_subject(text: str, after: Sequence[tuple[str, int, int]], head: str) -> bool:
    """Return True if the words after an apposition (opening with ``head``) are a report.

    ``..., птахи повернулися раніше``: a noun in the nominative before the first finite verb
    is the report's own subject, so the name before is the speaker's. ``..., на жаль, помер у
    лікарні`` or ``..., 1985 року народження, визнав провину``: a predicate with no subject
    before it that agrees with the apposition's noun (``пасажир``) takes the name for its
    subject, whatever parenthetical stands between; one that does not agree (``сюди вже
    звернулися 40 людей`` after ``психологиня X``) has its subject after it. A report with
    no finite verb (``знахідкам понад тисячу років``) has none to take the name. A word after
    a preposition, or after a word that cannot be nominative in the same stretch between
    commas (``року народження``), depends on it and is no subject.
    """
    previous: tuple[str, int, int] | None = None
    for found in after:
        word, start, _end = found
        if previous is not None and "," in text[previous[2] : start]:
            previous = None
        if word[:1].islower() and _verb(word):
            return not _agrees_with(word, head)
        dependent = previous is not None and (
            is_preposition(previous[0]) or not _nominative(previous[0])
        )
        if not dependent and _nominative_noun(word):
            return True
        previous = found
    return True


@language_cache(maxsize=65536)
def _agrees_with(verb: str, head: str) -> bool:
    """Return True if the finite verb ``verb`` can have the singular noun ``head`` as subject.

    A past form of the noun's gender (any gender if the noun shows none), or a present or
    future form of the third person singular.
    """
    genders = {
        parse.tag.gender
        for parse in parse_word(head.lower())
        if parse.tag.POS == "NOUN" and parse.tag.gender in {"masc", "femn"}
    }
    for parse in parse_word(verb.lower()):
        tag = parse.tag
        if tag.POS not in {"VERB", "PRTS"} or tag.number not in {"sing", None}:
            continue  # a past form with a gender is singular, though not tagged so
        if tag.tense == "past" or tag.POS == "PRTS":
            if not genders or tag.gender in genders:
                return True
        elif tag.person == "3per":
            return True
    return False


@language_cache(maxsize=65536)
def _nominative(word: str) -> bool:
    """Return True if ``word`` has a reading in the nominative."""
    return any(parse.tag.case == "nomn" for parse in parse_word(word.lower()))


@language_cache(maxsize=65536)
def _nominative_noun(word: str) -> bool:
    """Return True if ``word`` can be a noun or a pronoun in the nominative.

    A function word is none, though the dictionary reads Russian ``по`` as an abbreviation too.
    """
    parses = parse_word(word.lower())
    if any(parse.tag.POS in {"PREP", "CONJ", "PRCL"} for parse in parses):
        return False
    return any(parse.tag.POS in {"NOUN", "NPRO"} and parse.tag.case == "nomn" for parse in parses)


_APPOSITION_REACH = 120
"""How far (code points) after the first comma an apposition may end."""

_APPOSITION_WORDS = 8
"""How many words an apposition of the cue's subject may have."""


@language_cache(maxsize=65536)
def _animate_opening(word: str) -> bool:
    """Return True if ``word`` can open a person's title: an animate noun or an adjective.

    A participle counts as an adjective (``заслуженный`` is one in the dictionary).
    """
    return any(
        ("NOUN" in parse.tag and "anim" in parse.tag) or parse.tag.POS in {"ADJF", "PRTF"}
        for parse in parse_word(word.lower())
        if parse.tag.case == "nomn"
    )


@language_cache(maxsize=65536)
def _verb(word: str) -> bool:
    """Return True if ``word`` can be a finite verb or a short participle (a predicate)."""
    return any(parse.tag.POS in {"VERB", "PRTS"} for parse in parse_word(word.lower()))


def _before_parenthetical(text: str, sentence: Span, start: int) -> tuple[Span, ...]:
    """Return the reported words before ``, як зазначив X,`` set in mid-sentence, if any.

    ``Садовий, як зазначив Москаленко, особисто перевірить запуск``: the sentence's subject
    before the parenthetical is reported too, the first of two parts. None when the
    parenthetical opens the sentence, its words are an attribution of their own, or they open
    with a word that can only link sentences (``Утім``, ``Кроме того``).
    """
    before = text[sentence.start : start].rstrip()
    if not before.endswith(","):
        return ()
    # ``Дефіциту він не очікує: урожай, як він зазначив, ...``: a colon or a semicolon opens
    # the clause the parenthetical interrupts.
    opening = sentence.start + max(before.rfind(":"), before.rfind(";")) + 1
    part = _content(text, opening, sentence.start + len(before) - 1)
    if part is None or last_cue(text, part.start, part.end) is not None:
        return ()
    found = words(text, part.start, part.end)
    if not found or (_connective(found[0][0]) and not _content_opener(found)):
        return ()  # ``Утім, як зауважив X, ...``, ``Кроме того, ...``: the writer's link
    return (part,)


@language_cache()
def _connective(word: str) -> bool:
    """Return True if ``word`` can open no reported subject: a conjunction, adverb, preposition."""
    return any(
        not _CONNECTIVE_TAGS.isdisjoint(parse.tag.grammemes) for parse in parse_word(word.lower())
    )


_CONNECTIVE_TAGS = frozenset({"CONJ", "ADVB", "PREP", "PRCL", "INTJ"})


# Longest first, so ``про це ж`` wins over ``про це``.
_BACK_REFERENCES = tuple(
    re.compile(rf"{opener}(?![^\W\d_])", re.IGNORECASE)
    for opener in sorted(ANAPHORIC_OPENERS, key=len, reverse=True)
)
_BACK_REFERENCES_RU = tuple(
    re.compile(rf"{opener}(?![^\W\d_])", re.IGNORECASE)
    for opener in sorted(ru.ANAPHORIC_OPENERS, key=len, reverse=True)
)
# A back-reference opener takes its cue among the next two words (``Про це повідомив``).
_BACK_REFERENCE_CUE_WORDS = 2


def back_reference(text: str, sentence: Span, _previous: Span | None) -> Iterator[Candidate]:
    """Yield ``Про це повідомив X.`` as a silent attribution: who speaks next, no quote."""
    for pattern in pick(_BACK_REFERENCES, _BACK_REFERENCES_RU):
        opener = pattern.match(text, sentence.start, sentence.end)
        if opener is None:
            continue
        cue = first_cue(text, opener.end(), sentence.end, limit=_BACK_REFERENCE_CUE_WORDS)
        if cue is not None:
            yield Candidate(
                (sentence,), QuoteKind.INDIRECT, cue, Span(cue.end, sentence.end), silent=True
            )
        return


def particle(text: str, sentence: Span, _previous: Span | None) -> Iterator[Candidate]:
    """Yield ``..., мовляв, ...`` reports: what follows the particle is someone's words.

    Opening its sentence, the particle goes on with the speaker before; inside one, its
    speaker is the subject of the clause before it, which the rules do not resolve: nobody.
    """
    particles = _PARTICLES.passing(word_forms(text, sentence.start, sentence.end))
    if not particles:
        return
    for word, start, end in words(text, sentence.start, sentence.end):
        if word not in particles:
            continue
        content = _content(text, end, sentence.end)
        if content is None:
            return
        opening = not text[sentence.start : start].strip()
        window = Span(end, end) if opening else Span(sentence.start, start)
        cue = Span(start, end)
        yield Candidate((content,), QuoteKind.INDIRECT, cue, window, unknown=not opening)
        return


def _particle(word: str) -> bool:
    """Return True for a particle that reports someone's words (``мовляв``)."""
    return word.lower() in pick(REPORTING_PARTICLES, ru.REPORTING_PARTICLES)


_PARTICLES = Screen(_particle, family=SENTENCE_SCREENS)


def that_clause(text: str, sentence: Span, _previous: Span | None) -> Iterator[Candidate]:
    """Yield ``X зазначив, що ...`` and ``X стверджує: ...`` reports (the first one only)."""
    found = words(text, sentence.start, sentence.end)
    present = word_forms(text, sentence.start, sentence.end)
    speech = SPEECH_CUES.passing(present) | SPEECH_NOUN_CUES.passing(present)
    cues = speech | finding_cues(found)
    if not cues:
        return
    window_start = sentence.start
    for index, (word, start, end) in enumerate(found):
        if word not in cues or start < window_start:
            continue
        if index > 0 and found[index - 1][0].lower() in pick(_NOT_REPORTING, _NOT_REPORTING_RU):
            continue
        match = _that_match(text, end, sentence.end) or _reason_match(text, word, end, sentence)
        if match is None or (word not in speech and finding_object(text, end, match.end())):
            continue
        content = _content(text, match.end(), sentence.end)
        if content is None:
            continue
        # ``X повідомив, що ..., а мер уточнив, що ...``: a second report ends the first;
        # ``X зазначив, що ..., а також запросив колег``: so does the speaker's next deed.
        second = _second_report(text, content, found[index + 1 :], cues)
        cut = second.start if second is not None else _second_predicate(text, content, word)
        if cut is not None:
            content = _content(text, content.start, cut)
            if content is None:
                return
        # A place of speaking may name the speaker (``повідомили в поліції, що``).
        window_end = match.end("channel") if match.group("channel") else start
        yield Candidate(
            (content,), QuoteKind.INDIRECT, Span(start, end), Span(window_start, window_end)
        )
        if second is None:
            return
        window_start = second.end


def gerund(text: str, sentence: Span, _previous: Span | None) -> Iterator[Candidate]:
    """Yield ``..., сказав X, додавши, що ...`` reports: the gerund's subject is the speaker.

    The gerund stands right after a comma and takes its own clause (``, що``); the window is
    the sentence before it, where the main verb's subject is named.
    """
    gerunds = SPEECH_GERUNDS.passing(word_forms(text, sentence.start, sentence.end))
    if not gerunds:
        return
    for word, start, end in words(text, sentence.start, sentence.end):
        if word not in gerunds or not text[sentence.start : start].rstrip().endswith(","):
            continue
        match = _that_match(text, end, sentence.end)
        if match is None:
            continue
        content = _content(text, match.end(), sentence.end)
        if content is not None:
            window = Span(sentence.start, start)
            yield Candidate((content,), QuoteKind.INDIRECT, Span(start, end), window)
        return


def _reason_match(text: str, cue: str, end: int, sentence: Span) -> re.Match[str] | None:
    """Return the match of `_reason` after the cue ``cue`` ending at ``end``, if it gives reasons.

    Only a verb of `lexicon.REASON_LEMMAS` (``объяснил``, ``пояснив``) reports the clause after
    its object and ``тем, что``: ``ответил тем, что подал в суд`` tells a deed, not words.
    """
    if not _gives_reasons(cue):
        return None
    return pick(_REASON, _REASON_RU).match(text, end, sentence.end)


@language_cache()
def _gives_reasons(word: str) -> bool:
    """Return True if ``word`` is a form of a verb of `lexicon.REASON_LEMMAS`."""
    reasons = pick(REASON_LEMMAS, ru.REASON_LEMMAS)
    return any(parse.normal_form in reasons for parse in parse_word(word.lower()))


def _that_match(text: str, end: int, limit: int) -> re.Match[str] | None:
    """Return the match of `_that` after a cue ending at ``end``, if its gap can be addressees."""
    match = pick(_THAT, _THAT_RU).match(text, end, limit)
    return match if match is not None and _addressees(text, end, match) else None


def _second_report(
    text: str, content: Span, following: Sequence[tuple[str, int, int]], cues: frozenset[str]
) -> Span | None:
    """Return the comma and conjunction opening a second report inside ``content``, if any.

    ``..., а мэр уточнил, что ...``: a comma, a conjunction (`lexicon.ATTRIBUTION_BREAKS`),
    a subject of at most `_SECOND_SUBJECT_WORDS` words and a cue with its own clause, or a
    source phrase of its own (``..., а жители, по словам депутатов, ...``).
    """
    starts = [start for _word, start, _end in following]
    source = source_pattern()
    for found in pick(_BREAK, _BREAK_RU).finditer(text, content.start, content.end):
        first = bisect.bisect_left(starts, found.end())
        for word, start, end in following[first : first + _SECOND_SUBJECT_WORDS + 1]:
            if (word in cues and _that_match(text, end, content.end) is not None) or (
                source.match(text, start, content.end) is not None
            ):
                return Span(found.start(), found.end())
    return None


def _second_predicate(text: str, content: Span, cue: str) -> int | None:
    """Return where a second predicate of the cue's subject starts inside ``content``, if any.

    ``X зазначив, що сторона вже має кошти, а також запросив колег``: after a comma and
    `lexicon.SECOND_PREDICATE_OPENERS`, a past-tense verb that agrees with a singular
    past-tense cue in gender is the speaker's deed. It is not when a word of the reported
    clause before it could be that verb's subject as well: a past verb of the same gender, or
    a nominative noun or pronoun of that gender before the clause's own verb, where its
    subject stands (``сказав, що мер приїхав, а також відкрив``, ``що район уже отримує
    допомогу, а також отримав``). A plural cue agrees with any plural subject and tells
    nothing.
    """
    agreement = _past_agreement(cue)
    if agreement not in _SINGULAR_AGREEMENTS:
        return None
    for found in pick(_SECOND_PREDICATE, _SECOND_PREDICATE_RU).finditer(
        text, content.start, content.end
    ):
        following = words(text, found.end(), content.end)
        if not following or _past_agreement(following[0][0]) != agreement:
            continue
        clause = [word for word, _start, _end in words(text, content.start, found.start())]
        verb = next((at for at, word in enumerate(clause) if _predicate_word(word)), len(clause))
        if any(_past_agreement(word) == agreement for word in clause) or any(
            agreement[0] in _nominative_genders(word) for word in clause[:verb]
        ):
            return None
        return found.start()
    return None


_SINGULAR_AGREEMENTS = frozenset({("masc",), ("femn",), ("neut",)})
_PREDICATE_POS = frozenset({"ADJS", "PRTS", "INFN"})


@language_cache()
def _predicate_word(word: str) -> bool:
    """Return True if ``word`` can open a clause's predicate (its subject stands before it).

    A finite verb, a short adjective or participle, an infinitive (``город готов помочь``).
    """
    return is_finite_verb(word) or any(
        parse.tag.POS in _PREDICATE_POS for parse in parse_word(word.lower())
    )


@language_cache()
def _nominative_genders(word: str) -> frozenset[str]:
    """Return the genders in which ``word`` reads as a singular nominative noun or pronoun."""
    return frozenset(
        str(parse.tag.gender)
        for parse in parse_word(word.lower())
        if parse.tag.POS in ("NOUN", "NPRO")
        and parse.tag.case == "nomn"
        and "plur" not in parse.tag
        and parse.tag.gender is not None
    )


@language_cache()
def _past_agreement(word: str) -> tuple[str, ...] | None:
    """Return the gender or number of ``word`` read as a finite past-tense verb, else None."""
    for parse in parse_word(word.lower()):
        tag = parse.tag
        if "VERB" in tag and "past" in tag:
            return tuple(sorted({"masc", "femn", "neut", "plur"} & set(tag.grammemes)))
    return None


_SECOND_SUBJECT_WORDS = 6
"""Words the second subject may take: a role, its complement and a full name (``заступниця
голови ОВА Ольга Бойко``)."""


def _addressees(text: str, end: int, match: re.Match[str]) -> bool:
    """Return True if the words between a cue and its clause can be an addressee or adverb.

    ``попереджав Кремль, що`` and ``сказав журналістам, що`` report speech, and so does an
    opinion's noun (``висловила думку, що``, `lexicon.OPINION_NOUNS`);
    ``підтверджують висновок, що`` opens a relative clause about a thing. A dash must follow
    the cue at once (``припускає - ...``).
    """
    if match.group("topic"):
        end = match.end("topic")
    if match.group("channel"):
        end = match.end("channel")
    gap = words(text, end, match.start("dash") if match.group("dash") else match.end())
    if match.group("dash"):
        return not gap
    return all(_addressee(word) for word, _start, _end in gap)


@language_cache()
def _addressee(word: str) -> bool:
    """Return True if ``word`` can name whom something was said to, or how.

    The word of a reason (``тем``, ``тим``) is none: ``ответил тем, что подал в суд`` tells
    a deed; only a verb that gives reasons reports that clause (`_reason_match`).
    """
    if word.lower() == pick(REASON_CLAUSE, ru.REASON_CLAUSE):
        return False
    if word[:1].isupper():
        return True
    if lemmas(word) & pick(OPINION_NOUNS, ru.OPINION_NOUNS):
        return True  # ``висловила думку, що``: the clause says what the opinion is
    for parse in parse_word(word.lower()):
        tag = parse.tag
        if "ADVB" in tag or "NPRO" in tag or ("NOUN" in tag and "anim" in tag):
            return True
    return False


def trailing(text: str, sentence: Span, _previous: Span | None) -> Iterator[Candidate]:
    """Yield ``..., - повідомили у X`` and ``..., пише X`` reports of the words before."""
    found = words(text, sentence.start, sentence.end)
    cues = SPEECH_CUES.passing(word_forms(text, sentence.start, sentence.end))
    for index, (word, start, end) in enumerate(found):
        if word not in cues:
            continue
        if index > 0 and found[index - 1][0].lower() in pick(NEGATIONS, ru.NEGATIONS):
            continue
        before = text[sentence.start : start].rstrip()
        if not before or before[-1] not in "," + DASHES:
            continue
        that, topic = pick((_THAT, _TOPIC), (_THAT_RU, _TOPIC_RU))
        if that.match(text, end, sentence.end) is not None or topic.match(text, end):
            continue
        content = _content(text, sentence.start, sentence.start + len(before) - 1)
        if content is None:
            continue
        if last_cue(text, content.start, content.end) is not None:
            # The words before are an attribution themselves (``Про це заявив X, пише Y``).
            continue
        if _relative_subject(text, content):
            continue
        window_end = text.find(",", end, sentence.end)
        window = Span(end, sentence.end if window_end < 0 else window_end)
        parts = _trailing_parts(text, content, window_end, sentence)
        if parts:
            yield Candidate(parts, QuoteKind.INDIRECT, Span(start, end), window)
            return


def _relative_subject(text: str, content: Span) -> bool:
    """Return True if ``content`` is a subject and its relative clause, not a report.

    ``Пасажири, що літали минулого тижня, скаржилися``: a verbless noun phrase, a comma and
    a relative word (``що``, ``який``) describe who speaks, when no predicate follows the
    relative clause.
    """
    comma = text.find(",", content.start, content.end)
    if comma < 0:
        return False
    head = words(text, content.start, comma)
    following = words(text, comma + 1, content.end)
    if not head or not following or any(is_finite_verb(word) for word, _s, _e in head):
        return False
    word = following[0][0].lower()
    if word != "що" and not is_relative(word):
        return False
    # ``Люди, які втратили житло, отримають допомогу, повідомили в X``: a
    # predicate after the relative clause makes the words a clause of their own, reported.
    closing = text.find(",", comma + 1, content.end)
    return closing < 0 or not any(
        is_finite_verb(word) for word, _s, _e in words(text, closing + 1, content.end)
    )


def _trailing_parts(text: str, content: Span, window_end: int, sentence: Span) -> tuple[Span, ...]:
    """Return the parts a trailing cue reports, or none if they do not make a clause."""
    parts = [content]
    if window_end >= 0:
        # ``A, говорить X, B``: the attribution sits inside the reported sentence.
        rest = _content(text, window_end + 1, sentence.end)
        if rest is not None and words(text, rest.start, rest.end):
            parts.append(rest)
    reported = [word for part in parts for word, _s, _e in words(text, part.start, part.end)]
    if len(reported) < _MIN_REPORTED_WORDS or not any(is_finite_verb(word) for word in reported):
        # ``Титулована спортсменка, підтвердила свій рівень``: a subject, not a report.
        return ()
    return tuple(parts)


RULES: tuple[Rule, ...] = (
    source_phrase,
    as_cue,
    back_reference,
    particle,
    that_clause,
    gerund,
    trailing,
)
"""The indirect-speech rules, most reliable first."""


def indirect(text: str, sentences: Sequence[Sequence[Span]]) -> Iterator[Candidate]:
    """Yield the reported-speech candidates of every sentence, most reliable rule first."""
    previous: Span | None = None
    for paragraph_sentences in sentences:
        for sentence in paragraph_sentences:
            # Read in the sentence's own language; found inside, yielded outside.
            with reading_at(sentence.start):
                found = [
                    candidate for rule in RULES for candidate in rule(text, sentence, previous)
                ]
            yield from found
            previous = sentence
