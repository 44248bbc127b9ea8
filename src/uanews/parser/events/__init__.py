"""Events: meetings, visits, agreements, presentations and announcements found in narration.

How it reads an item:

1. The body text is cut into sentences. Broadcast speech blocks (paragraphs with a caption or a
   speaker) and direct quotes are speech, not narration, and are skipped.
2. Sentences that are not news are dropped: ``зустрілася з ...`` beside a sport word (``у
   фіналі``, ``матчі``) is a game; a sentence with a life-story marker (``свого часу``, ``ще
   малим``) or dated ten or more years before the item's year (the reference's, else the latest
   year the item names) is background, and so are the later sentences of its paragraph that
   carry no date of their own (``він завітав до ...``).
3. Each sentence is matched against the triggers in `uanews.parser.events.lexicon`. An
   *explicit* trigger (``зустрівся``, ``підписали угоду``) states an event by itself. A *weak*
   trigger (the noun ``зустріч``, ``домовилися``) makes an event only when the sentence also names
   a participant or a date; otherwise it is read as a reference back to
   an event already found (``Учасники зустрічі обговорили ...``) and adds topics or a place to it.
4. Each event takes participants whose mentions lie in its sentences (less organisations that
   only stand for a person's employer, ``Глава ХОДА``), the first date, the mode, the first
   place (``у Харкові`` -> ``Харків``; for a visit also ``до Чернігова`` -> ``Чернігів``; not
   a host country after a post, ``Посол Литви в Україні``) and the first topic list
   (``у сферах промисловості, науки та освіти`` -> ``промисловість``, ``наука``, ``освіта``).
5. Events of one kind merge when they share a participant or both sit in the headline and lede
   (``X зустрівся з Y`` and ``Зустріч X і Y пройшла 21 вересня``), unless their dates differ.

Precision comes before recall: a sentence yields at most one event per kind, and a sentence with
only weak triggers yields one event, of the kind listed first in ``KIND_PRIORITY``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs
from attrs import define, frozen

from uanews.model import (
    Event,
    EventKind,
    EventMode,
    NewsItem,
    PartialDate,
    ParticipantKind,
    QuoteKind,
    Span,
)
from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.dates import find_dates
from uanews.parser.events.lexicon import (
    ABBREVIATIONS,
    HISTORICAL_GAP_YEARS,
    HISTORICAL_MARKERS,
    HOST_COUNTRIES,
    IN_PERSON_WORDS,
    KIND_PRIORITY,
    LIST_STOP_WORDS,
    NOT_PLACES,
    ONLINE_WORDS,
    PLACE_DESTINATION_PREPOSITIONS,
    PLACE_PREPOSITIONS,
    PLACE_SECOND_WORDS,
    POST_WORDS,
    SPORT_WORDS,
    TOPIC_OPENERS,
    TRIGGERS,
)
from uanews.parser.language import pick
from uanews.parser.morph import nominative_or_none

__all__ = ["extract_events"]

_MAX_TOPIC_WORDS = 4
"""A list item longer than this is a clause, not a topic: the list ends before it."""


def _words(words: tuple[str, ...] | list[str]) -> str:
    """Return a case-insensitive alternation of ``words`` bounded as whole words."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)
    return rf"(?<![\w'\-])(?:{body})(?![\w'\-])"


