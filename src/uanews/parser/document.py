"""The document layer: what every extractor reads, built once per item.

Nothing here decides anything about participants, quotes or events; it only makes the
questions the rules ask cheap (see ``docs/extraction.md``, "The document layer"):

* `SpanIndex`: a set of spans (quotes, mentions) sorted by start, so that "is this offset
  inside one of them" and "which of them overlap this span" are binary searches, not scans;
* `MentionIndex`: every participant mention of an item by start, for "who is named inside
  this sentence";
* `item_sentences`, `paragraph_sentences`: the parser's one sentence splitter
  (`uanews.parser.sentences`), each block of an item cut once, by its own language's
  abbreviations;
* `tokenize`: the parser's one tokeniser. The words of a whole item text are found once and
  kept (for the last two texts); the words of any stretch of it are then a binary search and
  a slice, exactly what scanning that stretch alone would give;
* `forms` and `Screen`: the distinct word forms of a stretch (kept per stretch of an item's
  text), and a yes-or-no question about a word form (``is it an organisation noun``) put to
  all of them at once. The answers are kept per form and language, so on a warm cache a rule
  family rules a block out by two set operations instead of a cached call per word.
"""

from __future__ import annotations

import functools
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, repeat
from sys import intern
from typing import NamedTuple

from uanews.model import NewsItem, Span
from uanews.parser.language import count_entries, item_languages, register_cache
from uanews.parser.sentences import item_sentences, paragraph_sentences

__all__ = [
    "BLOCK_SCREENS",
    "SENTENCE_SCREENS",
    "WORD",
    "MentionIndex",
    "Screen",
    "ScreenFamily",
    "SpanIndex",
    "Token",
    "forms",
    "item_sentences",
    "paragraph_sentences",
    "same_text",
    "tokenize",
]

WORD = re.compile(r"[^\W\d_]+(?:(?:[-'ʼ’`‘][^\W\d_]+))*")
"""A word: letters, possibly joined by hyphens and apostrophes (``прес-служба``, ``пам'ять``)."""
_WORD_SPLIT = re.compile(f"({WORD.pattern})")
"""`WORD` as the one group of a pattern: ``re.split`` by it keeps the words between the gaps."""

# Shorter texts (a caption line, a few words before a name) are scanned directly.
_INDEXED_LENGTH = 1000
# Item texts whose words are kept: the one being parsed and the one before (memory stays
# flat however large the items of a dump are).
_INDEXED_TEXTS = 2


class Token(NamedTuple):
    """A word of the text with its code point offsets (end exclusive).

    A named tuple, not an attrs class: an item has thousands of tokens, and a tuple is built
    several times faster.
    """

    text: str
    start: int
    end: int


class _TextTokens:
    """Every word of one text, in order, with its starts and ends for binary search."""

    def __init__(self, text: str) -> None:
        """Find the words of ``text``."""
        self.text = text
        words, self.starts, self.ends = _words(text, 0, len(text))
        self.tokens = _as_tokens(words, self.starts, self.ends)
        self.forms: dict[tuple[int, int], frozenset[str]] = {}

    def between(self, start: int, stop: int) -> list[Token]:
        """Return the words that scanning ``text[start:stop]`` alone finds.

        Words wholly inside come from the index; a word cut by ``start`` or ``stop`` is
        scanned again within the bounds, as the scan of the stretch would see it.
        """
        low = bisect_right(self.ends, start)
        high = bisect_left(self.starts, stop)
        if low >= high:
            return []
        found: list[Token] = []
        first, last = self.tokens[low], self.tokens[high - 1]
        if first.start < start:
            found.extend(self._scan(start, min(first.end, stop)))
            low += 1
        cut_last = last.end > stop and high > low
        if cut_last:
            high -= 1
        found.extend(self.tokens[low:high])
        if cut_last:
            found.extend(self._scan(last.start, stop))
        return found

    def _scan(self, start: int, stop: int) -> Iterator[Token]:
        """Yield the words of ``text[start:stop]`` found by the regular expression."""
        yield from _tokens(self.text, start, stop)


