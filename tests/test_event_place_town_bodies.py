"""The town of a town's own body as the place of what it does, and a sitting's later decisions.

``Вінницька міська рада ухвалила``, ``Исполком Криворожского городского совета утвердил``: a
body marked as a town's own (``міська``, ``городской``, ``горсовет``, ``мерія``) is named after
its town by the adjective before that word, so with no place named the town is where its
decision or signing was. A decision told as more of the one before (``Крім того``, ``Также на
сессии``) was taken at the same sitting, in the same place.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Ukrainian and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import uanews
from event_support import only_event
from uanews.model import EventKind
from uanews.parser.toponyms import town_of_adjective


@pytest.mark.parametrize(
    ("adjective", "language", "town"),
    [
        ("Сумської", "uk", "Суми"),
        ("Луцької", "uk", "Луцьк"),
        ("Кременчуцька", "uk", "Кременчук"),
        ("Чернівецька", "uk", "Чернівці"),
        ("Дніпровська", "uk", "Дніпро"),
        ("Криворізької", "uk", "Кривий Ріг"),
        ("Хмельницька", "uk", "Хмельницький"),
        ("Днепровский", "ru", "Днепр"),
        ("Николаевского", "ru", "Николаев"),
        ("Запорожский", "ru", "Запорожье"),
        ("Сумской", "ru", "Сумы"),
        ("Черкасского", "ru", "Черкассы"),
        ("Ровенского", "ru", "Ровно"),
        ("Каменец-Подольского", "ru", "Каменец-Подольский"),
        ("Кам'янець-Подільської", "uk", "Кам'янець-Подільський"),
    ],
)
def test_a_town_adjective_names_its_town(adjective: str, language: str, town: str) -> None:
    assert town_of_adjective(adjective, language) == town


def test_a_russian_town_adjective_is_read_whichever_dictionary_loaded_last() -> None:
    # the Ukrainian dictionary loaded after the Russian one leaves ``Geox`` unknown to a tag's
    # ``in``: the reading asks the tag's grammemes instead
    code = (
        "from uanews.parser.morph import analyzer\n"
        "from uanews.parser.toponyms import town_of_adjective\n"
        "analyzer('ru'); analyzer('uk')\n"
        "print(town_of_adjective('Сумского', 'ru'), town_of_adjective('Морского', 'ru'))\n"
    )
    source = str(Path(__file__).resolve().parent.parent / "src")
    environment = {**os.environ, "PYTHONPATH": source, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(  # noqa: S603 - the test's own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, check=True
    )
    assert done.stdout.split() == ["Сумы", "None"]


def test_an_adjective_of_no_town_names_none() -> None:
    assert town_of_adjective("обласної", "uk") is None
    assert town_of_adjective("областного", "ru") is None


def test_ukrainian_town_council_decides_in_its_town() -> None:
    item = uanews.parse(
        "Нові тарифи\n\n"
        "Вінницька міська рада на сесії ухвалила нові тарифи на проїзд у тролейбусах."
    )
    decision = only_event(item, EventKind.ANNOUNCEMENT)
    assert decision.place == "Вінниця"
    assert decision.places == ("Вінниця",)


def test_ukrainian_town_council_in_the_genitive_after_its_executive() -> None:
    item = uanews.parse(
        "Опалення\n\n"
        "Виконавчий комітет Луцької міської ради вирішив розпочати опалювальний сезон 15 жовтня."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Луцьк",)


def test_russian_town_council_in_the_genitive_names_its_town() -> None:
    item = uanews.parse(
        "Новые тарифы\n\n"
        "Исполком Криворожского городского совета утвердил новые тарифы на вывоз мусора."
    )
    assert item.language == "ru"
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Кривой Рог",)


def test_russian_council_deputies_decide_in_their_town() -> None:
    item = uanews.parse(
        "Ремонт школ\n\n"
        "Депутаты Черкасского городского совета на сессии выделили 30 млн гривен на ремонт школ."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Черкассы",)


def test_a_regional_council_names_no_town() -> None:
    item = uanews.parse(
        "Бюджет\n\nВолинська обласна рада на сесії ухвалила зміни до обласного бюджету."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ()


def test_councils_of_two_towns_name_no_one_place() -> None:
    item = uanews.parse(
        "Меморандум\n\n"
        "Луцька та Рівненська міські ради підписали меморандум про співпрацю у сфері транспорту."
    )
    assert only_event(item, EventKind.AGREEMENT).places == ()


def test_a_place_the_sentence_names_comes_before_the_council_town() -> None:
    item = uanews.parse(
        "Сесія\n\n"
        "Харківська міська рада на виїзному засіданні в Чугуєві ухвалила програму підтримки"
        " ветеранів."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Чугуїв",)


def test_ukrainian_decision_told_as_more_of_the_sitting_is_in_its_place() -> None:
    item = uanews.parse(
        "Бюджет\n\n"
        "У Полтаві депутати міської ради на сесії 5 березня ухвалили бюджет громади.\n\n"
        "Крім того, депутати затвердили програму ремонту доріг."
    )
    first, second = item.events
    assert first.places == ("Полтава",)
    assert second.kind is EventKind.ANNOUNCEMENT
    assert second.places == ("Полтава",)
    assert second.date is not None
    assert second.date.isoformat() == "--03-05"


def test_russian_decision_told_as_more_of_the_sitting_is_in_its_place() -> None:
    item = uanews.parse(
        "Бюджет\n\n"
        "В Николаеве депутаты горсовета на сессии 12 мая утвердили бюджет города.\n\n"
        "Также на сессии депутаты назначили Игоря Бондаренко директором департамента"
        " образования."
    )
    assert item.language == "ru"
    assert [event.places for event in item.events] == [("Николаев",), ("Николаев",)]


def test_a_decision_not_told_as_more_of_the_sitting_keeps_no_place() -> None:
    item = uanews.parse(
        "Бюджет\n\n"
        "У Полтаві депутати міської ради на сесії 5 березня ухвалили бюджет громади.\n\n"
        "Окремим рішенням сесія встановила пільги для ветеранів."
    )
    first, second = item.events
    assert first.places == ("Полтава",)
    assert second.places == ()


def test_russian_town_after_its_settlement_noun_keeps_the_nominative_of_apposition() -> None:
    item = uanews.parse(
        "Приговор\n\n"
        "Заречный районный суд города Сумы признал бывшего директора предприятия виновным в"
        " растрате."
    )
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Сумы",)


def test_ukrainian_town_genitive_after_its_settlement_noun_in_the_nominative() -> None:
    item = uanews.parse(
        "Вирок\n\n"
        "Придніпровський районний суд міста Черкас визнав колишнього директора підприємства"
        " винним у розтраті."
    )
    # ``черкас`` is a common noun's nominative too: only a plural-only name keeps its form
    assert only_event(item, EventKind.ANNOUNCEMENT).places == ("Черкаси",)
