"""Russian forms of Ukrainian place names the Russian dictionary does not know.

pymorphy3's Russian dictionary lacks many Ukrainian towns and villages (``Ирпень``,
``Гостомель``, ``Бородянка``); for them it guesses a word after an unknown prefix (``Ирпене``
as ``ир-пене``, a form of ``пена``) or from a few final letters, and the nominatives it gives are
made up (``Ирпена``). A place name declines by the pattern its ending shows: the locative
``-ене`` of a masculine ``-ень`` (``Коростене``), ``-ове`` of ``-ов`` (``Фастове``), ``-ке`` of a
feminine ``-ка`` (``Петровке``). `russian_place_nominative` builds the nominative by those
patterns (`uanews.parser.lexicon_morph.RUSSIAN_TOPONYM_ENDINGS`) and asks the Ukrainian
dictionary, which knows far more Ukrainian places, whether it knows one of the candidates under
its Ukrainian spelling (``Ирпень`` - ``Ірпінь``); without that, only an ending that leaves no
doubt gives a nominative.
"""

from __future__ import annotations

import enum
import functools
import itertools
import re

from uanews.parser import lexicon_morph
from uanews.parser.morph import analyzer, unyo

__all__ = [
    "apposed_town",
    "russian_adjectival_town",
    "russian_place_nominative",
    "russian_settlement_name",
    "town_of_adjective",
    "unknown_russian_word",
]

_VOWELS = lexicon_morph.RUSSIAN_STEM_FINAL_NON_CONSONANTS
_MOST_SPELLINGS = 256
"""Ukrainian spellings tried per candidate at most (a long name with many vowels has more)."""
_LEAST_STEM = 2
"""Letters a candidate keeps before its ending at least."""


def unknown_russian_word(word: str) -> bool:
    """Return True if the Russian dictionary does not have ``word`` (one plain word)."""
    return "-" not in word and word.isalpha() and not analyzer("ru").word_is_known(word.lower())


def russian_place_nominative(word: str, case: str) -> str | None:
    """Return the nominative of the place name ``word`` in ``case``, or None if unsure.

    ``word`` is a capitalised word the Russian dictionary does not know
    (`unknown_russian_word`), standing where a place name in ``case`` stands (``в Ирпене``,
    ``из Гостомеля``). A nominative the Ukrainian dictionary confirms wins; then the word as
    written if Ukrainian has it as a nominative (``в Гуляйполе``); then the first nominative of
    an ending marked sure.
    """
    folded = word.lower()
    if folded.endswith(lexicon_morph.RUSSIAN_INDECLINABLE_TOPONYM_ENDINGS):
        return word
    candidates, fallback = _candidates(folded, case)
    for candidate in candidates:
        reading = _ukrainian_reading(candidate)
        if reading is _Reading.THING:
            return None  # ``в Телеграме``: a nominative is a thing's name, the word no place
        if reading is _Reading.PLACE:
            return _styled(word, candidate)
    if _ukrainian_place(folded):
        return word
    return None if fallback is None else _styled(word, fallback)


def russian_adjectival_town(word: str, case: str) -> str | None:
    """Return the masculine town a Russian adjectival form in ``case`` names, or None.

    ``в Кропивницком``, ``зоны Кропивницкого``: the Russian dictionary lacks many Ukrainian
    towns named by an adjective, and the form is shared by the masculine and the neuter. The
    masculine is the town when the Ukrainian dictionary has its Ukrainian spelling (``-ский``
    as ``-ський``) as an inanimate masculine noun (``Кропивницький``); else None.
    """
    for parse in analyzer("ru").parse(word.lower()):
        if parse.tag.POS != "ADJF" or parse.tag.case != case or parse.tag.gender != "masc":
            continue
        lemma = parse.normal_form
        if not lemma.endswith(lexicon_morph.RUSSIAN_SK_LEMMA_ENDINGS):
            continue
        soft = lemma[: -len("кий")] + lexicon_morph.UKRAINIAN_SOFT_ADJECTIVE_ENDING
        if _ukrainian_masculine_noun(soft):
            return _styled(word, lemma)
    return None


