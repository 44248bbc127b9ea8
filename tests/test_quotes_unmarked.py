"""Speech without quote marks: dash attributions, dash lines after a colon, headlines."""

from __future__ import annotations

import uanews
from uanews.model import QuoteKind


def quotes(text):
    item = uanews.parse(text)
    return [
        (
            q.kind,
            q.text,
            None if q.speaker is None else item.participant(q.speaker).name,
        )
        for q in item.quotes
    ]


def test_a_match_in_a_headline_is_not_a_quote():
    text = "Динамо Київ – Шахтар\n\nУ суботу клуб «Шахтар» переміг. Гравці «Шахтаря» раділи.\n"
    assert quotes(text) == []


def test_a_dash_attribution_makes_the_paragraph_direct_speech():
    text = (
        "Нова школа\n\nМи готові відкрити школу вже у вересні, – пояснив директор Павло Гринюк.\n"
    )
    assert quotes(text) == [
        (QuoteKind.DIRECT, "Ми готові відкрити школу вже у вересні", "Павло Гринюк")
    ]


def test_a_subject_set_off_by_dashes_before_a_that_clause_is_no_speech():
    text = "Птахи\n\nОрнітологи – фахівці, які вивчають птахів, – вважають, що зима буде теплою.\n"
    found = quotes(text)
    assert all(kind is not QuoteKind.DIRECT for kind, _text, _speaker in found)


def test_only_the_first_dash_line_after_a_colon_is_the_speakers():
    text = (
        "Розмова на вокзалі\n\n"
        "Волонтерка Олена Мороз розповіла:\n"
        "– Щодня ми годуємо сотню людей.\n\n"
        "– А хто вам допомагає?\n\n"
        "Вона не відповіла.\n"
    )
    assert quotes(text) == [(QuoteKind.DIRECT, "Щодня ми годуємо сотню людей.", "Олена Мороз")]
