"""Sentences for quote rules: stops end them, but not initials, abbreviations or quoted stops."""

from uanews.model import Span
from uanews.parser.quotes.text import clause_end, sentences, split_parts


def split(text):
    return [text[s.start : s.end] for s in sentences(text, Span(0, len(text)))]


def test_stops_end_sentences():
    assert split("Перше речення. Друге! Третє?") == ["Перше речення.", "Друге!", "Третє?"]


def test_initials_and_abbreviations_do_not_end_a_sentence():
    text = "Виступив О. Кучер з вул. Сумської. Потім інші."
    assert split(text) == ["Виступив О. Кучер з вул. Сумської.", "Потім інші."]


def test_stops_inside_quote_marks_do_not_end_a_sentence():
    assert split("Він сказав: «Так. Ні.» Потім пішов.") == ["Він сказав: «Так. Ні.» Потім пішов."]


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
