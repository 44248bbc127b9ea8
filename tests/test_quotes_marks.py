"""Quote marks pair up: nested marks stay inside the outer quote, open quotes run on."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from uanews.model import Span
from uanews.parser.quotes.marks import scan_marks, top_level_pairs


def pairs_of(*paragraphs):
    text = "\n\n".join(paragraphs)
    spans, start = [], 0
    for paragraph in paragraphs:
        spans.append(Span(start, start + len(paragraph)))
        start += len(paragraph) + 2
    return text, top_level_pairs(text, spans)


def test_nested_marks_give_only_the_outer_pair():
    text, pairs = pairs_of("Він сказав: «Ми з „Динамо“ граємо»")
    assert [(text[p.open], text[p.close]) for p in pairs] == [("«", "»")]


def test_german_style_pair_closes_with_a_high_mark():
    text, pairs = pairs_of("Назва „Рух“ відома.")
    assert [text[p.open + 1 : p.close] for p in pairs] == ["Рух"]


def test_quote_left_open_closes_in_a_later_paragraph():
    text, pairs = pairs_of("«Перший абзац.", "Другий абзац.", "Третій», - сказав він.")
    assert len(pairs) == 1
    assert text[pairs[0].open] == "«"
    assert text[pairs[0].close - len("Третій") : pairs[0].close] == "Третій"


def test_open_quote_runs_past_a_paragraph_with_a_whole_quote_of_its_own():
    text, pairs = pairs_of("«Перший абзац.", "Тут «свої» лапки.", "Кінець».")
    assert [(p.open, text[p.close - 6 : p.close]) for p in pairs] == [(0, "Кінець")]


def test_open_quote_gives_way_to_a_later_open_quote():
    text, pairs = pairs_of("«Перший абзац.", "Тут «інша", "Кінець».")
    assert [text[p.open + 1 : p.close] for p in pairs] == ["інша\n\nКінець"]


def test_stray_closing_mark_pairs_with_nothing():
    _text, pairs = pairs_of("Текст» без початку.")
    assert pairs == []


@given(st.text(alphabet='«»„“”" аб.\n', max_size=40))
def test_top_level_pairs_never_overlap_and_sit_on_marks(paragraph):
    text, pairs = pairs_of(paragraph)
    for pair in pairs:
        assert text[pair.open] in '«„“"'
        assert text[pair.close] in '»“”"'
        assert pair.open < pair.close
    for first, second in itertools.pairwise(pairs):
        assert first.close < second.open


def test_a_scan_for_the_first_marks_stops_where_they_close():
    text = "«Перше „вкладене“ слово», – сказав він. «Друге» і «третє»."
    pairs, openers, stray = scan_marks(text, 0, len(text), first=True)
    # the outer marks and the ones nested in them; nothing after them is read
    assert [(text[pair.open], text[pair.close]) for pair in pairs] == [("„", "“"), ("«", "»")]
    assert pairs[-1].close == text.index("»")
    assert (openers, stray) == ([], [])
    assert len(scan_marks(text, 0, len(text))[0]) == 4
