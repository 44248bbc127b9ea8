"""The city of a district named in the genitive after it is the event's main place.

``в Шевченковском районе Запорожья``, ``обстріляли Заводський район Миколаєва``: the event was
in the city too, and the city comes first (as the dev annotations give a district court's city
as the place); the district stays among the places, as the guidelines list districts. A
region's adjective or a region after the district (``Одесской области``, ``Харьковщины``) is
no city.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_russian_fire_in_a_district_of_a_city() -> None:
    item = uanews.parse(
        "Пожар на складе\n\n"
        "Вечером 4 марта в Шевченковском районе Запорожья загорелся склад стройматериалов,"
        " пострадали два человека."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert event.place == "Запорожье"
    assert event.places == ("Запорожье", "Шевченковский район")


def test_ukrainian_fire_in_a_district_of_a_city() -> None:
    item = uanews.parse(
        "Пожежа на складі\n\n"
        "Увечері 4 березня в Шевченківському районі Запоріжжя загорівся склад будматеріалів,"
        " постраждали двоє людей."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert event.places == ("Запоріжжя", "Шевченківський район")


def test_russian_district_struck_as_the_object_with_its_city() -> None:
    item = uanews.parse(
        "Обстрел Николаева\n\n"
        "Утром 6 марта российские войска обстреляли Заводской район Николаева из артиллерии,"
        " ранены два человека."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Николаев", "Заводской район")


def test_russian_coordinated_districts_of_a_city_give_each_district_once() -> None:
    item = uanews.parse(
        "Атака на Одессу\n\n"
        "В ночь на 7 марта армия РФ атаковала дронами Приморский и Суворовский районы Одессы,"
        " ранены трое."
    )
    attack = only_event(item, EventKind.ATTACK)
    # the struck object's first adjective is no place of its own (``Приморский``)
    assert attack.places == ("Одесса", "Приморский район", "Суворовский район")


def test_an_opening_in_a_district_keeps_the_headline_city_first() -> None:
    item = uanews.parse(
        "В Житомире открыли укрытие\n\n"
        "В Богунском районе Житомира во вторник, 3 марта, открыли новое укрытие для учеников"
        " гимназии."
    )
    event = only_event(item, EventKind.PRESENTATION)
    assert event.place == "Житомир"
    assert event.places == ("Житомир", "Богунский район")


def test_ukrainian_opening_in_a_district_of_a_two_word_city() -> None:
    item = uanews.parse(
        "Відкриття укриття\n\n"
        "У Центрально-Міському районі Кривого Рогу в четвер, 5 березня, відкрили нове укриття"
        " для школярів."
    )
    event = only_event(item, EventKind.PRESENTATION)
    assert event.places == ("Кривий Ріг", "Центрально-Міський район")


def test_a_region_after_a_district_is_no_city() -> None:
    item = uanews.parse(
        "Пожар в районе\n\n"
        "Вечером 4 марта в Одесском районе Одесской области загорелся склад, пострадали двое."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Одесский район",)
    item = uanews.parse(
        "Обстрел\n\n"
        "Днем 4 марта оккупанты обстреляли село Купьеваха в Богодуховском районе Харьковщины,"
        " ранен мужчина."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Купьеваха", "Богодуховский район")


def test_russian_industrial_zone_of_a_city_and_a_neighbouring_village() -> None:
    item = uanews.parse(
        "Удар по Днепру\n\n"
        "Утром 9 марта армия РФ нанесла удар ракетами по промышленной зоне Днепра и по"
        " соседнему поселку Слобожанское, ранены двое."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Днепр", "Слобожанское")


def test_ukrainian_industrial_zone_of_a_city_and_a_neighbouring_village() -> None:
    item = uanews.parse(
        "Удар по Дніпру\n\n"
        "Зранку 9 березня російські війська завдали удару ракетами по промисловій зоні Дніпра і"
        " по сусідньому селищу Слобожанське, поранено двох людей."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Дніпро", "Слобожанське")


def test_a_second_village_after_an_attribute_of_its_noun() -> None:
    item = uanews.parse(
        "Удар по Харькову\n\n"
        "Днем 21 апреля армия РФ ударила по окраине Харькова и по"
        " соседнему селу Малая Даниловка. Ранены пять человек."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Харьков", "Малая Даниловка")
    item = uanews.parse(
        "Удар по Харкову\n\n"
        "Удень 21 квітня армія РФ вдарила по околиці Харкова і по"
        " сусідньому селу Мала Данилівка. Поранено п'ятьох людей."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Харків", "Мала Данилівка")


def test_a_village_named_by_a_word_with_no_declined_reading_beats_the_headline_town() -> None:
    # ``Красно``/``Ясно`` read as an adverb or a short adjective: after ``села`` the name is
    # the village's own, as written, and the body's exact place wins over ``Под Ровно``
    item = uanews.parse(
        "Под Ровно перевернулся автобус\n\n"
        "Вечером 3 марта на трассе Ровно — Луцк возле села Красно перевернулся рейсовый автобус,"
        " пострадали семь человек."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Красно",)
    item = uanews.parse(
        "Під Рівним перекинувся автобус\n\n"
        "Увечері 3 березня на трасі Рівне — Луцьк поблизу села Ясно перекинувся рейсовий"
        " автобус, постраждали семеро людей."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Ясно",)


def test_a_russian_neuter_region_keeps_its_ending_in_the_locative() -> None:
    item = uanews.parse(
        "Паводок в горах\n\nНа Прикарпатье из-за ливней подтопило дома, пострадавших нет."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Прикарпатье",)
