"""Score person, organisation and role mentions against NER gold: precision, recall, F1.

Usage::

    python scripts/score_ner.py CORPUS_DIR [--lines] [--complete-only] [--errors [KIND ...]]
        [--classes]
    python scripts/score_ner.py --participants tests/data/participants_heldout

``CORPUS_DIR`` holds ``raw/*.txt`` and ``gold/*.json`` (NER-UK style: entities with ``type``
``PERS`` / ``ORG`` / ``JOB``, code point offsets into the raw text, and ``annotated_span``).
Only the annotated span is scored.

By default each raw file goes through the real pipeline, ``uanews.parse(raw)``: decoding,
structure (headline, paragraphs, captions, metadata lifted out) and extraction; each mention's
offsets are mapped to the raw text by `uanews.align.source_map` (every block of ``item.text`` is
found in the raw text by its visible characters, which the parser keeps as written). Items whose
blocks cannot be aligned are reported and their unaligned mentions counted as misses.

With ``--lines`` the old structure-only item is used instead (one paragraph per non-blank line
of the annotated span, no headline), which isolates the extractor from the parser.

Persons: every mention of every ``person`` participant against gold ``PERS``; organisations:
every mention of every ``organization`` participant against gold ``ORG``; roles: every role
phrase core (role noun with its adjectives and common-noun complement) that names a position
(`RolePhrase.position`: not a bare ``експерти`` or a bare ``голова``) against gold ``JOB``; a
broadcast caption's roles are read in its restored case, as the caption reader reads them
(`uanews.parser.participants.captions.caption_roles`).
Exact matching needs equal offsets; overlap matching counts a prediction right when it overlaps
a gold entity and a gold entity found when a prediction overlaps it.

``--errors`` lists each false alarm (FP) and miss (FN) with its error class; ``--classes``
prints how many errors fall in each class. A class is the entity type, what went wrong
(``boundary``: the prediction overlaps a gold entity of its type but the spans differ, counted
once per gold entity; ``type``: the prediction lies on a gold entity of another type, such as
a place read as a person; ``spurious``: it overlaps no gold entity; ``missed``: no prediction
overlaps the gold entity) and the shape of the span (organisations: ``quoted`` name, ``latin``
name, ``numbered`` institution, ``acronym``, noun ``phrase``; persons: ``initials``,
``coordinated`` names, ``one-word``, ``multiword``; roles: ``bare`` noun or ``complement``).

With ``--participants`` the directory holds ``<case>.txt`` beside ``<case>.json`` (persons with
nominative name and role, organisations, groups; see ``tests/data/participants_heldout``) and
participant names and person roles are scored as sets per case.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from attrs import frozen

import uanews
from uanews.align import block_spans, source_map
from uanews.model import NewsItem, Paragraph, ParticipantKind
from uanews.parser.extract import reading_item
from uanews.parser.language import reading_at
from uanews.parser.participants import extract_participants
from uanews.parser.participants.captions import caption_roles
from uanews.parser.participants.roles import find_roles

Spans = set[tuple[int, int]]
Span = tuple[int, int]
KINDS = ("PERS", "ORG", "JOB")
_PREDICTED_KIND = {"PERS": ParticipantKind.PERSON, "ORG": ParticipantKind.ORGANIZATION}


@frozen
class Counts:
    """Predicted and gold spans of one entity type over a corpus, per item."""

    predicted: list[Spans]
    gold: list[Spans]


def build_item(region: str) -> tuple[NewsItem, dict[int, int]]:
    """Return a structure-only item with one paragraph per non-blank line of ``region``.

    The second value maps each offset of ``item.text`` inside a paragraph to ``region``.
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
    item = NewsItem(headline=None, paragraphs=tuple(paragraphs))
    mapping: dict[int, int] = {}
    for span, start in zip(item.paragraph_spans(), starts, strict=True):
        for position in range(span.end - span.start):
            mapping[span.start + position] = start + position
    return item, mapping


