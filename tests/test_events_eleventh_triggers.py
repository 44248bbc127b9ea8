"""Constructions of the eleventh pass of event triggers and drafting, in Ukrainian and Russian.

- a signing verb with the other party between it and the document (``компания подписала с ООО
  «...» договор``, ``підписала з ТОВ «...» договір``) is an agreement; a comma between them
  ends the clause;
- the participants of the meeting (``Участники встречи договорились``, ``Учасники зустрічі
  домовилися``) are those who met, not others' parties (``Участники конфликта``);
- a sentence that opens with the day just told (``Цього ж дня депутати ухвалили ...``, ``Кроме
  того, в тот же день ... открыли ...``) tells another decision, signing or opening of that
  day, while a visit's further stops that day go on with the visit;
- a polyclinic is opened as a clinic is (``відкрили дитячу поліклініку``);
- a subject that not all of a body make (``Не все депутаты поддержали повышение``) tells a
  split, no decision;
- a year alone in a relative clause (``міст, який у 2022 році підірвали``) dates the clause's
  thing, not the event, and a strike told there does not make the event history;
- after a word of addition, a signing with a verb of its own (``Кроме того, ОВА и колледж
  подписали меморандум``) is one more agreement; the document signed by one more party is not.

Every text here was written for these tests in the style of Ukrainian news; none is taken from
any corpus, and the people are invented.
"""

from __future__ import annotations

import uanews
from event_support import event_names, events_of
from uanews.model import EventKind


def test_russian_signing_with_the_party_before_the_contract_is_an_agreement() -> None:
    item = uanews.parse(
        "Облэнерго обновит подстанции\n\n"
        "Накануне компания подписала с ООО «Теплолинк» договор на поставку 20 подстанций.\n"
    )
    (agreement,) = events_of(item, EventKind.AGREEMENT)
    assert "ООО «Теплолинк»" in event_names(item, agreement)


def test_ukrainian_signing_with_the_party_before_the_contract_is_an_agreement() -> None:
    item = uanews.parse(
        "Обленерго оновить підстанції\n\n"
        "Напередодні компанія підписала з ТОВ «Теплолінк» договір на постачання 20 підстанцій.\n"
    )
    (agreement,) = events_of(item, EventKind.AGREEMENT)
    assert "ТОВ «Теплолінк»" in event_names(item, agreement)


def test_a_comma_between_signing_and_a_document_tells_no_agreement() -> None:
    item = uanews.parse(
        "Обленерго чекає документів\n\n"
        "Компанія підписала з утра акти, а договір надішлють пізніше.\n"
    )
    assert events_of(item, EventKind.AGREEMENT) == []


def test_russian_participants_of_the_meeting_agreed() -> None:
    item = uanews.parse(
        "Делегация Ольборга в Харькове\n\n"
        "17 февраля в Харькове прошла встреча городского головы Игоря Тирчака с делегацией "
        "датского Ольборга.\n\n"
        "Участники встречи договорились создать совместную рабочую группу.\n"
    )
    (agreement,) = events_of(item, EventKind.AGREEMENT)
    assert "Игорь Тирчак" in event_names(item, agreement)


def test_ukrainian_participants_of_the_meeting_agreed() -> None:
    item = uanews.parse(
        "Делегація Ольборга у Харкові\n\n"
        "17 лютого у Харкові відбулася зустріч міського голови Ігоря Тирчака з делегацією "
        "данського Ольборга.\n\n"
        "Учасники зустрічі домовилися створити спільну робочу групу.\n"
    )
    (agreement,) = events_of(item, EventKind.AGREEMENT)
    assert "Ігор Тирчак" in event_names(item, agreement)


def test_participants_of_a_conflict_are_not_those_who_met() -> None:
    item = uanews.parse(
        "Делегация Ольборга в Харькове\n\n"
        "17 февраля в Харькове прошла встреча городского головы Игоря Тирчака с делегацией "
        "датского Ольборга.\n\n"
        "Участники конфликта договорились о перемирии.\n"
    )
    assert events_of(item, EventKind.AGREEMENT) == []


