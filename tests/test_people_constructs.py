"""Persons in constructions shared by Russian and Ukrainian reports (issue 15).

Foreign surnames opened by a particle, foreign names after a whole role phrase, surnames that
decline as adjectives. The sentences are written for these tests in the style of
Russian-language and Ukrainian news; none is taken from any corpus.
"""

import pytest

import uanews
from uanews.model import ParticipantKind


def _people(text: str) -> dict[str, tuple[str | None, list[str]]]:
    """Return each person's name with its role and the words of its mentions."""
    item = uanews.parse(text)
    return {
        p.name: (p.role, [item.text[m.start : m.end] for m in p.mentions])
        for p in item.participants
        if p.kind is ParticipantKind.PERSON
    }


@pytest.mark.parametrize(
    ("text", "name", "role", "mentions"),
    [
        # a particle between a first name and the surname, in the nominative
        (
            "Посол Бельгии Питер ван дер Берг посетил Одессу в понедельник.",
            "Питер ван дер Берг",
            "посол Бельгии",
            ["Питер ван дер Берг"],
        ),
        (
            "Посол Бельгії Пітер ван дер Берг відвідав Одесу в понеділок.",
            "Пітер ван дер Берг",
            "посол Бельгії",
            ["Пітер ван дер Берг"],
        ),
        # declined: the first name gives the case, the particles never change
        (
            "Мэр встретился с Питером ван дер Бергом в мэрии.",
            "Питер ван дер Берг",
            None,
            ["Питером ван дер Бергом"],
        ),
        (
            "Міністр зустрівся з Пітером ван дер Бергом у Києві.",
            "Пітер ван дер Берг",
            None,
            ["Пітером ван дер Бергом"],
        ),
        # one particle; a first name the dictionary does not know is kept as written
        (
            "Посол Нидерландов Хенк ван Дейк пообещал, что помощь будет.",
            "Хенк ван Дейк",
            "посол Нидерландов",
            ["Хенк ван Дейк"],
        ),
        (
            "Канцлер Урсула фон дер Ляйен прибыла в Киев. Визит Урсулы фон дер Ляйен длился день.",
            "Урсула фон дер Ляйен",
            None,
            ["Урсула фон дер Ляйен", "Урсулы фон дер Ляйен"],
        ),
    ],
)
def test_surname_with_a_particle(
    text: str, name: str, role: str | None, mentions: list[str]
) -> None:
    """A surname opened by ``ван``, ``фон``, ``де`` is one name with the first name."""
    people = _people(text)
    assert people[name] == (role, mentions)
    assert all(" " in other for other in people)  # no surname alone beside it


def test_particle_word_that_is_a_common_word_joins_nothing() -> None:
    """Ukrainian ``де`` (where) after a place is no particle: the name after it is found alone."""
    people = _people("У Києві, де Олена Петренко відкрила виставку, було людно.")
    assert list(people) == ["Олена Петренко"]


@pytest.mark.parametrize(
    ("text", "name", "role", "mentions"),
    [
        (
            "Посол Японии в Украине Кунинори Мацуда посетил Харьков.",
            "Кунинори Мацуда",
            "посол Японии в Украине",
            ["Кунинори Мацуда"],
        ),
        (
            "Посол Японії в Україні Кунінорі Мацуда відвідав Харків.",
            "Кунінорі Мацуда",
            "посол Японії в Україні",
            ["Кунінорі Мацуда"],
        ),
        # an oblique case is put in the nominative written elsewhere in the item
        (
            (
                "Губернатор встретился с послом Японии в Украине Кунинори Мацудой. "
                "Посол Японии в Украине Кунинори Мацуда пообещал помощь."
            ),
            "Кунинори Мацуда",
            "посол Японии в Украине",
            ["Кунинори Мацудой", "Кунинори Мацуда"],
        ),
    ],
)
def test_foreign_name_after_a_whole_role_phrase(
    text: str, name: str, role: str, mentions: list[str]
) -> None:
    """A foreign name the dictionary lacks is a person after a role with its complement."""
    assert _people(text)[name] == (role, mentions)


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            (
                "Городской голова Львова Андрей Садовый встретился с министром. "
                "По словам Андрея Садового, город готов."
            ),
            "Андрей Садовый",
            ["Андрей Садовый", "Андрея Садового"],
        ),
        (
            "Вчера с Андреем Садовым встретились учителя.",
            "Андрей Садовый",
            ["Андреем Садовым"],
        ),
        (
            (
                "Міський голова Львова Андрій Садовий зустрівся з міністром. "
                "За словами Андрія Садового, місто готове."
            ),
            "Андрій Садовий",
            ["Андрій Садовий", "Андрія Садового"],
        ),
    ],
)
def test_surname_declined_as_an_adjective(text: str, name: str, mentions: list[str]) -> None:
    """A surname the dictionary lists as an adjective only is put in the nominative as one."""
    assert _people(text)[name][1] == mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a past-tense verb right after the name makes it the subject: a woman's nominative
        (
            "В понедельник Александра Коваленко заявила, что школа откроется.",
            "Александра Коваленко",
        ),
        ("Вчера Ярослава Шевчук посетила больницу в Сумах.", "Ярослава Шевчук"),
        ("У понеділок Ярослава Шевчук відвідала лікарню в Сумах.", "Ярослава Шевчук"),
        # a verb that agrees with another subject (``визит``) leaves the man's genitive
        ("Визит Александра Коваленко в Одессу продлился два дня.", "Александр Коваленко"),
    ],
)
def test_gender_from_the_verb_after_the_name(text: str, name: str) -> None:
    """A name both a man's genitive and a woman's nominative is read by the verb's gender."""
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Вчера Мая Петрова открыла выставку в Днепре.",
        "Выставку 9 мая в Днепре открыла Мая Петрова.",
    ],
)
def test_first_name_spelt_like_a_month(text: str) -> None:
    """``Мая``, capitalised inside a sentence, is a woman's name (months are lower case)."""
    assert list(_people(text)) == ["Мая Петрова"]


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            (
                "Посол Бельгії Пітер ван дер Берг відвідав Одесу. Ван дер Берг подякував "
                "рятувальникам. За словами ван дер Берга, допомога буде."
            ),
            "Пітер ван дер Берг",
            ["Пітер ван дер Берг", "Ван дер Берг", "ван дер Берга"],
        ),
        (
            (
                "Посол Нидерландов Хенк ван Дейк посетил Николаев. Как отметил ван Дейк, помощь "
                "продолжится."
            ),
            "Хенк ван Дейк",
            ["Хенк ван Дейк", "ван Дейк"],
        ),
    ],
)
def test_surname_with_particles_repeats_the_person(
    text: str, name: str, mentions: list[str]
) -> None:
    """A later surname with its particles, no first name, is a mention of the same person."""
    people = _people(text)
    assert list(people) == [name]
    assert people[name][1] == mentions


def test_ukrainian_where_is_no_particle_alone() -> None:
    """``де`` alone before a capitalised word is Ukrainian "where", no surname's particle."""
    assert _people("Там, де Дніпро розливається, відпочивали кияни.") == {}
