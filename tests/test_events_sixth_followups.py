"""Follow-up sentences, one more strike and the parties of the sentences after an event.

Constructions of the sixth pass, each in Ukrainian and Russian:

- a paragraph that opens with a word of addition and another time of the day (``Крім того,
  вранці ...``, ``Кроме того, вечером ...``) tells one more strike, even on a place the lede
  named; a later time with a strike on a place the dictionary does not resolve is another
  strike too;
- an event told in the headline alone is the body's first event of its kind, however far into
  the body it comes (a signing told after the visit's paragraphs, a visit after a dateline).
- the guests as a sentence's subject (``Гості відвідали ...``) go on with the visit told;
  a date in a relative clause (``лікарню, яку торік оснастили``) is not the sentence's own.
- a strike word that a protection guards against (``захист складів від атак дронів``) is no
  strike; the parties' talks (``Сторони обговорили ...``, ``Стороны провели переговоры``) are a
  meeting of those who just came or met; the signed document opening a sentence (``Документ
  підписали X і Y``) names the signatories of the agreement told.
- a delegation staying in a city (``у Полтаві перебувала делегація``) is a visit; its
  colleagues (``Естонські колеги відвідали ...``) go on with it; the parties who sign in the
  lede (``За підсумками переговорів сторони підписали ...``) are those who met there.
- those at the opening ceremony (``У відкритті ліцею взяли участь X``) are the opening's
  parties however far back it was told, a bridge opened to traffic (``відкрили рух мостом``) is
  an opening, and those who made what was opened (``Його створили X і Y``) are its actors.
- those who sealed the document with their signatures (``Документ скріпили підписами X і Y``)
  are the signatories of the agreement told.
- in the parties' talks, what was discussed (``обговорили відбудову ліцею № 5``) is no party;
  the one talked with (``з керівництвом ДП X``) is.
- (review of the pass) every word of addition opens one more strike; a strike told again
  (``знову``, ``громаду``) stays one; a defence plant or a shelter struck, or ``від`` after a
  finite verb, is a strike; ``Також сторони ...`` keeps the talks' partners only; those who
  signed go with the headline's agreement; any form of the document noun opens the signing; a
  bare delegation before its verb goes on with its visit.

Every text here was written for these tests in the style of Ukrainian news; none is taken from
any corpus.
"""

from __future__ import annotations

import uanews
from event_support import event_names, events_of
from uanews.model import EventKind


def test_ukrainian_addition_and_morning_tell_one_more_strike_on_a_named_place() -> None:
    item = uanews.parse(
        "Ворог атакував Сумщину\n\n"
        "Уночі російські дрони атакували Конотоп і Шосткинську громаду, пошкоджено склад.\n\n"
        "Про це повідомила обласна військова адміністрація.\n\n"
        "Крім того, вранці окупанти обстріляли з мінометів Шосткинську громаду."
    )
    first, second = events_of(item, EventKind.ATTACK)
    assert "Конотоп" in first.places
    assert second.places == ("Шосткинська громада",)


def test_russian_addition_and_evening_tell_one_more_strike_on_a_named_place() -> None:
    item = uanews.parse(
        "Враг атаковал Сумщину\n\n"
        "Ночью российские дроны атаковали Конотоп и Шосткинскую громаду, поврежден склад.\n\n"
        "Об этом сообщила областная военная администрация.\n\n"
        "Кроме того, вечером оккупанты обстреляли из минометов Шосткинскую громаду."
    )
    first, second = events_of(item, EventKind.ATTACK)
    assert "Конотоп" in first.places
    assert second.places == ("Шосткинская громада",)


