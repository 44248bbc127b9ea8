"""Measure :func:`uanews.parser.events.dates.find_dates` against NER gold DATE and PERIOD entities.

Usage: ``python scripts/eval_dates.py CORPUS_DIR [-v]`` where ``CORPUS_DIR`` holds ``raw/*.txt``
and ``gold/*.json`` (code point offsets, scored inside each file's ``annotated_span``).

A found mention is correct when it overlaps a gold DATE or PERIOD entity (ranges such as
``з 13 по 15 грудня`` are PERIOD in the gold). Recall counts gold DATE entities that a found
mention overlaps. Mentions with exact gold boundaries are counted separately.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from uanews.parser.events.dates import find_dates

_TIME_TYPES = frozenset({"DATE", "PERIOD"})


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main(argv: Sequence[str] | None = None) -> int:
    """Print precision and recall of the date finder on a corpus; return an exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="directory with raw/ and gold/")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    found_total = found_right = exact = gold_dates = gold_hit = 0
    relative_total = relative_right = 0
    for gold_path in sorted((args.corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        with (args.corpus / gold["raw_file"]).open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        low, high = gold["annotated_span"]
        entities = [
            (e["start"], e["end"], e["type"])
            for e in gold["entities"]
            if e["type"] in _TIME_TYPES and low <= e["start"] and e["end"] <= high
        ]
        mentions = [m for m in find_dates(text) if low <= m.start and m.end <= high]
        for mention in mentions:
            span = (mention.start, mention.end)
            right = any(_overlaps(span, (s, e)) for s, e, _ in entities)
            if mention.date is None:
                # Relative words alone (``сьогодні``): the gold annotates them only sometimes.
                relative_total += 1
                relative_right += right
                continue
            found_total += 1
            if right:
                found_right += 1
                exact += any(span == (s, e) for s, e, _ in entities)
            elif args.verbose:
                print(f"false  {gold_path.stem}: {mention.text!r}")
        for start, end, kind in entities:
            if kind != "DATE":
                continue
            gold_dates += 1
            if any(_overlaps((m.start, m.end), (start, end)) for m in mentions):
                gold_hit += 1
            elif args.verbose:
                print(f"missed {gold_path.stem}: {text[start:end]!r}")
    precision = found_right / found_total if found_total else 0.0
    recall = gold_hit / gold_dates if gold_dates else 0.0
    print(f"dated mentions {found_total}: {found_right} overlap gold DATE/PERIOD, {exact} exact")
    print(f"relative-only mentions (no reference) {relative_total}: {relative_right} in gold")
    print(f"dated precision {precision:.3f}")
    print(f"recall (any mention) {recall:.3f} ({gold_hit}/{gold_dates} gold DATE)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