def _region_span(
    offsets: dict[int, int], shift: int, start: int, end: int
) -> tuple[int, int] | None:
    """Return the raw span of ``[start, end)`` of a `build_item` item, its region at ``shift``."""
    begin, final = offsets.get(start), offsets.get(end - 1)
    return None if begin is None or final is None else (begin + shift, final + shift + 1)


@frozen
class Scored:
    """Predicted and gold spans (raw offsets) per entity type for one item, and alignment notes."""

    spans: dict[str, tuple[Spans, Spans]]
    failures: list[str]


def score_item(raw: str, gold: dict[str, object], *, lines: bool = False) -> Scored:
    """Return predicted and gold spans (raw offsets) for ``PERS``, ``ORG`` and ``JOB``."""
    first, last = gold["annotated_span"]  # type: ignore[misc]
    failures: list[str] = []
    if lines:
        item, offsets = build_item(raw[first:last])
        to_raw: Callable[[int, int], tuple[int, int] | None]
        to_raw = functools.partial(_region_span, offsets, first)
        participants, _ = extract_participants(item)
    else:
        item = uanews.parse(raw, source=str(gold.get("item")))
        where = source_map(item, raw)
        failures.extend(
            f"{block.kind} {item.text[block.start : block.end][:60]!r}" for block in where.unaligned
        )
        to_raw = where.span
        participants = item.participants
    text = item.text

    def raw_span(start: int, end: int) -> tuple[int, int] | None:
        span = to_raw(start, end)
        if span is None:
            failures.append(f"unmapped mention {text[start:end]!r}")
            return None
        if span[0] < first or span[1] > last:
            return None
        return span

    predicted: dict[str, Spans] = {kind: set() for kind in KINDS}
    for participant in participants:
        for kind, wanted in _PREDICTED_KIND.items():
            if participant.kind is wanted:
                spans = (raw_span(m.start, m.end) for m in participant.mentions)
                predicted[kind].update(span for span in spans if span is not None)
    # Roles are read in the item's languages, each block in its own, as the extraction stage
    # reads them (a Ukrainian paragraph of a Russian item in Ukrainian).
    roles: list[tuple[int, int] | None] = []
    with reading_item(item):
        for block in block_spans(item):
            with reading_at(block.start):
                if block.kind == "caption":
                    # A caption's role is read as the caption reader reads it: in restored case.
                    caption = text[block.start : block.end]
                    cores = [
                        (block.start + r.core_start, block.start + r.core_end)
                        for r in caption_roles(caption, evidence=text)
                        if r.position
                    ]
                else:
                    found = find_roles(text, block.start, block.end)
                    cores = [(r.core_start, r.core_end) for r in found if r.position]
            roles.extend(raw_span(start, end) for start, end in cores)
    predicted["JOB"].update(span for span in roles if span is not None)
    return Scored(
        {kind: (predicted[kind], gold_spans(gold, kind, first, last)) for kind in KINDS},
        failures,
    )


def gold_spans(gold: dict[str, object], kind: str, first: int, last: int) -> Spans:
    """Return the gold spans of ``kind`` inside the annotated span ``first:last``."""
    entities = gold["entities"]
    if not isinstance(entities, list):
        msg = "gold 'entities' must be a list"
        raise TypeError(msg)
    return {
        (e["start"], e["end"])
        for e in entities
        if e["type"] == kind and first <= e["start"] and e["end"] <= last
    }


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
    return _figures(right, predicted, found, gold)


def _figures(right: int, predicted: int, found: int, gold: int) -> tuple[float, float, float]:
    """Return precision (``right`` of ``predicted``), recall (``found`` of ``gold``) and F1."""
    precision = right / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _names(item: NewsItem, kind: ParticipantKind) -> set[str]:
    """Return the names of the participants of ``kind`` in ``item``."""
    return {p.name for p in item.participants if p.kind is kind}


