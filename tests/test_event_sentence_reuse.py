"""The events stage's sentences: cut once per item, the same cuts as a fresh reading."""

from __future__ import annotations

import importlib
import re

from hypothesis import given
from hypothesis import strategies as st

from uanews.model import NewsItem, Paragraph
from uanews.parser.events.sentences import sentences

module = importlib.import_module("uanews.parser.events.sentences")

_WORDS = st.sampled_from(
    ["Рада", "ухвалила", "закон", "р.", "тис.", "О.", "м.", "Києві", "2021", "5", "вул.", "—"]
)
_STOPS = st.sampled_from([" ", " ", ". ", "! ", "? ", "… "])
_PARAGRAPHS = st.lists(
    st.lists(st.tuples(_WORDS, _STOPS), min_size=1, max_size=40).map(
        lambda pairs: "".join(word + stop for word, stop in pairs).strip()
    ),
    min_size=1,
    max_size=4,
)


def _fresh(item: NewsItem) -> list[tuple[int, int]]:
    """Return the sentence bounds of ``item`` read again from nothing (no reuse)."""
    module._CUT.clear()  # noqa: SLF001 - forget every item read before
    return [(s.start, s.end) for s in sentences(item)]


@given(_PARAGRAPHS)
def test_reused_sentences_are_those_a_fresh_reading_cuts(texts: list[str]) -> None:
    item = NewsItem(headline="Новини дня", paragraphs=tuple(Paragraph(text) for text in texts))
    expected = _fresh(item)
    other = NewsItem(headline="Інша новина", paragraphs=(Paragraph("Текст. Ще текст."),))
    sentences(other)
    assert [(s.start, s.end) for s in sentences(item)] == expected


def test_each_caller_gets_its_own_list() -> None:
    item = NewsItem(headline="Новини", paragraphs=(Paragraph("Перше речення. Друге речення."),))
    first = sentences(item)
    first.clear()
    assert len(sentences(item)) == 3


def test_a_caption_on_the_same_words_makes_the_block_speech() -> None:
    paragraph = Paragraph("Ми ухвалили закон. Він набуде чинності.")
    item = NewsItem(headline="Новини", paragraphs=(paragraph,))
    assert len(sentences(item)) == 3
    spoken = NewsItem(headline="Новини", paragraphs=(Paragraph(paragraph.text, caption="Депутат"),))
    assert len(sentences(spoken)) == 1  # the headline only: a captioned block is speech


def test_an_abbreviation_far_into_a_long_sentence_still_keeps_it_whole() -> None:
    long_start = "Учасники наради, що тривала кілька годин, " * 5
    text = long_start + "виділили 150 тис. гривень. Наступне засідання у вересні."
    item = NewsItem(headline="Новини", paragraphs=(Paragraph(text),))
    cut = [item.text[s.start : s.end] for s in sentences(item)][1:]
    assert cut == [long_start + "виділили 150 тис. гривень.", "Наступне засідання у вересні."]
    assert re.search(r"тис\. г", cut[0])
