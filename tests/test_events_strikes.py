"""Attacks and emergencies: kinds, one event per strike, places, casualties and attackers.

Every text here was written for these tests in the style of regional administration, rescue
service and police reports; none is taken from a corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

import uanews
from uanews.model import Event, EventKind, NewsItem


def parsed(text: str, reference: dt.date | None = None) -> NewsItem:
    return uanews.parse(text, reference=reference)


def only(item: NewsItem) -> Event:
    assert len(item.events) == 1, [event.kind for event in item.events]
    return item.events[0]


def actors(item: NewsItem, event: Event) -> set[str]:
    return {item.participant(participant_id).name for participant_id in event.participants}


def test_a_report_of_strikes_on_three_districts_is_one_attack_with_every_place():
    item = parsed(
        "Ворог атакував Харківщину\n\n"
        "Вночі 9 квітня армія рф обстріляла Богодухівський, Чугуївський та Лозівський райони. "
        "Про це повідомили в обласній військовій адміністрації.\n\n"
        "У Богодухові внаслідок удару загинула 80-річна жінка.\n\n"
        "У Лозовій поранено двох чоловіків."
    )
    event = only(item)
    assert event.kind is EventKind.ATTACK
    assert event.date is not None
    assert event.date.isoformat() == "--04-09"
    # the guidelines: strikes on three named districts are one event with three places; the
    # headline's region holds them and is no place of its own beside them
    assert event.places[:3] == (
        "Богодухівський район",
        "Чугуївський район",
        "Лозівський район",
    )
    assert {"Богодухів", "Лозова"} <= set(event.places)
    assert event.place == event.places[0]
    assert (event.killed, event.injured) == (1, 2)
    assert "армія РФ" in actors(item, event)


def test_the_attacker_is_a_participant_and_the_victims_are_not():
    item = parsed(
        "Окупанти обстріляли Нікополь\n\n"
        "Російські окупанти обстріляли Нікополь з важкої артилерії. "
        "Поранено 45-річного Петра Савченка, його доправили до лікарні."
    )
    event = only(item)
    names = actors(item, event)
    assert "російські окупанти" in names
    assert not any("Савчен" in name for name in names)
    assert event.injured == 1


def test_drones_with_a_place_are_an_attack_and_debris_fire_is_part_of_it():
    item = parsed(
        "Нічна атака безпілотників на Київ\n\n"
        "Уночі ворожі безпілотники атакували Київ. Уламки збитого дрона впали у Дарницькому "
        "районі, виникла пожежа на складі. Постраждалих немає."
    )
    event = only(item)
    assert event.kind is EventKind.ATTACK
    assert event.places == ("Київ", "Дарницький район")
    # ``Постраждалих немає`` covers the dead and the hurt: nobody was either
    assert (event.killed, event.injured) == (0, 0)


def test_a_house_fire_is_an_incident_with_its_injured():
    item = parsed(
        "У Житомирі горів приватний будинок\n\n"
        "Сьогодні, 12 січня, на вулиці Покровській у Житомирі сталася пожежа в приватному "
        "будинку. Вогонь знищив дах. Унаслідок пожежі травмувалася 67-річна власниця."
    )
    event = only(item)
    assert event.kind is EventKind.INCIDENT
    assert event.date is not None
    assert event.date.isoformat() == "--01-12"
    assert event.places == ("Житомир",)
    assert (event.killed, event.injured) == (None, 1)
    assert event.participants == ()


def test_a_road_accident_counts_number_words():
    item = parsed(
        "На Волині у ДТП загинули троє людей\n\n"
        "ДТП сталася 30 серпня поблизу Ковеля: легковик зіткнувся з автобусом. "
        "Загинули троє людей, ще шестеро отримали травми."
    )
    event = only(item)
    assert event.kind is EventKind.INCIDENT
    assert (event.killed, event.injured) == (3, 6)
    # the headline's region gives way to the town the body says it happened near
    assert event.places == ("Ковель",)


def test_a_gas_explosion_without_a_strike_is_an_incident():
    item = parsed(
        "Вибух газу в Черкасах\n\n"
        "У Черкасах у житловому будинку вибухнув газ, обвалилися перекриття двох поверхів. "
        "Двоє мешканців загинули."
    )
    event = only(item)
    assert event.kind is EventKind.INCIDENT
    assert (event.places, event.killed) == (("Черкаси",), 2)


def test_a_flood_is_an_incident():
    item = parsed("Злива в Ужгороді\n\nЧерез зливу в Ужгороді підтопило десятки подвір'їв.")
    assert only(item).kind is EventKind.INCIDENT


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Загинула 70-річна жінка.", 1, None),
        ("4 людини отримали поранення.", None, 4),
        ("Є загиблі та поранені.", None, None),
        ("Кількість загиблих зросла до 12.", 12, None),
        ("Загинули двоє чоловіків, ще п'ятеро людей поранені.", 2, 5),
        ("Поранено жінку та її сина.", None, 2),
        ("Обійшлося без жертв і постраждалих.", None, None),
        ("Загинула жінка, ще двоє людей загинули в лікарні.", 3, None),
    ],
)
def test_casualty_counts(sentence, killed, injured):
    item = parsed(f"Обстріл Херсона\n\nОкупанти обстріляли Херсон. {sentence}")
    event = only(item)
    assert (event.killed, event.injured) == (killed, injured)


def test_a_total_then_its_breakdown_is_counted_once():
    item = parsed(
        "Ракетний удар по Одещині\n\n"
        "Росія завдала ракетного удару по Одещині, загинули четверо людей. "
        "Троє загинули в Одесі. Ще одна людина загинула в Ізмаїлі."
    )
    assert only(item).killed == 4


@pytest.mark.parametrize(
    "text",
    [
        "Шахтар переміг\n\nГравці Шахтаря атакували ворота суперника весь матч.",
        "Хакерська атака\n\nХакерська атака на сайт міськради тривала дві години.",
        "Статистика ДСНС\n\nЗа тиждень рятувальники ліквідували 28 пожеж у житловому секторі.",
        "Обвал гривні\n\nЕксперти не очікують обвалу курсу гривні.",
    ],
)
def test_games_cyber_attacks_statistics_and_markets_are_no_strike_or_emergency(text):
    assert parsed(text).events == ()


def test_a_strike_years_ago_is_background():
    item = parsed(
        "Відновили школу\n\n"
        "Школу відкрили 1 вересня 2025 року. Свого часу росіяни обстріляли її з артилерії."
    )
    assert EventKind.ATTACK not in {event.kind for event in item.events}


def test_strike_places_are_in_the_nominative():
    item = parsed(
        "Обстріли громад\n\n"
        "Ворог обстріляв Куп'янськ, а також села у Великобурлуцькій громаді та на Сумщині. "
        "У селі Кам'янка пошкоджено будинок."
    )
    assert only(item).places == (
        "Куп'янськ",
        "Великобурлуцька громада",
        "Сумщина",
        "Кам'янка",
    )


def test_a_later_sentence_about_the_weapon_adds_its_district_and_attacker():
    item = parsed(
        "У Харкові через удар постраждали 14 людей\n\n"
        "Вдень російська армія вдарила керованою авіабомбою по Основ'янському району Харкова."
    )
    event = only(item)
    # strikes on named districts are one event with those districts as its places (the
    # guidelines), and the city the body names them of comes first: the event was there too
    assert event.places == ("Харків", "Основ'янський район")
    assert event.injured == 14
    assert "російська армія" in actors(item, event)


def test_a_place_an_accident_was_near_is_one_of_its_places():
    item = parsed(
        "ДТП на Житомирщині\n\n"
        "Поблизу Новограда-Волинського зіткнулися автобус та вантажівка. Травмовано 11 пасажирів."
    )
    event = only(item)
    assert event.places == ("Новоград-Волинський",)  # the headline's region holds the town
    assert event.injured == 11


def test_a_storm_with_a_place_is_an_incident_and_a_forecast_is_not():
    storm = parsed("Негода на Одещині\n\nЧерез негоду в Одеській області знеструмлено 112 сіл.")
    assert [event.kind for event in storm.events] == [EventKind.INCIDENT]
    forecast = parsed("Погода\n\nЗавтра у Києві синоптики прогнозують снігопад.")
    assert forecast.events == ()


def test_a_count_that_is_the_subject_of_a_casualty_verb():
    item = parsed(
        "Удар по Сумах\n\nРосіяни атакували Суми дронами. Загинула одна людина, ще 7 отримали "
        "поранення."
    )
    assert (only(item).killed, only(item).injured) == (1, 7)


def test_drones_downed_over_a_region_are_an_attack_on_it():
    item = parsed("Нічна атака\n\nСили ППО збили 20 дронів над Київщиною.")
    event = only(item)
    assert (event.kind, event.places) == (EventKind.ATTACK, ("Київщина",))


def test_a_strike_of_an_earlier_year_is_background():
    item = parsed(
        "Уряд затвердив програму відновлення\n\n"
        "У 2022 році росіяни обстріляли Харків. 5 березня 2025 року уряд затвердив програму."
    )
    assert [event.kind for event in item.events] == [EventKind.ANNOUNCEMENT]


def test_a_strike_noun_without_a_place_or_toll_reports_no_strike():
    item = parsed("Новини\n\nМер обговорив з депутатами наслідки обстрілів для бюджету.")
    assert EventKind.ATTACK not in {event.kind for event in item.events}


def test_explosions_during_an_air_raid_alert_are_a_strike():
    item = parsed("Вибухи у Харкові\n\nПід час повітряної тривоги у Харкові пролунали вибухи.")
    event = only(item)
    assert (event.kind, event.places) == (EventKind.ATTACK, ("Харків",))


def test_a_gas_explosion_stays_an_incident_in_a_war_report():
    item = parsed(
        "Вибух газу в Черкасах\n\n"
        "У Черкасах у житловому будинку вибухнув газ. Окупанти цього дня не атакували місто."
    )
    assert [event.kind for event in item.events] == [EventKind.INCIDENT]


def test_the_night_of_a_day_dates_the_strike_by_that_day():
    item = parsed("Атака на Полтаву\n\nУ ніч на 1 лютого ворожі дрони атакували Полтаву.")
    event = only(item)
    assert event.date is not None
    assert event.date.isoformat() == "--02-01"


def test_a_victim_named_by_a_noun_counts_one():
    item = parsed(
        "ДТП у Луцьку\n\nУ Луцьку водій наїхав на пішохідку. Потерпілу з травмами доправили до "
        "лікарні."
    )
    assert only(item).injured == 1


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            (
                "Окупанти обстріляли Харківщину: є поранені\n\n"
                "Уночі російські війська обстріляли область з артилерії. Поранено трьох людей, їх"
                " доставили до лікарні в Харкові.\n"
            ),
            ("Харківщина",),
        ),
        (
            (
                "Армия РФ атаковала Сумщину\n\n"
                "Ночью армия РФ атаковала Сумщину дронами. Ранены двое мужчин, их госпитализировали"
                " в Сумах.\n"
            ),
            ("Сумщина",),
        ),
        (
            (
                "ДТП на трасі Київ – Чоп\n\n"
                "Біля села Гребінки зіткнулися вантажівка та легковик. Травмованого водія"
                " госпіталізували в Полтаві.\n"
            ),
            ("Гребінка",),
        ),
    ],
)
def test_the_town_the_hurt_were_taken_to_is_no_place_of_the_event(
    text: str, places: tuple[str, ...]
) -> None:
    # the clause of ``доставили``/``госпитализировали`` names where the hurt were treated
    assert only(parsed(text)).places == places


def test_a_strike_on_a_hospital_keeps_its_town() -> None:
    item = parsed(
        "Росія вдарила по лікарні\n\n"
        "Вранці окупанти обстріляли лікарню в Херсоні. Поранено медсестру.\n"
    )
    assert "Херсон" in only(item).places
