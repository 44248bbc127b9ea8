"""Event constructions of Russian-language (and the matching Ukrainian) news.

The places of a strike listed after its verb, a strike ``под``/``під`` a town, a headline's
region beside the towns the body names, the place a ``где``/``де`` clause refers back to, a
visited institution as the place of a visit, and an office named by a bare role noun.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from event_support import event_names, only_event
from uanews.model import Event, EventKind, NewsItem


def test_russian_imperfective_strike_verb_reports_a_strike() -> None:
    item = uanews.parse(
        "Враг всю ночь обстреливал Никополь\n\n"
        "Всю ночь враг обстреливал Никополь из тяжелой артиллерии, повреждены три дома,"
        " сообщил глава областной военной администрации."
    )
    assert item.language == "ru"
    assert only_event(item, EventKind.ATTACK).places == ("Никополь",)


def test_russian_feminine_imperfective_strike_verb() -> None:
    item = uanews.parse(
        "Оккупанты обстреляли Марганец\n\n"
        "В субботу российская армия обстреливала Марганец из артиллерии, повреждена школа,"
        " рассказал глава громады."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Марганец",)


def test_russian_strike_near_a_town_names_the_town() -> None:
    item = uanews.parse(
        "Ракетный удар на Киевщине\n\n"
        "В субботу российские войска нанесли ракетный удар под Ирпенем, погиб один человек,"
        " сообщили в полиции."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Ирпень",)
    assert attack.killed == 1


def test_ukrainian_strike_near_a_town_names_the_town() -> None:
    item = uanews.parse(
        "Ракетний удар по Київщині\n\n"
        "У суботу російські війська завдали ракетного удару під Ірпенем, загинула одна людина,"
        " повідомили в поліції."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Ірпінь",)


def test_under_fire_in_the_accusative_is_no_place() -> None:
    item = uanews.parse(
        "Обстрел Херсона\n\n"
        "Вечером под обстрел попал центр Херсона, ранены два человека, сообщили в ОВА."
    )
    assert "Обстрел" not in " ".join(only_event(item, EventKind.ATTACK).places)


def test_russian_places_listed_after_the_strike_verb() -> None:
    item = uanews.parse(
        "Армия РФ обстреляла Херсонщину\n\n"
        "Накануне вечером российская армия обстреляла Херсон, Белозерку и Антоновку, ранены"
        " два человека, сообщили в ОВА."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Херсон", "Белозерка", "Антоновка")
    assert attack.place == "Херсон"
    assert attack.injured == 2


def test_ukrainian_places_listed_after_the_strike_verb() -> None:
    item = uanews.parse(
        "Армія РФ обстріляла Херсонщину\n\n"
        "Увечері російська армія обстріляла Херсон, Білозерку та Антонівку, поранено двох"
        " людей, повідомили в ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Херсон", "Білозерка", "Антонівка")


def test_a_list_after_the_strike_ends_at_a_name_in_another_case() -> None:
    item = uanews.parse(
        "Обстрел Харькова\n\nНочью оккупанты обстреляли Харьков, Синегубов сообщил о двух раненых."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Харьков",)


def test_headline_region_is_kept_when_the_body_names_no_place() -> None:
    item = uanews.parse(
        "Враг атаковал Сумщину дронами\n\n"
        "Ночью российские дроны атаковали объекты инфраструктуры, повреждена линия"
        " электропередачи, сообщили в ОВА."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Сумщина",)


def test_headline_place_around_which_an_accident_was_gives_way() -> None:
    item = uanews.parse(
        "Под Полтавой столкнулись автобус и грузовик\n\n"
        "Утром 3 марта на трассе возле села Вакуленцы произошло ДТП с участием автобуса и"
        " грузовика, пострадали четверо."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Вакуленцы",)


def test_headline_region_gives_way_to_the_town_of_an_accident() -> None:
    item = uanews.parse(
        "На Житомирщині перекинувся автобус\n\n"
        "Увечері 4 квітня на трасі поблизу міста Коростень перекинувся автобус з пасажирами,"
        " травмовано шестеро людей."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Коростень",)


def test_meeting_in_a_where_clause_takes_the_place_visited() -> None:
    item = uanews.parse(
        "Премьер посетил Харьков\n\n"
        "В понедельник премьер-министр Денис Шмыгаль посетил Харьков, где встретился с"
        " городским головой Игорем Тереховым."
    )
    assert only_event(item, EventKind.MEETING).place == "Харьков"


def test_ukrainian_meeting_in_a_where_clause_takes_the_place_visited() -> None:
    item = uanews.parse(
        "Прем'єр відвідав Харків\n\n"
        "У понеділок прем'єр-міністр Денис Шмигаль відвідав Харків, де зустрівся з міським"
        " головою Ігорем Тереховим."
    )
    assert only_event(item, EventKind.MEETING).place == "Харків"


def test_meeting_without_a_where_clause_gets_no_visited_place() -> None:
    item = uanews.parse(
        "Премьер посетил Харьков\n\n"
        "В понедельник премьер-министр Денис Шмыгаль посетил Харьков. Позже он провел"
        " встречу с городским головой Игорем Тереховым по видеосвязи."
    )
    assert only_event(item, EventKind.MEETING).place is None


def test_visited_institution_is_the_place_of_the_visit() -> None:
    item = uanews.parse(
        "Министр посетил областную больницу\n\n"
        "Министр здравоохранения Виктор Ляшко в четверг посетил Черниговскую областную"
        " больницу и осмотрел восстановленное отделение."
    )
    visit = only_event(item, EventKind.VISIT)
    assert visit.places == ("Черниговская областная больница",)
    assert event_names(item, visit) == ["Виктор Ляшко"]


def test_ukrainian_visited_institution_is_the_place_of_the_visit() -> None:
    item = uanews.parse(
        "Міністр відвідав обласну лікарню\n\n"
        "Міністр охорони здоров'я Віктор Ляшко у четвер відвідав Чернігівську обласну лікарню"
        " та оглянув відновлене відділення."
    )
    visit = only_event(item, EventKind.VISIT)
    assert visit.places == ("Чернігівська обласна лікарня",)
    assert event_names(item, visit) == ["Віктор Ляшко"]


def test_headline_region_of_a_visit_gives_way_to_the_city_of_the_body() -> None:
    item = uanews.parse(
        "Посол Польши посетил Полтавщину\n\n"
        "Посол Польши в Украине Петр Лукашевич в среду побывал в Полтаве и встретился со"
        " студентами."
    )
    assert only_event(item, EventKind.VISIT).place == "Полтава"


def test_bare_ambassador_at_a_sentence_start_names_the_ambassador() -> None:
    item = uanews.parse(
        "Посол Польши встретился с мэром Полтавы\n\n"
        "В среду посол Польши в Украине Петр Лукашевич встретился в Полтаве с городским"
        " головой Александром Мамаем.\n\n"
        "Посол также посетил Кременчуг, где осмотрел восстановленную школу."
    )
    visit = only_event(item, EventKind.VISIT)
    assert visit.place == "Кременчуг"
    assert event_names(item, visit) == ["Петр Лукашевич"]


def test_ukrainian_bare_ambassador_names_the_ambassador() -> None:
    item = uanews.parse(
        "Посол Польщі зустрівся з мером Полтави\n\n"
        "У середу посол Польщі в Україні Петро Лукашевич зустрівся в Полтаві з міським"
        " головою.\n\n"
        "Посол також відвідав Кременчук, де оглянув відновлену школу."
    )
    visit = only_event(item, EventKind.VISIT)
    assert event_names(item, visit) == ["Петро Лукашевич"]


def test_bare_minister_beside_the_mayor_names_both_signatories() -> None:
    item = uanews.parse(
        "Мэр Харькова встретился с министром\n\n"
        "Мэр Харькова Игорь Терехов провел встречу с министром энергетики Германом"
        " Галущенко.\n\n"
        "Мэр и министр подписали меморандум о восстановлении котельных."
    )
    agreement = only_event(item, EventKind.AGREEMENT)
    names = event_names(item, agreement)
    assert "Игорь Терехов" in names
    assert "Герман Галущенко" in names


def test_the_preposition_after_is_no_ambassador() -> None:
    item = uanews.parse(
        "Посол Польши встретился с мэром Полтавы\n\n"
        "В среду посол Польши в Украине Петр Лукашевич встретился в Полтаве с городским"
        " головой.\n\n"
        "После начала войны в Полтаве открыли новый центр помощи переселенцам, сообщили"
        " в горсовете."
    )
    presentations = [e for e in item.events if e.kind is EventKind.PRESENTATION]
    for event in presentations:
        assert "Петр Лукашевич" not in event_names(item, event)


def test_russian_villages_under_fire_after_the_district_struck() -> None:
    item = uanews.parse(
        "Обстрел Харьковщины\n\n"
        "Утром оккупанты обстреляли Купянский район: под огнем оказались Петропавловка,"
        " Кучеровка и Подолы, сообщил глава ОВА в Telegram-канале."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Купянский район", "Петропавловка", "Кучеровка", "Подолы")


def test_ukrainian_villages_under_fire_after_the_district_struck() -> None:
    item = uanews.parse(
        "Обстріл Харківщини\n\n"
        "Вранці окупанти обстріляли Куп'янський район: під вогнем опинилися Петропавлівка,"
        " Кучерівка та Подоли, повідомив голова ОВА в Telegram-каналі."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Куп'янський район", "Петропавлівка", "Кучерівка", "Подоли")


def test_a_telegram_channel_is_no_place() -> None:
    item = uanews.parse(
        "Ночная атака\n\n"
        "Ночью российские дроны атаковали город, повреждены склады, написал мэр в"
        " Telegram-канале."
    )
    assert "Telegram-канал" not in only_event(item, EventKind.ATTACK).places


def test_headline_district_gives_way_to_the_village_of_the_body() -> None:
    item = uanews.parse(
        "Оккупанты обстреляли Купянский район\n\n"
        "Утром 14 октября российские войска обстреляли село Петровка, ранены двое мирных"
        " жителей."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Петровка",)


def test_russian_accident_told_again_adds_its_casualties_to_the_first() -> None:
    item = uanews.parse(
        "На трассе под Полтавой столкнулись автобус и грузовик\n\n"
        "Утром 3 марта на трассе возле села Вакуленцы произошло ДТП с участием автобуса и"
        " грузовика.\n\n"
        "Как сообщили в полиции области, в результате аварии погибли двое, еще трое"
        " травмированы."
    )
    incident = only_event(item, EventKind.INCIDENT)
    assert (incident.killed, incident.injured) == (2, 3)
    assert incident.places == ("Вакуленцы",)


def test_russian_fire_with_a_cause_of_its_own_is_no_part_of_the_attack() -> None:
    item = uanews.parse(
        "Ночная атака на Одессу\n\n"
        "Ночью российские дроны атаковали Одессу, повреждены склады.\n\n"
        "Кроме того, днем в Измаиле загорелся жилой дом из-за неисправной проводки."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Одесса",)
    assert only_event(item, EventKind.INCIDENT).places == ("Измаил",)


def test_ukrainian_fire_with_a_cause_of_its_own_is_no_part_of_the_attack() -> None:
    item = uanews.parse(
        "Нічна атака на Одесу\n\n"
        "Вночі російські дрони атакували Одесу, пошкоджено склади.\n\n"
        "Крім того, вдень в Ізмаїлі загорівся житловий будинок через коротке замикання."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Одеса",)
    assert only_event(item, EventKind.INCIDENT).places == ("Ізмаїл",)


def test_fire_a_strike_set_is_part_of_the_attack() -> None:
    item = uanews.parse(
        "Ночная атака на Одессу\n\n"
        "Ночью российские дроны атаковали Одессу. В результате удара загорелся склад."
    )
    assert [event.kind for event in item.events] == [EventKind.ATTACK]


def test_russian_impersonal_decision_of_the_body_named_after_v() -> None:
    item = uanews.parse(
        "В Одессе продлили комендантский час\n\n"
        "Такое решение приняли в Одесской областной военной администрации после"
        " обращения военных."
    )
    announcement = only_event(item, EventKind.ANNOUNCEMENT)
    assert event_names(item, announcement) == ["Одесская областная военная администрация"]


def test_ukrainian_impersonal_decision_of_the_body_named_after_v() -> None:
    item = uanews.parse(
        "В Одесі продовжили комендантську годину\n\n"
        "Таке рішення ухвалили в Одеській обласній військовій адміністрації після звернення"
        " військових."
    )
    announcement = only_event(item, EventKind.ANNOUNCEMENT)
    assert event_names(item, announcement) == ["Одеська обласна військова адміністрація"]


def test_a_singular_verb_before_v_and_a_body_is_no_impersonal_decision() -> None:
    item = uanews.parse(
        "Новости Одессы\n\n"
        "Вчера Петр Коваль принял в Одесской областной военной администрации участие в"
        " обсуждении планов."
    )
    assert [e for e in item.events if e.kind is EventKind.ANNOUNCEMENT] == []


def test_russian_signatories_named_after_the_document_take_part() -> None:
    item = uanews.parse(
        "Украина и Польша подписали соглашение об энергетике\n\n"
        "Министр энергетики Украины Герман Галущенко 12 марта встретился в Варшаве с"
        " министром климата Польши Павлом Ковальским. Документ подписали Галущенко и"
        " Ковальский."
    )
    agreement = only_event(item, EventKind.AGREEMENT)
    assert event_names(item, agreement) == ["Герман Галущенко", "Павел Ковальский"]


def test_ukrainian_signatories_named_after_the_document_take_part() -> None:
    item = uanews.parse(
        "Україна та Польща підписали угоду\n\n"
        "Міністр енергетики України Герман Галущенко 12 березня зустрівся у Варшаві з"
        " міністром клімату Польщі Павлом Ковальським. Документ підписали Галущенко та"
        " Ковальський."
    )
    agreement = only_event(item, EventKind.AGREEMENT)
    assert event_names(item, agreement) == ["Герман Галущенко", "Павло Ковальський"]


def test_a_memorandum_first_and_its_signatories_after_is_an_agreement() -> None:
    item = uanews.parse(
        "Новости Полтавы\n\n"
        "Меморандум о сотрудничестве подписали городской голова Полтавы Александр Мамай и"
        " ректор университета Петр Коваль."
    )
    agreement = only_event(item, EventKind.AGREEMENT)
    assert event_names(item, agreement) == ["Александр Мамай", "Петр Коваль"]


def test_a_document_one_person_signed_is_no_agreement() -> None:
    item = uanews.parse(
        "Новости Полтавы\n\nДокумент подписал городской голова Полтавы Александр Мамай."
    )
    assert [e for e in item.events if e.kind is EventKind.AGREEMENT] == []


def _evidence(item: NewsItem, event: Event) -> str:
    assert event.evidence is not None
    return item.text[event.evidence.start : event.evidence.end]


def test_a_headline_of_two_events_is_the_evidence_of_the_first_only() -> None:
    item = uanews.parse(
        "Мэр Полтавы посетил Кременчуг и подписал меморандум\n\n"
        "Городской голова Полтавы Александр Мамай 5 апреля посетил Кременчуг. Во время визита"
        " он подписал меморандум о сотрудничестве с городским головой Кременчуга Виталием"
        " Малецким."
    )
    visit, agreement = only_event(item, EventKind.VISIT), only_event(item, EventKind.AGREEMENT)
    assert _evidence(item, visit).startswith("Мэр Полтавы посетил")
    assert _evidence(item, agreement).startswith("Во время визита")


def test_ukrainian_headline_of_two_events_is_the_evidence_of_the_first_only() -> None:
    item = uanews.parse(
        "Мер Полтави відвідав Кременчук і підписав меморандум\n\n"
        "Міський голова Полтави Олександр Мамай 5 квітня відвідав Кременчук. Під час візиту"
        " він підписав меморандум про співпрацю з міським головою Кременчука Віталієм"
        " Малецьким."
    )
    visit, agreement = only_event(item, EventKind.VISIT), only_event(item, EventKind.AGREEMENT)
    assert _evidence(item, visit).startswith("Мер Полтави відвідав")
    assert _evidence(item, agreement).startswith("Під час візиту")


@pytest.mark.parametrize(
    "text",
    [
        (
            "Нічна атака на Київ\n\n"
            "Уночі російські дрони атакували Київ. Уламки збитого дрона підпалили приватний"
            " будинок у Голосіївському районі, пожежу загасили рятувальники.\n"
        ),
        (
            "Ночная атака на Киев\n\n"
            "Ночью российские дроны атаковали Киев. Обломок сбитого дрона поджег частный дом"
            " в Дарницком районе, пожар потушили спасатели.\n"
        ),
    ],
)
def test_a_fire_the_debris_set_is_part_of_the_attack(text: str) -> None:
    # the verb of arson has the strike's debris as its subject: no cause of the fire's own
    item = uanews.parse(text)
    assert [event.kind for event in item.events] == [EventKind.ATTACK]


def test_arson_as_a_noun_still_makes_a_fire_of_its_own() -> None:
    item = uanews.parse(
        "Нічна атака на Одесу\n\n"
        "Уночі російські дрони атакували Одесу.\n\n"
        "Крім того, вдень в Ізмаїлі сталася пожежа у складі, поліція розслідує підпал.\n"
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Ізмаїл",)


def test_a_de_clause_after_a_relative_clause_gives_no_place() -> None:
    # the ``де`` clause tells of the engineers ``які повернулися``, not of the meeting
    item = uanews.parse(
        "Міністерка зустрілася з енергетиками\n\n"
        "Міністерка енергетики Світлана Гринчук провела зустріч з енергетиками, які"
        " повернулися до Запоріжжя, де відновлюють підстанцію.\n"
    )
    assert only_event(item, EventKind.MEETING).place is None


def test_a_de_clause_after_the_destination_of_the_event_gives_its_place() -> None:
    item = uanews.parse(
        "Міністерка на Запоріжжі\n\n"
        "Міністерка енергетики Світлана Гринчук прибула до Запоріжжя, де провела нараду з"
        " енергетиками обленерго.\n"
    )
    assert "Запоріжжя" in {event.place for event in item.events}