def test_every_word_of_addition_before_a_later_time_tells_one_more_strike() -> None:
    for text, place in (
        (
            (
                "Ворог атакував Чернігівщину\n\n"
                "Уночі російські дрони атакували Ічню і Бахмацьку громаду, пошкоджено елеватор.\n\n"
                "Про це повідомила обласна військова адміністрація.\n\n"
                "Окрім того, вдень окупанти обстріляли з артилерії Бахмацьку громаду."
            ),
            "Бахмацька громада",
        ),
        (
            (
                "Ворог атакував Чернігівщину\n\n"
                "Уночі російські дрони атакували Ічню і Бахмацьку громаду, пошкоджено елеватор.\n\n"
                "Про це повідомила обласна військова адміністрація.\n\n"
                "До того ж, увечері окупанти обстріляли з мінометів Бахмацьку громаду."
            ),
            "Бахмацька громада",
        ),
        (
            (
                "Враг атаковал Черниговщину\n\n"
                "Ночью российские дроны атаковали Ичню и Бахмачскую громаду, поврежден"
                " элеватор.\n\n"
                "Об этом сообщила областная военная администрация.\n\n"
                "Помимо того, днем оккупанты обстреляли из артиллерии Бахмачскую громаду."
            ),
            "Бахмачская громада",
        ),
        (
            (
                "Враг атаковал Черниговщину\n\n"
                "Ночью российские дроны атаковали Ичню и Бахмачскую громаду, поврежден"
                " элеватор.\n\n"
                "Об этом сообщила областная военная администрация.\n\n"
                "Помимо этого, вечером оккупанты обстреляли из минометов Бахмачскую громаду."
            ),
            "Бахмачская громада",
        ),
    ):
        attacks = events_of(uanews.parse(text), EventKind.ATTACK)
        assert len(attacks) == 2, text
        assert attacks[1].places == (place,), text


def test_the_same_place_struck_again_without_addition_stays_one_strike() -> None:
    item = uanews.parse(
        "Ворог атакував Сумщину\n\n"
        "Уночі російські дрони атакували Конотоп, пошкоджено склад.\n\n"
        "Про це повідомила обласна військова адміністрація.\n\n"
        "Вранці ворог знову обстріляв Конотоп."
    )
    assert len(events_of(item, EventKind.ATTACK)) == 1


def test_later_time_and_a_strike_on_an_unresolved_village_is_another_strike() -> None:
    for text in (
        (
            "Окупанти обстріляли Нікополь\n\n"
            "Уранці російська армія обстріляла з артилерії Нікополь, поранено двох людей.\n\n"
            "Про це повідомив голова ОВА.\n\n"
            "Увечері того ж дня ворог атакував дроном село Зозулівщина."
        ),
        (
            "Оккупанты обстреляли Никополь\n\n"
            "Утром российская армия обстреляла из артиллерии Никополь, ранены два человека.\n\n"
            "Об этом сообщил глава ОВА.\n\n"
            "Вечером того же дня российский дрон атаковал село Зозулевщина."
        ),
    ):
        attacks = events_of(uanews.parse(text), EventKind.ATTACK)
        assert len(attacks) == 2, text
        assert attacks[0].places == (attacks[0].place,)
        assert attacks[0].injured == 2


def test_a_later_strike_again_on_a_place_told_before_stays_one_strike() -> None:
    for text in (
        (
            "Окупанти обстріляли Чернігівщину\n\n"
            "Уночі ворог з артилерії обстріляв Корюківку, пошкоджено три будинки.\n\n"
            "Про це повідомила обласна військова адміністрація.\n\n"
            "Вранці окупанти знову обстріляли громаду, поранено електрика."
        ),
        (
            "Окупанти обстріляли Чернігівщину\n\n"
            "Уночі ворог з артилерії обстріляв Корюківку, пошкоджено три будинки.\n\n"
            "Про це повідомила обласна військова адміністрація.\n\n"
            "Вдень ворог атакував околиці міста дронами."
        ),
        (
            "Оккупанты обстреляли Черниговщину\n\n"
            "Ночью враг из артиллерии обстрелял Корюковку, повреждены три дома.\n\n"
            "Об этом сообщила областная военная администрация.\n\n"
            "Утром оккупанты снова обстреляли окраины, ранен электрик."
        ),
        (
            "Оккупанты обстреляли Черниговщину\n\n"
            "Ночью враг из артиллерии обстрелял Корюковку, повреждены три дома.\n\n"
            "Об этом сообщила областная военная администрация.\n\n"
            "Днем враг вновь атаковал город дронами."
        ),
    ):
        (attack,) = events_of(uanews.parse(text), EventKind.ATTACK)
        assert attack.place in {"Корюківка", "Корюковка"}, text


