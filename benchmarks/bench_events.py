"""Event extraction alone: time per character as an item grows (it must stay flat: linear).

Usage: ``python benchmarks/bench_events.py``. Items are built from the shipped example dump
by repeating the body of each seed item 1, 4, 16 and 64 times; participants and quotes are
extracted first, outside the clock, and `uanews.parser.events.extract_events` is timed alone
(best of three). It prints microseconds per character and the ratio to the smallest size.
This is a script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import time
from pathlib import Path

import attrs

from uanews.model import NewsItem
from uanews.parser import parse
from uanews.parser.events import extract_events
from uanews.parser.participants import extract_participants
from uanews.parser.quotes import extract_quotes

EXAMPLE_DUMP = Path(__file__).parent.parent / "examples" / "dumps" / "seeds.txt"
SIZES = (1, 4, 16, 64)
ROUNDS = 3


def prepared(text: str) -> NewsItem:
    """Return ``text`` parsed, with participants and quotes but no events yet."""
    item = parse(text, extract=False)
    participants, speakers = extract_participants(item)
    paragraphs = tuple(
        attrs.evolve(paragraph, speaker=speaker)
        for paragraph, speaker in zip(item.paragraphs, speakers, strict=True)
    )
    item = attrs.evolve(item, paragraphs=paragraphs, participants=participants)
    return attrs.evolve(item, quotes=extract_quotes(item))


def seconds(item: NewsItem) -> float:
    """Return the best time of `extract_events` on ``item`` over a few rounds."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        extract_events(item)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Print microseconds per character of event extraction per item size."""
    raw = EXAMPLE_DUMP.read_text(encoding="utf-8")
    seeds = [part.strip("\n") for part in raw.split("\n====\n") if part.strip()]
    for number, seed in enumerate(seeds):
        headline, _, body = seed.partition("\n\n")
        base: float | None = None
        row = []
        for size in SIZES:
            item = prepared(headline + "\n\n" + "\n\n".join([body] * size))
            per_char = seconds(item) * 1e6 / len(item.text)
            base = per_char if base is None else base
            row.append(f"x{size}: {per_char:.2f} us/char ({per_char / base:.2f})")
        print(f"seed {number}: " + "  ".join(row))


if __name__ == "__main__":
    main()
