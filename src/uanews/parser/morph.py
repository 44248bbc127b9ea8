"""Morphology helpers on top of pymorphy3: lazily built analysers, nominative forms.

Ukrainian and Russian each have an analyser; `uanews.parser.language` says which one the rules
read (Ukrainian unless the item is Russian). An analyser takes about a tenth of a second to
load, so each is built on first use and then shared: a Ukrainian-only run never loads the
Russian dictionary. A word written with letters only the other language has (``ы``, ``э``,
``ё``, ``ъ`` / ``і``, ``ї``, ``є``, ``ґ``) is read by that language's analyser: a Russian name
quoted in a Ukrainian item is still a Russian word.

pymorphy3's Ukrainian dictionary spells the apostrophe as ASCII ``'``; words are looked up in
that spelling and written back with the apostrophe the text used.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Sequence
from typing import Any

from uanews.parser import lexicon_morph
from uanews.parser.language import (
    count_entries,
    current_language,
    drop_oldest,
    item_languages,
    language_cache,
    register_cache,
    rule_language,
    shared_set,
)
from uanews.text import APOSTROPHES

__all__ = [
    "WordForm",
    "analyzer",
    "listed",
    "nominative_form",
    "nominative_or_none",
    "parse_word",
    "readings_ranked",
    "to_nominative",
    "unyo",
    "word_form",
]

_APOSTROPHE = re.compile(f"[{re.escape(APOSTROPHES)}]")
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
_ADJECTIVES = frozenset({"ADJF", "PRTF"})
# Analysers that read a word from the dictionary (a hyphenated word from two dictionary parts).
_KNOWN = frozenset({"DictionaryAnalyzer", "HyphenatedWordsAnalyzer"})
_DICTIONARY = "DictionaryAnalyzer"
_SUFFIX_GUESS = "KnownSuffixAnalyzer"
_PREFIX_GUESS = "UnknownPrefixAnalyzer"
"""A dictionary reading after cutting off an unknown prefix (``Ирпене`` as ``ир-пене``): a guess."""
_LEAST_REST = 5
"""Letters the dictionary word after an unknown prefix needs: pymorphy3 itself guesses a
declension from endings of up to five letters, so a shorter word tells less than that."""
_COMMON = "ms-f"
"""pymorphy3's grammeme of a noun of common gender (``голова``, ``коллега``)."""
_COMMON_GENDERS = frozenset({"masc", "femn"})


_LETTERS_OF = {"ru": frozenset("ыэёъЫЭЁЪ"), "uk": frozenset("іїєґІЇЄҐ")}
"""Letters only one language's orthography has: a word with them is a word of that language."""
_OTHERS_LETTERS = {
    language: tuple((other, letters) for other, letters in _LETTERS_OF.items() if other != language)
    for language in _LETTERS_OF
}
"""`_LETTERS_OF` less each language's own, in the same order: what `_word_language` tries."""


def analyzer(language: str | None = None) -> Any:  # noqa: ANN401 - pymorphy3 ships no types
    """Return the shared ``pymorphy3.MorphAnalyzer`` of ``language``, building it on first use.

    ``language`` defaults to the current rule language (`uanews.parser.language`).
    """
    return _analyzer(rule_language(language or current_language()))


@functools.cache
def _analyzer(language: str) -> Any:  # noqa: ANN401 - pymorphy3 ships no type information
    """Return the analyser of ``language`` (``"uk"`` or ``"ru"``), built once."""
    # Imported here: ``import uanews`` and structure-only parsing never load a dictionary.
    import pymorphy3  # noqa: PLC0415

    morph = pymorphy3.MorphAnalyzer(path=_dictionary_path(language), lang=language)
    _keep_tag_answers(morph.dictionary.gramtab)
    return morph


_TAG_CATEGORIES = (
    "POS",
    "animacy",
    "aspect",
    "case",
    "gender",
    "involvement",
    "mood",
    "number",
    "person",
    "tense",
    "transitivity",
    "voice",
)
"""The attributes of a pymorphy3 tag that each pick one grammeme of a category."""
_TAG_SETS = ("grammemes",)
"""The attributes of a pymorphy3 tag that give a set of its grammemes: a property that checks
its own cache at every read (``grammeme in tag`` reads it too)."""


