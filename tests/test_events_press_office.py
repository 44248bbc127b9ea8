"""A press office is the channel an event is reported through, never one of its parties.

``..., повідомили в пресслужбі банку`` / ``..., сообщили в пресс-службе горсовета`` tells who
reported the decision, not who made it. Every text here was written for these tests in the
style of Ukrainian news; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import EventKind, NewsItem


def _parties(item: NewsItem) -> list[list[str]]:
    """Return the participants' names of each announcement of ``item``."""
    return [
        [item.participant(one).name for one in event.participants]
        for event in item.events
        if event.kind is EventKind.ANNOUNCEMENT
    ]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            (
                "Агробанк знизить ставки за кредитами\n\nНаглядова рада Агробанку ухвалила рішення "
                "знизити ставки за кредитами для фермерів. Рішення ухвалили 14 жовтня, повідомили "
                "в пресслужбі банку.\n"
            ),
            "Наглядова рада Агробанку",
        ),
        (
            (
                "Тарифы на проезд вырастут\n\nСумской городской совет принял решение повысить "
                "тарифы на проезд. Решение приняли 3 марта, сообщили в пресс-службе горсовета.\n"
            ),
            "Сумской городской совет",
        ),
    ],
)
def test_a_press_office_that_reports_a_decision_is_no_party(text: str, party: str) -> None:
    item = uanews.parse(text)
    parties = _parties(item)
    assert parties, "the decision is found"
    assert party in parties[0]
    assert not [name for name in parties[0] if name.lower().startswith("прес")]
