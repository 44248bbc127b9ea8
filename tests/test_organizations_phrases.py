"""Organisations named by noun phrases in any case (sentences written for the tests)."""

from __future__ import annotations

import pytest

import uanews
from participant_items import organizations
from uanews.model import ParticipantKind


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        (
            "Міністерство економіки погодило нові правила закупівель.",
            "Міністерство економіки",
            "Міністерство економіки",
        ),
        (
            "Кошти надав Всесвітній фонд природи минулої весни.",
            "Всесвітній фонд природи",
            "Всесвітній фонд природи",
        ),
        (
            "Лист надіслали до Державного управління справами вчора.",
            "Державне управління справами",
            "Державного управління справами",
        ),
        (
            "Справу розглянув Шевченківський районний суд м. Полтави у вівторок.",
            "Шевченківський районний суд м. Полтави",
            "Шевченківський районний суд м. Полтави",
        ),
        (
            "Рішення ухвалила Полтавська міська рада на сесії.",
            "Полтавська міська рада",
            "Полтавська міська рада",
        ),
        (
            "Грошима розпоряджається Нацагентство з підготовки Євро-2030 до кінця року.",
            "Нацагентство з підготовки Євро-2030",
            "Нацагентство з підготовки Євро-2030",
        ),
    ],
)
def test_official_names(text: str, name: str, mention: str) -> None:
    """Capitalised names keep their field complement, a place after ``м.`` and a purpose."""
    assert organizations(text)[name] == [mention]


def test_an_action_after_a_name_is_no_part_of_it() -> None:
    """What a body is asked to do (``відкриття рахунку``) does not join its name."""
    found = organizations("Заяву подали до Пенсійного фонду відкриття рахунку ради.")
    assert "Пенсійний фонд" in found
    assert found["Пенсійний фонд"] == ["Пенсійного фонду"]


def test_a_sentence_initial_common_noun_is_still_no_organisation() -> None:
    """A capital by position alone makes no name without a complement."""
    assert organizations("Компанія пообіцяла нові робочі місця.") == {}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Питання винесли на сесію облради у травні.", "облради"),
        ("Про це повідомили в міськраді напередодні.", "міськраді"),
        ("Рішення госпсуду оскаржила прокуратура.", "госпсуду"),
    ],
)
def test_compound_abbreviations_of_one_body_in_lower_case(text: str, mention: str) -> None:
    """``облрада``, ``міськрада``, ``госпсуд`` stand for one body, even in lower case."""
    assert [mention] in organizations(text).values()


def test_plural_compound_abbreviations_name_no_one_body() -> None:
    """``депутати облрад`` speaks of councils in general."""
    assert organizations("Це стосується всіх облрад країни.") == {}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Дозвіл видав Держгеокадастру співробітник.", "Держгеокадастру"),
        ("Заяву оприлюднив Мінцифри в понеділок.", "Мінцифри"),
        ("Відповідь надіслав Держспецзв'язок учора.", "Держспецзв'язок"),
    ],
)
def test_compound_names_of_state_bodies(text: str, mention: str) -> None:
    """Capitalised compounds opening with ``Держ``, ``Мін``, ``Укр``, ``Нац`` are bodies."""
    assert [mention] in organizations(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Державність відновили у 1991 році.",
        "Українці підтримали ідею.",
        "Національний парк відкрили.",
        "Мінімальна зарплата зросла.",
        "Мінськ приймав турнір.",
    ],
)
def test_ordinary_words_with_those_openings_are_no_bodies(text: str) -> None:
    """Words that merely share the opening letters name no organisation."""
    assert organizations(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("Спортзал ліцею № 5 відремонтували.", "ліцей № 5", "ліцею № 5"),
        ("Учні школи №12 перемогли.", "школа №12", "школи №12"),
        (
            "Лікарі міської лікарні № 3 отримали обладнання.",
            "міська лікарня № 3",
            "міської лікарні № 3",
        ),
    ],
)
def test_numbered_institutions(text: str, name: str, mention: str) -> None:
    """An institution noun with its number names one institution, in any case."""
    assert organizations(text)[name] == [mention]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Документи видає міграційна служба у визначений строк.", "міграційна служба"),
        ("Позов подала податкова інспекція торік.", "податкова інспекція"),
        ("Справу передали до районного суду вчора.", "районного суду"),
    ],
)
def test_body_nouns_classified_by_relational_adjectives(text: str, mention: str) -> None:
    """A relational adjective classifies a body: the phrase names that one body."""
    assert [mention] in organizations(text).values()


