"""ninjs export: output validates against the vendored IPTC ninjs 2.1 schema and maps faithfully."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from uanews.model import (
    Event,
    EventKind,
    EventMode,
    Mention,
    Meta,
    MetaKey,
    NewsItem,
    Paragraph,
    PartialDate,
    Participant,
    ParticipantKind,
    Quote,
    QuoteKind,
    Span,
)
from uanews.ninjs import EXPORTED_METADATA, item_uri, to_ninjs
from uanews.parser import iter_dump

SCHEMA_PATH = Path(__file__).parent / "vendor" / "ninjs-schema-2.1.json"
EXAMPLE_DUMP = Path(__file__).parent.parent / "examples" / "dumps" / "seeds.txt"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def assert_valid(validator, document):
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
    # The schema only declares these formats; check them here so a bad value cannot slip by.
    assert document["uri"].startswith("urn:")
    for key in ("firstcreated", "versioncreated"):
        if key in document:
            assert dt.datetime.fromisoformat(document[key]).tzinfo is not None


def rich_item() -> NewsItem:
    headline = "Голова громади зустрівся з послом"
    caption = "ІВАН ПЕТРЕНКО ГОЛОВА ГРОМАДИ"
    speech = "Ми відкриті до співпраці."
    second = "Петренко і посол обговорили освіту. Мерія надала фото."
    item = NewsItem(
        headline=headline,
        paragraphs=(Paragraph(speech, caption=caption), Paragraph(second)),
    )
    text = item.text
    start_speech = text.index(speech)
    start_name = text.index("Петренко")
    start_org = text.index("Мерія")
    return NewsItem(
        headline=headline,
        paragraphs=(Paragraph(speech, speaker="p1", caption=caption), Paragraph(second)),
        related=("Інша новина про громаду",),
        metadata=(
            Meta(MetaKey.PUBLISHED, "2021-09-21T10:00:00+03:00", "21.09.2021 10:00"),
            Meta(MetaKey.AUTHOR, "Олена Коваль", "Автор: Олена Коваль"),
            Meta(MetaKey.SOURCE, "Пресслужба", "Джерело: Пресслужба"),
            Meta(MetaKey.TAGS, "громада, освіта", "Теги: громада, освіта"),
        ),
        language="uk",
        participants=(
            Participant(
                "p1",
                ParticipantKind.PERSON,
                "Іван Петренко",
                role="голова громади",
                mentions=(Mention("Петренко", start_name, start_name + len("Петренко")),),
            ),
            Participant("o1", ParticipantKind.ORGANIZATION, "Мерія"),
            Participant("g1", ParticipantKind.GROUP, "посол і делегація"),
        ),
        quotes=(
            Quote(
                speech,
                (Span(start_speech, start_speech + len(speech)),),
                QuoteKind.CAPTION,
                speaker="p1",
            ),
        ),
        events=(
            Event(
                EventKind.MEETING,
                date=PartialDate(2021, 9, 21),
                mode=EventMode.ONLINE,
                place="Харків",
                participants=("p1", "g1"),
                topics=("освіта",),
                evidence=Span(start_org, start_org + 5),
            ),
        ),
    )


def test_rich_item_validates_against_the_iptc_schema(validator):
    assert_valid(validator, to_ninjs(rich_item()))


def test_minimal_item_validates_against_the_iptc_schema(validator):
    assert_valid(validator, to_ninjs(NewsItem(paragraphs=(Paragraph("Лише абзац."),))))


def test_an_unknown_field_would_be_rejected(validator):
    # Guards the test itself: the vendored schema really is strict about extra properties.
    document = to_ninjs(rich_item())
    document["quotes"] = []
    assert list(validator.iter_errors(document))


def test_headline_body_and_language_are_mapped():
    item = rich_item()
    document = to_ninjs(item)
    assert document["headlines"] == [{"role": "main", "value": item.headline}]
    body = document["bodies"][0]
    assert body["value"] == item.text.removeprefix(f"{item.headline}\n\n")
    assert body["contenttype"] == "text/plain"
    assert body["charcount"] == len(body["value"])
    assert body["wordcount"] == len(body["value"].split())
    assert document["language"] == "uk"
    assert document["type"] == "text"


def test_people_and_organisations_say_who_speaks():
    document = to_ninjs(rich_item())
    assert document["people"] == [{"name": "Іван Петренко", "rel": "speaker", "literal": "p1"}]
    assert document["organisations"] == [{"name": "Мерія", "rel": "mentioned", "literal": "o1"}]


def test_groups_topics_and_tags_become_subjects():
    subjects = to_ninjs(rich_item())["subjects"]
    assert {"name": "посол і делегація", "rel": "group", "literal": "g1"} in subjects
    assert {"name": "освіта", "rel": "topic"} in subjects
    assert {"name": "громада", "rel": "tag"} in subjects
    assert {"name": "освіта", "rel": "tag"} in subjects


def test_events_places_metadata_and_related_are_mapped():
    document = to_ninjs(rich_item())
    assert document["events"] == [{"name": "meeting, 2021-09-21, online, Харків"}]
    assert document["places"] == [{"name": "Харків"}]
    assert document["by"] == "Олена Коваль"
    assert document["infosources"] == [{"name": "Пресслужба"}]
    assert document["firstcreated"] == "2021-09-21T10:00:00+03:00"
    (association,) = document["associations"]
    assert association["headlines"] == [{"value": "Інша новина про громаду"}]
    assert association["representationtype"] == "partial"


def test_a_published_date_without_time_is_not_invented_into_a_timestamp():
    item = NewsItem(
        paragraphs=(Paragraph("Текст."),),
        metadata=(Meta(MetaKey.PUBLISHED, "2021-09-21", "21 вересня 2021"),),
    )
    assert "firstcreated" not in to_ninjs(item)


def test_uri_is_stable_and_depends_on_the_text():
    first = NewsItem(paragraphs=(Paragraph("Один."),))
    again = NewsItem(paragraphs=(Paragraph("Один."),))
    other = NewsItem(paragraphs=(Paragraph("Два."),))
    assert item_uri(first) == item_uri(again) == to_ninjs(first)["uri"]
    assert item_uri(first) != item_uri(other)
    assert item_uri(first).startswith("urn:uanews:")


words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1)


@given(
    headline=st.none() | words,
    paragraphs=st.lists(words, min_size=1, max_size=4),
    related=st.lists(words, max_size=3),
)
def test_any_structure_only_item_validates(validator, headline, paragraphs, related):
    item = NewsItem(
        headline=headline,
        paragraphs=tuple(Paragraph(text) for text in paragraphs),
        related=tuple(related),
    )
    assert_valid(validator, to_ninjs(item))


def test_the_shipped_example_dump_validates(validator):
    items = list(iter_dump(EXAMPLE_DUMP))
    assert len(items) == 2
    for item in items:
        assert_valid(validator, to_ninjs(item))


def test_headings_are_not_exported_but_their_related_stories_are():
    item = rich_item()
    furniture = (
        Meta(MetaKey.HEADING, "ОСТАННІ НОВИНИ", "ОСТАННІ НОВИНИ"),
        Meta(MetaKey.HEADING, "Читайте також", "Читайте також:"),
    )
    with_headings = attrs.evolve(item, metadata=(*furniture, *item.metadata))
    document = to_ninjs(with_headings)
    assert document == to_ninjs(item)
    assert "НОВИНИ" not in json.dumps(document, ensure_ascii=False)
    assert document["by"] == "Олена Коваль"
    assert document["associations"][0]["headlines"] == [{"value": "Інша новина про громаду"}]


@pytest.mark.parametrize("key", sorted(set(MetaKey) - EXPORTED_METADATA))
def test_metadata_outside_the_exported_keys_changes_nothing(key):
    item = rich_item()
    extra = Meta(key, "Іван Петренко", f"Іван Петренко ({key.value})")
    assert to_ninjs(attrs.evolve(item, metadata=(extra, *item.metadata))) == to_ninjs(item)


@pytest.mark.parametrize("key", sorted(EXPORTED_METADATA))
def test_each_exported_metadata_key_shows_in_the_export(key):
    item = NewsItem(paragraphs=(Paragraph("Текст."),))
    value = "2021-09-21T10:00:00+03:00" if key in {MetaKey.PUBLISHED, MetaKey.UPDATED} else "Рада"
    assert to_ninjs(attrs.evolve(item, metadata=(Meta(key, value, value),))) != to_ninjs(item)


def test_an_attack_names_every_place_and_its_casualties(validator):
    text = "Окупанти обстріляли два райони."
    item = NewsItem(
        paragraphs=(Paragraph(text),),
        events=(
            Event(
                EventKind.ATTACK,
                place="Салтівський район",
                places=("Салтівський район", "Київський район"),
                killed=1,
                injured=4,
                evidence=Span(0, len(text)),
            ),
        ),
    )
    document = to_ninjs(item)
    assert_valid(validator, document)
    assert document["places"] == [{"name": "Салтівський район"}, {"name": "Київський район"}]
    assert document["events"] == [
        {"name": "attack, Салтівський район, Київський район, killed 1, injured 4"}
    ]
