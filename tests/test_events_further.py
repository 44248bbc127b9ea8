"""One more event of a kind after a word of addition: a further strike, a further decision.

``Також минулої доби окупанти обстріляли ...`` / ``Кроме того, в четверг вечером враг ...``
after a strike told (a word of addition before a day or a weekday, `ADDED_STRIKE_PERIODS`), and
``Також уряд затвердив порядок ...`` / ``Кроме того, горсовет утвердил ...`` after a decision
told (a word of addition before a decision verb of its own), report one more event, not the
one told. Without the word of addition at the opening, or without a decision verb, the
sentence goes on with the event told.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import EventKind


def _evidence(text: str) -> list[tuple[EventKind, str]]:
    item = uanews.parse(text)
    return [
        (event.kind, item.text[event.evidence.start : event.evidence.end])
        for event in item.events
        if event.evidence is not None
    ]


_UK_LEDE = (
    "Росіяни вночі атакували Миколаїв дронами\n\n"
    "У ніч на 5 березня російські війська атакували Миколаїв ударними дронами, пошкоджено"
    " склад і два будинки.\n\n"
)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            _UK_LEDE + "Також минулої доби окупанти обстріляли з артилерії Вознесенськ.",
            "Також минулої доби окупанти обстріляли з артилерії Вознесенськ.",
        ),
        (
            (
                "Ворог обстріляв Херсон\n\nУ вівторок зранку окупанти обстріляли Херсон з артилерії,"
                " пошкоджено лікарню.\n\nТакож у вівторок увечері ворог атакував дронами"
                " Бериславську громаду."
            ),
            "Також у вівторок увечері ворог атакував дронами Бериславську громаду.",
        ),
        (
            (
                "Оккупанты атаковали Никополь\n\nВ ночь на 7 мая российские войска атаковали"
                " Никополь дронами, повреждены два дома.\n\nТакже за прошедшие сутки оккупанты"
                " обстреляли из артиллерии Марганецкую громаду."
            ),
            "Также за прошедшие сутки оккупанты обстреляли из артиллерии Марганецкую громаду.",
        ),
        (
            (
                "Враг обстрелял Херсон\n\nВ четверг утром оккупанты обстреляли Херсон из"
                " артиллерии, повреждена школа.\n\nКроме того, в четверг вечером враг атаковал"
                " дронами Белозерскую громаду."
            ),
            "Кроме того, в четверг вечером враг атаковал дронами Белозерскую громаду.",
        ),
    ],
)
def test_an_added_day_opens_another_strike(text: str, second: str) -> None:
    found = _evidence(text)
    assert [kind for kind, _ in found] == [EventKind.ATTACK, EventKind.ATTACK]
    assert found[1][1] == second


def test_the_day_without_a_word_of_addition_is_the_same_strike() -> None:
    text = _UK_LEDE + "Минулої доби окупанти також обстріляли Миколаїв з артилерії."
    assert [kind for kind, _ in _evidence(text)] == [EventKind.ATTACK]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            (
                "Уряд виділив кошти на ремонт шкіл\n\nКабінет Міністрів 3 квітня ухвалив рішення"
                " спрямувати 900 млн гривень на ремонт шкіл у прифронтових громадах.\n\nКошти"
                " розподілять між областями до кінця місяця.\n\nТакож уряд затвердив порядок"
                " компенсації витрат на оренду житла для переселенців."
            ),
            "Також уряд затвердив порядок компенсації витрат на оренду житла для переселенців.",
        ),
        (
            (
                "Горсовет Полтавы выделил деньги на укрытия\n\nДепутаты Полтавского городского"
                " совета на сессии 12 февраля утвердили изменения в бюджет громады.\n\nНа укрытия"
                " в школах направят 60 млн гривен.\n\nКроме того, горсовет утвердил программу"
                " поддержки семей погибших защитников."
            ),
            "Кроме того, горсовет утвердил программу поддержки семей погибших защитников.",
        ),
        (
            (
                "Горсовет Полтавы выделил деньги на укрытия\n\nДепутаты Полтавского городского"
                " совета на сессии 12 февраля утвердили изменения в бюджет громады.\n\nТакже"
                " депутаты решили переименовать шесть улиц."
            ),
            "Также депутаты решили переименовать шесть улиц.",
        ),
    ],
)
def test_an_added_decision_verb_tells_another_decision(text: str, second: str) -> None:
    found = _evidence(text)
    assert [kind for kind, _ in found] == [EventKind.ANNOUNCEMENT, EventKind.ANNOUNCEMENT]
    assert found[1][1] == second


@pytest.mark.parametrize(
    "text",
    [
        (
            "Уряд виділив кошти на ремонт шкіл\n\nКабінет Міністрів 3 квітня ухвалив рішення"
            " спрямувати 900 млн гривень на ремонт шкіл у прифронтових громадах.\n\nТакож у"
            " відомстві наголосили, що перші платежі надійдуть до кінця місяця."
        ),
        (
            "Горсовет Полтавы выделил деньги на укрытия\n\nДепутаты Полтавского городского совета"
            " на сессии 12 февраля утвердили изменения в бюджет громады.\n\nКроме того, в"
            " горсовете отметили, что работы начнутся весной."
        ),
    ],
)
def test_an_added_sentence_with_no_decision_verb_tells_no_decision(text: str) -> None:
    assert [kind for kind, _ in _evidence(text)] == [EventKind.ANNOUNCEMENT]
