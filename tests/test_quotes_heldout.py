"""Original held-out news texts: the real pipeline finds exactly the annotated quotes and speakers.

Each ``tests/data/quotes_heldout/raw/<case>.txt`` (written for this test, not taken from any
corpus) has ``<case>.json`` beside it: the quotes in text order, each with its kind, its parts
as written and the speaker's name as a participant name or mention (null for nobody).
"""

import json
from pathlib import Path

import pytest

import uanews

HELDOUT = Path(__file__).parent / "data" / "quotes_heldout" / "raw"
# Cases the extractor is known to get wrong, with the reason (strict xfail: a fix shows up).
KNOWN_MISSES: dict[str, str] = {}


def expected(case):
    return [
        (quote["kind"], tuple(quote["parts"]), quote["speaker"])
        for quote in json.loads((HELDOUT / f"{case}.json").read_text(encoding="utf-8"))
    ]


def found(item):
    result = []
    for quote in item.quotes:
        parts = tuple(item.text[part.start : part.end] for part in quote.parts)
        speaker = None
        if quote.speaker is not None:
            participant = item.participant(quote.speaker)
            names = {participant.name, *(mention.text for mention in participant.mentions)}
            speaker = sorted(names)
        result.append((quote.kind.value, parts, speaker))
    return result


def same(got, want):
    if len(got) != len(want):
        return False
    for (kind, parts, names), (want_kind, want_parts, want_speaker) in zip(got, want, strict=True):
        if (kind, parts) != (want_kind, want_parts):
            return False
        if (names is None) != (want_speaker is None):
            return False
        if names is not None and want_speaker not in names:
            return False
    return True


CASES = sorted(path.stem for path in HELDOUT.glob("*.txt"))


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[case]))
        if case in KNOWN_MISSES
        else case
        for case in CASES
    ],
)
def test_heldout_quotes_and_speakers(case):
    item = uanews.parse((HELDOUT / f"{case}.txt").read_text(encoding="utf-8"))
    got = found(item)
    assert same(got, expected(case)), got


def test_every_heldout_text_has_its_annotation():
    assert len(CASES) >= 10
    assert all((HELDOUT / f"{case}.json").exists() for case in CASES)
