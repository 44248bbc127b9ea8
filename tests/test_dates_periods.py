"""Coarse dates: decades, centuries, seasons, month ranges and ``<n> <unit> тому``."""

from __future__ import annotations

import datetime as dt

import pytest

from uanews.parser.events.dates import find_dates

REFERENCE = dt.date(2021, 9, 21)


def only(text: str, reference: dt.date | None = None) -> tuple[str, str | None, str | None]:
    (mention,) = find_dates(text, reference=reference)
    return (
        mention.text,
        None if mention.date is None else mention.date.isoformat(),
        None if mention.end_date is None else mention.end_date.isoformat(),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("на початку 1990-х", ("1990-х", "1990", "1999")),
        ("у 1980-ті роки", ("1980-ті роки", "1980", "1989")),
        ("у XXI столітті", ("XXI столітті", "2001", "2100")),
        ("у ХІХ ст. тут був млин", ("ХІХ ст.", "1801", "1900")),
        ("у листопаді-грудні", ("листопаді-грудні", "--11", "--12")),
    ],
)
def test_periods_start_at_their_first_year_and_end_at_their_last(text, expected):
    assert only(text) == expected


@pytest.mark.parametrize("text", ["1995-х", "І століття тому тут"])
def test_no_decade_or_century(text):
    assert find_dates(text) == []


def test_a_season_with_a_year_gives_the_year_and_no_month():
    assert only("влітку 2020 року") == ("влітку 2020 року", "2020", None)


def test_a_season_of_a_relative_year_needs_the_reference():
    assert only("навесні цього року", REFERENCE) == ("навесні цього року", "2021", None)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("рік тому", "2020"),
        ("два роки тому", "2019"),
        ("місяць тому", "2021-08"),
        ("5 днів тому", "2021-09-16"),
    ],
)
def test_time_ago_resolves_to_the_precision_of_its_unit(text, iso):
    assert only(text, REFERENCE)[1] == iso


def test_time_ago_without_a_reference_is_unknown():
    assert only("рік тому") == ("рік тому", None, None)


def test_a_vague_count_ago_is_no_date():
    assert find_dates("декілька років тому", reference=REFERENCE) == []
