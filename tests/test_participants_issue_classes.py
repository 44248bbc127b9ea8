"""Groups, bodies named after people, roles naming their body (texts written for the tests)."""

from __future__ import annotations

import uanews
from uanews.model import NewsItem, ParticipantKind


def _parse(text: str) -> NewsItem:
    """Return ``text`` parsed as the body of an item under a short headline."""
    return uanews.parse("Новини громади\n\n" + text + "\n")


def _of(item: NewsItem, kind: ParticipantKind) -> dict[str, list[str]]:
    """Return participant names of ``kind`` with the texts of their mentions."""
    return {p.name: [m.text for m in p.mentions] for p in item.participants if p.kind is kind}


def test_a_group_stops_at_a_word_boundary_after_an_abbreviation() -> None:
    """``команда м. Києва``: the abbreviation and the place's name, never ``команда м``."""
    groups = _of(_parse("Першість виборола команда м. Києва."), ParticipantKind.GROUP)
    assert groups == {"команда м. Києва": ["команда м. Києва"]}


def test_an_abbreviation_without_a_name_after_it_ends_the_group() -> None:
    """A sentence ending in ``м.`` leaves the group noun without a complement: no group."""
    assert _of(_parse("Кубок здобула команда м."), ParticipantKind.GROUP) == {}


def test_a_group_needs_a_real_complement() -> None:
    """``команда порушення`` (an act) is no group; ``команда волонтерів`` (people) is."""
    assert _of(_parse("Команда порушення не помітила."), ParticipantKind.GROUP) == {}
    groups = _of(_parse("Допомагала команда волонтерів з Полтави."), ParticipantKind.GROUP)
    assert groups == {"команда волонтерів": ["команда волонтерів"]}


def test_a_verb_before_a_group_noun_is_no_part_of_it() -> None:
    """``прибула делегація``: the predicate stays out of the group's name."""
    groups = _of(_parse("До Харкова прибула делегація міста Нюрнберг."), ParticipantKind.GROUP)
    assert groups == {"делегація міста Нюрнберг": ["делегація міста Нюрнберг"]}


def test_a_body_named_after_its_leader_is_one_organisation() -> None:
    """``Блоку Порошенка``: the organisation's mention holds the name; no person is made."""
    item = _parse(
        "Кандидат від Блоку Порошенка Андрій Ковальчук виграв. Гроші дав Фонд Ріната Ахметова."
    )
    assert _of(item, ParticipantKind.ORGANIZATION) == {
        "Блок Порошенка": ["Блоку Порошенка"],
        "Фонд Ріната Ахметова": ["Фонд Ріната Ахметова"],
    }
    assert list(_of(item, ParticipantKind.PERSON)) == ["Андрій Ковальчук"]


def test_a_body_named_after_a_person_with_initials() -> None:
    """``ім. С. П. Корольова`` completes the body's name; the person is no participant."""
    item = _parse("Учасники відвідали Музей космонавтики ім. С. П. Корольова у Житомирі.")
    assert _of(item, ParticipantKind.ORGANIZATION) == {
        "Музей космонавтики ім. С. П. Корольова": ["Музей космонавтики ім. С. П. Корольова"]
    }
    assert _of(item, ParticipantKind.PERSON) == {}


def test_a_role_naming_a_team_links_the_team() -> None:
    """``тренер команди «X»``: the role keeps the team; the team is an organisation ``X``."""
    item = _parse("Тренер команди «Сокіл-Ліда» Ігор Петренко подякував гравцям.")
    (person,) = [p for p in item.participants if p.kind is ParticipantKind.PERSON]
    assert (person.name, person.role, person.organization) == (
        "Ігор Петренко",
        "тренер команди «Сокіл-Ліда»",
        "команда «Сокіл-Ліда»",
    )
    assert _of(item, ParticipantKind.ORGANIZATION) == {"команда «Сокіл-Ліда»": ["Сокіл-Ліда"]}


def test_an_honorific_title_is_the_role() -> None:
    """``заслужений майстер спорту України`` is a title, kept whole as the role."""
    item = _parse("Золото виборола заслужений майстер спорту України Тетяна Коваль.")
    (person,) = item.participants
    assert person.role == "заслужений майстер спорту України"


def test_a_presented_book_is_no_participant() -> None:
    """``презентували книжку «X»``: the book is a thing presented, not a participant."""
    item = _parse("У бібліотеці презентували книжку «Сонячні Ранки» Олени Коваль.")
    assert [p.name for p in item.participants] == ["Олена Коваль"]


def test_initials_stay_with_the_surname() -> None:
    """``С. П. Корольов``: initials and surname are one name, the abbreviation no stop."""
    item = _parse("Про це розповів С. П. Корольов журналістам.")
    assert _of(item, ParticipantKind.PERSON) == {"С. П. Корольов": ["С. П. Корольов"]}


def test_names_in_apposition_to_kinship_and_courtesy_nouns() -> None:
    """``пана Енгельгарта``, ``брати Саїт, Дилявер та Еслет``: people the dictionary lacks."""
    item = _parse(
        "Меблі привезли з маєтку пана Енгельгарта. Брати Саїт, Дилявер та Еслет пішли на фронт."
    )
    assert _of(item, ParticipantKind.PERSON) == {
        "Енгельгарт": ["Енгельгарта"],
        "Саїт": ["Саїт"],
        "Дилявер": ["Дилявер"],
        "Еслет": ["Еслет"],
    }


def test_one_name_after_a_plural_kinship_noun_is_a_family() -> None:
    """``брати Кличко`` names the family, not one person."""
    assert _of(_parse("Брати Баргузіни відкрили школу."), ParticipantKind.PERSON) == {}


def test_a_name_joined_to_a_role_by_a_hyphen_repeats_the_person() -> None:
    """``Шевченка-художника``: the name part is a mention of the person named before."""
    item = _parse("Тарас Шевченко малював багато. Виставка показує Шевченка-художника.")
    assert _of(item, ParticipantKind.PERSON) == {"Тарас Шевченко": ["Тарас Шевченко", "Шевченка"]}


def test_a_first_name_alone_is_read_in_the_nominative() -> None:
    """``Петро`` is Петро, not the vocative of the woman's name Петра."""
    assert list(_of(_parse("Його син Петро вступив до ліцею."), ParticipantKind.PERSON)) == [
        "Петро"
    ]


def test_a_role_after_the_name_keeps_its_field_tail() -> None:
    """``Сергій Бабак, голова комітету з питань освіти,``: an apposition after the name."""
    item = _parse("Сергій Бабак, голова комітету з питань освіти, заявив про зміни.")
    (person,) = item.participants
    assert person.role == "голова комітету з питань освіти"


def test_a_compound_role_with_an_apostrophe_in_its_first_part() -> None:
    """``віцепрем'єр-міністерка`` is a role noun: the last part decides."""
    item = _parse("Про це повідомила Ольга Стефанішина, віцепрем'єр-міністерка з питань освіти.")
    (person,) = item.participants
    assert person.role == "віцепрем'єр-міністерка з питань освіти"


def test_latin_names_coordinated_after_a_common_head() -> None:
    """``компанії Meta та Google``: each coordinated Latin name is an organisation."""
    item = _parse("Угоду підписали компанії Meta та Google.")
    assert _of(item, ParticipantKind.ORGANIZATION) == {"Meta": ["Meta"], "Google": ["Google"]}
