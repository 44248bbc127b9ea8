"""Event dates and casualty counts on unseen text, seventh pass (issue 15), Ukrainian and Russian.

Dates: a start date in the clause of an infinitive (``ухвалили рішення провести з 8 числа``)
is what a decision plans, not the day it was made; a dateline line with a year and an agency
(``Умань, 3 березня 2026 року – Укрінформ``) dates the talks of a visit it reports. Casualties:
a count of victims named by a noun whose state the clause tells (``двоє постраждалих
перебувають у реанімації``) or called ``both`` restates victims counted before: it adds
nothing to them; a number word counts in every case (``одинадцятьох``, ``пятерых``); a
number with another casualty word between it and this one is that word's (``троє загиблих і
семеро поранених``).

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from event_support import only_event
from uanews.model import EventKind, PartialDate
from uanews.parser.events.casualties import Count, casualties, event_total, restated
from uanews.parser.events.dates import find_dates, starts_later
from uanews.parser.language import using_language


@pytest.mark.parametrize(
    ("language", "text", "later"),
    [
        ("uk", "Обласна рада ухвалила рішення з 1 лютого запровадити пільговий проїзд.", True),
        ("uk", "Міністерство вирішило провести з 12 березня позачергову перевірку шкіл.", True),
        ("uk", "Громада погодилася з 3 квітня передати приміщення волонтерам.", True),
        ("ru", "Горсовет решил с 1 марта повысить тарифы на воду.", True),
        ("ru", "Минздрав постановил провести с 10 мая дополнительную вакцинацию.", True),
        ("uk", "З 1 березня почав працювати новий пункт обігріву.", False),
        ("uk", "Депутати з 5 травня розпочали проводити виїзні засідання.", False),
        ("ru", "С 20 января в поселке начали действовать новые правила.", False),
        ("ru", "Согласно решению от 14 октября, фирма должна вернуть селу 2 млн гривен.", False),
        ("uk", "Згідно з рішенням від 14 жовтня, фірма має повернути селу 2 млн гривень.", False),
    ],
)
def test_a_start_date_of_an_infinitive_starts_later(
    language: str, text: str, *, later: bool
) -> None:
    with using_language(language):
        mention = find_dates(text)[0]
        assert starts_later(text, mention) is later


def test_a_decision_to_act_from_a_day_is_not_dated_by_that_day() -> None:
    item = uanews.parse(
        "На Буковині проведуть додаткову вакцинацію\n\n"
        "Міністерство охорони здоров'я ухвалило рішення провести з 15 січня додаткову кампанію"
        " вакцинації проти дифтерії у Чернівецькій області."
    )
    event = only_event(item, EventKind.ANNOUNCEMENT)
    assert event.date is None


@pytest.mark.parametrize(
    ("language", "sentence", "again"),
    [
        ("uk", "Двоє травмованих перебувають у реанімації.", True),
        ("uk", "Лікарі кажуть, що троє поранених залишаються в реанімації.", True),
        ("uk", "Обоє травмованих перебувають під наглядом медиків.", True),
        ("ru", "Двое пострадавших находятся в тяжелом состоянии.", True),
        ("ru", "Оба раненых остаются в больнице.", True),
        ("uk", "Ще двоє поранених перебувають у лікарні.", False),
        ("uk", "Двоє людей травмувалися, вони перебувають у лікарні.", False),
        ("uk", "Поранено трьох людей, їх доправили до лікарні.", False),
        ("ru", "Трое человек ранены, они находятся в больнице.", False),
        ("ru", "Еще двое раненых находятся в реанимации.", False),
    ],
)
def test_a_state_of_counted_victims_restates_them(
    language: str, sentence: str, *, again: bool
) -> None:
    with using_language(language):
        assert restated(sentence, 0, len(sentence)) == (False, again)


def test_a_restated_count_adds_nothing_but_bounds_the_total() -> None:
    places: frozenset[str] = frozenset()
    told = Count(5, headline=False, places=places, added=True)
    again = Count(2, headline=False, places=places, restated=True)
    assert event_total([told, again]) == 5
    assert event_total([again]) == 2


def test_ukrainian_strike_with_the_state_of_its_wounded_counts_them_once() -> None:
    item = uanews.parse(
        "Удар по Нікополю: загинула жінка, четверо поранених\n\n"
        "Вранці армія РФ накрила мінометним вогнем Нікополь.\n\n"
        "Загинула 61-річна жінка, ще четверо людей дістали поранення, повідомив начальник"
        " районної військової адміністрації Остап Гнатюк.\n\n"
        "За словами посадовця, троє травмованих залишаються в реанімації."
    )
    event = only_event(item, EventKind.ATTACK)
    assert (event.killed, event.injured) == (1, 4)


def test_russian_strike_with_both_wounded_in_hospital_counts_two() -> None:
    item = uanews.parse(
        "Враг обстрелял две громады Харьковщины, ранены двое\n\n"
        "В селе Подгорное российская армия ударила дроном по автомобилю, ранен мужчина."
        " В поселке Лесовое под минометный обстрел попала женщина, она ранена.\n\n"
        "«Оба раненых находятся в больнице в Купянске», — написал глава ОВА."
    )
    event = only_event(item, EventKind.ATTACK)
    assert event.injured == 2


def test_a_dateline_line_with_a_year_and_an_agency_dates_the_talks_of_a_visit() -> None:
    item = uanews.parse(
        "Посол Норвегії відвідав Умань\n\n"
        "Умань, 3 березня 2026 року – Укрінформ\n\n"
        "Посол Норвегії в Україні Гуннар Стенберг побував в Умані.\n\n"
        "Гість провів зустріч із керівництвом міської лікарні та обговорив ремонт укриття."
    )
    event = only_event(item, EventKind.MEETING)
    assert event.date == PartialDate(2026, 3, 3)


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("uk", "Травмовано одинадцятьох гірників, двоє з них у важкому стані.", (None, 11)),
        ("uk", "Поранено двадцятьох трьох бійців.", (None, 23)),
        ("uk", "Медики госпіталізували дванадцятьох пасажирів.", (None, 12)),
        ("ru", "Госпитализировали пятерых шахтеров.", (None, 5)),
        ("ru", "Обстрел обесточил одиннадцать сел, ранены трое жителей.", (None, 3)),
        ("uk", "Обстріл знеструмив одинадцять сіл, поранено трьох людей.", (None, 3)),
        ("uk", "Вогонь знищив дванадцятьох корів на фермі.", (None, None)),
    ],
)
def test_number_words_count_in_every_case(
    language: str, sentence: str, expected: tuple[int | None, int | None]
) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("uk", "Троє загиблих і семеро поранених – такі наслідки удару.", (3, 7)),
        ("uk", "Внаслідок вибуху четверо загиблих та двоє травмованих.", (4, 2)),
        ("ru", "Трое погибших и семеро раненых – таковы последствия удара.", (3, 7)),
        ("ru", "Итог ночи: двое погибших и пятеро пострадавших.", (2, 5)),
        ("uk", "Загинули та постраждали 12 людей.", (12, 12)),
        ("ru", "Погибли и пострадали 12 человек.", (12, 12)),
    ],
)
def test_a_number_before_another_casualty_word_is_that_words(
    language: str, sentence: str, expected: tuple[int | None, int | None]
) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == expected


@pytest.mark.parametrize(
    "text",
    [
        (
            "У Бердичеві відкрили центр протезування\n\n"
            "Бердичів, 12 лютого.\n\n"
            "Міністр охорони здоров'я Олесь Литвинчук відвідав міську лікарню Бердичева."
        ),
        (
            "В Бердичеве открыли центр протезирования\n\n"
            "Бердичев, 12 февраля 2026 года – Укринформ\n\n"
            "Министр здравоохранения Олесь Литвинчук во время рабочей поездки в Бердичев"
            " посетил городскую больницу."
        ),
    ],
)
def test_the_paragraph_after_a_dateline_alone_is_the_lede(text: str) -> None:
    event = only_event(uanews.parse(text), EventKind.VISIT)
    assert event.date is not None
    assert (event.date.month, event.date.day) == (2, 12)


def test_a_dated_first_sentence_is_no_dateline_alone() -> None:
    item = uanews.parse(
        "У Бердичеві відкрили центр протезування\n\n"
        "Бердичів, 12 лютого, зустрів нову зиму без світла.\n\n"
        "Міністр охорони здоров'я Олесь Литвинчук відвідав міську лікарню Бердичева."
    )
    event = only_event(item, EventKind.VISIT)
    assert event.date is None
