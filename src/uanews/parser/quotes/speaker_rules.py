"""Speaker resolution as an ordered list of small rules, most certain evidence first.

`RULES` run in order; the first that returns a `Verdict` decides (a verdict of None means
nobody can be named: an unknown speaker is better than a wrong one):

1. `hearer`: someone who hears or reads the words (``Вона почула крик: ...``) is no speaker;
2. `named_mention`: a participant mention in the window that can be a subject
   (``- розповів Олексій Кучер``); an organisation in the complement of a person noun
   (``директор «КЗЕТ»``) gives way to the person with that role;
3. `role_noun`: a role noun (``- сказав посол``) names the participant with that role
   mentioned last; a generic noun (``експерт``) the speaker before; a noun heading an
   organisation's name (``суд``) that organisation;
4. `pronoun`: ``сказав він``, ``на його думку`` point back to a person of that gender, or to
   an organisation a subject of that gender named (``Суд відмовив. Він вказав``);
5. `body`: a body noun where a speaker stands (``у міськраді``, ``пише видання``, ``у рішенні
   суду``) names the organisation the text named with it, or nobody;
6. `document`: a ruling alone (``у рішенні зазначено``) names the body that issued it;
7. `unknown_subject`: the window names someone who is no participant;
8. `impersonal_cue`: ``повідомляється`` names no one;
9. `continuation`: no subject at all (``А відтак уточнює: ...``): the speaker before.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from attrs import evolve

from uanews.model import Participant, ParticipantKind, Span
from uanews.parser.language import language_cache, pick
from uanews.parser.morph import parse_word
from uanews.parser.participants.lexicon import PRESS_SERVICE_NOUNS, ROLE_NOUNS
from uanews.parser.participants.lexicon_ru import PRESS_SERVICE_NOUNS as PRESS_SERVICE_NOUNS_RU
from uanews.parser.participants.lexicon_ru import ROLE_NOUNS as ROLE_NOUNS_RU
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.bodies import (
    body_noun,
    is_subunit,
    last_company,
    last_named_body,
    speaking_body_lemmas,
)
from uanews.parser.quotes.cues import is_finite_verb, is_speech_noun, source_pattern
from uanews.parser.quotes.lexicon import (
    AGENCY_NOUNS,
    ANAPHORIC_BODY_NOUNS,
    ANOTHER_PERSON_WORDS,
    CALLING_NOUNS,
    CITATION_PHRASES,
    COORDINATORS,
    DOCUMENT_ISSUERS,
    EXPERT_NOUNS,
    GENERIC_LEADER_NOUNS,
    GENERIC_SPEAKER_NOUNS,
    GOVERNMENT_BODY_HEADS,
    GOVERNMENT_BODY_PREFIXES,
    INVESTIGATOR_NOUNS,
    KIND_BODY_NOUNS,
    KIND_NOUNS,
    LEADER_NOUNS,
    LOCATIVE_PREPOSITIONS,
    MESSAGE_NOUNS,
    NEW_PERSON_WORDS,
    NON_SUBJECT_PREPOSITIONS,
    NOT_CURRENT_ROLE_WORDS,
    OFFICIAL_NOUNS,
    PLACE_ADJECTIVE_SUFFIXES,
    PRONOUN_GENDERS,
    QUOTING_LEMMAS,
    SEX_NOUNS,
    SPOKESPERSON_NOUNS,
    STAFF_NOUNS,
    WIN_LEMMAS,
    WINNER_NOUNS,
)
from uanews.parser.quotes.role_synonyms import (
    common_words,
    longest_at,
    role_field,
    synonym_holders,
    word_synonyms,
)
from uanews.parser.quotes.speaker_context import (
    PRONOUN_REACH,
    Context,
    Mentions,
    Placed,
    Verdict,
    all_role_nouns,
    last_mention,
    mention_text,
    participant_by_id,
    persons_of_gender,
    role_holders,
)
from uanews.parser.quotes.speaker_filters import (
    addressee,
    can_speak,
    has_subject,
    heard,
    impersonal,
    passive,
    word_before,
)
from uanews.parser.quotes.speaker_grammar import (
    case,
    head_cases,
    head_gender,
    is_role_noun,
    lemmas,
    masculine,
    nominative,
    noun_gender,
    oblique,
    oblique_name,
    only_plural,
    own_name_gender,
    participant_gender,
    person_nouns,
    role_words,
    with_synonyms,
)
from uanews.parser.quotes.speech import is_speech_form
from uanews.parser.quotes.text import WORD, same_stem

__all__ = [
    "RULES",
    "Rule",
    "body",
    "continuation",
    "document",
    "hearer",
    "impersonal_cue",
    "named_mention",
    "pronoun",
    "role_noun",
    "unknown_subject",
]

Rule = Callable[[Context], Verdict | None]
"""A rule: what the attribution shows in, a verdict or None (no opinion) out."""

# How many words before a person's name a title may stand (``главой ОВА Олегом Синегубовым``).
_TITLE_REACH = 6
_TITLE_WORDS = 12
"""How many words before a name a title may stand, its complement in the genitive included."""
# How many mentions before a cue a role noun looks back through for a title: a bounded look
# per cue keeps the extraction linear in the item's size.
_BACK_MENTIONS = 64

_KIND_ORDER = {ParticipantKind.PERSON: 0, ParticipantKind.ORGANIZATION: 1, ParticipantKind.GROUP: 2}


# --------------------------------------------------------------------------- hearer


def hearer(context: Context) -> Verdict | None:
    """Return nobody when a verb of hearing or reading, not of saying, introduces the words."""
    cue = WORD.match(context.body, context.anchor)
    if cue is not None and not is_speech_form(cue.group()) and heard(context.words, context.anchor):
        return Verdict(None)
    return None


# --------------------------------------------------------------------------- quoted person


def quoted_person(context: Context) -> Verdict | None:
    """Return the person a quoting verb relays: its object in the accusative, not its subject.

    ``– цитирует мэра пресс-служба горсовета``, ``– цитує Олега Коваля пресслужба ОВА``: the
    press office relays the words; the mayor (a role noun that names its holder) or the named
    person said them. No verdict when no person or role noun stands in the accusative.
    """
    cue = WORD.match(context.body, context.anchor)
    if cue is None or not lemmas(cue.group()) & pick(QUOTING_LEMMAS, ru.QUOTING_LEMMAS):
        return None
    for entry in context.placed.overlapping(cue.end(), context.window.end):
        if entry.participant.kind is ParticipantKind.PERSON and _object_case(
            head_cases(mention_text(entry), last=True)
        ):
            return Verdict(entry.participant.id)
    words = [word for word, start in context.words if start >= cue.end()]
    for index, word in enumerate(words):
        found = lemmas(word)
        # ``цитує наставника``: a synonym of a role noun (``тренер``) is a person noun too
        nouns = person_nouns(word) | (
            word_synonyms(found | {masculine(lemma) for lemma in found})
            & pick(ROLE_NOUNS, ROLE_NOUNS_RU)
        )
        if nouns and word[:1].islower() and _object_case(_noun_cases(word)):
            # ``цитує мера`` after ``Міський голова ... Сергій Моргун``: a synonym names him.
            holder = _synonym_holder(context, word)
            if holder is not None:
                return Verdict(holder)
            field = _field_after(words, index)
            return _by_role_noun(context, word, lemmas(word), nouns, field)
    return None


def _object_case(cases: frozenset[str]) -> bool:
    """Return True if a word read in ``cases`` is an object: accusative, never nominative."""
    return "accs" in cases and "nomn" not in cases


@language_cache(maxsize=65536)
def _noun_cases(word: str) -> frozenset[str]:
    """Return the cases ``word`` can be in as a noun."""
    return frozenset(
        found
        for parse in parse_word(word.lower())
        if "NOUN" in parse.tag and (found := case(parse)) is not None
    )


# --------------------------------------------------------------------------- named mention


def named_mention(context: Context) -> Verdict | None:
    """Return the participant mentioned inside the window: subjects, persons, nearest first.

    A mention in an oblique case (``радник Міхаіла Ґорбачова``) names someone else than the
    speaker whenever a mention that can be nominative stands in the window too. An
    organisation after a person noun (``директор «КЗЕТ»``) is that person's complement.
    """
    window, anchor = context.window, context.anchor
    agentive = passive(context.body, anchor)
    found = [
        entry
        for entry in context.placed.overlapping(window.start, window.end)
        if can_speak(context.body, entry, context.excluded, agentive=agentive)
    ]
    if not found:
        return None
    # ``в управлении здравоохранения горсовета``: a body inside a department's mention is the
    # department's complement; the department speaks.
    found = [entry for entry in found if not _nested(entry, found)]
    subjects = [
        entry
        for entry in found
        if (not oblique(mention_text(entry)) or (agentive and _agent(entry)))
        and not _role_complement(context, entry, found)
    ]
    found = subjects or found
    found.sort(key=lambda e: (_KIND_ORDER[e.participant.kind], abs(e.start - anchor)))
    best = found[0]
    if best.participant.kind is not ParticipantKind.PERSON:
        standing = _press_office_of_named(context, best)
        if standing is not None:
            return Verdict(standing)
        head = _person_noun_before(context.words, best.start) or _source_role_noun(context, best)
        if head is not None:
            return Verdict(_by_head_noun(context, head, best))
    return Verdict(best.participant.id)


def _press_office_of_named(context: Context, entry: Placed) -> str | None:
    """Return the body a press office of ``установа`` stands for, or None if it is no such.

    ``повідомили у пресслужбі закладу``, ``сообщили в пресс-службе учреждения``: the press
    office's complement is a noun standing for the body named before (`ANAPHORIC_BODY_NOUNS`),
    so the office speaks for that body, the organisation mentioned last before it.
    """
    names = WORD.findall(entry.participant.name)
    if len(names) != 2 or not lemmas(names[0]) & pick(PRESS_SERVICE_NOUNS, PRESS_SERVICE_NOUNS_RU):
        return None
    found = lemmas(names[1])
    if not found & pick(ANAPHORIC_BODY_NOUNS, ru.ANAPHORIC_BODY_NOUNS):
        return None
    agency = bool(found & pick(AGENCY_NOUNS, ru.AGENCY_NOUNS))
    named = _last_organization(context.placed, entry.start, agency=agency)
    return None if named is None or named.id == entry.participant.id else named.id


def _agent(entry: Placed) -> bool:
    """Return True if the mention ``entry`` can be in the instrumental: a passive's agent."""
    person = entry.participant.kind is ParticipantKind.PERSON
    return "ablt" in head_cases(mention_text(entry), last=person)


