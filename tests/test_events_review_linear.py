"""Finishing an item's events reads its organisations and sentences once, not once per event.

The work is counted, not timed. Every text here was written for these tests in the style of
regional news; none is taken from a corpus.
"""

from __future__ import annotations

import uanews
from uanews.model import EventKind
from uanews.parser import events as events_module

_SCHOOLS = ("ліцей № 3", "ліцей № 7", "ліцей № 12", "ліцей № 15", "ліцей № 21", "ліцей № 28")


def _counted(monkeypatch, name: str) -> list[int]:
    calls = [0]
    original = getattr(events_module, name)

    def counted(*args: object) -> object:
        calls[0] += 1
        return original(*args)

    monkeypatch.setattr(events_module, name, counted)
    return calls


def test_the_organisations_are_sorted_once_for_all_openings(monkeypatch):
    calls = _counted(monkeypatch, "_organization_mentions")
    paragraphs = [
        f"{day} вересня після ремонту у Вінниці відкрили {school}."
        for day, school in enumerate(_SCHOOLS, start=1)
    ]
    item = uanews.parse("Відкриття шкіл у Вінниці\n\n" + "\n\n".join(paragraphs))
    openings = [event for event in item.events if event.kind is EventKind.PRESENTATION]
    assert len(openings) >= len(_SCHOOLS) - 1
    assert calls[0] == 1


def test_the_sentences_after_fires_are_indexed_once_for_all_fires(monkeypatch):
    calls = _counted(monkeypatch, "_next_in_paragraph")
    towns = ("Умані", "Смілі", "Каневі", "Золотоноші", "Звенигородці", "Корсуні")
    paragraphs = [
        f"{day} березня у {town} спалахнула пожежа на складі."
        for day, town in enumerate(towns, start=1)
    ]
    item = uanews.parse(
        "Ворог атакував Черкащину\n\nУночі ворог атакував Черкаси дронами.\n\n"
        + "\n\n".join(paragraphs)
    )
    assert any(event.kind is EventKind.ATTACK for event in item.events)
    assert calls[0] == 1
