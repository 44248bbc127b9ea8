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
        "Умань и польский Хелм подписали меморандум\n\n"
        "Городской голова Умани Ирина Плетнева и мэр польского города Якуб Банаш подписали во"
        " вторник меморандум о сотрудничестве между городами.\n\n"
        "Подписание прошло онлайн, в режиме видеосвязи."
    )
    agreement = only_event(item, EventKind.AGREEMENT)
    assert agreement.mode is EventMode.ONLINE
    assert agreement.place is None  # an online event has no place


def test_ukrainian_mode_of_a_signing_told_in_the_next_paragraph() -> None:
    item = uanews.parse(
        "Умань і польський Хелм підписали меморандум\n\n"
        "Міська голова Умані Ірина Плетньова та мер Хелма Якуб Банаш підписали у вівторок"
        " меморандум про співпрацю між містами.\n\n"
        "Підписання відбулося онлайн, у режимі відеозв'язку."
    )
    assert only_event(item, EventKind.AGREEMENT).mode is EventMode.ONLINE


def test_a_mode_far_from_the_event_is_not_its_mode() -> None:
    item = uanews.parse(
        "Умань и польский Хелм подписали меморандум\n\n"
        "Городской голова Умани Ирина Плетнева и мэр польского города Якуб Банаш подписали во"
        " вторник меморандум о сотрудничестве между городами.\n\n"
        "Города дружат с 2015 года.\n\n"
        "Следующие встречи делегаций планируют проводить в Умани.\n\n"
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
        "В Умани открыли подземную школу\n\n"
        "В понедельник, 8 декабря, в Умани открыли первую в городе подземную школу.\n\n"
        "На открытии побывали начальник городской военной администрации Олег Гринько и"
        " директор лицея № 5 Марина Ткач."
    )
    assert [event.kind for event in item.events] == [EventKind.PRESENTATION]
    names = event_names(item, item.events[0])
    assert "Олег Гринько" in names
    assert "Марина Ткач" in names


def test_ukrainian_those_at_an_opening_are_its_parties_not_a_visit() -> None:
    item = uanews.parse(
        "В Умані відкрили підземну школу\n\n"
        "У понеділок, 8 грудня, в Умані відкрили першу в місті підземну школу.\n\n"
        "На відкритті побували начальник міської військової адміністрації Олег Гринько та"
        " директорка ліцею № 5 Марина Ткач."
    )
    assert [event.kind for event in item.events] == [EventKind.PRESENTATION]
    assert "Олег Гринько" in event_names(item, item.events[0])


def test_attending_an_opening_no_item_told_is_still_a_visit() -> None:
    item = uanews.parse(
        "Министр образования побывал в Умани\n\n"
        "Министр образования Украины Максим Шевчук побывал на открытии нового корпуса лицея"
        " в Умани."
    )
    assert "Максим Шевчук" in event_names(item, only_event(item, EventKind.VISIT))


def test_russian_a_meeting_told_again_with_its_mode_gives_the_mode() -> None:
    item = uanews.parse(
        "Мэр Умани встретилась с послом Литвы\n\n"
        "Городской голова Умани Ирина Плетнева во вторник провела встречу с послом Литвы в"
        " Украине Йонасом Петраускасом.\n\n"
        "Встреча прошла в онлайн-формате."
    )
    assert only_event(item, EventKind.MEETING).mode is EventMode.ONLINE


def test_ukrainian_a_meeting_told_again_with_its_mode_gives_the_mode() -> None:
    item = uanews.parse(
        "Міська голова Умані зустрілася з послом Литви\n\n"
        "Міська голова Умані Ірина Плетньова у вівторок провела зустріч із послом Литви в"
        " Україні Йонасом Петраускасом.\n\n"
        "Зустріч відбулася в онлайн-форматі."
    )
    assert only_event(item, EventKind.MEETING).mode is EventMode.ONLINE


def test_russian_those_who_took_part_in_the_meeting_are_no_second_meeting() -> None:
    item = uanews.parse(
        "В Умани обсудили подготовку к зиме\n\n"
        "Городской голова Умани Ирина Плетнева в понедельник провела рабочее совещание с"
        " коммунальными службами города.\n\n"
        "Участие в совещании приняли директор КП «Уманьтеплокоммунэнерго» Олег Сыч и директор"
        " КП «Уманьводоканал» Андрей Бойко."
    )
    meeting = only_event(item, EventKind.MEETING)
    assert {"Ирина Плетнева", "Олег Сыч", "Андрей Бойко"} <= set(event_names(item, meeting))


def test_ukrainian_those_who_took_part_in_the_meeting_are_no_second_meeting() -> None:
    item = uanews.parse(
        "В Умані обговорили підготовку до зими\n\n"
        "Міська голова Умані Ірина Плетньова в понеділок провела робочу нараду з комунальними"
        " службами міста.\n\n"
        "Участь у нараді взяли директор КП «Уманьтеплокомуненерго» Олег Сич і директор"
        " КП «Уманьводоканал» Андрій Бойко."
    )
    meeting = only_event(item, EventKind.MEETING)
    assert {"Ірина Плетньова", "Олег Сич", "Андрій Бойко"} <= set(event_names(item, meeting))


def test_a_lede_of_those_who_took_part_is_the_meeting_itself() -> None:
    item = uanews.parse(
        "В Умани обсудили подготовку к зиме\n\n"
        "Участие в совещании о подготовке к зиме приняли городской голова Умани Ирина Плетнева"
        " и директор КП «Уманьводоканал» Андрей Бойко."
    )
    assert "Ирина Плетнева" in event_names(item, only_event(item, EventKind.MEETING))


