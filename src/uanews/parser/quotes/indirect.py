"""Indirect speech: sentences that report what someone said without quoting it.

`RULES` run on every sentence in order, most reliable first; each yields the reports it finds:

1. `source_phrase`: ``За словами X, ...``, ``На його думку, ...``;
2. `as_cue`: ``Як зазначив X, ...``;
3. `anaphoric`: ``Про це повідомив X`` reports the sentence before;
4. `that_clause`: ``X зазначив, що ...``, ``X стверджує: ...``;
5. `trailing`: ``..., - повідомили у X``, ``..., пише X`` report the words before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from uanews.model import QuoteKind, Span
from uanews.parser.language import language_cache, pick
from uanews.parser.morph import parse_word
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.candidate import Candidate
from uanews.parser.quotes.cues import (
    first_cue,
    is_finite_verb,
    is_speech_noun,
    last_cue,
    source_pattern,
)
from uanews.parser.quotes.speaker_grammar import is_relative
from uanews.parser.quotes.speech import (
    ANAPHORIC_OPENERS,
    NEGATIONS,
    RELATIVES,
    SUBORDINATORS,
    is_speech_form,
)
from uanews.parser.quotes.text import CLOSING_MARKS, DASHES, OPENING_MARKS, STOPS, strip, words

__all__ = [
    "RULES",
    "Rule",
    "anaphoric",
    "as_cue",
    "indirect",
    "source_phrase",
    "that_clause",
    "trailing",
]

Rule = Callable[[str, Span, Span | None], Iterator[Candidate]]
"""A rule: the body, a sentence and the sentence before in, the reports it finds out."""

_TOPIC = re.compile(r"\s+про(?![^\W\d_])", re.IGNORECASE)
_AS_CUE = re.compile(r"(?<![^\W\d_])як\s+(?P<cue>[^\W\d_]+)\s+", re.IGNORECASE)
_OPTIONAL_COMMA = re.compile(r"\s*,?\s*")
# Up to two words (an addressee: ``попереджав Кремль, що``) may stand between cue and clause,
# but no preposition; ``йдеться про те, що`` announces the clause as its topic.
_THAT = re.compile(
    r"(?P<topic>\s+про\s+те(?=\s*,))?"
    r"(?:\s+(?!(?:про|на|у|в|з|із|до|за|від|по)\s)[^\s,.:;!?«»]+){0,2}?"
    rf"\s*(?:,\s*(?:{'|'.join(SUBORDINATORS)})(?![^\W\d_])|:|(?P<dash>[{DASHES}])(?=\s))\s*",
    re.IGNORECASE,
)
# Longest first, so ``про це ж`` wins over ``про це``.
_ANAPHORIC = tuple(
    (opener, re.compile(rf"{opener}(?![^\W\d_])"))
    for opener in sorted(ANAPHORIC_OPENERS, key=len, reverse=True)
)
# Right before a cue, these make it no report (``не пояснюється``, ``тих, хто вважає``).
_NOT_REPORTING = NEGATIONS | RELATIVES
_CONTENT_TRIM = " ,;:" + STOPS
_MIN_REPORTED_WORDS = 3


def _alternation(words: tuple[str, ...]) -> str:
    """Return a regex alternation of ``words``, longest first, spaces matching any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


