"""Places a strike fell on named as its subject, in a list after a colon or an under-fire verb.

``атаковала дронами Херсонский район: под удар попали Белозерка, Широкое и Днепряны``: the
list is in the nominative, so a settlement's name the dictionary lacks (``Днепряны``), reads
only as an adjective (``Широкое``), or is an adjective with its noun (``Широка Балка``) is taken
as written; adjectives of a plural head (``Хотеньская и Миропольская громады``) stay one place
per adjective with the head.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_russian_list_after_a_colon_keeps_adjective_and_unknown_names() -> None:
    item = uanews.parse(
        "На Херсонщине дроны повредили дома\n\n"
        "Вечером 2 марта армия РФ атаковала дронами Херсонский район: под удар попали"
        " Белозерка, Широкое и Днепряны."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Херсонский район", "Белозерка", "Широкое", "Днепряны")


def test_ukrainian_list_after_a_colon_keeps_a_two_word_name() -> None:
    item = uanews.parse(
        "На Херсонщині дрони пошкодили будинки\n\n"
        "Увечері 2 березня армія РФ атакувала дронами Херсонський район: під удар потрапили"
        " Білозерка, Широка Балка і Дніпряни."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Херсонський район", "Білозерка", "Широка Балка", "Дніпряни")


def test_russian_communities_under_fire_are_one_place_per_adjective() -> None:
    item = uanews.parse(
        "Обстрелы Сумщины\n\n"
        "За сутки российские войска обстреляли приграничье Сумской области, под удар попали"
        " Хотеньская и Миропольская громады."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Сумская область", "Хотеньская громада", "Миропольская громада")


def test_ukrainian_communities_under_fire_are_one_place_per_adjective() -> None:
    item = uanews.parse(
        "Обстріли Сумщини\n\n"
        "За добу російські війська обстріляли прикордоння Сумської області, під удар потрапили"
        " Хотінська та Миропільська громади."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Сумська область", "Хотінська громада", "Миропільська громада")


def test_a_word_after_the_list_is_no_place() -> None:
    item = uanews.parse(
        "Обстрел Херсонщины\n\n"
        "Днем 2 марта под обстрел попали Белозерка и Широкое, сообщил глава ОВА Сергей Лысак."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Белозерка", "Широкое")


def test_a_town_listed_before_coordinated_communities_is_a_place_of_its_own() -> None:
    item = uanews.parse(
        "Обстрел\n\nДнем оккупанты обстреляли из артиллерии Никополь, Марганецкую и Покровскую"
        " громады, ранен мужчина."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Никополь", "Марганецкая громада", "Покровская громада")
    item = uanews.parse(
        "Обстріл\n\nУдень окупанти обстріляли з артилерії Нікополь, Марганецьку та Покровську"
        " громади, поранено чоловіка."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Нікополь", "Марганецька громада", "Покровська громада")


def test_ukrainian_places_under_fire_after_the_means_of_the_fire() -> None:
    item = uanews.parse(
        "Ворог бив по прикордонню\n\n"
        "Під обстрілами мінометів, дронів та важких авіабомб опинилися Вербки,"
        " Голубівка та Жукове."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Вербки", "Голубівка", "Жукове")


def test_russian_places_under_fire_after_the_means_of_the_fire() -> None:
    item = uanews.parse(
        "Враг бил по приграничью\n\n"
        "Под обстрелами артиллерии и дронов оказались Вербки, Голубовка и Жуково."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Вербки", "Голубовка", "Жуково")


def test_ukrainian_place_under_fire_after_an_attributed_means() -> None:
    item = uanews.parse(
        "Ворог бив по прикордонню\n\nПід ударами ворожих дронів опинилася Голубівка."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Голубівка",)


def test_people_under_fire_after_the_means_name_no_place() -> None:
    item = uanews.parse(
        "Ворог бив по прикордонню\n\n"
        "Під обстрілом ворожої артилерії опинилися мешканці прикордонних сіл."
    )
    assert all(not event.places for event in item.events)