def _keep_tag_answers(gramtab: list[Any]) -> None:
    """Replace each tag of a dictionary's ``gramtab`` by one that keeps its answers; return None.

    Every reading pymorphy3 builds from the dictionary carries one of these few thousand shared
    tags. On a plain tag, ``tag.POS`` or ``tag.case`` intersects two sets and wraps the answer
    in a new object at each call, and ``"NOUN" in tag`` checks the grammeme's spelling through
    two class methods; the rules ask such questions of each new word form dozens of times.
    The replacement (`_answering_tag_class`) is a subclass that holds the same grammemes and
    keeps the object the plain tag's attribute gives the first time it is asked, so every
    answer, equality, hash and error is the same. The dictionary is this process's own
    (`_analyzer` builds it).
    """
    for index, tag in enumerate(gramtab):
        base: Any = type(tag)
        kept = object.__new__(_answering_tag_class(base))
        for slot in _slots(base):
            setattr(kept, slot, getattr(tag, slot))
        gramtab[index] = kept


@functools.cache
def _slots(base: Any) -> tuple[str, ...]:  # noqa: ANN401 - a pymorphy3 tag class
    """Return the names of the slots of ``base`` and its bases: all that a tag holds."""
    names: list[str] = []
    for klass in base.__mro__:
        declared = klass.__dict__.get("__slots__", ())
        names.extend([declared] if isinstance(declared, str) else declared)
    return tuple(name for name in names if name not in {"__dict__", "__weakref__"})


@functools.cache
def _answering_tag_class(base: Any) -> Any:  # noqa: ANN401 - a pymorphy3 tag class
    """Return the subclass of a pymorphy3 tag class whose instances keep their answers.

    Each category attribute (`_TAG_CATEGORIES`) and the grammeme set (`_TAG_SETS`) is a
    `_KeptAnswer`, which asks the base class's attribute once and keeps its answer in the
    instance's ``__dict__`` (the base class has slots only); setting any attribute but the base
    class's slots raises ``AttributeError`` as on a plain tag. ``grammeme in tag`` is answered
    from the tag's grammeme set when it holds the grammeme or the grammeme is a known one;
    anything else goes to the base class, which raises for an unknown grammeme as before.
    """

    def contains(self: Any, grammeme: object) -> bool:  # noqa: ANN401 - a pymorphy3 tag
        if type(grammeme) is str:
            if grammeme in self.grammemes:
                return True
            if grammeme in self.KNOWN_GRAMMEMES:
                return False
        return bool(base.__contains__(self, grammeme))

    def reduce(self: Any) -> tuple[type, tuple[str], None]:  # noqa: ANN401 - a pymorphy3 tag
        return base, (str(self),), None  # pickled as the plain tag it equals

    slots = frozenset(_slots(base))

    def setattr_(self: Any, name: str, value: object) -> None:  # noqa: ANN401 - pymorphy3 tag
        # Only the slots of the plain tag can be set: no new attribute lands in ``__dict__``,
        # which holds the kept answers only.
        if name not in slots:
            message = f"{base.__name__!r} object has no attribute {name!r}"
            raise AttributeError(message)
        object.__setattr__(self, name, value)

    namespace: dict[str, object] = {
        "__contains__": contains,
        "__reduce__": reduce,
        "__setattr__": setattr_,
        "__module__": base.__module__,
    }
    for name in (*_TAG_CATEGORIES, *_TAG_SETS):
        namespace[name] = _KeptAnswer(base, name)
    namespace[_FACTS] = _KeptFacts()
    return type(base.__name__, (base,), namespace)


class _KeptAnswer:
    """A category attribute of `_answering_tag_class`: asks the base class's once per tag.

    A non-data descriptor, like the base class's own: the answer it puts in the tag's
    ``__dict__`` under the same name hides it from then on, so later reads are plain attribute
    reads. (``functools.cached_property`` does the same behind a lock on Python 3.11.)
    """

    def __init__(self, base: Any, name: str) -> None:  # noqa: ANN401 - a pymorphy3 tag class
        """Keep the base class's attribute ``name`` and the class it computes for."""
        self.name = name
        self.base = base
        self.attribute = next(
            klass.__dict__[name] for klass in base.__mro__ if name in klass.__dict__
        )

    def __get__(self, tag: Any, owner: type | None = None) -> Any:  # noqa: ANN401 - pymorphy3
        """Return the grammeme (or None) the base class's attribute gives ``tag``, kept.

        A typed grammeme (pymorphy3's ``str`` subclass that refuses a comparison with a
        grammeme its category lacks) is kept as the same value of `_comparing_class`, whose
        comparisons give the same answers and errors without running Python code.
        """
        if tag is None:
            return self
        answer = self.attribute.__get__(tag, self.base)
        typed: Any = getattr(self.attribute, "TypedGrammeme", None)
        if typed is not None and type(answer) is typed:
            answer = _comparing_class(self.attribute, str(answer))(answer)
        tag.__dict__[self.name] = answer
        return answer


_FACTS = "uanews_facts"
"""The attribute of a shared analyser's tag that keeps its `_tag_facts`."""


