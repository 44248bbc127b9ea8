"""Dates in Ukrainian text: what find_dates finds, what it refuses, and the text round trip."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import partial_dates
from uanews.model import PartialDate
from uanews.parser.events.dates import find_dates, format_date
from uanews.parser.events.lexicon import MONTHS

REFERENCE = dt.date(2021, 9, 22)  # a Wednesday


def only(text: str, reference: dt.date | None = None):
    mentions = find_dates(text, reference=reference)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "iso", "found"),
    [
        ("Зустріч пройшла 21 вересня в онлайн-режимі.", "--09-21", "21 вересня"),
        ("Це сталося 21 вересня 2021 року.", "2021-09-21", "21 вересня 2021 року"),
        ("Указ від 3 квітня 1843 р. діяв довго.", "1843-04-03", "3 квітня 1843 р."),
        ("Угоду підписали 21.09.2021 у Вільнюсі.", "2021-09-21", "21.09.2021"),
        ("Дата: 2021-09-21.", "2021-09-21", "2021-09-21"),
        ("Проєкти представлять у вересні.", "--09", "вересні"),
        ("Він повернувся в січні 2008 року.", "2008-01", "січні 2008 року"),
        ("Роботи тривали до кінця січня 2016 року.", "2016-01", "січня 2016 року"),
        ("Школу відкрили у 2006 році.", "2006", "2006 році"),
        ("Це було у 2006-му.", "2006", "2006-му"),
        ("Партнерство триває з 2009 року.", "2009", "2009 року"),
        ("Виплати надійдуть до 25 числа.", "---25", "25 числа"),
        ("Третього дня, 21-го вересня, все змінилося.", "--09-21", "21-го вересня"),
    ],
)
def test_explicit_dates(text, iso, found):
    mention = only(text)
    assert mention.date == PartialDate.fromisoformat(iso)
    assert mention.text == found
    assert text[mention.start : mention.end] == found


@pytest.mark.parametrize(
    "text",
    [
        "У 1637 багатоповерхівках перевірили газопроводи.",
        "70% доходів - це промисловість.",
        "понад 150 тис. працівників",
        "Будинку 250 років.",
        "Послуги для дітей до 1 року.",
        "Об'єкт за 2000 років до нашої ери.",
        "Отримали 31 лютого нічого.",
        "Час 5.33 за Києвом.",
        "Лютого ворога зупинили.",
        "Кількість зросла на 21.",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("forms", MONTHS)
def test_every_case_of_every_month_after_a_preposition(forms):
    month = MONTHS.index(forms) + 1
    for form in forms:
        mention = only(f"Це відбулося у {form} минулого століття.")
        assert mention.date == PartialDate(month=month)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Фестиваль пройде з 1 по 3 жовтня.", "--10-01", "--10-03"),
        ("Фестиваль пройде 1-3 жовтня 2021 року.", "2021-10-01", "2021-10-03"),
        ("Свята тривають з 27 по 31 грудня.", "--12-27", "--12-31"),
        ("Форум пройде з 28 вересня по 2 жовтня 2021 року.", "2021-09-28", "2021-10-02"),
        ("У 1993–1994 роках він очолював відділ.", "1993", "1994"),
        ("Роботи 2012-2014 років завершено.", "2012", "2014"),
    ],
)
def test_ranges(text, start, end):
    mention = only(text)
    assert mention.date == PartialDate.fromisoformat(start)
    assert mention.end_date == PartialDate.fromisoformat(end)


def test_backwards_day_range_is_not_a_range():
    assert all(mention.end_date is None for mention in find_dates("У 3-1 жовтня"))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Про це вчора повідомили в мерії.", "2021-09-21"),
        ("Сьогодні відбулася сесія.", "2021-09-22"),
        ("Позавчора випав сніг.", "2021-09-20"),
        ("Засідання відбудеться завтра.", "2021-09-23"),
        ("Рішення ухвалили цього року.", "2021"),
        ("Торік урожай був більшим.", "2020"),
        ("Звіт подали минулого місяця.", "2021-08"),
        ("Його обрали у березні цього року.", "2021-03"),
        ("Термін сплине 21 березня наступного року.", "2022-03-21"),
    ],
)
def test_relative_words_resolve_against_the_reference(text, iso):
    assert only(text, REFERENCE).date == PartialDate.fromisoformat(iso)


def test_last_week_is_monday_to_sunday_of_the_week_before():
    mention = only("Делегація приїхала минулого тижня.", REFERENCE)
    assert mention.date == PartialDate(2021, 9, 13)
    assert mention.end_date == PartialDate(2021, 9, 19)


@pytest.mark.parametrize("text", ["Про це вчора повідомили.", "Делегація приїхала минулого тижня."])
def test_relative_words_without_a_reference_have_no_date(text):
    mention = only(text)
    assert mention.date is None
    assert mention.end_date is None


def test_relative_year_without_a_reference_keeps_the_month():
    assert only("Його обрали у березні цього року.").date == PartialDate(month=3)


def test_explicit_day_and_month_do_not_borrow_the_reference_year():
    assert only("Зустріч пройшла 21 вересня.", REFERENCE).date == PartialDate(month=9, day=21)


def test_mentions_come_in_text_order():
    text = "З 2009 року по 2012 рік він жив у Харкові, а 5 травня 2015 року переїхав."
    mentions = find_dates(text)
    assert [mention.start for mention in mentions] == sorted(m.start for m in mentions)
    assert mentions[-1].date == PartialDate(2015, 5, 5)


text_dates = partial_dates().filter(lambda date: date.year is None or date.year >= 100)


@given(text_dates)
def test_iso_round_trip(date):
    assert PartialDate.fromisoformat(date.isoformat()) == date


@given(text_dates, st.sampled_from(["Це було ", "Відомо, що ", ""]), st.sampled_from([".", ","]))
def test_ukrainian_text_round_trip(date, before, after):
    text = f"{before}{format_date(date)}{after}"
    mention = only(text)
    assert mention.date == date
    assert text[mention.start : mention.end] == mention.text


@given(st.text(max_size=200))
def test_any_text_gives_mentions_that_quote_it(text):
    mentions = find_dates(text, reference=REFERENCE)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


_DATE_PIECES = st.sampled_from(
    [
        "21",
        "3",
        "2021",
        "1990",
        "-",
        "–",
        ".",
        " ",
        "\n",
        "вересня",
        "Вересня",
        "ВЕРЕСНІ",
        "у",
        "з",
        "по",
        "року",
        "році",
        "навесні",
        "Восени",
        "XX",
        "ХХІ",
        "столітті",
        "тому",
        "два",
        "дні",
        "вчора",
        "Сьогодні",
        "на",
        "наступному",
        "тижні",
        "числа",
        "х",
        "років",
        "ſ",
        "ı",
        "İ",
    ]
)


@given(st.lists(_DATE_PIECES, max_size=40).map("".join))
def test_the_lowered_screens_of_the_date_patterns_change_nothing(text):
    # Each pattern runs only where its lowered copy matches the lower-case text; without
    # those screens every pattern runs: the dates found must be the same.
    from uanews.parser.events import dates  # noqa: PLC0415 - the module's own screens

    assert all(pattern is not None for pattern in dates._lowered_patterns())  # noqa: SLF001
    screened = find_dates(text, reference=REFERENCE)
    original = dates._lowered_patterns  # noqa: SLF001 - switched off for the comparison
    dates._lowered_patterns = lambda: (None,) * len(dates._PATTERNS)  # noqa: SLF001
    try:
        unscreened = find_dates(text, reference=REFERENCE)
    finally:
        dates._lowered_patterns = original  # noqa: SLF001
    assert screened == unscreened


@pytest.mark.parametrize("text", ["у хх столітті", "у v столітті", "ı столітті", "Xıx століття"])
def test_a_numeral_not_in_capitals_is_no_century_and_no_error(text):
    # The patterns match without regard to case, and ``ı`` folds to ``I``: these reached the
    # numeral's value and raised KeyError (found by the lowered-screens property test).
    assert find_dates(text, reference=REFERENCE) == []


def test_a_century_in_latin_or_cyrillic_capitals_is_still_found():
    (mention,) = find_dates("у ХІХ столітті", reference=REFERENCE)
    assert (mention.date, mention.end_date) == (PartialDate(1801), PartialDate(1900))