def test_ukrainian_headline_signing_is_the_body_signing_told_later() -> None:
    item = uanews.parse(
        "Полтава і Прешов підписали угоду про партнерство\n\n"
        "ПОЛТАВА. 3 березня до Полтави прибула делегація словацького міста Прешов на чолі з"
        " мером Томашем Гаваєм.\n\n"
        "Гості оглянули музей авіації та нову насосну станцію водоканалу.\n\n"
        "Наступного дня міський голова Полтави Олег Кириленко та Томаш Гавай підписали"
        " угоду про партнерство в галузі освіти."
    )
    (agreement,) = events_of(item, EventKind.AGREEMENT)  # the headline's and the body's: one
    assert {"Олег Кириленко", "Томаш Гавай"} <= set(event_names(item, agreement))


def test_russian_headline_visit_is_the_body_visit_after_a_dateline() -> None:
    item = uanews.parse(
        "Министр энергетики посетил Бурштынскую ТЭС\n\n"
        "Бурштын, 4 марта 2026 года\n\n"
        "Министр энергетики Украины Павел Гринчук вместе с послом Норвегии Хельге Осеном"
        " побывал на Бурштынской ТЭС."
    )
    assert len(events_of(item, EventKind.VISIT)) == 1


def test_a_second_body_event_after_the_headline_one_stays_apart() -> None:
    item = uanews.parse(
        "Черкаси підписали меморандум з Ополе\n\n"
        "Міський голова Черкас Анатолій Бондаренко 5 березня підписав меморандум з мером"
        " Ополе Арканюшем Вішневським.\n\n"
        "Окремо 6 березня міська рада уклала договір з компанією «Водотех»."
    )
    assert len(events_of(item, EventKind.AGREEMENT)) == 2


def test_guests_as_subject_go_on_with_the_visit_in_both_languages() -> None:
    for text in (
        (
            "До Вінниці прибула делегація Кельце\n\n"
            "6 березня до Вінниці з робочим візитом прибули представники польського міста Кельце"
            " на чолі з мером Мареком Вавжиняком.\n\n"
            "Гості відвідали обласний перинатальний центр та трамвайне депо."
        ),
        (
            "В Винницу прибыла делегация Кельце\n\n"
            "6 марта в Винницу с рабочим визитом прибыла делегация польского города Кельце во"
            " главе с мэром Мареком Вавжиняком.\n\n"
            "Гости посетили областной перинатальный центр и трамвайное депо."
        ),
    ):
        assert len(events_of(uanews.parse(text), EventKind.VISIT)) == 1, text


def test_a_date_in_a_relative_clause_leaves_the_also_visit_going_on() -> None:
    for text in (
        (
            "Ужгород відвідала делегація Мішкольца\n\n"
            "У вівторок Ужгород з робочим візитом відвідала делегація угорського міста"
            " Мішкольц.\n\n"
            "Делегацію зустрів міський голова Ужгорода Богдан Андріїв.\n\n"
            "Також гості побували в дитячій лікарні, де минулого року встановили нове"
            " обладнання."
        ),
        (
            "Ужгород посетила делегация Мишкольца\n\n"
            "Во вторник в Ужгород с рабочим визитом приехала делегация венгерского города"
            " Мишкольц.\n\n"
            "Делегацию встретил городской голова Ужгорода Богдан Андриив.\n\n"
            "Также гости побывали в детской больнице, где в прошлом году установили новое"
            " оборудование."
        ),
    ):
        assert len(events_of(uanews.parse(text), EventKind.VISIT)) == 1, text


def test_guests_of_another_kind_with_no_event_of_that_kind_stay_an_event() -> None:
    item = uanews.parse(
        "До Рівного прибули гості з Любліна\n\n"
        "Гості підписали з міською радою меморандум про співпрацю 7 березня."
    )
    assert len(events_of(item, EventKind.AGREEMENT)) == 1