@functools.lru_cache(maxsize=4096)
def town_of_adjective(word: str, language: str) -> str | None:
    """Return the town whose relational adjective ``word`` is, in the nominative, or None.

    ``Львівська``, ``Сумського``, ``Днепровский``, ``Запорожского``: a town's adjective is
    made from its name by a known ending (`lexicon_morph.TOWN_ADJECTIVE_ROWS`), so the name is
    the first of the stems the lemma's ending stands for that the dictionary of ``language``
    has as a lifeless noun in the nominative (Russian: one it marks as a place, ``Geox``). A
    town that is an adjective itself (``Хмельницький``, ``Кропивницкий``) is the adjective's
    masculine, and so is a hyphenated adjective no row reads (``Кам'янець-Подільський``); an
    adjective that fuses a name of two words is listed
    (`lexicon_morph.TOWN_OF_IRREGULAR_ADJECTIVE`). The caller knows that ``word`` is a
    town's adjective (it qualifies a town's own body); an adjective the rows make no known
    noun of gives None.
    """
    lemmas = sorted(
        {
            parse.normal_form
            for parse in analyzer(language).parse(word.lower())
            if parse.tag.POS == "ADJF"
        }
    )
    for lemma in lemmas:
        town = _town_of_lemma(lemma, language)
        if town is not None:
            return "".join(part[:1].upper() + part[1:] for part in _NAME_PARTS.split(town))
    return None


_NAME_PARTS = re.compile(r"(?<=[\s\-])")
"""The places where a word of a town's name starts (``Івано-Франківськ``, ``Кривий Ріг``)."""


@functools.lru_cache(maxsize=1024)
def _town_of_lemma(lemma: str, language: str) -> str | None:
    """Return the town's name (lower case) the adjective ``lemma`` is made from, or None."""
    irregular = lexicon_morph.TOWN_OF_IRREGULAR_ADJECTIVE.get(lemma)
    if irregular is not None:
        return irregular
    if language == "ru":
        soft = lemma[: -len("кий")] + lexicon_morph.UKRAINIAN_SOFT_ADJECTIVE_ENDING
        if lemma.endswith(lexicon_morph.RUSSIAN_SK_LEMMA_ENDINGS) and _ukrainian_masculine_noun(
            soft
        ):
            return lemma
        rows = lexicon_morph.TOWN_ADJECTIVE_ROWS_RU
    else:
        if _place_noun(lemma, language):
            return lemma
        rows = lexicon_morph.TOWN_ADJECTIVE_ROWS
    for suffix, endings in rows:
        if not lemma.endswith(suffix):
            continue
        stem = lemma[: -len(suffix)]
        for ending in endings:
            if len(stem) >= _LEAST_STEM and _place_noun(stem + ending, language):
                return stem + ending
    # ``Каменец-Подольского городского совета``: a hyphenated adjectival name is the town's own
    return lemma if "-" in lemma and lemma.endswith(_SK_LEMMAS) else None


_SK_LEMMAS = (*lexicon_morph.RUSSIAN_SK_LEMMA_ENDINGS, "ський", "цький")
"""Dictionary-form endings of the ``-ськ-`` adjectives towns are named by, in either language."""


def apposed_town(word: str, language: str) -> bool:
    """Return True if ``word`` after a settlement noun is a town's own nominative, in apposition.

    ``суд города Сумы``, ``суд міста Суми``: the name after ``города``/``міста`` may keep its
    nominative instead of agreeing in the genitive. It does when the dictionary of
    ``language`` has ``word`` as a place noun's dictionary form (`_place_noun`); in Ukrainian,
    whose dictionary marks no places, only a plural-only one (``Суми``, ``Черкаси``), as a
    singular may be a common noun's nominative and a town's genitive at once (``Черкас``).
    """
    folded = word.lower()
    if not _place_noun(folded, language):
        return False
    return language == "ru" or any(
        "Pltm" in parse.tag.grammemes and parse.tag.case == "nomn" and parse.normal_form == folded
        for parse in analyzer(language).parse(folded)
    )


