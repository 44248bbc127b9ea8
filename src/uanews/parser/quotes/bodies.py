"""Bodies that speak: ``у міськраді зазначили``, ``за даними поліції``, ``пише видання``.

A body noun next to a speech cue names the organisation that speaks. `speaking_bodies` makes
a participant of each such body the text names in no other way (``у міськраді`` with no
city council among the participants); `named_body` finds the participant a body noun stands
for (``у міськраді`` after ``Харківська міська рада``). The word lists live in `lexicon`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from functools import partial

import attrs

from uanews.model import Mention, NewsItem, Participant, ParticipantKind, Span
from uanews.parser.document import Screen, SpanIndex, paragraph_sentences
from uanews.parser.language import item_languages, language_cache, pick, reading_at
from uanews.parser.morph import parse_word, word_form
from uanews.parser.participants.lexicon import TERRITORIAL_ADJECTIVES
from uanews.parser.participants.lexicon_ru import (
    TERRITORIAL_ADJECTIVES as TERRITORIAL_ADJECTIVES_RU,
)
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.cues import finding_cues, source_pattern
from uanews.parser.quotes.lexicon import (
    BODY_COMPOUNDS,
    BODY_NOUNS,
    BODY_STAFF_NOUNS,
    CITATION_PHRASES,
    COORDINATORS,
    DEPENDENT_BODY_NOUNS,
    DOCUMENT_ISSUERS,
    GOVERNMENT_BODY_HEADS,
    KIND_ACRONYMS,
    KIND_BODY_NOUNS,
    LOCATIVE_PREPOSITIONS,
    MEDIA_NOUNS,
    MESSAGE_NOUNS,
    ON_BODY_NOUNS,
    ON_PREPOSITIONS,
    SOURCE_NOUNS,
    SUBUNIT_NOUNS,
    TEAM_BODY_NOUNS,
)
from uanews.parser.quotes.marks import scan_marks
from uanews.parser.quotes.speaker_context import Mentions, placed_mentions
from uanews.parser.quotes.speaker_grammar import lemmas
from uanews.parser.quotes.speech import SPEECH_CUES, is_speech_form
from uanews.parser.quotes.text import WORD, Word, word_forms, words

__all__ = [
    "body_noun",
    "is_subunit",
    "last_company",
    "last_named_body",
    "named_body",
    "read_speaking_bodies",
    "speaking_bodies",
    "speaking_body_lemmas",
]

# How many words from a speech cue a body noun may stand (``повідомили в обласній прокуратурі``).
_CUE_REACH = 3
_ORGANIZATION_ID = re.compile(r"o(\d+)$")
_ID_PATTERNS = {"o": _ORGANIZATION_ID, "g": re.compile(r"g(\d+)$")}
"""The ids of organisations and groups, by prefix: new ones go on from the last number."""
# ``пише «Укрінформ».``: a cue, then a short capitalised name in marks ending the clause.
# ``повідомляє «Суспільне» з посиланням на ...``: a citation may follow the name, too.
_CUE_THEN_QUOTED_HEAD = (
    r"(?<![^\W\d_])(?P<cue>[^\W\d_]+)\s+[«„“\"](?P<name>[^\W\d_][^«»„“”\"\n]{0,40}?)[»“”\"]"
)


def _cue_then_quoted(citations: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a cue, then a name in marks ending its clause or before a citation."""
    cited = "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in citations)
    return re.compile(rf"{_CUE_THEN_QUOTED_HEAD}(?=\s*(?:[,.;!?]|(?:{cited})(?![^\W\d_])|$))")


_OPENING_MARK = re.compile('[«„“"]')
"""The marks that open the name of `_CUE_THEN_QUOTED_HEAD`."""
_CUE_THEN_QUOTED = _cue_then_quoted(CITATION_PHRASES)
_CUE_THEN_QUOTED_RU = _cue_then_quoted(ru.CITATION_PHRASES)


def _quoted_then_cue(prepositions: frozenset[str]) -> re.Pattern[str]:
    """Return the pattern of a locative preposition, a name in marks, then the next word.

    ``В «Львовтеплоэнерго» уточнили``, ``У «Київводоканалі» пояснили``.
    """
    words = "|".join(sorted(prepositions, key=len, reverse=True))
    return re.compile(
        rf"(?<![^\W\d_])(?:{words})\s+[«„“\"](?P<name>[^\W\d_][^«»„“”\"\n]{{0,40}}?)[»“”\"]"
        r"\s+(?P<cue>[^\W\d_]+)",
        re.IGNORECASE,
    )


