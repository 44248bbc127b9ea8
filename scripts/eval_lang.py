"""Measure :func:`uanews.lang.detect_language`: accuracy on short snippets and cost per item.

Usage: ``python scripts/eval_lang.py [SNIPPETS_TSV] [--corpus DIR] [-v]``.

``SNIPPETS_TSV`` (default: ``lang_snippets.tsv`` beside this script) holds ``language<TAB>text``
lines written for uanews; ``lang_snippets_heldout.tsv`` holds snippets written before the
function-word check was tuned, with Bulgarian, Serbian, Macedonian and Belarusian controls.
Each snippet is scored as right, ``und`` (the detector declined) or wrong; a wrong answer is
worse than ``und``. Cost is the median of several timed passes, in microseconds per item, for
the snippets and, with ``--corpus``, for the ``raw/*.txt`` files of a corpus (whole news
items). Determinism is checked by running every snippet twice.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from uanews.lang import UNDETERMINED, detect_language

_PASSES = 5


def _read_snippets(path: Path) -> list[tuple[str, str]]:
    snippets: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, text = line.split("\t", 1)
        snippets.append((language, text))
    return snippets


def _microseconds_per_item(texts: Sequence[str]) -> float:
    detect_language(texts[0])  # load the detector profiles outside the timed passes
    timings = []
    for _ in range(_PASSES):
        began = time.perf_counter()
        for text in texts:
            detect_language(text)
        timings.append((time.perf_counter() - began) / len(texts) * 1e6)
    return statistics.median(timings)


def main(argv: Sequence[str] | None = None) -> int:
    """Print accuracy per language and microseconds per item; return an exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "snippets", type=Path, nargs="?", default=Path(__file__).with_name("lang_snippets.tsv")
    )
    parser.add_argument("--corpus", type=Path, help="a directory with raw/*.txt news items")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    snippets = _read_snippets(args.snippets)
    outcomes: dict[str, Counter[str]] = {}
    unstable = 0
    for language, text in snippets:
        answer = detect_language(text)
        unstable += answer != detect_language(text)
        outcome = "right" if answer == language else "und" if answer == UNDETERMINED else "wrong"
        outcomes.setdefault(language, Counter())[outcome] += 1
        if outcome != "right" and args.verbose:
            print(f"{language} -> {answer}: {text}")
    total: Counter[str] = Counter()
    for language, counts in sorted(outcomes.items()):
        total.update(counts)
        size = sum(counts.values())
        print(
            f"{language}: {size} snippets, right {counts['right'] / size:.3f}, "
            f"und {counts['und'] / size:.3f}, wrong {counts['wrong'] / size:.3f}"
        )
    size = sum(total.values())
    print(
        f"all: {size} snippets, right {total['right'] / size:.3f}, und {total['und'] / size:.3f},"
        f" wrong {total['wrong'] / size:.3f}; answers that changed on a second run: {unstable}"
    )
    texts = [text for _, text in snippets]
    mean_chars = statistics.mean(len(text) for text in texts)
    print(f"snippets: {_microseconds_per_item(texts):.1f} us/item (mean {mean_chars:.0f} chars)")
    for language in sorted(outcomes):
        group = [text for code, text in snippets if code == language]
        print(f"  {language} snippets: {_microseconds_per_item(group):.1f} us/item")
    if args.corpus is not None:
        items = [
            path.read_text(encoding="utf-8") for path in sorted((args.corpus / "raw").glob("*.txt"))
        ]
        answers = Counter(detect_language(item) for item in items)
        mean_chars = statistics.mean(len(item) for item in items)
        print(
            f"corpus: {len(items)} items {dict(answers)}, "
            f"{_microseconds_per_item(items):.1f} us/item (mean {mean_chars:.0f} chars)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
