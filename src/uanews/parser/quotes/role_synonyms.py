"""Role synonyms: ``мер`` and ``міський голова`` name one office (`lexicon.ROLE_SYNONYMS`).

A phrase matches words when each word has the phrase's lemma among its lemmas (a feminine
role noun counts as its masculine lemma: ``заступниця`` is ``заступник``).
"""

from __future__ import annotations

from collections.abc import Sequence

from uanews.parser.language import language_cache, pick
from uanews.parser.morph import parse_word
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.lexicon import ROLE_SYNONYMS
from uanews.parser.quotes.speaker_context import Mentions
from uanews.parser.quotes.speaker_grammar import is_role_noun, lemmas, masculine
from uanews.parser.quotes.text import WORD

__all__ = [
    "common_words",
    "groups_at",
    "longest_at",
    "role_field",
    "role_groups",
    "synonym_holders",
    "word_synonyms",
]

_WHOLE = "^"
_FIELD_STEM = 5
"""Letters of a field noun that stay the same in every case (``оборони`` / ``обороною``)."""


def role_field(words: Sequence[str]) -> frozenset[str]:
    """Return the field of a role: the stems of its lower-case nouns in the genitive.

    ``Міністр оборони``, ``министр иностранных дел``: the nouns that say which minister.
    Place names (capitalised) and acronyms are no field. A role with none agrees with any.
    """
    return frozenset(
        word[:_FIELD_STEM].lower()
        for word in words
        if word[:1].islower()
        and any("NOUN" in parse.tag and parse.tag.case == "gent" for parse in parse_word(word))
    )


@language_cache(maxsize=65536)
def _forms(word: str) -> frozenset[str]:
    """Return the lemmas ``word`` may stand for, masculine forms of role nouns included."""
    found = lemmas(word) | {word.lower().replace("’", "'").replace("ʼ", "'")}
    return found | {masculine(lemma) for lemma in found}


def _matches(words: Sequence[str], start: int, phrase: Sequence[str]) -> bool:
    """Return True if ``phrase`` matches the words from ``start`` on."""
    if start + len(phrase) > len(words):
        return False
    return all(lemma in _forms(words[start + i]) for i, lemma in enumerate(phrase))


def groups_at(words: Sequence[str], start: int, *, whole: bool = False) -> frozenset[int]:
    """Return the synonym groups of the longest phrase that starts at ``words[start]``.

    The longest phrase is the head: ``заступник міського голови`` is a deputy, not a mayor.
    ``whole`` says ``words`` are a whole role, which the phrases marked ``^`` need. Only the
    phrases whose first lemma ``words[start]`` may stand for are tried.
    """
    return longest_at(words, start, whole=whole)[1]


def longest_at(
    words: Sequence[str], start: int, *, whole: bool = False
) -> tuple[int, frozenset[int]]:
    """Return the length of the longest phrase at ``words[start]`` and its groups (`groups_at`)."""
    if not 0 <= start < len(words):
        return 0, frozenset()
    best = 0
    found: set[int] = set()
    by_first = pick(_BY_FIRST_LEMMA, _BY_FIRST_LEMMA_RU)
    for first in _forms(words[start]):
        for index, phrase, bare in by_first.get(first, ()):
            if bare and not (whole and start == 0 and len(words) == len(phrase)):
                continue
            if len(phrase) < best or not _matches(words, start, phrase):
                continue
            if len(phrase) > best:
                best, found = len(phrase), set()
            found.add(index)
    return best, frozenset(found)


_Phrases = dict[str, list[tuple[int, tuple[str, ...], bool]]]


def _by_first_lemma(groups: tuple[tuple[tuple[str, ...], ...], ...]) -> _Phrases:
    """Return the phrases of the synonym ``groups`` by their first lemma.

    Each entry is (group index, phrase without its ``^`` mark, whether it was marked).
    """
    phrases: _Phrases = {}
    for index, group in enumerate(groups):
        for marked in group:
            phrase = (marked[0].lstrip(_WHOLE), *marked[1:])
            entry = (index, phrase, marked[0].startswith(_WHOLE))
            phrases.setdefault(phrase[0], []).append(entry)
    return phrases


_BY_FIRST_LEMMA = _by_first_lemma(ROLE_SYNONYMS)
_BY_FIRST_LEMMA_RU = _by_first_lemma(ru.ROLE_SYNONYMS)


def _one_word_synonyms(
    groups: tuple[tuple[tuple[str, ...], ...], ...],
) -> dict[str, frozenset[str]]:
    """Return, for each one-word phrase of ``groups``, the one-word phrases of its groups."""
    found: dict[str, set[str]] = {}
    for group in groups:
        single = {phrase[0].lstrip(_WHOLE) for phrase in group if len(phrase) == 1}
        for lemma in single:
            found.setdefault(lemma, set()).update(single)
    return {lemma: frozenset(synonyms) for lemma, synonyms in found.items()}


_ONE_WORD = _one_word_synonyms(ROLE_SYNONYMS)
_ONE_WORD_RU = _one_word_synonyms(ru.ROLE_SYNONYMS)


def word_synonyms(found: frozenset[str]) -> frozenset[str]:
    """Return the one-word role nouns that name the same office as a lemma of ``found``.

    ``наставник`` gives ``тренер`` (and itself): a text that titles someone ``тренер`` only
    before his name, in no role of his, still names him by either noun.
    """
    table = pick(_ONE_WORD, _ONE_WORD_RU)
    return frozenset().union(*(table.get(lemma, ()) for lemma in found))


def common_words(words: Sequence[str]) -> list[str]:
    """Return ``words`` without the place names inside a role (``голова Харківської ОВА``).

    A capitalised word after the first is a proper name; an acronym (``ОВА``) is kept.
    """
    return [
        word
        for index, word in enumerate(words)
        if index == 0 or not word[:1].isupper() or word.isupper()
    ]


@language_cache(maxsize=4096)
def role_groups(role: str) -> frozenset[int]:
    """Return the synonym groups of the first role phrase in ``role`` (its head).

    The phrase must start at or before the role's first role noun: one starting after it is a
    genitive complement (``голови ОВА`` in ``заступниця голови ОВА``), someone else's office.
    """
    words = common_words(WORD.findall(role))
    for start in range(len(words)):
        found = groups_at(words, start, whole=True)
        if found:
            return found
        if is_role_noun(words[start]):
            break  # the head matched no phrase: what follows it is its complement
    return frozenset()


def synonym_holders(placed: Mentions, groups: frozenset[int], anchor: int) -> list[str]:
    """Return the ids of persons whose role shares a group, mentioned before ``anchor``.

    The one mentioned last comes last. Only the persons whose role is in one of ``groups``
    are looked at (an index of the mentions, `Mentions.role_index`), not every mention.
    """
    index = placed.role_index(role_groups)
    persons = (person for group in groups for person in index.get(group, ()))
    return [person.id for person in placed.last_mentioned(persons, anchor)]
