"""A place's name between a role and a full name completes the role, not the name."""

from __future__ import annotations

from uanews.model import NewsItem, Paragraph
from uanews.parser.participants import extract_participants


def test_a_town_between_role_and_name_joins_the_role():
    item = NewsItem(paragraphs=(Paragraph("Заступник мера Ромен Олег Мельничук відкрив ярмарок."),))
    participants, _ = extract_participants(item)
    [person] = participants
    assert person.name == "Олег Мельничук"
    assert person.role == "заступник мера Ромен"
