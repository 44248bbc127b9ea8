"""Speech without marks ending in a dash attribution that names no one (``– зазначив депутат``,
``– добавил он``) refers back to someone named before it. When the speech's first sentence names
a person and holds no first-person word, it is the narration introducing the speaker: the
speech starts after it, as a speaker does not name himself. An attribution that names its
speaker, or a body after a preposition, leaves the sentence in the speech; so does a first
sentence in the first person (``Ми вдячні ...``).

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

from quote_support import spoken


def test_the_sentence_introducing_the_deputy_is_narration() -> None:
    """``На урочистість завітав депутат ... Сенчишин.`` introduces him; his words follow."""
    text = (
        "У Луцьку запрацював центр ветеранського спорту\n\n"
        "На урочистість завітав депутат обласної ради Андрій Сенчишин. Тут щотижня "
        "тренуватимуться понад двісті ветеранів, – зазначив депутат.\n"
    )
    assert spoken(text) == [
        ("Тут щотижня тренуватимуться понад двісті ветеранів", "Андрій Сенчишин")
    ]


def test_the_sentence_introducing_the_volunteer_in_russian() -> None:
    """``Оборудование передал волонтер ... Юхименко.`` tells what he did; his words follow."""
    text = (
        "В Ужгороде открыли мастерскую протезов\n\n"
        "Оборудование для мастерской передал волонтер Игорь Юхименко. Теперь протезы будут "
        "делать за неделю вместо месяца, – добавил он.\n"
    )
    assert spoken(text) == [
        ("Теперь протезы будут делать за неделю вместо месяца", "Игорь Юхименко")
    ]


def test_a_body_after_a_preposition_keeps_the_sentence() -> None:
    """``– повідомили в управлінні ...``: a body speaks, and its first sentence is its words."""
    text = (
        "Луцькі шахістки виграли обласний турнір\n\n"
        "Учениці тренера Петра Добровольського не програли жодної партії. Дві з них поїдуть "
        "на чемпіонат країни, – повідомили в управлінні молоді та спорту.\n"
    )
    said = (
        "Учениці тренера Петра Добровольського не програли жодної партії. Дві з них поїдуть "
        "на чемпіонат країни"
    )
    assert [words for words, _ in spoken(text)] == [said]


def test_a_first_sentence_in_the_first_person_is_speech() -> None:
    """``Ми вдячні меценатові X`` names a person, but ``ми`` says it is the speaker's."""
    text = (
        "У Луцьку запрацював центр ветеранського спорту\n\n"
        "Директор центру Олег Лебединець показав зали.\n\n"
        "Ми вдячні меценатові Петру Добровольському за тренажери. Центр прийматиме "
        "відвідувачів щодня, – сказав він.\n"
    )
    said = (
        "Ми вдячні меценатові Петру Добровольському за тренажери. Центр прийматиме "
        "відвідувачів щодня"
    )
    assert [words for words, _ in spoken(text)] == [said]
