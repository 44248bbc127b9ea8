"""Score event extraction against hand annotations: event P/R/F1 and field accuracy.

Usage::

    .venv/bin/python scripts/score_events.py CORPUS_DIR [--errors]

``CORPUS_DIR`` holds ``raw/<item>.txt`` and, beside it, ``annotations/events/<item>.json``: a
JSON list of the item's events (an empty list when it has none), each with ``kind``,
``evidence`` (one sentence copied from the raw text), ``also`` (other sentences reporting the
same event), ``date`` (PartialDate ISO or null), ``mode``, ``place``, ``places``,
``participants`` (names), ``killed`` and ``injured``, as
``annotation-guidelines.md`` defines them. Only items with an annotation file are scored; an
item annotated with no events counts all its predictions as false.

Each raw file goes through the real pipeline, ``uanews.parse``, and `uanews.align.source_map`
maps every predicted evidence span of ``item.text`` to a raw-text span. A predicted event
matches a gold one (one-to-one, in text order) when the kinds agree and the predicted evidence
overlaps the gold evidence or one of its ``also`` sentences. On matched events the script
reports how often:

- ``participants``: every gold participant is found among the predicted ones (a predicted
  participant is a gold name when the name is one of its mentions, or when every word of the
  gold name matches a word of its name or mentions, up to an inflected ending);
- ``date``, ``mode``, ``place``: the value agrees exactly (``place`` in the nominative);
- ``places``: the sets of places agree (an annotation without ``places`` means ``[place]``,
  or none when ``place`` is null);
- ``killed``, ``injured``: the numbers agree (a missing key is null).

Recall is also given per kind, so that attacks and emergencies (``attack``, ``incident``) can
be read apart from the rest.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from uanews import parse
from uanews.align import source_map
from uanews.model import Event, NewsItem

_FIELDS = ("participants", "date", "mode", "place", "places", "killed", "injured")
_WORD = re.compile(r"[\w'’ʼ\-]+")
_STEM_SLACK = 3
"""Letters an inflected ending may differ by (``залізниця`` / ``залізниці``)."""
_MIN_STEM = 4
"""Shortest common stem that counts as the same word."""


def _gold_spans(raw: str, gold: dict[str, Any], name: str) -> list[tuple[int, int]]:
    """Return the raw spans of a gold event's evidence and ``also`` sentences."""
    spans = []
    for sentence in [gold["evidence"], *gold.get("also", [])]:
        start = raw.find(sentence)
        if start < 0:
            message = f"{name}: annotated sentence not in the raw text: {sentence[:60]!r}"
            raise SystemExit(message)
        spans.append((start, start + len(sentence)))
    return spans


def _words(text: str) -> list[str]:
    """Return the lower-case words of ``text``."""
    return [word.replace("’", "'").replace("ʼ", "'") for word in _WORD.findall(text.lower())]


def _same_word(gold: str, word: str) -> bool:
    """Return whether ``word`` is ``gold`` or an inflected form of it."""
    if gold == word:
        return True
    common = 0
    for a, b in zip(gold, word, strict=False):
        if a != b:
            break
        common += 1
    shorter = min(len(gold), len(word))
    return common >= _MIN_STEM and common >= shorter - _STEM_SLACK + 1


def _name_matches(gold_name: str, texts: list[str]) -> bool:
    """Return whether ``gold_name`` names the participant whose name and mentions are ``texts``."""
    if gold_name in texts:
        return True
    known = [word for text in texts for word in _words(text)]
    wanted = _words(gold_name)
    return bool(wanted) and all(any(_same_word(g, w) for w in known) for g in wanted)


def _gold_places(gold: dict[str, Any]) -> set[str]:
    """Return the gold places of an event (``places``, else ``[place]``)."""
    if "places" in gold and gold["places"] is not None:
        return set(gold["places"])
    return set() if gold.get("place") is None else {gold["place"]}


def _predicted_places(event: Event) -> set[str]:
    """Return the predicted places of ``event`` (``places`` when the model has it)."""
    places: tuple[str, ...] = getattr(event, "places", ())
    if places:
        return set(places)
    return set() if event.place is None else {event.place}


def _fields(item: NewsItem, event: Event, gold: dict[str, Any]) -> dict[str, bool]:
    """Return which fields of a matched ``event`` agree with the annotation."""
    people = [
        [participant.name, *(mention.text for mention in participant.mentions)]
        for participant in map(item.participant, event.participants)
    ]
    gold_names: list[str] = gold.get("participants", [])
    return {
        "participants": all(any(_name_matches(g, texts) for texts in people) for g in gold_names),
        "date": (None if event.date is None else event.date.isoformat()) == gold.get("date"),
        "mode": (None if event.mode is None else event.mode.value) == gold.get("mode"),
        "place": event.place == gold.get("place"),
        "places": _predicted_places(event) == _gold_places(gold),
        "killed": getattr(event, "killed", None) == gold.get("killed"),
        "injured": getattr(event, "injured", None) == gold.get("injured"),
    }


def _describe(item: NewsItem, event: Event) -> str:
    """Return a one-line description of a predicted event for error listings."""
    evidence = (
        "" if event.evidence is None else item.text[event.evidence.start : event.evidence.end]
    )
    names = [item.participant(participant_id).name for participant_id in event.participants]
    date = None if event.date is None else event.date.isoformat()
    places = sorted(_predicted_places(event))
    killed = getattr(event, "killed", None)
    injured = getattr(event, "injured", None)
    return (
        f"{event.kind.value} date={date} places={places} killed={killed} injured={injured} "
        f"{names} | {evidence[:140]}"
    )