_new_tuple = tuple.__new__


def _words(text: str, start: int, stop: int) -> tuple[list[str], list[int], list[int]]:
    """Return the words the regular expression finds in ``text[start:stop]``, their starts, ends.

    One ``re.split`` of the stretch by the word pattern (words and the gaps between them
    alternate), the offsets summed up from the lengths of the pieces: no match object per word.
    The words are interned (`sys.intern`): every word form is then one string object, and the
    many tables keyed by forms (the screens' answers, the cached questions of the rules) find
    it by identity instead of comparing the strings.
    """
    piece = text if start == 0 and stop == len(text) else text[start:stop]
    pieces = _WORD_SPLIT.split(piece)
    offsets = list(accumulate(map(len, pieces), initial=start))
    return list(map(intern, pieces[1::2])), offsets[1:-1:2], offsets[2::2]


def _as_tokens(words: list[str], starts: list[int], ends: list[int]) -> list[Token]:
    """Return the tokens of ``words`` at ``starts``..``ends`` (as long as ``words``).

    Built with ``tuple.__new__``: the named tuple's own constructor is a Python function, a
    third of the cost of a token.
    """
    return list(map(_new_tuple, repeat(Token, len(words)), zip(words, starts, ends, strict=True)))


def _tokens(text: str, start: int, stop: int) -> list[Token]:
    """Return the words the regular expression finds in ``text[start:stop]``, as tokens."""
    return _as_tokens(*_words(text, start, stop))


@functools.lru_cache(maxsize=_INDEXED_TEXTS)
def _text_tokens(text: str) -> _TextTokens:
    """Return the words of ``text``, found once per text."""
    return _TextTokens(text)


_LATEST: list[tuple[str, _TextTokens] | None] = [None]
"""The text object last indexed and its words: the rules pass the same object again and again."""


def _indexed(text: str) -> _TextTokens:
    """Return `_text_tokens` of ``text``, for the very object ``text`` without a lookup.

    An item copied with `attrs.evolve` computes an equal text of its own: the cache of
    `_text_tokens` finds it only by comparing the whole texts, which on a long item would cost
    as much as reading it, on every call. The object last asked for is recognised by identity.
    """
    latest = _LATEST[0]
    if latest is not None and latest[0] is text:
        return latest[1]
    found = _text_tokens(text)
    _LATEST[0] = (text, found)
    return found


_SAME: list[tuple[str, str]] = [("", "")]
"""The text object `same_text` was given last, and the equal object it answered with."""


def same_text(text: str) -> str:
    """Return ``text``, or an equal string object asked about just before.

    Caches keyed by an item's text (the words of a sentence) find a key by comparing whole
    texts when the object differs (an item copied with `attrs.evolve` computes an equal text of
    its own), which on a long item costs as much as reading it, on every lookup. Passing the
    one object this returns keeps those lookups to an identity test; the texts are compared
    once, when a new object comes.
    """
    seen, same = _SAME[0]
    if text is seen or text is same:
        return same
    if text == same:
        _SAME[0] = (text, same)
        return same
    _SAME[0] = (text, text)
    return text


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Return the words of ``text[start:end]`` with offsets into ``text``."""
    size = len(text)
    stop = size if end is None else end
    # As the regular expression's pos and endpos: clamped to the text, never from its end.
    start, stop = min(max(start, 0), size), min(max(stop, 0), size)
    if start >= stop:
        return []
    if size < _INDEXED_LENGTH:
        return _tokens(text, start, stop)
    latest = _LATEST[0]  # `_indexed`, its identity test written out: a hot path
    if latest is not None and latest[0] is text:
        return latest[1].between(start, stop)
    return _indexed(text).between(start, stop)


def forms(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """Return the distinct word forms of ``text[start:end]``, as `tokenize` finds them.

    The forms of a stretch of an indexed text are kept with its words: the rule families that
    screen a block (`Screen`) share one set.
    """
    size = len(text)
    if size < _INDEXED_LENGTH:
        return frozenset(map(_TEXT_OF, tokenize(text, start, end)))
    stop = size if end is None else end
    latest = _LATEST[0]  # `_indexed`, its identity test written out: a hot path
    indexed = latest[1] if latest is not None and latest[0] is text else _indexed(text)
    key = (start, stop)
    found = indexed.forms.get(key)
    if found is None:
        found = frozenset(map(_TEXT_OF, tokenize(text, start, end)))
        if len(indexed.forms) >= _KEPT_STRETCHES:
            indexed.forms.clear()
        indexed.forms[key] = found
    return found


_TEXT_OF = operator.itemgetter(0)
"""A token's text (a C function, unlike a generator over the tokens)."""
_KEPT_STRETCHES = 4096
"""Stretches of one text whose forms are kept (an item has a few hundred blocks at most)."""


