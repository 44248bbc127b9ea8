"""A quote left open at a line break joins the lines up to the one that closes it."""

from __future__ import annotations

from provenance import read_back
from uanews.model import NewsItem, Paragraph
from uanews.parser import parse
from uanews.parser.layout import QUOTE_JOIN_MAX_LINES, open_quotes
from uanews.render import render

HEADLINE = "Голова громади пообіцяв нову дорогу"


def texts(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse(text, extract=False).paragraphs]


def test_a_quoted_name_broken_at_a_line_end_is_one_paragraph():
    text = f"{HEADLINE}\nПро це пишуть «Вісті.\nПолтава» з посиланням на мерію.\nІнший абзац."
    assert texts(text) == [
        "Про це пишуть «Вісті. Полтава» з посиланням на мерію.",
        "Інший абзац.",
    ]


def test_a_quote_of_several_sentence_lines_is_one_paragraph():
    lines = ["«Ми відремонтуємо дорогу.", "Гроші вже є.", "Роботи почнуться влітку», – сказав він."]
    assert texts("\n".join([HEADLINE, *lines, "Далі інше."])) == [" ".join(lines), "Далі інше."]


def test_a_blank_line_keeps_an_open_quote_in_two_paragraphs():
    text = f"{HEADLINE}\n\n«Ми відремонтуємо дорогу, -\n\nсказав він. - Гроші вже є»."
    assert texts(text) == ["«Ми відремонтуємо дорогу, -", "сказав він. - Гроші вже є»."]


def test_quote_marks_that_never_balance_join_nothing():
    lines = ["Контракт отримало ТОВ «Компанія «Будівник».", "Її засновник живе у Києві.", "Далі."]
    assert texts("\n".join([HEADLINE, *lines])) == lines


def test_low_quotes_close_with_either_high_quote():
    for closer in "“”":
        text = f"{HEADLINE}\n„Ми готові.\nПочнемо завтра{closer}, – сказав він."
        assert texts(text) == [f"„Ми готові. Почнемо завтра{closer}, – сказав він."]


def test_a_quote_not_closed_within_the_limit_joins_nothing():
    middle = ["Речення без лапок."] * (QUOTE_JOIN_MAX_LINES - 1)
    lines = ["«Довга цитата.", *middle, "Кінець», – сказав він."]
    assert texts("\n".join([HEADLINE, *lines])) == lines
    closed_in_time = ["«Довга цитата.", *middle[:-1], "Кінець», – сказав він."]
    assert texts("\n".join([HEADLINE, *closed_in_time])) == [" ".join(closed_in_time)]


def test_a_caption_between_the_lines_stops_the_join():
    lines = ["«Ми готові.", "ІВАН ПЕТРЕНКО ГОЛОВА ГРОМАДИ", "Почнемо завтра», – сказав він."]
    item = parse("\n".join([HEADLINE, *lines]), extract=False)
    assert item.paragraphs == (
        Paragraph("«Ми готові."),
        Paragraph("Почнемо завтра», – сказав він.", caption="ІВАН ПЕТРЕНКО ГОЛОВА ГРОМАДИ"),
    )


def test_a_join_that_would_read_as_a_caption_is_not_made():
    # Each line alone is text (one word); joined they would be an UPPERCASE caption line.
    assert texts(f"{HEADLINE}\n«ІВАН\nПЕТРЕНКО»\nСказав він.") == [
        "«ІВАН",
        "ПЕТРЕНКО»",
        "Сказав він.",
    ]


def test_paragraphs_with_open_quotes_read_back_as_written():
    item = NewsItem(
        headline=HEADLINE,
        paragraphs=(Paragraph("Про це пишуть «Вісті."), Paragraph("Полтава» з посиланням.")),
    )
    assert open_quotes(item.paragraphs[0].text) == (1, 0)
    assert parse(render(item), extract=False) == read_back(item)


def test_open_quotes_counts_each_pair_of_marks():
    assert open_quotes("«а «б» „в“ „г") == (1, 1)
    assert open_quotes("“English” quotes") == (0, -2)
