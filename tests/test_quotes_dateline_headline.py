"""A first line that is only a dateline signed by an outlet is no headline quote.

``Умань, 3 березня 2026 року – Укрінформ``: a place and a date before the dash are the
dateline's words, which nobody says. Every text was written for these tests.
"""

from __future__ import annotations

import pytest

from quote_support import said


@pytest.mark.parametrize(
    "text",
    [
        "Бердичів, 14 квітня 2026 року – Укрінформ\n\nУночі ворог атакував місто дронами.\n",
        "Біла Церква, 2 травня – Укрінформ\n\nЗранку в місті пролунали вибухи.\n",
        "Бердичів, 14 апреля 2026 года — Укринформ\n\nНочью враг атаковал город дронами.\n",
        "Белая Церковь, 2 мая — Укринформ\n\nУтром в городе прогремели взрывы.\n",
    ],
)
def test_a_dateline_is_no_headline_quote(text: str) -> None:
    """A place, a comma and a date before the outlet's dash say nothing."""
    assert said(text) == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Near misses: a clause, even one with a number, before a speaker's dash is speech.
        (
            (
                "Ми відбудуємо міст за 2 роки – Олег Тарнавчик\n\n"
                "Про це заявив мер Ковеля Олег Тарнавчик.\n"
            ),
            "Ми відбудуємо міст за 2 роки",
        ),
        (
            (
                "Город выстоит, 3 года держим оборону — Олег Тарнавчик\n\n"
                "Об этом заявил мэр Ковеля Олег Тарнавчик.\n"
            ),
            "Город выстоит, 3 года держим оборону",
        ),
    ],
)
def test_a_clause_before_the_dash_is_a_headline_quote(text: str, words: str) -> None:
    """Words with a verb before a speaker's dash stay the speaker's."""
    assert said(text) == {words: "Олег Тарнавчик"}
