"""A position in the instrumental that an appointing verb governs is the person's role (#15).

Self-written sentences in the style of city news, Ukrainian and Russian: ``X-ом призначили Y``,
``Y обрали X-ом``, ``Y став X-ом`` give Y the role X, in either order; an instrumental after a
preposition (``з директором``) or a verb that appoints no one gives no role.
"""

from __future__ import annotations

import pytest

from organization_support import parse_paragraph
from uanews.model import ParticipantKind


def roles(paragraph: str) -> dict[str, str | None]:
    """Return each person's name and role in the item with ``paragraph``."""
    item = parse_paragraph(paragraph)
    return {p.name: p.role for p in item.participants if p.kind is ParticipantKind.PERSON}


@pytest.mark.parametrize(
    ("paragraph", "person", "role"),
    [
        (
            "Віцепрезидентом компанії «Явір» призначили Богдана Дзюбака.",
            "Богдан Дзюбак",
            "віцепрезидент компанії «Явір»",
        ),
        (
            "Заступником директора призначено Богдана Дзюбака.",
            "Богдан Дзюбак",
            "заступник директора",
        ),
        ("Ярину Ковтунович обрали головою ради.", "Ярина Ковтунович", "голова ради"),
        ("Ярина Ковтунович стала директоркою ліцею.", "Ярина Ковтунович", "директорка ліцею"),
        ("Заместителем мэра назначили Богдана Дзюбака.", "Богдан Дзюбак", "заместитель мэра"),
        ("Олег Дзюбак стал директором школы.", "Олег Дзюбак", "директор школы"),
    ],
)
def test_an_appointing_verb_gives_the_instrumental_position_to_its_person(
    paragraph: str, person: str, role: str
) -> None:
    assert roles(paragraph)[person] == role


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        ("Разом з директором ліцею стала Ярина Ковтунович.", "Ярина Ковтунович"),
        ("Перед головою ради виступила Ярина Ковтунович.", "Ярина Ковтунович"),
        ("Головою ради задоволений Богдан Дзюбак.", "Богдан Дзюбак"),
        ("Вместе с директором лицея стал Богдан Дзюбак, сообщили в мэрии.", "Богдан Дзюбак"),
    ],
)
def test_an_instrumental_after_a_preposition_or_another_verb_gives_no_role(
    paragraph: str, person: str
) -> None:
    assert roles(paragraph)[person] is None
