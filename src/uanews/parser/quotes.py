"""Quotes and their speakers: direct speech in marks or after a dash, reported speech, captions.

The rules run in order of reliability and later ones never claim text an earlier one took:

1. caption speech: a broadcast paragraph with a speaker is that speaker's quote;
2. direct speech in quote marks with a speech cue attached after (``«...», - сказав X``) or
   before (``X зазначив: «...»``, ``За словами X, «...»``), including quotes interrupted by
   their attribution (``«A, - сказав X. - B»``) and quotes that run over several paragraphs;
3. direct speech in a paragraph that opens with a dash (``- A, - розповіла X``);
4. indirect speech: ``за словами X, ...``, ``як зазначив X, ...``, ``Про це повідомив X``
   (the sentence before), ``X зазначив, що ...``, and ``..., - повідомили у X``.

Marked spans nobody says (names, titles, terms) have no cue and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from attrs import frozen

from uanews.lang import detect_language
from uanews.model import NewsItem, Quote, QuoteKind, Span
from uanews.parser.morph import parse_word
from uanews.parser.speakers import RELATIVE_LEMMAS, Attribution, resolve_speaker
from uanews.parser.speech import (
    ANAPHORIC_OPENERS,
    NEGATIONS,
    RELATIVES,
    SPEECH_NOUNS,
    is_speech_form,
)

__all__ = ["extract_quotes"]

_WORD = re.compile(r"[^\W\d_]+(?:[-'ʼ’][^\W\d_]+)*")
_DASH = "-–—"
_OPENING_MARKS = '«„“"'
_CLOSING_MARKS = '»“”"'
_STOPS = ".!?…"
# Words an abbreviation leaves before its period (``ім. Корольова``, ``м. Луцька``).
_ABBREVIATIONS = frozenset(
    {"ім", "м", "вул", "с", "ст", "смт", "обл", "р", "рр", "проф", "пп", "д", "просп", "т", "див"}
)
_AFTER_DASH = re.compile(rf"[ \t]*[,{_STOPS}]?[ \t]*[{_DASH}][ \t]*")
_AFTER_COMMA = re.compile(r"[ \t]*,[ \t]*")
_INTERRUPTION = re.compile(
    rf"(?P<punct>[,{_STOPS}])\s+[{_DASH}]\s+(?P<attr>[^«»\n]{{2,160}}?)[.,:]\s+[{_DASH}]\s+"
)
_DASH_LINE = re.compile(rf"[ \t]*[{_DASH}][ \t]+")
_LINE_ATTRIBUTION = re.compile(rf"(?P<punct>[,{_STOPS}])[ \t]+[{_DASH}][ \t]+")
_SOURCE = re.compile(
    r"(?<![^\W\d_])(?P<phrase>(?:за|на|зі|з)\s+"
    r"(?:(?P<pronoun>його|її|їхньою|їхню|їхнім|їхніми|їх)\s+)?"
    r"(?:словами|думку|переконання|версією|інформацією|даними|слів|твердженням))(?![^\W\d_])",
    re.IGNORECASE,
)
_TOPIC = re.compile(r"\s+про(?![^\W\d_])", re.IGNORECASE)
_AS_CUE = re.compile(r"(?<![^\W\d_])як\s+(?P<cue>[^\W\d_]+)\s+", re.IGNORECASE)
# Up to two words (an addressee: ``попереджав Кремль, що``) may stand between cue and clause;
# ``йдеться про те, що`` announces the clause as its topic.
_THAT = re.compile(
    r"(?P<topic>\s+про\s+те(?=\s*,))?"
    r"(?:\s+(?!(?:про|на|у|в|з|із|до|за|від|по)\s)[^\s,.:;!?«»]+){0,2}?"
    rf"\s*(?:,\s*(?:що|нібито|чи)(?![^\W\d_])|:|(?P<dash>[{_DASH}])(?=\s))\s*",
    re.IGNORECASE,
)
# A quote with a cue before it must end its clause: punctuation, a dash or the end follows.
_CLAUSE_CLOSE = re.compile(rf"\s*(?:[,.;:!?…()]|[{_DASH}]|$)")
_MAX_CUE_WORDS = 5
_SHORT_QUOTE_WORDS = 3
_MIN_REPORTED_WORDS = 3
_MAX_PARAGRAPH_RUN = 8
_VERB_SCORE = 0.2
# A speech noun announces the marks only when it stands right before the colon.
_NOUN_CUE_REACH = 1
_NON_FINITE = frozenset({"infn", "INFN"})


@frozen
class _Candidate:
    """A quote found by a rule, before its speaker is resolved."""

    parts: tuple[Span, ...]
    kind: QuoteKind
    cue: Span | None
    window: Span | None
    speaker: str | None = None


@frozen
class _Pair:
    """Matched quote marks: the opening mark's offset and the closing mark's offset."""

    open: int
    close: int


# --------------------------------------------------------------------------- quote marks


def _scan_marks(  # noqa: C901 - one state machine over characters reads best as one loop
    text: str, start: int, end: int
) -> tuple[list[_Pair], list[int], list[int]]:
    """Return matched mark pairs, unmatched openers and unmatched closers in ``text[start:end]``."""
    pairs: list[_Pair] = []
    stack: list[tuple[str, int]] = []
    stray: list[int] = []

    def close(openers: str, position: int) -> bool:
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] in openers:
                pairs.append(_Pair(stack[depth][1], position))
                del stack[depth:]
                return True
        return False

    for position in range(start, end):
        char = text[position]
        if char in "«„":
            stack.append((char, position))
        elif char == "»":
            if not close("«", position):
                stray.append(position)
        elif char == "“":
            # „...“ is the German-style pair; otherwise “ opens a “...” pair.
            if not close("„", position):
                stack.append((char, position))
        elif char == "”":
            if not close("“„", position):
                stray.append(position)
        elif char == '"' and not close('"', position):
            stack.append((char, position))
    return pairs, [position for _char, position in stack], stray


def _top_level_pairs(text: str, paragraphs: Sequence[Span]) -> list[_Pair]:
    """Return the outermost quote-mark pairs of the body, joining quotes across paragraphs."""
    pairs: list[_Pair] = []
    scans = [_scan_marks(text, span.start, span.end) for span in paragraphs]
    for index, (found, openers, _stray) in enumerate(scans):
        pairs.extend(found)
        if not openers:
            continue
        # A quote left open at the end of a paragraph may close in a later one, as long as the
        # paragraphs between carry no marks of their own.
        for later in range(index + 1, min(len(scans), index + _MAX_PARAGRAPH_RUN + 1)):
            _found, later_openers, later_stray = scans[later]
            if later_stray:
                if not later_openers or later_openers[0] > later_stray[0]:
                    pairs.append(_Pair(openers[0], later_stray[0]))
                break
            if later_openers:
                break
    outer = [
        pair
        for pair in pairs
        if not any(o.open < pair.open and pair.close < o.close for o in pairs if o != pair)
    ]
    outer.sort(key=lambda pair: pair.open)
    kept: list[_Pair] = []
    for pair in outer:
        if kept and pair.open < kept[-1].close:
            continue
        kept.append(pair)
    return kept


# --------------------------------------------------------------------------- sentences


def _is_boundary(text: str, index: int) -> bool:
    """Return True if the stop at ``index`` ends a sentence (not an initial or abbreviation)."""
    if text[index] != ".":
        return True
    match = re.search(r"([^\W\d_]+)$", text[max(0, index - 12) : index])
    if match is None:
        return True
    word = match.group(1)
    return not (len(word) == 1 and word.isupper()) and word.lower() not in _ABBREVIATIONS


def _sentences(text: str, span: Span) -> list[Span]:
    """Return the sentences of the paragraph at ``span``, never splitting inside quote marks."""
    sentences: list[Span] = []
    start = span.start
    depth = 0
    index = span.start
    while index < span.end:
        char = text[index]
        if char in "«„“":
            depth += 1
        elif char in "»”":
            depth = max(0, depth - 1)
        elif char == "\n" or (
            char in _STOPS
            and depth == 0
            and (index + 1 >= span.end or text[index + 1].isspace())
            and _is_boundary(text, index)
        ):
            end = index if char == "\n" else index + 1
            while end < span.end and text[end] in _STOPS:
                end += 1
            if text[start:end].strip():
                sentences.append(_strip(text, start, end))
            start = end
            index = max(end, index + 1)
            continue
        index += 1
    if text[start : span.end].strip():
        sentences.append(_strip(text, start, span.end))
    return sentences


def _strip(text: str, start: int, end: int, chars: str | None = None) -> Span:
    """Return ``[start, end)`` narrowed past leading and trailing whitespace (or ``chars``)."""
    strip = chars if chars is not None else " \t\n\r\u00a0"
    while start < end and (text[start].isspace() or text[start] in strip):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return Span(start, end)


def _clause_end(text: str, start: int, limit: int) -> int:
    """Return where the clause from ``start`` ends: a sentence stop, a newline or ``limit``."""
    for index in range(start, limit):
        char = text[index]
        if char == "\n":
            return index
        ends = index + 1 >= limit or text[index + 1].isspace()
        if char in _STOPS and ends and _is_boundary(text, index):
            return index
    return limit


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Return the words of ``text[start:end]`` with their offsets."""
    return [
        (match.group(), start + match.start(), start + match.end())
        for match in _WORD.finditer(text[start:end])
    ]


