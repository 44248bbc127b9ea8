"""What speaker rules look at: mentions in text order, the window's words, the speaker before.

Also the queries rules ask about the mentions that come before a cue (who holds a role, who is
of a gender, where someone was named last).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from functools import cached_property
from typing import overload

from attrs import frozen

from uanews.model import NewsItem, Participant, ParticipantKind, Span
from uanews.parser.document import SpanIndex
from uanews.parser.language import item_languages
from uanews.parser.quotes.speaker_grammar import (
    cognate_key,
    head_noun,
    participant_gender,
    role_nouns,
    role_words,
)

__all__ = [
    "PRONOUN_REACH",
    "Context",
    "Mentions",
    "Placed",
    "Verdict",
    "all_role_nouns",
    "inside",
    "last_mention",
    "mention_text",
    "participant_by_id",
    "persons_of_gender",
    "placed_mentions",
    "previous_paragraph_start",
    "role_holders",
]

PRONOUN_REACH = 700
"""How far back (code points) a pronoun may reach for its person."""


@frozen
class Placed:
    """A participant mention: where it lies, whose it is and (when known) its words."""

    start: int
    end: int
    participant: Participant
    text: str | None = None
    """The words of the participant's first mention of this span (`mention_text`)."""


@frozen
class Context:
    """What every rule may look at: the body, the mentions, the speaker before, the window.

    ``words`` are the window's words outside ``excluded`` (brackets, relative clauses), each
    with its offset; ``floors`` are where the paragraph before the cue's and the one before
    that begin.
    """

    body: str
    placed: Mentions
    recent: str | None
    floors: tuple[int, int]
    window: Span
    anchor: int
    excluded: tuple[Span, ...]
    words: tuple[tuple[str, int], ...]
    sentences: tuple[int, ...] = ()
    """Where the item's sentences (and captions) begin, in order (`uanews.parser.sentences`)."""
    other: str | None = None
    """Who the cue says is not the speaker: the one quoted before, where the words turn to
    another party (``своєю чергою``, `lexicon.TURN_PHRASES`)."""


@frozen
class Verdict:
    """A rule's answer: this participant speaks (or, with None, nobody can be named)."""

    speaker: str | None


def inside(position: int, spans: Sequence[Span]) -> bool:
    """Return True if ``position`` lies in one of ``spans``."""
    return any(span.start <= position < span.end for span in spans)


