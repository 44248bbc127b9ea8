"""Whatever parsing normalises, every span of the body text maps back to the same characters."""

from __future__ import annotations

import random

from hypothesis import given, reject
from hypothesis import strategies as st

from text_strategies import dump_texts, format_items, names, sentences
from uanews.align import block_spans, source_map
from uanews.errors import ParseError
from uanews.parser import parse
from uanews.parser.quotes.lexicon import SPEECH_LEMMAS
from uanews.render import render
from uanews.text import visible, visible_offsets

_SPACES = [" ", "\u00a0", "\t", "  ", " \u200b", "\u2003"]
_INVISIBLE = ["\u00ad", "\u200b", "\u200d", "\ufeff", "\u200e"]


def _dirty(text: str, chance: random.Random) -> str:
    """Return ``text`` with odd spaces, invisible characters and perhaps CR LF line ends."""
    out: list[str] = []
    for char in text:
        if char == " ":
            out.append(chance.choice(_SPACES))
        elif char.isalpha() and chance.random() < 0.1:
            out.append(char + chance.choice(_INVISIBLE))
        else:
            out.append(char)
    dirty = "".join(out)
    return dirty.replace("\n", "\r\n") if chance.random() < 0.5 else dirty


_said = st.sampled_from(
    sorted(lemma[:-2] + "в" for lemma in SPEECH_LEMMAS if lemma.endswith(("ати", "ити", "іти")))
)
"""Past forms of speech verbs (``сказав``), to write quotes the extractor finds."""

_quoted = st.builds(
    "{1[0]}{0}{1[1]}, {2} {3} {4} {5}.".format,
    sentences(end=""),
    st.sampled_from(["«»", "„“", "„”", "“”"]),
    st.sampled_from(["–", "—", "-"]),
    _said,
    names,
    names,
)
"""A paragraph quoting a named speaker: ``«...», – сказав Іван Петренко.``"""

_quoting_items = st.builds(
    lambda headline, paragraphs: "\n\n".join([headline, *paragraphs]),
    sentences(end=""),
    st.lists(st.one_of(_quoted, sentences()), min_size=1, max_size=4),
)
"""An item of a headline and paragraphs, some of them quotes."""

sources = st.builds(
    _dirty,
    st.one_of(format_items().map(render), dump_texts(), _quoting_items),
    st.randoms(use_true_random=False),
)


@given(sources)
def test_every_block_mention_and_quote_part_maps_to_its_visible_characters(source):
    try:
        item = parse(source)
    except ParseError:
        reject()  # no text, or several items: nothing to map
    where = source_map(item, source)
    assert where.unaligned == ()
    blocks = [(b.start, b.end) for b in block_spans(item)]
    mentions = [(m.start, m.end) for p in item.participants for m in p.mentions]
    parts = [(part.start, part.end) for q in item.quotes for part in q.parts]
    for start, end in blocks + mentions + parts:
        span = where.span(start, end)
        assert span is not None, item.text[start:end]
        assert visible(source[span[0] : span[1]]) == visible(item.text[start:end])
    for start, end in blocks:
        # Blocks are stored without space at their ends, so the way back gives them whole.
        assert where.text_span(*where.span(start, end)) == (start, end)


@given(st.text())
def test_visible_offsets_pick_out_what_visible_keeps(text):
    assert "".join(text[index] for index in visible_offsets(text)) == visible(text)
