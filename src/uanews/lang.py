"""Language identification behind one function: exact letter evidence first, langdetect after.

Most Cyrillic news text carries letters that only one language uses: і ї є ґ are Ukrainian, ы э ъ
ё are Russian, ў is Belarusian. Counting them decides a text in microseconds and never varies.
Cyrillic without them (short Russian often lacks ы э ё; short Ukrainian may lack і) is next
looked at word by word: frequent function words that only Ukrainian or only Russian writes
(``що``, ``вже``, ``його`` / ``что``, ``уже``, ``его``) decide it when one side has them and the
other has none. Words shared with Bulgarian, Serbian or Macedonian (``и``, ``от``, ``как``,
``но``, ``та``, ``ще``) are left out, and a text with a Cyrillic letter outside the Ukrainian
and Russian alphabets (ј љ њ ћ ђ џ ѓ ќ ѕ ў Ѐ Ѝ Ӏ ә...) or with ъ is never decided by words.
Cyrillic still undecided is next decided between the two by what it lacks: 60 letters or more
with none of і ї є ґ are Russian (the Ukrainian markers are three times as frequent as the
Russian ones), unless a Ukrainian apostrophe or verbal noun ending (``п'ять``, ``засідання``)
shows, or a letter or frequent word of another Cyrillic language (Bulgarian ``са``, ``това``)
leaves it to the detector, which picks between Ukrainian and Russian only for text all in their
two alphabets. The word lists and the alphabets are data in `uanews.lexicon_lang`. Anything
still undecided (mostly Latin text) goes to langdetect, run from a private, seeded factory so
that the same text always gets the same answer.
"""

from __future__ import annotations

import array
import functools
import re
from typing import Any

from uanews import lexicon_lang

__all__ = [
    "UNDETERMINED",
    "detect_language",
    "paragraph_language",
    "proven_language",
    "without_names",
]

UNDETERMINED = "und"
"""The ISO 639-2 code for a text whose language cannot be told."""

_UKRAINIAN_ONLY = "іїєґІЇЄҐ"
# ъ is left out: Bulgarian writes it often, Russian rarely, so it proves neither.
_RUSSIAN_ONLY = "ыэёЫЭЁ"
_BELARUSIAN_ONLY = "ўЎ"
# How often the marker letters occur in running text (і alone is about 5.5 % of Ukrainian letters;
# ы, э, ъ and ё together about 2.3 % of Russian ones): used to compare mixed texts fairly.
_UKRAINIAN_OR_RUSSIAN = lexicon_lang.UKRAINIAN_ALPHABET | lexicon_lang.RUSSIAN_ALPHABET