def _describe_gold(gold: dict[str, Any]) -> str:
    """Return a one-line description of a gold event for error listings."""
    return (
        f"{gold['kind']} date={gold.get('date')} places={sorted(_gold_places(gold))} "
        f"killed={gold.get('killed')} injured={gold.get('injured')} "
        f"{gold.get('participants', [])} | {gold['evidence'][:140]}"
    )


def _match(
    spans: list[list[tuple[int, int]]],
    kinds: list[str],
    event: Event,
    span: tuple[int, int] | None,
    candidates: list[int],
) -> int | None:
    """Return the position in ``candidates`` of the gold event ``event`` matches, or None."""
    if span is None:
        return None
    for position, index in enumerate(candidates):
        if kinds[index] == event.kind.value and any(
            start < span[1] and span[0] < end for start, end in spans[index]
        ):
            return position
    return None


class _Tally:
    """Running counts over the scored items."""

    def __init__(self) -> None:
        """Start every count at zero."""
        self.counts = dict.fromkeys(("items", "gold", "pred", "matched", "unaligned"), 0)
        self.agree = dict.fromkeys(_FIELDS, 0)
        self.gold_kinds: Counter[str] = Counter()
        self.found_kinds: Counter[str] = Counter()


def _score_item(raw_path: Path, annotation: Path, tally: _Tally, *, errors: bool) -> None:
    """Add one item's predictions, set against its annotation, to ``tally``."""
    name = annotation.stem
    gold_events: list[dict[str, Any]] = json.loads(annotation.read_text(encoding="utf-8"))
    raw = raw_path.read_text(encoding="utf-8")
    item = parse(raw, source=raw_path.name)
    where = source_map(item, raw)
    spans = [_gold_spans(raw, gold, name) for gold in gold_events]
    kinds = [gold["kind"] for gold in gold_events]
    tally.counts["items"] += 1
    tally.counts["gold"] += len(gold_events)
    tally.counts["pred"] += len(item.events)
    tally.gold_kinds.update(kinds)
    unmatched = list(range(len(gold_events)))
    for event in item.events:
        span = None
        if event.evidence is not None:
            span = where.span(event.evidence.start, event.evidence.end)
        tally.counts["unaligned"] += span is None
        position = _match(spans, kinds, event, span, unmatched)
        if position is None:
            if errors:
                print(f"FALSE  {name}: {_describe(item, event)}")
            continue
        gold = gold_events[unmatched.pop(position)]
        tally.counts["matched"] += 1
        tally.found_kinds[gold["kind"]] += 1
        for key, ok in _fields(item, event, gold).items():
            tally.agree[key] += ok
            if errors and not ok:
                print(f"WRONG  {key} {name}: {_describe(item, event)}")
                print(f"  gold {_describe_gold(gold)}")
    for index in unmatched if errors else []:
        print(f"MISS   {name}: {_describe_gold(gold_events[index])}")


def score(corpus: Path, *, errors: bool = False) -> dict[str, Any]:
    """Return event counts, P/R/F1, field accuracies and recall per kind over ``corpus``."""
    annotations = corpus / "annotations" / "events"
    if not annotations.is_dir():
        message = f"no event annotations: {annotations} is not a directory"
        raise SystemExit(message)
    tally = _Tally()
    for path in sorted(annotations.glob("*.json")):
        raw_path = corpus / "raw" / f"{path.stem}.txt"
        if not raw_path.is_file():
            message = f"{path.name}: no raw text {raw_path}"
            raise SystemExit(message)
        _score_item(raw_path, path, tally, errors=errors)
    counts = tally.counts
    precision = counts["matched"] / counts["pred"] if counts["pred"] else 1.0
    recall = counts["matched"] / counts["gold"] if counts["gold"] else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    figures: dict[str, Any] = {**counts, "precision": precision, "recall": recall, "f1": f1}
    for key in _FIELDS:
        figures[key] = tally.agree[key] / counts["matched"] if counts["matched"] else 0.0
    figures["kinds"] = {
        kind: (tally.found_kinds[kind], tally.gold_kinds[kind])
        for kind in sorted({*tally.gold_kinds, "attack", "incident"})
    }
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    """Run the scorer from the command line; return the exit status."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "corpus", type=Path, help="directory with raw/*.txt and annotations/events/*.json"
    )
    parser.add_argument(
        "--errors", action="store_true", help="print misses, false events and wrong fields"
    )
    args = parser.parse_args(argv)
    figures = score(args.corpus, errors=args.errors)
    print(
        f"items {figures['items']}  gold {figures['gold']}  predicted {figures['pred']}  "
        f"matched {figures['matched']}  unaligned predictions {figures['unaligned']}"
    )
    print(f"event P {figures['precision']:.3f}  R {figures['recall']:.3f}  F1 {figures['f1']:.3f}")
    print("on matched events: " + "  ".join(f"{key} {figures[key]:.3f}" for key in _FIELDS))
    recalls = [
        f"{kind} {found}/{total} " + (f"{found / total:.3f}" if total else "-")
        for kind, (found, total) in figures["kinds"].items()
    ]
    print("recall per kind: " + "  ".join(recalls))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
