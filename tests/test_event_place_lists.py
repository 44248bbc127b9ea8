"""Place names in a list after an under-fire phrase end before a conjunction or preposition."""

from __future__ import annotations

import re

import pytest

from uanews.parser.events import lexicon, lexicon_ru, places

# The name pattern of the under-fire lists: a stop word taken as a second word would make the
# list item ``Херсон у`` and cost the next item.
_UK = places._NOMINATIVE_PLACE  # noqa: SLF001
_RU = places._NOMINATIVE_PLACE_RU  # noqa: SLF001


@pytest.mark.parametrize("word", lexicon.PLACE_LIST_STOP_WORDS)
def test_a_ukrainian_stop_word_is_never_a_second_word_of_a_place(word: str) -> None:
    assert re.fullmatch(_UK, f"Херсон {word}") is None


@pytest.mark.parametrize("word", lexicon_ru.PLACE_LIST_STOP_WORDS)
def test_a_russian_stop_word_is_never_a_second_word_of_a_place(word: str) -> None:
    assert re.fullmatch(_RU, f"Херсон {word}") is None


def test_a_lowercase_second_word_that_is_no_stop_word_stays_in_the_name() -> None:
    assert re.fullmatch(_UK, "Кривий ріг") is not None
    assert re.fullmatch(_RU, "Кривой рог") is not None


def test_the_stop_words_hold_the_list_conjunctions_once_each() -> None:
    for module in (lexicon, lexicon_ru):
        assert set(module.LIST_CONJUNCTIONS) <= set(module.PLACE_LIST_STOP_WORDS)
        assert len(set(module.PLACE_LIST_STOP_WORDS)) == len(module.PLACE_LIST_STOP_WORDS)