def test_an_attack_word_guarded_against_is_no_strike() -> None:
    for text in (
        (
            "Мер Чорноморська відвідав порт\n\n"
            "Міський голова Чорноморська Василь Гуляєв 9 березня відвідав морський порт.\n\n"
            "Під час огляду сторони обговорили з дирекцією ДП «Чорноморський рибний порт»"
            " захист складів у Чорноморську від атак дронів."
        ),
        (
            "Мэр Черноморска посетил порт\n\n"
            "Городской голова Черноморска Василий Гуляев 9 марта посетил морской порт.\n\n"
            "Во время осмотра стороны обсудили с руководством ГП «Черноморский рыбный порт»"
            " защиту складов в Черноморске от атак дронов."
        ),
        (
            "Для ліцею облаштують укриття\n\n"
            "Виконком Бучі 2 березня ухвалив рішення облаштувати укриття для захисту учнів від"
            " обстрілів."
        ),
    ):
        item = uanews.parse(text)
        assert not events_of(item, EventKind.ATTACK), text


def test_a_real_strike_after_a_protection_word_elsewhere_stays() -> None:
    item = uanews.parse(
        "Ворог атакував Херсон\n\n"
        "Попри нові засоби захисту, вранці 4 березня окупанти обстріляли Херсон з артилерії."
    )
    assert len(events_of(item, EventKind.ATTACK)) == 1


def test_a_defence_plant_or_a_shelter_struck_is_a_strike_not_a_protection() -> None:
    for text, place in (
        (
            (
                "Оборонний завод у Запоріжжі зазнав ракетного удару 4 травня, загинули троє"
                " інженерів."
            ),
            "Запоріжжя",
        ),
        (
            (
                "Оборонный завод в Запорожье пострадал от ракетного удара 4 мая, погибли трое"
                " инженеров."
            ),
            "Запорожье",
        ),
        (
            "Укриття ліцею у Сумах пошкоджене внаслідок обстрілу 7 квітня, поранено вахтера.",
            "Суми",
        ),
        (
            (
                "Склад із системою захисту в Миколаєві постраждав від ракетного удару 3 червня,"
                " поранено вантажника."
            ),
            "Миколаїв",
        ),
        (
            (
                "Склад с системой защиты в Николаеве пострадал от ракетного удара 3 июня,"
                " ранен грузчик."
            ),
            "Николаев",
        ),
    ):
        (attack,) = events_of(uanews.parse(text), EventKind.ATTACK)
        assert attack.place == place, text


def test_the_parties_talks_after_a_visit_are_a_meeting_of_the_visitors() -> None:
    for text, visitor in (
        (
            (
                "Міністр аграрної політики відвідав Ренійський порт\n\n"
                "Міністр аграрної політики України Віталій Коваль 10 березня відвідав Ренійський"
                " морський порт.\n\n"
                "Під час огляду сторони обговорили з дирекцією порту експорт олії."
            ),
            "Віталій Коваль",
        ),
        (
            (
                "Министр аграрной политики посетил Ренийский порт\n\n"
                "Министр аграрной политики Украины Виталий Коваль 10 марта посетил Ренийский"
                " морской порт.\n\n"
                "Во время осмотра стороны обсудили с руководством порта экспорт масла."
            ),
            "Виталий Коваль",
        ),
    ):
        item = uanews.parse(text)
        (meeting,) = events_of(item, EventKind.MEETING)
        assert visitor in event_names(item, meeting), text
        assert len(events_of(item, EventKind.VISIT)) == 1


def test_parties_holding_talks_after_a_delegation_came_take_its_people() -> None:
    item = uanews.parse(
        "Делегация из Бельц посетила Черновцы\n\n"
        "В четверг в Черновцы с рабочим визитом приехала делегация молдавского города Бельцы во"
        " главе с примаром Александром Петковым.\n\n"
        "Гостей встретил городской голова Черновцов Роман Кличук. Стороны провели переговоры"
        " об открытии автобусного маршрута по программе «Добрососедство»."
    )
    (meeting,) = events_of(item, EventKind.MEETING)
    names = event_names(item, meeting)
    assert "Роман Кличук" in names
    assert "Александр Петков" in names


