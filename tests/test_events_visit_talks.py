"""Talks held during a visit: their venue, the guests and the day (issue 15).

``Мэр провел с гостями встречу в горсовете``: the council in the locative is where the
meeting was, not a party; ``с гостями`` names the visitors of the visit told before; with a
dateline (``ЧЕРНИГОВ, 3 марта.``) the undated talks were on the report's day, while a visit of
several days told with no dateline leaves their day unknown.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import event_names, only_event
from uanews.model import EventKind

_RU_VISIT = (
    "Чернигов посетила делегация из эстонского Тарту\n\n"
    "{dateline}В среду Чернигов с трехдневным визитом посетила делегация эстонского города"
    " Тарту во главе с вице-мэром Кристьяном Паю.\n\n"
    "Городской голова Чернигова Владислав Атрошенко встретился с гостями в горсовете."
    " Стороны обсудили ремонт школ.\n\n"
)

_UK_VISIT = (
    "Чернігів відвідала делегація з естонського Тарту\n\n"
    "{dateline}У середу Чернігів із триденним візитом відвідала делегація естонського міста"
    " Тарту на чолі з віцемером Крістьяном Паю.\n\n"
    "Міський голова Чернігова Владислав Атрошенко зустрівся з гостями в міськраді."
    " Сторони обговорили ремонт шкіл.\n\n"
)


def test_russian_meeting_with_the_guests_has_the_visitors_not_the_venue() -> None:
    item = uanews.parse(_RU_VISIT.format(dateline="ЧЕРНИГОВ, 3 марта. "))
    meeting = only_event(item, EventKind.MEETING)
    names = event_names(item, meeting)
    assert "делегация эстонского города Тарту" in names
    assert "горсовет" not in names
    assert meeting.date is not None
    assert meeting.date.isoformat() == "--03-03"


def test_ukrainian_meeting_with_the_guests_has_the_visitors_not_the_venue() -> None:
    item = uanews.parse(_UK_VISIT.format(dateline="ЧЕРНІГІВ, 3 березня. "))
    meeting = only_event(item, EventKind.MEETING)
    names = event_names(item, meeting)
    assert "делегація естонського міста Тарту" in names
    assert not any("міськрад" in name for name in names)
    assert meeting.date is not None
    assert meeting.date.isoformat() == "--03-03"


def test_a_dateline_in_lower_case_dates_the_talks_too() -> None:
    item = uanews.parse(_RU_VISIT.format(dateline="Чернигов, 3 марта. "))
    meeting = only_event(item, EventKind.MEETING)
    assert meeting.date is not None
    assert meeting.date.isoformat() == "--03-03"


def test_a_visit_of_several_days_with_no_dateline_leaves_the_talks_undated() -> None:
    text = _RU_VISIT.format(dateline="").replace("В среду", "В среду, 3 марта,")
    item = uanews.parse(text)
    assert only_event(item, EventKind.VISIT).date is not None
    assert only_event(item, EventKind.MEETING).date is None


def test_an_organisation_a_signing_names_as_a_party_stays_one() -> None:
    item = uanews.parse(
        "Горсовет подписал меморандум с фондом\n\n"
        "Черниговский городской совет и фонд «Открытые города» 3 марта подписали меморандум"
        " о восстановлении школ. Подписание прошло в Черниговском городском совете."
    )
    names = event_names(item, only_event(item, EventKind.AGREEMENT))
    assert any("городской совет" in name for name in names)


def test_russian_signatories_named_in_the_next_paragraph_are_parties() -> None:
    item = uanews.parse(
        "Волынь и польский повят подписали соглашение о сотрудничестве\n\n"
        "Волынская областная государственная администрация и Хелмский повят 11 марта"
        " подписали соглашение о партнерстве в области образования.\n\n"
        "Со стороны Волыни подпись поставил глава ОГА Иван Руденко."
    )
    names = event_names(item, only_event(item, EventKind.AGREEMENT))
    assert "Иван Руденко" in names


def test_ukrainian_signatories_named_in_the_next_paragraph_are_parties() -> None:
    item = uanews.parse(
        "Волинь і польський повіт підписали угоду про співпрацю\n\n"
        "Волинська обласна державна адміністрація і Холмський повіт 11 березня підписали"
        " угоду про співпрацю у сфері освіти.\n\n"
        "З боку Волині підпис поставив голова ОДА Іван Руденко."
    )
    names = event_names(item, only_event(item, EventKind.AGREEMENT))
    assert "Іван Руденко" in names


def test_a_later_stop_of_a_visit_is_not_where_the_visit_went() -> None:
    item = uanews.parse(
        "Заместитель министра побывал в областной больнице\n\n"
        "6 марта заместитель министра здравоохранения Олег Бабенко посетил Ровенскую"
        " областную клиническую больницу.\n\n"
        "Он осмотрел новое отделение реабилитации.\n\n"
        "Вместе с главой ОВА Бабенко также посетил Ровенский областной перинатальный центр."
    )
    visit = only_event(item, EventKind.VISIT)
    assert visit.place is not None
    assert "больница" in visit.place


def test_a_hospital_the_guests_also_went_to_is_no_party_of_the_visit() -> None:
    item = uanews.parse(
        _RU_VISIT.format(dateline="ЧЕРНИГОВ, 3 марта. ")
        + "Гости также побывали в Черниговской областной детской больнице."
    )
    visit = only_event(item, EventKind.VISIT)
    assert not any("больниц" in name for name in event_names(item, visit))
