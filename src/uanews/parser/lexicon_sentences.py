"""Words the sentence splitter knows: abbreviations by class, per language, and stop marks.

Every abbreviation is written lowercase without its final full stop; one of several parts is
written with its inner full stops and no spaces (``т.д`` stands for ``т.д.`` and ``т. д.``).
How the classes decide a sentence end is in `uanews.parser.sentences` and
``docs/extraction.md`` ("Sentences").
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "BINDING",
    "CLOSING",
    "GENITIVE_BINDING",
    "LIST_MARKER_DIGITS",
    "NUMBER_BOUND",
    "OPENER_PREPOSITIONS",
    "OPENER_WORDS",
    "ROMAN_DIGITS",
    "STOPS",
]

STOPS: Final = ".!?…"
"""Punctuation that can end a sentence."""

_SHARED_BINDING: Final = frozenset({"mr", "mrs", "dr", "st", "vs", "prof"})
"""Latin titles that stand before a name in both languages (``Dr. Smith``)."""

_INITIAL_CLUSTERS: Final = frozenset({"дж"})
"""Initials of two letters for one sound, in both languages (``Дж. Байден``, ``Дж. Байдена``):
like a one-letter initial, they never end a sentence."""

BINDING: Final = MappingProxyType(
    {
        "uk": _SHARED_BINDING
        | _INITIAL_CLUSTERS
        | frozenset(
            {
                # places and addresses: the name follows (``м. Київ``, ``вул. Франка``)
                "м",
                "с",
                "смт",
                "сел",
                "с-ще",
                "вул",
                "просп",
                "пр",
                "пров",
                "пл",
                "бульв",
                "б-р",
                "наб",
                "ім",
                "буд",
                "кв",
                "д",
                # titles and ranks before a name (``проф. Іваненко``)
                "проф",
                "акад",
                "доц",
                "св",
                "ген",
                "гр",
                "пп",
                # references before a number or a word (``п. 3``, ``ч. 2``, ``див. нижче``)
                "п",
                "ч",
                "пор",
                "див",
                "напр",
                "зокр",
                # parts of several-part abbreviations before their next part (``т. д.``)
                "т",
                "т.ч",
                "т.зв",
                "зав",
                "заст",
            }
        ),
        "ru": _SHARED_BINDING
        | _INITIAL_CLUSTERS
        | frozenset(
            {
                "с",
                "пгт",
                "пос",
                "дер",
                "ул",
                "просп",
                "пр",
                "пер",
                "пл",
                "бул",
                "наб",
                "им",
                "д",
                "кв",
                "проф",
                "акад",
                "доц",
                "св",
                "ген",
                "гр",
                "п",
                "ч",
                "см",
                "напр",
                "т",
                "т.е",
                "т.к",
                "т.н",
                "т.ч",
                "зав",
                "зам",
            }
        ),
    }
)
"""Abbreviations that always bind to the next word: no sentence ends at their full stop.

``м. Києва``, ``ім. С. П. Корольова``, ``вул. Франка``, ``г. Харьков``, ``п. 3``: the word
after them is the name or number they introduce, capitalised or not. A single capital letter
(an initial, ``С. П.``) binds the same way; the splitter knows that without a list.
"""

GENITIVE_BINDING: Final = MappingProxyType({"uk": frozenset[str](), "ru": frozenset({"им"})})
"""`BINDING` abbreviations that are also a word of their own ending a sentence: Russian ``им.``
(``имени``) is the pronoun ``им`` too (``помогли им. Николай …``).

As an abbreviation it governs the genitive of the name that follows (``им. Каразина``, ``им.
Т. Шевченко``), so it binds only to an initial or a word with a genitive reading; before a word
that can only be another case (``Николай``, ``Ирина``) the full stop ends the sentence.
"""

NUMBER_BOUND: Final = MappingProxyType(
    {
        "uk": frozenset({"р", "рр", "ст"}),
        "ru": frozenset({"г", "гг", "в", "вв", "ст"}),
    }
)
"""Abbreviations that close a number (``2014 р.``, ``XX ст.``, ``2014 г.``) and bind otherwise.

After a number (or a Roman one) they end the phrase and may end the sentence, as `CLOSING`
does; with no number before them they are another word (``р. Дніпро``, the river; ``ст.
Бахмут``, the station; ``г. Киев``, the city) and bind to the next word.
"""

CLOSING: Final = MappingProxyType(
    {
        "uk": frozenset(
            {
                "тис",
                "млн",
                "млрд",
                "трлн",
                "грн",
                "дол",
                "коп",
                "обл",
                "р-н",
                "т.д",
                "т.п",
                "ін",
            }
        ),
        "ru": frozenset(
            {
                "тыс",
                "млн",
                "млрд",
                "трлн",
                "грн",
                "руб",
                "долл",
                "коп",
                "обл",
                "р-н",
                "т.д",
                "т.п",
                "др",
            }
        ),
    }
)
"""Abbreviations that close a phrase (``150 тис.``, ``200 грн.``, ``Київської обл.``, ``і т. д.``).

Their full stop ends the sentence too when the next word starts a sentence (a capital letter,
or an opening quote mark before one), unless the phrase opens the sentence (see
`OPENER_PREPOSITIONS`). Before a lower-case word, a digit or a dash they never end one.
"""

OPENER_PREPOSITIONS: Final = MappingProxyType(
    {
        "uk": frozenset(
            {"у", "в", "з", "із", "зі", "від", "до", "на", "за", "після", "протягом", "упродовж"}
        ),
        "ru": frozenset({"в", "во", "с", "со", "от", "до", "на", "за", "после", "к"}),
    }
)
"""Prepositions that open a sentence with a number phrase: ``У 2014 р. Росія окупувала Крим``.

A `CLOSING` or `NUMBER_BOUND` abbreviation whose sentence so far is such a preposition, at
most `OPENER_WORDS` words and a number (``У березні 2014 р.``) is an adverbial of the sentence
that goes on, not a sentence of its own: it binds to the capitalised word after it.
"""

OPENER_WORDS: Final = 2
"""How many words (a month, a day) may stand between the opening preposition and the number."""

ROMAN_DIGITS: Final = frozenset("IVXLCDMІХ")
"""Letters of a Roman number (``XXI ст.``), Latin and the Cyrillic look-alikes ``І`` and ``Х``."""

LIST_MARKER_DIGITS: Final = 2
"""A number of at most this many digits opening a line (``1. Перше``) numbers a list item."""
