"""Whom a meeting was held with, named as a group of people by what they are.

``Голова ОВА провів нараду з головами територіальних громад``: the heads of the communities
are a party to the meeting, a group named with its genitive complement (in the nominative:
``голови територіальних громад``). A group of such people outside a meeting sentence, or one
person (``з головою громади``), makes no group here.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import event_names, only_event
from uanews.model import EventKind, ParticipantKind


def test_ukrainian_meeting_with_the_heads_of_communities_has_them_as_a_group() -> None:
    item = uanews.parse(
        "Підготовка до зими на Рівненщині\n\n"
        "Начальник Рівненської обласної військової адміністрації Остап Гнатюк провів нараду"
        " з головами територіальних громад області щодо опалювального сезону.\n"
    )
    meeting = only_event(item, EventKind.MEETING)
    assert "голови територіальних громад області" in event_names(item, meeting)


def test_russian_meeting_with_the_chief_doctors_has_them_as_a_group() -> None:
    item = uanews.parse(
        "Подготовка больниц к зиме\n\n"
        "Министр здравоохранения Остап Гнатышин провел совещание с главными врачами больниц"
        " Ровенской, Волынской и Житомирской областей.\n"
    )
    meeting = only_event(item, EventKind.MEETING)
    names = event_names(item, meeting)
    assert "главные врачи больниц Ровенской, Волынской и Житомирской областей" in names


def test_a_comma_before_a_common_noun_ends_the_group() -> None:
    item = uanews.parse(
        "Робочий тиждень міністра\n\n"
        "Тиждень міністра культури Остапа Гнатюка минув у нарадах: відбулася нарада з"
        " директорами обласних музеїв, участі в засіданні колегії він не брав.\n"
    )
    groups = [p.name for p in item.participants if p.kind is ParticipantKind.GROUP]
    assert "директори обласних музеїв" in groups
    assert not any("участі" in name for name in groups)


def test_one_head_of_a_community_is_no_group() -> None:
    item = uanews.parse(
        "Нарада щодо зими\n\n"
        "Начальник обласної військової адміністрації Остап Гнатюк провів нараду з головою"
        " Здолбунівської громади щодо опалювального сезону.\n"
    )
    assert not [p for p in item.participants if p.kind is ParticipantKind.GROUP]


def test_heads_named_outside_a_meeting_are_no_group() -> None:
    item = uanews.parse(
        "Громади отримали генератори\n\n"
        "Генератори передали разом з головами територіальних громад області.\n"
    )
    assert not [p for p in item.participants if p.kind is ParticipantKind.GROUP]
