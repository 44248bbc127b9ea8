"""Broadcast captions: ``ОЛЕКСАНДР КОЛБ ЧЛЕН НАГЛЯДОВОЇ РАДИ KHARKIV IT CLUSTER``.

A caption is a person's name (first name, optional patronymic, surname) followed by a role,
all in capitals. Case is restored as Ukrainian spelling wants it:

* the name in title case (``Олександр Колб``);
* Ukrainian words of the role in lower case (``член наглядової ради``), including adjectives
  made from place names (``керівник харківського офісу``), which Ukrainian writes in lower case;
* a word keeps a capital when the same word, in any case, is written with one elsewhere in the
  item (pass the item's text as ``evidence``): ``ХАРКОВА`` is ``Харкова`` when the text writes
  ``у Харкові``;
* an adjective of a place's name before a place noun is capitalised, as in the names of
  districts and regions (``жителька Дарницького району``), and so is one before the level or
  territory of a public body or an acronym kept in capitals, as in the name of a body
  (``начальник Харківської обласної військової адміністрації``, ``Запорожской ОВА``);
* the first word inside quote marks is capitalised: a name in marks opens with a capital in
  both languages (``КП «Харківський метрополітен»``);
* acronyms stay upper case (``ХОДА``, ``ІТ``: known acronyms, dictionary abbreviations and short
  words the dictionary does not know);
* Latin-script names get title case with short words kept as acronyms (``Kharkiv IT Cluster``).
"""

from __future__ import annotations

import re
from collections import Counter

from attrs import frozen

from uanews.parser.language import pick
from uanews.parser.morph import parse_word
from uanews.parser.participants import lexicon_ru as ru
from uanews.parser.participants.lexicon import (
    GENERIC_ORGANIZATION_ADJECTIVES,
    LATIN_LOWER_WORDS,
    PLACE_NOUNS,
    PROPER_ADJECTIVE_ENDINGS,
    TERRITORIAL_ADJECTIVES,
)
from uanews.parser.participants.names import (
    NameSpan,
    analyse,
    find_names,
    name_gender,
    restore_case,
    tokenize,
)
from uanews.parser.participants.roles import (
    RolePhrase,
    find_roles,
    is_acronym,
    is_latin,
    is_role_noun,
    lemmas,
)

__all__ = ["Caption", "caption_roles", "parse_caption", "restore_caption_case"]

_LATIN_ACRONYM_LENGTH = 3
_CYRILLIC_ACRONYM_LENGTH = 4
_OPENING_QUOTES = ("«", "„", '"', "“")
_WORDS = re.compile(r"[^\W\d_]+(?:['ʼ’][^\W\d_]+)*")


@frozen
class Caption:
    """A parsed caption: the name found (offsets into the caption), the role and organisation.

    ``role`` and ``organization`` are in restored case; ``role`` includes the organisation.
    ``role_start`` is the offset of the role in the caption: ``role`` has the length of the
    caption's rest, so its offsets plus ``role_start`` are offsets into the caption.
    """

    name: NameSpan
    role: str | None
    organization: str | None
    role_start: int = 0


@frozen
class _Evidence:
    """How the item writes its words inside sentences: per form and per lemma."""

    forms: dict[str, Counter[str]]
    capitalised_lemmas: frozenset[str]


