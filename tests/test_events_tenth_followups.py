"""Constructions of the tenth pass of event drafting, each in Ukrainian and Russian.

- a paragraph that opens with ``Окремо`` / ``Отдельно`` (separately) before another time of
  the day tells one more strike, as a word of addition does (``Окремо вранці дрон атакував
  автобус ...``); ``Окремо`` before no time opens none.

Every text here was written for these tests in the style of Ukrainian news; none is taken from
any corpus.
"""

from __future__ import annotations

import uanews
from event_support import events_of
from uanews.model import EventKind


def test_ukrainian_separately_before_a_time_tells_one_more_strike() -> None:
    item = uanews.parse(
        "Росіяни обстріляли Сумщину\n\n"
        "Уночі російські війська обстріляли Ромни та Лебединську громаду, загинула жінка.\n\n"
        "Про це повідомила обласна військова адміністрація.\n\n"
        "Окремо ввечері ворожий дрон атакував вантажівку в Тростянецькій громаді. "
        "Поранено водія."
    )
    first, second = events_of(item, EventKind.ATTACK)
    assert "Ромни" in first.places
    assert second.places == ("Тростянецька громада",)


def test_russian_separately_before_a_time_tells_one_more_strike() -> None:
    item = uanews.parse(
        "Россияне обстреляли Сумщину\n\n"
        "Ночью российские войска обстреляли Ромны и Лебединскую громаду, погибла женщина.\n\n"
        "Об этом сообщила областная военная администрация.\n\n"
        "Отдельно вечером атаке подверглась Тростянецкая громада. Ранен водитель грузовика."
    )
    first, second = events_of(item, EventKind.ATTACK)
    assert "Ромны" in first.places
    assert second.places == ("Тростянецкая громада",)


def test_separately_before_no_time_opens_no_other_strike() -> None:
    for text in (
        (
            "Росіяни обстріляли Сумщину\n\n"
            "Уночі російські війська обстріляли Ромни та Лебединську громаду, загинула жінка.\n\n"
            "Про це повідомила обласна військова адміністрація.\n\n"
            "Окремо в Лебединській громаді внаслідок обстрілу пошкоджено лінію електропередачі."
        ),
        (
            "Россияне обстреляли Сумщину\n\n"
            "Ночью российские войска обстреляли Ромны и Лебединскую громаду, погибла женщина.\n\n"
            "Об этом сообщила областная военная администрация.\n\n"
            "Отдельно в Лебединской громаде в результате обстрела повреждена линия электропередачи."
        ),
    ):
        assert len(events_of(uanews.parse(text), EventKind.ATTACK)) == 1
