"""A foreign surname the dictionary reads as an inanimate noun (``Хольмстад`` as a genitive
plural) is still a sentence's subject that a later ``за його словами`` points back to.

Every text was written for these tests; the people and companies are invented.
"""

from __future__ import annotations

import pytest

from quote_support import spoken

UK = (
    "Вітрова станція на Львівщині\n\n"
    "«Монтаж турбін почнемо вже навесні», – зазначив міський голова Стрия Андрій Полюхович.\n\n"
    "Керівник норвезької компанії Ерік Хольмстад розповів, що фірма вже збудувала дві станції "
    "у Швеції. За його словами, перші турбіни привезуть у квітні.\n"
)
RU = (
    "Ветровая станция под Измаилом\n\n"
    "«Монтаж турбин начнем уже весной», – отметил городской голова Измаила Андрей Полищук.\n\n"
    "Директор шведской компании Улоф Бергстад рассказал, что фирма уже построила две станции "
    "в Норвегии. По его словам, первые турбины привезут в апреле.\n"
)


@pytest.mark.parametrize(
    ("text", "last", "speaker"),
    [
        (UK, "перші турбіни привезуть у квітні", "Ерік Хольмстад"),
        (RU, "первые турбины привезут в апреле", "Улоф Бергстад"),
    ],
)
def test_a_foreign_surname_is_the_subject_a_pronoun_points_to(text, last, speaker):
    # (the Russian dictionary already reads ``Бергстад`` as a name: a check that it stays so)
    assert spoken(text)[-1] == (last, speaker)


def test_the_pronoun_still_points_to_the_latest_subject():
    # the mayor is the subject of the latest sentence: the pronoun is his
    text = UK.replace(
        "За його словами,",
        "Андрій Полюхович додав, що станція дасть роботу громаді. За його словами,",
    )
    assert spoken(text)[-1] == ("перші турбіни привезуть у квітні", "Андрій Полюхович")
