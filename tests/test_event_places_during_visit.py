"""Talks and signings told after a visit take its place when they name none of their own.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from uanews.model import EventKind


def _places(text: str) -> dict[EventKind, tuple[str, ...]]:
    return {event.kind: event.places for event in uanews.parse(text).events}


def test_russian_talks_and_memorandum_during_a_visit() -> None:
    found = _places(
        "Польская делегация побывала в Луцке\n\n"
        "В понедельник делегация польского города Хелм во главе с мэром Якубом Банаеком"
        " посетила Луцк.\n\n"
        "Гостей принял городской голова Игорь Полищук. Стороны провели переговоры о"
        " сотрудничестве в сфере образования.\n\n"
        "По итогам встречи Полищук и Банаек подписали меморандум о партнерстве."
    )
    assert found[EventKind.VISIT] == ("Луцк",)
    assert found[EventKind.MEETING] == ("Луцк",)
    assert found[EventKind.AGREEMENT] == ("Луцк",)


def test_ukrainian_memorandum_during_a_visit() -> None:
    found = _places(
        "Польська делегація побувала в Луцьку\n\n"
        "У понеділок делегація польського міста Холм на чолі з мером Якубом Банаєком відвідала"
        " Луцьк.\n\n"
        "За підсумками зустрічі Ігор Поліщук і Якуб Банаєк підписали меморандум про"
        " партнерство."
    )
    assert found[EventKind.AGREEMENT] == ("Луцьк",)


def test_an_online_signing_after_a_visit_has_no_place() -> None:
    found = _places(
        "Польская делегация побывала в Луцке\n\n"
        "В понедельник делегация польского города Хелм посетила Луцк.\n\n"
        "Через неделю стороны онлайн подписали меморандум о партнерстве."
    )
    assert found[EventKind.AGREEMENT] == ()


def test_a_background_meeting_further_on_does_not_take_the_visit_s_place() -> None:
    # ``Напомним, ...`` two paragraphs after the visit recalls another day's meeting: the report
    # of the visit went on no further than the paragraph after it.
    found = _places(
        "Посол Литвы посетил Ровно\n\n"
        "Во вторник посол Литвы Эгидиюс Мейлунас посетил Ровно.\n\n"
        "Он осмотрел восстановленный мост через реку Устье.\n\n"
        "Напомним, в сентябре глава Ровенской ОВА Александр Коваль провел совещание с"
        " энергетиками."
    )
    assert found[EventKind.VISIT] == ("Ровно",)
    assert found[EventKind.MEETING] == ()
    found = _places(
        "Посол Литви відвідав Рівне\n\n"
        "У вівторок посол Литви Егідіюс Мейлунас відвідав Рівне.\n\n"
        "Він оглянув відновлений міст через річку Устя.\n\n"
        "Нагадаємо, у вересні голова Рівненської ОВА Олександр Коваль провів нараду з"
        " енергетиками."
    )
    assert found[EventKind.VISIT] == ("Рівне",)
    assert found[EventKind.MEETING] == ()