def test_ukrainian_the_same_day_tells_a_second_decision() -> None:
    item = uanews.parse(
        "Міська рада на позачерговій сесії призначила нового керівника управління освіти. "
        "Ним став Остап Мельгунець. Цього ж дня депутати ухвалили зміни до бюджету: ще 12 "
        "мільйонів гривень спрямують на ремонт шкіл.\n"
    )
    first, second = events_of(item, EventKind.ANNOUNCEMENT)
    assert "Цього ж дня" in item.text[second.evidence.start : second.evidence.end]
    assert first.evidence.start < second.evidence.start


def test_russian_the_same_day_after_an_addition_tells_a_second_opening() -> None:
    item = uanews.parse(
        "В Харькове открыли подземную школу\n\n"
        "В Салтовском районе Харькова 2 сентября открыли подземную школу на 900 учеников.\n\n"
        "Школа рассчитана на две смены.\n\n"
        "Кроме того, в тот же день в Киевском районе после ремонта открыли детскую поликлинику.\n"
    )
    first, second = events_of(item, EventKind.PRESENTATION)
    assert "поликлинику" not in item.text[first.evidence.start : first.evidence.end]
    assert second.date is not None
    assert second.date.day == 2
    assert "поликлинику" in item.text[second.evidence.start : second.evidence.end]


def test_an_addition_without_the_day_goes_on_with_the_opening() -> None:
    item = uanews.parse(
        "В Харькове открыли подземную школу\n\n"
        "В Салтовском районе Харькова 2 сентября открыли подземную школу на 900 учеников.\n\n"
        "Школа рассчитана на две смены.\n\n"
        "Кроме того, в школе открыли кабинет психолога.\n"
    )
    assert len(events_of(item, EventKind.PRESENTATION)) == 1


def test_the_same_day_of_a_visit_goes_on_with_the_visit() -> None:
    item = uanews.parse(
        "Делегация из Тампере в Днепре\n\n"
        "Делегация Тампере 3 мая посетила Днепр. В тот же день гости посетили музей.\n"
    )
    assert len(events_of(item, EventKind.VISIT)) == 1


def test_ukrainian_polyclinic_opened() -> None:
    item = uanews.parse(
        "У Полтаві відкрили поліклініку\n\nУ Полтаві 4 березня відкрили дитячу поліклініку.\n"
    )
    (opening,) = events_of(item, EventKind.PRESENTATION)
    assert opening.date is not None
    assert opening.date.month == 3


def test_russian_not_all_deputies_supported_tells_no_decision() -> None:
    item = uanews.parse(
        "Тариф на проезд вырос\n\n"
        "Горсовет утвердил новый тариф на проезд.\n\n"
        "Не все депутаты поддержали повышение тарифа.\n"
    )
    (decision,) = events_of(item, EventKind.ANNOUNCEMENT)
    assert "Горсовет" in item.text[decision.evidence.start : decision.evidence.end]


def test_ukrainian_not_all_deputies_supported_tells_no_decision() -> None:
    item = uanews.parse("Тариф на проїзд\n\nНе всі депутати підтримали підвищення тарифу.\n")
    assert events_of(item, EventKind.ANNOUNCEMENT) == []


def test_deputies_supporting_an_increase_decide() -> None:
    item = uanews.parse("Тариф на проїзд\n\nДепутати підтримали підвищення тарифу.\n")
    assert len(events_of(item, EventKind.ANNOUNCEMENT)) == 1


def test_russian_a_year_in_a_relative_clause_does_not_date_the_opening() -> None:
    item = uanews.parse(
        "В Тампере открыли мост\n\n"
        "В Тампере после восстановления открыли мост через реку, который в 2022 году подорвали "
        "при отступлении.\n"
    )
    (opening,) = events_of(item, EventKind.PRESENTATION)
    assert opening.date is None


def test_ukrainian_a_strike_years_back_in_a_relative_clause_leaves_the_opening() -> None:
    item = uanews.parse(
        "У Харкові відкрили підземну школу\n\n"
        "У Салтівському районі Харкова 2 вересня відкрили підземну школу на 900 учнів.\n\n"
        "Крім того, цього ж дня після ремонту відкрили дитячу поліклініку, яка постраждала від "
        "ракетного удару у 2024 році.\n"
    )
    first, second = events_of(item, EventKind.PRESENTATION)
    assert first.evidence.start < second.evidence.start
    assert second.date is not None
    assert second.date.year is None
    assert second.date.day == 2


