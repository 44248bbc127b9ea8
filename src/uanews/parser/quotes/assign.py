"""Speakers for the candidates of an item, in text order; which candidates become quotes.

Each candidate with a cue gets its speaker from the words around the cue (`resolve_speaker`),
knowing the speaker before. Then:

- a silent candidate (``Про це повідомив X.``) only names the speaker for what follows;
- a quote with no cue of its own (`Candidate.continues`) goes on with the speaker of the
  quote in its paragraph or the paragraph right before (the press-release pattern: a quoted
  paragraph after a quoted paragraph); a heading in marks (a pull quote, no final stop) takes
  the speaker of the later quote that repeats its words; with neither it is no quote;
- reported opinion with no named source (``фахівці вважають, що ...``) is no quote, nor are
  words a cue in the future tense announces (``заявить, що ...``): they were not said.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from attrs import define

from uanews.model import NewsItem, QuoteKind, Span
from uanews.parser.language import language_cache, pick, reading_at
from uanews.parser.morph import parse_word
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.candidate import Candidate
from uanews.parser.quotes.cues import is_finite_verb
from uanews.parser.quotes.lexicon import OPINION_LEMMAS, OPINION_SOURCE_NOUNS
from uanews.parser.quotes.speaker_grammar import lemmas, person_nouns
from uanews.parser.quotes.speakers import Attribution, Scene, resolve_speaker
from uanews.parser.quotes.text import CLOSING_MARKS, OPENING_MARKS, STOPS, WORD

__all__ = ["assign_speakers"]

# A pull quote repeats words of one of the next few quotes.
_PULL_QUOTE_REACH = 12


def _paragraph_index(starts: Sequence[int], position: int) -> int:
    """Return the index of the paragraph holding ``position`` (-1 for the headline)."""
    return bisect.bisect_right(starts, position) - 1


def _unsourced_opinion(text: str, candidate: Candidate) -> bool:
    """Return True for reported opinion with no named source (``фахівці вважають, що ...``).

    Under the annotation guidelines an opinion verb or noun (``вважають``, ``на думку``)
    reports speech only when it names whose it is; a name in the window (a capital past its
    first word) is such a source even if no participant matched it.
    """
    if candidate.kind is not QuoteKind.INDIRECT or candidate.cue is None:
        return False
    cue_words = WORD.findall(text[candidate.cue.start : candidate.cue.end])
    opinion = bool(cue_words) and (
        bool(lemmas(cue_words[0]) & pick(OPINION_LEMMAS, ru.OPINION_LEMMAS))
        or cue_words[-1].lower() in pick(OPINION_SOURCE_NOUNS, ru.OPINION_SOURCE_NOUNS)
    )
    if not opinion:
        return False
    window = candidate.window
    found = [] if window is None else WORD.findall(text[window.start : window.end])
    return not any(word[:1].isupper() for word in found[1:])


@language_cache(maxsize=4096)
def _future(word: str) -> bool:
    """Return True if every finite verb reading of ``word`` is in the future (``заявить``)."""
    finite = [
        parse
        for parse in parse_word(word.lower())
        if "VERB" in parse.tag and "infn" not in parse.tag.grammemes
    ]
    return bool(finite) and all("futr" in parse.tag for parse in finite)


def _future_cue(text: str, candidate: Candidate) -> bool:
    """Return True if the cue is a verb in the future: words not said yet (``заявить, що``)."""
    if candidate.cue is None or candidate.kind not in {QuoteKind.DIRECT, QuoteKind.INDIRECT}:
        return False
    found = WORD.findall(text[candidate.cue.start : candidate.cue.end])
    return len(found) == 1 and _future(found[0])


def _heading(text: str, candidate: Candidate, spans: Sequence[Span], starts: Sequence[int]) -> bool:
    """Return True if the quote is a whole paragraph with no final stop: a pull-quote heading.

    ``starts`` are where the paragraphs of ``spans`` start.
    """
    index = _paragraph_index(starts, candidate.parts[0].start)
    if index < 0:
        # The headline's words a body quote may repeat (`unmarked.headline_speech`).
        return candidate.parts[-1].end <= (starts[0] if starts else 0)
    if _paragraph_index(starts, candidate.parts[-1].end - 1) != index:
        return False
    paragraph = text[spans[index].start : spans[index].end].strip()
    return bool(paragraph) and paragraph.rstrip('»”"“')[-1:] not in STOPS


def _words(text: str) -> str:
    """Return the words of ``text`` in lower case, joined by single spaces."""
    return " ".join(word.lower() for word in WORD.findall(text))


def _repeated_by(
    text: str,
    heading: Candidate,
    later: Sequence[tuple[Candidate, str | None]],
    first_paragraph: int,
) -> str | None:
    """Return the speaker of the first later quote holding the heading's words, if any.

    A headline's words (before the first paragraph) count only as a repeat of words quoted
    as said, not of reported speech: an indirect quote's words are the writer's, and a
    headline sharing them (``… : погибли двое мужчин``) is the writer's summary too.
    """
    wanted = _words(" ".join(text[part.start : part.end] for part in heading.parts))
    in_headline = heading.parts[0].start < first_paragraph
    for candidate, speaker in later[:_PULL_QUOTE_REACH]:
        if candidate.silent or speaker is None:
            continue
        if in_headline and candidate.kind is QuoteKind.INDIRECT:
            continue
        said = _words(" ".join(text[part.start : part.end] for part in candidate.parts))
        if wanted and f" {wanted} " in f" {said} ":  # whole words, not a word's tail
            return speaker
        if in_headline and _marked(text, heading) and _abridged(wanted.split(), said.split()):
            return speaker
    return None


_ABRIDGED_WORDS = 4
"""The fewest words a headline in marks keeps of the quote it shortens (`_abridged`)."""


def _marked(text: str, heading: Candidate) -> bool:
    """Return True if the heading's words stand in quote marks (``«...»``)."""
    start, end = heading.parts[0].start, heading.parts[-1].end
    return start > 0 and text[start - 1] in OPENING_MARKS and text[end : end + 1] in CLOSING_MARKS


