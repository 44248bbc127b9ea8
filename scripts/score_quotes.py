"""Score quote extraction against hand annotations: quote P/R/F1 and speaker accuracy.

Usage::

    .venv/bin/python scripts/score_quotes.py CORPUS_DIR ANNOTATIONS.json \
        [--participants pipeline|gold] [--errors]

``CORPUS_DIR`` holds ``raw/*.txt`` (and ``gold/*.json`` with NER entities for
``--participants gold``). Each raw file goes through the real pipeline, ``uanews.parse``, and
`uanews.align.source_map` maps ``item.text`` back to the raw text (each block by its visible
characters), so quote parts are compared in raw-text offsets (a block that cannot be aligned is
reported as ``ALIGN``). ``pipeline`` scores the item as parsed; ``gold`` replaces
its participants with the NER persons and organisations and runs ``extract_quotes`` again, to
measure speaker resolution apart from participant extraction.

A predicted quote matches a gold quote when their text overlaps by at least half of the longer
one (one-to-one, greedy); ``exact`` counts identical sets of visible (non-space) characters.
Speaker accuracy is over matched quotes: both unknown, or the predicted participant is the gold
speaker.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from uanews import parse
from uanews.align import SourceMap, source_map
from uanews.model import Mention, NewsItem, Participant, ParticipantKind
from uanews.parser.quotes import extract_quotes
from uanews.parser.quotes.text import WORD, same_stem

_HALF = 0.5


def _folded(word: str) -> str:
    """Return ``word`` in lower case with ’ and ʼ written as ``'``."""
    return word.lower().replace("’", "'").replace("ʼ", "'")


def _stem(word: str) -> str:
    """Return a crude case-insensitive stem of a name word (enough to match inflections)."""
    word = _folded(word)
    return word[: max(4, len(word) - 2)]


def gold_participants(item: NewsItem, where: SourceMap, gold: dict[str, Any]) -> NewsItem:
    """Return ``item`` with participants built from the NER gold persons and organisations.

    Paragraph speakers found by the library are dropped: their ids name its participants.
    """
    text = item.text
    groups: dict[str, list[Mention]] = {}
    kinds: dict[str, ParticipantKind] = {}
    jobs = [e for e in gold["entities"] if e["type"] == "JOB"]
    roles: dict[str, str] = {}
    for entity in gold["entities"]:
        if entity["type"] not in {"PERS", "ORG"}:
            continue
        span = where.text_span(entity["start"], entity["end"])
        if span is None or text[span[0] : span[1]] != entity["text"]:
            continue
        start, end = span
        words = WORD.findall(entity["text"])
        if not words:
            continue
        key = (
            entity["type"]
            + ":"
            + (_stem(words[-1]) if entity["type"] == "PERS" else _stem(entity["text"]))
        )
        groups.setdefault(key, []).append(Mention(entity["text"], start, end))
        kinds[key] = (
            ParticipantKind.PERSON if entity["type"] == "PERS" else ParticipantKind.ORGANIZATION
        )
        for job in jobs:
            if 0 <= entity["start"] - job["end"] <= 60:
                roles.setdefault(key, job["text"])
    participants = tuple(
        Participant(
            id=f"p{index}",
            kind=kinds[key],
            name=mentions[0].text,
            role=roles.get(key),
            mentions=tuple(mentions),
        )
        for index, (key, mentions) in enumerate(groups.items())
    )
    paragraphs = tuple(attrs.evolve(paragraph, speaker=None) for paragraph in item.paragraphs)
    return attrs.evolve(
        item, paragraphs=paragraphs, participants=participants, quotes=(), events=()
    )


def _read_raw(corpus: Path, name: str) -> str:
    """Return the raw text of item ``name`` as stored (no newline translation)."""
    with (corpus / "raw" / f"{name}.txt").open(encoding="utf-8", newline="") as handle:
        return handle.read()


def load_annotations(corpus: Path, annotations: Path) -> dict[str, list[dict[str, Any]]]:
    """Return the gold quotes of every item, parts as raw offsets.

    ``annotations`` is one JSON file (``{"items": {name: [quote, ...]}}``, parts as offset
    pairs) or a directory of ``<name>.json`` files beside the texts, each a list of quotes whose
    parts are written out as text and found in the raw text in order.
    """
    if annotations.is_file():
        items: dict[str, list[dict[str, Any]]] = json.loads(
            annotations.read_text(encoding="utf-8")
        )["items"]
        return items
    items = {}
    for path in sorted(annotations.glob("*.json")):
        raw = _read_raw(corpus, path.stem)
        quotes = json.loads(path.read_text(encoding="utf-8"))
        cursor = 0
        for quote in quotes:
            offsets = []
            for part in quote["parts"]:
                start = raw.index(part, cursor)
                offsets.append([start, start + len(part)])
                cursor = start + len(part)
            quote["parts"] = offsets
            quote["text"] = " ".join(raw[start:end] for start, end in offsets)
        items[path.stem] = quotes
    return items


