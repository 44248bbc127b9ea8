"""Events: meetings, visits, agreements, presentations, announcements, attacks and incidents.

How it reads an item:

1. The narration is cut into sentences (`uanews.parser.events.sentences`): broadcast speech
   blocks, direct quotes, interview answers and the content a speech cue introduces (``Как
   сообщили в ..., <clause>``) are speech, not narration, and trigger nothing (`reported`);
   a strike or an emergency retold in that content gives its places and casualties to the
   one the narration told (role ``retold``).
2. Sentences that are not news are dropped: a game (``у фіналі зустрілася з ...``), a
   cyber or heart ``атака``, a life story (``свого часу``), a sentence dated ten or more years
   before the item's year (the reference's, else the latest year the item names, worked out
   only when a sentence carries a year), and the undated sentences after it in its paragraph;
   a strike or an emergency dated a year before or by a year alone, forecast (``можливі
   підтоплення``) or told as repeated (``щодня обстрілюють``); a denied report (``не
   відповідає дійсності``, ``жодного вибуху не було``).
3. Each sentence is matched against the triggers (`uanews.parser.events.triggers`). An
   *explicit* trigger (``зустрівся``, ``обстріляли``, ``пожежа``, a decision verb after an
   authority: ``парламент ухвалив``) states an event by itself. A *weak* trigger (the noun
   ``зустріч``, a weapon such as ``шахед``, ``вибух``) makes an event only when the sentence
   also names a participant, a date, or for a strike or an emergency a place or a casualty
   count; otherwise it is read as a reference back to an event already found. A sentence of
   casualties or damage with no trigger (``У Куп'янську загинула жінка.``) adds its counts and
   places to the strike or emergency before it.
4. One event per real-world event: the strikes an item reports are one attack (unless their
   dates differ); incidents of one group (fire, road, collapse, flood) are one incident, and a
   word for any emergency (``аварія``) joins the incident it refers to; a fire or an explosion
   in an item that reports a strike is part of the strike. Other events of one kind merge when
   they share a participant or both sit in the headline and lede, unless their dates differ.
5. Each event takes its fields from its sentences: participants (the actors: for an attack the
   attacker, `uanews.parser.events.attackers`; for an incident nobody; otherwise whoever is
   named outside a clause that tells another event (``лікарню, яку окупанти обстріляли``,
   `uanews.parser.events.clauses`), the one holder of an office named without a name, ``зустріч
   із губернатором``, and the person a subject pronoun stands for,
   `uanews.parser.events.holders`; less organisations that only stand for a person's employer,
   ``Глава ХОДА``), the first date, else the date of the lede's first sentence (``Сьогодні, 5
   березня, ...``) for an event told in the headline or lede or for a strike or an emergency;
   the mode; the places (`uanews.parser.events.places`); the topics; and for a strike or an
   emergency the killed and injured (`uanews.parser.events.casualties`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator

import attrs
from attrs import define

from uanews.model import (
    Event,
    EventKind,
    EventMode,
    NewsItem,
    PartialDate,
    Participant,
    ParticipantKind,
    Quote,
    Span,
)
from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.attackers import find_attackers, is_attacker
from uanews.parser.events.authorities import find_authorities
from uanews.parser.events.casualties import (
    Count,
    casualties,
    event_total,
    restated,
    stated_casualties,
)
from uanews.parser.events.clauses import main_clause_end, other_event_clauses
from uanews.parser.events.continuations import (
    adds_amount,
    after_aside,
    continues,
    opening_offset,
    opens_same_day,
    refers_to_document,
)
from uanews.parser.events.dates import (
    day_after,
    declared,
    find_dates,
    names_a_day,
    names_a_weekday,
    of_a_noun,
    starts_later,
)
from uanews.parser.events.holders import Actors
from uanews.parser.events.lexicon import (
    ADDED_STRIKE_PERIODS,
    ADDED_STRIKE_PREFIXES,
    AGAIN_WORDS,
    AGREED_PATTERN,
    ALSO_WORDS,
    ANAPHORIC_ACTOR_PATTERN,
    ANOTHER_EVENT_PATTERN,
    ANY_INCIDENT_GROUP,
    AROUND_PREPOSITIONS,
    ATTACK_CONTEXT_PATTERN,
    ATTENDED_EVENT_PATTERN,
    BACK_REFERENCE_OPENERS,
    BLAST_CAUSE_PATTERN,
    BLAST_CONSEQUENCES,
    CIRCUMSTANCE_OPENERS,
    CLOCK_OPENER_PATTERN,
    CONDUCTED_MEETING_PATTERN,
    CONSEQUENCE_PATTERN,
    CONTINUATION_OPENERS,
    COURT_DOCUMENT_PATTERN,
    COURT_PATTERN,
    EVENT_NOUNS,
    FIRE_CAUSE_PATTERN,
    FIRE_CONSEQUENCES,
    FOLDED_INTO_ATTACK,
    FORECAST_WORDS,
    FUTURE_WORDS,
    GUEST_WORDS,
    HABITUAL_WORDS,
    HISTORICAL_GAP_YEARS,
    HISTORICAL_MARKERS,
    IN_PERSON_WORDS,
    INJURED_PATTERN,
    JOINED_PARTY_PATTERN,
    KILLED_PATTERN,
    KIN_BEFORE_PATTERN,
    KIND_PRIORITY,
    LATER_OPENER_PREFIXES,
    LATER_OPENERS,
    LIST_STOP_WORDS,
    MEETING_JOINED_PATTERN,
    MET_AT_WORDS,
    NIGHT_TIMES,
    NIGHT_WORDS,
    ONLINE_WORDS,
    OPENED_PATTERN,
    OPENING_CEREMONY_PATTERN,
    OTHER_DAY_WORDS,
    PARTIES_WORDS,
    PARTNER_BEFORE_PATTERN,
    PERIOD_START_PREPOSITIONS,
    REGION_HEADS,
    REGION_SUFFIX,
    REMINDER_ASIDES,
    REPORTED_BACK_PATTERN,
    SCENE_ARRIVAL_PATTERN,
    SIGNED_PARTY_PATTERN,
    SIGNING_ENDED_PATTERN,
    SPOKEN_AT_EVENT_PATTERN,
    STRIKE_HISTORY_GAP_YEARS,
    SUBJECT_PRONOUNS,
    TERRITORY_HEADS,
    TOLD_EVENT_KINDS,
    TOLD_EVENT_PATTERN,
    TOPIC_OPENERS,
    VISIT_DAY_OPENERS,
    YEARS_AGO_PATTERN,
)
from uanews.parser.events.met_groups import find_met_groups
from uanews.parser.events.places import (
    city_of,
    dateline,
    earlier_time,
    one_name_per_region,
    place_parts,
    strike_places,
    town_of_body,
    visited_objects,
)
from uanews.parser.events.seats import seat
from uanews.parser.events.sentences import Sentence, answers, reported, sentences, spoken
from uanews.parser.events.spans import SpanSet
from uanews.parser.events.triggers import (
    Found,
    Screened,
    decision_at,
    find_triggers,
    future,
    lower_text,
    lowered_pattern,
    scheduled_at,
)
from uanews.parser.events.venues import hosted_in, venues
from uanews.parser.language import pick, reading_at
from uanews.parser.morph import nominative_or_none, parse_word
from uanews.parser.participants import lexicon as participants_lexicon
from uanews.parser.participants import lexicon_ru as participants_lexicon_ru
from uanews.parser.participants.organizations import agency_signatures
from uanews.parser.quotes.speech import is_speech_form

__all__ = ["extract_events", "find_actors"]

_MAX_TOPIC_WORDS = 4
"""A list item longer than this is a clause, not a topic: the list ends before it."""

_STRIKES = frozenset({EventKind.ATTACK, EventKind.INCIDENT})
"""Kinds whose events have many places and casualty counts."""


def _words(words: tuple[str, ...] | list[str]) -> str:
    """Return a case-insensitive alternation of ``words`` bounded as whole words."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)
    return rf"(?<![\w'\-])(?:{body})(?![\w'\-])"