def _abridged(wanted: Sequence[str], said: Sequence[str]) -> bool:
    """Return True if ``wanted`` is two runs of ``said``'s words with a stretch cut between.

    ``«Ми грали сміливо, але забракло досвіду»`` over ``Ми грали сміливо, створили чотири
    гольові моменти, але забракло досвіду. Вилучення ...``: a headline in marks may drop a
    clause of the words it quotes. It keeps `_ABRIDGED_WORDS` words or more, in the quote's
    order, in two runs of consecutive words (a single run is matched whole, as a plain repeat).
    """
    if len(wanted) < _ABRIDGED_WORDS or len(wanted) >= len(said):
        return False
    joined = f" {' '.join(said)} "
    for cut in range(1, len(wanted)):
        first = f" {' '.join(wanted[:cut])} "
        second = f" {' '.join(wanted[cut:])} "
        at = joined.find(first)
        # The second run after the first one with at least one word cut between them.
        if at >= 0 and joined.find(second, at + len(first)) >= 0:
            return True
    return False


def _interview_headline(
    text: str, heading: Candidate, interviewees: set[str], starts: Sequence[int]
) -> bool:
    """Return True for a headline all in marks over an interview with one interviewee.

    ``«Воду подаватимемо за графіком»`` over dash-line answers of one person: a headline that
    is nothing but words in marks quotes whom the interview talks to (as ``«...»: інтерв'ю з
    X`` says outright), even where no answer repeats the words exactly; so does one whose
    marks follow a person's title and a colon (``Фермер з Вінниччини: «...»``). A headline that
    adds a title after the marks (``«...»: отчет главы ...``) is left to the words' repeat.
    """
    start, end = heading.parts[0].start, heading.parts[-1].end
    headline_end = starts[0] if starts else 0
    return (
        len(interviewees) == 1
        and 0 < start < headline_end
        and text[start - 1] in OPENING_MARKS
        and _untitled_or_a_person(text[: start - 1])
        and end < len(text)
        and text[end] in CLOSING_MARKS
        and not text[end + 1 : headline_end].strip(" \t\n.!?")
        # Words said hold a verb; a title in marks (``«Тіні забутих предків»``) does not.
        and any(is_finite_verb(word) for word in WORD.findall(text[start:end]))
    )


def _untitled_or_a_person(before: str) -> bool:
    """Return True if nothing, or a person's title and a colon, stands before headline marks."""
    title = before.strip()
    if not title:
        return True
    return title.endswith(":") and any(person_nouns(word) for word in WORD.findall(title))


def _attributed_after(
    text: str, candidate: Candidate, following: Sequence[Candidate]
) -> Candidate | None:
    """Return the back-reference right after a quote with no cue (``Так сказав X.``), if any."""
    if not following or not following[0].silent:
        return None
    between = text[candidate.parts[-1].end : following[0].parts[0].start]
    return following[0] if not any(char.isalnum() for char in between) else None


def _names_someone(text: str, window: Span | None) -> bool:
    """Return True if the attribution ``window`` holds a name: a capitalised content word.

    ``Коваль рассказала``, ``В «Укрэнерго» сообщили``: somebody named spoke. ``По данным
    спасателей``, ``Также отметили``: nobody in particular, so whoever spoke before may go on.
    """
    if window is None:
        return False
    return any(
        match.group()[:1].isupper() and not _function_word(match.group())
        for match in WORD.finditer(text, window.start, window.end)
    )


@language_cache()
def _function_word(word: str) -> bool:
    """Return True if ``word`` can be a function word or adverb (``Также``, ``Об``, ``Он``)."""
    return any(
        not _FUNCTION_TAGS.isdisjoint(parse.tag.grammemes) for parse in parse_word(word.lower())
    )


