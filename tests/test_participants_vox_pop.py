"""People of a street interview named by a noun of who they are and a first name (``– каже
вінничанка Оксана``, ``говорит пенсионерка Ирина``): the capitalised word after an animate
singular noun that agrees with it as a first name is that person's name, and the speaker of
the words. A word that only looks like a name in another case (``гражданин Дании``) is none.

A dash after a sentence's end opens direct speech inside a paragraph: the narration before it
is no part of the quote.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

import uanews
from quote_support import spoken
from uanews.model import ParticipantKind


def _people(text: str) -> list[str]:
    item = uanews.parse(text)
    return [p.name for p in item.participants if p.kind is ParticipantKind.PERSON]


def test_a_first_name_after_a_resident_noun_speaks() -> None:
    """``вінничанка Оксана`` is a woman named Oksana; the dash line before is hers."""
    text = (
        "У Вінниці подорожчала вода\n\n"
        "Містяни невдоволені новим тарифом. – Я щомісяця плачу за воду на третину більше, "
        "– каже вінничанка Оксана.\n"
    )
    assert spoken(text) == [("Я щомісяця плачу за воду на третину більше", "Оксана")]


def test_a_first_name_after_a_pensioner_noun_in_russian() -> None:
    """``пенсионерка Ирина`` names her; the speech opens at the dash after the narration."""
    text = (
        "В Виннице подорожала вода\n\n"
        "Горожане недовольны. – Я плачу за воду на треть больше. Пенсия та же, – говорит "
        "пенсионерка Ирина.\n"
    )
    assert spoken(text) == [("Я плачу за воду на треть больше. Пенсия та же", "Ирина")]


def test_a_country_after_a_citizen_noun_is_no_name() -> None:
    """``Дании`` reads as a name only in another case than ``гражданин``: no apposition."""
    text = (
        "В Одессе открыли датский центр\n\n"
        "Центром руководит гражданин Дании, который живет в Одессе пятый год.\n"
    )
    assert _people(text) == []
