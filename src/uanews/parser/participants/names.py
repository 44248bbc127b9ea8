"""Person names: find them in text, bring them to the nominative and match later mentions.

Morphology comes from pymorphy3 with its Ukrainian dictionary: a word is a first name, a
patronymic or a surname when one of its readings carries the ``Name``, ``Patr`` or ``Surn``
grammeme. The dictionary misreads some surnames as common nouns (``Колб`` as ``колба``) and
does not know many foreign names, so a name may also be completed by a capitalised word next to
a known first name, and a surname's nominative may be guessed from its ending.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import Any

from attrs import frozen

from uanews.parser import lexicon_morph
from uanews.parser.document import Token, tokenize
from uanews.parser.language import (
    count_entries,
    current_language,
    drop_oldest,
    language_cache,
    pick,
    register_cache,
)
from uanews.parser.lexicon_sentences import GENITIVE_BINDING
from uanews.parser.morph import listed, parse_word, readings_ranked, unyo
from uanews.parser.participants import lexicon_ru as ru
from uanews.parser.participants.lexicon import (
    APOSTROPHES,
    FEMININE_SURNAME_ENDINGS,
    GENITIVE_PREPOSITIONS,
    MASCULINE_SURNAME_ENDINGS,
    NAME_ABBREVIATIONS,
    NAME_BLOCKERS,
    NAME_PARTICLES,
    NAME_PARTICLES_ALONE,
    OPENING_MARKS,
    POSSESSIVE_SURNAME_SUFFIXES,
    SENTENCE_END,
)
from uanews.parser.sentences import genitive_follows

__all__ = [
    "CASES",
    "NameSpan",
    "Reading",
    "Token",
    "WordInfo",
    "analyse",
    "find_names",
    "guess_nominative_surname",
    "is_capitalised",
    "name_gender",
    "parse_word",
    "restore_case",
    "sentence_initial",
    "surname_forms",
    "surname_nominative",
    "tokenize",
]

CASES: tuple[str, ...] = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")
"""pymorphy3 case grammemes, the nominative first."""

_GENDERS = ("masc", "femn")
_KINDS = ("Name", "Patr", "Surn")
_KIND_SET = frozenset(_KINDS)
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")
_INITIAL = re.compile(r"[^\W\d_]\.")

_VOWELS = lexicon_morph.NAME_VOWELS
_ONE_SURNAME_LEXEME = frozenset({"ru"})
"""Languages whose dictionary holds a surname's or a patronymic's feminine forms in the lexeme of
its masculine nominative (Russian ``Иванова`` is a form of ``Иванов``, ``Петровна`` of
``Петрович``; Ukrainian ``Іванова`` and ``Петрівна`` are their own)."""
_ADJECTIVAL_SURNAME = ("ський", "цький", "зький")


@frozen
class Reading:
    """One name reading of a word: kind (Name/Patr/Surn), lemma, case, gender, indeclinable.

    A ``guessed`` reading is one the dictionary does not list but the word's form implies
    (`_possessive_feminine`); it counts for less than a listed one (`_agree`).
    """

    kind: str
    lemma: str
    case: str | None
    gender: str | None
    fixed: bool
    known: bool
    guessed: bool = False


@frozen
class WordInfo:
    """What the dictionary says about a word: its name readings and whether it is anything else.

    ``known`` is true when the word is in the dictionary; ``other`` when some dictionary reading
    is not a name (``Кучер`` is also a coachman); ``abbreviation`` when one is an abbreviation;
    ``first_is_name`` when the likeliest reading is a first name; ``other_cases`` are the
    cases of its readings that are not names (a hint for misread surnames).
    """

    readings: tuple[Reading, ...]
    known: bool
    other: bool
    abbreviation: bool
    first_is_name: bool
    other_cases: frozenset[str] = frozenset()

    def kinds(self) -> frozenset[str]:
        """Return the name kinds (``Name``, ``Patr``, ``Surn``) among the readings."""
        return frozenset(reading.kind for reading in self.readings)

    def only_names(self) -> bool:
        """Return True when the word is known and every dictionary reading is a name."""
        return self.known and bool(self.readings) and not self.other


@frozen
class NameSpan:
    """A person's name found in text: offsets, the words as written and their nominative.

    ``first``, ``patronymic`` and ``surname`` hold the nominative parts that were present;
    ``name`` is the full nominative name in normal case (``Олексій Кучер``).
    """

    start: int
    end: int
    text: str
    name: str
    first: str | None
    patronymic: str | None
    surname: str | None
    gender: str | None

    @classmethod
    def of_words(
        cls, text: str, start: int, end: int, words: Sequence[str], gender: str | None
    ) -> NameSpan:
        """Return the name at ``text[start:end]`` whose nominative is ``words`` in written order.

        The first word is the given name, the last the surname, any between the patronymic
        (or the further given names of a foreign name).
        """
        return cls(
            start=start,
            end=end,
            text=text[start:end],
            name=" ".join(words),
            first=words[0],
            patronymic=" ".join(words[1:-1]) or None,
            surname=words[-1],
            gender=gender,
        )


def _normalise(word: str) -> str:
    """Return ``word`` lower-cased with the apostrophe the dictionary uses."""
    return _APOSTROPHE.sub("'", word.lower())


@language_cache(maxsize=65536)
def analyse(word: str) -> WordInfo:
    """Return the name readings of ``word`` (any case), cached per word form."""
    return _analyse_lowered(_normalise(word))


@language_cache(maxsize=65536)
def _analyse_lowered(lowered: str) -> WordInfo:
    """Return `analyse` of a word lower-cased (`_normalise`): ``Київ`` and ``київ`` share it."""
    parses = parse_word(lowered)
    known = bool(parses) and listed(lowered)
    readings: list[Reading] = []
    other = False
    abbreviation = False
    other_cases: set[str] = set()
    for parse in parses:
        tag = parse.tag
        grammemes = tag.grammemes
        # Most readings are no name: one set test, then the kinds in their order.
        kind = (
            None
            if _KIND_SET.isdisjoint(grammemes)
            else next((k for k in _KINDS if k in grammemes), None)
        )
        if "Abbr" in tag:
            abbreviation = True
        if kind is None:
            other = other or known
            if tag.case is not None:
                other_cases.add(str(tag.case))
            extra = _hidden_reading(parse, known=known)
            if extra is not None:
                readings.append(extra)
            continue
        if "plur" in tag:
            continue
        lemma = str(parse.normal_form)
        if (
            kind in ("Surn", "Patr")
            and tag.gender == "femn"
            and current_language() in _ONE_SURNAME_LEXEME
        ):
            # ``Иванову``, ``Петровной``: the Russian dictionary lists a woman's surname and
            # patronymic under the man's.
            lemma = feminine_nominative(parse) or lemma
        readings.append(
            Reading(
                kind=kind,
                lemma=lemma,
                case=tag.case,
                gender=tag.gender,
                fixed="Fixd" in tag,
                known=known,
            )
        )
    if current_language() not in _ONE_SURNAME_LEXEME:
        readings.extend(_possessive_feminine(lowered, readings, known=known))
    if lowered in pick(frozenset[str](), ru.NAME_LIKE_MONTH_FORMS) and not any(
        reading.kind == "Name" and reading.lemma == lowered for reading in readings
    ):
        # ``Мая``: a woman's name the dictionary knows only as the month's genitive.
        readings.append(Reading("Name", lowered, "nomn", "femn", fixed=False, known=known))
    return WordInfo(
        readings=tuple(dict.fromkeys(readings)),
        known=known,
        other=other,
        abbreviation=abbreviation,
        first_is_name=bool(readings)
        and readings[0].kind == "Name"
        and _first_parse_is(parses, readings[0]),
        other_cases=frozenset(other_cases),
    )


def _possessive_feminine(
    lowered: str, readings: Sequence[Reading], *, known: bool
) -> list[Reading]:
    """Return a woman's nominative the dictionary hides behind a man's genitive, if any.

    ``Шевчишина``: the dictionary knows ``Шевчишин`` and reads the word only as its genitive;
    a surname with a possessive suffix (`lexicon.POSSESSIVE_SURNAME_SUFFIXES`) is a woman's in
    the nominative with ``-а`` too (``Людмила Шевчишина``).
    """
    if any(reading.kind == "Surn" and reading.gender == "femn" for reading in readings):
        return []
    for reading in readings:
        if (
            reading.kind == "Surn"
            and reading.gender == "masc"
            and reading.case == "gent"
            and reading.lemma.endswith(POSSESSIVE_SURNAME_SUFFIXES)
            and lowered == reading.lemma + "а"
        ):
            return [
                Reading("Surn", lowered, "nomn", "femn", fixed=False, known=known, guessed=True)
            ]
    return []


def _first_parse_is(parses: Sequence[Any], reading: Reading) -> bool:
    """Return True when the likeliest parse has the lemma and case of ``reading``."""
    top = parses[0]
    return str(top.normal_form) == reading.lemma and top.tag.case == reading.case


def _hidden_reading(parse: Any, *, known: bool) -> Reading | None:  # noqa: ANN401
    """Return a name reading the dictionary hides behind a common-noun or adjective reading.

    The dictionary tags some nominative first names as plain nouns (``Володимир``) although
    their other forms carry ``Name``; and it lists adjective-like surnames (``Шишацький``)
    only as adjectives.
    """
    tag = parse.tag
    endings = pick(_ADJECTIVAL_SURNAME, ru.ADJECTIVAL_SURNAME_ENDINGS)
    if tag.POS == "ADJF" and parse.normal_form.endswith(endings) and tag.case:
        if "plur" in tag:
            return None
        lemma = str(parse.normal_form)
        if tag.gender == "femn":
            female = feminine_nominative(parse)
            lemma = lemma if female is None else female
        return Reading("Surn", lemma, tag.case, tag.gender, fixed=False, known=known)
    if tag.POS != "NOUN" or "anim" not in tag or "plur" in tag or tag.case is None:
        return None
    if _lemma_is_first_name(str(parse.normal_form)):
        return Reading(
            "Name", str(parse.normal_form), tag.case, tag.gender, fixed=False, known=known
        )
    return None


_FEMININE_NOMINATIVE = frozenset({"femn", "nomn"})


def feminine_nominative(parse: Any) -> str | None:  # noqa: ANN401 - a pymorphy3 Parse
    """Return the word of ``parse.inflect({"femn", "nomn"})``: the feminine nominative.

    An inflection builds the word's whole lexeme; the feminine nominatives of a dictionary
    lexeme are looked up once per lexeme (`_feminine_nominatives`), and when the lexeme has
    exactly one, that is what ``inflect`` picks. Otherwise ``inflect`` itself chooses.
    """
    method = parse.methods_stack[0]
    if len(parse.methods_stack) == 1 and type(method[0]).__name__ == "DictionaryAnalyzer":
        found = _feminine_nominatives(method[0], method[2], str(parse.normal_form), parse)
        if len(found) == 1:
            return found[0]
    female = parse.inflect(_FEMININE_NOMINATIVE)
    return None if female is None else str(female.word)


_FEMININE_FORMS: dict[tuple[object, int, str], tuple[str, ...]] = {}
"""The feminine nominatives of each lexeme met, by (dictionary unit, paradigm, lemma)."""
_FEMININE_LEXEMES = 8192
register_cache(
    f"{__name__}._FEMININE_FORMS", _FEMININE_LEXEMES, _FEMININE_FORMS.__len__, _FEMININE_FORMS.clear
)


def _feminine_nominatives(
    unit: object,
    paradigm: int,
    lemma: str,
    parse: Any,  # noqa: ANN401 - a pymorphy3 Parse of the lexeme
) -> tuple[str, ...]:
    """Return the words of the forms of ``parse``'s lexeme tagged feminine and nominative.

    The lexeme is the one of ``paradigm`` with ``lemma`` in the dictionary ``unit``, which
    ``parse`` reads; it is built once.
    """
    key = (unit, paradigm, lemma)
    found = _FEMININE_FORMS.get(key)
    if found is None:
        found = tuple(
            str(form.word) for form in parse.lexeme if form.tag.grammemes >= _FEMININE_NOMINATIVE
        )
        if len(_FEMININE_FORMS) >= _FEMININE_LEXEMES:
            drop_oldest(_FEMININE_FORMS)
        else:
            count_entries(1)  # under the common budget (`register_cache` below)
        _FEMININE_FORMS[key] = found
    return found


@language_cache(maxsize=8192)
def _lemma_is_first_name(lemma: str) -> bool:
    """Return True when the genitive of ``lemma`` is read as a first name."""
    for parse in parse_word(lemma):
        if parse.tag.POS != "NOUN" or parse.normal_form != lemma:
            continue
        genitive = parse.inflect({"gent"})
        if genitive is None:
            continue
        for other in parse_word(str(genitive.word)):
            if "Name" in other.tag and other.normal_form == lemma:
                return True
    return False


def is_capitalised(word: str) -> bool:
    """Return True when ``word`` starts with a capital letter (``Кучер``, ``ПОПОВ``, ``Т``)."""
    return word[:1].isupper()


def sentence_initial(text: str, start: int) -> bool:
    """Return True when the word at ``start`` may be capitalised only because of its position."""
    index = start - 1
    while index >= 0 and text[index] in OPENING_MARKS:
        if text[index] == "«":
            # A word right after an opening quote mark starts a title or a quotation.
            return True
        index -= 1
    if index >= 0 and text[index] == "." and _abbreviation_before(text, index):
        return False  # ``м. Суми``, ``вул. Франка``: the full stop of an abbreviation
    return index < 0 or text[index] in SENTENCE_END or text[index] == ":"


_ABBREVIATION_BEFORE = re.compile(r"(?:^|[^\w])([^\W\d_]{1,5})$")


def _abbreviation_before(text: str, stop: int) -> bool:
    """Return True when the full stop at ``stop`` ends an abbreviation a name follows."""
    found = _ABBREVIATION_BEFORE.search(text, max(0, stop - 6), stop)
    if found is None:
        return False
    key = found.group(1).lower()
    language = current_language()
    if key in GENITIVE_BINDING.get(language, ()):  # ``им.``, also the pronoun ``им``
        return genitive_follows(text, stop + 1, language)
    return key in pick(NAME_ABBREVIATIONS, ru.NAME_ABBREVIATIONS)


def restore_case(word: str) -> str:
    """Return ``word`` with a capital first letter and the rest lower-case, per hyphenated part."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def _with_apostrophe(lemma: str, written: str) -> str:
    """Return ``lemma`` spelled with the apostrophe (and ``е`` or ``ё``) used in ``written``."""
    lemma = unyo(lemma, written)
    found = _APOSTROPHE.search(written)
    return lemma if found is None else lemma.replace("'", found.group())