_QUOTED_THEN_CUE = _quoted_then_cue(LOCATIVE_PREPOSITIONS)
_QUOTED_THEN_CUE_RU = _quoted_then_cue(ru.LOCATIVE_PREPOSITIONS)


_BODY_LEMMAS = BODY_NOUNS | DEPENDENT_BODY_NOUNS | MEDIA_NOUNS
_BODY_LEMMAS_RU = ru.BODY_NOUNS | ru.DEPENDENT_BODY_NOUNS | ru.MEDIA_NOUNS
"""The lemmas of nouns for a body or an outlet (`body_noun`), one set a language."""


@language_cache(maxsize=65536)
def body_noun(word: str) -> str | None:
    """Return the lemma of ``word`` if it is a noun for a body or an outlet, else None.

    A noun for a body's officers (`lexicon.BODY_STAFF_NOUNS`) counts in the plural only.
    """
    bodies = pick(_BODY_LEMMAS, _BODY_LEMMAS_RU)
    staff = pick(BODY_STAFF_NOUNS, ru.BODY_STAFF_NOUNS)
    # ``компанії-розробнику``, ``IT-компания``: a compound's part may be the body noun.
    parts = [word] if "-" not in word else [word, *word.split("-")]
    for part in parts:
        record = word_form(part.lower())
        if bodies.isdisjoint(record.noun_lemmas) and staff.isdisjoint(record.noun_lemmas):
            continue  # most forms: the walk below finds nothing
        for parse in record.readings:
            if "NOUN" not in parse.tag:
                continue
            if parse.normal_form in bodies or (
                parse.normal_form in staff and parse.tag.number == "plur"
            ):
                return str(parse.normal_form)
    return None


def _head_name(word: str, lemma: str) -> str:
    """Return the head of a body's name: its lemma, or the nominative plural of officers."""
    if lemma not in pick(BODY_STAFF_NOUNS, ru.BODY_STAFF_NOUNS):
        return lemma
    for parse in parse_word(word.lower()):
        if parse.normal_form == lemma and parse.tag.number == "plur":
            form = parse.inflect({"nomn", "plur"})
            if form is not None:
                return str(form.word)
    return lemma


def _cases(word: str, lemma: str) -> frozenset[str]:
    """Return the cases ``word`` can be in as a form of the noun ``lemma``."""
    return frozenset(
        str(parse.tag.case)
        for parse in parse_word(word.lower())
        if parse.normal_form == lemma and parse.tag.case is not None
    ) or frozenset({"nomn"})


def _name_lemmas(name: str) -> list[frozenset[str]]:
    """Return the lemmas of each word of an organisation's name."""
    return [lemmas(word) | {word.lower()} for word in WORD.findall(name)]


def _names_body(participant: Participant, lemma: str) -> bool:
    """Return True if the organisation's name holds the body ``lemma`` or its full form."""
    found = _name_lemmas(participant.name)
    if any(lemma in word for word in found):
        return True
    compound = pick(BODY_COMPOUNDS, ru.BODY_COMPOUNDS).get(lemma)
    if compound is None:
        return False
    return any(
        all(compound[i] in found[start + i] for i in range(len(compound)))
        for start in range(len(found) - len(compound) + 1)
    )


def named_body(participants: Iterable[Participant], lemma: str) -> Participant | None:
    """Return the last organisation (in the given order) whose name holds the body ``lemma``."""
    best: Participant | None = None
    for participant in participants:
        if participant.kind is ParticipantKind.ORGANIZATION and _names_body(participant, lemma):
            best = participant
    return best


def last_named_body(placed: Mentions, lemma: str, anchor: int) -> Participant | None:
    """Return the organisation naming the body ``lemma`` mentioned last before ``anchor``.

    What `named_body` returns for the participants of the mentions before ``anchor`` in text
    order, looked up in the mentions' index: each participant's name is read once per item
    and lemma, not once per cue.
    """
    return placed.last_matching(("body", lemma), partial(_is_named_body, lemma), anchor)


_IN_MARKS = re.compile(r"[«„“\"][^«»„“”\"]*[»”“\"]")


def _outside_marks(name: str) -> list[str]:
    """Return the words of an organisation's name outside quote marks, in order.

    Words in marks are a proper name (``філія «Пасажирська компанія»``): they name no kind.
    """
    return WORD.findall(_IN_MARKS.sub(" ", name))