def _first_cue(text: str, start: int, end: int, limit: int = _MAX_CUE_WORDS) -> Span | None:
    """Return the first speech-cue word among the first ``limit`` words of ``text[start:end]``."""
    for word, word_start, word_end in _words(text, start, end)[:limit]:
        if is_speech_form(word):
            return Span(word_start, word_end)
    return None


def _last_cue(text: str, start: int, end: int, *, nouns: bool = False) -> Span | None:
    """Return the last speech-cue word in ``text[start:end]`` (speech nouns too if asked)."""
    found: Span | None = None
    for word, word_start, word_end in _words(text, start, end):
        if is_speech_form(word) or (nouns and _is_speech_noun(word)):
            found = Span(word_start, word_end)
    return found


def _is_speech_noun(word: str) -> bool:
    """Return True if ``word`` is a form of a noun that announces words."""
    return any(parse.normal_form in SPEECH_NOUNS for parse in parse_word(word.lower()))


# --------------------------------------------------------------------------- direct speech


def _split_parts(text: str, start: int, end: int) -> list[Span]:
    """Return the non-empty lines of ``text[start:end]`` as spans, a trailing comma dropped."""
    parts: list[Span] = []
    line_start = start
    for index in range(start, end + 1):
        if index == end or text[index] == "\n":
            span = _strip(text, line_start, index)
            if span.end > span.start and text[span.end - 1] == ",":
                span = _strip(text, span.start, span.end - 1)
            if span.end > span.start:
                parts.append(span)
            line_start = index + 1
    return parts


