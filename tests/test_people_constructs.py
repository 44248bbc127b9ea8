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
            "Посол Бельгии Марк ван дер Линден посетил Винницу во вторник.",
            "Марк ван дер Линден",
            "посол Бельгии",
            ["Марк ван дер Линден"],
        ),
        (
            "Посол Бельгії Марк ван дер Лінден відвідав Вінницю у вівторок.",
            "Марк ван дер Лінден",
            "посол Бельгії",
            ["Марк ван дер Лінден"],
        ),
        # declined: the first name gives the case, the particles never change
        (
            "Мэр встретился с Марком ван дер Линденом в мэрии.",
            "Марк ван дер Линден",
            None,
            ["Марком ван дер Линденом"],
        ),
        (
            "Міністр зустрівся з Марком ван дер Лінденом у Житомирі.",
            "Марк ван дер Лінден",
            None,
            ["Марком ван дер Лінденом"],
        ),
        # one particle; a first name the dictionary does not know is kept as written
        (
            "Посол Нидерландов Йоост ван Берген сообщил, что грант одобрен.",
            "Йоост ван Берген",
            "посол Нидерландов",
            ["Йоост ван Берген"],
        ),
        (
            "Министр Карл фон Штайнберг прибыл во Львов. Визит Карла фон Штайнберга длился день.",
            "Карл фон Штайнберг",
            "министр",
            ["Карл фон Штайнберг", "Карла фон Штайнберга"],
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
            "Посол Японии в Украине Хидэо Норимацу посетил Полтаву.",
            "Хидэо Норимацу",
            "посол Японии в Украине",
            ["Хидэо Норимацу"],
        ),
        (
            "Посол Японії в Україні Хідео Норімацу відвідав Полтаву.",
            "Хідео Норімацу",
            "посол Японії в Україні",
            ["Хідео Норімацу"],
        ),
        # an oblique case is put in the nominative written elsewhere in the item
        (
            (
                "Губернатор встретился с послом Японии в Украине Хидэо Норимацу. "
                "Посол Японии в Украине Хидэо Норимацу пообещал помощь."
            ),
            "Хидэо Норимацу",
            "посол Японии в Украине",
            ["Хидэо Норимацу", "Хидэо Норимацу"],
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
                "Городской голова Умани Игорь Луговой встретился с министром. "
                "По словам Игоря Лугового, город готов."
            ),
            "Игорь Луговой",
            ["Игорь Луговой", "Игоря Лугового"],
        ),
        (
            "Вчера с Игорем Луговым встретились учителя.",
            "Игорь Луговой",
            ["Игорем Луговым"],
        ),
        (
            (
                "Міський голова Умані Ігор Луговий зустрівся з міністром. "
                "За словами Ігоря Лугового, місто готове."
            ),
            "Ігор Луговий",
            ["Ігор Луговий", "Ігоря Лугового"],
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
        "В субботу Мая Кравчук открыла выставку в Ровно.",
        "Выставку 9 мая в Ровно открыла Мая Кравчук.",
    ],
)
def test_first_name_spelt_like_a_month(text: str) -> None:
    """``Мая``, capitalised inside a sentence, is a woman's name (months are lower case)."""
    assert list(_people(text)) == ["Мая Кравчук"]


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            (
                "Посол Бельгії Марк ван дер Лінден відвідав Рівне. Ван дер Лінден подякував "
                "волонтерам. Посол пообіцяв нову допомогу."
            ),
            "Марк ван дер Лінден",
            ["Марк ван дер Лінден", "Ван дер Лінден"],
        ),
        (
            (
                "Посол Нидерландов Йоост ван Берген посетил Черкассы. Как отметил ван Берген, "
                "помощь продолжится."
            ),
            "Йоост ван Берген",
            ["Йоост ван Берген", "ван Берген"],
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
