"""`quotes.text.words`: the same words as the pattern, and a long text read once, not per span.

The texts here were written for these tests; none is taken from a corpus.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from uanews.parser.quotes import text as quote_text

_SENTENCE = "Голова громади Ольга Тарасюк-Мельник сказала: «Прес-служба п'ятого округу працює»."


def _plain(text: str, start: int, end: int) -> tuple[quote_text.Word, ...]:
    """Return the words as the pattern finds them in the span: what `words` must answer."""
    found = quote_text.WORD.finditer(text, start, end)
    return tuple((match.group(), match.start(), match.end()) for match in found)


class _CountingPattern:
    """The word pattern, counting the characters its scans cover."""

    def __init__(self) -> None:
        self.pattern = quote_text.WORD
        self.scanned = 0

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> object:
        stop = len(text) if end is None else min(end, len(text))
        self.scanned += max(stop - start, 0)
        return self.pattern.finditer(text, start, stop)

    def search(self, text: str, start: int, end: int) -> re.Match[str] | None:
        self.scanned += max(end - start, 0)
        return self.pattern.search(text, start, end)


def _long_text(sentences: int) -> str:
    return " ".join(f"{number}. {_SENTENCE}" for number in range(sentences))


def test_a_long_text_is_read_once_for_the_words_of_all_its_spans(monkeypatch):
    text = _long_text(12_000)  # ~1 MB, far more sentences than the 4,096 spans kept
    assert len(text) >= quote_text._INDEXED_LENGTH  # noqa: SLF001
    spans = [(match.start(), match.end()) for match in re.finditer(r"[^.]+\.", text)]
    assert len(spans) > 2 * 4096
    expected = [_plain(text, start, end) for start, end in spans]
    counter = _CountingPattern()
    monkeypatch.setattr(quote_text, "WORD", counter)
    for _round in range(2):
        assert [quote_text.words(text, start, end) for start, end in spans] == expected
    # One scan of the text; only words cut by a span's edge are matched again.
    assert counter.scanned < 1.2 * len(text)


def test_word_forms_of_a_long_text_come_from_the_same_reading(monkeypatch):
    text = _long_text(3000)
    counter = _CountingPattern()
    monkeypatch.setattr(quote_text, "WORD", counter)
    forms = quote_text.word_forms(text, 0, len(_SENTENCE) + 4)
    assert {"Голова", "Тарасюк-Мельник", "Прес-служба", "п'ятого"} <= forms
    for start in range(0, len(text), 500):
        quote_text.word_forms(text, start, start + 400)
    assert counter.scanned < 1.2 * len(text)


_LETTERS = st.sampled_from("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВЖЇ")
_OTHER = st.sampled_from(" -'ʼ’.,«»—\n7_")
_TEXTS = st.lists(st.one_of(_LETTERS, _OTHER), min_size=0, max_size=80).map("".join)


@given(
    _TEXTS,
    st.lists(st.tuples(st.integers(-5, 90), st.integers(-5, 90)), min_size=1, max_size=12),
)
def test_indexed_words_are_the_patterns_words_of_any_span(text, spans):
    indexed = quote_text._TextWords(text)  # noqa: SLF001
    for start, end in spans:
        assert indexed.between(start, end) == _plain(text, start, end)


def test_short_and_long_texts_give_the_pattern_s_words():
    short = _SENTENCE
    long = _long_text(3000)
    for text in (short, long):
        for start, end in ((0, 10), (3, 40), (17, 33), (5, 5), (9, 2), (40, len(text) + 9)):
            assert quote_text.words(text, start, end) == _plain(text, start, end)