def test_a_year_of_the_main_clause_dates_the_opening() -> None:
    item = uanews.parse(
        "У Тампере відкрили міст\n\nУ червні 2025 року в Тампере відкрили міст через річку.\n"
    )
    (opening,) = events_of(item, EventKind.PRESENTATION)
    assert opening.date is not None
    assert opening.date.year == 2025


def test_russian_a_signing_of_its_own_after_an_addition_is_one_more_agreement() -> None:
    item = uanews.parse(
        "Завод и Укрэнерго заключили контракт\n\n"
        "19 марта завод ЧАО «Гидромаш» подписал с НЭК «Укрэнерго» контракт на поставку "
        "трансформаторов.\n\n"
        "Линия рассчитана на выпуск 300 трансформаторов в год.\n\n"
        "Кроме того, областная военная администрация и политехнический колледж подписали "
        "меморандум о подготовке кадров.\n"
    )
    assert len(events_of(item, EventKind.AGREEMENT)) == 2


def test_the_document_signed_by_one_more_party_is_the_same_agreement() -> None:
    item = uanews.parse(
        "Завод и Укрэнерго заключили контракт\n\n"
        "19 марта завод ЧАО «Гидромаш» подписал с НЭК «Укрэнерго» контракт на поставку "
        "трансформаторов.\n\n"
        "Линия рассчитана на выпуск 300 трансформаторов в год.\n\n"
        "Контракт также подписал директор завода Олег Шпакуляк.\n"
    )
    assert len(events_of(item, EventKind.AGREEMENT)) == 1


def test_russian_a_dismissal_at_the_sitting_is_a_decision_not_a_meeting() -> None:
    item = uanews.parse(
        "Кабмин принял кадровые решения\n\n"
        "Кабинет министров 14 ноября назначил Ивана Зарубайло заместителем министра.\n\n"
        "Также на заседании освободили от должности заместителя министра Петра Хмизюка.\n"
    )
    decisions = events_of(item, EventKind.ANNOUNCEMENT)
    assert len(decisions) == 2
    assert "Петр Хмизюк" in event_names(item, decisions[1])
    assert events_of(item, EventKind.MEETING) == []


def test_ukrainian_a_decision_after_the_meeting_told_by_an_impersonal_plural() -> None:
    item = uanews.parse(
        "Школи отримають кошти\n\n"
        "2 вересня відбулася нарада міністра освіти Оксена Бородайка з керівниками "
        "департаментів освіти.\n\n"
        "За підсумками наради вирішили спрямувати ще 40 мільйонів гривень на укриття у школах.\n"
    )
    assert len(events_of(item, EventKind.ANNOUNCEMENT)) == 1
    assert len(events_of(item, EventKind.MEETING)) == 1


def test_a_sitting_that_only_discussed_decides_nothing() -> None:
    item = uanews.parse("Сессия горсовета\n\nНа заседании обсудили бюджет города.\n")
    assert events_of(item, EventKind.ANNOUNCEMENT) == []


def test_russian_relieving_of_a_post_decides_liberating_a_village_does_not() -> None:
    relieved = uanews.parse(
        "Кадровые решения\n\nПрезидент освободил от должности главу ОВА Игоря Мельгунца.\n"
    )
    assert len(events_of(relieved, EventKind.ANNOUNCEMENT)) == 1
    liberated = uanews.parse(
        "Сводка\n\nСилы обороны освободили село Тополи в Харьковской области.\n"
    )
    assert events_of(liberated, EventKind.ANNOUNCEMENT) == []


def test_russian_the_writers_aside_before_a_decision_is_narration() -> None:
    item = uanews.parse(
        "Тарифы на воду выросли\n\n"
        "Исполком горсовета утвердил новые тарифы на воду.\n\n"
        "Отметим, что в прошлом месяце исполком также утвердил стоимость вывоза отходов.\n"
    )
    assert len(events_of(item, EventKind.ANNOUNCEMENT)) == 2


