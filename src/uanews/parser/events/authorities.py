"""Who decided: the authority that a decision sentence names by a common noun.

Such authorities are ``парламент``, ``суд``, ``постійна комісія з питань бюджету``.

The participants stage finds organisations by their names (``Верховна Рада``, ``НКРЕКП``); a
decision is often made by a body the text names by what it is. In a sentence that reports a
decision (`uanews.parser.events.triggers.decision_at`), the authority noun nearest before the
verb is its subject; its phrase runs from the adjectives before it (``Київська мерія``) over the
genitive words after it (``Міністерство економіки``, ``комісія з питань бюджету, фінансів та
цінової політики``). A phrase that an existing mention already covers is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from uanews.model import Mention, NewsItem, Participant, ParticipantKind
from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.dates import find_dates
from uanews.parser.events.lexicon import BODY_NOUN_REFERENTS, SESSION_NOUNS
from uanews.parser.events.sentences import quoted, sentences
from uanews.parser.events.spans import SpanSet
from uanews.parser.events.triggers import (
    authority_subject,
    decision_at,
    lower_text,
    subject_after,
)
from uanews.parser.language import pick, reading_at
from uanews.parser.morph import nominative_or_none, parse_word

__all__ = ["find_authorities"]

_WORD = re.compile(r"[\w'’ʼ\-]+|[,]")
_JOINERS = frozenset({",", "та", "і", "й"})
_STEM = 5
"""How many first letters of a body's first word tell it from another (``Рівне``-, ``Луцьк``-)."""
_OF = frozenset({"з", "із"})


def _readings(word: str) -> tuple[object, ...]:
    """Return the readings of ``word``."""
    return parse_word(word.lower())


def _has(word: str, pos: set[str], case: str | None) -> bool:
    """Return whether ``word`` has a reading of a part of speech in ``pos`` in ``case``."""
    return any(
        not pos.isdisjoint(p.tag.grammemes) and p.tag.case == case  # type: ignore[attr-defined]
        for p in _readings(word)
    )


def _phrase(words: Sequence[re.Match[str]], head: int) -> tuple[int, int]:
    """Return the first and last word index of the authority phrase around ``words[head]``."""
    first = head
    while first > 0 and _has(words[first - 1].group(), {"ADJF"}, "nomn"):
        first -= 1
    last = head
    index = head + 1
    while index < len(words):
        word = words[index].group()
        if word.lower() in _OF and index + 1 < len(words):
            if not _has(words[index + 1].group(), {"NOUN"}, "gent"):
                break
            index += 1
            word = words[index].group()
        if word.lower() in _JOINERS:
            index += 1
            continue
        if not _has(word, {"NOUN", "ADJF"}, "gent") or _has(word, {"PREP"}, None):
            break  # ``Суд в Киеве``: the dictionaries also read a preposition as a letter
        last = index
        index += 1
    return first, last


def _organ_of_named(start: int, head_end: int, end: int, taken: SpanSet) -> bool:
    """Return whether the authority phrase ``start:end`` is an organ of a body named after it.

    ``исполком Одесского горсовета``, ``виконком міської ради``: the named council is only the
    genitive complement of the phrase's head (which ends at ``head_end``); the body that decides
    is its organ, a participant of its own. So when no named mention touches the head or the
    words before it, and some mention lies inside the rest of the phrase.
    """
    return not taken.overlaps(start, head_end) and taken.within(head_end, end)


def _person(word: str) -> bool:
    """Return whether ``word`` names people (``депутаты``, ``мэр``): no organ of a body.

    ``Депутаты Сумского городского совета приняли решение``: the deputies are members of the
    named council, which is the deciding participant, not a body of their own.
    """
    nouns = [p for p in _readings(word) if "NOUN" in p.tag.grammemes]  # type: ignore[attr-defined]
    return bool(nouns) and all("anim" in p.tag.grammemes for p in nouns)  # type: ignore[attr-defined]


