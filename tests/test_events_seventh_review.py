"""Events of the seventh pass, narrowed after its review, in Ukrainian and Russian.

- the distributive ``по`` before a count (``випустив по 200 дронів``, ``выпустила по две
  тысячи``: so many each) names no target: weapons made, no strike;
- a start date of a change told in the present that may also read as an infinitive (``з 15
  грудня переводить``) is when the change applies, not the announcement's date;
- a date declared a day of something (``оголосила 5 квітня днем жалоби``, ``объявил 7 марта
  днем траура``) is what the decision declares, not its date;
- a ceremony or a presentation named with a complement of its own (``на церемонії вручення
  грамот``, ``на презентации нового бюджета``) is another event: its speaker is no party of
  the opening told; the bare noun (``на церемонії``) still is the opening;
- ``Суд призначив ...`` after a ruling goes on with it unless another court was named between;
- the Russian collective numerals past ten (``одиннадцатеро``) count people.

Every text here was written for these tests in the style of Ukrainian news; none is taken from
any corpus.
"""

from __future__ import annotations

import uanews
from event_support import event_names, events_of
from uanews.model import EventKind


def test_a_count_after_po_is_so_many_each_not_a_target() -> None:
    for text in (
        "Майстерня випустила по 300 дронів щомісяця для кожного батальйону.",
        "Торік завод випустив по дві тисячі снарядів на місяць.",
        "Фабрика випускала і минулого року випустила по кілька сотень мін на зміну.",
        "Предприятие выпустило по 40 беспилотников в неделю.",
        "Компания выпустила по две тысячи снарядов за квартал.",
    ):
        item = uanews.parse(text)
        assert not events_of(item, EventKind.ATTACK), text


def test_weapons_fired_at_a_place_after_po_are_still_a_strike() -> None:
    for text in (
        "Вночі окупанти випустили по Ладижину чотири ракети.",
        "Ворог випустив дві міни по селу Вербівка.",
        "Ночью армия РФ выпустила по Ладыжину три ракеты.",
    ):
        item = uanews.parse(text)
        assert events_of(item, EventKind.ATTACK), text


def test_a_start_date_before_a_verb_that_reads_as_an_infinitive_too_is_not_the_date() -> None:
    for text in (
        "Ладижинський ліцей з 15 грудня і до кінця семестру переводить уроки в онлайн.",
        "КП «Ладижинтепло» з 1 лютого переводить котельні на тверде паливо.",
    ):
        item = uanews.parse(text)
        (announcement,) = events_of(item, EventKind.ANNOUNCEMENT)
        assert announcement.date is None, text


def test_a_date_declared_a_day_of_mourning_is_not_the_decisions_date() -> None:
    for text in (
        "Ладижинська міська рада оголосила 5 квітня днем жалоби в громаді.",
        "Міський голова Ничипір Гаркуша оголосив 6 та 7 травня днями жалоби.",
        "Городской совет Ладыжина объявил 7 марта днем траура по погибшим жителям.",
    ):
        item = uanews.parse(text)
        (announcement,) = events_of(item, EventKind.ANNOUNCEMENT)
        assert announcement.date is None, text


def test_a_date_before_the_adverb_dnem_is_the_events_date() -> None:
    item = uanews.parse("5 квітня днем окупанти обстріляли Ладижин.")
    (attack,) = events_of(item, EventKind.ATTACK)
    assert attack.date is not None
    assert attack.date.month == 4
    assert attack.date.day == 5


_OPENED = "Ладижин, 4 травня 2026 року. У Ладижині відкрили оновлений сквер біля вокзалу.\n\n"
_OPENED_RU = "Ладыжин, 4 мая 2026 года. В Ладыжине открыли обновленный сквер у вокзала.\n\n"


def test_a_speaker_at_a_ceremony_of_something_else_is_no_party_of_the_opening() -> None:
    for text in (
        _OPENED + "«Тут буде зручно», – сказала на церемонії вручення грамот депутатка Олена"
        " Бурлака.",
        _OPENED + "«Тут буде зручно», – сказала на презентації нового бюджету депутатка Олена"
        " Бурлака.",
        _OPENED_RU + "«Здесь будет удобно», — сказала на презентации нового бюджета депутат"
        " Елена Бурлака.",
    ):
        item = uanews.parse(text)
        (opening,) = events_of(item, EventKind.PRESENTATION)
        assert not event_names(item, opening), text