def last_company(placed: Mentions, lemma: str, anchor: int) -> Participant | None:
    """Return the organisation a kind noun ``lemma`` (``компанія``) stands for before ``anchor``.

    The last organisation the text named as one of that kind (its name's first body noun
    outside marks is ``lemma``: ``компанія «Нова пошта»``, ``IT-компанія «X»``: the noun takes
    up the text's own word), else the last one named by a bare
    name (no body noun outside marks: ``ДТЕК``, ``АТ «Укрзалізниця»``). A branch or press
    office named with a company (``філія «Пасажирська компанія»``, ``пресслужба компанії``)
    is not the company. Each question is a binary search in the mentions' index.
    """
    kind = placed.last_matching(("kind", lemma), partial(_is_kind_named, lemma), anchor)
    if kind is not None:
        return kind
    return placed.last_matching(("bare",), _is_bare_named, anchor)


def _is_kind_named(lemma: str, participant: Participant) -> bool:
    """Return True for an organisation whose name's first body noun outside marks is ``lemma``."""
    if participant.kind is not ParticipantKind.ORGANIZATION:
        return False
    # ``НЕК «Укренерго»``: an acronym spelling out ``... компанія`` calls the body a company.
    acronyms = pick(KIND_ACRONYMS, ru.KIND_ACRONYMS)
    heads = [
        found
        for word in _outside_marks(participant.name)
        if (found := body_noun(word) or acronyms.get(word.lower()))
    ]
    return bool(heads) and heads[0] == lemma


def _is_bare_named(participant: Participant) -> bool:
    """Return True for an organisation named by a proper name alone (``ДТЕК``, ``АТ «X»``).

    Every word outside quote marks is capitalised and neither a body noun nor an adjective: a
    descriptive name (``Крюківський вагонобудівний завод``, ``філія «X»``) names no company
    by its bare name.
    """
    found = _outside_marks(participant.name)
    return (
        participant.kind is ParticipantKind.ORGANIZATION
        and bool(found)
        and all(word[:1].isupper() and not _bare_adjective(word) for word in found)
        and not any(body_noun(word) for word in found)
    )


def _bare_adjective(word: str) -> bool:
    """Return True if the dictionary reads ``word`` as an adjective (``Крюківський``)."""
    return any("ADJF" in parse.tag for parse in parse_word(word.lower()))


def _is_named_body(lemma: str, participant: Participant) -> bool:
    """Return True if ``participant`` is an organisation whose name holds the body ``lemma``.

    A group headed by the body noun (``делегація міста-побратима``: a delegation is a group
    of people that speaks as a whole) is that body too; a group only completed by it
    (``слідчі поліції``) is not the police.
    """
    if participant.kind is ParticipantKind.GROUP:
        first = WORD.search(participant.name)
        return first is not None and body_noun(first.group()) == lemma
    return participant.kind is ParticipantKind.ORGANIZATION and _names_body(participant, lemma)


def _cue_indices(
    text: str, sentence: Span, found: Sequence[Word], present: frozenset[str]
) -> list[int]:
    """Return the indices of the words of a sentence that are speech cues or end a source.

    ``present`` are the forms of the words ``found``.
    """
    cues = SPEECH_CUES.passing(present) | finding_cues(found)
    indices = [index for index, (word, _s, _e) in enumerate(found) if word in cues] if cues else []
    for match in source_pattern().finditer(text, sentence.start, sentence.end):
        indices.extend(
            index for index, (_word, _start, end) in enumerate(found) if end == match.end()
        )
    return indices


def _is_adjective(word: str, cases: frozenset[str]) -> bool:
    """Return True if ``word`` is an adjective in one of ``cases`` (``обласній``)."""
    return any(
        "ADJF" in parse.tag and parse.tag.case in cases for parse in parse_word(word.lower())
    )


def _adjective_before(word: str, cases: frozenset[str]) -> bool:
    """Return True if ``word`` is an adjective of a body's name, not a source noun before it.

    ``по данным полиции``: ``данным`` reads as an adjective too (``данный``), but it is the
    source noun after which the body stands in the genitive.
    """
    return word.lower() not in pick(SOURCE_NOUNS, ru.SOURCE_NOUNS) and _is_adjective(word, cases)


