"""Constructions of the eleventh pass of event triggers and drafting, in Ukrainian and Russian.

- a polyclinic is opened as a clinic is (``відкрили дитячу поліклініку``);

Every text here was written for these tests in the style of Ukrainian news; none is taken from
any corpus, and the people are invented.
"""

from __future__ import annotations

import uanews
from event_support import events_of
from uanews.model import EventKind


def test_ukrainian_polyclinic_opened() -> None:
    item = uanews.parse(
        "У Полтаві відкрили поліклініку\n\nУ Полтаві 4 березня відкрили дитячу поліклініку.\n"
    )
    (opening,) = events_of(item, EventKind.PRESENTATION)
    assert opening.date is not None
    assert opening.date.month == 3
