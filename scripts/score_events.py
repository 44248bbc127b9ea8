"""Score event extraction against hand annotations: event P/R/F1 and attribute accuracy.

Usage::

    .venv/bin/python scripts/score_events.py CORPUS_DIR ANNOTATIONS.json [--errors]

``CORPUS_DIR`` holds ``raw/*.txt`` (or the ``*.txt`` files themselves). ``ANNOTATIONS.json`` is
``{"guidelines": [...], "items": {"<file>.txt": [event, ...]}}``, each event with ``kind``,
``evidence`` (one sentence copied from the raw text), ``also`` (other sentences reporting it),
``date`` (PartialDate ISO or null), ``mode``, ``place`` and ``participants`` (names). Only files
listed in ``items`` are scored; a file listed with no events counts its predictions as false.

Each raw file goes through the real pipeline, ``uanews.parse``, and `uanews.align.source_map`
maps every predicted evidence span of ``item.text`` to a raw-text span (the blocks of the body
are found in the raw text by their visible characters, which parsing keeps as written). A
predicted event matches a gold one (one-to-one, in order) when the kinds agree and the
predicted evidence overlaps the gold evidence or one of its ``also`` sentences. On matched
events the script reports how often date, place, mode and the participant set agree with the
annotation.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from uanews import parse
from uanews.align import source_map
from uanews.model import Event, NewsItem

_ATTRIBUTES = ("date", "place", "mode", "participants")


def _gold_spans(raw: str, gold: dict[str, Any]) -> list[tuple[int, int]]:
    """Return the raw spans of a gold event's evidence and ``also`` sentences."""
    spans = []
    for sentence in [gold["evidence"], *gold.get("also", [])]:
        start = raw.find(sentence)
        if start < 0:
            message = f"annotated sentence not in the raw text: {sentence[:60]!r}"
            raise SystemExit(message)
        spans.append((start, start + len(sentence)))
    return spans


def _name_matches(gold_name: str, name: str, mentions: set[str]) -> bool:
    """Return whether a predicted participant (``name``, ``mentions``) is ``gold_name``."""
    if gold_name in mentions:
        return True
    words = set(name.lower().replace("«", " ").replace("»", " ").split())
    return set(gold_name.lower().split()) <= words


def _attributes(item: NewsItem, event: Event, gold: dict[str, Any]) -> dict[str, bool]:
    """Return which attributes of a matched ``event`` agree with the annotation."""
    participants = [item.participant(participant_id) for participant_id in event.participants]
    people = [(p.name, {m.text for m in p.mentions}) for p in participants]
    gold_names: list[str] = gold["participants"]
    covered = all(any(_name_matches(g, n, m) for n, m in people) for g in gold_names)
    no_extra = all(any(_name_matches(g, n, m) for g in gold_names) for n, m in people)
    return {
        "date": (None if event.date is None else event.date.isoformat()) == gold["date"],
        "place": event.place == gold["place"],
        "mode": (None if event.mode is None else event.mode.value) == gold["mode"],
        "participants": covered and no_extra,
    }


def _describe(item: NewsItem, event: Event) -> str:
    """Return a one-line description of a predicted event for error listings."""
    evidence = (
        "" if event.evidence is None else item.text[event.evidence.start : event.evidence.end]
    )
    names = [item.participant(participant_id).name for participant_id in event.participants]
    date = None if event.date is None else event.date.isoformat()
    mode = None if event.mode is None else event.mode.value
    return f"{event.kind.value} date={date} mode={mode} place={event.place} {names} | {evidence}"


def _match(
    raw: str, event: Event, span: tuple[int, int] | None, candidates: list[dict[str, Any]]
) -> int | None:
    """Return the index in ``candidates`` of the gold event ``event`` matches, or None."""
    if span is None:
        return None
    for index, gold in enumerate(candidates):
        if gold["kind"] == event.kind.value and any(
            start < span[1] and span[0] < end for start, end in _gold_spans(raw, gold)
        ):
            return index
    return None


def _raw_files(corpus: Path) -> Path:
    """Return the directory holding the raw ``*.txt`` files of ``corpus``."""
    return corpus / "raw" if (corpus / "raw").is_dir() else corpus


def score(corpus: Path, annotations: Path, *, errors: bool = False) -> dict[str, float]:
    """Return event counts, P/R/F1 and attribute accuracies over the annotated files."""
    data = json.loads(annotations.read_text(encoding="utf-8"))
    counts = dict.fromkeys(("gold", "pred", "matched", "unaligned"), 0)
    agree = dict.fromkeys(_ATTRIBUTES, 0)
    for name, gold_events in sorted(data["items"].items()):
        raw = (_raw_files(corpus) / name).read_text(encoding="utf-8")
        item = parse(raw, source=name)
        where = source_map(item, raw)
        counts["gold"] += len(gold_events)
        counts["pred"] += len(item.events)
        unmatched = list(range(len(gold_events)))
        for event in item.events:
            span = None
            if event.evidence is not None:
                span = where.span(event.evidence.start, event.evidence.end)
            counts["unaligned"] += span is None
            match = _match(raw, event, span, [gold_events[index] for index in unmatched])
            if match is None:
                if errors:
                    print(f"FALSE {name}: {_describe(item, event)}")
                continue
            gold = gold_events[unmatched.pop(match)]
            counts["matched"] += 1
            for key, ok in _attributes(item, event, gold).items():
                agree[key] += ok
                if errors and not ok:
                    print(f"WRONG {key} {name}: {_describe(item, event)}")
        for index in unmatched if errors else []:
            gold = gold_events[index]
            print(f"MISS  {name}: {gold['kind']} | {gold['evidence'][:100]}")
    precision = counts["matched"] / counts["pred"] if counts["pred"] else 1.0
    recall = counts["matched"] / counts["gold"] if counts["gold"] else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    figures: dict[str, float] = {**counts, "precision": precision, "recall": recall, "f1": f1}
    for key in _ATTRIBUTES:
        figures[key] = agree[key] / counts["matched"] if counts["matched"] else 0.0
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    """Run the scorer from the command line; return the exit status."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", type=Path, help="directory with raw/*.txt (or the *.txt)")
    parser.add_argument("annotations", type=Path, help="event annotations (JSON)")
    parser.add_argument("--errors", action="store_true", help="print misses and false events")
    args = parser.parse_args(argv)
    figures = score(args.corpus, args.annotations, errors=args.errors)
    print(
        f"gold {figures['gold']:.0f}  predicted {figures['pred']:.0f}  "
        f"matched {figures['matched']:.0f}  unaligned predictions {figures['unaligned']:.0f}"
    )
    print(f"event P {figures['precision']:.3f}  R {figures['recall']:.3f}  F1 {figures['f1']:.3f}")
    print("on matched events: " + "  ".join(f"{key} {figures[key]:.3f}" for key in _ATTRIBUTES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