class Screen:
    """A yes-or-no question about a word form, put to many forms at once.

    ``question`` must depend only on the form and the rule languages (as a `language_cache`
    function does): its answers are kept per form, for each combination of languages
    (`item_languages`), at most ``maxsize`` forms a combination (then they are all dropped).
    `passing` asks only about forms it has not seen, so on a warm cache it costs two set
    operations however many words a stretch holds, and one dictionary lookup for a set of
    forms it was given lately (several rules screen the same sentence). Safe to share between
    threads.

    A screen of a ``family`` (`ScreenFamily`) keeps its answers with the family's other
    questions: they are asked of the same stretches, and the family checks a stretch's forms
    once for all of them.

    ``only`` is a test that every form the question says yes to passes (``is_capitalised``
    for a question about names): the question is then asked only of the forms that pass it,
    with the same answers, and a family reads each such test once a new form for all the
    questions that share it (the same function).
    """

    def __init__(
        self,
        question: Callable[[str], object],
        maxsize: int = 65536,
        *,
        family: ScreenFamily | None = None,
        only: Callable[[str], object] | None = None,
    ) -> None:
        """Keep ``question``; nothing is asked yet."""
        self._question = question
        self._maxsize = maxsize
        self._tables: dict[tuple[str, ...], _Answers] = {}
        self._family = family
        self._only = only
        self._member = -1 if family is None else family.join(question, only=only)
        if family is None:
            name = f"{__name__}.Screen({getattr(question, '__qualname__', question)})"
            register_cache(name, maxsize, self._kept, self._forget)
        else:
            # The family's own method, with this question's number: one Python call a
            # screening instead of two (the rules screen some fifteen thousand stretches a
            # warm pass of the dev texts). `functools.partial` is a C callable.
            self.passing = functools.partial(  # type: ignore[method-assign]
                family.passing, member=self._member
            )

    def _kept(self) -> int:
        """Return how many forms the screen has answers for, over every combination."""
        return sum(len(answers.seen) for answers in list(self._tables.values()))

    def _forget(self) -> None:
        """Let every answer go (`uanews.parser.language.reset_caches`); return None."""
        self._tables = {}

    def passing(self, words: frozenset[str]) -> frozenset[str]:
        """Return the forms among ``words`` the question says yes to, in the current languages."""
        family = self._family
        if family is not None:
            return family.passing(words, self._member)
        languages = item_languages()
        answers = self._tables.get(languages)
        if answers is None:
            answers = self._tables.setdefault(languages, _Answers())
        found = answers.lately.get(words)
        if found is not None:
            return found
        if not answers.seen.issuperset(words):
            new = words - answers.seen
            if len(answers.seen) + len(new) > self._maxsize:
                # New answers, not cleared ones: another thread may be reading the old.
                answers = self._tables[languages] = _Answers()
                new = words
            question = self._question
            only = self._only
            asked = new if only is None else [word for word in new if only(word)]
            # What is seen has its answer already: yes before seen.
            answers.yes.update(word for word in asked if question(word))
            answers.seen.update(new)
            count_entries(len(new))  # may let the tables go: `answers` is still right
        found = words & answers.yes
        lately = answers.lately
        if len(lately) >= _LATELY:
            lately.clear()
        lately[words] = found
        return found


