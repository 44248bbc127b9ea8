"""``своєю чергою`` / ``в свою очередь``: the cue turns to another party than the one quoted before.

Every text was written for these tests in the style of regional news in Ukrainian and Russian;
the people are invented.
"""

from __future__ import annotations

import pytest

import uanews

_UK = (
    "Рівне і Шяуляй стали побратимами\n\n"
    "Міський голова Рівного Олег Кошельчук і мер Шяуляя Артурас Пяткус підписали угоду про "
    "побратимство.\n\n"
    "«Ми переходимо від допомоги до спільних проєктів», – сказав Олег Кошельчук.\n\n"
    "{subject} {verb}, що місто готове передати Рівному два шкільні автобуси.\n"
)
_RU = (
    "Ровно и Шяуляй стали побратимами\n\n"
    "Городской голова Ровно Олег Кошельчук и мэр Шяуляя Артурас Пяткус подписали соглашение "
    "о побратимстве.\n\n"
    "«Мы переходим от помощи к совместным проектам», – сказал Олег Кошельчук.\n\n"
    "{subject} {verb}, что город готов передать Ровно два школьных автобуса.\n"
)


def _last_speaker(text: str) -> str | None:
    item = uanews.parse(text)
    speaker = item.quotes[-1].speaker
    return None if speaker is None else item.participant(speaker).name


@pytest.mark.parametrize(
    ("template", "subject", "verb", "speaker"),
    [
        (_UK, "Литовський мер, своєю чергою,", "сказав", "Артурас Пяткус"),
        (_UK, "Мер, у свою чергу,", "зазначив", "Артурас Пяткус"),
        (_RU, "Литовский мэр, в свою очередь,", "сказал", "Артурас Пяткус"),
        (_RU, "Мэр со своей стороны", "отметил", "Артурас Пяткус"),
    ],
)
def test_turn_phrase_passes_over_the_speaker_before(
    template: str, subject: str, verb: str, speaker: str
) -> None:
    assert _last_speaker(template.format(subject=subject, verb=verb)) == speaker


@pytest.mark.parametrize(
    ("template", "subject", "verb"),
    [
        # The pronoun can only mean the one quoted before, whom the turn rules out.
        (_UK, "Він, своєю чергою,", "додав"),
        (_RU, "Он, в свою очередь,", "добавил"),
    ],
)
def test_turn_phrase_never_gives_the_speaker_before(template: str, subject: str, verb: str) -> None:
    assert _last_speaker(template.format(subject=subject, verb=verb)) != "Олег Кошельчук"


def test_without_a_turn_the_pronoun_keeps_the_speaker_before() -> None:
    text = _UK.format(subject="Він", verb="додав")
    assert _last_speaker(text) == "Олег Кошельчук"


_SOURCE = (
    "Фестиваль\n\n«Ми проводимо фестиваль уже третій рік», – сказала директорка музею Галина "
    "Дзвінчук.\n\nЗа {source}, усі події фестивалю безкоштовні.\n"
)
_SOURCE_RU = (
    "Фестиваль\n\n«Мы проводим фестиваль уже третий год», – сказала директор музея Галина "
    "Дзвинчук.\n\nПо {source}, все события фестиваля бесплатные.\n"
)


@pytest.mark.parametrize(
    ("template", "source", "speaker"),
    [
        # Several unnamed people are not the one speaker quoted before.
        (_SOURCE, "словами організаторів", None),
        (_SOURCE_RU, "словам организаторов", None),
        (_SOURCE_RU, "словам волонтеров", None),
        # One person's noun or a pronoun still points back to her.
        (_SOURCE, "словами директорки", "Галина Дзвінчук"),
        (_SOURCE, "її словами", "Галина Дзвінчук"),
        (_SOURCE_RU, "ее словам", "Галина Дзвинчук"),
    ],
)
def test_source_phrase_with_a_plural_group(template: str, source: str, speaker: str | None) -> None:
    assert _last_speaker(template.format(source=source)) == speaker
