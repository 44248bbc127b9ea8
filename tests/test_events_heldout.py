"""Events on short original news texts (a check on texts the dev corpus does not hold).

Cases 01-10 were written before the rules were tuned; cases 11-23 (strikes, emergencies,
decisions, openings) were written for the attack and incident kinds, alongside their rules.

Each ``tests/data/events_heldout/<case>.txt`` (written for this test, not taken from any corpus)
sits beside ``<case>.json``: the events a reader finds in it, each with its kind, date, mode,
place, participants (by nominative name) and the sentences that report it; an attack or an
incident also gives its places, killed and injured. A found event
matches an expected one when the kinds agree and its evidence overlaps one of those sentences.
A case with a ``known_gap`` documents a miss the rules still make and must fail until fixed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from uanews import parse_file
from uanews.model import Event, NewsItem

HELDOUT = Path(__file__).parent / "data" / "events_heldout"
CASES = sorted(path.stem for path in HELDOUT.glob("*.txt"))


def sentence_spans(item: NewsItem, sentences: list[str]) -> list[tuple[int, int]]:
    spans = []
    for sentence in sentences:
        start = item.text.find(sentence)
        assert start >= 0, f"annotated sentence not in the text: {sentence!r}"
        spans.append((start, start + len(sentence)))
    return spans


def overlaps(event: Event, spans: list[tuple[int, int]]) -> bool:
    assert event.evidence is not None
    return any(start < event.evidence.end and event.evidence.start < end for start, end in spans)


def names(item: NewsItem, event: Event) -> set[str]:
    found = set()
    for participant_id in event.participants:
        participant = item.participant(participant_id)
        found.add(participant.name)
        found.update(mention.text for mention in participant.mentions)
    return found


def described(item: NewsItem, event: Event) -> dict[str, object]:
    return {
        "kind": event.kind.value,
        "date": None if event.date is None else event.date.isoformat(),
        "mode": None if event.mode is None else event.mode.value,
        "place": event.place,
        "places": list(event.places),
        "killed": event.killed,
        "injured": event.injured,
        "evidence": None
        if event.evidence is None
        else item.text[event.evidence.start : event.evidence.end],
    }


def test_there_are_enough_heldout_cases():
    assert len(CASES) >= 8


@pytest.mark.parametrize("case", CASES)
def test_heldout_text_yields_exactly_its_events(case, request):
    data = json.loads((HELDOUT / f"{case}.json").read_text(encoding="utf-8"))
    if data["known_gap"] is not None:
        request.applymarker(pytest.mark.xfail(reason=data["known_gap"], strict=True))
    item = parse_file(HELDOUT / f"{case}.txt")
    unmatched = list(item.events)
    for wanted in data["events"]:
        spans = sentence_spans(item, wanted["sentences"])
        match = next(
            (e for e in unmatched if e.kind.value == wanted["kind"] and overlaps(e, spans)), None
        )
        assert match is not None, f"missed {wanted['kind']}: {wanted['sentences'][0]!r}"
        unmatched.remove(match)
        got = described(item, match)
        assert (got["date"], got["mode"], got["place"]) == (
            wanted["date"],
            wanted["mode"],
            wanted["place"],
        ), got
        assert set(wanted["participants"]) <= names(item, match)
        if "places" in wanted:  # strikes and emergencies: every place and the casualties
            assert (got["places"], got["killed"], got["injured"]) == (
                wanted["places"],
                wanted["killed"],
                wanted["injured"],
            ), got
    assert not unmatched, [described(item, event) for event in unmatched]
