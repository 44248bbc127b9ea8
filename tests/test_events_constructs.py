"""Event constructions: an explosion with its collapse, Russia's military, a joint statement.

Every text was written for these tests in the style of Ukrainian outlets publishing in Ukrainian
and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import EventKind

RU = """\
Взрыв газа в многоэтажке Днепра: погибли трое, среди них ребенок

Утром в пятницу в девятиэтажном доме на проспекте Поля в Днепре произошел взрыв газа. \
Частично обрушились два этажа. Под завалами погибли трое жильцов, среди них десятилетний \
ребенок, еще семеро человек травмированы.
"""

UK = """\
Вибух газу в багатоповерхівці Дніпра: загинули троє, серед них дитина

Вранці в пʼятницю в девʼятиповерховому будинку на проспекті Поля в Дніпрі стався вибух газу. \
Частково обвалилися два поверхи. Під завалами загинули троє мешканців, серед них десятирічна \
дитина, ще семеро людей травмовані.
"""


@pytest.mark.parametrize("text", [RU, UK])
def test_a_collapse_after_an_explosion_is_the_same_emergency(text):
    incidents = [e for e in uanews.parse(text).events if e.kind is EventKind.INCIDENT]
    assert len(incidents) == 1
    assert (incidents[0].killed, incidents[0].injured) == (3, 7)


def test_a_fire_in_another_paragraph_is_another_emergency():
    text = (
        "Чрезвычайные происшествия за сутки\n\n"
        "В Днепре в девятиэтажном доме произошел взрыв газа, пострадали двое жильцов.\n\n"
        "В Одессе ночью произошел пожар на складе, пострадавших нет.\n"
    )
    incidents = [e for e in uanews.parse(text).events if e.kind is EventKind.INCIDENT]
    assert len(incidents) == 2


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "Обстрел Херсона\n\nНочью российские военные обстреляли Херсон, ранены два человека.\n",
            "российские военные",
        ),
        (
            "Обстріл Херсона\n\nУночі російські військові обстріляли Херсон, поранено двох.\n",
            "російські військові",
        ),
    ],
)
def test_the_military_of_russia_is_the_attacker(text, attacker):
    item = uanews.parse(text)
    attacks = [e for e in item.events if e.kind is EventKind.ATTACK]
    assert len(attacks) == 1
    assert attacker in {item.participant(pid).name for pid in attacks[0].participants}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Новости\n\nПрезидент Украины Владимир Зеленский и премьер-министр Нидерландов Марк "
            "Рютте подписали совместное заявление о безопасности.\n"
        ),
        (
            "Новини\n\nПрезидент України Володимир Зеленський і премʼєр-міністр Нідерландів Марк "
            "Рютте підписали спільну заяву про безпеку.\n"
        ),
    ],
)
def test_a_signed_joint_statement_is_an_agreement(text):
    item = uanews.parse(text)
    agreements = [e for e in item.events if e.kind is EventKind.AGREEMENT]
    assert len(agreements) == 1
    names = {item.participant(pid).name for pid in agreements[0].participants}
    assert len(names) == 2


def test_a_statement_alone_is_no_agreement():
    text = "Новини\n\nМіністр підписав заяву про звільнення з посади.\n"
    kinds = {e.kind for e in uanews.parse(text).events}
    assert EventKind.AGREEMENT not in kinds


@pytest.mark.parametrize(
    "text",
    [
        (
            "Одеса отримає тролейбуси\n\nМіський голова Одеси Геннадій Труханов у вівторок "
            "зустрівся з послом Польщі Петром Лукасевичем. Сторони домовилися про передачу місту "
            "двадцяти тролейбусів.\n"
        ),
        (
            "Одесса получит троллейбусы\n\nГородской голова Одессы Геннадий Труханов во вторник "
            "встретился с послом Польши Петром Лукасевичем. Стороны договорились о передаче городу "
            "двадцати троллейбусов.\n"
        ),
    ],
)
def test_the_parties_who_met_agree(text):
    item = uanews.parse(text)
    agreements = [e for e in item.events if e.kind is EventKind.AGREEMENT]
    meetings = [e for e in item.events if e.kind is EventKind.MEETING]
    assert len(agreements) == 1
    assert len(meetings) == 1
    assert set(agreements[0].participants) == set(meetings[0].participants)
    assert len(agreements[0].participants) == 2


def test_the_parties_with_no_meeting_before_make_no_agreement():
    text = "Новини\n\nСторони домовилися про перемиря, повідомляють джерела.\n"
    kinds = {e.kind for e in uanews.parse(text).events}
    assert EventKind.AGREEMENT not in kinds


_MET = (
    "Одеса отримає тролейбуси\n\nМіський голова Одеси Геннадій Труханов у вівторок "
    "зустрівся з послом Польщі Петром Лукасевичем.\n\n"
)
_MET_RU = (
    "Одесса получит троллейбусы\n\nГородской голова Одессы Геннадий Труханов во вторник "
    "встретился с послом Польши Петром Лукасевичем.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # the parties of a complement are others: not those who met
        _MET + "Сторони конфлікту в Судані домовилися про припинення вогню.\n",
        _MET_RU + "Стороны конфликта в Судане договорились о прекращении огня.\n",
        # two paragraphs on, the meeting is too far back for ``Сторони`` to be its parties
        _MET
        + "Посол розповів про польські програми для міст.\n\n"
        + "Тим часом в Одесі відкрили новий сквер.\n\n"
        + "Сторони домовилися про обмін делегаціями.\n",
        # ``партнери`` are anyone's partners, not the parties of a meeting
        _MET + "Партнери домовилися про постачання обладнання.\n",
        _MET_RU + "Партнеры договорились о поставках оборудования.\n",
    ],
)
def test_the_parties_of_others_or_far_after_a_meeting_are_not_those_who_met(text):
    item = uanews.parse(text)
    meetings = [e for e in item.events if e.kind is EventKind.MEETING]
    assert len(meetings) == 1
    met = set(meetings[0].participants)
    agreements = [e for e in item.events if e.kind is EventKind.AGREEMENT]
    assert all(not met & set(agreement.participants) for agreement in agreements)
