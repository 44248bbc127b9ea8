"""What a mid-sentence source phrase (``за його словами``, ``по словам X``) reports.

Every text was written for these tests in the style of regional news; the people are invented.
"""

from __future__ import annotations

import pytest

import uanews

_LEAD = "Ситуація в області\n\nНачальник ОВА Роман Бондарук розповів про ситуацію в селах.\n\n"
_LEAD_RU = "Ситуация в области\n\nНачальник ОВА Роман Бондарук рассказал о ситуации в селах.\n\n"


def _quote_texts(text: str) -> list[str]:
    return [quote.text for quote in uanews.parse(text).quotes]


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        # A colon or a semicolon ends the writer's clause: only the words after are reported.
        (
            (
                "Бондарук закликав мешканців евакуюватися: за його словами, за тиждень кількість "
                "ударів зросла вдвічі."
            ),
            "за тиждень кількість ударів зросла вдвічі",
        ),
        (
            (
                "Бондарук призвал жителей эвакуироваться; по его словам, за неделю число ударов "
                "выросло вдвое."
            ),
            "за неделю число ударов выросло вдвое",
        ),
    ],
)
def test_clause_before_a_colon_is_not_reported(sentence: str, reported: str) -> None:
    lead = _LEAD if "його" in sentence else _LEAD_RU
    assert reported in _quote_texts(lead + sentence + "\n")


@pytest.mark.parametrize(
    ("text", "reported", "direct"),
    [
        (
            (
                "Тарифи\n\nМешканка району Тамара Мартинець каже, що нові платіжки стануть для "
                "пенсіонерів відчутним ударом: «Я отримую 3700 гривень пенсії».\n"
            ),
            "нові платіжки стануть для пенсіонерів відчутним ударом",
            "Я отримую 3700 гривень пенсії",
        ),
        (
            (
                "Тарифы\n\nЖительница района Тамара Мартинец говорит, что новые платежки станут "
                "для пенсионеров ощутимым ударом: «Я получаю 3700 гривен пенсии».\n"
            ),
            "новые платежки станут для пенсионеров ощутимым ударом",
            "Я получаю 3700 гривен пенсии",
        ),
    ],
)
def test_reported_clause_ends_at_a_colon_before_marks(
    text: str, reported: str, direct: str
) -> None:
    assert _quote_texts(text) == [reported, direct]


def test_a_colon_without_marks_stays_in_the_clause() -> None:
    text = (
        "Тарифи\n\nМешканка району Тамара Мартинець каже, що платити доведеться за все: "
        "світло, воду й газ.\n"
    )
    assert _quote_texts(text) == ["платити доведеться за все: світло, воду й газ"]


def test_words_reported_around_a_source_phrase_tell_no_event() -> None:
    # The attack is in what the official says, on both sides of ``по словам``: no event of
    # the narration.
    text = (
        _LEAD_RU + "Села, где живут фермеры, по словам Бондарука, россияне ночью обстреляли из "
        "артиллерии.\n"
    )
    item = uanews.parse(text)
    assert item.quotes
    assert [event.kind.value for event in item.events] == []
