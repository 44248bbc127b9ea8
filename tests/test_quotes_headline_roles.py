"""A headline ``Role: words`` quotes the person the body gives that role (guidelines: a headline
``Name: words`` is a direct quote of that name), and a headline ``«words»: role про ...`` of an
interview quotes the interviewee.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import QuoteKind


def _headline_quotes(text: str) -> list[tuple[QuoteKind, str, str | None]]:
    """Return the kind, words and speaker's name of each quote of the headline."""
    item = uanews.parse(text)
    end = len(item.headline or "")
    return [
        (
            quote.kind,
            quote.text,
            None if quote.speaker is None else item.participant(quote.speaker).name,
        )
        for quote in item.quotes
        if quote.parts[0].start < end
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Речниця Хмельницької ОВА: у суботу світло не вимикатимуть\n\n"
                "У суботу на Хмельниччині не застосовуватимуть графіки відключень. Про це "
                "повідомила речниця Хмельницької обласної військової адміністрації Оксана "
                "Тимків.\n"
            ),
            "у суботу світло не вимикатимуть",
            "Оксана Тимків",
        ),
        (
            (
                "Черкаський міський голова: «Тролейбуси повернуться на маршрути в березні»\n\n"
                "Міський голова Черкас Андрій Гарасименко пообіцяв відновити рух тролейбусів "
                "навесні. Директор комунального підприємства Петро Сидорук додав, що ремонт "
                "контактної мережі вже триває.\n"
            ),
            "Тролейбуси повернуться на маршрути в березні",
            "Андрій Гарасименко",
        ),
        (
            (
                "Голова Житомирської ОВА: школи області працюватимуть очно\n\n"
                "Начальник Житомирської обласної військової адміністрації Тарас Мельничин "
                "заявив, що з понеділка всі школи області відновлять очне навчання. На нараді "
                "був присутній і голова обласної ради Ігор Гнатишак.\n"
            ),
            "школи області працюватимуть очно",
            "Тарас Мельничин",
        ),
        (
            (
                "Директор Черниговского зоопарка: «Зимой животных кормим по новому графику»\n\n"
                "Черниговский зоопарк перешел на зимний режим работы. Его директор Виталий "
                "Коренюк рассказал, что вольеры утеплили еще в октябре.\n"
            ),
            "Зимой животных кормим по новому графику",
            "Виталий Коренюк",
        ),
        (
            (
                "Главный инженер водоканала: подачу воды в Лозовой восстановят к вечеру\n\n"
                "В Лозовой из-за аварии на магистральном водоводе нет воды. Как сообщил главный "
                "инженер городского водоканала Роман Ріпняк, бригады уже работают на месте.\n"
            ),
            "подачу воды в Лозовой восстановят к вечеру",
            "Роман Ріпняк",
        ),
    ],
)
def test_a_role_headline_quotes_the_holder_of_the_role(text, words, speaker):
    assert _headline_quotes(text) == [(QuoteKind.DIRECT, words, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # A verb before the colon: the writer's sentence, not a speaker.
        (
            "Министр образования посетил Умань: в городе откроют новый лицей\n\n"
            "Министр образования Петр Панасюк во вторник побывал в Умани.\n"
        ),
        (
            "Голова Рівненської ОВА зустрівся з послом Литви: обговорили поставки генераторів\n\n"
            "Голова Рівненської обласної військової адміністрації Олег Кушнірик провів зустріч "
            "з послом Литви.\n"
        ),
        # Two persons with the role and nothing to tell them apart.
        (
            "Депутат міськради: ремонт мосту відкладуть до весни\n\n"
            "Депутат міської ради Іван Горбань і депутат міської ради Олег Стецишин обговорили "
            "ремонт мосту на сесії.\n"
        ),
        # A noun that is no role before the colon.
        (
            "Звіт директора: музей прийняв удвічі більше відвідувачів\n\n"
            "Директор музею Галина Пилипишин представила звіт за рік.\n"
        ),
    ],
)
def test_a_headline_without_a_role_noun_phrase_before_the_colon_quotes_nobody(text):
    assert _headline_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "«Міст відбудуємо до осені»: голова громади про відновлення після обстрілів\n\n"
                "Про відбудову села ми поговорили з головою громади Оленою Ткачів.\n\n"
                "– Пані Олено, що вже вдалося зробити?\n\n"
                "– Ми відремонтували школу і дві свердловини.\n\n"
                "– А що з мостом?\n\n"
                "– Проєкт готовий, міст відбудуємо до осені.\n"
            ),
            "Міст відбудуємо до осені",
            "Олена Ткачів",
        ),
        (
            (
                "«Мы снова принимаем пациентов ночью»: главный врач больницы – о работе в "
                "прифронтовом городе\n\n"
                "О том, как работает больница, мы поговорили с ее главным врачом Аллой "
                "Гончарів.\n\n"
                "— Сколько врачей у вас сейчас?\n\n"
                "— Сорок два. Еще пятеро вернулись весной.\n\n"
                "— Работает ли приемное отделение ночью?\n\n"
                "— Да, мы снова принимаем пациентов ночью.\n"
            ),
            "Мы снова принимаем пациентов ночью",
            "Алла Гончарів",
        ),
    ],
)
def test_the_pull_quote_of_an_interview_titled_by_role_is_the_interviewees(text, words, speaker):
    assert _headline_quotes(text) == [(QuoteKind.DIRECT, words, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # The holder of the role says nothing in the body: he is what the news is about.
        (
            "Колишній голова райради: суд обрав запобіжний захід\n\n"
            "Шевченківський районний суд взяв під варту колишнього голову районної ради "
            "Степана Калинчака. Його підозрюють у привласненні бюджетних коштів.\n"
        ),
        (
            "Бывший мэр Изюма: суд продлил арест\n\n"
            "Суд продлил меру пресечения бывшему городскому голове Изюма Владимиру Соломчаку. "
            "Его подозревают в растрате.\n"
        ),
        (
            "Новий посол Франції: що відомо про дипломата\n\n"
            "Посол Франції в Україні Жан Дюваль вручив вірчі грамоти. Раніше він працював у "
            "Брюсселі.\n"
        ),
        # A plural role names a group, not the one person the body quotes.
        (
            "Синоптики: у вихідні в Україні похолодає\n\n"
            "У суботу й неділю в Україні похолодає до мінус п'яти. Про це повідомила "
            "синоптикиня Укргідрометцентру Наталія Діденчук.\n"
        ),
        # An acronym is the initials of the role's words: two heads of an ОВА, nobody.
        (
            "Голова ОВА: на Сумщині триває евакуація\n\n"
            "Голова Сумської обласної військової адміністрації Василь Сливчук повідомив, що "
            "евакуація з прикордонних сіл триває. Голова Харківської ОВА Олег Кобзарук також "
            "заявив про евакуацію.\n"
        ),
    ],
)
def test_a_role_headline_without_marks_quotes_only_a_holder_who_speaks(text):
    assert _headline_quotes(text) == []


