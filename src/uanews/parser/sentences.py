"""The parser's one sentence splitter: every block of an item cut into sentences, once.

A block (the headline, a paragraph's text) is cut line by line: a line break always ends a
sentence. Inside a line, a run of stops (``.``, ``!``, ``?``, ``…``), with the closing quote
marks or brackets right after it, ends a sentence when white space follows and the next word
may start one. Whether it may is decided by the run and the word before it:

* stops inside quote marks (``«Так. Ні.»``) end nothing; a stop closing the quotation
  (``.»``) ends the sentence before a capital letter or a digit;
* ``!``, ``?``, ``…`` and an ordinary word's full stop end one before a capital letter, a
  digit, an opening quote mark or a dash set off by a space; never before a lower-case word;
* an initial (``С. П.``), a `BINDING` abbreviation (``м.``, ``ім.``, ``вул.``, ``г.``) and a
  short number opening a line (``1.``) end none: the next word belongs to them;
* a `CLOSING` abbreviation (``тис.``, ``грн.``, ``млн.``, ``обл.``, ``т. д.``), and a
  `NUMBER_BOUND` one after a number (``2014 р.``, ``XX ст.``), ends one before a capital
  letter (``150 тис. Поліція``), unless it closes a number phrase that opens its sentence
  after a preposition (``У 2014 р. Росія окупувала Крим``): that sentence goes on. With no
  number before it, a `NUMBER_BOUND` abbreviation binds (``р. Дніпро``).

Every sentence is a `Span` of ``item.text`` without the white space around it; between two
sentences of a block there is only white space. See ``docs/extraction.md`` ("Sentences").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from uanews.model import NewsItem, Span
from uanews.parser import lexicon_sentences as lexicon
from uanews.parser.language import (
    current_language,
    drop_oldest,
    languages_at,
    rule_language,
    using_language,
)
from uanews.parser.morph import parse_word

__all__ = ["genitive_follows", "item_sentences", "paragraph_sentences", "sentence_end", "split"]

_LINE = re.compile(r"[^\n]+")
_CANDIDATE = re.compile(rf"[{re.escape(lexicon.STOPS)}]+[»”“\"')\]]*(?=\s|$)")
_MARKS = re.compile(r"[«»„“”\"]")
_OPENERS = '«„“"(['
_OPENING_MARKS = '«„“"'
_DASHES = "-–—"
_BLANK = " \t\r\u00a0\u2009\u202f"
_CLOSES_WITH = {"»": "«", "“": "„", "”": "„“", '"': '"'}
"""The opening marks each closing mark closes."""
_OPENER_REACH = 60
"""How long (in characters) a number phrase opening a sentence (``З 1 січня 2024``) may be."""
_CUT: dict[object, tuple[tuple[Span, ...], ...]] = {}
"""The sentences of the last items cut, by text, block spans and block languages."""
_CUT_ITEMS = 2


def split(text: str, start: int, end: int, language: str | None = None) -> list[Span]:
    """Return the sentences of the block ``text[start:end]``, with offsets into ``text``.

    ``language`` (``"uk"`` or ``"ru"``) picks the abbreviations; by default the language the
    rules read in the current context.
    """
    code = rule_language(language or current_language())
    found: list[Span] = []
    for line in _LINE.finditer(text, start, end):
        _split_line(text, line.start(), line.end(), code, found)
    return found


def _split_line(text: str, start: int, end: int, language: str, found: list[Span]) -> None:
    """Append the sentences of the line ``text[start:end]`` to ``found``."""
    regions = _quoted(text, start, end)
    opens = [open_ for open_, _close in regions]
    cut = _skip_blanks(text, start, end)
    for match in _CANDIDATE.finditer(text, start, end):
        run_start = match.start()
        run_end = run_start + len(match.group().rstrip("»”“\"')]"))
        at = bisect_right(opens, run_start) - 1
        quote_final = False
        if at >= 0 and run_start < regions[at][1]:
            # Inside quote marks: only the stop that closes the quotation may end a sentence.
            if not run_end <= regions[at][1] < match.end():
                continue
            quote_final = True
        following = match.end()
        while following < end and text[following] in _BLANK:
            following += 1
        if following < end and not _ends(
            text, (cut, run_start, run_end, following), language, quote_final=quote_final
        ):
            continue
        _add(text, cut, match.end(), found)
        cut = _skip_blanks(text, match.end(), end)
    _add(text, cut, end, found)


def _skip_blanks(text: str, start: int, end: int) -> int:
    """Return the first offset from ``start`` (up to ``end``) that is not white space."""
    while start < end and text[start].isspace():
        start += 1
    return start


def _add(text: str, start: int, end: int, found: list[Span]) -> None:
    """Append ``text[start:end]`` without the white space around it, unless it is blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        found.append(Span(start, end))


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the top-level quotations of ``text[start:end]`` as (opening, closing) offsets.

    ``«`` closes with ``»``, ``„`` with ``“`` or ``”``, an English ``“`` with ``”``, and a
    straight ``"`` opens after white space and closes the one open. A mark that closes nothing
    is passed over, and a quotation still open at the end of the line protects nothing.
    """
    stack: list[tuple[str, int]] = []
    opened = dict.fromkeys('«„“"', 0)  # how many quotations each opener has open
    found: list[tuple[int, int]] = []
    for match in _MARKS.finditer(text, start, end):
        mark, at = match.group(), match.start()
        if mark in "«„" or (mark == "“" and not opened["„"]):
            stack.append((mark, at))
            opened[mark] += 1
            continue
        if mark == '"' and not opened['"']:
            if at == start or text[at - 1].isspace() or text[at - 1] in _OPENERS:
                stack.append((mark, at))
                opened[mark] += 1
            continue
        openers = _CLOSES_WITH[mark]
        if not any(opened[opener] for opener in openers):
            continue  # closes nothing
        depth = len(stack) - 1
        while stack[depth][0] not in openers:
            depth -= 1
        if depth == 0:
            found.append((stack[0][1], at))
        for closed, _at in stack[depth:]:  # each mark is dropped once: linear in the line
            opened[closed] -= 1
        del stack[depth:]
    return found


def _ends(text: str, where: tuple[int, int, int, int], language: str, *, quote_final: bool) -> bool:
    """Return True if the stops at ``run_start``..``run_end`` end the sentence begun at ``cut``.

    ``where`` is (cut, run_start, run_end, following): the sentence's start, the stops and the
    first character after them and the white space.
    """
    cut, run_start, run_end, following = where
    capital = _starts_capital(text, following)
    if quote_final:
        return capital or text[following].isdigit()
    ordinary = (
        capital
        or text[following].isdigit()
        or text[following] in _OPENING_MARKS
        or _dash(text, following)
    )
    if text[run_start:run_end] != ".":
        return ordinary
    return _full_stop_ends(text, cut, run_start, language, (capital, ordinary))


def _full_stop_ends(
    text: str, cut: int, stop: int, language: str, starts: tuple[bool, bool]
) -> bool:
    """Return True if the full stop at ``stop`` ends the sentence, by the word before it.

    ``starts`` says whether a capital letter follows, and whether anything that may start a
    sentence does (`_ends`).
    """
    capital, ordinary = starts
    word_start, word = _word_before(text, cut, stop)
    key = word.lower()
    if not word:
        ends = ordinary and not _list_marker(text, cut, stop)
    elif key in lexicon.GENITIVE_BINDING[language]:
        ends = capital and not genitive_follows(text, stop + 1, language)
    elif (len(word) == 1 and word.isupper()) or key in lexicon.BINDING[language]:
        ends = False  # an initial (``С. П. Корольова``) or ``м. Києва``
    elif key in lexicon.NUMBER_BOUND[language]:
        # ``р. Дніпро``: with no number before it, another word, bound to the next one.
        ends = _number_before(text, cut, word_start) and _closes(
            text, cut, word_start, language, capital=capital
        )
    elif key in lexicon.CLOSING[language]:
        ends = _closes(text, cut, word_start, language, capital=capital)
    else:
        ends = ordinary
    return ends


_NEXT_WORD = re.compile(r"[ \t]*[«\"(]?([^\W\d_]+)(\.?)")


def genitive_follows(text: str, at: int, language: str) -> bool:
    """Return True if the word at ``at`` is an initial or can be a genitive (``им. Каразина``).

    Asked only after a `GENITIVE_BINDING` abbreviation, so the morphology it reads costs little.
    """
    found = _NEXT_WORD.match(text, at)
    if found is None:
        return False
    word, stop = found.groups()
    if len(word) == 1 and word.isupper() and stop:
        return True
    with using_language(language):
        return any(parse.tag.case == "gent" for parse in parse_word(word.lower()))


def _closes(text: str, cut: int, start: int, language: str, *, capital: bool) -> bool:
    """Return True if a closing abbreviation at ``start`` ends its sentence before what follows.

    It does before a capital letter, unless the sentence so far is a number phrase opening it.
    """
    return capital and not _opener(text, cut, start, language)


def _starts_capital(text: str, at: int) -> bool:
    """Return True if a capital letter, maybe after opening marks or a bracket, is at ``at``."""
    while at < len(text) and text[at] in _OPENERS:
        at += 1
    return at < len(text) and text[at].isupper()


def _dash(text: str, at: int) -> bool:
    """Return True if a dash set off by white space (direct speech, a new clause) is at ``at``."""
    return text[at] in _DASHES and (at + 1 >= len(text) or text[at + 1].isspace())


def _word_before(text: str, floor: int, stop: int) -> tuple[int, str]:
    """Return the start and the letters of the word right before the full stop at ``stop``.

    A word of several parts (``т. д``, ``т.ч``) is returned whole when the lexicon knows it;
    a hyphenated word (``р-н``) is one word. With no letter right before the stop, the word is
    empty.
    """
    start = stop
    while start > floor and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    while start < stop and text[start] == "-":
        start += 1
    word = text[start:stop]
    if not word:
        return stop, ""
    before = start
    if before > floor and text[before - 1] == " ":
        before -= 1
    if before > floor and text[before - 1] == ".":
        first = before - 1
        while first > floor and text[first - 1].isalpha():
            first -= 1
        joined = f"{text[first : before - 1]}.{word}"
        if first < before - 1 and _known(joined.lower()):
            return first, joined
    return start, word


def _known(key: str) -> bool:
    """Return True if ``key`` is an abbreviation of any class in either language."""
    return any(
        key in table[code]
        for table in (lexicon.BINDING, lexicon.CLOSING, lexicon.NUMBER_BOUND)
        for code in table
    )


def _number_before(text: str, floor: int, start: int) -> bool:
    """Return True if a number (``2014``, ``2014-2015``, ``XXI``) stands right before ``start``."""
    end = start
    while end > floor and text[end - 1] in _BLANK:
        end -= 1
    if end == floor:
        return False
    if text[end - 1].isdigit():
        return True
    first = end
    while first > floor and text[first - 1] in lexicon.ROMAN_DIGITS:
        first -= 1
    return first < end and (first == floor or not text[first - 1].isalnum())


def _opener(text: str, cut: int, start: int, language: str) -> bool:
    """Return True if the sentence so far is a preposition and a short number phrase."""
    if start - cut > _OPENER_REACH:
        return False  # a long stretch is no opening phrase (and is not split again)
    words = text[cut:start].split()
    return (
        1 < len(words) <= 2 + lexicon.OPENER_WORDS
        and words[0].lower() in lexicon.OPENER_PREPOSITIONS[language]
        and any(_number(word) for word in words[1:])
    )


def _number(word: str) -> bool:
    """Return True if ``word`` holds a digit or is a Roman number (``2014``, ``XXI``)."""
    return any(char.isdigit() for char in word) or all(
        char in lexicon.ROMAN_DIGITS for char in word
    )


def _list_marker(text: str, cut: int, stop: int) -> bool:
    """Return True if the stop ends a short number that opens its sentence (``1. Перше``)."""
    if stop - cut > lexicon.LIST_MARKER_DIGITS:
        return False  # ``cut`` is the sentence's first character: a longer stretch is more
    number = text[cut:stop]
    return 0 < len(number) <= lexicon.LIST_MARKER_DIGITS and number.isdigit()


def sentence_end(text: str, start: int, limit: int) -> int:
    """Return where the sentence going on at ``start`` ends: its stops' offset, or ``limit``.

    The same decision as `split`, in the current context's language, for a stretch that
    starts inside a sentence (an attribution after a quote): the offset returned is that of
    the first stop ending the sentence, of a line break, or ``limit``.
    """
    language = rule_language(current_language())
    line_end = text.find("\n", start, limit)
    stop = limit if line_end < 0 else line_end
    for match in _CANDIDATE.finditer(text, start, stop):
        run_start = match.start()
        run_end = run_start + len(match.group().rstrip("»”“\"')]"))
        following = match.end()
        while following < stop and text[following] in _BLANK:
            following += 1
        if following >= stop or _ends(
            text, (start, run_start, run_end, following), language, quote_final=False
        ):
            return run_start
    return stop


def _blocks(item: NewsItem) -> list[tuple[int, int]]:
    """Return the (start, end) of the headline, if any, and of each paragraph's text."""
    blocks = [(span.start, span.end) for span in item.paragraph_spans()]
    if item.headline is not None:
        blocks.insert(0, (0, len(item.headline)))
    return blocks


def item_sentences(item: NewsItem) -> tuple[tuple[Span, ...], ...]:
    """Return the sentences of each block of ``item``: the headline first (if any), then paragraphs.

    Each block is cut in its own language (`uanews.parser.language.language_at`). The cut is
    made once per item: the last items' cuts are kept, so every stage asking gets the same
    tuples without cutting again.
    """
    text = item.text
    blocks = _blocks(item)
    languages = languages_at([start for start, _end in blocks])
    key = (text, tuple(blocks), languages)
    found = _CUT.get(key)
    if found is None:
        found = tuple(
            tuple(split(text, start, end, language))
            for (start, end), language in zip(blocks, languages, strict=True)
        )
        if len(_CUT) >= _CUT_ITEMS:
            drop_oldest(_CUT)  # the older item's
        _CUT[key] = found
    return found


def paragraph_sentences(item: NewsItem) -> tuple[tuple[Span, ...], ...]:
    """Return the sentences of each paragraph of ``item`` (no headline), in paragraph order."""
    cut = item_sentences(item)
    return cut[1:] if item.headline is not None else cut
