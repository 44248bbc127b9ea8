"""Russian speech cues in every person, gender, tense and spelling, before and after the words.

Every text was written for these tests in the style of Ukrainian outlets publishing in Russian;
none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews

_MASCULINE = (
    *("сказал", "сообщил", "заявил", "подчеркнул", "отметил", "добавил", "уточнил"),
    *("рассказал", "пояснил", "написал", "проинформировал", "объяснил", "констатировал"),
    *("признал", "предупредил", "напомнил", "акцентировал"),
    *("говорит", "сообщает", "заявляет", "отмечает", "подчеркивает", "подчёркивает"),
    *("считает", "уверен", "убежден"),
)
_FEMININE = (
    *("сказала", "сообщила", "заявила", "подчеркнула", "отметила", "добавила", "уточнила"),
    *("написала", "уверена"),
)
_CHANNELS = (
    "сообщил журналистам",
    "заявил в эфире телемарафона",
    "написал в Telegram",
    "написал в своем Telegram-канале",
    "написал в Facebook",
)

_CLAIM = "ремонт моста завершат до конца месяца"


def _said(text: str) -> list[tuple[str, str | None]]:
    item = uanews.parse(text)
    return [
        (quote.text, None if quote.speaker is None else item.participant(quote.speaker).name)
        for quote in item.quotes
    ]


def _cases() -> list[tuple[str, str]]:
    return [
        *((verb, "Владимир Когут") for verb in (*_MASCULINE, *_CHANNELS)),
        *((verb, "Анна Коваль") for verb in _FEMININE),
    ]


def _subject(name: str) -> str:
    return (
        "Глава Полтавской ОВА Владимир Когут"
        if name == "Владимир Когут"
        else ("Заместитель городского головы Анна Коваль")
    )


@pytest.mark.parametrize(("cue", "name"), _cases())
def test_cue_then_that_clause(cue, name):
    text = f"Новости Полтавы\n\n{_subject(name)} {cue}, что {_CLAIM}.\n"
    assert _said(text) == [(_CLAIM, name)]


@pytest.mark.parametrize(("cue", "name"), _cases())
def test_quote_then_dash_attribution(cue, name):
    subject = _subject(name)
    text = (
        f"Новости Полтавы\n\n«{_CLAIM.capitalize()}», – {cue} {subject[:1].lower()}{subject[1:]}.\n"
    )
    assert _said(text) == [(_CLAIM.capitalize(), name)]


@pytest.mark.parametrize("cue", ["заявили", "сообщили", "отметили", "добавили", "уточнили"])
def test_a_body_in_the_plural_cue(cue):
    text = f"Новости Полтавы\n\nВ Полтавской ОВА {cue}, что {_CLAIM}.\n"
    said = _said(text)
    assert [quote for quote, _speaker in said] == [_CLAIM]
    assert said[0][1] is not None
    assert "ОВА" in said[0][1]
