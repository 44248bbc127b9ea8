"""A reporter names someone just quoted again by their calling (``– підсумовує активіст``,
``– добавил волонтер``): the noun is that person, as for ``експерт``; a plural noun with a
plural verb is an unnamed group.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

from quote_support import spoken


def test_an_activist_noun_is_the_person_quoted_before() -> None:
    """``активіст`` after the NGO's ecologist was quoted: the ecologist."""
    text = (
        "На Волині перевірили якість води у Стиру\n\n"
        "Еколог громадської організації «Зелений Стир» Тарас Гордійчук вважає, що річку "
        "забруднюють насамперед агрофірми.\n\n"
        "– Поки за скиди ніхто не платить штрафів, нова станція не допоможе, – підсумовує "
        "активіст.\n"
    )
    assert spoken(text)[-1] == (
        "Поки за скиди ніхто не платить штрафів, нова станція не допоможе",
        "Тарас Гордійчук",
    )


def test_a_volunteer_noun_in_russian_is_the_person_quoted_before() -> None:
    """``волонтер`` after the fund's head was quoted: the head."""
    text = (
        "В Херсоне открыли пункт выдачи гуманитарной помощи\n\n"
        "Руководитель благотворительного фонда «Надежда юга» Олег Кушнирук рассказал, что "
        "помощь получат 400 семей.\n\n"
        "«Мы привезли продукты и лекарства на месяц вперед», – добавил волонтер.\n"
    )
    assert spoken(text)[-1] == (
        "Мы привезли продукты и лекарства на месяц вперед",
        "Олег Кушнирук",
    )


def test_volunteers_in_the_plural_are_an_unnamed_group() -> None:
    """``кажуть волонтери``: several unnamed people, not the person quoted before."""
    text = (
        "У Рівному відкрили пункт незламності\n\n"
        "Директорка центру Оксана Оліярник повідомила, що пункт працюватиме цілодобово.\n\n"
        "«Люди приходять зарядити телефони і погрітися», – кажуть волонтери.\n"
    )
    assert spoken(text)[-1] == ("Люди приходять зарядити телефони і погрітися", None)


def test_a_politician_noun_is_the_person_quoted_before() -> None:
    """``итальянский политик`` after the vice mayor of Genoa was quoted: the vice mayor."""
    text = (
        "В Одессе побывала делегация из Генуи\n\n"
        "Вице-мэр Генуи Марко Гальдини отметил, что город готов передать Одессе два "
        "пожарных катера.\n\n"
        "«Мы хотим помогать не словами, а делом», – заявил итальянский политик.\n"
    )
    assert spoken(text)[-1] == ("Мы хотим помогать не словами, а делом", "Марко Гальдини")
