"""People: speakers named in broadcast captions and full names found in the body.

Captions come first (they give a name, a role and the speaker of their paragraph), then full
names in any case, merged into one person per surname and first name, then foreign names the
dictionary does not know, taken by their position (`foreign_names`), then lone surnames and
first names that repeat a person already found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from uanews.align import Block
from uanews.model import Mention, NewsItem
from uanews.parser.document import BLOCK_SCREENS, Screen, forms
from uanews.parser.language import current_language, pick, reading_at
from uanews.parser.lexicon_sentences import GENITIVE_BINDING
from uanews.parser.morph import listed, parse_word
from uanews.parser.participants import lexicon_ru as ru
from uanews.parser.participants.captions import Caption, parse_caption
from uanews.parser.participants.foreign_names import find_foreign_names
from uanews.parser.participants.lexicon import (
    COORDINATORS,
    NAME_APPOSITION_NOUNS,
    PLACE_NAME_ABBREVIATIONS,
    PLACE_NAME_MARKERS,
    PLACE_NOUNS,
    SETTLEMENT_ABBREVIATIONS,
    SETTLEMENT_NAME_MARKERS,
)
from uanews.parser.participants.names import (
    NameSpan,
    Token,
    analyse,
    find_names,
    guess_nominative_surname,
    is_capitalised,
    restore_case,
    sentence_initial,
    surname_nominative,
    tokenize,
)
from uanews.parser.participants.organizations import (
    find_organization_phrases,
    find_quoted_organizations,
)
from uanews.parser.participants.registry import PersonDraft, Registry
from uanews.parser.participants.role_links import organization_like
from uanews.parser.participants.roles import (
    is_acronym,
    is_role_noun,
    lemmas,
    place_adjective_before,
)
from uanews.parser.sentences import genitive_follows

__all__ = ["find_people", "read_captions"]

_PLACE_NAME_ABBREVIATION = re.compile(r"([^\W\d_]+)\.\s*$")


def read_captions(
    item: NewsItem, blocks: Sequence[Block], registry: Registry
) -> dict[int, PersonDraft]:
    """Add the people of broadcast captions; return the speaker of each captioned paragraph."""
    text = registry.text
    speakers: dict[int, PersonDraft] = {}
    for block in blocks:
        if block.kind != "caption" or block.paragraph is None:
            continue
        caption = text[block.start : block.end]
        parsed = parse_caption(caption, evidence=text)
        if parsed is None:
            continue
        name = parsed.name
        shifted = NameSpan(
            start=name.start + block.start,
            end=name.end + block.start,
            text=name.text,
            name=name.name,
            first=name.first,
            patronymic=name.patronymic,
            surname=name.surname,
            gender=name.gender,
        )
        person = registry.add_name(shifted)
        person.role = person.role or parsed.role
        organization = _caption_organizations(caption, block.start, parsed, registry)
        if organization is not None:
            person.organization = person.organization or organization
        registry.covered.update(range(block.start, block.end))
        speakers[block.paragraph] = person
    del item
    return speakers


def _caption_organizations(
    caption: str, offset: int, parsed: Caption, registry: Registry
) -> str | None:
    """Add the organisations of a caption's role, read in the role's restored case.

    The caption writes them in capitals, where no rule sees a proper name; the role in
    ordinary case (`parse_caption`) is as long as the caption's rest, so a name the body's
    rules find in it is mentioned at the same place in the caption: a quoted name with its
    legal form (``КП «ХАРКІВСЬКИЙ МЕТРОПОЛІТЕН»``) and a proper-name phrase (``ХАРКІВСЬКОЇ
    ОБЛАСНОЇ РАДИ``). The organisation of the role's complement is added as the body's role
    links add it, when it names one (`organization_like`: not the city of ``міський голова
    Миколаєва``) or ends in an acronym kept in capitals (``ЗАПОРІЗЬКОЇ ОВА``).

    Returns the person's organisation: the role's, widened to the body found around it
    (``Запорожского городского совета``, where the role's complement stops short).
    """
    organization = parsed.organization
    if parsed.role is not None:
        restored = caption[: parsed.role_start] + parsed.role
        if len(restored) == len(caption):
            start, end = parsed.role_start, len(restored)
            found = [
                *find_quoted_organizations(restored, start, end),
                *find_organization_phrases(restored, start, end),
            ]
            for body in found:
                written = caption[body.start : body.end]
                mention = Mention(written, offset + body.start, offset + body.end)
                registry.add_organization(body.name, mention)
                whole = restored[body.start : body.end]
                if organization is not None and organization in whole:
                    organization = whole
    name = parsed.organization
    if name is not None and (organization_like(name) or is_acronym(name.split()[-1])):
        _caption_organization(caption, offset, name, registry)
    return organization


def _caption_organization(caption: str, offset: int, name: str, registry: Registry) -> None:
    """Add the organisation ``name`` at the place the caption writes it in capitals."""
    where = caption.lower().rfind(name.lower())
    if where >= 0:
        start = offset + where
        written = caption[where : where + len(name)]
        registry.add_organization(name, Mention(written, start, start + len(name)))


def _in_place_name(text: str, found: NameSpan) -> bool:
    """Return True for a name that is part of a place's name (``вулиці Шевченка``, ``ім. X``).

    The name follows a place marker or its abbreviation (``вул.``, ``м.``), or stands in a
    list of names that a place noun opens (``з міст Брест, Ліда та Мінськ``).
    """
    before = text[max(0, found.start - _PLACE_REACH) : found.start]
    abbreviation = _PLACE_NAME_ABBREVIATION.search(before)
    if abbreviation is not None:
        word = abbreviation.group(1).lower()
        language = current_language()
        if word in GENITIVE_BINDING.get(language, ()):  # ``им.``, also the pronoun ``им``
            return genitive_follows(text, found.start, language)
        return word in pick(PLACE_NAME_ABBREVIATIONS, ru.PLACE_NAME_ABBREVIATIONS) or word in pick(
            SETTLEMENT_ABBREVIATIONS, ru.SETTLEMENT_ABBREVIATIONS
        )
    words = tokenize(before)
    if not words:
        return False
    # The marker stands on the name's line: a headline ending in ``сквер`` names no square
    # after it in the paragraph below.
    gap = before[words[-1].end :]
    adjacent = gap.isspace() and "\n" not in gap
    if adjacent and _place_marker(words[-1].text):
        return not _holder_of_place(before, words, found)
    if adjacent and not _full_name(text, found) and _settlement_marker(before, words):
        return True
    return _listed_after_place_noun(before, words)


def _holder_of_place(before: str, words: Sequence[Token], found: NameSpan) -> bool:
    """Return True for a full name in the nominative after a person's noun and a place marker.

    ``Підрядник мосту Сергій Лозинчук``, ``директор парку Олег Мостовий``: the marker is the
    complement of the role or person noun before it, and the name is that person's; a place's
    namesake stands in the genitive (``мосту Патона``, ``парку Івана Франка``).
    """
    if found.first is None or found.surname is None or found.text != found.name:
        return False
    if len(words) < 2 or not before[words[-2].end : words[-1].start].isspace():
        return False
    previous = words[-2].text
    return is_role_noun(previous) or _person_noun(previous)


def _full_name(text: str, found: NameSpan) -> bool:
    """Return True for a first name with a surname: a person's, even after a settlement noun.

    A village is named by one word or by an adjective and a noun (``Зоряне``, ``Нова
    Басань``), never by a first name and a surname (``у селі Марія Петренко відкрила``). A
    "surname" that is a place adjective before its noun (``села Зоряне Синельниковского
    района``) makes no full name.
    """
    if found.first is None or found.surname is None:
        return False
    last = text[found.start : found.end].rsplit(maxsplit=1)[-1]
    following = _NEXT_WORD.match(text, found.end)
    if following is None:
        return True
    with reading_at(found.start):
        return not place_adjective_before(last, following.group(1))


def _settlement_marker(before: str, words: Sequence[Token]) -> bool:
    """Return True when ``before`` ends in a settlement noun no person's noun governs.

    ``возле села Зоряне``: the name is the village's (`lexicon.SETTLEMENT_NAME_MARKERS`);
    ``староста села Иван Петренко``: the name is the headman's.
    """
    if not lemmas(words[-1].text) & pick(SETTLEMENT_NAME_MARKERS, ru.SETTLEMENT_NAME_MARKERS):
        return False
    if len(words) < 2 or not before[words[-2].end : words[-1].start].isspace():
        return True
    previous = words[-2].text
    return not (is_role_noun(previous) or _person_noun(previous))


def _person_noun(word: str) -> bool:
    """Return True when the likeliest reading of ``word`` is an animate noun (``жителей``)."""
    parses = parse_word(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN" and "anim" in parses[0].tag


_PLACE_REACH = 80
_LIST_GAP = re.compile(r"\s*(?:,|і|й|та)\s*|\s+")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _place_adjective(text: str, found: NameSpan) -> bool:
    """Return True for one word read as a surname that is an adjective of a place's name.

    ``Малиновская громада``: see `roles.place_adjective_before`. Two such adjectives joined by
    a conjunction share the plural noun after the second (``Липовецкая и Гайсинская
    громады``): each agrees with it in case and gender as it would with the singular.
    """
    word = text[found.start : found.end]
    if " " in word:
        return False
    following = _NEXT_WORD.match(text, found.end)
    with reading_at(found.start):
        listed = _listed_adjectives(text, found.end)
        if listed is not None:
            adjectives, noun = listed
            # The first and the last of the list are enough to tell: the words between may be
            # compounds the dictionary does not read (``Середино-Будская``).
            return place_adjective_before(word, noun) and place_adjective_before(
                adjectives[-1], noun
            )
        return following is not None and place_adjective_before(word, following.group(1))


_LIST_WORD = re.compile(r"[ \t]*(,?)[ \t]*([^\W\d_]+(?:-[^\W\d_]+)*)")
_MAX_LISTED = 8  # adjectives in one list before their noun


def _listed_adjectives(text: str, end: int) -> tuple[list[str], str] | None:
    """Return the capitalised words listed after ``end`` and the noun that ends the list.

    ``Липовецкая, Гайсинская и Немировская громады``: after the first word, words
    joined by commas and a last conjunction, then a lower-case word. None when no list follows.
    """
    items: list[str] = []
    joined = False  # a conjunction came: the next word is the last item
    cursor = end
    while len(items) <= _MAX_LISTED:
        found = _LIST_WORD.match(text, cursor)
        if found is None:
            return None
        comma, word = found.groups()
        cursor = found.end()
        if not comma and not joined and word in pick(COORDINATORS, ru.COORDINATORS):
            joined = True
        elif is_capitalised(word) and (comma or joined):
            items.append(word)
            if joined:
                noun = _NEXT_WORD.match(text, cursor)
                return (items, noun.group(1)) if noun is not None else None
        else:
            return None
    return None


def _place_marker(word: str) -> bool:
    """Return True for a word after which a name is part of a place's name."""
    lowered = word.lower()
    return lowered in pick(PLACE_NAME_MARKERS, ru.PLACE_NAME_MARKERS) or bool(
        lemmas(lowered) & pick(PLACE_NAME_MARKERS, ru.PLACE_NAME_MARKERS)
    )


def _listed_after_place_noun(before: str, words: Sequence[Token]) -> bool:
    """Return True when ``before`` ends in ``<place noun> X, Y та`` (names in a list of places)."""
    cursor = len(words) - 1
    if (
        words[cursor].text not in pick(COORDINATORS, ru.COORDINATORS)
        and before[words[cursor].end :].strip() != ","
    ):
        # The name must follow a list separator; ``з міст Брест, Ліда`` or ``Брест та``.
        return False
    while cursor >= 0:
        word = words[cursor]
        if word.text in pick(COORDINATORS, ru.COORDINATORS) or is_capitalised(word.text):
            cursor -= 1
            continue
        gap_ok = all(
            _LIST_GAP.fullmatch(before[left.end : right.start])
            for left, right in zip(words[cursor:-1], words[cursor + 1 :], strict=True)
        )
        return (
            gap_ok
            and cursor < len(words) - 1
            and bool(lemmas(word.text) & pick(PLACE_NOUNS, ru.PLACE_NOUNS))
        )
    return False


def find_people(body: Sequence[Block], registry: Registry) -> None:
    """Add the people named in the body: full names first, then lone repeated words."""
    text = registry.text
    # Read over the whole body at once: an oblique form takes a nominative written elsewhere.
    foreign_names = find_foreign_names(text, [(block.start, block.end) for block in body])
    starts = [found.start for found in foreign_names]
    for block in body:
        shared: tuple[int, int] | None = None
        foreign = foreign_names[
            bisect.bisect_left(starts, block.start) : bisect.bisect_left(starts, block.end)
        ]
        with reading_at(block.start):  # each block in its own language
            names = _with_foreign(text, find_names(text, block.start, block.end), foreign)
        for found in names:
            if _in_place_name(text, found) or _place_adjective(text, found):
                registry.covered.update(range(found.start, found.end))
            elif not registry.overlaps(found.start, found.end) or shared == (
                found.start,
                found.end,
            ):
                # Coordinated first names with one surname share their span.
                registry.add_name(found)
                shared = (found.start, found.end)
    for found in foreign_names:
        if not registry.overlaps(found.start, found.end):
            registry.add_name(found)
    registry.merge_case_variants()
    _add_apposed_and_lone(body, registry)


def _with_foreign(
    text: str, names: Sequence[NameSpan], foreign_names: Sequence[NameSpan]
) -> list[NameSpan]:
    """Return ``names`` each widened to the foreign name it is part of (`_extended`), once each.

    Two known names inside one foreign name (``Маєю`` and ``Маєю Чобану``) give it once.
    """
    found: list[NameSpan] = []
    widened: set[tuple[int, int]] = set()
    starts = [foreign.start for foreign in foreign_names]
    for known in names:
        # The foreign names do not overlap and come in order: only the one that opens last at
        # or before ``known`` can hold or reach into it.
        at = bisect.bisect_right(starts, known.start)
        name = _extended(text, known, foreign_names[max(0, at - 1) : at])
        if name is not known:
            if (name.start, name.end) in widened:
                continue
            widened.add((name.start, name.end))
        found.append(name)
    return found


def _extended(text: str, found: NameSpan, foreign_names: Sequence[NameSpan]) -> NameSpan:
    """Return ``found`` with the words of a foreign name that opens before it and runs into it.

    ``Посол Индии Харш Кумар Джайн``: the dictionary knows ``Кумар Джайн`` as a first name and
    a surname, the foreign name found after the role (`find_foreign_names`) is ``Харш Кумар``
    or the whole run; the name is all the words, the earlier given name first. A run right
    after a role noun may open with the role's complement (``мэр Люблина Томаш Барчак``): no
    word of it is taken, unless the known name opens the foreign one (``посол Свен Гальвардсен
    Естлунд``: a double surname after the known pair). A foreign name of the same words
    whose first word the dictionary does not list is returned instead: its nominative is read
    from the context (the endings after ``з``, the form after a speech verb), not guessed. A
    foreign name that holds
    ``found`` and more is returned instead
    (``Маєю Чобану``). Any other name is returned as it is.
    """
    for foreign in foreign_names:
        if (foreign.start, foreign.end) == (found.start, found.end):
            if foreign.name != found.name and not listed(found.text.split()[0].lower()):
                return foreign  # ``Аушрою Мацейкене``: read by its endings, not a guess
            continue
        if foreign.start == found.start and found.end < foreign.end:
            return foreign  # ``Свен Гальвардсен Естлунд``: the known name opens a longer one
        if _after_role_noun(text, foreign.start):
            continue
        if foreign.start <= found.start and found.end <= foreign.end:
            return foreign  # ``Маєю Чобану``: the known first name is part of a foreign name
        if foreign.start < found.start < foreign.end <= found.end:
            before = text[foreign.start : found.start].split()
            tail = found.name.split()
            if sorted(tail) == sorted(found.text.split()):
                tail = found.text.split()  # in the order written: the given names first
            words = [*before, *tail]
            return NameSpan.of_words(text, foreign.start, found.end, words, found.gender)
    return found


_WORD_REACH = 40  # characters before a name that hold the word before it


def _after_role_noun(text: str, start: int) -> bool:
    """Return True when the word right before ``start`` is a role noun or its complement.

    A lower-case word between the role noun and ``start`` is the role's complement (``війт
    гміни``, ``директор компании``): a capitalised word after it is the complement's own name
    (the commune's, the firm's), as a city's is after the role itself (``мэр Люблина``).
    """
    before = [
        word.strip(",.;:()«»\"'") for word in text[max(0, start - _WORD_REACH) : start].split()
    ]
    if before and is_role_noun(before[-1]):
        return True
    return len(before) > 1 and before[-1].islower() and is_role_noun(before[-2])


def _add_apposed_and_lone(body: Sequence[Block], registry: Registry) -> None:
    """Add names in apposition to kinship and courtesy nouns, then lone repeated words."""
    text = registry.text
    for block in body:
        for found in _named_by_apposition(text, block.start, block.end):
            if not registry.overlaps(found.start, found.end):
                registry.add_name(found)
        for found in _first_names_after_person_nouns(text, block.start, block.end):
            if not registry.overlaps(found.start, found.end):
                registry.add_name(found)
    for block in body:
        capitalised = _LONE_CANDIDATES.passing(forms(text, block.start, block.end))
        if not capitalised:
            continue
        for token in tokenize(text, block.start, block.end):
            if token.text in capitalised:
                registry.add_lone_word(_name_part(token))


def _first_names_after_person_nouns(text: str, start: int, end: int) -> Iterator[NameSpan]:
    """Yield first names given alone in apposition to a lower-case noun of a person.

    ``– каже вінничанка Оксана``, ``пенсионерка Анна рассказала``: reporters name the people of a
    street interview by a noun of who they are (a resident, a pensioner, a volunteer) and a
    first name. A capitalised word in mid-sentence right after an animate singular noun, that
    the dictionary knows as a first name of the noun's gender and that no capitalised word
    follows (a surname would make a full name, `find_names`' business), is that person's first
    name; the capital rules out the word's common readings (``марина``, a seascape).
    """
    candidates = _FIRST_NAME_FORMS.passing(forms(text, start, end))
    if not candidates:
        return
    tokens = tokenize(text, start, end)
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.text not in candidates or sentence_initial(text, token.start):
            continue
        noun = tokens[index - 1]
        gap = text[noun.end : token.start]
        if not gap.isspace() or "\n" in gap or not noun.text.islower():
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            following is not None
            and is_capitalised(following.text)
            and text[token.end : following.start].isspace()
        ):
            continue
        case, gender = _person_case_and_gender(noun.text)
        if case is None or not any(
            reading.kind == "Name"
            and reading.known
            and (reading.case, reading.gender) == (case, gender)
            for reading in analyse(token.text).readings
        ):
            continue
        yield _apposed(token, case, gender)


