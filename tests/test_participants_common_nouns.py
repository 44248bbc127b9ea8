"""Common nouns and abbreviations that are no organisation: ``SMS``, ``PIN``; ``слідство``."""

from __future__ import annotations

import uanews
from participant_items import organizations
from uanews.model import ParticipantKind


def test_a_technical_abbreviation_of_a_message_or_code_is_no_organisation():
    found = organizations(
        "Шахраї телефонували пенсіонерці та просили продиктувати код із SMS і PIN картки."
    )
    assert found == {}


def test_a_latin_company_name_after_its_noun_is_still_an_organisation():
    found = organizations("Код для входу надсилає компанія Fintelo, повідомили в банку.")
    assert found == {"Fintelo": ["Fintelo"]}


def test_a_russian_technical_abbreviation_is_no_organisation():
    found = organizations("Мошенники просили назвать код из SMS и CVV банковской карты.")
    assert found == {}


def test_an_acronym_of_a_body_beside_it_stays_an_organisation():
    found = organizations("НАБУ отримало від банку дані про SMS, які надсилали підозрюваному.")
    assert found == {"НАБУ": ["НАБУ"]}


def _kinds(text: str) -> dict[str, ParticipantKind]:
    item = uanews.parse(text)
    return {p.name: p.kind for p in item.participants}


def test_the_investigation_that_finds_is_a_group_not_an_organisation():
    item = uanews.parse(
        "Як встановило слідство, посадовці лісгоспу уклали фіктивні договори оренди техніки."
    )
    [speaker] = [item.participant(q.speaker) for q in item.quotes if q.speaker is not None]
    assert speaker.name == "слідство"
    assert speaker.kind is ParticipantKind.GROUP


def test_the_russian_investigation_is_a_group_too():
    kinds = _kinds("Как установило следствие, чиновники завысили стоимость ремонта школы.")
    assert kinds.get("следствие") is ParticipantKind.GROUP


def test_an_unnamed_police_that_reports_stays_an_organisation():
    kinds = _kinds("Як повідомили в поліції, посадовці лісгоспу уклали фіктивні договори.")
    assert kinds.get("поліція") is ParticipantKind.ORGANIZATION