def _interrupted(text: str, start: int, end: int) -> tuple[list[Span], Span, Span] | None:
    """Return the parts, cue and attribution window of ``«A, - cue X. - B»`` inside a quote."""
    for match in _INTERRUPTION.finditer(text, start, end):
        attr = Span(match.start("attr"), match.end("attr"))
        cue = _first_cue(text, attr.start, attr.end)
        if cue is None:
            continue
        first_end = match.start("punct") + (0 if match.group("punct") == "," else 1)
        parts = _split_parts(text, start, first_end) + _split_parts(text, match.end(), end)
        return parts, cue, attr
    return None


def _before_context(pair: _Pair, paragraph: Span, sentences: Sequence[Span]) -> Span:
    """Return the words before an opening mark in its sentence (or the previous one's colon)."""
    sentence_start = paragraph.start
    for sentence in sentences:
        if sentence.start <= pair.open:
            sentence_start = sentence.start
    return Span(sentence_start, pair.open)


def _cue_before(text: str, context: Span) -> tuple[Span, Span] | None:
    """Return the cue and window of an attribution that ends right before an opening mark."""
    words = text[context.start : context.end].rstrip()
    if not words:
        return None
    end = context.start + len(words)
    if words.endswith(":"):
        return _cue_before_colon(text, context.start, end)
    tail = _words(text, context.start, end)
    if tail and tail[-1][0].lower() in {"що", "нібито"}:
        return _cue_before_that(tail, context.start)
    if words.endswith(","):
        return _cue_before_comma(text, context.start, end)
    return None


def _cue_before_colon(text: str, start: int, end: int) -> tuple[Span, Span] | None:
    """Return the cue of ``X зазначив: «...»``, ``За словами X: «...»`` or ``відповідь: «...»``."""
    cue = _last_cue(text, start, end, nouns=True) or _last_source(text, start, end)
    if cue is None:
        return None
    source = _last_source(text, start, end)
    if source is not None and source.start <= cue.start < source.end:
        cue = source
    elif not is_speech_form(text[cue.start : cue.end]) and (
        len(_words(text, cue.end, end)) > _NOUN_CUE_REACH
    ):
        # ``дати відповідь на питання: «...»``: the marks hold the question, not words said.
        return None
    return cue, Span(start, end)