def _first_name_form(word: str) -> bool:
    """Return True for a capitalised form the dictionary knows as a first name."""
    return (
        is_capitalised(word)
        and not word.isupper()
        and any(reading.kind == "Name" and reading.known for reading in analyse(word).readings)
    )


_FIRST_NAME_FORMS = Screen(_first_name_form, family=BLOCK_SCREENS, only=is_capitalised)


def _person_case_and_gender(noun: str) -> tuple[str | None, str | None]:
    """Return the case and gender of a noun's animate singular reading, if it is a noun.

    Names, patronymics, surnames and role nouns are no such noun here: a name after a role
    noun is the role holder's, which the role rules read.
    """
    parses = parse_word(noun)
    if not parses or parses[0].tag.POS != "NOUN" or is_role_noun(noun):
        return None, None
    for parse in parses:
        tag = parse.tag
        if (
            tag.POS == "NOUN"
            and "anim" in tag
            and "plur" not in tag
            and not any(kind in tag for kind in ("Name", "Surn", "Patr"))
            and tag.case is not None
            and tag.gender is not None
        ):
            return str(tag.case), str(tag.gender)
    return None, None


def _lone_candidate(word: str) -> bool:
    """Return True for a capitalised word not all in capitals: it may repeat a name."""
    return is_capitalised(word) and not word.isupper()


