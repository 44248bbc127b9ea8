"""Profession nouns, a role's office and feminine role nouns, Russian and Ukrainian (issue #15).

Self-written sentences in the style of city news. A profession naming its workers is a job
(`lexicon.ROLE_NOUNS`); a role's core stops before a body placed by a territory
(``регионального совета``, ``совета уезда``), a police force or a department of a government body
(the dev gold tags such a department with its parent body as one organisation); a plural past verb
ends a role.
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
        ("Утечку на улице устраняли газовики.", "ru", ["газовики"]),
        ("Проверку начали дознаватели, опросили таксистов.", "ru", ["дознаватели", "таксистов"]),
        ("Аварию устраняли газовики, опитали таксистів.", "uk", ["газовики", "таксистів"]),
        ("Справу розслідують дізнавачі.", "uk", ["дізнавачі"]),
        ("На месте работали правоохранители и силовики.", "ru", ["правоохранители", "силовики"]),
        ("На місці працювали правоохоронці.", "uk", ["правоохоронці"]),
        ("С пациентами работают врачи-кардиологи.", "ru", ["врачи-кардиологи"]),
        ("З пацієнтами працюють лікарі-кардіологи.", "uk", ["лікарі-кардіологи"]),
    ],
)
def test_a_profession_naming_its_workers_is_a_job(
    text: str, language: str, expected: list[str]
) -> None:
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Встречу провели с энергетиками области.", "ru", ["энергетиками"]),
        ("Энергетик пояснил, что линию починят.", "ru", ["Энергетик"]),
        ("Зустріч провели з енергетиками області.", "uk", ["енергетиками"]),
        ("Министр энергетики приехал.", "ru", ["Министр энергетики"]),
        ("Міністр енергетики приїхав.", "uk", ["Міністр енергетики"]),
        ("Обсудили вопросы энергетики.", "ru", []),
        ("Обговорили питання енергетики.", "uk", []),
        ("Энергетики восстановили свет к утру.", "ru", ["Энергетики"]),
        ("Енергетики відновили світло до ранку.", "uk", ["Енергетики"]),
        ("Газовики и энергетики работают на месте.", "ru", ["Газовики", "энергетики"]),
        ("Вопросы энергетики обсудили депутаты.", "ru", ["депутаты"]),
        ("Питання енергетики обговорили депутати.", "uk", ["депутати"]),
        # Coordinated with a genitive of no person, the sector's word is a genitive too.
        ("Вопросы медицины и энергетики обсудили депутаты.", "ru", ["депутаты"]),
        ("Вопросы медицины, энергетики обсудили депутаты.", "ru", ["депутаты"]),
        ("Питання медицини та енергетики обговорили депутати.", "uk", ["депутати"]),
        ("Свет дали утром, энергетики работали всю ночь.", "ru", ["энергетики"]),
        ("Рятувальники та енергетики працювали всю ніч.", "uk", ["Рятувальники", "енергетики"]),
    ],
)
def test_a_sector_worker_is_a_job_only_where_the_form_is_first_the_worker(
    text: str, language: str, expected: list[str]
) -> None:
    # ``энергетики`` is also the genitive of the sector: a job only as the subject of a plural
    # verb that opens its clause, never after a noun (``вопросы энергетики``).
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "С ним встретился вице-председатель регионального совета Иван Гнатюк.",
            "ru",
            ["вице-председатель"],
        ),
        (
            "З ним зустрівся віце-голова регіональної ради Іван Гнатюк.",
            "uk",
            ["віце-голова"],
        ),
        ("Говорили с президентом совета уезда Ботошани.", "ru", ["президентом"]),
        ("Приїхав голова ради повіту Ботошани.", "uk", ["голова"]),
        ("Об этом сообщил начальник районной полиции.", "ru", ["начальник"]),
        ("Про це повідомив начальник патрульної поліції.", "uk", ["начальник"]),
        (
            "Слово взял начальник отдела кадров полиции области.",
            "ru",
            ["начальник отдела кадров"],
        ),
        (
            # A named department with no body after it is an organisation of its own
            # (`lexicon.NAMED_DIVISION_NOUNS`).
            "Приказ подписала директор департамента здравоохранения.",
            "ru",
            ["директор"],
        ),
        ("Аналитики агрокомпании ждут роста.", "ru", ["Аналитики"]),
        ("Аналітики агрокомпанії чекають зростання.", "uk", ["Аналітики"]),
        (
            "Наказ підписала директорка департаменту охорони здоров'я.",
            "uk",
            ["директорка"],
        ),
    ],
)
def test_a_role_stops_before_a_body_placed_by_its_territory_or_a_police_force(
    text: str, language: str, expected: list[str]
) -> None:
    assert _cores(text, language) == expected


def test_a_capacity_noun_before_a_police_force_describes() -> None:
    # ``представитель`` with only a body after it is a capacity, as ``представники
    # Держпродспоживслужби`` in Ukrainian: no position.
    assert _cores("Об этом сообщил представитель патрульной полиции.", "ru") == []
    assert _cores("Про це повідомив представник патрульної поліції.", "uk") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("На место прибыли медсестра и водитель.", "ru", ["медсестра", "водитель"]),
        ("Полицейские и медсестра прибыли быстро.", "ru", ["Полицейские", "медсестра"]),
    ],
)
def test_a_plural_past_verb_ends_a_role(text: str, language: str, expected: list[str]) -> None:
    # ``прибыли`` is also the genitive of ``прибыль``: after a role it is the verb.
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Приказ подписала заместительница министра образования.",
            "ru",
            ["заместительница министра образования"],
        ),
        (
            "Наказ підписала заступниця міністра освіти.",
            "uk",
            ["заступниця міністра освіти"],
        ),
        ("На встречу пришла учительница.", "ru", ["учительница"]),
        ("Письмо передала советница мэра.", "ru", ["советница мэра"]),
    ],
)
def test_a_feminine_role_noun_in_nitsa_is_read_by_the_listed_masculine(
    text: str, language: str, expected: list[str]
) -> None:
    # ``-ница`` is ``-ник`` in ``советница`` and nothing in ``заместительница``.
    assert _cores(text, language) == expected
