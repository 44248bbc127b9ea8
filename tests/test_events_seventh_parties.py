"""Parties and announcements of events (seventh pass), in Ukrainian and Russian.

- those who took part in the meeting named by its noun (``У нараді також взяли участь X``,
  ``В совещании приняли участие X``) are the meeting's parties however far back it was told;
  a sentence of those who took part that names no meeting keeps the old reach;
- the speaker of words said at an event (``«...», – сказав на відкритті X``, ``— отметила во
  время совещания X``) is a party of the latest event of that kind; those the words name are
  not, nor a speaker whose words only comment on it;
- an organisation opening its sentence that does something from a coming day (``АТ X з 1
  березня запускає ...``, ``АО X с 1 марта повышает ...``) announces it;
- a day declared one of mourning (``оголосила 3 березня днем жалоби``, ``объявил ... днем
  траура``) is an announcement;
- a sentence that opens with the court (``Суд призначив ...``) after a court's ruling goes on
  with that ruling however far back: a verdict and its sentence are one decision;
- an interview's questions (``Скільки підстанцій постраждало?``) and answers tell no damage of a
  strike; words quoted after a narrated strike still give its casualties;
- weapons fired at a target (``випустив по Конотопу п'ять ракет``, ``выпустили две мины по
  ...``) are a strike; weapons a plant made (``випустив 100 дронів``) are not;
- the enemy's artillery (``ворожа артилерія``, ``российская артиллерия``) is the attacker;
- a flash of gas in a mine (``спалах метану``, ``вспышка метана``) is an explosion, an
  outbreak of a disease (``спалах кору``) is not.

Every text here was written for these tests in the style of Ukrainian news; none is taken from
any corpus.
"""

from __future__ import annotations

import uanews
from event_support import event_names, events_of
from uanews.model import EventKind

_MEETING_JOINED = (
    (
        (
            "Мер Вербівки Остап Кобзар провів нараду з керівниками комунальних підприємств.\n\n"
            "Учасники обговорили ремонт доріг після зими.\n\n"
            "За словами міського голови, роботи почнуть у квітні.\n\n"
            "«Ми маємо встигнути до осені», – сказав Кобзар.\n\n"
            "У нараді також взяли участь директор КП «Водолій» Ничипір Гаркуша та депутатка"
            " Ірина Соловей."
        ),
        ("Ничипір Гаркуша", "Ірина Соловей"),
    ),
    (
        (
            "Голова Ясенівської громади Леся Кравчук зустрілася з аграріями.\n\n"
            "Йшлося про оренду земель і ремонт польових доріг.\n\n"
            "Фермери попросили громаду відремонтувати міст через Тясмин.\n\n"
            "На зустрічі були присутні староста Пилип Рудь і директор агрофірми Ганна Шевчик."
        ),
        ("Пилип Рудь", "Ганна Шевчик"),
    ),
    (
        (
            "Губернатор Степан Гайчук провел рабочую встречу с руководством компании"
            " «Лесопродукт».\n\n"
            "Говорили о поставках древесины для восстановления школ.\n\n"
            "Компания пообещала увеличить поставки весной.\n\n"
            "«Мы готовы помогать», — отметил Гайчук.\n\n"
            "Участие во встрече также приняли заместитель губернатора Инна Рогоза и директор фонда"
            " Павел Мирошник."
        ),
        ("Инна Рогоза", "Павел Мирошник"),
    ),
    (
        (
            "Глава Озерной громады Виктор Лозко провел совещание с директорами школ.\n\n"
            "Речь шла о подготовке укрытий к новому учебному году.\n\n"
            "По данным громады, готовы 12 укрытий из 15.\n\n"
            "В совещании приняли участие начальник отдела образования Зоя Гуменюк и инженер"
            " Олег Бровко."
        ),
        ("Зоя Гуменюк", "Олег Бровко"),
    ),
)


def test_those_who_took_part_in_the_named_meeting_are_its_parties_however_far_back() -> None:
    for text, joined in _MEETING_JOINED:
        item = uanews.parse(text)
        (meeting,) = events_of(item, EventKind.MEETING)
        names = event_names(item, meeting)
        for name in joined:
            assert name in names, (name, names)


