"""The JSON contract v1: lossless round trips, JSON Lines, and strict loading with clear errors."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import BrokenDocument, broken_documents, news_items
from uanews import dump_jsonl, dumps, iter_jsonl, loads
from uanews.convert import SCHEMA_VERSION, from_dict, to_dict
from uanews.errors import SchemaError, UanewsError
from uanews.model import (
    Event,
    EventKind,
    Mention,
    NewsItem,
    Paragraph,
    PartialDate,
    Participant,
    ParticipantKind,
)

JSON_PRIMITIVES = (str, int, float, bool, type(None))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)
"""Any JSON value."""

_FIELDS = (
    "headline",
    "paragraphs",
    "related",
    "metadata",
    "language",
    "participants",
    "quotes",
    "events",
)
almost_items = st.fixed_dictionaries(
    {"schema_version": st.just(SCHEMA_VERSION)},
    optional=dict.fromkeys(_FIELDS, json_values),
)
"""JSON objects with the right version and field names but arbitrary values."""


def assert_json_primitives(value: object, path: str = "$") -> None:
    """Fail unless ``value`` is made only of dicts with str keys, lists and JSON scalars."""
    if isinstance(value, dict):
        for key, child in value.items():
            assert type(key) is str, f"{path}: key {key!r} is not a str"
            assert_json_primitives(child, f"{path}.{key}")
    elif isinstance(value, list):
        for index, child in enumerate(value):
            assert_json_primitives(child, f"{path}[{index}]")
    else:
        # Exact types: a StrEnum member or a tuple is not a JSON primitive.
        assert type(value) in JSON_PRIMITIVES, f"{path}: {type(value).__name__} {value!r}"


def load_error(text: str | bytes) -> SchemaError:
    """Return the error that loading ``text`` raises; fail if it loads."""
    with pytest.raises(SchemaError) as info:
        loads(text)
    return info.value


def strings_in(item: NewsItem) -> Iterator[str]:
    """Yield the free-text strings of ``item`` (headline, paragraphs, captions, related)."""
    if item.headline is not None:
        yield item.headline
    for paragraph in item.paragraphs:
        yield paragraph.text
        if paragraph.caption is not None:
            yield paragraph.caption
    yield from item.related


# Round trips ------------------------------------------------------------------------------------


@given(news_items())
def test_loads_inverts_dumps(item: NewsItem) -> None:
    text = dumps(item)
    assert loads(text) == item
    assert loads(text.encode()) == item
    assert loads(dumps(item, indent=True)) == item
    assert from_dict(to_dict(item)) == item


# Several items per example: fewer examples keep the run short, the per-item property is above.
few_examples = settings(max_examples=max(10, settings.default.max_examples // 5))


@few_examples
@given(st.lists(news_items(), max_size=5))
def test_jsonl_round_trip_in_memory(items: list[NewsItem]) -> None:
    buffer = io.StringIO()
    assert dump_jsonl(items, buffer) == len(items)
    text = buffer.getvalue()
    assert text.count("\n") == len(items)
    assert list(iter_jsonl(io.StringIO(text))) == items


@few_examples
@given(items=st.lists(news_items(), max_size=5))
def test_jsonl_round_trip_through_a_file(
    items: list[NewsItem], tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("jsonl") / "items.jsonl"
    with path.open("w", encoding="utf-8") as target:
        dump_jsonl(items, target)
    with path.open(encoding="utf-8") as lines:
        assert list(iter_jsonl(lines, source=str(path))) == items
    with path.open("rb") as raw_lines:
        assert list(iter_jsonl(raw_lines)) == items


def test_jsonl_skips_blank_lines() -> None:
    item = NewsItem(headline="Новини", paragraphs=(Paragraph("Перший абзац."),))
    lines = ["\n", dumps(item) + "\n", "   \n", dumps(item), ""]
    assert list(iter_jsonl(lines)) == [item, item]


def test_jsonl_error_names_the_line() -> None:
    good = dumps(NewsItem(headline="Новини"))
    with pytest.raises(SchemaError) as info:
        list(iter_jsonl([good, "", '{"schema_version": 1}'], source="dump.jsonl"))
    assert info.value.source == "dump.jsonl:3"
    assert str(info.value).startswith("dump.jsonl:3: $:")


# The unstructured form --------------------------------------------------------------------------


@given(news_items())
def test_unstructured_form_holds_only_json_primitives(item: NewsItem) -> None:
    data = to_dict(item)
    assert_json_primitives(data)
    assert next(iter(data)) == "schema_version"
    assert data["schema_version"] == SCHEMA_VERSION


def test_unstructured_form_writes_dates_and_enums_as_strings() -> None:
    item = NewsItem(
        headline="Зустріч у Києві",
        participants=(Participant("p1", ParticipantKind.PERSON, "Олена Петренко"),),
        events=(Event(EventKind.MEETING, date=PartialDate(month=9, day=21), participants=("p1",)),),
    )
    data = to_dict(item)
    assert data["events"][0]["date"] == "--09-21"
    assert data["events"][0]["kind"] == "meeting"
    assert data["participants"][0]["kind"] == "person"


@given(news_items())
def test_dumps_is_utf8_without_escapes_for_non_ascii(item: NewsItem) -> None:
    text = dumps(item)
    text.encode("utf-8")  # no lone surrogates
    for string in strings_in(item):
        for char in string:
            if ord(char) > 0x7F and char.isprintable():
                assert char in text


def test_dumps_writes_cyrillic_as_is() -> None:
    headline = "Київ: «Ґанок» і їжак — єдиний, з'їзд та обʼєкт"
    text = dumps(NewsItem(headline=headline))
    assert f'"headline":"{headline}"' in text
    assert "\\u" not in text


# Strict loading ---------------------------------------------------------------------------------


def test_schema_error_is_a_value_error() -> None:
    assert issubclass(SchemaError, ValueError)
    assert issubclass(SchemaError, UanewsError)


@given(st.text() | st.binary())
def test_arbitrary_input_raises_only_schema_error(text: str | bytes) -> None:
    try:
        item = loads(text)
    except SchemaError:
        return
    assert isinstance(item, NewsItem)


@given(json_values)
def test_arbitrary_json_raises_only_schema_error(value: object) -> None:
    with pytest.raises(SchemaError):
        from_dict(value)


@given(almost_items)
def test_right_keys_with_arbitrary_values_raise_only_schema_error(data: dict[str, object]) -> None:
    try:
        item = loads(json.dumps(data))
    except SchemaError:
        return
    assert isinstance(item, NewsItem)


@given(broken_documents())
def test_broken_document_error_names_its_json_path(broken: BrokenDocument) -> None:
    with pytest.raises(SchemaError) as info:
        from_dict(broken.document)
    assert info.value.path == broken.path, broken.change
    assert f"{broken.path}: " in str(info.value)
    with pytest.raises(SchemaError) as info:
        loads(json.dumps(broken.document, ensure_ascii=False))
    assert info.value.path == broken.path, broken.change


@given(broken_documents(wrong_type_only=True))
def test_values_of_the_wrong_json_type_are_never_coerced(broken: BrokenDocument) -> None:
    with pytest.raises(SchemaError) as info:
        from_dict(broken.document)
    assert info.value.path == broken.path, broken.change


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ('{"schema_version": 1, "headline": null}', "$"),
        ("[]", "$"),
        ("", "$"),
        ("{", "$"),
        ('{"schema_version": "1"}', "$.schema_version"),
        ('{"schema_version": true}', "$.schema_version"),
        ('{"schema_version": 0}', "$.schema_version"),
        ('{"schema_version": 2}', "$.schema_version"),
    ],
)
def test_malformed_documents_are_rejected(text: str, path: str) -> None:
    assert load_error(text).path == path


def _document(**changes: object) -> dict[str, Any]:
    """Return a valid dumped item with top-level fields replaced by ``changes``."""
    item = NewsItem(
        headline="Заголовок",
        paragraphs=(Paragraph("Олена Петренко заявила про зустріч."),),
        participants=(
            Participant(
                "p1", ParticipantKind.PERSON, "Олена Петренко", mentions=(Mention("Олена", 11, 16),)
            ),
        ),
    )
    return {**to_dict(item), **changes}


def test_wrong_type_deep_inside_names_the_path() -> None:
    document = _document(paragraphs=[{"text": 5, "speaker": None, "caption": None}])
    error = load_error(json.dumps(document))
    assert error.path == "$.paragraphs[0].text"
    assert "expected string" in str(error)


def test_boolean_is_not_a_string() -> None:
    error = load_error(json.dumps(_document(headline=False)))
    assert error.path == "$.headline"


def test_string_is_not_an_offset() -> None:
    document = _document()
    document["participants"][0]["mentions"][0]["start"] = "11"
    error = load_error(json.dumps(document))
    assert error.path == "$.participants[0].mentions[0].start"


def test_fraction_is_not_an_offset() -> None:
    document = _document()
    document["participants"][0]["mentions"][0]["end"] = 16.0
    error = load_error(json.dumps(document))
    assert error.path == "$.participants[0].mentions[0].end"


def test_non_ascii_digits_are_not_a_date() -> None:
    document = _document(
        events=[
            {
                "kind": "meeting",
                "date": "٢٠٢١-٠٩",
                "mode": None,
                "place": None,
                "participants": [],
                "topics": [],
                "evidence": None,
                "places": [],
                "killed": None,
                "injured": None,
            }
        ]
    )
    assert load_error(json.dumps(document)).path == "$.events[0].date"


def test_inconsistent_mention_is_rejected_with_its_location() -> None:
    document = _document()
    document["participants"][0]["mentions"][0]["text"] = "Петро"
    error = load_error(json.dumps(document))
    assert error.path == "$.participants[0].mentions[0]"


def test_dangling_speaker_is_rejected_with_its_location() -> None:
    document = _document(paragraphs=[{"text": "Текст.", "speaker": "p9", "caption": None}])
    error = load_error(json.dumps(document))
    assert error.path == "$.paragraphs[0].speaker"


def test_bad_language_is_rejected_with_its_location() -> None:
    assert load_error(json.dumps(_document(language="UK"))).path == "$.language"


def test_source_names_the_input() -> None:
    with pytest.raises(SchemaError) as info:
        loads("{}", source="item.json")
    assert info.value.source == "item.json"
    assert str(info.value).startswith("item.json: $: ")


def test_loads_reads_a_json_file(tmp_path: Path) -> None:
    item = _document()
    path = tmp_path / "item.json"
    path.write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    assert to_dict(loads(path.read_bytes())) == item