def _guess_surname(word: str, case: str, gender: str | None) -> str:
    """Return a surname's nominative guessed from its ending in ``case`` (unknown words)."""
    lowered = word.lower()
    if case == "nomn":
        return lowered
    if gender == "femn":
        if lowered[-1:] not in _VOWELS:
            return lowered  # women's surnames ending in a consonant do not decline
        endings = pick(FEMININE_SURNAME_ENDINGS, ru.FEMININE_SURNAME_ENDINGS).get(case, ())
    else:
        endings = pick(MASCULINE_SURNAME_ENDINGS, ru.MASCULINE_SURNAME_ENDINGS).get(case, ())
    for ending, replacement in endings:
        if lowered.endswith(ending) and len(lowered) > len(ending) + 2:
            return lowered[: -len(ending)] + replacement
    return lowered


def surname_nominative(word: str, case: str, gender: str | None) -> str:
    """Return the nominative of a surname in ``case`` and ``gender``, guessed from its ending.

    For a surname the dictionary does not know, when the context tells its case (a noun it
    stands in apposition to): ``пана Енгельгарта`` -> ``Енгельгарт``.
    """
    return restore_case(_with_apostrophe(_guess_surname(word, case, gender), word))


def guess_nominative_surname(word: str) -> str:
    """Return the nominative of a surname the dictionary does not know, as far as its ending says.

    Only endings that no nominative has are undone: the masculine instrumental and dative
    (``Окафором`` -> ``Окафор``, ``Окафорові`` -> ``Окафор``); any other word is returned as
    written, in ordinary letter case.
    """
    written = restore_case(word) if word.isupper() else word
    lowered = _normalise(word)
    if listed(lowered):
        return written
    for ending in _UNAMBIGUOUS_MASC_ENDINGS:
        stem = lowered[: -len(ending)]
        if lowered.endswith(ending) and len(stem) > len(ending) + 1 and stem[-1] not in _VOWELS:
            return written[: len(stem)]
    return written


