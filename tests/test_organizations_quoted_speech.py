"""Quoted speech that opens with an organisation noun is a quote, not an organisation's name."""

from __future__ import annotations

import pytest

import uanews


@pytest.mark.parametrize(
    "paragraph",
    [
        "«Школа готова до навчання», – сказала вона.",
        "«Лікарня працює цілодобово», — повідомив головний лікар.",
        "«Компанія виконала всі зобов'язання.» – заявив він.",
    ],
)
def test_quoted_speech_names_no_organization(paragraph):
    item = uanews.parse(f"Новина дня\n\n{paragraph}\n")
    assert [
        p.name for p in item.participants if p.kind is uanews.ParticipantKind.ORGANIZATION
    ] == []
    assert len(item.quotes) == 1


def test_a_quoted_name_is_still_an_organization():
    item = uanews.parse("Новина дня\n\nРемонт виконала «Південно-Західна залізниця».\n")
    names = [p.name for p in item.participants if p.kind is uanews.ParticipantKind.ORGANIZATION]
    assert names == ["Південно-Західна залізниця"]
