"""Casualty counts of attacks and emergencies (issue 15): victims words, number words, asides.

``Пострадавших нет`` / ``Постраждалих немає`` denies the dead and the hurt alike (killed 0,
injured 0); a number word before a plural noun of people the lexicon does not list counts
them (``Четверых рабочих госпитализировали``); a count separated from its casualty verb by an
aside (``Двое мужчин, находившихся в машине, получили травмы``) is that verb's subject.

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
    ("language", "sentence"),
    [
        ("ru", "Пострадавших нет."),
        ("ru", "Обошлось без пострадавших."),
        ("ru", "По словам спасателей, никто не пострадал."),
        ("uk", "Постраждалих немає."),
        ("uk", "Минулося без постраждалих."),
        ("uk", "За словами рятувальників, ніхто не постраждав."),
    ],
)
def test_denied_victims_are_no_dead_and_no_injured(language: str, sentence: str) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == (0, 0)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Складские помещения не пострадали."),
        ("uk", "Складські приміщення не постраждали."),
    ],
)
def test_undamaged_buildings_deny_no_dead(language: str, sentence: str) -> None:
    with using_language(language):
        killed, _ = casualties(sentence, 0, len(sentence))
    assert killed is None


def test_a_stated_death_beside_denied_victims_stays() -> None:
    sentence = "Погиб водитель грузовика, других пострадавших нет."
    with using_language("ru"):
        assert casualties(sentence, 0, len(sentence)) == (1, 0)


@pytest.mark.parametrize(
    ("language", "sentence", "injured"),
    [
        ("ru", "Четверых рабочих с ожогами госпитализировали.", 4),
        ("ru", "Пятерых горожан госпитализировали.", 5),
        ("uk", "Трьох робітників з опіками госпіталізували.", 3),
        ("uk", "Двох городян госпіталізували.", 2),
    ],
)
def test_a_number_word_before_a_plural_of_people_counts_them(
    language: str, sentence: str, injured: int
) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == (None, injured)


def test_a_number_before_a_plural_of_things_counts_nobody() -> None:
    sentence = "Пострадали фасады двух домов."
    with using_language("ru"):
        assert casualties(sentence, 0, len(sentence)) == (None, None)


@pytest.mark.parametrize(
    ("language", "sentence", "injured"),
    [
        ("ru", "Двое мужчин, находившихся в машине, получили травмы.", 2),
        ("ru", "Четыре человека, которые ждали на остановке, получили ранения.", 4),
        ("uk", "Троє людей, які стояли на зупинці, дістали поранення.", 3),
        ("uk", "Двоє пасажирів, що їхали в автобусі, отримали травми.", 2),
    ],
)
def test_a_count_before_an_aside_is_the_subject_of_the_casualty_verb(
    language: str, sentence: str, injured: int
) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == (None, injured)


def test_russian_fire_with_no_victims_counts_zero_dead_and_injured() -> None:
    item = uanews.parse(
        "В Черкассах горел гараж\n\n"
        "Вечером 4 марта в Черкассах загорелся гаражный бокс на улице Лесной."
        " Огонь потушили за час. Пострадавших нет."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert (event.killed, event.injured) == (0, 0)


def test_ukrainian_attack_with_no_victims_counts_zero_dead_and_injured() -> None:
    item = uanews.parse(
        "Дрони атакували Кременчук\n\n"
        "Уночі ворог атакував Кременчук ударними безпілотниками. Уламки впали на територію"
        " автостоянки. Постраждалих немає."
    )
    event = only_event(item, EventKind.ATTACK)
    assert (event.killed, event.injured) == (0, 0)


def test_russian_hospitalised_residents_after_an_explosion_are_injured() -> None:
    item = uanews.parse(
        "В Ровно в многоэтажке взорвался газ\n\n"
        "Днем 8 марта в Ровно в девятиэтажном доме на улице Киевской произошел взрыв газа."
        " Четверых соседей с ожогами госпитализировали."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert event.injured == 4