def _source_role_noun(context: Context, entry: Placed) -> str | None:
    """Return the role noun in the genitive that a source phrase names, before ``entry``.

    ``по словам начальника полиции``, ``за словами директора порту``: the source phrase takes
    its source in the genitive, and a role noun right after it, completed by the
    organisation's mention, is the person who holds that role, not the organisation. A plural
    noun is none: the staff of a body speak for it.
    """
    source = source_pattern().match(context.body, context.anchor)
    if source is None:
        return None
    before = [(word, start) for word, start in context.words if start < entry.start]
    if len(before) != 1 or before[0][1] < source.end():
        return None
    word = before[0][0]
    # Plural staff (``по данным сотрудников полиции``) speak for the body: not one holder.
    single = not _plural_noun(word)
    return (
        word if word[:1].islower() and person_nouns(word) and _genitive(word) and single else None
    )


def _nested(entry: Placed, found: Sequence[Placed]) -> bool:
    """Return True if a longer mention of a department in ``found`` holds ``entry``.

    A press office holding its body's mention (``в пресс-службе полиции Одесской области``)
    stands for that body: the body's own mention is kept.
    """
    return any(
        other.start <= entry.start
        and entry.end <= other.end
        and other.end - other.start > entry.end - entry.start
        and is_subunit(other.participant.name)
        for other in found
    )


def _role_complement(context: Context, entry: Placed, found: Sequence[Placed]) -> bool:
    """Return True if the organisation ``entry`` completes a role noun before a person's name.

    ``за словами начальника поліції Ігоря Клименка``, ``по словам директора департамента
    Ольги Гринько``: the organisation between the role noun and the name it titles is the
    role's complement, whatever case it can be read in; the person is who speaks.
    """
    if entry.participant.kind is ParticipantKind.PERSON:
        return False
    before = [word for word, start in context.words if start < entry.start]
    # The complement may be a chain of genitives (``начальника районного управління ДСНС
    # Василя Гребенюка``): the role noun stands before it, every word between in the genitive.
    reach = before[-_COMPLEMENT_REACH:]
    while reach and not person_nouns(reach[-1]) and _genitive(reach[-1]):
        reach.pop()
    if not reach or not person_nouns(reach[-1]):
        return False
    return any(
        other.participant.kind is ParticipantKind.PERSON
        and other.start >= entry.end
        and not context.body[entry.end : other.start].strip()
        for other in found
    )


_COMPLEMENT_REACH = 5
"""How many words before an organisation's mention a role noun may stand, its complement
(genitive words) between."""


def _person_noun_before(words: Sequence[tuple[str, int]], position: int) -> str | None:
    """Return the person noun in nominative standing before ``position``, if any."""
    for index, (word, start) in enumerate(words):
        if start >= position:
            break
        if (index == 0 or word[:1].islower()) and person_nouns(word) and nominative(word):
            return word
    return None


def _by_head_noun(context: Context, noun: str, complement: Placed) -> str | None:
    """Return the person a role noun with an organisation complement names, or None.

    ``директор «КЗЕТ»`` is the participant whose role holds ``директор`` and names that
    organisation, or, failing that, one whose role names no organisation at all. Someone who
    speaks for the organisation and is not known by name (``представники X``) is X.
    """
    organization = complement.participant.id
    synonym = _synonym_holder(context, noun)
    if synonym is not None:
        return synonym
    words = mention_text(complement)
    nouns = person_nouns(noun)
    if only_plural(noun):
        return _plural_of(context, nouns, complement)
    holders = role_holders(context.placed, nouns, context.anchor)
    named = [holder for holder in holders if _names(holder, words)]
    if not named:
        # A role that names the organisation too may be given in full only later on.
        later = role_holders(context.placed, nouns, len(context.body))
        named = [holder for holder in later if _names(holder, words)][:1]
    if named:
        return named[-1].id
    # ``глава Укрзализныци``: a noun of any leader names the one the text made that body's head.
    unnamed = [holder.id for holder in holders if not _names_any(holder)]
    found = _leader_of(context, noun, words) or (unnamed[-1] if unnamed else None)
    if found is not None:
        return found
    return organization if nouns & pick(SPOKESPERSON_NOUNS, ru.SPOKESPERSON_NOUNS) else None


def _plural_of(context: Context, nouns: frozenset[str], complement: Placed) -> str | None:
    """Return who speaks for several unnamed people of ``nouns`` of the body ``complement``.

    ``представники X``, ``фахівці компанії X``: unnamed staff speak for the body; so do
    investigators (``Як встановили прокурори обласної прокуратури``: the findings of the body
    named with them), unless the text names them as a group.
    """
    organization = complement.participant.id
    if nouns & (
        pick(SPOKESPERSON_NOUNS, ru.SPOKESPERSON_NOUNS) | pick(STAFF_NOUNS, ru.STAFF_NOUNS)
    ):
        return organization
    group = _group_around(context, complement)
    if group is None and nouns & pick(INVESTIGATOR_NOUNS, ru.INVESTIGATOR_NOUNS):
        return organization
    return group


def _group_around(context: Context, complement: Placed) -> str | None:
    """Return the group whose mention holds the organisation ``complement``, if any.

    ``Следователи полиции сообщили``, ``Слідчі поліції повідомили``: people of a profession
    the body's name completes are a group the text names as it stands (the guidelines'
    speaker "as written"), not the body itself, nor nobody.
    """
    for entry in context.placed.overlapping(complement.start, complement.end):
        if (
            entry.participant.kind is ParticipantKind.GROUP
            and entry.start < complement.start
            and entry.end >= complement.end
        ):
            return entry.participant.id
    return None


def _leader_of(context: Context, noun: str, complement: str) -> str | None:
    """Return the head of the body ``complement`` names, for a generic leader ``noun``.

    ``сказал глава Укрзализныци`` after ``председатель правления АО «Укрзализныця»
    Иван Петренко``: ``глава`` (`lexicon.GENERIC_LEADER_NOUNS`) heads any body, so it names the
    one person before the cue whose role opens with a leader's noun (`lexicon.LEADER_NOUNS`)
    and names that body, and whom the cue verb's gender allows. None for another noun, or for
    no such person or several.
    """
    found = lemmas(noun)
    if not (found | {masculine(lemma) for lemma in found}) & pick(
        GENERIC_LEADER_NOUNS, ru.GENERIC_LEADER_NOUNS
    ):
        return None
    leaders = context.placed.role_index(_leads).get(_LEADER, ())
    gender = _cue_gender(context)
    heads = [
        person
        for person in context.placed.last_mentioned(leaders, context.anchor)
        if _names(person, complement) and _agrees(person, gender)
    ]
    return heads[0].id if len(heads) == 1 else None