def test_a_role_headline_with_a_back_reference_quotes_the_holder():
    # ``Про це повідомив``: the holder speaks in the body, so the headline is his.
    text = (
        "Речник Повітряних сил: ворог запустив понад сотню дронів\n\n"
        "Уночі росіяни атакували Україну ударними дронами. Про це повідомив речник "
        "Повітряних сил ЗСУ Юрій Дзюбак.\n"
    )
    assert _headline_quotes(text) == [
        (QuoteKind.DIRECT, "ворог запустив понад сотню дронів", "Юрій Дзюбак")
    ]


INTERVIEW = (
    "\n\nЯк енергетики готуються до зими, ми запитали в директора «Волиньобленерго» Богдана "
    "Кисіля.\n\n"
    "– Чи будуть графіки відключень?\n"
    "– Якщо не буде нових ударів, то ні.\n\n"
    "– Що з резервом?\n"
    "– Без світла не залишимо жодну школу, генератори вже є.\n"
)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # ``директор``: the dictionary marks no case on its nominative
        (
            "«Без світла не залишимо жодну школу»: директор обленерго про зиму",
            [(QuoteKind.DIRECT, "Без світла не залишимо жодну школу", "Богдан Кисіль")],
        ),
        # a name in marks is no pull-quote (guidelines: names in marks are not quotes)
        ("«Волиньобленерго»: директор компанії про зиму", []),
    ],
)
def test_the_pull_quote_of_an_interview_is_words_someone_says(headline, expected):
    assert _headline_quotes(headline + INTERVIEW) == expected
