"""Reports before a short trailing cue, reasons after ``тем, что``, departments as speakers.

Texts written for these tests in the style of Russian- and Ukrainian-language regional news;
each construction is checked in both languages where the grammar is shared.
"""

from __future__ import annotations

import pytest

import uanews


def quotes(text):
    item = uanews.parse(text)
    return [
        (
            quote.kind.value,
            [item.text[part.start : part.end] for part in quote.parts],
            None if quote.speaker is None else item.participant(quote.speaker).name,
        )
        for quote in item.quotes
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            (
                "Ночью дроны атаковали Полтаву\n\n"
                "Ночью беспилотники атаковали промышленный район Полтавы, повреждены склад и два "
                "грузовика. Пострадавших нет, написал в Telegram глава областной военной "
                "администрации Олег Ткаченко."
            ),
            "Пострадавших нет",
        ),
        (
            (
                "Вночі дрони атакували Полтаву\n\n"
                "Вночі безпілотники атакували промисловий район Полтави, пошкоджено склад і дві "
                "вантажівки. Постраждалих немає, написав у Telegram начальник обласної військової "
                "адміністрації Олег Ткаченко."
            ),
            "Постраждалих немає",
        ),
    ],
)
def test_two_words_with_a_predicate_before_a_trailing_cue_are_reported(text, content):
    assert quotes(text) == [("indirect", [content], "Олег Ткаченко")]