@pytest.mark.parametrize(
    "text",
    ["Запрацювала нова служба таксі.", "Створили велику комісію з питань спорту."],
)
def test_qualitative_adjectives_name_no_body(text: str) -> None:
    """A gradable adjective (``нова``, ``велика``) describes, it does not classify."""
    assert organizations(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("Підтримка Збройних Сил лишається пріоритетом.", "Збройні Сили", "Збройних Сил"),
        (
            "Допомогу Збройним Силам України надали фермери.",
            "Збройні Сили України",
            "Збройним Силам України",
        ),
        (
            "Навчання провели Військово-Морські Сили вчора.",
            "Військово-Морські Сили",
            "Військово-Морські Сили",
        ),
    ],
)
def test_bodies_with_plural_names(text: str, name: str, mention: str) -> None:
    """``Збройні Сили`` is one body named in the plural, put in the nominative plural."""
    assert organizations(text)[name] == [mention]


def test_a_common_plural_noun_is_no_body() -> None:
    """``сили`` in lower case (strength) names nothing."""
    assert organizations("Йому забракло сили волі вчора.") == {}


def test_a_compound_abbreviation_is_the_one_body_whose_full_name_it_shortens():
    item = uanews.parse(
        "Бюджет розглянуть у вівторок\n\n"
        "Рівненська обласна рада збереться на сесію наступного тижня.\n\n"
        "В облраді пояснили, що депутати мають ухвалити зміни до бюджету."
    )
    bodies = [p for p in item.participants if p.kind is ParticipantKind.ORGANIZATION]
    assert [body.name for body in bodies] == ["Рівненська обласна рада"]
    assert [mention.text for mention in bodies[0].mentions] == [
        "Рівненська обласна рада",
        "облраді",
    ]


def test_a_compound_abbreviation_stays_apart_when_two_bodies_fit():
    item = uanews.parse(
        "Дві сесії\n\n"
        "Рівненська міська рада і Луцька міська рада провели сесії.\n\n"
        "У міськраді зазначили, що засідання тривало дві години."
    )
    names = [p.name for p in item.participants if p.kind is ParticipantKind.ORGANIZATION]
    assert "міськрада" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Угоду підписав Центр досліджень «Нова енергія» минулого тижня.",
            "Центр досліджень «Нова енергія»",
        ),
        (
            (
                "Обладнання закупила Волинська філія Державної установи «Інститут охорони"
                " ґрунтів та агрохімії рослин північних областей України імені Олександра"
                " Соколовського» за результатами торгів."
            ),
            (
                "Волинська філія Державної установи «Інститут охорони ґрунтів та агрохімії"
                " рослин північних областей України імені Олександра Соколовського»"
            ),
        ),
    ],
)
def test_a_quoted_name_after_an_official_phrase_is_part_of_it(text: str, name: str) -> None:
    """``Центр досліджень «X»``: the quoted proper name stands in apposition to the phrase."""
    found = organizations(text)
    assert name in found
    assert not [other for other in found if other != name and other in name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Наказ Міністерства освіти і науки «Про затвердження порядку» набрав чинності.",
            "Міністерство освіти і науки",
        ),
        (
            "Працівники Державної служби зайнятості «порадили» йому зачекати.",
            "Державна служба зайнятості",
        ),
    ],
)
def test_a_title_or_scare_quotes_after_a_phrase_stay_apart(text: str, name: str) -> None:
    """A decree's title (``«Про ...»``) and lower-case scare quotes are no part of the name."""
    assert name in organizations(text)
