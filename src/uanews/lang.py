"""Language identification behind one function: exact letter evidence first, langdetect after.

Most Cyrillic news text carries letters that only one language uses: і ї є ґ are Ukrainian, ы э ъ
ё are Russian, ў is Belarusian. Counting them decides a text in microseconds and never varies. A
text with no such letters (mostly Latin text, or Cyrillic without them) goes to langdetect, which
is run from a private, seeded factory so that the same text always gets the same answer.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

__all__ = ["UNDETERMINED", "detect_language"]

UNDETERMINED = "und"
"""The ISO 639-2 code for a text whose language cannot be told."""

_UKRAINIAN_ONLY = "іїєґІЇЄҐ"
# ъ is left out: Bulgarian writes it often, Russian rarely, so it proves neither.
_RUSSIAN_ONLY = "ыэёЫЭЁ"
_BELARUSIAN_ONLY = "ўЎ"
# How often the marker letters occur in running text (і alone is about 5.5 % of Ukrainian letters;
# ы, э, ъ and ё together about 2.3 % of Russian ones): used to compare mixed texts fairly.
_UKRAINIAN_RATE = 0.065
_RUSSIAN_RATE = 0.023
# A mixed text is decided by letters only when one side's normalised count is this much larger.
_DOMINANCE = 3.0
_MIN_DETECTOR_LETTERS = 20
"""Fewer letters than this (and no marker letters) is too short for the detector: ``und``."""
_MIN_UNMARKED_CYRILLIC = 40
"""Cyrillic without marker letters needs this many letters: short Ukrainian often lacks і."""
# Runs, not single letters: findall then returns a few hundred strings, not thousands.
_CYRILLIC_RUN = re.compile("[\u0400-\u04ff]+")
_LATIN_RUN = re.compile("[A-Za-z\u00c0-\u024f]+")
_SEED = 0


@functools.cache
def _factory() -> Any:  # noqa: ANN401 - langdetect ships no type information
    """Return a private langdetect factory with every profile loaded and a fixed seed."""
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    # An instance attribute, so the global DetectorFactory.seed of other users is left alone.
    factory.seed = _SEED
    return factory


def _by_letters(text: str) -> str | None:
    """Return the language that marker letters alone prove, or None when they do not decide."""
    # str.count runs in C: a few passes over a 3,000 character item cost microseconds.
    ukrainian = sum(text.count(char) for char in _UKRAINIAN_ONLY)
    russian = sum(text.count(char) for char in _RUSSIAN_ONLY)
    if ukrainian and russian and any(char in text for char in _BELARUSIAN_ONLY):
        return "be"
    if ukrainian and not russian:
        return "uk"
    if russian and not ukrainian:
        return "ru"
    if ukrainian and russian:
        # A Ukrainian text quoting a Russian name (or the reverse) has a few foreign markers.
        uk_score = ukrainian / _UKRAINIAN_RATE
        ru_score = russian / _RUSSIAN_RATE
        if uk_score >= _DOMINANCE * ru_score:
            return "uk"
        if ru_score >= _DOMINANCE * uk_score:
            return "ru"
    return None


def _by_detector(text: str) -> str:
    """Return langdetect's most probable language of ``text``, or ``und`` if it finds none."""
    detector = _factory().create()
    detector.append(text)
    try:
        code: str = detector.detect()
    except LangDetectException:
        return UNDETERMINED
    # langdetect writes Chinese as zh-cn / zh-tw; the model wants a bare ISO 639 code.
    return code.split("-", 1)[0]


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of ``text``'s language, or ``"und"`` when it cannot tell."""
    cyrillic = sum(map(len, _CYRILLIC_RUN.findall(text)))
    latin = sum(map(len, _LATIN_RUN.findall(text)))
    letters = cyrillic + latin
    if letters == 0:
        # Neither script: Greek, Georgian, Chinese... are for the detector to name.
        letters = sum(map(str.isalpha, text))
    elif cyrillic >= latin:
        decided = _by_letters(text)
        if decided is not None:
            return decided
        if letters < _MIN_UNMARKED_CYRILLIC:
            return UNDETERMINED
    if letters < _MIN_DETECTOR_LETTERS:
        return UNDETERMINED
    return _by_detector(text)
