"""Quotes of an item that mixes Ukrainian and Russian paragraphs: each read in its own language.

A Russian paragraph inside a Ukrainian report must give the same quotes and speaking bodies as
that paragraph on its own. Every text here was written for these tests in the style of
Ukrainian outlets that publish in both languages; none is taken from any corpus.
"""

import pytest

import uanews
from uanews.model import NewsItem, ParticipantKind, QuoteKind

# Ukrainian paragraphs that make an item Ukrainian; the Russian paragraph of a test follows.
UKRAINIAN = (
    "Комунальники ліквідували наслідки негоди\n\n"
    "У Полтаві в четвер комунальники прибрали повалені дерева з вулиць міста. Через сильний"
    " вітер частина будинків на околицях залишалася без світла до ранку.\n\n"
    "Комунальники також розчистили зливову каналізацію на трьох центральних вулицях, а водіїв"
    " просять не залишати автівки під деревами до кінця тижня.\n\n"
    "У суботу вітер знову посилиться, тому мешканцям варто зарядити павербанки та ліхтарики"
    " заздалегідь.\n\n"
)


def _mixed(russian: str) -> NewsItem:
    item = uanews.parse(UKRAINIAN + russian)
    assert item.language == "uk"
    return item


def _said(item: NewsItem) -> list[tuple[str, str | None]]:
    return [
        (quote.text, None if quote.speaker is None else item.participant(quote.speaker).name)
        for quote in item.quotes
    ]


def test_russian_year_abbreviation_in_a_ukrainian_item_ends_no_sentence() -> None:
    russian = (
        "Городской голова Андрей Бойко заявил, что ремонт путепровода начнется в 2026 г. и"
        " продлится не меньше двух лет, потому что подрядчику придется заново проектировать"
        " опоры."
    )
    alone = _said(uanews.parse(russian))
    assert len(alone) == 1
    assert alone[0][0].startswith("ремонт путепровода начнется в 2026 г. и продлится")
    assert _said(_mixed(russian)) == alone


@pytest.mark.parametrize(
    ("russian", "body"),
    [
        (
            (
                "В мэрии сообщили, что подача воды в Слободском районе возобновится уже к вечеру,"
                " когда ремонтники заменят поврежденную трубу."
            ),
            "мэрия",
        ),
        (
            (
                "В пресс-службе горэлектротранса отметили, что трамваи вернутся на маршрут к утру,"
                " когда монтажники заменят оборванный провод."
            ),
            "пресс-служба горэлектротранса",
        ),
    ],
)
def test_russian_body_that_speaks_unnamed_in_a_ukrainian_item(russian: str, body: str) -> None:
    for item in (uanews.parse(russian), _mixed(russian)):
        organizations = [
            p.name for p in item.participants if p.kind is ParticipantKind.ORGANIZATION
        ]
        assert body in organizations
        assert [speaker for _, speaker in _said(item)] == [body]


INTERVIEW_UK = (
    "Питання: Як тварини переносять відключення світла?\n\n"
    "Відповідь: Ми заздалегідь купили генератори, тож у вольєрах завжди тепло.\n\n"
    "Питання: Хто допомагає зоопарку?\n\n"
    "Відповідь: Нам дуже допомагають мешканці міста, які приносять корм.\n"
)


def test_ukrainian_interview_labels_in_a_russian_item() -> None:
    lead_ru = (
        "Директор Одесского зоопарка о зиме без света\n\n"
        "Директор Одесского зоопарка Игорь Белялов рассказал, как животные переживают"
        " отключения электричества и сколько стоит содержание вольеров в холодные месяцы."
        " Зоопарк работает каждый день, хотя часть павильонов пришлось закрыть до весны.\n\n"
        "В прошлом году учреждение получило от города два мощных генератора, а волонтеры"
        " помогли утеплить вольеры для обезьян и птиц, которые хуже всего переносят холод.\n\n"
    )
    lead_uk = (
        "Директор Одеського зоопарку про зиму без світла\n\n"
        "Директор Одеського зоопарку Ігор Бєлялов розповів, як тварини переживають"
        " відключення електроенергії.\n\n"
    )
    mixed = uanews.parse(lead_ru + INTERVIEW_UK)
    assert mixed.language == "ru"
    alone = uanews.parse(lead_uk + INTERVIEW_UK)
    for item, speaker in ((mixed, "Игорь Белялов"), (alone, "Ігор Бєлялов")):
        assert [(quote.kind, quote.text) for quote in item.quotes] == [
            (QuoteKind.INTERVIEW, "Ми заздалегідь купили генератори, тож у вольєрах завжди тепло."),
            (QuoteKind.INTERVIEW, "Нам дуже допомагають мешканці міста, які приносять корм."),
        ]
        assert {name for _, name in _said(item)} == {speaker}


RUSSIAN = (
    "Министр Латвии посетил Херсон\n\n"
    "В пятницу министр иностранных дел Латвии Янис Озолс прибыл в Херсон, где встретился с"
    " руководством области и осмотрел разрушенную подстанцию. Стороны обсудили ремонт сетей,"
    " помощь больницам и поставки генераторов до начала зимы.\n\n"
    "Гость также посетил школу, в которой после обстрела заменили окна и двери.\n\n"
)


def test_a_ukrainian_role_noun_in_a_russian_item_names_the_person_given_that_role() -> None:
    item = uanews.parse(
        RUSSIAN + "«Латвія завжди поруч з Україною, і ми допоможемо відбудувати енергетику"
        " регіону», – заявив міністр.\n"
    )
    assert item.language == "ru"
    assert _said(item) == [
        (
            "Латвія завжди поруч з Україною, і ми допоможемо відбудувати енергетику регіону",
            "Янис Озолс",
        )
    ]


def test_a_russian_role_noun_in_a_ukrainian_item_names_the_person_given_that_role() -> None:
    item = _mixed(
        "Прем'єр-міністр Естонії Каарел Тамм у середу приїхав до Полтави і подякував"
        " комунальникам за роботу.\n\n"
        "«Эстония всегда будет рядом с Украиной и поможет отстроить ваши города», – заявил"
        " премьер-министр.\n"
    )
    assert _said(item) == [
        ("Эстония всегда будет рядом с Украиной и поможет отстроить ваши города", "Каарел Тамм")
    ]
