"""Event fields on unseen text, tenth pass (fields10), Ukrainian and Russian.

Casualties: a count after ``ще`` with no count of its kind before it in the body counts more
victims than the dead just told, not more injured on top of a later count.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from event_support import only_event
from uanews.model import EventKind


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        (
            (
                "Удар по Сумах: загинув чоловік, четверо поранених\n\n"
                "Уночі російська армія атакувала Суми дронами. Загинув 50-річний чоловік."
                " Ще четверо людей дістали поранення.\n\n"
                "Поранену дитину госпіталізували."
            ),
            4,
        ),
        (
            (
                "Удар по Днепру: погиб мужчина, четверо раненых\n\n"
                "Ночью российская армия атаковала Днепр дронами. Погиб 50-летний мужчина."
                " Еще четыре человека получили ранения.\n\n"
                "Раненую девочку госпитализировали."
            ),
            4,
        ),
    ],
)
def test_more_victims_after_the_dead_are_the_injureds_own_total(text: str, injured: int) -> None:
    event = only_event(uanews.parse(text), EventKind.ATTACK)
    assert (event.killed, event.injured) == (1, injured)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Удар по Сумах\n\nУночі російська армія атакувала Суми дронами. Поранено трьох людей."
            " Вранці ще двоє людей дістали поранення."
        ),
        (
            "Удар по Днепру\n\nНочью российская армия атаковала Днепр дронами. Ранены три"
            " человека. Утром еще двое человек получили ранения."
        ),
    ],
)
def test_more_injured_after_injured_told_still_add_up(text: str) -> None:
    event = only_event(uanews.parse(text), EventKind.ATTACK)
    assert event.injured == 5
