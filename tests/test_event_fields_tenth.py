"""Event fields on unseen text, tenth pass (fields10), Ukrainian and Russian.

Casualties: a count over the month or the year so far (``цього місяця``, ``в этом месяце``) is
a statistic. A count after ``ще`` with no count of its kind before it in the body counts more
victims than the dead just told, not more injured on top of a later count. The pronoun of all
(``Усі поранені``) names no victim, though its dictionary reads it as a surname too.

Places: a head shared by two cities (``з керівниками музеїв Полтави та Сум``) tells no place,
as the mayors of two cities do not. A denied harm of one man or woman (``Водій не постраждав``)
tells no count, while ``Ніхто не постраждав`` and a plural of people still count zero.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from event_support import only_event
from uanews.model import EventKind
from uanews.parser.events.casualties import casualties
from uanews.parser.language import using_language


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        (
            (
                "Удар по Сумах: загинув чоловік, четверо поранених\n\n"
                "Уночі російська армія атакувала Суми дронами. Загинув 50-річний чоловік."
                " Ще четверо людей дістали поранення.\n\n"
                "Поранену дитину госпіталізували."
            ),
            4,
        ),
        (
            (
                "Удар по Днепру: погиб мужчина, четверо раненых\n\n"
                "Ночью российская армия атаковала Днепр дронами. Погиб 50-летний мужчина."
                " Еще четыре человека получили ранения.\n\n"
                "Раненую девочку госпитализировали."
            ),
            4,
        ),
    ],
)
def test_more_victims_after_the_dead_are_the_injureds_own_total(text: str, injured: int) -> None:
    event = only_event(uanews.parse(text), EventKind.ATTACK)
    assert (event.killed, event.injured) == (1, injured)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Удар по Сумах\n\nУночі російська армія атакувала Суми дронами. Поранено трьох людей."
            " Вранці ще двоє людей дістали поранення."
        ),
        (
            "Удар по Днепру\n\nНочью российская армия атаковала Днепр дронами. Ранены три"
            " человека. Утром еще двое человек получили ранения."
        ),
    ],
)
def test_more_injured_after_injured_told_still_add_up(text: str) -> None:
    event = only_event(uanews.parse(text), EventKind.ATTACK)
    assert event.injured == 5


@pytest.mark.parametrize(
    ("language", "sentence", "counts"),
    [
        ("uk", "Цього місяця на дорогах області загинули вже семеро людей.", (None, None)),
        ("uk", "Протягом цього року у пожежах загинули 12 мешканців району.", (None, None)),
        ("uk", "Із початку року в ДТП травмовано 140 людей.", (None, None)),
        ("ru", "В этом месяце на дорогах области погибли уже семь человек.", (None, None)),
        ("ru", "В течение этого года в пожарах погибли 12 жителей района.", (None, None)),
        ("uk", "5 березня цього року внаслідок удару загинули двоє людей.", (2, None)),
        ("ru", "5 марта этого года в результате удара погибли два человека.", (2, None)),
    ],
)
def test_a_count_over_the_month_or_the_year_so_far_is_a_statistic(
    language: str, sentence: str, counts: tuple[int | None, int | None]
) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == counts


def test_an_accident_is_not_given_the_months_road_toll() -> None:
    text = (
        "На трасі під Рівним зіткнулися два автомобілі: загинули двоє\n\n"
        "Учора на трасі біля села Городок зіткнулися легковик і фура. Двоє людей загинули на"
        " місці.\n\nЦього місяця на дорогах області загинули вже одинадцятеро людей."
    )
    event = only_event(uanews.parse(text), EventKind.INCIDENT)
    assert event.killed == 2


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Усі поранені отримують допомогу.", (None, None)),
        ("Поранено 40-річного Олега Гарбузенка.", (None, 1)),
    ],
)
def test_the_pronoun_of_all_is_no_surname_of_a_victim(
    sentence: str, counts: tuple[int | None, int | None]
) -> None:
    with using_language("uk"):
        assert casualties(sentence, 0, len(sentence)) == counts


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Зустріч у музеї\n\nВчора директорка музею Ганна Очеретько провела зустріч із"
                " керівниками музеїв Полтави та Сум щодо спільних виставок."
            ),
            None,
        ),
        (
            (
                "Зустріч у музеї\n\nВчора директорка музею Ганна Очеретько провела зустріч із"
                " керівниками музеїв Полтави щодо спільних виставок."
            ),
            "Полтава",
        ),
        (
            (
                "Встреча в музее\n\nВчера директор музея Анна Очеретько провела встречу с"
                " руководителями музеев Полтавы и Сум по поводу совместных выставок."
            ),
            None,
        ),
        (
            (
                "Встреча в музее\n\nВчера директор музея Анна Очеретько провела встречу с"
                " руководителями музеев Полтавы по поводу совместных выставок."
            ),
            "Полтава",
        ),
    ],
)
def test_the_bodies_of_two_cities_tell_no_place(text: str, place: str | None) -> None:
    event = only_event(uanews.parse(text), EventKind.MEETING)
    assert event.place == place


@pytest.mark.parametrize(
    ("language", "sentence", "counts"),
    [
        ("uk", "Водій автобуса не постраждав.", (None, None)),
        ("ru", "Водитель автобуса не пострадал.", (None, None)),
        ("uk", "Ніхто не постраждав.", (0, 0)),
        ("ru", "Никто не пострадал.", (0, 0)),
        ("uk", "Мешканці будинку не постраждали.", (0, 0)),
    ],
)
def test_one_person_unhurt_tells_no_count(
    language: str, sentence: str, counts: tuple[int | None, int | None]
) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == counts


def test_the_unhurt_driver_leaves_the_passengers_count() -> None:
    text = (
        "На трасі під Рівним зіткнулися легковик і фура\n\n"
        "Учора біля села Городок зіткнулися легковик і фура. Двоє пасажирів з травмами"
        " доставлені до лікарні.\n\nВодій фури не постраждав."
    )
    event = only_event(uanews.parse(text), EventKind.INCIDENT)
    assert event.injured == 2