def test_someone_elses_that_clause_stays_reported_speech() -> None:
    item = uanews.parse(
        "Тарифы на воду выросли\n\n"
        "Исполком горсовета утвердил новые тарифы на воду.\n\n"
        "Директор водоканала сообщил, что в прошлом месяце исполком также утвердил стоимость "
        "вывоза отходов.\n"
    )
    assert len(events_of(item, EventKind.ANNOUNCEMENT)) == 1


def test_ukrainian_an_earlier_strike_after_the_writers_aside_is_another_attack() -> None:
    item = uanews.parse(
        "Окупанти обстріляли Миколаїв\n\n"
        "Уранці російські війська обстріляли Миколаїв, поранено трьох людей.\n\n"
        "Про це повідомив начальник міської військової адміністрації.\n\n"
        "Нагадаємо, напередодні ввечері армія рф атакувала дронами Очаків, там поранено одну "
        "людину.\n"
    )
    first, second = events_of(item, EventKind.ATTACK)
    assert "Очаків" not in first.places
    assert second.places == ("Очаків",)


def test_the_writers_aside_without_an_earlier_time_tells_the_same_attack() -> None:
    item = uanews.parse(
        "Окупанти обстріляли Миколаїв\n\n"
        "Уранці російські війська обстріляли Миколаїв, поранено трьох людей.\n\n"
        "Про це повідомив начальник міської військової адміністрації.\n\n"
        "Нагадаємо, армія рф також атакувала дронами Очаків.\n"
    )
    (attack,) = events_of(item, EventKind.ATTACK)
    assert "Очаків" in attack.places


def test_russian_a_ministry_held_an_online_meeting() -> None:
    item = uanews.parse(
        "Школы готовятся к учебному году\n\n"
        "Министерство образования и науки 19 августа провело онлайн-совещание с руководителями "
        "областных департаментов образования.\n"
    )
    (meeting,) = events_of(item, EventKind.MEETING)
    assert meeting.date is not None
    assert meeting.date.day == 19


def test_ukrainian_a_ministry_held_an_online_meeting() -> None:
    item = uanews.parse(
        "Школи готуються до навчального року\n\n"
        "Міністерство освіти і науки 19 серпня провело онлайн-нараду з керівниками обласних "
        "департаментів освіти.\n"
    )
    (meeting,) = events_of(item, EventKind.MEETING)
    assert meeting.date is not None
    assert meeting.date.day == 19


def test_russian_the_meeting_held_by_someone_is_the_meeting_told() -> None:
    item = uanews.parse(
        "Котельные готовят к зиме\n\n"
        "В понедельник, 17 ноября, состоялось онлайн-совещание городского головы Петра Тирчака "
        "с представителями Министерства энергетики.\n\n"
        "Совещание провел заместитель министра энергетики Виталий Оболончик.\n"
    )
    (meeting,) = events_of(item, EventKind.MEETING)
    assert "Виталий Оболончик" in event_names(item, meeting)
    assert meeting.date is not None
    assert meeting.date.day == 17


def test_ukrainian_the_meeting_held_by_someone_is_the_meeting_told() -> None:
    item = uanews.parse(
        "Котельні готують до зими\n\n"
        "У понеділок, 17 листопада, відбулася онлайн-нарада міського голови Петра Тирчака з "
        "представниками Міністерства енергетики.\n\n"
        "Нараду провів заступник міністра енергетики Віталій Оболончик.\n"
    )
    (meeting,) = events_of(item, EventKind.MEETING)
    assert "Віталій Оболончик" in event_names(item, meeting)


def test_a_meeting_planned_by_someone_is_no_meeting_held() -> None:
    item = uanews.parse(
        "Котельные готовят к зиме\n\nВстречу с энергетиками проведут в следующий вторник.\n"
    )
    assert events_of(item, EventKind.MEETING) == []


def test_russian_a_water_main_burst_is_an_emergency() -> None:
    item = uanews.parse(
        "Без воды остались жители Корабельного района\n\n"
        "В Николаеве 3 апреля из-за порыва магистрального водовода без воды остались около "
        "30 тысяч человек.\n"
    )
    (incident,) = events_of(item, EventKind.INCIDENT)
    assert "Николаев" in incident.places


