"""Language identification: exact letter evidence first, a seeded detector after, und if unsure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uanews.lang import UNDETERMINED, detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Зустріч пройшла в онлайн-режимі.", "uk"),
        ("Їжак", "uk"),
        ("Ґанок відремонтували", "uk"),
        ("Встреча прошла в мэрии.", "ru"),
        ("Ещё одна попытка.", "ru"),
        ("Вечар добры, як справы ў вас і ў сям'і?", "be"),
    ],
)
def test_marker_letters_decide(text, language):
    assert detect_language(text) == language


def test_a_few_russian_letters_in_ukrainian_text_do_not_flip_it():
    text = (
        "Голова області зустрівся з делегацією, яку очолював Сергій Воробйов, і обговорив "
        "питання співпраці. За його словами, «ёлка» - це слово, яке він знає з дитинства."
    )
    assert detect_language(text) == "uk"


@pytest.mark.parametrize(
    "text",
    [
        "We are ready to support the IT sector in Kharkiv and its partners.",
        "Thank you very much for the invitation, it is an honour to be here.",
    ],
)
def test_english_goes_to_the_detector(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    "text", ["", "   ", "12345 - 70%", "OK", "Так", "Добра новина для Харкова"]
)
def test_too_short_or_unmarked_short_text_is_undetermined(text):
    assert detect_language(text) == UNDETERMINED


def test_answers_are_iso_codes():
    assert detect_language("这是一个关于城市新闻的简短句子，我们正在测试语言识别功能。") == "zh"


@given(st.text(max_size=200))
def test_any_text_gets_a_code_and_the_same_code_twice(text):
    first = detect_language(text)
    assert first == detect_language(text)
    assert first == UNDETERMINED or (first.isascii() and first.isalpha() and first.islower())