class _KeptFacts:
    """The `_FACTS` attribute of `_answering_tag_class`: `_tag_facts` of the tag, kept.

    A non-data descriptor like `_KeptAnswer`: the facts are computed on the first read and
    put in the tag's ``__dict__``, which answers every later read.
    """

    def __get__(self, tag: Any, owner: type | None = None) -> Any:  # noqa: ANN401 - pymorphy3
        """Return the facts of ``tag`` (this descriptor itself when read from the class)."""
        if tag is None:
            return self
        facts = _tag_facts(tag)
        tag.__dict__[_FACTS] = facts
        return facts


class _GrammemeAnswers(dict[object, bool]):
    """What a typed grammeme's ``==`` (or ``!=``) answers, by the other operand.

    The keys are the grammemes of the category and None; any other operand is refused as
    pymorphy3's ``TypedGrammeme`` refuses it, with the same error.
    """

    __slots__ = ("grammemes",)

    def __init__(self, grammemes: frozenset[str], answers: dict[object, bool]) -> None:
        """Keep ``answers`` and the category's ``grammemes`` (for the error message)."""
        super().__init__(answers)
        self.grammemes = grammemes

    def __missing__(self, other: object) -> bool:
        """Raise pymorphy3's error for a grammeme outside the category."""
        known = ", ".join(self.grammemes)
        message = f"'{other}' is not a valid grammeme for this attribute. Valid grammemes: {known}"
        raise ValueError(message)


@functools.cache
def _comparing_class(category: Any, value: str) -> Any:  # noqa: ANN401 - pymorphy3 classes
    """Return a subclass of a ``category``'s typed grammeme class for the grammeme ``value``.

    ``category`` is the pymorphy3 descriptor of a tag attribute (``OpencorporaTag.POS``); its
    ``TypedGrammeme`` is the class of the grammemes it gives, ``grammeme_set`` the category.

    ``TypedGrammeme.__eq__`` is Python code: it checks that the other operand is a grammeme of the
    category (or None), then compares the strings; the rules compare tags' grammemes tens of
    thousands of times a cold pass. For one value every answer is known beforehand, so
    ``==`` and ``!=`` are lookups in a table of them (`_GrammemeAnswers`): a bound
    ``dict.__getitem__`` as the method, which Python calls with the other operand alone.
    Hash, string methods and the refusal of a grammeme outside the category are as before.
    """
    typed, grammemes = category.TypedGrammeme, category.grammeme_set
    equal: dict[object, bool] = {grammeme: grammeme == value for grammeme in grammemes}
    unequal: dict[object, bool] = {grammeme: grammeme != value for grammeme in grammemes}
    namespace = {
        "__slots__": (),
        "__eq__": _GrammemeAnswers(grammemes, {**equal, None: False}).__getitem__,
        "__ne__": _GrammemeAnswers(grammemes, {**unequal, None: True}).__getitem__,
        "__hash__": str.__hash__,
        "__module__": typed.__module__,
    }
    return type(typed.__name__, (typed,), namespace)


_RANKED = frozenset({"ru"})
"""Languages whose dictionary orders a word's readings by corpus frequency (pymorphy3 scores):
the Russian one does; the Ukrainian one gives every reading the same score."""


def readings_ranked() -> bool:
    """Return True if the current language's first reading of a word is its likeliest one."""
    return current_language() in _RANKED


def _word_language(word: str) -> str:
    """Return the language whose analyser reads ``word``.

    That is the current language, or another one if ``word`` has a letter only it writes. In an
    item that mixes languages, a word the main language's dictionary does not know is read by
    the dictionary of another language of the item that knows it (``сказал`` in a Russian
    paragraph of a Ukrainian item).
    """
    languages = item_languages()
    language = languages[0]
    others = _OTHERS_LETTERS.get(language)
    if others is None:
        others = tuple(
            (other, letters) for other, letters in _LETTERS_OF.items() if other != language
        )
    for other, letters in others:
        if not letters.isdisjoint(word):
            return other
    if len(languages) > 1:
        lowered = _APOSTROPHE.sub("'", word.lower())
        if not _analyzer(language).word_is_known(lowered):
            for other in languages[1:]:
                if _analyzer(other).word_is_known(lowered):
                    return other
    return language