_UNAMBIGUOUS_MASC_ENDINGS = ("ові", "еві", "єві", "ом", "ем", "єм")


@language_cache(maxsize=65536)
def surname_forms(surname: str) -> frozenset[str]:
    """Return lower-case forms that can stand for the nominative ``surname`` in any case."""
    base = _normalise(surname)
    forms = {base}
    stem = base.removesuffix("о")
    if stem[-1:] not in _VOWELS:
        # A family named together: ``Онули``, ``Петренків``, ``Аметових``.
        plural = _ADJECTIVAL_PLURAL if base.endswith(_PLURAL_STEMS) else _NOUN_PLURAL
        forms.update(stem + ending for ending in plural)
    for table in (
        pick(MASCULINE_SURNAME_ENDINGS, ru.MASCULINE_SURNAME_ENDINGS),
        pick(FEMININE_SURNAME_ENDINGS, ru.FEMININE_SURNAME_ENDINGS),
    ):
        for endings in table.values():
            for ending, replacement in endings:
                if replacement and base.endswith(replacement):
                    forms.add(base[: -len(replacement)] + ending)
                elif not replacement and base[-1:] not in _VOWELS:
                    forms.add(base + ending)
    return frozenset(forms)


@frozen
class _Slot:
    """A token inside a candidate name, with the role it plays in the name."""

    token: Token
    info: WordInfo
    initial: bool
    opening: bool


def _case_options(info: WordInfo, kind: str) -> set[tuple[str, str | None]]:
    """Return (case, gender) pairs in which the word can be a name part of ``kind``."""
    options: set[tuple[str, str | None]] = set()
    for reading in info.readings:
        if reading.kind != kind:
            continue
        cases = CASES if reading.fixed or reading.case is None else (reading.case,)
        # Indeclinable and guessed readings say little about gender: the dictionary lists
        # ``Іванющенко`` as a woman's surname only, though men's names are written so too.
        gender = None if reading.fixed or not reading.known else reading.gender
        for case in cases:
            options.add((case, gender))
        if kind == "Surn" and reading.case == "nomn" and reading.lemma[-1:] not in _VOWELS:
            # Women's surnames ending in a consonant do not decline (``Марина Пелих``).
            options.update((other, "femn") for other in CASES)
    return options


def _guessed_options(info: WordInfo, kind: str) -> frozenset[tuple[str, str | None]]:
    """Return the (case, gender) pairs of ``kind`` that only guessed readings give."""
    if not any(reading.guessed for reading in info.readings):
        return frozenset()
    listed_options = _case_options(
        WordInfo(
            readings=tuple(reading for reading in info.readings if not reading.guessed),
            known=info.known,
            other=info.other,
            abbreviation=info.abbreviation,
            first_is_name=info.first_is_name,
            other_cases=info.other_cases,
        ),
        kind,
    )
    return frozenset(
        (reading.case, reading.gender)
        for reading in info.readings
        if reading.guessed
        and reading.kind == kind
        and reading.case is not None
        and (reading.case, reading.gender) not in listed_options
    )


def _lemma(info: WordInfo, kind: str, case: str, gender: str | None) -> str | None:
    """Return the lemma of the reading of ``kind`` that agrees with ``case`` and ``gender``."""
    best: str | None = None
    for reading in info.readings:
        if reading.kind != kind:
            continue
        if gender is not None and reading.gender not in (gender, None):
            continue
        if reading.fixed or reading.case in (case, None):
            if reading.known:
                return reading.lemma
            best = best or reading.lemma
    return best


def _agree(
    first: _Slot | None,
    patronymic: _Slot | None,
    surname: _Slot | None,
    verb_gender: str | None = None,
    governed: frozenset[str] = frozenset(),
) -> tuple[str, str | None] | None:
    """Return the (case, gender) on which the parts of a name agree, best supported first.

    Where the dictionary ranks readings (`readings_ranked`), a tie goes to the agreement more
    parts read first: Russian ``Геннадия Труханова`` is a man's genitive, not a woman's
    nominative. A past-tense verb right after the name (``verb_gender``, see
    `_following_verb_gender`) makes the name its subject: ``Александра Коваленко заявила`` is a
    woman's nominative. A role noun right before the name (``governed``, see `_apposed_case`)
    gives the case of a name in apposition to it: ``міського голови Романа Кравчишина`` is a
    man's genitive, not a woman's nominative.
    """
    ranked = readings_ranked()
    # A name opening a sentence is most likely its subject: of two readings equally
    # supported, the nominative wins (``Ярослава Шанько сообщила``, a woman, not the
    # genitive of ``Ярослав``).
    opening = next((s for s in (first, patronymic, surname) if s is not None), None)
    subject = opening is not None and opening.opening
    best: tuple[tuple[int, bool, int], tuple[str, str | None]] | None = None
    # Each part's options once, not once per case and gender tried.
    parts = [
        (slot, kind, _case_options(slot.info, kind), _guessed_options(slot.info, kind))
        for slot, kind in ((first, "Name"), (patronymic, "Patr"), (surname, "Surn"))
        if slot is not None and not slot.initial
    ]
    for case in CASES:
        for gender in _GENDERS:
            score = 0
            first_readings = 0
            fits = True
            for slot, kind, options, guessed in parts:
                if (
                    ranked
                    and slot.info.readings[:1]
                    and (
                        slot.info.readings[0].case,
                        slot.info.readings[0].gender,
                    )
                    == (case, gender)
                ):
                    first_readings += 1
                if (case, gender) in guessed:
                    score += 1  # a form the dictionary does not list: less than a listed one
                elif (case, gender) in options or (case, None) in options:
                    score += 2 if slot.info.known else 1
                elif kind == "Surn" and first is not None and not _has_known_surname(slot.info):
                    # A surname the dictionary misreads or does not know: any case will do,
                    # best the case of the role noun it is apposed to, else one its
                    # common-noun reading shares (``Вітера`` like ``вітру``).
                    score += 1 if case in (governed or slot.info.other_cases) else 0
                    continue
                else:
                    fits = False
                    break
            nominative = case in governed or (
                case == "nomn" and (subject or (verb_gender is not None and gender == verb_gender))
            )
            key = (score, nominative, first_readings)
            if fits and (best is None or key > best[0]):
                best = (key, (case, gender))
    return None if best is None else best[1]


