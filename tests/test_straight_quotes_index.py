"""Straight quotes read as « » name organisations as before (the item's word index is kept:
`tests/test_document.py` counts the tokenisations)."""

from __future__ import annotations

from uanews.parser.language import using_language
from uanews.parser.participants.organizations import find_quoted_organizations


def test_straight_quotes_name_an_organisation_as_before():
    text = 'Работы выполнило ООО "Северный мост", а проверило АО "Речной порт".'
    with using_language("ru"):
        found = find_quoted_organizations(text, 0, len(text))
    assert [text[org.start : org.end] for org in found] == [
        'ООО "Северный мост"',
        'АО "Речной порт"',
    ]
    assert [org.name for org in found] == ['ООО "Северный мост"', 'АО "Речной порт"']