def test_the_document_signed_names_the_signatories_of_the_agreement_told() -> None:
    for text, signatory in (
        (
            (
                "Херсонська міська рада уклала договір з ТОВ «Дніпро-Тепло»\n\n"
                "Херсонська міська рада та ТОВ «Дніпро-Тепло» 11 березня уклали договір про"
                " будівництво модульної котельні.\n\n"
                "Документ підписали міський голова Херсона Ярослав Шанько і директор компанії"
                " Петро Ковальчишин."
            ),
            "Петро Ковальчишин",
        ),
        (
            (
                "Херсонский горсовет заключил договор с ООО «Днепр-Тепло»\n\n"
                "Херсонский городской совет и ООО «Днепр-Тепло» 11 марта заключили договор о"
                " строительстве модульной котельной.\n\n"
                "Договор подписали городской голова Херсона Ярослав Шанько и директор компании"
                " Петр Ковальчишин."
            ),
            "Петр Ковальчишин",
        ),
    ):
        item = uanews.parse(text)
        (agreement,) = events_of(item, EventKind.AGREEMENT)
        assert signatory in event_names(item, agreement), text


def test_a_delegation_staying_in_a_city_is_a_visit_its_colleagues_go_on_with() -> None:
    for text, host, guest in (
        (
            (
                "Делегація естонського Тарту три дні працювала в Полтаві\n\n"
                "ПОЛТАВА. 2–4 березня в Полтаві перебувала делегація естонського міста Тарту на"
                " чолі з віцемером Карлом Тамме.\n\n"
                "Гостей зустрів міський голова Полтави Віталій Гордієнко. Естонські колеги"
                " відвідали обласну дитячу лікарню та ліцей № 3.\n\n"
                "Під час зустрічі в ратуші сторони домовилися про передачу Полтаві двох"
                " генераторів."
            ),
            "Віталій Гордієнко",
            "Карл Тамме",
        ),
        (
            (
                "Делегация эстонского Тарту три дня работала в Полтаве\n\n"
                "ПОЛТАВА. 2–4 марта в Полтаве находилась делегация эстонского города Тарту во"
                " главе с вице-мэром Яаном Лепиком.\n\n"
                "Гостей встретил городской голова Полтавы Виталий Гордиенко. Эстонские коллеги"
                " посетили областную детскую больницу и лицей № 3.\n\n"
                "Во время встречи в горсовете стороны договорились о передаче Полтаве двух"
                " генераторов."
            ),
            "Виталий Гордиенко",
            "Яан Лепик",
        ),
    ):
        item = uanews.parse(text)
        (visit,) = events_of(item, EventKind.VISIT)
        (agreement,) = events_of(item, EventKind.AGREEMENT)
        assert {host, guest} <= set(event_names(item, agreement)), text
        assert guest in event_names(item, visit)


def test_the_parties_signing_in_the_lede_are_those_who_met_there() -> None:
    item = uanews.parse(
        "Мінекономіки і Світовий банк домовилися про грант\n\n"
        "Київ, 12 березня — Міністр економіки України Олексій Соболев провів зустріч з"
        " віцепрезидентом Світового банку Анною Б'єрде. За підсумками переговорів сторони"
        " підписали грантову угоду на 20 млн доларів."
    )
    (agreement,) = events_of(item, EventKind.AGREEMENT)
    assert "Олексій Соболев" in event_names(item, agreement)


def test_those_at_the_opening_ceremony_are_its_parties_however_far_back() -> None:
    for text, opener in (
        (
            (
                "На Житомирщині відкрили відбудований міст через Тетерів\n\n"
                "Біля села Денеші Житомирського району відкрили рух мостом через Тетерів.\n\n"
                "Міст завдовжки 140 метрів звели за десять місяців, він витримує вантажівки до 40"
                " тонн.\n\n"
                "У відкритті мосту взяли участь голова Житомирської ОВА Віталій Бунечко та"
                " посол Норвегії Гельга Стрьомсен."
            ),
            "Віталій Бунечко",
        ),
        (
            (
                "На Житомирщине открыли отстроенный мост через Тетерев\n\n"
                "Возле села Денеши Житомирского района открыли движение по мосту через Тетерев.\n\n"
                "Мост длиной 140 метров возвели за десять месяцев, он выдерживает грузовики до 40"
                " тонн.\n\n"
                "В открытии моста приняли участие глава Житомирской ОВА Виталий Бунечко и"
                " посол Норвегии Хельга Стрёмсен."
            ),
            "Виталий Бунечко",
        ),
    ):
        item = uanews.parse(text)
        (opening,) = events_of(item, EventKind.PRESENTATION)
        assert opener in event_names(item, opening), text


