"""A speaking body named with its genitive complement: ``в полиции Полтавской области``.

Every text was written for these tests in the style of Ukrainian outlets publishing in Ukrainian
and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews


def _speakers(text: str) -> list[str | None]:
    item = uanews.parse(text)
    return [
        None if quote.speaker is None else item.participant(quote.speaker).name
        for quote in item.quotes
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Мужчину задержали в пятницу вечером, сообщили в полиции Полтавской области.\n\n"
                "В полиции Полтавской области добавили, что он угрожал соседям ножом.\n"
            ),
            "полиция Полтавской области",
        ),
        (
            (
                "Чоловіка затримали в пʼятницю ввечері.\n\n"
                "У поліції Полтавської області додали, що він погрожував сусідам ножем.\n"
            ),
            "поліція Полтавської області",
        ),
        (
            (
                "Ремонт мосту завершать до зими.\n\n"
                "У прокуратурі Києва зазначили, що підрядник сплатить штраф.\n"
            ),
            "прокуратура Києва",
        ),
        (
            (
                "На трассе столкнулись два грузовика.\n\n"
                "В пресс-службе ГСЧС уточнили, что водителей госпитализировали.\n"
            ),
            "ГСЧС",  # the agency the participants name: ``пресс-служба ГСЧС`` is its voice
        ),
        (
            (
                "Проєкт скверу оновлять.\n\n"
                "У департаменті архітектури та містобудування зазначили, що ескізи покажуть "
                "мешканцям.\n"
            ),
            "департамент архітектури та містобудування",
        ),
    ],
)
def test_a_body_speaks_with_its_genitive_complement(text, speaker):
    speakers = _speakers(text)
    assert speakers
    assert set(speakers) == {speaker}


def test_a_persons_surname_after_a_body_is_no_complement():
    # ``поліції Петренка`` cannot be the police of a place: a surname's genitive is no complement
    text = (
        "Слідчі встановлюють обставини.\n\n"
        "У поліції Петренка не назвали, але зазначили, що справу вже відкрито.\n"
    )
    item = uanews.parse(text)
    assert "поліція Петренка" not in {participant.name for participant in item.participants}


def test_a_press_service_speaks_for_the_body_of_its_complement():
    # The speaker is the press service with its complement or, where the participants name the
    # police on their own, the police: ``полиции Одесской области`` either way.
    text = (
        "На трассе столкнулись маршрутка и легковой автомобиль.\n\n"
        "В пресс-службе полиции Одесской области уточнили, что водитель выехал на встречную "
        "полосу.\n"
    )
    speakers = _speakers(text)
    assert len(speakers) == 1
    assert speakers[0] is not None
    assert speakers[0].endswith("полиция Одесской области")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Мужчину задержали.\n\nПо данным полиции Полтавской области, он угрожал соседям.\n",
            "полиция Полтавской области",
        ),
        (
            "Мост закрыли.\n\nПо сообщению управления полиции, объезд организуют к вечеру.\n",
            "управление полиции",
        ),
        (
            "Чоловіка затримали.\n\nЗа даними поліції Полтавської області, він погрожував.\n",
            "поліція Полтавської області",
        ),
    ],
)
def test_a_source_noun_before_a_body_is_not_its_adjective(text, speaker):
    # ``данным`` reads as the adjective ``данный`` too: it must not join the body's name
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "В Днепре горел склад\n\n"
                "Об этом сообщили в Главном управлении ГСЧС в Днепропетровской области.\n\n"
                "«Причину возгорания установят эксперты», – говорится в сообщении ведомства.\n"
            ),
            "Главное управление ГСЧС в Днепропетровской области",
        ),
        (
            (
                "У Дніпрі горів склад\n\n"
                "Про це повідомили в Головному управлінні ДСНС у Дніпропетровській області.\n\n"
                "«Причину пожежі встановлять експерти», – йдеться в повідомленні відомства.\n"
            ),
            "Головне управління ДСНС у Дніпропетровській області",
        ),
    ],
)
def test_the_agency_stands_for_the_body_named_last(text, speaker):
    item = uanews.parse(text)
    quote = next(quote for quote in item.quotes if quote.text.startswith("Причину"))
    assert quote.speaker is not None
    assert item.participant(quote.speaker).name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Перевірка енергетиків\n\n"
                "Міністерство енергетики перевірило підготовку «Укренерго» до зими.\n\n"
                "У відомстві повідомили, що резерв обладнання збільшили втричі.\n"
            ),
            "Міністерство енергетики",
        ),
        (
            (
                "Проверка энергетиков\n\n"
                "Министерство энергетики проверило подготовку «Укрэнерго» к зиме.\n\n"
                "В ведомстве сообщили, что резерв оборудования увеличили втрое.\n"
            ),
            "Министерство энергетики",
        ),
        # a company alone before ``відомство``: no government body to stand for, nobody
        (
            (
                "Енергетики\n\n"
                "Компанія «Укренерго» завершила ремонт підстанції.\n\n"
                "У відомстві повідомили, що резерв обладнання збільшили втричі.\n"
            ),
            None,
        ),
    ],
)
def test_the_agency_is_a_government_body_not_a_company(text, speaker):
    # ``відомство`` / ``ведомство`` is a ministry, service or agency: not the company it checked
    assert _speakers(text) == [speaker]
