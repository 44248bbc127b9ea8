"""`uanews show`: one item readably in the terminal, quotes with their speakers."""

from __future__ import annotations

import io

import uanews
from cli_support import EXAMPLE_DUMP, run, write_binary
from uanews.model import (
    Mention,
    Meta,
    MetaKey,
    NewsItem,
    Paragraph,
    Participant,
    ParticipantKind,
    Quote,
    QuoteKind,
    Span,
)
from uanews.parser import iter_dump
from uanews.show import show

HEADLINE = "Мер зустрівся з делегацією"
SPEECH = "«Ми раді гостям», - сказала Ірина Шевчук."


def quoted_item() -> NewsItem:
    text = f"{HEADLINE}\n\n{SPEECH}"
    quote_start = text.index("Ми раді")
    name_start = text.index("Ірина Шевчук")
    return NewsItem(
        headline=HEADLINE,
        paragraphs=(Paragraph(SPEECH),),
        participants=(
            Participant(
                "p1",
                ParticipantKind.PERSON,
                "Ірина Шевчук",
                role="заступниця мера",
                mentions=(Mention("Ірина Шевчук", name_start, name_start + 12),),
            ),
        ),
        quotes=(
            Quote(
                "Ми раді гостям",
                (Span(quote_start, quote_start + 14),),
                QuoteKind.DIRECT,
                speaker="p1",
                cue="сказала",
            ),
        ),
    )


def test_show_lists_the_quote_with_its_speaker_and_the_participants(tmp_path, capsys):
    source = tmp_path / "item.json"
    source.write_text(uanews.dumps(quoted_item()), encoding="utf-8")
    status, out, _ = run(["show", source, "--width", "160"], capsys)
    assert status == 0
    assert HEADLINE in out
    quotes = out[out.index("Quotes") : out.index("Participants")]
    row = next(line for line in quotes.splitlines() if "Ми раді гостям" in line)
    assert "Ірина Шевчук" in row
    assert "сказала" in row
    assert "заступниця мера" in out[out.index("Participants") :]


def test_quotes_are_coloured_by_speaker_on_a_terminal():
    target = io.StringIO()
    show(quoted_item(), target, width=120)
    plain = target.getvalue()
    assert "\x1b[" not in plain  # not a terminal: no colour codes

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    show(quoted_item(), terminal, width=120)
    assert "\x1b[" in terminal.getvalue()


def test_show_picks_an_item_of_a_text_dump(capsys):
    second = list(iter_dump(EXAMPLE_DUMP))[1]
    status, out, _ = run(["show", EXAMPLE_DUMP, "--item", "2", "--width", "200"], capsys)
    assert status == 0
    assert second.paragraphs[0].text[:60] in out


def test_show_reports_a_missing_item(capsys):
    status, _, err = run(["show", EXAMPLE_DUMP, "--item", "9"], capsys)
    assert status == 1
    assert err == f"uanews: {EXAMPLE_DUMP}: has no item 9 (it holds 2 items)\n"


def test_show_reports_an_unreadable_file(tmp_path, capsys):
    bad = write_binary(tmp_path / "bad.txt")
    status, _, err = run(["show", bad], capsys)
    assert status == 1
    assert err.startswith(f"uanews: {bad}:")


def _shown(item: NewsItem) -> str:
    target = io.StringIO()
    show(item, target, width=160)
    return target.getvalue()


def test_headings_are_shown_above_their_related_titles_not_as_metadata():
    item = NewsItem(
        headline=HEADLINE,
        paragraphs=(Paragraph("Текст новини."),),
        related=("Бюджет ухвалено", "Школу відремонтують", "Міст відкрили"),
        metadata=(
            Meta(MetaKey.AUTHOR, "Олена Коваль", "Автор: Олена Коваль"),
            Meta(MetaKey.HEADING, "Читайте також", "Читайте також:"),
            Meta(MetaKey.HEADING, "ОСТАННІ НОВИНИ", "ОСТАННІ НОВИНИ"),
        ),
    )
    out = _shown(item)
    table = out[out.index("Metadata") : out.index("Читайте також:")]
    assert "Автор: Олена Коваль" in table
    assert "heading" not in table
    lines = out[out.index("Читайте також:") :].splitlines()
    # The link label introduces one title, the trailer heading the rest (as render writes them).
    assert lines[:5] == [
        "Читайте також:",
        "• Бюджет ухвалено",
        "ОСТАННІ НОВИНИ",
        "• Школу відремонтують",
        "• Міст відкрили",
    ]


def test_an_item_with_only_headings_shows_no_metadata_table():
    item = NewsItem(
        headline=HEADLINE,
        related=("Бюджет ухвалено",),
        metadata=(Meta(MetaKey.HEADING, "ОСТАННІ НОВИНИ", "ОСТАННІ НОВИНИ"),),
    )
    out = _shown(item)
    assert "Metadata" not in out
    assert "Related:" not in out
    assert out[out.index("ОСТАННІ НОВИНИ") :].splitlines()[:2] == [
        "ОСТАННІ НОВИНИ",
        "• Бюджет ухвалено",
    ]


def test_related_titles_without_a_heading_are_labelled_related():
    item = NewsItem(headline=HEADLINE, related=("Бюджет ухвалено",))
    out = _shown(item)
    assert out[out.index("Related:") :].splitlines()[:2] == ["Related:", "• Бюджет ухвалено"]


def test_show_says_an_empty_dump_is_empty(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n\n====\n", encoding="utf-8")
    status, _, err = run(["show", empty], capsys)
    assert status == 1
    assert err.startswith(f"uanews: {empty}: no news items: the input is empty")


def test_show_refuses_an_input_that_names_several_files(tmp_path, capsys):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(EXAMPLE_DUMP.read_text(encoding="utf-8"), encoding="utf-8")
    status, out, err = run(["show", tmp_path / "*.txt"], capsys)
    assert status == 2
    assert out == ""
    assert err == f"uanews: {tmp_path / '*.txt'}: names 2 files; show reads one\n"
