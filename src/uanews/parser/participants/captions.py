"""Broadcast captions: ``ОЛЕКСАНДР КОЛБ ЧЛЕН НАГЛЯДОВОЇ РАДИ KHARKIV IT CLUSTER``.

A caption is a person's name (first name, optional patronymic, surname) followed by a role,
all in capitals. Case is restored as Ukrainian spelling wants it:

* the name in title case (``Олександр Колб``);
* Ukrainian words of the role in lower case (``член наглядової ради``), including adjectives
  made from place names (``керівник харківського офісу``), which Ukrainian writes in lower case;
* a word keeps a capital when the same word is written with one elsewhere in the item
  (pass the item's text as ``evidence``): ``Харкова`` stays ``Харкова``;
* acronyms stay upper case (``ХОДА``, ``ІТ``: known acronyms, dictionary abbreviations and short
  words the dictionary does not know);
* Latin-script names get title case with short words kept as acronyms (``Kharkiv IT Cluster``).
"""

from __future__ import annotations

import re
from collections import Counter

from attrs import frozen

from uanews.parser.participants.lexicon import LATIN_LOWER_WORDS
from uanews.parser.participants.names import NameSpan, find_names, restore_case, tokenize
from uanews.parser.participants.roles import find_roles, is_acronym, is_latin

__all__ = ["Caption", "parse_caption", "restore_caption_case"]

_LATIN_ACRONYM_LENGTH = 3
_CYRILLIC_ACRONYM_LENGTH = 4
_WORDS = re.compile(r"[^\W\d_]+(?:['ʼ’][^\W\d_]+)*")


@frozen
class Caption:
    """A parsed caption: the name found (offsets into the caption), the role and organisation.

    ``role`` and ``organization`` are in restored case; ``role`` includes the organisation.
    """

    name: NameSpan
    role: str | None
    organization: str | None


def _caption_word(word: str, evidence: dict[str, Counter[str]]) -> str:
    """Return one upper-case caption word in the case ordinary text would give it."""
    if not word.isupper():
        return word
    lowered = word.lower()
    seen = evidence.get(lowered)
    if seen:
        return seen.most_common(1)[0][0]
    if is_latin(word):
        if lowered in LATIN_LOWER_WORDS:
            return lowered
        return word if len(word) <= _LATIN_ACRONYM_LENGTH else restore_case(word)
    if len(word) <= _CYRILLIC_ACRONYM_LENGTH and is_acronym(word):
        return word
    return lowered


def _evidence(text: str) -> dict[str, Counter[str]]:
    """Return, per lower-cased word, how often each written form occurs inside sentences.

    Upper-case lines (other captions) and words right after a sentence end are skipped: their
    capitals tell nothing about the word.
    """
    forms: dict[str, Counter[str]] = {}
    for line in text.splitlines():
        if line.isupper():
            continue
        for token in tokenize(line):
            before = line[: token.start].rstrip(' «"„“(—–-')
            if not before or before[-1] in ".!?…:":
                continue
            forms.setdefault(token.text.lower(), Counter())[token.text] += 1
    return forms


def restore_caption_case(text: str, evidence: str = "") -> str:
    """Return an upper-case caption fragment in ordinary case (see the module docstring)."""
    counts = _evidence(evidence)

    return _WORDS.sub(lambda match: _caption_word(match.group(), counts), text)


def parse_caption(caption: str, evidence: str = "") -> Caption | None:
    """Return the name, role and organisation of a broadcast caption, or None if no name.

    ``evidence`` is ordinary text (the item's body) used to decide which words keep a capital.
    """
    names = find_names(caption)
    if not names or names[0].start != 0:
        return None
    name = names[0]
    tail = caption[name.end :].strip()
    if not tail:
        return Caption(name=name, role=None, organization=None)
    role = restore_caption_case(tail, evidence)
    organization = None
    for phrase in find_roles(role):
        if phrase.organization is not None:
            organization = phrase.organization
            break
    return Caption(name=name, role=role, organization=organization)
