"""``X зазначив, що ..., а також запросив колег``: after a comma and ``а також`` a past-tense
verb that agrees with the cue is the speaker's next deed and ends the reported clause, unless
a past verb of the reported clause agrees as well (then either subject could have done it).

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

from quote_support import spoken


def test_the_speakers_next_deed_ends_the_report() -> None:
    """``має`` in the clause, ``запросив`` agrees with ``зазначив``: the report ends there."""
    text = (
        "Делегація з Молдови побувала на Буковині\n\n"
        "Віцеміністр Іван Лозан зазначив, що молдовська сторона вже має кошти на ремонт дороги, "
        "а також запросив буковинських колег до Кишинева.\n"
    )
    assert spoken(text) == [("молдовська сторона вже має кошти на ремонт дороги", "Іван Лозан")]


def test_the_speakers_next_deed_ends_the_report_in_russian() -> None:
    """``отметила`` and ``пригласила`` agree; the clause's own verb is present tense."""
    text = (
        "В Одессу прибыла делегация из Варны\n\n"
        "Вице-мэр Варны Елена Стрижакова отметила, что город готов помочь с ремонтом порта, "
        "а также пригласила одесских коллег на форум.\n"
    )
    assert spoken(text) == [("город готов помочь с ремонтом порта", "Елена Стрижакова")]


def test_a_deed_either_subject_could_have_done_stays_in_the_report() -> None:
    """``приїхав`` in the clause agrees with ``відкрив`` too: the clause is not cut."""
    text = (
        "У Чернівцях відкрили новий ліцей\n\n"
        "Директор департаменту Іван Лозан повідомив, що на свято приїхав міністр освіти, "
        "а також відкрив спортивну залу.\n"
    )
    assert spoken(text) == [
        ("на свято приїхав міністр освіти, а також відкрив спортивну залу", "Іван Лозан")
    ]
