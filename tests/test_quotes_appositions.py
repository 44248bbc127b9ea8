"""An apposition between two commas after ``Як розповів <role>,`` names the speaker.

Every text was written for these tests; the people and towns are invented.
"""

from __future__ import annotations

import pytest

from quote_support import said


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "У Луцьку показали знахідки з розкопок\n\n"
                "Як розповів керівник експедиції, доктор історичних наук Степан Горбенко, "
                "більшість речей походить із XI століття.\n"
            ),
            "більшість речей походить із XI століття",
            "Степан Горбенко",
        ),
        (
            (
                "В Ужгороде показали находки из раскопок\n\n"
                "Как рассказал руководитель экспедиции, кандидат исторических наук Степан "
                "Горбенко, большинство вещей относится к XI веку.\n"
            ),
            "большинство вещей относится к XI веку",
            "Степан Горбенко",
        ),
        (
            (
                "У Полтаві відкрили центр\n\n"
                "Як зазначила директорка центру, психологиня Мирослава Кущ, сюди вже "
                "звернулися 40 людей.\n"
            ),
            "сюди вже звернулися 40 людей",
            "Мирослава Кущ",
        ),
        (
            (
                "В Херсоне восстановили свет\n\n"
                "Как сообщил глава ОВА, заслуженный энергетик Украины Петр Мазур, бригады "
                "работали всю ночь.\n"
            ),
            "бригады работали всю ночь",
            "Петр Мазур",
        ),
    ],
)
def test_an_apposition_names_the_subject(text: str, words: str, speaker: str) -> None:
    """The report starts after the apposition, whose name is the speaker."""
    assert said(text) == {words: speaker}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            (
                "У Рівному лікарі врятували жінку\n\n"
                "Як розповів лікар, пацієнтка Олена Гуменюк, яку привезли вчора, почувається "
                "добре.\n"
            ),
            "пацієнтка Олена Гуменюк, яку привезли вчора, почувається добре",
        ),
        (
            (
                "У Ковелі відновили світло\n\n"
                "Як зазначив мер, місто Ковель, попри обстріли, працює.\n"
            ),
            "місто Ковель, попри обстріли, працює",
        ),
    ],
)
def test_a_subject_of_the_report_is_no_apposition(text: str, words: str) -> None:
    """A name with a relative clause after it, or a place, is the report's own subject."""
    assert list(said(text)) == [words]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            (
                "У Дубні відкрили пункт обігріву\n\n"
                "Люди, які втратили житло, отримають допомогу, повідомили в міськраді.\n"
            ),
            "Люди, які втратили житло, отримають допомогу",
        ),
        (
            (
                "Студентов не будут выселять из общежитий\n\n"
                "Студенты, которые живут в общежитиях, смогут остаться там на каникулы, "
                "сообщили в горсовете.\n"
            ),
            "Студенты, которые живут в общежитиях, смогут остаться там на каникулы",
        ),
    ],
)
def test_a_subject_with_a_relative_clause_and_a_predicate_is_reported(
    text: str, words: str
) -> None:
    """A predicate after the relative clause makes the words before a trailing cue a report."""
    assert list(said(text)) == [words]


def test_a_subject_with_a_relative_clause_alone_is_no_report() -> None:
    """``Пасажири, що їхали ..., скаржилися``: the cue is the subject's own predicate."""
    assert (
        said("Пасажири скаржаться на потяг\n\nПасажири, що їхали минулого тижня, скаржилися.\n")
        == {}
    )
