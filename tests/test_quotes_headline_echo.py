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
                "«Школи відкриються вчасно»: у Рівному завершили ремонт укриттів\n\n"
                "У Рівному завершили ремонт укриттів у 14 школах міста. Роботи тривали все "
                "літо.\n\n"
                "«Школи відкриються вчасно. Усі укриття перевірили рятувальники», – сказав "
                "начальник управління освіти Олег Тимчишин.\n"
            ),
            "Школи відкриються вчасно",
            "Олег Тимчишин",
        ),
        (
            (
                "Ми не залишимо громаду без води – директор водоканалу\n\n"
                "Після аварії на насосній станції частина Ковеля третій день отримує воду за "
                "графіком.\n\n"
                "«Ми не залишимо громаду без води. Насос замінимо до п'ятниці», – запевнив "
                "керівник підприємства Роман Бабенчук.\n"
            ),
            "Ми не залишимо громаду без води",
            "Роман Бабенчук",
        ),
        (
            (
                "Головний лікар обласної лікарні: «Без нових кадрів відділення не вистоїть»\n\n"
                "У Чернігівській обласній лікарні бракує анестезіологів. Генеральний директор "
                "закладу Ігор Стельмащук розповів:\n\n"
                "«Без нових кадрів відділення не вистоїть. Ми шукаємо лікарів по всій "
                "країні.»\n"
            ),
            "Без нових кадрів відділення не вистоїть",
            "Ігор Стельмащук",
        ),
        (
            (
                "«Мосты восстановим до зимы»: в Николаеве начали ремонт переправ\n\n"
                "В Николаеве начали ремонт двух мостов через Ингул.\n\n"
                "«Мосты восстановим до зимы. Подрядчик уже получил деньги», – сказал "
                "директор департамента ЖКХ Виктор Мельниченко.\n"
            ),
            "Мосты восстановим до зимы",
            "Виктор Мельниченко",
        ),
        (
            (
                "Мэр Ромен: «Тариф на воду в этом году не вырастет»\n\n"
                "В Ромнах утвердили бюджет коммунального предприятия «Водоканал».\n\n"
                "«Тариф на воду в этом году не вырастет. Разницу покроет город», – сказал "
                "городской голова Павел Щербанюк.\n"
            ),
            "Тариф на воду в этом году не вырастет",
            "Павел Щербанюк",
        ),
    ],
)
def test_a_headline_repeating_a_body_quote_is_that_speakers(
    text: str, words: str, speaker: str
) -> None:
    """The headline's words, found word for word in a body quote, are its speaker's."""
    assert _headline_quotes(text) == [(QuoteKind.DIRECT, words, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Школи відкриються вчасно: у Рівному завершили ремонт укриттів\n\n"
            "У Рівному завершили ремонт укриттів у 14 школах. Школи відкриються вчасно, "
            "адже роботи тривали все літо.\n\n"
            "«Усі укриття перевірили рятувальники», – сказав начальник управління освіти "
            "Олег Тимчишин.\n"
        ),
        (
            "Обстріл Нікопольщини: загинули двоє чоловіків\n\n"
            "Як повідомив начальник обласної військової адміністрації Андрій Поберецький, у "
            "Нікополі загинули двоє чоловіків. Ще троє людей поранені.\n"
        ),
        (
            "Оккупанты обстреляли Купянский район: ранены трое мирных жителей\n\n"
            "Глава района Олег Стельмащук сообщил:\n\n"
            "«Утром село Петровка попало под обстрел. Ранены трое мирных жителей, их "
            "госпитализировали»\n"
        ),
    ],
    ids=["repeated-by-narration", "repeated-by-reported-speech", "report-before-the-colon"],
)
def test_a_headline_sharing_words_with_no_quote_of_them_is_no_quote(text: str) -> None:
    """Words the body repeats in narration or in reported speech are the writer's."""
    assert _headline_quotes(text) == []


def test_a_mayor_headline_quotes_the_mayor_the_body_names() -> None:
    """``Мер`` reads as a past tense of ``мерти`` too; in a headline's role it is the noun."""
    text = (
        "Мер Ковеля: опалювальний сезон почнеться 15 жовтня\n\n"
        "Міський голова Ігор Щербанюк заявив, що першими тепло отримають лікарні та "
        "школи.\n"
    )
    assert _headline_quotes(text) == [
        (QuoteKind.DIRECT, "опалювальний сезон почнеться 15 жовтня", "Ігор Щербанюк")
    ]


_INTERVIEW = """{headline}

Про ремонт насосної станції ми поговорили з директором водоканалу Андрієм Поберецьким.

– Чому вода подається за графіком?
– Згоріли два двигуни з чотирьох. Поки ми їх не замінимо, тиск не втримати.

– Коли все відновлять?
– Один двигун уже везуть, його встановимо за тиждень.
"""


def test_an_interview_headline_in_marks_quotes_the_interviewee() -> None:
    """``«words»`` over one person's answers: the headline quotes whom the interview talks to."""
    text = _INTERVIEW.format(headline="«Воду даватимемо за графіком, поки не замінимо двигуни»")
    assert _headline_quotes(text) == [
        (
            QuoteKind.DIRECT,
            "Воду даватимемо за графіком, поки не замінимо двигуни",
            "Андрій Поберецький",
        )
    ]


def test_an_interview_headline_without_marks_is_the_writers() -> None:
    """A headline with no marks and no speaker is the writer's title, interview or not."""
    text = _INTERVIEW.format(headline="Директор водоканалу про ремонт насосної станції")
    assert _headline_quotes(text) == []