def test_ukrainian_a_burst_pipe_is_an_emergency() -> None:
    item = uanews.parse(
        "Без води залишилися мешканці\n\n"
        "У Миколаєві 3 квітня через порив магістрального водогону без води залишилися 30 тисяч "
        "людей.\n"
    )
    (incident,) = events_of(item, EventKind.INCIDENT)
    assert "Миколаїв" in incident.places


def test_gusts_of_wind_and_a_planned_pipe_repair_are_no_burst() -> None:
    gusts = uanews.parse("Погода\n\nПорывы ветра в Николаеве достигали 20 метров в секунду.\n")
    assert events_of(gusts, EventKind.INCIDENT) == []
    repair = uanews.parse(
        "Водоканал готується до зими\n\nВодоканал замінить 5 км труб, щоб уникнути поривів.\n"
    )
    assert events_of(repair, EventKind.INCIDENT) == []


def test_russian_trolleybuses_arriving_are_a_delivery_not_a_visit() -> None:
    item = uanews.parse(
        "Новые троллейбусы\n\n"
        "В Днепр прибыли первые 10 из 40 новых троллейбусов, которые город закупил в кредит.\n"
    )
    assert events_of(item, EventKind.VISIT) == []


def test_ukrainian_trolleybuses_arriving_are_a_delivery_not_a_visit() -> None:
    item = uanews.parse("Нові тролейбуси\n\nУ Дніпро прибули перші 10 із 40 нових тролейбусів.\n")
    assert events_of(item, EventKind.VISIT) == []


def test_a_delegation_that_came_by_bus_is_a_visit() -> None:
    by_bus = uanews.parse(
        "Візит\n\nДо Дніпра автобусом прибула делегація з Ополе на чолі з мером Ігорем "
        "Шпакуляком.\n"
    )
    assert len(events_of(by_bus, EventKind.VISIT)) == 1
    on_buses = uanews.parse(
        "Визит\n\nВ Днепр прибыла делегация из Ополе на двух автобусах во главе с мэром Игорем "
        "Шпакуляком.\n"
    )
    assert len(events_of(on_buses, EventKind.VISIT)) == 1


def test_ukrainian_a_sitting_planned_for_later_is_no_meeting() -> None:
    item = uanews.parse(
        "Сесія міськради\n\n"
        "Міська рада ухвалила зміни до бюджету.\n\n"
        "Наступне засідання сесії міськради заплановане на кінець місяця.\n"
    )
    assert events_of(item, EventKind.MEETING) == []


def test_russian_a_sitting_planned_for_later_is_no_meeting() -> None:
    item = uanews.parse(
        "Сессия горсовета\n\n"
        "Горсовет утвердил изменения в бюджет.\n\n"
        "Следующее заседание сессии горсовета запланированное на конец месяца.\n"
    )
    assert events_of(item, EventKind.MEETING) == []


def test_a_sitting_that_took_place_with_a_named_party_is_a_meeting() -> None:
    item = uanews.parse(
        "Сесія міськради\n\n"
        "20 травня відбулося засідання виконкому за участі міського голови Остапа Мельгунця.\n"
    )
    assert len(events_of(item, EventKind.MEETING)) == 1


def test_the_participants_talks_are_the_meeting_told_and_take_no_visitors() -> None:
    item = uanews.parse(
        "Еврокомиссар посетила порт и встретилась с мэром\n\n"
        "Еврокомиссар Ирма Вовкодав в четверг, 10 июля, прибыла в Одессу с рабочим визитом. "
        "Вместе с главой ОВА Остапом Хмизюком она побывала в порту.\n\n"
        "После этого Вовкодав провела встречу с городским головой Игорем Тирчаком. Участники "
        "встречи обсудили восстановление исторического центра.\n"
    )
    (meeting,) = events_of(item, EventKind.MEETING)
    assert "Остап Хмизюк" not in event_names(item, meeting)
    assert "Игорь Тирчак" in event_names(item, meeting)
