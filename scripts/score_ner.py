"""Score person mentions and role phrases against NER gold: precision, recall, F1.

Usage::

    python scripts/score_ner.py CORPUS_DIR [--complete-only] [--errors]

``CORPUS_DIR`` holds ``raw/*.txt`` and ``gold/*.json`` (NER-UK style: entities with ``type``
``PERS`` / ``JOB``, code point offsets into the raw text, and ``annotated_span``). Only the
annotated span is scored. Each raw text is turned into a structure-only ``NewsItem`` (one
paragraph per non-blank line, no headline) and run through ``extract_participants``; offsets in
``item.text`` are mapped back to the raw text through the paragraphs' positions.

Persons: every mention of every ``person`` participant against gold ``PERS``. Roles: every role
phrase core (role noun with its adjectives and common-noun complement) against gold ``JOB``.
Exact matching needs equal offsets; overlap matching counts a prediction right when it overlaps
a gold entity and a gold entity found when a prediction overlaps it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from attrs import frozen

from uanews.model import NewsItem, Paragraph, ParticipantKind
from uanews.parser.participants import extract_participants, iter_blocks
from uanews.parser.roles import find_roles

Spans = set[tuple[int, int]]


@frozen
class Counts:
    """Predicted and gold spans of one entity type over a corpus, per item."""

    predicted: list[Spans]
    gold: list[Spans]


def build_item(region: str) -> tuple[NewsItem, list[int]]:
    """Return a structure-only item with one paragraph per non-blank line of ``region``.

    The second value gives, per paragraph, the offset of its first character in ``region``.
    """
    paragraphs: list[Paragraph] = []
    starts: list[int] = []
    offset = 0
    for line in region.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            paragraphs.append(Paragraph(stripped))
            starts.append(offset + content.index(stripped))
        offset += len(line)
    return NewsItem(headline=None, paragraphs=tuple(paragraphs)), starts


def to_raw(item: NewsItem, starts: Sequence[int], base: int) -> dict[int, int]:
    """Return a map from each paragraph's start in ``item.text`` to its offset in the raw text."""
    return {
        span.start: base + start for span, start in zip(item.paragraph_spans(), starts, strict=True)
    }


def _locate(offset: int, paragraph_starts: Sequence[int], mapping: dict[int, int]) -> int:
    """Return the raw offset of an ``item.text`` offset, via the paragraph that holds it."""
    start = max(s for s in paragraph_starts if s <= offset)
    return mapping[start] + offset - start


def score_item(raw: str, gold: dict[str, object]) -> dict[str, tuple[Spans, Spans]]:
    """Return predicted and gold spans (raw offsets) for ``PERS`` and ``JOB`` in one item."""
    first, last = gold["annotated_span"]  # type: ignore[misc]
    item, starts = build_item(raw[first:last])
    mapping = to_raw(item, starts, first)
    paragraph_starts = sorted(mapping)
    participants, _ = extract_participants(item)
    text = item.text

    def raw_span(start: int, end: int, written: str) -> tuple[int, int]:
        begin = _locate(start, paragraph_starts, mapping)
        span = (begin, begin + end - start)
        if raw[span[0] : span[1]] != written:
            msg = f"offset mapping broke: {written!r} != {raw[span[0] : span[1]]!r}"
            raise AssertionError(msg)
        return span

    persons = {
        raw_span(m.start, m.end, m.text)
        for p in participants
        if p.kind is ParticipantKind.PERSON
        for m in p.mentions
    }
    roles = {
        raw_span(r.start, r.core_end, text[r.start : r.core_end])
        for block in iter_blocks(item)
        for r in find_roles(text, block.start, block.end)
    }
    entities = gold["entities"]
    if not isinstance(entities, list):
        msg = "gold 'entities' must be a list"
        raise TypeError(msg)

    def gold_spans(kind: str) -> Spans:
        return {
            (e["start"], e["end"])
            for e in entities
            if e["type"] == kind and first <= e["start"] and e["end"] <= last
        }

    return {"PERS": (persons, gold_spans("PERS")), "JOB": (roles, gold_spans("JOB"))}


def _overlaps(span: tuple[int, int], others: Spans) -> bool:
    """Return True when ``span`` overlaps one of ``others``."""
    return any(span[0] < end and start < span[1] for start, end in others)


def prf(counts: Counts, *, overlap: bool) -> tuple[float, float, float]:
    """Return precision, recall and F1 over all items."""
    right = found = predicted = gold = 0
    for pred, true in zip(counts.predicted, counts.gold, strict=True):
        predicted += len(pred)
        gold += len(true)
        if overlap:
            right += sum(_overlaps(span, true) for span in pred)
            found += sum(_overlaps(span, pred) for span in true)
        else:
            right += len(pred & true)
            found += len(pred & true)
    precision = right / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(argv: Sequence[str] | None = None) -> int:
    """Score the corpus named on the command line; print a table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="directory with raw/ and gold/")
    parser.add_argument("--complete-only", action="store_true", help="skip gold_complete=false")
    parser.add_argument("--errors", action="store_true", help="print misses and false alarms")
    args = parser.parse_args(argv)
    results = {kind: Counts([], []) for kind in ("PERS", "JOB")}
    gold_files = sorted((args.corpus / "gold").glob("*.json"))
    if not gold_files:
        parser.error(f"no gold/*.json under {args.corpus}")
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if args.complete_only and not gold.get("gold_complete", True):
            continue
        raw_path = args.corpus / "raw" / f"{gold_path.stem}.txt"
        with raw_path.open(encoding="utf-8", newline="") as handle:
            raw = handle.read()
        for kind, (pred, true) in score_item(raw, gold).items():
            results[kind].predicted.append(pred)
            results[kind].gold.append(true)
            if args.errors and kind == "PERS":
                for start, end in sorted(pred - true):
                    print(f"{gold_path.stem} FP {raw[start:end]!r}")
                for start, end in sorted(true - pred):
                    print(f"{gold_path.stem} FN {raw[start:end]!r}")
    items = len(results["PERS"].gold)
    print(f"items: {items}")
    print(f"{'entity':<8}{'match':<9}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}")
    for kind, counts in results.items():
        for label, overlap in (("exact", False), ("overlap", True)):
            precision, recall, f1 = prf(counts, overlap=overlap)
            predicted = sum(len(p) for p in counts.predicted)
            gold_total = sum(len(g) for g in counts.gold)
            print(
                f"{kind:<8}{label:<9}{precision:>7.3f}{recall:>7.3f}{f1:>7.3f}"
                f"{predicted:>7}{gold_total:>7}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
