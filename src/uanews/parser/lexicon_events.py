"""Word lists for dates and events: month names, relative-date words, event triggers and cues.

Everything here is data. The functions in :mod:`uanews.parser.dates` and
:mod:`uanews.parser.events` compile these lists into patterns once; adding a word means adding
it here, never in a function. Entries are lower case; matching is case-insensitive.
"""

from __future__ import annotations

from attrs import field, frozen

from uanews.model import EventKind

__all__ = [
    "ABBREVIATIONS",
    "DAY_OFFSETS",
    "IN_PERSON_WORDS",
    "KIND_PRIORITY",
    "LIST_STOP_WORDS",
    "MONTHS",
    "MONTH_LEAD_WORDS",
    "MONTH_NAMES_GENITIVE",
    "NOT_PLACES",
    "ONLINE_WORDS",
    "PERIOD_OFFSETS",
    "PLACE_PREPOSITIONS",
    "PLACE_SECOND_WORDS",
    "RANGE_FROM_WORDS",
    "RANGE_TO_WORDS",
    "TOPIC_OPENERS",
    "TRIGGERS",
    "YEAR_WORDS_PLURAL",
    "YEAR_WORDS_SINGULAR",
    "Trigger",
]

MONTHS: tuple[tuple[str, ...], ...] = (
    ("січень", "січня", "січню", "січневі", "січнем", "січні"),
    ("лютий", "лютого", "лютому", "лютим", "лютім"),
    ("березень", "березня", "березню", "березневі", "березнем", "березні"),
    ("квітень", "квітня", "квітню", "квітневі", "квітнем", "квітні"),
    ("травень", "травня", "травню", "травневі", "травнем", "травні"),
    ("червень", "червня", "червню", "червневі", "червнем", "червні"),
    ("липень", "липня", "липню", "липневі", "липнем", "липні"),
    ("серпень", "серпня", "серпню", "серпневі", "серпнем", "серпні"),
    ("вересень", "вересня", "вересню", "вересневі", "вереснем", "вересні"),
    ("жовтень", "жовтня", "жовтню", "жовтневі", "жовтнем", "жовтні"),
    ("листопад", "листопада", "листопаду", "листопадові", "листопадом", "листопаді"),
    ("грудень", "грудня", "грудню", "грудневі", "груднем", "грудні"),
)
"""Singular case forms of the Ukrainian month names, January first; the first is nominative."""

MONTH_NAMES_GENITIVE: tuple[str, ...] = tuple(forms[1] for forms in MONTHS)
"""The form used after a day number (``21 вересня``), January first."""

YEAR_WORDS_SINGULAR: tuple[str, ...] = ("рік", "року", "році", "роком", "р.", "р")
"""Words after one year number that make it a year (``2021 року``, ``2021 р.``)."""

YEAR_WORDS_PLURAL: tuple[str, ...] = ("роки", "років", "роках", "рр.", "рр")
"""Words after a year range (``1993–1994 роки``); after one number they mean a duration."""

MONTH_LEAD_WORDS: tuple[str, ...] = (
    "у",
    "в",
    "з",
    "із",
    "до",
    "від",
    "протягом",
    "впродовж",
    "наприкінці",
    "на початку",
    "в кінці",
    "у кінці",
    "в середині",
    "у середині",
    "до кінця",
    "з початку",
    "від початку",
    "з кінця",
    "до середини",
    "кінця",
    "початку",
    "середини",
    "кінці",
    "середині",
    "початок",
    "кінець",
)
"""Words that make a bare month name a date (``у вересні``, ``наприкінці жовтня``)."""

RANGE_FROM_WORDS: tuple[str, ...] = ("з", "із", "від")
"""Words that open a day range (``з 1 по 3 жовтня``)."""

RANGE_TO_WORDS: tuple[str, ...] = ("по", "до")
"""Words that close a day range."""

DAY_OFFSETS: dict[str, int] = {
    "позавчора": -2,
    "вчора": -1,
    "учора": -1,
    "сьогодні": 0,
    "завтра": 1,
    "післязавтра": 2,
}
"""Relative day words and their offset in days from the reference date."""

PERIOD_OFFSETS: dict[str, tuple[str, int]] = {
    "минулого тижня": ("week", -1),
    "минулому тижні": ("week", -1),
    "цього тижня": ("week", 0),
    "на цьому тижні": ("week", 0),
    "наступного тижня": ("week", 1),
    "на наступному тижні": ("week", 1),
    "минулого місяця": ("month", -1),
    "минулому місяці": ("month", -1),
    "цього місяця": ("month", 0),
    "наступного місяця": ("month", 1),
    "минулого року": ("year", -1),
    "минулому році": ("year", -1),
    "торік": ("year", -1),
    "цього року": ("year", 0),
    "поточного року": ("year", 0),
    "цьогоріч": ("year", 0),
    "наступного року": ("year", 1),
    "наступному році": ("year", 1),
}
"""Relative period phrases: the unit (week, month, year) and the offset in units."""

ABBREVIATIONS: tuple[str, ...] = (
    "р",
    "рр",
    "тис",
    "млн",
    "млрд",
    "грн",
    "вул",
    "просп",
    "обл",
    "м",
    "ім",
    "див",
    "напр",
    "т",
    "ін",
    "пр",
    "с",
    "смт",
    "проф",
    "акад",
    "св",
    "ст",
    "д",
    "min",
    "mr",
    "dr",
)
"""Words ending in a full stop that do not end a sentence (``2021 р.``, ``150 тис.``)."""

