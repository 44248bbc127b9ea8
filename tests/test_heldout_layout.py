"""Layout checks for the held-out sets ``ru_heldout3`` to ``16`` and ``uk_heldout1`` to ``14``.

The sets are scored by ``scripts/score_*.py``; these tests only check that their label files
are well formed and aligned to their raw texts, so that a broken file fails here and not in a
scorer. They make no claim about what the extractors find.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"
SETS = {
    "ru_heldout3": 24,
    "ru_heldout4": 20,
    "ru_heldout5": 24,
    "ru_heldout6": 24,
    "ru_heldout7": 24,
    "ru_heldout8": 24,
    "ru_heldout9": 24,
    "ru_heldout10": 24,
    "ru_heldout11": 24,
    "ru_heldout12": 24,
    "ru_heldout13": 24,
    "ru_heldout14": 24,
    "ru_heldout15": 24,
    "ru_heldout16": 24,
    "uk_heldout1": 24,
    "uk_heldout2": 24,
    "uk_heldout3": 24,
    "uk_heldout4": 24,
    "uk_heldout5": 24,
    "uk_heldout6": 24,
    "uk_heldout7": 24,
    "uk_heldout8": 24,
    "uk_heldout9": 24,
    "uk_heldout10": 24,
    "uk_heldout11": 24,
    "uk_heldout12": 24,
    "uk_heldout13": 24,
    "uk_heldout14": 24,
}
"""Each set and how many items it holds."""

ITEMS = [(name, path.stem) for name in SETS for path in sorted((DATA / name / "raw").glob("*.txt"))]
ENTITY_TYPES = {"PERS", "ORG", "JOB"}
QUOTE_KINDS = {"direct", "indirect", "interview"}
EVENT_KINDS = {"meeting", "visit", "agreement", "presentation", "announcement", "attack"}
EVENT_KINDS |= {"incident"}
EVENT_FIELDS = {"kind", "evidence", "also", "date", "mode", "place", "participants", "places"}
EVENT_FIELDS |= {"killed", "injured"}


def _raw(name: str, item: str) -> str:
    with (DATA / name / "raw" / f"{item}.txt").open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _load(name: str, folder: str, item: str) -> Any:
    return json.loads((DATA / name / folder / f"{item}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SETS)
def test_every_item_has_all_its_files(name: str) -> None:
    """Every raw text has gold, quote and event files, and nothing else is left over."""
    items = sorted(path.stem for path in (DATA / name / "raw").glob("*.txt"))
    assert len(items) == SETS[name]
    for folder in ("gold", "annotations/quotes", "annotations/events"):
        assert sorted(path.stem for path in (DATA / name / folder).glob("*.json")) == items


@pytest.mark.parametrize(("name", "item"), ITEMS)
def test_gold_offsets_match_the_text(name: str, item: str) -> None:
    """Each NER entity's offsets cut out exactly its text, and the hash is the raw file's."""
    text = _raw(name, item)
    gold = _load(name, "gold", item)
    assert gold["raw_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert gold["annotated_span"] == [0, len(text)]
    previous_end = 0
    for entity in gold["entities"]:
        assert entity["type"] in ENTITY_TYPES
        assert text[entity["start"] : entity["end"]] == entity["text"]
        assert entity["start"] >= previous_end, f"overlapping or unordered: {entity}"
        previous_end = entity["end"]


@pytest.mark.parametrize(("name", "item"), ITEMS)
def test_quote_parts_are_found_in_order(name: str, item: str) -> None:
    """Each quote's parts are found with ``str.index``, each after the previous one."""
    text = _raw(name, item)
    for quote in _load(name, "annotations/quotes", item):
        assert quote["kind"] in QUOTE_KINDS
        assert quote["speaker"] is None or isinstance(quote["speaker"], str)
        assert quote["parts"]
        position = 0
        for part in quote["parts"]:
            position = text.index(part, position) + len(part)


@pytest.mark.parametrize(("name", "item"), ITEMS)
def test_event_sentences_are_found(name: str, item: str) -> None:
    """Each event's sentences are in the raw text, and its fields are of the guidelines."""
    text = _raw(name, item)
    for event in _load(name, "annotations/events", item):
        assert set(event) - {"note"} == EVENT_FIELDS  # a judgement call may carry a note
        assert event["kind"] in EVENT_KINDS
        assert event["mode"] in {None, "online", "in_person"}
        for sentence in [event["evidence"], *event["also"]]:
            assert text.find(sentence) >= 0, sentence
        if event["place"] is not None:
            assert event["places"][:1] == [event["place"]]
        for count in (event["killed"], event["injured"]):
            assert count is None or (isinstance(count, int) and count >= 0)
