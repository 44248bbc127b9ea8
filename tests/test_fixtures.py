"""Fixture files: each ``<case>.txt`` parses to the structure in ``<case>.json`` (checked by hand).

The JSON holds the structure (headline, paragraphs with captions, related, metadata); it is
compared with ``parse_file(..., extract=False)``, so the extraction fields stay empty here.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from provenance import read_back
from uanews.convert import loads
from uanews.parser import parse, parse_file
from uanews.render import render

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(path.stem for path in FIXTURES.glob("*.txt"))


FIRST_LINES = {"000_927cecf6c1d1da7a": 5}
"""Fixtures whose first line with text is not line 1 (the seed starts with blank lines)."""


@pytest.mark.parametrize("case", CASES)
def test_fixture_parses_to_its_expected_structure(case):
    # The expected JSON is contract version 1 (no provenance): it still loads.
    expected = loads((FIXTURES / f"{case}.json").read_bytes(), source=f"{case}.json")
    path = FIXTURES / f"{case}.txt"
    provenance = {"source": str(path), "index": 0, "line": FIRST_LINES.get(case, 1)}
    assert parse_file(path, extract=False) == attrs.evolve(expected, **provenance)


@pytest.mark.parametrize("case", CASES)
def test_fixture_structure_survives_rendering(case):
    item = parse_file(FIXTURES / f"{case}.txt", extract=False)
    assert parse(render(item), extract=False) == read_back(item)


def test_both_seeds_are_fixtures():
    assert {"000_927cecf6c1d1da7a", "001_d22239b70b5f1dd6"} <= set(CASES)
