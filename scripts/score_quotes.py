"""Score quote extraction against hand annotations: quotes, speakers, answers.

Usage::

    .venv/bin/python scripts/score_quotes.py CORPUS_DIR [--participants pipeline|gold] [--errors]

``CORPUS_DIR`` holds ``raw/<item>.txt`` and, beside it, ``annotations/quotes/<item>.json``:
for each item a JSON list of quotes written under ``annotation-guidelines.md`` (``parts`` as
exact substrings of the raw text, found with ``str.index`` each after the one before,
``speaker`` a surname or an organisation's name or null, ``kind``). An item with nothing to
mark has ``[]``; an item without an annotation file is not scored. ``gold/<item>.json`` (NER
entities) is read for ``--participants gold``, which replaces the item's participants with the
NER persons and organisations and runs ``extract_quotes`` again, to measure speaker
resolution apart from participant extraction.

Each raw file goes through the real pipeline, ``uanews.parse``; `uanews.align.source_map` maps
``item.text`` back to the raw text, so quote parts are compared in raw-text offsets (a block
that cannot be aligned is reported as ``ALIGN``). A predicted quote matches a gold quote when
their visible characters overlap by at least half of the longer one (one-to-one, greedy, gold
in text order); ``exact`` counts identical sets of visible (non-space) characters.

Figures printed:

- quote precision, recall and F1 (and F1 of exact matches);
- speaker accuracy over matched quotes: both unknown, or the predicted participant is the
  gold speaker;
- answered: the share of matched quotes with a known gold speaker that got a speaker at all;
- precision of answers: the share of matched quotes given a speaker whose speaker is right
  (a speaker named where the gold has none counts as wrong).

``--errors`` prints one line per ``MISS`` (a gold quote not found), ``FALSE`` (a predicted
quote matching no gold quote) and ``SPKR`` (a matched quote whose speaker is wrong or missing),
each with the item id and a snippet of the text.
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
from uanews.parser.extract import reading_item
from uanews.parser.quotes import extract_quotes
from uanews.parser.quotes.text import WORD, same_stem

_HALF = 0.5
_SNIPPET = 90


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


def load_annotations(corpus: Path) -> dict[str, list[dict[str, Any]]]:
    """Return the gold quotes of every annotated item of ``corpus``, parts as raw offsets.

    Reads ``corpus/annotations/quotes/<item>.json``; each quote's ``parts`` are found in the
    raw text in order and replaced by ``[start, end]`` pairs, and ``text`` joins them. Raises
    ``SystemExit`` with a clear message when the directory is missing or a part is not found.
    """
    folder = corpus / "annotations" / "quotes"
    if not folder.is_dir():
        msg = f"no quote annotations: {folder} is not a directory"
        raise SystemExit(msg)
    items: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(folder.glob("*.json")):
        raw = _read_raw(corpus, path.stem)
        quotes = json.loads(path.read_text(encoding="utf-8"))
        cursor = 0
        for number, quote in enumerate(quotes):
            offsets = []
            for part in quote["parts"]:
                try:
                    start = raw.index(part, cursor)
                except ValueError:
                    msg = f"{path}: quote {number}: part not found in order: {part[:60]!r}"
                    raise SystemExit(msg) from None
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


def same_speaker(gold_name: str | None, participant: Participant | None) -> bool:
    """Return True if ``participant`` is the speaker named ``gold_name`` (both None counts).

    A person matches on the last word of the gold name (the surname) against any word of the
    participant's name or mentions, in any case; an organisation on any capitalised or
    acronym word of the gold name the same way (``пресслужба ХОДА`` is ``ХОДА``), else on its
    head word.
    """
    if gold_name is None or participant is None:
        return gold_name is None and participant is None
    gold_words = WORD.findall(gold_name)
    if not gold_words:
        return False
    names = [participant.name, *(mention.text for mention in participant.mentions)]
    theirs = [_folded(word) for name in names for word in WORD.findall(name)]
    if participant.kind is ParticipantKind.PERSON:
        targets = [gold_words[-1]]
    else:
        targets = [word for word in gold_words if word[:1].isupper()] or gold_words[:1]
    return any(same_stem(word, _folded(target)) for word in theirs for target in targets)


def _prf(right: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Return precision, recall and F1 of ``right`` matches among ``predicted`` and ``gold``."""
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@attrs.define
class _Counts:
    """Running totals over the items."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    speaker_ok: int = 0
    known: int = 0
    known_answered: int = 0
    answers: int = 0
    answers_right: int = 0
    unaligned: int = 0


def _snippet(text: str) -> str:
    """Return ``text`` cut to a readable length, on one line."""
    return repr(" ".join(text.split())[:_SNIPPET])


def _predicted(item: NewsItem, where: SourceMap, raw: str) -> list[tuple[Any, set[int], Any]]:
    """Return each predicted quote with its visible raw characters and speaker participant."""
    found = []
    for quote in item.quotes:
        parts = [
            span for part in quote.parts if (span := where.span(part.start, part.end)) is not None
        ]
        speaker = None if quote.speaker is None else item.participant(quote.speaker)
        found.append((quote, _chars(raw, parts), speaker))
    return found


def _match(
    raw: str, gold_quotes: Sequence[dict[str, Any]], predicted: Sequence[tuple[Any, set[int], Any]]
) -> list[int | None]:
    """Return, per gold quote, the index of the predicted quote it matches (or None)."""
    used: set[int] = set()
    matches: list[int | None] = []
    for gold_quote in gold_quotes:
        gold_chars = _chars(raw, gold_quote["parts"])
        best, best_overlap = None, 0.0
        for index, (_quote, chars, _speaker) in enumerate(predicted):
            if index in used or not chars:
                continue
            overlap = len(gold_chars & chars) / max(len(gold_chars), len(chars))
            if overlap >= _HALF and overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is not None:
            used.add(best)
        matches.append(best)
    return matches


def _score_item(  # noqa: PLR0913 - the item, its gold and predictions, where to count
    name: str,
    raw: str,
    gold_quotes: list[dict[str, Any]],
    predicted: list[tuple[Any, set[int], Any]],
    counts: _Counts,
    *,
    errors: bool,
) -> None:
    """Add one item's figures to ``counts`` (and print its errors if asked)."""
    counts.gold += len(gold_quotes)
    counts.pred += len(predicted)
    matches = _match(raw, gold_quotes, predicted)
    for gold_quote, best in zip(gold_quotes, matches, strict=True):
        if best is None:
            if errors:
                print(
                    f"MISS {name} {gold_quote['kind']} speaker={gold_quote['speaker']!r}: "
                    f"{_snippet(gold_quote['text'])}"
                )
            continue
        counts.matched += 1
        quote, chars, speaker = predicted[best]
        counts.exact += int(chars == _chars(raw, gold_quote["parts"]))
        right = same_speaker(gold_quote["speaker"], speaker)
        counts.speaker_ok += int(right)
        if gold_quote["speaker"] is not None:
            counts.known += 1
            counts.known_answered += int(speaker is not None)
        if speaker is not None:
            counts.answers += 1
            counts.answers_right += int(right)
        if not right and errors:
            said = None if speaker is None else speaker.name
            print(
                f"SPKR {name} {quote.kind.value}: gold {gold_quote['speaker']!r} got {said!r} "
                f"cue={quote.cue!r}: {_snippet(quote.text)}"
            )
    if errors:
        for index, (quote, _chars_unused, speaker) in enumerate(predicted):
            if index not in matches:
                said = None if speaker is None else speaker.name
                print(
                    f"FALSE {name} {quote.kind.value} cue={quote.cue!r} speaker={said!r}: "
                    f"{_snippet(quote.text)}"
                )


