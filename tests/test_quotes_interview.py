"""Interview answers (kind ``interview``) and what is not an interview; the kind in exports."""

from __future__ import annotations

import uanews
from uanews.model import Participant, ParticipantKind, QuoteKind
from uanews.ninjs import to_ninjs

DASH_INTERVIEW = """Агроном про новий сезон

Про весняну посівну ми поговорили з агрономом фермерського господарства Іваном Гнатюком.

– Коли почнете сіяти?
– Якщо не буде заморозків, то вже наступного тижня.

– Що сіятимете цього року?
– Переважно соняшник і трохи гречки.
"""


def interview_quotes(text):
    item = uanews.parse(text)
    return item, [q for q in item.quotes if q.kind is QuoteKind.INTERVIEW]


def test_dash_interview_answers_are_quotes_of_the_interviewee():
    item, answers = interview_quotes(DASH_INTERVIEW)
    assert [q.text for q in answers] == [
        "Якщо не буде заморозків, то вже наступного тижня.",
        "Переважно соняшник і трохи гречки.",
    ]
    assert {item.participant(q.speaker).name for q in answers} == {"Іван Гнатюк"}
    # The interviewer's questions are no quotes at all.
    assert not any("?" in q.text for q in item.quotes)


def test_labelled_interview():
    text = """Лікар про щеплення

Ми поговорили з головним лікарем лікарні Степаном Кравцем.

Питання: Чи вистачає вакцин?

Відповідь: Так, запасу вистачить до кінця року.

Питання: Хто може щепитися?

Відповідь: Усі дорослі, без запису.
"""
    item, answers = interview_quotes(text)
    assert [q.text for q in answers] == [
        "Так, запасу вистачить до кінця року.",
        "Усі дорослі, без запису.",
    ]
    assert {item.participant(q.speaker).name for q in answers} == {"Степан Кравець"}


def test_two_people_before_the_questions_leave_the_interviewee_unknown():
    text = DASH_INTERVIEW.replace(
        "Іваном Гнатюком.", "Іваном Гнатюком і його сусідом Петром Ковалем."
    )
    _item, answers = interview_quotes(text)
    assert len(answers) == 2
    assert all(q.speaker is None for q in answers)


def test_rhetorical_questions_in_a_column_are_no_interview():
    text = """Чому місто не готове до зими

Мешканці вже третій тиждень скаржаться на холодні батареї.

Хто за це відповідає?

Комунальники кажуть, що в усьому винні старі труби.

Коли їх замінять?

Депутати знову відклали рішення до весни.
"""
    _item, answers = interview_quotes(text)
    assert answers == []


def test_a_dialogue_with_attributions_is_no_interview():
    text = """На ринку

– Почім картопля? – запитала покупчиня.
– Двадцять гривень, – відповів продавець Іван Мельник.
– А торік була дешевша? – не вгавала вона.
– Торік і дощі були, – усміхнувся він.
"""
    _item, answers = interview_quotes(text)
    assert answers == []


def test_an_interviewee_is_a_speaker_in_ninjs():
    item, answers = interview_quotes(DASH_INTERVIEW)
    assert answers
    people = to_ninjs(item)["people"]
    assert {"name": "Іван Гнатюк", "rel": "speaker", "literal": answers[0].speaker} in people


def test_interview_kind_round_trips_through_json():
    item, answers = interview_quotes(DASH_INTERVIEW)
    assert answers
    again = uanews.loads(uanews.dumps(item))
    assert [q.kind for q in again.quotes] == [q.kind for q in item.quotes]
    assert QuoteKind("interview") is QuoteKind.INTERVIEW
    assert isinstance(item.participant(answers[0].speaker), Participant)
    assert item.participant(answers[0].speaker).kind is ParticipantKind.PERSON
