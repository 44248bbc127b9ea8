"""Participants, sixth pass (issue 15): organisation, person and role constructs in both languages.

Every text here was written for these tests, in the style of regional news.
"""

from __future__ import annotations

import pytest

from organization_support import organizations


@pytest.mark.parametrize(
    ("paragraph", "name", "mention"),
    [
        (
            "Грант на очисні споруди надав Північний інвестиційний банк (NIB) минулого року.",
            "Північний інвестиційний банк",
            "Північний інвестиційний банк (NIB)",
        ),
        (
            "Деньги на фильтры выделила Балтийская экологическая ассоциация (BEA) весной.",
            "Балтийская экологическая ассоциация",
            "Балтийская экологическая ассоциация (BEA)",
        ),
    ],
)
def test_a_latin_acronym_in_parentheses_stays_in_the_mention(paragraph, name, mention):
    found = organizations(paragraph)
    assert found == {name: [mention]}


def test_an_acronym_in_the_names_script_is_a_mention_of_its_own():
    found = organizations(
        "Перевірку провела Державна екологічна інспекція (ДЕІ). Висновки ДЕІ оприлюднить у травні."
    )
    assert found == {"Державна екологічна інспекція": ["Державна екологічна інспекція", "ДЕІ", "ДЕІ"]}


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Мэр поблагодарил спасателей ГСЧС в Николаевской области.", "ГСЧС в Николаевской области"),
        ("Об этом сообщили в ГСЧС в Кировоградской области.", "ГСЧС в Кировоградской области"),
        ("Мер подякував рятувальникам ДСНС у Черкаській області.", "ДСНС у Черкаській області"),
        ("Про це повідомили в ДСНС у Волинській області.", "ДСНС у Волинській області"),
    ],
)
def test_a_territorial_service_takes_the_region_it_serves(paragraph, name):
    assert list(organizations(paragraph)) == [name]


def test_the_army_in_a_region_is_only_the_army():
    found = organizations("Бойцы ВСУ в Харьковской области отбили атаку у села.")
    assert list(found) == ["ВСУ"]


def test_a_unit_of_a_service_keeps_the_region_after_a_role():
    found = organizations("Совещание провел начальник ГУ ГСЧС в Сумской области Олег Кравец.")
    assert list(found) == ["ГУ ГСЧС в Сумской области"]
