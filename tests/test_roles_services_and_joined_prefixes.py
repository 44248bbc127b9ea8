"""Service and press occupations, a second spelling, joined prefixes (issue #15).

Self-written sentences in the style of city news, Ukrainian and Russian. Occupations of
transport, the press, crafts, taxes and hiring name their workers (`lexicon.ROLE_NOUNS`);
``учитель`` is the other standard spelling of ``вчитель``; a prefix written together with a role
noun keeps it a role noun (``віцеголова``, `lexicon.JOINED_ROLE_PREFIXES`), while a prefix
before a word naming no role does not (``віцечемпіон``). Nouns that are common surnames
(``Столяр``) are left out.
"""

from __future__ import annotations

import pytest

from uanews.parser.language import using_language
from uanews.parser.participants.roles import find_roles, nominative_phrase


def _cores(text: str, language: str) -> list[str]:
    """Return the cores of the role phrases in ``text`` that name a position."""
    with using_language(language):
        return [text[r.core_start : r.core_end] for r in find_roles(text) if r.position]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Квитки перевіряла кондукторка, а кондуктор допомагав.",
            "uk",
            ["кондукторка", "кондуктор"],
        ),
        ("Диспетчери перенаправили рейси через об'їзд.", "uk", ["Диспетчери"]),
        ("Лінію відновили електромонтери та монтери.", "uk", ["електромонтери", "монтери"]),
        ("Податківці зустрілися з рестораторами міста.", "uk", ["Податківці", "рестораторами"]),
        ("Кореспондентка розпитала мешканців про ремонт.", "uk", ["Кореспондентка"]),
        ("Перукарі та ювеліри відкрили нові майстерні.", "uk", ["Перукарі", "ювеліри"]),
        ("Про вакансії розповіли рекрутери центру.", "uk", ["рекрутери"]),
        ("Зустріч з учителями відбулася в ліцеї.", "uk", ["учителями"]),
        ("Налоговики встретились с рестораторами области.", "ru", ["Налоговики", "рестораторами"]),
        (
            "Линию восстановили электромонтёры, рейсы изменили диспетчеры.",
            "ru",
            ["электромонтёры", "диспетчеры"],
        ),
        ("Корреспондент расспросил жителей о ремонте.", "ru", ["Корреспондент"]),
        ("Пассажирам помог кондуктор троллейбуса.", "ru", ["кондуктор"]),
        ("Пасажирам допоміг кондуктор тролейбуса.", "uk", ["кондуктор"]),
    ],
)
def test_a_service_or_press_occupation_is_a_job(
    text: str, language: str, expected: list[str]
) -> None:
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Віцеголовою ради обрали Олега Вербицького.", ["Віцеголовою"]),
        ("Віцемер Андрій Дорошук відкрив новий сквер.", ["Віцемер"]),
        ("Зустріч провела віцеспікерка парламенту.", ["віцеспікерка"]),
        ("Делегацію очолив віцемаршалок воєводства.", ["віцемаршалок воєводства"]),
    ],
)
def test_a_role_noun_with_a_joined_prefix_is_a_job(text: str, expected: list[str]) -> None:
    assert _cores(text, "uk") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Віцечемпіон світу повернувся до Львова.",
        "Олена Столяр розповіла про ремонт у школі.",
    ],
)
def test_a_prefixed_non_role_or_a_surname_is_no_job(text: str) -> None:
    assert _cores(text, "uk") == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["віцемаршалком"], ["віцемаршалок"]),
        (["Віцеголовою"], ["Віцеголова"]),
        (["першим", "віцеспікером"], ["перший", "віцеспікер"]),
        (["першою", "віцеспікеркою"], ["перша", "віцеспікерка"]),
    ],
)
def test_a_joined_prefix_stays_while_the_role_noun_declines(
    words: list[str], expected: list[str]
) -> None:
    with using_language("uk"):
        assert nominative_phrase(words) == expected
