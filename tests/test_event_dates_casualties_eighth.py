"""Event dates and casualty counts on unseen text, eighth pass (issue 15), Ukrainian and Russian.

Dates: a day and month with no year take the year of the dateline that gives one (the year
before when the day falls after the dateline's). Casualties: a count over a period of months,
a year or the war so far (``з початку року``, ``за три місяці``, ``торік``) is a statistic,
not the toll of the event the item reports; a day's summary (``за добу``) still counts.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from event_support import event_names, events_of, only_event
from uanews.model import EventKind, PartialDate
from uanews.parser.events.casualties import casualties
from uanews.parser.language import using_language


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            (
                "Обстріл Сум\n\nСуми, 5 травня 2026 року\n\n"
                "У ніч на 5 травня російська армія атакувала Суми дронами. Поранено двох людей."
            ),
            PartialDate(2026, 5, 5),
        ),
        (
            (
                "Обстрел Днепра\n\nДнепр, 12 апреля 2025 года\n\n"
                "Утром 11 апреля российская армия атаковала Днепр ракетами. Ранены три человека."
            ),
            PartialDate(2025, 4, 11),
        ),
        (
            (
                "Обстріл Херсона\n\nХерсон, 3 січня 2026 року\n\n"
                "Увечері 30 грудня російська армія обстріляла Херсон. Поранено трьох людей."
            ),
            PartialDate(2025, 12, 30),
        ),
        (
            (
                "Обстріл Сум\n\nСуми, 5 травня\n\n"
                "У ніч на 5 травня російська армія атакувала Суми дронами. Поранено двох людей."
            ),
            PartialDate(None, 5, 5),
        ),
        (
            (
                "Обстріл Сум\n\n"
                "У ніч на 5 травня російська армія атакувала Суми дронами. Поранено двох людей."
            ),
            PartialDate(None, 5, 5),
        ),
    ],
)
def test_a_day_and_month_take_the_year_of_a_dateline_that_gives_one(
    text: str, date: PartialDate
) -> None:
    event = only_event(uanews.parse(text), EventKind.ATTACK)
    assert event.date == date


@pytest.mark.parametrize(
    ("language", "sentence", "counts"),
    [
        (
            "uk",
            "– З початку року у районі загинули 27 людей, – сказав він.",
            (None, None),
        ),
        (
            "uk",
            "За дев'ять місяців цього року в пожежах загинули 14 мешканців області.",
            (None, None),
        ),
        ("uk", "Торік у таких аваріях загинули 52 людини.", (None, None)),
        ("ru", "С начала года, по данным полиции, на дорогах погибли 40 человек.", (None, None)),
        ("ru", "За два месяца в регионе погибли 11 человек.", (None, None)),
        ("uk", "За добу внаслідок обстрілів загинули двоє цивільних, ще п'ятеро поранені.", (2, 5)),
        ("ru", "За сутки в результате обстрелов погибли три человека.", (3, None)),
        ("uk", "Минулого тижня в ДТП загинули троє людей.", (3, None)),
        (
            "uk",
            "Внаслідок удару загинули двоє людей, з початку року в громаді загинули 30 мешканців.",
            (2, None),
        ),
    ],
)
def test_a_count_over_months_or_a_year_is_a_statistic(
    language: str, sentence: str, counts: tuple[int | None, int | None]
) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == counts


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            (
                "На Житомирщині зіткнулися два автомобілі\n\n"
                "Учора, 3 травня, на трасі біля села Левківка зіткнулися легковик і автобус."
                " Загинула одна людина.\n\n"
                "– З початку року у районі загинули 40 людей, – сказав начальник поліції."
            ),
            1,
        ),
        (
            (
                "В Житомирской области столкнулись два автомобиля\n\n"
                "Вчера, 3 мая, на трассе возле села Левковка столкнулись легковой автомобиль и"
                " автобус. Погиб один человек.\n\n"
                "«С начала года в районе погибли 40 человек», – сказал начальник полиции."
            ),
            1,
        ),
    ],
)
def test_an_accident_is_not_given_the_years_road_toll_of_a_quote(text: str, killed: int) -> None:
    event = only_event(uanews.parse(text), EventKind.INCIDENT)
    assert event.killed == killed


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            (
                "Росіяни обстріляли Нікопольщину, поранено трьох людей\n\n"
                "Увечері російські війська накрили вогнем Нікополь з артилерії."
                " Поранено трьох людей.\n\n"
                "Також під обстріл потрапила Марганецька громада, там обійшлося без постраждалих."
            ),
            (None, 3),
        ),
        (
            (
                "Армия РФ обстреляла Херсонщину, ранены двое\n\n"
                "За минувшие сутки армия РФ обстреляла Херсон из артиллерии. Ранены двое"
                " мужчин.\n\n"
                "По Белозерской громаде враг ударил дроном, пострадавших нет."
            ),
            (None, 2),
        ),
        (
            (
                "Росіяни обстріляли Нікополь\n\n"
                "Увечері російські війська накрили вогнем Нікополь з артилерії. Постраждалих немає."
            ),
            (0, 0),
        ),
        (
            (
                "Росіяни обстріляли Нікополь\n\n"
                "Увечері російські війська накрили вогнем Нікополь з артилерії. Загиблих немає,"
                " поранено двох людей."
            ),
            (0, 2),
        ),
        (
            (
                "Росіяни обстріляли Нікополь\n\n"
                "Увечері російські війська накрили вогнем Нікополь з артилерії."
                " Поранено двох людей."
                "\n\nЗагиблих немає."
            ),
            (0, 2),
        ),
    ],
)
def test_a_part_where_nobody_was_harmed_states_no_dead_for_a_strike_with_wounded(
    text: str, counts: tuple[int | None, int | None]
) -> None:
    event = only_event(uanews.parse(text), EventKind.ATTACK)
    assert (event.killed, event.injured) == counts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Полтава і Кельце уклали угоду\n\n"
                "Полтавська міська рада та місто Кельце 4 березня"
                " підписали угоду про партнерство.\n\n"
                "Від польської сторони документ підписав президент міста Марек Войтас, від"
                " української – міський голова Олег Дмитрук."
            ),
            ["Полтавська міська рада", "Марек Войтас", "Олег Дмитрук"],
        ),
        (
            (
                "Житомир и Люблин подписали соглашение\n\n"
                "Житомирский горсовет и город Люблин 7 мая подписали"
                " соглашение о сотрудничестве.\n\n"
                "От украинской стороны документ подписал городской"
                " голова Степан Грищук, от польской"
                " – президент Люблина Анджей Мазур."
            ),
            ["Житомирский горсовет", "Степан Грищук", "Анджей Мазур"],
        ),
        (
            (
                "Полтава і Кельце уклали угоду\n\n"
                "Полтавська міська рада та місто Кельце 4 березня"
                " підписали угоду про партнерство.\n\n"
                "Від початку року міська рада затвердила 12 програм,"
                " повідомив секретар Іван Коломієць."
            ),
            ["Полтавська міська рада"],
        ),
    ],
)
def test_who_signed_for_each_side_are_parties_of_the_agreement(text: str, names: list[str]) -> None:
    item = uanews.parse(text)
    event = events_of(item, EventKind.AGREEMENT)[0]
    assert event_names(item, event) == names


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            (
                "Черкаська міська рада змінила бюджет\n\n"
                "Депутати Черкаської міської ради на сесії 12 лютого затвердили нову редакцію"
                " бюджету"
                " громади.\n\n"
                "Крім того, міська рада затвердила програму підтримки ветеранів АТО на 2027 рік."
            ),
            [PartialDate(None, 2, 12), PartialDate(None, 2, 12)],
        ),
        (
            (
                "Полтавский горсовет изменил бюджет\n\n"
                "Во время сессии 14 марта депутаты Полтавского горсовета утвердили изменения в"
                " бюджет города.\n\n"
                "На ремонт больниц направят 20 миллионов гривен.\n\n"
                "Кроме того, горсовет принял программу помощи переселенцев на 2026 год."
            ),
            [PartialDate(None, 3, 14), PartialDate(None, 3, 14)],
        ),
        (
            (
                "Черкаська міська рада змінила бюджет\n\n"
                "Депутати Черкаської міської ради на сесії 12 лютого затвердили нову редакцію"
                " бюджету"
                " громади.\n\n"
                "Депутати погодили передачу двох автобусів комунальному підприємству"
                " «Черкасиелектротранс»."
            ),
            [PartialDate(None, 2, 12), None],
        ),
    ],
)
def test_a_decision_told_as_more_of_a_dated_one_takes_its_date(
    text: str, dates: list[PartialDate | None]
) -> None:
    item = uanews.parse(text)
    assert [event.date for event in events_of(item, EventKind.ANNOUNCEMENT)] == dates