_ONLINE = Screened(re.compile(_words(ONLINE_WORDS), re.IGNORECASE))
_IN_PERSON = Screened(re.compile(_words(IN_PERSON_WORDS), re.IGNORECASE))
_TOPIC_OPENER = re.compile(_words(TOPIC_OPENERS), re.IGNORECASE)
_LIST_END = re.compile(r"[.;:!?()«»\"“”„]|\s[-–—]\s")
_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?:і|й|та|and)\s+")
_STOP = frozenset(LIST_STOP_WORDS)
_HISTORICAL = re.compile(_words(HISTORICAL_MARKERS), re.IGNORECASE)
# The same patterns over the Russian lexicon (`lexicon_ru`); `pick` chooses per item.
_ONLINE_RU = Screened(re.compile(_words(ru.ONLINE_WORDS), re.IGNORECASE))
_IN_PERSON_RU = Screened(re.compile(_words(ru.IN_PERSON_WORDS), re.IGNORECASE))
_TOPIC_OPENER_RU = re.compile(_words(ru.TOPIC_OPENERS), re.IGNORECASE)
_HISTORICAL_RU = re.compile(_words(ru.HISTORICAL_MARKERS), re.IGNORECASE)
_NIGHT_OF = re.compile(rf"{_words(NIGHT_WORDS)}\s+на\s+$", re.IGNORECASE)
"""``У ніч на 1 лютого`` dates a night by the day it ends on: that date is the event's."""
_NIGHT_OF_RU = re.compile(rf"{_words(ru.NIGHT_WORDS)}\s+на\s+$", re.IGNORECASE)
_WAR = re.compile(rf"(?<![\w\-]){ATTACK_CONTEXT_PATTERN}", re.IGNORECASE)
_BLAST = frozenset({"explosion"})
_ANY_INCIDENT = frozenset({ANY_INCIDENT_GROUP})
_BLAST_CAUSE = re.compile(rf"(?<![\w\-]){BLAST_CAUSE_PATTERN}(?![\w\-])", re.IGNORECASE)
_FIRE_CAUSE = re.compile(rf"(?<![\w\-']){FIRE_CAUSE_PATTERN}", re.IGNORECASE)
_FIRE_CAUSE_RU = re.compile(rf"(?<![\w\-]){ru.FIRE_CAUSE_PATTERN}", re.IGNORECASE)
_FOR_PERIOD = re.compile(r"(?<![\w\-])(?:на|до)\s+$", re.IGNORECASE)
_FROM_DAY = re.compile(rf"{_words(PERIOD_START_PREPOSITIONS)}\s+$", re.IGNORECASE)
_FROM_DAY_RU = re.compile(rf"{_words(ru.PERIOD_START_PREPOSITIONS)}\s+$", re.IGNORECASE)
_ANAPHORIC = re.compile(ANAPHORIC_ACTOR_PATTERN, re.IGNORECASE)
_BACK = re.compile(_words(BACK_REFERENCE_OPENERS), re.IGNORECASE)
_COURT_DOCUMENT = re.compile(rf"(?<![\w\-]){COURT_DOCUMENT_PATTERN}(?![\w\-])", re.IGNORECASE)
_COURT = re.compile(rf"(?<![\w\-]){COURT_PATTERN}(?![\w\-])", re.IGNORECASE)
_FUTURE = re.compile(_words(FUTURE_WORDS), re.IGNORECASE)
_FORECAST = re.compile(_words(FORECAST_WORDS), re.IGNORECASE)
_HABITUAL = re.compile(_words(HABITUAL_WORDS), re.IGNORECASE)
_YEARS_AGO = re.compile(rf"(?<![\w\-]){YEARS_AGO_PATTERN}(?![\w\-])", re.IGNORECASE)
_FORECAST_RU = re.compile(_words(ru.FORECAST_WORDS), re.IGNORECASE)
_HABITUAL_RU = re.compile(_words(ru.HABITUAL_WORDS), re.IGNORECASE)
_YEARS_AGO_RU = re.compile(rf"(?<![\w\-]){ru.YEARS_AGO_PATTERN}(?![\w\-])", re.IGNORECASE)
_STOP_RU = frozenset(ru.LIST_STOP_WORDS)
_TERRITORY_HEADS = tuple(dict.fromkeys((*TERRITORY_HEADS, *ru.TERRITORY_HEADS)))
"""The nouns heading a territory's name in either language: a participant's name is in the
language of the paragraph it was found in, not always the item's."""
_LIST_SPLIT_RU = re.compile(rf"\s*,\s*|\s+(?:{'|'.join(ru.LIST_CONJUNCTIONS)}|and)\s+")
_WAR_RU = re.compile(rf"(?<![\w\-]){ru.ATTACK_CONTEXT_PATTERN}", re.IGNORECASE)
_BLAST_CAUSE_RU = re.compile(rf"(?<![\w\-]){ru.BLAST_CAUSE_PATTERN}(?![\w\-])", re.IGNORECASE)
_ANAPHORIC_RU = re.compile(ru.ANAPHORIC_ACTOR_PATTERN, re.IGNORECASE)
_BACK_RU = re.compile(_words(ru.BACK_REFERENCE_OPENERS), re.IGNORECASE)
_JOINED = Screened(re.compile(JOINED_PARTY_PATTERN, re.IGNORECASE))
_JOINED_RU = Screened(re.compile(ru.JOINED_PARTY_PATTERN, re.IGNORECASE))
_SIGNED = Screened(re.compile(SIGNED_PARTY_PATTERN, re.IGNORECASE))
_SIGNED_RU = Screened(re.compile(ru.SIGNED_PARTY_PATTERN, re.IGNORECASE))
_SCENE = re.compile(SCENE_ARRIVAL_PATTERN, re.IGNORECASE)
_SCENE_RU = re.compile(ru.SCENE_ARRIVAL_PATTERN, re.IGNORECASE)
_VISIT_DAY = re.compile(rf"[\s«\"„“]*{_words(VISIT_DAY_OPENERS)}", re.IGNORECASE)
_VISIT_DAY_RU = re.compile(rf"[\s«\"„“]*{_words(ru.VISIT_DAY_OPENERS)}", re.IGNORECASE)
_ATTENDED = Screened(re.compile(ATTENDED_EVENT_PATTERN, re.IGNORECASE))
_CEREMONY = re.compile(OPENING_CEREMONY_PATTERN, re.IGNORECASE)
_PARTNER = re.compile(PARTNER_BEFORE_PATTERN, re.IGNORECASE)
_PARTNER_RU = re.compile(ru.PARTNER_BEFORE_PATTERN, re.IGNORECASE)
_PARTNER_REACH = 60
"""How many characters before a name the comitative of the one talked with is looked for in."""
_CEREMONY_RU = re.compile(ru.OPENING_CEREMONY_PATTERN, re.IGNORECASE)
_MEETING_JOINED = re.compile(MEETING_JOINED_PATTERN, re.IGNORECASE)
_CONDUCTED = re.compile(CONDUCTED_MEETING_PATTERN, re.IGNORECASE)
_CONDUCTED_RU = re.compile(ru.CONDUCTED_MEETING_PATTERN, re.IGNORECASE)
_MEETING_JOINED_RU = re.compile(ru.MEETING_JOINED_PATTERN, re.IGNORECASE)
_REPORTED_BACK = re.compile(REPORTED_BACK_PATTERN, re.IGNORECASE)
_REPORTED_BACK_RU = re.compile(ru.REPORTED_BACK_PATTERN, re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_SPOKEN_AT = re.compile(SPOKEN_AT_EVENT_PATTERN, re.IGNORECASE)
_SPOKEN_AT_RU = re.compile(ru.SPOKEN_AT_EVENT_PATTERN, re.IGNORECASE)
_ATTENDED_RU = Screened(re.compile(ru.ATTENDED_EVENT_PATTERN, re.IGNORECASE))
_EVENT_NOUN = re.compile(rf"[\s«\"„“]*{_words(EVENT_NOUNS)}", re.IGNORECASE)
_EVENT_NOUN_RU = re.compile(rf"[\s«\"„“]*{_words(ru.EVENT_NOUNS)}", re.IGNORECASE)
_OPENED = re.compile(OPENED_PATTERN, re.IGNORECASE)
_OPENED_RU = re.compile(ru.OPENED_PATTERN, re.IGNORECASE)
_FIRST_WORD = re.compile(r"[\w'’ʼ\-]+")
_ANOTHER = re.compile(rf"(?<![\w\-'’ʼ]){ANOTHER_EVENT_PATTERN}", re.IGNORECASE)
_ANOTHER_RU = re.compile(rf"(?<![\w\-]){ru.ANOTHER_EVENT_PATTERN}", re.IGNORECASE)
_NEXT_TWO_WORDS = re.compile(r"\s+\S+(?:\s+\S+)?")
_COURT_DOCUMENT_RU = re.compile(rf"(?<![\w\-]){ru.COURT_DOCUMENT_PATTERN}(?![\w\-])", re.IGNORECASE)
_FUTURE_RU = re.compile(_words(ru.FUTURE_WORDS), re.IGNORECASE)
_COURT_RU = re.compile(rf"(?<![\w\-]){ru.COURT_PATTERN}(?![\w\-])", re.IGNORECASE)
_LATER_TIME = re.compile(
    rf"[\s«\"„“(—–\-]*(?:{_words(LATER_OPENER_PREFIXES + ADDED_STRIKE_PREFIXES)}\s+)?"
    rf"(?:{_words(LATER_OPENERS)}|{CLOCK_OPENER_PATTERN})",
    re.IGNORECASE,
)
"""``Днем оккупанты обстреляли ...``, ``Близько 15:00 ...``: a sentence opening with another
time of the day, maybe after a word of addition (`ADDED_STRIKE_PREFIXES`: ``Окрім того, ...``)."""
_LATER_TIME_RU = re.compile(
    rf"[\s«\"„“(—–\-]*(?:{_words(ru.LATER_OPENER_PREFIXES + ru.ADDED_STRIKE_PREFIXES)}\s+)?"
    rf"(?:{_words(ru.LATER_OPENERS)}|{ru.CLOCK_OPENER_PATTERN})",
    re.IGNORECASE,
)
_ADDED_TIME = re.compile(
    rf"[\s«\"„“(—–\-]*{_words(ADDED_STRIKE_PREFIXES)}\s+"
    rf"(?:(?:{_words(ADDED_STRIKE_PERIODS)})(?![\w'’ʼ\-])\s*,?\s*)?"
    rf"(?:{_words(LATER_OPENERS)}|{CLOCK_OPENER_PATTERN})",
    re.IGNORECASE,
)
"""``Крім того, вранці ворог обстріляв ...``, ``Також у четвер увечері ...``: one more time of
the day (maybe of a day, `ADDED_STRIKE_PERIODS`), added to what was told."""
_ADDED_DAY = re.compile(
    rf"[\s«\"„“(—–\-]*{_words(ADDED_STRIKE_PREFIXES)}\s+{_words(ADDED_STRIKE_PERIODS)}",
    re.IGNORECASE,
)
"""``Також минулої доби ...``: a whole day added, with no time of it; like a later time, it
opens another strike only on a place of its own (``Також минулої доби в результаті цього
обстрілу ...`` tells the strike told)."""
_ADDED_TIME_RU = re.compile(
    rf"[\s«\"„“(—–\-]*{_words(ru.ADDED_STRIKE_PREFIXES)}\s+"
    rf"(?:(?:{_words(ru.ADDED_STRIKE_PERIODS)})(?![\w\-])\s*,?\s*)?"
    rf"(?:{_words(ru.LATER_OPENERS)}|{ru.CLOCK_OPENER_PATTERN})",
    re.IGNORECASE,
)
_ADDED_DAY_RU = re.compile(
    rf"[\s«\"„“(—–\-]*{_words(ru.ADDED_STRIKE_PREFIXES)}\s+{_words(ru.ADDED_STRIKE_PERIODS)}",
    re.IGNORECASE,
)
_AGAIN = re.compile(_words(AGAIN_WORDS), re.IGNORECASE)
"""``Вранці ворог знову обстріляв громаду``: the strike told again."""
_AGAIN_RU = re.compile(_words(ru.AGAIN_WORDS), re.IGNORECASE)
_CYRILLIC_NAME = re.compile(r"(?<![\w'’ʼ\-«\"„“])(?-i:[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ\-]+)")
"""A capitalised word of Cyrillic letters (not an abbreviation, not a quoted brand name)."""
_NIGHT_TIME = re.compile(_words(NIGHT_TIMES), re.IGNORECASE)
"""``Пізніше, близько опівночі, ...``: a later strike at night, maybe of the next day."""
_NIGHT_TIME_RU = re.compile(_words(ru.NIGHT_TIMES), re.IGNORECASE)
_AFTERMATH_SOURCE = (
    rf"(?<![\w\-'’ʼ])(?:{KILLED_PATTERN}|{INJURED_PATTERN}|{CONSEQUENCE_PATTERN})(?![\w\-])"
)
_AFTERMATH = re.compile(_AFTERMATH_SOURCE, re.IGNORECASE)
_AFTERMATH_LOWER = lowered_pattern(_AFTERMATH_SOURCE)
_AFTERMATH_SOURCE_RU = (
    rf"(?<![\w\-'’ʼ])(?:{ru.KILLED_PATTERN}|{ru.INJURED_PATTERN}|{ru.CONSEQUENCE_PATTERN})"
    r"(?![\w\-])"
)
_AFTERMATH_RU = re.compile(_AFTERMATH_SOURCE_RU, re.IGNORECASE)
_AFTERMATH_LOWER_RU = lowered_pattern(_AFTERMATH_SOURCE_RU)
_KIN_BEFORE = re.compile(rf"(?<![\w'’ʼ\-]){KIN_BEFORE_PATTERN}", re.IGNORECASE)
_KIN_BEFORE_RU = re.compile(rf"(?<![\w\-]){ru.KIN_BEFORE_PATTERN}", re.IGNORECASE)
_KIN_REACH = 12
"""How far before a word of the dead its noun of family may start (``сім'ями `` is 7)."""


def _aftermath(text: str, lowered: str | None, sentence: Sentence) -> bool:
    """Return whether ``sentence`` tells of casualties or damage.

    A word of the dead after a noun of family (``для сімей загиблих захисників``, ``семьям
    погибших``, `KIN_BEFORE_PATTERN`) names those the families mourn, no casualty.
    """
    if lowered is not None:
        aftermath = pick(_AFTERMATH_LOWER, _AFTERMATH_LOWER_RU)
        found = aftermath.finditer(lowered, sentence.start, sentence.end)
    else:
        found = pick(_AFTERMATH, _AFTERMATH_RU).finditer(text, sentence.start, sentence.end)
    kin = pick(_KIN_BEFORE, _KIN_BEFORE_RU)
    return any(
        kin.search(text, max(sentence.start, match.start() - _KIN_REACH), match.start()) is None
        for match in found
    )


@define
class _Draft:
    """An event being assembled from one or more sentences."""

    kind: EventKind
    sentences: list[Sentence]
    participants: list[str]
    date: PartialDate | None
    mode: EventMode | None
    lead: bool
    groups: frozenset[str] = frozenset()
    extra: list[Sentence] = attrs.Factory(list)  # weak references: topics and place only
    aftermath: list[Sentence] = attrs.Factory(list)  # casualties and damage of a strike
    named: frozenset[str] = frozenset()
    """The places an emergency's sentences name (`_mergeable` reads them)."""
    apart: int | None = None
    """The block of a paragraph after the lede that opens with an earlier time (``Накануне``,
    `lexicon.EARLIER_OPENERS`), where this draft is told: another day's event, never merged with the
    lede's."""
    same_day: bool = False
    """The draft is told apart as another strike of the lede's day (`_StrikesTold.another_strike`:
    ``Днем ...``, ``Вечером того же дня ...``): its date, unless it gives one, is the lede's."""
    planned: bool = False
    """Its sentence tells a plan or a forecast (`_planned`: ``Ситуація залежатиме від
    інтенсивності ударів``): a weak strike word in it is no strike that casualties told later
    could bear out (`_to_reference`)."""
    continues: bool = False
    """Its sentence, outside the lede and with no date, is marked as going on with what was told
    (`continuations.continues`: ``Кроме того, ...``, ``Гости также ...``)."""
    subject: str | None = None
    pronoun_of: str | None = None
    """The person the personal pronoun that opens a visit's sentence stands for (``Вона
    відвідала ліцей``, `_Reader._pronoun_opens`): it goes on only with a visit of that person."""
    """The participant (by id) whose mention opens its sentence, outside the lede and with no
    date (``Суд признал ...``): the body that goes on with its decision (`_continued`)."""
    court: bool = False
    """Its sentence, outside the lede and with no date, opens with the court (``Суд призначив
    ...``): it goes on with the court's ruling told, however far back (`_continued`)."""
    ruling: bool = False
    """It is a decision whose sentence names a court (``Районний суд визнав винним ...``)."""
    opening: bool = False
    """Its sentence of those who took part names an opening or a presentation (``У церемонії
    відкриття взяли участь X``, `OPENING_CEREMONY_PATTERN`): the latest one told (`_to_joined`)."""
    meeting: bool = False
    """Its sentence of those who took part names a meeting (``У нараді також взяли участь X``,
    `MEETING_JOINED_PATTERN`): the latest meeting told (`_to_joined`)."""
    signed: bool = False
    """Its sentence of those who took part tells they signed (``Угоду скріпили підписами X і Y``,
    `SIGNED_PARTY_PATTERN`, or opens with the document, `continuations.refers_to_document`): the
    latest agreement told (`_to_joined`)."""
    that_day: bool = False
    """Its sentence opens with the day just told (``Цього ж дня депутати ухвалили ...``,
    `continuations.opens_same_day`) and it is of `_SAME_DAY_KINDS`: another happening of that
    day, neither going on with nor merged into the event told (`_mergeable`)."""
    went_on: list[Sentence] = attrs.Factory(list)
    """The sentences of drafts that went on with this event (`_go_on`): more stops of a visit
    (``Гости также побывали в больнице``), where it went first is told before them."""


class _Mentions:
    """The participants' mentions in text order, to find those inside a sentence quickly."""

    def __init__(self, item: NewsItem) -> None:
        """Sort every mention of ``item`` by its start; an agency signing a dateline is no actor.

        ``Львів, 3 травня (Укрінформ) – Уряд ухвалив ...``: the outlet's mention
        (`agency_signatures`) stays a span no place is read in, but no event takes it.
        """
        every = sorted(
            (mention.start, mention.end, participant.id)
            for participant in item.participants
            for mention in participant.mentions
        )
        blocks = [(span.start, span.end) for span in item.paragraph_spans()]
        signed = set(agency_signatures(item.text, blocks))
        found = [one for one in every if one[:2] not in signed] if signed else every
        self.every = every
        self.starts = [start for start, _, _ in found]
        self.found = found

    def inside(self, start: int, end: int) -> list[str]:
        """Return ids of participants mentioned inside ``start:end``, by first mention."""
        ids: list[str] = []
        for index in range(bisect.bisect_left(self.starts, start), len(self.found)):
            mention_start, mention_end, participant_id = self.found[index]
            if mention_start >= end:
                break
            if mention_end <= end and participant_id not in ids:
                ids.append(participant_id)
        return ids

    def inside_except(self, start: int, end: int, skipped: SpanSet) -> list[str]:
        """Return ids of participants with a mention inside ``start:end`` not in ``skipped``."""
        ids: list[str] = []
        for index in range(bisect.bisect_left(self.starts, start), len(self.found)):
            mention_start, mention_end, participant_id = self.found[index]
            if mention_start >= end:
                break
            if (
                mention_end <= end
                and participant_id not in ids
                and not skipped.covers(mention_start)
            ):
                ids.append(participant_id)
        return ids

    def partners(self, text: str, start: int, end: int) -> list[str]:
        """Return ids of participants inside ``start:end`` named after a comitative (`_PARTNER`).

        ``обговорили з дирекцією ДП X``: the one talked with, not what was discussed.
        """
        ids: list[str] = []
        partner = pick(_PARTNER, _PARTNER_RU)
        for index in range(bisect.bisect_left(self.starts, start), len(self.found)):
            mention_start, mention_end, participant_id = self.found[index]
            if mention_start >= end:
                break
            low = max(start, mention_start - _PARTNER_REACH)
            if (
                mention_end <= end
                and participant_id not in ids
                and partner.search(text, low, mention_start) is not None
            ):
                ids.append(participant_id)
        return ids

    def opening(self, at: int) -> str | None:
        """Return the id of the participant with a mention that starts at ``at``, or None."""
        index = bisect.bisect_left(self.starts, at)
        if index < len(self.found) and self.found[index][0] == at:
            return self.found[index][2]
        return None

    def spans(self) -> SpanSet:
        """Return the spans of every mention."""
        return SpanSet((start, end) for start, end, _ in self.every)


class _ItemYear:
    """The year an item is written in, worked out on first need (it reads every date)."""

    def __init__(self, text: str, reference: dt.date | None) -> None:
        """Keep the text and reference; nothing is computed yet."""
        self.text = text
        self.reference = reference
        self._year: int | None = None
        self._known = False

    def year(self) -> int | None:
        """Return the reference's year, else the latest year the item names, or None.

        A year a plan runs to (``стратегія до 2030 року``, ``бюджет на 2027 рік``) is not when
        the item was written.
        """
        if not self._known:
            self._known = True
            if self.reference is not None:
                self._year = self.reference.year
            else:
                years = [
                    mention.date.year
                    for mention in find_dates(self.text)
                    if mention.date is not None
                    and mention.date.year is not None
                    and not _FOR_PERIOD.search(self.text, max(0, mention.start - 4), mention.start)
                ]
                self._year = max(years, default=None)
        return self._year


def _year_of_clause(text: str, start: int, end: int, at: int, date: PartialDate | None) -> bool:
    """Return whether a year alone at ``at`` stands in a relative clause of ``text[start:end]``.

    ``відкрили міст, який у 2022 році підірвали окупанти``, ``открыли поликлинику, которая
    пострадала от удара в 2024 году``: a year alone in the clause (`clauses.main_clause_end`)
    tells the past of what the clause is about, not when the sentence's event happened; a day
    there (``зустріч, яка відбулася 5 травня``) may date the event and is kept.
    """
    if date is None or date.year is None or date.month is not None or date.day is not None:
        return False
    return at >= main_clause_end(text, start, end)


def _first_date(text: str, start: int, end: int, reference: dt.date | None) -> PartialDate | None:
    """Return the first date in ``text[start:end]`` that can date an event, or None.

    An event's date has a year, or a day and a month (``--03-05``): a month alone (``у
    квітні``) or a day alone says too little to date it. A date inside brackets is an aside,
    one after ``на`` or ``до`` is the period something is for or a deadline, a start date
    told in the present or the future (`dates.starts_later`) is when a change takes effect,
    a date declared a day of something (`dates.declared`) is what a decision declares,
    a date that qualifies a noun (`dates.of_a_noun`: ``1971 року народження``, ``будівля
    XIX століття``, ``пошкоджений у 2023 році``) and a year alone in a relative clause
    (`_year_of_clause`) are not the event's.
    """
    words = text[start:end]
    for mention in find_dates(words, reference=reference):
        if words.count("(", 0, mention.start) > words.count(")", 0, mention.start):
            continue  # ``(який був охрещений 26 квітня 1564 року)``: an aside, not this event
        if _FOR_PERIOD.search(words, 0, mention.start) and not pick(_NIGHT_OF, _NIGHT_OF_RU).search(
            words, 0, mention.start
        ):
            continue  # ``бюджет на 2025 рік``, ``приймають до 20 грудня``: not when it happened
        if pick(_FROM_DAY, _FROM_DAY_RU).search(words, 0, mention.start) and (
            future(text, start, end) or starts_later(words, mention)
        ):
            continue  # ``З 1 березня проїзд подорожчає``: when the change takes effect
        if declared(words, mention):
            continue  # ``оголосила 25 березня днем жалоби``: the day declared, not the decision's
        if of_a_noun(words, mention):
            continue  # ``ліцей, пошкоджений влітку 2023 року``: the noun's date, not the event's
        date = mention.date
        if _year_of_clause(text, start, end, start + mention.start, date):
            continue  # ``міст, який у 2022 році підірвали``: the bridge's past, not the opening's
        if (
            date is not None
            and (date.year is not None or date.day is not None)
            and (date.month is not None or date.day is None)
        ):
            return date
    return None


def _source_told(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` is a report's source: ``Про це`` and a speech verb of its own.

    ``Про це під час засідання Кабміну розповіла X``, ``Об этом он заявил на заседании``: the
    verb tells who said it, and the event word is where it was said. ``Про це мер домовився з
    послом на зустрічі`` has no speech verb: the talks it tells are news of their own.
    """
    if not pick(_REPORTED_BACK, _REPORTED_BACK_RU).match(text, sentence.start):
        return False
    return any(
        is_speech_form(word.group())
        for word in _FIRST_WORD.finditer(text, sentence.start, sentence.end)
    )


def _strike_corroborated(text: str, sentence: Sentence, mentions: SpanSet) -> bool:
    """Return whether a sentence with a weak strike trigger names a place or casualties."""
    if strike_places(text, sentence.start, sentence.end, mentions):
        return True
    killed, injured = casualties(text, sentence.start, sentence.end)
    return bool(killed) or bool(injured)  # ``пострадавших нет`` bears out no strike


def _mode(text: str) -> EventMode | None:
    """Return the mode that ``text`` states, or None."""
    normal = re.sub("[’ʼ`]", "'", text)
    online = pick(_ONLINE, _ONLINE_RU).occurs(normal)
    in_person = pick(_IN_PERSON, _IN_PERSON_RU).occurs(normal)
    if online == in_person:
        return None  # neither, or both (``наживо та в Інтернеті``): the sentence does not say
    return EventMode.ONLINE if online else EventMode.IN_PERSON


def _kinds(reader: _Reader, sentence: Sentence, spans: SpanSet) -> dict[EventKind, Found]:
    """Return the kinds ``sentence`` states: its triggers and a decision of an authority.

    ``reader`` gives the item's text and its mentions; no trigger counts inside ``spans``.
    """
    text, lowered, organizations = reader.text, reader.lowered, reader.organizations
    kinds = find_triggers(text, sentence.start, sentence.end, spans, lowered)
    at = decision_at(
        text,
        (sentence.start, sentence.end),
        organizations,
        dated=lambda: bool(find_dates(text[sentence.start : sentence.end])),
        lowered=lowered,
    )
    if at is None:  # ``АТ «Енергозбут» з 1 грудня запускає ...``: a change from a coming day
        at = scheduled_at(text, (sentence.start, sentence.end), organizations)
    if at is not None and not spans.covers(at):
        kinds[EventKind.ANNOUNCEMENT] = Found(explicit=True)
    if EventKind.VISIT in kinds and (
        _attended(text, sentence)  # ``На открытии побывали X и Y``: the opening's parties
        or _at_the_scene(text, sentence, reader.persons)
    ):
        kinds.pop(EventKind.VISIT)
    if EventKind.ATTACK in kinds:
        kinds.pop(EventKind.INCIDENT, None)  # ``внаслідок удару спалахнула пожежа``: the strike
    if not _STRIKES.isdisjoint(kinds) and (
        pick(_FORECAST, _FORECAST_RU).search(text, sentence.start, sentence.end)
        or pick(_HABITUAL, _HABITUAL_RU).search(text, sentence.start, sentence.end)
    ):
        for kind in _STRIKES:  # ``Можливі підтоплення``, ``щодня обстрілюють``: no one event
            kinds.pop(kind, None)
    return kinds


class _Reader:
    """Reads an item's sentences into drafts: what it needs of the item, worked out once."""

    def __init__(
        self, item: NewsItem, reference: dt.date | None, quotes: tuple[Quote, ...]
    ) -> None:
        """Prepare the text, its lower-case copy, the ``quotes`` and mentions of ``item``."""
        self.text = item.text
        self.actors = Actors(item)
        self.reference = reference
        self.spans = reported(quotes)
        self.spoken = spoken(quotes)
        self.answers = answers(quotes)
        self.mentions = _Mentions(item)
        self.mention_spans = self.mentions.spans()
        self.organizations = SpanSet(
            (mention.start, mention.end)
            for participant in item.participants
            if participant.kind is ParticipantKind.ORGANIZATION
            for mention in participant.mentions
        )
        self.persons = SpanSet(
            (mention.start, mention.end)
            for participant in item.participants
            if participant.kind is ParticipantKind.PERSON
            for mention in participant.mentions
        )
        self.year = _ItemYear(self.text, reference)
        self.lowered = lower_text(self.text)

    def date(self, sentence: Sentence) -> PartialDate | None:
        """Return the date of ``sentence``, past a dated dateline that another day follows.

        ``Кропивницкий, 3 декабря — Накануне вечером ... нанесли удар``: the dateline's day is
        the report's, and the relative word after it (`lexicon.OTHER_DAY_WORDS`) puts the
        event on another day, which by the guidelines has no date.
        """
        text, start = self.text, sentence.start
        dated = _DATED_OPENING.match(text, start, sentence.end)
        if dated is not None:
            with reading_at(start):
                if pick(_OTHER_DAY, _OTHER_DAY_RU).match(text, dated.end(), sentence.end):
                    start = dated.end()
        found = _first_date(text, start, sentence.end, self.reference)
        return found if found is not None else day_after(text, sentence.start, sentence.end)

    def recounts(self, sentence: Sentence) -> bool:
        """Return whether ``sentence`` is an interview's question or answer, which reports nothing.

        The interviewer's question (``Скільки підстанцій постраждало?``) asks, and the
        interviewee's answer (``Повреждения получили 43 подстанции``) is their account of
        months: neither tells the damage of a strike the item reports.
        """
        if self.answers.covers(sentence.start):
            return True
        return self.text[sentence.start : sentence.end].rstrip().endswith("?")

    def untriggered(self, sentence: Sentence, before: Sentence | None) -> tuple[_Draft, str] | None:
        """Return the draft and role of a sentence without triggers, or None."""
        text = self.text
        inside = self.mentions.inside(sentence.start, sentence.end)
        extra = [] if before is None else [before]
        if not self.recounts(sentence) and _aftermath(text, self.lowered, sentence):
            return _Draft(EventKind.ATTACK, [sentence], [], None, None, sentence.lead), "aftermath"
        if pick(_COURT_DOCUMENT, _COURT_DOCUMENT_RU).search(text, sentence.start, sentence.end):
            date = self.date(sentence)
            if date is not None:
                kind = EventKind.ANNOUNCEMENT
                return _Draft(kind, [sentence], inside, date, None, sentence.lead, extra=extra), (
                    "document"
                )
        if pick(_ANAPHORIC, _ANAPHORIC_RU).match(text, sentence.start, sentence.end):
            draft = _Draft(EventKind.PRESENTATION, [sentence], inside, None, None, lead=False)
            return draft, "actors"
        if inside and _joins(text, sentence):
            # (a visit kind keeps ``На открытии побывали X`` a visit when no event came before)
            kind = EventKind.VISIT if _attended(text, sentence) else EventKind.MEETING
            draft = _Draft(kind, [sentence], inside, None, None, lead=False)
            draft.opening = _names_opening(text, sentence)
            draft.meeting = _names_meeting(text, sentence)
            draft.signed = _names_signing(text, sentence)
            return draft, "joined"
        if before is not None and pick(_BACK, _BACK_RU).match(text, sentence.start):
            date = self.date(sentence)
            kind = EventKind.ANNOUNCEMENT
            return _Draft(kind, [sentence], inside, date, None, sentence.lead, extra=extra), "back"
        return _told_mode(text, sentence, self.date)

    def said_at(self, sentence: Sentence) -> tuple[_Draft, str] | None:
        """Return the draft of words said at an event (``– сказав на відкритті X``), or None.

        A sentence with no trigger whose attribution puts the words at an opening or a meeting
        (`spoken_at`): its speakers, not those the words name, are parties of that event (role
        ``setting``, `_to_setting`).
        """
        setting = self.spoken_at(sentence)
        if setting is None:
            return None
        speakers = self.mentions.inside_except(sentence.start, sentence.end, self.spoken)
        return _Draft(setting, [sentence], speakers, None, None, lead=False), "setting"

    def retold(self, sentence: Sentence) -> tuple[_Draft, str] | None:
        """Return the draft of a strike or emergency ``sentence`` retells in reported content.

        ``У ДСНС повідомили, що вночі дрони атакували об'єкт у Полтавській області`` triggers
        no event (reported speech is no narration), but when the narration reports that
        strike, the content names its places and casualties (role ``retold``, `_to_retold`).
        None when the sentence holds no reported content, or its content tells no strike or
        emergency of now.
        """
        if not self.spans.overlaps(sentence.start, sentence.end):
            return None
        kinds = _kinds(self, sentence, self.spoken)
        if _STRIKES.isdisjoint(kinds) or self.past_strike(sentence, kinds):
            return None
        if self.background(sentence, self.date(sentence), kinds):
            return None
        kind = EventKind.ATTACK if EventKind.ATTACK in kinds else EventKind.INCIDENT
        return _Draft(kind, [sentence], [], None, None, sentence.lead), "retold"

    def background(
        self, sentence: Sentence, date: PartialDate | None, kinds: dict[EventKind, Found]
    ) -> bool:
        """Return whether ``sentence`` is a life story or dated years before the item.

        A strike or an emergency is background already a year before (`STRIKE_HISTORY_GAP_YEARS`),
        or when only a year dates it.
        """
        if pick(_HISTORICAL, _HISTORICAL_RU).search(self.text, sentence.start, sentence.end):
            return True
        strike = not _STRIKES.isdisjoint(kinds)
        if date is None or date.year is None:
            return False
        if strike and date.month is None and date.day is None:
            return True  # ``навесні 2022 року обстрілювали``: a report dates a strike by its day
        latest = self.year.year()
        if latest is None:
            return False
        gap = STRIKE_HISTORY_GAP_YEARS if strike else HISTORICAL_GAP_YEARS
        return date.year <= latest - gap

    def past_strike(self, sentence: Sentence, kinds: dict[EventKind, Found]) -> bool:
        """Return whether ``sentence`` tells of a strike or an emergency a year or more ago.

        ``два роки тому`` dates it even with no publication date to count from; the other kinds
        of the sentence stay (``відвідав лікарню, яка постраждала від удару два роки тому``: the
        strike is the hospital's past, the visit is the news).
        """
        return not _STRIKES.isdisjoint(kinds) and bool(
            pick(_YEARS_AGO, _YEARS_AGO_RU).search(self.text, sentence.start, sentence.end)
        )

    def continued(
        self,
        sentence: Sentence,
        kinds: dict[EventKind, Found],
        participants: list[str],
        *,
        explicit: bool,
    ) -> tuple[_Draft, str] | None:
        """Return the draft of a sentence that goes on with the event just told, or None.

        ``Во второй день гости посетили ...`` (`VISIT_DAY_OPENERS`) tells more of the visit
        (role ``reference``); a sentence with only weak triggers that names who took part
        (``Участие в совещании приняли X и Y``, outside the lede) gives its parties to the
        event just told (role ``joined``).
        """
        text = self.text
        if EventKind.VISIT in kinds and pick(_VISIT_DAY, _VISIT_DAY_RU).match(text, sentence.start):
            return _Draft(EventKind.VISIT, [sentence], [], None, None, lead=False), "reference"
        if not explicit and participants and not sentence.lead and _joins(text, sentence):
            joined = _Draft(EventKind.MEETING, [sentence], participants, None, None, lead=False)
            joined.opening = _names_opening(text, sentence)
            joined.meeting = _names_meeting(text, sentence) or _conducted(text, sentence)
            joined.signed = _names_signing(text, sentence)
            return joined, "joined"
        return None

    def weak(
        self,
        sentence: Sentence,
        kinds: dict[EventKind, Found],
        participants: list[str],
        date: PartialDate | None,
    ) -> tuple[list[EventKind], str, bool]:
        """Return the kind, the role and whether it is a plan, of a sentence of weak triggers.

        The sentence tells an event when its participants or its date bear the word out (a
        strike by `_strike_corroborated`), else it refers to one told (``reference``). A plan
        (``Виставка пройде 9 березня``) tells none, nor a sentence that holds someone's own
        words (`spoken`: ``«...», – наголосив X під час засідання``): its narration is their
        attribution, and the event word there is the setting of the words, not news of its own;
        so is a weak event word in a report's source (``Про це під час засідання Кабміну
        розповіла X``, ``Об этом он заявил на заседании правительства``, `BACK_REFERENCE_OPENERS`).
        (Reported content, ``як зазначив X під час поїздки до Львова, ...``, leaves the narration
        its event, as the dev annotations read it.)
        """
        text = self.text
        weak = [kind for kind in KIND_PRIORITY if kind in kinds][:1]
        corroborated = bool(participants) or (date is not None and not kinds[weak[0]].named)
        if weak[0] in _STRIKES:
            corroborated = _strike_corroborated(text, sentence, self.mention_spans)
        planned = _planned(text, sentence)
        if planned or self.spoken.overlaps(sentence.start, sentence.end):
            corroborated = False
        elif weak[0] not in _STRIKES and _source_told(text, sentence):
            corroborated = False  # ``Про це під час засідання Кабміну розповіла X``: the setting
        role = "event" if corroborated else "reference"
        setting = None if planned or weak[0] in _STRIKES else self.spoken_at(sentence)
        if setting is not None:  # ``«...», – сказав на відкритті X``: X was at the event told
            weak, role = [setting], "setting"
        words = text[sentence.start : sentence.end]
        if EventKind.AGREEMENT in kinds and (
            (role == "reference" and _parties_agree(words, met_at=True))
            or pick(_CIRCUMSTANCE, _CIRCUMSTANCE_RU).match(words)
            or pick(_SIGNING_ENDED, _SIGNING_ENDED_RU).search(words)
        ):
            # ``Сторони домовилися про ...``, ``Під час зустрічі сторони домовилися``,
            # ``Зустріч завершилася підписанням угоди``: those who just met agreed (the meeting
            # named is the one just told, the setting of the agreement, whatever venue it names)
            return [EventKind.AGREEMENT], "parties", planned
        return weak, role, planned

    def spoken_at(self, sentence: Sentence) -> EventKind | None:
        """Return the kind of the event ``sentence`` says someone's words were said at, or None.

        ``«...», – сказала під час наради X`` (`SPOKEN_AT_EVENT_PATTERN`, in the narration, not
        in the words): the words' setting is the event told, and their speaker was there.
        """
        if not self.spoken.overlaps(sentence.start, sentence.end):
            return None
        setting = pick(_SPOKEN_AT, _SPOKEN_AT_RU)
        for found in setting.finditer(self.text, sentence.start, sentence.end):
            if found.group("bare") is not None and self._has_complement(found.end()):
                continue  # ``на церемонії нагородження волонтерів``: another ceremony
            if not self.spoken.covers(found.start()):
                meeting = found.group("meeting") is not None
                return EventKind.MEETING if meeting else EventKind.PRESENTATION
        return None

    def _has_complement(self, end: int) -> bool:
        """Return whether a word of a complement follows the setting noun ending at ``end``.

        A word in the genitive that no mention covers (``нагородження``, ``нового бюджету``)
        names what the ceremony is of; the speaker (``депутатка X``, in the nominative), a
        preposition (``у Луцьку``) or punctuation after the noun leave it bare.
        """
        found = _NEXT_WORD.match(self.text, end)
        if found is None or self.mention_spans.covers(found.start(1)):
            return False
        return any(
            "gent" in reading.tag.grammemes for reading in parse_word(found.group(1).lower())
        )

    def _pronoun_opens(self, sentence: Sentence) -> str | None:
        """Return the person a personal pronoun opening ``sentence`` stands for, or None.

        ``Вона відвідала ліцей ...``, ``Он посетил лицей ...`` (`SUBJECT_PRONOUNS`): the visitor
        just told goes on with the trip (a visit with a day of its own, ``Наступного дня
        він ...``, is another), when the pronoun agrees in gender with that visitor
        (`_continued`); ``він`` after a visit of a woman is another person's visit.
        """
        first = _FIRST_WORD.search(self.text, sentence.start, sentence.end)
        if first is None or first.group().lower() not in pick(
            SUBJECT_PRONOUNS, ru.SUBJECT_PRONOUNS
        ):
            return None
        found = self.actors.antecedents([(first.start(), first.end())])
        return found[0] if found else None

    def mark_going_on(self, draft: _Draft, sentence: Sentence, *, decided: bool = False) -> None:
        """Mark ``draft`` of ``sentence`` as going on with an event told before (`_continued`).

        Only outside the lede, for an event of people, when the sentence has no date of its own:
        it ``continues`` (`continuations.continues`), or, for a signing, opens with the signed
        document (``Документ підписали X і Y``, `continuations.refers_to_document`: the
        signatories of the agreement told); its opening mention is its subject. A decision
        ``decided`` by a decision verb of its own after the word of addition (``Також уряд
        схвалив постанову ...``, ``Кроме того, горсовет утвердил ...``) is one more decision,
        and an agreement reached (`AGREED_PATTERN`: ``Також сторони домовилися створити ...``)
        or signed by a signing verb of its own (``Кроме того, ОВА и завод подписали меморандум``;
        not ``Документ також підписали X і Y``, the document told) one more agreement, never
        going on with the one told. The opening subject goes on only with a court's ruling
        (``Суд розірвав договір``) or a sentence with no decision verb of its own: a body that
        decides again by a verb of its own (``Депутати погодили ...`` after ``Депутати міської
        ради ухвалили ...``, the deputies being the council) makes one more decision.
        """
        text = self.text
        if sentence.lead or draft.kind in _STRIKES or draft.that_day:
            return  # (``Того ж дня ...``: another happening of the day, `_Draft.that_day`)
        # (a date in a relative clause, ``лікарню, яку торік оснастили``, is the clause's)
        if find_dates(text[sentence.start : main_clause_end(text, sentence.start, sentence.end)]):
            return  # ``У квітні рада також ухвалила ...``: another day's decision
        # ``Ще 6,5 млн гривень депутати виділили на ...``: more of the allocation told
        more = draft.kind is EventKind.ANNOUNCEMENT and adds_amount(
            text, sentence.start, sentence.end
        )
        draft.continues = (
            more
            or continues(text, sentence.start, sentence.end)
            or (
                draft.kind is EventKind.AGREEMENT
                and refers_to_document(text, sentence.start, sentence.end)
            )
        )
        if not draft.continues and draft.kind is EventKind.VISIT:
            draft.pronoun_of = self._pronoun_opens(sentence)
            draft.continues = draft.pronoun_of is not None
        opening = opening_offset(text, sentence.start, sentence.end)
        draft.court = pick(_COURT, _COURT_RU).match(text, opening, sentence.end) is not None
        if draft.continues and (
            (decided and draft.kind is EventKind.ANNOUNCEMENT and not more)
            or (
                draft.kind is EventKind.AGREEMENT
                and (
                    pick(_AGREED, _AGREED_RU).search(text, sentence.start, sentence.end)
                    # ``Кроме того, ОВА и завод подписали меморандум``: a signing of its own
                    or (decided and not refers_to_document(text, sentence.start, sentence.end))
                )
            )
        ):
            draft.continues = False  # one more decision or agreement, not the `also` of one
            return
        if decided and draft.kind is EventKind.ANNOUNCEMENT and not draft.court:
            return  # ``Депутати погодили ...`` after the council's decision: one more decision
        draft.subject = self.mentions.opening(opening)

    def triggered(
        self, sentence: Sentence, kinds: dict[EventKind, Found], date: PartialDate | None
    ) -> Iterator[tuple[_Draft, str]]:
        """Yield the drafts of a sentence with triggers, each with its role."""
        text = self.text
        words = text[sentence.start : sentence.end]
        participants = self.mentions.inside(sentence.start, sentence.end)
        explicit = [kind for kind in KIND_PRIORITY if kind in kinds and kinds[kind].explicit]
        continued = self.continued(sentence, kinds, participants, explicit=bool(explicit))
        if continued is not None:
            yield continued
            return
        planned = False
        if explicit:
            chosen, role = explicit, "event"
        else:
            chosen, role, planned = self.weak(sentence, kinds, participants, date)
        # (a plan's mode, ``Совещание пройдет онлайн``, is not how the event just told went)
        mode = None if role == "reference" and planned else _mode(words)
        for kind in chosen:
            actors = participants
            if participants:
                span = (sentence.start, sentence.end)
                other = other_event_clauses(text, span, kind, self.mention_spans, self.spans)
                if other:  # ``лікарню, яку окупанти обстріляли``: the strike's actors
                    actors = self.mentions.inside_except(sentence.start, sentence.end, other)
            if role == "setting":  # the speaker, not those the words name
                actors = self.mentions.inside_except(sentence.start, sentence.end, self.spoken)
            draft = _Draft(kind, [sentence], list(actors), date, mode, sentence.lead)
            draft.groups = kinds[kind].groups if kind in kinds else frozenset()
            draft.planned = planned
            draft.that_day = (
                kind in _SAME_DAY_KINDS
                and kind in explicit
                and opens_same_day(text, sentence.start, sentence.end)
            )
            self.mark_going_on(draft, sentence, decided=kind in explicit)
            draft.ruling = kind is EventKind.ANNOUNCEMENT and _names_court(text, sentence)
            if kind is EventKind.INCIDENT:
                located = strike_places(text, sentence.start, sentence.end, self.mention_spans)
                draft.named = frozenset(found for _, found in located)
            if kind in _DURING_VISIT and _parties_agree(words, met_at=kind is EventKind.AGREEMENT):
                # ``Сторони провели переговори ...``, ``Під час огляду сторони обговорили``,
                # ``Стороны подписали соглашение``: the parties are those who just met or came
                # (`_to_talks`); of the talks' own names, those talked with (``з керівництвом
                # X``), not what was discussed (``обговорили відбудову ліцею № 3``)
                if kind is EventKind.MEETING:
                    draft.participants = self.mentions.partners(text, sentence.start, sentence.end)
                yield draft, "talks" if role == "event" else "parties"
                continue
            yield draft, role


def _drafts(
    item: NewsItem, reference: dt.date | None, quotes: tuple[Quote, ...]
) -> Iterator[tuple[_Draft, str]]:
    """Yield an event draft per triggered sentence with its role.

    The role is ``event`` (it stands on its own), ``reference`` (a weak trigger that refers back
    to an event of its kind), ``aftermath`` (casualties or damage with no trigger), ``back``
    (``Про це свідчить ...``: it adds to the event of the sentence before, kept in ``extra``),
    ``document`` (a court ruling cited with its date), ``actors`` (``Його відкрив X``: the
    actors of the event before), ``joined`` (``У церемонії взяли участь X``: more parties of
    the event just told), ``retold`` (a strike or emergency in reported content: more of the
    one the narration told), ``setting`` (``«...», – сказав на відкритті X``: the speaker is a
    party of the event named), ``parties`` (``Сторони домовилися``: an agreement of those who just
    met, else a reference) or ``talks`` (``Сторони провели переговори``, ``Стороны подписали
    соглашение``: an event of its own, with the parties of the latest meeting or visit).
    """
    reader = _Reader(item, reference, quotes)
    text = reader.text
    past_block: int | None = None  # a block whose narrative has moved into history
    apart: int | None = None  # a block that tells an earlier day's event (`earlier_time`)
    lede_earlier = False  # the lede opens with an earlier time itself: no paragraph is apart
    told = _StrikesTold(text, reader.mention_spans)
    previous: Sentence | None = None
    for sentence in sentences(item):
        before, previous = previous, sentence
        opens = before is None or before.block != sentence.block
        if opens:
            apart, lede_earlier = _paragraph_apart(text, sentence, lede_earlier=lede_earlier)
        # Each sentence is read in its paragraph's language; drafts are made inside, yielded out.
        drafts: list[tuple[_Draft, str]] = []
        with reading_at(sentence.start):
            kinds = _kinds(reader, sentence, reader.spans)
            if reader.past_strike(sentence, kinds):
                kinds = {kind: found for kind, found in kinds.items() if kind not in _STRIKES}
                if not kinds:
                    past_block = sentence.block  # the strike years ago is history
                    continue
            if not kinds:
                found = (
                    reader.untriggered(sentence, before)
                    or reader.said_at(sentence)
                    or reader.retold(sentence)
                )
                drafts = [] if found is None else [found]
            else:
                date = reader.date(sentence)
                if reader.background(sentence, date, kinds):
                    past_block = sentence.block  # a life story or a distant year: not the news
                elif past_block != sentence.block or find_dates(
                    text[sentence.start : sentence.end]
                ):
                    # (else ``він завітав до ...`` carries the story of the sentence before on)
                    drafts = list(reader.triggered(sentence, kinds, date))
                    if _another(text, sentence, reader.spans):
                        apart = sentence.block  # ``Еще одно ДТП произошло ...``
        apart = told.place(sentence, drafts, apart, opens=opens)
        yield from drafts


class _StrikesTold:
    """The strike and emergency sentences of an item's body read so far, and their places.

    The places are worked out only when a paragraph may tell another strike (`another_strike`),
    each sentence once.
    """

    def __init__(self, text: str, mentions: SpanSet) -> None:
        """Start with no sentence told, in ``text`` whose ``mentions`` are never places."""
        self.text = text
        self.mentions = mentions
        self.same_day: set[int] = set()
        """The blocks told apart as another strike of the lede's day (`another_strike`)."""
        self.told = False
        self.waiting: list[Sentence] = []
        self.places: set[str] = set()

    def place(
        self,
        sentence: Sentence,
        drafts: list[tuple[_Draft, str]],
        apart: int | None,
        *,
        opens: bool,
    ) -> int | None:
        """Mark the ``drafts`` of ``sentence`` apart, and return the block told apart, or None.

        ``apart`` is the block told apart so far (an earlier day's, `_paragraph_apart`); a
        sentence that ``opens`` its paragraph with another strike (`another_strike`) sets its
        own block apart.
        """
        if apart is None and opens and self.another_strike(sentence, drafts):
            apart = sentence.block  # ``Днем оккупанты обстреляли село X``: a second strike
            with reading_at(sentence.start):
                night = pick(_NIGHT_TIME, _NIGHT_TIME_RU).search(
                    self.text, sentence.start, sentence.end
                )
            if night is None:  # (at night it may be the next day: no date of the lede's)
                self.same_day.add(apart)
        for draft, _ in drafts:
            draft.apart = apart
            draft.same_day = apart in self.same_day
        headline = sentence.lead and not sentence.first_paragraph
        if not headline and any(draft.kind in _STRIKES for draft, _ in drafts):
            # (a headline sums up what the body tells: the body's first strike is no second)
            self.told = True
            self.waiting.append(sentence)
        return apart

    def named(self) -> set[str]:
        """Return the places the body's strike sentences read so far name."""
        for sentence in self.waiting:
            with reading_at(sentence.start):
                located = strike_places(self.text, sentence.start, sentence.end, self.mentions)
            self.places.update(found for _, found in located)
        self.waiting.clear()
        return self.places

    def another_strike(self, sentence: Sentence, drafts: list[tuple[_Draft, str]]) -> bool:
        """Return whether ``sentence``, opening a paragraph, tells another strike than before.

        A paragraph after the lede that opens with another time of the day (`LATER_OPENERS`:
        ``Днем``, ``Позже``, ``В тот же день``) and tells a strike of its own on no place a
        strike sentence before named (``Днем оккупанты обстреляли село X``, also when X is a
        name the dictionary knows as no place, `unknown_name`; a strike with no name of a place,
        ``Утром враг снова обстрелял окраины``, goes on with the one told) reports a second
        strike, with its own places and casualties; its date, unless it gives one, is the lede's
        (`LATER_OPENERS` are times of the lede's day). Its follow-ups (``Спасатели
        извлекли ...``) tell no strike, and a strike told again on a place already named
        (``Вечером враг снова атаковал X``) is the same, unless a word of addition puts the
        time after what was told (`ADDED_STRIKE_PREFIXES`: ``Кроме того, утром оккупанты
        обстреляли X``): one more strike, wherever it fell.
        """
        if sentence.lead or not self.told:
            return False
        if not any(draft.kind is EventKind.ATTACK and role == "event" for draft, role in drafts):
            return False
        with reading_at(sentence.start):
            if pick(_ADDED_TIME, _ADDED_TIME_RU).match(self.text, sentence.start, sentence.end):
                return True
            later = pick(_LATER_TIME, _LATER_TIME_RU).match(self.text, sentence.start, sentence.end)
            if not later and not pick(_ADDED_DAY, _ADDED_DAY_RU).match(
                self.text, sentence.start, sentence.end
            ):
                return False
            own = {
                found
                for _, found in strike_places(
                    self.text, sentence.start, sentence.end, self.mentions
                )
            }
            if not own:
                return not pick(_AGAIN, _AGAIN_RU).search(
                    self.text, sentence.start, sentence.end
                ) and self.unknown_name(sentence)
        return own.isdisjoint(self.named())

    def unknown_name(self, sentence: Sentence) -> bool:
        """Return whether ``sentence`` names something no participant is, after its first word.

        A capitalised word inside the sentence that is no participant's mention (``дроном
        село Зозулівщина``) is a name, most often of a place the dictionary does not know; a
        strike on ``громаду`` or ``окраины`` (a place told before) has none.
        """
        first = _FIRST_WORD.search(self.text, sentence.start, sentence.end)
        after = first.end() if first is not None else sentence.start
        return any(
            not self.mentions.covers(match.start())
            for match in _CYRILLIC_NAME.finditer(self.text, after, sentence.end)
        )


def _told_mode(
    text: str, sentence: Sentence, date_of: Callable[[Sentence], PartialDate | None]
) -> tuple[_Draft, str] | None:
    """Return the draft of ``Подписание прошло онлайн`` (role ``mode``), or None.

    A sentence that opens with a noun of an event (`EVENT_NOUNS`) and states a mode or a date
    (``date_of``: ``Церемонія відбулася 6 березня``) tells how or when the event just
    reported went; a plan (``Совещание пройдет онлайн в четверг``, `_planned`) tells no such
    thing.
    """
    if not pick(_EVENT_NOUN, _EVENT_NOUN_RU).match(text, sentence.start):
        return None
    mode = _mode(text[sentence.start : sentence.end])
    date = date_of(sentence)
    if (mode is None and date is None) or _planned(text, sentence):
        return None
    return _Draft(EventKind.MEETING, [sentence], [], date, mode, lead=False), "mode"


def _planned(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` tells a plan (`FUTURE_WORDS`, a verb in the future)."""
    words = text[sentence.start : sentence.end]
    return bool(pick(_FUTURE, _FUTURE_RU).search(words)) or future(
        text, sentence.start, sentence.end
    )


def _at_the_scene(text: str, sentence: Sentence, persons: SpanSet) -> bool:
    """Return whether ``sentence`` tells that those on duty came to the scene (`_SCENE`).

    ``На место вызова прибыли 20 спасателей``: rescuers or police answering an emergency,
    no visit. A person named as the one who came (``На место удара прибыл городской голова
    X``) visited it, as the guidelines count ``прибув``.
    """
    if not pick(_SCENE, _SCENE_RU).search(text, sentence.start, sentence.end):
        return False
    return not persons.overlaps(sentence.start, sentence.end)


def _joins(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` names more parties of an event (`JOINED_PARTY_PATTERN`).

    So does a sentence of those who attended it (`_attended`).
    """
    words = text[sentence.start : sentence.end]
    return pick(_JOINED, _JOINED_RU).occurs(words) or _attended(text, sentence)


def _names_opening(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` names the opening its parties took part in (`_CEREMONY`)."""
    return pick(_CEREMONY, _CEREMONY_RU).search(text, sentence.start, sentence.end) is not None


def _names_meeting(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` names the meeting its parties took part in (`_Draft.meeting`)."""
    found = pick(_MEETING_JOINED, _MEETING_JOINED_RU).search(text, sentence.start, sentence.end)
    return found is not None


def _conducted(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` opens with the meeting and who held it (``Нараду провів X``).

    `CONDUCTED_MEETING_PATTERN`: the meeting named again, so its parties are the latest
    meeting's, however far back it was told (`_Draft.meeting`).
    """
    words = text[sentence.start : sentence.end].lstrip(' \t\n«"„“')
    return pick(_CONDUCTED, _CONDUCTED_RU).match(words) is not None


def _names_signing(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` of those who took part tells they signed (`_Draft.signed`)."""
    words = text[sentence.start : sentence.end]
    return pick(_SIGNED, _SIGNED_RU).occurs(words) or refers_to_document(
        text, sentence.start, sentence.end
    )


def _attended(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` tells who attended an event (`ATTENDED_EVENT_PATTERN`).

    ``На открытии побывали X и Y``: the place of the visit verb is an event, so they are its
    parties, not the makers of a visit.
    """
    words = text[sentence.start : sentence.end]
    return pick(_ATTENDED, _ATTENDED_RU).occurs(words)


def _another(text: str, sentence: Sentence, quoted: SpanSet) -> bool:
    """Return whether ``sentence`` tells another event of a kind (``Еще одно ДТП``).

    That is `ANOTHER_EVENT_PATTERN` with a trigger in the two words after it (``Ще одна
    пожежа``), not a count (``ранен еще один человек``).
    """
    for match in pick(_ANOTHER, _ANOTHER_RU).finditer(text, sentence.start, sentence.end):
        after = _NEXT_TWO_WORDS.match(text, match.end(), sentence.end)
        if after is not None and find_triggers(text, after.start(), after.end(), quoted):
            return True
    return False


def _paragraph_apart(
    text: str, sentence: Sentence, *, lede_earlier: bool
) -> tuple[int | None, bool]:
    """Return the block of the paragraph ``sentence`` opens if it is apart, and `lede_earlier`.

    The paragraph is apart when it opens with an earlier time (`_tells_earlier`) and the lede
    did not (``lede_earlier``, worked out again when ``sentence`` opens the lede).
    """
    if sentence.first_paragraph:
        with reading_at(sentence.start):
            lede_earlier = _opens_earlier(text, sentence.start, sentence.end)
    told_apart = not lede_earlier and _tells_earlier(text, sentence)
    return (sentence.block if told_apart else None), lede_earlier


def _opens_earlier(text: str, start: int, end: int) -> bool:
    """Return whether the sentence ``text[start:end]`` opens with an earlier time (`earlier_time`).

    Also after the writer's aside (``Нагадаємо, напередодні ввечері армія рф атакувала ...``,
    `continuations.after_aside`): the report's own words before the time, which still opens
    what the sentence tells.
    """
    return earlier_time(text, after_aside(text, start, end), end)


def _reminder_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a sentence opening with one of the reminder ``words`` and a comma."""
    return re.compile(rf"[\s«\"„“]*(?:{'|'.join(words)})\s*,", re.IGNORECASE)


_REMINDER = _reminder_pattern(REMINDER_ASIDES)
_REMINDER_RU = _reminder_pattern(ru.REMINDER_ASIDES)
_ALSO = re.compile(_words(ALSO_WORDS), re.IGNORECASE)
_ALSO_RU = re.compile(_words(ru.ALSO_WORDS), re.IGNORECASE)


def _reminds(text: str, start: int, end: int) -> bool:
    """Return whether the sentence ``text[start:end]`` opens with the writer's reminder.

    ``Нагадаємо, у січні в Рівненському районі згоріли два будинки``, ``Напомним, в конце
    сентября ... пострадало предприятие в Ингульском районе`` (`lexicon.REMINDER_ASIDES`):
    after the report's first sentence, it recalls an event reported before, so the places it
    names are that event's, not the strike's or emergency's the report tells. Not one that
    says it tells more of this one (`lexicon.ALSO_WORDS`: ``Нагадаємо, армія рф також
    атакувала дронами Очаків``).
    """
    if pick(_REMINDER, _REMINDER_RU).match(text, start, end) is None:
        return False
    return pick(_ALSO, _ALSO_RU).search(text, start, end) is None


def _tells_earlier(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` opens a paragraph after the lede with an earlier time.

    ``Накануне вечером враг обстрелял Очаков`` closing a report of today's strike on another
    town tells a second strike: the day before is not the day of the lede's event. (Not when
    the lede opens so too, `_drafts`: ``Вчера вечером ...`` then ``Вчера же ...`` tell one day.)
    """
    if sentence.lead:
        return False
    with reading_at(sentence.start):
        return _opens_earlier(text, sentence.start, sentence.end)


def _mergeable(event: _Draft, draft: _Draft) -> bool:
    """Return whether ``draft`` reports the same event as ``event``."""
    if (
        event.kind is not draft.kind
        or event.apart != draft.apart
        # ``Цього ж дня депутати ухвалили ...``: another happening of that day
        or (draft.that_day and not _headline_only(event))
    ):
        return False
    if event.date is not None and draft.date is not None and event.date != draft.date:
        return False
    if event.kind is EventKind.ATTACK:
        return True  # the strikes one item reports are one attack
    if event.kind is EventKind.INCIDENT:
        specific, other = event.groups - _ANY_INCIDENT, draft.groups - _ANY_INCIDENT
        return (
            bool(specific & other)
            or not (specific and other)
            or (_blast_and_consequence(specific, other) and _next_block(event, draft))
        )
    if event.kind is EventKind.ANNOUNCEMENT:
        # (one body's two decisions are two announcements; the headline's is the first)
        return (event.lead and draft.lead) or _headline_only(event)
    shared = not set(event.participants).isdisjoint(draft.participants)
    return shared or (event.lead and draft.lead) or _goes_on(event, draft) or _headline_only(event)


def _headline_only(event: _Draft) -> bool:
    """Return whether ``event`` is told in the headline alone so far.

    A headline sums up the news the body tells (``Славута і Бистриця підписали угоду``, then
    ``Наступного дня мер і віцепрезидент підписали меморандум ...``): the body's first event of
    its kind, not told apart nor dated on another day (`_mergeable`), is the headline's, however
    far into the body it comes; once a body sentence has told it, a later one is news of its own.
    """
    return all(sentence.lead and not sentence.first_paragraph for sentence in event.sentences)


def _goes_on(event: _Draft, draft: _Draft) -> bool:
    """Return whether ``draft`` tells more of an opening the headline and lede report.

    An opening is told in the lede and then, in the paragraph after it, with who opened it
    (``Новый корпус открыли городской голова X и директор Y``): an undated opening right after
    the lede's is the same one.
    """
    return (
        _may_go_on(draft)
        and event.lead
        and draft.sentences[0].block - event.sentences[-1].block == 1  # added in text order
    )


def _may_go_on(draft: _Draft) -> bool:
    """Return whether ``draft`` may tell more of an opening of the lede (`_goes_on`).

    An undated opening told after the lede: whichever event it goes on with is one of the
    headline's or lede's (`_merge_candidates` offers those).
    """
    return draft.kind is EventKind.PRESENTATION and not draft.lead and draft.date is None


def _blast_and_consequence(one: frozenset[str], other: frozenset[str]) -> bool:
    """Return whether one group set is an explosion or a fire, the other only what it brings about.

    A gas explosion brings down floors and sets fires (`BLAST_CONSEQUENCES`); a fire poisons
    with its smoke (`FIRE_CONSEQUENCES`).
    """
    return any(
        (one == cause and other <= results) or (other == cause and one <= results)
        for cause, results in _CONSEQUENCES
    )


_CONSEQUENCES = ((_BLAST, BLAST_CONSEQUENCES), (frozenset({"fire"}), FIRE_CONSEQUENCES))


def _next_block(event: _Draft, draft: _Draft) -> bool:
    """Return whether ``draft`` goes on with the emergency ``event`` in its paragraph or the next.

    The collapse a gas explosion brought down is told in its paragraph, or in the one after it
    when that names no other place (``В результате обрушения перекрытий ...``); ``В Одессе
    произошел пожар`` after a paragraph on Dnipro is another emergency.
    """
    # (``extra``: ``произошел взрыв газа`` after the headline's ``взорвался газ`` tells it too)
    blocks = {sentence.block for sentence in (*event.sentences, *event.extra)}
    if any(sentence.block in blocks for sentence in draft.sentences):
        return True
    return draft.named <= event.named and any(
        sentence.block - 1 in blocks for sentence in draft.sentences
    )


def _merge(event: _Draft, draft: _Draft) -> None:
    """Fold ``draft`` into ``event``: earlier values win, participants are united."""
    event.sentences.extend(draft.sentences)
    event.participants.extend(p for p in draft.participants if p not in event.participants)
    event.date = event.date if event.date is not None else draft.date
    event.mode = event.mode if event.mode is not None else draft.mode
    event.groups |= draft.groups
    event.named |= draft.named
    event.extra.extend(draft.extra)
    event.aftermath.extend(draft.aftermath)


def _blast_cause(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` states a cause of an explosion, read in its language."""
    with reading_at(sentence.start):
        found = pick(_BLAST_CAUSE, _BLAST_CAUSE_RU).search(text, sentence.start, sentence.end)
    return found is not None


def _fire_cause(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` states a cause of a fire no strike set (``проводка``)."""
    with reading_at(sentence.start):
        found = pick(_FIRE_CAUSE, _FIRE_CAUSE_RU).search(text, sentence.start, sentence.end)
    return found is not None


def _with_next(own: list[Sentence], following: dict[int, Sentence]) -> Iterator[Sentence]:
    """Yield the sentences ``own`` and the narration sentence after each in its paragraph.

    The sentence after a fire may state its cause in reported words (``По данным ГСЧС,
    причиной пожара стало короткое замыкание``), which tell no event of their own.
    ``following`` is `_next_in_paragraph` of the item's narration.
    """
    for sentence in own:
        yield sentence
        after = following.get(sentence.start)
        if after is not None:
            yield after


def _next_in_paragraph(narration: list[Sentence]) -> dict[int, Sentence]:
    """Return, by the start of each sentence of ``narration``, the next one in its paragraph."""
    return {
        sentence.start: after
        for sentence, after in itertools.pairwise(narration)
        if after.block == sentence.block
    }


def _of_war(item: NewsItem) -> bool:
    """Return whether the text of ``item`` has words of war (`ATTACK_CONTEXT_PATTERN`).

    The text is read a block at a time (the headline, each paragraph with the caption before
    it), each in its own language.
    """
    text = item.text
    blocks: list[tuple[int, int, int]] = []  # where its language is read, start, end
    previous = 0
    if item.headline is not None:
        previous = len(item.headline)
        blocks.append((0, 0, previous))
    for span in item.paragraph_spans():
        blocks.append((span.start, previous, span.end))
        previous = span.end
    blocks.append((previous, previous, len(text)))
    for at, start, end in blocks:
        with reading_at(at):
            found = pick(_WAR, _WAR_RU).search(text, start, end)
        if found is not None:
            return True
    return False


def _fold_into_attack(events: list[_Draft], item: NewsItem) -> list[_Draft]:
    """Return ``events`` with the fires and explosions of an item's attack folded into it.

    In an item with words of war (`ATTACK_CONTEXT_PATTERN`) and no strike otherwise told,
    explosions with no cause stated (``пролунали вибухи``, not ``вибух газу``) are the strike.
    """
    text = item.text
    attack = next((event for event in events if event.kind is EventKind.ATTACK), None)
    if attack is None:
        blasts = [
            e
            for e in events
            if e.kind is EventKind.INCIDENT
            and e.groups == _BLAST
            and not any(_blast_cause(text, s) for s in e.sentences)
        ]
        if not blasts or not _of_war(item):
            return events
        attack = blasts[0]
        attack.kind = EventKind.ATTACK
    kept: list[_Draft] = []
    following = _next_in_paragraph(sentences(item))  # once: an item may hold many fires
    attacks: dict[int | None, _Draft] = {attack.apart: attack}  # each strike told apart: its own
    for event in events:
        if event.kind is EventKind.ATTACK:
            attacks.setdefault(event.apart, event)
    for event in events:
        target = attacks.get(event.apart)
        if (
            target is not None
            and event.kind is EventKind.INCIDENT
            and event.groups <= FOLDED_INTO_ATTACK
            and not any(_fire_cause(text, s) for s in _with_next(event.sentences, following))
        ):
            _merge(target, event)
        else:
            kept.append(event)
    return kept


def _topics(text: str) -> tuple[str, ...]:
    """Return the topics of the first topic list in ``text``, each in the nominative."""
    opener = pick(_TOPIC_OPENER, _TOPIC_OPENER_RU).search(text)
    if opener is None:
        return ()
    rest = text[opener.end() :]
    end = _LIST_END.search(rest)
    rest = rest if end is None else rest[: end.start()]
    topics: list[str] = []
    for raw in pick(_LIST_SPLIT, _LIST_SPLIT_RU).split(rest.strip()):
        words = raw.split()
        for index, word in enumerate(words):
            if word.lower() in pick(_STOP, _STOP_RU):
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


def _strike_fields(
    item: NewsItem, event: _Draft, mentions: SpanSet
) -> tuple[tuple[str, ...], int | None, int | None]:
    """Return the places, killed and injured of an attack or incident."""
    text = item.text
    places: list[str] = []
    killed: list[Count] = []
    injured: list[Count] = []
    broad: set[str] = set()  # the headline's regions and places around which it happened
    body: list[str] = []  # the places the sentences after the headline name, in text order
    denied: list[frozenset[str]] = []  # the places of sentences that deny any victim there
    hurt_at: set[str] = set()  # the places of sentences that count people hurt
    told: tuple[int, frozenset[str]] | None = None  # the paragraph and places last named
    ordered = sorted({*event.sentences, *event.aftermath}, key=lambda sentence: sentence.start)
    first = _first_told(text, event)
    for sentence in ordered:
        with reading_at(sentence.start):  # each sentence in its paragraph's language
            located = strike_places(text, sentence.start, sentence.end, mentions)
            if (
                first is not None
                and sentence.start > first
                and (
                    _opens_earlier(text, sentence.start, sentence.end)
                    or _reminds(text, sentence.start, sentence.end)
                )
            ):
                located = []  # ``Накануне ... под обстрел попали X``: another strike's places
            here = [found for _, found in located]
            (dead, more_dead), (hurt, more_hurt) = stated_casualties(
                text, sentence.start, sentence.end
            )
            dead_again, hurt_again = restated(text, sentence.start, sentence.end)
        headline = sentence.lead and not sentence.first_paragraph
        if headline:
            broad.update(here)
        else:
            body.extend(here)
        places.extend(found for found in dict.fromkeys(here) if found not in places)
        named = frozenset(here)
        told = (sentence.block, named) if named else told
        about = _spoken_of(sentence.block, told)
        if dead == 0 and hurt == 0:
            denied.append(about)  # ``там обійшлося без постраждалих``: nobody harmed there
        elif hurt:
            hurt_at.update(about)
        if dead is not None:
            killed.append(Count(dead, headline, named, added=more_dead, restated=dead_again))
        if hurt is not None:
            injured.append(Count(hurt, headline, named, added=more_hurt, restated=hurt_again))
    if body:  # ``Армия РФ обстреляла Херсонщину``: the body names the towns struck in it
        # and says which is the main one: a headline's region that the body names as what
        # holds them (``обстреляли Купянский район`` over ``село Петровка Купянского района``)
        # comes after the village the body names first
        places = list(dict.fromkeys(body))
    places = one_name_per_region(places, [*places, *broad])
    dead_total, hurt_total = event_total(killed), event_total(injured)
    if dead_total == 0 and hurt_total and _denied_elsewhere(denied, hurt_at, killed):
        # ``поранено п'ятеро ... Там обійшлося без постраждалих``: the denial speaks of the one
        # part where nobody was harmed; of the dead where people were hurt it says nothing
        dead_total = None
    return tuple(places), dead_total, hurt_total


def _spoken_of(block: int, told: tuple[int, frozenset[str]] | None) -> frozenset[str]:
    """Return the places a sentence of paragraph ``block`` is about: its paragraph's last named.

    ``told`` is the paragraph and places of the last sentence that named any, the sentence
    itself when it does: one that names none goes on about the place its paragraph named last
    (``По Шосткинській громаді ... удару. Постраждалих немає``, ``Там ...``).
    """
    return told[1] if told is not None and told[0] == block else frozenset()


def _denied_elsewhere(denied: list[frozenset[str]], hurt_at: set[str], killed: list[Count]) -> bool:
    """Return whether every count of no dead is a denial of victims in a part of its own.

    ``denied`` holds the places of the sentences that deny any victim, ``hurt_at`` those of the
    sentences that count people hurt (each a sentence's own or its paragraph's last named). A
    denial speaks of one part of the strike only when it is about a place, none of those where
    people were hurt (``Також під обстріл потрапила Марганецька громада, там обійшлося без
    постраждалих``); a denial about no place, or about the place of the wounded, speaks of the
    whole (``Поранено двох жінок. Інших постраждалих немає``: nobody else, so no dead).
    """
    apart = [named for named in denied if named and not named & hurt_at]
    return len(killed) == len(apart)


def _first_told(text: str, event: _Draft) -> int | None:
    """Return the start of the first sentence after the headline that tells ``event``, or None.

    A later sentence that opens with an earlier time (`places.earlier_time`) tells another
    strike; None when that first sentence opens so itself (``Накануне вечером армия
    обстреляла ...``), and then no sentence is told apart by its opening.
    """
    told = next((s for s in event.sentences if not (s.lead and not s.first_paragraph)), None)
    if told is None:
        return None
    with reading_at(told.start):
        return None if _opens_earlier(text, told.start, told.end) else told.start


def _broad(text: str, at: int, name: str) -> bool:
    """Return whether the place ``name`` at offset ``at`` is only roughly where it happened.

    A whole region (`_region`) or a place after ``під``/``под`` (``ДТП под Полтавой``) says
    about where; in a headline it gives way to the exact places the body names.
    """
    before = text[max(0, at - _AROUND_REACH) : at].split()
    return _region(name) or (bool(before) and before[-1].lower() in AROUND_PREPOSITIONS)


_AROUND_REACH = 8
"""Characters before a place where its preposition stands (``под ``, ``під ``)."""


def _region(name: str) -> bool:
    """Return whether the place ``name`` is a whole region or district (``Херсонщина``)."""
    return name.endswith(REGION_SUFFIX) or name.rsplit(maxsplit=1)[-1].lower() in REGION_HEADS


def _actors(item: NewsItem, event: _Draft, unnamed: Actors) -> tuple[str, ...]:
    """Return the participants who acted in ``event`` (``unnamed``: offices and pronouns)."""
    if event.kind is EventKind.INCIDENT:
        return ()  # an emergency has victims and rescuers, no party to it
    if event.kind is EventKind.ATTACK:
        return tuple(
            participant_id
            for participant_id in event.participants
            if is_attacker(item.participant(participant_id).name)
        )
    spans = [(sentence.start, sentence.end) for sentence in event.sentences]
    named = list(event.participants)
    for found in (unnamed.holders(spans), unnamed.antecedents(spans)):
        named.extend(p for p in found if p not in named)
    return _without_represented(item, named)


def _lead_date(
    item: NewsItem, first: list[Sentence], reference: dt.date | None
) -> PartialDate | None:
    """Return the date of the item's first sentence after the headline, else the headline's.

    That is where a report puts the day it is about (``Сьогодні, 5 березня, ...``); a lede
    that gives none leaves it to the headline (``5 березня в Житомирі горіла квартира``, then
    ``У Житомирі загорілася квартира``), which sums up the same report.
    """
    text = item.text
    for sentence in first:
        with reading_at(sentence.start):
            found = _first_date(text, sentence.start, sentence.end, reference)
        if found is not None:
            return found
    for sentence in sentences(item):
        if not sentence.lead or sentence.first_paragraph:
            break  # past the headline
        with reading_at(sentence.start):
            found = _first_date(text, sentence.start, sentence.end, reference)
        if found is not None and found.day is not None:
            return found  # (a year alone, ``Підсумки 2025 року``, sums up no one day)
    return None


@attrs.frozen
class _Lede:
    """The opening of an item's body, read once per item: its dateline and its lead sentence."""

    lead: Sentence | None
    """The body's first sentence after the dateline (`places.dateline`), or None."""
    opening: list[Sentence]
    """The sentences that give the lead's date: the lead, after a dateline standing alone."""
    city: str | None
    """The city the dateline names (``ЛУЦК, 14 апреля.`` -> ``Луцк``), or None."""


def _lede(item: NewsItem) -> _Lede:
    """Return the opening of ``item``'s body: the dateline, the lead and the date's sentences.

    ``УМАНЬ. Утром 22 ноября ...``: a dateline (`places.dateline`, whether or not its words
    read as a city) says where the report was written; the lead, and the day it is about,
    come after it.
    """
    body = [sentence for sentence in sentences(item) if sentence.first_paragraph]
    if not body:
        return _Lede(None, [], None)
    with reading_at(body[0].start):
        found = dateline(item.text, body[0].start, body[-1].end)
    after = body[0].start if found is None else found.end
    lead = next((sentence for sentence in body if sentence.end > after), None)
    opening = body[:2] if after >= body[0].end else body[:1]
    return _Lede(lead, opening, None if found is None else found.city)


def _place(text: str, sentence: Sentence, kind: EventKind, mentions: SpanSet) -> tuple[str, ...]:
    """Return the place of an event of ``kind`` named in ``sentence`` (`place_parts`)."""
    with reading_at(sentence.start):
        return place_parts(text, sentence.start, sentence.end, kind, mentions)


def _event_place(
    text: str, ordered: list[Sentence], kind: EventKind, mentions: SpanSet
) -> tuple[str, ...]:
    """Return the first place the sentences ``ordered`` give an event of ``kind``, or ().

    A headline's region (``Посол посетил Полтавщину``) gives way to a place a sentence of the
    body names (``побывал в Полтаве``): the body says where in the region it was. The place
    comes with its district when the sentence names the city's district (`place_parts`).
    """
    region: tuple[str, ...] = ()
    for index, sentence in enumerate(ordered):
        found = _place(text, sentence, kind, mentions)
        if not found:
            continue
        headline = sentence.lead and not sentence.first_paragraph
        if not (headline and _region(found[0])):
            if headline:  # ``В Житомире открыли ...`` and the body's district of that city
                later = (_place(text, other, kind, mentions) for other in ordered[index + 1 :])
                found = next((one for one in later if one[:1] == found and one[1:]), found)
            return found
        region = region or found
    return region


def _seat(item: NewsItem, participants: tuple[str, ...], sentence: Sentence) -> tuple[str, ...]:
    """Return the city the first deciding body that names one sits in, as places, or none.

    A decision is made where the body that takes it sits (``суд м. Житомира``, ``Київська
    мерія``, `uanews.parser.events.seats`) when the text names no place for it.
    """
    with reading_at(sentence.start):
        for participant_id in participants:
            participant = item.participant(participant_id)
            if participant.kind is ParticipantKind.ORGANIZATION:
                found = seat(participant.name)
                if found is not None:
                    return (found,)
    return ()


@define
class _ItemFacts:
    """What finishing each event of an item reads, worked out once per item."""

    lead_date: PartialDate | None
    """The date of the item's first sentence after the headline."""
    lede: _Lede
    """The body's dateline and lead sentence (`_lede`)."""
    mentions: SpanSet
    """The spans of the participants' mentions, whose words are never places."""
    unnamed: Actors
    """The people the events' sentences name by an office or a pronoun."""
    institutions: dict[int, Participant]
    """The item's organisations by the start of each mention (`_institutions`)."""
    headlines: set[int] = attrs.Factory(set)
    """The starts of the headline sentences an event finished so far has as its evidence."""
    organizations: list[tuple[int, int, str]] | None = None
    """The organisations' mentions, sorted (`_organization_mentions`), once an opening asks."""
    press_offices: frozenset[str] = frozenset()
    """The ids of the item's press offices (`_press_offices`), which are no party."""


def _evidence(event: _Draft, headlines: set[int]) -> Sentence:
    """Return the sentence that is ``event``'s evidence, and note a headline it takes.

    A headline that reports two events (``Мэр посетил Кременчуг и подписал меморандум``) is
    the evidence of the first only; the next takes its own first sentence of the body.
    """
    first = event.sentences[0]
    headline = first.lead and not first.first_paragraph
    if headline and first.start in headlines:
        later = next((s for s in event.sentences if s.start != first.start), None)
        return first if later is None else later
    if headline:
        headlines.add(first.start)
    return first


def _finish(
    item: NewsItem,
    event: _Draft,
    facts: _ItemFacts,
) -> Event:
    """Return the finished `Event` for ``event``, with what ``facts`` holds of its item."""
    lead_date, mentions = facts.lead_date, facts.mentions
    text = item.text
    ordered = sorted([*event.sentences, *event.extra], key=lambda sentence: sentence.start)
    topics: tuple[str, ...] = ()
    for sentence in ordered:
        with reading_at(sentence.start):  # the list's words in its paragraph's language
            topics = _topics(text[sentence.start : sentence.end])
        if topics:
            break
    date = event.date
    if (
        date is None
        and (event.apart is None or event.same_day)
        and (event.kind in _STRIKES or any(s.lead for s in event.sentences))
        and not _other_day(text, event)
        and not _weekday_told(text, event)
    ):
        date = lead_date
    killed = injured = None
    places: tuple[str, ...] = ()
    if event.kind in _STRIKES:
        places, killed, injured = _strike_fields(item, event, mentions)
    elif event.mode is not EventMode.ONLINE:  # an online event has no place of its own
        places = _event_place(text, ordered, event.kind, mentions)
    places, participants = _places_and_parties(item, event, ordered, places, facts)
    first = _evidence(event, facts.headlines)
    return Event(
        kind=event.kind,
        date=date,
        mode=event.mode,
        place=places[0] if places else None,
        participants=participants,
        topics=topics,
        evidence=Span(first.start, first.end),
        places=places,
        killed=killed,
        injured=injured,
    )


def _other_day(text: str, event: _Draft) -> bool:
    """Return whether a sentence telling ``event`` places it on another day (``Накануне``).

    ``Кропивницкий, 3 декабря — Накануне вечером ... нанесли удар``: a relative day word
    (`lexicon.OTHER_DAY_WORDS`: ``напередодні``, ``вчера``) puts the event before or after the
    day the report gives, so the lede's or the dateline's date is not the event's; by the
    guidelines a relative word gives no date.
    """
    for sentence in event.sentences:
        with reading_at(sentence.start):
            if pick(_OTHER_DAY, _OTHER_DAY_RU).search(text, sentence.start, sentence.end):
                return True
    return False


def _weekday_told(text: str, event: _Draft) -> bool:
    """Return whether a sentence telling ``event`` gives its day as a weekday (``у вівторок``).

    ``ОДЕССА, 3 декабря. Вечером во вторник ... вспыхнул пожар``: the event's sentence says
    when it was in a relative word of its own (`dates.names_a_weekday`), which by the
    guidelines gives no date; the day the lede or the dateline states is not put in its place.
    """
    return any(names_a_weekday(text, one.start, one.end) for one in event.sentences)


_OTHER_DAY = re.compile(_words(OTHER_DAY_WORDS), re.IGNORECASE)
_OTHER_DAY_RU = re.compile(_words(ru.OTHER_DAY_WORDS), re.IGNORECASE)
_DATED_OPENING = re.compile(
    r"[\s«\"„“]*(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’ʼ\-]+(?:[ \-][\w'’ʼ\-]+){0,2},\s*"
    r"\d{1,2}\s+[^\W\d_]+\s*(?:\.|[—–]|-(?=\s))\s*"
)
"""A dated dateline opening a sentence, with the dash or full stop after it (``Кропивницкий, 3
декабря — ``, ``ОДЕСА, 25 листопада – ``), up to the words that follow."""


def _places_and_parties(
    item: NewsItem,
    event: _Draft,
    ordered: list[Sentence],
    places: tuple[str, ...],
    facts: _ItemFacts,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the places and participants of ``event``, given the ``places`` its words name.

    What was opened or visited is no party to it (a visited institution is the place when no
    other is named, and never a party); with still no place, an announcement takes its body's
    seat and any event the one city of a body, office or object its sentences name
    (``районный суд Одессы``), or else the one town a town's own body they name is named after
    (``Львівська міська рада``, `places.town_of_body`).
    """
    participants = _actors(item, event, facts.unnamed)
    participants = tuple(one for one in participants if one not in facts.press_offices)
    if event.kind in _HELD_KINDS:  # ``провел встречу в горсовете``: where, not who
        spans = [(sentence.start, sentence.end) for sentence in ordered]
        held = venues(item.text, map(item.participant, participants), spans)
        participants = tuple(one for one in participants if one not in held)
    if event.kind is EventKind.PRESENTATION:
        opened = _opened(item, event.sentences, facts)
        participants = tuple(one for one in participants if one not in opened)
    if event.kind is EventKind.VISIT:
        places, participants = _visited(item, event, ordered, facts, (places, participants))
    if places or event.mode is EventMode.ONLINE:
        return places, participants
    if event.kind is EventKind.ANNOUNCEMENT:
        places = _seat(item, participants, event.sentences[0])
    if not places:
        spans = [(s.start, s.end) for s in ordered]
        city = city_of(item.text, spans, facts.mentions) or town_of_body(item.text, spans)
        places = () if city is None else (city,)
    if not places:
        places = _lead_place(item, event, facts)
    return places, participants


_PRESS_OFFICES = (
    participants_lexicon.PRESS_SERVICE_NOUNS | participants_lexicon_ru.PRESS_SERVICE_NOUNS
)
"""Head nouns of the office that tells an organisation's news, in either language."""


def _press_offices(item: NewsItem) -> frozenset[str]:
    """Return the ids of ``item``'s participants that are press offices (``пресслужба банку``).

    A press office is the channel an event is reported through (``..., повідомили в
    пресслужбі банку``), not one who met, visited, decided or attacked: it is no party.
    """
    return frozenset(
        one.id
        for one in item.participants
        if (words := one.name.split(maxsplit=1)) and words[0].lower() in _PRESS_OFFICES
    )


_HELD_KINDS = frozenset({EventKind.MEETING, EventKind.VISIT, EventKind.AGREEMENT})
"""Kinds of events held somewhere: an organisation named as their venue is no party.

Not a presentation: the institution an exhibition or a premiere is put on in (``У
Тернопільському краєзнавчому музеї відкрили виставку``, ``В университете презентовали
словарь``) hosts it and is its party, as the organiser of what is shown; what is opened
itself (``открыли лицей``, `_opened`) is still none."""


def _visited(
    item: NewsItem,
    event: _Draft,
    ordered: list[Sentence],
    facts: _ItemFacts,
    found: tuple[tuple[str, ...], tuple[str, ...]],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return a visit's places and participants (``found``) with its visited institution.

    The institution a visit's verb governs is no party to it, and is where it went when no
    place is named; a later stop told going on with it (`_Draft.went_on`: ``Гости также
    побывали в больнице``) is not where it went.
    """
    places, participants = found
    visited = _visited_institution(item, ordered, facts.institutions)
    if visited is not None:  # where the visit went, even when a city is named for it
        participants = tuple(one for one in participants if one != visited.id)
    first = [sentence for sentence in ordered if sentence not in event.went_on]
    if len(first) < len(ordered):
        visited = _visited_institution(item, first, facts.institutions)
    if visited is not None:
        places = places or (visited.name,)
    return places, participants


def _lead_place(item: NewsItem, event: _Draft, facts: _ItemFacts) -> tuple[str, ...]:
    """Return the dateline's or the headline's place for the lead's event, or ().

    ``ЛУЦК, 14 апреля. Утром в гараже вспыхнул пожар``: the dateline names the city the
    lead's event was in; ``В Виннице обсудили подготовку к зиме`` over ``Глава ОВА провел
    совещание с ...``: the headline sums up the lead's event and says where it was. Either
    counts only when no sentence of the event names a place; an event told later in the body,
    or one the headline itself tells, is not the one they place.
    """
    told = [s for s in event.sentences if not (s.lead and not s.first_paragraph)]
    lead = facts.lede.lead
    if not told or lead is None or min(s.start for s in told) != lead.start:
        return ()
    if facts.lede.city is not None:
        return (facts.lede.city,)
    if item.headline is None or len(told) < len(event.sentences):
        return ()  # the headline tells the event itself: its places were read already
    with reading_at(0):
        return place_parts(item.text, 0, len(item.headline), event.kind, facts.mentions)


def _institutions(item: NewsItem) -> dict[int, Participant]:
    """Return the item's organisations by the start of each of their mentions."""
    return {
        mention.start: participant
        for participant in item.participants
        if participant.kind is ParticipantKind.ORGANIZATION
        for mention in participant.mentions
    }


def _visited_institution(
    item: NewsItem, ordered: list[Sentence], institutions: dict[int, Participant]
) -> Participant | None:
    """Return the organisation a visit's verb governs (``посетил областную больницу``), or None.

    The guidelines' visit is to a place or an institution; a visited institution is where the
    visit was, not a party to it, when no city is named for it.
    """
    for sentence in ordered:
        with reading_at(sentence.start):
            offsets = visited_objects(item.text, sentence.start, sentence.end)
        for offset in offsets:
            if offset in institutions:
                return institutions[offset]
    return None


def _opened(item: NewsItem, own: list[Sentence], facts: _ItemFacts) -> set[str]:
    """Return the ids of the organisations an opening's sentences say were opened.

    What ``открыли``/``відкрили`` governs (``открыли лицей № 23``, ``корпус лицея открыли``,
    `OPENED_PATTERN`) is the place opened, not a party to its opening: the organisation named
    by that word, or by the genitive right after it.
    """
    text = item.text
    found: set[str] = set()
    for sentence in own:
        with reading_at(sentence.start):
            matches = list(pick(_OPENED, _OPENED_RU).finditer(text, sentence.start, sentence.end))
        if matches and facts.organizations is None:
            facts.organizations = _organization_mentions(item)  # once an item
        for match in matches:
            at = match.start("opened") if match.group("opened") else match.start("opened_first")
            if not match.group("opened") and _hosted_at(text, facts.organizations or [], at):
                continue  # ``В музее открылась выставка``: the museum hosts what opened
            word = _FIRST_WORD.match(text, at)
            after = len(text) if word is None else word.end()
            while after < len(text) and text[after] in " \t":
                after += 1
            found.update(_organizations_at(facts.organizations or [], at, after))
    return found


def _hosted_at(text: str, organizations: list[tuple[int, int, str]], at: int) -> bool:
    """Return whether the organisation mention covering ``at`` is where something opened.

    ``В Одесском художественном музее открылась выставка``, ``У заповіднику відкрили
    виставку``: the word of an institution before the opening verb, in the locative after a
    place preposition (`venues.hosted_in`), says where the exhibition opened, not what opened;
    ``Музей открылся после ремонта`` (the nominative) is what opened.
    """
    index = bisect.bisect_right(organizations, at, key=_mention_start) - 1
    if index < 0:
        return False
    start, end, _ = organizations[index]
    return start <= at < end and hosted_in(text, start, end)


def _organization_mentions(item: NewsItem) -> list[tuple[int, int, str]]:
    """Return the mentions of the item's organisations as (start, end, id), sorted."""
    return sorted(
        (mention.start, mention.end, participant.id)
        for participant in item.participants
        if participant.kind is ParticipantKind.ORGANIZATION
        for mention in participant.mentions
    )


def _organizations_at(organizations: list[tuple[int, int, str]], at: int, after: int) -> set[str]:
    """Return the ids of the mentions (sorted by start) that cover ``at`` or start at ``after``."""
    ids = set()
    index = bisect.bisect_right(organizations, at, key=_mention_start) - 1
    if index >= 0 and organizations[index][0] <= at < organizations[index][1]:
        ids.add(organizations[index][2])
    index = bisect.bisect_left(organizations, after, key=_mention_start)
    while index < len(organizations) and organizations[index][0] == after:
        ids.add(organizations[index][2])
        index += 1
    return ids


def _mention_start(mention: tuple[int, int, str]) -> int:
    """Return where a mention of `_organizations_at` starts."""
    return mention[0]


def find_actors(item: NewsItem) -> tuple[Participant, ...]:
    """Return the item's participants with the actors of its events that they lack.

    They are the attackers of strikes (``армія рф``) and the groups of people a meeting was
    held with (``з головами громад``, `met_groups`), as new groups, and the authorities that
    decide, named by a common noun (``парламент``, ``суд``): a new organisation, or a mention
    of the one named organisation the noun heads (``суд`` of ``Господарський суд ...``).
    """
    attackers = find_attackers(item)
    with_attackers = attrs.evolve(item, participants=(*item.participants, *attackers))
    met = find_met_groups(with_attackers)
    with_met = attrs.evolve(with_attackers, participants=(*with_attackers.participants, *met))
    return find_authorities(with_met)


def _add_actors(target: _Draft, draft: _Draft) -> None:
    """Add the actors of ``Його відкрив міський голова X`` to the event the pronoun refers to."""
    target.participants.extend(p for p in draft.participants if p not in target.participants)


def _attach_back(found: _Found, draft: _Draft) -> bool:
    """Add a ``Про це ...`` sentence's date (and a decision's parties) to the event before it.

    Return whether there was such an event: the latest drafted that holds the sentence before.
    """
    target = found.holding.get(draft.extra[0]) if draft.extra else None
    if target is None:
        return False
    _attach(target, draft)
    found.join(target)
    return True


def _undated_decision(found: _Found, draft: _Draft) -> _Draft | None:
    """Return the undated decision a dated sentence naming the decision points back at, or None.

    ``Рішення ухвалили 26 листопада``, ``Відповідний наказ 2 грудня підписав ректор X`` (not
    ``Про це повідомили ...``, a report's source): the decision as a document dates the latest
    decision, told in the same paragraph or the one before, though a sentence of its details
    (``Нові умови діятимуть ...``) stands between them.
    """
    decisions = found.by_kind.get(EventKind.ANNOUNCEMENT)
    if draft.date is None or not decisions or not draft.sentences:
        return None
    sentence = draft.sentences[0]
    with reading_at(sentence.start):
        if pick(_REPORTED_BACK, _REPORTED_BACK_RU).match(found.text, sentence.start):
            return None
    target = decisions[-1]
    if target.date is not None or sentence.block - target.sentences[-1].block > 1:
        return None
    return target


def _names_court(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` names a court, read in its paragraph's language."""
    with reading_at(sentence.start):
        return pick(_COURT, _COURT_RU).search(text, sentence.start, sentence.end) is not None


def _attach_documents(item: NewsItem, events: list[_Draft], documents: list[_Draft]) -> None:
    """Give each court ruling's date and parties to the item's court decision that lacks a date."""
    text = item.text
    for document in documents:
        target = next(
            (
                event
                for event in events
                if event.kind is EventKind.ANNOUNCEMENT
                and event.date is None
                and any(_names_court(text, s) for s in event.sentences)
            ),
            None,
        )
        if target is not None:
            _attach(target, document)


def _attach(target: _Draft, draft: _Draft) -> None:
    """Add ``draft``'s date, place, and for a decision its parties, to ``target``."""
    target.extra.extend(draft.sentences)
    if target.date is None:
        target.date = draft.date
    if target.kind is EventKind.ANNOUNCEMENT:
        target.participants.extend(p for p in draft.participants if p not in target.participants)


@define
class _Found:
    """The events drafted so far, and what waits for an event still to come."""

    text: str = ""
    """The item's text (`_court_between` reads between a ruling and a court's next sentence)."""
    events: list[_Draft] = attrs.Factory(list)
    early: list[Sentence] = attrs.Factory(list)
    """Casualties told before the strike (a headline ``загинули двоє``, then the strike)."""
    documents: list[_Draft] = attrs.Factory(list)
    """Court rulings cited apart from the decision, given out once the item is read."""
    pending: list[_Draft] = attrs.Factory(list)
    """Weak strike words of the headline or lede with no strike to refer to (``Обстріл Печеніг``,
    a place the dictionary does not know): casualties told later corroborate them."""
    by_kind: dict[EventKind, list[_Draft]] = attrs.Factory(dict)
    """The events of each kind, in the order drafted (`_merge_candidates`)."""
    leads: dict[EventKind, list[_Draft]] = attrs.Factory(dict)
    """The events of each kind told in the headline or lede, in the order drafted."""
    sharing: dict[tuple[EventKind, str], list[_Draft]] = attrs.Factory(dict)
    """The events of each kind that each participant (by id) takes part in."""
    indexed: dict[int, set[str]] = attrs.Factory(dict)
    """The participants each event (by ``id``) is listed under in ``sharing``."""
    parties: list[_Draft] = attrs.Factory(list)
    """The meetings and visits (`_PARTY_KINDS`), in the order drafted."""
    latest_strike: _Draft | None = None
    """The strike or emergency drafted last."""
    holding: dict[Sentence, _Draft] = attrs.Factory(dict)
    """For each sentence of an event, the latest event drafted that holds it."""
    positions: dict[int, int] = attrs.Factory(dict)
    """Where each event (by ``id``) stands in ``events``."""

    def add(self, draft: _Draft) -> None:
        """Append ``draft`` to the events, and to the indexes that look them up."""
        self.positions[id(draft)] = len(self.events)
        self.events.append(draft)
        self.by_kind.setdefault(draft.kind, []).append(draft)
        if draft.lead:
            self.leads.setdefault(draft.kind, []).append(draft)
        self.indexed[id(draft)] = set()
        self.join(draft)
        if draft.kind in _PARTY_KINDS:
            self.parties.append(draft)
        if draft.kind in _STRIKES:
            self.latest_strike = draft
        self.hold(draft, draft.sentences)

    def join(self, event: _Draft) -> None:
        """List ``event`` (one of the events) under each of its participants not yet listed."""
        listed = self.indexed[id(event)]
        for participant in event.participants:
            if participant not in listed:
                listed.add(participant)
                self.sharing.setdefault((event.kind, participant), []).append(event)

    def hold(self, event: _Draft, held: list[Sentence]) -> None:
        """Record that ``event`` (one of the events) now holds the sentences ``held`` too."""
        position = self.positions[id(event)]
        for sentence in held:
            holder = self.holding.get(sentence)
            if holder is None or self.positions[id(holder)] <= position:
                self.holding[sentence] = event


def _merge_candidates(found: _Found, draft: _Draft) -> list[_Draft]:
    """Return the events ``draft`` may report again, in the order drafted.

    They are a superset of those `_mergeable` accepts, of the draft's kind: every strike or
    emergency; the announcements of the headline or lede, when the draft is one too; of other
    kinds those that share a participant with the draft, and those of the headline or lede
    when the draft is one too or may go on with one (`_may_go_on`). So placing a draft does
    not test every event drafted so far.
    """
    if draft.kind in _STRIKES:
        return found.by_kind.get(draft.kind, [])
    leads = found.leads.get(draft.kind, [])
    if not draft.lead and not _may_go_on(draft):
        leads = [event for event in leads if _headline_only(event)]
    if draft.kind is EventKind.ANNOUNCEMENT:
        return leads
    chosen = {found.positions[id(event)]: event for event in leads}
    for participant in draft.participants:
        for event in found.sharing.get((draft.kind, participant), ()):
            chosen[found.positions[id(event)]] = event
    return [chosen[position] for position in sorted(chosen)]


def _to_aftermath(found: _Found, draft: _Draft) -> None:
    """Give casualties or damage to the latest strike or emergency, else keep them for it."""
    target = found.latest_strike
    if target is not None:
        target.aftermath.extend(draft.sentences)
    else:
        found.early.extend(draft.sentences)


def _to_joined(found: _Found, draft: _Draft) -> None:
    """Give those who took part (``В церемонии приняли участие X``) to the latest event.

    Only an event of people, told in the same paragraph or the one before: a strike's or an
    emergency's parties are their own (its attacker, nobody), and an event told further back
    is not the one the sentence goes on with. A sentence of those who attended names the event
    it goes on with (``На открытии побывали X``, `_attended`): the latest, however far back;
    with none, it is a visit. One that names an opening (``У відкритті ліцею взяли участь
    X``, `_Draft.opening`) goes with the latest opening or presentation, however far back, and
    one of those who signed (``Угоду скріпили підписами X і Y``, `_Draft.signed`) with the
    latest agreement, the headline's too.
    """
    target = found.events[-1] if found.events else None
    block = draft.sentences[0].block
    attended = draft.kind is EventKind.VISIT  # ``На открытии побывали X``: names its event
    openings = found.by_kind.get(EventKind.PRESENTATION)
    agreements = found.by_kind.get(EventKind.AGREEMENT)
    meetings = found.by_kind.get(EventKind.MEETING)
    if draft.opening and openings:  # ``У відкритті ліцею взяли участь X``: the opening's
        target, attended = openings[-1], True
    elif draft.signed and agreements:  # ``Документ скріпили підписами X і Y``: its signatories
        target, attended = agreements[-1], True
    elif draft.meeting and meetings:  # ``У нараді також взяли участь X``: the meeting's
        target, attended = meetings[-1], True
    if (
        target is None
        or target.kind in _STRIKES
        or (block - target.sentences[-1].block > 1 and not attended)  # in text order
    ):
        if attended:
            _to_event(found, draft)  # ``побывал на открытии`` with no opening told: a visit
        return
    _add_actors(target, draft)
    found.join(target)  # a later draft that shares them is offered the event (`_mergeable`)


def _to_mode(found: _Found, draft: _Draft) -> None:
    """Give the mode and the date of ``Подписание прошло онлайн`` to the latest event.

    Each only when the event has none, and only for an event of people told in the same
    paragraph or the one before: the sentence tells how and when the event just reported went
    (``Церемонія відбулася онлайн у четвер, 6 березня``).
    """
    target = found.events[-1] if found.events else None
    if target is None or target.kind in _STRIKES:
        return
    if draft.sentences[0].block - target.sentences[-1].block <= 1:
        target.mode = target.mode if target.mode is not None else draft.mode
        target.date = target.date if target.date is not None else draft.date


def _to_retold(found: _Found, draft: _Draft) -> None:
    """Give a strike or emergency retold in reported content to the latest event of its kind.

    Its sentence tells more of that event (its places, casualties), as an aftermath does; with
    no such event before it, reported speech alone reports none.
    """
    same_kind = found.by_kind.get(draft.kind)
    if same_kind and same_kind[-1].apart == draft.apart:
        same_kind[-1].aftermath.extend(draft.sentences)


def _to_latest(found: _Found, draft: _Draft) -> None:
    """Give the actors of ``Його відкрив X`` to the latest event."""
    if found.events:
        _add_actors(found.events[-1], draft)
        found.join(found.events[-1])


def _continued(found: _Found, draft: _Draft) -> _Draft | None:
    """Return the event that ``draft`` goes on with, or None.

    A sentence marked as going on (`_Draft.continues`: ``Кроме того, депутаты ...``, ``Гости
    также побывали ...``) tells more of the latest event of its kind told before, when not told
    apart from it (`_Draft.apart`); one that opens with the body of the decision just told
    (``Суд признал ...`` after the court's ruling) does so in the same paragraph or the next,
    and one that opens with the court (``Суд назначил наказание``) after a court's ruling goes
    on with it however far back: a verdict and its sentence are one ruling.
    Such sentences have no date of their own (``У квітні рада також ухвалила ...`` tells
    another decision) and are not in the lede.
    """
    same_kind = found.by_kind.get(draft.kind)
    if not same_kind or same_kind[-1].apart != draft.apart:
        return None
    target = same_kind[-1]
    if draft.pronoun_of is not None and draft.pronoun_of not in target.participants:
        return None  # ``Він відвідав школу`` after a visit of a woman: another visitor
    if draft.continues:
        return target
    if (
        draft.kind is EventKind.ANNOUNCEMENT
        and draft.court
        and target.ruling
        and not _court_between(found.text, target, draft)
    ):
        return target  # ``Суд призначив ...``: a court's verdict and sentence are one ruling
    if (
        draft.kind is EventKind.ANNOUNCEMENT
        and draft.subject is not None
        and draft.subject in target.participants
        and draft.sentences[0].block - target.sentences[-1].block <= 1  # in text order
    ):
        return target
    return None


def _court_between(text: str, target: _Draft, draft: _Draft) -> bool:
    """Return whether a court is named between the ruling ``target`` and ``draft``.

    ``Суд призначив ...`` goes on with the latest court told: when a court is named again
    after the ruling (another case's, ``Справу Y розглядає Київський суд``), the court that
    opens ``draft`` may be that one, so it is not joined. Only the gap between them is read.
    """
    start = max(sentence.end for sentence in (*target.sentences, *target.went_on))
    end = draft.sentences[0].start
    with reading_at(start):
        return start < end and pick(_COURT, _COURT_RU).search(text, start, end) is not None


def _go_on(target: _Draft, draft: _Draft) -> None:
    """Fold the sentence of ``draft``, which goes on with ``target``, into ``target``.

    A decision's later sentences tell what more was decided (``одобрили программу для КП
    «Водоканал»``): what they name is no party to the decision, which the body made; a visit's
    or a meeting's name more of those who took part (``Вместе с главой ОВА X ...``).
    """
    if draft.kind is EventKind.ANNOUNCEMENT:
        draft.participants = []
    target.went_on.extend(draft.sentences)
    _merge(target, draft)


def _to_event(found: _Found, draft: _Draft) -> None:
    """Add ``draft`` as a new event, or merge it into the event it reports again."""
    going_on = _continued(found, draft)
    if going_on is not None:
        _go_on(going_on, draft)
        found.hold(going_on, draft.sentences)
        found.join(going_on)
        return
    target = next(
        (event for event in _merge_candidates(found, draft) if _mergeable(event, draft)), None
    )
    if target is not None:
        _merge(target, draft)
        found.hold(target, draft.sentences)
        found.join(target)
        return
    found.add(draft)
    if draft.kind in _STRIKES and found.early:
        draft.aftermath.extend(found.early)
        found.early.clear()


def _to_reference(found: _Found, draft: _Draft) -> None:
    """Give a weak reference (``під час зустрічі``) to the latest event of its kind.

    A weapon or a blast in an item that already reports the strike (``армія вдарила
    авіабомбою по ...``) tells more of that strike: its places, casualties and attacker.
    """
    same_kind = found.by_kind.get(draft.kind)
    target = same_kind[-1] if same_kind else None
    if target is None:
        if draft.kind in _STRIKES and draft.lead and not draft.planned:
            found.pending.append(draft)  # a headline's strike word, which casualties may bear out
        return
    target.extra.extend(draft.sentences)
    if target.mode is None:
        target.mode = draft.mode  # ``Встреча прошла в онлайн-формате``: how it went
    if target.kind in _STRIKES:
        target.aftermath.extend(draft.sentences)
        target.participants.extend(p for p in draft.participants if p not in target.participants)
        found.join(target)


def _to_setting(found: _Found, draft: _Draft) -> None:
    """Give the speaker of words said at an event (``– сказав на відкритті X``) to that event.

    The latest event of the kind named, however far back: the words' setting names it, as
    ``У відкритті ліцею взяли участь X`` does. It is a reference to that event too.
    """
    _to_reference(found, draft)
    same_kind = found.by_kind.get(draft.kind)
    if same_kind:
        _add_actors(same_kind[-1], draft)
        found.join(same_kind[-1])


def _parties_agree(words: str, *, met_at: bool = False) -> bool:
    """Return whether a sentence opens with the parties as its subject (``Стороны ...``).

    So does one that opens with `ALSO_WORDS` before them (``Также стороны обсудили ...``).

    Parties with a genitive complement are others' (``Сторони конфлікту на Близькому Сході
    домовилися``): not those who met, unless the genitive is the meeting and ``met_at`` (an
    agreement: ``Учасники зустрічі домовилися``, `MET_AT_WORDS`; their talks, ``Учасники
    зустрічі обговорили``, are the meeting told again, no talks of their own).
    """
    parties = pick(PARTIES_WORDS, ru.PARTIES_WORDS)
    opening = _OPENING_WORDS.findall(words[:_OPENING_REACH])
    circumstance = pick(_CIRCUMSTANCE, _CIRCUMSTANCE_RU).match(words)
    if circumstance is not None:  # ``Во время встречи стороны ...``: the meeting just told
        opening = _OPENING_WORDS.findall(words[circumstance.end() : _OPENING_REACH])
    added = pick(_ADDITION, _ADDITION_RU).match(words)
    if circumstance is None and added is not None:  # ``Крім того, учасники домовилися ...``
        opening = _OPENING_WORDS.findall(words[added.end() : _OPENING_REACH])
    if opening and opening[0].lower() in pick(ALSO_WORDS, ru.ALSO_WORDS):
        opening = opening[1:]  # ``Також сторони обговорили ...``: the parties go on talking
    if not opening or opening[0].lower() not in parties:
        return False
    after = next((word for word in opening if word.lower() not in parties), None)
    if met_at and after is not None and after.lower() in pick(MET_AT_WORDS, ru.MET_AT_WORDS):
        return True  # ``Участники встречи договорились``: those who took part in the meeting
    return after is None or not _genitive_nominal(after)


def _genitive_nominal(word: str) -> bool:
    """Return True if ``word`` can be a noun or an adjective in the genitive (``конфлікту``)."""
    return any(
        {"NOUN", "ADJF"} & set(reading.tag.grammemes) and "gent" in reading.tag
        for reading in parse_word(word.lower())
    )


_OPENING_WORDS = re.compile(r"[^\W\d_]+")
_CIRCUMSTANCE = re.compile(
    rf"[\s«\"„“]*{_words(CIRCUMSTANCE_OPENERS)}\s+(?:[^\W\d_]+[\s,]+){{1,4}}?"
    rf"(?={_words(sorted(PARTIES_WORDS))})",
    re.IGNORECASE,
)
_CIRCUMSTANCE_RU = re.compile(
    rf"[\s«\"„“]*{_words(ru.CIRCUMSTANCE_OPENERS)}\s+(?:[^\W\d_]+[\s,]+){{1,4}}?"
    rf"(?={_words(sorted(ru.PARTIES_WORDS))})",
    re.IGNORECASE,
)
_SIGNING_ENDED = re.compile(SIGNING_ENDED_PATTERN, re.IGNORECASE)
_ADDITION = re.compile(rf"[\s«\"„“]*{_words(CONTINUATION_OPENERS)},?", re.IGNORECASE)
"""``Крім того, ...``: a word of addition before the parties (`_parties_agree`)."""
_ADDITION_RU = re.compile(rf"[\s«\"„“]*{_words(ru.CONTINUATION_OPENERS)},?", re.IGNORECASE)
_AGREED = re.compile(rf"(?<![\w\-'’ʼ]){AGREED_PATTERN}", re.IGNORECASE)
_AGREED_RU = re.compile(rf"(?<![\w\-]){ru.AGREED_PATTERN}", re.IGNORECASE)
_SIGNING_ENDED_RU = re.compile(ru.SIGNING_ENDED_PATTERN, re.IGNORECASE)
_OPENING_REACH = 60
"""How many characters of a sentence's opening are read for the parties and what follows."""


def _to_parties(found: _Found, draft: _Draft) -> None:
    """Make ``Сторони домовилися про ...`` an agreement of those who met just before.

    The parties are the participants of the latest meeting or visit told in the same paragraph
    or the one before; with none, the sentence only refers to an agreement already found. The
    talks of the parties (``Сторони провели переговори ...``, a meeting) are theirs too: a new
    meeting when those who came were only told to visit, more of the meeting they held else.
    """
    if not _with_parties(found, draft, anywhere=draft.kind is EventKind.AGREEMENT):
        _to_reference(found, draft)
        return
    _to_event(found, draft)


def _with_parties(found: _Found, draft: _Draft, *, anywhere: bool = False) -> bool:
    """Give ``draft`` the parties of the latest meeting or visit, and return whether there was one.

    Only one told in the paragraph of ``draft`` or the one before (`_to_parties`), unless
    ``anywhere``: what the parties agreed (``Крім того, учасники домовилися заснувати ...``) is
    the outcome of the talks told, however many paragraphs of them came between, while the
    latest event told is still of the talks (a meeting, a visit, an agreement; not ``Тим часом
    в Одесі відкрили сквер``).
    """
    met = next((e for e in reversed(found.parties) if e.participants), None)
    block = draft.sentences[0].block
    if met is None:
        return False
    if block - max(sentence.block for sentence in met.sentences) > 1 and not (
        anywhere and found.events and found.events[-1].kind in _TALK_KINDS
    ):
        return False  # (far back, only with no other happening told since)
    draft.participants.extend(p for p in met.participants if p not in draft.participants)
    return True


def _to_talks(found: _Found, draft: _Draft) -> None:
    """Add the talks or signing the parties stated (``Сторони підписали угоду``) as an event.

    The parties are those of the latest meeting or visit (`_with_parties`); with none told just
    before, the event stands with the parties its own sentence names.
    """
    _with_parties(found, draft)
    _to_event(found, draft)


_PARTY_KINDS = frozenset({EventKind.MEETING, EventKind.VISIT})
_SAME_DAY_KINDS = frozenset(
    {EventKind.ANNOUNCEMENT, EventKind.AGREEMENT, EventKind.PRESENTATION, EventKind.MEETING}
)
"""Kinds whose sentence opening with the day just told (`_Draft.that_day`) tells another event:
not a visit (its further stops that day go on with it), nor a strike or an emergency."""
_TALK_KINDS = _PARTY_KINDS | {EventKind.AGREEMENT}


def _to_back(found: _Found, draft: _Draft) -> None:
    """Give a ``Про це ...`` sentence to the event of the sentence before.

    With none there, a dated sentence naming the decision dates the latest undated one
    (`_undated_decision`).
    """
    if not _attach_back(found, draft):
        target = _undated_decision(found, draft)
        if target is not None:
            _attach(target, draft)
            found.join(target)


def _to_document(found: _Found, draft: _Draft) -> None:
    """Give a cited court ruling to the sentence before, else keep it for the court's decision."""
    if not _attach_back(found, draft):
        found.documents.append(draft)


_PLACING = {
    "aftermath": _to_aftermath,
    "actors": _to_latest,
    "joined": _to_joined,
    "mode": _to_mode,
    "retold": _to_retold,
    "back": _to_back,
    "document": _to_document,
    "event": _to_event,
    "reference": _to_reference,
    "setting": _to_setting,
    "parties": _to_parties,
    "talks": _to_talks,
}
"""Where a draft goes, by its role."""


def _corroborate_pending(found: _Found) -> None:
    """Make the first weak strike word an event when casualties wait and no strike took them.

    ``Обстріл Печеніг`` then ``У селищі Печеніги постраждала жінка``: the casualties tell the
    strike the headline names, as a place or a count in its own sentence would.
    """
    if not found.early or not found.pending:
        return
    if any(event.kind in _STRIKES for event in found.events):
        return
    draft = found.pending[0]
    draft.aftermath.extend(found.early)
    found.early.clear()
    start = draft.sentences[0].start
    at = next((i for i, e in enumerate(found.events) if e.sentences[0].start > start), None)
    found.events.insert(len(found.events) if at is None else at, draft)


def extract_events(
    item: NewsItem,
    *,
    reference: dt.date | None = None,
    quotes: tuple[Quote, ...] | None = None,
) -> tuple[Event, ...]:
    """Return the events in ``item``, dating relative words against ``reference``.

    ``quotes`` are the item's quotes, whose words are speech, not narration (`reported`); None
    reads ``item.quotes``.
    """
    found = _Found(text=item.text)
    for draft, role in _drafts(item, reference, item.quotes if quotes is None else quotes):
        _PLACING[role](found, draft)
    _corroborate_pending(found)
    if not found.events:
        return ()
    _attach_documents(item, found.events, found.documents)
    events = _fold_into_attack(found.events, item)
    lede = _lede(item)
    lead_date = _lead_date(item, lede.opening, reference)
    mentions = SpanSet(
        (mention.start, mention.end)
        for participant in item.participants
        if not participant.name.lower().endswith(_TERRITORY_HEADS)
        for mention in participant.mentions
    )
    facts = _ItemFacts(lead_date, lede, mentions, Actors(item), _institutions(item))
    facts.press_offices = _press_offices(item)
    report_date = _dateline_date(item, reference)
    finished = tuple(_finish(item, event, facts) for event in events)
    finished = _during_visits(item.text, events, finished, report_date)
    finished = _on_report_day(item.text, events, finished, report_date)
    finished = _at_events_told(item.text, events, finished)
    return _with_report_year(_decided_with(item.text, events, finished), report_date)


def _decided_with(text: str, drafts: list[_Draft], events: tuple[Event, ...]) -> tuple[Event, ...]:
    """Return ``events`` with a decision told as more of one before given its date and place.

    ``Депутати на сесії 9 червня затвердили бюджет. ... Також депутати погодили ...``,
    ``Кроме того, горсовет утвердил ...``: a sentence that opens as going on with what was told
    (`continuations.continues`: ``Також``, ``Крім того``) tells more decisions of the same
    sitting, so an announcement it tells with no date or place of its own was made on the day
    and at the place of the announcement told just before it (not one told apart, ``Раніше
    ...``, `_sitting_of`). ``drafts`` are the events' drafts, in the same order.
    """
    finished: list[Event] = []
    before: tuple[_Draft, Event] | None = None
    for draft, event in zip(drafts, events, strict=True):
        if event.kind is EventKind.ANNOUNCEMENT:
            first = draft.sentences[0]
            with reading_at(first.start):
                going_on = continues(text, first.start, first.end) and not any(
                    mention.date is None for mention in find_dates(text[first.start : first.end])
                )  # ``Крім того, учора виконком ...``: a day of its own, told relatively
            if before is not None and draft.apart == before[0].apart and going_on:
                event = _sitting_of(event, before[1])  # noqa: PLW2901
            before = (draft, event)
        finished.append(event)
    return tuple(finished)


def _sitting_of(event: Event, before: Event) -> Event:
    """Return the decision ``event``, told as more of the decision ``before``, at its sitting.

    Both were taken at one sitting (`_decided_with`): one with no date of its own has the date
    of ``before``, and one with no place of its own, not online, its places (``Николаевский
    горсовет выделил ... Кроме того, депутаты утвердили ...``: in Николаев too).
    """
    if event.date is None and before.date is not None:
        event = attrs.evolve(event, date=before.date)
    if not event.places and before.places and event.mode is not EventMode.ONLINE:
        event = attrs.evolve(event, place=before.places[0], places=before.places)
    return event


def _with_report_year(
    events: tuple[Event, ...], report_date: PartialDate | None
) -> tuple[Event, ...]:
    """Return ``events`` with the dateline's year given to a day and month that have none.

    ``Суми, 5 травня 2026 року. Уночі 5 травня ... атакувала``: a day and month with no
    year in a report name the nearest such day up to the report's, so the year the dateline
    gives is theirs; a day and month after the dateline's (``28 грудня`` in a report of ``3
    січня 2026 року``) fall in the year before. A dateline without a year adds none.
    """
    if report_date is None or report_date.year is None or report_date.month is None:
        return events
    finished: list[Event] = []
    for event in events:
        date = event.date
        if date is not None and date.year is None and date.month and date.day:
            later = (date.month, date.day) > (report_date.month, report_date.day or 0)
            year = report_date.year - 1 if later else report_date.year
            event = attrs.evolve(event, date=attrs.evolve(date, year=year))  # noqa: PLW2901
        finished.append(event)
    return tuple(finished)


def _next_paragraph(event: _Draft, draft: _Draft) -> bool:
    """Return whether ``draft`` starts in a paragraph of ``event`` or in the one after its last."""
    last = max(sentence.block for sentence in (*event.sentences, *event.extra))
    return draft.sentences[0].block - last <= 1


_DURING_VISIT = frozenset({EventKind.MEETING, EventKind.AGREEMENT})
"""Kinds of events that a visit holds: talks and signings of the guests where they went."""


_DATELINE_DATE = re.compile(
    r"[\s«\"„“]*(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’ʼ\-]+(?:[ \-][\w'’ʼ\-]+){0,2},\s*"
    r"(?P<date>\d{1,2}\s+[^\W\d_]+(?:\s+[12]\d{3}(?:\s+[^\W\d_]+\.?)?)?)"
    r"(?:\.|\s*[—–-]\s*(?-i:[A-ZА-ЯЁІЇЄҐ])[\w\-]+(?:[ \-][\w\-]+){0,2}\.?\s*$|\s*$)",
    re.MULTILINE,
)
"""A dateline with its day, in capitals or not: a place of up to three words, a comma, a day
and a month, perhaps a year, and a full stop, a dash and the agency closing the line, or the
line's end (``ПОЛТАВА, 17 ноября.``, ``Тернополь, 12 ноября.``, ``Днепропетровская область, 27
ноября``, ``Умань, 3 березня 2026 року – Укрінформ``)."""


def _dateline_date(item: NewsItem, reference: dt.date | None) -> PartialDate | None:
    """Return the day the dateline opening ``item``'s body gives, or None.

    The dateline dates the report: what the report tells with no date of its own, and not
    apart from the day's news, happened on that day (`_during_visits`).
    """
    body = next((s for s in sentences(item) if s.first_paragraph), None)
    if body is None:
        return None
    match = _DATELINE_DATE.match(item.text, body.start)
    if match is None:
        return None
    return _first_date(item.text, match.start("date"), match.end("date"), reference)


def _on_report_day(
    text: str, drafts: list[_Draft], events: tuple[Event, ...], report_date: PartialDate | None
) -> tuple[Event, ...]:
    """Return ``events`` with the dateline's day given to those that name no day of their own.

    ``Чернігів, 2 вересня. У Чернігові відкрили ліцей ... На відкриття з робочою поїздкою
    прибув міністр``, ``Днепр, 4 марта. ... Министр с рабочей поездкой посетил Днепр``: a dated
    dateline (`_dateline_date`) is the day of the report's news, so what the report tells as
    that news with no time of its own happened on it. Not an event told apart (``Напередодні
    ...``, ``Раніше ...``, `_Draft.apart`), nor one whose sentences name a day of their own, a
    relative one too (`_other_day`, `dates.names_a_day`: ``у вівторок``, ``минулого року``,
    ``наступного дня``): by the guidelines a relative word gives no date, and the dateline
    does not resolve it. ``drafts`` are the events' drafts, in the same order.
    """
    if report_date is None:
        return events
    finished: list[Event] = []
    for draft, event in zip(drafts, events, strict=True):
        if (
            event.date is None
            and draft.apart is None
            and not _other_day(text, draft)
            and not any(names_a_day(text, one.start, one.end) for one in draft.sentences)
        ):
            event = attrs.evolve(event, date=report_date)  # noqa: PLW2901
        finished.append(event)
    return tuple(finished)


_AT_TOLD = frozenset({EventKind.MEETING, EventKind.AGREEMENT, EventKind.VISIT})
"""Kinds of events that may happen at another event told (a signing during an opening)."""
_TOLD_EVENT = re.compile(TOLD_EVENT_PATTERN, re.IGNORECASE)
_TOLD_EVENT_RU = re.compile(ru.TOLD_EVENT_PATTERN, re.IGNORECASE)


def _at_events_told(
    text: str, drafts: list[_Draft], events: tuple[Event, ...]
) -> tuple[Event, ...]:
    """Return ``events`` with the place of an event told given to one held at it.

    ``У Чернігові відкрили ліцей ... На відкриття прибув міністр``, ``Під час відкриття
    компанія та ОВА підписали меморандум``, ``За підсумками наради сторони підписали
    протокол``, ``После открытия глава ОВА посетил лицей``: a circumstance that names an event
    by its noun (`lexicon.TOLD_EVENT_PATTERN`) puts the meeting, signing or visit of its
    sentence at that event, so one with no place of its own, and not online, was where the
    latest event of that kind told before it was (`lexicon.TOLD_EVENT_KINDS`), in the same
    stretch of the report (not one told apart, `_Draft.apart`). ``drafts`` are the events'
    drafts, in the same order.
    """
    told: dict[EventKind, tuple[int | None, Event]] = {}  # the latest of each kind: block, event
    order = sorted(range(len(events)), key=lambda i: drafts[i].sentences[0].start)
    finished = list(events)
    for index in order:
        draft, event = drafts[index], events[index]
        if event.kind in _AT_TOLD and (
            not event.places or not event.participants or event.date is None
        ):
            finished[index] = _at_event_told(text, draft, event, told)
        told[event.kind] = (draft.apart, finished[index])
    return tuple(finished)


def _at_event_told(
    text: str, draft: _Draft, event: Event, told: dict[EventKind, tuple[int | None, Event]]
) -> Event:
    """Return ``event`` with the places, and the parties, of the event its sentence names.

    ``told`` holds the latest event of each kind told before ``event``, with its block apart
    (`_at_events_told`). The date is given to an event with none whose sentences name no day
    of their own (`_names_day`): what happened at the opening or during the talks was on
    their day. The places are given to an event with none that is not online; the
    parties when the circumstance is followed by the word for them (`lexicon.PARTIES_WORDS`:
    ``За підсумками зустрічі сторони підписали угоду``, ``По итогам встречи стороны
    подписали``) and the event has none: the parties of the meeting named are those who met,
    however far back it was told.
    """
    for sentence in draft.sentences:
        with reading_at(sentence.start):
            found = pick(_TOLD_EVENT, _TOLD_EVENT_RU).search(text, sentence.start, sentence.end)
            kinds = pick(TOLD_EVENT_KINDS, ru.TOLD_EVENT_KINDS)
            parties = pick(_PARTIES_AFTER, _PARTIES_AFTER_RU)
        if found is None:
            continue
        before = told.get(kinds[found.group("noun").lower()])
        if before is None or before[0] != draft.apart:
            return event
        places, named = before[1].places, before[1].participants
        if event.date is None and before[1].date is not None and not _names_day(text, draft):
            event = attrs.evolve(event, date=before[1].date)
        if places and not event.places and event.mode is not EventMode.ONLINE:
            event = attrs.evolve(event, place=places[0], places=places)
        if named and not event.participants and parties.match(text, found.end(), sentence.end):
            event = attrs.evolve(event, participants=named)
        return event
    return event


def _names_day(text: str, draft: _Draft) -> bool:
    """Return whether a sentence of ``draft`` names a day of its own, relative or not.

    ``Напередодні під час візиту ...``, ``Наступного дня під час наради ...``, ``у вівторок``
    (`dates.names_a_day`, `_other_day`): a day of its own, which the event told does not give.
    """
    return _other_day(text, draft) or any(
        names_a_day(text, one.start, one.end) for one in draft.sentences
    )


_PARTIES_AFTER = re.compile(rf"\s+{_words(sorted(PARTIES_WORDS))}", re.IGNORECASE)
_PARTIES_AFTER_RU = re.compile(rf"\s+{_words(sorted(ru.PARTIES_WORDS))}", re.IGNORECASE)


def _names_guests(text: str, draft: _Draft) -> bool:
    """Return whether a sentence of ``draft`` names the guests (`GUEST_WORDS`: ``с гостями``)."""
    for sentence in draft.sentences:
        with reading_at(sentence.start):
            if pick(_GUESTS, _GUESTS_RU).search(text, sentence.start, sentence.end):
                return True
    return False


_GUESTS = re.compile(_words(GUEST_WORDS), re.IGNORECASE)
_GUESTS_RU = re.compile(_words(ru.GUEST_WORDS), re.IGNORECASE)


def _day_of_the_trip(text: str, draft: _Draft, event: Event) -> bool:
    """Return whether ``event`` takes its date from a day word of its draft's sentences.

    ``Наступного дня``, ``В тот же день`` (`dates.day_after`) count from the day the report
    stated last: an event so dated goes on with what the report told of that day.
    """
    return event.date is not None and any(
        day_after(text, sentence.start, sentence.end) == event.date for sentence in draft.sentences
    )


def _during_visits(
    text: str, drafts: list[_Draft], events: tuple[Event, ...], report_date: PartialDate | None
) -> tuple[Event, ...]:
    """Return ``events`` with a visit's place, and the report's date, given to the talks after it.

    ``Делегация посетила Ровно. Стороны провели переговоры ... подписали меморандум``: a
    meeting or an agreement told after a visit that names no place of its own, and is not
    online, happened where the guests were, when the report goes on with it: told in the
    paragraph of the visit, or of a talk or signing told after it, or in the next one
    (`_next_paragraph`). Not one told further on (``Напомним, в сентябре глава ОВА провел
    совещание ...``), told apart (``Ранее ...``, `_Draft.apart`) or dated on another day than
    the visit: that one is no part of the visit, unless a day word dates it from the day stated
    before (``Наступного дня ... підписали меморандум``, `_day_of_the_trip`): the report counts
    the days of the same trip. An undated one held during the visit was on
    the day the dateline gives (``report_date``, `_dateline_date`: ``ПОЛТАВА, 17 ноября. ...
    посетила делегация ... Мэр провел с гостями встречу``); with no dateline, a visit of
    several days leaves its day unknown. One that names the guests (``с гостями``,
    `_names_guests`) has the visitors among its parties. ``drafts`` are the events' drafts, in
    the same order; ``text`` is the item's.
    """
    visit: tuple[_Draft, Event] | None = None
    last: _Draft | None = None  # the visit or the latest talk or signing told during it
    finished: list[Event] = []
    for draft, event in zip(drafts, events, strict=True):
        if event.kind is EventKind.VISIT:
            visit, last = (draft, event), draft
        elif (
            event.kind in _DURING_VISIT
            and visit is not None
            and last is not None
            and draft.apart == visit[0].apart
            and (event.date in {None, visit[1].date} or _day_of_the_trip(text, draft, event))
            and _next_paragraph(last, draft)
        ):
            last = draft  # the report of the visit goes on
            if _names_guests(text, draft):  # ``провел с гостями встречу``: the visitors
                more = [one for one in visit[1].participants if one not in event.participants]
                event = attrs.evolve(event, participants=(*event.participants, *more))  # noqa: PLW2901
            if event.date is None and report_date is not None:  # the day of the report
                event = attrs.evolve(event, date=report_date)  # noqa: PLW2901
            places = visit[1].places
            if places and not event.places and event.mode is not EventMode.ONLINE:
                event = attrs.evolve(event, place=places[0], places=places)  # noqa: PLW2901
        finished.append(event)
    return tuple(finished)
