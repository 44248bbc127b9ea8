"""A strike's lowercase object and the territory holding it; one region under two names.

``обстреляли из минометов склады Болградского района``: what was struck lies in the
district named after it in the genitive, and the strike happened there. ``Николаевщина`` and
``Николаевская область`` are one territory: the event lists it once, by the name with its head
noun. The body of a report says which place is the main one: the first it names.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_russian_district_holding_the_object_struck() -> None:
    item = uanews.parse(
        "Атака на порт\n\n"
        "Поздно вечером 6 апреля оккупанты обстреляли шахедами зерновые склады"
        " Болградского района, ранен охранник."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Болградский район",)


def test_ukrainian_district_holding_the_object_struck() -> None:
    item = uanews.parse(
        "Атака на порт\n\n"
        "Пізно ввечері 6 квітня окупанти обстріляли шахедами зернові склади"
        " Болградського району, поранено охоронця."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Болградський район",)


def test_an_object_before_a_city_in_the_genitive_gives_the_city_alone() -> None:
    # a city is no territory: the part of a city before it (``кварталы``) gives the city
    item = uanews.parse(
        "Обстрел города\n\nУтром 7 апреля оккупанты обстреляли жилые кварталы Очакова, ранены двое."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Очаков",)


def test_russian_region_under_two_names_is_listed_once_with_its_head_noun() -> None:
    item = uanews.parse(
        "Дроны атаковали Николаевскую область\n\n"
        "Ночью 8 апреля оккупанты атаковали ударными дронами объекты Баштанского района,"
        " ранены двое. Над Николаевщиной силы ПВО сбили девять дронов."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Баштанский район", "Николаевская область")


def test_ukrainian_region_under_two_names_is_listed_once_with_its_head_noun() -> None:
    item = uanews.parse(
        "Дрони атакували Миколаївську область\n\n"
        "Уночі 8 квітня окупанти атакували ударними дронами об'єкти Баштанського району,"
        " поранено двох людей. Над Миколаївщиною сили ППО збили дев'ять дронів."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Баштанський район", "Миколаївська область")


def test_the_body_s_first_place_is_the_main_one() -> None:
    item = uanews.parse(
        "Удар по Очакову и Березанке\n\n"
        "Утром 9 апреля российские войска ударили по Березанке и Очакову, ранены трое."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.place == "Березанка"
    assert attack.places == ("Березанка", "Очаков")


def test_a_district_that_only_begins_with_a_region_s_stem_is_another_territory() -> None:
    # ``Житомирщина`` is no ``Житомиро-...`` district: the stem needs the adjective's suffix
    item = uanews.parse(
        "Удар по Житомирщине\n\n"
        "Ночью 10 апреля дроны атаковали Житомирщину, обломки упали в Житомиро-Каменском районе,"
        " ранен мужчина."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Житомирщина", "Житомиро-Каменский район")
