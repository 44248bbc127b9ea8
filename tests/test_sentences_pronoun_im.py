"""Russian ``им.``: the abbreviation of ``имени`` before a genitive, or the pronoun ``им`` ending
a sentence (``помогли им. Николай …``).

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.parser.language import using_language
from uanews.parser.sentences import genitive_follows, split


def _sentences(text: str) -> list[str]:
    with using_language("ru"):
        return [text[span.start : span.end] for span in split(text, 0, len(text), "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Волонтеры помогли им. Николай Гребенюк поблагодарил всех.",
            ["Волонтеры помогли им.", "Николай Гребенюк поблагодарил всех."],
        ),
        (
            "Мэр ответил им. Ирина Савчишина добавила, что ремонт завершат.",
            ["Мэр ответил им.", "Ирина Савчишина добавила, что ремонт завершат."],
        ),
        (
            "Студенты университета им. Каразина провели акцию.",
            ["Студенты университета им. Каразина провели акцию."],
        ),
        (
            "В театре им. Т. Шевченко прошла премьера.",
            ["В театре им. Т. Шевченко прошла премьера."],
        ),
        (
            "В сквере им. Тараса Шевченко высадили деревья.",
            ["В сквере им. Тараса Шевченко высадили деревья."],
        ),
    ],
)
def test_im_ends_a_sentence_only_before_a_word_that_cannot_be_a_genitive(
    text: str, expected: list[str]
) -> None:
    assert _sentences(text) == expected


def test_genitive_follows_reads_initials_and_cases() -> None:
    text = "им. Каразина; им. Т. Шевченко; им. Николай"
    assert genitive_follows(text, 3, "ru")
    assert genitive_follows(text, text.index("Т."), "ru")
    assert not genitive_follows(text, text.index("Николай"), "ru")


def test_a_person_after_the_pronoun_im_is_a_participant_and_a_speaker() -> None:
    item = uanews.parse(
        "Школе передали ноутбуки\n\n"
        "Журналисты задали вопросы, и директор ответил им. Ирина Савчишина, завуч школы, "
        "рассказала, что ноутбуки получат выпускники.\n"
    )
    names = [participant.name for participant in item.participants]
    assert "Ирина Савчишина" in names
    [quote] = item.quotes
    assert quote.text == "ноутбуки получат выпускники"
    assert quote.speaker is not None
    assert item.participant(quote.speaker).name == "Ирина Савчишина"


def test_a_namesake_after_im_is_still_no_person() -> None:
    item = uanews.parse(
        "Акция в сквере\n\nВ сквере им. Тараса Шевченко волонтеры высадили сорок деревьев.\n"
    )
    assert "Тарас Шевченко" not in [participant.name for participant in item.participants]
