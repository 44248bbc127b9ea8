"""A readable terminal view of one news item, drawn with rich (``uanews show``).

The body text comes first, with captions in bold, mentions underlined and each quote coloured
by its speaker; tables of quotes (speaker in the same colour), participants, events and
metadata (the boilerplate lines) follow. Headings (`MetaKey.HEADING`: ``ОСТАННІ НОВИНИ``,
``Читайте також:``) are not boilerplate but titles of the related list: the view ends with
each heading as written above the related titles it introduces (as `uanews.render` writes
them), or ``Related:`` above titles without a heading.
"""

from __future__ import annotations

from typing import Final, TextIO

from rich.console import Console
from rich.table import Column, Table
from rich.text import Text

from uanews.align import BlockKind, block_spans
from uanews.model import Event, Meta, MetaKey, NewsItem, Quote
from uanews.render import heading_shares

__all__ = ["RELATED_LABEL", "SPEAKER_STYLES", "item_view", "show", "view_text"]

SPEAKER_STYLES: Final = ("yellow", "green", "magenta", "cyan", "bright_blue", "red")
"""Colours given to speakers in order of first quote; they repeat after the last."""

UNATTRIBUTED_STYLE: Final = "bright_black"
"""The colour of quotes without a known speaker."""

RELATED_LABEL: Final = "Related:"
"""The label above related titles that no heading introduces."""

_BULLET: Final = "• "
_BLOCK_STYLES: Final[dict[BlockKind, str]] = {"headline": "bold", "caption": "bold cyan"}


def _speaker_styles(item: NewsItem) -> dict[str | None, str]:
    """Return the colour of each speaker id (None: unattributed) in order of first quote."""
    styles: dict[str | None, str] = {None: UNATTRIBUTED_STYLE}
    for quote in item.quotes:
        if quote.speaker not in styles:
            styles[quote.speaker] = SPEAKER_STYLES[(len(styles) - 1) % len(SPEAKER_STYLES)]
    return styles


def _speaker_name(item: NewsItem, speaker: str | None) -> str:
    """Return the speaker's name, or ``?`` for a quote without a known speaker."""
    if speaker is None:
        return "?"
    try:
        return item.participant(speaker).name
    except KeyError:
        return speaker


def _body(item: NewsItem, styles: dict[str | None, str]) -> Text:
    """Return the item's text with headline, captions, mentions and quotes styled."""
    body = Text(item.text)
    for block in block_spans(item):
        if block.kind in _BLOCK_STYLES:
            body.stylize(_BLOCK_STYLES[block.kind], block.start, block.end)
    for participant in item.participants:
        for mention in participant.mentions:
            body.stylize("underline", mention.start, mention.end)
    for quote in item.quotes:
        for part in quote.parts:
            body.stylize(f"italic {styles[quote.speaker]}", part.start, part.end)
        if quote.cue_span is not None:
            body.stylize("bold", quote.cue_span.start, quote.cue_span.end)
    return body


def _quotes_table(item: NewsItem, styles: dict[str | None, str]) -> Table:
    """Return a table of the quotes: speaker (in the quote's colour), kind, cue and text."""
    table = Table(
        Column("speaker", no_wrap=True),
        "kind",
        "cue",
        Column("text", ratio=1),
        title="Quotes",
        expand=True,
    )

    def row(quote: Quote) -> tuple[Text, str, str, Text]:
        style = styles[quote.speaker]
        return (
            Text(_speaker_name(item, quote.speaker), style=f"bold {style}"),
            quote.kind.value,
            quote.cue or "",
            Text(quote.text, style=style),
        )

    for quote in item.quotes:
        table.add_row(*row(quote))
    return table


def _participants_table(item: NewsItem) -> Table:
    """Return a table of the participants with their roles and mention counts."""
    table = Table(
        "id", "kind", "name", "role", "organization", "mentions", title="Participants", expand=True
    )
    for participant in item.participants:
        table.add_row(
            participant.id,
            participant.kind.value,
            participant.name,
            participant.role or "",
            participant.organization or "",
            str(len(participant.mentions)),
        )
    return table


