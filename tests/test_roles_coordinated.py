"""A role's genitive complement may join two nouns by a conjunction (``освіти і науки``)."""

from __future__ import annotations

import pytest

import uanews


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Школу відвідав міністр культури та спорту Андрій Мельничук.",
            "міністр культури та спорту",
        ),
        (
            "Лист підписав голова комісії освіти і науки Литви Петро Савчук.",
            "голова комісії освіти і науки Литви",
        ),
    ],
)
def test_coordinated_genitive_nouns_stay_in_the_role(sentence, role):
    item = uanews.parse(f"Новина дня\n\n{sentence}\n")
    (person,) = [p for p in item.participants if p.kind is uanews.ParticipantKind.PERSON]
    assert person.role == role


def test_a_role_noun_after_the_conjunction_opens_a_second_role():
    item = uanews.parse("Новина дня\n\nЗаступник міністра та радник Іван Петренко виступив.\n")
    (person,) = [p for p in item.participants if p.kind is uanews.ParticipantKind.PERSON]
    assert person.role == "радник"