def _chars(raw: str, parts: Sequence[Sequence[int]]) -> set[int]:
    """Return the raw offsets of the visible characters covered by ``parts``.

    Whitespace is left out: the parser joins a quote broken over lines with a space where the
    raw text has a line break, and that is not a difference in what was quoted.
    """
    return {i for start, end in parts for i in range(start, end) if not raw[i].isspace()}


def _same_speaker(gold_name: str | None, participant: Participant | None) -> bool:
    """Return True if ``participant`` is the speaker named ``gold_name`` (both None counts)."""
    if gold_name is None or participant is None:
        return gold_name is None and participant is None
    gold_words = WORD.findall(gold_name)
    if not gold_words:
        return False
    target = gold_words[-1]
    names = [participant.name, *(mention.text for mention in participant.mentions)]
    target = _folded(target)
    return any(same_stem(_folded(word), target) for name in names for word in WORD.findall(name))


def _prf(right: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Return precision, recall and F1 of ``right`` matches among ``predicted`` and ``gold``."""
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(  # noqa: C901, PLR0912 - one reporting loop, kept whole to read as a recipe
    corpus: Path, annotations: Path, *, mode: str, errors: bool
) -> dict[str, float]:
    """Return the figures (and print errors if asked) for every annotated item."""
    gold_items = load_annotations(corpus, annotations)
    counts = {"gold": 0, "pred": 0, "matched": 0, "exact": 0, "speaker_ok": 0, "unaligned": 0}
    for name, gold_quotes in sorted(gold_items.items()):
        raw = _read_raw(corpus, name)
        gold_path = corpus / "gold" / f"{name}.json"
        ner = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else None
        item = parse(raw, source=name)
        where = source_map(item, raw)
        for block in where.unaligned:
            found = item.text[block.start : block.end][:60]
            print(f"ALIGN {name}: block not found in the raw text: {found!r}")
        counts["unaligned"] += int(bool(where.unaligned))
        if mode == "gold" and ner is not None:
            item = gold_participants(item, where, ner)
            item = attrs.evolve(item, quotes=extract_quotes(item))
        quotes = item.quotes
        predicted = []
        for quote in quotes:
            parts = [
                span
                for part in quote.parts
                if (span := where.span(part.start, part.end)) is not None
            ]
            speaker = None if quote.speaker is None else item.participant(quote.speaker)
            predicted.append((quote, _chars(raw, parts), speaker))
        counts["gold"] += len(gold_quotes)
        counts["pred"] += len(predicted)
        used: set[int] = set()
        for gold_quote in gold_quotes:
            gold_chars = _chars(raw, gold_quote["parts"])
            best, best_overlap = None, 0.0
            for index, (_quote, chars, _speaker) in enumerate(predicted):
                if index in used or not chars:
                    continue
                overlap = len(gold_chars & chars) / max(len(gold_chars), len(chars))
                if overlap >= _HALF and overlap > best_overlap:
                    best, best_overlap = index, overlap
            if best is None:
                if errors:
                    print(f"MISS {name} {gold_quote['kind']}: {gold_quote['text'][:90]!r}")
                continue
            used.add(best)
            counts["matched"] += 1
            quote, chars, speaker = predicted[best]
            counts["exact"] += int(chars == gold_chars)
            if _same_speaker(gold_quote["speaker"], speaker):
                counts["speaker_ok"] += 1
            elif errors:
                said = None if speaker is None else speaker.name
                print(
                    f"SPKR {name}: gold {gold_quote['speaker']!r} got {said!r}: {quote.text[:60]!r}"
                )
        if errors:
            for index, (quote, _unused, _speaker) in enumerate(predicted):
                if index not in used:
                    print(f"FALSE {name} {quote.kind.value} cue={quote.cue!r}: {quote.text[:90]!r}")
    precision, recall, f1 = _prf(counts["matched"], counts["pred"], counts["gold"])
    exact_f1 = _prf(counts["exact"], counts["pred"], counts["gold"])[2]
    speaker = counts["speaker_ok"] / counts["matched"] if counts["matched"] else 0.0
    return {
        **{key: float(value) for key, value in counts.items()},
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "exact_f1": exact_f1,
        "speaker_accuracy": speaker,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the scorer from the command line; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="directory with raw/*.txt (and gold/*.json)")
    parser.add_argument(
        "annotations", type=Path, help="quote annotations: a JSON file or a directory of them"
    )
    parser.add_argument("--participants", choices=("pipeline", "gold"), default="pipeline")
    parser.add_argument("--errors", action="store_true", help="print misses and false quotes")
    args = parser.parse_args(argv)
    figures = score(args.corpus, args.annotations, mode=args.participants, errors=args.errors)
    print(
        f"gold {figures['gold']:.0f}  predicted {figures['pred']:.0f}  "
        f"matched {figures['matched']:.0f}  exact {figures['exact']:.0f}"
    )
    print(
        f"quote P {figures['precision']:.3f}  R {figures['recall']:.3f}  "
        f"F1 {figures['f1']:.3f}  (exact F1 {figures['exact_f1']:.3f})"
    )
    print(f"speaker accuracy {figures['speaker_accuracy']:.3f} on matched quotes")
    print(f"items not aligned to their raw text: {figures['unaligned']:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