def _leader_by_body_noun(
    context: Context, word: str, found: frozenset[str], gender: str | None
) -> list[Participant]:
    """Return the head of a body a generic leader noun names by the body's common noun.

    ``— сказал глава агентства`` after ``председатель агентства Олег X``: ``глава``
    (`lexicon.GENERIC_LEADER_NOUNS`) heads any body, and the lower-case genitive after it
    (``агентства``) is the body's own noun; the one person mentioned before whose role opens
    with a leader's noun (`lexicon.LEADER_NOUNS`) and holds that noun, and whom the cue
    verb's gender allows, is named (a list of one). Empty if no such person or several.
    """
    if not found & pick(GENERIC_LEADER_NOUNS, ru.GENERIC_LEADER_NOUNS):
        return []
    words = [text for text, _start in context.words]
    at = next((index for index, text in enumerate(words) if text == word), None)
    if at is None:
        return []
    complement: set[str] = set()
    for after in words[at + 1 : at + 1 + _FIELD_REACH]:
        if not after[:1].islower() or not _genitive(after):
            break
        complement |= lemmas(after)
    if not complement:
        return []
    leaders = context.placed.role_index(_leads).get(_LEADER, ())
    heads = [
        person
        for person in context.placed.last_mentioned(leaders, context.anchor)
        if person.role is not None
        and complement & (role_words(person.role) - found)
        and _agrees(person, gender)
    ]
    return heads if len(heads) == 1 else []


_LEADER = "leader"
"""The key `_leads` gives a role whose holder heads a body."""


@language_cache(maxsize=4096)
def _leads(role: str) -> tuple[str, ...]:
    """Return (`_LEADER`,) if ``role`` opens with a leader's noun (``председатель правления``).

    A word before the noun saying the role is held no longer or not yet (``бывший директор``,
    `lexicon.NOT_CURRENT_ROLE_WORDS`) makes it no leader's role now.
    """
    past = pick(NOT_CURRENT_ROLE_WORDS, ru.NOT_CURRENT_ROLE_WORDS)
    for word in WORD.findall(role):
        if not lemmas(word).isdisjoint(past):
            return ()
        if is_role_noun(word):
            found = lemmas(word)
            found |= {masculine(lemma) for lemma in found}
            return (_LEADER,) if found & pick(LEADER_NOUNS, ru.LEADER_NOUNS) else ()
    return ()


def _synonym_holder(context: Context, noun: str) -> str | None:
    """Return the person last named with a synonym of the role phrase that ``noun`` opens.

    The person must agree with the cue verb's gender (``сказала министр`` passes over the
    minister named last when he is a man).
    """
    words = [word for word, _start in context.words]
    if noun not in words or _plural_noun(noun):
        # ``стверджують тренери``: several people of that office, not the one named before.
        return None
    length, groups = longest_at(common_words(words[words.index(noun) :]), 0)
    holders = synonym_holders(context.placed, groups, context.window.start)
    if holders:
        # ``заявил министр здравоохранения``: no minister of another field. The words of the
        # synonym phrase itself (``очільник області``) are no field.
        field = _field_after(words, words.index(noun) + max(0, length - 1))
        holders = [holder for holder in holders if _same_field(_person(context, holder), field)]
        placed = _of_the_country(
            [_person(context, holder) for holder in holders], _adjective_before(context, noun)
        )
        holders = [holder.id for holder in placed if holder.id != context.other]
    if not holders:
        return None
    gender = _cue_gender(context)
    if gender is None:
        return holders[-1]
    agreeing = [holder for holder in holders if _agrees(_person(context, holder), gender)]
    return agreeing[-1] if agreeing else None


def _person(context: Context, participant_id: str) -> Participant:
    """Return the participant ``participant_id`` of a mention of the context."""
    found = context.placed.participant(participant_id)
    if found is None:  # pragma: no cover - the ids come from the mentions
        msg = f"no mention of {participant_id}"
        raise LookupError(msg)
    return found


def _names(participant: Participant, complement: str) -> bool:
    """Return True if the role or organisation of ``participant`` names ``complement``."""
    own = " ".join(filter(None, (participant.role, participant.organization)))
    theirs = [word for word in WORD.findall(complement) if word[:1].isupper()]
    return any(same_stem(word, other) for word in WORD.findall(own) for other in theirs)


def _names_any(participant: Participant) -> bool:
    """Return True if the role or organisation of ``participant`` holds a proper name."""
    own = " ".join(filter(None, (participant.role, participant.organization)))
    return any(word[:1].isupper() for word in WORD.findall(own)[1:]) or bool(
        participant.organization
    )


# --------------------------------------------------------------------------- role noun


def role_noun(context: Context) -> Verdict | None:
    """Return the speaker the first role or organisation noun of the window names.

    A role phrase names the person last mentioned with a synonym of it as well
    (``віцемер`` after ``заступниця міського голови Олена Коваль``).
    """
    words = [word for word, _start in context.words]
    for index, word in enumerate(words):
        located = index > 0 and words[index - 1].lower() in pick(
            LOCATIVE_PREPOSITIONS, ru.LOCATIVE_PREPOSITIONS
        )
        if not located and addressee(word):
            # ``— сказав він журналістам``: whom the words were told to, not who told them.
            continue
        verdict = None
        if index == 0 or word[:1].islower():
            holder = _synonym_holder(context, word)
            verdict = None if holder is None else Verdict(holder)
        field = _field_after(words, index)
        verdict = verdict or _by_noun(context, word, first=index == 0, field=field, located=located)
        if verdict is not None:
            # ``сказала ще одна волонтерка``: someone other than the one named before
            return Verdict(None) if _another(words, index) else verdict
    return None


def _another(words: Sequence[str], index: int) -> bool:
    """Return True if the words before ``words[index]`` make it another person (``ще одна``)."""
    another = pick(ANOTHER_PERSON_WORDS, ru.ANOTHER_PERSON_WORDS)
    before = [word.lower() for word in words[max(0, index - 2) : index]]
    return bool(before) and (before[-1] in another or " ".join(before) in another)


def _field_after(words: Sequence[str], index: int) -> frozenset[str]:
    """Return the field (`role_field`) of the genitive words right after ``words[index]``.

    ``заявил министр здравоохранения``: the lower-case words in the genitive that follow the
    role noun, up to `_FIELD_REACH` of them.
    """
    run: list[str] = []
    for word in words[index + 1 : index + 1 + _FIELD_REACH]:
        if not word[:1].islower() or not _genitive(word):
            break
        run.append(word)
    # ``директор закладу``, ``глава ведомства``: a noun standing for the body named before
    # says no field; the role agrees with the holder titled by that body's name.
    standing = pick(ANAPHORIC_BODY_NOUNS, ru.ANAPHORIC_BODY_NOUNS) | pick(
        KIND_BODY_NOUNS, ru.KIND_BODY_NOUNS
    )
    return role_field([word for word in run if not lemmas(word) & standing])


_FIELD_REACH = 3
"""How many words after a role noun its field may take (``министр иностранных дел``)."""


@language_cache(maxsize=65536)
def _genitive(word: str) -> bool:
    """Return True if ``word`` can be a noun or an adjective in the genitive.

    A word the dictionary also reads as a function word is none: Russian ``в`` is also the
    indeclinable name of the letter, a "noun in the genitive", but after a role noun it opens
    a circumstance (``сказала министр в интервью``), not the role's field.
    """
    parses = parse_word(word.lower())
    if any(parse.tag.POS in _FUNCTION_POS for parse in parses):
        return False
    return any(
        ("NOUN" in parse.tag or "ADJF" in parse.tag) and parse.tag.case == "gent"
        for parse in parses
    )


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL"})
"""Parts of speech of function words (pymorphy3's tags): no word of a role's field."""


def _by_noun(
    context: Context,
    word: str,
    *,
    first: bool,
    field: frozenset[str] = frozenset(),
    located: bool = False,
) -> Verdict | None:
    """Return the speaker a role or organisation noun names, or None if ``word`` is none.

    ``first`` says the word opens the window, where a capital is only the sentence's;
    ``located`` that a locative preposition stands before it (``В компании пояснили``): then
    it is no subject, and a noun of someone's role (``председатель правления компании``)
    does not name that someone.
    """
    placed = context.placed
    window_start = context.window.start
    found = lemmas(word)
    found = with_synonyms(found | {masculine(lemma) for lemma in found})
    found |= word_synonyms(found)
    common = first or word[:1].islower()
    sexes = pick(SEX_NOUNS, ru.SEX_NOUNS)
    sex = next((sexes[lemma] for lemma in found if lemma in sexes), None)
    if sex is not None and common and not located:
        return _by_sex_noun(context, word, sex)
    # A noun from someone's role names them only as a subject (``у міністерстві`` does not).
    nouns = found & (
        pick(ROLE_NOUNS, ROLE_NOUNS_RU)
        | pick(GENERIC_SPEAKER_NOUNS, ru.GENERIC_SPEAKER_NOUNS)
        | pick(OFFICIAL_NOUNS, ru.OFFICIAL_NOUNS)
    ) or (
        found & all_role_nouns(placed)
        if common and not located and nominative(word) and body_noun(word) is None
        else frozenset()
    )
    # A body's noun (``Прокуратура наполягала``) is no person's title even where a role's
    # genitive complement reads as a nominative plural too (``прокурор ... прокуратури``):
    # it names the body, which the organisation noun below finds.
    if not nouns and word[:1].islower() and _animate_subject(word):
        # ``сказала еврокомиссар`` after ``с еврокомиссаром ... Мартой Кос``: a title the
        # text gave a person before names that person, whether a role list holds it or not.
        titled = _titled_person(context, found)
        if titled is not None:
            return Verdict(titled)
    if nouns:
        return _by_role_noun(context, word, found, nouns, field)
    organization = _by_organization_noun(placed, word, window_start) if common else None
    if organization is None and found & pick(ANAPHORIC_BODY_NOUNS, ru.ANAPHORIC_BODY_NOUNS):
        agency = bool(found & pick(AGENCY_NOUNS, ru.AGENCY_NOUNS))
        organization = _last_organization(placed, window_start, agency=agency)
    return None if organization is None else Verdict(organization.id)


