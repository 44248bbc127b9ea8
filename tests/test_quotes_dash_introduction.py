"""Speech without marks ending in a dash attribution that names no one (``– сказав посадовець``,
``– добавил он``) refers back to someone named before it. A sentence of the paragraph that names
a person before the attribution's sentence is the narration introducing the speaker: the
speech starts after it, as a speaker does not name himself. An attribution that names its
speaker leaves the paragraph's sentences in the speech.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

from quote_support import spoken


def test_the_sentence_introducing_the_official_is_narration() -> None:
    """``На відкриття приїхав ... Сенчишин.`` introduces him; the speech is the second sentence."""
    text = (
        "У Черкасах відкрили реабілітаційний центр\n\n"
        "На відкриття приїхав заступник міністра охорони здоров'я Андрій Сенчишин. Центр має "
        "стати опорним для трьох сусідніх областей, – сказав посадовець.\n"
    )
    assert spoken(text) == [
        ("Центр має стати опорним для трьох сусідніх областей", "Андрій Сенчишин")
    ]


def test_the_sentence_introducing_him_in_russian() -> None:
    """``Юхименко назвал ...`` tells what he did; his words follow it."""
    text = (
        "В Ровно подписали меморандум с польской больницей\n\n"
        "Главврач Игорь Юхименко назвал меморандум первым шагом к партнерству. Уже осенью наши "
        "врачи поедут на стажировку в Люблин, – добавил он.\n"
    )
    assert spoken(text) == [
        ("Уже осенью наши врачи поедут на стажировку в Люблин", "Игорь Юхименко")
    ]


def test_a_named_attribution_keeps_the_sentences_before_it() -> None:
    """The attribution names the body: the sentence naming a coach is part of what it says."""
    text = (
        "Ковельські борчині здобули п'ять медалей\n\n"
        "Вихованки тренера Петра Добровольського виграли всі фінали. Дві з них поїдуть на "
        "чемпіонат Європи, – повідомили у Ковельській міській раді.\n"
    )
    said = (
        "Вихованки тренера Петра Добровольського виграли всі фінали. Дві з них поїдуть на "
        "чемпіонат Європи"
    )
    assert [words for words, _ in spoken(text)] == [said]
