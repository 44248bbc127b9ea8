"""The site of works a decision funds or an agreement plans is not where it was taken.

``Виконком вирішив виділити 12 млн гривень на ремонт мосту в Корольовському районі``,
``подписали меморандум о строительстве электростанции в Самарском районе``: a place after a noun
of works (``ремонт``, ``будівництво``, ``строительство``, ``восстановление``) in the same clause
is where the works are to be, so a decision's or a signing's place is read elsewhere (a town's
own body, the dateline) or stays unknown.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Ukrainian and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_ukrainian_repair_site_is_not_the_decision_place() -> None:
    item = uanews.parse(
        "Ремонт мосту\n\n"
        "Виконком Житомирської міської ради вирішив виділити 12 млн гривень на ремонт мосту"
        " в Корольовському районі."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Житомир",)


def test_russian_construction_site_is_not_the_signing_place() -> None:
    item = uanews.parse(
        "Меморандум\n\n"
        "Днепровский городской совет и компания «Светлый дом» подписали меморандум о"
        " строительстве солнечной электростанции в Самарском районе."
    )
    assert item.language == "ru"
    assert only_event(item, EventKind.AGREEMENT).places == ("Днепр",)


def test_russian_restoration_site_alone_leaves_the_place_unknown() -> None:
    item = uanews.parse(
        "Деньги на школы\n\nКабмин выделил 500 млн гривен на восстановление школ в Харьковской"
        " области."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ()


def test_a_place_before_the_works_is_the_decision_place() -> None:
    item = uanews.parse(
        "Ремонт мосту\n\nУ Житомирі депутати міської ради виділили 12 млн гривень на ремонт мосту."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Житомир",)


def test_an_opening_after_repair_keeps_its_place() -> None:
    item = uanews.parse(
        "Міст відкрили\n\nПісля ремонту в Корольовському районі Житомира відкрили міст через"
        " Тетерів."
    )
    assert only_event(item, EventKind.PRESENTATION).places == ("Житомир", "Корольовський район")
