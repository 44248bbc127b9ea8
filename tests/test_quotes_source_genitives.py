"""The source of ``За словами X, ...`` is a noun phrase in the genitive: a word that reads as a
genitive noun continues it, even if it reads as a verb too (``освіти`` is also an imperative).

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

from quote_support import spoken


def test_a_genitive_noun_with_a_verb_reading_stays_in_the_source() -> None:
    """``директорки департаменту освіти Name,``: the whole phrase is the source."""
    text = (
        "У Житомирі відремонтують укриття у 12 школах\n\n"
        "За словами директорки департаменту освіти Оксани Кобилянської, найбільше коштів "
        "піде на школи Богунського району.\n"
    )
    assert spoken(text) == [
        ("найбільше коштів піде на школи Богунського району", "Оксана Кобилянська")
    ]


def test_a_verb_after_the_source_without_a_comma_still_opens_the_report() -> None:
    """``за даними поліції загинули двоє``: ``загинули`` reads only as a verb; it is the report."""
    text = (
        "На трасі під Коростенем зіткнулися два автомобілі\n\n"
        "За даними поліції загинули двоє людей.\n"
    )
    assert [words for words, _speaker in spoken(text)] == ["загинули двоє людей"]
