"""Quote spans and speakers of constructs common in Russian- and Ukrainian-language reports.

Every text was written for these tests in the style of Ukrainian outlets publishing in Ukrainian
and Russian (city sites, regional administrations, agencies); none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews


def _quotes(text: str) -> list[tuple[list[str], str | None]]:
    """Return each quote's parts and its speaker's name."""
    item = uanews.parse(text)
    return [
        (
            [item.text[part.start : part.end] for part in quote.parts],
            None if quote.speaker is None else item.participant(quote.speaker).name,
        )
        for quote in item.quotes
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            (
                "Ночью оккупанты атаковали Сумскую область.\n\n"
                "В пригородных селах, как уточнил начальник областной военной администрации "
                "Олег Гринчук, без света остаются около двух тысяч семей.\n"
            ),
            ["В пригородных селах", "без света остаются около двух тысяч семей"],
        ),
        (
            (
                "Ночью оккупанты атаковали Сумскую область, сообщил Олег Гринчук.\n\n"
                "В Конотопском районе, по его словам, повреждены линии электропередачи.\n"
            ),
            ["В Конотопском районе", "повреждены линии электропередачи"],
        ),
        (
            (
                "Вночі окупанти атакували Сумщину.\n\n"
                "У приміських селах, як уточнив начальник обласної військової адміністрації "
                "Олег Гринчук, без світла залишаються близько двох тисяч родин.\n"
            ),
            ["У приміських селах", "без світла залишаються близько двох тисяч родин"],
        ),
        (
            (
                "Вночі окупанти атакували Сумщину, повідомив Олег Гринчук.\n\n"
                "На Конотопщині, за його словами, пошкоджено лінії електропередачі.\n"
            ),
            ["На Конотопщині", "пошкоджено лінії електропередачі"],
        ),
    ],
)
def test_a_place_before_a_mid_sentence_cue_is_reported(text, parts):
    # ``В селах, как уточнил X, ...``: the prepositional phrase before the parenthetical cue
    # says where what is reported happened; it is the first of the quote's two parts.
    assert _quotes(text)[-1][0] == parts


@pytest.mark.parametrize(
    "text",
    [
        (
            "Полиция задержала трех подозреваемых.\n\n"
            "В результате, по словам начальника полиции Игоря Клименко, раскрыто пять краж.\n"
        ),
        (
            "Поліція затримала трьох підозрюваних.\n\n"
            "В результаті, за словами начальника поліції Ігоря Клименка, розкрито п'ять крадіжок.\n"
        ),
        (
            "Полиция задержала трех подозреваемых.\n\n"
            "Кроме этого, как уточнил Игорь Клименко, изъято оружие.\n"
        ),
        (
            "Поліція затримала трьох підозрюваних.\n\n"
            "При цьому, як уточнив Ігор Клименко, вилучено зброю.\n"
        ),
    ],
)
def test_a_linking_phrase_before_a_mid_sentence_cue_is_the_writers(text):
    # ``В результате``, ``Кроме этого``, ``При цьому`` link to the sentence before: narration.
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert len(quotes[0][0]) == 1
    assert quotes[0][1] is not None
    assert quotes[0][1].startswith(("Игорь Клименко", "Ігор Клименко"))
