"""Role phrases: where the position itself (the core) starts and ends."""

from __future__ import annotations

import pytest

from uanews.parser.participants.roles import find_roles


def core(text: str) -> str:
    (phrase,) = find_roles(text)
    return text[phrase.core_start : phrase.core_end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Слово взяв колишній губернатор області.", "губернатор"),
        ("Виступив директор компанії «Світанок».", "директор"),
        ("Прийшов голова обласної ради.", "голова"),
        ("Її призначили міністром оборони самопроголошеної ДНР.", "міністром оборони"),
        ("Відповів радник Президента України.", "радник Президента"),
        ("Говорив юридичний радник фірми.", "юридичний радник"),
        (
            "Був і інженер лісового та водного господарства.",
            "інженер лісового та водного господарства",
        ),
        ("Там працює екс-голова.", "екс-голова"),
    ],
)
def test_role_core(text, expected):
    assert core(text) == expected
