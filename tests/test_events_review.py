"""Event constructs found in the review of the second Russian round (issue 15).

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Ukrainian and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import event_names, only_event
from uanews.model import EventKind, NewsItem


def test_a_weapon_that_opens_a_headline_is_the_subject_not_a_place() -> None:
    item = uanews.parse("Ракети атакували Кременчук уночі")
    assert only_event(item, EventKind.ATTACK).places == ("Кременчук",)


def test_a_weapon_alone_before_the_verb_names_no_place() -> None:
    item = uanews.parse("Дрони атакували енергетичні об'єкти")
    assert only_event(item, EventKind.ATTACK).places == ()


def test_a_plural_only_town_before_a_plural_verb_is_still_struck() -> None:
    item = uanews.parse("Чернівці атакували вночі ударні дрони")
    assert only_event(item, EventKind.ATTACK).places == ("Чернівці",)


def test_ukrainian_strike_retold_after_a_cue_gives_its_places_to_the_headlines() -> None:
    item = uanews.parse(
        "Ворог обстріляв Харківщину\n\n"
        "Начальник ОВА Олег Синєгубов повідомив, що окупанти обстріляли Куп'янськ і Балаклію."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Куп'янськ", "Балаклія")


def test_russian_strike_retold_after_a_cue_gives_its_places_to_the_headlines() -> None:
    item = uanews.parse(
        "Враг атаковал Днепропетровщину\n\n"
        "Как сообщили в ОВА, ночью дроны атаковали Никополь и Марганец."
    )
    assert item.language == "ru"
    assert only_event(item, EventKind.ATTACK).places == ("Никополь", "Марганец")


def test_a_strike_only_retold_in_reported_speech_is_no_event() -> None:
    item = uanews.parse(
        "Мэр Днепра встретился с послом Литвы\n\n"
        "Как сообщили в ОВА, ночью дроны атаковали Никополь и Марганец."
    )
    assert [event.kind for event in item.events] == [EventKind.MEETING]


def test_a_retold_emergency_is_no_part_of_the_strike_before() -> None:
    item = uanews.parse(
        "Вночі дрони атакували Одесу\n\nУ ДСНС повідомили, що в Чорноморську загорівся склад."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Одеса",)
    assert not [event for event in item.events if event.kind is EventKind.INCIDENT]


def _attacks(item: NewsItem) -> list[tuple[tuple[str, ...], int | None]]:
    return [(e.places, e.injured) for e in item.events if e.kind is EventKind.ATTACK]


def test_ukrainian_paragraph_opened_by_yesterday_tells_another_strike() -> None:
    item = uanews.parse(
        "Дрони атакували Херсон\n\n"
        "Уночі російські дрони атакували Херсон, пошкоджено школу.\n\n"
        "Учора ввечері окупанти обстріляли Берислав, поранено двох людей."
    )
    assert _attacks(item) == [(("Херсон",), None), (("Берислав",), 2)]


def test_russian_paragraph_opened_by_yesterday_tells_another_strike() -> None:
    item = uanews.parse(
        "Дроны атаковали Херсон\n\n"
        "Ночью российские дроны атаковали Херсон, повреждена школа.\n\n"
        "Вчера вечером оккупанты обстреляли Берислав, ранены два человека."
    )
    assert item.language == "ru"
    assert _attacks(item) == [(("Херсон",), None), (("Берислав",), 2)]


def test_russian_connective_vmeste_s_tem_names_no_party_of_the_meeting() -> None:
    item = uanews.parse(
        "Губернатор встретился с послом Литвы\n\n"
        "Губернатор Олег Синегубов провел встречу с послом Литвы Вальдемарасом Сарапинасом.\n\n"
        "Вместе с тем мэр Харькова Игорь Терехов заявил, что город готов к зиме."
    )
    assert "Игорь Терехов" not in event_names(item, only_event(item, EventKind.MEETING))


def test_ukrainian_connective_razom_z_tym_names_no_party_of_the_meeting() -> None:
    item = uanews.parse(
        "Голова ОВА зустрівся з послом Литви\n\n"
        "Голова ОВА Олег Синєгубов провів зустріч з послом Литви Вальдемарасом Сарапінасом.\n\n"
        "Разом з тим міський голова Харкова Ігор Терехов заявив, що місто готове до зими."
    )
    assert "Ігор Терехов" not in event_names(item, only_event(item, EventKind.MEETING))


def test_vmeste_s_a_person_still_names_a_party() -> None:
    item = uanews.parse(
        "Губернатор встретился с послом Литвы\n\n"
        "Губернатор Олег Синегубов провел встречу с послом Литвы Вальдемарасом Сарапинасом.\n\n"
        "Вместе с мэром Харькова Игорем Тереховым они осмотрели школу."
    )
    assert "Игорь Терехов" in event_names(item, only_event(item, EventKind.MEETING))


def test_russian_residents_city_is_not_where_the_accident_was() -> None:
    item = uanews.parse(
        "Житель Харькова погиб в ДТП\n\n"
        "Вчера вечером житель Харькова погиб в ДТП на трассе, еще двое пострадали."
    )
    assert only_event(item, EventKind.INCIDENT).places == ()


def test_ukrainian_residents_city_is_not_where_the_accident_was() -> None:
    item = uanews.parse(
        "Мешканець Харкова загинув у ДТП\n\n"
        "Учора ввечері мешканець Харкова загинув у ДТП на трасі, ще двоє постраждали."
    )
    assert only_event(item, EventKind.INCIDENT).places == ()


def test_russian_support_by_an_army_unit_is_no_decision() -> None:
    item = uanews.parse(
        "Артиллерия поддержала наступление пехоты\n\n"
        "Вчера артиллерия ВСУ поддержала наступление пехоты."
    )
    assert not [event for event in item.events if event.kind is EventKind.ANNOUNCEMENT]


def test_support_by_a_company_is_no_decision() -> None:
    item = uanews.parse(
        "Компанія підтримала виділення коштів\n\n"
        "Компанія «Укрзалізниця» підтримала виділення коштів на ремонт вокзалу."
    )
    assert not [event for event in item.events if event.kind is EventKind.ANNOUNCEMENT]


def test_support_by_the_cabinet_is_still_a_decision() -> None:
    item = uanews.parse(
        "Кабмін підтримав створення парку\n\n"
        "Кабмін підтримав створення національного природного парку на Поліссі."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).participants


def test_ukrainian_yesterdays_lede_and_a_yesterday_paragraph_tell_one_strike() -> None:
    item = uanews.parse(
        "Ворог обстріляв Херсонщину\n\n"
        "Учора ввечері ворог обстріляв Херсон, пошкоджено школу.\n\n"
        "Учора ж під обстріл потрапив Берислав, поранено двох людей."
    )
    assert _attacks(item) == [(("Херсон", "Берислав"), 2)]


def test_russian_yesterdays_lede_and_a_yesterday_paragraph_tell_one_strike() -> None:
    item = uanews.parse(
        "Враг обстрелял Херсонщину\n\n"
        "Вчера вечером враг обстрелял Херсон, повреждена школа.\n\n"
        "Вчера же под обстрел попал Берислав, ранены два человека."
    )
    assert _attacks(item) == [(("Херсон", "Берислав"), 2)]