def _complement(text: str, found: Sequence[Word], index: int) -> int:
    """Return the index after the genitive phrase completing the body noun at ``index``.

    The phrase is a genitive noun, with the genitive adjectives before it (``поліції
    Полтавської області``, ``полиции Полтавской области``), or an abbreviation, which does not
    decline (``пресс-службе ГСЧС``); a capitalised noun only if no reading of it is a person's
    (``поліції Києва``, not ``поліції Петренка``). Such a phrase may have its own complement, up
    to `_COMPLEMENT_NOUNS` nouns (``пресс-службе полиции Одесской области``), and genitive nouns
    joined by a conjunction are one complement (``департаменте архитектуры и
    градостроительства``). ``index + 1`` if none follows.
    """
    last = found[index][2]
    at = after = index + 1
    nouns = 0
    while at < len(found) and nouns < _COMPLEMENT_NOUNS and not text[last : found[at][1]].strip():
        word = found[at][0]
        if _is_adjective(word, _GENITIVE) or (
            nouns
            and word.lower() in pick(COORDINATORS, ru.COORDINATORS)
            and at + 1 < len(found)
            and _genitive_noun(found[at + 1][0])
        ):
            last, at = found[at][2], at + 1  # ``архитектуры и градостроительства``: one list
            continue
        if not (_genitive_noun(word) or (at == after and _abbreviation(word))):
            break
        nouns += 1
        last, at = found[at][2], at + 1
        after = at  # ``пресс-службе полиции Одесской области``: a complement's own complement
    return after


_GENITIVE = frozenset({"gent"})
_COMPLEMENT_NOUNS = 3
"""How many genitive nouns a body's complement may chain (``управления полиции области``)."""
_PERSON_TAGS = frozenset({"anim", "Surn", "Name", "Patr"})
_FUNCTION_TAGS = frozenset({"CONJ", "PREP", "PRCL", "NPRO"})


def _genitive_noun(word: str) -> bool:
    """Return True if ``word`` is a genitive noun that may complete a body's name."""
    readings = parse_word(word.lower())
    if not any("NOUN" in parse.tag and parse.tag.case == "gent" for parse in readings):
        return False
    if any(not _FUNCTION_TAGS.isdisjoint(parse.tag.grammemes) for parse in readings):
        return False  # ``и`` is a conjunction first, whatever abbreviation it may also be
    return word[:1].islower() or all(
        _PERSON_TAGS.isdisjoint(parse.tag.grammemes) for parse in readings
    )


def _abbreviation(word: str) -> bool:
    """Return True if ``word`` is an abbreviation in capitals (``ГСЧС``, ``ОВА``)."""
    return len(word) > 1 and word.isupper()


def _nominative(word: str) -> str:
    """Return ``word`` (an adjective or noun of a body's name) in the nominative singular."""
    for parse in parse_word(word.lower()):
        if {"ADJF", "NOUN"} & set(parse.tag.grammemes):
            form = parse.inflect({"nomn"}) if parse.tag.number != "plur" else None
            if form is not None:
                return _cased(str(form.word), word)
    return word.lower()


def _cased(form: str, word: str) -> str:
    """Return ``form`` with a capital if ``word`` has one (``Національній`` → ``Національна``)."""
    return form[:1].upper() + form[1:] if word[:1].isupper() else form


def _phrase(
    text: str, found: Sequence[Word], index: int, lemma: str
) -> tuple[int, int, str] | None:
    """Return the first and last word index and the nominative name of a body phrase."""
    if lemma in pick(BODY_STAFF_NOUNS, ru.BODY_STAFF_NOUNS) and _qualifies_next(text, found, index):
        return None  # ``за даними слідчих органів``: an adjective of the noun after it
    cases = _cases(found[index][0], lemma)
    start = index
    while start > 0 and _adjective_before(found[start - 1][0], cases):
        if text[found[start - 1][2] : found[start][1]].strip():
            break  # ``даними, обласній``: punctuation ends the phrase
        start -= 1
    end = _complement(text, found, index)
    if (
        lemma in pick(DEPENDENT_BODY_NOUNS, ru.DEPENDENT_BODY_NOUNS)
        and start == index
        and end == index + 1
    ):
        return None  # ``повідомили в пресслужбі``: the explicit unknown speaker
    name = " ".join(
        [_nominative(word) for word, _s, _e in found[start:index]]
        + [_head_name(found[index][0], lemma)]
        + [word for word, _s, _e in found[index + 1 : end]]
    )
    return start, end, name


