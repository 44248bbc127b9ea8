"""Quoted names after any head, declined names, Latin names after a common head (own texts)."""

from __future__ import annotations

import pytest

from organization_support import organizations as parsed_organizations
from participant_items import organizations


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("Перемогу здобули гравці команди «Вітрило» з Одеси.", "команда «Вітрило»", "Вітрило"),
        ("Проєкт розробила творча група «Маяк».", "творча група «Маяк»", "Маяк"),
        (
            "Позов подав інший підрядник – «АБК Дніпро-Буд» – минулого тижня.",
            "АБК Дніпро-Буд",
            "АБК Дніпро-Буд",
        ),
        ("Борг повернули «Агротрейду» ще взимку.", "Агротрейд", "Агротрейду"),
        (
            "Договір уклало ТОВ «БМК Планети-Міст» у лютому.",
            "ТОВ «БМК Планети-Міст»",
            "ТОВ «БМК Планети-Міст»",
        ),
        # a sports club's kind abbreviated heads its name like a legal form
        ("Гравці ФК «Буковина» провели тренування.", "ФК «Буковина»", "ФК «Буковина»"),
        ("Нападник БК «Прометей» набрав 30 очок.", "БК «Прометей»", "БК «Прометей»"),
        ("Игроки ХК «Сокол» провели тренировку.", "ХК «Сокол»", "ХК «Сокол»"),
        (
            "ФК «Металлист 1925» победил в Харькове.",
            "ФК «Металлист 1925»",
            "ФК «Металлист 1925»",
        ),
    ],
)
def test_quoted_names(text: str, name: str, mention: str) -> None:
    """A team's or a company's quoted name is one organisation, kept whole."""
    assert organizations(text)[name] == [mention]


def test_a_quoted_name_in_a_role_is_mentioned_without_its_common_head() -> None:
    """``членами спілки «X»``: the organisation is mentioned as ``X``, as elsewhere."""
    found = organizations("Вони були членами спілки «Зелений край» багато років.")
    assert found == {"спілка «Зелений край»": ["Зелений край"]}


@pytest.mark.parametrize(
    "text",
    ["Він знову перечитав «Кобзаря» взимку.", "Усі співали «Щедрика» на площі."],
)
def test_declined_titles_of_works_about_people_are_no_organisations(text: str) -> None:
    """A declined quoted word that reads as a being (a book named after one) is no body."""
    assert organizations(text) == {}


def test_two_companies_named_after_common_heads() -> None:
    """``Компанія Apple і компанії Meta``: two organisations, each its Latin name."""
    found = organizations("Компанія Apple і компанії Meta уклали угоду.")
    assert found == {"Apple": ["Apple"], "Meta": ["Meta"]}


def test_an_abbreviated_legal_form_repeats_the_spelled_out_one() -> None:
    """``ДП «X»`` after ``Державне підприємство «X»`` is the same organisation."""
    found = organizations(
        "Послуги надає Державне підприємство «Документ». Згодом ДП «Документ» відкрило офіси."
    )
    assert found == {
        "Державне підприємство «Документ»": ["Державне підприємство «Документ»", "ДП «Документ»"]
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Субпідрядником була DOGUS Insaat ve Ticaret AS минулого року.",
            "DOGUS Insaat ve Ticaret AS",
        ),
        ("Інтереси фірми представляла Harris & Brook у суді.", "Harris & Brook"),
        (
            "Акції купила Orion Trading B. V., яка зареєстрована в Амстердамі.",
            "Orion Trading B. V.",
        ),
    ],
)
def test_multiword_latin_names_are_one_organisation(text: str, name: str) -> None:
    """Particles of other languages and abbreviated legal forms stay inside a Latin name."""
    assert organizations(text) == {name: [name]}


def test_a_company_name_in_title_case_needs_no_head() -> None:
    """Every word capitalised in quote marks: a company's name, not a title."""
    found = organizations("Серед власників є «Балтік Шиппінг Лімітед» з Кіпру.")
    assert found == {"Балтік Шиппінг Лімітед": ["Балтік Шиппінг Лімітед"]}


@pytest.mark.parametrize(
    "text",
    [
        "На мітингу всі кричали «Слава Україні» разом.",
        "Рух «Захопи Вол-стрит» набрав силу.",
        "Він прочитав повість «Тиха ніч» учням.",
    ],
)
def test_slogans_and_titles_are_no_companies(text: str) -> None:
    """A slogan with a name or a verb, or a title with one capital, names no company."""
    assert organizations(text) == {}


def test_a_past_verb_ends_an_official_name() -> None:
    """``Одеська міськрада надала``: a verb the dictionary also reads as a name ends the name."""
    found = organizations("У січні Одеська міськрада надала згоду на оренду.")
    assert found == {"Одеська міськрада": ["Одеська міськрада"]}


def test_a_quoted_name_inside_a_quotation_is_read_on_its_own() -> None:
    """``«Втрати КП «X» становлять ...»``: the quotation is no name; ``КП «X»`` is."""
    found = organizations(
        "«Загальні втрати КП «Міськводоканал» сягнуть мільйона гривень», – сказав він."
    )
    assert found == {"КП «Міськводоканал»": ["КП «Міськводоканал»"]}


def test_a_head_with_a_nested_quoted_name_is_one_name() -> None:
    """``«Пансіонат «Зорі»»``: the quoted head and the inner name are one organisation."""
    found = organizations("Родина придбала «Пансіонат «Зорі»» торік.")
    assert list(found) == ["Пансіонат «Зорі»"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Аварія сталася на шахті «Степова» у нічну зміну.", "Степова"),
        ("Гірників шахти «Степова» вивели на поверхню.", "Степова"),
        ("Авария произошла на шахте «Степная», где работы были остановлены.", "Степная"),
        ("Рудник «Западный» остановил добычу из-за обесточивания.", "Западный"),
    ],
)
def test_a_mine_is_an_enterprise_named_in_marks(text: str, mention: str) -> None:
    """A mine is an enterprise like a plant: its quoted name is an organisation."""
    assert [mention] in parsed_organizations(text).values()


def test_a_mine_without_a_name_is_no_organisation() -> None:
    """A bare ``шахта`` is the kind of enterprise, not one named body."""
    assert parsed_organizations("На шахті стався вибух метану, гірників евакуювали.") == {}
