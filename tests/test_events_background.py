"""What is not an event: games, life stories, distant years, reported speech, alerts."""

from __future__ import annotations

import attrs

from eventkit import item_from_text, with_participants
from uanews.model import EventKind
from uanews.parser.events import extract_events

PEOPLE = {
    "mayor": ("Мер Харкова", "Мер", "мер"),
    "ambassador": ("послом Франції", "посол Франції"),
    "player": ("Олена Ткач", "Олени Ткач"),
    "poet": ("Поет",),
}


def kinds_of(text: str) -> list[EventKind]:
    item = with_participants(item_from_text(text), PEOPLE)
    events = extract_events(item)
    attrs.evolve(item, events=events)
    return [event.kind for event in events]


def test_meeting_an_opponent_in_a_final_is_a_game():
    assert kinds_of("Новини\n\nУ фіналі Олена Ткач зустрілася з киянкою.") == []


def test_teams_meeting_in_a_match_is_a_game():
    assert kinds_of("Новини\n\nЗбірні зустрілися у товариському матчі.") == []


def test_a_meeting_without_sport_words_is_still_a_meeting():
    assert kinds_of("Новини\n\nМер зустрівся з послом Франції.") == [EventKind.MEETING]


def test_a_life_story_visit_is_background():
    assert kinds_of("Новини\n\nСвого часу Поет відвідав Харків.") == []


def test_the_story_goes_on_in_the_next_sentence_of_its_paragraph():
    text = "Новини\n\nЩе малим Поет побував у Харкові. Згодом він завітав до Полтави."
    assert kinds_of(text) == []


def test_a_dated_sentence_after_a_life_story_is_news_again():
    text = "Новини\n\nСвого часу Поет побував у Харкові. 3 травня 2024 року Мер відвідав музей."
    assert kinds_of(text) == [EventKind.VISIT]


def test_a_visit_in_a_distant_year_is_background():
    text = (
        "Новини\n\nУ 1846 році Поет відвідав Харків.\n\n"
        "12 квітня 2023 року Мер зустрівся з послом Франції."
    )
    assert kinds_of(text) == [EventKind.MEETING]


def test_a_recent_year_is_news():
    text = "Новини\n\nУ 2021 році Мер відвідав Харків.\n\nУ 2023 році Мер відвідав Полтаву."
    assert kinds_of(text) == [EventKind.VISIT, EventKind.VISIT]


def test_a_decision_three_years_before_the_item_is_background():
    text = (
        "Новини\n\nУ 2020 році міська рада ухвалила рішення про оренду.\n\n"
        "12 квітня 2023 року Мер зустрівся з послом Франції."
    )
    assert kinds_of(text) == [EventKind.MEETING]


def test_the_year_a_plan_runs_to_is_not_the_items_year():
    text = (
        "Новини\n\nУ 2023 році міська рада ухвалила стратегію розвитку до 2030 року.\n\n"
        "Мер зустрівся з послом Франції."
    )
    assert kinds_of(text) == [EventKind.ANNOUNCEMENT, EventKind.MEETING]


def test_announcing_that_something_is_so_is_speech():
    assert kinds_of("Новини\n\nМер оголосив, що мости відкриють.") == []


def test_an_air_raid_alert_is_not_an_announcement():
    assert kinds_of("Новини\n\nУ місті оголошено повітряну тривогу.") == []


def test_announcing_a_tender_is_an_announcement():
    assert kinds_of("Новини\n\nМер оголосив тендер на ремонт мостів.") == [EventKind.ANNOUNCEMENT]


def test_a_contest_announced_with_the_object_first():
    text = "Новини\n\nКонкурс на ремонт мостів мер оголошував у травні."
    assert kinds_of(text) == [EventKind.ANNOUNCEMENT]


def test_announcing_the_start_of_something():
    text = "Новини\n\nМер оголосив про початок опалювального сезону."
    assert kinds_of(text) == [EventKind.ANNOUNCEMENT]


def test_a_press_conference_by_itself_announces_no_decision():
    # Guidelines: an announcement is a decision or plan of a named authority; holding a press
    # conference is not one.
    text = "Новини\n\nПрес-конференцію провела Олена Ткач."
    assert kinds_of(text) == []


def test_a_relative_date_brings_the_story_back_to_the_news():
    text = "Новини\n\nСвого часу Поет побував у Харкові. Вчора Мер відвідав музей."
    assert kinds_of(text) == [EventKind.VISIT]
