"""A broadcast caption's speech goes on in a first-person paragraph after it.

In the broadcast layout a caption (``NAME SURNAME ROLE``) gives the paragraph under it to the
speaker; a further paragraph without a caption is the speaker's still when it speaks in the
first person, and the reporter's narration when it does not. Every text was written for these
tests; the people are invented.
"""

from __future__ import annotations

import pytest

import uanews

_RU = (
    "Ночью российская армия атаковала энергетику Запорожья. Без света остаются 40 тысяч "
    "абонентов.\n"
    "ОЛЕГ ГРИНЧУК ДИСПЕТЧЕР ЗАПОРОЖОБЛЭНЕРГО\n"
    "Мы работаем с четырех утра. Больницы уже запитаны.\n"
    "{second}\n"
    "ПОСЛЕДНИЕ НОВОСТИ\n"
    "• В Запорожье отремонтировали мост\n"
)
_UK = (
    "Уночі російська армія атакувала енергетику Запоріжжя. Без світла залишаються 40 тисяч "
    "абонентів.\n"
    "ОЛЕГ ГРИНЧУК ДИСПЕТЧЕР ЗАПОРІЖЖЯОБЛЕНЕРГО\n"
    "Ми працюємо з четвертої ранку. Лікарні вже живлені.\n"
    "{second}\n"
    "ОСТАННІ НОВИНИ\n"
    "• У Запоріжжі відремонтували міст\n"
)


def _quotes(text: str) -> list[tuple[str, str | None]]:
    item = uanews.parse(text)
    return [
        (quote.text, None if quote.speaker is None else item.participant(quote.speaker).name)
        for quote in item.quotes
    ]


@pytest.mark.parametrize(
    ("template", "second"),
    [
        (_RU, "Остальных абонентов планируем подключить до вечера."),
        (_RU, "Наши бригады уже на месте."),
        (_UK, "Решту абонентів плануємо підключити до вечора."),
        (_UK, "Наші бригади вже на місці."),
    ],
)
def test_first_person_paragraph_goes_on_with_the_caption_speaker(
    template: str, second: str
) -> None:
    quotes = _quotes(template.format(second=second))
    assert (second, "Олег Гринчук") in quotes
    item = uanews.parse(template.format(second=second))
    captioned = next(p for p in item.paragraphs if p.caption is not None)
    assert captioned.speaker is not None
    assert [p.speaker for p in item.paragraphs if p.text == second] == [captioned.speaker]


@pytest.mark.parametrize(
    ("template", "second"),
    [
        (_RU, "Энергетики уже подключили часть потребителей по резервным схемам."),
        (_UK, "Енергетики вже підключили частину споживачів за резервними схемами."),
    ],
)
def test_narration_after_a_caption_speech_is_no_quote(template: str, second: str) -> None:
    quotes = _quotes(template.format(second=second))
    assert [text for text, _speaker in quotes if text == second] == []
    item = uanews.parse(template.format(second=second))
    assert [p.speaker for p in item.paragraphs if p.text == second] == [None]
