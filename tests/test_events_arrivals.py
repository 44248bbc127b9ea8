"""Arriving at a destination or at a ceremony is a visit, in both languages (own texts).

``приїхав`` / ``прибув`` (Russian ``приехал`` / ``прибыл``) name a visit with a destination after
the verb (``до Черкас``, ``у Черкаси``) or before it (``До Черкас приїхав``), or with a ceremony
one arrives at (``На відкриття приїхав X``). Arriving in a car or at the scene of a fire is no
visit.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import EventKind

UK_TAIL = " Про це повідомили в міській раді.\n"
RU_TAIL = " Об этом сообщили в городском совете.\n"


def _visits(headline: str, text: str, tail: str) -> list[tuple[str | None, list[str]]]:
    item = uanews.parse(f"{headline}\n\n{text}{tail}")
    return [
        (event.place, [item.participant(ref).name for ref in event.participants])
        for event in item.events
        if event.kind is EventKind.VISIT
    ]


@pytest.mark.parametrize(
    ("headline", "text", "tail", "place", "visitor"),
    [
        (
            "Новини міста",
            "У понеділок до Черкас приїхав міністр охорони здоров'я Віктор Лящук.",
            UK_TAIL,
            "Черкаси",
            "Віктор Лящук",
        ),
        (
            "Новини міста",
            "У понеділок міністр Віктор Лящук приїхав на відкриття лікарні в Черкасах.",
            UK_TAIL,
            "Черкаси",
            "Віктор Лящук",
        ),
        (
            "Новости города",
            "В понедельник в Черкассы приехал министр Виктор Лящук.",
            RU_TAIL,
            "Черкассы",
            "Виктор Лящук",
        ),
    ],
)
def test_arriving_at_a_destination_or_a_ceremony_is_a_visit(headline, text, tail, place, visitor):
    assert _visits(headline, text, tail) == [(place, [visitor])]


@pytest.mark.parametrize(
    ("headline", "text", "tail", "visitor"),
    [
        (
            "Новини міста",
            (
                "У Черкасах у понеділок відкрили відділення кардіохірургії. На відкриття приїхав "
                "міністр охорони здоров'я Віктор Лящук."
            ),
            UK_TAIL,
            "Віктор Лящук",
        ),
        (
            "Новини міста",
            "У понеділок міністр охорони здоров'я Віктор Лящук приїхав у Черкаси.",
            UK_TAIL,
            "Віктор Лящук",
        ),
        (
            "Новости города",
            (
                "В Черкассах в понедельник открыли отделение. На открытие приехал министр Виктор "
                "Лящук."
            ),
            RU_TAIL,
            "Виктор Лящук",
        ),
    ],
)
def test_the_visitor_of_an_arrival_at_a_ceremony_or_into_a_city(headline, text, tail, visitor):
    # the place of these visits is not read yet (an accusative destination, a ceremony's city)
    assert [visitors for _place, visitors in _visits(headline, text, tail)] == [[visitor]]


@pytest.mark.parametrize(
    "text",
    [
        "У понеділок Віктор Лящук приїхав у своїй машині.",
        "У понеділок рятувальники прибули на місце пожежі в Черкасах.",
    ],
)
def test_arriving_in_a_car_or_at_a_fire_is_no_visit(text):
    assert _visits("Новини міста", text, UK_TAIL) == []