_LATELY = 256
"""Sets of forms whose answers a `Screen` keeps as they were (the sentences of about one item)."""


class _Answers:
    """What a `Screen` was told in one combination of languages."""

    __slots__ = ("lately", "seen", "yes")

    def __init__(self) -> None:
        """Start with no answers."""
        self.yes: set[str] = set()
        self.seen: set[str] = set()
        self.lately: dict[frozenset[str], frozenset[str]] = {}


class ScreenFamily:
    """The questions of several `Screen` objects that are put to the same stretches.

    The rules of one stage screen every block (or every sentence) with a question each. Alone,
    each screen checks every form of the block against the forms it has seen and intersects
    them with its yes answers: a dozen passes over the same set. A family asks all its
    questions of a form it has not seen (so each is asked of every form the family sees, in
    the languages of the moment, at most ``maxsize`` forms a combination of languages), and
    keeps for the sets of forms it was given lately the few that any question says yes to:
    each screen then intersects that small set with its own answers. The answers are the same
    as the screens' alone. A test that several questions' yes answers all pass (``only``, see
    `Screen`) is read once a new form, and only the forms that pass it are put to them. Safe
    to share between threads.
    """

    def __init__(self, maxsize: int = 65536, *, name: str = "") -> None:
        """Start with no questions; ``name`` names the family in `language.caches`."""
        self._questions: list[Callable[[str], object]] = []
        self._only: list[Callable[[str], object] | None] = []
        self._maxsize = maxsize
        self._tables: dict[tuple[str, ...], _FamilyAnswers] = {}
        register_cache(name or f"{__name__}.ScreenFamily", maxsize, self._kept, self._forget)

    def _kept(self) -> int:
        """Return how many forms the family has answers for, over every combination."""
        return sum(len(answers.seen) for answers in list(self._tables.values()))

    def _forget(self) -> None:
        """Let every answer go (`uanews.parser.language.reset_caches`); return None."""
        self._tables = {}

    def join(
        self, question: Callable[[str], object], *, only: Callable[[str], object] | None = None
    ) -> int:
        """Add ``question`` to the family; return its number among the family's questions.

        ``only``: a test every form ``question`` says yes to passes; the question is asked
        only of the forms that pass it (`Screen`).
        """
        self._questions.append(question)
        self._only.append(only)
        self._tables = {}  # the answers kept so far have none from the new question
        return len(self._questions) - 1

    def passing(self, words: frozenset[str], member: int) -> frozenset[str]:
        """Return the forms among ``words`` that question ``member`` says yes to."""
        languages = item_languages()
        answers = self._tables.get(languages)
        if answers is None or len(answers.yes) != len(self._questions):
            answers = self._tables[languages] = _FamilyAnswers(len(self._questions))
        candidates = answers.lately.get(words)
        if candidates is None:
            if not answers.seen.issuperset(words):
                new = words - answers.seen
                if len(answers.seen) + len(new) > self._maxsize:
                    answers = self._tables[languages] = _FamilyAnswers(len(self._questions))
                    new = words
                passing_tests: dict[Callable[[str], object], list[str]] = {}
                for question, yes, only in zip(
                    self._questions, answers.yes, self._only, strict=True
                ):
                    asked: Iterable[str] = new
                    if only is not None:
                        subset = passing_tests.get(only)
                        if subset is None:  # the first question with this test
                            subset = passing_tests[only] = [word for word in new if only(word)]
                        asked = subset
                    passed = [word for word in asked if question(word)]
                    yes.update(passed)
                    answers.any.update(passed)
                answers.seen.update(new)
                count_entries(len(new))  # may let the tables go: `answers` is still right
            candidates = words & answers.any
            lately = answers.lately
            if len(lately) >= _LATELY:
                lately.clear()
            lately[words] = candidates
        return candidates & answers.yes[member]


