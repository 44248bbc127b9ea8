"""A body noun that speaks after the text named that body is one more mention of it.

Every text here was written for these tests, in the style of regional news.
"""

from __future__ import annotations

import pytest

from organization_support import organizations, parse_paragraph


@pytest.mark.parametrize(
    ("paragraph", "name", "mentions"),
    [
        (
            (
                "Полтавська окружна прокуратура скерувала до суду обвинувальний акт щодо "
                "посадовця. Як зазначили в прокуратурі, він завдав громаді збитків."
            ),
            "Полтавська окружна прокуратура",
            ["Полтавська окружна прокуратура", "прокуратурі"],
        ),
        (
            (
                "Сумская областная прокуратура направила в суд дело чиновника. По данным "
                "прокуратуры, он подписывал акты невыполненных работ."
            ),
            "Сумская областная прокуратура",
            ["Сумская областная прокуратура", "прокуратуры"],
        ),
    ],
)
def test_a_speaking_body_noun_is_a_mention_of_the_body_named_before(paragraph, name, mentions):
    found = organizations(paragraph)
    assert found == {name: mentions}
    item = parse_paragraph(paragraph)
    body = next(p for p in item.participants if p.name == name)
    assert [q.speaker for q in item.quotes] == [body.id]


def test_a_speaking_body_noun_named_only_later_is_a_body_of_its_own():
    found = organizations(
        "Як зазначили в прокуратурі, посадовець завдав громаді збитків. Полтавська окружна "
        "прокуратура скерувала до суду обвинувальний акт."
    )
    assert found["прокуратура"] == ["прокуратурі"]
    assert found["Полтавська окружна прокуратура"] == ["Полтавська окружна прокуратура"]


def test_a_speaking_body_noun_of_another_body_refers_to_none_named():
    found = organizations(
        "Полтавська міська рада подала позов до забудовника. Як зазначили в прокуратурі, "
        "забудовник не сплатив оренду."
    )
    assert found == {
        "Полтавська міська рада": ["Полтавська міська рада"],
        "прокуратура": ["прокуратурі"],
    }


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            (
                "Полтавська окружна прокуратура скерувала до суду обвинувальний акт. У "
                "пресслужбі прокуратури повідомили, що посадовець завдав громаді збитків."
            ),
            "Полтавська окружна прокуратура",
        ),
        (
            (
                "Сумская областная прокуратура направила в суд дело чиновника. В "
                "пресс-службе прокуратуры сообщили, что он подписывал акты невыполненных работ."
            ),
            "Сумская областная прокуратура",
        ),
    ],
)
def test_the_complement_of_a_press_office_is_no_mention_of_the_body(paragraph, name):
    assert organizations(paragraph)[name] == [name]


@pytest.mark.parametrize(
    ("paragraph", "named", "other"),
    [
        (
            (
                "Про затор повідомили в поліції Полтавської області. Патрульна поліція "
                "попередила, що рух обмежено до ранку."
            ),
            "поліція Полтавської області",
            "Патрульна поліція",
        ),
        (
            (
                "О пробке сообщили в полиции Полтавской области. Патрульная полиция "
                "предупредила, что движение ограничено до утра."
            ),
            "полиция Полтавской области",
            "Патрульная полиция",
        ),
    ],
)
def test_a_speaking_body_of_another_kind_is_not_the_one_named_before(paragraph, named, other):
    found = organizations(paragraph)
    assert found[other] == [other]
    assert len(found[named]) == 1


def test_a_speaking_body_named_again_is_a_mention_of_its_own_name():
    found = organizations(
        "Водій загинув на місці, повідомила речниця поліції Рівненщини Ірина Гай. Слідчі "
        "поліції відкрили провадження. Дорога вільна, розповіла речниця поліції Рівненщини."
    )
    assert found["поліція Рівненщини"] == ["поліції Рівненщини", "поліції Рівненщини"]