def test_a_verbless_pair_of_words_before_a_trailing_cue_is_no_report():
    # ``Новий міст,`` names a thing; nothing is said of it: no clause, no quote.
    text = (
        "У Черкасах відкрили міст\n\n"
        "Новий міст, повідомив мер Черкас Анатолій Бондар. Рух відкрили вранці."
    )
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            (
                "Нацбанк повысил учетную ставку\n\n"
                "Глава НБУ Андрей Литвин объяснил решение тем, что курс гривны остается "
                "стабильным."
            ),
            "курс гривны остается стабильным",
            "Андрей Литвин",
        ),
        (
            (
                "Нацбанк підвищив облікову ставку\n\n"
                "Голова НБУ Андрій Литвин пояснив своє рішення тим, що курс гривні залишається "
                "стабільним."
            ),
            "курс гривні залишається стабільним",
            "Андрій Литвин",
        ),
        (
            (
                "Проезд подорожает\n\n"
                "Директор КП «Горавтотранс» Сергей Бойко объяснил повышение цены билета тем, что "
                "электроэнергия подорожала вдвое."
            ),
            "электроэнергия подорожала вдвое",
            "Сергей Бойко",
        ),
    ],
)
def test_what_a_speaker_explains_something_by_is_reported(text, content, speaker):
    assert quotes(text) == [("indirect", [content], speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # A verb that explains with an object and no clause reports nothing.
        "Эвакуация продолжается\n\nГлава ОВА Игорь Табурец объяснил жителям порядок эвакуации.",
        # ``тем, что`` after a verb that is no speech verb tells a deed, not words.
        (
            "Мэр удивил горожан\n\nМэр Черкасс Вадим Лукиянчук удивил горожан тем, что сам вышел "
            "на субботник."
        ),
        # ``тем, что`` after a speech verb that gives no reasons tells a deed.
        "Суд\n\nАдвокат Гордей Ставнюк ответил тем, что подал апелляцию.",
        "Суд\n\nАдвокат Гордій Ставнюк відповів тим, що подав апеляцію.",
    ],
)
def test_an_object_without_a_reason_clause_or_a_cue_is_no_report(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "В Черкассах отремонтируют поликлиники\n\n"
                "Черкасский горсовет заложил в бюджет ремонт трех поликлиник. В управлении "
                "здравоохранения горсовета рассказали, что работы начнут в мае."
            ),
            "управление здравоохранения горсовета",
        ),
        (
            (
                "В Черкассах отремонтируют поликлиники\n\n"
                "Черкасский горсовет заложил в бюджет ремонт трех поликлиник. Работы начнут в "
                "мае, рассказали в департаменте здравоохранения горсовета."
            ),
            "департамент здравоохранения горсовета",
        ),
        (
            (
                "У Черкасах відремонтують поліклініки\n\n"
                "Черкаська міськрада заклала в бюджет ремонт трьох поліклінік. В управлінні "
                "охорони здоров'я міськради розповіли, що роботи почнуть у травні."
            ),
            "управління охорони здоров'я міськради",
        ),
    ],
)
def test_a_department_of_a_named_council_speaks_for_itself(text, speaker):
    found = quotes(text)
    assert [name for _kind, _parts, name in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Улицу перекроют\n\n"
                "Движение по улице Шевченко перекроют на неделю, сообщили в пресс-службе ДТЭК."
            ),
            "ДТЭК",
        ),
        (
            (
                "Вулицю перекриють\n\n"
                "Рух вулицею Шевченка перекриють на тиждень, повідомили у пресслужбі ДТЕК."
            ),
            "ДТЕК",
        ),
    ],
)
def test_a_press_office_of_a_named_body_still_gives_the_body(text, speaker):
    found = quotes(text)
    assert [name for _kind, _parts, name in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            (
                "Оккупанты обстреляли Николаев\n\n"
                "Ночью российская армия обстреляла Николаев. Ранены двое мужчин.\n\n"
                "Об этом утром сообщил глава Николаевской ОВА Артем Гонта.\n\n"
                "«Снаряд попал в жилой дом. Повреждены школа и два магазина», - написал чиновник."
            ),
            "написал",
        ),
        (
            (
                "Окупанти обстріляли Миколаїв\n\n"
                "Вночі російська армія обстріляла Миколаїв. Поранено двох чоловіків.\n\n"
                "Про це вранці повідомив голова Миколаївської ОВА Артем Гонта.\n\n"
                "«Снаряд влучив у житловий будинок. Пошкоджено школу і два магазини», - написав "
                "посадовець."
            ),
            "написав",
        ),
    ],
)
def test_a_role_of_common_gender_lets_a_man_be_the_official_who_wrote(text, cue):
    # ``глава`` is of common gender: it does not make the man it names a woman, who could
    # not be the subject of ``написал``.
    item = uanews.parse(text)
    (quote,) = item.quotes
    assert quote.cue == cue
    assert quote.speaker is not None
    assert item.participant(quote.speaker).name == "Артем Гонта"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            (
                "В Полтаве вводят графики отключений\n\n"
                "С понедельника в Полтаве снова будут действовать графики отключений. Решение "
                "приняли в АО «Полтаваоблэнерго» после атаки на подстанцию.\n\n"
                "В компании пояснили, что ремонт подстанции продлится до пятницы.\n\n"
                "Директор компании Степан Коваль в интервью местному радио сказал, что бригады "
                "работают круглосуточно."
            ),
            "АО «Полтаваоблэнерго»",
        ),
        (
            (
                "У Полтаві запроваджують графіки\n\n"
                "З понеділка в Полтаві знову діятимуть графіки відключень. Рішення ухвалили в АТ "
                "«Полтаваобленерго» після атаки на підстанцію.\n\n"
                "У компанії пояснили, що ремонт підстанції триватиме до п'ятниці.\n\n"
                "Директор компанії Степан Коваль в інтерв'ю місцевому радіо сказав, що бригади "
                "працюють цілодобово."
            ),
            "АТ «Полтаваобленерго»",
        ),
    ],
)
def test_in_the_company_is_the_company_not_someone_whose_role_names_it(text, company):
    assert [speaker for _kind, _parts, speaker in quotes(text)] == [company, "Степан Коваль"]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Мэр призвал подготовиться к отключениям\n\n"
                "Мэр Черкасс Анатолий Бондар призвал горожан запастись водой и фонариками: "
                "«Свет могут отключить в любой момент. Держите дома запас воды»."
            ),
            "Свет могут отключить в любой момент. Держите дома запас воды",
            "Анатолий Бондар",
        ),
        (
            (
                "Мер закликав підготуватися до відключень\n\n"
                "Мер Черкас Анатолій Бондар закликав городян запастися водою та ліхтариками: "
                "«Світло можуть вимкнути будь-якої миті. Тримайте вдома запас води»."
            ),
            "Світло можуть вимкнути будь-якої миті. Тримайте вдома запас води",
            "Анатолій Бондар",
        ),
    ],
)
def test_a_colon_after_a_clause_about_a_named_person_introduces_their_words(text, words, speaker):
    assert quotes(text) == [("direct", [words], speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # Nobody is named in the clause before the colon: a sign, not someone's words.
        (
            "В Черкассах открыли парк\n\n"
            "На входе в новый парк установили табличку: «Здесь будет сквер памяти. Просим беречь "
            "деревья»."
        ),
        # A short name in marks after the colon is a title, not speech.
        (
            "Мэр представил проект\n\nМэр Черкасс Анатолий Бондар представил новый проект: "
            "«Зеленый город»."
        ),
        # A list in marks with no predicate of its own (addresses) is no words said, even
        # after a clause about a named body.
        (
            "Пункты обогрева в Полтаве\n\nПолтавский горсовет опубликовал на сайте адреса "
            "пунктов обогрева для жителей: «улица Соборности, 36; улица Небесной Сотни, 1/23; "
            "проспект Мира, 12»."
        ),
        (
            "Пункти обігріву в Полтаві\n\nПолтавська міська рада оприлюднила на сайті адреси "
            "пунктів обігріву для мешканців: «вулиця Соборності, 36; вулиця Небесної Сотні, "
            "1/23; проспект Миру, 12»."
        ),
    ],
)
def test_a_colon_before_marks_without_a_speaker_or_speech_is_no_quote(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            (
                "ДТП под Винницей\n\n"
                "На трассе под Винницей столкнулись грузовик и автобус. По предварительным данным "
                "полиции, водитель грузовика уснул за рулем и выехал на встречную полосу."
            ),
            "По предварительным данным",
            "водитель грузовика уснул за рулем и выехал на встречную полосу",
        ),
        (
            (
                "ДТП під Вінницею\n\n"
                "На трасі під Вінницею зіткнулися вантажівка й автобус. За попередньою інформацією "
                "поліції, водій вантажівки заснув за кермом і виїхав на зустрічну смугу."
            ),
            "За попередньою інформацією",
            "водій вантажівки заснув за кермом і виїхав на зустрічну смугу",
        ),
    ],
)
def test_an_adjective_inside_a_source_phrase_with_a_named_source(text, cue, content):
    item = uanews.parse(text)
    (quote,) = item.quotes
    assert (quote.kind.value, quote.cue, quote.text) == ("indirect", cue, content)
    assert quote.speaker is not None
    assert item.participant(quote.speaker).name in {"полиция", "поліція"}


@pytest.mark.parametrize(
    "text",
    [
        "Рынок рекламы\n\nПо разным оценкам, компания потратила на рекламу более 100 млн гривен.",
        (
            "Ринок реклами\n\nЗа різними оцінками, компанія витратила на рекламу понад 100 млн "
            "гривень."
        ),
    ],
)
def test_an_adjective_and_a_source_noun_naming_no_source_report_nothing(text):
    assert quotes(text) == []
