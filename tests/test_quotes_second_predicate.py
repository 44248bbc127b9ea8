"""``X зазначив, що ..., а також запросив колег``: after a comma and ``а також`` a past-tense
verb that agrees with a singular past-tense cue is the speaker's next deed and ends the reported
clause, unless a word of the clause could be its subject too (a past verb of that gender, or a
nominative of that gender before the clause's own verb); a plural cue tells nothing.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

from quote_support import spoken


def test_the_speakers_next_deed_ends_the_report() -> None:
    """``бібліотека`` is feminine, ``вручив`` agrees with ``розповів``: the report ends there."""
    text = (
        "У Дубні відзначили сторіччя міської бібліотеки\n\n"
        "Міський голова Іван Сливка розповів, що бібліотека отримає новий читальний зал, "
        "а також вручив грамоти працівницям.\n"
    )
    assert spoken(text) == [("бібліотека отримає новий читальний зал", "Іван Сливка")]


def test_the_speakers_next_deed_ends_the_report_in_russian() -> None:
    """``отметила`` and ``наградила`` agree; ``театр`` is masculine and stands before ``готов``."""
    text = (
        "В Херсоне наградили актеров областного театра\n\n"
        "Глава департамента культуры Елена Стрижакова отметила, что театр готов к новому "
        "сезону, а также наградила актеров почетными грамотами.\n"
    )
    assert spoken(text) == [("театр готов к новому сезону", "Елена Стрижакова")]


def test_a_deed_a_subject_of_the_clause_could_have_done_stays_in_the_report() -> None:
    """``приїхав`` agrees with ``відкрив``, and so does ``район`` before ``отримує``."""
    first = (
        "У Чернівцях відкрили новий ліцей\n\n"
        "Директор департаменту Іван Лозан повідомив, що на свято приїхав міністр освіти, "
        "а також відкрив спортивну залу.\n"
    )
    second = (
        "Громада отримала допомогу від партнерів\n\n"
        "Голова громади Іван Лозан повідомив, що район уже отримує допомогу від "
        "партнерів, а також отримав нові генератори.\n"
    )
    assert spoken(first) == [
        ("на свято приїхав міністр освіти, а також відкрив спортивну залу", "Іван Лозан")
    ]
    assert spoken(second) == [
        ("район уже отримує допомогу від партнерів, а також отримав нові генератори", "Іван Лозан")
    ]


def test_a_plural_cue_cuts_nothing() -> None:
    """``повідомили`` agrees with any plural subject of the clause (``шахраї``)."""
    text = (
        "Поліція попереджає про шахраїв\n\n"
        "У поліції повідомили, що шахраї телефонують пенсіонерам, а також виманили гроші "
        "у двох жінок.\n"
    )
    assert [words for words, _speaker in spoken(text)] == [
        "шахраї телефонують пенсіонерам, а також виманили гроші у двох жінок"
    ]
