"""Process-wide caches stay bounded: a conversion of any size keeps at most so many answers.

Every `language_cache` function asked about words, names, roles or mentions keeps at most
its ``maxsize`` answers a language, and all the process-wide caches together (the screens of
`uanews.parser.document` too) keep at most `CACHE_BUDGET` answers: then they are all emptied
at once. So memory stays flat however many new words a dump brings (a dump of real news brings
new names in every item). Only a function of no argument, one answer per language, or of a
few fixed values (a language, a pymorphy3 class) may keep its answers without a bound.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Iterator

import pytest

import uanews
from uanews.parser.language import (
    CACHE_BUDGET,
    cache_entries,
    caches,
    language_cache,
    reset_caches,
    set_cache_budget,
)
from uanews.parser.quotes import speaker_grammar

_FIXED_DOMAIN = {
    "uanews.lang._factory": "no argument",
    "uanews.parser.events.dates._lowered_patterns": "no argument",
    "uanews.parser.events.triggers._lowered_triggers_of": "one answer a rule language",
    "uanews.parser.events.triggers._kind_patterns_of": "one answer a rule language",
    "uanews.parser.morph._analyzer": "one analyser a rule language",
    "uanews.parser.morph._slots": "one answer a pymorphy3 tag class",
    "uanews.parser.morph._answering_tag_class": "one class a pymorphy3 tag class",
    "uanews.parser.morph._comparing_class": "one class a grammeme of a tag category",
}
"""The unbounded ``functools`` caches of the package, each asked about a fixed set of values."""


@pytest.fixture
def budget() -> Iterator[None]:
    """Give the test the caches as they are, and put the process's budget back after it."""
    previous = set_cache_budget(CACHE_BUDGET)
    yield
    set_cache_budget(previous)


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


def test_no_functools_cache_of_the_package_grows_with_the_input():
    unbounded, seen = [], set()
    for module_info in pkgutil.walk_packages(uanews.__path__, "uanews."):
        module = importlib.import_module(module_info.name)
        for value in list(vars(module).values()):
            wrapped = getattr(value, "__wrapped__", None)
            if not isinstance(value, functools._lru_cache_wrapper) or wrapped is None:  # noqa: SLF001 - the type of every lru_cache
                continue
            name = f"{wrapped.__module__}.{wrapped.__qualname__}"
            seen.add(name)
            if value.cache_parameters()["maxsize"] is None and name not in _FIXED_DOMAIN:
                unbounded.append(name)
    assert unbounded == []
    assert set(_FIXED_DOMAIN) <= seen  # the walk finds them: the check can fail


@pytest.mark.usefixtures("budget")
def test_the_screens_are_listed_with_the_language_caches():
    reset_caches()
    uanews.parse("Директор школи Марія Гнатюк повідомила: «Ремонт завершать у травні».")
    found = {info.name: info for info in caches()}
    family = found["uanews.parser.document.BLOCK_SCREENS"]
    assert family.maxsize is not None
    assert family.kept > 0
    counted, limit, _resets = cache_entries()
    assert limit == CACHE_BUDGET
    assert counted == sum(info.kept for info in caches())


@pytest.mark.usefixtures("budget")
def test_the_caches_count_their_answers_across_a_reset():
    asked: list[str] = []

    @language_cache(maxsize=1000)
    def whisper(word: str) -> str:
        asked.append(word)
        return word.lower()

    reset_caches()
    set_cache_budget(100)
    _counted, _limit, resets = cache_entries()
    for number in range(250):
        assert whisper(f"Слово{number}") == f"слово{number}"
        counted, limit, _ = cache_entries()
        assert limit == 100
        assert counted <= 100
        assert counted == sum(info.kept for info in caches())
    counted, _limit, after = cache_entries()
    assert after - resets == 2  # 250 answers: 100, 100, then 50 kept
    assert counted == 50
    assert whisper("Слово249") == "слово249"  # the latest are kept
    assert whisper("Слово0") == "слово0"  # the first went with a reset: asked again
    assert asked.count("Слово249") == 1
    assert asked.count("Слово0") == 2


def test_a_budget_must_be_positive():
    with pytest.raises(ValueError, match="at least one"):
        set_cache_budget(0)


_NEWS = (
    "Мер міста Олена Ковальчук відкрила нову школу на вулиці Садовій. "
    "«Ми обіцяли це батькам ще торік», — сказала Ковальчук журналістам.\n\n"
    "Її заступник Андрій Мельник додав, що ремонт коштував 40 мільйонів гривень. "
    "Вчора в області через обстріл загинули двоє людей, ще п'ятеро поранені."
)
_RUSSIAN = (
    "Губернатор области Сергей Волков провёл совещание с руководителями больниц. "
    "«Мы должны закончить ремонт до зимы», — заявил Волков.\n\n"
    "Его заместитель Ирина Орлова сообщила, что в понедельник в районе "
    "произошёл пожар на складе."
)


@pytest.mark.usefixtures("budget")
@pytest.mark.parametrize("text", [_NEWS, _RUSSIAN])
def test_a_reset_never_changes_an_answer(text):
    reset_caches()
    expected = uanews.dumps(uanews.parse(text))
    _counted, _limit, resets = cache_entries()
    set_cache_budget(40)  # emptied many times while the item is read
    assert uanews.dumps(uanews.parse(text)) == expected
    assert cache_entries()[2] - resets > 5


@pytest.mark.usefixtures("budget")
def test_items_of_ever_new_names_keep_the_caches_within_the_budget():
    reset_caches()
    set_cache_budget(1000)
    _counted, _limit, resets = cache_entries()
    for number in range(60):
        surname = "Гор" + "ан" * (number % 7) + "ів" * (number // 7) + "енко"
        uanews.parse(
            f"Голова громади Тарас {surname} провів нараду з аграріями. "
            f"«Посівна почнеться вчасно», — сказав {surname}."
        )
        assert sum(info.kept for info in caches()) <= 1000
    assert cache_entries()[2] > resets
