"""Rules that looked at everything before a point for each question now look it up: counted.

Speaker resolution asked which persons hold a synonym of a role (``мер`` for ``міський
голова``) by reading every mention before the cue, and joining date ranges (``з 3 по 5
травня``) searched the whole text before each range for its opening word. Both were
quadratic in a long item. The tests count the work (never the time) and check the answers
against the old scans. Every text here was written for these tests; none is from a corpus.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from uanews.model import Participant, ParticipantKind
from uanews.parser.events import dates
from uanews.parser.quotes import role_synonyms
from uanews.parser.quotes.role_synonyms import role_groups, synonym_holders
from uanews.parser.quotes.speaker_context import Mentions, Placed

_ROLES = ("міський голова", "мер", "начальник поліції", "директор школи", None)
_SURNAMES = ("Гнатюк", "Ковтун", "Шевчук", "Бондар", "Мельник", "Лисенко", "Кравець")


def _mentions(people: int, rounds: int) -> Mentions:
    """Return the mentions of ``people`` persons, each named once a round, ``rounds`` times."""
    persons = [
        Participant(
            id=f"p{number + 1}",
            kind=ParticipantKind.PERSON,
            name=f"Іван {_SURNAMES[number % len(_SURNAMES)]}{number}",
            role=_ROLES[number % len(_ROLES)],
        )
        for number in range(people)
    ]
    placed = []
    for round_ in range(rounds):
        for number, person in enumerate(persons):
            start = (round_ * people + number) * 20
            placed.append(Placed(start, start + 10, person))
    return Mentions(placed)


def _old_scan(placed: Mentions, groups: frozenset[int], anchor: int) -> list[str]:
    """Return what `synonym_holders` returned when it read every mention before ``anchor``."""
    holders: list[str] = []
    for entry in placed:
        if entry.start >= anchor:
            break
        person = entry.participant
        if person.role is not None and groups & role_groups(person.role):
            if person.id in holders:
                holders.remove(person.id)
            holders.append(person.id)
    return holders


def test_synonym_holders_answers_as_the_scan_did():
    placed = _mentions(12, 3)
    mayor = role_groups("мер")
    assert mayor  # the lexicon's synonym group of the mayor
    for anchor in (0, 5, 95, 240, 250, 500, 10_000):
        assert synonym_holders(placed, mayor, anchor) == _old_scan(placed, mayor, anchor)
    # ``міський голова`` and ``мер`` are one office: persons of both roles, last named last.
    assert synonym_holders(placed, mayor, 10_000) == ["p1", "p2", "p6", "p7", "p11", "p12"]
    assert synonym_holders(placed, frozenset(), 10_000) == []


def test_synonym_holders_reads_each_role_once_not_each_mention(monkeypatch):
    calls = [0]

    def counted(role: str) -> frozenset[int]:
        calls[0] += 1
        return role_groups(role)

    monkeypatch.setattr(role_synonyms, "role_groups", counted)
    placed = _mentions(50, 20)  # 1,000 mentions of 50 people, 40 of them with a role
    mayor = role_groups("мер")
    for anchor in range(0, 20_000, 100):  # 200 questions
        synonym_holders(placed, mayor, anchor)
    # The scan asked for the role of every mention before each anchor: 79,600 calls.
    assert calls[0] <= 40


@given(
    st.text(alphabet="звідіЗВ -\n\t5", max_size=12),
    st.text(alphabet="звідіЗВ -\n\t5", max_size=12),
)
def test_a_range_opens_exactly_where_the_whole_prefix_says(before: str, date: str):
    text = before + date
    start = len(before)
    opens = dates._opens_range(text, start)  # noqa: SLF001
    assert opens == bool(dates._RANGE_OPEN.search(text[:start]))  # noqa: SLF001


class _CountingPattern:
    """A compiled pattern that counts the characters its searches may read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        self.read += end - pos
        return self.pattern.search(text, pos, end)


def test_joining_ranges_reads_near_each_range_not_the_text_before_it(monkeypatch):
    counting = _CountingPattern(dates._RANGE_OPEN)  # noqa: SLF001
    monkeypatch.setattr(dates, "_RANGE_OPEN", counting)
    sentence = (
        "Виставка працюватиме з 28 вересня по 2 жовтня 2024 року, а ярмарок від 10 травня"
        " до 12 червня. "
    )
    text = sentence * 200
    found = dates.find_dates(text)
    assert len(found) == 400
    assert all(mention.end_date is not None for mention in found)  # every range was joined
    assert found[0].text == "28 вересня по 2 жовтня 2024 року"
    # The whole text before each range: 3.8 million characters for these 400 ranges.
    assert counting.read <= 10 * len(found)
