"""Quote constructs found in the review of the second Russian round (issue 15).

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Ukrainian and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from uanews.model import QuoteKind


def _answers(text: str) -> list[str]:
    item = uanews.parse(text)
    assert not item.events  # the answers are speech, not the narration
    return [quote.text for quote in item.quotes if quote.kind is QuoteKind.INTERVIEW]


def test_russian_interviewers_request_without_a_question_mark_is_no_answer() -> None:
    answers = _answers(
        "Разговор с волонтером\n\n"
        "Мы поговорили с волонтером Ириной Лысенко.\n\n"
        "— Ирина, как прошла ночь?\n\n"
        "— Тяжело, почти не спали.\n\n"
        "— Расскажите, что случилось в городе.\n\n"
        "— Ночью дроны атаковали Полтаву, пострадали три человека.\n\n"
        "— Чем вы помогаете?\n\n"
        "— Развозим воду."
    )
    assert answers == [
        "Тяжело, почти не спали.",
        "Ночью дроны атаковали Полтаву, пострадали три человека.",
        "Развозим воду.",
    ]


def test_ukrainian_interviewers_request_without_a_question_mark_is_no_answer() -> None:
    answers = _answers(
        "Розмова з волонтеркою\n\n"
        "Ми поговорили з волонтеркою Іриною Лисенко.\n\n"
        "– Ірино, як минула ніч?\n\n"
        "– Важко, майже не спали.\n\n"
        "– Розкажіть, що сталося в місті.\n\n"
        "– Уночі дрони атакували Полтаву, постраждали троє людей.\n\n"
        "– Чим ви допомагаєте?\n\n"
        "– Розвозимо воду."
    )
    assert answers == [
        "Важко, майже не спали.",
        "Уночі дрони атакували Полтаву, постраждали троє людей.",
        "Розвозимо воду.",
    ]


def test_an_interview_opened_by_a_request_is_still_an_interview() -> None:
    answers = _answers(
        "Разговор с волонтером\n\n"
        "Мы поговорили с волонтером Ириной Лысенко.\n\n"
        "— Расскажите о прошлой ночи.\n\n"
        "— Ночью дроны атаковали Полтаву, пострадали три человека.\n\n"
        "— Чем вы помогаете?\n\n"
        "— Развозим воду."
    )
    assert answers == ["Ночью дроны атаковали Полтаву, пострадали три человека.", "Развозим воду."]


def test_ukrainian_rozkazaty_is_a_speech_verb() -> None:
    item = uanews.parse("Волонтерка Ірина Лисенко розказала, що вночі в місті не було світла.")
    assert [(quote.kind, quote.text) for quote in item.quotes] == [
        (QuoteKind.INDIRECT, "вночі в місті не було світла")
    ]
