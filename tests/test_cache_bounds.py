"""Process-wide caches stay bounded: a conversion of any size keeps at most so many answers.

Every `language_cache` function asked about words, names, roles or mentions keeps at most
its ``maxsize`` answers a language, so memory stays flat however many new words a dump
brings (a dump of real news brings new names in every item). Only a function of no argument,
one answer per language, may keep its answer without a bound.
"""

from __future__ import annotations

import uanews
from uanews.parser.language import caches, language_cache
from uanews.parser.quotes import speaker_grammar


def test_every_cache_with_arguments_has_a_bound():
    uanews.parse("Мер Ірина Коваль повідомила: «Школу відкриють у вересні».")
    found = caches()
    assert any(info.name.endswith("speaker_grammar.lemmas") for info in found)
    unbounded = [info.name for info in found if info.arguments and info.maxsize is None]
    assert unbounded == []


def test_a_bounded_cache_keeps_at_most_its_bound():
    asked: list[str] = []

    @language_cache(maxsize=50)
    def shout(word: str) -> str:
        asked.append(word)
        return word.upper()

    for number in range(500):
        assert shout(f"слово{number}") == f"СЛОВО{number}"
    (info,) = [info for info in caches() if info.name.endswith("shout")]
    assert info.maxsize == 50
    assert info.kept == 50
    assert shout("слово499") == "СЛОВО499"
    assert len(asked) == 500  # the latest answer was kept


def test_the_role_and_word_caches_are_bounded_for_many_new_names():
    for number in range(300):
        speaker_grammar.role_nouns(f"директор підприємства номер {number}")
        speaker_grammar.lemmas(f"Кравчук{number}")
    found = {info.name.rsplit(".", 1)[-1]: info for info in caches()}
    assert found["role_nouns"].maxsize == speaker_grammar.PHRASE_ANSWERS
    assert found["lemmas"].maxsize == speaker_grammar.WORD_ANSWERS
    assert found["role_nouns"].kept >= 300
