"""Direct speech: words in quote marks with a cue attached, and lines that open with a dash.

A quote in marks needs a speech cue after it (``«...», - сказав X``, ``«...», зазначив X``),
inside it (``«A, - сказав X. - B»``) or before it (``X зазначив: «...»``, ``За словами X,
«...»``, ``X зазначає, що «...»``); marked names, titles and terms have none and are left alone.
A paragraph line that opens with a dash is a quote when a cue follows its first part
(``- A, - розповіла X. - B``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from uanews.model import QuoteKind, Span
from uanews.parser.language import pick
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.candidate import Candidate
from uanews.parser.quotes.cues import (
    attribution_cue,
    first_cue,
    is_finite_verb,
    is_speech_noun,
    last_cue,
    last_source,
)
from uanews.parser.quotes.indirect import as_attributions
from uanews.parser.quotes.lexicon import ATTRIBUTION_BREAKS
from uanews.parser.quotes.marks import MarkPair, scan_marks
from uanews.parser.quotes.speech import is_speech_form
from uanews.parser.quotes.text import (
    DASHES,
    OPENING_MARKS,
    STOPS,
    WORD,
    Word,
    clause_end,
    split_parts,
    strip,
    words,
)

__all__ = ["dash_lines", "in_marks"]

_AFTER_DASH = re.compile(rf"[ \t]*[,{STOPS}]?[ \t]*[{DASHES}][ \t]*")
_AFTER_COMMA = re.compile(r"[ \t]*,[ \t]*")
_INTERRUPTION = re.compile(
    rf"(?P<punct>[,{STOPS}])\s+[{DASHES}]\s+(?P<attr>[^«»\n]{{2,160}}?)[.,:]\s+[{DASHES}]\s+"
)
_DASH_LINE = re.compile(rf"[ \t]*[{DASHES}][ \t]+")
# ``«...», – розповіла X``: a closing mark and the dash of an attribution.
_QUOTE_THEN_ATTRIBUTION = re.compile(rf"[»”\"][ \t]*[,{STOPS}]?[ \t]*[{DASHES}]")
# ``», – сказал X. – «``: after an attribution, a dash and new marks go on with the quote.
_REOPENING = re.compile(rf"[,{STOPS}]?[ \t]+[{DASHES}][ \t]*[«„“\"]")
_LINE_ATTRIBUTION = re.compile(rf"(?P<punct>[,{STOPS}])[ \t]+[{DASHES}][ \t]+")
_PARENTHETICAL = re.compile(r",\s*([^\W\d_]+)[^,]{0,60},$")
# A quote with a cue before it must end its clause: punctuation, a dash or the end follows.
_CLAUSE_CLOSE = re.compile(rf"\s*(?:[,.;:!?…()]|[{DASHES}]|$)")
# Words that end an attribution and announce what follows (``зазначає, що «...»``).
_THAT_WORDS = frozenset({"що", "нібито"})
_SHORT_QUOTE_WORDS = 3
# A speech noun announces the marks only when it stands right before the colon.
_NOUN_CUE_REACH = 1
# How many words before ``що`` a speech word may stand at.
_THAT_REACH = 4


def in_marks(
    text: str, pair: MarkPair, paragraphs: Sequence[Span], sentences: Sequence[Sequence[Span]]
) -> Candidate | None:
    """Return the quote in the marks of ``pair`` if a speech cue is attached to it."""
    para_open = _paragraph_of(paragraphs, pair.open)
    para_close = _paragraph_of(paragraphs, pair.close)
    if para_open is None or para_close is None:
        return None
    inner_start, inner_end = pair.open + 1, pair.close
    inner = text[inner_start:inner_end]
    short = len(WORD.findall(inner)) <= _SHORT_QUOTE_WORDS and not any(
        stop in inner for stop in STOPS
    )
    interrupted = _interrupted(text, inner_start, inner_end)
    if interrupted is not None:
        parts, cue, window = interrupted
        return Candidate(tuple(parts), QuoteKind.DIRECT, cue, window) if parts else None
    parts = _without_reopening_marks(text, split_parts(text, inner_start, inner_end))
    if not parts:
        return None
    found = _cue_after(text, pair, paragraphs[para_close])
    if found is None:
        found = _cue_before_pair(text, pair, paragraphs, sentences, para_open)
        if found is None:
            return _standalone(text, pair, paragraphs, sentences, (para_open, para_close, parts))
        if short and not text[found[1].start : pair.open].rstrip().endswith(":"):
            return None
    cue, window = found
    parts += _reopened(text, window.end, paragraphs[para_close])
    # A colon for a cue (``X закликав мешканців ...: «...»``) needs words said, not a name:
    # a clause, with a predicate of its own (``опублікувала адреси: «вулиця Соборності, 36;
    # ...»`` is a list, no words said).
    sourced = text[cue.start : cue.end] == ":"
    return (
        None
        if sourced and (short or not _said(inner))
        else Candidate(tuple(parts), QuoteKind.DIRECT, cue, window, sourced=sourced)
    )


def _said(inner: str) -> bool:
    """Return True if the words ``inner`` hold a predicate (`is_finite_verb`): a clause said."""
    return any(is_finite_verb(word) for word in WORD.findall(inner))


def _reopened(text: str, start: int, paragraph: Span) -> list[Span]:
    """Return the parts of a quote that goes on in new marks right after its attribution.

    ``«A», – подчеркнул X. – «B»``: the words in the second marks, set off from the
    attribution by a dash only, are the same quote's second part. None if no such marks follow
    ``start`` (the attribution's end) in ``paragraph``, or if the second marks have an
    attribution of their own (``– «B», – ответил Y``): then they are Y's quote.
    """
    reopening = _REOPENING.match(text, start, paragraph.end)
    if reopening is None:
        return []
    opening = reopening.end() - 1
    pairs, _openers, _stray = scan_marks(text, opening, paragraph.end, first=True)
    pair = next((pair for pair in pairs if pair.open == opening), None)
    if pair is None or _cue_after(text, pair, paragraph) is not None:
        return []
    return _without_reopening_marks(text, split_parts(text, pair.open + 1, pair.close))


def _without_reopening_marks(text: str, parts: list[Span]) -> list[Span]:
    """Return the parts with the mark that reopens a quote on a new paragraph left out."""
    trimmed = parts[:1]
    for part in parts[1:]:
        kept = part
        if text[part.start] in OPENING_MARKS:
            _pairs, openers, _stray = scan_marks(text, part.start, part.end)
            if openers and openers[0] == part.start:
                kept = strip(text, part.start + 1, part.end)
        if kept.end > kept.start:
            trimmed.append(kept)
    return trimmed


def _standalone(
    text: str,
    pair: MarkPair,
    paragraphs: Sequence[Span],
    sentences: Sequence[Sequence[Span]],
    where: tuple[int, int, list[Span]],
) -> Candidate | None:
    """Return a quote that stands as whole sentences with no cue of its own, if it may be one.

    ``Про це розповіла директорка школи Ольга Коваль.`` then ``«Ремонт завершимо ...»``: the
    sentence right before speaks through its cue. With no cue there, the quote goes on with
    the speaker before (`Candidate.continues`) or is no quote at all.
    """
    para_open, para_close, parts = where
    first, last = paragraphs[para_open], paragraphs[para_close]
    if not _whole_sentences(text, pair, first, last):
        return None
    # A heading all in marks (no stop after it) may be a pull quote, however short.
    heading = pair.open == first.start and pair.close == last.end - 1
    if not heading and len(WORD.findall(text[pair.open : pair.close])) <= _SHORT_QUOTE_WORDS:
        return None
    # A heading opens a section: the sentence before it introduces nothing.
    before = None if heading else _sentence_before(text, pair.open, sentences, para_open)
    if before is not None:
        cue = last_cue(text, before.start, before.end)
        if cue is not None:
            return Candidate(tuple(parts), QuoteKind.DIRECT, cue, before)
    return Candidate(tuple(parts), QuoteKind.DIRECT, None, None, continues=True)


def _whole_sentences(text: str, pair: MarkPair, first: Span, last: Span) -> bool:
    """Return True if the marks open a sentence and close one: nothing but a stop outside."""
    head = text[first.start : pair.open].rstrip()
    if head and head[-1] not in STOPS:
        return False
    tail = text[pair.close + 1 : last.end]
    rest = tail.lstrip(STOPS + " ")
    if not rest.strip():
        return True
    stopped = any(
        char in STOPS for char in text[pair.close - 1 : pair.close + 1 + len(tail) - len(rest)]
    )
    return stopped and rest[:1].isupper()


def _sentence_before(
    text: str, position: int, sentences: Sequence[Sequence[Span]], index: int
) -> Span | None:
    """Return the sentence right before ``position``: in its paragraph, or ending the one before."""
    own = [sentence for sentence in sentences[index] if sentence.end <= position]
    if own:
        return own[-1]
    if index > 0 and sentences[index - 1]:
        last = sentences[index - 1][-1]
        # A quote of its own (with its attribution) ends the paragraph before: its speaker
        # is the one to go on with, through `Candidate.continues`.
        if _QUOTE_THEN_ATTRIBUTION.search(text, last.start, last.end):
            return None
        return last
    return None


def _paragraph_of(paragraphs: Sequence[Span], position: int) -> int | None:
    """Return the index of the paragraph holding ``position`` (paragraphs are in text order)."""
    index = bisect_right(paragraphs, position, key=_start) - 1
    if index >= 0 and paragraphs[index].start <= position < paragraphs[index].end:
        return index
    return None


def _start(span: Span) -> int:
    """Return where ``span`` starts."""
    return span.start


def _interrupted(text: str, start: int, end: int) -> tuple[list[Span], Span, Span] | None:
    """Return the parts, cue and attribution window of ``«A, - cue X. - B»`` inside a quote."""
    for match in _INTERRUPTION.finditer(text, start, end):
        attr = Span(match.start("attr"), match.end("attr"))
        # Set off by dashes inside the marks, the words are an attribution wherever its cue
        # stands (``– голова асоціації Іван Петренко розповів журналістам. –``): they are no
        # part of the quote.
        cue = first_cue(text, attr.start, attr.end) or last_cue(text, attr.start, attr.end)
        if cue is None:
            continue
        first_end = match.start("punct") + (0 if match.group("punct") == "," else 1)
        parts = split_parts(text, start, first_end) + split_parts(text, match.end(), end)
        return parts, cue, attr
    return None


def _cue_after(text: str, pair: MarkPair, paragraph: Span) -> tuple[Span, Span] | None:
    """Return the cue and window of ``», - cue X`` or ``», cue X`` after a closing mark."""
    dash = _AFTER_DASH.match(text, pair.close + 1, paragraph.end)
    if dash is not None and any(char in DASHES for char in dash.group()):
        attr_end = clause_end(text, dash.end(), paragraph.end)
        cue = attribution_cue(text, dash.end(), attr_end)
        if cue is not None:
            return cue, Span(dash.end(), _attribution_end(text, cue.end, attr_end))
    comma = _AFTER_COMMA.match(text, pair.close + 1, paragraph.end)
    if comma is not None:
        attr_end = clause_end(text, comma.end(), paragraph.end)
        cue = first_cue(text, comma.end(), attr_end, limit=1)
        if cue is not None:
            return cue, Span(comma.end(), _attribution_end(text, cue.end, attr_end))
    return None


def _attribution_end(text: str, start: int, end: int) -> int:
    """Return where an attribution after its cue at ``start`` ends, at ``end`` at the latest.

    A comma and a conjunction that opens another clause end it (``– сказал он, а его
    заместитель уточнил``): who comes after it says something else.
    """
    found = pick(_BREAK, _BREAK_RU).search(text, start, end)
    return end if found is None else found.start()


def _breaks(conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a comma and one of ``conjunctions`` as a whole word."""
    joined = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in conjunctions)
    return re.compile(rf",\s*(?:{joined})(?![\w\-])", re.IGNORECASE)


