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
    "LINKING_VOWELS",
    "NAME_VOWELS",
    "RUSSIAN_INDECLINABLE_TOPONYM_ENDINGS",
    "RUSSIAN_NEUTER_ADJECTIVE_ENDING",
    "RUSSIAN_NO_Y_AFTER",
    "RUSSIAN_SETTLEMENT_AGREEING_ENDINGS",
    "RUSSIAN_SK_ADJECTIVE_ENDINGS",
    "RUSSIAN_SK_ADJECTIVE_NOMINATIVE",
    "RUSSIAN_SK_LEMMA_ENDINGS",
    "RUSSIAN_STEM_FINAL_NON_CONSONANTS",
    "RUSSIAN_TOPONYM_ENDINGS",
    "RUSSIAN_TO_UKRAINIAN_LETTERS",
    "SK_STEMS",
    "STRESSED_ADJECTIVE_ENDINGS",
    "TOWN_ADJECTIVE_ROWS",
    "TOWN_ADJECTIVE_ROWS_RU",
    "TOWN_OF_IRREGULAR_ADJECTIVE",
    "UKRAINIAN_SOFT_ADJECTIVE_ENDING",
    "UKRAINIAN_TOPONYM_ENDINGS",
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

STRESSED_ADJECTIVE_ENDINGS: Final = ("ской", "цкой")
"""Nominative endings of Russian adjectives stressed on the ending (``Донской``,
``Заводской``), whose other forms are those of ``-ский`` (``Донском``, ``Заводского``)."""

RUSSIAN_TOPONYM_ENDINGS: Final = MappingProxyType(
    {
        "loct": (
            ("ске", ("ск",), True),
            ("цке", ("цк",), True),
            ("ове", ("ов",), True),
            ("еве", ("ев",), True),
            ("ёве", ("ёв",), True),
            ("ине", ("ин", "ина"), True),
            ("ыне", ("ын", "ына"), True),
            ("ене", ("ень", "ена", "ен"), True),
            ("ле", ("ль", "ла", "ля"), True),
            ("не", ("нь", "на", "ня", "н"), False),
            ("ке", ("ка", "к"), True),
            ("це", ("ца", "ец"), False),
            ("ии", ("ия",), True),
            ("ском", ("ское", "ский"), False),
            ("цком", ("цкое", "цкий"), False),
            ("ах", ("ы", "и", "а"), True),
            ("ях", ("и", "я"), True),
            ("е", ("", "а", "я", "ь"), True),
        ),
        "gent": (
            ("ска", ("ск",), True),
            ("цка", ("цк",), True),
            ("ова", ("ов",), True),
            ("ева", ("ев",), True),
            ("ёва", ("ёв",), True),
            ("ина", ("ин",), True),
            ("ына", ("ын",), True),
            ("ня", ("нь",), True),
            ("ля", ("ль",), True),
            ("ца", ("ец", "ц"), False),
            ("ки", ("ка",), True),
            ("ского", ("ское", "ский"), False),
            ("цкого", ("цкое", "цкий"), False),
            ("ы", ("а",), True),
            ("и", ("я", "ь"), False),
            ("а", ("",), True),
        ),
        "datv": (
            ("ску", ("ск",), True),
            ("цку", ("цк",), True),
            ("ову", ("ов",), True),
            ("еву", ("ев",), True),
            ("ину", ("ин",), True),
            ("ню", ("нь",), True),
            ("лю", ("ль",), True),
            ("ке", ("ка",), True),
            ("у", ("",), False),
        ),
        "ablt": (
            ("ском", ("ск",), True),
            ("цком", ("цк",), True),
            ("овом", ("ов",), True),
            ("евом", ("ев",), True),
            ("ином", ("ин",), True),
            ("нем", ("нь",), True),
            ("лем", ("ль",), True),
            ("кой", ("ка",), True),
            ("ой", ("а",), True),
            ("ом", ("",), True),
        ),
        "accs": (
            ("ск", ("ск",), True),
            ("цк", ("цк",), True),
            ("у", ("а", ""), True),
            ("ю", ("я", "ь"), False),
        ),
        "nomn": (
            ("ск", ("ск",), True),
            ("цк", ("цк",), True),
        ),
    }
)
"""How Russian writes the case forms of Ukrainian place names, by case: (ending of the form,
nominative endings in their order of likelihood, whether the first is sure enough without the
Ukrainian dictionary's confirmation). The longest matching ending decides: ``Ирпене``
(``-ене``) is ``Ирпень`` like ``Коростене`` - ``Коростень``, ``Фастове`` is ``Фастов``,
``Бородянке`` is ``Бородянка``, ``Вакуленцах`` is ``Вакуленцы``; after a hard consonant the
locative ``-е`` stands for no ending (``Вышгороде`` - ``Вышгород``). An adjectival name
(``Каменском``) needs the confirmation: alone it may be an adjective cut from its noun
(``обстрел Купянского района``). A masculine or inanimate plural name in the accusative is its
nominative (``посетил Ирпень``); the accusative rows also take the dative a strike verb's ``по``
puts a name in (``ударили по Гостомелю``), which the Ukrainian dictionary tells from a feminine
accusative. A name in ``-ск``/``-цк`` is a masculine inanimate noun, whose accusative is its
nominative (``атаковали Черноморск``)."""

