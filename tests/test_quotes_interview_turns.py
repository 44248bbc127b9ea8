"""In a dash-line interview each dash opens a turn and the turns alternate: once a question has
been answered, the dash line after the answer is the interviewer's even without a question
mark (``– Люди скаржаться на тиск.``). Dash lines with no question before them (a list) are
no interview.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

import uanews
from uanews.model import QuoteKind

_INTERVIEW = """Директор теплокомуненерго про опалювальний сезон

Про підготовку до зими ми поговорили з директором КП «Теплокомуненерго» Андрієм Лисогором.

– Коли в будинках з'явиться тепло?

– Якщо погода не зміниться, то з 20 жовтня. Котельні вже перевірені.

– Мешканці скаржаться на холодні батареї торік.

– Це проблема старих мереж. Цього року ми замінили вісім кілометрів труб.
"""


def _answers(text: str) -> list[str]:
    item = uanews.parse(text)
    return [quote.text for quote in item.quotes if quote.kind is QuoteKind.INTERVIEW]


def test_a_statement_after_an_answer_is_the_interviewers_turn() -> None:
    """The statement is not part of the answer before it; the next line is its own answer."""
    assert _answers(_INTERVIEW) == [
        "Якщо погода не зміниться, то з 20 жовтня. Котельні вже перевірені.",
        "Це проблема старих мереж. Цього року ми замінили вісім кілометрів труб.",
    ]


def test_dash_lines_with_no_question_are_no_interview() -> None:
    """A list of dash lines alternates no turns: nothing in it is an interview answer."""
    text = """Як зберегти тепло в квартирі

Енергетики радять кілька простих кроків.

– утеплити вікна плівкою або стрічкою;

– не закривати батареї меблями;

– провітрювати кімнати коротко, але часто;

– встановити терморегулятори на радіатори.
"""
    assert _answers(text) == []
