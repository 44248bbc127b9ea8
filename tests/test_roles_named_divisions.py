"""A division named by its own complement is an organisation, not part of the role (issue #15).

Self-written sentences in the style of city news. ``департамент``, ``управління`` and
``кафедра`` (`lexicon.NAMED_DIVISION_NOUNS`) with a complement of their own and no body after
them are the organisation the person works for: the role's core is the role noun alone, as
the dev gold (``начальника`` + ``управління музейної справи``) and the held-out sets tag it.
A parent body after the division, a bare division, a unit head's unit (``завідувач
кафедри``) and ``відділ`` keep the older spans.
"""

from __future__ import annotations

import pytest

from uanews.parser.language import using_language
from uanews.parser.participants.roles import find_roles


def _cores(text: str, language: str) -> list[str]:
    """Return the cores of the role phrases in ``text`` that name a position."""
    with using_language(language):
        return [text[r.core_start : r.core_end] for r in find_roles(text) if r.position]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Про це сказав директор департаменту соціального захисту.", "uk", ["директор"]),
        ("Начальник управління культури і туризму відкрив виставку.", "uk", ["Начальник"]),
        ("За словами доцента кафедри хімії Петра Вербицького, зразки чисті.", "uk", ["доцента"]),
        ("Об этом сообщил директор департамента образования.", "ru", ["директор"]),
        (
            "По словам директора департамента жилищной политики Ларисы Шумейко, всё готово.",
            "ru",
            ["директора"],
        ),
        ("Лекцию прочитал доцент кафедры физики.", "ru", ["доцент"]),
        # The holder's first name in the role noun's case: nominative, genitive.
        ("Начальник управління освіти Ніна Кравчук заявила про карантин.", "uk", ["Начальник"]),
        (
            "Проєкт доручили директорці департаменту туризму Зоряні Стельмах.",
            "uk",
            ["директорці"],
        ),
        # Two coordinated role phrases: each division is its own.
        (
            "Начальник управління освіти та директорка ліцею відкрили спортзал.",
            "uk",
            ["Начальник", "директорка"],
        ),
        (
            "Начальник управления образования и директор лицея открыли спортзал.",
            "ru",
            ["Начальник", "директор"],
        ),
    ],
)
def test_a_named_division_is_no_part_of_the_role(
    text: str, language: str, expected: list[str]
) -> None:
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The parent body after the division: the division is part of the position.
        (
            "Як зазначив начальник управління освіти міськради, уроки тривають.",
            "uk",
            ["начальник управління освіти"],
        ),
        (
            "Як повідомив директор департаменту економіки Одеської міськради, план готовий.",
            "uk",
            ["директор департаменту економіки"],
        ),
        # A unit head runs the unit (`lexicon.UNIT_HEAD_ROLES`); ``відділ`` is not listed.
        ("Завідувач кафедри історії розповів про це.", "uk", ["Завідувач кафедри історії"]),
        ("Про це сказав начальник відділу кадрів.", "uk", ["начальник відділу кадрів"]),
        ("Об этом рассказал начальник отдела кадров.", "ru", ["начальник отдела кадров"]),
        # A town's genitive that reads as a first name is governed by the division, a body
        # after it: the holder's name would stand in the role noun's case, in the singular.
        (
            "Начальник управління освіти Володимира розповів про ремонт шкіл.",
            "uk",
            ["Начальник управління освіти"],
        ),
        (
            "Директор департаменту культури Софії відкрив виставку.",
            "uk",
            ["Директор департаменту культури"],
        ),
        (
            "Начальник управления образования Александрии заявил о карантине.",
            "ru",
            ["Начальник управления образования"],
        ),
    ],
)
def test_a_division_before_its_body_or_a_unit_stays_in_the_role(
    text: str, language: str, expected: list[str]
) -> None:
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Athletes named by their sport are sportspeople (``спортсменка``, tagged in dev).
        ("Біатлоністка Олена Гуць виграла спринт.", "uk", ["Біатлоністка"]),
        ("Важкоатлетка піднялася на п'єдестал.", "uk", ["Важкоатлетка"]),
        ("Биатлонистка выиграла спринт.", "ru", ["Биатлонистка"]),
        # ``науковиця``: the feminine of ``науковець``.
        ("Про це сказала науковиця Ірина Перепелиця.", "uk", ["науковиця"]),
        # A curator: what is curated (a show, a project) is no office (`lexicon.TRADE_NOUNS`).
        ("Кураторка виставки розповіла про задум.", "uk", ["Кураторка"]),
        ("Об этом сказал куратор проекта Игорь Шумейко.", "ru", ["куратор"]),
        # A body's name after a curator is an organisation, no part of the position.
        ("Куратор Міністерства оборони Андрій Мазур відвідав завод.", "uk", ["Куратор"]),
        ("Легкоатлетка зі Львова виграла забіг.", "uk", ["Легкоатлетка"]),
        # The verb of the same stem names no person.
        ("Програму курує фонд.", "uk", []),
        ("Проект курирует фонд.", "ru", []),
    ],
)
def test_sportspeople_scientists_and_curators_are_roles(
    text: str, language: str, expected: list[str]
) -> None:
    assert _cores(text, language) == expected