def _cue_before_that(tail: Sequence[tuple[str, int, int]], start: int) -> tuple[Span, Span] | None:
    """Return the cue of ``X зазначає, що «...»``: a speech word among the last few before що."""
    for word, word_start, word_end in reversed(tail[-5:-1]):
        if is_speech_form(word) or _is_speech_noun(word):
            return Span(word_start, word_end), Span(start, word_start)
    return None


def _cue_before_comma(text: str, start: int, end: int) -> tuple[Span, Span] | None:
    """Return the cue of ``За словами X, «...»`` or ``..., вважає X, «...»``."""
    source = _last_source(text, start, end)
    if source is not None:
        return source, Span(source.end, end)
    parenthetical = re.search(r",\s*([^\W\d_]+)[^,]{0,60},$", text[start:end])
    if parenthetical is not None and is_speech_form(parenthetical.group(1)):
        cue_start = start + parenthetical.start(1)
        return Span(cue_start, start + parenthetical.end(1)), Span(cue_start, end)
    return None


def _last_source(text: str, start: int, end: int) -> Span | None:
    """Return the last ``за словами``-like phrase in ``text[start:end]``."""
    found: Span | None = None
    for match in _SOURCE.finditer(text, start, end):
        found = Span(match.start("phrase"), match.end("phrase"))
    return found


def _direct_in_marks(
    text: str, pair: _Pair, paragraphs: Sequence[Span], sentences: Sequence[Sequence[Span]]
) -> _Candidate | None:
    """Return the quote in the marks of ``pair`` if a speech cue is attached to it."""
    para_open = _paragraph_of(paragraphs, pair.open)
    para_close = _paragraph_of(paragraphs, pair.close)
    if para_open is None or para_close is None:
        return None
    inner_start, inner_end = pair.open + 1, pair.close
    inner = text[inner_start:inner_end]
    short = len(_WORD.findall(inner)) <= _SHORT_QUOTE_WORDS and not any(
        stop in inner for stop in _STOPS
    )
    interrupted = _interrupted(text, inner_start, inner_end)
    if interrupted is not None:
        parts, cue, window = interrupted
        return _Candidate(tuple(parts), QuoteKind.DIRECT, cue, window) if parts else None
    found = _cue_after(text, pair, paragraphs[para_close])
    if found is None:
        found = _cue_before_pair(text, pair, paragraphs, sentences, para_open)
        if found is None:
            return None
        if short and not text[found[1].start : pair.open].rstrip().endswith(":"):
            return None
    cue, window = found
    parts = _split_parts(text, inner_start, inner_end)
    if not parts:
        return None
    return _Candidate(tuple(parts), QuoteKind.DIRECT, cue, window)


def _cue_after(text: str, pair: _Pair, paragraph: Span) -> tuple[Span, Span] | None:
    """Return the cue and window of ``», - cue X`` or ``», cue X`` after a closing mark."""
    dash = _AFTER_DASH.match(text, pair.close + 1, paragraph.end)
    if dash is not None and any(char in _DASH for char in dash.group()):
        attr_end = _clause_end(text, dash.end(), paragraph.end)
        cue = _first_cue(text, dash.end(), attr_end)
        if cue is not None:
            return cue, Span(dash.end(), attr_end)
    comma = _AFTER_COMMA.match(text, pair.close + 1, paragraph.end)
    if comma is not None:
        attr_end = _clause_end(text, comma.end(), paragraph.end)
        cue = _first_cue(text, comma.end(), attr_end, limit=1)
        if cue is not None:
            return cue, Span(comma.end(), attr_end)
    return None


def _cue_before_pair(
    text: str,
    pair: _Pair,
    paragraphs: Sequence[Span],
    sentences: Sequence[Sequence[Span]],
    para_open: int,
) -> tuple[Span, Span] | None:
    """Return the cue and window before the opening mark, if the quote ends its clause."""
    inner = text[pair.open + 1 : pair.close].rstrip()
    closed_inside = bool(inner) and inner[-1] in _STOPS
    if not closed_inside and _CLAUSE_CLOSE.match(text, pair.close + 1) is None:
        return None
    context = _before_context(pair, paragraphs[para_open], sentences[para_open])
    if not text[context.start : context.end].strip() and para_open > 0:
        previous = sentences[para_open - 1]
        if previous and text[previous[-1].start : previous[-1].end].rstrip().endswith(":"):
            context = Span(previous[-1].start, previous[-1].end)
    return _cue_before(text, context)