def _qualifies_next(text: str, found: Sequence[Word], index: int) -> bool:
    """Return True if the word at ``index`` can be an adjective agreeing with the noun after it.

    A body's noun after it is its genitive complement (``слідчі поліції``: the police's
    investigators), not a noun it qualifies.
    """
    if index + 1 >= len(found) or text[found[index][2] : found[index + 1][1]].strip():
        return False
    after = found[index + 1][0]
    if body_noun(after) is not None:
        return False
    cases = frozenset(
        str(parse.tag.case)
        for parse in parse_word(after.lower())
        if "NOUN" in parse.tag and parse.tag.case is not None
    )
    return bool(cases) and _is_adjective(found[index][0], cases)


def _speaks(found: Sequence[Word], index: int, first: int, lemma: str) -> bool:
    """Return True if the body noun at ``index`` is in a case a speaking body takes there.

    ``first`` is where its phrase begins (``в обласній прокуратурі``: at ``обласній``).
    """
    cases = _cases(found[index][0], lemma)
    before = found[first - 1][0].lower() if first > 0 else ""
    return (
        ("loct" in cases and before in pick(LOCATIVE_PREPOSITIONS, ru.LOCATIVE_PREPOSITIONS))
        or (
            "loct" in cases
            and before in pick(ON_PREPOSITIONS, ru.ON_PREPOSITIONS)
            and lemma in pick(ON_BODY_NOUNS, ru.ON_BODY_NOUNS)
        )
        or ("gent" in cases and before in pick(SOURCE_NOUNS, ru.SOURCE_NOUNS))
        or "nomn" in cases
        or ("gent" in cases and bool(before) and _issues(before, lemma))
    )


def _issues(document: str, lemma: str) -> bool:
    """Return True if ``document`` is a ruling a body of ``lemma`` issues (``рішенні суду``).

    The body in the genitive after its ruling (``йдеться у вироку суду``, ``говорится в решении
    горсовета``) speaks through it (`lexicon.DOCUMENT_ISSUERS`).
    """
    issuers = pick(DOCUMENT_ISSUERS, ru.DOCUMENT_ISSUERS)
    found_lemmas = lemmas(document)
    if found_lemmas & pick(MESSAGE_NOUNS, ru.MESSAGE_NOUNS):
        # ``говорится в сообщении суда``, ``йдеться в повідомленні поліції``: any body issues
        # a message, and the body whose message it is speaks through it.
        return True
    return any(lemma in issuers.get(found, ()) for found in found_lemmas)


def speaking_body_lemmas(text: str, found: Sequence[Word]) -> list[str]:
    """Return the body nouns of ``found`` in a place a speaker takes, their complements too.

    ``у міськраді``, ``за даними поліції``, ``поліція`` (nominative) speak;
    ``на засіданні уряду`` does not.
    """
    lemmas_found: list[str] = []
    for index, (word, _start, _end) in enumerate(found):
        lemma = body_noun(word)
        if lemma is None:
            continue
        first = index
        while first > 0 and _adjective_before(found[first - 1][0], _cases(word, lemma)):
            first -= 1
        if _speaks(found, index, first, lemma):
            lemmas_found.append(lemma)
            end = _complement(text, found, index)
            lemmas_found.extend(
                complement
                for other, _s, _e in found[index + 1 : end]
                if (complement := body_noun(other))
            )
    return lemmas_found


def _bodies_in(text: str, sentence: Span, taken: SpanIndex) -> Iterable[tuple[str, Mention]]:
    """Yield the name and mention of each unnamed speaking body in ``sentence``."""
    found = words(text, sentence.start, sentence.end)
    present = word_forms(text, sentence.start, sentence.end)
    cues = _cue_indices(text, sentence, found, present)
    if not cues:
        return
    bodies = _SPEAKING_BODIES.passing(present)
    if not bodies:
        return
    pairs, openers, _stray = scan_marks(text, sentence.start, sentence.end)
    # Quoted words say things; a body named in them is not who speaks.
    quoted = [Span(pair.open, pair.close) for pair in pairs]
    quoted += [Span(opener, sentence.end) for opener in openers]
    for index, (word, start, _end) in enumerate(found):
        if word not in bodies:
            continue
        lemma = body_noun(word)
        if lemma is None or lemma in pick(MEDIA_NOUNS, ru.MEDIA_NOUNS):
            continue
        if any(span.start < start < span.end for span in quoted):
            continue
        phrase = _phrase(text, found, index, lemma)
        if phrase is None:
            continue
        first, last, name = phrase
        # The reach counts from the phrase's nearer end (``в департаменте архитектуры и
        # градостроительства сообщили``): a long complement keeps its cue.
        if not any(
            min(abs(first - cue), abs(last - 1 - cue)) <= _CUE_REACH for cue in cues
        ) or not _speaks(found, index, first, lemma):
            continue
        span = Span(found[first][1], found[last - 1][2])
        # A department or a body's officers (``слідчі поліції``) are a body or group of their
        # own: only the head noun must be free, whatever the complement names.
        own = _subunit(lemma) or lemma in pick(BODY_STAFF_NOUNS, ru.BODY_STAFF_NOUNS)
        if taken.overlapping(span.start, found[index][2] if own else span.end):
            continue
        yield name, Mention(text[span.start : span.end], span.start, span.end)


