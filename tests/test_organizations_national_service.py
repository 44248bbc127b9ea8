"""A lower-case noun of the country's one police service names that service.

Every text here was written for these tests, in the style of regional news.
"""

from __future__ import annotations

import pytest

import uanews
from organization_support import organizations


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        (
            "На місці влучання працюють рятувальники та поліція. Слідчі поліції вже працюють.",
            {"поліція": ["поліція", "поліції"]},
        ),
        (
            "Следователи полиции открыли производство, на месте работают спасатели.",
            {"полиция": ["полиции"]},
        ),
        (
            "Водій був тверезим, повідомила речниця поліції Житомирської області Ольга Гай.",
            {"поліція Житомирської області": ["поліції Житомирської області"]},
        ),
        (
            "Водитель был трезв, сообщила спикер полиции региона Ольга Гай.",
            {"полиция региона": ["полиции региона"]},
        ),
    ],
)
def test_a_bare_police_noun_is_the_police(paragraph, found):
    police = ("поліці", "полици")
    assert {
        name: texts for name, texts in organizations(paragraph).items() if name.startswith(police)
    } == found


@pytest.mark.parametrize(
    "paragraph",
    [
        # a unit named by its task, which the text leaves unnamed
        "Призначенню передувала спецоперація поліції з протидії корупції в районі.",
        "Назначению предшествовала спецоперация полиции по борьбе с коррупцией.",
    ],
)
def test_a_police_noun_before_a_preposition_is_no_organisation(paragraph):
    assert organizations(paragraph) == {}


def test_a_police_noun_with_its_own_adjective_is_left_to_the_phrase_rules():
    found = organizations("Інспектори патрульної поліції зупинили автомобіль на трасі.")
    assert "поліція" not in found


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            (
                "Про аварію повідомили в ГУ Національної поліції в Одеській області. У поліції "
                "закликали водіїв бути уважними."
            ),
            "ГУ Національної поліції в Одеській області",
        ),
        (
            (
                "Об аварии сообщили в ГУ Национальной полиции в Одесской области. В полиции "
                "призвали водителей быть внимательными."
            ),
            "ГУ Национальной полиции в Одесской области",
        ),
    ],
)
def test_a_police_noun_after_the_one_police_office_named_is_that_office(paragraph, name):
    found = organizations(paragraph)
    assert list(found) == [name]
    assert len(found[name]) == 2


def test_a_police_noun_after_a_role_noun_leaves_the_person_the_speaker():
    item = uanews.parse(
        "Новини області\n\nЯк розповіла речниця ГУНП в Житомирській області Ольга Гай, водій "
        "був тверезим.\n\n«Слідчі вже працюють на місці, — зазначила речниця поліції. — "
        "Відкрито провадження».\n"
    )
    person = next(p for p in item.participants if p.name == "Ольга Гай")
    assert [q.speaker for q in item.quotes] == [person.id, person.id]


def test_a_police_office_with_its_region_stays_its_own_organisation():
    found = organizations(
        "Затор на трасі розчистила Патрульна поліція. Рух обмежено, повідомили в поліції "
        "Полтавської області."
    )
    assert found["Патрульна поліція"] == ["Патрульна поліція"]
    assert found["поліція Полтавської області"] == ["поліції Полтавської області"]
