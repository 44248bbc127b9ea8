"""Participants on short original news texts never used to tune the rules (held-out check).

Each ``tests/data/participants_heldout/<case>.txt`` sits beside ``<case>.json``: the people
(nominative name and role), organisations and groups a reader finds in it. A case with a
``known_gap`` documents a miss the rules still make; it is expected to fail until fixed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from uanews import parse_file
from uanews.model import ParticipantKind

HELDOUT = Path(__file__).parent / "data" / "participants_heldout"
CASES = sorted(path.stem for path in HELDOUT.glob("*.txt"))


def found(case: str) -> dict[str, object]:
    item = parse_file(HELDOUT / f"{case}.txt")
    by_kind = {kind: [p for p in item.participants if p.kind is kind] for kind in ParticipantKind}
    return {
        "persons": sorted([p.name, p.role] for p in by_kind[ParticipantKind.PERSON]),
        "organizations": sorted(p.name for p in by_kind[ParticipantKind.ORGANIZATION]),
        "groups": sorted(p.name for p in by_kind[ParticipantKind.GROUP]),
    }


def expected(case: str) -> tuple[dict[str, object], str | None]:
    data = json.loads((HELDOUT / f"{case}.json").read_text(encoding="utf-8"))
    gap = data.pop("known_gap", None)
    return {key: sorted(value) for key, value in data.items()}, gap


def test_there_are_enough_heldout_cases():
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES)
def test_heldout_text_yields_exactly_its_participants(case, request):
    wanted, gap = expected(case)
    if gap is not None:
        request.applymarker(pytest.mark.xfail(reason=gap, strict=True))
    assert found(case) == wanted