def _place_noun(folded: str, language: str) -> bool:
    """Return True if the dictionary of ``language`` has ``folded`` as a nominative place noun.

    A lifeless noun whose dictionary form is ``folded`` itself; in Russian, one marked as a
    place name (``Geox``), as a bare stem is often a common noun there too.
    """
    dictionary = analyzer(language)
    if not dictionary.word_is_known(folded):
        return False
    return any(
        parse.tag.POS == "NOUN"
        and parse.tag.case == "nomn"
        and parse.normal_form == folded
        and "inan" in parse.tag.grammemes
        and (language != "ru" or "Geox" in parse.tag.grammemes)
        for parse in dictionary.parse(folded)
    )


@functools.lru_cache(maxsize=4096)
def _ukrainian_masculine_noun(folded: str) -> bool:
    """Return True if a Ukrainian spelling of ``folded`` is an inanimate masculine noun."""
    ukrainian = analyzer("uk")
    return any(
        "NOUN" in parse.tag
        and "inan" in parse.tag
        and parse.tag.gender == "masc"
        and parse.tag.case == "nomn"
        for spelling in _ukrainian_spellings(folded)
        if ukrainian.word_is_known(spelling)
        for parse in ukrainian.parse(spelling)
    )


def _adjectival_form(folded: str, ending: str) -> bool:
    """Return True if ``folded`` is a ``-ский`` adjective form that the row ``ending`` misreads.

    A lone adjective agrees with a noun that is not there (``по Болградскому``, of ``району``
    left out): it is no place of its own, so no noun's ending is read into it
    (``Болградскому`` is no accusative of ``Болградскома``). A row whose ending keeps the whole
    ``-ск`` stem reads a noun in ``-ск`` (``над Черноморском`` - ``Черноморск``) and stands.
    """
    for endings in lexicon_morph.RUSSIAN_SK_ADJECTIVE_ENDINGS.values():
        for adjectival in endings:
            if not folded.endswith(adjectival):
                continue
            stem = folded[: -len(adjectival)]
            for sk in lexicon_morph.SK_STEMS:
                if stem.endswith(sk) and len(ending) < len(sk) + len(adjectival):
                    return True
    return False


def russian_settlement_name(word: str, case: str) -> str:
    """Return the nominative of the unknown name ``word`` after a settlement noun in ``case``.

    The name after ``город``/``село`` stands in apposition and mostly keeps its nominative
    (``возле села Вакуленцы``), but may agree with the noun (``в городе Ирпене``): a nominative
    of its case the Ukrainian dictionary confirms wins over the name as written, and so does
    one an ending that only a declined name has shows
    (`uanews.parser.lexicon_morph.RUSSIAN_SETTLEMENT_AGREEING_ENDINGS`: ``Черноморске``).
    """
    folded = word.lower()
    if _ukrainian_place(folded):
        return word
    candidates, _ = _candidates(folded, case)
    for candidate in candidates:
        if _ukrainian_place(candidate):
            return _styled(word, candidate)
    for ending, nominative in lexicon_morph.RUSSIAN_SETTLEMENT_AGREEING_ENDINGS.get(case, ()):
        if folded.endswith(ending) and len(folded) - len(ending) >= _LEAST_STEM:
            return _styled(word, folded[: -len(ending)] + nominative)  # ``в городе Черноморске``
    return word