_BREAK = _breaks(ATTRIBUTION_BREAKS)
_BREAK_RU = _breaks(ru.ATTRIBUTION_BREAKS)


def _cue_before_pair(
    text: str,
    pair: MarkPair,
    paragraphs: Sequence[Span],
    sentences: Sequence[Sequence[Span]],
    para_open: int,
) -> tuple[Span, Span] | None:
    """Return the cue and window before the opening mark, if the quote ends its clause."""
    inner = text[pair.open + 1 : pair.close].rstrip()
    closed_inside = bool(inner) and inner[-1] in STOPS
    if not closed_inside and _CLAUSE_CLOSE.match(text, pair.close + 1) is None:
        return None
    context = _before_context(pair, paragraphs[para_open], sentences[para_open])
    if not text[context.start : context.end].strip() and para_open > 0:
        # A paragraph that is all quote takes the colon ending the paragraph before.
        previous = sentences[para_open - 1]
        if previous and text[previous[-1].start : previous[-1].end].rstrip().endswith(":"):
            context = Span(previous[-1].start, previous[-1].end)
    return _cue_before(text, context)


def _before_context(pair: MarkPair, paragraph: Span, sentences: Sequence[Span]) -> Span:
    """Return the words before an opening mark in its sentence."""
    sentence_start = paragraph.start
    for sentence in sentences:
        if sentence.start <= pair.open:
            sentence_start = sentence.start
    return Span(sentence_start, pair.open)


