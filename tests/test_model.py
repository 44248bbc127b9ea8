"""The data model: partial dates, spans, and the invariants every NewsItem keeps."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

import attrs
import pytest
from attrs.exceptions import FrozenInstanceError
from hypothesis import given
from hypothesis import strategies as st

from strategies import (
    is_valid_iso_partial_date,
    model_objects,
    news_items,
    paragraphs,
    partial_dates,
    texts,
)
from uanews.errors import ModelError
from uanews.model import (
    BLOCK_SEPARATOR,
    CAPTION_SEPARATOR,
    Event,
    EventKind,
    Mention,
    NewsItem,
    Paragraph,
    PartialDate,
    Participant,
    ParticipantKind,
    Quote,
    QuoteKind,
    Span,
)

TEXT = "Олена Петренко заявила: «Ми готові»."
"""A body text (a headline-only item) that the hand-built items below point into."""


def person(participant_id: str = "p1", *mentions: Mention) -> Participant:
    """Return a person named in :data:`TEXT`."""
    return Participant(participant_id, ParticipantKind.PERSON, "Олена Петренко", mentions=mentions)


def date_is_valid(year: int | None, month: int | None, day: int | None) -> bool:
    """Return whether the fields make an ISO 8601 partial date (checked with datetime)."""
    if (year, month, day) == (None, None, None):
        return False
    if year is not None and month is None and day is not None:
        return False
    try:
        # 2000 is a leap year, so a date without a year may be 29 February.
        dt.date(
            2000 if year is None else year,
            1 if month is None else month,
            1 if day is None else day,
        )
    except ValueError:
        return False
    return True


# PartialDate ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (2021, 9, 21),
        (2021, 9, None),
        (2021, None, None),
        (None, 9, 21),
        (None, 9, None),
        (None, None, 21),
        (2024, 2, 29),
        (None, 2, 29),
        (1, 1, 1),
        (9999, 12, 31),
    ],
)
def test_partial_date_accepts(year: int | None, month: int | None, day: int | None) -> None:
    date = PartialDate(year, month, day)
    assert (date.year, date.month, date.day) == (year, month, day)


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (None, None, None),
        (2021, None, 21),
        (2021, 0, None),
        (2021, 13, None),
        (None, 0, 1),
        (2021, 2, 29),
        (1900, 2, 29),
        (2021, 4, 31),
        (None, 2, 30),
        (None, None, 0),
        (None, None, 32),
        (0, None, None),
        (10000, None, None),
        (-1, 1, 1),
    ],
)
def test_partial_date_rejects(year: int | None, month: int | None, day: int | None) -> None:
    with pytest.raises(ModelError):
        PartialDate(year, month, day)


@given(
    st.none() | st.integers(-5, 10_005),
    st.none() | st.integers(-1, 14),
    st.none() | st.integers(-1, 33),
)
def test_partial_date_validates_like_the_calendar(
    year: int | None, month: int | None, day: int | None
) -> None:
    if date_is_valid(year, month, day):
        assert PartialDate(year, month, day).day == day
    else:
        with pytest.raises(ModelError):
            PartialDate(year, month, day)


@given(partial_dates())
def test_isoformat_round_trips(date: PartialDate) -> None:
    text = date.isoformat()
    assert is_valid_iso_partial_date(text)
    assert PartialDate.fromisoformat(text) == date
    assert str(date) == text


def test_isoformat_round_trips_every_date_without_a_year() -> None:
    dates = [PartialDate(day=day) for day in range(1, 32)]
    for month in range(1, 13):
        dates.append(PartialDate(month=month))
        last = calendar.monthrange(2000, month)[1]
        dates.extend(PartialDate(month=month, day=day) for day in range(1, last + 1))
    assert len(dates) == 31 + 12 + 366
    for date in dates:
        assert PartialDate.fromisoformat(date.isoformat()) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2021-09-21", PartialDate(2021, 9, 21)),
        ("2021-09", PartialDate(2021, 9)),
        ("2021", PartialDate(2021)),
        ("--09-21", PartialDate(month=9, day=21)),
        ("--09", PartialDate(month=9)),
        ("---21", PartialDate(day=21)),
        ("0001-01-01", PartialDate(1, 1, 1)),
    ],
)
def test_fromisoformat_reads(text: str, date: PartialDate) -> None:
    assert PartialDate.fromisoformat(text) == date
    assert date.isoformat() == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "0000",
        "21",
        "20210",
        "2021-9",
        "2021-9-1",
        "2021-09-1",
        "2021-13",
        "2021-02-29",
        "2021--21",
        "-09-21",
        "--9",
        "----21",
        "---1",
        "---32",
        "2021-09-21T10:00",
        "2021/09/21",
        "21.09.2021",
        " 2021",
        "2021\n",
        "вчора",
        "٢٠٢١",
        "２０２１-０９",
    ],
)
def test_fromisoformat_rejects(text: str) -> None:
    with pytest.raises(ModelError):
        PartialDate.fromisoformat(text)


@given(st.text(max_size=12) | st.from_regex(r"-{0,3}\d{2,4}(-\d{1,2}){0,2}", fullmatch=True))
def test_fromisoformat_reads_only_what_isoformat_writes(text: str) -> None:
    try:
        date = PartialDate.fromisoformat(text)
    except ModelError:
        assert not is_valid_iso_partial_date(text)
    else:
        assert date.isoformat() == text


# Spans and mentions -----------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [Span, lambda start, end: Mention("", start, end)])
def test_span_end_before_start_is_rejected(cls: type[Span]) -> None:
    with pytest.raises(ModelError):
        cls(5, 4)


@pytest.mark.parametrize("cls", [Span, lambda start, end: Mention("", start, end)])
def test_negative_offsets_are_rejected(cls: type[Span]) -> None:
    with pytest.raises(ModelError):
        cls(-1, 3)


def test_empty_span_is_allowed() -> None:
    assert Span(3, 3) == Span(3, 3)


@pytest.mark.parametrize(("participant_id", "name"), [("", "Олена"), (" ", "Олена"), ("p1", "\n")])
def test_participant_needs_id_and_name(participant_id: str, name: str) -> None:
    with pytest.raises(ModelError):
        Participant(participant_id, ParticipantKind.PERSON, name)


def test_quote_needs_a_part() -> None:
    with pytest.raises(ModelError):
        Quote("", (), QuoteKind.DIRECT)


@pytest.mark.parametrize("language", ["", "u", "UK", "ukr1", "uk-UA", "укр"])
def test_language_must_be_an_iso_639_code(language: str) -> None:
    with pytest.raises(ModelError):
        NewsItem(headline=TEXT, language=language)
    with pytest.raises(ModelError):
        Quote("Ми", (Span(25, 27),), QuoteKind.DIRECT, language=language)


# NewsItem invariants ----------------------------------------------------------------------------


def test_valid_hand_built_item() -> None:
    item = NewsItem(
        headline=TEXT,
        participants=(person("p1", Mention("Олена Петренко", 0, 14)),),
        quotes=(
            Quote("Ми готові", (Span(25, 34),), QuoteKind.DIRECT, "p1", "заявила", Span(15, 22)),
        ),
        events=(Event(EventKind.ANNOUNCEMENT, participants=("p1",), evidence=Span(0, 36)),),
    )
    assert item.participant("p1").name == "Олена Петренко"
    assert item.quote_text(item.quotes[0]) == "Ми готові"


def test_unknown_participant_lookup_raises_key_error() -> None:
    with pytest.raises(KeyError):
        NewsItem(headline=TEXT).participant("p1")


def test_duplicate_participant_ids_are_rejected() -> None:
    with pytest.raises(ModelError, match="duplicate"):
        NewsItem(headline=TEXT, participants=(person("p1"), person("p1")))


def test_dangling_paragraph_speaker_is_rejected() -> None:
    with pytest.raises(ModelError, match=r"paragraphs\[1\]\.speaker"):
        NewsItem(
            paragraphs=(Paragraph(TEXT, speaker="p1"), Paragraph(TEXT, speaker="p2")),
            participants=(person("p1"),),
        )


def test_dangling_quote_speaker_is_rejected() -> None:
    with pytest.raises(ModelError, match=r"quotes\[0\]\.speaker"):
        NewsItem(
            headline=TEXT,
            participants=(person("p1"),),
            quotes=(Quote("Ми", (Span(25, 27),), QuoteKind.DIRECT, speaker="p2"),),
        )


def test_dangling_event_participant_is_rejected() -> None:
    with pytest.raises(ModelError, match=r"events\[0\]\.participants"):
        NewsItem(
            headline=TEXT,
            participants=(person("p1"),),
            events=(Event(EventKind.MEETING, participants=("p1", "p2")),),
        )


@pytest.mark.parametrize(
    "item",
    [
        lambda: NewsItem(headline=TEXT, participants=(person("p1", Mention(TEXT[30:], 30, 37)),)),
        lambda: NewsItem(headline=TEXT, quotes=(Quote("", (Span(37, 37),), QuoteKind.DIRECT),)),
        lambda: NewsItem(
            headline=TEXT,
            quotes=(Quote("Ми", (Span(25, 27),), QuoteKind.DIRECT, cue_span=Span(15, 40)),),
        ),
        lambda: NewsItem(headline=TEXT, events=(Event(EventKind.VISIT, evidence=Span(0, 37)),)),
    ],
    ids=["mention", "quote part", "cue span", "event evidence"],
)
def test_spans_past_the_text_are_rejected(item: Callable[[], NewsItem]) -> None:
    assert len(TEXT) == 36
    with pytest.raises(ModelError, match="outside the text"):
        item()


def test_mention_must_match_the_text() -> None:
    with pytest.raises(ModelError, match="differs"):
        NewsItem(headline=TEXT, participants=(person("p1", Mention("Олена Іваненко", 0, 14)),))


def test_quote_text_must_be_its_parts_joined_by_spaces() -> None:
    parts = (Span(25, 27), Span(28, 34))
    NewsItem(headline=TEXT, quotes=(Quote("Ми готові", parts, QuoteKind.DIRECT),))
    for wrong in ("Ми  готові", "Мироготові", "Ми готові!", "ми готові"):
        with pytest.raises(ModelError, match="joined"):
            NewsItem(headline=TEXT, quotes=(Quote(wrong, parts, QuoteKind.DIRECT),))


@given(st.none() | texts(), st.lists(paragraphs(), max_size=3), st.integers(1, 5))
def test_spans_are_checked_against_the_whole_text(
    headline: str | None, body: list[Paragraph], extra: int
) -> None:
    item = NewsItem(headline=headline, paragraphs=tuple(body))
    size = len(item.text)
    attrs.evolve(item, events=(Event(EventKind.MEETING, evidence=Span(size, size)),))
    with pytest.raises(ModelError, match="outside the text"):
        attrs.evolve(item, events=(Event(EventKind.MEETING, evidence=Span(0, size + extra)),))


# Body text and paragraph spans ------------------------------------------------------------------


@given(news_items())
def test_paragraph_spans_locate_each_paragraph(item: NewsItem) -> None:
    text = item.text
    spans = item.paragraph_spans()
    assert len(spans) == len(item.paragraphs)
    previous_end = -len(BLOCK_SEPARATOR)
    if item.headline is not None:
        assert text.startswith(item.headline)
        previous_end = len(item.headline)
    for paragraph, span in zip(item.paragraphs, spans, strict=True):
        assert text[span.start : span.end] == paragraph.text
        block_start = previous_end + len(BLOCK_SEPARATOR)
        if previous_end >= 0:
            assert text[previous_end:block_start] == BLOCK_SEPARATOR
        if paragraph.caption is None:
            assert span.start == block_start
        else:
            caption_end = block_start + len(paragraph.caption)
            assert text[block_start:caption_end] == paragraph.caption
            assert text[caption_end : span.start] == CAPTION_SEPARATOR
        previous_end = span.end
    assert len(text) == max(previous_end, 0)


@given(texts(), st.lists(texts(), max_size=4))
def test_text_is_headline_and_paragraphs_joined_by_blank_lines(
    headline: str, paragraphs: list[str]
) -> None:
    item = NewsItem(headline=headline, paragraphs=tuple(Paragraph(text) for text in paragraphs))
    assert item.text == "\n\n".join([headline, *paragraphs])
    assert NewsItem(paragraphs=item.paragraphs).text == "\n\n".join(paragraphs)


def test_caption_precedes_its_paragraph() -> None:
    item = NewsItem(
        headline="Новини",
        paragraphs=(Paragraph("Добрий вечір.", caption="ОЛЕНА ПЕТРЕНКО ВЕДУЧА"),),
    )
    assert item.text == "Новини\n\nОЛЕНА ПЕТРЕНКО ВЕДУЧА\nДобрий вечір."
    assert item.paragraph_spans() == (Span(30, 43),)


# Immutability -----------------------------------------------------------------------------------


@given(model_objects, st.data())
def test_model_objects_are_frozen(obj: object, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from([field.name for field in attrs.fields(type(obj))]))
    with pytest.raises(FrozenInstanceError):
        setattr(obj, name, getattr(obj, name))
    assert not hasattr(obj, "__dict__")


def test_event_place_is_the_first_of_its_places() -> None:
    event = Event(EventKind.ATTACK, place="Ізюм", places=("Ізюм", "Балаклія"), killed=2)
    assert (event.place, event.killed, event.injured) == ("Ізюм", 2, None)
    with pytest.raises(ModelError, match="first of places") as error:
        Event(EventKind.ATTACK, place="Балаклія", places=("Ізюм", "Балаклія"))
    assert error.value.path == "place"


@pytest.mark.parametrize("field", ["killed", "injured"])
def test_event_casualty_counts_are_not_negative(field: str) -> None:
    with pytest.raises(ModelError, match="must not be negative") as error:
        Event(EventKind.INCIDENT, **{field: -1})
    assert error.value.path == field
