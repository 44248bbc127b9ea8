"""A headline ``Role Place: words`` (a role noun or place may read as a verb), ``words – role``.

``Мер`` is also a past form of ``мерти``, ``Умани`` an imperative of ``уманить``: the role's
head and the proper names after it are no verbs, so the headline is still the mayor's quote.
A real verb in the span (``Мер відвідав Житомир: ...``) keeps it the writer's words.
"""

from __future__ import annotations

from quote_support import spoken


def test_mer_with_a_place_is_the_mayor_uk() -> None:
    text = (
        "Мер Житомира: зимою тролейбуси ходитимуть частіше\n\n"
        "У Житомирі змінять розклад тролейбусів. Як зазначив міський голова Ігор "
        "Пелехатюк, інтервал скоротять до семи хвилин."
    )
    assert ("зимою тролейбуси ходитимуть частіше", "Ігор Пелехатюк") in spoken(text)


def test_a_verb_after_the_role_keeps_the_writers_words_uk() -> None:
    text = (
        "Мер відвідав Житомир: зимою тролейбуси ходитимуть частіше\n\n"
        "У Житомирі змінять розклад тролейбусів. Як зазначив міський голова Ігор "
        "Пелехатюк, інтервал скоротять до семи хвилин."
    )
    assert [words for words, _speaker in spoken(text)] == ["інтервал скоротять до семи хвилин"]


def test_a_place_that_reads_as_a_verb_is_a_place_ru() -> None:
    text = (
        "Мэр Умани: «Тариф на тепло этой зимой не вырастет»\n\n"
        "В Умани не будут повышать тариф на тепло. Как сообщил городской голова Игорь "
        "Пелехатюк, город компенсирует разницу."
    )
    assert ("Тариф на тепло этой зимой не вырастет", "Игорь Пелехатюк") in spoken(text)


def test_a_verb_after_the_role_keeps_the_writers_words_ru() -> None:
    text = (
        "Мэр посетил Умань: «Тариф на тепло этой зимой не вырастет»\n\n"
        "В Умани не будут повышать тариф на тепло. Как сообщил городской голова Игорь "
        "Пелехатюк, город компенсирует разницу."
    )
    assert [words for words, _speaker in spoken(text)] == ["город компенсирует разницу"]


def test_words_then_a_role_with_a_club_after_the_dash_uk() -> None:
    text = (
        "Ми граємо за місто, а не за гроші – капітан «Поліських вовків»\n\n"
        "Житомирський клуб «Поліські вовки» виграв третій матч поспіль. Капітан команди "
        "Андрій Пелехатюк подякував уболівальникам за підтримку."
    )
    assert spoken(text)[0] == ("Ми граємо за місто, а не за гроші", "Андрій Пелехатюк")


def test_two_captains_in_the_body_leave_the_dash_headline_unquoted_uk() -> None:
    text = (
        "Ми граємо за місто, а не за гроші – капітан «Поліських вовків»\n\n"
        "Житомирський клуб «Поліські вовки» виграв у «Подільських левів». Капітан команди "
        "Андрій Пелехатюк і капітан команди суперників Олег Пелехатюк потисли руки."
    )
    assert all(words != "Ми граємо за місто, а не за гроші" for words, _speaker in spoken(text))