_TRIGGERS = tuple(
    (trigger, re.compile(rf"(?<![\w\-]){trigger.pattern}(?![\w\-])", re.IGNORECASE))
    for trigger in TRIGGERS
)
_ONLINE = re.compile(_words(ONLINE_WORDS), re.IGNORECASE)
_IN_PERSON = re.compile(_words(IN_PERSON_WORDS), re.IGNORECASE)
_TOPIC_OPENER = re.compile(_words(TOPIC_OPENERS), re.IGNORECASE)
_LIST_END = re.compile(r"[.;:!?()«»\"“”„]|\s[-–—]\s")
_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?:і|й|та|and)\s+")
_STOP = frozenset(LIST_STOP_WORDS)
_PLACE_BODY = r"(?P<first>[A-ZА-ЯЁІЇЄҐ][\w'’ʼ\-]+)(?:\s+(?P<second>[\w'’ʼ\-]+))?"
_PLACE = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(PLACE_PREPOSITIONS)})\s+{_PLACE_BODY}", re.IGNORECASE
)
_DESTINATION = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(PLACE_DESTINATION_PREPOSITIONS)})\s+{_PLACE_BODY}", re.IGNORECASE
)
_POST_BEFORE = re.compile(rf"{_words(POST_WORDS)}(?:\s+[\w'’ʼ\-]+){{0,3}}\s*$", re.IGNORECASE)
_SPORT = re.compile(_words(SPORT_WORDS), re.IGNORECASE)
_HISTORICAL = re.compile(_words(HISTORICAL_MARKERS), re.IGNORECASE)
_UPPER_START = re.compile(r"[A-ZА-ЯЁІЇЄҐ]")
_SENTENCE_END = re.compile(r"[.!?…]+[»”\"']?(?=\s+[\"«„“—–\-A-ZА-ЯЁІЇЄҐ0-9])")
# The same patterns over the Russian lexicon (`lexicon_ru`); `pick` chooses per item.
_TRIGGERS_RU = tuple(
    (trigger, re.compile(rf"(?<![\w\-]){trigger.pattern}(?![\w\-])", re.IGNORECASE))
    for trigger in ru.TRIGGERS
)
_ONLINE_RU = re.compile(_words(ru.ONLINE_WORDS), re.IGNORECASE)
_IN_PERSON_RU = re.compile(_words(ru.IN_PERSON_WORDS), re.IGNORECASE)
_TOPIC_OPENER_RU = re.compile(_words(ru.TOPIC_OPENERS), re.IGNORECASE)
_PLACE_RU = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(ru.PLACE_PREPOSITIONS)})\s+{_PLACE_BODY}", re.IGNORECASE
)
_DESTINATION_RU = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(ru.PLACE_DESTINATION_PREPOSITIONS)})\s+{_PLACE_BODY}",
    re.IGNORECASE,
)
_POST_BEFORE_RU = re.compile(rf"{_words(ru.POST_WORDS)}(?:\s+[\w'’ʼ\-]+){{0,3}}\s*$", re.IGNORECASE)
_SPORT_RU = re.compile(_words(ru.SPORT_WORDS), re.IGNORECASE)
_HISTORICAL_RU = re.compile(_words(ru.HISTORICAL_MARKERS), re.IGNORECASE)
_ABBREVIATION = re.compile(
    rf"(?:^|[\s(])(?:{'|'.join(map(re.escape, ABBREVIATIONS))}|\w)$", re.IGNORECASE
)


@frozen
class _Sentence:
    """A sentence of narration: its span in the item text and whether it is in the lead."""

    start: int
    end: int
    lead: bool  # in the headline or the first paragraph
    block: int  # which block (headline, paragraph) it is in


@define
class _Draft:
    """An event being assembled from one or more sentences."""

    kind: EventKind
    sentences: list[_Sentence]
    participants: list[str]
    date: PartialDate | None
    mode: EventMode | None
    lead: bool
    extra: list[_Sentence] = attrs.Factory(list)  # weak references: topics and place only


def _blocks(item: NewsItem) -> Iterator[tuple[int, int, bool, bool]]:
    """Yield (start, end, is_speech, is_lead) for the headline and each paragraph's text."""
    if item.headline is not None:
        yield 0, len(item.headline), False, True
    for index, (paragraph, span) in enumerate(
        zip(item.paragraphs, item.paragraph_spans(), strict=True)
    ):
        speech = paragraph.caption is not None or paragraph.speaker is not None
        yield span.start, span.end, speech, index == 0


def _sentences(item: NewsItem) -> list[_Sentence]:
    """Return the narration sentences of ``item`` in text order."""
    text = item.text
    sentences: list[_Sentence] = []
    for block, (start, end, speech, lead) in enumerate(_blocks(item)):
        if speech:
            continue
        for line in re.finditer(r"[^\n]+", text[start:end]):
            line_start = start + line.start()
            cut = line_start
            for stop in _SENTENCE_END.finditer(text, line_start, start + line.end()):
                if _ABBREVIATION.search(text, cut, stop.start()):
                    continue  # ``2021 р.``, ``150 тис.``, ``О. Кучер``
                sentences.append(_Sentence(cut, stop.end(), lead, block))
                cut = stop.end()
                while cut < len(text) and text[cut] == " ":
                    cut += 1
            if cut < start + line.end():
                sentences.append(_Sentence(cut, start + line.end(), lead, block))
    return sentences


def _quoted(item: NewsItem) -> list[Span]:
    """Return the spans of direct quotes, whose words are speech rather than narration."""
    return [part for quote in item.quotes if quote.kind is QuoteKind.DIRECT for part in quote.parts]


def _participants_in(item: NewsItem, sentence: _Sentence) -> list[str]:
    """Return ids of participants mentioned inside ``sentence``, in order of first mention."""
    found: list[tuple[int, str]] = []
    for participant in item.participants:
        starts = [
            mention.start
            for mention in participant.mentions
            if sentence.start <= mention.start and mention.end <= sentence.end
        ]
        if starts:
            found.append((min(starts), participant.id))
    return [participant_id for _, participant_id in sorted(found)]


