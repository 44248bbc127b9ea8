"""A lower-case department with its field and no body after it is one organisation."""

from __future__ import annotations

from organization_support import organization_mentions

_mentions = organization_mentions


def test_a_department_with_its_field_is_an_organisation():
    found = _mentions("Мер доручив департаменту транспорту до 1 грудня підготувати новий розклад.")
    assert found == {"департаменту транспорту"}
    found = _mentions(
        "Мэр поручил департаменту транспорта до 1 декабря подготовить новое расписание."
    )
    assert found == {"департаменту транспорта"}


def test_a_department_without_a_field_or_a_directorate_is_none():
    assert _mentions("Мер доручив департаменту до 1 грудня підготувати новий розклад.") == set()
    # ``управління`` is also the noun of managing: it needs the body after it.
    assert _mentions("Мер доручив управлінню транспорту до 1 грудня підготувати розклад.") == set()
    assert _mentions("Мэр поручил управлению транспорта до 1 декабря подготовить расписание.") == (
        set()
    )


def test_a_department_after_its_heads_role_is_the_roles_unit():
    assert _mentions("Директорка департаменту освіти Ганна Сколибог перевірила укриття.") == set()
