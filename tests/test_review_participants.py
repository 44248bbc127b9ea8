"""Review of the issue-15 participant rules: constructs that broke them (issue 15).

The sentences are written for these tests in the style of Russian-language and Ukrainian news;
none is taken from any corpus or held-out set.
"""

import pytest

import uanews
from uanews.model import ParticipantKind


def _participants(text: str) -> dict[str, tuple[ParticipantKind, str | None, str | None]]:
    """Return each participant's name with its kind, role and organisation."""
    item = uanews.parse(text)
    return {p.name: (p.kind, p.role, p.organization) for p in item.participants}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Посол Европейского союза Ингрид Вальстрем встретилась с мэром Винницы.",
            "Ингрид Вальстрем",
            "посол Европейского союза",
        ),
        (
            "Посол Євросоюзу Інгрід Вальстрем зустрілася з мером Вінниці.",
            "Інгрід Вальстрем",
            "посол Євросоюзу",
        ),
        (
            "Посол Евросоюза Ингрид Вальстрем встретилась с мэром Винницы.",
            "Ингрид Вальстрем",
            "посол Евросоюза",
        ),
    ],
)
def test_a_union_of_states_in_a_role_is_no_organisation(text: str, person: str, role: str) -> None:
    """``Европейского союза`` in a role is no body, as ``ЕС``/``ЄС`` is none (the lexicons)."""
    found = _participants(text)
    assert found[person] == (ParticipantKind.PERSON, role, None)
    assert not [
        name
        for name, (kind, _, _) in found.items()
        if kind is ParticipantKind.ORGANIZATION and "союз" in name.lower()
    ]


def test_a_body_in_a_role_is_still_an_organisation() -> None:
    """The check keeps a real body of a role's complement (the rule's other side)."""
    found = _participants("Посол Ради Європи Інгрід Вальстрем зустрілася з мером Вінниці.")
    assert found["Інгрід Вальстрем"][2] is not None
