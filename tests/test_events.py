"""Events from narration: kinds, participants, date, mode, place, topics, evidence, merging."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from eventkit import item_from_text, with_participants
from uanews.model import (
    EventKind,
    EventMode,
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
from uanews.parser.events import extract_events

WORDS = (
    "Мер",
    "мер Харкова",
    "зустрівся",
    "з",
    "послом Франції",
    "у",
    "Києві",
    "21 вересня",
    "онлайн",
    "підписали",
    "угоду",
    "у сферах",
    "науки",
    "та",
    "освіти",
    ",",
    ".",
    "вчора",
    "зустрічі",
    "візит",
    "оголосив",
    "«",
    "»",
    "-",
    "\n",
    "Учасники",
    "обговорили",
    "питання",
)

PEOPLE = {
    "mayor": ("Мер Харкова", "мер Харкова", "Мер", "мер"),
    "ambassador": ("послом Франції", "посла Франції", "посол Франції"),
}


def events_of(text: str, people=PEOPLE, reference: dt.date | None = None):
    item = with_participants(item_from_text(text), people)
    events = extract_events(item, reference=reference)
    attrs.evolve(item, events=events)  # the item's validation accepts them
    return item, events


def test_headline_and_lede_are_one_meeting():
    item, events = events_of(
        "Мер Харкова зустрівся з послом Франції\n\n"
        "Зустріч мер Харкова і посла Франції пройшла 21 вересня в онлайн-режимі."
    )
    assert len(events) == 1
    event = events[0]
    assert event.kind is EventKind.MEETING
    assert event.participants == ("mayor", "ambassador")
    assert event.date == PartialDate(month=9, day=21)
    assert event.mode is EventMode.ONLINE
    assert event.place is None
    assert event.evidence == Span(0, len(item.headline))


def test_place_is_given_in_the_nominative():
    _, events = events_of("Новини\n\nМер Харкова зустрівся з послом Франції у Києві.")
    assert [event.place for event in events] == ["Київ"]


def test_two_word_place():
    _, (event,) = events_of("Новини\n\nМер відвідав підприємства у Харківській області.")
    assert event.kind is EventKind.VISIT
    assert event.place == "Харківська область"


def test_online_event_has_no_place():
    _, (event,) = events_of("Новини\n\nМер Харкова дистанційно зустрівся з послом Франції у Києві.")
    assert event.mode is EventMode.ONLINE
    assert event.place is None


def test_agreement_with_topics():
    _, (event,) = events_of(
        "Новини\n\nМер і посол Франції підписали меморандум про співпрацю у сферах торгівлі, "
        "енергетики та вищої освіти."
    )
    assert event.kind is EventKind.AGREEMENT
    assert event.topics == ("торгівля", "енергетика", "вища освіта")
    assert event.participants == ("mayor", "ambassador")


def test_topic_list_ends_at_a_new_clause():
    _, (event,) = events_of(
        "Новини\n\nМер зустрівся з послом Франції, вони обговорили питання безпеки, "
        "а також плани на зиму."
    )
    assert event.topics == ("безпека",)


def test_proposing_to_sign_is_not_an_agreement():
    _, events = events_of("Новини\n\nМер запропонував послу Франції підписати угоду.")
    assert events == ()


def test_a_bare_meeting_noun_is_not_an_event():
    _, events = events_of("Новини\n\nТакі зустрічі дуже корисні для міста.")
    assert events == ()


def test_a_later_reference_adds_topics_to_the_event():
    _, (event,) = events_of(
        "Мер зустрівся з послом Франції\n\n"
        "Зустріч відбулася у вівторок.\n\n"
        "Учасники зустрічі обговорили питання енергетики та транспорту."
    )
    assert event.topics == ("енергетика", "транспорт")


def test_the_first_topic_list_wins():
    _, (event,) = events_of(
        "Мер зустрівся з послом Франції\n\n"
        "Учасники зустрічі обговорили питання енергетики.\n\n"
        "Також учасники зустрічі говорили щодо туризму."
    )
    assert event.topics == ("енергетика",)


def test_weak_triggers_in_one_sentence_make_one_event():
    _, events = events_of("Новини\n\nПро це мер домовився з послом Франції на зустрічі.")
    assert [event.kind for event in events] == [EventKind.MEETING]


def test_explicit_triggers_of_different_kinds_make_separate_events():
    _, events = events_of(
        "Новини\n\nМер відвідав Париж і підписав угоду з послом Франції про співпрацю."
    )
    assert {event.kind for event in events} == {EventKind.VISIT, EventKind.AGREEMENT}


def test_meetings_on_different_dates_stay_apart():
    _, events = events_of(
        "Новини\n\nМер зустрівся з послом Франції 5 травня.\n\n"
        "Мер знову зустрівся з послом Франції 9 травня."
    )
    assert [event.date for event in events] == [
        PartialDate(month=5, day=5),
        PartialDate(month=5, day=9),
    ]


def test_relative_date_uses_the_reference():
    _, (event,) = events_of(
        "Новини\n\nВчора мер зустрівся з послом Франції.", reference=dt.date(2021, 9, 22)
    )
    assert event.date == PartialDate(2021, 9, 21)


def test_relative_date_without_reference_is_unknown():
    _, (event,) = events_of("Новини\n\nВчора мер зустрівся з послом Франції.")
    assert event.date is None


def test_broadcast_speech_is_not_narration():
    item = NewsItem(
        headline=None,
        paragraphs=(
            Paragraph("Місто готується до зими."),
            Paragraph("Ми зустрілися з партнерами 5 травня.", caption="ІВАН ПЕТРЕНКО МЕР"),
        ),
    )
    assert extract_events(item) == ()


def test_direct_quotes_are_not_narration():
    item = item_from_text("Новини\n\n«Ми зустрілися з послом Франції 5 травня», - сказав мер.")
    text = item.text
    start = text.index("Ми")
    end = text.index("травня") + len("травня")
    quote = Quote(text[start:end], (Span(start, end),), QuoteKind.DIRECT)
    assert extract_events(attrs.evolve(item, quotes=(quote,))) == ()
    assert len(extract_events(item)) == 1  # without the quote it reads as narration


def test_evidence_is_the_trigger_sentence():
    item, (event,) = events_of(
        "Новини\n\nМісто готується до зими. Мер зустрівся з послом Франції. Усі задоволені."
    )
    assert event.evidence is not None
    assert item.text[event.evidence.start : event.evidence.end] == (
        "Мер зустрівся з послом Франції."
    )


def test_abbreviations_do_not_end_the_sentence():
    item, (event,) = events_of(
        "Новини\n\nУ 2021 р. мер зустрівся з послом Франції, понад 150 тис. людей бачили це."
    )
    assert event.evidence is not None
    assert item.text[event.evidence.start : event.evidence.end].endswith("бачили це.")
    assert event.date == PartialDate(2021)


def test_item_without_triggers_has_no_events():
    item = NewsItem(headline="Погода", paragraphs=(Paragraph("Завтра дощ."),))
    assert extract_events(item) == ()


def test_a_mode_word_alone_does_not_make_a_meeting_noun_an_event():
    _, events = events_of("Новини\n\nПотрібні регулярні зустрічі онлайн.")
    assert events == ()


def test_conflicting_mode_words_give_no_mode():
    _, (event,) = events_of(
        "Новини\n\nМер зустрівся з послом Франції наживо, а потім ще й в Інтернеті."
    )
    assert event.mode is None
    assert event.place is None  # ``в Інтернеті`` is a channel, not a place


@given(st.text(max_size=300), st.text(max_size=80))
def test_any_text_gives_valid_events(body, headline):
    item = NewsItem(headline=headline or None, paragraphs=(Paragraph(body),))
    events = extract_events(item, reference=dt.date(2021, 9, 22))
    attrs.evolve(item, events=events)


@given(st.lists(st.sampled_from(WORDS), max_size=25))
def test_news_like_word_salad_gives_valid_events(words):
    item = with_participants(item_from_text("Новини\n\n" + " ".join(words) + "."), PEOPLE)
    attrs.evolve(item, events=extract_events(item))


def test_an_organisation_named_for_its_head_is_not_a_party():
    item = with_participants(
        item_from_text("Новини\n\nГлава ХОДА Петро Іваненко зустрівся з послом Франції."),
        {"hoda": ("ХОДА",), "ambassador": ("послом Франції",)},
        ParticipantKind.ORGANIZATION,
    )
    text = item.text
    start = text.index("Петро")
    head = Participant(
        id="head",
        kind=ParticipantKind.PERSON,
        name="Петро Іваненко",
        organization="ХОДА",
        mentions=(Mention("Петро Іваненко", start, start + len("Петро Іваненко")),),
    )
    item = attrs.evolve(item, participants=(*item.participants, head))
    (event,) = extract_events(item)
    assert event.participants == ("head", "ambassador")


def test_a_visit_takes_its_destination_as_the_place():
    _, (event,) = events_of("Новини\n\nМер прибув з робочим візитом до Чернігова.")
    assert event.kind is EventKind.VISIT
    assert event.place == "Чернігів"


def test_the_host_country_of_a_post_is_not_the_place():
    people = {"mayor": PEOPLE["mayor"], "ambassador": ("послом Франції",)}
    _, (event,) = events_of("Новини\n\nМер зустрівся з послом Франції в Україні.", people)
    assert event.place is None


def test_an_online_meeting_noun_with_a_hyphen():
    _, (event,) = events_of("Новини\n\nМер провів онлайн-зустріч з послом Франції.")
    assert event.kind is EventKind.MEETING
    assert event.mode is EventMode.ONLINE


def test_an_organisation_concludes_an_agreement():
    _, (event,) = events_of("Новини\n\nМер Харкова 3 травня уклало угоду з постачальником.")
    assert event.kind is EventKind.AGREEMENT
    assert event.date == PartialDate(None, 5, 3)
