"""A colon cue whose speaker stands after the verb (``Подробиці пожежі розповів начальник
управління Олег X:``) gives the dash line after it to that speaker, as ``X розповів:`` does.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

from quote_support import spoken


def test_the_speaker_after_an_inverted_colon_cue() -> None:
    """The name follows ``розповів``; the dash line in the next paragraph is his."""
    text = (
        "У Харкові загасили пожежу після удару\n\n"
        "Подробиці пожежі розповів журналістам начальник міського управління ДСНС Олег "
        "Латишевський:\n\n"
        "– Вогонь охопив три поверхи, людей евакуювали вчасно.\n"
    )
    assert spoken(text) == [
        ("Вогонь охопив три поверхи, людей евакуювали вчасно.", "Олег Латишевський")
    ]


def test_the_speaker_after_an_inverted_colon_cue_in_russian() -> None:
    """``Подробности пожара рассказал ... Олег Латышевский:`` then his dash line."""
    text = (
        "В Харькове потушили пожар после удара\n\n"
        "Подробности пожара рассказал журналистам начальник городского управления ГСЧС Олег "
        "Латышевский:\n\n"
        "– Огонь охватил три этажа, людей эвакуировали вовремя.\n"
    )
    assert spoken(text) == [
        ("Огонь охватил три этажа, людей эвакуировали вовремя.", "Олег Латышевский")
    ]


def test_the_speaker_before_the_cue_still_speaks() -> None:
    """``Олег X розповів журналістам про пожежу:``: the name before the verb, as before."""
    text = (
        "У Харкові загасили пожежу після удару\n\n"
        "Олег Латишевський розповів журналістам про пожежу:\n\n"
        "– Вогонь охопив три поверхи.\n"
    )
    assert spoken(text) == [("Вогонь охопив три поверхи.", "Олег Латишевський")]