_LONE_CANDIDATES = Screen(_lone_candidate, family=BLOCK_SCREENS, only=is_capitalised)


def _name_part(token: Token) -> Token:
    """Return the name in ``Шевченка-художника`` (a name joined to a role by a hyphen)."""
    first, _, rest = token.text.partition("-")
    if rest and rest[:1].islower() and is_role_noun(rest):
        return Token(first, token.start, token.start + len(first))
    return token


def _named_by_apposition(text: str, start: int, end: int) -> Iterator[NameSpan]:
    """Yield names standing in apposition to a kinship or courtesy noun.

    ``пана Енгельгарта``, ``брати Саїт, Дилявер та Еслет``, ``прізвище Смаглій``: the
    capitalised words right after such a noun (and those listed after them) name people, even
    when the dictionary does not know them. A first name is read as one, anything else as a
    surname, in the nominative as far as morphology tells.
    """
    nouns = _APPOSITION_NOUNS.passing(forms(text, start, end))
    if not nouns:
        return
    tokens = tokenize(text, start, end)
    index = 0
    while index < len(tokens) - 1:
        noun = tokens[index]
        if noun.text not in nouns:
            index += 1
            continue
        cursor = index + 1
        case, gender = _case_and_gender(noun.text)
        found: list[NameSpan] = []
        while cursor < len(tokens) and _apposed_name(text, tokens, cursor):
            found.append(_apposed(tokens[cursor], case, gender))
            following = cursor + 1
            if following < len(tokens) and _LIST_GAP.fullmatch(
                text[tokens[cursor].end : tokens[following].start]
            ):
                cursor = following
                if tokens[cursor].text in pick(COORDINATORS, ru.COORDINATORS):
                    cursor += 1
                continue
            break
        if len(found) > 1 or not _plural(noun.text):
            # ``брати Кутраппалі``: one name after a plural noun is the family's, no person.
            yield from found
        index = cursor