def _dash_quotes(text: str, paragraph: Span) -> Iterator[_Candidate]:
    """Yield the quotes of lines that open with a dash and end with ``, - cue X``."""
    line_start = paragraph.start
    for index in range(paragraph.start, paragraph.end + 1):
        if index < paragraph.end and text[index] != "\n":
            continue
        line = Span(line_start, index)
        line_start = index + 1
        opening = _DASH_LINE.match(text, line.start, line.end)
        if opening is None:
            continue
        for match in _LINE_ATTRIBUTION.finditer(text, opening.end(), line.end):
            attr_end = _clause_end(text, match.end(), line.end)
            cue = _first_cue(text, match.end(), attr_end)
            if cue is None:
                continue
            first_end = match.start("punct") + (0 if match.group("punct") == "," else 1)
            parts = _split_parts(text, opening.end(), first_end)
            going_on = _DASH_LINE.match(text, attr_end + 1, line.end)
            if going_on is not None:
                parts += _split_parts(text, going_on.end(), line.end)
            if parts:
                yield _Candidate(tuple(parts), QuoteKind.DIRECT, cue, Span(match.end(), attr_end))
            break


# --------------------------------------------------------------------------- indirect speech


def _content(text: str, start: int, end: int) -> Span | None:
    """Return the reported clause ``text[start:end]`` without its final stop, if it has words."""
    span = _strip(text, start, end, chars=" ,;:" + _STOPS)
    if span.end <= span.start:
        return None
    if text[span.start] in _OPENING_MARKS and text[span.end - 1] in _CLOSING_MARKS:
        return None
    return span


def _source_phrases(text: str, sentence: Span) -> Iterator[_Candidate]:
    """Yield ``За словами X, ...`` and ``На його думку, ...`` reports."""
    for match in _SOURCE.finditer(text, sentence.start, sentence.end):
        before_words = _words(text, sentence.start, match.start("phrase"))
        if before_words and _is_verb(before_words[-1][0]):
            # ``спадають на думку слова``: an idiom after a verb, not a source.
            continue
        if match.group("pronoun") is not None:
            window = Span(match.start("pronoun"), match.end("pronoun"))
            comma = re.compile(r"\s*,?\s*").match(text, match.end("phrase"))
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
        before = _strip(text, sentence.start, match.start("phrase"), chars=" ,")
        if _reported_before(text, before, match.start("phrase")):
            parts.insert(0, before)
        cue = Span(match.start("phrase"), match.end("phrase"))
        yield _Candidate(tuple(parts), QuoteKind.INDIRECT, cue, window)


def _is_verb(word: str) -> bool:
    """Return True if the dictionary reads ``word`` as a finite verb (or a predicative)."""
    for parse in parse_word(word.lower()):
        grammemes = set(parse.tag.grammemes)
        if parse.score >= _VERB_SCORE and "VERB" in grammemes and not grammemes & _NON_FINITE:
            return True
    return False


def _reported_before(text: str, before: Span, phrase_start: int) -> bool:
    """Return True if the words before a source phrase belong to what is reported.

    ``Абонентів, які мають картки, за словами X, реєструватимуть`` and ``14 липня за
    твердженням X мала статися`` report them; an opener set off by a comma (``Також, за
    даними X``, ``В результаті, за словами X``) does not.
    """
    words = _words(text, before.start, before.end)
    if not words:
        return False
    separated = text[before.end : phrase_start].strip().startswith(",")
    return not separated or any(_is_verb(word) for word, _start, _end in words)


def _as_cues(text: str, sentence: Span) -> Iterator[_Candidate]:
    """Yield ``Як зазначив X, ...`` reports."""
    for match in _AS_CUE.finditer(text, sentence.start, sentence.end):
        if not is_speech_form(match.group("cue")):
            continue
        comma_at = text.find(",", match.end(), sentence.end)
        if comma_at < 0:
            continue
        content = _content(text, comma_at + 1, sentence.end)
        if content is None:
            continue
        cue = Span(match.start("cue"), match.end("cue"))
        yield _Candidate((content,), QuoteKind.INDIRECT, cue, Span(cue.end, comma_at))