def _caption_word(
    word: str, evidence: _Evidence, following: str | None, *, quoted: bool = False
) -> str:
    """Return one upper-case caption word in the case ordinary text would give it.

    ``following`` is the next word of the caption (upper case too), or None; ``quoted`` is
    True for the first word inside quote marks, which opens a name.
    """
    if not word.isupper():
        return word
    lowered = word.lower()
    seen = evidence.forms.get(lowered)
    if seen:
        return seen.most_common(1)[0][0]
    if is_latin(word):
        if lowered in LATIN_LOWER_WORDS:
            return lowered
        return word if len(word) <= _LATIN_ACRONYM_LENGTH else restore_case(word)
    if len(word) <= _CYRILLIC_ACRONYM_LENGTH and is_acronym(word):
        return word
    # A proper noun the text writes with a capital in another case (``ЛЬВОВА`` and ``у
    # Львові``), or the adjective of a district's name (``ДАРНИЦЬКОГО РАЙОНУ``).
    proper = (
        quoted
        or bool(_noun_lemmas(lowered) & evidence.capitalised_lemmas)
        or (following is not None and _place_adjective(lowered, following.lower()))
    )
    return restore_case(word) if proper else lowered


def _place_adjective(word: str, following: str) -> bool:
    """Return True for an adjective of a place's name before a place noun (``Дарницького району``).

    Ukrainian capitalises such an adjective in the name of a district or a region; a generic
    one (``міського``) stays in lower case. The name of a public body opens with the adjective
    of its place too, before the body's level (``Харківської обласної ради``, ``Запорожского
    городского совета``) or its acronym, which a caption keeps in capitals (``ЗАПОРІЗЬКОЇ ОВА``);
    before another noun (``харківського офісу``) it stays in lower case.
    """
    following_lemmas = lemmas(following)
    head = (
        following_lemmas & pick(PLACE_NOUNS, ru.PLACE_NOUNS)
        or following_lemmas & pick(TERRITORIAL_ADJECTIVES, ru.TERRITORIAL_ADJECTIVES)
        or (len(following) <= _CYRILLIC_ACRONYM_LENGTH and is_acronym(following.upper()))
    )
    if not head:
        return False
    endings = pick(PROPER_ADJECTIVE_ENDINGS, ru.PROPER_ADJECTIVE_ENDINGS)
    return any(
        parse.tag.POS == "ADJF"
        and str(parse.normal_form).endswith(endings)
        and str(parse.normal_form)
        not in pick(GENERIC_ORGANIZATION_ADJECTIVES, ru.GENERIC_ORGANIZATION_ADJECTIVES)
        for parse in parse_word(word)
    )


def _evidence(text: str) -> _Evidence:
    """Return how often each written form occurs inside sentences, and the capitalised lemmas.

    Upper-case lines (other captions) and words right after a sentence end are skipped: their
    capitals tell nothing about the word.
    """
    forms: dict[str, Counter[str]] = {}
    capitalised: set[str] = set()
    for line in text.splitlines():
        if line.isupper():
            continue
        for token in tokenize(line):
            before = line[: token.start].rstrip(' «"„“(—–-')
            if not before or before[-1] in ".!?…:":
                continue
            forms.setdefault(token.text.lower(), Counter())[token.text] += 1
            if token.text[:1].isupper() and not token.text.isupper():
                capitalised.update(_noun_lemmas(token.text))
    return _Evidence(forms, frozenset(capitalised))


def _noun_lemmas(word: str) -> frozenset[str]:
    """Return the noun lemmas of ``word``: adjectives are capitalised only inside names."""
    return frozenset(
        str(parse.normal_form) for parse in parse_word(word.lower()) if parse.tag.POS == "NOUN"
    )


def restore_caption_case(text: str, evidence: str = "") -> str:
    """Return an upper-case caption fragment in ordinary case (see the module docstring)."""
    counts = _evidence(evidence)
    words = list(_WORDS.finditer(text))
    parts: list[str] = []
    position = 0
    for index, match in enumerate(words):
        following = words[index + 1].group() if index + 1 < len(words) else None
        gap = text[position : match.start()]
        quoted = gap.rstrip().endswith(_OPENING_QUOTES)
        parts.append(gap)
        parts.append(_caption_word(match.group(), counts, following, quoted=quoted))
        position = match.end()
    parts.append(text[position:])
    return "".join(parts)


