"""Event places put in the nominative: an adjective agrees with its place noun, a lone adjective
form is no place, and a town in ``-ск`` the dictionary lacks is read by its ending.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from event_support import only_event
from uanews.model import EventKind
from uanews.parser.language import using_language
from uanews.parser.toponyms import russian_place_nominative, russian_settlement_name


def _places(text: str) -> tuple[str, ...]:
    """Return the places of the one attack of ``text``."""
    return only_event(uanews.parse(text), EventKind.ATTACK).places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            (
                "Удар по Одесщине\n\nНочью 5 мая беспилотники ударили по Арцизскому району."
                " Ранены двое мужчин."
            ),
            ("Арцизский район",),
        ),
        (
            (
                "Удар по Одещині\n\nУночі 5 травня безпілотники вдарили по Арцизькому району."
                " Поранено двох чоловіків."
            ),
            ("Арцизький район",),
        ),
    ],
)
def test_an_adjective_before_its_district_is_no_place_of_its_own(text, places):
    # ``по Арцизскому району``: the adjective agrees with ``району``; alone it is no accusative
    # of a made-up ``Арцизскома``.
    assert _places(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            (
                "Атака на Киев\n\nУтром 8 мая в Оболонском районе столицы ранены три человека"
                " после атаки дронов."
            ),
            ("Оболонский район",),
        ),
        (
            (
                "Атака на Київ\n\nУранці 8 травня в Оболонському районі столиці поранено трьох"
                " людей після атаки дронів."
            ),
            ("Оболонський район",),
        ),
    ],
)
def test_a_district_adjective_takes_the_gender_of_its_noun(text, places):
    # The Russian dictionary also reads ``Оболонском`` as a form of the surname ``Оболонской``,
    # as likely as the adjective: before ``районе`` the word is the masculine adjective.
    assert _places(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            (
                "Атака на Днепропетровщину\n\nВечером 6 мая дроны атаковали Перещепинск,"
                " ранена женщина."
            ),
            ("Перещепинск",),
        ),
        (
            (
                "Обстрел Днепропетровщины\n\nВечером 6 мая в городе Перещепинске ранена женщина"
                " после удара дрона."
            ),
            ("Перещепинск",),
        ),
        (
            (
                "Обстрел Днепропетровщины\n\nВечером 6 мая после удара дронов по городу"
                " Перещепинску ранена женщина."
            ),
            ("Перещепинск",),
        ),
        (
            (
                "Атака на Миколаївщину\n\nУвечері 6 травня дрони атакували Южноукраїнськ,"
                " поранено жінку."
            ),
            ("Южноукраїнськ",),
        ),
        (
            (
                "Обстріл Миколаївщини\n\nУвечері 6 травня у місті Южноукраїнську поранено жінку"
                " після удару дрона."
            ),
            ("Южноукраїнськ",),
        ),
    ],
)
def test_a_town_in_sk_the_dictionary_lacks_is_put_in_the_nominative(text, places):
    assert _places(text) == places


def test_russian_endings_of_unknown_names():
    with using_language("ru"):
        # a masculine inanimate noun: its accusative is its nominative
        assert russian_place_nominative("Перещепинск", "accs") == "Перещепинск"
        # an ``-ск`` noun's instrumental keeps its stem; an adjective form alone is no place
        assert russian_place_nominative("Перещепинском", "ablt") == "Перещепинск"
        assert russian_place_nominative("Арцизскому", "accs") is None
        # after a settlement noun: ``-ске``/``-ска``/``-ску`` agree with it, ``-ском`` is unclear
        assert russian_settlement_name("Перещепинске", "loct") == "Перещепинск"
        assert russian_settlement_name("Перещепинска", "gent") == "Перещепинск"
        assert russian_settlement_name("Подгородненском", "loct") == "Подгородненском"


def _visit_places(text: str) -> tuple[str, ...]:
    """Return the places of the one visit of ``text``."""
    return only_event(uanews.parse(text), EventKind.VISIT).places


@pytest.mark.parametrize(
    "text",
    [
        "Міністр у порту\n\nМіністр енергетики Петро Гайдамаха побував у Сокальському порту.",
        (
            "Міністр у порту\n\n"
            "Міністр енергетики Петро Гайдамаха побував у Роменському морському торговельному"
            " порту."
        ),
    ],
)
def test_an_adjective_read_only_as_a_surname_besides_is_no_town(text):
    # the place noun after it (``порту``) is what it qualifies; no lifeless noun reading
    assert _visit_places(text) == ()


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Міністр у місті\n\nМіністр енергетики Петро Гайдамаха побував у Хмельницькому.",
            ("Хмельницький",),
        ),
        (
            "Міністр у місті\n\nМіністр енергетики Петро Гайдамаха побував у Покровському.",
            ("Покровське",),
        ),
    ],
)
def test_a_town_named_by_an_adjective_that_is_a_surname_too_stays_a_place(text, places):
    assert _visit_places(text) == places
