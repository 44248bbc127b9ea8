"""Input normalisation and the folding helpers the extractors use on copies of the text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from uanews.parser import parse
from uanews.text import (
    clean_line,
    fold_dashes,
    fold_quotes,
    normalize_apostrophes,
    normalize_input,
    visible,
)


def test_invisible_characters_are_deleted_and_odd_spaces_become_spaces():
    raw = "Сло\u00adво\u200b з\u00a0NBSP,\tтабом і\u2003em\u202fspace\r\nдалі"
    lines = normalize_input(raw).split("\n")
    assert [clean_line(line) for line in lines] == ["Слово з NBSP, табом і em space", "далі"]


def test_parse_stores_quotes_dashes_and_apostrophes_as_written():
    text = "«Мовлення» — це п’ять «речей» – і ще обʼєкт - 'слово'."
    item = parse("Заголовок\n\n" + text, extract=False)
    assert item.paragraphs[0].text == text


def test_normalize_apostrophes_only_between_letters():
    assert normalize_apostrophes("п'ять пʼять п’ять 'слово'") == "пʼять пʼять пʼять 'слово'"


def test_folding_maps_families_to_one_character():
    assert fold_quotes("«так» „ні“ “є”") == '"так" "ні" "є"'
    assert fold_dashes("a-b–c—d−e") == "a-b-c-d-e"


@given(st.text())
def test_folding_keeps_length_so_offsets_stay_valid(text):
    for fold in (normalize_apostrophes, fold_quotes, fold_dashes):
        assert len(fold(text)) == len(text)


@given(st.text())
def test_visible_is_what_survives_normalisation(text):
    assert visible(text) == "".join(clean_line(normalize_input(text)).split())
