"""Quotes and speakers after the review of the sixth pass: a finding verb's object, outlets.

Every text was written for these tests in the style of Ukrainian outlets publishing in Ukrainian
and Russian; the names, places and outlets are invented or only a setting, none is taken from
any corpus.
"""

from __future__ import annotations

import pytest

from quote_support import said as _said


@pytest.mark.parametrize(
    "text",
    [
        (
            "Пожежа на складі\n\nСлідчі встановили особу жінки, що загинула під час пожежі на "
            "складі.\n"
        ),
        (
            "Нові камери\n\nПравоохоронці встановили на перехресті нові відеокамери, що "
            "розпізнають номери автомобілів.\n"
        ),
        (
            "Новые камеры\n\nПолицейские установили на въезде в город камеры, что фиксируют "
            "номера машин.\n"
        ),
    ],
)
def test_a_finding_verbs_object_makes_the_clause_relative(text):
    # ``встановити`` is also *to install* and ``що`` also *which*: the clause after the verb's
    # accusative object describes that object, nobody reports it
    assert _said(text) == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            (
                "Пожежа на складі\n\nСлідчі встановили на місці події, що пожежу спричинила "
                "несправна проводка.\n"
            ),
            "пожежу спричинила несправна проводка",
        ),
        (
            (
                "Пожежа на складі\n\nПрацівники поліції з'ясували, що склад не мав дозволу на "
                "зберігання пального.\n"
            ),
            "склад не мав дозволу на зберігання пального",
        ),
        (
            (
                "Пожар на складе\n\nСледователи выяснили, что склад не имел разрешения на "
                "хранение топлива.\n"
            ),
            "склад не имел разрешения на хранение топлива",
        ),
    ],
)
def test_a_finding_with_no_object_still_reports(text, words):
    # the subject after the verb (``працівники``) and a genitive completing a place
    # (``на місці події``) are no objects
    assert words in _said(text)


_MAYOR = "Міський голова Бердичева Остап Веремчук пообіцяв до осені відремонтувати три мости."
_MAYOR_RU = "Городской голова Бердичева Остап Веремчук пообещал до осени отремонтировать три моста."


@pytest.mark.parametrize(
    "cue",
    [
        "сказав він в ефірі Прямого",
        "сказав він в ефірі телеканалу «Пряме»",
        "сказав він журналістам телеканалу «Пряме»",
    ],
)
def test_the_outlet_that_carried_the_words_is_no_speaker(cue):
    # a body completing a broadcast noun (``в ефірі X``) or, through its kind noun in the
    # genitive, a dative hearer (``журналістам телеканалу «X»``) is where the words went;
    # the pronoun's man said them
    text = f"Мости відремонтують\n\n{_MAYOR}\n\n«Роботи почнуться в травні», — {cue}.\n"
    assert _said(text)["Роботи почнуться в травні"] == "Остап Веремчук"


@pytest.mark.parametrize(
    "cue", ["сказал он в эфире Общественного", "сказал он корреспонденту газеты «Вести»"]
)
def test_the_outlet_that_carried_the_words_is_no_speaker_ru(cue):
    text = f"Мосты отремонтируют\n\n{_MAYOR_RU}\n\n«Работы начнутся в мае», — {cue}.\n"
    assert _said(text)["Работы начнутся в мае"] == "Остап Веремчук"


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("повідомила пресслужба телеканалу «Пряме»", "телеканал «Пряме»"),
        ("повідомили в редакції «Прямого»", "редакція «Прямого»"),
    ],
)
def test_an_outlets_own_office_speaks_for_it(cue, name):
    # the press office (the subject) and the newsroom (where it was said) speak for the outlet
    text = (
        "Телеканал змінить сітку\n\nТелеканал «Пряме» змінить сітку мовлення.\n\n"
        f"«Нові програми вийдуть у вересні», — {cue}.\n"
    )
    assert _said(text)["Нові програми вийдуть у вересні"] == name


@pytest.mark.parametrize(
    ("body", "found", "name"),
    [
        (
            "Житомирська обласна військова адміністрація обмежила продаж пального в каністрах.",
            "У розпорядженні зазначено, що обмеження діятиме до кінця місяця.",
            "Житомирська обласна військова адміністрація",
        ),
        (
            "Житомирская областная военная администрация ограничила продажу топлива в канистрах.",
            "В распоряжении говорится, что ограничение будет действовать до конца месяца.",
            "Житомирская областная военная администрация",
        ),
        (
            "Головне управління Пенсійного фонду України в Житомирській області змінило графік.",
            "У наказі зазначено, що новий графік діятиме з вересня.",
            "Головне управління Пенсійного фонду України в Житомирській області",
        ),
        (
            "Главное управление Пенсионного фонда Украины в Житомирской области изменило график.",
            "В приказе говорится, что новый график будет действовать с сентября.",
            "Главное управление Пенсионного фонда Украины в Житомирской области",
        ),
    ],
)
def test_an_administrative_act_speaks_for_the_body_that_issues_it(body, found, name):
    # an administration's ``розпорядження`` and an office's ``наказ`` are quoted like a
    # court's ruling: the body of that kind named before issued it
    said = _said(f"Новий порядок\n\n{body}\n\n{found}\n")
    assert list(said.values()) == [name]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            (
                "Затримали коригувальника\n\nУ СБУ з'ясували, що затриманий передавав окупантам "
                "координати складів.\n"
            ),
            "затриманий передавав окупантам координати складів",
            "СБУ",
        ),
        (
            (
                "Задержали корректировщика\n\nВ ГБР выяснили, что задержанный передавал оккупантам "
                "координаты складов.\n"
            ),
            "задержанный передавал оккупантам координаты складов",
            "ГБР",
        ),
        (
            (
                "Затримали коригувальника\n\nЯк встановила контррозвідка, затриманий передавав "
                "окупантам координати складів.\n"
            ),
            "затриманий передавав окупантам координати складів",
            None,
        ),
    ],
)
def test_an_investigating_bodys_acronym_is_an_investigator(text, words, name):
    said = _said(text)
    assert words in said
    assert said[words] == name


def test_an_investigating_body_installing_things_reports_nothing():
    text = "Нові камери\n\nСБУ встановила на блокпостах нові камери, що розпізнають обличчя.\n"
    assert _said(text) == {}
