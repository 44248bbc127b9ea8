"""A headline ``Speaker about a topic: words`` is a direct quote of that speaker.

The guidelines make a headline ``Name: words`` a direct quote of that name; the speaker may be
followed by what the words are about (``о ремонте дорог``, ``про мости``) and may be given by
a synonym of the role the body names (``Мэр Львова`` for ``городской голова Львова``). Every
text here was written for these tests in the style of Ukrainian outlets' headlines.
"""

import pytest

import uanews

RU_BODY = (
    "\n\nГородской голова Львова Андрей Садовой в четверг провел брифинг о ремонте дорог и"
    " мостов в городе.\n\nНа ремонт выделили 300 миллионов гривен.\n"
)
UK_BODY = (
    "\n\nМіський голова Львова Андрій Садовий у четвер провів брифінг щодо ремонту доріг і"
    " мостів у місті.\n\nНа ремонт виділили 300 мільйонів гривень.\n"
)


def _headline_quotes(text: str) -> list[tuple[str, str | None]]:
    item = uanews.parse(text)
    assert item.headline is not None
    return [
        (quote.text, None if quote.speaker is None else item.participant(quote.speaker).name)
        for quote in item.quotes
        if quote.parts[0].end <= len(item.headline)
    ]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        (
            "Мэр Львова о ремонте дорог: «Мы закончим до осени»",
            RU_BODY,
            [("Мы закончим до осени", "Андрей Садовой")],
        ),
        (
            "Садовой о мостах во Львове: ремонт закончат до осени",
            RU_BODY,
            [("ремонт закончат до осени", "Андрей Садовой")],
        ),
        (
            "Садовий про мости у Львові: ремонт завершать до осені",
            UK_BODY,
            [("ремонт завершать до осені", "Андрій Садовий")],
        ),
        (
            "Мер Львова про ремонт доріг: «Завершимо до осені»",
            UK_BODY,
            [("Завершимо до осені", "Андрій Садовий")],
        ),
        # nobody of the item before the topic: no quote
        ("Жители Львова о ремонте дорог: «Мы ждем уже год»", RU_BODY, []),
        # a synonym of the role of another city is not this mayor
        ("Мэр Одессы о ремонте дорог: «Мы закончим до осени»", RU_BODY, []),
    ],
)
def test_a_speaker_and_a_topic_before_the_colon(
    headline: str, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _headline_quotes(headline + body) == expected