def _subunit(lemma: str) -> bool:
    """Return True if the body noun ``lemma`` is a department of a larger body.

    A participant's mention holding the body noun names the body. One only in the complement
    names the larger body: a department of it is a body of its own (``в управлении
    образования горсовета``: the department speaks, not the council), while a press office
    or a kind noun stands for it (``у пресслужбі ДТЕК``, ``компании Укрэнерго``: the company).
    """
    return lemma in pick(SUBUNIT_NOUNS, ru.SUBUNIT_NOUNS)


def is_subunit(name: str) -> bool:
    """Return True if the organisation ``name`` opens with a department noun (``управление``).

    ``управление образования горсовета``: a department of a larger body, whose name holds
    that body's (`lexicon.SUBUNIT_NOUNS`).
    """
    first = WORD.search(name)
    if first is None:
        return False
    lemma = body_noun(first.group())
    return lemma is not None and _subunit(lemma)


def _speaking_body(word: str) -> bool:
    """Return True for a noun of a body that is no outlet: it may speak unnamed."""
    lemma = body_noun(word)
    return lemma is not None and lemma not in pick(MEDIA_NOUNS, ru.MEDIA_NOUNS)


_SPEAKING_BODIES = Screen(_speaking_body)


def _quoted_outlets(text: str, sentence: Span, taken: SpanIndex) -> Iterable[tuple[str, Mention]]:
    """Yield a name in marks right after a speech cue or a source phrase: the body that speaks.

    ``пише «Укрінформ»``, ``По данным «Львовтеплоэнерго», ...``, ``За даними «Укренерго», ...``;
    and a name in marks after a locative preposition, right before a cue (``В
    «Львовтеплоэнерго» уточнили``).
    """
    if _OPENING_MARK.search(text, sentence.start, sentence.end) is None:
        return  # the patterns need an opening mark: a class is found much faster
    sources = {
        found.end() for found in source_pattern().finditer(text, sentence.start, sentence.end)
    }
    for match in pick(_CUE_THEN_QUOTED, _CUE_THEN_QUOTED_RU).finditer(
        text, sentence.start, sentence.end
    ):
        if not (is_speech_form(match.group("cue")) or match.end("cue") in sources):
            continue
        start, end = match.start("name"), match.end("name")
        if taken.overlapping(start, end):
            continue
        name = match.group("name")
        yield name, Mention(name, start, end)
    for match in pick(_QUOTED_THEN_CUE, _QUOTED_THEN_CUE_RU).finditer(
        text, sentence.start, sentence.end
    ):
        start, end = match.start("name"), match.end("name")
        if not is_speech_form(match.group("cue")) or taken.overlapping(start, end):
            continue
        name = match.group("name")
        yield name, Mention(name, start, end)


def speaking_bodies(item: NewsItem) -> tuple[Participant, ...]:
    """Return new organisation participants for the bodies that speak unnamed in ``item``.

    A body the participants already name (``у міськраді`` and ``Харківська міська рада``) is
    not made again. Ids go on from the item's last ``o<n>``.
    """
    return read_speaking_bodies(item)[1]