def test_a_speaker_at_the_bare_ceremony_is_a_party_of_the_opening() -> None:
    for text, name in (
        (_OPENED + "«Тут буде зручно», – сказала на церемонії депутатка Олена Бурлака.", "Бурлака"),
        (
            _OPENED + "«Тут буде зручно», – сказала на церемонії відкриття депутатка Олена"
            " Бурлака.",
            "Бурлака",
        ),
        (
            _OPENED_RU + "«Здесь будет удобно», — сказала на церемонии депутат Елена Бурлака.",
            "Бурлака",
        ),
    ):
        item = uanews.parse(text)
        (opening,) = events_of(item, EventKind.PRESENTATION)
        assert any(name in found for found in event_names(item, opening)), text


_VERDICT = (
    "Ладижин, 6 травня 2026 року. Ладижинський суд визнав винним жителя Вербівки у шпигунстві."
    "\n\nОбвинувачений фотографував військові об'єкти.\n\n"
)
_VERDICT_RU = (
    "Ладыжин, 6 мая 2026 года. Ладыжинский суд признал виновным жителя Вербовки в шпионаже."
    "\n\nОбвиняемый фотографировал военные объекты.\n\n"
)


def test_a_court_sentence_goes_on_with_the_ruling_when_no_other_court_is_named() -> None:
    for text in (
        _VERDICT + "Суд призначив йому 12 років позбавлення волі.",
        _VERDICT_RU + "Суд назначил ему 12 лет лишения свободы.",
    ):
        item = uanews.parse(text)
        assert len(events_of(item, EventKind.ANNOUNCEMENT)) == 1, text


def test_a_court_sentence_after_another_court_named_is_not_the_first_ruling() -> None:
    for text in (
        _VERDICT
        + "Справу його спільника розглядає Київський районний суд.\n\n"
        + "Суд призначив спільнику 8 років позбавлення волі.",
        _VERDICT_RU
        + "Дело его сообщника рассматривает Киевский районный суд.\n\n"
        + "Суд назначил сообщнику 8 лет лишения свободы.",
    ):
        item = uanews.parse(text)
        assert len(events_of(item, EventKind.ANNOUNCEMENT)) == 2, text


def test_russian_collective_numerals_past_ten_count_people() -> None:
    item = uanews.parse("Ночью армия РФ атаковала дронами Ладыжин, ранены одиннадцатеро жителей.")
    (attack,) = events_of(item, EventKind.ATTACK)
    assert attack.injured == 11
    item = uanews.parse("В результате обстрела Ладыжина погибли двенадцатеро человек.")
    (attack,) = events_of(item, EventKind.ATTACK)
    assert attack.killed == 12


def test_a_dated_decision_document_after_its_details_dates_the_decision() -> None:
    for text, day in (
        (
            (
                "Ладижинський ліцей з 15 грудня переводить уроки в онлайн-формат. Практичні"
                " заняття проводитимуть очно.\n\nВідповідний наказ 3 грудня підписала директорка"
                " Олена Бурлака."
            ),
            3,
        ),
        (
            (
                "АТ «Вербобанк» з 1 грудня знижує ставки за депозитами. Нові умови діятимуть для"
                " нових вкладів.\n\nРішення ухвалили 24 листопада."
            ),
            24,
        ),
        (
            (
                "АО «Вербобанк» с 1 декабря снижает ставки по депозитам. Новые условия будут"
                " действовать для новых вкладов.\n\nРешение приняли 24 ноября."
            ),
            24,
        ),
    ):
        item = uanews.parse(text)
        (announcement,) = events_of(item, EventKind.ANNOUNCEMENT)
        assert announcement.date is not None, text
        assert announcement.date.day == day, text


def test_a_source_or_a_far_document_does_not_date_the_decision() -> None:
    for text in (
        (
            "АТ «Вербобанк» з 1 грудня знижує ставки за депозитами. Нові умови діятимуть для"
            " нових вкладів.\n\nПро це повідомили 24 листопада в банку."
        ),
        (
            "АТ «Вербобанк» з 1 грудня знижує ставки за депозитами.\n\nНові умови діятимуть для"
            " нових вкладів.\n\nКлієнти можуть звертатися у відділення.\n\nРішення ухвалили 24"
            " листопада."
        ),
    ):
        item = uanews.parse(text)
        (announcement,) = events_of(item, EventKind.ANNOUNCEMENT)
        assert announcement.date is None, text