class _FamilyAnswers:
    """What the questions of a `ScreenFamily` were told in one combination of languages."""

    __slots__ = ("any", "lately", "seen", "yes")

    def __init__(self, questions: int) -> None:
        """Start with no answers for ``questions`` questions."""
        self.yes: list[set[str]] = [set() for _ in range(questions)]
        self.any: set[str] = set()
        self.seen: set[str] = set()
        self.lately: dict[frozenset[str], frozenset[str]] = {}


BLOCK_SCREENS = ScreenFamily(name=f"{__name__}.BLOCK_SCREENS")
"""The participant rules' screens, each put to the forms of every block."""
SENTENCE_SCREENS = ScreenFamily(name=f"{__name__}.SENTENCE_SCREENS")
"""The quote rules' screens, each put to the forms of every sentence."""


def _bounds(span: Span) -> tuple[int, int]:
    """Return ``span`` as (start, end), the order of a `SpanIndex`."""
    return span.start, span.end


class SpanIndex:
    """Spans sorted by start: point and overlap queries in logarithmic time.

    Spans may overlap or nest. ``covers`` uses the running maximum of the ends; ``overlapping``
    looks back at most as far as the longest span, so it costs a binary search plus the spans
    near the query. `add` keeps the order (an insertion into a sorted list).
    """

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        """Index ``spans`` (in any order)."""
        ordered = sorted(spans, key=_bounds)
        self._spans = ordered
        self._starts = [span.start for span in ordered]
        self._longest = max((span.end - span.start for span in ordered), default=0)
        self._reach: list[int] | None = None

    def __len__(self) -> int:
        """Return how many spans the index holds."""
        return len(self._spans)

    def __iter__(self) -> Iterator[Span]:
        """Return an iterator over the spans, by start."""
        return iter(self._spans)

    def add(self, span: Span) -> None:
        """Add ``span`` to the index."""
        at = bisect_right(self._spans, (span.start, span.end), key=_bounds)
        self._spans.insert(at, span)
        self._starts.insert(at, span.start)
        self._longest = max(self._longest, span.end - span.start)
        self._reach = None

    def covers(self, position: int) -> bool:
        """Return True if ``position`` lies inside one of the spans (start <= it < end)."""
        if self._reach is None:
            reach: list[int] = []
            furthest = -1
            for span in self._spans:
                furthest = max(furthest, span.end)
                reach.append(furthest)
            self._reach = reach
        before = bisect_right(self._starts, position)
        return before > 0 and self._reach[before - 1] > position

    def overlapping(self, start: int, end: int) -> Sequence[Span]:
        """Return the spans sharing at least one offset with ``start``..``end``, by start."""
        low = bisect_left(self._starts, start - self._longest)
        high = bisect_left(self._starts, end)
        return [span for span in self._spans[low:high] if span.end > start and span.start < end]

    def overlap(self, span: Span) -> int:
        """Return how many code points of ``span`` the indexed spans hold, counted per span."""
        return sum(
            min(span.end, other.end) - max(span.start, other.start)
            for other in self.overlapping(span.start, span.end)
        )


class MentionIndex:
    """The participant mentions of an item sorted by start, with their participants' ids."""

    def __init__(self, item: NewsItem) -> None:
        """Index the mentions of every participant of ``item``."""
        found = sorted(
            (mention.start, mention.end, participant.id)
            for participant in item.participants
            for mention in participant.mentions
        )
        self._mentions = found
        self._starts = [start for start, _end, _id in found]

    def participants_inside(self, start: int, end: int) -> list[str]:
        """Return the ids of participants with a mention inside ``start``..``end``.

        They come in order of their first mention there (ties by id).
        """
        first: dict[str, int] = {}
        low, high = bisect_left(self._starts, start), bisect_right(self._starts, end)
        for mention_start, mention_end, participant in self._mentions[low:high]:
            if mention_end <= end and participant not in first:
                first[participant] = mention_start
        return [participant for _, participant in sorted((s, p) for p, s in first.items())]
