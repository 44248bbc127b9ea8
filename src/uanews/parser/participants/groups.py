"""Groups: several people named together as one party (``делегація міста X``, ``представники США``).

A group is headed by a group noun (``делегація``), or by a collective or member noun
(``представники``) whose complement holds a proper name; lower-case adjectives before the head
belong to it (``аграрний сектор``), and a coordinated named genitive can extend the complement.
"""

from __future__ import annotations

from collections.abc import Sequence

from uanews.align import Block
from uanews.model import Mention, ParticipantKind
from uanews.parser.document import BLOCK_SCREENS, Screen, forms
from uanews.parser.language import pick
from uanews.parser.morph import parse_word, to_nominative
from uanews.parser.participants import lexicon_ru as ru
from uanews.parser.participants.lexicon import (
    COLLECTIVE_NOUNS,
    COORDINATORS,
    GROUP_NOUNS,
    MEMBER_NOUNS,
    PLACE_NOUNS,
    SETTLEMENT_ABBREVIATIONS,
)
from uanews.parser.participants.names import Token, is_capitalised, sentence_initial, tokenize
from uanews.parser.participants.organizations import is_organization_noun
from uanews.parser.participants.registry import Registry
from uanews.parser.participants.roles import extend_right, is_acronym, is_latin, lemmas

__all__ = ["find_groups"]

_GROUP_HEADS = GROUP_NOUNS | COLLECTIVE_NOUNS | MEMBER_NOUNS
_GROUP_HEADS_RU = ru.GROUP_NOUNS | ru.COLLECTIVE_NOUNS | ru.MEMBER_NOUNS


def _head_lemmas(word: str) -> frozenset[str]:
    """Return the lemmas of ``word`` and, for a hyphenated word, of its last part."""
    found = lemmas(word)
    if "-" in word:
        found |= lemmas(word.rsplit("-", 1)[1])
    return found


def _group_head(word: str) -> bool:
    """Return True when ``word`` is a group, collective or member noun (`_head_lemmas`)."""
    return bool(_head_lemmas(word) & pick(_GROUP_HEADS, _GROUP_HEADS_RU))


_GROUP_HEAD_WORDS = Screen(_group_head, family=BLOCK_SCREENS)


def _plural(word: str) -> bool:
    """Return True when every reading of ``word`` is plural (``представники``, ``членами``)."""
    parses = parse_word(word.lower())
    return bool(parses) and all("plur" in parse.tag for parse in parses)