def _has_known_surname(info: WordInfo) -> bool:
    """Return True when the dictionary itself lists the word as a surname."""
    return info.known and any(r.kind == "Surn" for r in info.readings)


def _nominative_surname(slot: _Slot, case: str, gender: str | None) -> str:
    """Return the nominative of a surname slot in ``case`` and ``gender``."""
    lemma = _lemma(slot.info, "Surn", case, gender)
    if lemma is None and slot.info.known and _adjective_first(slot.token.text):
        # ``Ольгой Белой``: a surname whose likeliest reading is an adjective declines as one;
        # a rarer first-name reading (``Бела``) is not its nominative.
        lemma = _adjectival_surname(slot.token.text, case, gender)
    if lemma is None and slot.info.known:
        # A surname the dictionary lists only as a first name (``Мамаем`` from ``Мамай``):
        # its lemma in the agreed case is the word's nominative, surer than a guessed ending.
        lemma = _lemma(slot.info, "Name", case, gender)
    if lemma is None and slot.info.known:
        lemma = _adjectival_surname(slot.token.text, case, gender)
    if lemma is None:
        return _guess_surname(slot.token.text, case, gender)
    return lemma


def _adjective_first(word: str) -> bool:
    """Return True when the dictionary ranks its readings and the likeliest is an adjective."""
    if not readings_ranked():
        return False
    parses = parse_word(_normalise(word))
    return bool(parses) and parses[0].tag.POS == "ADJF"


def _adjectival_surname(word: str, case: str, gender: str | None) -> str | None:
    """Return the nominative of a surname declined as an adjective, or None.

    A surname the dictionary lists only as an adjective (Russian ``Луговой``, ``Лесная``)
    declines as one: after a first name, its adjective reading in the name's case and gender
    gives the nominative (``Игоря Лугового`` -> ``Луговой``, ``Ольгой Лесной`` -> ``Лесная``).
    """
    for parse in parse_word(_normalise(word)):
        tag = parse.tag
        if tag.POS != "ADJF" or tag.case != case or "plur" in tag:
            continue
        if gender is not None and tag.gender is not None and tag.gender != gender:
            continue
        if tag.gender == "femn":
            return feminine_nominative(parse)
        return str(parse.normal_form)
    return None


def _build(
    text: str,
    slots: Sequence[_Slot],
    parts: tuple[_Slot | None, _Slot | None, _Slot | None],
) -> NameSpan | None:
    """Return the name made of ``parts`` (first, patronymic, surname) if they agree."""
    first, patronymic, surname = parts
    verb_gender = _following_verb_gender(text, slots[-1].token.end) if first is not None else None
    governed = _apposed_case(text, slots[0].token.start) if first is not None else frozenset()
    agreement = _agree(first, patronymic, surname, verb_gender, governed)
    if agreement is None:
        return None
    case, gender = agreement
    first_text = patronymic_text = surname_text = None
    if first is not None:
        if first.initial:
            first_text = first.token.text.upper() + "."
        else:
            lemma = _lemma(first.info, "Name", case, gender) or first.token.text
            first_text = restore_case(_with_apostrophe(lemma, first.token.text))
    if patronymic is not None and patronymic.initial:
        patronymic_text = patronymic.token.text.upper() + "."
    elif patronymic is not None:
        lemma = _lemma(patronymic.info, "Patr", case, gender) or patronymic.token.text
        patronymic_text = restore_case(_with_apostrophe(lemma, patronymic.token.text))
    if surname is not None:
        lemma = _nominative_surname(surname, case, gender)
        surname_text = restore_case(_with_apostrophe(lemma, surname.token.text))
    start, end = slots[0].token.start, slots[-1].token.end
    words = [w for w in (first_text, patronymic_text, surname_text) if w]
    return NameSpan(
        start=start,
        end=end,
        text=text[start:end],
        name=" ".join(words),
        first=first_text,
        patronymic=patronymic_text,
        surname=surname_text,
        gender=gender,
    )


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")
_APPOSITION_REACH = 40
_GENITIVE = frozenset({"gent"})


def _apposed_case(text: str, start: int) -> frozenset[str]:
    """Return the case the word right before ``start`` gives a name after it, if it gives one.

    A preposition that governs the genitive only (`lexicon.GENITIVE_PREPOSITIONS`) gives the
    genitive (``проти Станіслава Березкіна``).

    Else a name stands in apposition to the lower-case person noun before it and takes its
    case (``голови Романа Кравчишина``, ``директора Ивана Петренко``): the noun's animate
    singular readings (a name is one person) give the case, and only where none of them is a
    nominative, which says nothing about a following name (``голова Роман ...``). An
    inanimate noun before the name is a role's complement (``директор департамента Алла
    ...``), not what it is apposed to.
    """
    found = _PREVIOUS_WORD.search(text, max(0, start - _APPOSITION_REACH), start)
    if found is None or not found.group(1).islower():
        return frozenset()
    if found.group(1) in pick(GENITIVE_PREPOSITIONS, ru.GENITIVE_PREPOSITIONS):
        return _GENITIVE
    cases = {
        str(parse.tag.case)
        for parse in parse_word(found.group(1))
        if parse.tag.POS == "NOUN" and "anim" in parse.tag and "plur" not in parse.tag
    }
    return frozenset() if not cases or "nomn" in cases else frozenset(cases)


_PAST_SINGULAR = frozenset({"VERB", "past", "sing"})


def _following_verb_gender(text: str, end: int) -> str | None:
    """Return the gender of a past-tense singular verb right after ``end``, or None.

    ``заявила``, ``відвідала``: the verb agrees with its subject in gender; a word that can
    also be something else (a noun, another gender) says nothing.
    """
    found = _NEXT_WORD.match(text, end)
    if found is None or not found.group(1).islower():
        return None
    parses = parse_word(found.group(1))
    genders = {str(p.tag.gender) for p in parses if p.tag.grammemes >= _PAST_SINGULAR}
    if len(genders) != 1 or any(p.tag.POS != "VERB" for p in parses):
        return None
    return genders.pop()


def _name_like(info: WordInfo) -> bool:
    """Return True when a capitalised word could be part of a name."""
    return bool(info.readings) or not info.known