def _apposition_noun(word: str) -> bool:
    """Return True for a kinship or courtesy noun a name may stand in apposition to."""
    return bool(lemmas(word) & pick(NAME_APPOSITION_NOUNS, ru.NAME_APPOSITION_NOUNS))


_APPOSITION_NOUNS = Screen(_apposition_noun, family=BLOCK_SCREENS)


def _apposed_name(text: str, tokens: Sequence[Token], cursor: int) -> bool:
    """Return True when ``tokens[cursor]`` can be a name in apposition (see above)."""
    token = tokens[cursor]
    gap = text[tokens[cursor - 1].end : token.start]
    if "\n" in gap or not is_capitalised(token.text) or token.text.isupper():
        return False
    if sentence_initial(text, token.start) or is_role_noun(token.text):
        return False
    info = analyse(token.text)
    return not info.known or bool(info.readings)


def _plural(noun: str) -> bool:
    """Return True when the likeliest noun reading of ``noun`` is plural (``брати``)."""
    parses = [p for p in parse_word(noun.lower()) if p.tag.POS == "NOUN"]
    return bool(parses) and parses[0].tag.number == "plur"


def _case_and_gender(noun: str) -> tuple[str | None, str | None]:
    """Return the case and gender of a singular apposition noun (``пана``: gent, masc).

    A plural noun (``брати``) gives no case: its names are taken as written.
    """
    parses = [p for p in parse_word(noun.lower()) if p.tag.POS == "NOUN"]
    if not parses or any(p.tag.number == "plur" for p in parses[:1]):
        return None, None
    return (None if parses[0].tag.case is None else str(parses[0].tag.case)), (
        None if parses[0].tag.gender is None else str(parses[0].tag.gender)
    )


