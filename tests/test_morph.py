"""Putting place names and topic phrases into the nominative."""

from __future__ import annotations

import pytest

from uanews.parser.language import using_language
from uanews.parser.lexicon_morph import ADJECTIVAL_SURNAME_ENDINGS
from uanews.parser.morph import nominative_or_none, to_nominative


@pytest.mark.parametrize(
    ("phrase", "case", "nominative"),
    [
        ("Харкові", "loct", "Харків"),
        ("Києві", "loct", "Київ"),
        ("Харківській області", "loct", "Харківська область"),
        ("Литовській республіці", "loct", "Литовська республіка"),
        ("Сполучених Штатах", "loct", "Сполучені Штати"),
        ("промисловості", "gent", "промисловість"),
        ("ІТ-технологій", "gent", "ІТ-технології"),
        ("науки", "gent", "наука"),
        ("енергетики", "gent", "енергетика"),
        ("вищої освіти", "gent", "вища освіта"),
        ("розвитку ІТ-сектору", "gent", "розвиток ІТ-сектору"),
        ("Кремнієвої долини", None, "Кремнієва долина"),
        ("США", "loct", "США"),
    ],
)
def test_to_nominative(phrase, case, nominative):
    assert to_nominative(phrase, case=case) == nominative


def test_apostrophe_spelling_is_kept():
    assert to_nominative("Мар’їнці", case="loct") == "Мар’їнка"
    assert to_nominative("Мар'їнці", case="loct") == "Мар'їнка"


@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [
        ("Вереснянського ліцею", "Вереснянський ліцей"),
        ("Бородянської громади", "Бородянська громада"),
        ("Вереснянському старостинському округу", "Вереснянський старостинський округ"),
    ],
)
def test_an_adjective_missing_from_the_dictionary_declines_by_its_ending(phrase, nominative):
    # Adjectives made from small place names are not in the dictionary; the noun they
    # qualify is, and decides the case.
    assert to_nominative(phrase) == nominative


def test_unknown_words_are_left_alone():
    assert to_nominative("Шмрґляндії", case="loct") == "Шмрґляндії"
    assert nominative_or_none("Шмрґляндії", case="loct") is None


def test_a_phrase_not_in_the_asked_case_has_no_nominative():
    assert nominative_or_none("Кучера", case="loct") is None


def test_unknown_case_name_is_an_error():
    with pytest.raises(ValueError, match="unknown case"):
        to_nominative("Харкові", case="locative")


def test_characters_pymorphy_cannot_name_are_left_alone():
    assert to_nominative("𗀀") == "𗀀"
    assert nominative_or_none("у 𗀀", case="loct") is None


def test_a_hyphenated_name_keeps_a_capital_on_each_part():
    assert nominative_or_none("Новограда-Волинського", case="gent") == "Новоград-Волинський"


@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [("Лозовском районе", "Лозовский район"), ("Городецком районе", "Городецкий район")],
)
def test_a_russian_surname_reading_before_its_noun_is_the_place_adjective(phrase, nominative):
    # pymorphy3 reads ``Лозовском`` only as the surname ``Лозовский``: an adjectival surname
    # ending (`lexicon_morph.ADJECTIVAL_SURNAME_ENDINGS`) makes it the adjective of ``районе``.
    assert set(ADJECTIVAL_SURNAME_ENDINGS) >= {"ский", "цкий"}
    with using_language("ru"):
        assert nominative_or_none(phrase, case="loct") == nominative