def _layouts(
    slots: Sequence[_Slot],
) -> list[tuple[_Slot | None, _Slot | None, _Slot | None]]:
    """Return the ways 2 or 3 adjacent words may split into first name, patronymic, surname."""
    kinds = [slot.info.kinds() for slot in slots]
    size = len(slots)
    if all(slot.initial for slot in slots[:-1]) and not slots[-1].initial:
        surname = slots[-1]
        if "Surn" in kinds[-1] or not surname.info.known or "Name" not in kinds[-1]:
            # ``С. П. Корольов``: the second initial stands for the patronymic.
            middle = slots[1] if size == 3 else None
            return [(slots[0], middle, surname)]
        return []
    if "Name" in kinds[0] and not slots[0].initial:
        return _name_first(slots, kinds)
    if "Surn" in kinds[0] and "Name" in kinds[1] and slots[0].info.only_names():
        # Surname first, as in lists and forms: ``Шевченко Тарас Григорович``.
        if size == 2:
            return [(slots[1], None, slots[0])]
        if "Patr" in kinds[2]:
            return [(slots[1], slots[2], slots[0])]
    return []


def _name_first(
    slots: Sequence[_Slot], kinds: Sequence[frozenset[str]]
) -> list[tuple[_Slot | None, _Slot | None, _Slot | None]]:
    """Return the layouts of words that open with a first name."""
    if len(slots) == 3:
        return [(slots[0], slots[1], slots[2])] if "Patr" in kinds[1] else []
    if "Patr" in kinds[1] and (
        slots[1].info.known or "Surn" in kinds[1] or not _surname_like_patronymic(slots[1])
    ):
        return [(slots[0], slots[1], None)]
    # A patronymic is made from a first name, and the dictionary lists those: a word it reads
    # as a patronymic only by its ending (``Кравцевичем``, an ``-ович`` it does not know) is a
    # surname of that pattern (``Игорем Кравцевичем``), as a name with no surname is rare
    # outside address.
    layouts: list[tuple[_Slot | None, _Slot | None, _Slot | None]] = [(slots[0], None, slots[1])]
    if "Surn" in kinds[0] and {"Surn", "Name"} <= kinds[1]:
        layouts.append((slots[1], None, slots[0]))
    return layouts


def _surname_like_patronymic(slot: _Slot) -> bool:
    """Return True for an unlisted masculine ``-ович``/``-евич`` word not made from a first name.

    ``Кравцевичем``: no first name ``Кравець`` or ``Кравц`` stands under it, so it is a surname
    of that pattern; ``Святополковичем`` is made from ``Святополк`` and stays a patronymic. A
    feminine form (``-івна``, ``-овна``) is never a surname.
    """
    patronymic = next(
        (r for r in slot.info.readings if r.kind == "Patr" and r.gender == "masc"), None
    )
    if patronymic is None:
        return False
    stem = _PATRONYMIC_SUFFIX.sub("", patronymic.lemma)
    if stem == patronymic.lemma:
        return False
    return not any(
        reading.kind == "Name" and reading.known
        for form in (stem, stem + "а", stem + "о", stem[:-1] + "й" if stem else stem)
        for reading in analyse(form).readings
    )


_PATRONYMIC_SUFFIX = re.compile(r"(?:ович|евич|йович|ьович|євич)$")


def _interpret(text: str, slots: Sequence[_Slot]) -> NameSpan | None:
    """Return the name that ``slots`` (2 or 3 adjacent capitalised words) spell, if any."""
    verb_gender: str | None = None
    if slots[0].opening:
        verb_gender = _following_verb_gender(text, slots[-1].token.end)
    for parts in _layouts(slots):
        if not _plausible(parts, verb_gender):
            continue
        built = _build(text, slots, parts)
        if built is not None:
            return built
    return None


def _plausible(
    parts: tuple[_Slot | None, _Slot | None, _Slot | None], verb_gender: str | None = None
) -> bool:
    """Return False for a first name and a surname that are too weak to be a name together.

    ``verb_gender`` is the gender of a past-tense verb right after the words (see
    `_following_verb_gender`): at a sentence's start, a first name of that gender in the
    nominative with a word in the nominative after it is the verb's subject (``Вера Коваль
    рассказала``), whatever else its words may read as.
    """
    first, patronymic, surname = parts
    if first is None or surname is None or patronymic is not None or first.initial:
        return True
    surname_kinds = surname.info.kinds()
    if "Surn" in surname_kinds or not surname.info.known:
        return True
    # A known word that is not a surname (``Колб`` read as ``колба``) completes a name only
    # after a word that is most likely a first name and not capitalised by position only
    # (``Слава Україні`` opens a sentence).
    # Mid-sentence the capital itself rules out the word's common-noun readings (``Марта``
    # as the genitive of ``март``; Russian months are written in lower case).
    if (
        first.opening
        and verb_gender is not None
        and _subject_first_name(first, verb_gender)
        and "nomn" in surname.info.other_cases
    ):
        return True  # ``Вера Коваль рассказала``; not ``Надежда Европы погибла``
    return first.info.only_names() or (
        not first.opening
        and (
            first.info.first_is_name
            or _name_not_month(first)
            or _adjective_without_noun(first, surname)
        )
    )


def _adjective_without_noun(first: _Slot, surname: _Slot) -> bool:
    """Return True when the first word's only other readings are adjectives with no noun.

    Ukrainian ``Іриною`` is also the possessive adjective ``Ірин`` (Ira's), ranked first by a
    dictionary that does not rank; an adjective needs a noun that agrees with it, and the
    capitalised word after it is none (``Іриною Стовпчик``: no feminine instrumental noun),
    so the first word is the first name.
    """
    others = [
        parse
        for parse in parse_word(_normalise(first.token.text))
        if not any(kind in parse.tag for kind in _KINDS)
    ]
    if not others or any(parse.tag.POS != "ADJF" for parse in others):
        return False
    following = [
        parse.tag for parse in parse_word(_normalise(surname.token.text)) if parse.tag.POS == "NOUN"
    ]
    return not any(
        noun.case == adjective.tag.case and noun.gender in (None, adjective.tag.gender)
        for adjective in others
        for noun in following
    )


def _subject_first_name(slot: _Slot, gender: str) -> bool:
    """Return True when ``slot`` reads as a first name in the nominative of ``gender``."""
    return any(
        reading.kind == "Name" and reading.case == "nomn" and reading.gender == gender
        for reading in slot.info.readings
    )


def _name_not_month(slot: _Slot) -> bool:
    """Return True for a first name spelt like a month's case form (`NAME_LIKE_MONTH_FORMS`)."""
    return "Name" in slot.info.kinds() and _normalise(slot.token.text) in pick(
        frozenset[str](), ru.NAME_LIKE_MONTH_FORMS
    )


_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}[ \t]+$")


def _holiday_date(text: str, token: Token) -> bool:
    """Return True for a month's form capitalised after a day's number (``8 Марта``, ``1 Мая``).

    The name of a holiday is its date, written with a capital (`NAME_LIKE_MONTH_FORMS`): the
    word is the month, never a first name opening the name after it (``8 Марта Кличко``).
    """
    months = pick(frozenset[str](), ru.NAME_LIKE_MONTH_FORMS)
    if not months or _normalise(token.text) not in months:
        return False
    return _DAY_BEFORE.search(text, max(0, token.start - 4), token.start) is not None