_FUNCTION_TAGS = frozenset({"CONJ", "ADVB", "PREP", "PRCL", "INTJ", "NPRO"})


@define
class _Assigner:
    """The walk through an item's candidates: the speaker before and where it spoke."""

    item: NewsItem
    quoted: Scene
    starts: list[int]
    previous: str | None = None
    previous_at: int | None = None
    last_paragraph: int | None = None

    def resolve(self, window: Span, anchor: int) -> str | None:
        """Return who speaks at ``anchor`` with the words of ``window``, knowing who spoke."""
        return resolve_speaker(
            self.item,
            Attribution(window, anchor),
            previous=self.previous,
            previous_at=self.previous_at,
            quoted=self.quoted,
        )

    def goes_on(self, candidate: Candidate) -> bool:
        """Return True if a quote spoke in ``candidate``'s paragraph or the one before."""
        paragraph = _paragraph_index(self.starts, candidate.parts[0].start)
        return self.last_paragraph is not None and paragraph - self.last_paragraph <= 1

    def spoke(self, candidate: Candidate, speaker: str | None) -> None:
        """Note that ``speaker`` (or nobody) said ``candidate``."""
        if speaker is not None:
            self.previous, self.previous_at = speaker, candidate.parts[-1].end
        elif not candidate.silent and _names_someone(self.item.text, candidate.window):
            # Someone the participants do not know spoke last (``Коваль рассказала, что
            # ...``): a pronoun or a bare cue after it points to them, not to the one before.
            self.previous, self.previous_at = None, candidate.parts[-1].end
        self.last_paragraph = (
            None if speaker is None else _paragraph_index(self.starts, candidate.parts[-1].end - 1)
        )


def _speaker(
    walk: _Assigner, candidate: Candidate, after: Candidate | None
) -> tuple[bool, str | None]:
    """Return whether ``candidate`` may be a quote and its speaker (a continuing one too)."""
    if candidate.continues and after is not None:
        # ``«...»`` then ``Так прокоментував ситуацію депутат X.``: the words are X's.
        return True, walk.resolve(
            after.window or after.parts[0], (after.cue or after.parts[0]).start
        )
    if candidate.continues:
        return walk.goes_on(candidate), walk.previous
    if candidate.unknown:
        return True, None
    if candidate.kind is not QuoteKind.CAPTION and candidate.window is not None:
        anchor = candidate.cue.start if candidate.cue is not None else candidate.window.start
        speaker = walk.resolve(candidate.window, anchor)
        # ``X закликав ...: «...»``: with no speech word, only a speaker makes it a quote.
        return not candidate.sourced or speaker is not None, speaker
    return True, candidate.speaker


def assign_speakers(
    item: NewsItem, candidates: Sequence[Candidate]
) -> list[tuple[Candidate, str | None]]:
    """Return the candidates that are quotes, each with its speaker id (or None), in order."""
    text = item.text
    spans = item.paragraph_spans()
    # Names inside quoted words are not who says them.
    quoted = [
        part
        for candidate in candidates
        if candidate.kind is not QuoteKind.INDIRECT and not candidate.silent
        for part in candidate.parts
    ]
    # Built once for the item: the mentions outside quoted words, placed and indexed.
    walk = _Assigner(item, Scene.of(item, quoted), [span.start for span in spans])
    resolved: list[tuple[Candidate, str | None]] = []
    headings: list[int] = []
    voices: set[str | None] = set()  # who speaks in the body (`Candidate.voiced`)
    for position, candidate in enumerate(candidates):
        after = _attributed_after(text, candidate, candidates[position + 1 : position + 2])
        if candidate.continues and after is None and _heading(text, candidate, spans, walk.starts):
            headings.append(len(resolved))
            resolved.append((candidate, None))
            continue
        with reading_at(candidate.parts[0].start):
            kept, speaker = _speaker(walk, candidate, after)
        if not kept:
            continue
        walk.spoke(candidate, speaker)
        if not candidate.voiced:
            voices.add(speaker)
        if (
            candidate.silent
            or _future_cue(text, candidate)
            or (speaker is None and _unsourced_opinion(text, candidate))
        ):
            continue
        resolved.append((candidate, speaker))
    interviewees = {
        speaker
        for candidate, speaker in resolved
        if candidate.kind is QuoteKind.INTERVIEW and speaker is not None
    }
    for index in headings:
        heading = resolved[index][0]
        if _interview_headline(text, heading, interviewees, walk.starts):
            # An interview's headline in marks quotes the interviewee, word for word or not.
            resolved[index] = (heading, next(iter(interviewees)))
            continue
        resolved[index] = (
            heading,
            _repeated_by(
                text, heading, resolved[index + 1 :], walk.starts[0] if walk.starts else 0
            ),
        )
    return [
        (candidate, speaker)
        for index, (candidate, speaker) in enumerate(resolved)
        if (index not in headings or speaker is not None)
        and not (candidate.voiced and speaker not in voices)
    ]