def _by_sex_noun(context: Context, word: str, sex: str) -> Verdict | None:
    """Return the person a noun of a sex (``– каже жінка``, ``– говорит мужчина``) names.

    A reporter calls someone named before by a noun that says only the sex: the person of that
    sex mentioned last since the paragraph before, whose name or role shows that sex, and who
    holds no office (an office holder is called by the title, ``– сказала міністерка``).
    Several people (``жінки``), a noun with a word of its own before it (``її чоловік``,
    ``одна жінка``, ``літня жінка``) or after it (``жінка, яка ...``, ``жінка загиблого``)
    is someone not named: nobody.
    """
    if _plural_noun(word):
        return None
    index = next((at for at, (found, _start) in enumerate(context.words) if found == word), 0)
    before = context.words[index - 1][0] if index > 0 else None
    if (before is not None and _qualifier(before)) or _modified(context, word):
        return Verdict(None)
    floor = context.floors[1]
    for entry in reversed(context.placed.last(context.window.start, _BACK_MENTIONS)):
        if entry.start < floor:
            break
        person = entry.participant
        if (
            person.kind is ParticipantKind.PERSON
            and participant_gender(person) == sex
            and not (person.role is not None and any(map(is_role_noun, WORD.findall(person.role))))
        ):
            return Verdict(person.id)
    return Verdict(None)


@language_cache(maxsize=65536)
def _qualifier(word: str) -> bool:
    """Return True if ``word`` may qualify a noun after it (an adjective, a numeral, a pronoun).

    A speech verb (``каже``) is none: it is the cue the noun follows.
    """
    if is_speech_form(word):
        return False
    return any(parse.tag.POS in _QUALIFIER_POS for parse in parse_word(word.lower()))


_QUALIFIER_POS = frozenset({"ADJF", "PRTF", "NUMR", "NPRO"})
"""Parts of speech (pymorphy3's) of words that qualify the noun after them."""


def _by_role_noun(
    context: Context,
    word: str,
    found: frozenset[str],
    nouns: frozenset[str],
    field: frozenset[str] = frozenset(),
) -> Verdict:
    """Return the speaker the role nouns ``nouns`` (of ``word``, lemmas ``found``) name.

    The person with that role mentioned last whose gender the cue verb allows (``сказала
    министр``); for a generic noun the person quoted before; for a noun of any office
    (``чиновник``) the office holder named last; else the person last titled so in the text.
    """
    kinds = _kind_words(found)
    calling = bool(found & pick(CALLING_NOUNS, ru.CALLING_NOUNS))
    if (
        _plural_noun(word)
        or (only_plural(word) and not _source_singular(context, word))
        or ((kinds or calling) and _modified(context, word))
    ):
        # ``стверджують тренери``, ``на думку експертів``: several unnamed people;
        # ``– розповів військовий, який приїхав у відпустку``, ``фермер із Полтавщини``,
        # ``військовий 47-ї бригади``: a kind noun with a modifier of its own introduces a
        # new person, not anyone named before.
        return Verdict(None)
    if _name_follows(context, word):
        # ``Посол Бельгии Питер ван Дейк пообещал``: the title introduces a person by a name
        # no participant holds (a participant's would have been the named mention), not the
        # speaker or the office holder before.
        return Verdict(None)
    window_start = context.window.start
    gender = _cue_gender(context)
    holders = [
        holder
        for holder in role_holders(context.placed, nouns, window_start)
        if _title_allows(holder, gender, word)
        and _same_field(holder, field)
        and holder.id != context.other
    ]
    holders = _of_the_country(holders, _adjective_before(context, word))
    holders = holders or _leader_by_body_noun(context, word, found, gender)
    official = bool(found & pick(OFFICIAL_NOUNS, ru.OFFICIAL_NOUNS))
    generic = official or bool(found & pick(GENERIC_SPEAKER_NOUNS, ru.GENERIC_SPEAKER_NOUNS))
    if holders and not (generic and _in_focus(context, holders[-1], window_start)):
        return Verdict(holders[-1].id)
    recent = _recent_person(context) if generic else None
    # ``– говорит доктор`` after ``Семейный врач ... Константин X``: a title the text gave a
    # person (or a synonym of it) names that person, if mentioned after the speaker before.
    titled = _titled_person(context, nouns | word_synonyms(nouns), field)
    if titled is not None and not official and _nearer(context, titled, recent):
        recent = None  # the titled person is answered below
    speaker = None if recent is None else participant_by_id(context.placed, recent)
    if speaker is not None:
        # The speaker before, if of the kind; else the person of the kind named last. A
        # calling's feminine noun (``волонтерка``) is a woman; a masculine one may be either.
        same = (
            _agrees(speaker, gender)
            and _of_kind(context, speaker, kinds)
            and not (
                calling and noun_gender(word) == "femn" and participant_gender(speaker) == "masc"
            )
        )
        kindred = recent if same else _kindred_person(context, kinds, gender)
        if kindred is not None:
            return Verdict(kindred)
    if official:
        # ``написал чиновник``: the office holder named last, whatever the office.
        return Verdict(_last_official(context))
    if titled is None and nouns & pick(EXPERT_NOUNS, ru.EXPERT_NOUNS):
        # ``На думку експертки`` after ``аналітикиня ... Тереза Ярмолюк``: one expert's noun
        # stands for another's.
        experts = context.placed.role_index(_expert).get(_EXPERT, ())
        agreeing = [
            holder
            for holder in context.placed.last_mentioned(experts, window_start)
            if _title_allows(holder, gender, word)
        ]
        titled = agreeing[-1].id if agreeing else None
    if titled is None and kinds and context.recent is None:
        titled = _headline_person(context, word, kinds)
    return Verdict(titled)


def _nearer(context: Context, person: str, other: str | None) -> bool:
    """Return True if ``person`` was mentioned last after ``other`` (or there is no other)."""
    if other is None or other == person:
        return True
    anchor = context.window.start
    return last_mention(context.placed, person, anchor) > last_mention(
        context.placed, other, anchor
    )


def _kindred_person(context: Context, kinds: frozenset[str], gender: str | None) -> str | None:
    """Return the person a kind noun names when the speaker before is not of that kind.

    ``Сама спортсменка зізналася, що ...`` after the coach's quote: the kind noun with a
    gendered cue names the person of that gender mentioned last among the recent mentions
    (`_BACK_MENTIONS`), if his or her role or body is of the kind; one the text gives no role
    or body only if no other person of that gender is mentioned there, since the kind noun is
    then the text's only word for that person. Without a gendered cue, or a kind, nobody.
    """
    if not kinds or gender is None:
        return None
    agreeing: list[Participant] = []
    for entry in reversed(context.placed.last(context.window.start, _BACK_MENTIONS)):
        person = entry.participant
        if person.kind is not ParticipantKind.PERSON or participant_gender(person) != gender:
            continue
        if all(person.id != seen.id for seen in agreeing):
            agreeing.append(person)
    if not agreeing:
        return None
    latest = agreeing[0]
    if _of_kind(context, latest, kinds, unknown=False):
        return latest.id
    if latest.role is None and latest.organization is None and len(agreeing) == 1:
        return latest.id
    return None


def _kind_words(found: frozenset[str]) -> frozenset[str]:
    """Return the lemmas of roles and bodies of the kinds of person ``found`` names.

    Empty if no lemma of ``found`` is a noun of a kind of person (`lexicon.KIND_NOUNS`).
    """
    kinds = pick(KIND_NOUNS, ru.KIND_NOUNS)
    return frozenset().union(*(kinds[lemma] for lemma in found if lemma in kinds))


def _of_kind(
    context: Context, person: Participant, kinds: frozenset[str], *, unknown: bool = True
) -> bool:
    """Return True if ``person``'s role or body is of one of the kinds (or no kind is asked).

    ``– зауважив медик`` after a doctor (``лікар``, ``лікарня``) is that doctor; after a
    minister or a mayor it is someone else. A person the text gives no role or body is of
    the kind if ``unknown`` says so: the kind noun is then the text's only word for them.
    """
    if not kinds:
        return True
    if person.role is None and person.organization is None:
        return unknown
    words = WORD.findall(person.role or "")
    if person.organization is not None:
        body = participant_by_id(context.placed, person.organization)
        words += WORD.findall(person.organization if body is None else body.name)
    return any(_kind_lemma(lemma, kinds) for word in words for lemma in lemmas(word))