def _anaphoric(text: str, sentence: Span, previous: Span | None) -> _Candidate | None:
    """Return ``Про це повідомив X`` as a report of the sentence before."""
    if previous is None:
        return None
    opening = text[sentence.start : sentence.end].lower()
    for opener in sorted(ANAPHORIC_OPENERS, key=len, reverse=True):
        if not re.match(rf"{opener}(?![^\W\d_])", opening):
            continue
        cue = _first_cue(text, sentence.start + len(opener), sentence.end, limit=2)
        if cue is None:
            return None
        content = _content(text, previous.start, previous.end)
        if content is None:
            return None
        return _Candidate((content,), QuoteKind.INDIRECT, cue, Span(cue.end, sentence.end))
    return None


def _that_clauses(text: str, sentence: Span) -> Iterator[_Candidate]:
    """Yield ``X зазначив, що ...`` and ``X стверджує: ...`` reports."""
    words = _words(text, sentence.start, sentence.end)
    for index, (word, start, end) in enumerate(words):
        if not (is_speech_form(word) or _is_speech_noun(word)):
            continue
        if index > 0 and words[index - 1][0].lower() in NEGATIONS | RELATIVES:
            continue
        match = _THAT.match(text, end, sentence.end)
        if match is None or not _addressees(text, end, match):
            continue
        content = _content(text, match.end(), sentence.end)
        if content is None:
            continue
        yield _Candidate(
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
    gap = _words(text, end, match.start("dash") if match.group("dash") else match.end())
    if match.group("dash"):
        return not gap
    return all(_addressee(word) for word, _start, _end in gap)


def _addressee(word: str) -> bool:
    """Return True if ``word`` can name whom something was said to, or how."""
    if word[:1].isupper():
        return True
    for parse in parse_word(word.lower()):
        tag = parse.tag
        if "ADVB" in tag or "NPRO" in tag or ("NOUN" in tag and "anim" in tag):
            return True
    return False


def _trailing(text: str, sentence: Span) -> Iterator[_Candidate]:
    """Yield ``..., - повідомили у X`` and ``..., пише X`` reports of the words before."""
    words = _words(text, sentence.start, sentence.end)
    for index, (word, start, end) in enumerate(words):
        if not is_speech_form(word):
            continue
        if index > 0 and words[index - 1][0].lower() in NEGATIONS:
            continue
        before = text[sentence.start : start].rstrip()
        if not before or before[-1] not in "," + _DASH:
            continue
        if _THAT.match(text, end, sentence.end) is not None or _TOPIC.match(text, end):
            continue
        content = _content(text, sentence.start, sentence.start + len(before) - 1)
        if content is None:
            continue
        if _last_cue(text, content.start, content.end) is not None:
            # The words before are an attribution themselves (``Про це заявив X, пише Y``).
            continue
        if _relative_subject(text, content):
            continue
        window_end = text.find(",", end, sentence.end)
        window = Span(end, sentence.end if window_end < 0 else window_end)
        parts = _trailing_parts(text, content, window_end, sentence)
        if parts:
            yield _Candidate(parts, QuoteKind.INDIRECT, Span(start, end), window)
            return


def _relative_subject(text: str, content: Span) -> bool:
    """Return True if ``content`` is a subject and its relative clause, not a report.

    ``Пасажири, що літали минулого тижня, скаржилися``: a verbless noun phrase, a comma and
    a relative word (``що``, ``який``) describe who speaks.
    """
    comma = text.find(",", content.start, content.end)
    if comma < 0:
        return False
    head = _words(text, content.start, comma)
    following = _words(text, comma + 1, content.end)
    if not head or not following or any(_is_verb(word) for word, _s, _e in head):
        return False
    word = following[0][0].lower()
    return word == "що" or any(
        parse.normal_form in RELATIVE_LEMMAS and "NPRO" in parse.tag for parse in parse_word(word)
    )


def _trailing_parts(text: str, content: Span, window_end: int, sentence: Span) -> tuple[Span, ...]:
    """Return the parts a trailing cue reports, or none if they do not make a clause."""
    parts = [content]
    if window_end >= 0:
        # ``A, говорить X, B``: the attribution sits inside the reported sentence.
        rest = _content(text, window_end + 1, sentence.end)
        if rest is not None and _words(text, rest.start, rest.end):
            parts.append(rest)
    reported = [word for part in parts for word, _s, _e in _words(text, part.start, part.end)]
    if len(reported) < _MIN_REPORTED_WORDS or not any(_is_verb(word) for word in reported):
        # ``Титулована спортсменка, підтвердила свій рівень``: a subject, not a report.
        return ()
    return tuple(parts)


# --------------------------------------------------------------------------- assembly


def _paragraph_of(paragraphs: Sequence[Span], position: int) -> int | None:
    """Return the index of the paragraph holding ``position``."""
    for index, span in enumerate(paragraphs):
        if span.start <= position < span.end:
            return index
    return None


def _overlap(first: Span, second: Span) -> int:
    """Return how many code points two spans share."""
    return max(0, min(first.end, second.end) - max(first.start, second.start))


def _free(candidate: _Candidate, claimed: Sequence[Span]) -> bool:
    """Return True if less than half of ``candidate`` lies in text already claimed."""
    size = sum(part.end - part.start for part in candidate.parts)
    taken = sum(_overlap(part, span) for part in candidate.parts for span in claimed)
    inside_cue = candidate.cue is not None and any(
        _overlap(candidate.cue, span) for span in claimed
    )
    return taken * 2 < size and not inside_cue


def _indirect(text: str, sentences: Sequence[Sequence[Span]]) -> Iterator[_Candidate]:
    """Yield the reported-speech candidates of every sentence, most reliable rule first."""
    previous: Span | None = None
    for paragraph_sentences in sentences:
        for sentence in paragraph_sentences:
            yield from _source_phrases(text, sentence)
            yield from _as_cues(text, sentence)
            anaphoric = _anaphoric(text, sentence, previous)
            if anaphoric is not None:
                yield anaphoric
            yield from _that_clauses(text, sentence)
            yield from _trailing(text, sentence)
            previous = sentence


def _candidates(item: NewsItem) -> list[_Candidate]:
    """Return every quote the rules find in ``item``, without speakers, in text order."""
    text = item.text
    spans = item.paragraph_spans()
    speaking = [paragraph.speaker is not None for paragraph in item.paragraphs]
    found: list[_Candidate] = []
    claimed: list[Span] = []

    def take(candidate: _Candidate | None) -> None:
        if candidate is not None and _free(candidate, claimed):
            found.append(candidate)
            claimed.extend(candidate.parts)

    for index, paragraph in enumerate(item.paragraphs):
        if paragraph.speaker is not None:
            span = _strip(text, spans[index].start, spans[index].end)
            if span.end > span.start:
                take(_Candidate((span,), QuoteKind.CAPTION, None, None, paragraph.speaker))
    plain = [span for span, speaks in zip(spans, speaking, strict=True) if not speaks]
    sentences = [_sentences(text, span) for span in plain]
    for pair in _top_level_pairs(text, plain):
        take(_direct_in_marks(text, pair, plain, sentences))
    for span in plain:
        for candidate in _dash_quotes(text, span):
            take(candidate)
    for candidate in _indirect(text, sentences):
        take(candidate)
    found.sort(key=lambda candidate: candidate.parts[0].start)
    return found


def extract_quotes(item: NewsItem) -> tuple[Quote, ...]:
    """Return the quotes in ``item``, whose participants and paragraph speakers are set."""
    text = item.text
    quotes: list[Quote] = []
    previous: str | None = None
    previous_at: int | None = None
    candidates = _candidates(item)
    quoted = [
        part
        for candidate in candidates
        if candidate.kind is not QuoteKind.INDIRECT
        for part in candidate.parts
    ]
    for candidate in candidates:
        speaker = candidate.speaker
        if candidate.kind is not QuoteKind.CAPTION and candidate.window is not None:
            anchor = candidate.cue.start if candidate.cue is not None else candidate.window.start
            speaker = resolve_speaker(
                item,
                Attribution(candidate.window, anchor),
                previous=previous,
                previous_at=previous_at,
                quoted=quoted,
            )
        if speaker is not None:
            previous, previous_at = speaker, candidate.parts[-1].end
        quote_text = " ".join(text[part.start : part.end] for part in candidate.parts)
        cue = candidate.cue
        quotes.append(
            Quote(
                text=quote_text,
                parts=candidate.parts,
                kind=candidate.kind,
                speaker=speaker,
                cue=None if cue is None else text[cue.start : cue.end],
                cue_span=cue,
                language=detect_language(quote_text),
            )
        )
    return tuple(quotes)