def _candidates(folded: str, case: str) -> tuple[list[str], str | None]:
    """Return the nominatives ``folded`` may have in ``case``, and the sure one or None."""
    rows = sorted(
        (
            row
            for row in lexicon_morph.RUSSIAN_TOPONYM_ENDINGS.get(case, ())
            if folded.endswith(row[0])
        ),
        key=lambda row: len(row[0]),
        reverse=True,
    )
    candidates: list[str] = []
    fallback: str | None = None
    for index, (ending, nominatives, sure) in enumerate(rows):
        if _adjectival_form(folded, ending):
            continue
        stem = folded[: -len(ending)]
        for nominative in nominatives:
            # The ending's first letters may belong to the nominative too (``-ене`` -> ``-ень``).
            candidate = _spelled(stem + nominative)
            if len(stem) < _LEAST_STEM or (not nominative and candidate[-1] in _VOWELS):
                continue
            if candidate not in candidates:
                candidates.append(candidate)
            if index == 0 and sure and fallback is None:
                fallback = candidate
    return candidates, fallback


def _spelled(word: str) -> str:
    """Return ``word`` with a final ``ы`` after a velar or hushing letter spelt ``и``."""
    if word.endswith("ы") and word[-2:-1] in lexicon_morph.RUSSIAN_NO_Y_AFTER:
        return word[:-1] + "и"
    return word


@functools.lru_cache(maxsize=4096)
def _ukrainian_place(folded: str) -> bool:
    """Return True if the Ukrainian dictionary has a spelling of ``folded`` as a thing's name.

    The reading must be an inanimate noun with a settlement name's ending
    (`uanews.parser.lexicon_morph.UKRAINIAN_TOPONYM_ENDINGS`) or an adjective in the
    nominative: a place, not a person's name or surname, nor a service's or a company's
    (``Телеграм``, ``Приватбанк``). Cached: the answer depends on the word only, not on the
    item's language.
    """
    return _ukrainian_reading(folded) is _Reading.PLACE


class _Reading(enum.Enum):
    """What the Ukrainian dictionary reads a Russian word's Ukrainian spelling as."""

    PLACE = "place"
    THING = "thing"
    """An inanimate noun whose ending no settlement name has (``Телеграм``, ``Приватбанк``)."""


@functools.lru_cache(maxsize=4096)
def _ukrainian_reading(folded: str) -> _Reading | None:
    """Return whether a Ukrainian spelling of ``folded`` reads as a place, a thing, or neither.

    A place is an inanimate noun in the nominative with a settlement name's ending
    (`uanews.parser.lexicon_morph.UKRAINIAN_TOPONYM_ENDINGS`), or an adjective in the
    nominative; an inanimate nominative noun with another ending is a thing.
    """
    ukrainian = analyzer("uk")
    thing = False
    for spelling in _ukrainian_spellings(folded):
        if not ukrainian.word_is_known(spelling):
            continue
        settlement = spelling.endswith(lexicon_morph.UKRAINIAN_TOPONYM_ENDINGS)
        for parse in ukrainian.parse(spelling):
            tag = parse.tag
            if tag.case != "nomn":
                continue
            if ("NOUN" in tag and "inan" in tag and settlement) or (
                "ADJF" in tag and parse.word == spelling
            ):
                return _Reading.PLACE
            thing = thing or ("NOUN" in tag and "inan" in tag)
    return _Reading.THING if thing else None


def _ukrainian_spellings(folded: str) -> list[str]:
    """Return the Ukrainian spellings of the Russian word ``folded`` (at most `_MOST_SPELLINGS`)."""
    letters = [lexicon_morph.RUSSIAN_TO_UKRAINIAN_LETTERS.get(char, (char,)) for char in folded]
    return ["".join(one) for one in itertools.islice(itertools.product(*letters), _MOST_SPELLINGS)]


def _styled(original: str, folded: str) -> str:
    """Return ``folded`` with the capital of ``original`` and its ``е``/``ё`` spelling."""
    word = unyo(folded, original)
    return word[:1].upper() + word[1:] if original[:1].isupper() else word
