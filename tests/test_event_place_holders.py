"""The territory named in the genitive right after a place holds it, and is a place too.

``на село Ольговка Бериславского района``, ``в Бучанском районе Киевской области``: the
event happened in the village and in the district that holds it, in the district and in its
region. The more exact place comes first; the holder after it, then its own holder.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_russian_village_and_its_district() -> None:
    item = uanews.parse(
        "Авиаудар по селу\n\n"
        "Утром 10 мая оккупанты сбросили авиабомбу на село Ольговка Бериславского района,"
        " ранен мужчина."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.place == "Ольговка"
    assert attack.places == ("Ольговка", "Бериславский район")


def test_ukrainian_village_and_its_district() -> None:
    item = uanews.parse(
        "Авіаудар по селу\n\n"
        "Уранці 10 травня окупанти скинули авіабомбу на село Ольгівка Бериславського району,"
        " поранено чоловіка."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Ольгівка", "Бериславський район")


def test_russian_district_and_its_region() -> None:
    item = uanews.parse(
        "Атака дрона\n\n"
        "Днем 11 мая вражеский дрон атаковал склад в Бучанском районе Киевской области,"
        " пострадавших нет."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Бучанский район", "Киевская область")


def test_russian_village_district_and_region_in_a_chain() -> None:
    item = uanews.parse(
        "ДТП на трассе\n\n"
        "Утром 12 мая возле села Кирилловка Лубенского района Полтавской области столкнулись"
        " автобус и грузовик, погибли двое."
    )
    incident = only_event(item, EventKind.INCIDENT)
    assert incident.places == ("Кирилловка", "Лубенский район", "Полтавская область")


def test_the_body_s_village_stays_main_over_the_headline_s_district() -> None:
    item = uanews.parse(
        "Оккупанты обстреляли Бериславский район\n\n"
        "Утром 13 мая российские войска обстреляли село Ольговка Бериславского района,"
        " ранены двое."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.place == "Ольговка"
    assert attack.places == ("Ольговка", "Бериславский район")


def test_a_region_of_a_body_s_name_is_no_holder() -> None:
    item = uanews.parse(
        "Пожар на складе\n\n"
        "Вечером 14 мая в Лубнах загорелся склад, сообщили в ГСЧС Полтавской области."
    )
    incident = only_event(item, EventKind.INCIDENT)
    assert incident.places == ("Лубны",)
