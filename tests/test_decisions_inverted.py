"""A decision told with its subject after the verb: ``Такое решение принял исполком``.

Every text was written for these tests in the style of Ukrainian outlets publishing in Ukrainian
and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import EventKind


def _announcements(text: str) -> list[tuple[str, set[str]]]:
    item = uanews.parse(text)
    return [
        (
            item.text[event.evidence.start : event.evidence.end] if event.evidence else "",
            {item.participant(pid).name for pid in event.participants},
        )
        for event in item.events
        if event.kind is EventKind.ANNOUNCEMENT
    ]


@pytest.mark.parametrize(
    ("text", "sentence", "body"),
    [
        (
            (
                "В Черкассах подорожает проезд\n\n"
                "С декабря проезд в трамваях будет стоить 15 гривен. "
                "Такое решение принял исполком городского совета.\n"
            ),
            "Такое решение принял исполком городского совета.",
            "исполком городского совета",
        ),
        (
            (
                "У Черкасах подорожчає проїзд\n\n"
                "З грудня проїзд у трамваях коштуватиме 15 гривень. "
                "Таке рішення ухвалив виконком міської ради.\n"
            ),
            "Таке рішення ухвалив виконком міської ради.",
            "виконком міської ради",
        ),
        (
            (
                "Льготники будут ездить бесплатно\n\n"
                "Пенсионеры будут ездить в автобусах бесплатно. "
                "Соответствующее решение приняли депутаты горсовета на сессии.\n"
            ),
            "Соответствующее решение приняли депутаты горсовета на сессии.",
            "горсовет",
        ),
        (
            (
                "Підрядник поверне кошти\n\n"
                "Фірма має повернути до бюджету два мільйони гривень. "
                "Відповідну постанову ухвалив апеляційний суд.\n"
            ),
            "Відповідну постанову ухвалив апеляційний суд.",
            "апеляційний суд",
        ),
    ],
)
def test_inverted_decision_is_an_announcement_of_the_body_after_the_verb(text, sentence, body):
    found = _announcements(text)
    assert [evidence for evidence, _names in found] == [sentence]
    assert body in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # not an authority after the verb: residents decide nothing official
        (
            "Жильцы дома решили сами\n\nДвор будут убирать по очереди. "
            "Такое решение приняли жители дома на собрании.\n"
        ),
        # punctuation before the noun: an aside, not the verb's subject
        (
            "Мешканці вирішили самі\n\nДвір прибиратимуть по черзі. "
            "Таке рішення ухвалили, кажуть, сусіди з першого поверху.\n"
        ),
    ],
)
def test_no_authority_after_the_verb_is_no_announcement(text):
    assert _announcements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "В Одессе подорожает проезд\n\nС 1 марта проезд в маршрутках будет стоить 20 гривен. "
            "Такое решение принял исполком Одесского горсовета.\n"
        ),
        (
            "В Одесі подорожчає проїзд\n\nЗ 1 березня проїзд у маршрутках коштуватиме 20 гривень. "
            "Таке рішення ухвалив виконком Одеської міськради.\n"
        ),
    ],
)
def test_the_day_a_change_takes_effect_does_not_date_the_decision(text):
    events = [e for e in uanews.parse(text).events if e.kind is EventKind.ANNOUNCEMENT]
    assert len(events) == 1
    assert events[0].date is None


def test_a_past_sentence_from_a_day_keeps_its_date():
    text = (
        "В Одессе подорожал проезд\n\n"
        "С 1 марта в Одессе исполком горсовета утвердил новые тарифы на проезд.\n"
    )
    events = [e for e in uanews.parse(text).events if e.kind is EventKind.ANNOUNCEMENT]
    assert [str(e.date) for e in events] == ["--03-01"]