def _mode(text: str) -> EventMode | None:
    """Return the mode that ``text`` states, or None."""
    normal = re.sub("[’ʼ`]", "'", text)
    online = pick(_ONLINE, _ONLINE_RU).search(normal) is not None
    in_person = pick(_IN_PERSON, _IN_PERSON_RU).search(normal) is not None
    if online == in_person:
        return None  # neither, or both (``наживо та в Інтернеті``): the sentence does not say
    return EventMode.ONLINE if online else EventMode.IN_PERSON


def _triggers(text: str, start: int, end: int, quoted: list[Span]) -> dict[EventKind, bool]:
    """Return the kinds triggered in ``text[start:end]`` and whether each was explicit."""
    kinds: dict[EventKind, bool] = {}
    for trigger, pattern in pick(_TRIGGERS, _TRIGGERS_RU):
        for match in pattern.finditer(text, start, end):
            if any(span.start <= match.start() < span.end for span in quoted):
                continue
            kinds[trigger.kind] = kinds.get(trigger.kind, False) or trigger.explicit
    return kinds


def _first_date(text: str, sentence: _Sentence, reference: dt.date | None) -> PartialDate | None:
    """Return the first resolved date in ``sentence``, or None."""
    for mention in find_dates(text[sentence.start : sentence.end], reference=reference):
        if mention.date is not None:
            return mention.date
    return None


def _latest_year(text: str, reference: dt.date | None) -> int | None:
    """Return the year the item is written in: the reference's, else the latest year it names."""
    if reference is not None:
        return reference.year
    years = [
        mention.date.year
        for mention in find_dates(text)
        if mention.date is not None and mention.date.year is not None
    ]
    return max(years, default=None)


def _drafts(item: NewsItem, reference: dt.date | None) -> Iterator[tuple[_Draft, bool]]:
    """Yield an event draft per triggered sentence and whether it stands on its own."""
    text = item.text
    quoted = _quoted(item)
    latest = _latest_year(text, reference)
    past_block: int | None = None  # a block whose narrative has moved into history
    for sentence in _sentences(item):
        kinds = _triggers(text, sentence.start, sentence.end, quoted)
        if not kinds:
            continue
        words = text[sentence.start : sentence.end]
        if EventKind.MEETING in kinds and pick(_SPORT, _SPORT_RU).search(words):
            del kinds[EventKind.MEETING]  # ``у фіналі зустрілася з ...`` is a game
            if not kinds:
                continue
        participants = _participants_in(item, sentence)
        date = _first_date(text, sentence, reference)
        old = date is not None and date.year is not None and latest is not None
        if pick(_HISTORICAL, _HISTORICAL_RU).search(words) or (
            old and date is not None and (date.year or 0) <= (latest or 0) - HISTORICAL_GAP_YEARS
        ):
            past_block = sentence.block
            continue  # background: a life story or a distant year, not the news itself
        if past_block == sentence.block and not find_dates(words):
            continue  # ``він завітав до ...`` carries the story of the sentence before on
        mode = _mode(text[sentence.start : sentence.end])
        explicit = [kind for kind in KIND_PRIORITY if kinds.get(kind)]
        corroborated = bool(participants) or date is not None
        if explicit:
            chosen, standalone = explicit, True
        else:
            weak = [kind for kind in KIND_PRIORITY if kind in kinds]
            chosen, standalone = weak[:1], corroborated
        for kind in chosen:
            draft = _Draft(kind, [sentence], list(participants), date, mode, sentence.lead)
            yield draft, standalone


def _mergeable(event: _Draft, draft: _Draft) -> bool:
    """Return whether ``draft`` reports the same event as ``event``."""
    if event.kind is not draft.kind:
        return False
    if event.date is not None and draft.date is not None and event.date != draft.date:
        return False
    shared = not set(event.participants).isdisjoint(draft.participants)
    return shared or (event.lead and draft.lead)


def _merge(event: _Draft, draft: _Draft) -> None:
    """Fold ``draft`` into ``event``: earlier values win, participants are united."""
    event.sentences.extend(draft.sentences)
    event.participants.extend(p for p in draft.participants if p not in event.participants)
    event.date = event.date if event.date is not None else draft.date
    event.mode = event.mode if event.mode is not None else draft.mode