# The same patterns over the Russian lexicon (`lexicon_ru`); `pick` chooses per item.
_TOPIC_RU = re.compile(rf"\s+(?:{_alternation(ru.TOPIC_PREPOSITIONS)})(?![^\W\d_])", re.IGNORECASE)
_AS_CUE_RU = re.compile(
    rf"(?<![^\W\d_])(?:{_alternation(ru.AS_WORDS)})\s+(?P<cue>[^\W\d_]+)\s+", re.IGNORECASE
)
_THAT_RU = re.compile(
    rf"(?P<topic>\s+{_alternation((ru.TOPIC_CLAUSE,))}(?=\s*,))?"
    rf"(?P<channel>\s+(?:{_alternation(ru.CHANNEL_PHRASES)})(?![^\W\d_]))?"
    rf"(?:\s+(?!(?:{_alternation(ru.CLAUSE_GAP_PREPOSITIONS)})\s)[^\s,.:;!?«»]+){{0,2}}?"
    rf"\s*(?:,\s*(?:{_alternation(ru.SUBORDINATORS)})(?![^\W\d_])|:|(?P<dash>[{DASHES}])(?=\s))\s*",
    re.IGNORECASE,
)
_ANAPHORIC_RU = tuple(
    (opener, re.compile(rf"{opener}(?![^\W\d_])"))
    for opener in sorted(ru.ANAPHORIC_OPENERS, key=len, reverse=True)
)
_NOT_REPORTING_RU = ru.NEGATIONS | ru.RELATIVES
# An anaphoric opener takes its cue among the next two words (``Про це повідомив``).
_ANAPHORIC_CUE_WORDS = 2


def _content(text: str, start: int, end: int) -> Span | None:
    """Return the reported clause ``text[start:end]`` without its final stop, if it has words."""
    span = strip(text, start, end, chars=_CONTENT_TRIM)
    if span.end <= span.start:
        return None
    if text[span.start] in OPENING_MARKS and text[span.end - 1] in CLOSING_MARKS:
        return None
    return span


def source_phrase(text: str, sentence: Span, _previous: Span | None) -> Iterator[Candidate]:
    """Yield ``За словами X, ...`` and ``На його думку, ...`` reports."""
    for match in source_pattern().finditer(text, sentence.start, sentence.end):
        before_words = words(text, sentence.start, match.start("phrase"))
        if before_words and is_finite_verb(before_words[-1][0]):
            # ``спадають на думку слова``: an idiom after a verb, not a source.
            continue
        if match.group("pronoun") is not None:
            window = Span(match.start("pronoun"), match.end("pronoun"))
            comma = _OPTIONAL_COMMA.match(text, match.end("phrase"))
            rest = comma.end() if comma is not None else match.end("phrase")
        else:
            comma_at = text.find(",", match.end("phrase"), sentence.end)
            if comma_at < 0:
                continue
            window = Span(match.end("phrase"), comma_at)
            rest = comma_at + 1
        content = _content(text, rest, sentence.end)
        if content is None:
            continue
        parts = [content]
        before = strip(text, sentence.start, match.start("phrase"), chars=" ,")
        if _reported_before(text, before, match.start("phrase")):
            parts.insert(0, before)
        cue = Span(match.start("phrase"), match.end("phrase"))
        yield Candidate(tuple(parts), QuoteKind.INDIRECT, cue, window)


def _reported_before(text: str, before: Span, phrase_start: int) -> bool:
    """Return True if the words before a source phrase belong to what is reported.

    ``Абонентів, які мають картки, за словами X, реєструватимуть`` and ``14 липня за
    твердженням X мала статися`` report them; an opener set off by a comma (``Також, за
    даними X``, ``В результаті, за словами X``) does not.
    """
    found = words(text, before.start, before.end)
    if not found:
        return False
    separated = text[before.end : phrase_start].strip().startswith(",")
    return not separated or any(is_finite_verb(word) for word, _start, _end in found)


def as_cue(text: str, sentence: Span, _previous: Span | None) -> Iterator[Candidate]:
    """Yield ``Як зазначив X, ...`` reports."""
    for match in pick(_AS_CUE, _AS_CUE_RU).finditer(text, sentence.start, sentence.end):
        if not is_speech_form(match.group("cue")):
            continue
        comma_at = text.find(",", match.end(), sentence.end)
        if comma_at < 0:
            continue
        content = _content(text, comma_at + 1, sentence.end)
        if content is None:
            continue
        cue = Span(match.start("cue"), match.end("cue"))
        yield Candidate((content,), QuoteKind.INDIRECT, cue, Span(cue.end, comma_at))


