"""Event constructions of Russian-language reports (and the matching Ukrainian ones), issue 15.

Casualty words that describe a thing, not people; events inside reported speech; a second
event told in a closing paragraph (``Накануне``); follow-up sentences of one emergency;
participants named in a later sentence of the same event.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import event_names, only_event
from uanews.model import Event, EventKind, NewsItem


def test_russian_damaged_building_counts_no_casualties() -> None:
    item = uanews.parse(
        "Пожар в многоэтажке в Кременчуге\n\n"
        "Вечером 3 апреля в Кременчуге загорелась квартира на седьмом этаже жилого дома."
        " Спасатели вывели из пострадавшей многоэтажки еще девятерых человек."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert (event.killed, event.injured) == (None, None)


def test_ukrainian_damaged_building_counts_no_casualties() -> None:
    item = uanews.parse(
        "Пожежа в багатоповерхівці в Кременчуці\n\n"
        "Увечері 3 квітня в Кременчуці загорілася квартира на сьомому поверсі житлового будинку."
        " Рятувальники вивели з постраждалого будинку ще дев'ятьох мешканців."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert (event.killed, event.injured) == (None, None)


def test_casualty_word_before_people_still_counts() -> None:
    item = uanews.parse(
        "Пожар в многоэтажке в Кременчуге\n\n"
        "Вечером 3 апреля в Кременчуге загорелась квартира на седьмом этаже жилого дома."
        " Пострадавших жильцов трое, их госпитализировали."
    )
    assert only_event(item, EventKind.INCIDENT).injured == 3


_SIGNED = (
    "Житомир и Люблин подписали меморандум о сотрудничестве\n\n"
    "Городской голова Житомира Сергей Сухомлин и мэр Люблина Кшиштоф Жук 12 июня подписали"
    " меморандум о сотрудничестве в сфере образования.\n\n"
)


def test_russian_event_inside_reported_speech_is_no_second_event() -> None:
    item = uanews.parse(
        _SIGNED + "Как сообщили в мэрии, меморандум подписали на пять лет, а первые обмены"
        " студентами пройдут осенью."
    )
    event = only_event(item, EventKind.AGREEMENT)
    assert event_names(item, event) == ["Сергей Сухомлин", "Кшиштоф Жук"]


def test_ukrainian_event_inside_reported_speech_is_no_second_event() -> None:
    item = uanews.parse(
        _SIGNED + "Як повідомили у міській раді, меморандум підписали на п'ять років, а перші"
        " обміни студентами відбудуться восени."
    )
    event = only_event(item, EventKind.AGREEMENT)
    assert event_names(item, event) == ["Сергей Сухомлин", "Кшиштоф Жук"]


def test_content_before_a_trailing_cue_is_the_reports_narration() -> None:
    item = uanews.parse(
        "Дроны атаковали Запорожье\n\n"
        "В ночь на 9 мая российская армия атаковала Запорожье беспилотниками, в Александровском"
        " районе повреждены два дома, сообщил глава ОВА Иван Федоров."
    )
    event = only_event(item, EventKind.ATTACK)
    assert event.places == ("Запорожье", "Александровский район")
    assert event_names(item, event) == ["российская армия"]


def test_fire_cause_in_reported_words_keeps_the_fire_apart_from_the_strike() -> None:
    item = uanews.parse(
        "Ночная атака на Запорожье\n\n"
        "В ночь на 9 мая российская армия атаковала Запорожье беспилотниками, в Александровском"
        " районе повреждены два дома, сообщил глава ОВА Иван Федоров.\n\n"
        "Кроме того, утром в Мелитопольском районе загорелся склад с зерном. По данным ГСЧС,"
        " причиной пожара стало короткое замыкание электропроводки."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Мелитопольский район",)
    assert "Мелитопольский район" not in only_event(item, EventKind.ATTACK).places


def test_ukrainian_fire_cause_in_reported_words_keeps_the_fire_apart() -> None:
    item = uanews.parse(
        "Нічна атака на Запоріжжя\n\n"
        "У ніч на 9 травня російська армія атакувала Запоріжжя безпілотниками, в Олександрівському"
        " районі пошкоджено два будинки, повідомив голова ОВА Іван Федоров.\n\n"
        "Крім того, вранці в Мелітопольському районі загорівся склад із зерном. За даними ДСНС,"
        " причиною пожежі стало коротке замикання електропроводки."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Мелітопольський район",)


def test_russian_strike_of_the_day_before_in_a_closing_paragraph_is_a_second_attack() -> None:
    item = uanews.parse(
        "Дроны атаковали Николаев\n\n"
        "В ночь на 14 марта российские беспилотники атаковали Николаев. В Центральном районе"
        " повреждены два частных дома, пострадал мужчина.\n\n"
        "Накануне вечером российская армия обстреляла Очаков из артиллерии. Там ранены две"
        " женщины, повреждены магазин и автомобили."
    )
    attacks = [event for event in item.events if event.kind is EventKind.ATTACK]
    assert [event.places for event in attacks] == [
        ("Николаев", "Центральный район"),
        ("Очаков",),
    ]
    assert [(event.date, event.injured) for event in attacks][1] == (None, 2)
    assert attacks[0].injured == 1
    assert event_names(item, attacks[1]) == ["российская армия"]


def test_ukrainian_strike_of_the_day_before_in_a_closing_paragraph_is_a_second_attack() -> None:
    item = uanews.parse(
        "Нічна атака на Миколаїв\n\n"
        "У ніч на 14 березня російські безпілотники атакували Миколаїв. У Центральному районі"
        " пошкоджено два приватні будинки, постраждав чоловік.\n\n"
        "Напередодні ввечері російська армія обстріляла Очаків з артилерії. Там поранено двох"
        " жінок, пошкоджено магазин і автомобілі."
    )
    attacks = [event for event in item.events if event.kind is EventKind.ATTACK]
    assert [event.places for event in attacks] == [
        ("Миколаїв", "Центральний район"),
        ("Очаків",),
    ]
    assert attacks[1].date is None


def test_a_closing_paragraph_with_no_earlier_time_tells_the_same_attack() -> None:
    item = uanews.parse(
        "Дроны атаковали Николаев\n\n"
        "В ночь на 14 марта российские беспилотники атаковали Николаев. В Центральном районе"
        " повреждены два частных дома, пострадал мужчина.\n\n"
        "Также российская армия обстреляла Очаков из артиллерии. Там ранены две женщины."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Николаев", "Центральный район", "Очаков")


def test_two_accidents_on_two_days_are_two_incidents() -> None:
    item = uanews.parse(
        "На трассе под Полтавой столкнулись грузовик и автобус\n\n"
        "Утром 20 августа на трассе Киев – Харьков возле Полтавы произошло ДТП: грузовик"
        " столкнулся с рейсовым автобусом, пострадали пять пассажиров.\n\n"
        "Накануне в Миргороде произошло еще одно ДТП: легковой автомобиль сбил пешехода,"
        " мужчина погиб на месте."
    )
    incidents = [event for event in item.events if event.kind is EventKind.INCIDENT]
    assert len(incidents) == 2, item.events
    assert (incidents[1].place, incidents[1].killed) == ("Миргород", 1)
    assert incidents[0].killed is None


def _announcement(item: NewsItem) -> Event:
    return only_event(item, EventKind.ANNOUNCEMENT)


def test_russian_council_supports_an_action_noun_as_its_decision() -> None:
    item = uanews.parse(
        "В Черкассах переименуют еще 12 улиц\n\n"
        "Черкасский городской совет 14 мая поддержал переименование двенадцати улиц, названных"
        " в честь советских деятелей."
    )
    event = _announcement(item)
    assert event_names(item, event) == ["Черкасский городской совет"]
    assert (event.date.month, event.date.day) == (5, 14)


def test_ukrainian_council_supports_an_action_noun_as_its_decision() -> None:
    item = uanews.parse(
        "Сесія міськради у Миколаєві\n\n"
        "Миколаївська міська рада у четвер підтримала перейменування восьми вулиць"
        " Центрального району."
    )
    assert event_names(item, _announcement(item)) == ["Миколаївська міська рада"]


def test_support_of_people_or_an_initiative_decides_nothing() -> None:
    for text in (
        (
            "Горсовет поддержал ветеранов\n\n"
            "Одесский городской совет поддержал ветеранов, которые вернулись с фронта."
        ),
        "Міськрада підтримала ініціативу\n\nОдеська міська рада підтримала ініціативу мешканців.",
    ):
        item = uanews.parse(text)
        assert not [e for e in item.events if e.kind is EventKind.ANNOUNCEMENT], text


def test_council_deputies_vote_for_an_allocation() -> None:
    item = uanews.parse(
        "Сессия горсовета в Николаеве\n\n"
        "Депутаты Николаевского городского совета в четверг проголосовали за выделение"
        " 20 миллионов гривен на ремонт укрытий в школах."
    )
    assert "Николаевский городской совет" in event_names(item, _announcement(item))


def test_russian_those_who_took_part_in_the_ceremony_are_participants() -> None:
    item = uanews.parse(
        "В Ирпене открыли новый мост через реку\n\n"
        "В Ирпене 22 августа открыли после восстановления мост через реку Ирпень на улице"
        " Университетской.\n\n"
        "В церемонии приняли участие министр развития общин Алексей Кулеба и городской голова"
        " Ирпеня Александр Маркушин."
    )
    assert event_names(item, only_event(item, EventKind.PRESENTATION)) == [
        "Алексей Кулеба",
        "Александр Маркушин",
    ]


def test_ukrainian_those_who_took_part_in_the_ceremony_are_participants() -> None:
    item = uanews.parse(
        "В Ірпені відкрили новий міст через річку\n\n"
        "В Ірпені 22 серпня відкрили після відновлення міст через річку Ірпінь на вулиці"
        " Університетській.\n\n"
        "У церемонії взяли участь міністр розвитку громад Олексій Кулеба та міський голова"
        " Ірпеня Олександр Маркушин."
    )
    assert event_names(item, only_event(item, EventKind.PRESENTATION)) == [
        "Олексій Кулеба",
        "Олександр Маркушин",
    ]


def test_russian_the_one_who_came_along_is_a_participant_of_the_visit() -> None:
    item = uanews.parse(
        "Министр образования посетил Харьков\n\n"
        "Министр образования и науки Оксен Лисовой 3 октября посетил Харьков.\n\n"
        "Вместе с городским головой Игорем Тереховым министр осмотрел подземную школу в"
        " Индустриальном районе."
    )
    assert event_names(item, only_event(item, EventKind.VISIT)) == [
        "Оксен Лисовой",
        "Игорь Терехов",
    ]


def test_a_participation_sentence_far_from_the_event_adds_nobody() -> None:
    item = uanews.parse(
        "Министр образования посетил Харьков\n\n"
        "Министр образования и науки Оксен Лисовой 3 октября посетил Харьков.\n\n"
        "В городе продолжают восстанавливать школы после обстрелов.\n\n"
        "Всего в Харькове учатся более ста тысяч школьников.\n\n"
        "В марафоне в парке Горького приняли участие ректор университета Иван Петренко и"
        " спортсмены."
    )
    assert event_names(item, only_event(item, EventKind.VISIT)) == ["Оксен Лисовой"]


def test_russian_opened_lyceum_is_no_participant_and_the_openers_are() -> None:
    item = uanews.parse(
        "В Днепре открыли новый лицей\n\n"
        "В Днепре 1 сентября после капитального ремонта открыли лицей № 23.\n\n"
        "Новый корпус лицея открыли городской голова Борис Филатов и директор учреждения Ольга"
        " Гречко."
    )
    event = only_event(item, EventKind.PRESENTATION)
    assert event_names(item, event) == ["Борис Филатов", "Ольга Гречко"]
    assert event.date is not None
    assert (event.date.month, event.date.day) == (9, 1)


def test_ukrainian_opened_lyceum_is_no_participant() -> None:
    item = uanews.parse(
        "У Дніпрі відкрили новий ліцей\n\n"
        "У Дніпрі 1 вересня після капітального ремонту відкрили ліцей № 23.\n\n"
        "Новий корпус ліцею відкрили міський голова Борис Філатов і директорка закладу Ольга"
        " Гречко."
    )
    event = only_event(item, EventKind.PRESENTATION)
    assert event_names(item, event) == ["Борис Філатов", "Ольга Гречко"]


def test_the_lyceums_director_who_opened_a_hall_is_a_participant() -> None:
    item = uanews.parse(
        "Директор лицея Анна Мороз открыла новый спортзал\n\n"
        "В Виннице 2 сентября директор лицея № 7 Анна Мороз открыла новый спортивный зал."
    )
    assert "Анна Мороз" in event_names(item, only_event(item, EventKind.PRESENTATION))


def test_a_dated_opening_in_the_next_paragraph_is_another_opening() -> None:
    item = uanews.parse(
        "В Днепре открыли новый лицей\n\n"
        "В Днепре 1 сентября после капитального ремонта открыли лицей № 23.\n\n"
        "А 5 сентября в Новокодакском районе открыли новую амбулаторию семейной медицины."
    )
    openings = [e for e in item.events if e.kind is EventKind.PRESENTATION]
    assert len(openings) == 2, item.events


def _incidents(item: NewsItem) -> list[Event]:
    return [event for event in item.events if event.kind is EventKind.INCIDENT]


def test_russian_another_accident_is_a_second_incident() -> None:
    item = uanews.parse(
        "Два ДТП на Житомирщине: погиб водитель\n\n"
        "Утром 20 августа на трассе под Житомиром грузовик столкнулся с легковым автомобилем,"
        " погиб водитель легковушки.\n\n"
        "Еще одно ДТП произошло в Бердичеве: автомобиль сбил пешехода, мужчину"
        " госпитализировали."
    )
    assert [(event.place, event.killed) for event in _incidents(item)] == [
        ("Житомир", 1),
        ("Бердичев", None),
    ]


def test_ukrainian_another_accident_is_a_second_incident() -> None:
    item = uanews.parse(
        "Дві ДТП на Житомирщині: загинув водій\n\n"
        "Вранці 20 серпня на трасі під Житомиром вантажівка зіткнулася з легковим автомобілем,"
        " загинув водій легковика.\n\n"
        "Ще одна ДТП сталася в Бердичеві: автомобіль збив пішохода, чоловіка госпіталізували."
    )
    assert [event.place for event in _incidents(item)] == ["Житомир", "Бердичів"]


def test_one_more_casualty_is_no_second_strike() -> None:
    item = uanews.parse(
        "Обстрел Херсона\n\n"
        "Утром 4 июля российская армия обстреляла Херсон из артиллерии, погибла женщина.\n\n"
        "Во время обстрела ранен еще один человек, его доставили в больницу."
    )
    event = only_event(item, EventKind.ATTACK)
    assert (event.killed, event.injured) == (1, 1)


def test_russian_collapse_told_in_the_paragraph_after_a_gas_explosion_is_the_same() -> None:
    item = uanews.parse(
        "Взрыв газа в многоэтажке в Днепре\n\n"
        "Вечером 2 декабря в Днепре на улице Калиновой в девятиэтажном доме произошел взрыв"
        " газа, погибли двое жильцов.\n\n"
        "В результате обрушения перекрытий между третьим и пятым этажами под завалами оказались"
        " еще трое людей, их извлекли спасатели."
    )
    assert [(event.place, event.killed) for event in _incidents(item)] == [("Днепр", 2)]


def test_ukrainian_collapse_told_in_the_paragraph_after_a_gas_explosion_is_the_same() -> None:
    item = uanews.parse(
        "Вибух газу в багатоповерхівці у Дніпрі\n\n"
        "Увечері 2 грудня у Дніпрі на вулиці Калиновій у дев'ятиповерховому будинку стався"
        " вибух газу, загинули двоє мешканців.\n\n"
        "Внаслідок обвалу перекриттів між третім і п'ятим поверхами під завалами опинилися ще"
        " троє людей, їх дістали рятувальники."
    )
    assert [event.place for event in _incidents(item)] == ["Дніпро"]


def test_a_collapse_two_paragraphs_after_an_explosion_is_its_own() -> None:
    item = uanews.parse(
        "Взрыв газа в многоэтажке в Днепре\n\n"
        "Вечером 2 декабря в Днепре на улице Калиновой в девятиэтажном доме произошел взрыв"
        " газа, погибли двое жильцов.\n\n"
        "Жильцов соседних домов временно отселили.\n\n"
        "А в Кривом Роге 2 декабря обрушилась крыша заброшенного цеха, никто не пострадал."
    )
    assert len(_incidents(item)) == 2, item.events


def test_russian_aviation_of_the_lead_is_an_attacker_beside_the_headlines() -> None:
    item = uanews.parse(
        "Армия РФ ударила по Харькову\n\n"
        "Утром 5 мая российская авиация сбросила на Харьков две управляемые авиабомбы,"
        " повреждены дома."
    )
    assert event_names(item, only_event(item, EventKind.ATTACK)) == [
        "армия РФ",
        "российская авиация",
    ]


def test_ukrainian_aviation_of_the_lead_is_an_attacker() -> None:
    item = uanews.parse(
        "Удар по Харкову\n\n"
        "Вранці 5 травня ворожа авіація скинула на Харків дві керовані авіабомби, пошкоджено"
        " будинки."
    )
    assert event_names(item, only_event(item, EventKind.ATTACK)) == ["ворожа авіація"]


def test_russian_none_killed_or_injured_takes_no_rescued_count() -> None:
    item = uanews.parse(
        "Пожар в общежитии в Полтаве\n\n"
        "Вечером 3 апреля в Полтаве загорелось общежитие на улице Шевченко. Из горящего здания"
        " спасатели вывели 12 жильцов, еще девятерых, погибших и пострадавших нет."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert (event.killed, event.injured) == (0, 0)


def test_ukrainian_none_killed_or_injured_takes_no_rescued_count() -> None:
    item = uanews.parse(
        "Пожежа в гуртожитку в Полтаві\n\n"
        "Увечері 3 квітня в Полтаві загорівся гуртожиток на вулиці Шевченка. З палаючої будівлі"
        " рятувальники вивели 12 мешканців, ще дев'ятьох, загиблих і постраждалих немає."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert (event.killed, event.injured) == (0, 0)


def test_a_denied_count_leaves_the_other_counted() -> None:
    item = uanews.parse(
        "Обстрел Херсона\n\n"
        "Утром 4 июля российская армия обстреляла Херсон из артиллерии. Погибли двое,"
        " пострадавших нет."
    )
    event = only_event(item, EventKind.ATTACK)
    assert (event.killed, event.injured) == (2, 0)


def test_russian_none_killed_stated_apart_is_zero_and_the_injured_are_counted() -> None:
    item = uanews.parse(
        "В Умани взорвался газ\n\n"
        "Утром 22 ноября в Умани в квартире на пятом этаже произошел взрыв газа. Погибших"
        " нет. Пострадали два человека."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert (event.killed, event.injured) == (0, 2)


def test_ukrainian_none_killed_stated_apart_is_zero_and_the_injured_are_counted() -> None:
    item = uanews.parse(
        "В Умані вибухнув газ\n\n"
        "Уранці 22 листопада в Умані у квартирі на п'ятому поверсі стався вибух газу. Загиблих"
        " немає. Постраждали дві людини."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert (event.killed, event.injured) == (0, 2)