def _named(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when ``tokens[first:last + 1]`` hold a proper name (not by position only)."""
    return any(
        is_acronym(token.text)
        or is_latin(token.text)
        or (is_capitalised(token.text) and not sentence_initial(text, token.start))
        for token in tokens[first : last + 1]
    )


def _coordinated_complement(
    text: str, tokens: Sequence[Token], last: int, stops: frozenset[int]
) -> int:
    """Return the last word of a complement with any coordinated named genitive after it.

    ``делегація міста Альбукерке та Кремнієвої долини``: a conjunct joins the complement when
    the complement before it holds a proper name and the conjunct is a genitive phrase that
    opens with one (``та мерії Харкова`` opens with a common noun: a second party, not part of
    the complement).
    """
    conjunction = last + 1
    if (
        conjunction + 1 >= len(tokens)
        or tokens[conjunction].text not in pick(COORDINATORS, ru.COORDINATORS)
        or not _adjacent_words(text, tokens[last], tokens[conjunction])
    ):
        return last
    opening = tokens[conjunction + 1]
    if opening.start in stops or not (is_capitalised(opening.text) or is_latin(opening.text)):
        return last
    end, _, _ = extend_right(text, tokens, conjunction, stops)
    return last if end == conjunction else end


def _adjacent_words(text: str, left: Token, right: Token) -> bool:
    """Return True when only spaces on one line separate two words."""
    gap = text[left.end : right.start]
    return bool(gap) and gap.isspace() and "\n" not in gap


def _group_at(text: str, tokens: Sequence[Token], index: int, stops: frozenset[int]) -> int | None:
    """Return the last word of a group named from ``tokens[index]`` on, or None if none is."""
    word = tokens[index].text
    found = _head_lemmas(word)
    if not found & pick(_GROUP_HEADS, _GROUP_HEADS_RU):
        return None  # most words head no group: spare the complement search
    last, _, _ = extend_right(text, tokens, index, stops)
    if last == index:
        return None
    if not _heads_group(text, tokens, index, last, found):
        return None
    if _named(text, tokens, index + 1, last):
        last = _coordinated_complement(text, tokens, last, stops)
    return last


def _heads_group(
    text: str, tokens: Sequence[Token], index: int, last: int, found: frozenset[str]
) -> bool:
    """Return True when ``tokens[index]`` (lemmas ``found``) with its complement names a group.

    A group noun needs a real complement (`_real_complement`); a collective or plural member
    noun needs a proper name in it, and not a group noun right after (``члени делегації``: the
    delegation is the participant).
    """
    if found & pick(GROUP_NOUNS, ru.GROUP_NOUNS):
        return _real_complement(text, tokens, index + 1, last)
    if found & pick(COLLECTIVE_NOUNS, ru.COLLECTIVE_NOUNS) or (
        found & pick(MEMBER_NOUNS, ru.MEMBER_NOUNS) and _plural(tokens[index].text)
    ):
        return _named(text, tokens, index + 1, last) and not (
            _head_lemmas(tokens[index + 1].text) & pick(GROUP_NOUNS, ru.GROUP_NOUNS)
        )
    return False


def _real_complement(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when a group noun's complement says whose or of whom the group is.

    Its first noun must be a proper name, a being (``лікарів``), a body or a place
    (``школи``, ``міста``); an act or a thing (``команда порушення``) makes no group.
    """
    for position in range(first, last + 1):
        token = tokens[position]
        if _named(text, tokens, position, position) or token.text in pick(
            SETTLEMENT_ABBREVIATIONS, ru.SETTLEMENT_ABBREVIATIONS
        ):
            return True  # a name, or ``м.`` before one
        parses = parse_word(token.text.lower())
        if parses and parses[0].tag.POS in {"ADJF", "PRTF", "NUMR"}:
            continue
        return any("anim" in parse.tag for parse in parses) or bool(
            lemmas(token.text)
            & (pick(PLACE_NOUNS, ru.PLACE_NOUNS) | pick(GROUP_NOUNS, ru.GROUP_NOUNS))
            or is_organization_noun(token.text)
        )
    # Adjectives alone stand for a noun: ``команди національних збірних`` (of the teams).
    return last >= first


def _group_adjective(text: str, word: Token, noun: Token) -> bool:
    """Return True for an adjective right before a group noun that is part of its name.

    ``Аграрний сектор``: lower case, or capitalised only because it opens a sentence.
    """
    if not _adjacent_words(text, word, noun):
        return False
    if is_capitalised(word.text) and not sentence_initial(text, word.start):
        return False
    noun_cases = {str(p.tag.case) for p in parse_word(noun.text.lower()) if p.tag.case}
    if any(parse.tag.POS == "VERB" for parse in parse_word(word.text.lower())):
        return False  # ``прибула делегація``: the predicate, not an adjective
    return any(
        parse.tag.POS == "ADJF" and str(parse.tag.case) in noun_cases
        for parse in parse_word(word.text.lower())
    )


def find_groups(block: Block, registry: Registry) -> None:
    """Add groups: ``делегація міста-побратима Альбукерке``, ``представники США``."""
    text = registry.text
    heads = _GROUP_HEAD_WORDS.passing(forms(text, block.start, block.end))
    if not heads:
        return
    tokens = tokenize(text, block.start, block.end)
    stops = registry.person_starts()
    index = 0
    while index < len(tokens):
        token = tokens[index]
        last = None if token.text not in heads else _group_at(text, tokens, index, stops)
        if last is None or registry.overlaps(token.start, token.end):
            index += 1
            continue
        first = index
        while first > 0 and _group_adjective(text, tokens[first - 1], tokens[first]):
            first -= 1
        opening = tokens[first]
        head = to_nominative(text[opening.start : token.end])
        if is_capitalised(head) and sentence_initial(text, opening.start):
            head = head[:1].lower() + head[1:]
        end = tokens[last].end
        name = head + text[token.end : end]
        registry.add_organization(
            name, Mention(text[opening.start : end], opening.start, end), ParticipantKind.GROUP
        )
        index = last + 1