ONLINE_WORDS: tuple[str, ...] = (
    "онлайн",
    "он-лайн",
    "в режимі онлайн",
    "онлайн-режимі",
    "онлайн-форматі",
    "дистанційно",
    "дистанційному",
    "дистанційна",
    "дистанційну",
    "відеоконференції",
    "відеоконференцію",
    "відеоконференція",
    "відеозв'язку",
    "відеозв'язок",
    "відеозвернення",
    "zoom",
    "в інтернеті",
    "в мережі",
    "у мережі",
)
"""Words that say an event happened online (apostrophes are normalised to ``'`` first)."""

IN_PERSON_WORDS: tuple[str, ...] = (
    "особисто",
    "очна зустріч",
    "очну зустріч",
    "очній зустрічі",
    "в очному форматі",
    "в очному режимі",
    "офлайн",
    "наживо",
)
"""Words that say an event happened in person."""

PLACE_PREPOSITIONS: tuple[str, ...] = ("у", "в")
"""Prepositions that put a place name in the locative (``у Харкові``)."""

NOT_PLACES: frozenset[str] = frozenset(
    {"інтернет", "мережа", "ефір", "фейсбук", "телеграм", "ютуб", "твіттер", "зум", "скайп"}
)
"""Nominatives that follow ``у/в`` like a place but are media or channels (``в Інтернеті``)."""

PLACE_SECOND_WORDS: tuple[str, ...] = (
    "області",
    "районі",
    "громаді",
    "республіці",
    "Республіці",
    "Федерації",
    "Штатах",
    "Королівстві",
)
"""Words that may follow a capitalised adjective inside one place name (``Харківській області``)."""

TOPIC_OPENERS: tuple[str, ...] = (
    "у сферах",
    "у сфері",
    "в сферах",
    "в сфері",
    "у галузях",
    "у галузі",
    "в галузях",
    "в галузі",
    "у напрямках",
    "у напрямах",
    "в напрямках",
    "в напрямах",
    "у питаннях",
    "в питаннях",
    "з питань",
    "питання",
    "питань",
    "щодо",
    "стосовно",
)
"""Phrases after which a list of topics follows, each topic in the genitive."""

LIST_STOP_WORDS: tuple[str, ...] = (
    "а",
    "але",
    "який",
    "яка",
    "яке",
    "які",
    "якого",
    "якої",
    "яких",
    "що",
    "де",
    "коли",
    "адже",
    "оскільки",
    "тому",
    "також",
    "зокрема",
    "передусім",
    "у",
    "в",
    "на",
    "для",
    "під",
)
"""Words that end a topic list (a new clause or a prepositional phrase starts)."""


@frozen
class Trigger:
    """One event trigger: its kind, its regex, and whether it states an event by itself."""

    kind: EventKind
    pattern: str
    explicit: bool = field(kw_only=True)


_DOCUMENT = (
    r"(?:\w+\s+){0,3}?(?:угод|меморандум|договор|договір|контракт|декларац|протокол|хартію)\w*"
)

TRIGGERS: tuple[Trigger, ...] = (
    # Explicit: a finite past verb that reports the event itself.
    Trigger(
        EventKind.MEETING,
        r"зустр(?:івся|ілася|ілась|ілися|ілись|ічався|ічалася|ічалась|ічалися|ічались)",
        explicit=True,
    ),
    Trigger(
        EventKind.MEETING,
        r"(?:провів|провела|провели|провело|проведено|відбулася|відбулась|відбулися|відбулись"
        r"|пройшла|пройшли|розпочалися|розпочались)\s+(?:\w+\s+){0,2}?(?:зустріч|переговори|нараду)",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        r"(?:відвідав|відвідала|відвідали|побував|побувала|побували|завітав|завітала|завітали)",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        r"(?:прибув|прибула|прибули|перебуває|перебувають)\s+(?:\w+\s+){0,3}?з\s+(?:\w+\s+)?візитом",
        explicit=True,
    ),
    Trigger(
        EventKind.AGREEMENT,
        r"(?:підписали|підписав|підписала|підписано|уклали|уклав|уклала|укладено|парафували)\s+"
        + _DOCUMENT,
        explicit=True,
    ),
    Trigger(
        EventKind.PRESENTATION,
        r"(?:презентував|презентувала|презентували|презентовано)",
        explicit=True,
    ),
    Trigger(
        EventKind.ANNOUNCEMENT,
        r"(?:оголосив|оголосила|оголосили|оголошено|анонсував|анонсувала|анонсували)",
        explicit=True,
    ),
    # Not explicit: a noun or a broad verb that needs a participant, date or mode nearby.
    Trigger(
        EventKind.MEETING,
        r"(?:зустріч|зустрічі|зустріччю|переговори|переговорів|переговорах|переговорам"
        r"|нарада|наради|нараді|нараду)",
        explicit=False,
    ),
    Trigger(
        EventKind.VISIT,
        r"(?:візит|візиту|візитом|візиті|прибув|прибула|прибули)",
        explicit=False,
    ),
    Trigger(
        EventKind.AGREEMENT,
        r"(?:домовилися|домовились|домовився|домовилася|домовилась|дійшли\s+згоди"
        r"|підписання\s+" + _DOCUMENT + ")",
        explicit=False,
    ),
    Trigger(
        EventKind.PRESENTATION,
        r"(?:презентація|презентації|презентацію|представив|представила|представили)",
        explicit=False,
    ),
)
"""Event triggers; kinds listed first win when one sentence has several weak triggers."""

KIND_PRIORITY: tuple[EventKind, ...] = (
    EventKind.MEETING,
    EventKind.VISIT,
    EventKind.AGREEMENT,
    EventKind.PRESENTATION,
    EventKind.ANNOUNCEMENT,
)
"""Which kind a sentence with several weak triggers reports (the first listed)."""