class Mentions(Sequence[Placed]):
    """The participant mentions of an item in text order, indexed for the speaker rules.

    Built once per item (`placed_mentions`); every query is a binary search over the sorted
    starts plus work proportional to what it returns, so resolving the speakers of an item
    stays O(n log n) in its length instead of scanning every mention for every quote.
    """

    def __init__(self, placed: Sequence[Placed]) -> None:
        """Index ``placed``, which must be sorted by (start, end)."""
        self._placed = tuple(placed)
        self._starts = [entry.start for entry in self._placed]
        self._longest = max((entry.end - entry.start for entry in self._placed), default=0)
        positions: dict[str, list[int]] = {}
        first: dict[str, Participant] = {}
        for index, entry in enumerate(self._placed):
            positions.setdefault(entry.participant.id, []).append(index)
            first.setdefault(entry.participant.id, entry.participant)
        self._positions = positions
        self._first = first
        self._role_indexes: dict[
            tuple[Callable[[str], Iterable[Hashable]], tuple[str, ...]],
            dict[Hashable, list[Participant]],
        ] = {}
        self._matching: dict[tuple[Hashable, tuple[str, ...]], list[int]] = {}

    @overload
    def __getitem__(self, index: int) -> Placed: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Placed]: ...

    def __getitem__(self, index: int | slice) -> Placed | Sequence[Placed]:
        """Return the mention at ``index`` (or the mentions of a slice)."""
        return self._placed[index]

    def __len__(self) -> int:
        """Return how many mentions there are."""
        return len(self._placed)

    def __iter__(self) -> Iterator[Placed]:
        """Return an iterator over the mentions in text order."""
        return iter(self._placed)

    def before(self, anchor: int) -> int:
        """Return how many mentions start before ``anchor``."""
        return bisect_left(self._starts, anchor)

    def between(self, low: int, high: int) -> Sequence[Placed]:
        """Return the mentions starting from ``low`` up to (not including) ``high``."""
        return self._placed[bisect_left(self._starts, low) : bisect_left(self._starts, high)]

    def overlapping(self, start: int, end: int) -> Sequence[Placed]:
        """Return the mentions that start before ``end`` and end after ``start``, in order."""
        return [
            entry
            for entry in self.between(start - self._longest, end)
            if entry.start < end and entry.end > start
        ]

    def participant(self, participant_id: str) -> Participant | None:
        """Return the participant with ``participant_id`` among the mentions, or None."""
        return self._first.get(participant_id)

    def last_before(self, participant_id: str, anchor: int) -> int:
        """Return the index of the last mention of ``participant_id`` before ``anchor``, or -1."""
        positions = self._positions.get(participant_id)
        if not positions:
            return -1
        found = bisect_left(positions, self.before(anchor)) - 1
        return positions[found] if found >= 0 else -1

    def last(self, anchor: int, count: int) -> Sequence[Placed]:
        """Return the last ``count`` mentions starting before ``anchor`` (fewer if there are not).

        What `between` from 0 gives, cut to its end: a rule that looks back a fixed number of
        mentions copies only those.
        """
        high = self.before(anchor)
        return self._placed[max(0, high - count) : high]

    def last_matching(
        self, key: Hashable, test: Callable[[Participant], bool], anchor: int
    ) -> Participant | None:
        """Return the participant of the last mention before ``anchor`` that ``test`` accepts.

        ``key`` names ``test`` (one key, one test): the mentions it accepts are found once
        per key and rule languages for these mentions, asking ``test`` once per participant,
        and each question after that is a binary search.
        """
        cached = (key, item_languages())
        positions = self._matching.get(cached)
        if positions is None:
            accepted = {pid: test(first) for pid, first in self._first.items()}
            positions = [
                index for index, entry in enumerate(self._placed) if accepted[entry.participant.id]
            ]
            self._matching[cached] = positions
        found = bisect_left(positions, self.before(anchor)) - 1
        return self._placed[positions[found]].participant if found >= 0 else None

    def start_of(self, index: int) -> int:
        """Return where the mention at ``index`` starts."""
        return self._starts[index]

    @cached_property
    def role_nouns(self) -> frozenset[str]:
        """Return the lemmas of every noun in the roles of the mentioned participants."""
        roles = {entry.participant.role for entry in self._placed}
        return frozenset().union(*(role_nouns(role) for role in roles if role is not None))

    @cached_property
    def _by_role_word(self) -> dict[str, list[str]]:
        """Return the ids of the persons with a role, by each lemma of their role's words."""
        found: dict[str, list[str]] = {}
        for participant in self._first.values():
            if participant.kind is ParticipantKind.PERSON and participant.role is not None:
                for lemma in role_words(participant.role):
                    found.setdefault(lemma, []).append(participant.id)
        return found

    @cached_property
    def _by_cognate_word(self) -> dict[str, list[str]]:
        """Return `_by_role_word` keyed by each lemma's spelling in both languages."""
        found: dict[str, list[str]] = {}
        for lemma, ids in self._by_role_word.items():
            found.setdefault(cognate_key(lemma), []).extend(ids)
        return found

    def role_holders(self, noun_lemmas: frozenset[str], anchor: int) -> list[Participant]:
        """Return the persons with one of these role nouns mentioned before ``anchor``.

        The last mentioned comes last.
        """
        ids = {pid for lemma in noun_lemmas for pid in self._by_role_word.get(lemma, ())}
        if not ids and len(item_languages()) > 1:
            # ``заявив прем'єр-міністр`` in a Ukrainian paragraph of a Russian item: the
            # role was given in the other language, spelled another way.
            ids = {
                pid
                for lemma in noun_lemmas
                for pid in self._by_cognate_word.get(cognate_key(lemma), ())
            }
        last = [(self.last_before(pid, anchor), pid) for pid in ids]
        return [self._first[pid] for index, pid in sorted(last) if index >= 0]

    def role_index(
        self, keys: Callable[[str], Iterable[Hashable]]
    ) -> dict[Hashable, list[Participant]]:
        """Return the persons with a role, by each key that ``keys`` gives their role.

        Built once per ``keys`` function and rule languages (``keys`` may read the role in
        the current language, as a `language_cache` function does) for these mentions; each
        list is in the order the persons are first mentioned.
        """
        key = (keys, item_languages())
        index = self._role_indexes.get(key)
        if index is None:
            index = {}
            for participant in self._first.values():
                if participant.kind is ParticipantKind.PERSON and participant.role is not None:
                    for found in keys(participant.role):
                        index.setdefault(found, []).append(participant)
            self._role_indexes[key] = index
        return index

    def last_mentioned(self, participants: Iterable[Participant], anchor: int) -> list[Participant]:
        """Return those of ``participants`` mentioned before ``anchor``, the last mentioned last.

        Each comes once, placed by its last mention before ``anchor``.
        """
        last = {
            participant.id: (index, participant)
            for participant in participants
            if (index := self.last_before(participant.id, anchor)) >= 0
        }
        return [participant for _index, participant in sorted(last.values(), key=_first_of)]

    @cached_property
    def _by_head_noun(self) -> dict[str, list[int]]:
        """Return the indices of organisation mentions, by the head noun of the name."""
        found: dict[str, list[int]] = {}
        heads: dict[str, str | None] = {}
        for index, entry in enumerate(self._placed):
            participant = entry.participant
            if participant.kind is not ParticipantKind.ORGANIZATION:
                continue
            if participant.id not in heads:
                heads[participant.id] = head_noun(participant.name)
            head = heads[participant.id]
            if head is not None:
                found.setdefault(head, []).append(index)
        return found

    def last_organization(self, heads: frozenset[str], anchor: int) -> Participant | None:
        """Return the organisation whose name's head noun is in ``heads``, mentioned last."""
        limit = self.before(anchor)
        best = -1
        for head in heads:
            positions = self._by_head_noun.get(head)
            if positions:
                found = bisect_left(positions, limit) - 1
                if found >= 0:
                    best = max(best, positions[found])
        return self._placed[best].participant if best >= 0 else None