def _cyrillic_outside_pair(extra: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """Return a pattern of one Cyrillic letter outside the Ukrainian and Russian alphabets.

    Cyrillic is U+0400-U+052F; ``extra`` adds letters of the two alphabets that count too.
    """
    letters = {
        char
        for char in map(chr, range(0x0400, 0x0530))
        if char.isalpha() and char not in _UKRAINIAN_OR_RUSSIAN
    }
    return re.compile("[" + "".join(sorted(letters | extra)) + "]")


# Any Cyrillic letter outside both alphabets, or one the lexicon names: ``ј``, ``ў``, ``Ѐ``,
# ``Ѝ``, Chechen ``Ӏ``, Kazakh ``ә``... One regex search runs in C.
_OTHER_CYRILLIC = _cyrillic_outside_pair(lexicon_lang.OTHER_CYRILLIC_LETTERS)
_WORD_DOMINANCE = 3
"""With words on both sides, the winner needs this many times the loser's count (and two)."""
_LEAST_WORDS = 2
_WORD = re.compile(r"[^\W\d_]+")
_UKRAINIAN_RATE = 0.065
_RUSSIAN_RATE = 0.023
# A mixed text is decided by letters only when one side's normalised count is this much larger.
_DOMINANCE = 3.0
_MIN_DETECTOR_LETTERS = 20
"""Fewer letters than this (and no marker letters) is too short for the detector: ``und``."""
_MIN_UNMARKED_CYRILLIC = 40
"""Cyrillic without marker letters needs this many letters: short Ukrainian often lacks і."""
_MIN_UNMARKED_RUSSIAN = 60
"""Cyrillic letters from which the lack of any Ukrainian marker makes a text Russian.

Per letter, Ukrainian writes one of і ї є ґ with a chance of about 0.065, Russian one of ы э ё
with about 0.023: a text of n letters with neither is (0.977 / 0.935) ** n times likelier
Russian, fourteen times from 60 letters. Shorter unmarked Ukrainian is common enough (``Суд
задовольнив позов прокуратури``) to leave such text to its endings and the detector.
"""
_RULE_CYRILLIC = ("uk", "ru")
# An apostrophe inside a word before я ю є ї is Ukrainian spelling (``п'ять``, ``з'їзд``).
_UKRAINIAN_APOSTROPHE = re.compile("[а-щьюяґєії]['\u2019\u02bc][яюєї]")
# Runs, not single letters: findall then returns a few hundred strings, not thousands.
_CYRILLIC_RUN = re.compile("[\u0400-\u04ff]+")
_LATIN_RUN = re.compile("[A-Za-z\u00c0-\u024f]+")
_SEED = 0


@functools.cache
def _factory() -> Any:  # noqa: ANN401 - langdetect ships no type information
    """Return a private langdetect factory with every profile loaded and a fixed seed."""
    # Imported on first use: most texts are decided by their letters and never need it.
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory  # noqa: PLC0415

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    # The profiles map some 88,000 n-grams to lists of probabilities, which the detector only
    # reads by index. As lists they are containers the garbage collector walks in every full
    # collection of the process (about 60 ms each, long after loading); arrays of the same
    # doubles are no containers, so the collector skips them, and then the map.
    table = factory.word_lang_prob_map
    for ngram, probabilities in table.items():
        table[ngram] = array.array("d", probabilities)
    # An instance attribute, so the global DetectorFactory.seed of other users is left alone.
    factory.seed = _SEED
    return factory


def _by_letters(text: str) -> str | None:
    """Return the language that marker letters alone prove, or None when they do not decide."""
    # str.count runs in C: a few passes over a 3,000 character item cost microseconds.
    ukrainian = sum(text.count(char) for char in _UKRAINIAN_ONLY)
    russian = sum(text.count(char) for char in _RUSSIAN_ONLY)
    if russian and any(char in text for char in _BELARUSIAN_ONLY):
        return "be"  # ы э ё with ў: Belarusian, which writes і too
    # A Ukrainian text quoting a Russian name (or the reverse) has a few foreign markers.
    return _dominant(ukrainian / _UKRAINIAN_RATE, russian / _RUSSIAN_RATE, _DOMINANCE)


def _by_words(text: str) -> str | None:
    """Return the language that uk-only or ru-only function words prove, or None."""
    if _OTHER_CYRILLIC.search(text):
        return None
    ukrainian = russian = 0
    for word in _WORD.findall(text.lower()):
        ukrainian += word in lexicon_lang.UKRAINIAN_WORDS
        russian += word in lexicon_lang.RUSSIAN_WORDS
    return _dominant(ukrainian, russian, _WORD_DOMINANCE, least=_LEAST_WORDS)


def _other_cyrillic(text: str) -> bool:
    """Return whether ``text`` has letters or frequent words of another Cyrillic language."""
    if _OTHER_CYRILLIC.search(text):
        return True
    for abbreviation in lexicon_lang.RUSSIAN_E_ABBREVIATIONS:
        text = text.replace(abbreviation, " ")
    for word in _WORD.findall(text):
        folded = word.lower()
        if folded in lexicon_lang.SOUTH_SLAVIC_WORDS and (folded != "е" or word == "е"):
            return True
    return False


def _by_endings(text: str, cyrillic: int) -> str | None:
    """Return ``uk`` or ``ru`` for Cyrillic that neither marker letters nor words decided.

    Word endings only one of the two spells decide it (``засідання``, ``атакував``, ``п'ять`` /
    ``совещание``, ``Харьковской``, ``проводятся``), one side alone or three times the other's.
    Without any, a text long enough for its lack of і ї є ґ to tell (`_MIN_UNMARKED_RUSSIAN`)
    is Russian. Letters or frequent words of other Cyrillic languages (Macedonian ``Ѝ``,
    Bulgarian ``са``, ``това``) leave it undecided, for the detector.
    """
    if _other_cyrillic(text):
        return None
    words = [word.lower() for word in _WORD.findall(text)]
    ukrainian = len(_UKRAINIAN_APOSTROPHE.findall(text.lower()))
    ukrainian += sum(_ends_in(word, lexicon_lang.UKRAINIAN_ENDINGS) for word in words)
    russian = sum(_ends_in(word, lexicon_lang.RUSSIAN_ENDINGS) for word in words)
    decided = _dominant(ukrainian, russian, _WORD_DOMINANCE)
    if decided is None and not ukrainian and cyrillic >= _MIN_UNMARKED_RUSSIAN:
        return "ru"
    return decided


def _ends_in(word: str, endings: tuple[str, ...]) -> bool:
    """Return whether ``word`` (lowercase) ends in one of ``endings`` and is longer than it."""
    if not word.endswith(endings):  # one C call rules most words out
        return False
    return any(word.endswith(ending) and len(word) > len(ending) for ending in endings)


def _dominant(ukrainian: float, russian: float, factor: float, least: float = 0) -> str | None:
    """Return the language whose evidence stands alone or outweighs the other's, or None.

    With evidence on both sides the winner needs ``factor`` times the loser's weight and at
    least ``least``.
    """
    if ukrainian and not russian:
        return "uk"
    if russian and not ukrainian:
        return "ru"
    if ukrainian and russian:
        if ukrainian >= max(least, factor * russian):
            return "uk"
        if russian >= max(least, factor * ukrainian):
            return "ru"
    return None


def _by_detector(text: str, *, cyrillic_only: bool = False) -> str:
    """Return langdetect's most probable language of ``text``, or ``und`` if it finds none.

    With ``cyrillic_only`` (Cyrillic with no evidence of another Cyrillic language), the more
    probable of Ukrainian and Russian, or Russian if it ranks neither.
    """
    from langdetect.lang_detect_exception import LangDetectException  # noqa: PLC0415 - see _factory

    detector = _factory().create()
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:
        return UNDETERMINED
    if not ranked:
        return UNDETERMINED
    # langdetect writes Chinese as zh-cn / zh-tw; the model wants a bare ISO 639 code.
    codes = [str(language.lang).split("-", 1)[0] for language in ranked]
    if cyrillic_only:
        # Nothing in the text is Bulgarian, Serbian, Macedonian...: the best of uk and ru, and
        # if it ranks neither, Russian, which lacks its marker letters five times as often
        # (see `_MIN_UNMARKED_RUSSIAN`) in the 40 letters the detector needs at least.
        return next((code for code in codes if code in _RULE_CYRILLIC), "ru")
    return codes[0]


def _by_names(text: str) -> str | None:
    """Return the language of ``text`` whose marker letters all stand in names, or None.

    Letters inside names weigh less than words: a Russian text names ``ДСНС Київщини``. The
    Ukrainian-or-Russian word and ending evidence outside the names (`_pair_evidence`)
    decides first; only without it do the names' letters. None if no name has any.
    """
    named = _by_letters(text)
    if named is None:
        return None
    plain_ukrainian, plain_russian = _pair_evidence(without_names(text))
    return _dominant(plain_ukrainian, plain_russian, _WORD_DOMINANCE) or named


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of ``text``'s language, or ``"und"`` when it cannot tell."""
    cyrillic = sum(map(len, _CYRILLIC_RUN.findall(text)))
    latin = sum(map(len, _LATIN_RUN.findall(text)))
    letters = cyrillic + latin
    if letters == 0:
        # Neither script: Greek, Georgian, Chinese... are for the detector to name.
        letters = sum(map(str.isalpha, text))
    elif cyrillic >= latin:
        decided = _by_letters(without_names(text)) or _by_words(text) or _by_names(text)
        decided = decided or _by_endings(text, cyrillic)
        if decided is not None:
            return decided
        if letters < _MIN_UNMARKED_CYRILLIC:
            return UNDETERMINED
        return _by_detector(text, cyrillic_only=not _other_cyrillic(text))
    if letters < _MIN_DETECTOR_LETTERS:
        return UNDETERMINED
    return _by_detector(text)


def proven_language(text: str) -> str | None:
    """Return the language marker letters or function words prove for ``text``, or None.

    The same evidence as `detect_language` without the detector: cheap enough to run on every
    paragraph of an item, and never a guess (``"uk"``, ``"ru"``, ``"be"`` or None).
    """
    return _by_letters(text) or _by_words(text)


# Cyrillic letters outside both alphabets (``ў``, ``ј``, ``ә``...): not a Ukrainian or Russian text.
_NOT_PAIR_CYRILLIC = _cyrillic_outside_pair()


def paragraph_language(text: str, default: str, *, plain: str | None = None) -> str:
    """Return ``uk`` or ``ru`` for a paragraph of an item in one of them, else ``default``.

    The item is known to be Ukrainian or Russian, so only those two compete, and evidence that
    would not tell them from Bulgarian or Serbian counts too. Letters only one of the two
    writes (і ї є ґ / ы э ё ъ) decide first: a paragraph with a Ukrainian letter and no Russian
    one is never Russian, and the reverse. Without any, frequent words only one writes and word
    endings only one spells (`uanews.lexicon_lang`: ``коли`` / ``сообщил``, ``Полтавська`` /
    ``полиции``) are counted together; one side's count must stand alone or be three times the
    other's. Cyrillic of `_MIN_UNMARKED_RUSSIAN` letters or more with no Ukrainian evidence at
    all is Russian. With no evidence (a short paragraph of shared words, a Latin one, one with
    a letter of another Cyrillic alphabet such as ``ў``) the answer is ``default``, the item's
    own language. ``plain`` is `without_names` of ``text`` when the caller has it (the slice of
    the item's, see `without_names`). Returns ``"uk"``, ``"ru"`` or ``default``.
    """
    if _NOT_PAIR_CYRILLIC.search(text):
        return default
    if plain is None:
        plain = without_names(text)
    ukrainian = sum(map(plain.count, _UKRAINIAN_ONLY))
    russian = sum(map(plain.count, lexicon_lang.PAIR_RUSSIAN_LETTERS))
    if ukrainian or russian:
        decided = _dominant(ukrainian / _UKRAINIAN_RATE, russian / _RUSSIAN_RATE, _DOMINANCE)
        return default if decided is None else decided
    ukrainian, russian = _pair_evidence(plain)
    decided = _dominant(ukrainian, russian, _WORD_DOMINANCE)
    if decided is None and plain != text and _LANGUAGE_LETTERS.search(text):
        # Only names carry a language's letters (``ДСНС Київщини`` in a Russian sentence):
        # a name keeps its own spelling in either language, so it tells nothing.
        return default
    if decided is None and not ukrainian:
        cyrillic = sum(map(len, _CYRILLIC_RUN.findall(text)))
        if cyrillic >= _MIN_UNMARKED_RUSSIAN:
            return "ru"
    return default if decided is None else decided


_LANGUAGE_LETTERS = re.compile(f"[{_UKRAINIAN_ONLY}{lexicon_lang.PAIR_RUSSIAN_LETTERS}]")
# A word in quote marks, or a capitalised word inside a sentence: a name, spelt as its owner does.
_QUOTED = re.compile(r"[«„“][^«»„“”\n]{0,80}[»“”]")
# A word, or the punctuation after which the next word opens a sentence (or a quote), as the
# one group of a pattern: ``re.split`` by it gives the gaps and these tokens in turn.
_TOKEN = re.compile(r"([^\W\d_][\w'’ʼ-]*|[.!?…:;«„“\"(\u2013\u2014\n])")
_OPENERS = frozenset('.!?…:;«„“"(\u2013\u2014\n')
"""The punctuation tokens of `_TOKEN`: the word after one opens a sentence (or a quote)."""

_LAST_WITHOUT_NAMES: list[tuple[str, str]] = [("", "")]
"""The text `without_names` was given last (the very object) and its answer."""


def without_names(text: str) -> str:
    """Return ``text`` with its names blanked out, each letter by a space.

    Names are words in quote marks and capitalised words that do not open a sentence
    (``компании Укрзалізниця``, ``ДСНС Київщини``): a capitalised word whose token before is
    another word, not the punctuation that opens a sentence or a quote. Neither a quoted name
    nor a word runs over a line break, which opens a sentence too, so the answer for a block
    of lines is the slice of the answer for a text made of such blocks: the languages of an
    item's paragraphs are read from the slices of its own (`uanews.parser.extract`). The
    answer for the text object given last is kept.
    """
    last = _LAST_WITHOUT_NAMES[0]
    if last[0] is text:
        return last[1]
    blanked = _QUOTED.sub(lambda match: " " * len(match.group()), text)
    pieces = _TOKEN.split(blanked)  # gap, token, gap, token, ..., gap
    names = [
        index
        for index in range(3, len(pieces), 2)
        if pieces[index][0].isupper() and pieces[index - 2] not in _OPENERS
    ]
    for index in names:
        pieces[index] = " " * len(pieces[index])
    plain = "".join(pieces)
    _LAST_WITHOUT_NAMES[0] = (text, plain)
    return plain


_PAIR_UK_WORDS = lexicon_lang.UKRAINIAN_WORDS | lexicon_lang.PAIR_UKRAINIAN_WORDS
_PAIR_RU_WORDS = lexicon_lang.RUSSIAN_WORDS | lexicon_lang.PAIR_RUSSIAN_WORDS
_PAIR_UK_ENDINGS = lexicon_lang.UKRAINIAN_ENDINGS + lexicon_lang.PAIR_UKRAINIAN_ENDINGS
_PAIR_RU_ENDINGS = lexicon_lang.RUSSIAN_ENDINGS + lexicon_lang.PAIR_RUSSIAN_ENDINGS


def _pair_evidence(text: str) -> tuple[int, int]:
    """Return how many words of ``text`` only Ukrainian, and only Russian, writes or spells."""
    ukrainian = len(_UKRAINIAN_APOSTROPHE.findall(text.lower()))
    russian = 0
    for word in _WORD.findall(text):
        folded = word.lower()
        if len(word) == 1 and folded != word:
            continue  # ``С.``, ``И.``: an initial, not a word
        if folded in _PAIR_UK_WORDS or _ends_in(folded, _PAIR_UK_ENDINGS):
            ukrainian += 1
        elif folded in _PAIR_RU_WORDS or _ends_in(folded, _PAIR_RU_ENDINGS):
            russian += 1
    return ukrainian, russian
