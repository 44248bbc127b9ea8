"""The place a visit's verb governs: a region before the verb, a town after its adjective.

``Винницкую область посетил министр``: a region named by its adjective and head noun stands as
the verb's object before it; ``посетил польский Хелм``: a relational adjective of a country
between the verb and the town. A common noun capitalised in an institution's name after such an
adjective (``міський Центр надання послуг``) is no town.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_russian_region_visited_before_its_verb() -> None:
    item = uanews.parse(
        "Визит министра\n\n"
        "С рабочим визитом Винницкую область посетила заместитель министра энергетики"
        " Ольга Гаврилюк."
    )
    assert only_event(item, EventKind.VISIT).places == ("Винницкая область",)


def test_ukrainian_region_visited_before_its_verb() -> None:
    item = uanews.parse(
        "Візит міністерки\n\n"
        "З робочим візитом Вінницьку область відвідала заступниця міністра енергетики"
        " Ольга Гаврилюк."
    )
    assert only_event(item, EventKind.VISIT).places == ("Вінницька область",)


def test_ukrainian_region_visited_after_its_verb_keeps_its_head_noun() -> None:
    item = uanews.parse(
        "Візит міністра\n\nМіністр освіти Тарас Литвин у вівторок відвідав Вінницьку область."
    )
    assert only_event(item, EventKind.VISIT).places == ("Вінницька область",)


def test_russian_foreign_town_after_its_country_adjective() -> None:
    item = uanews.parse(
        "Визит в Польшу\n\nГородской голова Луцка Игорь Полищук в среду посетил польский Хелм."
    )
    assert only_event(item, EventKind.VISIT).place == "Хелм"


def test_ukrainian_foreign_town_after_its_country_adjective() -> None:
    item = uanews.parse(
        "Візит до Польщі\n\nМіський голова Луцька Ігор Поліщук у середу відвідав польський Хелм."
    )
    assert only_event(item, EventKind.VISIT).place == "Хелм"


def test_an_institution_after_an_adjective_is_no_town() -> None:
    item = uanews.parse(
        "Візит міністра\n\nМіністр цифрової трансформації Тарас Литвин відвідав міський Центр"
        " надання адміністративних послуг."
    )
    assert only_event(item, EventKind.VISIT).places == ()
