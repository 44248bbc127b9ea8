"""Language by function words: Cyrillic with no marker letters, decided only when one side wins."""

from __future__ import annotations

import pytest

from uanews.lang import UNDETERMINED, detect_language


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
