"""Speakers named after a quote by a word that points back: a title, a synonym, a sex.

``– говорит доктор`` after ``Семейный врач ... Name``, ``– сказав форвард`` after ``нападник
Name``, ``– подчеркнул президент Ополе`` (a place as the title's complement), ``– каже жінка``
after ``Мешканка ... Name``. Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest

from quote_support import said
from uanews.parser.language import using_language
from uanews.parser.quotes.speaker_rules import _place_name


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Запорожье посетила делегация польского города Ополе\n\n"
                "Делегацию возглавил президент города Ополе Ян Мельгун.\n\n"
                "«Мы приехали надолго», – сказал председатель областного совета Петр Дзвоник.\n\n"
                "– Мы будем помогать Запорожью и после войны, – подчеркнул президент Ополе.\n"
            ),
            "Мы будем помогать Запорожью и после войны",
            "Ян Мельгун",
        ),
    ],
)
def test_a_title_after_the_quote_names_the_person_titled_so(
    text: str, words: str, speaker: str
) -> None:
    """A title (or its synonym) names the person the text titled so, nearer than the speaker."""
    assert said(text)[words] == speaker


def test_a_place_is_no_persons_name() -> None:
    """The Russian dictionary's place names (``Ополе``) are never a name after a title."""
    with using_language("ru"):
        assert _place_name("Ополе")
        assert not _place_name("Марек")
        assert not _place_name("Ковалев")