def _runs(text: str, tokens: Sequence[Token]) -> Iterator[list[_Slot]]:
    """Yield runs of adjacent capitalised words (initials included) that may hold names."""
    run: list[_Slot] = []
    previous_end = -1
    previous_index = -2
    # Only the capitalised words are visited: a word in lower case between two of them ends
    # the run, as it would if each word were looked at in turn.
    for index in [at for at, token in enumerate(tokens) if token.text[:1].isupper()]:
        token = tokens[index]
        if index != previous_index + 1:  # a word in lower case came between
            if run:
                yield run
            run, previous_end = [], -1
        previous_index = index
        if _holiday_date(text, token):
            if run:
                yield run
            run, previous_end = [], -1
            continue
        initial = len(token.text) == 1 and _INITIAL.match(text, token.start) is not None
        gap = text[previous_end : token.start] if previous_end >= 0 else ""
        joined = previous_end >= 0 and (
            (gap.isspace() and "\n" not in gap) or (run and run[-1].initial and gap.strip() == ".")
        )
        if run and not joined:
            yield run
            run = []
        opening = sentence_initial(text, token.start)
        run.append(_Slot(token=token, info=analyse(token.text), initial=initial, opening=opening))
        previous_end = token.end
    if run:
        yield run


def _single(slot: _Slot) -> NameSpan | None:
    """Return a one-word name (a surname or a first name alone) when morphology insists on it."""
    info = slot.info
    if slot.initial or not info.only_names():
        return None
    if any(reading.lemma in pick(NAME_BLOCKERS, ru.NAME_BLOCKERS) for reading in info.readings):
        return None
    token = slot.token
    readings = [r for r in info.readings if r.kind in {"Surn", "Name"}]
    if not readings:
        return None
    # The reading whose lemma is the word itself, in the nominative, first: ``Петро`` is
    # ``Петро``, though ``Петра`` (a woman's name) reads it as a vocative, and ``Ганна`` is a
    # first name, though ``Ганн`` (a surname) reads it as a genitive; then a surname.
    lowered = _normalise(token.text)
    reading = min(
        readings,
        key=lambda r: (r.lemma != lowered, r.case not in {"nomn", None}, r.kind != "Surn"),
    )
    kind = reading.kind
    lemma = restore_case(_with_apostrophe(reading.lemma, token.text))
    return NameSpan(
        start=token.start,
        end=token.end,
        text=token.text,
        name=lemma,
        first=lemma if kind == "Name" else None,
        patronymic=None,
        surname=lemma if kind == "Surn" else None,
        gender=reading.gender,
    )


def _scan(text: str, run: list[_Slot]) -> Iterator[NameSpan]:
    """Yield the names inside one run of capitalised words, longest first, left to right."""
    index = 0
    while index < len(run):
        found: NameSpan | None = None
        used = 1
        for size in (3, 2):
            window = run[index : index + size]
            if len(window) < size or not all(
                _name_like(s.info) or s.initial or k > 0 for k, s in enumerate(window)
            ):
                continue
            found = _interpret(text, window)
            if found is not None and size == 2 and _full_name_follows(text, run, index):
                found = None  # ``голова Ромен Петро Коваленко``: a place, then the name
            if found is not None:
                used = size
                break
        longer = _three_words(text, run, index, found, used)
        if longer is not None:
            found, used = longer, _PAIR + 1
        if found is None:
            slot = run[index]
            if not slot.opening or slot.info.only_names():
                found = _single(slot)
        if found is not None:
            yield found
        index += used


_PAIR = 2


def _foreign_three(
    text: str, run: Sequence[_Slot], index: int, found: NameSpan | None
) -> NameSpan | None:
    """Return a three-word foreign name that ``found`` (first name and a word) opens, or None.

    ``Емілія Бассано Ланьєр``: after a first name the dictionary knows, two capitalised words
    it does not know are a middle name and a surname, kept as written (they decline rarely);
    the middle one is kept in ``patronymic``, the place of the middle part of a name.
    """
    if found is None or found.patronymic is not None or index + 2 >= len(run):
        return None
    if found.first is None or found.first.endswith("."):
        return None
    first, second, third = run[index], run[index + 1], run[index + 2]
    if first.initial or not first.info.known or second.info.known or third.info.known:
        return None
    if third.initial or second.initial or not is_capitalised(third.token.text):
        return None
    middle, surname = restore_case(second.token.text), restore_case(third.token.text)
    if found.surname != middle:
        # ``с Романом Ковалишиным Микитюк``: the second word declines as the first name's
        # surname, so the name ends there; the third word is another person's.
        return None
    return NameSpan(
        start=found.start,
        end=third.token.end,
        text=text[found.start : third.token.end],
        name=f"{found.first} {middle} {surname}",
        first=found.first,
        patronymic=middle,
        surname=surname,
        gender=found.gender,
    )


def _three_words(
    text: str, run: Sequence[_Slot], index: int, found: NameSpan | None, used: int
) -> NameSpan | None:
    """Return a three-word name that opens at ``index`` where fewer words were read, or None.

    A pair may open a foreign name of three words (`_foreign_three`); a single word may open a
    double given name (`_double_given_name`).
    """
    if used == _PAIR:
        return _foreign_three(text, run, index, found)
    if used == 1:
        return _double_given_name(text, run, index)
    return None


def _double_given_name(text: str, run: Sequence[_Slot], index: int) -> NameSpan | None:
    """Return a name of two first names and a surname that opens at ``index``, or None.

    ``Ларсом Еріком Фальком``, ``Анна Марія Коваль``: two words the dictionary reads only as
    first names, then a first name and surname that make a name, all in one case and gender,
    are one person with a double given name (the second kept in ``patronymic``, the place of
    the middle part of a name). A first word with any other reading (``Ромен``: a town's
    genitive too) is left to `_full_name_follows`.
    """
    if index + 2 >= len(run):
        return None
    first, second, third = run[index], run[index + 1], run[index + 2]
    if any(slot.initial for slot in (first, second, third)) or not all(
        slot.info.only_names() and slot.info.kinds() == {"Name"} for slot in (first, second)
    ):
        return None
    pair = _interpret(text, run[index + 1 : index + 3])
    if pair is None or pair.patronymic is not None or pair.first is None or pair.surname is None:
        return None
    shared = _case_options(first.info, "Name") & _case_options(second.info, "Name")
    shared &= _case_options(third.info, "Surn")
    options = [(case, gender) for case, gender in shared if gender in (pair.gender, None)]
    if not options:
        return None
    case, gender = min(options, key=lambda option: (option[1] is None, option[0], option[1] or ""))
    lemma = _lemma(first.info, "Name", case, gender) or first.token.text
    given = restore_case(_with_apostrophe(lemma, first.token.text))
    return NameSpan(
        start=first.token.start,
        end=pair.end,
        text=text[first.token.start : pair.end],
        name=f"{given} {pair.first} {pair.surname}",
        first=given,
        patronymic=pair.first,
        surname=pair.surname,
        gender=pair.gender,
    )


