"""The item id: a hash of the normalised body text, as documented in docs/json.md."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from strategies import news_items, texts
from uanews import Meta, MetaKey, NewsItem, Paragraph, parse
from uanews.fingerprint import ID_LENGTH, normalize_for_id, text_id
from uanews.text import APOSTROPHES, DASHES, DOUBLE_QUOTES


def test_id_is_the_documented_prefix_of_the_sha256_of_the_normal_form():
    assert text_id("") == hashlib.sha256(b"").hexdigest()[:32]
    normal = 'об\'єкт - "тест" ...'
    assert normalize_for_id("  Обʼєкт —\n\n«ТЕСТ» … ") == normal
    assert text_id("  Обʼєкт —\n\n«ТЕСТ» … ") == hashlib.sha256(normal.encode()).hexdigest()[:32]
    assert ID_LENGTH == 32


@given(texts(max_size=80))
def test_normal_form_is_idempotent(text):
    once = normalize_for_id(text)
    assert normalize_for_id(once) == once


@given(texts(max_size=80), st.data())
def test_id_ignores_whitespace_case_and_typographic_variants(text, data):
    def variant(char: str) -> str:
        for family in (APOSTROPHES, DOUBLE_QUOTES, DASHES):
            if char in family:
                return data.draw(st.sampled_from(family))
        if char.isspace():
            return data.draw(st.sampled_from([" ", "\n\n", " \t ", "\n"]))
        return char.upper() if data.draw(st.booleans()) else char

    changed = "".join(variant(char) for char in text)
    assert text_id(changed) == text_id(text)


def test_id_tells_different_words_apart():
    assert text_id("Зустріч відбулася у Києві.") != text_id("Зустріч відбулася у Львові.")
    assert text_id("об'єкт") != text_id("обєкт")


def test_every_folded_character_keeps_its_meaning_through_nfkc():
    # The fold runs before NFKC, which would turn ´ into a space and an accent.
    for char in APOSTROPHES:
        assert normalize_for_id(f"об{char}єкт") == "об'єкт"
    for char in DOUBLE_QUOTES:
        assert normalize_for_id(f"{char}так{char}") == '"так"'
    for char in DASHES:
        assert normalize_for_id(f"а {char} б") == "а - б"


@given(news_items())
def test_item_id_hashes_its_body_text_only(item):
    assert item.id == text_id(item.text)
    assert len(item.id) == ID_LENGTH


def test_same_news_in_two_dumps_gets_the_same_id():
    first = parse(
        "Громада отримала «нові» автобуси\n\nМісто отримало 10 автобусів — про це\n"
        "повідомив мер.\n\n21 вересня 2021, 14:30",
        source="one.txt",
    )
    second = parse(
        'ГРОМАДА ОТРИМАЛА "НОВІ" АВТОБУСИ\n\nМісто отримало 10 автобусів - про це повідомив'
        " мер.\n\nАвтор: Ірина Коваль",
        source="two.txt",
    )
    assert first.metadata != second.metadata
    assert first.id == second.id


def test_metadata_and_extraction_do_not_change_the_id():
    bare = NewsItem(headline="Новина", paragraphs=(Paragraph("Текст новини."),))
    dressed = NewsItem(
        headline="Новина",
        paragraphs=(Paragraph("Текст новини."),),
        metadata=(Meta(MetaKey.AUTHOR, "Ірина", "Автор: Ірина"),),
        related=("Інша новина",),
        language="uk",
        source="x.txt",
        index=4,
        line=40,
    )
    assert bare.id == dressed.id
    assert bare != dressed
