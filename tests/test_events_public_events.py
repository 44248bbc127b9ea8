"""A festival, a fair or an exhibition that starts or opens is a presentation (own texts).

The guidelines count what is opened or launched to the public as a presentation, an exhibition
opening among them; a fair or a festival that starts (``стартував осінній ярмарок``,
``стартовала осенняя ярмарка``) opens to the public the same way. Preparing for one, or a fair
named as the complement of another noun, is no start.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import EventKind

UK_TAIL = " Про це повідомили в міській раді.\n"
RU_TAIL = " Об этом сообщили в городском совете.\n"


def _events(headline: str, sentence: str, tail: str) -> list[tuple[EventKind, str | None]]:
    item = uanews.parse(f"{headline}\n\n{sentence}{tail}")
    return [(event.kind, event.place) for event in item.events]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("У Дніпрі на Європейській площі в суботу стартував осінній ярмарок.", "Дніпро"),
        ("У Дніпрі в суботу відкрився різдвяний ярмарок.", "Дніпро"),
        ("У Львові в неділю стартував джазовий фестиваль.", "Львів"),
        ("У Полтаві в неділю стартувала виставка графіки.", "Полтава"),
    ],
)
def test_a_ukrainian_public_event_that_starts_is_a_presentation(sentence, place):
    assert _events("Новини міста", sentence, UK_TAIL) == [(EventKind.PRESENTATION, place)]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("В Днепре в субботу стартовала осенняя ярмарка.", "Днепр"),
        ("В Днепре в субботу открылась рождественская ярмарка.", "Днепр"),
        ("В Одессе в субботу стартовал джазовый фестиваль.", "Одесса"),
    ],
)
def test_a_russian_public_event_that_starts_is_a_presentation(sentence, place):
    assert _events("Новости города", sentence, RU_TAIL) == [(EventKind.PRESENTATION, place)]


@pytest.mark.parametrize(
    ("headline", "sentence", "tail"),
    [
        ("Новини міста", "У Львові в неділю розпочали підготовку до ярмарку.", UK_TAIL),
        ("Новини міста", "У Львові в неділю стартувала реєстрація на фестиваль.", UK_TAIL),
        ("Новини міста", "У Львові в неділю стартувала реєстрація учасників фестивалю.", UK_TAIL),
        ("Новини міста", "У Львові в неділю стартувала реєстрація фестивалю.", UK_TAIL),
        ("Новини міста", "У Львові в неділю стартував продаж квитків на фестиваль.", UK_TAIL),
        ("Новости города", "Во Львове в воскресенье начали подготовку к ярмарке.", RU_TAIL),
    ],
)
def test_preparing_for_a_fair_is_no_presentation(headline, sentence, tail):
    assert _events(headline, sentence, tail) == []
