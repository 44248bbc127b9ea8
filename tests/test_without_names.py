"""Names blanked once per item: the same answer as a word-by-word walk, sliced per block."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from uanews import lang
from uanews.parser import extract, parse

_PIECES = st.sampled_from(
    [
        *("Київ", "рада", "ДСНС", "Ї", "x", "Y", " ", ". ", "\n", "«", "»", "“", "”", "„"),
        *("5", "_", "-", "'", "’", "(", ":", "!", "…", "\u2014", "\u2013", '"', "ſ"),
    ]
)
_TEXTS = st.lists(_PIECES, max_size=60).map("".join)
_QUOTED = re.compile(r"[«„“][^«»„“”\n]{0,80}[»“”]")
_WORD_OR_OPENER = re.compile(r"(?P<word>[^\W\d_][\w'’ʼ-]*)|[.!?…:;«„“\"(\u2013\u2014\n]")


def _walk(text: str) -> str:
    """Blank quoted names, then each capitalised word not opening a sentence, word by word."""
    blanked = _QUOTED.sub(lambda match: " " * len(match.group()), text)
    out = list(blanked)
    opening = True
    for match in _WORD_OR_OPENER.finditer(blanked):
        word = match.group("word")
        if word is None:
            opening = True
            continue
        if word[0].isupper() and not opening:
            out[match.start() : match.end()] = " " * len(word)
        opening = False
    return "".join(out)


@given(_TEXTS)
def test_names_are_blanked_as_a_word_by_word_walk_blanks_them(text):
    assert lang.without_names(text) == _walk(text)
    assert lang.without_names(text) == _walk(text)  # the kept answer, the same


@given(st.lists(_TEXTS, min_size=1, max_size=5), st.sampled_from(["\n", "\n\n"]))
def test_a_block_between_line_breaks_reads_its_slice_of_the_whole(blocks, separator):
    whole = separator.join(blocks)
    plain = lang.without_names(whole)
    start = 0
    for block in blocks:
        assert plain[start : start + len(block)] == lang.without_names(block)
        start += len(block) + len(separator)


def test_an_items_names_are_blanked_once_for_it_and_all_its_paragraphs(monkeypatch):
    item = parse(
        "Зустріч у Полтаві\n\n"
        "Голова громади Олена Мороз зустрілася з волонтерами «Світла».\n\n"
        "Встреча прошла в здании городского совета, сообщили в пресс-службе.\n\n"
        "Наступна зустріч відбудеться у травні.\n",
        extract=False,
    )
    blanked: list[int] = []
    original = lang._QUOTED  # noqa: SLF001 - counting the blankings

    class Counting:
        def sub(self, replace, text):
            blanked.append(len(text))
            return original.sub(replace, text)

    monkeypatch.setattr(lang, "_QUOTED", Counting())
    with extract.reading_item(item) as language:
        assert language == "uk"
    assert blanked == [len(item.text)]
    # and the Russian paragraph is still read in Russian
    regions = extract._regions(item, "uk")  # noqa: SLF001 - the regions themselves
    assert [item.text[start:end][:7] for start, end, _code in regions] == ["Встреча"]