RUSSIAN_SETTLEMENT_AGREEING_ENDINGS: Final = MappingProxyType(
    {
        "loct": (("ске", "ск"), ("цке", "цк")),
        "gent": (("ска", "ск"), ("цка", "цк")),
        "datv": (("ску", "ск"), ("цку", "цк")),
    }
)
"""Endings by case of a name after a settlement noun that show the name agrees with the noun,
with the nominative ending they stand for: a town in ``-ск``/``-цк`` is a masculine noun that
declines (``в городе Черноморске``, ``из поселка Степногорска`` - ``Черноморск``,
``Степногорск``), and no Russian settlement name in the nominative ends so. Other endings after
a settlement noun leave a doubt (``в поселке Зеленом`` is ``Зеленый`` or ``Зеленое``; ``возле
села Вакуленцы`` is a nominative kept in apposition): the name stays as written."""

RUSSIAN_INDECLINABLE_TOPONYM_ENDINGS: Final = ("ово", "ево", "ёво", "ино", "ыно")
"""Endings of Ukrainian place names that Russian news leaves undeclined (``в Березино``)."""

UKRAINIAN_TOPONYM_ENDINGS: Final = (
    "а",
    "я",
    "о",
    "е",
    "є",
    "и",
    "і",
    "ь",
    "ів",
    "їв",
    "ськ",
    "цьк",
    "н",
    "т",
    "ич",
    "ець",
    "город",
    "град",
)
"""Endings of the nominative of Ukrainian settlement names (``Боярка``, ``Гуляйполе``,
``Ірпінь``, ``Фастів``, ``Вознесенськ``, ``Яготин``, ``Мощун``, ``Бахмут``, ``Славутич``,
``Вишгород``): a Ukrainian
noun the dictionary knows with another ending is a thing's name, not a place's (``Телеграм``,
``Фейсбук``, ``Приватбанк``, ``Енергоатом``)."""

RUSSIAN_STEM_FINAL_NON_CONSONANTS: Final = frozenset("аеёиоуыэюяьй")
"""Russian vowels, ``ь`` and ``й``: a place name's nominative with no ending after its stem
cannot end in one (``Ирпене`` is no ``Ирпе``; `uanews.parser.toponyms`)."""

LINKING_VOWELS: Final = frozenset("аеиоуыяєі")
"""Letters a stem before a joined role noun ends in: the linking vowel of a stem compound
(``зерн-о-трейдер``, ``авт-о-механік``) or a clipped stem's vowel (``авиа-``, ``мульти-``);
after a consonant the "role" is the tail of a derived word (``произ-водитель``;
`uanews.parser.participants.roles`)."""

NAME_VOWELS: Final = frozenset("аеєиіїоуюяaeiouy")
"""Ukrainian and Latin vowels: what a name's stem or lemma ends in decides how it declines
(`uanews.parser.participants.names`)."""

RUSSIAN_NO_Y_AFTER: Final = frozenset("гкхжшчщ")
"""Letters Russian never writes ``ы`` after (``Горенич-и``, ``Прилук-и``)."""

