"""The shipped JSON Schemas describe exactly the documents that uanews writes and accepts."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from jsonschema import Draft202012Validator

from strategies import BrokenDocument, broken_documents, is_valid_iso_partial_date, news_items
from uanews.convert import DERIVED, PROVENANCE, V1_EVENT_DEFAULTS, from_dict, to_dict
from uanews.errors import SchemaError
from uanews.model import EventKind, NewsItem, Paragraph, QuoteKind
from uanews.schema import SCHEMA_FILE, SCHEMA_FILES, load_schema
from uanews.text import APOSTROPHES, DASHES, DOUBLE_QUOTES

SCHEMA = load_schema()
VALIDATOR = Draft202012Validator(SCHEMA)
SCHEMA_V1 = load_schema(1)
VALIDATOR_V1 = Draft202012Validator(SCHEMA_V1)
REPOSITORY = Path(__file__).resolve().parent.parent


def as_version_1(document: dict[str, Any]) -> dict[str, Any]:
    """Return a version 2 document written as version 1: no provenance, id or text."""
    dropped = {*PROVENANCE, *DERIVED}
    kept = {key: value for key, value in document.items() if key not in dropped}
    return {**kept, "schema_version": 1}


def schemas_in(schema: object) -> Iterator[dict[str, Any]]:
    """Yield every subschema of ``schema`` that describes an object or a property."""
    if isinstance(schema, dict):
        yield schema
        for key in ("properties", "$defs"):
            for child in schema.get(key, {}).values():
                yield from schemas_in(child)
        for key in ("items", "anyOf"):
            child = schema.get(key)
            for one in child if isinstance(child, list) else [child]:
                yield from schemas_in(one)


@pytest.mark.parametrize("schema", [SCHEMA, SCHEMA_V1], ids=["v2", "v1"])
def test_schema_is_a_valid_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schemas_pin_their_version() -> None:
    assert SCHEMA["properties"]["schema_version"]["const"] == 2  # type: ignore[index]
    assert SCHEMA_V1["properties"]["schema_version"]["const"] == 1  # type: ignore[index]
    assert SCHEMA_FILE == SCHEMA_FILES[2] == "news-item-v2.schema.json"


def test_version_2_adds_provenance_id_and_text_to_version_1() -> None:
    added = set(SCHEMA["properties"]) - set(SCHEMA_V1["properties"])  # type: ignore[arg-type]
    assert added == {*PROVENANCE, *DERIVED}
    # ... and, within the objects, the interview quote, the attack and incident events and
    # the events' places and casualty counts; nothing else differs.
    v1, v2 = SCHEMA_V1["$defs"], SCHEMA["$defs"]
    assert {name for name in v2 if v2[name] != v1[name]} == {"quote", "event"}
    quote_kinds = v2["quote"]["properties"]["kind"]["enum"]
    assert set(quote_kinds) - set(v1["quote"]["properties"]["kind"]["enum"]) == {"interview"}
    event = v2["event"]["properties"]
    assert set(event) - set(v1["event"]["properties"]) == set(V1_EVENT_DEFAULTS)
    assert set(event["kind"]["enum"]) - set(v1["event"]["properties"]["kind"]["enum"]) == {
        "attack",
        "incident",
    }


def expressible_in_version_1(item: NewsItem) -> NewsItem:
    """Return ``item`` with only what version 1 can say: no interview, attack or incident."""
    quotes = tuple(
        attrs.evolve(q, kind=QuoteKind.DIRECT) if q.kind is QuoteKind.INTERVIEW else q
        for q in item.quotes
    )
    events = tuple(
        attrs.evolve(
            e,
            kind=EventKind.ANNOUNCEMENT if e.kind in _NEW_EVENT_KINDS else e.kind,
            places=(),
            killed=None,
            injured=None,
        )
        for e in item.events
    )
    return attrs.evolve(item, quotes=quotes, events=events)


_NEW_EVENT_KINDS = frozenset({EventKind.ATTACK, EventKind.INCIDENT})


def test_load_schema_refuses_an_unknown_version() -> None:
    with pytest.raises(ValueError, match="no JSON Schema for contract version 3"):
        load_schema(3)


def test_id_description_names_every_folded_character() -> None:
    description = SCHEMA["properties"]["id"]["description"]  # type: ignore[index]
    for char in APOSTROPHES + DOUBLE_QUOTES + DASHES:
        assert char in description, hex(ord(char))


@pytest.mark.parametrize("schema", [SCHEMA, SCHEMA_V1], ids=["v2", "v1"])
def test_every_object_is_closed_and_requires_every_key(schema: dict[str, Any]) -> None:
    objects = [child for child in schemas_in(schema) if child.get("type") == "object"]
    assert len(objects) == 8  # the item, span, paragraph, meta, mention, participant, quote, event
    for child in objects:
        assert child["additionalProperties"] is False
        assert sorted(child["required"]) == sorted(child["properties"])


@pytest.mark.parametrize("schema", [SCHEMA, SCHEMA_V1], ids=["v2", "v1"])
def test_every_property_is_described(schema: dict[str, Any]) -> None:
    for child in schemas_in(schema):
        for name, grandchild in child.get("properties", {}).items():
            assert grandchild.get("description"), name


@pytest.mark.parametrize("name", SCHEMA_FILES.values())
def test_docs_link_to_the_shipped_schema(name: str) -> None:
    docs_copy = REPOSITORY / "docs" / "schema" / name
    assert docs_copy.is_symlink()
    assert docs_copy.resolve() == (REPOSITORY / "src" / "uanews" / "schema" / name)


@given(news_items())
def test_every_dumped_item_validates(item: NewsItem) -> None:
    VALIDATOR.validate(to_dict(item))


@given(news_items())
def test_version_1_documents_validate_against_v1_and_load_without_provenance(
    item: NewsItem,
) -> None:
    item = expressible_in_version_1(item)
    document = as_version_1(to_dict(item))
    for event in document["events"]:
        for key in V1_EVENT_DEFAULTS:
            del event[key]
    VALIDATOR_V1.validate(document)
    assert not VALIDATOR.is_valid(document)
    assert from_dict(document) == attrs.evolve(item, source=None, index=None, line=None)


def is_common_year_leap_day(value: object) -> bool:
    """Return whether ``value`` is 29 February of a year that is not a leap year."""
    return (
        isinstance(value, str)
        and re.fullmatch(r"[0-9]{4}-02-29", value) is not None
        and not calendar.isleap(int(value[:4]))
    )


@given(broken_documents())
def test_schema_and_loader_both_refuse_broken_documents(broken: BrokenDocument) -> None:
    with pytest.raises(SchemaError):
        from_dict(broken.document)
    if VALIDATOR.is_valid(broken.document):
        # The two breaks a JSON Schema cannot see: leap years, and a version written 2.0
        # (JSON Schema counts a number with a zero fraction as an integer; the loader does not).
        assert is_common_year_leap_day(broken.value) or broken.change == "version 2.0", (
            broken.change
        )


def test_date_pattern_matches_exactly_the_days_that_exist() -> None:
    pattern = re.compile(SCHEMA["$defs"]["partial_date"]["pattern"])  # type: ignore[index]
    numbers = [f"{number:02d}" for number in range(34)]
    candidates = [f"---{day}" for day in numbers]
    for month in numbers:
        candidates += [f"--{month}", *(f"--{month}-{day}" for day in numbers)]
        for year in ("0000", "0001", "1900", "2000", "2021", "2024", "9999"):
            candidates += [year, f"{year}-{month}", *(f"{year}-{month}-{day}" for day in numbers)]
    assert len(candidates) > 8000
    for text in candidates:
        expected = is_valid_iso_partial_date(text) or is_common_year_leap_day(text)
        assert (pattern.search(text) is not None) == expected, text


def _valid() -> dict[str, Any]:
    return to_dict(NewsItem(headline="Заголовок", paragraphs=(Paragraph("Текст."),)))


def _event(date: object) -> dict[str, Any]:
    event = {
        "kind": "meeting",
        "date": date,
        "mode": None,
        "place": None,
        "participants": [],
        "topics": [],
        "evidence": None,
        "places": [],
        "killed": None,
        "injured": None,
    }
    return {**_valid(), "events": [event]}


@pytest.mark.parametrize(
    "document",
    [
        {},
        [],
        {**_valid(), "schema_version": 1},
        {**_valid(), "schema_version": 3},
        {**_valid(), "schema_version": "2"},
        {**_valid(), "id": "0" * 31},
        {**_valid(), "id": "A" * 32},
        {**_valid(), "index": -1},
        {**_valid(), "line": 0},
        {**_valid(), "text": None},
        {key: value for key, value in _valid().items() if key != "text"},
        {**_valid(), "schema_version": True},
        {key: value for key, value in _valid().items() if key != "related"},
        {**_valid(), "extra": None},
        {**_valid(), "language": "UK"},
        {**_valid(), "paragraphs": [{"text": "Текст."}]},
        {**_valid(), "paragraphs": [{"text": 1, "speaker": None, "caption": None}]},
        {**_valid(), "metadata": [{"key": "автор", "value": "", "text": ""}]},
        _event("2021-13-01"),
        _event("0000"),
        _event("21.09.2021"),
        _event("٢٠٢١"),
    ],
    ids=lambda document: str(document)[-60:],
)
def test_schema_rejects_invalid_documents(document: object) -> None:
    assert not VALIDATOR.is_valid(document)


@pytest.mark.parametrize("date", ["2021-09-21", "2021-09", "2021", "--02-29", "--09", "---31"])
def test_schema_accepts_every_partial_date_shape(date: str) -> None:
    VALIDATOR.validate(_event(date))