def test_russian_a_visited_hospital_is_no_party_beside_the_city() -> None:
    item = uanews.parse(
        "Министр здравоохранения посетил Умань\n\n"
        "В среду министр здравоохранения Украины Игорь Лысенко посетил Уманскую центральную"
        " районную больницу."
    )
    visit = only_event(item, EventKind.VISIT)
    assert event_names(item, visit) == ["Игорь Лысенко"]
    assert visit.place == "Умань"


def test_ukrainian_a_visited_hospital_is_no_party_beside_the_city() -> None:
    item = uanews.parse(
        "Міністр охорони здоров'я відвідав Умань\n\n"
        "У середу міністр охорони здоров'я України Ігор Лисенко відвідав Уманську центральну"
        " районну лікарню."
    )
    assert event_names(item, only_event(item, EventKind.VISIT)) == ["Ігор Лисенко"]


def test_russian_rescuers_at_the_scene_make_no_visit() -> None:
    item = uanews.parse(
        "Пожар в многоэтажке в Умани\n\n"
        "Вечером 2 декабря в Умани загорелась квартира на девятом этаже многоэтажки. На место"
        " вызова прибыли 20 спасателей ГСЧС Черкасской области."
    )
    assert [event.kind for event in item.events] == [EventKind.INCIDENT]


def test_ukrainian_rescuers_at_the_scene_make_no_visit() -> None:
    item = uanews.parse(
        "Пожежа в багатоповерхівці в Умані\n\n"
        "Увечері 2 грудня в Умані загорілася квартира на дев'ятому поверсі багатоповерхівки. На"
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
        "В Умани сократили комендантский час\n\n"
        "Уманская городская военная администрация сократила продолжительность комендантского"
        " часа: с 5 декабря он будет действовать с полуночи до пяти утра."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).date is None  # ``с 5 декабря``: in force


def test_ukrainian_an_administration_that_shortened_the_curfew_decided() -> None:
    item = uanews.parse(
        "В Умані скоротили комендантську годину\n\n"
        "Уманська міська військова адміністрація скоротила тривалість комендантської години: з 5"
        " грудня вона діятиме з опівночі до п'ятої ранку."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).date is None


def test_russian_a_later_day_of_a_visit_is_the_same_visit_and_the_host_takes_part() -> None:
    item = uanews.parse(
        "Делегация из Польши посетила Умань\n\n"
        "В понедельник, 1 декабря, Умань посетила делегация польского города Хелм во главе с"
        " вице-мэром Томашем Барчаком. Гостей принял городской голова Ирина Плетнева.\n\n"
        "Во второй день польские гости посетили городской лицей № 3 и парк «Софиевка»."
    )
    visit = only_event(item, EventKind.VISIT)
    names = event_names(item, visit)
    assert "Ирина Плетнева" in names
    assert "городской лицей № 3" not in names


def test_ukrainian_a_later_day_of_a_visit_is_the_same_visit_and_the_host_takes_part() -> None:
    item = uanews.parse(
        "Делегація з Польщі відвідала Умань\n\n"
        "У понеділок, 1 грудня, Умань відвідала делегація польського міста Хелм на чолі з"
        " віцемером Томашем Барчаком. Гостей прийняла міська голова Ірина Плетньова.\n\n"
        "Другого дня польські гості відвідали міський ліцей № 3 і парк «Софіївка»."
    )
    visit = only_event(item, EventKind.VISIT)
    assert "Ірина Плетньова" in event_names(item, visit)


def test_those_at_an_opening_two_paragraphs_on_are_still_its_parties() -> None:
    item = uanews.parse(
        "В Умани открыли подземную школу\n\n"
        "В понедельник, 8 декабря, в Умани открыли первую в городе подземную школу.\n\n"
        "Укрытие рассчитано на 600 учеников, в нем есть двенадцать классов и медпункт.\n\n"
        "На открытии побывали начальник городской военной администрации Олег Гринько и"
        " директор лицея № 5 Марина Ткач."
    )
    assert [event.kind for event in item.events] == [EventKind.PRESENTATION]
    assert "Олег Гринько" in event_names(item, item.events[0])


def test_russian_parties_agreeing_during_the_meeting_just_told_make_an_agreement() -> None:
    item = uanews.parse(
        "Мэр Умани провела онлайн-встречу с мэром Хелма\n\n"
        "Городской голова Умани Ирина Плетнева во вторник провела онлайн-встречу с мэром"
        " польского города Хелм Якубом Банашем.\n\n"
        "Во время встречи стороны договорились, что весной делегация Хелма приедет в Умань."
    )
    agreement = only_event(item, EventKind.AGREEMENT)
    assert {"Ирина Плетнева", "Якуб Банаш"} <= set(event_names(item, agreement))


def test_ukrainian_parties_agreeing_during_the_meeting_just_told_make_an_agreement() -> None:
    item = uanews.parse(
        "Міська голова Умані провела онлайн-зустріч з мером Хелма\n\n"
        "Міська голова Умані Ірина Плетньова у вівторок провела онлайн-зустріч з мером"
        " польського міста Хелм Якубом Банашем.\n\n"
        "Під час зустрічі сторони домовилися, що навесні делегація Хелма приїде до Умані."
    )
    agreement = only_event(item, EventKind.AGREEMENT)
    assert {"Ірина Плетньова", "Якуб Банаш"} <= set(event_names(item, agreement))
