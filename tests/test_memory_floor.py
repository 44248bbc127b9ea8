"""What a worker keeps between items: the words of spans are kept for one item's text only.

The quote rules ask for the words of the same sentences again and again within an item, and
never for an earlier item's again. A cache of spans of any texts held the sentences of a
hundred items or more in every worker. Every text here was written for these tests.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from uanews.parser.pipeline import parse
from uanews.parser.quotes import text as quote_text
from uanews.parser.quotes.text import WORD, words

_ITEM = (
    "Луцьк, {day} березня 2025 року\n\n"
    "Волинська обласна рада виділила кошти на ремонт лікарні номер {number}. "
    "Про це повідомили в пресслужбі ради.\n\n"
    "«Роботи почнуться навесні», – сказав голова ради Степан Кравчук.\n"
)


def test_the_words_of_spans_are_kept_for_the_latest_item_only():
    texts = [_ITEM.format(day=1 + number % 28, number=number) for number in range(30)]
    for text in texts:
        item = parse(text)
    held, spans = quote_text._SPAN_WORDS[0]  # noqa: SLF001 - what the module keeps is the test
    assert held == item.text
    assert spans  # the last item's sentences were asked about
    assert all(end <= len(held) for _start, end in spans)
    # Only one item's spans: about as many as one item asks about, not thirty items' worth.
    parse(texts[0])
    one_item = len(quote_text._SPAN_WORDS[0][1])  # noqa: SLF001
    assert len(spans) <= 2 * one_item


_TEXT = "Пресслужба ОВА: у Ковелі відремонтують міст, — сказав мер 12 травня. Прес-служба, пам'ять."


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=-3, max_value=len(_TEXT) + 3),
            st.integers(min_value=-3, max_value=len(_TEXT) + 3),
        ),
        max_size=20,
    )
)
def test_words_of_any_span_are_those_the_pattern_finds(spans):
    other = "Інший текст про Рівне."
    for start, end in spans:
        expected = tuple((m.group(), m.start(), m.end()) for m in WORD.finditer(_TEXT, start, end))
        assert words(_TEXT, start, end) == expected
        assert words(_TEXT, start, end) == expected  # kept, the same answer
        # Another text between two questions about the first: each answered for its own.
        assert words(other, 0, len(other)) == tuple(
            (m.group(), m.start(), m.end()) for m in WORD.finditer(other)
        )
