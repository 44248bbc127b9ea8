"""The shipped JSON Schema describes exactly the documents that uanews writes and accepts."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator

from strategies import BrokenDocument, broken_documents, is_valid_iso_partial_date, news_items
from uanews.convert import from_dict, to_dict
from uanews.errors import SchemaError
from uanews.model import NewsItem, Paragraph
from uanews.schema import load_schema

SCHEMA = load_schema()
VALIDATOR = Draft202012Validator(SCHEMA)
REPOSITORY = Path(__file__).resolve().parent.parent


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


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_pins_the_version() -> None:
    assert SCHEMA["properties"]["schema_version"]["const"] == 1  # type: ignore[index]


def test_every_object_is_closed_and_requires_every_key() -> None:
    objects = [schema for schema in schemas_in(SCHEMA) if schema.get("type") == "object"]
    assert len(objects) == 8  # the item, span, paragraph, meta, mention, participant, quote, event
    for schema in objects:
        assert schema["additionalProperties"] is False
        assert sorted(schema["required"]) == sorted(schema["properties"])


def test_every_property_is_described() -> None:
    for schema in schemas_in(SCHEMA):
        for name, child in schema.get("properties", {}).items():
            assert child.get("description"), name


def test_docs_link_to_the_shipped_schema() -> None:
    docs_copy = REPOSITORY / "docs" / "schema" / "news-item-v1.schema.json"
    assert docs_copy.is_symlink()
    assert docs_copy.resolve() == (
        REPOSITORY / "src" / "uanews" / "schema" / "news-item-v1.schema.json"
    )


@given(news_items())
def test_every_dumped_item_validates(item: NewsItem) -> None:
    VALIDATOR.validate(to_dict(item))


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
        # The one break a JSON Schema pattern cannot see: leap years.
        assert is_common_year_leap_day(broken.value), broken.change


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
        {**_valid(), "schema_version": 2},
        {**_valid(), "schema_version": "1"},
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