def _kind_lemma(lemma: str, kinds: frozenset[str]) -> bool:
    """Return True if ``lemma`` is one of ``kinds`` or a compound ending in one.

    ``Карпатбанк`` is a bank, ``головлікар`` a doctor: a compound's head comes last.
    """
    return lemma in kinds or any(
        lemma.endswith(kind) for kind in kinds if len(kind) >= _COMPOUND_HEAD
    )


_COMPOUND_HEAD = 4
"""How long (letters) a kind word must be to count as the last part of a compound."""


def _modified(context: Context, word: str) -> bool:
    """Return True if a modifier of its own follows the kind noun ``word`` in the window.

    A relative clause (``військовий, який ...``), an origin (``фермер із Полтавщини``: a
    preposition of `NEW_PERSON_WORDS` with a genitive) or a genitive of a unit (``військовий
    47-ї бригади``, ``медик батальйону``).
    """
    start = next((start for found, start in context.words if found == word), None)
    if start is None:
        return False
    after = context.body[start + len(word) : start + len(word) + _MODIFIER_REACH]
    following = WORD.findall(after)[:2]
    if after.lstrip()[:1].isdigit():
        return True  # ``47-ї бригади``, ``93-й бригады``
    if not following:
        return False
    first = following[0].lower()
    if after.lstrip().startswith(","):
        return first in pick(NEW_PERSON_WORDS, ru.NEW_PERSON_WORDS) and not _preposition(first)
    if first in pick(NEW_PERSON_WORDS, ru.NEW_PERSON_WORDS):
        return len(following) > 1 and _genitive(following[1])
    # A genitive in lower case (``медик батальйону``); a capital is a name (``художниця Кіра
    # X``: the person the noun titles, no modifier).
    return following[0][:1].islower() and _genitive(first)


def _preposition(word: str) -> bool:
    """Return True if ``word`` can be a preposition."""
    return any(parse.tag.POS == "PREP" for parse in parse_word(word))


_MODIFIER_REACH = 40
"""How far (code points) after a kind noun its modifier's first two words are read."""


def _headline_person(context: Context, word: str, kinds: frozenset[str]) -> str | None:
    """Return the one person the headline names, if the kind noun ``word`` may be them.

    ``Веслувальниця Ганна Кутельмах виграла ...`` and later ``– поділилася спортсменка`` with
    nobody quoted before: a noun of a kind of person points to whom the item is about if the
    headline gives that person a noun of the kind (``kinds``), as a role or right before
    the name. A person of another kind (``Нардеп X``, then ``– сказав фермер``), two persons
    in the headline, or one of another gender than the cue verb's or the noun's (or of a
    gender the name does not show), leave the speaker unknown.
    """
    end = context.body.find("\n", 0, _HEADLINE_REACH)
    if end < 0 or context.window.start <= end:
        return None
    persons = {
        entry.participant.id: entry.participant
        for entry in context.placed.between(0, end)
        if entry.participant.kind is ParticipantKind.PERSON and entry.end <= end
    }
    if len(persons) != 1:
        return None
    (person,) = persons.values()
    genders = {_cue_gender(context), noun_gender(word)} - {None}
    if genders and genders != {participant_gender(person)}:
        return None
    first = min(
        entry.start for entry in context.placed.between(0, end) if entry.participant.id == person.id
    )
    before = WORD.findall(context.body[max(0, first - _MODIFIER_REACH) : first])
    if not (
        _of_kind(context, person, kinds, unknown=False)
        or (before and any(_kind_lemma(lemma, kinds) for lemma in lemmas(before[-1])))
        or _headline_winner(context.body[:end], word)
    ):
        return None
    return person.id


def _headline_winner(headline: str, word: str) -> bool:
    """Return True if ``word`` is a winner's noun and ``headline`` says its one person won.

    ``Турнір виграв Name``, ``Турнир выиграл Name``: a verb of winning (`WIN_LEMMAS`) makes the
    headline's person the winner whom ``– розповів переможець`` names later.
    """
    found = lemmas(word)
    if not (found | {masculine(lemma) for lemma in found}) & pick(WINNER_NOUNS, ru.WINNER_NOUNS):
        return False
    wins = pick(WIN_LEMMAS, ru.WIN_LEMMAS)
    return any(lemmas(verb) & wins for verb in WORD.findall(headline))


_HEADLINE_REACH = 400
"""How far (code points) the first line may run to count as the headline."""


_EXPERT = "expert"
"""The key `_expert` gives a role of an expert."""


@language_cache(maxsize=4096)
def _expert(role: str) -> tuple[str, ...]:
    """Return (`_EXPERT`,) if a noun of ``role`` is an expert's (`lexicon.EXPERT_NOUNS`)."""
    experts = pick(EXPERT_NOUNS, ru.EXPERT_NOUNS)
    for word in WORD.findall(role):
        found = lemmas(word)
        if (found | {masculine(lemma) for lemma in found}) & experts:
            return (_EXPERT,)
    return ()


def _source_singular(context: Context, word: str) -> bool:
    """Return True if ``word`` may be one person in the genitive after a source phrase.

    ``На думку експертки, ...``: the source stands in the genitive, where ``експертки`` is one
    woman (its nominative reading is plural, which a subject would be).
    """
    if source_pattern().match(context.body, context.anchor) is None:
        return False
    return any(
        "NOUN" in parse.tag and parse.tag.case == "gent" and parse.tag.number != "plur"
        for parse in parse_word(word.lower())
    )


def _title_allows(holder: Participant, gender: str | None, title: str) -> bool:
    """Return True if the cue verb's ``gender`` allows ``holder`` to be called ``title``.

    ``заявила вице-мэр``: a title of another gender than the verb's is a masculine title the
    text gives a woman, so a holder's masculine role tells nothing of her gender; only her
    name can rule her out; nor does a masculine role for a feminine verb and title.
    """
    if gender is None or participant_gender(holder) in {None, gender}:
        return True
    if gender == "femn" and own_name_gender(holder) is None:
        # ``міністр ... Литви Довілє X``, then ``міністерка запевнила``: a masculine role noun
        # is said of women too, so a gender known from the role alone does not rule her out.
        return True
    own = noun_gender(title)
    return own is not None and own != gender and own_name_gender(holder) is None


def _adjective_before(context: Context, noun: str) -> str | None:
    """Return the adjective of a place right before the role noun ``noun`` in the window.

    An adjective made of a place name by its suffix (`lexicon.PLACE_ADJECTIVE_SUFFIXES`):
    ``польського міністра``, ``итальянский политик``; None for any other (``новий``).
    """
    found = [word for word, _start in context.words]
    index = found.index(noun) if noun in found else 0
    if index == 0:
        return None
    before = found[index - 1]
    suffixes = pick(PLACE_ADJECTIVE_SUFFIXES, ru.PLACE_ADJECTIVE_SUFFIXES)
    if not any(suffix in before.lower()[_PLACE_STEM:] for suffix in suffixes):
        return None
    parses = parse_word(before.lower())
    return before if any(parse.tag.POS == "ADJF" for parse in parses) else None


_PLACE_STEM = 3
"""Letters an adjective of a place shares with the place's name (``лит`` of ``Литви``)."""


def _of_the_country(holders: list[Participant], adjective: str | None) -> list[Participant]:
    """Return the holders whose role names the place an adjective before the noun is of.

    ``польського міністра``, ``Литовська міністерка``: an adjective of a country or a city
    agrees with the place name in the holder's role (``міністр ... Польщі``); when no holder's
    role has a place name of that stem the adjective says nothing of whom (``новий міністр``).
    """
    if adjective is None:
        return holders
    of_place = [
        holder
        for holder in holders
        if any(
            word[:1].isupper() and word[:_PLACE_STEM].lower() == adjective[:_PLACE_STEM].lower()
            for word in WORD.findall(holder.role or "")[1:]
        )
    ]
    return of_place or holders


def _name_follows(context: Context, noun: str) -> bool:
    """Return True if a person's name follows the role noun ``noun`` in the window.

    After the noun and its complement in the genitive (``Посол Бельгии``, ``посол ЕС``), a
    capitalised word that can be nominative (``Питер``, ``Хенк``) opens a name; a particle in
    lower case (``ван``, ``де``) may stand inside it. An abbreviation in capitals is a body; a
    place name is the title's complement too, though an indeclinable one (``подчеркнул
    президент Ополе``, ``сказал мэр Бордо``) shows no genitive.
    """
    words = [word for word, _start in context.words]
    if noun not in words:
        return False
    for word in words[words.index(noun) + 1 :]:
        if word.isupper() or _genitive(word) or _place_name(word):
            continue  # the role's complement: ``Бельгии``, ``ЕС``, ``городского совета``
        return word[:1].isupper() and _nominative_reading(word)
    return False


