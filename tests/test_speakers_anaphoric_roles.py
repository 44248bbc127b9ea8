"""A role noun that points back to a person named before is that person's attribution.

Under the annotation guidelines a role noun (``сказала министр``) resolves to the person it
refers to when the text makes that clear: the person holding that role, titled so before
(``с еврокомиссаром ... Мартой Кос``), of the gender the cue verb shows; a noun of any office
(``чиновник``, ``посадовець``) is the office holder named last. Every text here was written for
these tests in the style of Ukrainian outlets' Russian and Ukrainian reports.
"""

import pytest

import uanews


def _speakers(text: str) -> list[str | None]:
    item = uanews.parse(text)
    return [
        None if quote.speaker is None else item.participant(quote.speaker).name
        for quote in item.quotes
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            # a title in the instrumental before the name, no role on the participant
            (
                "Зеленский встретился с еврокомиссаром\n\n"
                "Президент Украины Владимир Зеленский в среду встретился в Киеве с еврокомиссаром"
                " по вопросам расширения Мартой Кос. Стороны обсудили ход переговоров.\n\n"
                "«Украина выполнила все рекомендации, мы ждем открытия первого кластера»,"
                " – сказала еврокомиссар.\n"
            ),
            ["Марта Кос"],
        ),
        (
            # the feminine verb passes over the minister named last, a man
            (
                "В Киеве обсудили новые выплаты\n\n"
                "Министр социальной политики Оксана Жолнович рассказала о новых выплатах"
                " переселенцам. На встрече также был министр финансов Сергей Марченко.\n\n"
                "«Заявку можно будет подать онлайн уже с понедельника», – сказала министр.\n"
            ),
            ["Оксана Жолнович"],
        ),
        (
            # any office: the office holder named last, of the verb's gender
            (
                "В Житомире обновили реанимацию\n\n"
                "Министр здравоохранения Виктор Ляшко в пятницу посетил областную больницу в"
                " Житомире.\n\n"
                "«Мы закупили новое оборудование для реанимации», – написал чиновник в Telegram.\n"
            ),
            ["Виктор Ляшко"],
        ),
        (
            # Ukrainian: a feminine title whose stem takes a vowel (міністерка -> міністр)
            (
                "Уряд затвердив програму підтримки\n\n"
                "Прем'єр-міністерка Юлія Свириденко у вівторок провела засідання уряду.\n\n"
                "«Ми даємо гранти на відновлення бізнесу в громадах поблизу фронту», – заявила"
                " прем'єр-міністр.\n"
            ),
            ["Юлія Свириденко"],
        ),
        (
            # Ukrainian: a noun of any office
            (
                "У Бучі відновлять укриття\n\n"
                "Міністр освіти Оксен Лісовий відвідав школу в Бучі. «Ми відновимо укриття до"
                " вересня», – сказав урядовець.\n"
            ),
            ["Оксен Лісовий"],
        ),
    ],
)
def test_a_role_noun_names_the_person_it_refers_back_to(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


def test_a_role_noun_with_no_one_of_that_title_names_nobody() -> None:
    text = (
        "В Одессе починят набережную\n\n"
        "Городской голова Геннадий Труханов сообщил о ремонте набережной.\n\n"
        "«Работы займут три месяца», – сказала архитектор.\n"
    )
    assert _speakers(text) == [None]


def test_the_feminine_ukrainian_title_maps_to_its_masculine_role() -> None:
    item = uanews.parse(
        "Уряд затвердив програму\n\nМіністерка економіки Юлія Свириденко провела нараду.\n"
    )
    (person,) = [p for p in item.participants if p.name == "Юлія Свириденко"]
    assert person.role is not None
    assert person.role.lower().startswith("міністерка")


@pytest.mark.parametrize(
    "text",
    [
        (
            "В Харькове обсудили ремонт дорог\n\n"
            "Мэр Харькова Игорь Терехов и губернатор Олег Синегубов в четверг провели"
            " совещание. «Ремонт начнется в мае», — сказал чиновник.\n"
        ),
        (
            "У Полтаві обговорили опалювальний сезон\n\n"
            "Міський голова Полтави Олександр Мамай і голова ОВА Володимир Когут провели"
            " нараду.\n\n«Котельні готові», – сказав посадовець.\n"
        ),
    ],
)
def test_an_office_noun_with_two_officials_in_one_sentence_names_nobody(text: str) -> None:
    # ``чиновник`` may be either of the two named together: the text does not say which
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        (
            "У Львові відкрили центр для переселенців\n\n"
            "Волонтерка Марія Коваль розповіла про роботу центру.\n\n"
            "«Ми приймаємо всіх, хто звертається», – сказала волонтерка.\n\n"
            "«Найбільше бракує ліків», – додала ще одна волонтерка.\n"
        ),
        (
            "В Днепре открыли центр для переселенцев\n\n"
            "Волонтер Иван Коваль рассказал о работе центра.\n\n"
            "«Мы принимаем всех, кто обращается», — сказал волонтер.\n\n"
            "«Больше всего не хватает лекарств», — добавил другой волонтер.\n"
        ),
    ],
)
def test_another_of_the_same_role_is_not_the_one_named_before(text: str) -> None:
    # ``ще одна волонтерка``, ``другой волонтер``: someone the text does not name
    assert _speakers(text)[-1] is None
    assert _speakers(text)[0] is not None


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            (
                "Минобороны готовится к зиме\n\n"
                "Министр обороны Рустем Умеров встретился с послом США в Киеве.\n\n"
                "«Больницы готовы к зиме», — заявил министр здравоохранения.\n"
            ),
            [None],
        ),
        (
            (
                "Уряд готується до зими\n\n"
                "Міністр оборони Рустем Умєров зустрівся з послом США у Києві.\n\n"
                "«Лікарні готові до зими», – заявив міністр охорони здоровʼя.\n"
            ),
            [None],
        ),
        (
            (
                "Уряд готується до зими\n\n"
                "Міністр оборони Рустем Умєров зустрівся з послом США у Києві.\n\n"
                "«Армія готова до зими», – заявив міністр оборони.\n"
            ),
            ["Рустем Умєров"],
        ),
    ],
)
def test_a_role_noun_with_another_field_names_no_one_of_another(
    text: str, speakers: list[str | None]
) -> None:
    # ``министр здравоохранения`` is no ``министр обороны``; the same field is the same one
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        (
            "В Полтаве откроют реабилитационный центр\n\n"
            "Министр здравоохранения Анна Коваль посетила областную больницу в Полтаве.\n\n"
            "«Центр заработает весной», – сказала министр в интервью журналистам.\n"
        ),
        (
            "У Полтаві відкриють реабілітаційний центр\n\n"
            "Міністр охорони здоров'я Анна Коваль відвідала обласну лікарню в Полтаві.\n\n"
            "«Центр запрацює навесні», – сказала міністр в інтерв'ю журналістам.\n"
        ),
    ],
)
def test_a_circumstance_after_the_role_noun_is_no_field(text: str) -> None:
    # ``в`` is also read as the letter's name (a noun in the genitive): it opens where the
    # minister spoke, not which minister she is.
    assert _speakers(text) == ["Анна Коваль"]