def _apposed(token: Token, case: str | None, gender: str | None) -> NameSpan:
    """Return the name one apposed word spells, a first name or a surname, in the nominative.

    The word agrees in case with its noun; a first name the dictionary knows gives its lemma
    in that case, an unknown surname has its ending undone for that case and gender.
    """
    info = analyse(token.text)
    lowered = token.text.lower()
    names = [r for r in info.readings if r.kind == "Name" and r.known]
    names.sort(key=lambda r: (r.case != (case or "nomn"), r.lemma != lowered))
    if names:
        name = restore_case(names[0].lemma)
        return NameSpan(token.start, token.end, token.text, name, name, None, None, names[0].gender)
    surnames = [r for r in info.readings if r.kind == "Surn" and r.known]
    # The reading that agrees with the noun first: ``госпожа Петрова`` is a woman's nominative,
    # not the genitive of ``Петров``.
    surnames.sort(
        key=lambda r: (r.case != (case or "nomn"), gender is not None and r.gender != gender)
    )
    surname = next(iter(surnames), None)
    if surname is not None:
        name = restore_case(surname.lemma)
    elif case is not None:
        name = surname_nominative(token.text, case, gender)
    else:
        name = guess_nominative_surname(token.text)
    return NameSpan(token.start, token.end, token.text, name, None, None, name, gender)