def score_participants(directory: Path) -> int:
    """Print P/R/F1 of participant names (and person roles) against ``<case>.json`` files."""
    fields = ("persons", "roles", "organizations", "groups")
    right = dict.fromkeys(fields, 0)
    predicted = dict.fromkeys(fields, 0)
    gold_total = dict.fromkeys(fields, 0)
    cases = sorted(directory.glob("*.txt"))
    for path in cases:
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        item = uanews.parse_file(path)

        people = {(p.name, p.role) for p in item.participants if p.kind is ParticipantKind.PERSON}
        mine = {
            "persons": {name for name, _ in people},
            "roles": {pair for pair in people if pair[1] is not None},
            "organizations": _names(item, ParticipantKind.ORGANIZATION),
            "groups": _names(item, ParticipantKind.GROUP),
        }
        truth = {
            "persons": {name for name, _ in gold["persons"]},
            "roles": {(name, role) for name, role in gold["persons"] if role is not None},
            "organizations": set(gold["organizations"]),
            "groups": set(gold["groups"]),
        }
        for field in fields:
            right[field] += len(mine[field] & truth[field])  # type: ignore[operator]
            predicted[field] += len(mine[field])
            gold_total[field] += len(truth[field])
    print(f"cases: {len(cases)}")
    print(f"{'field':<15}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}")
    for field in fields:
        precision, recall, f1 = _figures(
            right[field], predicted[field], right[field], gold_total[field]
        )
        print(
            f"{field:<15}{precision:>7.3f}{recall:>7.3f}{f1:>7.3f}"
            f"{predicted[field]:>7}{gold_total[field]:>7}"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Score the corpus named on the command line; print a table; return the exit status."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", type=Path, help="directory with raw/ and gold/")
    parser.add_argument("--lines", action="store_true", help="one paragraph per line, no parser")
    parser.add_argument(
        "--participants",
        action="store_true",
        help="CORPUS_DIR holds <case>.txt with <case>.json participant lists (held-out texts)",
    )
    parser.add_argument("--complete-only", action="store_true", help="skip gold_complete=false")
    parser.add_argument(
        "--errors",
        nargs="*",
        choices=KINDS,
        metavar="KIND",
        help="print misses and false alarms (of the KINDs given; default PERS)",
    )
    parser.add_argument("--classes", action="store_true", help="print error counts per class")
    args = parser.parse_args(argv)
    if args.participants:
        return score_participants(args.corpus)
    shown = set(args.errors or ["PERS"]) if args.errors is not None else set()
    results = {kind: Counts([], []) for kind in KINDS}
    gold_files = sorted((args.corpus / "gold").glob("*.json"))
    if not gold_files:
        parser.error(f"no gold/*.json under {args.corpus}")
    unaligned = 0
    classes: dict[str, int] = {}
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if args.complete_only and not gold.get("gold_complete", True):
            continue
        raw_path = args.corpus / "raw" / f"{gold_path.stem}.txt"
        with raw_path.open(encoding="utf-8", newline="") as handle:
            raw = handle.read()
        scored = score_item(raw, gold, lines=args.lines)
        if scored.failures:
            unaligned += 1
            for failure in scored.failures:
                print(f"{gold_path.stem} ALIGN {failure}", file=sys.stderr)
        for kind, (pred, true) in scored.spans.items():
            results[kind].predicted.append(pred)
            results[kind].gold.append(true)
            errors = classify(kind, raw, pred, true, _other_spans(gold, kind))
            _count_classes(errors, classes)
            if kind in shown:
                _print_errors(gold_path.stem, errors, raw)
    mode = "lines" if args.lines else "pipeline"
    print(
        f"items: {len(results['PERS'].gold)} ({mode}); items with alignment failures: {unaligned}"
    )
    _print_table(results)
    if args.classes:
        _print_classes(classes)
    return 0