@language_cache(maxsize=65536)
def _place_name(word: str) -> bool:
    """Return True if the dictionary reads ``word`` as a place's name and never a person's.

    pymorphy3 marks names of places ``Geox`` and names of persons ``Name``, ``Surn``,
    ``Patr``; a word with both readings (a surname that is also a town's name) stays a name.
    """
    grammemes = [parse.tag.grammemes for parse in parse_word(word.lower())]
    return any(_PLACE in found for found in grammemes) and not any(
        found & _PERSON_NAME for found in grammemes
    )


_PLACE = "Geox"
"""pymorphy3's grammeme of a place's name."""
_PERSON_NAME = frozenset({"Name", "Surn", "Patr"})
"""pymorphy3's grammemes of a person's first name, surname and patronymic."""


@language_cache(maxsize=65536)
def _nominative_reading(word: str) -> bool:
    """Return True if ``word`` can be in the nominative (an unknown word counts as one)."""
    return any(case(parse) in {"nomn", None} for parse in parse_word(word.lower()))


def _same_field(holder: Participant, field: frozenset[str]) -> bool:
    """Return False if ``holder``'s role has a field that ``field`` does not share.

    ``заявил министр здравоохранения`` names no ``министр обороны``.
    """
    if not field or holder.role is None:
        return True
    own = role_field(WORD.findall(holder.role))
    return not own or bool(own & field)


@language_cache(maxsize=65536)
def _animate_subject(word: str) -> bool:
    """Return True if ``word`` can be an animate singular noun in the nominative (a title)."""
    return any(
        "NOUN" in parse.tag
        and "anim" in parse.tag
        and case(parse) == "nomn"
        and parse.tag.number != "plur"
        for parse in parse_word(word.lower())
    )


def _cue_gender(context: Context) -> str | None:
    """Return the gender the cue verb shows (``сказала``: feminine), or None if it shows none."""
    cue = WORD.match(context.body, context.anchor)
    return None if cue is None else _verb_gender(cue.group())


def _agrees(participant: Participant, gender: str | None) -> bool:
    """Return True if ``participant`` is a person the cue's ``gender`` does not rule out."""
    if participant.kind is not ParticipantKind.PERSON:
        return False
    own = participant_gender(participant)
    return gender is None or own is None or own == gender


def _titled_person(
    context: Context, title: frozenset[str], field: frozenset[str] = frozenset()
) -> str | None:
    """Return the person the text last named right after a form of ``title``, or None.

    ``с еврокомиссаром по вопросам расширения Мартой Кос``, ``Прем'єр-міністерка Юлія
    Свириденко``: the title stands in the same sentence at most `_TITLE_REACH` words before
    the name, with no other name between. The person must agree with the cue verb's gender,
    and with the ``field`` of the title (`role_field`) when both have one.
    """
    gender = _cue_gender(context)
    # The mentions looked back over, and the one before them (`_titled_at` reads its end).
    entries = context.placed.last(context.window.start, _BACK_MENTIONS + 1)
    for position in range(len(entries) - 1, max(-1, len(entries) - 1 - _BACK_MENTIONS), -1):
        participant = entries[position].participant
        if (
            _agrees(participant, gender)
            and _same_field(participant, field)
            and _titled_at(context, entries, position, title)
        ):
            return participant.id
    return None


def _last_official(context: Context) -> str | None:
    """Return the person with a role (or a title before the name) mentioned last, or None.

    None too when another such person is named in the same sentence (``Мэр X и губернатор Y
    провели совещание``): ``сказал чиновник`` may be either, and the text does not say which.
    """
    gender = _cue_gender(context)
    # The mentions looked back over, and the one before them (`_titled_at` reads its end).
    entries = context.placed.last(context.window.start, _BACK_MENTIONS + 1)
    roles = pick(ROLE_NOUNS, ROLE_NOUNS_RU)

    def official(position: int) -> bool:
        participant = entries[position].participant
        return (
            participant.id != context.other
            and _agrees(participant, gender)
            and (participant.role is not None or _titled_at(context, entries, position, roles))
        )

    lowest = max(-1, len(entries) - 1 - _BACK_MENTIONS)
    found = next((at for at in range(len(entries) - 1, lowest, -1) if official(at)), None)
    if found is None:
        return None
    speaker = entries[found].participant.id
    sentence = bisect.bisect_right(context.sentences, entries[found].start) - 1
    floor = context.sentences[sentence] if sentence >= 0 else 0
    for position in range(found - 1, lowest, -1):
        if entries[position].start < floor:
            break
        if entries[position].participant.id != speaker and official(position):
            return None
    return speaker


def _titled_at(
    context: Context, entries: Sequence[Placed], position: int, title: frozenset[str]
) -> bool:
    """Return True if a form of ``title`` stands right before the mention ``entries[position]``.

    Another person's name between the title and the mention ends the title's reach; an
    organisation there is the title's complement (``Головний тренер «Мотора» Ігор Дацюк``).
    """
    entry = entries[position]
    boundaries = context.sentences
    sentence = bisect.bisect_right(boundaries, entry.start) - 1
    floor = boundaries[sentence] if sentence >= 0 else 0
    for before in range(position - 1, -1, -1):
        if entries[before].end <= floor:
            break
        if entries[before].participant.kind is ParticipantKind.PERSON:
            floor = max(floor, entries[before].end)
            break
    # The title's complement in the genitive (``командиром 112-ї бригади морської піхоти
    # майором X``) does not count towards the reach.
    reach = 0
    for word in reversed(WORD.findall(context.body, floor, entry.start)[-_TITLE_WORDS:]):
        found = lemmas(word)
        if (found | {masculine(lemma) for lemma in found}) & title:
            return True
        if not (word[:1].isdigit() or _genitive(word)):
            reach += 1
            if reach >= _TITLE_REACH:
                break
    return False


def _last_organization(placed: Mentions, anchor: int, *, agency: bool) -> Participant | None:
    """Return the organisation mentioned last before ``anchor`` (``установа`` stands for it).

    With ``agency`` (``відомство``, ``ведомство``) only a government body counts: the company
    whose work a ministry checked is no ``відомство``. Only mentions within `PRONOUN_REACH`
    characters are looked at, so the scan stays short.
    """
    for entry in reversed(placed.between(anchor - PRONOUN_REACH, anchor)):
        participant = entry.participant
        if participant.kind is ParticipantKind.ORGANIZATION and (
            not agency or _government_body(participant.name)
        ):
            return participant
    return None


@language_cache(maxsize=4096)
def _government_body(name: str) -> bool:
    """Return True if a word of the organisation ``name`` is a government body's head noun."""
    heads = pick(GOVERNMENT_BODY_HEADS, ru.GOVERNMENT_BODY_HEADS)
    prefixes = pick(GOVERNMENT_BODY_PREFIXES, ru.GOVERNMENT_BODY_PREFIXES)
    for word in WORD.findall(name):
        lower = word.lower()
        if lower.startswith(prefixes) or lemmas(lower) & heads:
            return True
    return False


@language_cache(maxsize=65536)
def _plural_noun(word: str) -> bool:
    """Return True if every noun reading of ``word`` is plural (``експертів``, ``тренерам``)."""
    nouns = [parse for parse in parse_word(word.lower()) if "NOUN" in parse.tag]
    return bool(nouns) and all(parse.tag.number == "plur" for parse in nouns)


def _recent_person(context: Context) -> str | None:
    """Return the speaker before if it is a person (``експерт`` is no organisation)."""
    if context.recent is None:
        return None
    speaker = participant_by_id(context.placed, context.recent)
    return (
        context.recent if speaker is not None and speaker.kind is ParticipantKind.PERSON else None
    )


def _in_focus(context: Context, holder: Participant, anchor: int) -> bool:
    """Return True if the previous speaker, not ``holder``, is who a generic noun points to.

    ``За словами аналітика`` after quoting someone whose role is unknown and who came up
    after the analyst did is that someone.
    """
    recent = context.recent
    if recent is None or recent == holder.id:
        return False
    speaker = participant_by_id(context.placed, recent)
    if speaker is None or speaker.kind is not ParticipantKind.PERSON or speaker.role is not None:
        return False
    since = last_mention(context.placed, recent, anchor)
    return since > last_mention(context.placed, holder.id, anchor)


def _by_organization_noun(placed: Mentions, word: str, anchor: int) -> Participant | None:
    """Return the organisation whose name's head noun is ``word`` (``суд``), mentioned last."""
    subject = _singular_noun_lemmas(word)
    if not subject:
        return None
    return placed.last_organization(subject, anchor)


@language_cache(maxsize=65536)
def _singular_noun_lemmas(word: str) -> frozenset[str]:
    """Return the lemmas ``word`` has as a nominative noun not marked plural."""
    # The dictionary marks only the plural: a singular reading has no number at all.
    return frozenset(
        parse.normal_form
        for parse in parse_word(word.lower())
        if "NOUN" in parse.tag and case(parse) == "nomn" and parse.tag.number != "plur"
    )


# --------------------------------------------------------------------------- body noun