def score(corpus: Path, *, mode: str = "pipeline", errors: bool = False) -> dict[str, float]:
    """Return the figures over every annotated item of ``corpus`` (printing errors if asked)."""
    counts = _Counts()
    for name, gold_quotes in sorted(load_annotations(corpus).items()):
        raw = _read_raw(corpus, name)
        item = parse(raw, source=name)
        where = source_map(item, raw)
        for block in where.unaligned:
            found = item.text[block.start : block.end][:60]
            print(f"ALIGN {name}: block not found in the raw text: {found!r}")
        counts.unaligned += int(bool(where.unaligned))
        gold_path = corpus / "gold" / f"{name}.json"
        if mode == "gold" and gold_path.exists():
            ner = json.loads(gold_path.read_text(encoding="utf-8"))
            item = gold_participants(item, where, ner)
            # Read in the item's own languages, as the pipeline does (Russian lexicons for ru).
            with reading_item(item):
                item = attrs.evolve(item, quotes=extract_quotes(item))
        _score_item(name, raw, gold_quotes, _predicted(item, where, raw), counts, errors=errors)
    precision, recall, f1 = _prf(counts.matched, counts.pred, counts.gold)
    return {
        **{key: float(value) for key, value in attrs.asdict(counts).items()},
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "exact_f1": _prf(counts.exact, counts.pred, counts.gold)[2],
        "speaker_accuracy": counts.speaker_ok / counts.matched if counts.matched else 0.0,
        "answered": counts.known_answered / counts.known if counts.known else 0.0,
        "answer_precision": counts.answers_right / counts.answers if counts.answers else 0.0,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the scorer from the command line; return the exit status."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "corpus", type=Path, help="directory with raw/*.txt and annotations/quotes/*.json"
    )
    parser.add_argument("--participants", choices=("pipeline", "gold"), default="pipeline")
    parser.add_argument(
        "--errors", action="store_true", help="print misses, false quotes and wrong speakers"
    )
    args = parser.parse_args(argv)
    figures = score(args.corpus, mode=args.participants, errors=args.errors)
    print(
        f"gold {figures['gold']:.0f}  predicted {figures['pred']:.0f}  "
        f"matched {figures['matched']:.0f}  exact {figures['exact']:.0f}"
    )
    print(
        f"quote P {figures['precision']:.3f}  R {figures['recall']:.3f}  "
        f"F1 {figures['f1']:.3f}  (exact F1 {figures['exact_f1']:.3f})"
    )
    print(f"speaker accuracy {figures['speaker_accuracy']:.3f} on matched quotes")
    print(
        f"answered {figures['answered']:.3f} of known speakers "
        f"({figures['known_answered']:.0f}/{figures['known']:.0f})  "
        f"precision of answers {figures['answer_precision']:.3f} "
        f"({figures['answers_right']:.0f}/{figures['answers']:.0f})"
    )
    print(f"items not aligned to their raw text: {figures['unaligned']:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