def test_those_who_made_what_was_opened_are_its_actors() -> None:
    for text, maker in (
        (
            (
                "У Луцьку відкрили центр для ветеранів\n\n"
                "У неділю в Луцьку відкрився центр підтримки ветеранів і їхніх родин «Опора».\n\n"
                "Його створили міська рада та благодійний фонд «Крила»."
            ),
            "фонд «Крила»",
        ),
        (
            (
                "В Луцке открыли центр для ветеранов\n\n"
                "В воскресенье в Луцке открылся центр поддержки ветеранов и их семей «Опора».\n\n"
                "Его создали горсовет и благотворительный фонд «Крылья»."
            ),
            "фонд «Крылья»",
        ),
    ):
        item = uanews.parse(text)
        (opening,) = events_of(item, EventKind.PRESENTATION)
        assert any(maker in name for name in event_names(item, opening)), (
            text,
            event_names(item, opening),
        )


def test_those_who_sealed_the_document_with_signatures_are_its_signatories() -> None:
    for text, signatory in (
        (
            (
                "Волинь підписала меморандум з литовською компанією\n\n"
                "ЛУЦЬК, 13 березня – Волинська обласна військова адміністрація та компанія"
                " «Baltic Wood» підписали меморандум про будівництво деревообробного заводу.\n\n"
                "Документ скріпили підписами начальник Волинської ОВА Іван Рудницький і директор"
                " компанії Томас Вайткус."
            ),
            "Іван Рудницький",
        ),
        (
            (
                "Волынь подписала меморандум с литовской компанией\n\n"
                "ЛУЦК, 13 марта – Волынская областная военная администрация и компания"
                " «Baltic Wood» подписали меморандум о строительстве деревообрабатывающего"
                " завода.\n\n"
                "Документ скрепили подписями начальник Волынской ОВА Иван Рудницкий и директор"
                " компании Томас Вайткус."
            ),
            "Иван Рудницкий",
        ),
    ):
        item = uanews.parse(text)
        (agreement,) = events_of(item, EventKind.AGREEMENT)
        assert signatory in event_names(item, agreement), text


def test_in_the_parties_talks_what_was_discussed_is_no_party() -> None:
    for text, discussed in (
        (
            (
                "До Чернівців прибула делегація Ботошані\n\n"
                "У четвер до Чернівців з робочим візитом прибула делегація румунського міста"
                " Ботошані на чолі з мером Йоном Лунгу.\n\n"
                "Міський голова Чернівців Роман Клічук провів з гостями зустріч. Сторони обговорили"
                " відбудову ліцею № 5 і спільний туристичний маршрут."
            ),
            "ліцей № 5",
        ),
        (
            (
                "В Черновцы прибыла делегация Ботошани\n\n"
                "В четверг в Черновцы с рабочим визитом прибыла делегация румынского города"
                " Ботошани во главе с мэром Ионом Лунгу.\n\n"
                "Городской голова Черновцов Роман Кличук провел с гостями встречу. Стороны обсудили"
                " восстановление лицея № 5 и общий туристический маршрут."
            ),
            "лицей № 5",
        ),
    ):
        item = uanews.parse(text)
        for meeting in events_of(item, EventKind.MEETING):
            assert discussed not in event_names(item, meeting), text


def test_also_the_parties_talks_go_on_with_the_meeting_without_what_they_discussed() -> None:
    for text, partner, discussed in (
        (
            (
                "Делегація з Молдови у Славуті\n\n"
                "У Славуті 3 липня перебувала делегація молдовського міста Орхей на чолі з"
                " мером Віктором Руснаком.\n\n"
                "Сторони обговорили з керівництвом КП «Славутатепло» ремонт котелень. Також"
                " сторони обговорили роботу ТОВ «Орхей-Агро»."
            ),
            "КП «Славутатепло»",
            "ТОВ «Орхей-Агро»",
        ),
        (
            (
                "Делегация из Молдовы в Славуте\n\n"
                "В Славуте 3 июля находилась делегация молдавского города Орхей во главе с"
                " мэром Виктором Руснаком.\n\n"
                "Стороны обсудили с руководством КП «Славутатепло» ремонт котельных. Также"
                " стороны обсудили работу ООО «Орхей-Агро»."
            ),
            "КП «Славутатепло»",
            "ООО «Орхей-Агро»",
        ),
    ):
        item = uanews.parse(text)
        (meeting,) = events_of(item, EventKind.MEETING)
        names = event_names(item, meeting)
        assert partner in names, text
        assert discussed not in names, text