def body(context: Context) -> Verdict | None:
    """Return the organisation a body noun of the window stands for, or nobody.

    ``у міськраді зазначили`` after ``Харківська міська рада``; ``пише видання`` after
    ``видання «Ранок»``. A body the text names no other way speaks through no participant:
    the cue's speaker is unknown, never the speaker before.
    """
    found_words = [(word, start, start + len(word)) for word, start in context.words]
    lemmas_found = speaking_body_lemmas(context.body, found_words)
    if not lemmas_found:
        return None
    # ``у компанії переконані``, ``в пресс-службе компании``: the company the text named,
    # not a branch or press office named with it.
    kinds = pick(KIND_BODY_NOUNS, ru.KIND_BODY_NOUNS)
    kind = next((lemma for lemma in lemmas_found if lemma in kinds), None)
    if kind is not None:
        company = last_company(context.placed, kind, context.anchor)
        if company is not None:
            return Verdict(company.id)
    # ``прес-служба суду``: the press service speaks for the court the text named.
    for lemma in lemmas_found:
        found = last_named_body(context.placed, lemma, context.anchor)
        if found is not None:
            return Verdict(found.id)
    if lemmas_found[0] in pick(KIND_BODY_NOUNS, ru.KIND_BODY_NOUNS):
        # ``ДТЭК сообщил ... В компании пояснили``: the company the text named by its name.
        named = _last_bare_name(context)
        if named is not None:
            return Verdict(named)
    return Verdict(None)


def _last_bare_name(context: Context) -> str | None:
    """Return the organisation named last since the paragraph before, by a bare proper name.

    A bare name (``ДТЭК``, ``Нафтогаз``) holds no body noun that would give it another kind
    (``полиция``, ``горсовет``).
    """
    for entry in reversed(context.placed.between(context.floors[1], context.anchor)):
        participant = entry.participant
        if participant.kind is ParticipantKind.PERSON:
            continue
        if participant.kind is ParticipantKind.ORGANIZATION and not any(
            body_noun(word) for word in WORD.findall(participant.name)
        ):
            return participant.id
        return None
    return None


# --------------------------------------------------------------------------- document


def document(context: Context) -> Verdict | None:
    """Return the body whose ruling the words are quoted from, named by the ruling alone.

    ``У рішенні зазначено, що ...``, ``— йдеться у вироку.``, ``В постановлении говорится``:
    a ruling (`lexicon.DOCUMENT_ISSUERS`) after a locative preposition speaks for the body
    that issues such rulings, the one of them the text named last (the court that passed the
    sentence, the council that voted the decision). No verdict when the text named none.
    """
    words = [word.lower() for word, _start in context.words]
    issuers = pick(DOCUMENT_ISSUERS, ru.DOCUMENT_ISSUERS)
    prepositions = pick(LOCATIVE_PREPOSITIONS, ru.LOCATIVE_PREPOSITIONS)
    for index, word in enumerate(words[1:], start=1):
        if words[index - 1] not in prepositions:
            continue
        heads = frozenset().union(*(issuers.get(lemma, ()) for lemma in lemmas(word)))
        if heads:
            found = context.placed.last_organization(heads, context.window.start)
            return None if found is None else Verdict(found.id)
    return None


# --------------------------------------------------------------------------- pronoun


def pronoun(context: Context) -> Verdict | None:
    """Return whom the first personal pronoun of the window points back to."""
    for word, start in context.words:
        gender = pick(PRONOUN_GENDERS, ru.PRONOUN_GENDERS).get(word.lower())
        if gender is not None:
            if gender == "plur":
                return Verdict(_represented_body(context, start))
            return Verdict(_by_pronoun(context, gender, start))
    return None


def _represented_body(context: Context, anchor: int) -> str | None:
    """Return the body whose unnamed spokespeople or staff a plural pronoun points back to.

    ``Представники міністерства висловили застереження. За їхніми словами, ...``: a plural
    pronoun stands for a plural subject before it, and unnamed representatives or staff of a
    body speak for that body (as with `_plural_of`), so the body is the speaker. Only the
    paragraph's own words are looked at; a person or another body named after that subject
    may be whom the pronoun means, and then nobody is taken.
    """
    nouns = pick(SPOKESPERSON_NOUNS, ru.SPOKESPERSON_NOUNS) | pick(STAFF_NOUNS, ru.STAFF_NOUNS)
    start = max(context.floors[0], anchor - PRONOUN_REACH)
    found: Placed | None = None
    for match in WORD.finditer(context.body, start, anchor):
        word = match.group()
        if not only_plural(word) or not person_nouns(word) & nouns:
            continue
        after = context.placed.between(match.end(), anchor)
        if (
            after
            and after[0].participant.kind is ParticipantKind.ORGANIZATION
            and not context.body[match.end() : after[0].start].strip()
        ):
            found = after[0]
    if found is None:
        return None
    if any(
        entry.participant.id != found.participant.id
        for entry in context.placed.between(found.end, anchor)
    ):
        return None
    return found.participant.id


def _by_pronoun(context: Context, gender: str, anchor: int) -> str | None:
    """Return whom a pronoun of ``gender`` at ``anchor`` points back to, or None if unsure.

    The one person of that gender mentioned since the previous paragraph began; the previous
    speaker if several are; if none is, the holder of a role noun that is the subject of the
    sentence before (`_role_subject`), else the previous speaker if the gender agrees; the
    organisation a subject
    of that gender named last (``Суд відмовив. Він вказав``); the one person of that gender
    one paragraph further back. A person named before that is not taken: paragraphs between
    may bring in unnamed people (``представник поліції``, ``один із них``) the pronoun points
    to, and an unknown speaker is better than a wrong one.
    """
    previous = context.recent
    near, far = context.floors
    candidates = persons_of_gender(context.placed, gender, anchor, near)
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        subjects = _last_subjects(context, candidates, anchor, near)
        if subjects:
            # The subject of the latest sentence that has one; two subjects tie: nobody.
            return subjects[0] if len(subjects) == 1 else None
        return previous if previous in candidates else None
    subject = _role_subject(context, gender, anchor) or _agreeing_previous(context, gender)
    if subject is not None:
        return subject
    organization = _organization_antecedent(context, gender, anchor, near)
    if organization is not None:
        return organization
    # One paragraph further back; a person named before that is too far to be sure of.
    further = persons_of_gender(context.placed, gender, anchor, far)
    return further[0] if len(further) == 1 else None


def _agreeing_previous(context: Context, gender: str) -> str | None:
    """Return the speaker before, if no gender of theirs rules out a pronoun of ``gender``."""
    if context.recent is None:
        return None
    speaker = participant_by_id(context.placed, context.recent)
    if speaker is not None and participant_gender(speaker) in {None, gender}:
        return context.recent
    return None


def _role_subject(context: Context, gender: str, anchor: int) -> str | None:
    """Return the person a role noun standing as the subject of the sentence before names.

    ``Кроме того, глава ОВА рассказал дипломату о ситуации. По его словам, ...``: a personal
    pronoun opening a sentence points back to the subject of the sentence before, and a role
    noun standing as that subject names the person who holds the role, as it does after a
    cue (`role_noun`). The subject is a word before that sentence's first finite verb, lower
    case or the sentence's first word, after no preposition (``у голови`` is no subject);
    the verb must show the pronoun's gender (``рассказал``, ``его``) and so must the holder.
    Only the sentence right before, in the pronoun's paragraph, is read.
    """
    clause = _subject_clause(context, anchor)
    if clause is None:
        return None
    words, verb = clause
    if _verb_gender(verb[0]) != gender:
        return None
    prepositions = pick(NON_SUBJECT_PREPOSITIONS, ru.NON_SUBJECT_PREPOSITIONS)
    nouns = [
        at
        for position, (noun, at) in enumerate(words)
        if (
            position == 0
            or (noun[:1].islower() and words[position - 1][0].lower() not in prepositions)
        )
        and nominative(noun)
        and is_role_noun(noun)
    ]
    if not nouns:
        return None
    # The role noun read as if it stood before a cue: ``глава ОВА рассказал``.
    focused = evolve(
        context,
        recent=None,
        window=Span(nouns[0], verb[1] + len(verb[0])),
        anchor=verb[1],
        excluded=(),
        words=tuple((noun, at) for noun, at in words if at >= nouns[0]),
    )
    verdict = role_noun(focused)
    speaker = None if verdict is None else verdict.speaker
    holder = None if speaker is None else participant_by_id(context.placed, speaker)
    return speaker if holder is not None and _agrees(holder, gender) else None


def _subject_clause(
    context: Context, anchor: int
) -> tuple[list[tuple[str, int]], tuple[str, int]] | None:
    """Return the words before the first finite verb of the sentence before ``anchor``'s.

    With them the verb and its offset; None if that sentence lies in another paragraph or
    has no finite verb.
    """
    sentence = bisect.bisect_right(context.sentences, anchor) - 1
    if sentence < 1:
        return None
    start, end = context.sentences[sentence - 1], context.sentences[sentence]
    if "\n" in context.body[start:anchor]:
        return None
    words: list[tuple[str, int]] = []
    for match in WORD.finditer(context.body, start, end):
        if is_finite_verb(match.group()):
            return words, (match.group(), match.start())
        words.append((match.group(), match.start()))
    return None