def _full_name_follows(text: str, run: Sequence[_Slot], index: int) -> bool:
    """Return True when the second of two words read as a name opens a better name itself.

    ``Ромен Петро Коваленко``: ``Петро`` is a first name that is never a surname and
    ``Коваленко`` after it is a surname, so the name is ``Петро Коваленко`` and the word
    before it something else (the genitive of a town).
    """
    if index + 2 >= len(run):
        return False
    second, third = run[index + 1], run[index + 2]
    if second.initial or "Surn" in second.info.kinds() or "Name" not in second.info.kinds():
        return False
    if "Surn" not in third.info.kinds():
        return False
    return _interpret(text, run[index + 1 : index + 3]) is not None


def find_names(text: str, start: int = 0, end: int | None = None) -> list[NameSpan]:
    """Return the person names that morphology finds in ``text[start:end]``, in text order.

    Full names (first name with surname and/or patronymic, initials with surname) are found in
    any grammatical case; a word alone counts only when every dictionary reading of it is a
    name. Lone surnames that repeat an earlier full name are matched by the caller.
    """
    found: list[NameSpan] = []
    tokens = tokenize(text, start, end)
    for run in _runs(text, tokens):
        found.extend(span for span in _scan(text, run) if not _title(text, span))
    found = _particle_names(text, tokens, found)
    found = _coordinated_names(text, found, len(text) if end is None else end)
    return _share_surnames(text, found, start)


_MAX_PARTICLES = 2  # ``ван дер``, ``де ла``


def _particle_names(text: str, tokens: Sequence[Token], found: list[NameSpan]) -> list[NameSpan]:
    """Return ``found`` with the names whose surname opens with a particle (`NAME_PARTICLES`).

    ``Марк ван дер Линден``, ``Яна де Вита``: a first name, one or two lower-case particles and
    a capitalised word are one name; the particles belong to the surname and never decline.
    The first name gives the case and gender (the surname is declined to agree); a first name
    the dictionary does not know keeps the words as written. A surname with its particles and
    no first name (``ван дер Линден заявил``, ``Фон Штайнберг``) is a name too
    (`_particle_surname`).
    Names found inside the span (the surname alone) give way to it.
    """
    particles = pick(NAME_PARTICLES, ru.NAME_PARTICLES)
    made: list[NameSpan] = []
    index = 0
    while index < len(tokens) - 1:
        word = tokens[index].text
        if word.lower() not in particles or not word[1:].islower():
            index += 1
            continue
        last = index
        while (
            last + 1 < len(tokens)
            and last - index + 1 < _MAX_PARTICLES
            and tokens[last + 1].text in particles
            and _joined(text, tokens[last], tokens[last + 1])
        ):
            last += 1
        built = None
        if index > 0 and word.islower():
            built = _particle_name(text, tokens, index, last)
        if built is None:
            built = _particle_surname(text, tokens, index, last)
        if built is not None:
            while made and made[-1].end > built.start:
                made.pop()  # a later name over an earlier one gives the later one
            made.append(built)
        index = last + 1
    if not made:
        return found
    # One pass over the names found: each gives way to the particle name over it, looked up
    # by bisection among the particle names, which are in text order and do not overlap.
    starts = [name.start for name in made]
    kept = [name for name in found if not _overlaps(made, starts, name)]
    return sorted([*kept, *made], key=lambda name: name.start)


def _overlaps(made: Sequence[NameSpan], starts: Sequence[int], name: NameSpan) -> bool:
    """Return True when ``name`` overlaps one of ``made`` (in text order, ``starts`` theirs)."""
    at = bisect.bisect_left(starts, name.end)  # the names of ``made`` starting before its end
    return at > 0 and made[at - 1].end > name.start


def _particle_surname(text: str, tokens: Sequence[Token], index: int, last: int) -> NameSpan | None:
    """Return the surname of the particles ``tokens[index:last+1]`` and a capitalised word.

    No first name stands before it: the word before is in lower case or a word the dictionary
    knows as no first name (``Вчера ван Берген``, ``В Гааге фон Штайнберг``), or the particle
    opens the sentence (capitalised). One particle alone must be one that is no word of the language
    (`NAME_PARTICLES_ALONE`: ``ван``, ``фон``); ``де`` alone is also Ukrainian "where".
    """
    if last + 1 >= len(tokens) or not _joined(text, tokens[last], tokens[last + 1]):
        return None
    first, after = tokens[index], tokens[last + 1]
    if not is_capitalised(after.text) or after.text.isupper():
        return None
    if first.text.islower():
        previous = tokens[index - 1] if index > 0 else None
        if (
            previous is not None
            and _joined(text, previous, first)
            and is_capitalised(previous.text)
            and _may_be_first_name(previous.text)
        ):
            return None  # a first name before it: `_particle_name` decides
    elif not sentence_initial(text, first.start):
        return None
    if last == index and first.text.lower() not in pick(
        NAME_PARTICLES_ALONE, ru.NAME_PARTICLES_ALONE
    ):
        return None
    words = [token.text.lower() for token in tokens[index : last + 1]]
    if not first.text.islower():
        # Capitalised at a sentence's start the word may be a surname of its own (Chinese
        # ``Ван Лэй``) as well as a particle: the words are kept as written.
        words[0] = first.text
    surname = " ".join([*words, restore_case(after.text)])
    return NameSpan(
        start=first.start,
        end=after.end,
        text=text[first.start : after.end],
        name=surname,
        first=None,
        patronymic=None,
        surname=surname,
        gender=None,
    )


def _may_be_first_name(word: str) -> bool:
    """Return True unless the dictionary knows ``word`` and never as a first name (``Вчора``)."""
    info = analyse(word)
    return not info.known or "Name" in info.kinds()


def _particle_name(text: str, tokens: Sequence[Token], index: int, last: int) -> NameSpan | None:
    """Return the name of a first name, the particles ``tokens[index:last+1]`` and a surname."""
    if last + 1 >= len(tokens):
        return None
    before, after = tokens[index - 1], tokens[last + 1]
    if not (_joined(text, before, tokens[index]) and _joined(text, tokens[last], after)):
        return None
    if not all(is_capitalised(t.text) and not t.text.isupper() for t in (before, after)):
        return None
    first_info = analyse(before.text)
    if not _may_be_first_name(before.text):
        return None  # a common word or a place before the particle, not a first name
    slots = [
        _Slot(token=t, info=analyse(t.text), initial=False, opening=False) for t in (before, after)
    ]
    built = _build(text, slots, (slots[0], None, slots[1])) if first_info.known else None
    first = built.first if built is not None else restore_case(before.text)
    surname_word = built.surname if built is not None else restore_case(after.text)
    particles = " ".join(t.text for t in tokens[index : last + 1])
    surname = f"{particles} {surname_word}"
    return NameSpan(
        start=before.start,
        end=after.end,
        text=text[before.start : after.end],
        name=f"{first} {surname}",
        first=first,
        patronymic=None,
        surname=surname,
        gender=None if built is None else built.gender,
    )


_COORDINATION_AFTER = re.compile(r"[ \t]+(?:і|й|та)[ \t]+")