def _other_spans(gold: dict[str, object], kind: str) -> Spans:
    """Return the gold spans of every entity type but ``kind`` inside the annotated span."""
    first, last = gold["annotated_span"]  # type: ignore[misc]
    entities = gold["entities"]
    if not isinstance(entities, list):
        msg = "gold 'entities' must be a list"
        raise TypeError(msg)
    return {
        (e["start"], e["end"])
        for e in entities
        if e["type"] != kind and first <= e["start"] and e["end"] <= last
    }


def _count_classes(errors: list[tuple[str, str, Span]], classes: dict[str, int]) -> None:
    """Add each error of ``errors`` to its class count (boundary FPs are counted at their FN)."""
    for _, label, _ in errors:
        if "(counted" not in label:
            classes[label] = classes.get(label, 0) + 1


_INITIALS = re.compile(r"(?:^|\s)[^\W\d_]\.")
_COORDINATED = re.compile(r"\s(?:і|й|та)\s")
_LATIN = re.compile(r"[A-Za-z]")


def _organization_shape(words: str) -> str:
    """Return the shape of an organisation's words: quoted, numbered, latin, acronym, phrase."""
    letters = [char for char in words if char.isalpha()]
    latin = bool(letters) and sum(bool(_LATIN.match(c)) for c in letters) * 2 > len(letters)
    shapes = (
        ("quoted", "«" in words or "»" in words or '"' in words),
        ("numbered", "№" in words),
        ("latin", latin),
        ("acronym", " " not in words and sum(char.isupper() for char in words) > 1),
    )
    return next((shape for shape, fits in shapes if fits), "phrase")


def _shape(kind: str, words: str) -> str:
    """Return the shape of an entity's words, the second half of its error class."""
    if kind == "ORG":
        return _organization_shape(words)
    if kind == "PERS":
        shapes = (
            ("initials", bool(_INITIALS.search(words))),
            ("coordinated", bool(_COORDINATED.search(words))),
            ("multiword", " " in words.strip()),
        )
        return next((shape for shape, fits in shapes if fits), "one-word")
    return "complement" if " " in words.strip() else "bare"


def classify(
    kind: str, raw: str, pred: Spans, true: Spans, others: Spans
) -> list[tuple[str, str, Span]]:
    """Return (verdict, class, span) for each error of one entity type in one item.

    ``others`` are the gold spans of the other entity types. A boundary error is one class per
    gold entity (its FN), the predictions overlapping it listed as FP of the same class.
    """
    errors: list[tuple[str, str, Span]] = []
    for span in sorted(true - pred):
        verdict = "boundary" if _overlaps(span, pred) else "missed"
        errors.append(("FN", f"{kind} {verdict} {_shape(kind, raw[span[0] : span[1]])}", span))
    for span in sorted(pred - true):
        words = raw[span[0] : span[1]]
        if _overlaps(span, true):
            gold = next(g for g in sorted(true) if _overlaps(span, {g}))
            shape = _shape(kind, raw[gold[0] : gold[1]])
            errors.append(("FP", f"{kind} boundary {shape} (counted at its FN)", span))
        elif _overlaps(span, others):
            errors.append(("FP", f"{kind} type {_shape(kind, words)}", span))
        else:
            errors.append(("FP", f"{kind} spurious {_shape(kind, words)}", span))
    return errors


def _print_errors(name: str, errors: list[tuple[str, str, Span]], raw: str) -> None:
    """Print the false alarms and misses of one entity type in one item, with their class."""
    for verdict, label, (start, end) in errors:
        print(f"{name} {verdict} {raw[start:end]!r} [{label}]")


def _print_classes(classes: dict[str, int]) -> None:
    """Print the number of errors per class, classes sorted by entity type and count."""
    print(f"{'error class':<40}{'count':>7}")
    for label, count in sorted(classes.items(), key=lambda pair: (pair[0].split()[0], -pair[1])):
        print(f"{label:<40}{count:>7}")


def _print_table(results: dict[str, Counts]) -> None:
    """Print precision, recall and F1 per entity type, exact and overlap."""
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


if __name__ == "__main__":
    raise SystemExit(main())
