"""Event extraction stays linear in an item's size: the work counted, never the time taken.

Every text here was written for these tests in the style of regional news; none is taken from a
corpus.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator

import pytest

import uanews
from uanews.parser.events import holders as holders_module
from uanews.parser.events.casualties import casualties, stated_casualties
from uanews.parser.events.holders import Actors

# The package exports the function `casualties`, which hides its module of the same name.
casualties_module = importlib.import_module("uanews.parser.events.casualties")

_CITIES = ("Житомира", "Бердичева", "Коростеня", "Малина", "Звягеля", "Овруча")
_NAMES = (
    "Олег Гнатюк",
    "Роман Ковтун",
    "Ігор Шевчук",
    "Василь Бондар",
    "Петро Мельник",
    "Андрій Савчук",
)


def _mayors_text(meetings: int) -> str:
    """Return an item naming six mayors, then ``meetings`` meetings with a mayor of a city."""
    mayors = ", ".join(f"мер {city} {name}" for city, name in zip(_CITIES, _NAMES, strict=True))
    visits = " ".join(
        f"Потім депутати провели зустріч із мером {_CITIES[number % len(_CITIES)]}."
        for number in range(meetings)
    )
    return f"Мери підписали угоду\n\nМ{mayors[1:]} підписали угоду.\n\n{visits}"


def _counting(calls: list[int], function):
    """Return ``function`` that appends one to ``calls`` on each call."""

    def counted(*args, **kwargs):
        calls.append(1)
        return function(*args, **kwargs)

    return counted


def test_the_office_table_is_built_once_per_item(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(holders_module, "role_groups", _counting(calls, holders_module.role_groups))
    item = uanews.parse(_mayors_text(12))
    with_roles = [participant for participant in item.participants if participant.role]
    assert len(with_roles) == len(_CITIES)
    assert len(calls) == len(with_roles)  # one per person, not one per meeting sentence


def test_a_role_phrase_looks_its_holder_up_instead_of_going_through_the_people(monkeypatch):
    item = uanews.parse(_mayors_text(12))
    actors = Actors(item)
    actors.offices()
    stems: list[int] = []
    phrases: list[int] = []
    named = holders_module._named_offices  # noqa: SLF001

    def counted_named(
        text: str, start: int, end: int
    ) -> list[tuple[frozenset[int], frozenset[str]]]:
        found = named(text, start, end)
        phrases.append(len(found))
        return found

    monkeypatch.setattr(holders_module, "_stems", _counting(stems, holders_module._stems))  # noqa: SLF001
    monkeypatch.setattr(holders_module, "_named_offices", counted_named)
    body = item.text.index("Потім")
    spans = [
        (match.start(), match.end()) for match in re.finditer(r"Потім[^.]*\.", item.text[body:])
    ]
    spans = [(start + body, end + body) for start, end in spans]
    found = actors.holders(spans)
    # Each phrase names a place: its stems are read once, and no holder's role is read again.
    assert sum(phrases) == len(spans) == 12
    assert len(stems) == sum(phrases)
    mayors = {participant.name: participant.id for participant in item.participants}
    assert found == [mayors[name] for name in _NAMES]


class _Scanning:
    """A stand-in for a compiled pattern that adds up how much text it is asked to scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def _scan(self, text: str, pos: int, endpos: int) -> None:
        self.scanned += min(endpos, len(text)) - pos

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        self._scan(text, pos, endpos)
        return self.pattern.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._scan(text, pos, endpos)
        return self.pattern.search(text, pos, endpos)


def test_a_long_list_of_casualty_clauses_is_split_into_clauses_once(monkeypatch):
    numbers = ("двоє", "троє", "четверо", "п'ятеро", "шестеро", "семеро", "двоє")
    people = ("дитина", "пенсіонерка", "рятувальник", "водій", "жінка", "підліток", "лікар")
    sentence = (
        "Унаслідок обстрілу загинув чоловік, "
        + ", ".join(
            f"ще {number}, зокрема {person}, дістали поранення"
            for number, person in zip(numbers, people, strict=True)
        )
        + "."
    )
    clause_ends = _Scanning(casualties_module._CLAUSE_END)  # noqa: SLF001
    monkeypatch.setattr(casualties_module, "_CLAUSE_END", clause_ends)
    (killed, _), (injured, added) = stated_casualties(sentence, 0, len(sentence))
    assert killed == 1
    assert injured == 2 + 3 + 4 + 5 + 6 + 7 + 2
    assert added
    # Once for the dead, once for the injured: not once more from the start for every clause.
    assert clause_ends.scanned <= 2 * len(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ще п'ятеро дістали травми.", ((None, False), (5, True))),
        ("Загинули двоє людей, ще троє поранено.", ((2, False), (3, True))),
        ("Поранено 3 людини, ще двоє дістали травми.", ((None, False), (5, False))),
        ("Обійшлося без постраждалих.", ((0, False), (0, False))),  # nobody killed or hurt
    ],
)
def test_the_counts_come_with_whether_they_only_add(sentence, expected):
    assert stated_casualties(sentence, 0, len(sentence)) == expected
    (killed, _), (injured, _) = expected
    assert casualties(sentence, 0, len(sentence)) == (killed, injured)


def test_the_lede_s_dateline_is_read_once_per_item_however_many_events(monkeypatch):
    # The lead's place (`_lead_place`) is asked for each event with no place of its own: the
    # body's opening is worked out once per item, not by going through its sentences each time.
    events_module = importlib.import_module("uanews.parser.events")
    calls: list[int] = []
    monkeypatch.setattr(events_module, "dateline", _counting(calls, events_module.dateline))
    text = "Наради у громадах\n\nЖИТОМИР, 3 березня. " + " ".join(
        f"Потім голова громади провів нараду з керівником служби номер {number}.\n\n"
        for number in range(12)
    )
    events = uanews.parse(text).events
    assert len(events) > 1
    assert calls == [1]
