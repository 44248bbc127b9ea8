"""Language by function words: Cyrillic with no marker letters, decided only when one side wins."""

from __future__ import annotations

import pytest

from uanews.lang import UNDETERMINED, detect_language, proven_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ремонт дороги вже завершено.", "uk"),
        ("Вона сказала, що все добре.", "uk"),
        ("Ремонт дороги уже завершен.", "ru"),
        ("Он сказал, что все хорошо.", "ru"),
    ],
)
def test_words_only_one_language_writes_decide(text, language):
    assert detect_language(text) == language


def test_one_word_from_each_side_decides_nothing():
    assert detect_language("Вона уже тут") == UNDETERMINED


def test_words_shared_with_bulgarian_prove_nothing():
    # ``как``, ``но``, ``и`` are Russian and Bulgarian alike.
    assert detect_language("Как и преди, но утре.") == UNDETERMINED


@pytest.mark.parametrize(
    "text",
    [
        "Пожарът беше потушен, но кога, не е ясно, уже.",  # Bulgarian ъ
        "Он је рекао да је све у реду, что.",  # Serbian ј
    ],
)
def test_letters_of_other_languages_stop_the_word_check(text):
    assert detect_language(text) not in {"uk", "ru"}


def test_belarusian_u_with_russian_letters_is_belarusian():
    assert detect_language("Ён сказаў, што ўсё добра.") == "be"


@pytest.mark.parametrize(
    "text",
    [
        "Совещание глав общин запланировано на 9 марта.",  # -ние
        "Депутаты городского совета Днепра проголосовали за новый бюджет.",  # -ского
        "Занятия в школах начинают в девять часов, уроки проводятся очно",  # -ают, -ются
    ],
)
def test_russian_endings_decide_unmarked_cyrillic(text):
    # No ы э ё and no Russian-only function word.
    assert detect_language(text) == "ru"


def test_long_unmarked_cyrillic_without_ukrainian_endings_is_russian():
    # 60 letters and more without і ї є ґ: fourteen times likelier Russian.
    text = "Пожар на складе в Павлограде потушили спасатели за два часа, погибших нет"
    assert detect_language(text) == "ru"


def test_unmarked_cyrillic_the_detector_calls_bulgarian_is_russian_or_ukrainian():
    # Nothing Bulgarian in it (no ъ, no ``е``, ``са``): the detector's answer is not taken.
    assert detect_language("Пожар на складе в Павлограде потушили спасатели за два часа") == "ru"
    assert detect_language("Суд задовольнив позов прокуратури до забудовника.") == "uk"


@pytest.mark.parametrize(
    "text",
    [
        "Обговорення бюджету заплановано на травень",  # verbal noun ending -ння
        "Ворог атакував Херсон, загинула жителька",  # past tense -ував
        "Дорогу закрили для ремонту на п'ять годин",  # apostrophe before я
    ],
)
def test_ukrainian_spellings_keep_unmarked_text_ukrainian(text):
    # None of і ї є ґ: without these spellings the lack of them would make it Russian.
    assert detect_language(text) == "uk"


@pytest.mark.parametrize(
    "text",
    [
        "Ремонтът на пътя завърши за пет дни",  # marker-free of і, with ъ
        "Заседание на кметовете е насрочено за 9 март в София",  # Bulgarian е, no ъ
        "Това решение беше прието от общинския съвет вчера",
    ],
)
def test_other_cyrillic_languages_are_not_called_russian_by_absence(text):
    assert detect_language(text) not in {"uk", "ru"}


def test_ukrainian_words_without_marker_letters_decide():
    # ``або`` and ``таке`` are Ukrainian only (Russian ``или``, ``такое``).
    assert detect_language("Маску прикривають вологим ватним або марлевим тампоном") == "uk"


def test_short_unmarked_cyrillic_stays_undetermined():
    assert detect_language("Пожар на складе потушен") == UNDETERMINED


def test_shche_is_ukrainian_too_and_leaves_the_endings_check_on():
    # ``ще`` is Ukrainian as well as Bulgarian: the -ння ending still decides.
    assert detect_language("Ще не почалося опалення у багатьох будинках") == "uk"


def test_russian_abbreviation_with_e_is_not_bulgarian():
    # ``т. е.`` (``то есть``) holds a lone ``е``; the -ние ending decides.
    text = "Совещание назначено на вторник, т. е. на завтра, в половине девятого утра"
    assert detect_language(text) == "ru"


@pytest.mark.parametrize("letter", ["Ѐ", "Ѝ", "Ӏ", "Ԁ"])
def test_cyrillic_letters_outside_both_alphabets_are_not_called_russian(letter):
    # Macedonian Ѐ Ѝ, Chechen Ӏ, Komi Ԁ: no і ї є ґ, yet not Russian.
    assert detect_language(letter * 70) not in {"uk", "ru"}


def test_a_letter_outside_both_alphabets_stops_the_word_check():
    assert proven_language("Он сказал, что уже его видел, Ӏ") is None
