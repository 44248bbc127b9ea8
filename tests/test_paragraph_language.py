"""Each paragraph of a Ukrainian or Russian item in its own language, even a short one.

The sentences were written for these tests in the style of Ukrainian outlets that publish in both
languages; none is taken from any corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import uanews
from uanews import lexicon_lang
from uanews.lang import paragraph_language
from uanews.model import EventKind

_SHARED = "абвгдежзийклмнопрстуфхцчшщьюя"
_UKRAINIAN_LETTERS = "іїєґ"
_RUSSIAN_LETTERS = "ыэёъ"
_WORDS = sorted(
    lexicon_lang.RUSSIAN_WORDS
    | lexicon_lang.PAIR_RUSSIAN_WORDS
    | lexicon_lang.UKRAINIAN_WORDS
    | lexicon_lang.PAIR_UKRAINIAN_WORDS
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # no marker letter: a Russian-only word or ending decides
        ("Петр Коваль посетил Никопольскую общину в четверг.", "ru"),
        ("Вечером армия РФ нанесла удар по Херсону.", "ru"),  # ``армия``: Ukrainian ``армія``
        ("Об этом сообщили в полиции.", "ru"),
        ("Мужчину задержали в пятницу, сообщили в полиции.", "ru"),
        ("Там же состоялся концерт.", "ru"),  # reflexive past ``-лся``
        # no marker letter: a Ukrainian-only word or ending decides
        ("Рятувальники працюють на місці.", "uk"),
        ("Коли саме завершать ремонт, поки невідомо.", "uk"),
        ("Полтавська громада отримала кошти.", "uk"),
    ],
)
def test_short_paragraph_is_decided_by_words_and_endings(text, language):
    assert paragraph_language(text, "uk" if language == "ru" else "ru") == language


@pytest.mark.parametrize("text", ["Москва", "Борис Петров", "С. Лисак, В. Кравец", "12:00", "Тут"])
@pytest.mark.parametrize("default", ["uk", "ru"])
def test_no_evidence_keeps_the_items_language(text, default):
    assert paragraph_language(text, default) == default


def test_a_letter_of_another_cyrillic_alphabet_keeps_the_items_language():
    # Belarusian ``ў``: neither Ukrainian nor Russian, whatever its words
    assert paragraph_language("Ён сказаў, что прыехаў", "uk") == "uk"


def _text_with(markers: str, others: str) -> st.SearchStrategy[str]:
    """Return texts of shared letters, lexicon words and spaces with at least one marker.

    The lexicon words of either language come in too, all but those with a letter of
    ``others`` (the other language's markers).
    """
    words = [word for word in _WORDS if not any(char in word for char in others)]
    piece = st.one_of(
        st.text(alphabet=_SHARED, min_size=1, max_size=8),
        st.sampled_from(words),
        st.sampled_from(list(markers)),
        st.sampled_from([" ", ", ", ". ", "\n"]),
    )
    return st.tuples(st.sampled_from(list(markers)), st.lists(piece, max_size=30)).map(
        lambda parts: " ".join([*parts[1], parts[0]])
    )


@given(_text_with(_UKRAINIAN_LETTERS, _RUSSIAN_LETTERS), st.sampled_from(["uk", "ru"]))
def test_ukrainian_letters_without_russian_ones_are_never_russian(text, default):
    assert paragraph_language(text, default) == "uk"


@given(_text_with(_RUSSIAN_LETTERS, _UKRAINIAN_LETTERS), st.sampled_from(["uk", "ru"]))
def test_russian_letters_without_ukrainian_ones_are_never_ukrainian(text, default):
    assert paragraph_language(text, default) == "ru"


@given(st.text(max_size=200), st.sampled_from(["uk", "ru"]))
def test_any_text_gets_one_of_the_pair(text, default):
    assert paragraph_language(text, default) in {"uk", "ru"}


# A Ukrainian item whose short Russian paragraphs carry no ы э ё: each is read in Russian all the
# same, so its triggers, casualty words and attacker are found.
UK_SHORT_RU = """\
Ворог знову атакував обласний центр

Вечером армия РФ нанесла удар по Херсону, погибли двое мужчин.

Петр Коваль посетил Никопольскую общину в четверг.

Начальник обласної військової адміністрації Олександр Прокудін повідомив, що пошкоджено \
кілька приватних будинків.
"""


def test_short_russian_paragraphs_of_a_ukrainian_item_are_read_in_russian():
    item = uanews.parse(UK_SHORT_RU)
    assert item.language == "uk"
    attacks = [event for event in item.events if event.kind is EventKind.ATTACK]
    assert len(attacks) == 1
    assert attacks[0].killed == 2  # ``погибли двое``
    assert attacks[0].place == "Херсон"
    assert "армия РФ" in {item.participant(pid).name for pid in attacks[0].participants}
    visits = [event for event in item.events if event.kind is EventKind.VISIT]
    assert "Петр Коваль" in {
        item.participant(pid).name for event in visits for pid in event.participants
    }


@pytest.mark.parametrize(
    ("text", "default"),
    [
        # a Ukrainian name keeps its letters in a Russian sentence: the rest decides
        ("Поезда задерживаются до трех часов, сообщили в компании Укрзалізниця.", "ru"),
        ("Поезда задерживаются до трех часов, сообщили в компании Укрзалізниця.", "uk"),
        ("На месте работают пожарные ДСНС Київщини.", "ru"),
        ("На месте работают пожарные ДСНС Київщини.", "uk"),
        ("Об этом рассказали в объединении «Київські ліхтарі».", "uk"),
    ],
)
def test_letters_in_a_name_do_not_make_a_russian_paragraph_ukrainian(text, default):
    assert paragraph_language(text, default) == "ru"


def test_a_paragraph_whose_only_marker_letters_are_in_a_name_keeps_the_items_language():
    assert paragraph_language("Помогают ДСНС Київщини.", "ru") == "ru"
    # a sentence's first word is no name: its letters count
    assert paragraph_language("Інформацію уточнюють.", "ru") == "uk"


def test_a_russian_item_naming_a_ukrainian_body_is_russian():
    text = (
        "Пожар на складе\n\nНочью в Броварах загорелся склад стройматериалов, сообщили в "
        "полиции.\n\nНа месте работают спасатели ДСНС Київщини, сообщили в полиции.\n"
    )
    assert uanews.parse(text).language == "ru"


def test_an_item_whose_only_marker_letters_are_in_names_goes_by_them_without_other_evidence():
    # nothing outside the names tells the two apart: the names' letters still decide
    text = "Новини спорту\n\nПеремогу здобув майстер спорту Олексій Мороз.\n"
    assert uanews.parse(text).language == "uk"
