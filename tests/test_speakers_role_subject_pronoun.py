"""A pronoun after a sentence whose subject is a role noun points to the role's holder.

``Кроме того, глава ОВА рассказал ... По его словам, ...``: when nobody of the pronoun's gender
was named since the paragraph before, the subject of the sentence before the pronoun is whom it
means, and a role noun as that subject names the person the text gave the role. Every text was
written for these tests in the style of regional news in Ukrainian and Russian; the people are
invented.
"""

from __future__ import annotations

import pytest

import uanews

_RU = (
    "Начальник Полтавской областной военной администрации Игорь Мальчевский 4 мая провел "
    "встречу с послом Норвегии.\n\n"
    "Стороны обсудили восстановление школ и больниц области.\n\n"
    "По итогам встречи стороны договорились подготовить меморандум.\n\n"
    "Кроме того, {subject} {verb} дипломату о ситуации на границе. {pronoun} за неделю "
    "из приграничных сел выехали более 200 человек.\n"
)
_UK = (
    "Начальник Полтавської обласної військової адміністрації Ігор Мальчевський 4 травня "
    "провів зустріч із послом Норвегії.\n\n"
    "Сторони обговорили відновлення шкіл і лікарень області.\n\n"
    "За підсумками зустрічі сторони домовилися підготувати меморандум.\n\n"
    "Крім того, {subject} {verb} дипломатові про ситуацію на кордоні. {pronoun} за тиждень "
    "із прикордонних сіл виїхали понад 200 людей.\n"
)


def _speaker(text: str) -> str | None:
    item = uanews.parse(text)
    assert len(item.quotes) == 1, item.quotes
    speaker = item.quotes[0].speaker
    return None if speaker is None else item.participant(speaker).name


@pytest.mark.parametrize(
    ("template", "subject", "verb", "pronoun"),
    [
        (_RU, "глава ОВА", "рассказал", "По его словам,"),
        (_RU, "начальник ОВА", "сообщил", "По его данным,"),
        (_UK, "голова ОВА", "розповів", "За його словами,"),
        (_UK, "начальник адміністрації", "повідомив", "За його словами,"),
    ],
)
def test_role_subject_names_the_holder(
    template: str, subject: str, verb: str, pronoun: str
) -> None:
    text = template.format(subject=subject, verb=verb, pronoun=pronoun)
    expected = "Игорь Мальчевский" if template is _RU else "Ігор Мальчевський"
    assert _speaker(text) == expected


@pytest.mark.parametrize(
    ("template", "subject", "verb", "pronoun"),
    [
        # The verb is feminine and the pronoun masculine: the role noun is not whom it means.
        (_RU, "глава ОВА", "рассказала", "По его словам,"),
        # The subject is no role noun: the pronoun points to someone the text did not name.
        (_RU, "один из волонтеров", "рассказал", "По его словам,"),
        # A role noun after a preposition is no subject.
        (_UK, "у голови ОВА", "запитали", "За його словами,"),
    ],
)
def test_no_role_subject_no_holder(template: str, subject: str, verb: str, pronoun: str) -> None:
    text = template.format(subject=subject, verb=verb, pronoun=pronoun)
    assert _speaker(text) is None