def _cue_before(text: str, context: Span) -> tuple[Span, Span] | None:
    """Return the cue and window of an attribution that ends right before an opening mark."""
    before = text[context.start : context.end].rstrip()
    if not before:
        return None
    end = context.start + len(before)
    if before.endswith(":"):
        return _cue_before_colon(text, context.start, end)
    tail = words(text, context.start, end)
    if tail and tail[-1][0].lower() in _THAT_WORDS:
        return _cue_before_that(tail, context.start)
    if before.endswith(","):
        return _cue_before_comma(text, context.start, end)
    return None


def _cue_before_colon(text: str, start: int, end: int) -> tuple[Span, Span] | None:
    """Return the cue of ``X зазначив: «...»``, ``За словами X: «...»`` or ``відповідь: «...»``."""
    cue = last_cue(text, start, end, nouns=True) or last_source(text, start, end)
    if cue is None:
        # ``X закликав мешканців не ігнорувати тривоги: «...»``: a clause about someone, then
        # a colon, introduces their words; the colon is the cue, and the quote stands only if
        # the clause names who (`Candidate.sourced`).
        clause = words(text, start, end - 1)
        if any(word[:1].islower() and is_finite_verb(word) for word, _s, _e in clause):
            return Span(end - 1, end), Span(start, end - 1)
        return None
    source = last_source(text, start, end)
    if source is not None and source.start <= cue.start < source.end:
        cue = source
    elif not is_speech_form(text[cue.start : cue.end]) and (
        len(words(text, cue.end, end)) > _NOUN_CUE_REACH
    ):
        # ``дати відповідь на питання: «...»``: the marks hold the question, not words said.
        return None
    return cue, Span(start, end)


