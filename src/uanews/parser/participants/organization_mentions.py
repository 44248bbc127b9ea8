"""Organisations registered from the body: quoted names, phrases, acronyms and their repeats.

The finders of `organizations` read text; the rules here add their finds to the registry in
order, skipping text a person already holds, and then look for later mentions of the
organisations found: a declined one-word name (``Юнітрансу``), a short form
(``обласної ради``) or the same Latin-script name again.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence

from attrs import frozen

from uanews.align import Block
from uanews.model import Mention, ParticipantKind
from uanews.parser.document import BLOCK_SCREENS, Screen, forms
from uanews.parser.language import current_language, language_cache, pick
from uanews.parser.morph import parse_word, to_nominative, word_form
from uanews.parser.participants import lexicon_ru as ru
from uanews.parser.participants.lexicon import (
    BACK_REFERENCE_NOUNS,
    COORDINATORS,
    NAMED_AFTER_HEADS,
    PRESS_SERVICE_NOUNS,
    STUMP_EXPANSIONS,
    STUMP_HEADS,
    TERRITORIAL_ADJECTIVES,
    TITLE_NOUNS,
    UTILITY_NOUNS,
    VEHICLE_NOUNS,
)
from uanews.parser.participants.names import Token, is_capitalised, sentence_initial, tokenize
from uanews.parser.participants.organizations import (
    LATIN_NAME,
    NAMED_AFTER_OPENING,
    find_acronyms,
    find_agency_dateline,
    find_listed_outlets,
    find_numbered_institutions,
    find_organization_phrases,
    find_quoted_organizations,
    find_service_nouns,
    find_stump_names,
    find_substantivised_outlets,
    find_utility_nouns,
    initialisms,
    is_organization_noun,
    nominative_tail,
    service_lemma,
)
from uanews.parser.participants.registry import OrganizationDraft, Registry
from uanews.parser.participants.roles import case_set, is_acronym, is_latin, lemmas

__all__ = [
    "find_further_mentions",
    "find_named_after_people",
    "find_names_and_acronyms",
    "find_phrases",
    "find_quoted",
    "find_repeats",
    "merge_same_bodies",
    "release_namesakes",
]

_QUOTED_WORD = re.compile(r"«([^\s«»]+)»$")
_QUOTED_NAME = re.compile(r"«(.+)»$")
_BROKEN_HYPHEN = re.compile(r"-\s*")


def find_names_and_acronyms(block: Block, registry: Registry) -> None:
    """Add Latin-script names and acronyms (an acronym the text paired with a name joins it)."""
    text = registry.text
    for match in LATIN_NAME.finditer(text, block.start, block.end):
        if _titled(text, match.start()):
            # ``програми Interreg NEXT``: the programme's title, whose words no acronym takes
            registry.covered.update(range(match.start(), match.end()))
            continue
        if not registry.overlaps(match.start(), match.end()) and not _vehicle(text, match.start()):
            registry.add_organization(
                match.group(), Mention(match.group(), match.start(), match.end())
            )
    _single_latin_names(block, registry)
    for finder in (
        find_stump_names,
        find_utility_nouns,
        find_service_nouns,
        find_substantivised_outlets,
        find_listed_outlets,
    ):
        for found in finder(text, block.start, block.end):
            if not registry.overlaps(found.start, found.end):
                registry.add_found(found)
    # The registry's own set: `find_acronyms` reads it and returns before any is added (a
    # copy per block made this quadratic in the item's length).
    for found in find_acronyms(text, block.start, block.end, registry.covered):
        if not (is_latin(found.name) and _vehicle(text, found.start)):
            registry.add_found(found)


def _vehicle(text: str, start: int) -> bool:
    """Return True when a vehicle noun stands right before ``start`` (``автомобиля Volkswagen``).

    A Latin name after ``автомобиль``, ``грузовик``, ``вантажівка`` is the vehicle's make and
    model (`lexicon.VEHICLE_NOUNS`), not an organisation that takes part in the news.
    """
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_REACH), start)
    return before is not None and bool(
        lemmas(before.group(1)) & pick(VEHICLE_NOUNS, ru.VEHICLE_NOUNS)
    )


def _titled(text: str, start: int) -> bool:
    """Return True when a work or project noun stands right before ``start`` (``програми X``).

    A Latin name after ``програма``, ``проєкт``, ``платформа`` (`lexicon.TITLE_NOUNS`) is the
    title of that programme or work, as a quoted name there is, not an organisation.
    """
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_REACH), start)
    return before is not None and bool(lemmas(before.group(1)) & pick(TITLE_NOUNS, ru.TITLE_NOUNS))


def _single_latin_names(block: Block, registry: Registry) -> None:
    """Add a one-word Latin name right after an organisation noun (``компанії Google``).

    Latin names coordinated with one (``компанії Meta та Google``) are organisations too.
    """
    text = registry.text
    latin = _LATIN_NAMES.passing(forms(text, block.start, block.end))
    if not latin:
        return
    tokens = tokenize(text, block.start, block.end)
    added = -1  # the index of the last Latin name added
    for index in range(1, len(tokens)):
        token, noun = tokens[index], tokens[index - 1]
        if token.text not in latin:
            continue
        gap = text[noun.end : token.start]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        coordinated = added == index - 2 and noun.text in pick(COORDINATORS, ru.COORDINATORS)
        if (
            not is_latin(token.text)
            or not is_capitalised(token.text)
            or not (gap.isspace() and "\n" not in gap)
            or registry.overlaps(token.start, token.end)
            or not (is_organization_noun(noun.text) or coordinated)
        ):
            continue
        if following is not None and is_latin(following.text) and is_capitalised(following.text):
            continue  # part of a longer Latin name
        registry.add_organization(token.text, Mention(token.text, token.start, token.end))
        added = index


def find_phrases(block: Block, registry: Registry, namesakes: list[tuple[int, int]]) -> None:
    """Add organisations named by a number (``ліцей № 5``) or a proper noun phrase.

    The span of each body's namesake (after ``імені``) is appended to ``namesakes``, for
    `release_namesakes` once every block has been read.
    """
    stops = registry.person_offsets()
    for found in find_numbered_institutions(registry.text, block.start, block.end):
        if not registry.overlaps(found.start, found.end):
            registry.add_found(found)
    for found in find_organization_phrases(registry.text, block.start, block.end, stops):
        # ``Музей космонавтики ім. С. П. Корольова``: the person the body is named after is
        # already covered as part of a place's or body's name, which the phrase takes whole.
        named_after = _NAMED_AFTER.search(registry.text, found.start, found.end)
        own_end = found.end if named_after is None else named_after.start()
        if not registry.overlaps(found.start, own_end):
            if named_after is not None:
                namesakes.append((own_end, found.end))
            registry.add_found(found)


def release_namesakes(registry: Registry, namesakes: Sequence[tuple[int, int]]) -> None:
    """Take from the people the mentions inside ``namesakes``: the persons bodies are named after.

    ``Драматическом театре имени Ивана Франко``: the person after ``імені`` or ``имени`` is
    part of the body's name, not a participant of the text (the people finders read the name
    before the organisation phrases are looked for). One pass over the people's mentions, each
    looked up among the spans by bisection, keeps this linear in the item's length.
    """
    if not namesakes:
        return
    spans = sorted(namesakes)
    starts = [start for start, _end in spans]
    for person in list(registry.people):
        for mention in list(person.mentions):
            at = bisect_right(starts, mention.start) - 1
            if at >= 0 and mention.end <= spans[at][1]:
                registry.release_mention(person, mention)


_NAMED_AFTER = re.compile(r"\s" + NAMED_AFTER_OPENING + r"\s")


_WORD_BEFORE = re.compile(r"([^\W\d_]+)([ \t]+)$")
_WORD_REACH = 40


def _latin_name(word: str) -> bool:
    """Return True for a capitalised word in Latin letters (``Google``)."""
    return is_latin(word) and is_capitalised(word)


_LATIN_NAMES = Screen(_latin_name, family=BLOCK_SCREENS, only=is_capitalised)


def find_named_after_people(registry: Registry) -> None:
    """Take ``Блоку Порошенка`` as one organisation named after a person, not as the person.

    A capitalised organisation noun (not capitalised by position) right before a person's name
    in the genitive names a body after its leader or patron (``Фонд Ріната Ахметова``); the
    name is part of the organisation's mention. Each mention is looked at once.
    """
    text = registry.text
    for person in list(registry.people):
        for mention in list(person.mentions):
            before = _WORD_BEFORE.search(text, max(0, mention.start - _WORD_REACH), mention.start)
            if before is None:
                continue
            head, head_start = before.group(1), before.start(1)
            if (
                not is_capitalised(head)
                or sentence_initial(text, head_start)
                or not lemmas(head) & pick(NAMED_AFTER_HEADS, ru.NAMED_AFTER_HEADS)
                or registry.overlaps(head_start, before.end(1))
                or "gent" not in case_set(mention.text.split()[0])
            ):
                continue
            registry.release_mention(person, mention)
            name = to_nominative(head) + text[before.end(1) : mention.end]
            written = text[head_start : mention.end]
            registry.add_organization(name, Mention(written, head_start, mention.end))


def find_repeats(blocks: Sequence[Block], registry: Registry) -> None:
    """Add later mentions of known organisations: declined one-word names and short forms.

    ``Юнітрансу`` repeats ``компанія «Юнітранс»``; ``обласної ради`` repeats the one
    ``Волинська обласна рада`` of the text (only when a single organisation fits). Blocks are
    read in order; each sees the mentions the blocks before it added.
    """
    known: dict[int, _SingleWords] = {}
    single: dict[str, str] = {}
    version = size = -1
    heads = _HeadIndex()
    for block in blocks:
        # The words are read again only when a block before changed the organisations.
        if version != registry.organizations_changed or len(registry.organizations) != size:
            single = _single_names(registry, known)
            version, size = registry.organizations_changed, len(registry.organizations)
        _find_block_repeats(block, registry, single, heads)


@frozen
class _SingleWords:
    """The one-word names an organisation is known by, and the mentions they were read from."""

    organization: OrganizationDraft
    mentions: list[Mention]
    count: int
    words: frozenset[str]


def _single_words(
    organization: OrganizationDraft, known: dict[int, _SingleWords]
) -> frozenset[str]:
    """Return the lower-case one-word names of ``organization`` (read again when it changed)."""
    cached = known.get(id(organization))
    if (
        cached is not None
        and cached.organization is organization
        and cached.mentions is organization.mentions
        and cached.count == len(organization.mentions)
    ):
        return cached.words
    words = [m.text for m in organization.mentions]
    words += _QUOTED_WORD.findall(organization.name)
    found = frozenset(
        word.lower()
        for word in words
        if " " not in word and is_capitalised(word) and not word.isupper()
    )
    known[id(organization)] = _SingleWords(
        organization, organization.mentions, len(organization.mentions), found
    )
    return found


def _single_names(registry: Registry, known: dict[int, _SingleWords]) -> dict[str, str]:
    """Return the key of the first organisation known by each one-word name (lower case)."""
    single: dict[str, str] = {}
    for key, organization in registry.organizations.items():
        if organization.kind is not ParticipantKind.ORGANIZATION:
            continue
        for word in _single_words(organization, known):
            single.setdefault(word, key)
    return single


def _find_block_repeats(
    block: Block, registry: Registry, single: dict[str, str], heads_index: _HeadIndex
) -> None:
    """Add the repeats of known organisations in one block (see `find_repeats`)."""
    text = registry.text
    words = forms(text, block.start, block.end)
    named = {
        word
        for word in _CAPITALISED.passing(words)
        if word.lower() in single or any(lemma in single for lemma in lemmas(word))
    }
    heads = (_ORGANIZATION_NOUNS.passing(words) | _BACK_REFERENCES.passing(words)) - (
        _CAPITALISED.passing(words)
    )
    if not named and not heads:
        return  # no word repeats a one-word name or may shorten a long one
    tokens = tokenize(text, block.start, block.end)
    for index, token in enumerate(tokens):
        if token.text not in named and token.text not in heads:
            continue
        if registry.overlaps(token.start, token.end):
            continue
        if is_capitalised(token.text) and not token.text.isupper():
            keys = {single[lemma] for lemma in lemmas(token.text) if lemma in single}
            if token.text.lower() in single:
                keys = {single[token.text.lower()]}
            if len(keys) == 1:
                organization = registry.organizations[keys.pop()]
                registry.add_organization(
                    organization.name, Mention(token.text, token.start, token.end)
                )
            continue
        _short_form(tokens, index, registry)
        if not registry.overlaps(token.start, token.end):
            _back_reference(tokens, index, registry, heads_index)


def _capitalised(word: str) -> bool:
    """Return True for a capitalised word not all in capitals (a name's one word)."""
    return is_capitalised(word) and not word.isupper()


_CAPITALISED = Screen(_capitalised, family=BLOCK_SCREENS, only=is_capitalised)
_ORGANIZATION_NOUNS = Screen(is_organization_noun, family=BLOCK_SCREENS)


def _refers_back(word: str) -> bool:
    """Return True for a noun that refers back to a body (`lexicon.BACK_REFERENCE_NOUNS`)."""
    return bool(_singular_lemmas(word) & pick(BACK_REFERENCE_NOUNS, ru.BACK_REFERENCE_NOUNS).keys())


_BACK_REFERENCES = Screen(_refers_back, family=BLOCK_SCREENS)


def _short_form(tokens: Sequence[Token], index: int, registry: Registry) -> None:
    """Add ``обласної ради`` as a mention of the one known organisation it shortens."""
    text = registry.text
    head = tokens[index]
    if not is_organization_noun(head.text) or index == 0:
        return
    adjective = tokens[index - 1]
    if is_capitalised(adjective.text) or adjective.start in registry.covered:
        return
    if not text[adjective.end : head.start].isspace():
        return
    words = [adjective.text, head.text]
    level = _level_before(tokens, index - 1, registry)
    if level is not None:
        # ``районної військової адміністрації`` beside ``Київська обласна військова
        # адміністрація``: the territory's adjective names the body of another level, so the
        # three words shorten a name only when it ends with them too
        words.insert(0, level.text)
        adjective = level
    tail = nominative_tail(words)
    if len(tail.split()) != len(words):
        return
    matches = registry.long_names_ending(tail)
    if len(matches) == 1:
        organization = registry.organizations[matches[0]]
        written = text[adjective.start : head.end]
        registry.add_organization(organization.name, Mention(written, adjective.start, head.end))


class _HeadIndex:
    """The keys of the organisations by the lemma of their name's head noun (`_name_head`).

    Built again only when an organisation comes or goes (names and kinds never change) or the
    language read changes, so a noun referring back looks only at the bodies its head may
    name, not at every one known.
    """

    def __init__(self) -> None:
        """Start with no index; `keys` builds it on first use."""
        self._state: tuple[int, int, str] | None = None
        self._keys: dict[str, list[str]] = {}

    def keys(self, registry: Registry, head: str) -> list[str]:
        """Return the keys of the organisations of ``registry`` whose name ``head`` heads."""
        # a block read in another language reads the heads in that language
        state = (registry.organizations_renewed, len(registry.organizations), current_language())
        if state != self._state:
            self._keys = {}
            for key, organization in registry.organizations.items():
                if organization.kind is not ParticipantKind.ORGANIZATION:
                    continue
                lemma = _name_head(organization.name)
                if lemma is not None:
                    self._keys.setdefault(lemma, []).append(key)
            self._state = state
        return self._keys.get(head, [])


def _back_reference(
    tokens: Sequence[Token], index: int, registry: Registry, heads_index: _HeadIndex
) -> None:
    """Add a noun that refers back to a body as a mention of the one body named before it.

    ``ведомства`` after ``Министерства юстиции``, ``відомство`` after ``Державна
    служба з надзвичайних ситуацій``: a noun for a government body in general
    (`lexicon.BACK_REFERENCE_NOUNS`) with no adjective of its own and no complement after it
    refers back to the one body of the text whose name a noun it stands for heads. Not when
    several bodies fit or none was named before it. A bare head noun repeating a name's own
    head (``компанії``, ``суд`` after a named company or court) is left alone: the dev gold
    does not tag those.
    """
    text = registry.text
    head = tokens[index]
    if not _bare(tokens, index, text) or _predicate_adjective(tokens, index, text):
        return
    synonyms = pick(BACK_REFERENCE_NOUNS, ru.BACK_REFERENCE_NOUNS)
    wanted = {noun for lemma in _singular_lemmas(head.text) for noun in synonyms.get(lemma, ())}
    if not wanted:
        return
    fitting = (
        organization
        for noun in sorted(wanted)
        for key in heads_index.keys(registry, noun)
        if (organization := registry.organizations.get(key)) is not None
        and organization.mentions
        and min(m.start for m in organization.mentions) < head.start
    )
    holders = _distinct_bodies(list(itertools.islice(fitting, _MAX_HOLDERS)))
    if len(holders) == 1:
        registry.append_mention(holders[0], Mention(head.text, head.start, head.end))
        registry.covered.update(range(head.start, head.end))


_MAX_HOLDERS = 4  # bodies a noun may refer back to that are looked at; more is never one


def _distinct_bodies(holders: list[OrganizationDraft]) -> list[OrganizationDraft]:
    """Return ``holders`` without a short form of another (``обласна рада`` of ``Волинська ...``).

    A name that ends another's name with whole words is that body named without its place
    (merged with it later, `merge_same_bodies`), so one body, not two.
    """
    names = [" " + holder.name.lower() for holder in holders]
    return [
        holder
        for holder, name in zip(holders, names, strict=True)
        if not any(other != name and other.endswith(name) for other in names)
    ]


def _bare(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Return True for a lower-case head with no adjective before it and no genitive after it."""
    head = tokens[index]
    if not head.text[:1].islower():
        return False
    if index > 0:
        before = tokens[index - 1]
        gap = text[before.end : head.start]
        if gap.isspace() and _agreeing_adjective(before.text, head.text):
            return False  # ``нової ради``, ``обласної ради`` (a short form, or another body)
    if index + 1 < len(tokens):
        after = tokens[index + 1]
        gap = text[head.end : after.start]
        if gap.isspace() and "gent" in case_set(after.text) and not _preposition(after.text):
            return False  # ``ради директорів``: a body of its own
    return True


def _predicate_adjective(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Return True when ``tokens[index]`` is read as a predicative adjective, not a noun.

    A council's forms are also forms of the adjective glad (``рада``, ``раді`` of ``радий``):
    right after its subject, a noun or pronoun in the nominative (``Оксана рада, що``, ``батьки
    раді``), before an infinitive (``рада допомогти``) or a clause (``раді, що``), the word says
    how someone feels.
    """
    if not _has_adjective_reading(tokens[index].text):
        return False
    if index + 1 < len(tokens):
        after = tokens[index + 1]
        gap = text[tokens[index].end : after.start].strip()
        if (not gap and _infinitive(after.text)) or (gap == "," and _conjunction(after.text)):
            return True  # ``рада допомогти``, ``раді, що``
    if index == 0:
        return False
    before = tokens[index - 1]
    return text[before.end : tokens[index].start].isspace() and _nominative_subject(before.text)


@language_cache(maxsize=65536)
def _has_adjective_reading(word: str) -> bool:
    """Return True when some reading of ``word`` is an adjective (full or short)."""
    return any(parse.tag.POS in {"ADJF", "ADJS"} for parse in parse_word(word.lower()))


@language_cache(maxsize=65536)
def _conjunction(word: str) -> bool:
    """Return True when some reading of ``word`` is a conjunction (``що``, ``что``)."""
    return any(parse.tag.POS == "CONJ" for parse in parse_word(word.lower()))


@language_cache(maxsize=65536)
def _infinitive(word: str) -> bool:
    """Return True when some reading of ``word`` is an infinitive (``допомогти``, ``помочь``).

    The Russian dictionary tags it ``INFN``, the Ukrainian one ``VERB`` with ``infn``.
    """
    return any(
        parse.tag.POS == "INFN" or {"VERB", "infn"} <= set(parse.tag.grammemes)
        for parse in parse_word(word.lower())
    )


@language_cache(maxsize=65536)
def _nominative_subject(word: str) -> bool:
    """Return True when ``word`` can be a noun or pronoun in the nominative (``батьки``).

    Not a conjunction that is also a pronoun (``зазначено, що рада не мала права``: the
    council is the clause's subject).
    """
    parses = parse_word(word.lower())
    return not any(parse.tag.POS == "CONJ" for parse in parses) and any(
        parse.tag.POS in {"NOUN", "NPRO"} and parse.tag.case == "nomn" for parse in parses
    )


@language_cache(maxsize=65536)
def _agreeing_adjective(word: str, noun: str) -> bool:
    """Return True when ``word`` can be an adjective in the case and number of ``noun``.

    ``нового ведомства`` agrees; ``данным`` in ``по данным ведомства`` does not.
    """
    forms = {
        (parse.tag.case, parse.tag.number)
        for parse in parse_word(noun.lower())
        if parse.tag.POS == "NOUN"
    }
    return any(
        parse.tag.POS in {"ADJF", "PRTF"} and (parse.tag.case, parse.tag.number) in forms
        for parse in parse_word(word.lower())
    )


@language_cache(maxsize=65536)
def _preposition(word: str) -> bool:
    """Return True when some reading of ``word`` is a preposition (``в``, ``під``)."""
    return any(parse.tag.POS == "PREP" for parse in parse_word(word.lower()))


def _singular_lemmas(word: str) -> frozenset[str]:
    """Return the lemmas of the singular noun readings of ``word`` (lower case)."""
    return word_form(word.lower()).singular_noun_lemmas


_QUOTE_MARKS = frozenset('«»"„“”')


@language_cache(maxsize=4096)
def _name_head(name: str) -> str | None:
    """Return the lemma of the organisation noun heading the nominative ``name``, or None.

    None for a name with a quoted part (``Служба такси «Уклон»``, ``агентство «Промінь»``): a
    quoted name is a company's or a brand's, no government body a noun for one refers to.
    """
    if any(mark in name for mark in _QUOTE_MARKS):
        return None
    for word in name.split():
        if is_organization_noun(word):
            found = sorted(_singular_lemmas(word))
            if word.lower() in found:
                return word.lower()  # the name is nominative: ``рада``, not ``рад`` (glad)
            return found[0] if found else None
    return None


def _level_before(tokens: Sequence[Token], index: int, registry: Registry) -> Token | None:
    """Return the lower-case territorial adjective right before ``tokens[index]``, if any.

    ``районної`` in ``районної військової адміністрації``, ``городского`` in ``городского
    совета`` (`lexicon.TERRITORIAL_ADJECTIVES`), joined to the word after it by spaces only.
    """
    if index == 0:
        return None
    before, word = tokens[index - 1], tokens[index]
    gap = registry.text[before.end : word.start]
    if is_capitalised(before.text) or before.start in registry.covered:
        return None
    if not (gap.isspace() and "\n" not in gap):
        return None
    territorial = pick(TERRITORIAL_ADJECTIVES, ru.TERRITORIAL_ADJECTIVES)
    return before if lemmas(before.text) & territorial else None


def find_quoted(block: Block, registry: Registry) -> None:
    """Add quoted names after an organisation word (``ТОВ «X»``, ``компанії «Y»``).

    The agency a dateline names between slashes (``ОДЕСА, 19 листопада /Інтерфакс-Україна/``)
    is added first: its words are the outlet's name, no person's.
    """
    agency = find_agency_dateline(registry.text, block.start, block.end)
    if agency is not None:
        registry.add_found(agency)
    for found in find_quoted_organizations(registry.text, block.start, block.end):
        if not registry.overlaps(found.start, found.end):
            registry.add_found(found)


def find_further_mentions(registry: Registry) -> None:
    """Add every further occurrence of each organisation's Latin-script written forms.

    An occurrence stands alone (no word character before or after it). The text is read once
    for all the forms: where each word written in Latin letters stands (`_LatinWords`).
    """
    text = registry.text
    latin = _LatinWords(text)
    for organization in registry.organizations.values():
        forms = {m.text for m in organization.mentions if is_latin(m.text.split(maxsplit=1)[0])}
        for form in forms:
            for start in latin.occurrences(form):
                mention = Mention(form, start, start + len(form))
                if not registry.inside_organization(mention):
                    registry.append_mention(organization, mention)


_RUN = re.compile(r"\w+")
_LATIN_RUN = re.compile(r"(?<!\w)[A-Za-z]\w*")
_WORD_CHAR = re.compile(r"\w")


class _LatinWords:
    """Where each run of word characters opening with a Latin letter starts in a text."""

    def __init__(self, text: str) -> None:
        """Find the runs of ``text`` (one pass of the regular expression)."""
        self.text = text
        self.starts: dict[str, list[int]] = {}
        for match in _LATIN_RUN.finditer(text):
            self.starts.setdefault(match.group(), []).append(match.start())

    def occurrences(self, form: str) -> list[int]:
        """Return where ``form`` stands alone in the text, as ``re.finditer`` would find it.

        A standalone occurrence starts a run of word characters, the run ``form`` opens with;
        so only the starts of that run are tried (overlapping occurrences are skipped, as the
        regular expression skips them). A form opening otherwise is searched for in full.
        """
        text = self.text
        run = _RUN.match(form)
        if run is None or _LATIN_RUN.fullmatch(run.group()) is None:
            pattern = rf"(?<!\w){re.escape(form)}(?!\w)"
            return [match.start() for match in re.finditer(pattern, text)]
        found: list[int] = []
        reached = 0
        for start in self.starts.get(run.group(), ()):
            end = start + len(form)
            alone = not _WORD_CHAR.match(text, end)
            if start >= reached and text.startswith(form, start) and alone:
                found.append(start)
                reached = end
        return found


def merge_same_bodies(registry: Registry, headline_end: int = 0) -> None:
    """Merge organisations that the text names twice in different ways.

    ``headline_end`` is where the item's headline ends (0 for none): a headline retells the
    body, so its common nouns may refer to a body the text names only later.

    A press service speaks for its organisation (``пресслужба «X»`` is ``ПрАТ «X»``); one head
    with one quoted name is one body (``мережа супермаркетів «X»``, ``мережа «X»``), and so is
    the quoted name alone (``X`` after ``ДП «X»``); an
    initialism whose letters start the words of exactly one full name is that organisation
    (``ПЗЗ`` and ``Південно-Західна залізниця``).
    """
    bodies = _Bodies.of(registry)
    for key, organization in list(registry.organizations.items()):
        if key not in registry.organizations:
            continue  # merged into another already
        if organization.kind is ParticipantKind.ORGANIZATION and organization.name in (
            UTILITY_NOUNS | ru.UTILITY_NOUNS
        ):
            _refer_back(registry, key, organization, headline_end)
            continue
        service = service_lemma(organization.name)
        if organization.kind is ParticipantKind.ORGANIZATION and service == organization.name:
            office = _service_office(registry, key, organization, service)
            if office is not None:
                _merge_into(registry, key, office)
            continue
        target = _same_body(registry, key, organization, bodies)
        if target is not None:
            _merge_into(registry, key, target)


@frozen
class _Bodies:
    """The organisations (kind organisation) by quoted name and by initialism, in order.

    Built once before the merges: names never change and merges only remove organisations,
    so a list filtered by what is still registered is the scan of every organisation it saves.
    """

    by_quoted: dict[str, list[str]]
    by_initialism: dict[str, list[str]]

    @classmethod
    def of(cls, registry: Registry) -> _Bodies:
        """Return the index of the organisations of ``registry``."""
        by_quoted: dict[str, list[str]] = {}
        by_initialism: dict[str, list[str]] = {}
        for key, organization in registry.organizations.items():
            if organization.kind is not ParticipantKind.ORGANIZATION:
                continue
            quoted = _quoted_name(organization.name)
            if quoted is not None:
                by_quoted.setdefault(quoted, []).append(key)
            for initialism in initialisms(organization.name):
                by_initialism.setdefault(initialism, []).append(key)
        return cls(by_quoted, by_initialism)

    @staticmethod
    def others(registry: Registry, keys: list[str], key: str) -> dict[str, OrganizationDraft]:
        """Return the organisations of ``keys`` still registered, but ``key``, in order."""
        found = {k: registry.organizations.get(k) for k in keys if k != key}
        return {k: other for k, other in found.items() if other is not None}


def _same_body(
    registry: Registry, key: str, organization: OrganizationDraft, bodies: _Bodies
) -> str | None:
    """Return the key of the one other organisation ``organization`` is a second name of."""
    if organization.kind is not ParticipantKind.ORGANIZATION:
        return None
    name = organization.name
    quoted = _QUOTED_NAME.search(name)
    if quoted is not None:
        # The organisations whose quoted name is this one's (``_quoted_name(other.name)``).
        others = bodies.others(registry, bodies.by_quoted.get(quoted.group(1), []), key)
        head = name[: quoted.start()].split()
        press = pick(PRESS_SERVICE_NOUNS, ru.PRESS_SERVICE_NOUNS)
        if len(head) >= 1 and _BROKEN_HYPHEN.sub("-", head[0].lower()) in press:
            fits = list(others)
        else:
            fits = [
                k
                for k, other in others.items()
                if _same_form(other.name, name)
                and min(m.start for m in other.mentions)
                < min(m.start for m in organization.mentions)
            ]
        return fits[0] if len(fits) == 1 else None
    # Declined forms and short ends are no keys of an index: every other organisation.
    others = {
        other_key: other
        for other_key, other in registry.organizations.items()
        if other_key != key and other.kind is ParticipantKind.ORGANIZATION
    }
    written = {m.text for m in organization.mentions}
    named = [
        k
        for k, other in others.items()
        if _quoted_name(other.name) == name
        or any(_declines(word, _quoted_name(other.name)) for word in written)
        or (_one_word_name(other.name) and any(_declines(word, other.name) for word in written))
    ]
    if len(named) == 1:
        return named[0]  # ``Львівська залізниця`` repeats ``ДП «Львівська залізниця»``
    shortened = _shortened(name, others)
    if shortened is not None or name.lower() in STUMP_EXPANSIONS:
        return shortened
    spelled = _spelled_out(name, others)  # ``Міненерго``: a ministry's stump
    if spelled is not None or " " in name or not is_acronym(name):
        return spelled
    return _acronym_body(registry, key, name, others, bodies)


def _acronym_body(
    registry: Registry,
    key: str,
    name: str,
    others: dict[str, OrganizationDraft],
    bodies: _Bodies,
) -> str | None:
    """Return the key of the one organisation the acronym ``name`` is a second name of.

    ``ОВА`` after ``Одесская ОВА``: the acronym alone, without the region's adjective, is the
    one body named with it; else the one full name whose initials it spells.
    """
    qualified = [k for k, other in others.items() if other.name.endswith(" " + name)]
    if len(qualified) == 1 and len(others[qualified[0]].name.split()) == _QUALIFIED_WORDS:
        return qualified[0]
    fits = list(bodies.others(registry, bodies.by_initialism.get(name.upper(), []), key))
    return fits[0] if len(fits) == 1 else None


_QUALIFIED_WORDS = 2  # an adjective and the acronym (``Одесская ОВА``)


def _shortened(name: str, others: dict[str, OrganizationDraft]) -> str | None:
    """Return the key of the one full name that the lower-case ``name`` shortens, if any.

    ``міграційна служба`` shortens the one ``Державна міграційна служба`` of the text, and a
    compound abbreviation the one name holding the words it stands for (``міськрада`` and
    ``Луцька міська рада``).
    """
    if not name.islower():
        return None
    expansion = STUMP_EXPANSIONS.get(name)
    if expansion is not None:
        longer = [k for k, other in others.items() if expansion in other.name.lower()]
    elif " " in name:
        longer = [k for k, other in others.items() if other.name.lower().endswith(" " + name)]
    else:
        return None
    return longer[0] if len(longer) == 1 else None


_MIN_STUMP_OPENING = 3
"""Letters of a stump's rest that must open the full name's next word (``енерго``:
``енергетики``; ``фін``: ``фінансів``)."""


def _spelled_out(name: str, others: dict[str, OrganizationDraft]) -> str | None:
    """Return the key of the one full name that the compound ``name`` shortens, if any.

    ``Міненерго`` is ``Міністерство енергетики України`` of the same text: the prefix stands
    for the head (`lexicon.STUMP_HEADS`) and the rest opens the next word.
    """
    if " " in name or not _capitalised(name):
        return None
    lowered = name.lower()
    for prefix, head in pick(STUMP_HEADS, ru.STUMP_HEADS).items():
        rest = lowered[len(prefix) :]
        if not lowered.startswith(prefix) or len(rest) < _MIN_STUMP_OPENING:
            continue
        opening = rest[:_MIN_STUMP_OPENING]
        longer = [
            key
            for key, other in others.items()
            if len(words := other.name.lower().split()) > 1
            and words[0] == head
            and words[1].startswith(opening)
        ]
        return longer[0] if len(longer) == 1 else None
    return None


def _same_form(one: str, other: str) -> bool:
    """Return True when two quoted names open with the same word or the same legal form.

    A legal form may be abbreviated in one and spelled out in the other (``ДП`` and
    ``Державне підприємство``).
    """
    first, second = (_QUOTED_NAME.split(name, maxsplit=1)[0].split() for name in (one, other))
    if not first or not second:
        return False
    if first[0].lower() == second[0].lower():
        return True
    for acronym, words in ((first, second), (second, first)):
        if (
            len(acronym) == 1
            and is_acronym(acronym[0])
            and acronym[0] in initialisms(" ".join(words))
        ):
            return True
    return False


_MAX_ENDING = 3


def _declines(word: str, name: str | None) -> bool:
    """Return True when one-word ``word`` is ``name`` with a case ending (``Термосвіту``)."""
    if name is None or " " in name or " " in word or word == name:
        return False
    stem = name[:-1] if name[-1:].lower() in "аеєиіїоуюяь" else name
    return word.startswith(stem) and 0 < len(word) - len(stem) <= _MAX_ENDING


def _one_word_name(name: str) -> bool:
    """Return True for a one-word capitalised name that is no acronym (``Укрзализныця``).

    The dictionary cannot put every such name in the nominative (a Ukrainian company's name in
    a Russian text), so its other forms in the text are found by their case endings.
    """
    return " " not in name and _capitalised(name) and not is_acronym(name)


def _quoted_name(name: str) -> str | None:
    """Return the quoted part of an organisation's name (``X`` of ``ТОВ «X»``), or None."""
    found = _QUOTED_NAME.search(name)
    return None if found is None else found.group(1)


def _refer_back(
    registry: Registry, key: str, organization: OrganizationDraft, headline_end: int
) -> None:
    """Keep a utility's common noun only where it refers back to the company named before it.

    ``водоканал`` after ``КП «Сумиводоканал»`` is a second name of the one company of the text
    whose name holds the noun, as dev's ``рада`` after ``обласна рада``; before that name, or
    in a text that names no such company, the noun is the kind of service or its works
    (``відновлення водоканалу``), a generic reference like ``поліції`` in general, and no
    organisation: those mentions are dropped and their words freed. The headline ending at
    ``headline_end`` retells the body: a noun in it refers to the company the body names.
    """
    noun = organization.name
    holders = [
        other
        for other_key, other in registry.organizations.items()
        if other_key != key
        and other.kind is ParticipantKind.ORGANIZATION
        and other.mentions
        and noun in other.name.lower()
    ]
    later: list[Mention] = []
    if len(holders) == 1:
        named = min(m.start for m in holders[0].mentions)
        later = [m for m in organization.mentions if m.start > named or m.end <= headline_end]
    for mention in organization.mentions:
        if mention not in later:
            registry.covered.difference_update(range(mention.start, mention.end))
    if later:
        organization.mentions = later
        target = next(k for k, other in registry.organizations.items() if other is holders[0])
        _merge_into(registry, key, target)
    else:
        del registry.organizations[key]
        registry.organizations_renewed += 1


def _service_office(
    registry: Registry, key: str, organization: OrganizationDraft, service: str
) -> str | None:
    """Return the key of the one office of the national ``service`` the text named before.

    ``у поліції`` after ``ГУ Національної поліції в Одеській області`` is that office, as
    ``водоканал`` is the one utility named before (`_refer_back`): the bare noun
    (`organizations.find_service_nouns`) merges into the one organisation whose name holds the
    noun and which the text named before it. Several such offices, or none, leave it alone,
    and so does a region after the noun (``поліція Полтавської області``): that office is
    named, and may be another than the one before (``Патрульна поліція``).
    """
    first = min(m.start for m in organization.mentions)
    holders = [
        other_key
        for other_key, other in registry.organizations.items()
        if other_key != key
        and other.kind is ParticipantKind.ORGANIZATION
        and other.mentions
        and min(m.start for m in other.mentions) < first
        and any(service in _singular_lemmas(word) for word in other.name.split())
    ]
    return holders[0] if len(holders) == 1 else None


def _merge_into(registry: Registry, key: str, target: str) -> None:
    """Move the mentions of organisation ``key`` to ``target`` and forget ``key``."""
    organization = registry.organizations.pop(key)
    mentions = registry.organizations[target].mentions
    starts = {m.start for m in mentions}
    mentions.extend(m for m in organization.mentions if m.start not in starts)
    registry.aliases[organization.name] = target