def read_speaking_bodies(
    item: NewsItem,
) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    """Return the item's participants with the bodies that speak as further mentions, and new ones.

    The second value is `speaking_bodies`'. A body noun that speaks (``уточнили в
    прокуратурі``, ``по данным прокуратуры``) after the text named a body of that noun
    (``Харківська обласна прокуратура``) refers back to it: the speaker rules read it as that
    body (`last_named_body`), and it is one more mention of that organisation, the last one
    named before it (`_refer_back`). Only the noun heading the phrase counts: a press office
    of a named body (``пресслужба суду``) is no mention of the court itself. And only a
    government body's noun (`lexicon.GOVERNMENT_BODY_HEADS`), which names nothing but the
    institution: a court's noun is also its hearing (``у суді``), a hospital's or a
    university's also the place (``у лікарні``), a company's any firm, and those stay as they
    were (the speaker rules still read them as the body).
    """
    text = item.text
    taken = SpanIndex(
        Span(mention.start, mention.end)
        for participant in item.participants
        for mention in participant.mentions
    )
    found: dict[str, list[Mention]] = {}
    referring: list[tuple[str, str, Mention, int]] = []
    # Whether the participants name a body, by the languages read and its noun: each asked
    # once, not once per body found (the participants do not change here).
    named: dict[tuple[tuple[str, ...], str], float] = {}
    kinds: dict[tuple[tuple[str, ...], str], bool] = {}
    for span, own in zip(item.paragraph_spans(), paragraph_sentences(item), strict=True):
        with reading_at(span.start):  # each paragraph in its own language
            for sentence in own:
                for name, mention in [
                    *_bodies_in(text, sentence, taken),
                    *_quoted_outlets(text, sentence, taken),
                ]:
                    # Named when the participants name a body of its name (``прес-служба
                    # суду`` after ``Господарський суд ...``: the court); a department of a
                    # named body (``горсовет``) is not that body: only its own noun counts.
                    heads = _heads(name)
                    if heads and _subunit(heads[0]):
                        heads = heads[:1]
                    if _company_office(heads) and (
                        _company_from(named, item.participants) < mention.start
                    ):
                        continue  # ``пресс-служба компании``: the company's, named before
                    if not any(
                        _named_from(named, item.participants, lemma) < mention.start
                        for lemma in heads
                    ) or not _kind_named(kinds, item.participants, name):
                        found.setdefault(name, []).append(mention)
                    elif name in found:
                        found[name].append(mention)  # the body this pass made, named again
                    elif (
                        heads[0] in pick(GOVERNMENT_BODY_HEADS, ru.GOVERNMENT_BODY_HEADS)
                        and _named_from(named, item.participants, heads[0]) < mention.start
                        and not _completes_body(text, mention.start)
                        and _leveled_only(name)
                    ):
                        referring.append((heads[0], name, mention, span.start))
    # A body's officers (``слідчі``) are a group of people, the rest organisations.
    next_number = {
        prefix: max(
            (
                int(match.group(1))
                for participant in item.participants
                if (match := pattern.match(participant.id))
            ),
            default=0,
        )
        + 1
        for prefix, pattern in _ID_PATTERNS.items()
    }
    made: list[Participant] = []
    for name, mentions in found.items():
        heads = _heads(name)
        # ``слідство`` (`lexicon.TEAM_BODY_NOUNS`) is the investigators at work: a group too.
        staff = bool(heads) and (
            heads[0] in pick(BODY_STAFF_NOUNS, ru.BODY_STAFF_NOUNS)
            or heads[0] in pick(TEAM_BODY_NOUNS, ru.TEAM_BODY_NOUNS)
        )
        prefix = "g" if staff else "o"
        made.append(
            Participant(
                id=f"{prefix}{next_number[prefix]}",
                kind=ParticipantKind.GROUP if staff else ParticipantKind.ORGANIZATION,
                name=name,
                mentions=tuple(mentions),
            )
        )
        next_number[prefix] += 1
    return _refer_back(item, referring), tuple(made)


_BEFORE_REACH = 40
"""How many characters before a body phrase are read for the word right before it."""
_LAST_WORD = re.compile(r"([^\W\d_][\w'’ʼ-]*)\s+$")


def _completes_body(text: str, start: int) -> bool:
    """Return True if the phrase at ``start`` is the complement of a body noun right before it.

    ``прокуратури`` in ``у пресслужбі прокуратури``: the press office speaks, and its
    complement is part of its name, no mention of the office's body of its own.
    """
    found = _LAST_WORD.search(text, max(0, start - _BEFORE_REACH), start)
    return found is not None and body_noun(found.group(1)) is not None


def _kind_words(name: str) -> list[frozenset[str]]:
    """Return the lemmas of the words before the body noun of ``name`` that are no level.

    ``патрульна`` of ``Патрульна поліція``: an adjective that says which kind of body it is;
    a territorial adjective (``обласна``) only says at which level it works.
    """
    territorial = pick(TERRITORIAL_ADJECTIVES, TERRITORIAL_ADJECTIVES_RU)
    found: list[frozenset[str]] = []
    for word in WORD.findall(name):
        if body_noun(word) is not None:
            break
        own = lemmas(word)
        if not own & territorial:
            found.append(own | {word.lower()})
    return found


