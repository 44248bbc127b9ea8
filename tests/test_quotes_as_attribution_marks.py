"""``Як зазначив X, «...»`` / ``Как отметила X, «...»``: the parenthetical attribution that opens a
reported clause opens words in marks the same way, and the words in marks are X's direct
speech. The attribution must open the words before the marks (its sentence, or a clause
after a comma); words in marks after other narration take no speaker from it.

Also: a place noun ending the headline (``сквер``) names no square in the paragraph below, so
a name opening that paragraph is a person.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

import uanews
from quote_support import spoken
from uanews.model import ParticipantKind, QuoteKind


def test_as_attribution_before_marks_in_russian() -> None:
    """``Как сказала ... Ольга Дорофеенко, «...»`` is her direct speech."""
    text = (
        "В Полтаве открыли новый сквер\n\n"
        "Как сказала директор департамента благоустройства Ольга Дорофеенко, «сквер станет "
        "местом отдыха для всей семьи».\n"
    )
    assert spoken(text) == [("сквер станет местом отдыха для всей семьи", "Ольга Дорофеенко")]


def test_as_attribution_before_marks_in_ukrainian() -> None:
    """``Як зазначив міський голова Олег Кармелюк, «...»`` is his, the kind direct."""
    text = (
        "У Полтаві відкрили новий сквер\n\n"
        "Після відкриття роботи продовжаться. Як зазначив міський голова Олег Кармелюк, «це "
        "лише перший етап великої реконструкції».\n"
    )
    item = uanews.parse(text)
    assert [(quote.kind, quote.text) for quote in item.quotes] == [
        (QuoteKind.DIRECT, "це лише перший етап великої реконструкції")
    ]
    assert spoken(text)[0][1] == "Олег Кармелюк"


def test_the_narration_after_the_marks_is_not_the_quote() -> None:
    """``..., «...», и работы закончат весной``: the words after the marks are narration."""
    text = (
        "В Полтаве открыли новый сквер\n\n"
        "Как сказала директор департамента Ольга Дорофеенко, «сквер станет местом отдыха», и "
        "работы закончат весной.\n"
    )
    assert spoken(text) == [("сквер станет местом отдыха", "Ольга Дорофеенко")]


def test_as_in_mid_sentence_is_no_attribution_of_the_marks() -> None:
    """``Сквер, як і обіцяли, «...»``: ``як`` opens a comparison, no one's words."""
    text = (
        "У Полтаві відкрили новий сквер\n\n"
        "Сквер на Подолі, як і обіцяли торік, став «зеленою зоною» для родин.\n"
    )
    assert spoken(text) == []


def test_a_place_noun_ending_the_headline_names_no_place_below() -> None:
    """``сквер`` ends the headline; the name opening the next paragraph is a person."""
    item = uanews.parse(
        "У Полтаві відкрили новий сквер\n\n"
        "Ганна Лебединець розповіла, що сквер стане місцем відпочинку для родин.\n"
    )
    people = [p.name for p in item.participants if p.kind is ParticipantKind.PERSON]
    assert people == ["Ганна Лебединець"]


def test_a_place_noun_on_the_same_line_still_names_the_place() -> None:
    """``на вулиці Ганни Лебединець`` is a street named after her, not a person present."""
    item = uanews.parse(
        "У Полтаві відремонтували дорогу\n\nРоботи тривали місяць на вулиці Ганни Лебединець.\n"
    )
    assert [p for p in item.participants if p.kind is ParticipantKind.PERSON] == []


def test_a_name_in_marks_opening_the_report_keeps_it_indirect() -> None:
    """``«Полтававодоканал»`` is the report's subject, no words said: the report is indirect."""
    text = (
        "У Полтаві відкрили новий сквер\n\n"
        "Як зазначив міський голова Олег Кармелюк, «Полтававодоканал» уже замінив усі труби "
        "під сквером.\n"
    )
    item = uanews.parse(text)
    assert [(quote.kind, quote.text) for quote in item.quotes] == [
        (QuoteKind.INDIRECT, "«Полтававодоканал» уже замінив усі труби під сквером")
    ]
