"""`uanews show` lists every place of an event and the casualties it states."""

from __future__ import annotations

import io

import uanews
from uanews.show import view_text

REPORT = (
    "Ворог атакував Харківщину\n\n"
    "Вночі армія рф обстріляла Богодухівський та Чугуївський райони."
    " У Богодухові загинула жінка, ще двоє людей поранені."
)


def test_the_events_table_lists_every_place_and_the_casualties():
    item = uanews.parse(REPORT)
    (event,) = item.events
    assert len(event.places) > 1
    view = view_text(item, io.StringIO(), width=250)
    lines = [line for line in view.splitlines() if "attack" in line]
    assert lines
    for place in event.places:
        assert place in lines[0]
    assert "killed 1, injured 2" in lines[0]


def test_without_casualties_the_table_has_no_casualties_column():
    item = uanews.parse("Мер зустрівся з послом\n\nУ Полтаві мер Олег Кравець зустрівся з послом.")
    assert item.events
    assert "casualties" not in view_text(item, io.StringIO(), width=200)