def _dictionary_path(language: str) -> str | None:
    """Return the directory of ``language``'s dictionary, or None to let pymorphy3 find it.

    Without a path pymorphy3 scans the metadata of every installed package for dictionaries,
    which costs each new process tens of milliseconds; the variable pymorphy3 reads a path
    from still wins.
    """
    import pymorphy3  # noqa: PLC0415 - see analyzer
    import pymorphy3_dicts_uk  # type: ignore[import-untyped]  # noqa: PLC0415 - ships no types

    if pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE in os.environ:
        return None
    if language == "ru":
        # Imported here: only a run that meets Russian text pays for the Russian dictionary.
        import pymorphy3_dicts_ru  # type: ignore[import-untyped]  # noqa: PLC0415 - no types

        return str(pymorphy3_dicts_ru.get_path())
    return str(pymorphy3_dicts_uk.get_path())


@language_cache()
def parse_word(word: str) -> tuple[Any, ...]:
    """Return pymorphy3's readings of ``word`` (apostrophes unified), or none if it cannot read it.

    Every caller in uanews goes through here: pymorphy3 raises ``KeyError``/``ValueError`` on
    characters without a Unicode name (``𗀀``), and such a word is in no dictionary anyway.
    """
    try:
        return tuple(analyzer(_word_language(word)).parse(_APOSTROPHE.sub("'", word)))
    except (KeyError, ValueError):
        return ()


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox"})
"""The grammemes of a reading that names a person or a place."""
_NOTHING: frozenset[str] = frozenset()

_TagFacts = tuple[bool, bool, bool, bool, bool, bool, str | None, tuple[str, str] | None]
"""What a `WordForm` reads of one tag (`_tag_facts`)."""


def _tag_facts(tag: Any) -> _TagFacts:  # noqa: ANN401 - a pymorphy3 tag
    """Return the facts of a pymorphy3 ``tag`` that a `WordForm` reads.

    They are (noun, singular noun, animate, inanimate noun naming no person or place, naming
    one, indeclinable, the case or None, a full participle's voice and tense or None).

    The shared analysers' tags keep these (`_KeptFacts`): a few thousand tags carry every
    reading, so each is read once, not once per form.
    """
    grammemes = tag.grammemes
    pos = tag.POS
    animate = "anim" in grammemes
    named = not _NAME_GRAMMEMES.isdisjoint(grammemes)
    noun = pos == "NOUN"
    case = tag.case
    return (
        noun,
        noun and "plur" not in grammemes,
        animate,
        noun and "inan" in grammemes and not named,
        named,
        "Fixd" in grammemes,
        None if case is None else str(case),
        (str(tag.voice), str(tag.tense)) if pos == "PRTF" else None,
    )