def _first_of(pair: tuple[int, Participant]) -> int:
    """Return the index of a (mention index, participant) pair: its sort key."""
    return pair[0]


def placed_mentions(item: NewsItem, quoted: Sequence[Span]) -> Mentions:
    """Return every participant mention outside ``quoted`` with its participant, in text order."""
    spans = SpanIndex(quoted)
    placed: list[Placed] = []
    for participant in item.participants:
        # The words of each span are those of its first mention (as `mention_text` reads).
        texts: dict[tuple[int, int], str] = {}
        for mention in participant.mentions:
            texts.setdefault((mention.start, mention.end), mention.text)
        placed.extend(
            Placed(mention.start, mention.end, participant, texts[mention.start, mention.end])
            for mention in participant.mentions
            if not spans.covers(mention.start)
        )
    placed.sort(key=lambda entry: (entry.start, entry.end))
    return Mentions(placed)


def mention_text(entry: Placed) -> str:
    """Return the words of the mention ``entry`` stands for.

    Those `placed_mentions` kept with it; else (a mention placed by hand) those of the
    participant's first mention of the same span, or the participant's name.
    """
    if entry.text is not None:
        return entry.text
    for mention in entry.participant.mentions:
        if mention.start == entry.start and mention.end == entry.end:
            return mention.text
    return entry.participant.name


def previous_paragraph_start(spans: Sequence[Span], anchor: int) -> int:
    """Return where the paragraph before the one holding ``anchor`` starts (0 if none)."""
    starts = [0] + [span.start for span in spans]
    return paragraph_floor(starts, anchor)


def paragraph_floor(starts: Sequence[int], anchor: int) -> int:
    """Return the start before the last of ``starts`` (sorted) not after ``anchor``, or 0."""
    holding = bisect_left(starts, anchor + 1)
    return starts[holding - 2] if holding > 1 else 0


def role_holders(placed: Mentions, noun_lemmas: frozenset[str], anchor: int) -> list[Participant]:
    """Return the persons with this role noun mentioned before ``anchor``, last mentioned last."""
    return placed.role_holders(noun_lemmas, anchor)


def all_role_nouns(placed: Mentions) -> frozenset[str]:
    """Return the lemmas of every noun in the roles of the mentioned participants."""
    return placed.role_nouns


def last_mention(placed: Mentions, participant_id: str, anchor: int) -> int:
    """Return where ``participant_id`` was last mentioned before ``anchor`` (-1 if never)."""
    index = placed.last_before(participant_id, anchor)
    return placed.start_of(index) if index >= 0 else -1


def participant_by_id(placed: Mentions, participant_id: str) -> Participant | None:
    """Return the participant with ``participant_id`` among the mentions."""
    return placed.participant(participant_id)


def persons_of_gender(placed: Mentions, gender: str, anchor: int, floor: int) -> list[str]:
    """Return the persons not known to be of another gender, mentioned from ``floor`` on."""
    candidates: list[str] = []
    for entry in placed.between(max(floor, anchor - PRONOUN_REACH), anchor):
        participant = entry.participant
        if participant.kind is not ParticipantKind.PERSON:
            continue
        found = participant_gender(participant)
        if found is not None and found != gender:
            continue
        if participant.id not in candidates:
            candidates.append(participant.id)
    return candidates
