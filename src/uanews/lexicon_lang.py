"""Words and letters the language check (`uanews.lang`) reads, as data.

Every word is lowercase. The Ukrainian and Russian lists hold frequent words that only one of
uk, ru, bg, sr and mk writes and that carry no marker letter (і ї є ґ / ы э ё); the South Slavic
list holds frequent Bulgarian, Serbian and Macedonian words that neither Ukrainian nor Russian
writes, so that a Cyrillic text with them is left to the detector.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "OTHER_CYRILLIC_LETTERS",
    "PAIR_RUSSIAN_ENDINGS",
    "PAIR_RUSSIAN_LETTERS",
    "PAIR_RUSSIAN_WORDS",
    "PAIR_UKRAINIAN_ENDINGS",
    "PAIR_UKRAINIAN_WORDS",
    "RUSSIAN_ALPHABET",
    "RUSSIAN_ENDINGS",
    "RUSSIAN_E_ABBREVIATIONS",
    "RUSSIAN_WORDS",
    "SOUTH_SLAVIC_WORDS",
    "UKRAINIAN_ALPHABET",
    "UKRAINIAN_ENDINGS",
    "UKRAINIAN_WORDS",
]

UKRAINIAN_WORDS: Final = frozenset(
    (  # noqa: SIM905 - a word list reads best as one string of words
        "що щоб це цей ця цього цьому цих як але вже його який яка яке якого яких якому якою"
        " був була було були буде будуть бути вона вони з також чи лише можна теж дуже вчора"
        " понад хто зокрема проте наразі майже поки щодо або таке"
    ).split()
)
"""Frequent words only Ukrainian writes (among uk, ru, bg, sr, mk), none with a marker letter."""

RUSSIAN_WORDS: Final = frozenset(
    (  # noqa: SIM905 - a word list reads best as one string of words
        "что чтобы его ее уже который которая которое которые которого которой которых"
        " котором был была было были будет будут также еще когда если только сегодня года году"
        " можно нужно очень сказал заявил нет кто всех всем"
        " января февраля апреля июня июля сентября октября ноября декабря"
    ).split()
)
"""Frequent words only Russian writes (among uk, ru, bg, sr, mk), none with a marker letter.

The genitive month names are Russian: Ukrainian writes ``квітня``, Serbian ``априла``.
"""

RUSSIAN_ENDINGS: Final = (
    *("ние", "ния", "нию", "нии", "нием", "ниях", "ниями"),
    *("ского", "скому", "ской", "ском", "ская", "ское", "ских", "ским", "скую"),
    *("цкого", "цкой", "цком", "цкая", "цких"),
    *("ется", "ются", "ают", "яют", "уют"),
)
"""Word endings only Russian spells (among uk, ru), in a word longer than the ending.

Verbal nouns (``совещание``; Ukrainian ``-ння``), adjectives in ``-ск-`` and ``-цк-`` without
a soft sign (``Харьковской``; Ukrainian ``Харківської``) and present tense endings
(``проводятся``, ``начинают``; Ukrainian ``-ються``, ``-ають``).
"""

SOUTH_SLAVIC_WORDS: Final = frozenset(
    (  # noqa: SIM905 - a word list reads best as one string of words
        "е са се че това тази тези този който която което които беше бяха има няма като"
        " още вече од су што као био го ги"
    ).split()
)
"""Frequent Bulgarian, Serbian or Macedonian words that Ukrainian and Russian never write.

``ще`` (Bulgarian future particle) is left out: Ukrainian writes it as often (``ще не``).
``е`` (Bulgarian and Macedonian "is") counts only in lower case, an upper-case ``Е.`` being a
Russian initial, and not inside `RUSSIAN_E_ABBREVIATIONS`.
"""

RUSSIAN_E_ABBREVIATIONS: Final = ("т. е.", "т.е.")
"""Russian abbreviations that hold a lone lower-case ``е`` (``то есть``): no Bulgarian ``е``."""

UKRAINIAN_ENDINGS: Final = (
    *("ння", "нням", "ннями", "ннях", "нню", "ття", "ттям", "лля", "ллям"),
    *("ував", "ював", "вся", "уючи", "аючи"),
)
"""Word endings only Ukrainian spells, in a word longer than the ending.

