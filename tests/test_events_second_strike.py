"""A second strike told in a later paragraph of a strike report, in Russian and Ukrainian.

A paragraph after the lede that opens with another time of the day (``Днем``, ``Позже``, ``В
тот же день``, ``Также утром``) and tells a strike on a place no strike sentence before named is
a second attack, with its own places and casualties, on the lede's day unless it gives its
own date; a follow-up of the first strike, or
the same place struck again, is not.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import Event, EventKind, NewsItem, PartialDate


def _attacks(item: NewsItem) -> list[Event]:
    """Return the attacks of ``item`` in text order."""
    return [event for event in item.events if event.kind is EventKind.ATTACK]


def test_russian_later_strike_on_another_district_is_a_second_attack() -> None:
    item = uanews.parse(
        "Дроны атаковали Николаевщину\n\n"
        "Вечером 3 марта российские военные направили дроны на Вознесенский район, ранен"
        " один человек.\n\n"
        "Позже, около десяти вечера, дроны ударили по Баштанскому району. Погиб мужчина."
    )
    first, second = _attacks(item)
    assert first.places == ("Вознесенский район",)
    assert (first.killed, first.injured) == (None, 1)
    assert second.places == ("Баштанский район",)
    assert (second.killed, second.injured) == (1, None)
    assert second.date == PartialDate(month=3, day=3)  # ``Позже``: a later time of the lede's day


def test_ukrainian_later_strike_on_another_district_is_a_second_attack() -> None:
    item = uanews.parse(
        "Дрони атакували Миколаївщину\n\n"
        "Увечері 3 березня російські військові спрямували дрони на Вознесенський район, поранено"
        " одну людину.\n\n"
        "Пізніше, вже після третьої ночі, дрони вдарили по Баштанському району. Загинув"
        " чоловік."
    )
    first, second = _attacks(item)
    assert first.places == ("Вознесенський район",)
    assert (first.killed, first.injured) == (None, 1)
    assert second.places == ("Баштанський район",)
    assert (second.killed, second.injured) == (1, None)


def test_russian_drone_on_a_building_in_another_city_the_same_day() -> None:
    item = uanews.parse(
        "Ракеты над Житомиром\n\n"
        "Утром 12 марта армия РФ атаковала ракетами Житомир. В Богунском районе ранены"
        " четыре человека.\n\n"
        "В тот же день вражеский беспилотник попал в корпус элеватора в Коростене. Ранены два"
        " человека."
    )
    first, second = _attacks(item)
    assert "Коростень" not in first.places
    assert first.injured == 4  # the second strike's two are its own
    assert second.places == ("Коростень",)
    assert second.injured == 2


def test_ukrainian_drone_on_a_building_in_another_city_the_same_day() -> None:
    item = uanews.parse(
        "Ракети над Житомиром\n\n"
        "Уранці 12 березня армія РФ атакувала ракетами Житомир. У Богунському районі"
        " поранено чотирьох людей.\n\n"
        "Того ж дня ворожий безпілотник влучив у корпус елеватора в Коростені. Поранено двох людей."
    )
    first, second = _attacks(item)
    assert first.injured == 4
    assert second.places == ("Коростень",)
    assert second.injured == 2


def test_russian_also_in_the_morning_opens_a_second_attack() -> None:
    item = uanews.parse(
        "Атака на Запорожье\n\n"
        "Ночью 7 декабря российские войска атаковали дронами Запорожье, ранены три человека.\n\n"
        "Также утром оккупанты обстреляли Орехов, погиб мужчина."
    )
    first, second = _attacks(item)
    assert (first.places, first.killed, first.injured) == (("Запорожье",), None, 3)
    assert (second.places, second.killed) == (("Орехов",), 1)


def test_ukrainian_also_in_the_morning_opens_a_second_attack() -> None:
    item = uanews.parse(
        "Атака на Запоріжжя\n\n"
        "Уночі 7 грудня російські війська атакували дронами Запоріжжя, поранено трьох людей.\n\n"
        "Також уранці окупанти обстріляли Оріхів, загинув чоловік."
    )
    first, second = _attacks(item)
    assert (first.places, first.killed, first.injured) == (("Запоріжжя",), None, 3)
    assert (second.places, second.killed) == (("Оріхів",), 1)


def test_the_same_place_struck_again_later_is_the_same_attack() -> None:
    item = uanews.parse(
        "Враг атаковал Херсон\n\n"
        "Утром 4 декабря российская армия обстреляла Херсон из артиллерии, ранены два"
        " человека.\n\n"
        "Вечером враг снова обстрелял Херсон, ранена женщина."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Херсон",)


def test_a_follow_up_of_the_strike_in_a_later_paragraph_is_no_second_attack() -> None:
    item = uanews.parse(
        "Удар по Днепру\n\n"
        "В ночь на 5 декабря российская армия ударила ракетой по жилому дому в Днепре. Погибли"
        " два человека, ранены семь.\n\n"
        "К утру спасатели нашли под обломками тело еще одной женщины."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert (attack.places, attack.killed, attack.injured) == (("Днепр",), 2, 7)


def test_a_later_strike_paragraph_without_a_time_opener_stays_one_attack() -> None:
    item = uanews.parse(
        "Дроны атаковали Сумы\n\n"
        "В ночь на 9 марта армия РФ атаковала Сумы ударными беспилотниками.\n\n"
        "Оккупанты также обстреляли Шостку, ранены два человека."
    )
    assert set(only_event(item, EventKind.ATTACK).places) == {"Сумы", "Шостка"}


def test_russian_air_strike_after_inflicted_is_a_strike() -> None:
    item = uanews.parse(
        "В Ахтырке погибли двое мужчин\n\n"
        "Во вторник оккупанты нанесли авиаудар по промзоне Ахтырки."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert (attack.places, attack.killed) == (("Ахтырка",), 2)


def test_ukrainian_air_strike_after_inflicted_is_a_strike() -> None:
    item = uanews.parse(
        "В Охтирці загинули двоє чоловіків\n\n"
        "У вівторок окупанти завдали авіаудару по промзоні Охтирки."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert (attack.places, attack.killed) == (("Охтирка",), 2)


def test_a_fire_the_second_strike_started_is_part_of_that_strike() -> None:
    item = uanews.parse(
        "Ракеты над Житомиром\n\n"
        "Утром 12 марта армия РФ атаковала ракетами Житомир. В Богунском районе ранены"
        " четыре человека.\n\n"
        "В тот же день вражеский беспилотник попал в корпус элеватора в Коростене."
        " На элеваторе вспыхнул пожар, пострадавших нет."
    )
    assert [event.kind for event in item.events] == [EventKind.ATTACK, EventKind.ATTACK]
    assert (item.events[1].places, item.events[1].injured) == (("Коростень",), 0)


def test_the_first_strike_the_body_tells_after_the_headline_is_no_second() -> None:
    item = uanews.parse(
        "Враг снова обстрелял приграничье\n\n"
        "В понедельник глава районной администрации Олег Сидоренко рассказал, как проходит"
        " эвакуация из приграничных сел.\n\n"
        "Утром армия РФ обстреляла Купянский район, ранен мужчина."
    )
    assert only_event(item, EventKind.ATTACK).injured == 1


def test_ukrainian_first_strike_the_body_tells_after_the_headline_is_no_second() -> None:
    item = uanews.parse(
        "Ворог знову обстріляв прикордоння\n\n"
        "У понеділок голова районної адміністрації Олег Сидоренко розповів, як триває евакуація"
        " з прикордонних сіл.\n\n"
        "Вранці армія РФ обстріляла Куп'янський район, поранено чоловіка."
    )
    assert only_event(item, EventKind.ATTACK).injured == 1


def test_russian_second_strike_of_the_same_day_takes_the_lede_s_date() -> None:
    item = uanews.parse(
        "Обстрелы Харьковщины\n\n"
        "Утром 3 марта оккупанты обстреляли Купянск, ранены двое.\n\n"
        "Вечером того же дня враг атаковал дроном Чугуев. Пострадала женщина."
    )
    first, second = _attacks(item)
    assert (first.date, first.places, first.injured) == (
        PartialDate(month=3, day=3),
        ("Купянск",),
        2,
    )
    assert (second.date, second.places, second.injured) == (
        PartialDate(month=3, day=3),
        ("Чугуев",),
        1,
    )


def test_ukrainian_second_strike_of_the_same_day_takes_the_lede_s_date() -> None:
    item = uanews.parse(
        "Обстріли Харківщини\n\n"
        "Уранці 3 березня окупанти обстріляли Куп'янськ, поранено двох людей.\n\n"
        "Увечері того ж дня ворог атакував дроном Чугуїв. Постраждала жінка."
    )
    first, second = _attacks(item)
    assert (first.date, first.injured) == (PartialDate(month=3, day=3), 2)
    assert (second.date, second.places, second.injured) == (
        PartialDate(month=3, day=3),
        ("Чугуїв",),
        1,
    )


def test_a_paragraph_of_the_day_before_keeps_no_date_of_the_lede() -> None:
    item = uanews.parse(
        "Обстрелы Харьковщины\n\n"
        "Утром 3 марта оккупанты обстреляли Купянск, ранены двое.\n\n"
        "Накануне вечером враг атаковал дроном Чугуев. Пострадала женщина."
    )
    first, second = _attacks(item)
    assert first.date == PartialDate(month=3, day=3)
    assert second.date is None  # ``Накануне``: the day before, a relative date


def test_a_later_strike_at_night_takes_no_date_of_the_lede() -> None:
    # the night after an evening strike may be the next day's: no date the text gives
    for text in (
        (
            "Обстрелы Харьковщины\n\nВечером 3 марта оккупанты обстреляли Купянск, ранены двое."
            "\n\nПозже, около полуночи, враг атаковал дроном Чугуев. Пострадала женщина."
        ),
        (
            "Обстріли Харківщини\n\nУвечері 3 березня окупанти обстріляли Куп'янськ, поранено"
            " двох людей.\n\nПізніше, близько опівночі, ворог атакував дроном Чугуїв."
            " Постраждала жінка."
        ),
    ):
        first, second = _attacks(uanews.parse(text))
        assert first.date == PartialDate(month=3, day=3)
        assert second.date is None
        assert second.injured == 1
