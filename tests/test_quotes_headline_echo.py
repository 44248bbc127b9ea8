"""A headline that lifts its words from a quote of the body is a direct quote of that speaker.

News headlines repeat a line the body quotes (``«words»: what happened``, ``words – Role``,
``Role: «words»``) and title the speaker as they like; the words are a quote, and whose they are
the body says. Only words quoted as said count: a headline sharing the words of reported speech
is the writer's summary. A role noun with a verb's reading too (``мер`` of ``мерти``) still
titles the speaker of a headline ``Мер X: words``.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest

from quote_support import headline_quotes
from uanews.model import QuoteKind


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "«Парк відкриємо до Дня міста»: у Рівному завершують реконструкцію\n\n"
                "У Рівному завершують реконструкцію парку над річкою Устя. Підрядник уклав "
                "нову плитку і замінив ліхтарі.\n\n"
                "«Парк відкриємо до Дня міста. Залишилося висадити дерева», – сказав "
                "начальник управління благоустрою Олег Тимчишин.\n"
            ),
            "Парк відкриємо до Дня міста",
            "Олег Тимчишин",
        ),
        (
            (
                "Ми доведемо автобуси до кожного села – директор автопарку\n\n"
                "Ковельський автопарк отримав дванадцять нових автобусів для сільських "
                "маршрутів.\n\n"
                "«Ми доведемо автобуси до кожного села. Розклад оновимо в понеділок», – запевнив "
                "керівник підприємства Роман Бабенчук.\n"
            ),
            "Ми доведемо автобуси до кожного села",
            "Роман Бабенчук",
        ),
        (
            (
                "Головний інженер теплоцентралі: «Котли витримають будь-який мороз»\n\n"
                "На Чернігівській теплоцентралі завершили заміну двох котлів. Технічний директор "
                "станції Ігор Стельмащук розповів:\n\n"
                "«Котли витримають будь-який мороз. Запас вугілля розрахований до березня.»\n"
            ),
            "Котли витримають будь-який мороз",
            "Ігор Стельмащук",
        ),
        (
            (
                "«Библиотеку откроем после Нового года»: в Николаеве ремонтируют читальные залы\n\n"
                "В Николаеве ремонтируют центральную городскую библиотеку.\n\n"
                "«Библиотеку откроем после Нового года. Книги уже вывезли на склад», – сказал "
                "директор департамента культуры Виктор Мельниченко.\n"
            ),
            "Библиотеку откроем после Нового года",
            "Виктор Мельниченко",
        ),
        (
            (
                "Мэр Ромен: «Новый стадион примет матчи уже весной»\n\n"
                "В Ромнах завершают строительство стадиона на улице Коржа.\n\n"
                "«Новый стадион примет матчи уже весной. Осталось уложить газон», – сказал "
                "городской голова Павел Щербанюк.\n"
            ),
            "Новый стадион примет матчи уже весной",
            "Павел Щербанюк",
        ),
    ],
)
def test_a_headline_repeating_a_body_quote_is_that_speakers(
    text: str, words: str, speaker: str
) -> None:
    """The headline's words, found word for word in a body quote, are its speaker's."""
    assert headline_quotes(text) == [(QuoteKind.DIRECT, words, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Парк відкриють до Дня міста: у Рівному завершують реконструкцію\n\n"
            "У Рівному завершують реконструкцію парку. Парк відкриють до Дня міста, "
            "якщо погода дозволить.\n\n"
            "«Залишилося висадити дерева», – сказав начальник управління благоустрою "
            "Олег Тимчишин.\n"
        ),
        (
            "Негода на Рівненщині: знеструмлено 40 сіл\n\n"
            "Як повідомив голова обласної військової адміністрації Андрій Поберецький, через "
            "сильний вітер знеструмлено 40 сіл. Енергетики працюють з ночі.\n"
        ),
        (
            "Ливень затопил улицы Измаила: подтоплены 30 дворов\n\n"
            "Глава городской администрации Олег Стельмащук сообщил:\n\n"
            "«Ночью прошел сильный ливень. Подтоплены 30 дворов, коммунальщики откачивают "
            "воду»\n"
        ),
        (
            "Погода на вихідні: дощі та похолодання\n\n"
            "«Очікуються дощі та похолодання до плюс восьми», – сказала синоптикиня "
            "Ірина Гриневич.\n"
        ),
    ],
    ids=[
        "repeated-by-narration",
        "repeated-by-reported-speech",
        "report-before-the-colon",
        "topic-before-the-colon",
    ],
)
def test_a_headline_sharing_words_with_no_quote_of_them_is_no_quote(text: str) -> None:
    """Words the body repeats in narration or in reported speech are the writer's."""
    assert headline_quotes(text) == []


def test_a_mayor_headline_quotes_the_mayor_the_body_names() -> None:
    """``Мер`` reads as a past tense of ``мерти`` too; in a headline's role it is the noun."""
    text = (
        "Мер Ковеля: ринок на вулиці Брестській переїде навесні\n\n"
        "Міський голова Ігор Щербанюк заявив, що торговцям запропонують місця на новому "
        "майданчику біля вокзалу.\n"
    )
    assert headline_quotes(text) == [
        (QuoteKind.DIRECT, "ринок на вулиці Брестській переїде навесні", "Ігор Щербанюк")
    ]


_INTERVIEW = """{headline}

Про нову програму для ветеранів ми поговорили з директором центру зайнятості Андрієм Поберецьким.

– Скільки людей уже звернулися?
– Понад двісті. Найбільше питають про курси водіїв та зварювальників.

– Чи всі отримають роботу?
– Ми домовилися з тридцятьма підприємствами, вони чекають на випускників.
"""


def test_an_interview_headline_in_marks_quotes_the_interviewee() -> None:
    """``«words»`` over one person's answers: the headline quotes whom the interview talks to."""
    text = _INTERVIEW.format(headline="«Кожен ветеран знайде роботу за фахом»")
    assert headline_quotes(text) == [
        (
            QuoteKind.DIRECT,
            "Кожен ветеран знайде роботу за фахом",
            "Андрій Поберецький",
        )
    ]


def test_an_interview_headline_without_marks_is_the_writers() -> None:
    """A headline with no marks and no speaker is the writer's title, interview or not."""
    text = _INTERVIEW.format(headline="Директор центру зайнятості про програму для ветеранів")
    assert headline_quotes(text) == []


def test_an_interview_headline_that_is_a_title_is_no_quote() -> None:
    """A title in marks (no verb) over an interview names a work, not the interviewee's words."""
    text = _INTERVIEW.format(headline="«Друге життя»")
    assert headline_quotes(text) == []
