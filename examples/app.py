"""Use uanews inside an application: who said what, and what happened, in a dump.

Usage: ``python examples/app.py [DUMP]`` (default: the shipped example dump). For each item it
prints the headline, each quote with its speaker's name and role, and each event. It also shows
the JSON round trip an app would use to store items and read them back.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import uanews

EXAMPLE_DUMP = Path(__file__).parent / "dumps" / "seeds.txt"


def speaker_label(item: uanews.NewsItem, speaker: str | None) -> str:
    """Return ``Name (role)`` for a participant id, or ``unknown speaker``."""
    if speaker is None:
        return "unknown speaker"
    participant = item.participant(speaker)
    return f"{participant.name} ({participant.role})" if participant.role else participant.name


def summarize(items: Iterable[uanews.NewsItem]) -> Iterator[str]:
    """Yield readable lines about each item: headline, quotes with speakers, events."""
    for number, item in enumerate(items, start=1):
        title = item.headline or (item.paragraphs[0].text[:80] + "…" if item.paragraphs else "")
        yield f"#{number} [{item.language}] {title}"
        for quote in item.quotes:
            words = quote.text if len(quote.text) <= 100 else quote.text[:100] + "…"
            yield f"  {speaker_label(item, quote.speaker)}: «{words}»"
        for event in item.events:
            when = event.date.isoformat() if event.date else "date unknown"
            who = ", ".join(item.participant(pid).name for pid in event.participants)
            yield f"  event: {event.kind.value} ({when}) {who}".rstrip()


def round_trip(item: uanews.NewsItem) -> uanews.NewsItem:
    """Return ``item`` stored as JSON and loaded back (equal to the original)."""
    return uanews.loads(uanews.dumps(item))


def main(argv: list[str]) -> int:
    """Print the summary of the dump in ``argv`` (or of the example dump)."""
    dump = Path(argv[0]) if argv else EXAMPLE_DUMP
    items = list(uanews.iter_dump(dump))
    for line in summarize(items):
        print(line)
    if any(round_trip(item) != item for item in items):
        print("JSON round trip changed an item", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
