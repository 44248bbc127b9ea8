"""The source of ``За словами X, ...`` is a noun phrase in the genitive: a word that reads as a
genitive noun and as a verb only in the imperative (``освіти``) continues it; a word with a
finite verb reading (``стали``, also a genitive of ``сталь``) opens the report.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

from quote_support import spoken


def test_a_genitive_noun_with_an_imperative_reading_stays_in_the_source() -> None:
    """``заступниці начальника управління освіти Name,``: the whole phrase is the source."""
    text = (
        "У Житомирі оголосили набір на курси для вчителів\n\n"
        "За словами заступниці начальника управління освіти Оксани Кобилянської, курси "
        "пройдуть безкоштовно у вересні.\n"
    )
    assert spoken(text) == [("курси пройдуть безкоштовно у вересні", "Оксана Кобилянська")]


def test_a_verb_after_the_source_without_a_comma_still_opens_the_report() -> None:
    """``за даними поліції загинули двоє``: ``загинули`` reads only as a verb; it is the report."""
    text = (
        "На трасі під Коростенем зіткнулися два автомобілі\n\n"
        "За даними поліції загинули двоє людей.\n"
    )
    assert [words for words, _speaker in spoken(text)] == ["загинули двоє людей"]


def test_a_finite_verb_that_reads_as_a_genitive_too_opens_the_report() -> None:
    """``стали`` is a genitive of ``сталь`` as well, but a finite verb: the report starts there."""
    text = (
        "В Черкассах задержали подозреваемых в краже\n\n"
        "По данным полиции стали известны имена задержанных.\n"
    )
    assert [words for words, _speaker in spoken(text)] == ["стали известны имена задержанных"]