def test_those_who_took_part_without_a_meeting_noun_keep_the_old_reach() -> None:
    item = uanews.parse(
        "Мер Вербівки Остап Кобзар провів нараду з керівниками комунальних підприємств.\n\n"
        "Учасники обговорили ремонт доріг після зими.\n\n"
        "За словами міського голови, роботи почнуть у квітні.\n\n"
        "«Ми маємо встигнути до осені», – сказав Кобзар.\n\n"
        "У суботньому толоці взяли участь директор КП «Водолій» Ничипір Гаркуша та депутатка"
        " Ірина Соловей."
    )
    (meeting,) = events_of(item, EventKind.MEETING)
    assert "Ничипір Гаркуша" not in event_names(item, meeting)


_SPOKEN_AT = (
    (
        (
            "У Тульчині відкрили новий стадіон\n\n"
            "У неділю в Тульчині відкрили відремонтований стадіон на 2 тисячі місць.\n\n"
            "Ремонт тривав рік і коштував 30 мільйонів гривень.\n\n"
            "«Тепер нашим дітям є де тренуватися. Дякуємо фонду «Світанок» за підтримку», – сказав"
            " на відкритті селищний голова Назар Білик."
        ),
        EventKind.PRESENTATION,
        "Назар Білик",
    ),
    (
        (
            "В Озерном открыли пункт несокрушимости\n\n"
            "В понедельник в Озерном открыли пункт несокрушимости с генератором.\n\n"
            "Пункт рассчитан на 60 человек.\n\n"
            "«Здесь можно согреться и зарядить телефон», — отметила во время церемонии открытия"
            " староста Алла Дерев'янко."
        ),
        EventKind.PRESENTATION,
        "Алла Дерев'янко",
    ),
    (
        (
            "Голова громади Ігор Сабадаш провів нараду з керівниками шкіл.\n\n"
            "Обговорили підготовку укриттів.\n\n"
            "«Кожна школа повинна мати генератор до зими», – наголосила під час наради начальниця"
            " відділу освіти Оксана Литвин."
        ),
        EventKind.MEETING,
        "Оксана Литвин",
    ),
    (
        (
            "Глава громады Игорь Сабадаш провел совещание с директорами школ.\n\n"
            "Обсудили подготовку укрытий.\n\n"
            "«Каждая школа должна иметь генератор», — подчеркнул после совещания заместитель главы"
            " Роман Гринь."
        ),
        EventKind.MEETING,
        "Роман Гринь",
    ),
)


def test_the_speaker_of_words_said_at_the_event_is_its_party() -> None:
    for text, kind, speaker in _SPOKEN_AT:
        item = uanews.parse(text)
        (event,) = events_of(item, kind)
        assert speaker in event_names(item, event), text


def test_those_the_words_name_are_no_parties_of_the_event() -> None:
    item = uanews.parse(_SPOKEN_AT[0][0])
    (opening,) = events_of(item, EventKind.PRESENTATION)
    assert not any("Світанок" in name for name in event_names(item, opening))


def test_words_with_no_setting_or_only_about_the_event_add_no_party() -> None:
    for text, absent in (
        (
            (
                "У Тульчині відкрили новий стадіон\n\n"
                "У неділю в Тульчині відкрили відремонтований стадіон на 2 тисячі місць.\n\n"
                "«Тепер нашим дітям є де тренуватися», – сказав селищний голова Назар Білик,"
                " коментуючи відкриття."
            ),
            "Назар Білик",
        ),
        (
            (
                "Голова громади Ігор Сабадаш провів нараду з керівниками шкіл.\n\n"
                "«Кожна школа повинна мати генератор до зими», – наголосила начальниця відділу"
                " освіти Оксана Литвин."
            ),
            "Оксана Литвин",
        ),
    ):
        item = uanews.parse(text)
        (event,) = item.events
        assert absent not in event_names(item, event), text


def test_words_said_at_a_meeting_no_sentence_told_make_no_event() -> None:
    item = uanews.parse(
        "Синоптики прогнозують сніг у вихідні.\n\n"
        "«Раніше ми говорили про це на нараді», – сказала мерка Ольга Кобзар."
    )
    assert not item.events


