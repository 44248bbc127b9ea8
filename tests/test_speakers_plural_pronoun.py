"""A plural pronoun after a body's unnamed representatives or staff: the body speaks.

``Представники X ... За їхніми словами, ...`` / ``Представители X ... По их словам, ...``.
"""

from __future__ import annotations

from quote_support import spoken


def test_representatives_of_a_body_speak_for_it_uk() -> None:
    text = (
        "Представники Державної служби з безпеки на транспорті провели рейд у Житомирі. "
        "За їхніми словами, третина перевірених автобусів не мала справних тахографів."
    )
    [(_words, speaker)] = spoken(text)
    assert speaker is not None
    assert speaker.startswith("Державна служба")


def test_staff_of_a_company_speak_for_it_uk() -> None:
    text = (
        "Фахівці комунального підприємства «Житомирводоканал» перевірили мережі у трьох "
        "мікрорайонах. За їхніми словами, заміни потребують майже два кілометри труб."
    )
    assert spoken(text) == [
        ("заміни потребують майже два кілометри труб", "комунальне підприємство «Житомирводоканал»")
    ]


def test_a_person_named_after_the_representatives_leaves_nobody_uk() -> None:
    text = (
        "Представники Державної служби з безпеки на транспорті провели рейд у Житомирі "
        "разом із депутатом міськради Петром Пелехатюком. За їхніми словами, третина "
        "перевірених автобусів не мала справних тахографів."
    )
    assert [speaker for _words, speaker in spoken(text)] == [None]


def test_residents_who_address_a_body_are_not_the_body_uk() -> None:
    text = (
        "Мешканці будинку на вулиці Покровській звернулися до Житомирської міської ради. "
        "За їхніми словами, тепла в квартирах немає вже тиждень."
    )
    assert [speaker for _words, speaker in spoken(text)] == [None]


def test_representatives_of_a_body_speak_for_it_ru() -> None:
    text = (
        "Представители Государственной экологической инспекции проверили очистные сооружения "
        "в Виннице. По их словам, сброс сточных вод превышает норму вдвое."
    )
    assert spoken(text) == [
        ("сброс сточных вод превышает норму вдвое", "Государственная экологическая инспекция")
    ]


def test_residents_who_address_a_body_are_not_the_body_ru() -> None:
    text = (
        "Жители поселка обратились в Винницкий городской совет. "
        "По их словам, автобус не ходит уже месяц."
    )
    assert [speaker for _words, speaker in spoken(text)] == [None]
