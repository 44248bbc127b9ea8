"""Review of the issue-15 participant rules: constructs that broke them (issue 15).

The sentences are written for these tests in the style of Russian-language and Ukrainian news;
none is taken from any corpus or held-out set.
"""

import pytest

import uanews
from uanews.model import ParticipantKind
from uanews.parser.language import using_language
from uanews.parser.participants.organizations import is_organization_noun
from uanews.parser.participants.roles import find_roles


def _participants(text: str) -> dict[str, tuple[ParticipantKind, str | None, str | None]]:
    """Return each participant's name with its kind, role and organisation.

    The sentence is the body of an item under a headline in its language, so that the
    language detected for the item is the sentence's.
    """
    ukrainian = any(letter in text for letter in "іїєґІЇЄҐ")
    headline = "Новини міста за тиждень" if ukrainian else "Новости города за неделю"
    item = uanews.parse(f"{headline}\n\n{text}\n")
    assert item.language == ("uk" if ukrainian else "ru")
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
def test_a_union_of_states_in_a_role_is_no_organisation_of_the_role(
    text: str, person: str, role: str
) -> None:
    """``Европейского союза`` in a role says whose envoy: the role links no body (the lexicons).

    The union itself, where it is found, is an organisation participant (as ``ООН`` is): the
    role keeps it as its complement only.
    """
    found = _participants(text)
    assert found[person] == (ParticipantKind.PERSON, role, None)
    assert all(
        kind is ParticipantKind.ORGANIZATION
        for name, (kind, _, _) in found.items()
        if "союз" in name.lower()
    )


def test_a_body_in_a_role_is_still_an_organisation() -> None:
    """The check keeps a real body of a role's complement (the rule's other side)."""
    found = _participants("Посол Ради Європи Інгрід Вальстрем зустрілася з мером Вінниці.")
    assert found["Інгрід Вальстрем"][2] is not None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the surname's likeliest reading is an adjective; a rarer first-name reading (Бела)
        # does not give its nominative
        ("Переговоры с Ольгой Белой прошли в горсовете Умани.", "Ольга Белая"),
        ("Письмо Ольги Белой передали в горсовет Умани.", "Ольга Белая"),
        # a surname the dictionary lists only as a first name keeps that reading
        ("Переговоры с Игорем Мамаем прошли в горсовете Умани.", "Игорь Мамай"),
        # Ukrainian: the dictionary lists the surname itself
        ("Переговори з Ольгою Білою відбулися в міськраді Умані.", "Ольга Біла"),
    ],
)
def test_an_adjectival_surname_declines_as_an_adjective(text: str, person: str) -> None:
    """``Ольгой Белой`` is ``Ольга Белая``, not ``Ольга Бела``."""
    assert _participants(text)[person][0] is ParticipantKind.PERSON


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a capitalised common word or a place before the particle is no first name
        ("Вчера ван Дейк подписал соглашение с мэрией Луцка.", "ван Дейк"),
        ("Вчора ван Дейк підписав угоду з мерією Луцька.", "ван Дейк"),
        ("В Роттердаме фон Эккерт встретился с мэром Луцка.", "фон Эккерт"),
        # a first name before the particles still opens the name
        ("Утром Пауль ван Дейк подписал соглашение с мэрией Луцка.", "Пауль ван Дейк"),
    ],
)
def test_a_particle_surname_after_a_capitalised_common_word(text: str, person: str) -> None:
    """``Вчера ван Дейк``: the surname with its particle is a name of its own."""
    assert _participants(text)[person][0] is ParticipantKind.PERSON


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a first name that is also a common noun opens the sentence, the surname is a common
        # noun too: the feminine verb right after makes the pair its subject
        ("Вера Коваль рассказала журналистам о ремонте школы.", "Вера Коваль"),
        ("Любовь Пастух заявила о выходе из партии.", "Любовь Пастух"),
    ],
)
def test_a_sentence_opening_name_before_an_agreeing_verb(text: str, person: str) -> None:
    """``Вера Коваль рассказала``: the verb's gender makes the ambiguous words a name."""
    assert _participants(text)[person][0] is ParticipantKind.PERSON


def test_a_noun_and_a_genitive_before_a_verb_stay_no_name() -> None:
    """``Надежда Европы погибла``: the second word is no nominative, so no name is made."""
    found = _participants("Надежда Европы погибла вчера вечером.")
    assert not [name for name, (kind, _, _) in found.items() if kind is ParticipantKind.PERSON]


