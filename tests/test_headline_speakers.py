"""A headline ``«words» – speaker about topic``: the speaker by name or by the role they hold.

Every text was written for these tests in the style of Ukrainian outlets publishing in Ukrainian
and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews


def _headline_quote(text: str) -> tuple[str, str | None] | None:
    item = uanews.parse(text)
    headline = len(item.headline or "")
    for quote in item.quotes:
        if quote.parts[0].end <= headline:
            speaker = None if quote.speaker is None else item.participant(quote.speaker).name
            return quote.text, speaker
    return None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "«Ситуация сложная, но контролируемая» – глава Днепропетровской ОВА о ночной "
                "атаке\n\n"
                "Глава Днепропетровской ОВА Сергей Лысак рассказал журналистам о последствиях "
                "атаки на Никополь.\n"
            ),
            ("Ситуация сложная, но контролируемая", "Сергей Лысак"),
        ),
        (
            (
                "«Ситуація складна, але контрольована» – голова Дніпропетровської ОВА про атаку\n\n"
                "Голова Дніпропетровської ОВА Сергій Лисак розповів журналістам про наслідки "
                "атаки на Нікополь.\n"
            ),
            ("Ситуація складна, але контрольована", "Сергій Лисак"),
        ),
        (
            (
                "«Генераторы получат все больницы» – Виталий Кличко об отключениях\n\n"
                "Городской голова Киева Виталий Кличко провел брифинг для журналистов.\n"
            ),
            ("Генераторы получат все больницы", "Виталий Кличко"),
        ),
    ],
)
def test_a_headline_speaker_before_a_topic(text, expected):
    assert _headline_quote(text) == expected


def test_a_role_held_by_nobody_named_gives_no_headline_speaker():
    text = (
        "«Ситуация сложная, но контролируемая» – глава Сумской ОВА о ночной атаке\n\n"
        "Глава Днепропетровской ОВА Сергей Лысак рассказал журналистам о последствиях атаки.\n"
    )
    found = _headline_quote(text)
    assert found is None or found[1] != "Сергей Лысак"
