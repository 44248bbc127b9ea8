"""A reporter names someone just quoted again by their calling (``– додав активіст``,
``– добавил волонтер``): the noun is that person, as for ``експерт``. A plural noun with a
plural verb is an unnamed group; a calling with a modifier of its own (``художник, який
приїхав``) is a new person; a feminine noun (``волонтерка``) is no man.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

from quote_support import spoken


def test_an_activist_noun_is_the_person_quoted_before() -> None:
    """``активіст`` after the head of a cycling club was quoted: that person."""
    text = (
        "У Луцьку просять облаштувати велодоріжки\n\n"
        "Голова велоклубу «Колесо» Тарас Гордійчук вважає, що місту бракує безпечних "
        "маршрутів до центру.\n\n"
        "– Щодня ми возимо дітей до школи по проїжджій частині, – додав активіст.\n"
    )
    assert spoken(text)[-1] == (
        "Щодня ми возимо дітей до школи по проїжджій частині",
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


def test_a_politician_noun_is_the_person_quoted_before() -> None:
    """``литовський політик`` after a Lithuanian deputy was quoted: the deputy."""
    text = (
        "До Житомира приїхали депутати з Каунаса\n\n"
        "Депутат міської ради Каунаса Томас Гриневич зазначив, що місто передасть "
        "Житомиру дві карети швидкої допомоги.\n\n"
        "«Наступного року ми привеземо обладнання для лікарні», – пообіцяв литовський "
        "політик.\n"
    )
    assert spoken(text)[-1] == (
        "Наступного року ми привеземо обладнання для лікарні",
        "Томас Гриневич",
    )


def test_volunteers_in_the_plural_are_an_unnamed_group() -> None:
    """``кажуть волонтери``: several unnamed people, not the person quoted before."""
    text = (
        "У Рівному відкрили пункт незламності\n\n"
        "Директорка центру Оксана Оліярник повідомила, що пункт працюватиме цілодобово.\n\n"
        "«Люди приходять зарядити телефони і погрітися», – кажуть волонтери.\n"
    )
    assert spoken(text)[-1] == ("Люди приходять зарядити телефони і погрітися", None)


def test_a_calling_with_a_relative_clause_is_a_new_person() -> None:
    """``художник, який приїхав із Києва``: someone not named before, not the curator."""
    text = (
        "У Вінниці відкрили виставку графіки\n\n"
        "Кураторка виставки Ганна Кулина розповіла, що роботи привезли з трьох міст.\n\n"
        "«Я вперше показую ці аркуші на людях», – каже художник, який приїхав із Києва.\n"
    )
    assert spoken(text)[-1] == ("Я вперше показую ці аркуші на людях", None)


def test_a_feminine_calling_is_no_man() -> None:
    """``волонтерка`` after a man was quoted: not him."""
    text = (
        "У Сумах зібрали гроші на дрони\n\n"
        "Голова райради Олег Мацюкевич повідомив, що громада передала бригаді 20 дронів.\n\n"
        "«Ми збирали ці гроші два місяці», – розповідає волонтерка.\n"
    )
    assert spoken(text)[-1] == ("Ми збирали ці гроші два місяці", None)


def test_a_calling_that_titles_a_name_is_that_person() -> None:
    """``підготувала художниця Кіра X`` titles the name after the noun: no modifier of its own,
    so ``– розповіла художниця`` later is Кіра X, not the person quoted before."""
    text = (
        "У Полтаві відкрили виставку графіки\n\n"
        "«Виставка працюватиме до кінця місяця», – сказала директорка музею Галина Оверко.\n\n"
        "Роботи для виставки підготувала художниця Кіра Лисенчук.\n\n"
        "«Я малювала місто після обстрілів», – розповіла художниця.\n"
    )
    assert spoken(text)[-1] == ("Я малювала місто після обстрілів", "Кіра Лисенчук")
