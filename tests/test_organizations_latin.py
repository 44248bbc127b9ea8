"""Latin-script names: a full stop that ends the sentence is not part of the name."""

from __future__ import annotations

import pytest

from uanews.parser.participants.organizations import LATIN_NAME


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Угоду підписала Kharkiv IT Cluster.", "Kharkiv IT Cluster"),
        ("Про це розповів Martin Jäger.", "Martin Jäger"),
        ("Партнер - Acme Software-", "Acme Software"),
        ("Партнер - St. Mary Hospital, як відомо", "St. Mary Hospital"),
    ],
)
def test_latin_name_ends_at_its_last_word(text, name):
    assert [match.group() for match in LATIN_NAME.finditer(text)] == [name]
