"""Parties and mode told in a later sentence of an event, in Russian and Ukrainian.

Whoever accompanied the visitor (``Министра сопровождал городской голова X``), attended an
opening (``На открытии побывали X и Y``: the opening's parties, no visit of their own), and the
mode a later sentence states of the event just told (``Подписание прошло онлайн``); a visited
hospital or rescuers at the scene are no visit's party or visit; and a body that shortened a
curfew decided (``сократила``, ``скоротила``).

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import event_names, only_event
from uanews.model import EventKind, EventMode


def test_russian_the_one_who_accompanied_a_visitor_takes_part_in_the_visit() -> None:
    item = uanews.parse(
        "Министр здравоохранения посетил Черкассы\n\n"
        "В четверг, 4 декабря, министр здравоохранения Украины Игорь Лысенко с рабочим визитом"
        " посетил Черкассы.\n\n"
        "Министра сопровождал городской голова Черкасс Петр Бондарь."
    )
    visit = only_event(item, EventKind.VISIT)
    assert event_names(item, visit) == ["Игорь Лысенко", "Петр Бондарь"]


def test_ukrainian_the_one_who_accompanied_a_visitor_takes_part_in_the_visit() -> None:
    item = uanews.parse(
        "Міністр охорони здоров'я відвідав Черкаси\n\n"
        "У четвер, 4 грудня, міністр охорони здоров'я України Ігор Лисенко з робочим візитом"
        " відвідав Черкаси.\n\n"
        "Міністра супроводжував міський голова Черкас Петро Бондар."
    )
    visit = only_event(item, EventKind.VISIT)
    assert event_names(item, visit) == ["Ігор Лисенко", "Петро Бондар"]


def test_russian_mode_of_a_signing_told_in_the_next_paragraph() -> None:
    item = uanews.parse(
        "Бершадь и польский Радом подписали меморандум\n\n"
        "Городской голова Бершади Оксана Соколова и мэр польского города Марек Ковальчик"
        " подписали во вторник меморандум о партнерстве в туризме и культуре.\n\n"
        "Подписание прошло онлайн."
    )
    agreement = only_event(item, EventKind.AGREEMENT)
    assert agreement.mode is EventMode.ONLINE
    assert agreement.place is None  # an online event has no place


def test_ukrainian_mode_of_a_signing_told_in_the_next_paragraph() -> None:
    item = uanews.parse(
        "Бершадь і польський Радом підписали меморандум\n\n"
        "Міська голова Бершаді Оксана Соколова та мер Радома Марек Ковальчик підписали у вівторок"
        " меморандум про партнерство в туризмі та культурі.\n\n"
        "Підписання відбулося онлайн."
    )
    assert only_event(item, EventKind.AGREEMENT).mode is EventMode.ONLINE


def test_a_mode_far_from_the_event_is_not_its_mode() -> None:
    item = uanews.parse(
        "Бершадь и польский Радом подписали меморандум\n\n"
        "Городской голова Бершади Оксана Соколова и мэр польского города Марек Ковальчик"
        " подписали во вторник меморандум о партнерстве в туризме и культуре.\n\n"
        "Города дружат с 2015 года.\n\n"
        "Следующие встречи делегаций планируют проводить в Бершади.\n\n"
        "Конференция пройдет онлайн."
    )
    assert only_event(item, EventKind.AGREEMENT).mode is None


def test_a_planned_event_s_mode_is_not_the_mode_of_the_event_just_told() -> None:
    # A plan told in the next sentence (``пройдет онлайн``) says how another meeting will go:
    # the meeting just told keeps its place and has no mode.
    item = uanews.parse(
        "Мэр Полтавы встретился с послом\n\n"
        "Во вторник мэр Полтавы Андрей Карпов встретился с послом Чехии Радеком Пехом. Стороны"
        " обсудили восстановление школ.\n\n"
        "Совещание с подрядчиками пройдет онлайн в четверг."
    )
    meeting = only_event(item, EventKind.MEETING)
    assert (meeting.mode, meeting.places) == (None, ("Полтава",))
    item = uanews.parse(
        "Мер Полтави зустрівся з послом\n\n"
        "У вівторок мер Полтави Андрій Карпов зустрівся з послом Чехії Радеком Пехом. Сторони"
        " обговорили відновлення шкіл.\n\n"
        "Нарада з підрядниками відбудеться онлайн у четвер."
    )
    meeting = only_event(item, EventKind.MEETING)
    assert (meeting.mode, meeting.places) == (None, ("Полтава",))


def test_russian_those_at_an_opening_are_its_parties_not_a_visit() -> None:
    item = uanews.parse(
        "В Бершади открыли детскую поликлинику\n\n"
        "В понедельник, 2 марта, в Бершади открыли новый корпус детской поликлиники.\n\n"
        "На открытии побывали заместитель городского головы Денис Марчук и"
        " главный врач больницы Алла Савчук."
    )
    assert [event.kind for event in item.events] == [EventKind.PRESENTATION]
    names = event_names(item, item.events[0])
    assert "Денис Марчук" in names
    assert "Алла Савчук" in names


def test_ukrainian_those_at_an_opening_are_its_parties_not_a_visit() -> None:
    item = uanews.parse(
        "В Бершаді відкрили дитячу поліклініку\n\n"
        "У понеділок, 2 березня, в Бершаді відкрили новий корпус дитячої поліклініки.\n\n"
        "На відкритті побували заступник міського голови Денис Марчук та"
        " головна лікарка лікарні Алла Савчук."
    )
    assert [event.kind for event in item.events] == [EventKind.PRESENTATION]
    assert "Денис Марчук" in event_names(item, item.events[0])


def test_attending_an_opening_no_item_told_is_still_a_visit() -> None:
    item = uanews.parse(
        "Министр образования побывал в Бершади\n\n"
        "Министр образования Украины Максим Шевчук побывал на открытии нового корпуса лицея"
        " в Бершади."
    )
    assert "Максим Шевчук" in event_names(item, only_event(item, EventKind.VISIT))


def test_russian_a_meeting_told_again_with_its_mode_gives_the_mode() -> None:
    item = uanews.parse(
        "Мэр Бершади встретилась с послом Эстонии\n\n"
        "Городской голова Бершади Оксана Соколова во вторник провела встречу с послом Эстонии в"
        " Украине Кристьяном Таммом.\n\n"
        "Встреча прошла в онлайн-формате."
    )
    assert only_event(item, EventKind.MEETING).mode is EventMode.ONLINE


def test_ukrainian_a_meeting_told_again_with_its_mode_gives_the_mode() -> None:
    item = uanews.parse(
        "Міська голова Бершаді зустрілася з послом Естонії\n\n"
        "Міська голова Бершаді Оксана Соколова у вівторок провела зустріч із послом Естонії в"
        " Україні Кристьяном Таммом.\n\n"
        "Зустріч відбулася в онлайн-форматі."
    )
    assert only_event(item, EventKind.MEETING).mode is EventMode.ONLINE


def test_russian_those_who_took_part_in_the_meeting_are_no_second_meeting() -> None:
    item = uanews.parse(
        "В Бершади обсудили подготовку к зиме\n\n"
        "Городской голова Бершади Оксана Соколова в понедельник провела выездное совещание с"
        " коммунальными службами города.\n\n"
        "Участие в совещании приняли начальник управления ЖКХ Виталий Руденко и"
        " руководитель службы благоустройства Андрей Бойко."
    )
    meeting = only_event(item, EventKind.MEETING)
    assert {"Оксана Соколова", "Виталий Руденко", "Андрей Бойко"} <= set(event_names(item, meeting))


def test_ukrainian_those_who_took_part_in_the_meeting_are_no_second_meeting() -> None:
    item = uanews.parse(
        "В Бершаді обговорили підготовку до зими\n\n"
        "Міська голова Бершаді Оксана Соколова в понеділок провела виїзну нараду з комунальними"
        " службами міста.\n\n"
        "Участь у нараді взяли начальник управління ЖКГ Віталій Руденко і"
        " керівник служби благоустрою Андрій Бойко."
    )
    meeting = only_event(item, EventKind.MEETING)
    assert {"Оксана Соколова", "Віталій Руденко", "Андрій Бойко"} <= set(event_names(item, meeting))


def test_a_lede_of_those_who_took_part_is_the_meeting_itself() -> None:
    item = uanews.parse(
        "В Бершади обсудили подготовку к зиме\n\n"
        "Участие в совещании о подготовке к зиме приняли городской голова Бершади Оксана Соколова"
        " и руководитель службы благоустройства Андрей Бойко."
    )
    assert "Оксана Соколова" in event_names(item, only_event(item, EventKind.MEETING))


def test_russian_a_visited_hospital_is_no_party_beside_the_city() -> None:
    item = uanews.parse(
        "Министр здравоохранения посетил Бершадь\n\n"
        "В среду министр здравоохранения Украины Игорь Лысенко посетил Бершадскую центральную"
        " районную больницу."
    )
    visit = only_event(item, EventKind.VISIT)
    assert event_names(item, visit) == ["Игорь Лысенко"]
    assert visit.place == "Бершадь"


def test_ukrainian_a_visited_hospital_is_no_party_beside_the_city() -> None:
    item = uanews.parse(
        "Міністр охорони здоров'я відвідав Бершадь\n\n"
        "У середу міністр охорони здоров'я України Ігор Лисенко відвідав Бершадську центральну"
        " районну лікарню."
    )
    assert event_names(item, only_event(item, EventKind.VISIT)) == ["Ігор Лисенко"]


def test_russian_rescuers_at_the_scene_make_no_visit() -> None:
    item = uanews.parse(
        "Пожар в многоэтажке в Бершади\n\n"
        "Вечером 2 декабря в Бершади загорелась квартира на девятом этаже многоэтажки. На место"
        " вызова прибыли 20 спасателей ГСЧС Черкасской области."
    )
    assert [event.kind for event in item.events] == [EventKind.INCIDENT]


def test_ukrainian_rescuers_at_the_scene_make_no_visit() -> None:
    item = uanews.parse(
        "Пожежа в багатоповерхівці в Бершаді\n\n"
        "Увечері 2 грудня в Бершаді загорілася квартира на дев'ятому поверсі багатоповерхівки. На"
        " місце виклику прибули 20 рятувальників ДСНС Черкаської області."
    )
    assert [event.kind for event in item.events] == [EventKind.INCIDENT]


def test_a_named_official_who_came_to_the_scene_visited_it() -> None:
    # The scene rule is for those on duty answering a call; an official named as the one who
    # came (``прибыл``, ``прибув``: a visit by the guidelines) visited the scene.
    item = uanews.parse(
        "Удар по Харькову\n\n"
        "Ночью российские войска ударили по Харькову, пострадали три человека.\n\n"
        "Утром на место удара прибыл городской голова Игорь Терехов."
    )
    visit = only_event(item, EventKind.VISIT)
    assert event_names(item, visit) == ["Игорь Терехов"]
    item = uanews.parse(
        "Удар по Харкову\n\n"
        "Уночі російські війська вдарили по Харкову, постраждали троє людей.\n\n"
        "Вранці на місце удару прибув міський голова Ігор Терехов."
    )
    visit = only_event(item, EventKind.VISIT)
    assert event_names(item, visit) == ["Ігор Терехов"]


def test_russian_an_administration_that_shortened_the_curfew_decided() -> None:
    item = uanews.parse(
        "В Бершади сократили комендантский час\n\n"
        "Бершадская районная военная администрация сократила комендантский час: с 1 марта"
        " ограничения будут действовать с часу ночи до пяти утра."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).date is None  # ``с 1 марта``: in force


def test_ukrainian_an_administration_that_shortened_the_curfew_decided() -> None:
    item = uanews.parse(
        "В Бершаді скоротили комендантську годину\n\n"
        "Бершадська районна військова адміністрація скоротила комендантську годину: з 1 березня"
        " обмеження діятимуть з першої ночі до п'ятої ранку."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).date is None


def test_russian_a_later_day_of_a_visit_is_the_same_visit_and_the_host_takes_part() -> None:
    item = uanews.parse(
        "Делегация из Польши посетила Бершадь\n\n"
        "В понедельник, 1 декабря, Бершадь посетила делегация польского города Радом во главе с"
        " вице-мэром Томашем Барчаком. Гостей принял городской голова Оксана Соколова.\n\n"
        "Во второй день польские гости посетили городской лицей № 3 и парк «Дубрава»."
    )
    visit = only_event(item, EventKind.VISIT)
    names = event_names(item, visit)
    assert "Оксана Соколова" in names
    assert "городской лицей № 3" not in names


def test_ukrainian_a_later_day_of_a_visit_is_the_same_visit_and_the_host_takes_part() -> None:
    item = uanews.parse(
        "Делегація з Польщі відвідала Бершадь\n\n"
        "У понеділок, 1 грудня, Бершадь відвідала делегація польського міста Радом на чолі з"
        " віцемером Томашем Барчаком. Гостей прийняла міська голова Оксана Соколова.\n\n"
        "Другого дня польські гості відвідали міський ліцей № 3 і парк «Діброва»."
    )
    visit = only_event(item, EventKind.VISIT)
    assert "Оксана Соколова" in event_names(item, visit)


def test_those_at_an_opening_two_paragraphs_on_are_still_its_parties() -> None:
    item = uanews.parse(
        "В Бершади открыли детскую поликлинику\n\n"
        "В понедельник, 2 марта, в Бершади открыли новый корпус детской поликлиники.\n\n"
        "Корпус принимает до 300 маленьких пациентов в смену, здесь работают 18 врачей.\n\n"
        "На открытии побывали заместитель городского головы Денис Марчук и"
        " главный врач больницы Алла Савчук."
    )
    assert [event.kind for event in item.events] == [EventKind.PRESENTATION]
    assert "Денис Марчук" in event_names(item, item.events[0])


def test_russian_parties_agreeing_during_the_meeting_just_told_make_an_agreement() -> None:
    item = uanews.parse(
        "Мэр Бершади провела онлайн-встречу с мэром Радома\n\n"
        "Городской голова Бершади Оксана Соколова во вторник провела онлайн-встречу с мэром"
        " польского города Радом Мареком Ковальчиком.\n\n"
        "Во время встречи стороны договорились, что весной делегация Радома приедет в Бершадь."
    )
    agreement = only_event(item, EventKind.AGREEMENT)
    assert {"Оксана Соколова", "Марек Ковальчик"} <= set(event_names(item, agreement))


def test_ukrainian_parties_agreeing_during_the_meeting_just_told_make_an_agreement() -> None:
    item = uanews.parse(
        "Міська голова Бершаді провела онлайн-зустріч з мером Радома\n\n"
        "Міська голова Бершаді Оксана Соколова у вівторок провела онлайн-зустріч з мером"
        " польського міста Радом Мареком Ковальчиком.\n\n"
        "Під час зустрічі сторони домовилися, що навесні делегація Радома приїде до Бершаді."
    )
    agreement = only_event(item, EventKind.AGREEMENT)
    assert {"Оксана Соколова", "Марек Ковальчик"} <= set(event_names(item, agreement))
