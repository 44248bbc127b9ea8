"""A settlement's name after its settlement noun, in the nominative of apposition or agreeing.

``поблизу села Руська Поляна``: the noun has no genitive form here, so it does not agree with
``села`` and the pair stands in the nominative of apposition, the adjective with it; reading the
adjective alone as a genitive (of a surname ``Русько``) would break the name. A pair that does
agree (``у місті Білій Церкві``, ``поблизу села Великої Олександрівки``) is put in the
nominative as before. So with one word: ``возле села Кожухов`` reads in the genitive only as a
plural of ``кожух``, which agrees with no ``села``, so the name is as written. A Russian town
named by an adjective that the dictionary reads only as a surname (``в Каменском``) is the
neuter it knows as a place (``Каменское``), not the surname.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Ukrainian and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_ukrainian_pair_in_apposition_keeps_its_adjective() -> None:
    item = uanews.parse(
        "ДТП під Черкасами\n\n"
        "У понеділок на автодорозі Черкаси – Сміла поблизу села Руська Поляна сталася ДТП,"
        " травмовано трьох людей."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Руська Поляна",)


def test_russian_pair_in_apposition_keeps_its_adjective() -> None:
    item = uanews.parse("ДТП\n\nУтром возле села Русская Поляна произошло ДТП, травмированы трое.")
    assert item.language == "ru"
    assert only_event(item, EventKind.INCIDENT).places == ("Русская Поляна",)


def test_a_pair_that_agrees_with_the_settlement_noun_is_put_in_the_nominative() -> None:
    item = uanews.parse(
        "ДТП\n\nВранці поблизу села Великої Олександрівки сталася ДТП, травмовано трьох людей."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Велика Олександрівка",)
    item = uanews.parse("ДТП\n\nУ понеділок у місті Білій Церкві сталася ДТП, травмовано трьох.")
    assert only_event(item, EventKind.INCIDENT).places == ("Біла Церква",)


def test_russian_name_read_only_as_a_plural_genitive_keeps_its_nominative() -> None:
    item = uanews.parse(
        "ДТП\n\n"
        "Утром на трассе Киев – Чоп возле села Кожухов Фастовского района столкнулись"
        " микроавтобус и грузовик, погибли пятеро."
    )
    assert item.language == "ru"
    assert only_event(item, EventKind.INCIDENT).places[0] == "Кожухов"


def test_ukrainian_name_in_the_singular_genitive_is_put_in_the_nominative() -> None:
    item = uanews.parse("ДТП\n\nВранці поблизу села Кленового сталася ДТП, травмовано трьох людей.")
    assert only_event(item, EventKind.INCIDENT).places == ("Кленове",)


def test_russian_neuter_town_read_only_as_a_surname_is_the_town() -> None:
    item = uanews.parse(
        "ДТП\n\nВечером в Каменском легковой автомобиль сбил пешехода, женщина погибла."
    )
    assert item.language == "ru"
    assert only_event(item, EventKind.INCIDENT).places == ("Каменское",)


def test_russian_masculine_adjectival_town_stays_masculine() -> None:
    item = uanews.parse(
        "ДТП\n\nВечером в Кропивницком легковой автомобиль сбил пешехода, женщина погибла."
    )
    assert only_event(item, EventKind.INCIDENT).places == ("Кропивницкий",)