def anaphoric(text: str, sentence: Span, previous: Span | None) -> Iterator[Candidate]:
    """Yield ``Про це повідомив X`` as a report of the sentence before."""
    if previous is None:
        return
    opening = text[sentence.start : sentence.end].lower()
    for opener, pattern in pick(_ANAPHORIC, _ANAPHORIC_RU):
        if not pattern.match(opening):
            continue
        start = sentence.start + len(opener)
        cue = first_cue(text, start, sentence.end, limit=_ANAPHORIC_CUE_WORDS)
        content = None if cue is None else _content(text, previous.start, previous.end)
        if cue is not None and content is not None:
            yield Candidate((content,), QuoteKind.INDIRECT, cue, Span(cue.end, sentence.end))
        return


def that_clause(text: str, sentence: Span, _previous: Span | None) -> Iterator[Candidate]:
    """Yield ``X зазначив, що ...`` and ``X стверджує: ...`` reports (the first one only)."""
    found = words(text, sentence.start, sentence.end)
    for index, (word, start, end) in enumerate(found):
        if not (is_speech_form(word) or is_speech_noun(word)):
            continue
        if index > 0 and found[index - 1][0].lower() in pick(_NOT_REPORTING, _NOT_REPORTING_RU):
            continue
        match = pick(_THAT, _THAT_RU).match(text, end, sentence.end)
        if match is None or not _addressees(text, end, match):
            continue
        content = _content(text, match.end(), sentence.end)
        if content is None:
            continue
        yield Candidate(
            (content,), QuoteKind.INDIRECT, Span(start, end), Span(sentence.start, start)
        )
        return


def _addressees(text: str, end: int, match: re.Match[str]) -> bool:
    """Return True if the words between a cue and its clause can be an addressee or adverb.

    ``попереджав Кремль, що`` and ``сказав журналістам, що`` report speech;
    ``підтверджують висновок, що`` opens a relative clause about a thing. A dash must follow
    the cue at once (``припускає - ...``).
    """
    if match.group("topic"):
        end = match.end("topic")
    if "channel" in match.re.groupindex and match.group("channel"):
        end = match.end("channel")  # ``написал в Telegram, что``: where, not to whom
    gap = words(text, end, match.start("dash") if match.group("dash") else match.end())
    if match.group("dash"):
        return not gap
    return all(_addressee(word) for word, _start, _end in gap)


@language_cache()
def _addressee(word: str) -> bool:
    """Return True if ``word`` can name whom something was said to, or how."""
    if word[:1].isupper():
        return True
    for parse in parse_word(word.lower()):
        tag = parse.tag
        if "ADVB" in tag or "NPRO" in tag or ("NOUN" in tag and "anim" in tag):
            return True
    return False


def trailing(text: str, sentence: Span, _previous: Span | None) -> Iterator[Candidate]:
    """Yield ``..., - повідомили у X`` and ``..., пише X`` reports of the words before."""
    found = words(text, sentence.start, sentence.end)
    for index, (word, start, end) in enumerate(found):
        if not is_speech_form(word):
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
    a relative word (``що``, ``який``) describe who speaks.
    """
    comma = text.find(",", content.start, content.end)
    if comma < 0:
        return False
    head = words(text, content.start, comma)
    following = words(text, comma + 1, content.end)
    if not head or not following or any(is_finite_verb(word) for word, _s, _e in head):
        return False
    word = following[0][0].lower()
    return word == "що" or is_relative(word)


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


RULES: tuple[Rule, ...] = (source_phrase, as_cue, anaphoric, that_clause, trailing)
"""The indirect-speech rules, most reliable first."""


def indirect(text: str, sentences: Sequence[Sequence[Span]]) -> Iterator[Candidate]:
    """Yield the reported-speech candidates of every sentence, most reliable rule first."""
    previous: Span | None = None
    for paragraph_sentences in sentences:
        for sentence in paragraph_sentences:
            for rule in RULES:
                yield from rule(text, sentence, previous)
            previous = sentence