def test_an_organisation_that_changes_something_from_a_coming_day_announces_it() -> None:
    for text, body in (
        (
            "ТОВ «Коростеньгаз» з 1 березня запускає онлайн-кабінет для побутових споживачів.",
            "Коростеньгаз",
        ),
        (
            (
                "Уманський аграрний коледж з 10 лютого і до кінця сесії переводить заняття"
                " в дистанційний формат."
            ),
            "коледж",
        ),
        (
            "АО «Лубнытеплосеть» с 1 марта повышает абонентскую плату для горожан.",
            "Лубнытеплосеть",
        ),
        ("КП «Водоканал» с 5 апреля откроет еще два пункта водоснабжения.", "Водоканал"),
    ):
        item = uanews.parse(text)
        (announcement,) = events_of(item, EventKind.ANNOUNCEMENT)
        assert any(body in name for name in event_names(item, announcement)), text


def test_a_coming_day_without_an_organisation_first_or_a_past_year_is_no_announcement() -> None:
    for text in (
        "З 1 березня в Житомирі діє нова схема руху маршруток.",
        "ТОВ «Коростеньгаз» з 2019 року працює в обласному центрі.",
        "За даними ТОВ «Коростеньгаз», з 1 березня тарифи діють для всіх споживачів.",
        "АО «Лубнытеплосеть» с 1 марта 2021 года обслуживает весь город.",
    ):
        item = uanews.parse(text)
        assert not events_of(item, EventKind.ANNOUNCEMENT), text


def test_a_day_declared_one_of_mourning_is_an_announcement() -> None:
    for text in (
        "Гайсинська міська рада оголосила 3 березня днем жалоби в громаді.",
        "Міський голова Гайсина Петро Ковальчук оголосив 3 та 4 березня днями жалоби.",
        (
            "Городской совет Звенигородки объявил 12 марта днем траура по погибшим. Об этом"
            " сообщили в горсовете."
        ),
    ):
        item = uanews.parse(text)
        assert events_of(item, EventKind.ANNOUNCEMENT), text


def test_an_air_alert_or_a_mourning_mentioned_is_no_announcement() -> None:
    for text in (
        "У Гайсині оголосили повітряну тривогу.",
        "Жителі Гайсина вшанували загиблих у день жалоби.",
    ):
        item = uanews.parse(text)
        assert not events_of(item, EventKind.ANNOUNCEMENT), text


_COURT_VERDICT_UK = (
    "Суд у Хмільнику засудив колишнього посадовця\n\n"
    "Хмільницький міськрайонний суд визнав винним колишнього заступника директора комунального"
    " підприємства в розтраті коштів.\n\n"
    "За даними слідства, у 2023 році посадовець привласнив 800 тисяч гривень, виділених на"
    " ремонт дахів.\n\n"
    "Суд призначив обвинуваченому п'ять років ув'язнення."
)
_COURT_VERDICT_RU = (
    "Суд в Хмельнике осудил бывшего чиновника\n\n"
    "Ленинский районный суд Хмельника признал виновным бывшего заместителя директора"
    " коммунального предприятия в растрате средств.\n\n"
    "По данным следствия, в 2023 году чиновник присвоил 800 тысяч гривен, выделенных на"
    " ремонт крыш.\n\n"
    "Суд назначил обвиняемому пять лет заключения."
)


def test_a_courts_sentence_told_later_is_its_verdicts_ruling() -> None:
    for text in (_COURT_VERDICT_UK, _COURT_VERDICT_RU):
        item = uanews.parse(text)
        assert len(events_of(item, EventKind.ANNOUNCEMENT)) == 1, text


def test_a_later_dated_ruling_or_another_body_is_a_decision_of_its_own() -> None:
    for text in (
        _COURT_VERDICT_UK.replace("Суд призначив", "У березні 2025 року суд призначив"),
        _COURT_VERDICT_UK.replace(
            "Суд призначив обвинуваченому п'ять років ув'язнення.",
            "Вінницька міська рада ухвалила програму ремонту дахів на наступний рік.",
        ),
    ):
        item = uanews.parse(text)
        assert len(events_of(item, EventKind.ANNOUNCEMENT)) == 2, text