def test_those_who_signed_after_another_event_are_the_headline_agreements_signatories() -> None:
    for text, signatories in (
        (
            (
                "Славута і Орхей підписали угоду\n\n"
                "Міський голова Славути Василь Сидорчук 9 вересня приймав делегацію молдовського"
                " міста Орхей.\n\n"
                "Гості оглянули ринок та зустрілися з фермерами.\n\n"
                "Угоду про співпрацю скріпили підписами Василь Сидорчук та Віктор Руснак."
            ),
            {"Василь Сидорчук", "Віктор Руснак"},
        ),
        (
            (
                "Славута и Орхей подписали соглашение\n\n"
                "Городской голова Славуты Василий Сидорчук 9 сентября принимал делегацию"
                " молдавского города Орхей.\n\n"
                "Гости осмотрели рынок и встретились с фермерами.\n\n"
                "Подписи под соглашением поставили Василий Сидорчук и Виктор Руснак."
            ),
            {"Василий Сидорчук", "Виктор Руснак"},
        ),
    ):
        item = uanews.parse(text)
        (agreement,) = events_of(item, EventKind.AGREEMENT)
        assert signatories <= set(event_names(item, agreement)), text
        for meeting in events_of(item, EventKind.MEETING):
            assert not signatories & set(event_names(item, meeting)), text


def test_any_form_of_a_document_noun_opening_the_signing_names_the_signatories() -> None:
    for text, signatory in (
        (
            (
                "Ічнянська громада уклала договір з ТОВ «Агроресурс»\n\n"
                "Ічнянська міська рада та ТОВ «Агроресурс» 14 травня уклали договір про оренду"
                " складів.\n\n"
                "Домовленість скріпили підписами міський голова Ічні Олена Бойчук і директор"
                " компанії Степан Ковальчишин."
            ),
            "Степан Ковальчишин",
        ),
        (
            (
                "Ичнянская громада заключила договор с ООО «Агроресурс»\n\n"
                "Ичнянский городской совет и ООО «Агроресурс» 14 мая заключили договор об аренде"
                " складов.\n\n"
                "Договоры подписали городской голова Ични Елена Бойчук и директор компании"
                " Степан Ковальчишин."
            ),
            "Степан Ковальчишин",
        ),
        (
            (
                "Славута и Орхей подписали соглашения\n\n"
                "Городской совет Славуты и мэрия Орхея 2 октября подписали соглашения о"
                " сотрудничестве.\n\n"
                "Соглашения подписали городской голова Славуты Василий Сидорчук и директор"
                " лицея Степан Ковальчишин."
            ),
            "Степан Ковальчишин",
        ),
    ):
        item = uanews.parse(text)
        (agreement,) = events_of(item, EventKind.AGREEMENT)
        assert signatory in event_names(item, agreement), text


def test_a_bare_delegation_as_subject_goes_on_with_its_visit_another_does_not() -> None:
    for text, visits in (
        (
            (
                "Молдовські гості у Славуті\n\n"
                "До Славути 8 серпня прибула делегація молдовського міста Орхей.\n\n"
                "Делегація відвідала міську лікарню та ліцей."
            ),
            1,
        ),
        (
            (
                "Молдовські гості у Славуті\n\n"
                "До Славути 8 серпня прибула делегація молдовського міста Орхей.\n\n"
                "Молдовська делегація відвідала також хлібозавод."
            ),
            1,
        ),
        (
            (
                "Молдавские гости в Славуте\n\n"
                "В Славуту 8 августа прибыла делегация молдавского города Орхей.\n\n"
                "Делегация посетила городскую больницу и лицей."
            ),
            1,
        ),
        (
            (
                "Молдовські гості у Славуті\n\n"
                "До Славути 8 серпня прибула делегація молдовського міста Орхей.\n\n"
                "Делегація міста Бельці відвідала міську лікарню та ліцей."
            ),
            2,
        ),
    ):
        assert len(events_of(uanews.parse(text), EventKind.VISIT)) == visits, text
