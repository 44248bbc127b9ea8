"""Voicing an opinion is a speech cue: ``висловила думку, що ...``, ``высказал сомнение:``.

Every text was written for these tests in the style of council and business news; the people
are invented.
"""

from __future__ import annotations

import pytest

import uanews


def _quotes(text: str) -> list[tuple[str, str | None]]:
    item = uanews.parse(text)
    return [
        (quote.text, None if quote.speaker is None else item.participant(quote.speaker).name)
        for quote in item.quotes
    ]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            (
                "Сесія\n\nЛідерка фракції Оксана Довгаленко висловила думку, що тарифи підвищувати "
                "зарано.\n"
            ),
            "тарифи підвищувати зарано",
            "Оксана Довгаленко",
        ),
        (
            (
                "Сесія\n\nМіський голова Олег Кравчинський висловив сподівання, що міст відкриють "
                "до зими.\n"
            ),
            "міст відкриють до зими",
            "Олег Кравчинський",
        ),
        (
            (
                "Сессия\n\nЛидер фракции Оксана Довгаленко высказала мнение, что тарифы поднимать "
                "рано.\n"
            ),
            "тарифы поднимать рано",
            "Оксана Довгаленко",
        ),
        (
            (
                "Нарада\n\nДиректор ТОВ «Агролан» Микола Шевкун висловив сумнів:\n\n– Ми чули такі "
                "обіцянки й торік.\n"
            ),
            "Ми чули такі обіцянки й торік.",
            "Микола Шевкун",
        ),
        (
            (
                "Совещание\n\nДиректор ООО «Агролан» Николай Шевкун высказал сомнение:\n\n– Мы "
                "слышали такие обещания и в прошлом году.\n"
            ),
            "Мы слышали такие обещания и в прошлом году.",
            "Николай Шевкун",
        ),
    ],
)
def test_voicing_an_opinion_reports_the_words(text: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in _quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        # Condolences voiced report no words.
        "Сесія\n\nДепутати висловили співчуття родинам загиблих.\n",
        # A thing's noun before ``що`` opens a clause about it, no reported words.
        "Сесія\n\nЕксперти підтверджують висновок, що міст аварійний.\n",
    ],
)
def test_no_words_reported(text: str) -> None:
    assert _quotes(text) == []
