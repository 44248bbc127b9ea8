"""Participants, seventh pass (issue 15): role units and the bodies after them, both languages.

Every text here was written for these tests, in the style of regional news.
"""

from __future__ import annotations

import pytest

from organization_support import organizations, parse_paragraph
from uanews.model import ParticipantKind
from uanews.parser.language import using_language
from uanews.parser.participants.roles import find_roles


def _cores(text: str, language: str) -> list[str]:
    with using_language(language):
        return [text[r.core_start : r.core_end] for r in find_roles(text) if r.position]


@pytest.mark.parametrize(
    ("text", "language", "core"),
    [
        (
            "Директорка департаменту культури Рівненської міської ради Ганна Лис відкрила показ.",
            "uk",
            "Директорка департаменту культури",
        ),
        (
            "Директор департаменту житлово-комунального господарства Ігор Бойко оглянув дахи.",
            "uk",
            "Директор департаменту житлово-комунального господарства",
        ),
        (
            "Директор департамента жилищного хозяйства Игорь Бойко осмотрел крыши.",
            "ru",
            "Директор департамента жилищного хозяйства",
        ),
        (
            "Директор департамента культуры Сумского горсовета Анна Лис открыла выставку.",
            "ru",
            "Директор департамента культуры",
        ),
    ],
)
def test_a_department_after_a_role_is_the_roles_unit(text, language, core):
    assert _cores(text, language)[0] == core


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "Директорка департаменту культури Рівненської міської ради Ганна Лис відкрила показ.",
            "Рівненської міської ради",
        ),
        (
            "Директор департамента культуры Сумского горсовета Анна Лис открыла выставку.",
            "Сумского горсовета",
        ),
    ],
)
def test_only_the_body_after_a_roles_department_is_an_organisation(paragraph, body):
    mentions = [text for texts in organizations(paragraph).values() for text in texts]
    assert mentions == [body]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "На сайті департаменту культури Рівненської міської ради оприлюднили афішу.",
            "департамент культури Рівненської міської ради",
        ),
        (
            "На сайте департамента культуры Сумского горсовета опубликовали афишу.",
            "департамент культуры Сумского горсовета",
        ),
    ],
)
def test_a_department_with_no_role_before_it_stays_one_organisation(paragraph, name):
    assert list(organizations(paragraph)) == [name]


@pytest.mark.parametrize(
    ("text", "language", "cores"),
    [
        (
            "Хворих оглянули дитячі кардіологи та сімейний лікар.",
            "uk",
            ["дитячі кардіологи", "сімейний лікар"],
        ),
        ("Прием вел семейный врач из соседнего села.", "ru", ["семейный врач"]),
    ],
)
def test_an_adjective_of_whom_a_profession_serves_titles_it(text, language, cores):
    assert _cores(text, language) == cores


def test_an_age_adjective_is_no_part_of_the_role():
    assert _cores("Аварію спричинив 38-річний водій вантажівки.", "uk") == ["водій"]


def test_an_evaluative_adjective_is_no_part_of_the_role():
    assert _cores("Операцію провів досвідчений хірург.", "uk") == ["хірург"]


@pytest.mark.parametrize(
    "text",
    ["Обласний бюджет підвищив оклади вчителів та лікарів.", "Селу бракує вчителів і лікарів."],
)
def test_a_role_noun_after_a_conjunction_opens_a_role_of_its_own(text):
    cores = _cores(text, "uk")
    assert len(cores) == 2
    assert all(not core.endswith((" і", " та")) for core in cores)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Пацієнтку перевели до Волинської обласної лікарні імені О. М. Довженка ввечері.",
        "Пацієнтку перевели до Волинської обласної лікарні імені А. І. Довженка ввечері.",
    ],
)
def test_a_body_named_after_a_person_with_initials_keeps_the_whole_name(paragraph):
    mentions = [text for texts in organizations(paragraph).values() for text in texts]
    assert mentions == [paragraph[paragraph.index("Волинської") : paragraph.index(" ввечері")]]


@pytest.mark.parametrize(
    ("text", "language", "core"),
    [
        ("Директор закладу Павло Гук показав нову їдальню.", "uk", "Директор"),
        ("Директор учреждения Павел Гук показал новую столовую.", "ru", "Директор"),
    ],
)
def test_an_establishment_noun_after_a_role_is_a_body_not_the_roles_unit(text, language, core):
    assert _cores(text, language) == [core]


def test_a_department_with_two_coordinated_fields_keeps_its_role_and_person():
    item_text = (
        "Як розповів директор департаменту економіки та зовнішньої торгівлі міськради "
        "Олег Гук, ярмарок триватиме тиждень."
    )
    cores = _cores(item_text, "uk")
    assert cores == ["директор департаменту економіки та зовнішньої торгівлі"]
    item = parse_paragraph(item_text)
    person = next(p for p in item.participants if p.kind is ParticipantKind.PERSON)
    assert person.role == "директор департаменту економіки та зовнішньої торгівлі міськради"
