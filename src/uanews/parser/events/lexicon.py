"""Word lists for dates and events: month names, relative-date words, event triggers and cues.

Everything here is data. The functions in `uanews.parser.events.dates` and
`uanews.parser.events` compile these lists into patterns once; adding a word means adding
it here, never in a function. Entries are lower case; matching is case-insensitive.
"""

from __future__ import annotations

from attrs import field, frozen

from uanews.model import EventKind

__all__ = [
    "ABBREVIATIONS",
    "AGO_SINGULAR_UNITS",
    "AGO_UNITS",
    "AGO_WORDS",
    "CENTURY_WORDS",
    "DAY_OFFSETS",
    "DECADE_SUFFIXES",
    "HISTORICAL_GAP_YEARS",
    "HISTORICAL_MARKERS",
    "HOST_COUNTRIES",
    "IN_PERSON_WORDS",
    "KIND_PRIORITY",
    "LIST_STOP_WORDS",
    "MONTHS",
    "MONTH_LEAD_WORDS",
    "MONTH_NAMES_GENITIVE",
    "NOT_PLACES",
    "NUMBER_WORDS",
    "ONLINE_WORDS",
    "PERIOD_OFFSETS",
    "PLACE_DESTINATION_PREPOSITIONS",
    "PLACE_PREPOSITIONS",
    "PLACE_SECOND_WORDS",
    "POST_WORDS",
    "RANGE_FROM_WORDS",
    "RANGE_TO_WORDS",
    "SEASON_WORDS",
    "SPORT_WORDS",
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

SEASON_WORDS: tuple[str, ...] = (
    "взимку",
    "узимку",
    "зимою",
    "навесні",
    "весною",
    "влітку",
    "улітку",
    "літом",
    "восени",
)
"""Season adverbs. A season with a year (``влітку 2020 року``) dates an event by the year alone:
a season spans parts of months, and winter spans two years, so no month is claimed."""

DECADE_SUFFIXES: tuple[str, ...] = ("х", "ті", "тих", "тих років", "х років", "х роках", "ті роки")
"""Endings that make a year ending in 0 a decade (``1990-х``, ``1990-ті роки``)."""

CENTURY_WORDS: tuple[str, ...] = ("століття", "столітті", "сторіччя", "сторіччі", "ст.")
"""Words after a Roman numeral that make it a century (``XXI століття``)."""

AGO_WORDS: tuple[str, ...] = ("тому",)
"""The word after a duration that makes it a time in the past (``рік тому``)."""

AGO_UNITS: dict[str, str] = {
    "день": "day",
    "дні": "day",
    "днів": "day",
    "тиждень": "week",
    "тижні": "week",
    "тижнів": "week",
    "місяць": "month",
    "місяці": "month",
    "місяців": "month",
    "рік": "year",
    "роки": "year",
    "років": "year",
}
"""Units of ``<n> <unit> тому`` and what each counts."""

AGO_SINGULAR_UNITS: tuple[str, ...] = ("день", "тиждень", "місяць", "рік")
"""Units that mean one of themselves without a number (``рік тому``); ``років тому`` alone
(``декілька років тому``) counts nothing and is no date."""

NUMBER_WORDS: dict[str, int] = {
    "один": 1,
    "одна": 1,
    "два": 2,
    "дві": 2,
    "три": 3,
    "чотири": 4,
    "п'ять": 5,
    "шість": 6,
    "сім": 7,
    "вісім": 8,
    "дев'ять": 9,
    "десять": 10,
}
"""Number words that may count the units of ``<n> <unit> тому`` (apostrophes as ``'``)."""

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
    "онлайн-зустріч",
    "онлайн-зустрічі",
    "онлайн-нараду",
    "онлайн-наради",
    "онлайн-нараді",
    "онлайн-конференцію",
    "онлайн-конференції",
    "онлайн-переговори",
    "онлайн-переговорах",
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

PLACE_DESTINATION_PREPOSITIONS: tuple[str, ...] = ("до",)
"""Prepositions that put a visit's destination in the genitive (``прибув до Чернігова``)."""

POST_WORDS: tuple[str, ...] = (
    "посол",
    "посла",
    "послу",
    "послові",
    "послом",
    "после",
    "посольство",
    "посольства",
    "посольству",
    "посольстві",
    "консул",
    "консула",
    "консулом",
    "консульство",
    "консульства",
    "амбасадор",
    "амбасадора",
    "амбасадором",
    "представник",
    "представника",
    "представником",
    "представниця",
    "представницею",
    "представництво",
    "представництва",
    "представництві",
)
"""Nouns of a post abroad, after which a host country names the post (``Посол Литви в Україні``)."""

HOST_COUNTRIES: frozenset[str] = frozenset({"україна"})
"""Countries (nominative, lower case) that foreign posts in this news are accredited to: after a
post noun, ``в Україні`` says where the post is, not where an event took place, while a city
(``з послом Франції у Києві``) is still the event's place."""

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


SPORT_WORDS: tuple[str, ...] = (
    "фінал",
    "фіналі",
    "фіналу",
    "півфінал",
    "півфіналі",
    "півфіналу",
    "чвертьфінал",
    "чвертьфіналі",
    "матч",
    "матчі",
    "матчу",
    "поєдинок",
    "поєдинку",
    "поєдинках",
    "турнір",
    "турнірі",
    "турніру",
    "чемпіонат",
    "чемпіонаті",
    "чемпіонату",
    "змагання",
    "змаганнях",
    "сет",
    "сеті",
    "сетах",
    "раунд",
    "раунді",
    "тайм",
    "таймі",
    "рахунком",
    "суперниця",
    "суперницею",
    "суперник",
    "суперником",
    "суперниками",
    "плей-оф",
    "кубок",
    "кубка",
    "кубку",
    "ліги",
    "лізі",
    "тур",
    "турі",
)
"""Words that make ``зустрілися`` a game between players or teams, not a meeting."""

HISTORICAL_MARKERS: tuple[str, ...] = (
    "свого часу",
    "колись",
    "колись давно",
    "у дитинстві",
    "в дитинстві",
    "ще малим",
    "ще малою",
    "ще дитиною",
    "у юності",
    "в юності",
    "замолоду",
    "за життя",
    "у давнину",
    "в давнину",
    "за часів",
    "у минулому столітті",
    "в минулому столітті",
)
"""Phrases that put a sentence in a life story or a distant past rather than in the news."""

HISTORICAL_GAP_YEARS = 10
"""An event dated this many years before the item's latest year (or the reference) is history."""


@frozen
class Trigger:
    """One event trigger: its kind, its regex, and whether it states an event by itself."""

    kind: EventKind
    pattern: str
    explicit: bool = field(kw_only=True)


_ANNOUNCEABLE = (
    r"(?:тендер|конкурс|аукціон|набір|відбір|торги|торгів|програм|результат|переможц|рішенн"
    r"|початок|старт|запуск|створенн|відкритт|проведенн|концепці|план)"
)
"""Stems of what is announced as an event (``оголосив конкурс``); ``оголосив, що ...`` is speech."""

_ANNOUNCE = (
    r"(?:оголосив|оголосила|оголосили|оголосило|оголошено|оголошує|оголошують|оголошував"
    r"|оголошувала|оголошували|оголошувало)"
)

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
        r"|пройшла|пройшли|розпочалися|розпочались)\s+(?:\w+\s+){0,2}?(?:онлайн-|відео)?"
        r"(?:зустріч|переговори|нараду)",
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
        r"(?:підписали|підписав|підписала|підписало|підписано|уклали|уклав|уклала|уклало"
        r"|укладено|парафували)\s+" + _DOCUMENT,
        explicit=True,
    ),
    Trigger(
        EventKind.PRESENTATION,
        r"(?:презентував|презентувала|презентували|презентовано)",
        explicit=True,
    ),
    Trigger(
        EventKind.ANNOUNCEMENT,
        rf"(?:{_ANNOUNCE}\s+(?:\w+\s+){{0,2}}?(?:про\s+)?{_ANNOUNCEABLE}\w*"
        rf"|{_ANNOUNCEABLE}\w*\s+(?:[\w\-«»\"]+\s+){{0,5}}?{_ANNOUNCE}"
        r"|анонсував|анонсувала|анонсували|анонсувало)",
        explicit=True,
    ),
    Trigger(
        EventKind.ANNOUNCEMENT,
        r"(?:(?:провів|провела|провели|провело|проведено)\s+(?:\w+\s+){0,2}?"
        r"(?:прес-конференцію|брифінг)|(?:прес-конференцію|брифінг)\s+(?:\w+\s+){0,2}?"
        r"(?:провів|провела|провели|провело))",
        explicit=True,
    ),
    # Not explicit: a noun or a broad verb that needs a participant, date or mode nearby.
    Trigger(
        EventKind.MEETING,
        r"(?:(?:онлайн-|відео)?(?:зустріч|зустрічі|зустріччю)|переговори|переговорів|переговорах"
        r"|переговорам"
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