RUSSIAN_SK_LEMMA_ENDINGS: Final = ("ский", "цкий")
RUSSIAN_NEUTER_ADJECTIVE_ENDING: Final = "ое"
"""The neuter nominative ending of a Russian ``-ский`` adjective (``Каменское``), replacing
``ий`` of its dictionary form."""
UKRAINIAN_SOFT_ADJECTIVE_ENDING: Final = "ький"
"""A Russian place adjective in ``-ский``/``-цкий`` is spelt ``-ський``/``-цький`` in Ukrainian
(``Кропивницкий`` - ``Кропивницький``): its ``кий`` is ``ький``."""

RUSSIAN_TO_UKRAINIAN_LETTERS: Final = MappingProxyType(
    {
        "и": ("и", "і"),
        "ы": ("и", "і"),
        "е": ("е", "і", "є"),
        "о": ("о", "і"),
        "э": ("е",),
        "ё": ("ьо", "о"),
        "ъ": ("'",),
    }
)
"""Ukrainian spellings of Russian letters in place names: ``и`` is ``і`` or ``и`` (``Ирпень`` -
``Ірпінь``, ``Вышгород`` - ``Вишгород``), ``е`` and ``о`` of a closed syllable are ``і``
(``Нежин`` - ``Ніжин``, ``Чернигов`` - ``Чернігів``); a place the Ukrainian dictionary knows
under one of these spellings confirms a Russian nominative built by its ending."""

TOWN_ADJECTIVE_ROWS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("ецький", ("ецьк", "ці", "ець")),
    ("цький", ("цьк", "ця", "ці", "ць")),
    ("уцький", ("ук",)),
    ("зький", ("жжя", "зьк")),
    ("овський", ("о",)),
    ("івський", ("ево",)),
    ("енський", ("е",)),
    ("йський", ("я",)),
    ("ьський", ("ь", "")),
    ("ський", ("и", "і", "", "е", "а", "ь", "о", "са", "си", "ськ")),
)
"""How a Ukrainian town's adjective (its dictionary form) is made from the town's name: the
lemma's ending, and the endings of the name that stand for it, the likelier first
(``львів-ський`` - ``Львів``, ``полтав-ський`` - ``Полтава``, ``сум-ський`` - ``Суми``,
``оде-ський`` - ``Одеса``, ``дон-ецький`` - ``Донецьк``, ``чернів-ецький`` - ``Чернівці``,
``лу-цький`` - ``Луцьк``, ``вінни-цький`` - ``Вінниця``, ``кременч-уцький`` - ``Кременчук``,
``запорі-зький`` - ``Запоріжжя``, ``дніпр-овський`` - ``Дніпро``, ``рівн-енський`` -
``Рівне``). A plural name
(``Суми``, ``Черкаси``) comes before the bare stem, which may be a common noun (``сум``)."""

TOWN_ADJECTIVE_ROWS_RU: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("овский", ("", "ов")),
    ("ецкий", ("ецк", "цы", "ец")),
    ("ицкий", ("цы", "ица")),
    ("цкий", ("цк", "ца", "цы")),
    ("жский", ("жье",)),
    ("ьский", ("ь", "")),
    ("сский", ("ссы", "сса", "с")),
    ("ский", ("", "ы", "и", "а", "о", "ое", "ск")),
    ("ской", ("ы", "", "а", "и")),
)
"""`TOWN_ADJECTIVE_ROWS` of Russian (``днепр-овский`` - ``Днепр``, ``николаев-ский`` -
``Николаев``, ``одес-ский`` - ``Одесса``, ``запорож-ский`` - ``Запорожье``, ``сум-ской`` -
``Сумы``, ``краматор-ский`` - ``Краматорск``): a ``-ск`` town comes last, as ``Николаевск``
is a town too but ``николаевский`` of Ukrainian news is ``Николаев``'s."""

TOWN_OF_IRREGULAR_ADJECTIVE: Final = MappingProxyType(
    {"криворізький": "Кривий Ріг", "криворожский": "Кривой Рог", "ровенский": "Ровно"}
)
"""Town adjectives no ending row makes from their town's name: a name of two words whose
adjective fuses them (``криворізький`` of ``Кривий Ріг``), a stem with an inserted syllable
(``ровенский`` of ``Ровно``)."""