Verbal nouns (``засідання``, ``створенням``, ``життя``; Russian ``-ние``), past tense
(``атакував``, ``завершився``; Russian ``-овал``, ``-лся``) and adverbial participles
(``подорожуючи``; Russian ``-уя``).
"""

UKRAINIAN_ALPHABET: Final = frozenset(
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ"
)
"""The letters of the Ukrainian alphabet, both cases."""

RUSSIAN_ALPHABET: Final = frozenset(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
)
"""The letters of the Russian alphabet, both cases."""

OTHER_CYRILLIC_LETTERS: Final = frozenset("ъЪ")
"""Letters of the Russian alphabet that point to another Cyrillic language all the same.

Bulgarian writes ``ъ`` in nearly every sentence, Russian rarely. Every Cyrillic letter outside
`UKRAINIAN_ALPHABET` and `RUSSIAN_ALPHABET` (``ј``, ``ў``, ``Ѐ``, ``Ѝ``, ``Ӏ``, ``ә``...) points
to another Cyrillic language too.
"""


# Between Ukrainian and Russian only: a paragraph of an item already known to be Ukrainian or
# Russian (`uanews.lang.paragraph_language`), where Bulgarian, Serbian and Macedonian are out
# of the question, so that words and letters they share with one of the two prove it.

PAIR_RUSSIAN_LETTERS: Final = "ыэёъЫЭЁЪ"
"""Letters Russian writes and Ukrainian never does; ``ъ`` counts here (``объявил``)."""

PAIR_UKRAINIAN_WORDS: Final = frozenset(
    (  # noqa: SIM905 - a word list reads best as one string of words
        "та й ще ми коли саме проти тощо щонайменше близько зараз нього одразу згодом"
    ).split()
)
"""Frequent words Ukrainian writes and Russian does not (South Slavic may), no marker letter.

``де`` is left out (``де-факто``), and so are ``тому`` (Russian ``тому назад``) and ``них``,
``ним``, which Russian writes too.
"""

PAIR_RUSSIAN_WORDS: Final = frozenset(
    (  # noqa: SIM905 - a word list reads best as one string of words
        "и или как он она оно они где после между из с со во ко но ни около более менее"
        " против сейчас затем пока почти несколько ранее человек области района"
        " время тоже говорит сообщил сообщила сообщили посетил посетила заявила заявили"
        " отметил отметила добавил добавила"
    ).split()
)
"""Frequent words Russian writes and Ukrainian does not (South Slavic may), no marker letter.

A one-letter word (``и``, ``с``) counts only in lower case: ``С.`` is an initial. ``об``
(Ukrainian ``об одинадцятій``) and ``город`` (Ukrainian "vegetable garden") are left out.
"""

PAIR_RUSSIAN_ENDINGS: Final = (
    *("ия", "ии", "ию", "ией", "иям", "иях"),
    *("лся", "лась", "лось", "лись"),
    *("ский", "цкий"),
)
"""Word endings Russian spells and Ukrainian does not, in a word longer than the ending.

``полиции``, ``комиссия`` (Ukrainian ``поліції``, ``комісія``); reflexive past tense
(``состоялся``, ``собрались``; Ukrainian ``-вся``, ``-лася``, ``-лися``); adjectives in ``-ский``
(Ukrainian ``-ський``).
"""

PAIR_UKRAINIAN_ENDINGS: Final = (
    *("ють", "ється", "ються"),
    *("ський", "ська", "ське", "ською", "ських", "ському", "ським"),
    *("цький", "цька", "цьке", "цьких", "цькому"),
)
"""Word endings Ukrainian spells and Russian does not, in a word longer than the ending.

Present tense (``працюють``, ``відбувається``; Russian ``-ют``, ``-ется``) and adjectives with a
soft sign (``Полтавська``, ``Донецький``; Russian ``Полтавская``, ``Донецкий``).
"""
