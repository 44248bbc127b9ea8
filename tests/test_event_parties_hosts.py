"""Who takes part in an event: the host of a presentation and bodies named by a common noun.

``У Рівненському обласному краєзнавчому музеї відкрили виставку``: the museum an exhibition
opens in puts it on and is its party, while a meeting's venue (``зустріч у міськраді``) and
what is opened itself (``Музей відкрився після ремонту``) are none.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import event_names, only_event
from uanews.model import EventKind


def test_ukrainian_museum_an_exhibition_opens_in_is_its_host() -> None:
    item = uanews.parse(
        "У Рівному показали старі листівки\n\n"
        "У Рівненському обласному краєзнавчому музеї відкрилася виставка листівок"
        " «Місто на папері».\n\n"
        "На виставці представлено понад двісті листівок з приватних колекцій.\n"
    )
    opening = only_event(item, EventKind.PRESENTATION)
    assert "Рівненський обласний краєзнавчий музей" in event_names(item, opening)


def test_russian_museum_an_exhibition_opens_in_is_its_host() -> None:
    item = uanews.parse(
        "В Виннице показали старые открытки\n\n"
        "В Винницком областном художественном музее открылась выставка открыток"
        " «Город на бумаге».\n\n"
        "На выставке представлено более двухсот открыток из частных коллекций.\n"
    )
    opening = only_event(item, EventKind.PRESENTATION)
    assert "Винницкий областной художественный музей" in event_names(item, opening)


def test_a_museum_that_itself_opens_is_what_opened_not_a_party() -> None:
    item = uanews.parse(
        "У Рівному після ремонту відкрили музей\n\n"
        "Рівненський обласний краєзнавчий музей відкрили після дворічного ремонту.\n\n"
        "Відвідувачі вже побачили оновлені зали.\n"
    )
    opening = only_event(item, EventKind.PRESENTATION)
    assert "Рівненський обласний краєзнавчий музей" not in event_names(item, opening)


def test_a_meeting_held_in_a_museum_has_the_museum_as_venue_only() -> None:
    item = uanews.parse(
        "Мэр встретился с музейщиками\n\n"
        "Городской голова Ровно Остап Гнатышин встретился с директорами музеев области"
        " в Ровенском областном краеведческом музее.\n\n"
        "Стороны обсудили аренду помещений.\n"
    )
    meeting = only_event(item, EventKind.MEETING)
    assert "Ровенский областной краеведческий музей" not in event_names(item, meeting)
    assert "Остап Гнатышин" in event_names(item, meeting)


def test_ukrainian_deputies_after_the_council_are_the_council() -> None:
    item = uanews.parse(
        "Рівненська міська рада виділила кошти на укриття\n\n"
        "Рівненська міська рада на сесії в четвер виділила 30 млн гривень на укриття у школах."
        "\n\nТакож депутати погодили призначення Ореста Гнатюка директором департаменту освіти"
        " міської ради.\n"
    )
    decisions = [event for event in item.events if event.kind is EventKind.ANNOUNCEMENT]
    assert decisions
    for decision in decisions:
        assert "Рівненська міська рада" in event_names(item, decision)
    council = next(p for p in item.participants if p.name == "Рівненська міська рада")
    assert "депутати" in [mention.text for mention in council.mentions]


def test_russian_government_after_the_cabinet_is_the_cabinet() -> None:
    item = uanews.parse(
        "Кабмин выделил деньги на ремонт котельных\n\n"
        "Кабинет министров Украины на заседании выделил 1,2 млрд гривен на ремонт котельных.\n\n"
        "Кроме того, правительство утвердило новый порядок выплат переселенцам.\n"
    )
    decisions = [event for event in item.events if event.kind is EventKind.ANNOUNCEMENT]
    assert decisions
    for decision in decisions:
        assert "Кабинет министров Украины" in event_names(item, decision)
    assert not any(p.name in {"правительство", "кабмин"} for p in item.participants)


def test_deputies_with_no_council_named_stay_a_body_of_their_own() -> None:
    item = uanews.parse(
        "Депутати виділили кошти на укриття\n\n"
        "Депутати на сесії в четвер виділили 30 млн гривень на укриття у школах Рівного.\n"
    )
    decision = only_event(item, EventKind.ANNOUNCEMENT)
    assert event_names(item, decision) == ["депутати"]


def test_a_department_of_the_council_is_not_the_council_the_deputies_are() -> None:
    item = uanews.parse(
        "Ремонт шкіл у Рівному\n\n"
        "Департамент освіти міської ради підготував перелік шкіл для ремонту.\n\n"
        "Депутати в четвер виділили 30 млн гривень на ремонт шкіл.\n"
    )
    decision = only_event(item, EventKind.ANNOUNCEMENT)
    assert "департамент освіти міської ради" not in event_names(item, decision)


def test_deputies_deciding_again_make_one_more_decision_of_the_council() -> None:
    item = uanews.parse(
        "Луцька міська рада змінила бюджет\n\n"
        "Депутати Луцької міської ради на сесії 4 березня ухвалили зміни до бюджету громади.\n\n"
        "Депутати погодили передачу трьох тролейбусів комунальному підприємству"
        " «Луцькелектротранс».\n"
    )
    decisions = [event for event in item.events if event.kind is EventKind.ANNOUNCEMENT]
    assert len(decisions) == 2
    assert all("Луцька міська рада" in event_names(item, one) for one in decisions)


def test_deputies_with_councils_of_two_cities_named_stay_apart() -> None:
    item = uanews.parse(
        "Две сессии\n\n"
        "Ровенский городской совет и Луцкий городской совет в четверг провели сессии.\n\n"
        "Депутаты утвердили программу ремонта дорог.\n"
    )
    assert "депутаты" in [p.name for p in item.participants]
