"""Layout of the ru_heldout4 evaluation set: every file parses and every label points into its text.

``tests/data/ru_heldout4`` holds 20 self-written Russian-language news items with hand labels
(NER gold, quotes, events). This test checks only the files, not any extractor: the same items
in every folder, the gold's hash and offsets against the raw text, quote parts found in order,
event sentences found, and field values of the kinds the annotation guidelines allow.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).parent / "data" / "ru_heldout4"
ITEMS = sorted(path.stem for path in (ROOT / "raw").glob("*.txt"))
ENTITY_TYPES = {"PERS", "ORG", "JOB"}
QUOTE_KINDS = {"direct", "indirect", "interview"}
EVENT_KINDS = {
    "meeting",
    "visit",
    "agreement",
    "presentation",
    "announcement",
    "attack",
    "incident",
}
EVENT_FIELDS = {
    "kind",
    "evidence",
    "also",
    "date",
    "mode",
    "place",
    "participants",
    "places",
    "killed",
    "injured",
}


def raw_text(item: str) -> str:
    with (ROOT / "raw" / f"{item}.txt").open(encoding="utf-8", newline="") as handle:
        return handle.read()


def load(kind: str, item: str) -> object:
    return json.loads((ROOT / kind / f"{item}.json").read_text(encoding="utf-8"))


def test_twenty_items_in_every_folder() -> None:
    assert len(ITEMS) == 20
    for kind in ("gold", "annotations/quotes", "annotations/events"):
        assert sorted(path.stem for path in (ROOT / kind).glob("*.json")) == ITEMS


@pytest.mark.parametrize("item", ITEMS)
def test_gold_offsets_match_the_raw_text(item: str) -> None:
    text = raw_text(item)
    gold = load("gold", item)
    assert isinstance(gold, dict)
    assert gold["item"] == item
    assert gold["raw_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert gold["annotated_span"] == [0, len(text)]
    ids = [entity["id"] for entity in gold["entities"]]
    assert len(set(ids)) == len(ids)
    previous_end = 0
    for entity in gold["entities"]:
        assert entity["type"] in ENTITY_TYPES
        assert text[entity["start"] : entity["end"]] == entity["text"]
        assert entity["start"] >= previous_end, f"overlapping or unordered: {entity}"
        previous_end = entity["end"]


@pytest.mark.parametrize("item", ITEMS)
def test_quote_parts_are_found_in_order(item: str) -> None:
    text = raw_text(item)
    quotes = load("annotations/quotes", item)
    assert isinstance(quotes, list)
    position = 0
    for quote in quotes:
        assert quote["kind"] in QUOTE_KINDS
        assert quote["speaker"] is None or isinstance(quote["speaker"], str)
        assert quote["parts"]
        for part in quote["parts"]:
            position = text.index(part, position) + len(part)


@pytest.mark.parametrize("item", ITEMS)
def test_event_sentences_are_found(item: str) -> None:
    text = raw_text(item)
    events = load("annotations/events", item)
    assert isinstance(events, list)
    for event in events:
        assert set(event) == EVENT_FIELDS
        assert event["kind"] in EVENT_KINDS
        assert event["mode"] in {None, "online", "in_person"}
        for sentence in [event["evidence"], *event["also"]]:
            assert text.find(sentence) >= 0, sentence
        if event["place"] is not None:
            assert event["places"][:1] == [event["place"]]
        for count in (event["killed"], event["injured"]):
            assert count is None or (isinstance(count, int) and count >= 0)
