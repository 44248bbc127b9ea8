"""Layout checks for the blind Russian evaluation set ``tests/data/ru_heldout3``.

The set is scored by ``scripts/score_*.py``; these tests only check that its label files are
well formed and aligned to their raw texts, so that a broken file fails here and not in a
scorer. They make no claim about what the extractors find.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data" / "ru_heldout3"
ITEMS = sorted(path.stem for path in (DATA / "raw").glob("*.txt"))
EVENT_KINDS = {
    "meeting",
    "visit",
    "agreement",
    "presentation",
    "announcement",
    "attack",
    "incident",
}


def _raw(item: str) -> str:
    with (DATA / "raw" / f"{item}.txt").open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _load(*parts: str) -> Any:
    return json.loads(DATA.joinpath(*parts).read_text(encoding="utf-8"))


def test_every_item_has_all_its_files() -> None:
    """Every raw text has gold, quote and event files, and nothing else is left over."""
    assert len(ITEMS) == 24
    for folder in ("gold", "annotations/quotes", "annotations/events"):
        assert sorted(path.stem for path in (DATA / folder).glob("*.json")) == ITEMS


@pytest.mark.parametrize("item", ITEMS)
def test_gold_offsets_match_the_text(item: str) -> None:
    """Each NER entity's offsets cut out exactly its text, and the hash is the raw file's."""
    text = _raw(item)
    gold = _load("gold", f"{item}.json")
    assert gold["raw_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert gold["annotated_span"] == [0, len(text)]
    for entity in gold["entities"]:
        assert entity["type"] in {"PERS", "ORG", "JOB"}
        assert text[entity["start"] : entity["end"]] == entity["text"]


@pytest.mark.parametrize("item", ITEMS)
def test_quote_parts_are_found_in_order(item: str) -> None:
    """Each quote's parts are found with ``str.index``, each after the previous one."""
    text = _raw(item)
    for quote in _load("annotations", "quotes", f"{item}.json"):
        assert quote["kind"] in {"direct", "indirect", "interview"}
        position = 0
        for part in quote["parts"]:
            position = text.index(part, position) + len(part)


@pytest.mark.parametrize("item", ITEMS)
def test_event_sentences_are_found(item: str) -> None:
    """Each event's evidence and ``also`` sentences are substrings of the raw text."""
    text = _raw(item)
    for event in _load("annotations", "events", f"{item}.json"):
        assert event["kind"] in EVENT_KINDS
        for sentence in [event["evidence"], *event["also"]]:
            assert text.find(sentence) >= 0
