"""Acceptance on the two seed items: events alone on hand-built participants, then end to end.

The texts are the project's two seed fixtures (000: article layout, 001: broadcast layout), read
into structure by the parser. The first tests attach participants by hand, so they check the
events extractor alone; the last two run the whole parser.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from eventkit import with_participants
from uanews.model import EventKind, EventMode, NewsItem, PartialDate, ParticipantKind
from uanews.parser import parse
from uanews.parser.events import extract_events

FIXTURES = Path(__file__).parent / "fixtures"
SEED_000 = FIXTURES / "000_927cecf6c1d1da7a.txt"
SEED_001 = FIXTURES / "001_d22239b70b5f1dd6.txt"


def structure(path: Path) -> NewsItem:
    return parse(path.read_bytes(), extract=False)


def seed_000() -> NewsItem:
    return with_participants(
        structure(SEED_000),
        {
            "kucher": ("Олексія Кучера", "Олексій Кучер", "Глава ХОДА", "глава ХОДА"),
            "sarapinas": (
                "Вальдемараса Сарапінаса",
                "Вальдемарас Сарапінас",
                "Надзвичайним і Повноважним Послом Литовської республіки в Україні",
            ),
        },
    )


def seed_001() -> NewsItem:
    return with_participants(
        structure(SEED_001),
        {
            "delegation": ("делегації міста-побратима Альбукерке та Кремнієвої долини",),
            "kharkiv-it": ("IT-сектором Харкова", "IT-сектору Харкова"),
        },
        ParticipantKind.GROUP,
    )


def test_seed_000_one_online_meeting_between_kucher_and_sarapinas():
    item = seed_000()
    events = extract_events(item)
    attrs.evolve(item, events=events)
    meetings = [event for event in events if event.kind is EventKind.MEETING]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.date == PartialDate.fromisoformat("--09-21")
    assert meeting.mode is EventMode.ONLINE
    assert set(meeting.participants) == {"kucher", "sarapinas"}
    assert meeting.topics == ("промисловість", "ІТ-технології", "наука", "освіта")
    assert meeting.evidence is not None


def test_seed_000_has_no_other_events():
    assert [event.kind for event in extract_events(seed_000())] == [EventKind.MEETING]


def test_seed_001_meeting_between_the_delegation_and_the_it_sector():
    item = seed_001()
    events = extract_events(item)
    attrs.evolve(item, events=events)
    meetings = [event for event in events if event.kind is EventKind.MEETING]
    assert len(meetings) == 1
    assert meetings[0].participants == ("delegation", "kharkiv-it")
    assert meetings[0].evidence is not None
    assert "зустрічі" in item.text[meetings[0].evidence.start : meetings[0].evidence.end]


def test_seed_001_speech_blocks_add_no_events():
    item = seed_001()
    speech_start = item.paragraph_spans()[1].start
    for event in extract_events(item):
        assert event.evidence is not None
        assert event.evidence.end < speech_start


def test_seed_000_through_the_whole_parser():
    item = parse(SEED_000.read_bytes())
    meetings = [event for event in item.events if event.kind is EventKind.MEETING]
    assert len(meetings) == 1
    meeting = meetings[0]
    names = {item.participant(participant_id).name for participant_id in meeting.participants}
    assert any("Кучер" in name for name in names)
    assert any("Сарапінас" in name for name in names)
    assert len(names) == 2
    assert meeting.date == PartialDate(month=9, day=21)
    assert meeting.mode is EventMode.ONLINE
    assert meeting.topics == ("промисловість", "ІТ-технології", "наука", "освіта")
    assert item.language == "uk"


def test_seed_001_through_the_whole_parser():
    item = parse(SEED_001.read_bytes())
    meetings = [event for event in item.events if event.kind is EventKind.MEETING]
    assert len(meetings) == 1
    names = {item.participant(participant_id).name for participant_id in meetings[0].participants}
    assert names == {
        "делегація міста-побратима Альбукерке та Кремнієвої долини",
        "IT-сектор Харкова",
    }
    assert {item.participant(pid).kind for pid in meetings[0].participants} == {
        ParticipantKind.GROUP
    }
    assert item.language == "uk"
