"""A reminder of an event reported before gives its places to no strike or emergency told now.

``Нагадаємо, у січні в Рівненському районі згоріли два будинки``, ``Напомним, в конце сентября
... было повреждено предприятие в Ингульском районе``: after the report's first sentence, the
writer's reminder recalls another event, so the places it names are not those of the fire or
the strike the report tells.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Ukrainian and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_ukrainian_reminder_names_no_place_of_the_fire() -> None:
    item = uanews.parse(
        "У Рівному горів склад\n\n"
        "У Рівному 2 лютого виникла пожежа на складі будівельних матеріалів, постраждав"
        " охоронець.\n\n"
        "Нагадаємо, у січні в Рівненському районі через несправну проводку згоріли два"
        " приватні будинки."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Рівне",)


def test_russian_reminder_names_no_place_of_the_strike() -> None:
    item = uanews.parse(
        "Атака на Николаев\n\n"
        "Ночью российская армия атаковала Николаев ударными дронами, ранены трое.\n\n"
        "Напомним, в конце сентября в результате атаки на Николаев пострадали пятеро жителей,"
        " было повреждено предприятие в Ингульском районе."
    )
    assert item.language == "ru"
    assert only_event(item, EventKind.ATTACK).places == ("Николаев",)


def test_a_later_sentence_without_a_reminder_adds_its_place() -> None:
    item = uanews.parse(
        "У Рівному горів склад\n\n"
        "У Рівному 2 лютого виникла пожежа на складі будівельних матеріалів, постраждав"
        " охоронець.\n\n"
        "Також вогонь пошкодив сусідній склад у Рівненському районі."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Рівне", "Рівненський район")
