"""Endings the shared morphology (`uanews.parser.morph`) reads, as data.

Russian adjectives made from place names (``Купянский``, ``Лозовский``) are often missing from
pymorphy3's dictionary, which may know the town's name instead (``Купянском`` only as the
instrumental of ``Купянск``). Such an adjective before its noun declines like every ``-ский``
adjective, so its nominative follows from its ending and the case, gender and number of the
noun it agrees with.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "ADJECTIVAL_SURNAME_ENDINGS",
    "RUSSIAN_SK_ADJECTIVE_ENDINGS",
    "RUSSIAN_SK_ADJECTIVE_NOMINATIVE",
    "SK_STEMS",
]

SK_STEMS: Final = ("ск", "цк")
"""Stem ends of the adjectives read by their ending (``Купянск-ом``, ``Донецк-ого``)."""

ADJECTIVAL_SURNAME_ENDINGS: Final = ("ский", "цкий", "ской")
"""Normal-form endings of surnames declined as adjectives (``Лозовский``, ``Донской``): before a
noun in its case, gender and number such a surname reading is the place adjective."""

RUSSIAN_SK_ADJECTIVE_ENDINGS: Final = MappingProxyType(
    {
        ("gent", "masc"): ("ого",),
        ("datv", "masc"): ("ому",),
        ("ablt", "masc"): ("им",),
        ("loct", "masc"): ("ом",),
        ("gent", "neut"): ("ого",),
        ("datv", "neut"): ("ому",),
        ("ablt", "neut"): ("им",),
        ("loct", "neut"): ("ом",),
        ("gent", "femn"): ("ой",),
        ("datv", "femn"): ("ой",),
        ("ablt", "femn"): ("ой", "ою"),
        ("loct", "femn"): ("ой",),
        ("accs", "femn"): ("ую",),
        ("gent", "plur"): ("их",),
        ("datv", "plur"): ("им",),
        ("ablt", "plur"): ("ими",),
        ("loct", "plur"): ("их",),
    }
)
"""Endings after ``-ск``/``-цк`` by (case, gender or ``plur``) of the noun agreed with."""

RUSSIAN_SK_ADJECTIVE_NOMINATIVE: Final = MappingProxyType(
    {"masc": "ий", "neut": "ое", "femn": "ая", "plur": "ие"}
)
"""The nominative ending after ``-ск``/``-цк`` by gender or ``plur``."""
