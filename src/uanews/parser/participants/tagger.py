"""An optional trained tagger: person and organisation spans from a pipeline the user brings.

``uanews.parse(data, ner=nlp)`` runs ``nlp`` (a spaCy ``Language``, or any callable taking
the item's text) once over ``item.text`` and registers what it tags before the rules run: the
tagger decides the spans, the registry merges repeats as usual, and morphology still brings a
person's name to the nominative (``Олексія Кучера`` -> ``Олексій Кучер``). The rules then add
what the tagger missed where it tagged nothing.

A callable's result may be a spaCy ``Doc`` (its ``ents`` with ``start_char``, ``end_char`` and
``label_``) or an iterable of `TaggedSpan` (or ``(start, end, label)`` tuples). Labels are
mapped by `PERSON_LABELS` and `ORGANIZATION_LABELS`; other labels are ignored. uanews imports
no spaCy itself: the extra ``uanews[spacy]`` only installs it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from attrs import frozen

from uanews.errors import UanewsError
from uanews.model import Mention
from uanews.parser.morph import to_nominative
from uanews.parser.participants.names import (
    NameSpan,
    find_names,
    guess_nominative_surname,
    restore_case,
    tokenize,
)
from uanews.parser.participants.organizations import find_organization_phrases
from uanews.parser.participants.registry import Registry

__all__ = [
    "ORGANIZATION_LABELS",
    "PERSON_LABELS",
    "TaggedSpan",
    "Tagger",
    "add_tagged",
    "tagged_spans",
]

PERSON_LABELS: frozenset[str] = frozenset({"PER", "PERS", "PERSON"})
"""Entity labels read as a person (spaCy, NER-UK and OntoNotes spellings)."""

ORGANIZATION_LABELS: frozenset[str] = frozenset({"ORG", "ORGANIZATION", "ORGANISATION"})
"""Entity labels read as an organisation."""

Tagger = Callable[[str], Any]
"""A trained tagger: text in, a spaCy ``Doc`` or an iterable of `TaggedSpan` out."""


@frozen
class TaggedSpan:
    """One entity a tagger found: code point offsets into the text and its label."""

    start: int
    end: int
    label: str


def tagged_spans(tagger: Tagger, text: str) -> list[TaggedSpan]:
    """Return the person and organisation spans ``tagger`` finds in ``text``, in text order.

    Raises `uanews.errors.UanewsError` when the tagger returns something that is neither a
    ``Doc`` nor spans, or spans outside the text.
    """
    result = tagger(text)
    spans = sorted(_read(result), key=lambda span: (span.start, span.end))
    wanted = PERSON_LABELS | ORGANIZATION_LABELS
    for span in spans:
        if not 0 <= span.start < span.end <= len(text):
            msg = f"the tagger returned a span {span.start}-{span.end} outside the text"
            raise UanewsError(msg)
    return [span for span in spans if span.label.upper() in wanted]


def _read(result: object) -> Iterator[TaggedSpan]:
    """Yield the spans of a tagger's result (a spaCy ``Doc`` or spans)."""
    ents = getattr(result, "ents", None)
    if ents is not None:
        for ent in ents:
            yield TaggedSpan(int(ent.start_char), int(ent.end_char), str(ent.label_))
        return
    if not isinstance(result, Iterable):
        msg = f"the tagger returned {type(result).__name__}, not a Doc or spans"
        raise UanewsError(msg)
    for item in result:
        if isinstance(item, TaggedSpan):
            yield item
        elif isinstance(item, tuple) and len(item) == 3:
            start, end, label = item
            yield TaggedSpan(int(start), int(end), str(label))
        else:
            msg = f"the tagger returned {item!r}, not a span"
            raise UanewsError(msg)


def add_tagged(tagger: Tagger, registry: Registry) -> None:
    """Register the persons and organisations ``tagger`` tags in the registry's text."""
    text = registry.text
    for span in tagged_spans(tagger, text):
        start, end = _trimmed(text, span.start, span.end)
        if start >= end or registry.overlaps(start, end):
            continue
        if span.label.upper() in PERSON_LABELS:
            name = person_name(text, start, end)
            if name is not None:
                registry.add_name(name)
        else:
            registry.add_organization(
                organization_name(text, start, end), Mention(text[start:end], start, end)
            )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``start``-``end`` without surrounding spaces and punctuation (quote marks kept)."""
    while start < end and not (text[start].isalnum() or text[start] == "«"):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "».»"):
        end -= 1
    return start, end


def person_name(text: str, start: int, end: int) -> NameSpan | None:
    """Return the person named by ``text[start:end]``, in the nominative where morphology can.

    A name the rules read over exactly these words gives its nominative (``Олексія Кучера`` ->
    ``Олексій Кучер``); otherwise the words are kept as written, in ordinary letter case, the
    last one taken as the surname. Returns None for a span without words.
    """
    for found in find_names(text, start, end):
        if found.start == start and found.end == end:
            return found
    words = tokenize(text, start, end)
    if not words:
        return None
    parts = [restore_case(word.text) if word.text.isupper() else word.text for word in words]
    parts[-1] = guess_nominative_surname(words[-1].text)
    first = parts[0] if len(parts) > 1 else None
    return NameSpan(
        start=start,
        end=end,
        text=text[start:end],
        name=" ".join(parts),
        first=first,
        patronymic=" ".join(parts[1:-1]) or None,
        surname=parts[-1],
        gender=None,
    )


def organization_name(text: str, start: int, end: int) -> str:
    """Return the name of the organisation tagged at ``text[start:end]``, in the nominative.

    The organisation rules' reading of exactly these words gives the name (``Харківської
    обласної ради`` -> ``Харківська обласна рада``); a quoted name loses its marks; anything
    else has its head put in the nominative by morphology.
    """
    for found in find_organization_phrases(text, start, end):
        if found.start == start and found.end == end:
            return found.name
    written = text[start:end]
    if written.startswith("«") and written.endswith("»"):
        return written[1:-1]
    return to_nominative(written)
