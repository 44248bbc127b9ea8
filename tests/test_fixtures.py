"""Fixture files: each ``<case>.txt`` parses to the structure in ``<case>.json`` (checked by hand).

The JSON holds the structure (headline, paragraphs with captions, related, metadata); it is
compared with ``parse_file(..., extract=False)``, so the extraction fields stay empty here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from uanews.convert import loads
from uanews.parser import parse, parse_file
from uanews.render import render

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(path.stem for path in FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("case", CASES)
def test_fixture_parses_to_its_expected_structure(case):
    expected = loads((FIXTURES / f"{case}.json").read_bytes(), source=f"{case}.json")
    assert parse_file(FIXTURES / f"{case}.txt", extract=False) == expected


@pytest.mark.parametrize("case", CASES)
def test_fixture_structure_survives_rendering(case):
    item = parse_file(FIXTURES / f"{case}.txt", extract=False)
    assert parse(render(item), extract=False) == item


def test_both_seeds_are_fixtures():
    assert {"000_927cecf6c1d1da7a", "001_d22239b70b5f1dd6"} <= set(CASES)