def _overlaps(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    """Return whether ``start:end`` overlaps one of the ``taken`` spans."""
    return any(start < high and low < end for low, high in taken)


def find_authorities(item: NewsItem) -> tuple[Participant, ...]:
    """Return the item's participants with the authorities that decide in it added.

    See `_with_authorities` for how a bare noun joins the organisation it refers to.
    """
    text = item.text
    spans = quoted(item)
    taken = SpanSet((m.start, m.end) for p in item.participants for m in p.mentions)
    added: list[tuple[int, int]] = []  # the phrases found here, a few per item
    organizations = SpanSet(
        (m.start, m.end)
        for p in item.participants
        if p.kind is ParticipantKind.ORGANIZATION
        for m in p.mentions
    )
    found: dict[str, list[Mention]] = {}
    lowered = lower_text(text)  # makes looking for a decision verb cheap
    for sentence in sentences(item):
        with reading_at(sentence.start):  # each sentence in its paragraph's language
            at = decision_at(
                text,
                (sentence.start, sentence.end),
                SpanSet(()),
                dated=lambda s=sentence: bool(find_dates(text[s.start : s.end])),  # type: ignore[misc]
                lowered=lowered,
            )
            if at is None or spans.covers(at):
                continue
            named = organizations.last_end_within(sentence.start, at) or sentence.start
            words = list(_WORD.finditer(text, sentence.start, at))
            written = [word.group() for word in words]
            head = next(
                (i for i in reversed(range(len(words))) if authority_subject(written, i)), None
            )
            if head is None:
                after = _after_verb(text, at, sentence.end)
                if after is None:
                    continue
                words, head = after
            first, last = _phrase(words, head)
            start, end = words[first].start(), words[last].end()
            organ = _organ_of_named(start, words[head].end(), end, taken) and not _person(
                words[head].group()
            )
            if words[head].start() < named and not organ:
                continue  # a named organisation stands nearer the verb: it is the subject
            if _overlaps(start, end, added) or (taken.overlaps(start, end) and not organ):
                continue
            phrase = text[start:end]
            name = phrase
            if head and words[head - 1].group().lower() in pick(SESSION_NOUNS, ru.SESSION_NOUNS):
                name = nominative_or_none(phrase, case="gent") or phrase  # ``засіданні комісії``
            if first == 0 and " " not in phrase and not phrase.isupper():
                name = phrase[:1].lower() + phrase[1:]  # ``Суд`` opens the sentence: ``суд``
            found.setdefault(name, []).append(Mention(phrase, start, end))
            added.append((start, end))
    return _with_bodies_joined(item, _with_authorities(item, found))


def _after_verb(text: str, at: int, end: int) -> tuple[list[re.Match[str]], int] | None:
    """Return the words after the decision verb at ``at`` and the index of its subject there.

    The subject follows the verb in an inverted sentence (``Такое решение принял исполком
    горсовета``, `uanews.parser.events.triggers.subject_after`); None when it does not.
    """
    verb = _WORD.match(text, at)
    if verb is None:
        return None
    subject = subject_after(text, verb.end(), end)
    if subject is None:
        return None
    words = list(_WORD.finditer(text, subject.start(), end))
    return words, 0


def _lemmas(name: str) -> set[str]:
    """Return the lemmas of the words of ``name``."""
    return {p.normal_form for word in name.split() for p in _readings(word)}  # type: ignore[attr-defined]


def _with_authorities(item: NewsItem, found: dict[str, list[Mention]]) -> tuple[Participant, ...]:
    """Return the item's participants with the authorities ``found`` added.

    A bare noun (``суд``) that heads exactly one organisation the item names (``Господарський
    суд Одеської області``) refers back to it and becomes one of its mentions; any other
    authority is a new organisation, its id continuing the numbering (``o1``, ``o2`` ...).
    """
    participants = list(item.participants)
    ids = {participant.id for participant in participants}
    number = sum(p.kind is ParticipantKind.ORGANIZATION for p in participants)
    for name, mentions in found.items():
        heads = _lemmas(name) if " " not in name else set()
        named = [
            index
            for index, p in enumerate(participants)
            if heads
            and p.kind is ParticipantKind.ORGANIZATION
            and " " in p.name
            and not heads.isdisjoint(_lemmas(p.name))
        ]
        if len(named) == 1:
            known = participants[named[0]]
            merged = tuple(sorted((*known.mentions, *mentions), key=lambda m: m.start))
            participants[named[0]] = attrs.evolve(known, mentions=merged)
            continue
        number += 1
        while f"o{number}" in ids:
            number += 1
        participants.append(
            Participant(
                id=f"o{number}",
                kind=ParticipantKind.ORGANIZATION,
                name=name,
                mentions=tuple(mentions),
            )
        )
    return tuple(participants)


def _referents(participant: Participant) -> tuple[tuple[str, ...], ...]:
    """Return the lemma sets of the bodies a one-noun organisation names, or () for another.

    ``депутати``, ``сесія``, ``уряд``, ``горсовет`` (`lexicon.BODY_NOUN_REFERENTS`): a body
    named by what it is, the one the item names in full (``Вінницька міська рада``).
    """
    if participant.kind is not ParticipantKind.ORGANIZATION or not participant.mentions:
        return ()
    if " " in participant.name.strip():
        return ()
    with reading_at(participant.mentions[0].start):
        referents = pick(BODY_NOUN_REFERENTS, ru.BODY_NOUN_REFERENTS)
        return next((referents[one] for one in _lemmas(participant.name) if one in referents), ())


def _head_lemmas(name: str) -> set[str]:
    """Return the lemmas of the head of ``name``: its words up to its first noun.

    ``Вінницька міська рада`` -> ``вінницький``, ``міський``, ``рада``; ``департамент освіти
    міської ради`` -> ``департамент`` alone (the council there is only its complement).
    """
    lemmas: set[str] = set()
    for word in _WORD.findall(name):
        readings = _readings(word)
        lemmas.update(p.normal_form for p in readings)  # type: ignore[attr-defined]
        grammemes = [p.tag.grammemes for p in readings]  # type: ignore[attr-defined]
        if any("NOUN" in one for one in grammemes) and not any("ADJF" in one for one in grammemes):
            break
    return lemmas


def _first_word(name: str) -> str:
    """Return the first word of ``name`` in lower case, what tells one such body from another.

    ``Николаевский городской совет`` and ``Николаевский горсовет`` are one council, named
    twice; ``Рівненська міська рада`` and ``Луцька міська рада`` are two.
    """
    words = _WORD.findall(name)
    return words[0].lower()[:_STEM] if words else ""


def _nearest(named: list[tuple[int, int]], at: int, lede_end: int) -> int | None:
    """Return the index of the body whose mention (start, index) is nearest before ``at``.

    With none before, a noun of the headline or the first paragraph (which ends at
    ``lede_end``) sums up the report and refers to the body it names next (``В Николаеве
    горсовет утвердил тариф`` over ``исполком Николаевского городского совета``); a noun
    further on with none before it is left alone (``встреча в горсовете`` before ``городской
    совет Жешува``, another city's council).
    """
    before = [one for one in named if one[0] < at]
    if before:
        return max(before)[1]
    return min(named)[1] if named and at < lede_end else None


def _full_names(
    participants: tuple[Participant, ...], skipped: set[int]
) -> list[tuple[int, set[str]]]:
    """Return the index and head lemmas (`_head_lemmas`) of each organisation not ``skipped``."""
    full: list[tuple[int, set[str]]] = []
    for index, participant in enumerate(participants):
        if index in skipped or participant.kind is not ParticipantKind.ORGANIZATION:
            continue
        if participant.mentions:
            with reading_at(participant.mentions[0].start):
                full.append((index, _head_lemmas(participant.name)))
    return full


def _with_bodies_joined(
    item: NewsItem, participants: tuple[Participant, ...]
) -> tuple[Participant, ...]:
    """Return ``participants`` with each body named by a common noun joined to its full name.

    ``Львівська міська рада ухвалила ... Також депутати призначили ...``, ``Кабінет Міністрів
    ухвалив ... Також уряд схвалив ...``: an organisation named by one noun of
    `lexicon.BODY_NOUN_REFERENTS` stands for the body of that kind the item names in full
    (the deputies and the session act as the council, the government is the Cabinet), so each
    of its mentions becomes one of the nearest such body named before it (`_nearest`) and the
    noun's own organisation goes; when one of them has no body to refer to, or bodies of two
    places fit (`_first_word`), the noun's organisation stays whole. With no such body named
    (``Депутати ухвалили ...`` alone), or for a broadcast speaker, the noun stays an
    organisation of its own.
    """
    speakers = {paragraph.speaker for paragraph in item.paragraphs if paragraph.speaker}
    bare = {
        index: found
        for index, participant in enumerate(participants)
        if participant.id not in speakers and (found := _referents(participant))
    }
    if not bare:
        return participants
    full = _full_names(participants, set(bare))
    spans = item.paragraph_spans()
    lede_end = spans[0].end if spans else len(item.text)
    joined: dict[int, list[Mention]] = {}
    gone: set[int] = set()
    for index, wanted in bare.items():
        bodies = [one for one, lemmas in full if any(lemmas.issuperset(w) for w in wanted)]
        if len({_first_word(participants[one].name) for one in bodies}) > 1:
            continue  # ``Рівненська ... і Луцька міська рада``: two bodies fit, neither is sure
        named = [(m.start, one) for one in bodies for m in participants[one].mentions]
        mentions = participants[index].mentions
        nearest = (_nearest(named, mention.start, lede_end) for mention in mentions)
        targets = [target for target in nearest if target is not None]
        if len(targets) < len(mentions):
            continue  # a mention with no body to refer to: the noun stays a body of its own
        for mention, target in zip(mentions, targets, strict=True):
            joined.setdefault(target, []).append(mention)
        gone.add(index)
    finished: list[Participant] = []
    for index, participant in enumerate(participants):
        if index in gone:
            continue
        if index in joined:
            merged = sorted((*participant.mentions, *joined[index]), key=lambda m: m.start)
            participant = attrs.evolve(participant, mentions=tuple(merged))  # noqa: PLW2901
        finished.append(participant)
    return tuple(finished)