def _kind_named(
    kinds: dict[tuple[tuple[str, ...], str], bool], participants: Sequence[Participant], name: str
) -> bool:
    """Return True if the participants name a body of the kind ``name``'s adjectives say.

    ``Патрульна поліція`` after ``поліція Полтавської області`` is another body, not named
    before though a body of its noun is: only a participant whose name holds those adjectives
    too names it. A name without such adjectives is named by its noun alone (`_named_from`).
    Asked once per item, languages read and name.
    """
    key = (item_languages(), name)
    answer = kinds.get(key)
    if answer is None:
        wanted = _kind_words(name)
        answer = kinds[key] = not wanted or any(
            participant.kind is ParticipantKind.ORGANIZATION
            and all(
                any(word & words for words in _name_lemmas(participant.name)) for word in wanted
            )
            for participant in participants
        )
    return answer


def _leveled_only(name: str) -> bool:
    """Return True if no word but a territorial adjective stands before the body noun of ``name``.

    ``обласне управління ДСНС`` may be the ``Головне управління ДСНС ...`` named before: the
    adjective only says which level the text's own office works at. ``Патрульна поліція``
    names a body of another kind than ``поліція Полтавської області``, none to refer back to.
    """
    return not _kind_words(name)


def _refer_back(
    item: NewsItem, referring: Sequence[tuple[str, str, Mention, int]]
) -> tuple[Participant, ...]:
    """Return the item's participants with each referring body noun as a further mention.

    ``referring`` holds the head lemma, the phrase's nominative name, the mention and the
    start of its paragraph (read in that paragraph's language). The mention goes to the
    organisation of that very name if there is one (``поліції Рівненщини`` again), else to
    the organisation naming that body whose mention comes last before it, as the speaker
    rules resolve it (`last_named_body`); the mentions are indexed once for the item.
    """
    if not referring:
        return item.participants
    placed = placed_mentions(item, ())
    by_name = {
        participant.name: participant
        for participant in item.participants
        if participant.kind is ParticipantKind.ORGANIZATION
    }
    added: dict[str, list[Mention]] = {}
    for lemma, name, mention, paragraph in referring:
        with reading_at(paragraph):
            target = by_name.get(name) or last_named_body(placed, lemma, mention.start)
        if target is not None and target.kind is ParticipantKind.ORGANIZATION:
            added.setdefault(target.id, []).append(mention)
    return tuple(
        participant
        if participant.id not in added
        else attrs.evolve(
            participant,
            mentions=tuple(
                sorted((*participant.mentions, *added[participant.id]), key=lambda m: m.start)
            ),
        )
        for participant in item.participants
    )


def _named_from(
    named: dict[tuple[tuple[str, ...], str], float],
    participants: Sequence[Participant],
    lemma: str,
) -> float:
    """Return where the text first names an organisation for ``lemma`` (infinity if never).

    A body named only later (``за даними поліції`` before ``управління поліції`` is
    introduced) speaks as written: a cue looks back for the body, never ahead. Each lemma is
    asked once per item and languages read, not once per body found.
    """
    key = (item_languages(), lemma)
    answer = named.get(key)
    if answer is None:
        answer = named[key] = min(
            (
                mention.start
                for participant in participants
                if _is_named_body(lemma, participant)
                for mention in participant.mentions
            ),
            default=math.inf,
        )
    return answer


def _company_office(heads: Sequence[str]) -> bool:
    """Return True if a body's complement is a kind noun (``пресс-служба компании``)."""
    kinds = pick(KIND_BODY_NOUNS, ru.KIND_BODY_NOUNS)
    return any(lemma in kinds for lemma in heads[1:])


def _company_from(
    named: dict[tuple[tuple[str, ...], str], float], participants: Sequence[Participant]
) -> float:
    """Return where the text first names a company (infinity if never): see `last_company`.

    An office of ``компании`` after that speaks for the company (`last_company`), and is no
    organisation of its own. Asked once per item and languages read.
    """
    key = (item_languages(), "")
    answer = named.get(key)
    if answer is None:
        answer = named[key] = min(
            (
                mention.start
                for participant in participants
                if _is_bare_named(participant)
                or any(
                    _is_kind_named(kind, participant)
                    for kind in pick(KIND_BODY_NOUNS, ru.KIND_BODY_NOUNS)
                )
                for mention in participant.mentions
            ),
            default=math.inf,
        )
    return answer


def _heads(name: str) -> list[str]:
    """Return the body nouns of a body's name (``прес-служба суду``: both), in order."""
    return [lemma for word in WORD.findall(name) if (lemma := body_noun(word)) is not None]