def _verb_gender(word: str) -> str | None:
    """Return the one gender a finite verb's singular readings show (``рассказал``: masc)."""
    genders = {
        parse.tag.gender
        for parse in parse_word(word.lower())
        if "VERB" in parse.tag and parse.tag.number != "plur"
    }
    return genders.pop() if len(genders) == 1 else None


def _last_subjects(
    context: Context, candidates: Sequence[str], anchor: int, floor: int
) -> list[str]:
    """Return the subject of the latest sentence before ``anchor`` naming a candidate as one.

    A sentence's subject is its first candidate mention that can be nominative and follows no
    preposition (``Ольга Марченко зустрілася з ... Іриною Савчук``: Марченко; in ``X нагадує:
    ..., що Y піде`` the later Y is inside what X says). Two coordinated subjects (``Ірина
    Савчук та Ольга Марченко``) are both returned: a tie.
    """
    start = max(floor, anchor - PRONOUN_REACH)
    boundaries = context.sentences  # the document's sentence starts
    latest = -1
    found: list[tuple[str, int, int]] = []
    for entry in context.placed.between(start, anchor):
        if entry.participant.id not in candidates:
            continue
        if oblique_name(mention_text(entry)) or word_before(context.body, entry.start) in (
            pick(NON_SUBJECT_PREPOSITIONS, ru.NON_SUBJECT_PREPOSITIONS)
        ):
            continue
        sentence = bisect.bisect_right(boundaries, entry.start)
        if sentence > latest:
            latest, found = sentence, [(entry.participant.id, entry.start, entry.end)]
        elif sentence == latest and _coordinated(context.body, found[-1][2], entry.start):
            found.append((entry.participant.id, entry.start, entry.end))
    return list(dict.fromkeys(participant for participant, _start, _end in found))


def _coordinated(body: str, end: int, start: int) -> bool:
    """Return True if only a conjunction or a comma joins two mentions (``X та Y``)."""
    return body[end:start].strip() in pick(COORDINATORS, ru.COORDINATORS)


def _organization_antecedent(context: Context, gender: str, anchor: int, floor: int) -> str | None:
    """Return the organisation the last subject of ``gender`` before ``anchor`` names.

    A subject is an organisation's mention that can be nominative (its gender from the noun
    before it, ``Фракція ВО «Свобода»``, or from its own head noun) or a lower-case noun that
    heads an organisation's name (``суд``).
    """
    start = max(floor, anchor - PRONOUN_REACH)
    found: tuple[int, str] | None = None
    for entry in context.placed.between(start, anchor):
        if entry.participant.kind is not ParticipantKind.ORGANIZATION:
            continue
        text = mention_text(entry)
        if oblique(text):
            continue
        descriptor = word_before(context.body, entry.start)
        own = (noun_gender(descriptor) if descriptor else None) or head_gender(text)
        if own == gender:
            found = (entry.start, entry.participant.id)
    for match in WORD.finditer(context.body, start, anchor):
        word = match.group()
        if not word[:1].islower() or noun_gender(word) != gender:
            continue
        organization = _by_organization_noun(context.placed, word, match.start())
        if organization is not None and (found is None or found[0] < match.start()):
            found = (match.start(), organization.id)
    return None if found is None else found[1]


# --------------------------------------------------------------------------- no one named


def unknown_subject(context: Context) -> Verdict | None:
    """Return nobody when the window names someone who is no participant.

    A plural cue verb makes a plural animate noun before it its subject even where the
    dictionary thinks another reading likelier (``Энергетики сообщили``: not ``энергетика``
    in the genitive): an unnamed group speaks, never the speaker before.
    """
    if has_subject(context.words) or _group_subject(context) or _group_source(context):
        return Verdict(None)
    return None


def _group_source(context: Context) -> bool:
    """Return True if a source phrase names several unnamed people (``По словам организаторов``).

    A plural animate noun in the genitive right after ``по словам``, ``за словами``, ``на думку``
    (`cues.source_pattern`, which ends right before the window or inside it) is a group the
    text does not name; the one speaker quoted before is not it.
    """
    if not context.words:
        return False
    word, start = context.words[0]
    if not word[:1].islower() or not _plural_animate_genitive(word):
        return False
    before = max(0, start - _SOURCE_REACH)
    return any(
        not context.body[match.end() : start].strip()
        for match in source_pattern().finditer(context.body, before, start)
    )


_SOURCE_REACH = 40
"""How far before the window's first word a source phrase may begin (``за попередніми даними``)."""


@language_cache(maxsize=65536)
def _plural_animate_genitive(word: str) -> bool:
    """Return True if ``word`` is only an animate plural noun, genitive among them (``медиков``).

    An animate noun's accusative plural is spelt like its genitive; a singular reading
    (``директорки``) rules the word out.
    """
    nouns = [parse for parse in parse_word(word.lower()) if "NOUN" in parse.tag]
    return (
        bool(nouns)
        and all("anim" in parse.tag and parse.tag.number == "plur" for parse in nouns)
        and any(case(parse) == "gent" for parse in nouns)
    )


def _group_subject(context: Context) -> bool:
    """Return True if a plural animate nominative noun stands before a plural cue verb."""
    cue = WORD.match(context.body, context.anchor)
    if cue is None or not _plural_verb(cue.group()):
        return False
    return any(
        start < context.anchor and (index == 0 or word[:1].islower()) and _plural_animate(word)
        for index, (word, start) in enumerate(context.words)
    )


@language_cache(maxsize=65536)
def _plural_verb(word: str) -> bool:
    """Return True if every verb reading of ``word`` is plural (``сообщили``, ``кажуть``)."""
    verbs = [parse for parse in parse_word(word.lower()) if "VERB" in parse.tag]
    return bool(verbs) and all(parse.tag.number == "plur" for parse in verbs)


@language_cache(maxsize=65536)
def _plural_animate(word: str) -> bool:
    """Return True if ``word`` can be an animate plural noun in the nominative (``энергетики``)."""
    return any(
        "NOUN" in parse.tag
        and "anim" in parse.tag
        and parse.tag.number == "plur"
        and case(parse) == "nomn"
        for parse in parse_word(word.lower())
    )


def impersonal_cue(context: Context) -> Verdict | None:
    """Return nobody for an impersonal cue (``повідомляється``) the window names no source of.

    ``зазначено в повідомленні`` points back to whoever issued the statement.
    """
    if impersonal(context.body, context.anchor) and not any(
        is_speech_noun(word) for word, _start in context.words
    ):
        return Verdict(None)
    return None


def cited_message(context: Context) -> Verdict | None:
    """Return the body an outlet cited, when the words are said to be in its message.

    ``Как передает агентство X со ссылкой на горсовет, ... — говорится в
    сообщении``: the message is the cited body's (`CITATION_PHRASES`); the
    outlet only carried it. The citation must stand in the cue's paragraph or the one
    before (at most `PRONOUN_REACH` back), right before the body's mention; else no verdict.
    A message with an owner in the genitive after it (``в повідомленні міністерства``) is
    that owner's, which the body rules find.
    """
    words = [word.lower() for word, _start in context.words]
    prepositions = pick(LOCATIVE_PREPOSITIONS, ru.LOCATIVE_PREPOSITIONS)
    messages = pick(MESSAGE_NOUNS, ru.MESSAGE_NOUNS)
    if not any(
        words[index - 1] in prepositions
        and lemmas(word) & messages
        and not (index + 1 < len(words) and _genitive(words[index + 1]))
        for index, word in enumerate(words[1:], start=1)
    ):
        return None
    # Bounded, so that the search reads the same whatever the item's length.
    floor = max(context.floors[1], context.window.start - PRONOUN_REACH)
    cited = -1
    for phrase in pick(CITATION_PHRASES, ru.CITATION_PHRASES):
        at = context.body.rfind(phrase, floor, context.window.start)
        cited = max(cited, at + len(phrase) if at >= 0 else -1)
    if cited < 0:
        return None
    after = context.placed.between(cited, context.window.start)
    if not after or context.body[cited : after[0].start].strip():
        return None
    source = after[0].participant
    return Verdict(source.id) if source.kind is ParticipantKind.ORGANIZATION else None


def continuation(context: Context) -> Verdict | None:
    """Return the speaker before: a cue with no subject goes on with the last one quoted."""
    return Verdict(context.recent)


RULES: tuple[Rule, ...] = (
    hearer,
    quoted_person,
    named_mention,
    role_noun,
    pronoun,
    body,
    document,
    cited_message,
    unknown_subject,
    impersonal_cue,
    continuation,
)
"""The speaker rules, most certain evidence first."""
