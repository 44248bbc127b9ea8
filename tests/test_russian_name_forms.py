"""Russian names in the nominative, one-word bodies and village names after a settlement noun.

The sentences are written for these tests in the style of Russian-language Ukrainian news;
none is taken from any corpus.
"""

import pytest

import uanews
from uanews.model import ParticipantKind


def _people(text: str) -> dict[str, str | None]:
    """Return each person's name with its role."""
    item = uanews.parse(text)
    return {p.name: p.role for p in item.participants if p.kind is ParticipantKind.PERSON}


def _organizations(text: str) -> list[str]:
    """Return the organisations' names."""
    item = uanews.parse(text)
    return [p.name for p in item.participants if p.kind is ParticipantKind.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname the dictionary lists only as a first name keeps its lemma (not ``Мама``)
        (
            (
                "Министр обсудил восстановление моста с Александром Мамаем, "
                "городским головой Полтавы, во время рабочей поездки."
            ),
            "Александр Мамай",
        ),
        # a double foreign surname declined as an adjective (``-ской`` -> ``-ская``)
        (
            (
                "Министр иностранных дел Украины встретился в Варшаве с Паулиной Хенниг-Клоской "
                "и обсудил с ней энергетическую помощь."
            ),
            "Паулина Хенниг-Клоская",
        ),
        # a woman's first name with an undeclined surname opening the sentence is nominative,
        # not the genitive of the man's name (``Ярослава`` of ``Ярослав``)
        (
            (
                "Ярослава Гринько, председатель сельсовета, сообщила, что пожар в "
                "зернохранилище потушили к утру. Никто не пострадал."
            ),
            "Ярослава Гринько",
        ),
        # ``Марта`` capitalised inside a sentence is the name, not the month ``марта``
        (
            (
                "В Киев с рабочим визитом прибыла еврокомиссар по вопросам расширения Марта Кос, "
                "сообщили в Офисе президента."
            ),
            "Марта Кос",
        ),
    ],
)
def test_russian_name_in_the_nominative(text: str, name: str) -> None:
    """Each person comes out in the nominative of the right gender."""
    assert name in _people(text)


def test_role_before_a_name_spelt_like_a_month() -> None:
    """The role phrase before ``Марта Кос`` in the nominative is her role."""
    people = _people(
        "Еврокомиссар по вопросам расширения Марта Кос посетила Ирпень и осмотрела "
        "восстановленные дома."
    )
    assert people.get("Марта Кос") == "еврокомиссар по вопросам расширения"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the dictionary tags the one-word names of well-known bodies ``Orgn``
        ("Нафтогаз с 1 октября повысил тарифы для промышленных потребителей.", "Нафтогаз"),
        ("В Минздраве сообщили, что в области открыли еще две амбулатории.", "Минздрав"),
        ("В Укрэнерго предупредили о плановых отключениях в трех областях.", "Укрэнерго"),
        # a state stump the dictionary does not know
        ("Нацполиция открыла уголовное производство по факту мошенничества.", "Нацполиция"),
        ("Госпогранслужба усилила охрану участка границы в Волынской области.", "Госпогранслужба"),
    ],
)
def test_russian_one_word_bodies(text: str, body: str) -> None:
    """A one-word name of a national body is an organisation."""
    assert body in _organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Минута молчания прошла во всех школах города.",
        "Укрытие в подвале лицея открыли после ремонта.",
        "Госпиталь принял еще двенадцать раненых.",
    ],
)
def test_ordinary_words_with_state_prefixes(text: str) -> None:
    """Words that merely open like a state stump (``Мин``, ``Укр``, ``Гос``) name no body."""
    assert _organizations(text) == []


def test_village_after_a_settlement_noun_is_a_place() -> None:
    """A village name the dictionary reads only as a person's name is the village."""
    item = uanews.parse(
        "Ночью российские войска обстреляли территорию возле села Зоряне "
        "Синельниковского района. Пострадавших нет, сообщили в ОВА."
    )
    people = [p.name for p in item.participants if p.kind is ParticipantKind.PERSON]
    assert people == []
    assert [e.place for e in item.events] == ["Зоряне"]


def test_headman_of_a_village_keeps_his_name() -> None:
    """A person's noun before the settlement noun: the name after it is the person's."""
    assert "Иван Петренко" in _people(
        "Староста села Иван Петренко рассказал, что в школе заменили окна."
    )


@pytest.mark.parametrize(
    "text",
    [
        (
            "Пожежа виникла на території фермерського господарства «Ми все відновимо до весни, "
            "кажуть працівники», повідомили рятувальники."
        ),
        (
            "Пожар вспыхнул на территории фермерского хозяйства «Мы все восстановим к весне, "
            "говорят работники», сообщили спасатели."
        ),
    ],
)
def test_quoted_clause_after_a_body_noun_is_no_name(text: str) -> None:
    """A clause in marks after ``господарства``/``хозяйства`` names no organisation."""
    assert not any("«" in name for name in _organizations(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Пожежа виникла на території фермерського господарства «Світанок».",
            "фермерське господарство «Світанок»",
        ),
        ("Волонтеры фонда «Повернись живим» передали бригаде дроны.", "фонд «Повернись живим»"),
    ],
)
def test_quoted_name_after_a_body_noun_stays(text: str, body: str) -> None:
    """A name in marks, a short slogan with a verb included, stays the body's name."""
    assert body in _organizations(text)
