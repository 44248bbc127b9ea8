"""Rescue-service, police and regional-administration reports, and what only looks like one.

Every text here was written for these tests in the style of such reports; none is taken from a
corpus.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import Event, EventKind, NewsItem


def only(item: NewsItem) -> Event:
    assert len(item.events) == 1, [event.kind for event in item.events]
    return item.events[0]


def strikes(item: NewsItem) -> list[Event]:
    return [e for e in item.events if e.kind in {EventKind.ATTACK, EventKind.INCIDENT}]


def test_a_village_of_two_words_is_one_place_and_the_rescuers_region_is_none():
    # The guidelines: strikes on three named districts are one event with three places; a
    # headline's region that holds the places the body names is no place beside them.
    item = uanews.parse(
        "На Полтавщині під час пожежі загинули троє людей\n\n"
        "Вранці 14 лютого у селі Велика Рублівка Полтавського району загорівся приватний"
        " будинок. Прибувши на місце, рятувальники виявили тіла трьох людей. Пожежу"
        " ліквідували о 10:20, повідомили в ГУ ДСНС у Полтавській області."
    )
    event = only(item)
    assert event.kind is EventKind.INCIDENT
    assert event.places == ("Велика Рублівка",)  # the headline's region holds the village
    assert event.killed == 3


def test_a_town_of_two_declined_words_is_put_in_the_nominative():
    item = uanews.parse("Пожежа на складі\n\nУ місті Білій Церкві загорівся склад меблів.")
    assert only(item).places == ("Біла Церква",)


def test_the_word_accident_joins_the_road_accident_it_refers_to():
    item = uanews.parse(
        "Біля Звягеля маршрутка зіткнулася з легковиком\n\n"
        "Поблизу Звягеля легковий автомобіль не пропустив мікроавтобус, після чого той"
        " перекинувся. Унаслідок аварії загинула 70-річна пасажирка, ще 14 людей отримали травми."
    )
    event = only(item)
    assert event.kind is EventKind.INCIDENT
    assert event.places == ("Звягель",)
    assert (event.killed, event.injured) == (1, 14)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Удар забрав життя п'ятьох людей, ще сорок людей поранені.", 5, 40),
        ("Загинули двадцять п'ять людей.", 25, None),
        ("Рятувальники знайшли тіла двох чоловіків.", 2, None),
        ("Постраждали шістнадцять людей.", None, 16),
    ],
)
def test_counts_in_words(sentence: str, killed: int | None, injured: int | None) -> None:
    event = only(uanews.parse(f"Удар по Дніпру\n\nРакети влучили в Дніпро. {sentence}"))
    assert (event.kind, event.killed, event.injured) == (EventKind.ATTACK, killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Под обломками спасатели нашли тела трех человек.", 3, None),
        ("Тело пожилого мужчины обнаружили на лестничной клетке.", 1, None),
        ("Тело водителя извлекли из машины, пассажира госпитализировали.", 1, 1),
        ("С ожогами 40% тела госпитализирована женщина.", None, 1),
    ],
)
def test_a_russian_body_found_counts_the_dead_it_was(
    sentence: str, killed: int | None, injured: int | None
) -> None:
    event = only(uanews.parse(f"Пожар в Виннице\n\nНочью в Виннице горел склад. {sentence}"))
    assert (event.kind, event.killed, event.injured) == (EventKind.INCIDENT, killed, injured)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Удар по Днепру\n\nРакеты попали в Днепр. Ранения получили девять, среди них дети.", 9),
        ("Удар по Дніпру\n\nРакети влучили в Дніпро. Поранення отримали сім, серед них діти.", 7),
        ("Удар по Днепру\n\nРакеты попали в Днепр. Ранены жители дома 5.", None),
    ],
)
def test_a_bare_number_after_the_casualty_noun_and_its_verb_ends_the_clause(
    text: str, injured: int | None
) -> None:
    event = only(uanews.parse(text))
    assert (event.kind, event.injured) == (EventKind.ATTACK, injured)


_RU_COLLAPSE = "Обрушение в Виннице\n\nУтром в Виннице обрушилась крыша склада. "
_UK_COLLAPSE = "Обвал у Вінниці\n\nВранці у Вінниці обвалився дах складу. "


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (_RU_COLLAPSE + "Одну женщину достали живой, второго мужчину спасти не удалось.", 1),
        (_RU_COLLAPSE + "Спасти склад не удалось.", None),
        (_UK_COLLAPSE + "Жінку деблокували, чоловіка врятувати не вдалося.", 1),
        (_UK_COLLAPSE + "Будинок врятувати не вдалося.", None),
    ],
)
def test_the_one_who_could_not_be_saved_died(text: str, killed: int | None) -> None:
    event = only(uanews.parse(text))
    assert (event.kind, event.killed) == (EventKind.INCIDENT, killed)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Уламками поранено 34- та 65-річного чоловіків.", None, 2),
        ("Загинули 41- та 73-річна жінки.", 2, None),
        ("Поранення дістали 45-, 52- і 60-річна мешканки.", None, 3),
        ("Осколкові поранення отримали 56 і 63-річний чоловіки.", None, 2),
        ("Поранено шістьох людей, серед них 19- та 22-річний хлопці.", None, 6),
    ],
)
def test_ages_that_leave_their_ending_to_the_last_count_one_each(
    sentence: str, killed: int | None, injured: int | None
) -> None:
    event = only(uanews.parse(f"Удар по Дніпру\n\nРакети влучили в Дніпро. {sentence}"))
    assert (event.killed, event.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Поранення отримали трьох жінок і чоловіка.", None, 4),
        ("Уламками травмовано двох пенсіонерок та підлітка.", None, 3),
        ("Постраждали п'ятеро дорослих і дитина.", None, 6),
        ("Загинули 2 людини, а поранено ще дитину.", 2, 1),
        ("Поранення дістали 27- та 54-річна жінки, а також 9-річний хлопчик.", None, 3),
        ("Травмовано п'ятьох людей, а також трьох дітей.", None, 8),
        ("Загинули троє людей, а також поранено шістьох.", 3, 6),
        ("Поранено пенсіонерку, а також пошкоджено два будинки.", None, 1),
    ],
)
def test_a_person_joined_to_a_count_is_one_more(
    sentence: str, killed: int | None, injured: int | None
) -> None:
    event = only(uanews.parse(f"Удар по Дніпру\n\nРакети влучили в Дніпро. {sentence}"))
    assert (event.killed, event.injured) == (killed, injured)


def test_a_russian_person_joined_to_a_count_is_one_more() -> None:
    item = uanews.parse(
        "Обстрел Никополя\n\nРоссийская армия обстреляла Никополь. Ранены три женщины и мужчина."
    )
    assert only(item).injured == 4


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Загинули троє людей, ще восьмеро, зокрема 4-річна дитина, отримали поранення.", 3, 8),
        ("Шестеро, серед них двоє підлітків, дістали поранення.", None, 6),
        ("Сталося це о 21:40, загинули люди.", None, None),
    ],
)
def test_a_count_before_an_aside_is_the_subject_of_the_casualty_verb(
    sentence: str, killed: int | None, injured: int | None
) -> None:
    event = only(uanews.parse(f"Удар по Дніпру\n\nРакети влучили в Дніпро. {sentence}"))
    assert (event.killed, event.injured) == (killed, injured)


def test_russian_ages_that_leave_their_ending_to_the_last_count_one_each() -> None:
    item = uanews.parse(
        "Обстрел Никополя\n\nРоссийская армия обстреляла Никополь из артиллерии."
        " Ранения получили 48- и 70-летний мужчины."
    )
    assert only(item).injured == 2


def test_a_drowned_man_is_one_dead():
    item = uanews.parse(
        "Трагедія на річці\n\nУ Білій Церкві в річці Рось потонув 34-річний чоловік."
        " Тіло дістали водолази."
    )
    event = only(item)
    assert (event.kind, event.killed) == (EventKind.INCIDENT, 1)


def test_a_burned_body_part_is_no_death():
    item = uanews.parse(
        "Пожежа в Луцьку\n\nУ Луцьку загорілася квартира. Власник отримав опіки 30% тіла."
    )
    assert only(item).killed is None


def test_strikes_dated_by_a_year_alone_are_history():
    item = uanews.parse(
        "У Харкові відкрили відновлену школу\n\n"
        "У четвер у Харкові відкрили ліцей після ремонту."
        " Навесні 2022 року окупанти обстріляли Салтівку з артилерії."
    )
    assert strikes(item) == []
    assert [event.kind for event in item.events] == [EventKind.PRESENTATION]


def test_strikes_told_as_repeated_are_no_one_strike_but_the_day_they_tell_is():
    item = uanews.parse(
        "Нікопольщина під вогнем\n\n"
        "Окупанти щодня обстрілюють громади Нікопольщини."
        " Сьогодні вранці ворог атакував Марганець дронами, поранено жінку."
    )
    event = only(item)
    assert (event.kind, event.places, event.injured) == (EventKind.ATTACK, ("Марганець",), 1)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Синоптики попереджають про негоду\n\n"
            "Завтра на Львівщині очікується штормовий вітер. Можливі підтоплення у гірських"
            " районах Закарпаття."
        ),
        "Загроза удару\n\nУ Києві оголосили тривогу через загрозу ракетного удару.",
    ],
)
def test_forecasts_and_threats_are_no_event(text: str) -> None:
    assert strikes(uanews.parse(text)) == []


def test_a_denied_report_is_no_event():
    item = uanews.parse(
        "В ОВА спростували інформацію про вибух на підприємстві\n\n"
        "Повідомлення про вибух на хімічному заводі у Сумах не відповідають дійсності,"
        " заявили в ОВА. Жодного вибуху не було."
    )
    assert item.events == ()


def test_a_strike_nobody_recorded_is_no_event():
    item = uanews.parse("Ніч у Житомирі\n\nЦієї ночі обстрілів Житомира не зафіксовано.")
    assert strikes(item) == []


def test_a_fire_nobody_was_hurt_in_is_still_a_fire():
    item = uanews.parse("Новини Рівного\n\nПід час пожежі у Рівному постраждалих не було.")
    event = only(item)
    assert (event.kind, event.places, event.injured) == (EventKind.INCIDENT, ("Рівне",), 0)


def test_a_house_that_burned_is_a_fire():
    item = uanews.parse("Новини Рівного\n\nУ Рівному вночі горів приватний будинок.")
    event = only(item)
    assert (event.kind, event.places) == (EventKind.INCIDENT, ("Рівне",))


def test_a_fire_years_ago_is_history_even_without_a_publication_date():
    item = uanews.parse(
        "Рятувальник розповів про свою роботу\n\n"
        "Десять років тому він гасив пожежу на нафтобазі під Васильковом, яка тривала тиждень."
    )
    assert item.events == ()


def test_a_strike_told_in_the_headline_and_three_sentences_is_one_attack():
    item = uanews.parse(
        "На Київщині під завалами загинули двоє дітей\n\n"
        "У ніч на 12 березня російський дрон влучив у житловий будинок у Білій Церкві."
        " Під завалами загинули двоє дітей, шестеро людей поранені.\n\n"
        "Рятувальники розбирали завали до ранку."
    )
    event = only(item)
    assert event.kind is EventKind.ATTACK
    assert event.places == ("Біла Церква",)  # the headline's region holds the town
    assert (event.killed, event.injured) == (2, 6)
    assert event.date is not None
    assert event.date.isoformat() == "--03-12"


def test_a_strike_and_a_road_accident_in_one_report_are_two_events():
    item = uanews.parse(
        "Ніч на Сумщині\n\n"
        "Уночі ворог атакував Суми дронами, поранено чоловіка."
        " Крім того, у Конотопі сталася ДТП: загинув мотоцикліст."
    )
    attack, accident = item.events
    assert (attack.kind, attack.places, attack.injured) == (EventKind.ATTACK, ("Суми",), 1)
    assert (accident.kind, accident.places, accident.killed) == (
        EventKind.INCIDENT,
        ("Конотоп",),
        1,
    )


def test_a_district_struck_and_communities_under_fire_are_places():
    item = uanews.parse(
        "Окупанти атакували Нікопольщину: поранено двох людей\n\n"
        "Протягом дня російські загарбники обстрілювали Нікопольський район з артилерії."
        " Під удар потрапили Марганецька та Покровська громади."
        " Поранено 52-річного чоловіка та 47-річну жінку."
    )
    event = only(item)
    assert event.kind is EventKind.ATTACK
    assert event.places == (  # the headline's region holds the district the body names
        "Нікопольський район",
        "Марганецька громада",
        "Покровська громада",
    )
    assert event.injured == 2


def test_the_casualty_word_beside_its_victim_counts_one():
    item = uanews.parse(
        "У Дніпрі під час займання в гуртожитку постраждала жінка\n\n"
        "Вночі у Дніпрі виникло займання в кімнаті гуртожитку. Травмовано одну жінку."
    )
    event = only(item)
    assert (event.kind, event.injured) == (EventKind.INCIDENT, 1)


def test_victims_of_different_places_add_up_and_ages_count_people():
    item = uanews.parse(
        "Минулої доби ворог атакував 7 населених пунктів Харківщини\n\n"
        "У сел. Борова загинув 47-річний чоловік, постраждали 52-річний і 60-річний чоловіки."
        " У с. Новомиколаївка Шевченківської громади поранено 37-річного чоловіка."
    )
    event = only(item)
    assert event.places == ("Борова", "Новомиколаївка")  # the headline region holds them
    assert (event.killed, event.injured) == (1, 3)


def test_a_headline_strike_word_is_corroborated_by_casualties_told_later():
    item = uanews.parse(
        "Обстріл Печеніг\n\n"
        "У селищі Печеніги постраждала 44-річна жінка, у селі Подоли Курилівської громади"
        " поранено 69-річного чоловіка."
    )
    event = only(item)
    assert event.kind is EventKind.ATTACK
    assert event.places == ("Печеніги", "Подоли")
    assert event.injured == 2


def test_a_part_of_a_count_is_not_added_to_it():
    item = uanews.parse(
        "Вибух газу в Луцьку\n\n"
        "У Луцьку в будинку стався вибух газу. Поранено 10 людей, з них троє поранені важко."
        " Четверо мешканців госпіталізували."
    )
    assert only(item).injured == 10


def test_an_emergency_that_might_have_been_is_no_event():
    item = uanews.parse(
        "Пильність сусідів\n\nЗавдяки сусідам у Рівному могла статися пожежа, але її вчасно"
        " помітили."
    )
    assert strikes(item) == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            (
                "Обстріли Херсонщини\n\nЗа добу під ворожий обстріл потрапили Херсон, Білозерка"
                " та Станіслав. Поранено трьох людей."
            ),
            ("Херсон", "Білозерка", "Станіслав"),  # the headline's region holds them
        ),
        (
            "Обстріли\n\nУдару зазнали Куп'янська та Ізюмська громади. Поранено чоловіка.",
            ("Куп'янська громада", "Ізюмська громада"),
        ),
        (
            "Атака дронів\n\nДнем Харків атакували ударні дрони. Поранено двох людей.",
            ("Харків",),
        ),
        (
            "Атака дронів\n\nВночі Одесу атакували ударні дрони. Поранено двох людей.",
            ("Одеса",),
        ),
    ],
)
def test_places_struck_named_as_subject_or_before_the_verb(text: str, places: tuple[str, ...]):
    event = only(uanews.parse(text))
    assert (event.kind, event.places) == (EventKind.ATTACK, places)


def test_an_attacker_before_a_strike_verb_is_no_place():
    item = uanews.parse("Атака на Суми\n\nРФ атакувала Суми дронами. Росія обстріляла Конотоп.")
    assert only(item).places == ("Суми", "Конотоп")


def test_a_visit_to_a_place_struck_years_ago_is_news_and_the_strike_history():
    item = uanews.parse(
        "Міністр відвідав лікарню\n\n"
        "Міністр охорони здоров'я Олена Мирна в четвер відвідала Чернігівську обласну лікарню,"
        " яку два роки тому пошкодив ракетний удар.\n"
    )
    assert [event.kind for event in item.events] == [EventKind.VISIT]
    minister = next(p.id for p in item.participants if p.name == "Олена Мирна")
    assert minister in item.events[0].participants


def names(item: NewsItem, event: Event) -> list[str]:
    return [item.participant(participant_id).name for participant_id in event.participants]


@pytest.mark.parametrize(
    "sentence",
    [
        "Голова ОВА Петро Гнатюк у вівторок відвідав школу, яку окупанти обстріляли минулої осені.",
        "Голова ОВА Петро Гнатюк у вівторок відвідав школу, по якій росіяни вдарили дронами.",
        "Голова ОВА Петро Гнатюк у вівторок відвідав Ізюм, де окупанти обстріляли лікарню.",
    ],
)
def test_the_actors_of_a_strike_a_clause_tells_are_no_party_to_the_visit(sentence: str) -> None:
    item = uanews.parse(f"Гнатюк відвідав Ізюм\n\n{sentence}")
    visit = next(event for event in item.events if event.kind is EventKind.VISIT)
    assert names(item, visit) == ["Петро Гнатюк"]


def test_the_actors_of_a_strike_a_russian_clause_tells_are_no_party_to_the_visit() -> None:
    item = uanews.parse(
        "Министр посетил больницу\n\n"
        "Министр здравоохранения Ольга Мирная во вторник посетила больницу, которую оккупанты"
        " обстреляли прошлой осенью."
    )
    visit = next(event for event in item.events if event.kind is EventKind.VISIT)
    assert names(item, visit) == ["Ольга Мирная"]


def test_a_clause_that_tells_the_same_kind_of_event_keeps_its_actors() -> None:
    item = uanews.parse(
        "Нарада в ОВА\n\n"
        "Голова ОВА Петро Гнатюк провів нараду, на якій зустрівся з мером Ізюма"
        " Ігорем Коваленком."
    )
    meeting = next(event for event in item.events if event.kind is EventKind.MEETING)
    assert names(item, meeting) == ["Петро Гнатюк", "Ігор Коваленко"]


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        (
            "Поблизу села Нова Басань Ніжинського району зіткнулися легковик і мікроавтобус.",
            ("Нова Басань",),
        ),
        ("Біля села Велика Вільшанка загорілася суха трава.", ("Велика Вільшанка",)),
        ("Біля села Кам'янки Фастівського району загорілася суха трава.", ("Кам'янка",)),
    ],
)
def test_a_village_of_two_words_near_which_it_happened(
    sentence: str, places: tuple[str, ...]
) -> None:
    event = only(uanews.parse(f"Надзвичайна подія\n\n{sentence}"))
    assert (event.kind, event.places) == (EventKind.INCIDENT, places)


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        ("Уламками поранено трьох людей. Ще п'ятеро дістали травми під час евакуації.", None, 8),
        ("Загинули дві людини. Ще одна людина померла в лікарні.", 3, None),
        ("Загинули двоє людей. Ще шестеро поранені.", 2, 6),
    ],
)
def test_a_sentence_of_more_victims_adds_to_the_sentences_before(
    body: str, killed: int | None, injured: int | None
) -> None:
    event = only(uanews.parse(f"Удар по Херсону\n\nРосійська армія обстріляла Херсон. {body}"))
    assert (event.killed, event.injured) == (killed, injured)


def test_a_russian_sentence_of_more_victims_adds_to_the_sentences_before() -> None:
    item = uanews.parse(
        "Удар по Херсону\n\nРоссийская армия обстреляла Херсон. Ранены три человека."
        " Еще двое получили травмы."
    )
    assert only(item).injured == 5
