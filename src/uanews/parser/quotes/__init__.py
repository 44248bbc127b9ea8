"""Quotes and their speakers: direct speech in marks or after a dash, reported speech, captions.

The rule families run in order of reliability and later ones never claim text an earlier one
took:

1. caption speech: a broadcast paragraph with a speaker is that speaker's quote; then the
   answers of an interview (`interview`);
2. direct speech in quote marks with a speech cue attached (`quote_direct.in_marks`), the
   marks paired across paragraphs by `quote_marks`;
3. direct speech in a paragraph line that opens with a dash (`quote_direct.dash_lines`);
4. indirect speech, sentence by sentence (`quote_indirect.RULES`).

Each quote's speaker is then resolved in text order (`assign`): from the words around its cue
(`speakers`), or, for a quote with no cue, from the quote before it or the later quote it repeats.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from uanews.lang import detect_language
from uanews.model import NewsItem, ParticipantKind, Quote, QuoteKind, Span
from uanews.parser.document import SpanIndex, paragraph_sentences
from uanews.parser.language import reading_at
from uanews.parser.quotes.assign import assign_speakers
from uanews.parser.quotes.candidate import Candidate
from uanews.parser.quotes.direct import dash_lines, in_marks
from uanews.parser.quotes.indirect import indirect
from uanews.parser.quotes.interview import interview_answers
from uanews.parser.quotes.marks import MarkPair, top_level_pairs
from uanews.parser.quotes.text import strip
from uanews.parser.quotes.unmarked import after_colon, dash_attributed, headline_speech

__all__ = ["extract_quotes"]


def _free(candidate: Candidate, claimed: SpanIndex) -> bool:
    """Return True if less than half of ``candidate`` lies in text already claimed."""
    size = sum(part.end - part.start for part in candidate.parts)
    taken = sum(claimed.overlap(part) for part in candidate.parts)
    inside_cue = candidate.cue is not None and claimed.overlap(candidate.cue) > 0
    return taken * 2 < size and not inside_cue


def _captions(item: NewsItem, spans: Sequence[Span]) -> Iterable[Candidate]:
    """Yield each paragraph a caption gives a speaker as that speaker's quote."""
    text = item.text
    for paragraph, paragraph_span in zip(item.paragraphs, spans, strict=True):
        if paragraph.speaker is not None:
            span = strip(text, paragraph_span.start, paragraph_span.end)
            if span.end > span.start:
                yield Candidate((span,), QuoteKind.CAPTION, None, None, paragraph.speaker)


def _in_marks(
    text: str, pair: MarkPair, plain: Sequence[Span], paragraph_sentences: Sequence[Sequence[Span]]
) -> Candidate | None:
    """Return the quote in the marks of ``pair``, read in the language of its paragraph."""
    with reading_at(pair.close):
        return in_marks(text, pair, plain, paragraph_sentences)


def _dash_lines(text: str, span: Span) -> list[Candidate]:
    """Return the dash-line quotes of the paragraph ``span``, read in its language."""
    with reading_at(span.start):
        return list(dash_lines(text, span))


def _dash_attributed(
    text: str, span: Span, own: Sequence[Span], people: Sequence[int]
) -> list[Candidate]:
    """Return the dash-attributed quotes of the paragraph ``span``, read in its language."""
    with reading_at(span.start):
        return list(dash_attributed(text, span, own, people))


def _after_colon(
    text: str, paragraphs: Sequence[Span], own: Sequence[Span], index: int
) -> list[Candidate]:
    """Return the dash line after a colon cue ending paragraph ``index``, in its language."""
    with reading_at(paragraphs[index].start):
        return list(after_colon(text, paragraphs[index : index + 2], [own]))


def _headline_speech(item: NewsItem) -> list[Candidate]:
    """Return the quote of the item's headline, read in the headline's language."""
    with reading_at(0):
        return list(headline_speech(item))


def _candidates(item: NewsItem) -> list[Candidate]:
    """Return every quote the rules find in ``item``, without speakers, in text order."""
    text = item.text
    spans = item.paragraph_spans()
    plain = [
        span
        for span, paragraph in zip(spans, item.paragraphs, strict=True)
        if paragraph.speaker is None
    ]
    # The document's sentences, each paragraph cut once by its own language's abbreviations.
    sentences = [
        own
        for own, paragraph in zip(paragraph_sentences(item), item.paragraphs, strict=True)
        if paragraph.speaker is None
    ]
    # Where people are named, in order: a sentence naming one introduces speech (`unmarked`).
    people = sorted(
        mention.start
        for participant in item.participants
        if participant.kind is ParticipantKind.PERSON
        for mention in participant.mentions
    )
    found: list[Candidate] = []
    claimed = SpanIndex()
    families: list[Iterable[Candidate | None]] = [
        _captions(item, spans),
        interview_answers(item, plain),
        (_in_marks(text, pair, plain, sentences) for pair in top_level_pairs(text, plain)),
        (candidate for span in plain for candidate in _dash_lines(text, span)),
        (
            candidate
            for index, own in enumerate(sentences)
            for candidate in _after_colon(text, plain, own, index)
        ),
        (
            candidate
            for span, own in zip(plain, sentences, strict=True)
            for candidate in _dash_attributed(text, span, own, people)
        ),
        _headline_speech(item),
        indirect(text, sentences),
    ]
    for family in families:
        for candidate in family:
            if candidate is None:
                continue
            if candidate.silent:
                found.append(candidate)
            elif _free(candidate, claimed):
                found.append(candidate)
                for part in candidate.parts:
                    claimed.add(part)
    found.sort(key=lambda candidate: candidate.parts[0].start)
    return found


def extract_quotes(item: NewsItem) -> tuple[Quote, ...]:
    """Return the quotes in ``item``, whose participants and paragraph speakers are set."""
    text = item.text
    quotes: list[Quote] = []
    for candidate, speaker in assign_speakers(item, _candidates(item)):
        quote_text = " ".join(text[part.start : part.end] for part in candidate.parts)
        cue = candidate.cue
        quotes.append(
            Quote(
                text=quote_text,
                parts=candidate.parts,
                kind=candidate.kind,
                speaker=speaker,
                cue=None if cue is None else text[cue.start : cue.end],
                cue_span=cue,
                language=detect_language(quote_text),
            )
        )
    return tuple(quotes)
