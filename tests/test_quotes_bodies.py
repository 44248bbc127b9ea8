"""Bodies and outlets as speakers: named ones resolve, unnamed ones become participants."""

from __future__ import annotations

import uanews
from uanews.model import ParticipantKind


def speakers(text):
    item = uanews.parse(text)
    return item, [
        (q.text, None if q.speaker is None else item.participant(q.speaker).name)
        for q in item.quotes
    ]


def test_a_council_named_before_is_who_speaks_in_the_council():
    item, found = speakers(
        "Сесія відбудеться у вівторок\n\n"
        "Луцька міська рада збереться на позачергову сесію.\n\n"
        "У міськраді зазначили, що депутати розглянуть бюджет."
    )
    assert found == [("депутати розглянуть бюджет", "Луцька міська рада")]
    organisations = [p.name for p in item.participants if p.kind is ParticipantKind.ORGANIZATION]
    assert "міськрада" not in organisations


def test_an_outlet_named_before_writes():
    _item, found = speakers(
        "Ціни на хліб зросли\n\n"
        "Про подорожчання розповіло видання «Волинські новини».\n\n"
        "Видання пише, що буханець коштує вже 30 гривень."
    )
    assert found == [("буханець коштує вже 30 гривень", "видання «Волинські новини»")]


def test_a_bare_press_service_is_an_unknown_speaker_not_the_one_before():
    _item, found = speakers(
        "Мости відремонтують\n\n"
        "«Ремонт почнеться у квітні», – сказав мер Луцька Ігор Поліщук.\n\n"
        "У пресслужбі повідомили, що підрядника вже обрали."
    )
    assert found == [
        ("Ремонт почнеться у квітні", "Ігор Поліщук"),
        ("підрядника вже обрали", None),
    ]


def test_a_body_far_from_any_cue_is_no_participant():
    item, _found = speakers(
        "Вулицю перекриють\n\n"
        "Біля лікарні на вулиці Шевченка ремонтують тротуар.\n\n"
        "Роботи триватимуть тиждень."
    )
    assert [p.name for p in item.participants if p.name == "лікарня"] == []


def test_where_it_was_said_stands_between_the_cue_and_the_clause():
    _item, found = speakers(
        "Світло повернули\n\n"
        "Мер Луцька Ігор Поліщук написав у Telegram, що світло повернули в усі будинки.\n\n"
        "Вчора повідомили в поліції, що затримали двох крадіїв кабелю.\n\n"
        "Поліщук наголосив на тому, що ремонт мереж триватиме до весни."
    )
    assert found == [
        ("світло повернули в усі будинки", "Ігор Поліщук"),
        ("затримали двох крадіїв кабелю", "поліція"),
        ("ремонт мереж триватиме до весни", "Ігор Поліщук"),
    ]
