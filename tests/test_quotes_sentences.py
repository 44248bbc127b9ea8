"""Sentences for quote rules: stops end them, but not initials, abbreviations or quoted stops."""

from uanews.model import NewsItem, Paragraph
from uanews.parser.quotes import extract_quotes
from uanews.parser.quotes.text import clause_end, split_parts
from uanews.parser.sentences import split as cut


def split(text):
    return [text[s.start : s.end] for s in cut(text, 0, len(text), "uk")]


def test_stops_end_sentences():
    assert split("Перше речення. Друге! Третє?") == ["Перше речення.", "Друге!", "Третє?"]


def test_initials_and_abbreviations_do_not_end_a_sentence():
    text = "Виступив О. Кучер з вул. Сумської. Потім інші."
    assert split(text) == ["Виступив О. Кучер з вул. Сумської.", "Потім інші."]


def test_stops_inside_quote_marks_do_not_end_a_sentence():
    assert split("Він сказав: «Так. Ні», потім пішов.") == ["Він сказав: «Так. Ні», потім пішов."]


def test_a_stop_closing_a_quotation_ends_the_sentence_before_a_capital():
    assert split("Він сказав: «Так. Ні.» Потім пішов.") == [
        "Він сказав: «Так. Ні.»",
        "Потім пішов.",
    ]


def test_a_newline_ends_a_sentence():
    assert split("Рядок один\nрядок два") == ["Рядок один", "рядок два"]


def test_clause_ends_at_the_first_sentence_stop():
    text = "сказав м. Київ голова. Далі"
    assert text[: clause_end(text, 0, len(text))] == "сказав м. Київ голова"


def test_parts_are_lines_without_a_trailing_comma():
    text = "перший рядок,\n\n другий "
    assert [text[p.start : p.end] for p in split_parts(text, 0, len(text))] == [
        "перший рядок",
        "другий",
    ]


def test_a_year_abbreviation_before_a_capital_ends_the_sentence():
    text = "Завод збудували у 2014 р. Натомість цех закрили. Це сталося 5 р. тому."
    assert split(text) == [
        "Завод збудували у 2014 р.",
        "Натомість цех закрили.",
        "Це сталося 5 р. тому.",
    ]


def test_a_reported_clause_stops_at_the_sentence_after_a_year():
    item = NewsItem(
        paragraphs=(
            Paragraph("Директор заявив, що завод збудували у 2014 р. Натомість цех закрили."),
        )
    )
    (quote,) = extract_quotes(item)
    assert quote.text == "завод збудували у 2014 р"