def _cue_before_that(tail: Sequence[Word], start: int) -> tuple[Span, Span] | None:
    """Return the cue of ``X зазначає, що «...»``: a speech word among the last few before що."""
    for word, word_start, word_end in reversed(tail[-_THAT_REACH - 1 : -1]):
        if is_speech_form(word) or is_speech_noun(word):
            return Span(word_start, word_end), Span(start, word_start)
    return None


def _cue_before_comma(text: str, start: int, end: int) -> tuple[Span, Span] | None:
    """Return the cue of ``За словами X, «»``, ``Як зазначив X, «»`` or ``..., вважає X, «»``.

    ``Як зазначив X,`` (`indirect.as_attributions`) is the same parenthetical attribution
    before marks as before a reported clause: it must open the words before the marks (their
    sentence, or a clause after a comma), so the marks are what X said.
    """
    source = last_source(text, start, end)
    if source is not None:
        return source, Span(source.end, end)
    for at, cue, window_start in as_attributions(text, start, end):
        opening = text[start:at].rstrip()
        if not opening or opening.endswith(","):
            return cue, Span(window_start, end)
    parenthetical = _PARENTHETICAL.search(text[start:end])
    if parenthetical is not None and is_speech_form(parenthetical.group(1)):
        cue_start = start + parenthetical.start(1)
        return Span(cue_start, start + parenthetical.end(1)), Span(cue_start, end)
    return None


def _lines(text: str, span: Span) -> Iterator[Span]:
    """Yield the lines of the paragraph at ``span``, without their newlines."""
    line_start = span.start
    while (index := text.find("\n", line_start, span.end)) >= 0:
        yield Span(line_start, index)
        line_start = index + 1
    yield Span(line_start, span.end)


def dash_lines(text: str, paragraph: Span) -> Iterator[Candidate]:
    """Yield the quotes of lines that open with a dash and end with ``, - cue X``."""
    for line in _lines(text, paragraph):
        opening = _DASH_LINE.match(text, line.start, line.end)
        if opening is None:
            continue
        for match in _LINE_ATTRIBUTION.finditer(text, opening.end(), line.end):
            attr_end = clause_end(text, match.end(), line.end)
            cue = attribution_cue(text, match.end(), attr_end)
            if cue is None:
                continue
            first_end = match.start("punct") + (0 if match.group("punct") == "," else 1)
            parts = split_parts(text, opening.end(), first_end)
            going_on = _DASH_LINE.match(text, attr_end + 1, line.end)
            if going_on is not None:
                parts += split_parts(text, going_on.end(), line.end)
            if parts:
                window = Span(match.end(), _attribution_end(text, cue.end, attr_end))
                yield Candidate(tuple(parts), QuoteKind.DIRECT, cue, window)
            break
