"""Helpers shared by the quote and speaker tests: each quote's words with its speaker."""

from __future__ import annotations

import uanews
from uanews.model import QuoteKind


def said(text: str) -> dict[str, str | None]:
    """Return each quote's text with its speaker's name (None for an unknown speaker)."""
    item = uanews.parse(text)
    return {
        quote.text: None if quote.speaker is None else item.participant(quote.speaker).name
        for quote in item.quotes
    }


def spoken(text: str) -> list[tuple[str, str | None]]:
    """Return each quote's text and its speaker's name, in the item's order (None: unknown)."""
    item = uanews.parse(text)
    return [
        (quote.text, None if quote.speaker is None else item.participant(quote.speaker).name)
        for quote in item.quotes
    ]


def headline_quotes(text: str) -> list[tuple[QuoteKind, str, str | None]]:
    """Return the kind, words and speaker's name of each quote of the headline."""
    item = uanews.parse(text)
    end = len(item.headline or "")
    return [
        (
            quote.kind,
            quote.text,
            None if quote.speaker is None else item.participant(quote.speaker).name,
        )
        for quote in item.quotes
        if quote.parts[0].start < end
    ]
