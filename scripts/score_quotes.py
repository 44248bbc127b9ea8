"""Score quote extraction against hand annotations: quote P/R/F1 and speaker accuracy.

Usage::

    .venv/bin/python scripts/score_quotes.py CORPUS_DIR ANNOTATIONS.json \
        [--participants pipeline|gold] [--errors]

``CORPUS_DIR`` holds ``raw/*.txt`` (and ``gold/*.json`` with NER entities for
``--participants gold``). Each raw file becomes a structure-only item, one paragraph per
non-empty line (the headline first when the NER gold says there is one), so every offset maps
back to the raw text exactly. ``pipeline`` fills participants with
``uanews.parser.participants.extract_participants``; ``gold`` builds them from the NER persons
and organisations, to measure speaker resolution apart from participant extraction.

A predicted quote matches a gold quote when their text overlaps by at least half of the longer
one (one-to-one, greedy); ``exact`` counts identical character sets. Speaker accuracy is over
matched quotes: both unknown, or the predicted participant is the gold speaker.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from uanews.model import Mention, NewsItem, Paragraph, Participant, ParticipantKind
from uanews.parser.participants import extract_participants
from uanews.parser.quotes import extract_quotes

_WORD = re.compile(r"[^\W\d_]+(?:[-'ʼ’][^\W\d_]+)*")
_HALF = 0.5


def _lines(raw: str) -> list[tuple[int, str]]:
    """Return the non-empty lines of ``raw`` (stripped) with their raw offsets."""
    found = []
    offset = 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            found.append((offset + line.index(stripped), stripped))
        offset += len(line) + 1
    return found


def build_item(raw: str, *, headline: bool) -> tuple[NewsItem, list[int | None]]:
    """Return a structure-only item for ``raw`` and the raw offset of every item-text offset."""
    lines = _lines(raw)
    head = lines.pop(0) if headline and lines else None
    item = NewsItem(
        headline=None if head is None else head[1],
        paragraphs=tuple(Paragraph(text) for _offset, text in lines),
    )
    mapping: list[int | None] = [None] * (len(item.text) + 1)
    blocks = ([head] if head is not None else []) + lines
    position = 0
    for raw_offset, text in blocks:
        for index in range(len(text)):
            mapping[position + index] = raw_offset + index
        mapping[position + len(text)] = raw_offset + len(text)
        position += len(text) + 2
    return item, mapping


def _stem(word: str) -> str:
    """Return a crude case-insensitive stem of a name word (enough to match inflections)."""
    word = word.lower().replace("’", "'").replace("ʼ", "'")
    return word[: max(4, len(word) - 2)]


def gold_participants(
    item: NewsItem, mapping: Sequence[int | None], gold: dict[str, Any]
) -> NewsItem:
    """Return ``item`` with participants built from the NER gold persons and organisations."""
    inverse = {raw: index for index, raw in enumerate(mapping) if raw is not None}
    text = item.text
    groups: dict[str, list[Mention]] = {}
    kinds: dict[str, ParticipantKind] = {}
    jobs = [e for e in gold["entities"] if e["type"] == "JOB"]
    roles: dict[str, str] = {}
    for entity in gold["entities"]:
        if entity["type"] not in {"PERS", "ORG"}:
            continue
        start, end = inverse.get(entity["start"]), inverse.get(entity["end"])
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
    return attrs.evolve(item, participants=participants)


def pipeline_participants(item: NewsItem) -> NewsItem:
    """Return ``item`` with participants and paragraph speakers from the library."""
    participants, speakers = extract_participants(item)
    paragraphs = tuple(
        attrs.evolve(paragraph, speaker=speaker)
        for paragraph, speaker in zip(item.paragraphs, speakers, strict=True)
    )
    return attrs.evolve(item, paragraphs=paragraphs, participants=participants)


def _chars(parts: Sequence[Sequence[int]]) -> set[int]:
    """Return the set of raw offsets covered by ``parts``."""
    return {index for start, end in parts for index in range(start, end)}


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
    doc = json.loads(annotations.read_text(encoding="utf-8"))
    counts = {"gold": 0, "pred": 0, "matched": 0, "exact": 0, "speaker_ok": 0}
    for name, gold_quotes in sorted(doc["items"].items()):
        with (corpus / "raw" / f"{name}.txt").open(encoding="utf-8", newline="") as handle:
            raw = handle.read()
        gold_path = corpus / "gold" / f"{name}.json"
        ner = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else None
        headline = bool(ner is None or ner.get("headline_present", True))
        item, mapping = build_item(raw, headline=headline)
        if mode == "gold" and ner is not None:
            item = gold_participants(item, mapping, ner)
        else:
            item = pipeline_participants(item)
        quotes = extract_quotes(item)
        NewsItem(**{**attrs.asdict(item, recurse=False), "quotes": quotes})  # validates
        predicted = []
        for quote in quotes:
            parts = [
                (mapping[part.start], mapping[part.end])
                for part in quote.parts
                if mapping[part.start] is not None and mapping[part.end] is not None
            ]
            speaker = None if quote.speaker is None else item.participant(quote.speaker)
            predicted.append((quote, _chars(parts), speaker))  # type: ignore[arg-type]
        counts["gold"] += len(gold_quotes)
        counts["pred"] += len(predicted)
        used: set[int] = set()
        for gold_quote in gold_quotes:
            gold_chars = _chars(gold_quote["parts"])
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
    parser.add_argument("annotations", type=Path, help="quote annotations (JSON)")
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