class WordForm:
    """What the rules ask of one word form's readings, read once from them (`word_form`).

    The screens of every rule family put their questions to each new form of a block or a
    sentence (is it a role noun, an organisation noun, a body, a speech noun...). Each used to
    walk the form's pymorphy3 readings again for the same few facts: lemmas, parts of speech,
    animacy, cases, name grammemes. The record holds those facts, computed in one walk, and the
    readings themselves (in `parse_word`'s order) for what is rarer. Every field is exactly what
    the walk it replaces computed from the same readings; the record is immutable by
    convention (its sets are frozen, its readings a tuple).
    """

    __slots__ = (
        "animate",
        "animate_noun_lemmas",
        "cases",
        "dictionary_word",
        "first_grammemes",
        "first_pos",
        "inanimate_common_nouns",
        "indeclinable",
        "lemmas",
        "named",
        "noun_lemmas",
        "participles",
        "readings",
        "singular_noun_lemmas",
    )

    readings: tuple[Any, ...]
    """The readings (`parse_word`), likeliest first where the dictionary ranks them."""
    lemmas: frozenset[str]
    """The lemma (``normal_form``) of every reading."""
    noun_lemmas: frozenset[str]
    """The lemmas of the noun readings."""
    singular_noun_lemmas: frozenset[str]
    """The lemmas of the noun readings not in the plural."""
    animate_noun_lemmas: frozenset[str]
    """The lemmas of the animate noun readings."""
    cases: frozenset[str]
    """The case of every reading that has one."""
    indeclinable: bool
    """True if a reading is indeclinable (``Fixd``)."""
    animate: bool
    """True if a reading is animate (``anim``)."""
    named: bool
    """True if a reading is a first name, surname, patronymic or place name."""
    inanimate_common_nouns: bool
    """True if every reading is an inanimate noun that names no person or place (or none is)."""
    first_pos: str | None
    """The part of speech of the first reading (None: no reading, or it has none)."""
    first_grammemes: frozenset[str]
    """The grammemes of the first reading (empty without readings)."""
    participles: tuple[tuple[str, str, str], ...]
    """(lemma, voice, tense) of each full participle reading (``PRTF``), in order."""
    dictionary_word: bool
    """True if a reading is the dictionary's own for the word (no prefix cut off, no guess)."""

    def __init__(self, readings: tuple[Any, ...]) -> None:
        """Read the facts of ``readings`` (pymorphy3 ``Parse`` objects) in one walk."""
        lemmas: set[str] = set()
        nouns: set[str] = set()
        singular: set[str] = set()
        animate_nouns: set[str] = set()
        cases: set[str] = set()
        participles: list[tuple[str, str, str]] = []
        indeclinable = animate = named = dictionary_word = False
        inanimate_common = True
        for parse in readings:
            tag = parse.tag
            facts = getattr(tag, _FACTS, None)  # a shape's tag (``LATN``) keeps none
            noun, single, is_animate, common, is_named, fixed, case, participle = (
                _tag_facts(tag) if facts is None else facts
            )
            lemma = parse.normal_form
            lemmas.add(lemma)
            if noun:
                nouns.add(lemma)
                if single:
                    singular.add(lemma)
                if is_animate:
                    animate_nouns.add(lemma)
            if not common:
                inanimate_common = False
            if participle is not None:
                participles.append((lemma, *participle))
            if case is not None:
                cases.add(case)
            indeclinable = indeclinable or fixed
            animate = animate or is_animate
            named = named or is_named
            if not dictionary_word:
                stack = parse.methods_stack  # `_listed`, written out
                dictionary_word = len(stack) == 1 and type(stack[0][0]).__name__ == _DICTIONARY
        self.readings = readings
        self._keep_sets(lemmas, nouns, singular, animate_nouns, cases)
        self.indeclinable = indeclinable
        self.animate = animate
        self.named = named
        self.inanimate_common_nouns = inanimate_common
        first = readings[0].tag if readings else None
        self.first_pos = None if first is None or first.POS is None else str(first.POS)
        self.first_grammemes = _NOTHING if first is None else first.grammemes  # the tag's own
        self.participles = tuple(participles)
        self.dictionary_word = dictionary_word

    def _keep_sets(
        self,
        lemmas: set[str],
        nouns: set[str],
        singular: set[str],
        animate_nouns: set[str],
        cases: set[str],
    ) -> None:
        """Keep the sets of the walk, each as the shared frozenset equal to it; return None.

        Most forms' sets equal another form's (every form of a lexeme has its lemma set), and a
        form's noun lemmas are mostly its lemmas: one object each (`shared_set`) keeps what the
        garbage collector walks small.
        """
        self.lemmas = shared_set(frozenset(lemmas)) if lemmas else _NOTHING
        self.noun_lemmas = self.lemmas if nouns == lemmas else _frozen(nouns)
        self.singular_noun_lemmas = self.noun_lemmas if singular == nouns else _frozen(singular)
        self.animate_noun_lemmas = (
            self.noun_lemmas if animate_nouns == nouns else _frozen(animate_nouns)
        )
        self.cases = shared_set(frozenset(cases)) if cases else _NOTHING


def _frozen(found: set[str]) -> frozenset[str]:
    """Return ``found`` as the shared frozenset equal to it (`shared_set`)."""
    return shared_set(frozenset(found)) if found else _NOTHING


@language_cache()
def word_form(word: str) -> WordForm:
    """Return the `WordForm` of ``word``: the facts of its readings (`parse_word`), kept.

    ``word`` is looked up as given (the rules pass it in lower case where they read it so),
    and the record is kept per form and language like the readings.
    """
    return WordForm(parse_word(word))


def listed(word: str) -> bool:
    """Return True if the current language's dictionary lists ``word`` in lower case.

    The same answer as the analyser's ``word_is_known(word.lower())``, read where it can be
    from the readings `parse_word` keeps: when the current language's analyser reads the
    word and the word has no apostrophe to unify, the dictionary lists it exactly when one
    reading comes from the dictionary alone (pymorphy3 keeps every dictionary reading it
    finds). Otherwise (another language's letters, a typographic apostrophe) the dictionary
    is asked.
    """
    lowered = word.lower()
    language = rule_language(current_language())
    if _word_language(lowered) == language and _APOSTROPHE.sub("'", lowered) == lowered:
        return word_form(lowered).dictionary_word
    return bool(_analyzer(language).word_is_known(lowered))


def _listed(parse: Any) -> bool:  # noqa: ANN401 - a pymorphy3 Parse
    """Return True for a reading of the word itself from the dictionary (no prefix cut off)."""
    stack = parse.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == _DICTIONARY


@language_cache()
def _known_parses(word: str) -> tuple[Any, ...]:
    """Return the dictionary parses of ``word`` (guesses for unknown words are left out).

    Kept per form: a phrase put in the nominative asks it of each word several times (as a
    head, as an adjective before one, as a word to stop at).
    """
    return tuple(parse for parse in parse_word(word) if _known(parse))


