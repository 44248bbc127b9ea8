"""Places of events in Russian-language and Ukrainian news: coordinated districts and
communities in any case, lists of settlements after a preposition, the headline's city beside
the parts of it the body names, a city only in the genitive of a body, a role or an object,
relative clauses and the bodies statements come from.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from uanews.model import Event, EventKind, NewsItem


def _only(item: NewsItem, kind: EventKind) -> Event:
    found = [event for event in item.events if event.kind is kind]
    assert len(found) == 1, item.events
    return found[0]


def test_russian_districts_coordinated_in_the_dative() -> None:
    item = uanews.parse(
        "Враг ударил по Днепру\n\n"
        "Ночью российские войска нанесли удары по Амур-Нижнеднепровскому и Самарскому районам"
        " Днепра, повреждены два дома, сообщил глава ОВА."
    )
    assert item.language == "ru"
    attack = _only(item, EventKind.ATTACK)
    assert attack.places == ("Амур-Нижнеднепровский район", "Самарский район")
    assert attack.place == "Амур-Нижнеднепровский район"


def test_ukrainian_districts_coordinated_in_the_dative() -> None:
    item = uanews.parse(
        "Ворог вдарив по Запоріжжю\n\n"
        "Уночі російські війська завдали ударів по Шевченківському та Олександрівському районам"
        " Запоріжжя, пошкоджено два будинки, повідомив голова ОВА."
    )
    attack = _only(item, EventKind.ATTACK)
    assert attack.places == ("Шевченківський район", "Олександрівський район")


def test_russian_communities_coordinated_in_the_accusative() -> None:
    item = uanews.parse(
        "Обстрел Никопольщины\n\n"
        "Вечером оккупанты обстреляли из артиллерии Марганецкую и Покровскую громады,"
        " повреждены линии электропередачи, сообщил глава ОВА."
    )
    attack = _only(item, EventKind.ATTACK)
    assert attack.places == ("Марганецкая громада", "Покровская громада")


def test_ukrainian_communities_coordinated_in_the_accusative() -> None:
    item = uanews.parse(
        "Обстріл Нікопольщини\n\n"
        "Увечері окупанти обстріляли з артилерії Мирівську та Томаківську громади, пошкоджено"
        " лінії електропередачі, повідомив голова ОВА."
    )
    attack = _only(item, EventKind.ATTACK)
    assert attack.places == ("Мирівська громада", "Томаківська громада")


def test_words_that_do_not_agree_with_the_head_give_no_coordinated_places() -> None:
    item = uanews.parse("Обстрел Сумщины\n\nОккупанты обстреляли Сумы и Шостку, сообщили в ОВА.")
    assert _only(item, EventKind.ATTACK).places == ("Сумы", "Шостка")


def test_the_headline_city_gives_way_to_the_districts_the_body_names() -> None:
    item = uanews.parse(
        "Дроны атаковали Одессу\n\n"
        "Ночью российские дроны атаковали Приморский район, пострадали двое, сообщил глава ОВА."
    )
    assert _only(item, EventKind.ATTACK).places == ("Приморский район",)


def test_the_headline_city_stays_when_the_body_names_it_too() -> None:
    item = uanews.parse(
        "Дроны атаковали Одессу\n\n"
        "Ночью российские дроны атаковали Одессу и Приморский район, пострадали двое,"
        " сообщил глава ОВА."
    )
    assert _only(item, EventKind.ATTACK).places == ("Одесса", "Приморский район")


def test_the_headline_city_stays_when_the_body_names_no_place() -> None:
    item = uanews.parse(
        "Дроны атаковали Одессу\n\n"
        "Ночью российские дроны атаковали портовую инфраструктуру, пострадали двое,"
        " сообщил глава ОВА."
    )
    assert _only(item, EventKind.ATTACK).places == ("Одесса",)


def test_russian_settlements_listed_after_po_in_the_dative() -> None:
    item = uanews.parse(
        "Обстрел Харьковщины\n\n"
        "За сутки оккупанты нанесли удары по Купянску, Боровой, Изюмскому району и Балаклее,"
        " сообщил глава ОВА."
    )
    attack = _only(item, EventKind.ATTACK)
    assert attack.places == ("Купянск", "Боровая", "Изюмский район", "Балаклея")


def test_ukrainian_settlements_listed_after_po_in_the_dative() -> None:
    item = uanews.parse(
        "Обстріл Харківщини\n\n"
        "За добу окупанти завдали ударів по Ізюму, Балаклії, Лозовій і Богодухову, повідомив"
        " голова ОВА."
    )
    attack = _only(item, EventKind.ATTACK)
    assert attack.places == ("Ізюм", "Балаклія", "Лозова", "Богодухів")


def test_russian_towns_listed_after_v_in_the_locative() -> None:
    item = uanews.parse(
        "Взрывы на Днепропетровщине\n\n"
        "Утром взрывы прогремели в Никополе, Марганце и Покрове после атаки дронов, сообщил"
        " глава ОВА."
    )
    attack = _only(item, EventKind.ATTACK)
    assert attack.places == ("Никополь", "Марганец", "Покров")


def test_a_listed_name_in_another_case_ends_the_list_after_a_preposition() -> None:
    item = uanews.parse(
        "Обстрел Сумщины\n\n"
        "Ночью оккупанты ударили по Шостке, Игорь Кравченко уточнил, что пострадавших нет."
    )
    assert _only(item, EventKind.ATTACK).places == ("Шостка",)
