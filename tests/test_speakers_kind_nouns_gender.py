"""A kind noun with a gendered cue after another speaker: the person of that kind and gender.

``Сама спортсменка зізналася, що ...`` after the coach's words is the athlete the text named,
not the coach, and not a woman of another kind (a minister).
"""

from __future__ import annotations

from quote_support import spoken


def test_the_athlete_after_the_coach_uk() -> None:
    text = (
        "Важкоатлетка Дарина Пелехатюк виборола золото чемпіонату Європи. Її тренер Олег "
        "Пелехатюк розповів, що вона тренувалася щодня. Сама спортсменка зізналася, що "
        "найважче було в ривку."
    )
    assert spoken(text)[-1] == ("найважче було в ривку", "Дарина Пелехатюк")


def test_a_woman_of_another_kind_is_not_the_athlete_uk() -> None:
    text = (
        "Міністерка освіти Дарина Пелехатюк відвідала Полтаву. "
        "Спортсменка зізналася, що найважче було в ривку."
    )
    assert [speaker for _words, speaker in spoken(text)] == [None]


def test_the_athlete_after_the_coach_ru() -> None:
    text = (
        "Тяжелоатлетка Дарья Пелехатюк завоевала золото чемпионата Европы. Тренер Олег "
        "Пелехатюк рассказал, что она тренировалась ежедневно. Сама спортсменка призналась, "
        "что тяжелее всего было в рывке."
    )
    assert spoken(text)[-1] == ("тяжелее всего было в рывке", "Дарья Пелехатюк")


def test_a_minister_named_last_is_not_the_athlete_ru() -> None:
    text = (
        "Тяжелоатлетка Дарья Пелехатюк завоевала золото чемпионата Европы. Министр Ирина "
        "Пелехатюк рассказала, что она тренировалась ежедневно. Сама спортсменка призналась, "
        "что тяжелее всего было в рывке."
    )
    assert spoken(text)[-1] == ("тяжелее всего было в рывке", None)