def _known(parse: Any) -> bool:  # noqa: ANN401 - a pymorphy3 Parse
    """Return True for a reading from the dictionary, or from one after a prefix cut off.

    A reading after an unknown prefix (``агрот-рейду`` of ``Агротрейду``) counts only when the
    dictionary word left is long enough to carry the whole ending the declension depends on
    (`_LEAST_REST`): ``ир-пене`` reads ``Ирпене`` as a form of ``пена``, a made-up ``Ирпена``.
    """
    stack = parse.methods_stack
    if type(stack[0][0]).__name__ not in _KNOWN:
        return False
    if any(type(method[0]).__name__ == _PREFIX_GUESS for method in stack):
        return len(stack[0][1]) >= _LEAST_REST
    return True


def _restyle(original: str, word: str) -> str:
    """Return ``word`` with the letter case, apostrophe and ``е``/``ё`` spelling of ``original``.

    A hyphenated word is restyled part by part: ``Новограда-Волинського`` gives
    ``Новоград-Волинський``, its second capital where the second part starts.
    """
    word = unyo(word, original)
    parts, originals = word.split("-"), original.split("-")
    if len(parts) > 1 and len(parts) == len(originals):
        return "-".join(map(_restyle, originals, parts))
    apostrophe = next((char for char in original if char in APOSTROPHES), "'")
    word = word.replace("'", apostrophe)
    letters = [char for char in original if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return word.upper()
    styled = [
        char.upper() if index < len(original) and original[index].isupper() else char
        for index, char in enumerate(word)
    ]
    return "".join(styled)


def unyo(word: str, original: str) -> str:
    """Return ``word`` with ``е`` for ``ё`` unless ``original`` writes ``ё``.

    The Russian dictionary spells its forms with ``ё`` (``Пётр``, ``волонтёр``); most news text
    writes ``е``, and a form put in the nominative keeps the spelling of the text.
    """
    if "ё" in word and "ё" not in original.lower():
        return word.replace("ё", "е").replace("Ё", "Е")
    return word


def _noun_parses(word: str, case: str | None) -> list[Any]:
    """Return the noun readings of ``word`` in ``case`` (any case if None), best first."""
    nouns = [parse for parse in _known_parses(word) if "NOUN" in parse.tag]
    if case is not None:
        nouns = [parse for parse in nouns if parse.tag.case == case]
    # Places and topics are things: prefer inanimate common nouns over names of people.
    # Indeclinable readings come last: a hyphenated word inherits them from an abbreviation.
    nouns.sort(
        key=lambda parse: (
            "anim" in parse.tag,
            "Surn" in parse.tag or "Name" in parse.tag,
            "Fixd" in parse.tag,
        )
    )
    return nouns


def nominative_form(
    parse: Any,  # noqa: ANN401 - a pymorphy3 Parse; pymorphy3 ships no type information
    number: str | None,
    gender: str | None,
) -> Any | None:  # noqa: ANN401 - a pymorphy3 Parse or None
    """Return the nominative of ``parse`` in ``number`` (and ``gender`` when singular), or None.

    ``Parse.inflect({"nomn"})`` may jump to the plural (``транспорту`` -> ``транспорти``)
    because singular tags carry no number grammeme, so the lexeme is searched directly.
    For a plain dictionary reading the answer is looked up once per lexeme (`_NOMINATIVES`),
    and the lexeme is built only when its dictionary form does not fit.
    """
    plural = number == "plur"
    stack = parse.methods_stack
    if len(stack) != 1 or type(stack[0][0]).__name__ != _DICTIONARY:
        return _first_fitting(parse.lexeme, plural=plural, gender=gender)
    # A plain dictionary reading: the lexeme is the one of this paradigm and lemma in this
    # dictionary, whichever of its forms ``parse`` is, so the answer is kept per lexeme.
    key = (stack[0][0], stack[0][2], parse.normal_form, plural, gender)
    found = _NOMINATIVES.get(key, _UNSEEN)
    if found is _UNSEEN:
        # Form 0 of the paradigm, the dictionary form, is built alone by ``normalized`` from
        # the same stem and tag as ``parse.lexeme[0]``: when it fits, no other form is built.
        first = parse.normalized
        if _fits(first, plural=plural, gender=gender):
            found = first
        else:
            found = _first_fitting(parse.lexeme, plural=plural, gender=gender)
        if len(_NOMINATIVES) >= _NOMINATIVE_LEXEMES:
            drop_oldest(_NOMINATIVES)
        else:
            count_entries(1)  # under the common budget (`register_cache` below)
        _NOMINATIVES[key] = found
    return found


_NOMINATIVES: dict[tuple[object, ...], Any] = {}
"""`nominative_form` of plain dictionary readings, by (dictionary unit, paradigm, lemma,
plural, gender): every form of a lexeme (``району``, ``районі``) has the same answer."""
_NOMINATIVE_LEXEMES = 16384
register_cache(
    f"{__name__}._NOMINATIVES", _NOMINATIVE_LEXEMES, _NOMINATIVES.__len__, _NOMINATIVES.clear
)
_UNSEEN = object()


def _first_fitting(lexeme: Any, *, plural: bool, gender: str | None) -> Any | None:  # noqa: ANN401
    """Return the first form of ``lexeme`` that `_fits`, or None."""
    return next((form for form in lexeme if _fits(form, plural=plural, gender=gender)), None)


def _fits(form: Any, *, plural: bool, gender: str | None) -> bool:  # noqa: ANN401 - a Parse
    """Return True if ``form`` is a nominative in the number (and singular gender) asked for."""
    # Some dictionary entries leave the case off the nominative singular (``транспорт``).
    if form.tag.case not in {"nomn", None} or (form.tag.number == "plur") != plural:
        return False
    return plural or gender is None or form.tag.gender in {None, gender}


def _agreeing_adjectives(
    words: list[str],
    head: Any,  # noqa: ANN401 - a pymorphy3 Parse; pymorphy3 ships no type information
) -> list[str] | None:
    """Return ``words`` (adjectives before ``head``) in the nominative, or None if one fails."""
    # Ukrainian tags carry a gender in the singular and a number grammeme only in the plural.
    singular = head.tag.number != "plur"
    # A noun of common gender (Russian ``голова`` of a city) takes a masculine or feminine
    # adjective, which keeps its own gender: ``городского головы`` -> ``городской голова``.
    common = _COMMON in head.tag.grammemes
    genders = _COMMON_GENDERS if common else frozenset({head.tag.gender})
    result: list[str] = []
    for word in words:
        for parse in _stressed_first(_adjective_parses(word)):
            if parse.tag.case != head.tag.case:
                continue
            if singular and (parse.tag.number == "plur" or parse.tag.gender not in genders):
                continue
            if not singular and parse.tag.number != "plur":
                continue
            gender = parse.tag.gender if common else head.tag.gender
            inflected = nominative_form(parse, head.tag.number, gender)
            if inflected is not None:
                result.append(_restyle(word, inflected.word))
                break
        else:
            by_ending = _nominative_by_ending(word, head)
            if by_ending is None:
                return None
            result.append(by_ending)
    return result


def _stressed_first(parses: Sequence[Any]) -> Sequence[Any]:
    """Return adjective ``parses`` with the likeliest lemma first, a stressed ``-ской`` on a tie.

    Russian spells an adjective's nominative ``-ский`` or, with the stress on the ending,
    ``-ской``; their other forms are the same (``Донском``, ``Заводского``). Where the Russian
    dictionary lists both lemmas for one form (``донский`` and ``донской``, ``заводский`` and
    ``заводской``), the ``-ский`` one is a rare spelling variant and the scores tie: the
    ``-ской`` lemma is the name (`lexicon_morph.STRESSED_ADJECTIVE_ENDINGS`). A form with one
    lemma keeps it (``Киевском`` - ``Киевский``). Readings without scores keep their order.

    A surname declined as an adjective (`_adjectival`) comes after every adjective reading:
    before a place noun the word is the noun's adjective, and a guessed surname's ``-ской``
    lemma is no spelling of it (``Оболонском районе`` is ``Оболонский район``, not the
    surname ``Оболонской``'s form).
    """
    if len({str(parse.normal_form) for parse in parses}) < 2:
        return parses
    return sorted(
        parses,
        key=lambda parse: (
            "Surn" in parse.tag,
            -float(parse.score),
            not str(parse.normal_form).endswith(lexicon_morph.STRESSED_ADJECTIVE_ENDINGS),
        ),
    )


def _nominative_by_ending(
    word: str,
    head: Any,  # noqa: ANN401 - a pymorphy3 Parse; pymorphy3 ships no type information
) -> str | None:
    """Return the nominative of a Russian ``-ский`` adjective agreeing with ``head``, or None.

    ``Купянском районе``: the dictionary knows ``Купянском`` only as a form of the town, but
    before ``районе`` it is the adjective ``Купянский`` (`uanews.parser.lexicon_morph`).
    """
    if current_language() not in _GUESSED_ADJECTIVES or head.tag.case is None:
        return None
    plural = head.tag.number == "plur"
    slot = "plur" if plural else head.tag.gender
    if slot is None or (not plural and _COMMON in head.tag.grammemes):
        return None
    endings = lexicon_morph.RUSSIAN_SK_ADJECTIVE_ENDINGS.get((head.tag.case, slot), ())
    folded = word.lower()
    for ending in endings:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and stem.endswith(lexicon_morph.SK_STEMS) and len(stem) > 3:
            nominative = stem + lexicon_morph.RUSSIAN_SK_ADJECTIVE_NOMINATIVE[slot]
            return _restyle(word, nominative)
    return None


def to_nominative(phrase: str, *, case: str | None = None) -> str:
    """Return ``phrase`` with its head noun (and adjectives before it) in the nominative.

    ``case`` (a pymorphy3 case name such as ``"gent"`` or ``"loct"``) says which case the phrase
    is in when the context knows it; it picks between readings such as ``науки`` (genitive
    singular) and ``науки`` (nominative plural). Words after the head stay as written
    (``розвитку ІТ-сектору`` -> ``розвиток ІТ-сектору``). A phrase whose head is not in the
    dictionary is returned unchanged: a wrong nominative is worse than the original form.
    """
    found = nominative_or_none(phrase, case=case)
    return phrase if found is None else found


@language_cache()
def nominative_or_none(phrase: str, *, case: str | None = None) -> str | None:
    """Return ``phrase`` in the nominative as `to_nominative` does, or None if no reading.

    None means no dictionary noun in ``case`` heads the phrase (``у Кучера`` is no locative).
    """
    if case is not None and case not in _CASES:
        msg = f"unknown case {case!r}; expected one of {sorted(_CASES)}"
        raise ValueError(msg)
    words = phrase.split()
    best: str | None = None
    for index, word in enumerate(words):
        # The head is the last noun that every word before it agrees with as an adjective:
        # ``Литовській республіці`` reads ``Литовській`` as an adjective, not as a surname.
        found = _nominative_with_head(words, index, case)
        if found is not None:
            best = found
        elif not _adjective_parses(word) and (best is not None or not _known_parses(word)):
            break
    return best


@language_cache()
def _adjective_parses(word: str) -> tuple[Any, ...]:
    """Return the adjective readings of ``word``; an unknown word is read by its ending.

    Adjectives made from small place names (``Вереснянського``) are missing from the
    dictionary but decline regularly, so pymorphy3's guess from the ending is safe for them.
    Kept per form, as `_known_parses` is.
    """
    known = _known_parses(word)
    parses = known or tuple(parse for parse in parse_word(word) if _guessed_by_ending(parse))
    found = tuple(parse for parse in parses if _adjectival(parse))
    if not found and known and current_language() in _GUESSED_ADJECTIVES:
        # ``Изюмском``: the Russian analyser reads it as a noun after a prefix (``из-юмском``),
        # while its guess from the ending, an adjective, is the place adjective it lacks.
        found = tuple(
            parse
            for parse in parse_word(word)
            if _guessed_by_ending(parse) and not _ADJECTIVES.isdisjoint(parse.tag.grammemes)
        )
    return found


def _adjectival(parse: Any) -> bool:  # noqa: ANN401 - a pymorphy3 Parse
    """Return True for an adjective reading, or a surname declined as one (``Лозовском``).

    The Russian dictionary reads ``Лозовском`` only as the surname ``Лозовский``; before a noun
    in its case, gender and number it is the place adjective, and its lexeme is the same.
    """
    if not _ADJECTIVES.isdisjoint(parse.tag.grammemes):
        return True
    return "Surn" in parse.tag and parse.normal_form.endswith(
        lexicon_morph.ADJECTIVAL_SURNAME_ENDINGS
    )


_GUESSED_ADJECTIVES = frozenset({"ru"})
"""Languages whose dictionary lacks many adjectives made from place names (``Изюмский``)."""


def _guessed_by_ending(parse: Any) -> bool:  # noqa: ANN401 - a pymorphy3 Parse
    """Return True for a reading pymorphy3 guessed from a known word ending."""
    return type(parse.methods_stack[-1][0]).__name__ == _SUFFIX_GUESS


def _nominative_with_head(words: list[str], index: int, case: str | None) -> str | None:
    """Return ``words`` joined with ``words[index]`` as the head put in the nominative, or None."""
    word = words[index]
    for head in _noun_parses(word, case):
        if "Fixd" in head.tag:
            nominative: str | None = word
        else:
            parse = nominative_form(head, head.tag.number, None)
            nominative = None if parse is None else _restyle(word, parse.word)
        before = _agreeing_adjectives(words[:index], head)
        if nominative is not None and before is not None:
            return " ".join([*before, nominative, *words[index + 1 :]])
    return None