_INTERVIEW = (
    "«Ремонт мереж триватиме до весни»: інтерв'ю з директором «Смілаобленерго»\n\n"
    "Директор АТ «Смілаобленерго» Віктор Лавренюк розповів, як компанія відновлює мережі після"
    " обстрілів.\n\n"
    "Скільки підстанцій постраждало цього року?\n\n"
    "— Пошкоджень зазнали 18 підстанцій, три з них зруйновані повністю. Найбільше постраждали"
    " Золотоніський і Уманський райони.\n\n"
    "Чи будуть відключення взимку?\n\n"
    "— Якщо не буде масованих ударів, графіки будуть коротші."
)


def test_damage_in_an_interviews_questions_and_answers_tells_no_strike() -> None:
    for text in (
        _INTERVIEW,
        _INTERVIEW.replace("Скільки підстанцій постраждало цього року?", "Які втрати мережі?"),
    ):
        item = uanews.parse(text)
        assert not events_of(item, EventKind.ATTACK), text


def test_casualties_in_words_quoted_after_a_narrated_strike_still_count() -> None:
    item = uanews.parse(
        "Росіяни вдарили по Смілі\n\n"
        "Уночі російські дрони атакували Смілу.\n\n"
        "«Пошкоджено дві багатоповерхівки, поранено трьох людей», – повідомив голова ОВА"
        " Ігор Табурець."
    )
    (attack,) = events_of(item, EventKind.ATTACK)
    assert attack.injured == 3


def test_weapons_fired_at_a_target_are_a_strike() -> None:
    for text, place in (
        ("Вночі ворог випустив по Конотопу п'ять ракет.", "Конотоп"),
        ("Окупанти випустили три міни по околиці Ямполя.", "Ямпіль"),
        ("Ночью враг выпустил по Конотопу пять ракет.", "Конотоп"),
        ("Оккупанты выпустили три мины по окраине Ямполя.", "Ямполь"),
    ):
        item = uanews.parse(text)
        (attack,) = events_of(item, EventKind.ATTACK)
        assert place in attack.places, (text, attack.places)


def test_weapons_made_or_a_target_without_a_weapon_are_no_strike() -> None:
    for text in (
        "Завод випустив 100 дронів для аграріїв.",
        "Компанія випустила 20 дронів по замовленню армії.",
        "Завод выпустил 100 дронов по заказу Минобороны.",
        "Видавництво випустило по одному примірнику книжки для кожної бібліотеки.",
    ):
        item = uanews.parse(text)
        assert not events_of(item, EventKind.ATTACK), text


def test_the_enemys_artillery_is_the_attacker() -> None:
    for text, attacker in (
        ("Ворожа артилерія вранці обстріляла Ямпіль.", "ворожа артилерія"),
        ("Російська артилерія обстріляла околиці Ямполя.", "російська артилерія"),
        ("Вражеская артиллерия утром обстреляла Ямполь.", "вражеская артиллерия"),
    ):
        item = uanews.parse(text)
        (attack,) = events_of(item, EventKind.ATTACK)
        assert attacker in event_names(item, attack), text


def test_an_artillery_not_the_enemys_is_no_attacker() -> None:
    item = uanews.parse("Українська артилерія вранці обстріляла позиції окупантів біля Ямполя.")
    for attack in events_of(item, EventKind.ATTACK):
        assert not any("артилерія" in name for name in event_names(item, attack))


def test_a_flash_of_gas_in_a_mine_is_an_explosion() -> None:
    for text in (
        "На шахті «Степова» в Червонограді стався спалах метану, двоє гірників отримали опіки.",
        "На шахте «Степная» в Червонограде произошла вспышка метана, двое горняков получили ожоги.",
    ):
        item = uanews.parse(text)
        (incident,) = events_of(item, EventKind.INCIDENT)
        assert incident.injured == 2, text


def test_an_outbreak_of_a_disease_is_no_explosion() -> None:
    for text in (
        "Спалах кору в Бродах: захворіли 20 дітей.",
        "Вспышка кори в Бродах: заболели 20 детей.",
    ):
        item = uanews.parse(text)
        assert not events_of(item, EventKind.INCIDENT), text