def parse_caption(caption: str, evidence: str = "") -> Caption | None:
    """Return the name, role and organisation of a broadcast caption, or None if no name.

    ``evidence`` is ordinary text (the item's body) used to decide which words keep a capital.
    """
    names = find_names(caption)
    name = names[0] if names and names[0].start == 0 else _name_before_role(caption)
    if name is None:
        return None
    tail = caption[name.end :].strip()
    if not tail:
        return Caption(name=name, role=None, organization=None)
    role_start = caption.index(tail, name.end)
    role = restore_caption_case(tail, evidence)
    organization = None
    for phrase in find_roles(role):
        if phrase.organization is not None:
            organization = phrase.organization
            break
    return Caption(name=name, role=role, organization=organization, role_start=role_start)


_NAME_WORDS = 2
"""The words of a name the dictionary does not know that a caption's role may follow."""


def _name_before_role(caption: str) -> NameSpan | None:
    """Return a caption's first two words as a name when a role noun comes right after them.

    The layout is fixed: name, then role (``ТУРЕ ХАУГЕН КЕРІВНИК ПРОГРАМ ...``). A foreign name
    the dictionary does not read as one, or a surname it reads as another word after a first
    name it knows (``ОЛЕНА ПАСТУЩИН ЛІКАРКА``), is still the name when the word after it is a
    role noun: the two words are a first name and a surname.
    """
    words = list(_WORDS.finditer(caption))
    if len(words) <= _NAME_WORDS or words[0].start() != 0:
        return None
    role = words[_NAME_WORDS].group().lower()
    if not is_role_noun(role) or not _nominative_noun(role):
        return None
    first, surname = (match.group() for match in words[:_NAME_WORDS])
    if not (_first_name(first) or (_name_like(first) and _name_like(surname))):
        return None  # ``ОСТАННІ НОВИНИ``: words the dictionary reads as no name
    if is_role_noun(first.lower()) or is_role_noun(surname.lower()):
        return None
    if len(surname) <= _CYRILLIC_ACRONYM_LENGTH and is_acronym(surname):
        return None  # ``ГУ ДСНС КЕРІВНИК``: a body's acronym, no surname (all is in capitals)
    end = words[_NAME_WORDS - 1].end()
    nominative = [restore_case(first), restore_case(surname)]
    return NameSpan.of_words(caption, 0, end, nominative, name_gender(nominative[0]))


def _nominative_noun(word: str) -> bool:
    """Return True if the dictionary reads ``word`` as a noun in the nominative.

    A few Ukrainian entries (``директор``) give the nominative singular no case grammeme.
    """
    return any(
        "NOUN" in parse.tag and parse.tag.case in {"nomn", None} for parse in parse_word(word)
    )


def _first_name(word: str) -> bool:
    """Return True if the dictionary knows ``word`` as a nominative first name (``ОЛЕНА``)."""
    return any(
        reading.kind == "Name" and reading.known and reading.case in {"nomn", None}
        for reading in analyse(word).readings
    )


def _name_like(word: str) -> bool:
    """Return True if the dictionary does not know ``word`` or reads it as a name."""
    info = analyse(word)
    return not info.known or any(
        reading.kind in {"Name", "Surn", "Patr"} and reading.known for reading in info.readings
    )


def caption_roles(caption: str, evidence: str = "") -> list[RolePhrase]:
    """Return the role phrases of a broadcast caption, read in restored case.

    A caption writes its role in capitals (``ДИРЕКТОРКА КП «X»``), where the role rules,
    which read word forms in ordinary case, find nothing; its role in restored case has the
    length of the caption's rest, so the phrases found there carry offsets into ``caption``
    (their texts are in restored case). A caption without a name or a role has none.
    """
    parsed = parse_caption(caption, evidence)
    if parsed is None or parsed.role is None:
        return []
    restored = caption[: parsed.role_start] + parsed.role
    if len(restored) != len(caption):
        return []
    return find_roles(restored, parsed.role_start, len(restored))
