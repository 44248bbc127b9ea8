"""A headline in marks that shortens a body quote, and an interview headline after a title.

Every text was written for these tests in the style of sports and farm news; the people are
invented.
"""

from __future__ import annotations

import pytest

import uanews


def _headline_quote(text: str) -> tuple[str, str | None] | None:
    item = uanews.parse(text)
    end = len(item.headline or "")
    for quote in item.quotes:
        if quote.parts[0].end <= end:
            speaker = None if quote.speaker is None else item.participant(quote.speaker).name
            return quote.text, speaker
    return None


_MATCH = (
    "«{headline}»: тренер «Ниви» прокоментував поразку\n\n"
    "Вінницька «Нива» програла «Полтаві» з рахунком 1:2.\n\n"
    "«Ми грали сміливо, створили чотири гольові моменти, але забракло досвіду. Вилучення на "
    "60-й хвилині все зламало», – сказав головний тренер вінничан Сергій Хомук.\n"
)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # One clause cut out of the quote: still its words.
        ("Ми грали сміливо, але забракло досвіду", "Сергій Хомук"),
        # Words in the quote's order but scattered: no repeat.
        ("Ми грали, але все зламало", None),
        # Too short to tell a cut quote from a few common words.
        ("Ми досвіду", None),
    ],
)
def test_abridged_quote_in_a_headline(headline: str, expected: str | None) -> None:
    found = _headline_quote(_MATCH.format(headline=headline))
    assert (None if found is None else found[1]) == expected


_INTERVIEW = (
    "{title}: «Цього року врожай рятували поливом, а не молитвами»\n\n"
    "Як господарства пережили спеку, ми запитали фермера Петра Гуменюка.\n\n"
    "– Яким був урожай?\n\n"
    "– На полях без поливу кукурудза дала вдвічі менше, ніж торік.\n\n"
    "– Звідки гроші на полив?\n\n"
    "– Частину дала державна програма грантів, частину ми позичили.\n"
)


def test_interview_headline_after_a_persons_title() -> None:
    found = _headline_quote(_INTERVIEW.format(title="Фермер з Вінниччини"))
    assert found == ("Цього року врожай рятували поливом, а не молитвами", "Петро Гуменюк")


def test_interview_headline_after_a_topic_is_left_to_a_repeat() -> None:
    # A topic, not a person's title, before the colon: the words are no one's by position.
    assert _headline_quote(_INTERVIEW.format(title="Посуха на Поділлі")) is None
