"""Straight quote marks nested in straight marks, and a colon cue alone in its paragraph.

A straight mark with a space before and a letter after can only open a quote: inside a quote
in straight marks it opens a name (``"... Компания "Харьковоблэнерго" обещает ..."``) and
closes nothing. Every text here was written for these tests in the style of Ukrainian
outlets' reports.
"""

import pytest

import uanews
from uanews.parser.quotes.marks import MarkPair, scan_marks

WORDS = (
    'Энергетики работают всю ночь. Компания "Харьковоблэнерго" обещает вернуть свет к утру.'
    " Спасибо всем, кто помогает"
)


def test_a_colon_cue_alone_then_nested_straight_marks() -> None:
    text = (
        "В Харькове восстановили свет\n\n"
        "Городской голова Игорь Терехов рассказал о последствиях ночной атаки.\n\n"
        "Терехов написал в Telegram:\n\n"
        f'"{WORDS}".\n\n'
        "В городе работают пункты несокрушимости.\n"
    )
    item = uanews.parse(text)
    said = [
        (quote.text, None if quote.speaker is None else item.participant(quote.speaker).name)
        for quote in item.quotes
    ]
    assert said == [(WORDS, "Игорь Терехов")]


def test_ukrainian_nested_straight_marks() -> None:
    inner = 'Ми відновили тепло в усіх школах. "Харківтеплоенерго" працює цілодобово'
    text = (
        f'У Харкові відновили тепло\n\nМіський голова Ігор Терехов написав у Telegram: "{inner}".\n'
    )
    item = uanews.parse(text)
    assert [quote.text for quote in item.quotes] == [inner]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ('"A "B" C"', [MarkPair(3, 5), MarkPair(0, 8)]),
        # a mark after a letter closes the quote open
        ('"A" and "B"', [MarkPair(0, 2), MarkPair(8, 10)]),
        # a mark before a stop closes
        ('"A "B"".', [MarkPair(3, 5), MarkPair(0, 6)]),
    ],
)
def test_straight_marks_pair_by_where_words_stand(text: str, pairs: list[MarkPair]) -> None:
    found, openers, stray = scan_marks(text, 0, len(text))
    assert found == pairs
    assert openers == []
    assert stray == []