def test_several_particle_names_in_one_sentence() -> None:
    """Each particle name replaces the names found inside it, and the others stay."""
    found = _participants(
        "Марк ван дер Линден, Пауль ван Дейк и Ирина Коваленко подписали соглашение в Луцке."
    )
    people = {name for name, (kind, _, _) in found.items() if kind is ParticipantKind.PERSON}
    assert people == {"Марк ван дер Линден", "Пауль ван Дейк", "Ирина Коваленко"}


@pytest.mark.parametrize(
    "text",
    [
        "Ночью оккупанты обстреляли Мирноград, повреждены три дома.",
        "В Новограде и Мирнограде ночью не было света.",
        "Жители Мирнограда получили гуманитарную помощь от волонтеров.",
    ],
)
def test_a_town_in_grad_is_no_organisation(text: str) -> None:
    """``Мирноград``: the analyser's guess ``мирнограда`` ends as ``рада``, but it is a town."""
    found = _participants(text)
    assert not [
        name for name, (kind, _, _) in found.items() if kind is ParticipantKind.ORGANIZATION
    ]


@pytest.mark.parametrize(("language", "word"), [("ru", "Облрады"), ("uk", "Міськради")])
def test_a_compound_headed_by_rada_is_still_an_organisation_noun(language: str, word: str) -> None:
    """The town check leaves compounds of ``рада`` that name a council."""
    with using_language(language):
        assert is_organization_noun(word)


@pytest.mark.parametrize(
    "text",
    [
        "Водитель Toyota Camry не уступил дорогу на перекрестке в Ровно.",
        "Водій Renault Master не пропустив пішохода на переході в Рівному.",
    ],
)
def test_a_make_after_a_driver_is_neither_person_nor_organisation(text: str) -> None:
    """``водитель Toyota Camry``: the Latin words are the car's make, the role the driver."""
    found = _participants(text)
    assert not [name for name in found if name.startswith(("Toyota", "Renault"))]


def test_a_foreign_name_after_a_role_noun_is_still_a_person() -> None:
    """A Latin name after another role noun stays the person's (``тренер Marco Rossi``)."""
    found = _participants("Тренер Marco Rossi рассказал о сборах команды в Ровно.")
    assert found["Marco Rossi"][:2] == (ParticipantKind.PERSON, "тренер")


def _jobs(text: str) -> list[str]:
    """Return the cores of the role phrases of ``text`` that name a position."""
    language = "uk" if any(letter in text for letter in "іїєґІЇЄҐ") else "ru"
    with using_language(language):
        return [text[r.core_start : r.core_end] for r in find_roles(text) if r.position]


@pytest.mark.parametrize(
    ("text", "jobs"),
    [
        # an adjective that agrees only with the thing the form also names
        ("Квантовая механика трудна для первокурсников.", []),
        ("Первокурсники изучают квантовую механику с сентября.", []),
        ("Квантова механіка важка для першокурсників.", []),
        ("Финансовая аналитика показала рост цен на жилье.", []),
        # an adjective that agrees with the person keeps the role
        ("Опытному механику завода вручили грамоту.", ["механику"]),
        ("Колишнього аналітика банку затримали в Умані.", ["аналітика"]),
    ],
)
def test_a_role_form_read_as_a_thing_by_its_adjective(text: str, jobs: list[str]) -> None:
    """``квантовая механика`` is a field, ``опытному механику`` a person."""
    assert _jobs(text) == jobs


def test_a_capitalised_van_at_a_sentence_start_keeps_its_capital() -> None:
    """``Ван Лэй``: a Chinese surname spelt like the particle is kept as written."""
    found = _participants("Ван Лэй заявил о поддержке переговоров в Пекине.")
    assert found["Ван Лэй"][0] is ParticipantKind.PERSON


def test_a_particle_surname_and_its_later_mentions_are_one_person() -> None:
    """The capital kept at the start does not split the person from ``ван Дейк`` later."""
    found = _participants("Ван Дейк прибыл в Луцк во вторник. Позже ван Дейк встретился с мэром.")
    people = [name for name, (kind, _, _) in found.items() if kind is ParticipantKind.PERSON]
    assert people == ["Ван Дейк"]
