"""Places struck named as the verb's object, two-word names, and adjectival town names.

``обстреляли Золочев Богодуховского района``: a capitalised word right after a strike verb is
the place struck, never the weapon's noun the verb may skip (``обстріляли дронами Харків``), so
the district after it does not take its place. ``обстріляли Нову Одесу``: an adjective and a
noun agreeing with it are one name. ``на село Малая Виска`` keeps a two-word name the
dictionary does not hold in the nominative apposition leaves it in. ``у Первомайському``: a
town named by an adjective shares its oblique forms between the masculine and the neuter; the
masculine place noun of the dictionary is taken over the neuter one. ``в Переяславе-Хмельницком``:
a hyphenated town declines its noun and its agreeing adjective each on its own; it may stand
before its visit verb with the visit's manner between (``Житомир с официальным визитом посетил``).
``без света остались абоненты в X``: a place an outage reached is not where the strike fell.
``возле села X открыли мост``: an event of any kind with no place of its own is where it was near.
``автобус, що прямував з X до Y``: after a verb of travel the route's end is no place; a
weapon launched ``з X на Y`` struck Y. ``село X та селище Y``: each listed settlement with its
noun is struck. ``попала в ДТП в X``: the acronym does not hide the place after it.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_ukrainian_town_struck_before_its_district_in_the_genitive() -> None:
    item = uanews.parse(
        "Ворог знову бив по прифронтових містах\n\n"
        "Окупанти протягом доби шість разів обстріляли Золочів Богодухівського району."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Золочів",)


def test_russian_town_struck_before_its_district_in_the_genitive() -> None:
    item = uanews.parse(
        "Враг снова бил по прифронтовым городам\n\n"
        "Оккупанты за сутки шесть раз обстреляли Золочев Богодуховского района."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Золочев",)


def test_ukrainian_two_word_towns_struck_keep_their_adjective() -> None:
    item = uanews.parse(
        "Нічна атака на південь\n\n"
        "Уночі російські війська обстріляли Нову Ушицю та Велику Лепетиху."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Нова Ушиця", "Велика Лепетиха")


def test_russian_two_word_towns_struck_keep_their_adjective() -> None:
    item = uanews.parse(
        "Ночная атака на юг\n\nНочью российские войска обстреляли Новую Ушицу и Великую Лепетиху."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Новая Ушица", "Великая Лепетиха")


def test_russian_two_word_village_unknown_to_the_dictionary_after_its_noun() -> None:
    item = uanews.parse(
        "Авиаудар по приграничью\n\n"
        "Днем российская авиация сбросила две бомбы на село Малая Виска, ранена женщина."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Малая Виска",)


def test_ukrainian_two_word_village_after_its_noun() -> None:
    item = uanews.parse(
        "Авіаудар по прикордонню\n\n"
        "Удень російська авіація скинула дві бомби на село Мала Виска, поранено жінку."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Мала Виска",)


def test_russian_adjectival_village_struck_before_its_district() -> None:
    item = uanews.parse(
        "Обстрел в Запорожской области\n\n"
        "Утром оккупанты обстреляли село Вербовое Бердянского района, повреждены два дома."
    )
    assert only_event(item, EventKind.ATTACK).places[0] == "Вербовое"


def test_ukrainian_adjectival_town_in_the_locative_is_the_masculine_town() -> None:
    item = uanews.parse(
        "Пожежа на складі\n\nУ Первомайському вчора ввечері загорівся склад будівельних матеріалів."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Первомайський",)


def test_ukrainian_neuter_village_with_no_masculine_town_stays_neuter() -> None:
    item = uanews.parse(
        "Пожежа на складі\n\nУ Липівському вчора ввечері загорівся склад будівельних матеріалів."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Липівське",)


def test_russian_hyphenated_town_visited_after_a_manner_phrase() -> None:
    item = uanews.parse(
        "Гости из Польши\n\n"
        "В четверг Новоград-Волынский с официальным визитом посетили гости из польского"
        " города Замосць."
    )
    assert only_event(item, EventKind.VISIT).places == ("Новоград-Волынский",)


def test_ukrainian_hyphenated_town_visited_after_a_manner_phrase() -> None:
    item = uanews.parse(
        "Гості з Польщі\n\n"
        "У четвер Новоград-Волинський з офіційним візитом відвідала делегація польського"
        " міста Замостя."
    )
    assert only_event(item, EventKind.VISIT).places == ("Новоград-Волинський",)


def test_russian_hyphenated_town_as_a_destination_in_the_accusative() -> None:
    item = uanews.parse(
        "Гости из Польши\n\n"
        "Делегация польского города Замосць во главе с мэром прибыла в Новоград-Волынский"
        " с трехдневным визитом."
    )
    assert only_event(item, EventKind.VISIT).places == ("Новоград-Волынский",)


def test_russian_hyphenated_town_in_the_locative_declines_both_parts() -> None:
    item = uanews.parse(
        "Пожар на складе\n\nВ Переяславе-Хмельницком вечером загорелся склад стройматериалов."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Переяслав-Хмельницкий",)


def test_ukrainian_hyphenated_town_in_the_locative_keeps_a_masculine_head() -> None:
    item = uanews.parse(
        "Пожежа на складі\n\nУ Переяславі-Хмельницькому ввечері загорівся склад будматеріалів."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Переяслав-Хмельницький",)


def test_russian_region_with_its_noun_struck_before_the_verb() -> None:
    item = uanews.parse(
        "Ночная атака дронов\n\nВ субботу ночью Житомирскую область атаковали ударные беспилотники."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Житомирская область",)


def test_ukrainian_region_with_its_noun_struck_before_the_verb() -> None:
    item = uanews.parse(
        "Нічна атака дронів\n\nУ суботу вночі Житомирську область атакували ударні безпілотники."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Житомирська область",)


def test_russian_district_adjective_unknown_to_the_dictionary_is_unstressed() -> None:
    item = uanews.parse(
        "Обломки дронов\n\nНочью обломки сбитых дронов упали в Обуховском и Шаргородском районах."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Обуховский район", "Шаргородский район")


def test_russian_known_stressed_district_adjective_keeps_its_ending() -> None:
    item = uanews.parse(
        "Обстрел Запорожья\n\nВечером оккупанты ударили по Заводскому району Днепра."
    )
    assert "Заводской район" in only_event(item, EventKind.ATTACK).places


def test_russian_places_an_outage_reached_are_not_the_strikes() -> None:
    item = uanews.parse(
        "Удар по энергетике\n\n"
        "Ночью армия РФ атаковала подстанцию в Прилукском районе. Из-за повреждений без света"
        " остались почти 9 тысяч потребителей в Прилуках, Ичне и соседних селах."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Прилукский район",)


def test_ukrainian_places_an_outage_reached_are_not_the_strikes() -> None:
    item = uanews.parse(
        "Удар по енергетиці\n\n"
        "Уночі армія РФ атакувала підстанцію в Прилуцькому районі. Через пошкодження без"
        " світла залишилися близько 9 тисяч абонентів у Прилуках та сусідніх селах."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Прилуцький район",)


def test_russian_opening_near_a_village_takes_the_village() -> None:
    item = uanews.parse(
        "Новый мост\n\nВозле села Кленовое после ремонта открыли движение по мосту через реку."
    )
    assert only_event(item, EventKind.PRESENTATION).places == ("Кленовое",)


def test_ukrainian_opening_near_a_village_takes_the_village() -> None:
    item = uanews.parse(
        "Новий міст\n\nПоблизу села Кленове після ремонту відкрили новий міст через річку."
    )
    assert only_event(item, EventKind.PRESENTATION).places == ("Кленове",)


def test_russian_adjectival_town_the_dictionary_lacks_read_by_its_ukrainian_spelling() -> None:
    item = uanews.parse(
        "Пожар на складе\n\nВ Кропивницком вечером загорелся склад строительных материалов."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Кропивницкий",)


def test_russian_adjectival_town_in_the_genitive_after_a_part_of_a_city() -> None:
    item = uanews.parse(
        "Ракетный удар\n\nВечером враг ударил дронами по окраине Кропивницкого, есть раненые."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Кропивницкий",)


def test_ukrainian_adjectival_town_in_the_genitive_after_a_part_of_a_city() -> None:
    item = uanews.parse(
        "Ракетний удар\n\nУвечері окупанти вдарили ракетою по промисловій зоні Первомайського."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Первомайський",)


def test_russian_council_adjective_of_a_town_gives_the_council_town_only() -> None:
    item = uanews.parse(
        "Новые тарифы\n\n"
        "Вчера исполком Кропивницкого городского совета принял решение повысить тарифы на воду."
    )
    # the adjective qualifies ``совета``: no town of its own read as a standalone adjectival
    # town, but the town whose own council it names (`places.town_of_body`)
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Кропивницкий",)


def test_ukrainian_settlement_struck_after_a_weapon_phrase_of_two_words() -> None:
    item = uanews.parse(
        "Обстріл громади на півночі\n\nЗранку окупанти обстріляли з артилерії селище Пилипівка."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Пилипівка",)


def test_russian_settlement_struck_after_a_weapon_phrase_of_two_words() -> None:
    item = uanews.parse(
        "Обстрел громады на севере\n\n"
        "Утром армия РФ обстреляла из тяжелой артиллерии поселок Васильковка."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Васильковка",)


def test_ukrainian_settlement_struck_after_a_weapon_in_the_instrumental() -> None:
    item = uanews.parse("Удар по прикордонню\n\nУвечері ворог атакував дроном село Кругляки.")
    assert only_event(item, EventKind.ATTACK).places == ("Кругляки",)


def test_russian_settlement_struck_after_a_weapon_in_the_instrumental() -> None:
    item = uanews.parse("Удар по приграничью\n\nНочью враг атаковал ракетой село Ракитное.")
    assert only_event(item, EventKind.ATTACK).places == ("Ракитное",)


def test_ukrainian_settlement_struck_with_a_district_joined_by_ta() -> None:
    item = uanews.parse(
        "Обстріл громади на півдні\n\n"
        "Вдень армія РФ обстріляла з мінометів селище Пилипівка та Озерний район міста."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Пилипівка", "Озерний район")


def test_russian_settlement_struck_with_a_district_joined_by_i() -> None:
    item = uanews.parse(
        "Обстрел громады на юге\n\n"
        "Днем оккупанты обстреляли поселок Васильковка и Озерный район города."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Васильковка", "Озерный район")


def test_settlement_struck_keeps_its_two_word_name_before_the_list() -> None:
    item = uanews.parse(
        "Обстріл громади на сході\n\n"
        "Уночі окупанти обстріляли село Велика Сосонка та Озерний район."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Велика Сосонка", "Озерний район")


def test_settlement_struck_lists_no_people_after_it() -> None:
    item = uanews.parse(
        "Обстріл громади на сході\n\nУночі окупанти обстріляли село Кругляки та людей на зупинці."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Кругляки",)


def test_russian_route_end_of_a_crashed_bus_is_no_place() -> None:
    item = uanews.parse(
        "ДТП на трассе\n\n"
        "Утром на трассе возле села Ракитное столкнулись грузовик и рейсовый автобус,"
        " следовавший из Березани в Згуровку."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Ракитное",)


def test_ukrainian_route_end_of_a_crashed_bus_is_no_place() -> None:
    item = uanews.parse(
        "ДТП на трасі\n\n"
        "Вранці на трасі поблизу села Кругляки зіткнулися вантажівка та автобус, що прямував"
        " з Березані у Згурівку."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Кругляки",)


def test_a_locative_after_a_strike_s_origin_is_the_place() -> None:
    item = uanews.parse("Удар по городу\n\nПосле удара из Белгорода в Харькове повреждены дома.")
    assert only_event(item, EventKind.ATTACK).places == ("Харьков",)


def test_a_visit_s_destination_after_its_origin_is_its_place() -> None:
    item = uanews.parse(
        "Делегация в Згуровке\n\nВо вторник мэр Березани Олег Шулик приехал из Березани в Згуровку."
    )
    assert only_event(item, EventKind.VISIT).places == ("Згуровка",)


def test_ukrainian_weapon_launched_from_one_place_at_another_struck_there() -> None:
    item = uanews.parse(
        "Нічна атака\n\n"
        "Уночі росіяни запустили з Джанкоя на Скадовськ чотири ударні дрони, пошкоджено елеватор."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Скадовськ",)


def test_russian_weapon_launched_from_one_place_at_another_struck_there() -> None:
    item = uanews.parse(
        "Ночная атака\n\nНочью оккупанты выпустили из Брянска на Лебедин три ракеты, ранены двое."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Лебедин",)


def test_weapons_launched_from_one_place_at_another_name_the_strike() -> None:
    item = uanews.parse(
        "Удар по порту\n\nДрони, запущені з Джанкоя на Скадовськ, влучили в елеватор."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Скадовськ",)


def test_route_end_of_a_vehicle_struck_on_its_way_is_no_place() -> None:
    item = uanews.parse(
        "Удар по вантажівці\n\n"
        "Дрон атакував вантажівку, що рухалася з Ладижина на Гнівань, поранено водія."
    )
    assert only_event(item, EventKind.ATTACK).places == ()


def test_russian_route_end_of_a_returning_bus_is_no_place() -> None:
    item = uanews.parse(
        "ДТП с автобусом\n\n"
        "Автобус, который возвращался из Радомышля в Коростышев, перевернулся,"
        " травмированы пятеро."
    )
    assert only_event(item, EventKind.INCIDENT).places == ()


def test_ukrainian_settlements_struck_each_with_its_noun() -> None:
    item = uanews.parse(
        "Обстріл громади\n\n"
        "Уночі окупанти обстріляли дронами село Вишнопіль та селище Нова Гребля, пошкоджено школу."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Вишнопіль", "Нова Гребля")


def test_russian_settlements_struck_each_with_its_noun() -> None:
    item = uanews.parse(
        "Обстрел громады\n\nОккупанты обстреляли из минометов поселок Сосновка и село Мурафа."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Сосновка", "Мурафа")


def test_a_council_after_a_settlement_struck_is_no_place() -> None:
    item = uanews.parse(
        "Обстріл громади\n\nРосіяни атакували село Вишнопіль та селищну раду, пошкоджено будівлю."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Вишнопіль",)


def test_russian_place_after_a_crash_acronym_is_its_place() -> None:
    item = uanews.parse(
        "ДТП с маршруткой\n\nМаршрутка, ехавшая из Радомышля в Коростышев, попала в ДТП в Коломаке."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Коломак",)


def test_ukrainian_place_after_a_crash_acronym_is_its_place() -> None:
    item = uanews.parse(
        "ДТП з автобусом\n\nАвтобус потрапив у ДТП у Вапнярці, травмовано трьох пасажирів."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Вапнярка",)


def test_a_crash_acronym_alone_is_no_place() -> None:
    item = uanews.parse("ДТП с маршруткой\n\nМаршрутка попала в ДТП, пострадали трое.")
    assert only_event(item, EventKind.INCIDENT).places == ()


def test_russian_settlement_named_like_an_animal_s_accusative_stays_as_written() -> None:
    item = uanews.parse(
        "Обстрел поселка\n\nДнем оккупанты обстреляли поселок Журавля, погиб мужчина."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Журавля",)


def test_russian_settlement_struck_in_agreement_keeps_its_nominative() -> None:
    item = uanews.parse("Обстрел поселка\n\nДнем оккупанты обстреляли поселок Сосновка.")
    assert only_event(item, EventKind.ATTACK).places == ("Сосновка",)
