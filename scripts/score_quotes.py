"""Score quote extraction against hand annotations: quote P/R/F1 and speaker accuracy.

Usage::

    .venv/bin/python scripts/score_quotes.py CORPUS_DIR ANNOTATIONS.json \
        [--participants pipeline|gold] [--errors]

``CORPUS_DIR`` holds ``raw/*.txt`` (and ``gold/*.json`` with NER entities for
``--participants gold``). Each raw file goes through the real pipeline, ``uanews.parse``; the
blocks of ``item.text`` (headline, captions, paragraphs) are aligned back to the raw text by
their visible characters, so quote parts are compared in raw-text offsets (a block that cannot
be aligned is reported as ``ALIGN``). ``pipeline`` scores the item as parsed; ``gold`` replaces
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
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from uanews import parse
from uanews.model import Mention, NewsItem, Participant, ParticipantKind
from uanews.parser.quotes import extract_quotes
from uanews.text import DROPPED

_WORD = re.compile(r"[^\W\d_]+(?:[-'ʼ’][^\W\d_]+)*")
_HALF = 0.5


def _visible(text: str) -> list[int]:
    """Return the offsets of the visible characters of ``text`` (kept by parsing, not space)."""
    return [index for index, char in enumerate(text) if not char.isspace() and char not in DROPPED]


def _blocks(item: NewsItem) -> list[tuple[int, int]]:
    """Return where the headline, each caption and each paragraph text lie in ``item.text``."""
    blocks: list[tuple[int, int]] = []
    if item.headline:
        blocks.append((0, len(item.headline)))
    for paragraph, span in zip(item.paragraphs, item.paragraph_spans(), strict=True):
        if paragraph.caption is not None:
            caption_start = span.start - len(paragraph.caption) - 1
            blocks.append((caption_start, caption_start + len(paragraph.caption)))
        blocks.append((span.start, span.end))
    return blocks


def align(item: NewsItem, raw: str) -> tuple[list[int | None], list[str]]:
    """Return the raw offset of every visible character of ``item.text``, and the blocks not found.

    The parser keeps each block's characters as written apart from whitespace (collapsed,
    hard-wrapped lines joined) and deleted invisible characters, so each block's visible
    characters are searched for, in order, among the raw text's visible characters.
    """
    text = item.text
    raw_visible = _visible(raw)
    raw_chars = "".join(raw[index] for index in raw_visible)
    mapping: list[int | None] = [None] * len(text)
    failed: list[str] = []
    cursor = 0
    for start, end in _blocks(item):
        offsets = [start + index for index in _visible(text[start:end])]
        if not offsets:
            continue
        needle = "".join(text[index] for index in offsets)
        found = raw_chars.find(needle, cursor)
        if found < 0:
            failed.append(text[start:end][:60])
            continue
        for shift, offset in enumerate(offsets):
            mapping[offset] = raw_visible[found + shift]
        cursor = found + len(needle)
    return mapping, failed


def raw_span(mapping: Sequence[int | None], start: int, end: int) -> tuple[int, int] | None:
    """Return the raw offsets of the item-text span ``[start, end)`` (by its visible ends)."""
    first = next((mapping[i] for i in range(start, end) if mapping[i] is not None), None)
    last = next((mapping[i] for i in range(end - 1, start - 1, -1) if mapping[i] is not None), None)
    if first is None or last is None:
        return None
    return first, last + 1


def _stem(word: str) -> str:
    """Return a crude case-insensitive stem of a name word (enough to match inflections)."""
    word = word.lower().replace("’", "'").replace("ʼ", "'")
    return word[: max(4, len(word) - 2)]


def gold_participants(
    item: NewsItem, mapping: Sequence[int | None], gold: dict[str, Any]
) -> NewsItem:
    """Return ``item`` with participants built from the NER gold persons and organisations.

    Paragraph speakers found by the library are dropped: their ids name its participants.
    """
    starts = {raw: index for index, raw in enumerate(mapping) if raw is not None}
    ends = {raw + 1: index + 1 for index, raw in enumerate(mapping) if raw is not None}
    text = item.text
    groups: dict[str, list[Mention]] = {}
    kinds: dict[str, ParticipantKind] = {}
    jobs = [e for e in gold["entities"] if e["type"] == "JOB"]
    roles: dict[str, str] = {}
    for entity in gold["entities"]:
        if entity["type"] not in {"PERS", "ORG"}:
            continue
        start, end = starts.get(entity["start"]), ends.get(entity["end"])
        if start is None or end is None or text[start:end] != entity["text"]:
            continue
        words = _WORD.findall(entity["text"])
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
    gold_words = _WORD.findall(gold_name)
    if not gold_words:
        return False
    target = gold_words[-1]
    names = [participant.name, *(mention.text for mention in participant.mentions)]
    return any(_same_word(word, target) for name in names for word in _WORD.findall(name))


def _same_word(first: str, second: str) -> bool:
    """Return True if two words are one word in two cases (a long enough common prefix)."""
    first, second = _stem(first + "xx"), _stem(second + "xx")
    first, second = first.rstrip("x"), second.rstrip("x")
    common = 0
    for left, right in zip(first, second, strict=False):
        if left != right:
            break
        common += 1
    return common >= max(3, min(len(first), len(second)) - 2)


def score(  # noqa: C901, PLR0912, PLR0915 - one reporting loop, kept whole to read as a recipe
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
        mapping, failed = align(item, raw)
        for block in failed:
            print(f"ALIGN {name}: block not found in the raw text: {block!r}")
        counts["unaligned"] += int(bool(failed))
        if mode == "gold" and ner is not None:
            item = gold_participants(item, mapping, ner)
            item = attrs.evolve(item, quotes=extract_quotes(item))
        quotes = item.quotes
        predicted = []
        for quote in quotes:
            parts = [
                span
                for part in quote.parts
                if (span := raw_span(mapping, part.start, part.end)) is not None
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
    precision = counts["matched"] / counts["pred"] if counts["pred"] else 0.0
    recall = counts["matched"] / counts["gold"] if counts["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    exact_p = counts["exact"] / counts["pred"] if counts["pred"] else 0.0
    exact_r = counts["exact"] / counts["gold"] if counts["gold"] else 0.0
    exact_f1 = 2 * exact_p * exact_r / (exact_p + exact_r) if exact_p + exact_r else 0.0
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
