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


def _reports(text: str) -> list[list[str]]:
    item = uanews.parse(text)
    return [[item.text[part.start : part.end] for part in quote.parts] for quote in item.quotes]


def test_russian_source_phrase_after_a_report_takes_none_of_it() -> None:
    assert _reports(
        "Пресс-служба горсовета сообщила, что ремонт завершат в мае, а жители, по словам"
        " депутатов, ждут этого давно."
    ) == [["ремонт завершат в мае"], ["ждут этого давно"]]


def test_ukrainian_source_phrase_after_a_report_takes_none_of_it() -> None:
    assert _reports(
        "Пресслужба міськради повідомила, що ремонт завершать у травні, а мешканці, за словами"
        " депутатів, чекають цього давно."
    ) == [["ремонт завершать у травні"], ["чекають цього давно"]]


def test_a_source_phrase_right_after_the_conjunction_ends_the_report_before() -> None:
    assert _reports(
        "Мэр сообщил, что мост откроют в мае, а по словам депутатов, деньги уже выделены."
    ) == [["мост откроют в мае"], ["деньги уже выделены"]]


def test_reported_words_before_a_source_phrase_with_no_report_before_stay() -> None:
    assert _reports(
        "Абонентов, которые имеют карты, по словам Коваля, будут регистрировать отдельно."
    ) == [["Абонентов, которые имеют карты", "будут регистрировать отдельно"]]