def _topics(text: str) -> tuple[str, ...]:
    """Return the topics of the first topic list in ``text``, each in the nominative."""
    opener = pick(_TOPIC_OPENER, _TOPIC_OPENER_RU).search(text)
    if opener is None:
        return ()
    rest = text[opener.end() :]
    end = _LIST_END.search(rest)
    rest = rest if end is None else rest[: end.start()]
    topics: list[str] = []
    for raw in _LIST_SPLIT.split(rest.strip()):
        words = raw.split()
        for index, word in enumerate(words):
            if word.lower() in _STOP:
                words = words[:index]
                break
        if not words or len(words) > _MAX_TOPIC_WORDS:
            break
        topic = nominative_or_none(" ".join(words), case="gent")
        if topic is None:
            break  # ``та інших``: no noun heads the item, so the list is over
        topics.append(topic)
        if len(words) < len(raw.split()):
            break  # a stop word ended this item, so it also ends the list
    return tuple(topics)


def _place(item: NewsItem, text: str, sentence: _Sentence, kind: EventKind) -> str | None:
    """Return the first place named in ``sentence``, in the nominative.

    Any event takes ``у/в <Place>`` (locative); a visit also takes its destination,
    ``до <Place>`` (genitive).
    """
    inside = [
        (mention.start, mention.end)
        for participant in item.participants
        for mention in participant.mentions
    ]
    patterns = [(pick(_PLACE, _PLACE_RU), "loct")]
    if kind is EventKind.VISIT:
        # A Russian destination is accusative (``прибыл в Чернигов``), a Ukrainian genitive.
        patterns.append(pick((_DESTINATION, "gent"), (_DESTINATION_RU, "accs")))
    # By position only: Russian ``в`` opens both a place and a destination, the place first.
    matches = sorted(
        (
            (match.start(), match, case)
            for pattern, case in patterns
            for match in pattern.finditer(text, sentence.start, sentence.end)
        ),
        key=lambda found: found[0],
    )
    for _, match, case in matches:
        first = match.group("first")
        if not _UPPER_START.match(first):
            continue
        if any(start <= match.start("first") < end for start, end in inside):
            continue  # ``Посол Литви в Україні`` names a post, not where the event was
        post_before = pick(_POST_BEFORE, _POST_BEFORE_RU)
        after_post = post_before.search(text, sentence.start, match.start()) is not None
        second = match.group("second")
        phrases = [first]
        if (
            second is not None
            and not any(start <= match.start("second") < end for start, end in inside)
            and (second in PLACE_SECOND_WORDS or _UPPER_START.match(second))
        ):
            phrases.insert(0, f"{first} {second}")
        for phrase in phrases:
            found = nominative_or_none(phrase, case=case)
            if found is None or found.lower() in NOT_PLACES:
                continue
            if after_post and found.lower() in pick(HOST_COUNTRIES, ru.HOST_COUNTRIES):
                break  # the post's country, when the post is not part of a participant's mention
            return found
    return None


def _without_represented(item: NewsItem, ids: list[str]) -> tuple[str, ...]:
    """Return ``ids`` without organisations that a person among them belongs to.

    In ``Глава ХОДА зустрівся з послом`` the organisation is named only to say who its head is;
    the head, not the organisation, is the party to the meeting.
    """
    participants = [item.participant(participant_id) for participant_id in ids]
    represented = {
        participant.organization
        for participant in participants
        if participant.kind is ParticipantKind.PERSON and participant.organization
    }
    return tuple(
        participant.id
        for participant in participants
        if participant.kind is not ParticipantKind.ORGANIZATION
        or participant.name not in represented
    )


def _finish(item: NewsItem, event: _Draft) -> Event:
    """Return the finished `Event` for ``event``."""
    text = item.text
    ordered = sorted([*event.sentences, *event.extra], key=lambda sentence: sentence.start)
    topics: tuple[str, ...] = ()
    for sentence in ordered:
        topics = _topics(text[sentence.start : sentence.end])
        if topics:
            break
    place = None
    if event.mode is not EventMode.ONLINE:  # an online event has no place of its own
        place = next(
            (found for s in ordered if (found := _place(item, text, s, event.kind)) is not None),
            None,
        )
    first = event.sentences[0]
    return Event(
        kind=event.kind,
        date=event.date,
        mode=event.mode,
        place=place,
        participants=_without_represented(item, event.participants),
        topics=topics,
        evidence=Span(first.start, first.end),
    )


def extract_events(item: NewsItem, *, reference: dt.date | None = None) -> tuple[Event, ...]:
    """Return the events in ``item``, dating relative words against ``reference``."""
    events: list[_Draft] = []
    for draft, standalone in _drafts(item, reference):
        if standalone:
            target = next((event for event in events if _mergeable(event, draft)), None)
            if target is None:
                events.append(draft)
            else:
                _merge(target, draft)
            continue
        # A weak reference (``під час зустрічі``) belongs to the latest event of its kind.
        target = next((event for event in reversed(events) if event.kind is draft.kind), None)
        if target is not None:
            target.extra.extend(draft.sentences)
    return tuple(_finish(item, event) for event in events)