def _events_table(item: NewsItem) -> Table:
    """Return a table of the events: kind, date, mode, places, who took part, topics.

    Every place of an event is listed (``places``; ``place`` when an event has only that), and
    a ``casualties`` column (``killed 2, injured 5``) is added when some event states them.
    """
    counted = any(e.killed is not None or e.injured is not None for e in item.events)
    columns = ["kind", "date", "mode", "places", "participants", "topics"]
    table = Table(*columns, *(["casualties"] if counted else []), title="Events", expand=True)
    for event in item.events:
        places = event.places or (() if event.place is None else (event.place,))
        row = [
            event.kind.value,
            event.date.isoformat() if event.date else "",
            event.mode.value if event.mode else "",
            ", ".join(places),
            ", ".join(_speaker_name(item, pid) for pid in event.participants),
            ", ".join(event.topics),
        ]
        if counted:
            row.append(_casualties(event))
        table.add_row(*row)
    return table


def _casualties(event: Event) -> str:
    """Return the killed and injured an event states (``killed 2, injured 5``), or ``""``."""
    counts = [("killed", event.killed), ("injured", event.injured)]
    return ", ".join(f"{label} {count}" for label, count in counts if count is not None)


def _boilerplate(item: NewsItem) -> list[Meta]:
    """Return the metadata lines that are boilerplate, not headings of the related list."""
    return [meta for meta in item.metadata if meta.key is not MetaKey.HEADING]


def _metadata_table(metadata: list[Meta]) -> Table:
    """Return a table of the boilerplate lines: kind, extracted value, original line."""
    table = Table("key", "value", "line", title="Metadata", expand=True)
    for meta in metadata:
        table.add_row(meta.key.value, meta.value, meta.text)
    return table


def _related(item: NewsItem) -> Text:
    """Return the related titles, each run under the heading that introduces it."""
    headings = [meta for meta in item.metadata if meta.key is MetaKey.HEADING]
    groups: list[tuple[str, tuple[str, ...]]] = []
    if headings:
        shares = heading_shares(headings, len(item.related))
        remaining = iter(item.related)
        for heading, share in zip(headings, shares, strict=True):
            groups.append((heading.text, tuple(next(remaining) for _ in range(share))))
    if item.related and not headings:
        groups.append((RELATED_LABEL, item.related))
    view = Text()
    for label, titles in groups:
        if view:
            view.append("\n")
        view.append(label, style="bold")
        for title in titles:
            view.append(f"\n{_BULLET}{title}")
    return view


def item_view(item: NewsItem) -> list[Text | Table]:
    """Return the renderables that make up the view of ``item``, top to bottom."""
    styles = _speaker_styles(item)
    view: list[Text | Table] = [
        Text(f"language: {item.language}", style="dim"),
        _body(item, styles),
    ]
    if item.quotes:
        view.append(_quotes_table(item, styles))
    if item.participants:
        view.append(_participants_table(item))
    if item.events:
        view.append(_events_table(item))
    boilerplate = _boilerplate(item)
    if boilerplate:
        view.append(_metadata_table(boilerplate))
    related = _related(item)
    if related:
        view.append(related)
    return view


def show(item: NewsItem, target: TextIO, *, width: int | None = None) -> None:
    """Write the view of ``item`` to ``target`` (colours only if it is a terminal)."""
    console = Console(file=target, width=width, highlight=False)
    _print_view(console, item)


def view_text(item: NewsItem, target: TextIO, *, width: int | None = None) -> str:
    """Return the view of ``item`` as `show` would write it to ``target``, for a pager.

    The text holds ANSI colours when ``target`` is a terminal (or ``FORCE_COLOR`` is set) and
    ``NO_COLOR`` is not set; its width is ``target``'s unless ``width`` is given.
    """
    console = Console(file=target, width=width, highlight=False)
    with console.capture() as captured:
        _print_view(console, item)
    return captured.get()


def _print_view(console: Console, item: NewsItem) -> None:
    """Print the view of ``item`` on ``console``, each part followed by a blank line."""
    for renderable in item_view(item):
        console.print(renderable)
        console.print()
