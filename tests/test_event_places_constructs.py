"""Places of events in Russian-language and Ukrainian news: coordinated districts and
communities in any case, lists of settlements after a preposition, the headline's city beside
the parts of it the body names, a city only in the genitive of a body, a role or an object,
relative clauses and the bodies statements come from.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind
from uanews.parser.events import places
from uanews.parser.events.spans import SpanSet
from uanews.parser.language import using_language


def test_russian_districts_coordinated_in_the_dative() -> None:
    item = uanews.parse(
        "Враг ударил по Днепру\n\n"
        "Ночью российские войска нанесли удары по Амур-Нижнеднепровскому и Самарскому районам"
        " Днепра, повреждены два дома, сообщил глава ОВА."
    )
    assert item.language == "ru"
    attack = only_event(item, EventKind.ATTACK)
    # the city of the districts, in the genitive after them, is the main place (as the dev
    # annotations give a district court's city as the place)
    assert attack.places == ("Днепр", "Амур-Нижнеднепровский район", "Самарский район")
    assert attack.place == "Днепр"


def test_ukrainian_districts_coordinated_in_the_dative() -> None:
    item = uanews.parse(
        "Ворог вдарив по Запоріжжю\n\n"
        "Уночі російські війська завдали ударів по Шевченківському та Олександрівському районам"
        " Запоріжжя, пошкоджено два будинки, повідомив голова ОВА."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Запоріжжя", "Шевченківський район", "Олександрівський район")


def test_russian_communities_coordinated_in_the_accusative() -> None:
    item = uanews.parse(
        "Обстрел Никопольщины\n\n"
        "Вечером оккупанты обстреляли из артиллерии Марганецкую и Покровскую громады,"
        " повреждены линии электропередачи, сообщил глава ОВА."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Марганецкая громада", "Покровская громада")


def test_ukrainian_communities_coordinated_in_the_accusative() -> None:
    item = uanews.parse(
        "Обстріл Нікопольщини\n\n"
        "Увечері окупанти обстріляли з артилерії Мирівську та Томаківську громади, пошкоджено"
        " лінії електропередачі, повідомив голова ОВА."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Мирівська громада", "Томаківська громада")


def test_words_that_do_not_agree_with_the_head_give_no_coordinated_places() -> None:
    item = uanews.parse("Обстрел Сумщины\n\nОккупанты обстреляли Сумы и Шостку, сообщили в ОВА.")
    assert only_event(item, EventKind.ATTACK).places == ("Сумы", "Шостка")


def test_the_headline_city_gives_way_to_the_districts_the_body_names() -> None:
    item = uanews.parse(
        "Дроны атаковали Одессу\n\n"
        "Ночью российские дроны атаковали Приморский район, пострадали двое, сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Приморский район",)


def test_the_headline_city_stays_when_the_body_names_it_too() -> None:
    item = uanews.parse(
        "Дроны атаковали Одессу\n\n"
        "Ночью российские дроны атаковали Одессу и Приморский район, пострадали двое,"
        " сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Одесса", "Приморский район")


def test_the_headline_city_stays_when_the_body_names_no_place() -> None:
    item = uanews.parse(
        "Дроны атаковали Одессу\n\n"
        "Ночью российские дроны атаковали портовую инфраструктуру, пострадали двое,"
        " сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Одесса",)


def test_russian_settlements_listed_after_po_in_the_dative() -> None:
    item = uanews.parse(
        "Обстрел Харьковщины\n\n"
        "За сутки оккупанты нанесли удары по Купянску, Боровой, Изюмскому району и Балаклее,"
        " сообщил глава ОВА."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Купянск", "Боровая", "Изюмский район", "Балаклея")


def test_ukrainian_settlements_listed_after_po_in_the_dative() -> None:
    item = uanews.parse(
        "Обстріл Харківщини\n\n"
        "За добу окупанти завдали ударів по Ізюму, Балаклії, Лозовій і Богодухову, повідомив"
        " голова ОВА."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Ізюм", "Балаклія", "Лозова", "Богодухів")


def test_russian_towns_listed_after_v_in_the_locative() -> None:
    item = uanews.parse(
        "Взрывы на Днепропетровщине\n\n"
        "Утром взрывы прогремели в Никополе, Марганце и Покрове после атаки дронов, сообщил"
        " глава ОВА."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Никополь", "Марганец", "Покров")


def test_a_listed_name_in_another_case_ends_the_list_after_a_preposition() -> None:
    item = uanews.parse(
        "Обстрел Сумщины\n\n"
        "Ночью оккупанты ударили по Шостке, Игорь Кравченко уточнил, что пострадавших нет."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Шостка",)


def test_russian_body_that_made_a_statement_is_no_attack_place() -> None:
    # with no participants' mentions, only the speech verb after it tells the body
    text = "В Нафтогазе сообщили, что ночью российские дроны атаковали объект в Сумской области."
    with using_language("ru"):
        found = places.strike_places(text, 0, len(text), SpanSet([]))
    assert [name for _, name in found] == ["Сумская область"]


def test_ukrainian_body_that_made_a_statement_is_no_attack_place() -> None:
    item = uanews.parse(
        "Дрони атакували газову інфраструктуру\n\n"
        "У Нафтогазі повідомили, що вночі російські дрони атакували газовидобувний об'єкт у"
        " Полтавській області."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Полтавська область",)


def test_a_body_that_made_a_statement_is_no_place_of_a_meeting() -> None:
    text = "В Укрнафте рассказали, что директор провел совещание с диспетчерами в Виннице."
    with using_language("ru"):
        found = places.place(text, 0, len(text), EventKind.MEETING, SpanSet([]))
    assert found == "Винница"


def test_russian_place_inside_a_relative_clause_is_not_the_meetings() -> None:
    item = uanews.parse(
        "Губернатор встретился с волонтерами\n\n"
        "Губернатор встретился с волонтерами, которые работают в Никополе, и обсудил помощь"
        " переселенцам."
    )
    assert only_event(item, EventKind.MEETING).place is None


def test_ukrainian_place_inside_a_relative_clause_is_not_the_meetings() -> None:
    item = uanews.parse(
        "Губернатор зустрівся з волонтерами\n\n"
        "Губернатор зустрівся з волонтерами, які працюють у Нікополі, та обговорив допомогу"
        " переселенцям."
    )
    assert only_event(item, EventKind.MEETING).place is None


def test_a_place_after_the_relative_clause_ends_is_the_meetings() -> None:
    item = uanews.parse(
        "Губернатор встретился с волонтерами\n\n"
        "В Запорожье губернатор встретился с волонтерами, которые работают в Никополе."
    )
    assert only_event(item, EventKind.MEETING).place == "Запорожье"


def test_russian_court_of_a_city_decides_in_that_city() -> None:
    item = uanews.parse(
        "Суд арестовал имущество застройщика\n\n"
        "Малиновский районный суд Одессы постановил арестовать земельный участок застройщика"
        " на время следствия, сообщили в прокуратуре."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Одесса",)


def test_ukrainian_court_of_a_city_decides_in_that_city() -> None:
    item = uanews.parse(
        "Суд арештував майно забудовника\n\n"
        "Малиновський районний суд Одеси ухвалив арештувати земельну ділянку забудовника на"
        " час слідства, повідомили в прокуратурі."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Одеса",)


def test_russian_city_of_the_objects_of_a_decision() -> None:
    item = uanews.parse(
        "В школах оборудуют укрытия\n\n"
        "Исполком решил оборудовать укрытия в 12 школах Львова до начала учебного года."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Львов",)


def test_ukrainian_city_of_the_objects_of_a_decision() -> None:
    item = uanews.parse(
        "У школах облаштують укриття\n\n"
        "Виконком вирішив облаштувати укриття у 12 школах Полтави до початку навчального року."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Полтава",)


def test_russian_city_of_the_role_of_who_held_a_meeting() -> None:
    item = uanews.parse(
        "Совещание по отопительному сезону\n\n"
        "Заместитель городского головы Полтавы Игорь Сидоренко провел совещание с"
        " коммунальщиками о подготовке к зиме."
    )
    assert only_event(item, EventKind.MEETING).places == ("Полтава",)


def test_ukrainian_city_of_the_role_of_who_held_a_meeting() -> None:
    item = uanews.parse(
        "Нарада щодо опалювального сезону\n\n"
        "Заступник міського голови Полтави Ігор Сидоренко провів нараду з комунальниками щодо"
        " підготовки до зими."
    )
    assert only_event(item, EventKind.MEETING).places == ("Полтава",)


def test_a_place_the_sentence_names_wins_over_the_city_of_a_role() -> None:
    item = uanews.parse(
        "Совещание по отопительному сезону\n\n"
        "Заместитель городского головы Полтавы Игорь Сидоренко провел в Кременчуге совещание"
        " с коммунальщиками."
    )
    assert only_event(item, EventKind.MEETING).places == ("Кременчуг",)


def test_the_mayors_of_two_cities_tell_no_place() -> None:
    item = uanews.parse(
        "Города подписали меморандум\n\n"
        "Городской голова Чернигова Олег Бойко и мэр Гданьска Анна Новак подписали меморандум"
        " о сотрудничестве."
    )
    assert only_event(item, EventKind.AGREEMENT).places == ()


def test_a_country_after_a_body_is_no_place() -> None:
    item = uanews.parse(
        "Суд отменил решение\n\n"
        "Верховный суд Украины отменил решение апелляционной инстанции по делу застройщика."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ()


def test_russian_place_of_an_earlier_visit_does_not_replace_the_headline_region() -> None:
    item = uanews.parse(
        "Министр посетил Харьковщину\n\n"
        "В четверг министр здравоохранения Виктор Ляшко прибыл с рабочим визитом на"
        " Харьковщину. Во время прошлого визита в Сумы он осмотрел больницы."
    )
    assert only_event(item, EventKind.VISIT).places == ("Харьковщина",)


def test_ukrainian_place_of_an_earlier_visit_does_not_replace_the_headline_region() -> None:
    item = uanews.parse(
        "Міністр відвідав Харківщину\n\n"
        "У четвер міністр охорони здоровʼя Віктор Ляшко прибув з робочим візитом на"
        " Харківщину. Під час минулого візиту до Сум він оглянув лікарні."
    )
    assert only_event(item, EventKind.VISIT).places == ("Харківщина",)


def test_the_place_of_this_visit_still_replaces_the_headline_region() -> None:
    item = uanews.parse(
        "Министр посетил Харьковщину\n\n"
        "В четверг министр здравоохранения Виктор Ляшко во время визита в Изюм осмотрел"
        " больницу."
    )
    assert only_event(item, EventKind.VISIT).places == ("Изюм",)


def test_russian_villages_of_an_earlier_strike_are_its_own() -> None:
    item = uanews.parse(
        "Оккупанты атаковали Никополь\n\n"
        "Ночью российские дроны атаковали Никополь, повреждены два дома, сообщил глава ОВА"
        " Сергей Лысак.\n\n"
        "Накануне вечером под обстрел попали Марганец и Червоногригоровка, пострадавших нет."
    )
    attacks = [event for event in item.events if event.kind is EventKind.ATTACK]
    assert [attack.places for attack in attacks] == [
        ("Никополь",),
        ("Марганец", "Червоногригоровка"),
    ]  # two strikes, two days


def test_ukrainian_villages_of_an_earlier_strike_are_its_own() -> None:
    item = uanews.parse(
        "Окупанти атакували Нікополь\n\n"
        "Уночі російські дрони атакували Нікополь, пошкоджено два будинки, повідомив голова ОВА"
        " Сергій Лисак.\n\n"
        "Напередодні ввечері під обстріл потрапили Марганець і Червоногригорівка, постраждалих"
        " немає."
    )
    attacks = [event for event in item.events if event.kind is EventKind.ATTACK]
    assert [attack.places for attack in attacks] == [
        ("Нікополь",),
        ("Марганець", "Червоногригорівка"),
    ]  # two strikes, two days


def test_a_later_sentence_of_the_same_strike_still_adds_its_places() -> None:
    item = uanews.parse(
        "Оккупанты атаковали Никополь\n\n"
        "Ночью российские дроны атаковали Никополь, повреждены два дома, сообщил глава ОВА"
        " Сергей Лысак.\n\n"
        "Также под обстрел попали Марганец и Червоногригоровка, пострадавших нет."
    )
    assert only_event(item, EventKind.ATTACK).places == (
        "Никополь",
        "Марганец",
        "Червоногригоровка",
    )


def test_russian_villages_listed_after_a_plural_settlement_noun() -> None:
    item = uanews.parse(
        "Обстрел Харьковщины\n\n"
        "Ночью оккупанты обстреляли села Петровка, Ивановка и Зоряное, повреждены дома,"
        " сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Петровка", "Ивановка", "Зоряное")


def test_ukrainian_villages_listed_after_a_plural_settlement_noun() -> None:
    item = uanews.parse(
        "Обстріл Харківщини\n\n"
        "Уночі окупанти обстріляли села Петрівка, Іванівка та Зоряне, пошкоджено будинки,"
        " повідомив голова ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Петрівка", "Іванівка", "Зоряне")


def test_russian_villages_agreeing_with_a_plural_settlement_noun() -> None:
    item = uanews.parse(
        "Обстрел Харьковщины\n\n"
        "В селах Петровке и Ивановке повреждены дома после ночного обстрела, сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Петровка", "Ивановка")


def test_a_settlement_struck_named_by_an_adjective_and_a_noun() -> None:
    item = uanews.parse(
        "Обстрел Харьковщины\n\nОккупанты обстреляли пгт Великий Бурлук, сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Великий Бурлук",)


def test_the_district_after_a_settlement_struck_is_not_part_of_its_name() -> None:
    item = uanews.parse(
        "Обстрел Харьковщины\n\n"
        "Оккупанты обстреляли село Петровка Харьковского района, сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Петровка",)


def test_a_town_and_its_region_after_it_are_not_one_name() -> None:
    item = uanews.parse(
        "Обстрел Харьковщины\n\n"
        "За сутки оккупанты нанесли удары по Купянску Харьковской области, сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Купянск",)


def test_a_meetings_town_and_its_region_after_it_are_not_one_name() -> None:
    item = uanews.parse(
        "Мэр провел совещание\n\nМэр провел совещание в Купянске Харьковской области."
    )
    assert only_event(item, EventKind.MEETING).place == "Купянск"


def test_russian_names_of_an_adjective_and_a_noun_in_a_list() -> None:
    item = uanews.parse(
        "Обстрел Днепропетровщины\n\n"
        "Ночью оккупанты нанесли удар по Кривому Рогу и Белой Церкви, сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Кривой Рог", "Белая Церковь")


def test_ukrainian_names_of_an_adjective_and_a_noun_in_a_list() -> None:
    item = uanews.parse(
        "Обстріл Дніпропетровщини\n\n"
        "Уночі окупанти завдали удару по Кривому Рогу та Новій Каховці, повідомив голова ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Кривий Ріг", "Нова Каховка")


def test_the_district_after_listed_villages_is_not_part_of_the_last_name() -> None:
    item = uanews.parse(
        "Обстрел Запорожья\n\n"
        "Оккупанты обстреляли села Степное и Балабино Запорожского района, сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Степное", "Балабино")


def test_russian_place_struck_after_the_weapon_of_the_strike() -> None:
    item = uanews.parse(
        "Обстрел Харьковщины\n\n"
        "Ночью армия РФ обстреляла из тяжелой артиллерии Купянский район, ранены двое,"
        " сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Купянский район",)


def test_ukrainian_place_struck_after_the_weapon_of_the_strike() -> None:
    item = uanews.parse(
        "Обстріл Сумщини\n\n"
        "Удень армія РФ обстріляла з мінометів Краснопільську громаду, поранено двох людей,"
        " повідомили в ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Краснопільська громада",)


def test_a_capitalised_place_after_the_weapon_preposition_is_not_the_weapon() -> None:
    # ``из`` + a capitalised name is where the fire came from (a genitive), not the weapon
    # the means rule reads (lowercase words only), and no place struck
    with using_language("ru"):
        found = places.strike_places(
            "Армия РФ обстреляла из Белгорода приграничье.", 0, 46, SpanSet([])
        )
    assert found == []


def test_russian_city_struck_named_before_a_plural_verb() -> None:
    item = uanews.parse(
        "Ночная атака\n\n"
        "В ночь на 3 декабря Одессу атаковали ударные дроны, пострадали двое, сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Одесса",)
    item = uanews.parse(
        "Ночная атака\n\nНочью Сумы атаковали дроны, пострадали двое, сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Сумы",)


def test_russian_weapons_or_people_before_the_verb_are_no_place() -> None:
    for subject in ("дроны", "россияне"):
        item = uanews.parse(
            f"Ночная атака\n\nНочью {subject} атаковали Николаев, пострадали двое,"
            " сообщил глава ОВА."
        )
        assert only_event(item, EventKind.ATTACK).places == ("Николаев",)


def test_russian_drone_dropping_explosives_is_an_attack_with_its_place() -> None:
    item = uanews.parse(
        "Взрывчатка с дрона\n\n"
        "Утром вражеский дрон сбросил взрывчатку на маршрутку в Антоновке, ранены трое"
        " пассажиров, сообщил глава ОВА."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Антоновка",)
    assert attack.injured == 3


def test_ukrainian_drone_dropping_explosives_is_an_attack_with_its_place() -> None:
    item = uanews.parse(
        "Вибухівка з дрона\n\n"
        "Удень російський дрон скинув вибухівку на автомобіль комунальників у Томині Балці,"
        " поранено двох людей, повідомили в ОВА."
    )
    assert only_event(item, EventKind.ATTACK).injured == 2


def test_dropping_cargo_is_no_attack() -> None:
    item = uanews.parse(
        "Гуманитарная помощь\n\n"
        "Вертолет сбросил грузы с продуктами на отрезанное паводком село, сообщили спасатели."
    )
    assert not [event for event in item.events if event.kind is EventKind.ATTACK]


def test_russian_place_struck_after_a_weapon_in_the_instrumental() -> None:
    item = uanews.parse(
        "Атака на порт\n\n"
        "Ночью оккупанты атаковали ударными беспилотниками Белгород-Днестровский район,"
        " ранены двое, сообщил глава ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Белгород-Днестровский район",)


def test_ukrainian_place_struck_after_a_weapon_in_the_instrumental() -> None:
    item = uanews.parse(
        "Атака на порт\n\n"
        "Вночі окупанти атакували ударними безпілотниками Ізмаїльський район, поранено двох,"
        " повідомив голова ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Ізмаїльський район",)


def test_two_words_after_a_strike_verb_that_are_no_weapon_give_no_place() -> None:
    with using_language("ru"):
        text = "Армия РФ обстреляла жилые кварталы Херсона."
        # no place struck is read from the two words; the quarters' city in the genitive is
        # where the strike was (a part of a city, `lexicon_ru.CITY_PART_HEADS`)
        found = places.strike_places(text, 0, len(text), SpanSet([]))
        assert [name for _, name in found] == ["Херсон"]
