"""A role whose complement is an organisation's whole name reaches the person named after it."""

from __future__ import annotations

import pytest

import uanews


@pytest.mark.parametrize(
    ("sentence", "role", "organization"),
    [
        (
            "Директор Інституту історії Іван Петренко провів нараду.",
            "директор Інституту історії",
            "Інститут історії",
        ),
        (
            "Експерт Центру енергетичних досліджень Олександр Харченко вважає, що зима мине.",
            "експерт Центру енергетичних досліджень",
            "Центр енергетичних досліджень",
        ),
        (
            "Голова правління НЕК «Укренерго» Володимир Кудрицький провів нараду.",
            "голова правління НЕК «Укренерго»",
            "НЕК «Укренерго»",
        ),
    ],
)
def test_role_runs_over_the_organization_name(sentence, role, organization):
    item = uanews.parse(f"Новина дня\n\n{sentence}\n")
    (person,) = [p for p in item.participants if p.kind is uanews.ParticipantKind.PERSON]
    assert (person.role, person.organization) == (role, organization)