def _coordinated_names(text: str, found: list[NameSpan], end: int) -> list[NameSpan]:
    """Return ``found`` with a two-word name coordinated right after a full name.

    ``Андрія Савчука і Іона Русу``: a foreign name the dictionary misreads is taken when it
    follows a full name and a conjunction, its first word is a first name or unknown, and that
    word can be in the case of the first name before the conjunction.
    """
    result = list(found)
    for full in found:
        if full.first is None or full.surname is None or full.first.endswith("."):
            continue
        gap = _COORDINATION_AFTER.match(text, full.end, end)
        if gap is None:
            continue
        tokens = tokenize(text, gap.end(), min(end, gap.end() + 80))
        if len(tokens) < 2 or tokens[0].start != gap.end():
            continue
        pair = tokens[:2]
        longer = (
            len(tokens) > 2
            and _joined(text, tokens[1], tokens[2])
            and is_capitalised(tokens[2].text)
        )
        if (
            longer
            or not _joined(text, pair[0], pair[1])
            or not all(is_capitalised(t.text) and not t.text.isupper() for t in pair)
            or any(_straddles(n, pair[0].start, pair[1].end) for n in result)
            or not _can_be_first_name(pair[0].text, _first_name_cases(full))
        ):
            continue
        # A word of the pair read alone (``Чобану`` as a surname) gives way to the pair.
        result = [n for n in result if not (pair[0].start <= n.start and n.end <= pair[1].end)]
        slots = [_Slot(token=t, info=analyse(t.text), initial=False, opening=False) for t in pair]
        built = _build(text, slots, (slots[0], None, slots[1]))
        if built is None:
            words = [restore_case(t.text) for t in pair]
            built = NameSpan(
                start=pair[0].start,
                end=pair[1].end,
                text=text[pair[0].start : pair[1].end],
                name=" ".join(words),
                first=words[0],
                patronymic=None,
                surname=words[1],
                gender=None,
            )
        result.append(built)
    return sorted(result, key=lambda name: name.start)


def _straddles(name: NameSpan, start: int, end: int) -> bool:
    """Return True when ``name`` overlaps ``start``-``end`` without lying inside it."""
    overlaps = name.start < end and start < name.end
    return overlaps and not (start <= name.start and name.end <= end)


def _joined(text: str, left: Token, right: Token) -> bool:
    """Return True when only spaces on one line separate two words."""
    gap = text[left.end : right.start]
    return bool(gap) and gap.isspace() and "\n" not in gap


def _first_name_cases(full: NameSpan) -> frozenset[str]:
    """Return the cases the first word of a found full name can be in as a first name."""
    word = full.text.split()[0]
    return frozenset(r.case for r in analyse(word).readings if r.kind == "Name" and r.case)


def _can_be_first_name(word: str, cases: frozenset[str]) -> bool:
    """Return True when ``word`` may be a first name in one of ``cases`` (unknown words may)."""
    info = analyse(word)
    if not info.known:
        return True
    names = [r for r in info.readings if r.kind == "Name"]
    if not names:
        return False
    own = {r.case for r in names} | info.other_cases
    return any(r.fixed for r in names) or bool(own & cases)


def name_gender(word: str) -> str | None:
    """Return ``masc`` or ``femn`` for a first name or surname in the nominative, or None.

    The word is read as written in a participant's name: only nominative readings whose lemma
    is the word itself count, so ``Петро`` is masculine although ``Петра`` is also a woman's
    name, and ``Богдан`` is masculine although the dictionary tags it as a name only in its
    other forms. A surname used for both genders (``Коваленко``) gives None.
    """
    lowered = _normalise(word)
    genders = {
        reading.gender
        for reading in analyse(word).readings
        if reading.kind in {"Name", "Surn"}
        and reading.lemma == lowered
        and (reading.case in {"nomn", None} or reading.fixed)
        and reading.gender in _GENDERS
    }
    return genders.pop() if len(genders) == 1 else None


_NOUN_PLURAL = ("и", "і", "ів", "ам", "ами", "ах")
_ADJECTIVAL_PLURAL = ("и", "их", "им", "ими")
_COORDINATED_FIRST = re.compile(r"([^\W\d_]+(?:['ʼ’][^\W\d_]+)*)\s+(?:і|й|та)\s+$")
_PLURAL_STEMS = ("ов", "ев", "єв", "ін", "їн")


def _share_surnames(text: str, found: list[NameSpan], start: int) -> list[NameSpan]:
    """Return ``found`` with first names coordinated before a full name given its surname.

    ``Микола та Лариса Онули``, ``В'ячеслава і Євгена Шкоду``: the first name before the
    conjunction shares the surname, which is often in the plural; both people are mentioned
    by the whole phrase.
    """
    result = list(found)
    for full in found:
        if full.first is None or full.surname is None or full.first.endswith("."):
            continue
        match = _COORDINATED_FIRST.search(text, max(start, full.start - 60), full.start)
        if match is None or not is_capitalised(match.group(1)):
            continue
        first_word = full.text.split()[0]
        cases = {r.case for r in analyse(first_word).readings if r.kind == "Name"}
        reading = next(
            (
                r
                for r in analyse(match.group(1)).readings
                if r.kind == "Name" and (r.case in cases or r.fixed or r.case is None)
            ),
            None,
        )
        if reading is None:
            continue
        surname_word = full.text.split()[-1]
        plural = _plural_surname(surname_word)
        if plural is None and reading.gender not in (None, full.gender):
            continue  # a singular surname fits one gender only
        own = full.surname if plural is None else _gendered(plural, full.gender)
        other = full.surname if plural is None else _gendered(plural, reading.gender)
        first = restore_case(_with_apostrophe(reading.lemma, match.group(1)))
        # The surname belongs to both people: each is mentioned by the whole phrase, as
        # NER practice marks it (``Микола та Лариса Онули``).
        start = match.start(1)
        whole = text[start : full.end]
        partner = NameSpan(
            start=start,
            end=full.end,
            text=whole,
            name=f"{first} {other}",
            first=first,
            patronymic=None,
            surname=other,
            gender=reading.gender,
        )
        result = [n for n in result if not (n.start == start and n.surname is None)]
        index = result.index(full)
        result[index] = NameSpan(
            start=start,
            end=full.end,
            text=whole,
            name=" ".join(p for p in (full.first, full.patronymic, own) if p),
            first=full.first,
            patronymic=full.patronymic,
            surname=own,
            gender=full.gender,
        )
        result.insert(index, partner)
    return sorted(result, key=lambda name: name.start)


def _plural_surname(word: str) -> str | None:
    """Return the masculine nominative of a plural surname (``Петренки``, ``Онули``), or None."""
    for parse in parse_word(_normalise(word)):
        if "Surn" in parse.tag and "plur" in parse.tag:
            return restore_case(_with_apostrophe(str(parse.normal_form), word))
    if listed(_normalise(word)) and analyse(word).readings:
        return None
    lowered = _normalise(word)
    for ending in sorted({*_NOUN_PLURAL, *_ADJECTIVAL_PLURAL}, key=len, reverse=True):
        if lowered.endswith(ending) and len(lowered) > len(ending) + 2:
            return restore_case(_with_apostrophe(lowered[: -len(ending)], word))
    return None


def _gendered(masculine: str, gender: str | None) -> str:
    """Return the form of a masculine surname for a person of ``gender``."""
    if gender == "femn" and masculine.lower().endswith(_PLURAL_STEMS):
        return masculine + "а"
    return masculine


def _title(text: str, span: NameSpan) -> bool:
    """Return True for a name that is all of a quoted title (``«Петровець»``, ``«Олімпія»``)."""
    return text[span.start - 1 : span.start] == "«" and text[span.end : span.end + 1] == "»"
