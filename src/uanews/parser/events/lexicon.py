"""Word lists for dates and events: month names, relative-date words, event triggers and cues.

Everything here is data. The functions in `uanews.parser.events.dates` and
`uanews.parser.events` compile these lists into patterns once; adding a word means adding
it here, never in a function. Entries are lower case; matching is case-insensitive.
"""

from __future__ import annotations

from attrs import field, frozen

from uanews.model import EventKind

__all__ = [
    "ADDED_STRIKE_PERIODS",
    "ADDED_STRIKE_PREFIXES",
    "AGAIN_WORDS",
    "AGO_SINGULAR_UNITS",
    "AGO_UNITS",
    "AGO_WORDS",
    "AGREED_PATTERN",
    "ALSO_JOINERS",
    "ALSO_WORDS",
    "AMOUNT_ADDERS",
    "ANCHORED_DAY_OFFSETS",
    "ASIDE_OPENERS",
    "BODY_NOUN_REFERENTS",
    "CENTURY_WORDS",
    "CITY_PART_HEADS",
    "CLOCK_OPENER_PATTERN",
    "CONTINUATION_OPENERS",
    "CONTINUATION_REACH",
    "DAY_OFFSETS",
    "DECADE_SUFFIXES",
    "DELEGATION_SUBJECTS",
    "DOCUMENT_OPENERS",
    "EARLIER_EVENT_PATTERN",
    "EARLIER_OPENERS",
    "EVENT_NOUNS",
    "GUEST_SUBJECTS",
    "GUEST_WORDS",
    "HISTORICAL_GAP_YEARS",
    "HISTORICAL_MARKERS",
    "HOST_COUNTRIES",
    "IN_PERSON_WORDS",
    "KIND_PRIORITY",
    "KIN_BEFORE_PATTERN",
    "LATER_OPENERS",
    "LATER_OPENER_PREFIXES",
    "LATIN_CHANNEL_NAMES",
    "LIST_STOP_WORDS",
    "MEETING_JOINED_PATTERN",
    "MET_AT_WORDS",
    "MET_GROUP_NOUNS",
    "MET_GROUP_PREPOSITIONS",
    "MONTHS",
    "MONTH_LEAD_WORDS",
    "MONTH_NAMES_GENITIVE",
    "NIGHT_TIMES",
    "NIGHT_WORDS",
    "NOT_PLACES",
    "NUMBER_WORDS",
    "ONLINE_WORDS",
    "ORIGIN_NOUNS",
    "OTHER_DAY_WORDS",
    "OUTAGE_PATTERN",
    "OWN_PLACE_PREPOSITIONS",
    "PERIOD_OFFSETS",
    "PERIOD_PART_NOUNS",
    "PLACE_DESTINATION_PREPOSITIONS",
    "PLACE_LIST_STOP_WORDS",
    "PLACE_PREPOSITIONS",
    "PLACE_SECOND_WORDS",
    "POST_WORDS",
    "RANGE_FROM_WORDS",
    "RANGE_TO_WORDS",
    "RELATIVE_PRONOUN_PATTERN",
    "REMINDER_ASIDES",
    "REPORTED_BACK_PATTERN",
    "SAME_DAY_OPENERS",
    "SCHEDULED_FROM_PATTERN",
    "SCHEDULED_VERB_REACH",
    "SEASON_WORDS",
    "SIGNED_PARTY_PATTERN",
    "SIGNED_WITH_PATTERN",
    "SIGNING_ENDED_PATTERN",
    "SPOKEN_AT_EVENT_PATTERN",
    "SPORT_WORDS",
    "STATEMENT_VERB_PATTERN",
    "STATISTIC_PERIOD_MORE_PATTERN",
    "STATISTIC_PERIOD_PATTERN",
    "TAKEN_TO_HOSPITAL_PATTERN",
    "TOLD_EVENT_KINDS",
    "TOLD_EVENT_PATTERN",
    "TOPIC_OPENERS",
    "TOWN_BODY_WORDS",
    "TRIGGERS",
    "VICTIMS_PATTERN",
    "WEEKDAY_PATTERN",
    "WORKS_PATTERN",
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

ANCHORED_DAY_OFFSETS: dict[str, int] = {
    "наступного дня": 1,
    "на наступний день": 1,
    "наступного ранку": 1,
    "другого дня": 1,
    "на другий день": 1,
    "того ж дня": 0,
    "того самого дня": 0,
    "цього ж дня": 0,
    "у той же день": 0,
    "в той же день": 0,
    "у цей же день": 0,
    "в цей же день": 0,
}
"""Day words that count from a day the text has just stated, not from the publication date
(``3 квітня прибула делегація ... Наступного дня підписали``: the 26th), with their offset."""

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

ORIGIN_NOUNS: tuple[str, ...] = (
    "народження",
    "випуску",
    "виготовлення",
    "виробництва",
    "побудови",
    "забудови",
    "будівництва",
    "спорудження",
    "заснування",
    "створення",
    "видання",
)
"""Nouns of how a person or a thing came to be, in the genitive after a year (``1971 року
народження``, ``будинок 1959 року побудови``, ``авто 2015 року випуску``): the year is the
person's or the thing's, never the date of the event the sentence tells."""

PERIOD_PART_NOUNS: tuple[str, ...] = (
    "початок",
    "кінець",
    "середина",
    "половина",
    "рубіж",
    "межа",
    "чверть",
)
"""Lemmas of nouns of a part of a period (``на початку XX століття``, ``кінця 1990-х``): a
century or a decade after one is still a time, not the attribute of a noun."""

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

LATIN_CHANNEL_NAMES: frozenset[str] = frozenset(
    {"telegram", "telegram-канал", "facebook", "youtube", "youtube-канал", "viber"}
)
"""Online platforms written in Latin letters, the same in both languages: no place."""

NOT_PLACES: frozenset[str] = LATIN_CHANNEL_NAMES | frozenset(
    {
        "інтернет",
        "мережа",
        "ефір",
        "фейсбук",
        "телеграм",
        "ютуб",
        "твіттер",
        "зум",
        "скайп",
        "телеграм-канал",
    }
)
"""Nominatives that follow ``у/в`` like a place but are media or channels (``в Інтернеті``,
``у Telegram-каналі``)."""

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

WORKS_PATTERN = (
    r"(?:будівництв|спорудженн|ремонт|капремонт|реконструкці|замін|облаштуванн|відновленн"
    r"|модернізаці|закупівл|вакцинаці)\w*"
)
"""Nouns of works a decision funds or an agreement plans (``виділити 40 млн на ремонт шкіл у
Бучі``, ``меморандум про будівництво електростанції у Білгород-Дністровському районі``): a
place after one in its clause is the site of the works, not where the decision or signing was."""

EARLIER_EVENT_PATTERN = r"(?:минул\w+|попередн\w+)"
"""Adjectives that make a noun of an event another, earlier one (``під час минулого візиту до
Сум``, ``на попередній зустрічі в Одесі``): a place after that noun is not this event's."""

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

HISTORICAL_GAP_YEARS = 3
"""An event dated this many years before the item's latest year (or the reference) is history:
the guidelines skip background "from years ago"; two years back may still be recent news."""


@frozen
class Trigger:
    """One event trigger: its kind, its regex, and whether it states an event by itself."""

    kind: EventKind
    pattern: str
    explicit: bool = field(kw_only=True)
    group: str | None = field(default=None, kw_only=True)
    """For incidents, what happened (``fire``, ``road``...): incidents of one group in an item
    are one event, while a fire and a road accident are two."""
    named: bool = field(default=False, kw_only=True)
    """A weak trigger that only a named participant corroborates (a date is not enough:
    ``29 квітня засідання не відбулося`` names no party to a meeting)."""


_ANNOUNCEABLE = (
    r"(?:тендер|конкурс|аукціон|набір|відбір|торги|торгів|програм|результат|переможц|рішенн"
    r"|початок|старт|запуск|створенн|відкритт|проведенн|концепці|план|умов|правил|порядк"
    r"|порядок|припиненн|відключенн)"
)
"""Stems of what is announced as an event (``оголосив конкурс``; ``оголосило про нові умови
...``, ``правила``, ``порядок``: an authority's announced terms are its decision; a supply cut
off for a time, ``оголосило про тимчасове припинення водопостачання``, is a utility's
decision); ``оголосив, що ...`` is speech."""

_ANNOUNCE = (
    r"(?:оголосив|оголосила|оголосили|оголосило|оголошено|оголошує|оголошують|оголошував"
    r"|оголошувала|оголошували|оголошувало)"
)

_FIRED = (
    r"(?:ракет\w*|мін(?:а|и|у|ою|ами)?|снаряд\w*|шахед\w*|дрон\w*|безпілотник\w*|КАБ\w*"
    r"|(?:авіа)?бомб\w*)"
)
"""What is fired at a target (``випустили по Харкову 5 ракет``): with a target after ``по``,
the firing verb reports a strike; ``завод випустив 100 дронів`` made them."""

_COUNT = (
    r"(?:\d|(?:одн(?:ому|ій|у)|дв(?:а|і|оє|ох|істі)|тр(?:и|оє|ьох|иста)|чотир(?:и|ьох|иста)"
    r"|п['’ʼ]ят(?:ь|и|ьох|сот)|шіст(?:ь|ьох|сот)|сім(?:ох|сот)?|вісім(?:ох|сот)?"
    r"|дев['’ʼ]ят(?:ь|и|ьох|сот)|десят(?:ь|и|ьох|ок|ку)|[\w'’ʼ]+надцят\w*|[\w'’ʼ]+десят\w*"
    r"|сорок(?:а)?|сто|сотн(?:і|ю|я)|тисяч(?:а|і|у)?|мільйон\w*|(?:де)?кільк(?:а|ох)"
    r"|півтор(?:а|и))(?![\w'’ʼ\-]))"
)
"""A count after ``по``: ``по 200 дронів``, ``по дві міни`` is the distributive ``по`` (so
many each), which names no target; ``по Харкову``, ``по селу`` is where they were fired."""

_MOURNING = r"дн(?:ем|ями)\s+(?:жалоби|трауру)(?![\w\-])"
"""A day declared one of mourning (``рада оголосила 3 березня днем жалоби``): the body's
decision, an announcement."""

_DOCUMENT = (
    r"(?:\w+\s+){0,3}?(?:угод|меморандум|договор|договір|контракт|декларац|протокол|хартію"
    r"|спільн\w*\s+заяв)\w*"
)
"""What parties sign: an agreement, a memorandum, a contract, a declaration, a joint statement."""

SIGNED_WITH_PATTERN = r"(?:з|із|зі)\s+(?:[^\s.,;:]+\s+){1,6}?"
"""The other party between a signing verb and the document (``завод підписав з НЕК «Укренерго»
контракт``, ``уклала з ТОВ «...» договір``): ``з`` and its object, up to six words with no
punctuation that would end the clause; the document after it is what they signed."""

SIGNING_ENDED_PATTERN = (
    r"(?:завершил|закінчил|увінчал)(?:ся|ася|ося|ися)\s+підписанням\s+" + _DOCUMENT
)
"""A meeting that ended with a signing (``Переговори завершилися підписанням угоди``): the
sentence tells the signing, an agreement of those who met, not a meeting of its own."""

_ARRIVED = r"(?:приїхав|приїхала|приїхали|прибув|прибула|прибули)"
"""Past forms of arriving: with a destination (``до Черкас``, ``у Черкаси``, before or after
the verb) or a ceremony (`_CEREMONY`) a visit to the place."""

_CEREMONY = r"(?:відкриття|презентацію|церемонію|урочистості|освячення)"
"""Ceremonies one arrives at (``На відкриття приїхав X``): arriving at one is visiting the place
where it is held."""

_OPEN = (
    r"(?:відкрив|відкрила|відкрили|відкрило|відкрито|відкрився|відкрилася|відкрилась|відкрилося"
    r"|відкрилось|відкрилися|відкрились|запрацював|запрацювала|запрацювало|запрацювали)"
)
"""Past forms of opening: what opened is named by `_OPENABLE` (not ``відкрили провадження``)."""

_OPENABLE = (
    r"(?:центр|виставк|експозиці|музе|школ|ліце|садок|садочок|лікарн|амбулатор|клінік|поліклінік|укритт"
    r"|парк|сквер|міст|мост|рух|дорог|магазин|ресторан|кафе|завод|фабрик|офіс|простір|хаб|пункт"
    r"|відділенн|фестивал|сезон|пам'ятник|пам’ятник|меморіал|дошк|стел|клуб|бібліотек"
    r"|майданчик|стадіон|басейн|галере|кінотеатр|театр|лабораторі|кабінет|корпус|станці"
    r"|терміна|ринок|сервіс|гуртожит|медзаклад|заклад|шелтер|прихист|інкубатор|сховищ|ярмар)\w*"
)
"""Stems of places, institutions and public events that are opened to the public (``міст``
and, with its vowel alternation, ``мосту``, ``мостом``; ``рух`` of a bridge or a road opened
to traffic; a fair, ``ярмарок``, opened like an exhibition)."""

_LAUNCH = (
    r"(?:запустив|запустила|запустили|запустило|запущено|стартував|стартувала|стартувало"
    r"|стартували|розпочав|розпочала|розпочали|розпочало)"
)

_LAUNCHABLE = (
    r"(?:(?:застосун|додат|сервіс|платформ|програм|проєкт|проект|сайт|портал|чат-бот|бот"
    r"|маршрут|виробництв|лінію|кампані|ініціатив|серві)\w*"
    r"|курс(?:|у|ом|і|и|ів|ам|ами|ах)(?![\w'’ʼ\-]))"
)
"""Stems of what is launched to the public (``запустили застосунок``), not ``запустили ракети``.
``курс`` only as the whole noun: its stem begins ``Курська область``, a launch site."""

_PUBLIC_EVENT = r"(?:фестиваль|ярмарок|ярмарка|виставка|виставку)(?![\w'’ʼ\-])"
"""Public events that open to the public when they start: a festival, a fair, an exhibition
(``стартував осінній ярмарок``, ``стартувала виставка``), in the nominative or accusative only:
the subject or the object of the verb, not a genitive complement (``реєстрація фестивалю``)."""

_STARTED_EVENT_WORD = r"[\w'’ʼ\-]{2,}(?:ий|ій|а|я|е|є|і|ї)\s+"
"""A word of three letters or more with an adjective's ending between a launch verb and the
public event it starts (``осінній``, ``джазовий``): only such modifiers, so the event is the
verb's subject or object, not after a preposition (``реєстрація на фестиваль``, ``розпочали
підготовку до ярмарку``)."""

_NOT_FIRED_WORD = rf"(?!{_FIRED}(?![\w'’ʼ\-]))[\w'’ʼ\-«»]+\s+"
"""A word between a launch verb and what it launched that is no weapon: ``запустили дрони
на виробництво`` fired the drones, no product was launched."""

_NOT_MADE = rf"(?!{_LAUNCHABLE})[\w'’ʼ\-]+\s+"
"""A word between a target and a weapon that is no product launched: ``запустили по всій
Україні виробництво дронів`` made them."""

_ONTO = r"на\s+(?-i:[А-ЯІЇЄҐ])[\w'’ʼ\-]*(?<!і)(?![\w'’ʼ\-])"
"""A capitalised accusative after ``на``, where a weapon is launched (``на Суми``, ``на
Запоріжжя``), not the locative of where it happened (``на Донеччині``, ``на Україні``)."""

_PROCURE = r"(?:замовив|замовила|замовило|замовили)"

_SUPPLIER = (
    r"(?:ТОВ|ПП|ПрАТ|ПАТ|АТ|ДП|ФОП|КП|держпідприємств\w*|підприємств\w*|компані\w*|фірм\w*"
    r"|товариств\w*|«[\w'’ʼ\-]+)"
)
"""What names the other party of a procurement (``замовило у ТОВ «...»``)."""

_APOSTROPHE = r"['’ʼ]"

UNDER_FIRE_PATTERN = (
    r"(?:під\s+(?:[\w'’ʼ\-]+\s+)?(?:удар|обстріл|атаку|вогонь)\s+потрапи\w*"
    r"|потрапи\w*\s+під\s+(?:[\w'’ʼ\-]+\s+)?(?:удар|обстріл|атаку|вогонь)"
    r"|(?:[\w'’ʼ\-]+\s+)?(?:удар|обстріл|атак)\w*\s+(?:(?-i:[а-яіїєґ])[\w'’ʼ\-]+\s+){0,2}?"
    r"зазна\w*"
    r"|зазна\w*\s+(?:[\w'’ʼ\-]+\s+)?(?:удар|обстріл|атак)\w*"
    r"|під\s+(?:[\w'’ʼ\-]+\s+)?(?:вогнем|обстріл(?:ом|ами)|удар(?:ом|ами))"
    r"(?:,?\s+(?:(?:і|й|та)\s+)?(?-i:[а-яіїєґ])[\w'’ʼ\-]+){0,5}?"
    r"\s+(?:опини\w*|бул[аои]?|перебува\w*)(?![\w'’ʼ\-])"
    r"|опини\w*\s+під\s+(?:[\w'’ʼ\-]+\s+)?(?:вогнем|обстріл(?:ом|ами)|удар(?:ом|ами)))"
)
"""What a place struck is the subject of (``під обстріл потрапили Херсон і Білозерка``,
``ударів зазнала Нікопольська громада``, ``під обстрілами були населені пункти: ...``,
``під вогнем перебували ...``): the places after it are in the nominative. The means of the
fire may follow its noun in the genitive, lowercase and listed (``під обстрілами мінометів
і дронів опинилися ...``), also before ``зазнав`` (``ударів дронів зазнала громада``)."""

_OPENED_AFTER = (
    r"(?:відкрили|відкрито|відкрився|відкрилася|відкрилась|відкрилося|відкрилось|відкрилися"
    r"|відкрились|запрацював|запрацювала|запрацювало|запрацювали)"
)
"""Forms of opening whose object may stand before them (``ліцей відкрили``, ``ліцей відкрився``):
not the singular active (``Директор ліцею відкрила зал``: the lyceum's director opened it)."""

OPENED_PATTERN = (
    rf"(?:{_OPEN}\s+(?:[\w'’ʼ\-«»]+\s+){{0,4}}?(?P<opened>{_OPENABLE})"
    rf"|(?P<opened_first>{_OPENABLE})\s+(?:[\w'’ʼ\-«»]+\s+){{0,3}}?{_OPENED_AFTER})"
)
"""An opening verb and what was opened (``відкрили ліцей``, ``корпус ліцею відкрили``): the
group ``opened`` or ``opened_first`` is the place or institution opened, no party to its
opening."""

_VEHICLES = (
    r"(?:тролейбус|автобус|електробус|трамва|вагон|локомотив|електропоїзд|генератор|вантаж"
    r"|гуманітарн|обладнанн|снігоприбиральн|сміттєвоз|швидк\w*\s+допомог)\w*"
)
"""Vehicles and goods a city receives (``тролейбусів``, ``генератори``, ``гуманітарна
dопомога``)."""

_PIPE = (
    r"(?:водогон|водогін|водопровод|водопровід|трубопровод|тепломереж|тепломагістрал|теплотрас"
    r"|каналізац|колектор|труб)\w*"
)
"""Pipes of a utility that burst (``водогону``, ``тепломережі``, ``трубу``)."""

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
        r"|відбулося|відбулось|пройшла|пройшли|пройшло|розпочалися|розпочались)"
        r"\s+(?:[\w\-]+\s+){0,6}?(?:онлайн-|відео)?(?:зустріч|переговори|нараду|нарада|засідання)",
        explicit=True,
    ),
    # The parties discussed: talks between those just told (``Сторони обговорили ...``).
    Trigger(
        EventKind.MEETING,
        r"(?:сторони|обидві\s+сторони)\s+(?:обговорили|обговорювали|обмінялися\s+думками"
        r"|обмінялись\s+думками)",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        r"(?:відвідав|відвідала|відвідали|побував|побувала|побували|завітав|завітала|завітали)",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        r"(?:прибув|прибула|прибули|перебуває|перебувають|перебував|перебувала|перебували)"
        r"\s+(?:\w+\s+){0,3}?з\s+(?:\w+\s+)?візитом",
        explicit=True,
    ),
    # A delegation staying somewhere is on a visit (``у Житомирі перебувала делегація ...``).
    Trigger(
        EventKind.VISIT,
        r"(?:перебуває|перебувають|перебував|перебувала|перебували)\s+(?:[\w\-]+\s+){0,2}?"
        r"делегаці[яїю]|делегаці[яї]\s+(?:[\w\-]+\s+){0,5}?(?:перебуває|перебувають"
        r"|перебувала|перебували)",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        r"з\s+(?:робочою|офіційною|службовою|робочим|офіційним|дружнім|державним)\s+"
        r"(?:поїздкою|візитом)",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        rf"{_ARRIVED}\s+(?:\w+\s+){{0,3}}?(?:до|у|в)\s+(?-i:[A-ZА-ЯІЇЄҐ])[\w'’ʼ\-]*"
        rf"|(?<![\w'’ʼ\-])(?:до|у|в)\s+(?-i:[A-ZА-ЯІЇЄҐ])[\w'’ʼ\-]*\s+(?:\w+\s+){{0,2}}?{_ARRIVED}"
        rf"(?![\w'’ʼ\-])",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        rf"(?<![\w'’ʼ\-])на\s+{_CEREMONY}\s+(?:[\w'’ʼ\-]+\s+){{0,3}}?{_ARRIVED}(?![\w'’ʼ\-])"
        rf"|{_ARRIVED}\s+(?:[\w'’ʼ\-]+\s+){{0,5}}?на\s+{_CEREMONY}(?![\w'’ʼ\-])",
        explicit=True,
    ),
    Trigger(
        EventKind.AGREEMENT,
        r"(?:підписали|підписав|підписала|підписало|підписано|уклали|уклав|уклала|уклало"
        r"|укладено|парафували)\s+(?:" + SIGNED_WITH_PATTERN + ")?" + _DOCUMENT,
        explicit=True,
    ),
    Trigger(
        EventKind.AGREEMENT,
        # The document first, its signatories after (``Документ підписали X та Y``): a plural
        # verb, the parties; ``документ`` alone needs it, a named kind of document does not.
        r"(?:(?:угод|меморандум|договор|договір|контракт|декларац)\w*\s+(?:\w+\s+){0,3}?"
        r"(?:підписали|підписав|підписала|уклали)"
        r"|документ\s+(?:\w+\s+){0,2}?(?:підписали|уклали))(?![\w'’ʼ\-])",
        explicit=True,
    ),
    Trigger(
        EventKind.AGREEMENT,
        rf"{_PROCURE}\s+(?:[^\s.]+\s+){{0,8}}?(?:у|в)\s+{_SUPPLIER}",
        explicit=True,
    ),
    Trigger(
        EventKind.PRESENTATION,
        r"(?:презентував|презентувала|презентували|презентовано)",
        explicit=True,
    ),
    Trigger(
        EventKind.PRESENTATION,
        rf"(?:{_OPEN}\s+(?:[\w'’ʼ\-«»]+\s+){{0,4}}?{_OPENABLE}"
        rf"|{_OPENABLE}\s+(?:[\w'’ʼ\-«»]+\s+){{0,3}}?{_OPEN})",
        explicit=True,
    ),
    Trigger(
        EventKind.PRESENTATION,
        rf"{_LAUNCH}\s+(?:{_NOT_FIRED_WORD}){{0,3}}?{_LAUNCHABLE}",
        explicit=True,
    ),
    Trigger(
        EventKind.PRESENTATION,
        rf"{_LAUNCH}\s+(?:{_STARTED_EVENT_WORD}){{0,2}}{_PUBLIC_EVENT}",
        explicit=True,
    ),
    Trigger(
        EventKind.PRESENTATION,
        rf"прем{_APOSTROPHE}єр(?:а|у|і|ою)",
        explicit=True,
    ),
    Trigger(
        EventKind.ANNOUNCEMENT,
        rf"(?:{_ANNOUNCE}\s+(?:\w+\s+){{0,2}}?(?:про\s+)?{_ANNOUNCEABLE}\w*"
        rf"|{_ANNOUNCEABLE}\w*\s+(?:[\w\-«»\"]+\s+){{0,5}}?{_ANNOUNCE}"
        rf"|{_ANNOUNCE}\s+(?:[\w'’ʼ\-]+\s+){{0,4}}?{_MOURNING}"
        r"|анонсував|анонсувала|анонсували|анонсувало)",
        explicit=True,
    ),
    Trigger(
        EventKind.ANNOUNCEMENT,
        r"(?:у|в)\s+(?:першому|другому|третьому)\s+читанні",
        explicit=True,
    ),
    Trigger(
        EventKind.AGREEMENT,
        # ``замовлення ... дісталося X``: the order went to X, the contract is concluded
        # (winning a tender, ``виграв тендер``, comes before the contract and is not one).
        r"(?:замовлення|контракт|підряд)\w*\s+(?:[^\s.]+\s+){0,6}?"
        r"дістал(?:ося|ася|ись|ися|ся)",
        explicit=True,
    ),
    Trigger(
        EventKind.ATTACK,
        # Finite verbs of a strike: the sentence reports one.
        r"(?:обстріля(?:в|ла|ли|ло)|обстрілю(?:є|ють|вав|вала|вали|вало)|обстріляно"
        r"|атакува(?:в|ла|ли|ло)|атакує|атакують|атаковано|бомбардува(?:в|ла|ли|ло)"
        r"|завда\w*\s+(?:[\w\-]+\s+){0,3}?(?:авіа)?удар\w*"
        # ``вдарили ракетами по підприємству``: a strike verb with its target after ``по``
        r"|(?:в|у)дари(?:в|ла|ли|ло)\s+(?:[\w'’ʼ\-]+\s+){0,3}?по(?![\w'’ʼ\-])"
        r"|скину\w*\s+(?:\w+\s+){0,2}?(?:КАБ\w*|бомб\w*|авіабомб\w*|вибухівк\w*|боєприпас\w*"
        r"|гранат\w*)"
        # ``випустили по Харкову 5 ракет``, ``випустив дві міни по селу``, ``запустив з
        # Брянської області на Конотоп три дрони``: fired or launched at a target
        rf"|(?:ви|за)пусти(?:в|ла|ли|ло)\s+(?:(?:[\w'’ʼ\-]+\s+){{0,3}}?{_FIRED}\s+"
        rf"(?:[\w'’ʼ\-]+\s+){{0,3}}?(?:по(?!\s+{_COUNT})|{_ONTO})"
        rf"|(?:{_NOT_MADE}){{0,3}}?(?:по\s+(?!{_COUNT})(?!{_LAUNCHABLE})[\w'’ʼ\-]+|{_ONTO})\s+"
        rf"(?:{_NOT_MADE}){{0,2}}?{_FIRED})"
        r"(?![\w'’ʼ\-])(?!\s+замовлен))",
        explicit=True,
    ),
    Trigger(
        EventKind.ATTACK,
        # Nouns of a strike: one is reported when a place or a casualty count goes with it
        # (``Обстріл Херсона``), not in ``обговорили наслідки обстрілів``.
        r"(?:обстріл(?:у|ом|і|и|ів|ами|ах)?|артобстріл\w*|бомбардуванн\w*|прил[іь]т\w*"
        r"|прильот\w*|влучанн\w*|удар\w*\s+по"
        r"|(?:ракетн|авіаційн|повітрян|дронов|артилерійськ|комбінован|масован|ворож|російськ)\w*"
        r"\s+(?:\w+\s+)?удар\w*|(?:внаслідок|після|під\s+час|через)\s+(?:\w+\s+)?удар(?:у|ів|и)?"
        r"|під\s+(?:\w+\s+)?ударом|під\s+(?:\w+\s+)?удар(?![\w\-]))",
        explicit=False,
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:пожеж(?:а|і|у|ею|ами|ах)|загоранн\w*|загорянн\w*|займанн\w*"
        r"|загорі(?:вся|лася|лась|лося|лось|лися|лись)"
        r"|спалахну(?:в|ла|ло|ли)|згорі(?:в|ла|ло|ли))",
        explicit=True,
        group="fire",
    ),
    Trigger(
        EventKind.INCIDENT,
        rf"(?:ДТП|дорожньо-транспортн\w*\s+пригод\w*|автотрощ\w*|автомобільн\w*\s+аварі\w*"
        r"|зіткну(?:вся|лася|лись|лися|лося)|зіткненн\w*|перекину(?:вся|лася|лась|лося|лися)"
        r"|наїха(?:в|ла|ло|ли)|збив(?:ла|ло|ли)?\s+(?:\w+\s+){0,2}?(?:пішох\w*|велосипедист\w*)"
        rf"|з{_APOSTROPHE}їха\w*\s+(?:у|в)\s+кювет)",
        explicit=True,
        group="road",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:обруши(?:вся|лася|лась|лося|лись|лися)|обвали(?:вся|лася|лась|лося|лись|лися)"
        r"|обрушенн\w*|завали(?:вся|лася|лась|лося|лись|лися))",
        explicit=True,
        group="collapse",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:повін\w*|повен\w*|паводк\w*|паводок|підтопленн\w*|підтопи(?:ло|ли|в|ла)"
        r"|затопленн\w*|затопи(?:ло|ли|в|ла))",
        explicit=True,
        group="flood",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:отруєнн\w*\s+чадним|отруї(?:вся|лася|лась|лися|лись)\s+чадним)",
        explicit=True,
        group="poisoning",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:потону(?:в|ла|ли)|втопи(?:вся|лася|лись|лися)|утопи(?:вся|лася|лись|лися)"
        r"|провали(?:вся|лася|лись|лися)\s+під\s+лід|під\s+лід\s+провали(?:вся|лася|лись|лися))",
        explicit=True,
        group="other",
    ),
    Trigger(
        EventKind.INCIDENT,
        # A water main or a heating pipe burst (``через порив магістрального водогону``,
        # ``прорвало трубу``): a utility's emergency, with people left without water or heat.
        r"(?:(?:порив|прорив)(?:у|ом|і|и|ів)?\s+(?:[\w'’ʼ\-]+\s+){0,2}?"
        + _PIPE
        + r"|прорвало\s+(?:[\w'’ʼ\-]+\s+){0,2}?"
        + _PIPE
        + ")",
        explicit=True,
        group="utility",
    ),
    # Not explicit: a noun or a broad verb that needs a participant, date or mode nearby.
    Trigger(
        EventKind.MEETING,
        r"(?:(?:онлайн-|відео)?(?:зустріч|зустрічі|зустріччю)|переговори|переговорів|переговорах"
        r"|переговорам|нарада|наради|нараді|нараду)",
        explicit=False,
    ),
    Trigger(
        EventKind.MEETING,
        r"(?:засідання|засіданні|засіданням)",
        explicit=False,
        named=True,
    ),
    Trigger(
        EventKind.VISIT,
        r"(?:візит|візиту|візитом|візиті|прибув|прибула|прибули)",
        explicit=False,
    ),
    Trigger(
        EventKind.AGREEMENT,
        r"(?:домовилися|домовились|домовився|домовилася|домовилась|дійшли\s+згоди"
        r"|підписання\s+" + _DOCUMENT + "|" + SIGNING_ENDED_PATTERN + ")",
        explicit=False,
    ),
    Trigger(
        EventKind.PRESENTATION,
        r"(?:презентація|презентації|презентацію|представив|представила|представили"
        r"|виставка|виставку|виставці)",
        explicit=False,
    ),
    Trigger(
        EventKind.ATTACK,
        r"(?:атак(?:а|и|у|ою|ам|ами|ах)|шахед\w*|ракет(?:а|и|у|ою|ами)|дрон(?:и|ів|ами)|безпілотник\w*|БпЛА|КАБ(?:и|ами)?"
        r"|авіабомб\w*|вдари(?:в|ла|ли|ло)|поціли(?:в|ла|ли|ло)|влучи(?:в|ла|ло|ли))",
        explicit=False,
    ),
    Trigger(EventKind.ATTACK, UNDER_FIRE_PATTERN, explicit=False),
    Trigger(
        EventKind.INCIDENT,
        r"(?:негод\w*|буревій\w*|ураган\w*|смерч\w*|снігопад\w*|хуртовин\w*|шквал\w*)",
        explicit=False,
        group="weather",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:вибух(?:у|ом|і|и|ів)?|вибухну(?:в|ла|ло|ли)|обвал(?:у|ом|і)?"
        # ``спалах метано-повітряної суміші`` in a mine: a blast of gas
        r"|спалах(?:у|ом|і)?\s+(?:метан|газ)\w*)",
        explicit=False,
        group="explosion",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:горі(?:в|ла|ло|ли)|палал(?:а|о|и)|палав)",
        explicit=False,
        group="fire",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:аварі(?:я|ю|ї|єю)|надзвичайн\w*\s+поді\w*)",
        explicit=False,
        group="any",
    ),
)
"""Event triggers; kinds listed first win when one sentence has several weak triggers."""

KIN_BEFORE_PATTERN = r"(?:сім['’ʼ]?(?:я|ї|ей|ям|ями|ях)|родин(?:а|и|і|у|ам|ами|ах))\s+$"
"""A noun of family right before a word of the dead (``сім'ям загиблих захисників``,
``родинам загиблих``): the families who get aid or homes, not casualties the text reports, so
the word tells no aftermath of a strike."""

KIND_PRIORITY: tuple[EventKind, ...] = (
    EventKind.ATTACK,
    EventKind.INCIDENT,
    EventKind.MEETING,
    EventKind.VISIT,
    EventKind.AGREEMENT,
    EventKind.PRESENTATION,
    EventKind.ANNOUNCEMENT,
)
"""Which kind a sentence with several weak triggers reports (the first listed)."""

PROTECTED_FROM_PATTERN = (
    r"(?:(?:безпек|захист|захищ|убезпеч|оберіга|вберег|вберіг|стійк)[\w'’ʼ\-]*"
    r"|оборон(?:а|и|і|у|ою)(?![\w'’ʼ\-]))"
    r"(?P<between>(?:\s+[\w'’ʼ\-«»\"]+){0,4}?)\s+(?:від|од|до)\s+(?:[\w'’ʼ\-]+\s+)?$"
)
"""A protection word and ``від`` just before a strike or emergency word (``захист терміналу
від атак безпілотників``, ``укриття для захисту від обстрілів``, ``стійкість до ударів``): the
word is the threat guarded against, the complement of the protection, not a strike that
happened. Only nouns and verbs of protection: the adjective ``оборонний`` (a defence plant is
struck) and ``укриття`` (a shelter is hit as often as it shields) guard nothing; a finite verb
in ``between`` (``підприємство постраждало від удару``) makes ``від`` one of cause
(`uanews.parser.events.triggers`)."""

NOT_MILITARY_ATTACK_WORDS: tuple[str, ...] = (
    "хакерська",
    "хакерську",
    "хакерської",
    "хакерські",
    "хакерських",
    "кібератака",
    "кібератаку",
    "кібератаки",
    "ddos",
    "ddos-атака",
    "фішингова",
    "панічна",
    "панічної",
    "серцевий",
    "серцевого",
    "астми",
    "алергії",
    "атакувала ворота",
    "атакували ворота",
)
"""Words that make an ``атака`` a cyber, medical or sports one rather than a military strike."""

ANY_INCIDENT_GROUP = "any"
"""The group of words that name an emergency of any kind (``аварія``, ``надзвичайна подія``):
in an item with a road accident they are that accident, with a fire that fire."""

FOLDED_INTO_ATTACK: frozenset[str] = frozenset({"fire", "explosion", "collapse", "any"})
"""Incident groups that, in an item reporting an attack, are its consequences: the fire or the
collapsed floor a strike caused is part of the strike, not an emergency of its own."""

BLAST_CONSEQUENCES: frozenset[str] = frozenset({"fire", "collapse"})
"""Incident groups that, told in the same paragraph as an explosion, are its consequences: the
fire or the collapsed floors after a gas explosion are one emergency with it."""

FIRE_CONSEQUENCES: frozenset[str] = frozenset({"poisoning"})
"""Incident groups that, told in the same paragraph as a fire or the next, are its consequences:
carbon monoxide (``чадний газ``, ``угарный газ``) is what a fire gives off, so those poisoned by
it are the fire's victims, not another emergency."""

# Decisions of a named authority ----------------------------------------------------------------

DECISION_VERBS: frozenset[str] = frozenset(
    {
        "ухвалити",
        "ухвалювати",
        "затвердити",
        "затверджувати",
        "схвалити",
        "схвалювати",
        "скасувати",
        "скасовувати",
        "погодити",
        "погоджувати",
        "встановити",
        "встановлювати",
        "призначити",
        "призначати",
        "підвищити",
        "підвищувати",
        "знизити",
        "знижувати",
        "задовольнити",
        "задовольняти",
        "відмовити",
        "відмовляти",
        "надати",
        "надавати",
        "визнати",
        "визнавати",
        "вирішити",
        "вирішувати",
        "видати",
        "видавати",
        "запровадити",
        "запроваджувати",
        "дозволити",
        "дозволяти",
        "заборонити",
        "забороняти",
        "продовжити",
        "обрати",
        "звільнити",
        "виділити",
        "виділяти",
        "ратифікувати",
        "постановити",
        "зобов'язати",
        "оштрафувати",
        "арештувати",
        "ветувати",
        "проголосувати",
        "зберегти",
        "залишити",
        "скоротити",
        "скорочувати",
        "збільшити",
        "збільшувати",
        "спрямувати",
        "спрямовувати",
        "направити",
        "направляти",
        "перейменувати",
        "перейменовувати",
        "скерувати",
        "скеровувати",
    }
)
"""Lemmas of verbs that state a decision when an authority is their subject (``депутати
проголосували за програму``, ``суд
задовольнив позов``, ``уряд затвердив постанову``); future and infinitive forms are plans."""

SUPPORT_VERBS: frozenset[str] = frozenset({"підтримати"})
"""Lemmas of support verbs that state a decision only with an action noun or a decision object
after them (``міська рада підтримала перейменування вулиць``, ``підтримали рішення``): the
noun names what was decided; ``підтримали ветеранів`` decides nothing."""

ACTION_NOUN_ENDINGS: tuple[str, ...] = ("ння", "ття")
"""Endings of verbal nouns naming an action (``перейменування``, ``виділення``, ``створення``),
which a support verb decides (`SUPPORT_VERBS`)."""

DECISION_STEMS: tuple[str, ...] = (
    "ухвал",
    "спрям",
    "направ",
    "перейменов",
    "перейменув",
    "скер",
    "затверд",
    "схвал",
    "скасов",
    "скасув",
    "погод",
    "встанов",
    "признач",
    "підвищ",
    "зниз",
    "зниж",
    "задовол",
    "відмов",
    "нада",
    "визна",
    "виріш",
    "вида",
    "запровад",
    "дозвол",
    "заборон",
    "продовж",
    "обра",
    "звільн",
    "виділ",
    "ратифік",
    "постанов",
    "зобов",
    "оштраф",
    "арешт",
    "підпис",
    "ветув",
    "проголос",
    "збер",
    "залиш",
    "підтрим",
    "скорот",
    "скороч",
    "збільш",
)
"""Word starts of `DECISION_VERBS`, `SIGN_VERBS` and `SUPPORT_VERBS`: a cheap test before words
are looked up."""

AUTHORITY_NOUNS: frozenset[str] = frozenset(
    {
        "суд",
        "суддя",
        "парламент",
        "уряд",
        "кабмін",
        "кабінет",
        "рада",
        "облрада",
        "міськрада",
        "сільрада",
        "виконком",
        "комітет",
        "комісія",
        "нацкомісія",
        "міністерство",
        "мінекономіки",
        "мерія",
        "регулятор",
        "адміністрація",
        "облдержадміністрація",
        "держадміністрація",
        "ода",
        "ова",
        "кмда",
        "вр",
        "нбу",
        "нацбанк",
        "колегія",
        "сесія",
        "депутат",
        "мер",
        "президент",
        "прокуратура",
        "прокурор",
        "служба",
        "агентство",
        "інспекція",
        "департамент",
        "управління",
        "держспецзв'язку",
        "антимонопольний",
        "амку",
        "нкрекп",
        "цвк",
        "вакс",
        "набу",
        "ксу",
        "врп",
        "ввкс",
        "вккс",
        "банк",
    }
)
"""Lemmas of nouns that name a body or office whose decisions are news (``парламент``,
``суд``, ``комісія``); one of them in the nominative before the verb is its subject."""

DECISION_DOCUMENTS: frozenset[str] = frozenset(
    {"указ", "закон", "постанова", "розпорядження", "наказ", "рішення", "законопроєкт"}
)
"""Lemmas of documents whose signing is a decision (``підписав указ``), not an agreement."""

SIGN_VERBS: frozenset[str] = frozenset({"підписати", "підписувати"})
"""Lemmas of signing: with one of `DECISION_DOCUMENTS` after it, the signer decided."""

# Attacks and emergencies: casualties, places, attackers ----------------------------------------

KILLED_PATTERN = (
    r"(?:загину(?:в|ла|ло|ли)|загибл\w*|вбит\w*|вбил[аои]?|убит\w*|помер(?:ла|ло|ли)?"
    r"|жертв(?:ами|ою|и)|смертельн\w*\s+(?:поранен\w*|травм\w*)"
    r"|потону(?:в|ла|ли)|втопи(?:вся|лася|лись|лися)|утопи(?:вся|лася|лись|лися)"
    r"|забра(?:в|ла|ло|ли)\s+життя"
    r"|тіл(?:о|а)(?=\s+(?:[\w'’ʼ\-]+\s+)?(?:загибл|люд|особ|осіб|чолові|жін|дит|діт|хлоп|дівч"
    r"|пенсіонер|мешкан|водія|пасажир|двох|трьох|чотирьох|п'ятьох|\d))"
    r"|врятувати\s+не\s+вдалося)"
)
"""Words that count the dead (``загинула``, ``загиблих``, ``вбито``, ``потонув``, ``забрав
життя``, ``виявили тіла трьох людей``: a body counts only with the people it was;
``чоловіка врятувати не вдалося``: the one who could not be saved died)."""

INJURED_PATTERN = (
    r"(?:поранен\w*|поранил\w*|поранено|травмован\w*|травмува\w*|травм(?:и|у|ами|ування)"
    r"|постражда\w*|госпіталізува\w*|госпіталізован\w*|шпиталізова\w*"
    r"|(?:отрима\w*|дістал\w*|дістав|зазна\w*)\s+опік\w*|опіками|опіків"
    r"|отруї(?:вся|лася|лись|лися)|отруєнн\w*"
    r"|(?:доставил[аио]?|доставив|доставлен[аоі]?|доправил[аио]?|доправив|доправлен[аоі]?)"
    r"(?=(?:\s+[^\s.]+){0,6}?\s+(?:лікарн|шпитал|медзаклад|медичн\w*\s+заклад|реанімац|травмпункт)))"
)
"""Words that count the injured (``поранено``, ``травмувалися``, ``постраждали``; burns,
``отримав опіки``, ``з опіками``, and poisoning, ``отруїлися чадним газом``: harm to the body
in an emergency; ``опіки`` alone may be guardianship, ``органи опіки``; taken to hospital,
``трьох людей доставили до лікарні``, as ``госпіталізували`` says)."""

COLLECTIVE_NUMBERS: dict[str, int] = {
    "обоє": 2,
    "обидва": 2,
    "обидві": 2,
    "двоє": 2,
    "троє": 3,
    "четверо": 4,
    "п'ятеро": 5,
    "шестеро": 6,
    "семеро": 7,
    "восьмеро": 8,
    "дев'ятеро": 9,
    "десятеро": 10,
    "одинадцятеро": 11,
    "дванадцятеро": 12,
}
"""Collective numerals, which always count people (``двоє загинули``)."""

CARDINAL_NUMBERS: dict[str, int] = {
    **NUMBER_WORDS,
    "одну": 1,
    "одного": 1,
    "одній": 1,
    "двох": 2,
    "трьох": 3,
    "чотирьох": 4,
    "п'ятьох": 5,
    "шістьох": 6,
    "одинадцять": 11,
    "дванадцять": 12,
    "тринадцять": 13,
    "чотирнадцять": 14,
    "п'ятнадцять": 15,
    "шістнадцять": 16,
    "сімнадцять": 17,
    "вісімнадцять": 18,
    "дев'ятнадцять": 19,
    "двадцять": 20,
    "тридцять": 30,
    "сорок": 40,
    "п'ятдесят": 50,
    "шістдесят": 60,
    "сімдесят": 70,
    "вісімдесят": 80,
    "дев'яносто": 90,
    "сто": 100,
    "п'яти": 5,
    "шести": 6,
    "семи": 7,
    "сімох": 7,
    "восьми": 8,
    "вісьмох": 8,
    "дев'яти": 9,
    "дев'ятьох": 9,
    "десяти": 10,
    "десятьох": 10,
}
"""Cardinal number words; they count people only before a people noun (``дві жінки``). A
tens word before a units word is one number (``двадцять п'ять людей``: 25)."""

TENS_NUMBERS: frozenset[int] = frozenset({20, 30, 40, 50, 60, 70, 80, 90})
"""Numbers that a units word after them adds to (``сорок дві``)."""

PEOPLE_STEMS: tuple[str, ...] = (
    "люд",
    "особ",
    "осіб",
    "чолові",
    "жін",
    "дит",
    "діт",
    "підліт",
    "хлоп",
    "дівч",
    "пенсіонер",
    "мешкан",
    "жител",
    "цивільн",
    "воді",
    "пасажир",
    "пішох",
    "рятувальник",
    "працівник",
    "військов",
    "поліцейськ",
    "медик",
    "немовл",
    "малюк",
    "літн",
    "лікар",
    "енергетик",
    "загибл",
    "поранен",
    "постраждал",
    "травмован",
)
"""Starts of words that name the people a number counts (``4 людини``, ``двох жінок``)."""

SINGLE_VICTIM_NOUNS: frozenset[str] = frozenset(
    {
        "людина",
        "чоловік",
        "жінка",
        "дитина",
        "дівчина",
        "хлопець",
        "підліток",
        "пенсіонер",
        "пенсіонерка",
        "мешканець",
        "мешканка",
        "водій",
        "пасажир",
        "пасажирка",
        "пішохід",
        "велосипедист",
        "мотоцикліст",
        "рятувальник",
        "поліцейський",
        "військовий",
        "немовля",
        "дівчинка",
        "хлопчик",
        "потерпілий",
        "потерпіла",
        "постраждалий",
        "постраждала",
        "пішохідка",
        "велосипедистка",
        "водійка",
        "син",
        "донька",
        "дочка",
        "мати",
        "батько",
        "дружина",
        "брат",
        "сестра",
        "онук",
        "онука",
        "бабуся",
        "дідусь",
    }
)
"""Lemmas of a singular person noun that, with no number, counts one (``загинула жінка``);
coordinated, each counts one (``поранено чоловіка та його сина``: two)."""

NAMESAKE_WORDS: tuple[str, ...] = ("імені", "ім", "ім.")
"""Words before the person an institution or a street is named after
(``лікарня імені О. О. Богомольця``): that surname names no victim."""

BREAKDOWN_WORDS: tuple[str, ...] = (
    "серед них",
    "серед яких",
    "з них",
    "з яких",
    "зокрема",
    "у тому числі",
    "в тому числі",
)
"""Words that open a part of the count before them (``поранено 10 людей, з них троє поранені
важко``): a clause after them is no further victims."""

AGE_PATTERN = r"\d+[-–]річн\w*"
"""An age (``70-річна``): a word that says how old a victim is, not how many there are."""

SUSPENDED_AGE_PATTERN = r"\d+[-–]?"
"""The first ages of a coordinated list, whose ``-річний`` the last one carries (``34- та
65-річного``, ``56 і 63-річний``): each is one more person."""

LIST_CONJUNCTIONS: tuple[str, ...] = ("і", "й", "та")
"""Conjunctions that join the last item of a list (``34- та 65-річний``)."""

PLACE_LIST_STOP_WORDS: tuple[str, ...] = (*LIST_CONJUNCTIONS, "у", "в", "на", "з", "із")
"""Words that end a place name in a list after an under-fire phrase: a conjunction or a
preposition is never its second word (``Ізюм та Куп'янськ``, ``Херсон у``)."""

JOINED_CLAUSE_OPENERS: tuple[str, ...] = ("а також", "а ще", "і", "й", "та")
"""Words that open a clause after a comma joining more victims to a count without a casualty
word of their own (``поранено двох жінок, а також 9-річного хлопчика``)."""

ADDITION_WORDS: tuple[str, ...] = ("ще", "також", "крім того")
"""Words before a count that add it to the counts before it (``ще двоє людей``), where two
counts in one sentence are otherwise read as a total and a part of it."""

CONTINUATION_REACH = 6
"""How many words at a sentence's opening an adverb of `ALSO_WORDS` may stand within."""

GUEST_WORDS: tuple[str, ...] = ("гості", "гостей", "гостям", "гостями", "гостях")
"""Words of the guests of a visit told before (``Мер провів з гостями зустріч``): a talk or a
signing held
during the visit that names them has the visitors among its parties."""

CONTINUATION_OPENERS: tuple[str, ...] = (
    "крім того",
    "окрім того",
    "до того ж",
    "також",
    "разом з",
    "разом із",
    "разом зі",
)
"""Words that open a sentence going on with what the one before told (``Крім того, депутати ...``):
outside the lede, an event the sentence tells with no date of its own is more of the event of
its kind told before (its ``also``). Not before ``тим`` / ``тем`` (``Разом з тим``: a contrast)."""

SAME_DAY_OPENERS: tuple[str, ...] = (
    "того ж дня",
    "того же дня",
    "цього ж дня",
    "того самого дня",
    "цього самого дня",
    "у той же день",
    "в той же день",
    "у той самий день",
    "в той самий день",
)
"""Words that open a sentence with the day of the event just told (``Цього ж дня депутати
ухвалили зміни до бюджету``), also after a word of addition (``Крім того, того ж дня ...``):
the writer names the day again because the sentence tells another happening of that day, so
its decision, signing, opening or meeting is one of its own, not more of the one told (a
visit's further stops go on with the visit; strikes of one day are one attack)."""

AMOUNT_ADDERS: tuple[str, ...] = ("ще",)
"""Words that, opening a sentence right before a number, count on from an amount just told
(``Ще 6,5 млн гривень депутати виділили на генератори``: so much more of the same allocation):
the decision the sentence tells is more of the one told before (its ``also``), not one more
decision, even with a decision verb of its own; a word of addition (``Також``) or ``Окремим
рішенням`` adds a decision instead."""

DOCUMENT_OPENERS: tuple[str, ...] = (
    "документ",
    "меморандум",
    "угода",
    "договір",
    "контракт",
    "протокол",
    "декларація",
    "домовленість",
    "хартія",
)
"""The lemmas of the signed document as a sentence's first word, in the nominative or the
accusative (``Документ підписали мер і директор``, ``Угоди скріпили підписами ...``): the
definite document is the agreement just told, so the signing goes on with it and names its
signatories (`uanews.parser.events.continuations.refers_to_document` reads the first word's
lemma from pymorphy3, so every number and case form counts)."""

GUEST_SUBJECTS: tuple[str, ...] = ("гості", "колеги")
"""The guests as a sentence's subject, its first word or the one after an adjective
(``Гості відвідали ліцей ...``, ``Фінські колеги оглянули ...``): the noun refers back to
visitors already told, so the visit it tells is more of their visit
(`uanews.parser.events.continuations.continues`)."""

DELEGATION_SUBJECTS: tuple[str, ...] = ("делегація", "делегації")
"""A bare delegation as a sentence's subject right before its verb (``Делегація оглянула
завод``, ``Польська делегація відвідала ...``): with no complement naming whose it is, the
noun refers back to the delegation told, so its visit goes on (``Делегація міста X ...``
names one of its own; `uanews.parser.events.continuations.continues`)."""

ALSO_WORDS: tuple[str, ...] = ("також", "теж")
"""Adverbs that mark a sentence as telling more of what was told
(``Гості також відвідали ...``) within its
first words (`CONTINUATION_REACH`); after one of `ALSO_JOINERS` they join a list (``а також``)."""

ALSO_JOINERS: tuple[str, ...] = ("а", "як", "і", "та")
"""Conjunctions that make an adverb of `ALSO_WORDS` after them a joiner of a list."""

ASIDE_OPENERS: tuple[str, ...] = ("який", "яка", "яке", "які", "що")
"""Relative words that open an aside between a count and its casualty verb (``Троє людей, які
їхали в маршрутці, дістали поранення``): the count before the aside is the verb's subject; a
clause that opens with a participle is such an aside too."""

VICTIMS_PATTERN = r"(?:постражда\w*|потерпіл\w*)"
"""Words of all who were harmed, dead or hurt: ``Постраждалих немає`` denies both, so it states that
nobody was killed and nobody injured (the killed count 0 as the injured)."""

RESTATED_STATE_VERBS: frozenset[str] = frozenset({"перебувати", "знаходитися", "залишатися"})
"""Lemmas of verbs of a state (``троє травмованих перебувають у реанімації``): victims named
by a noun whose state the clause tells are victims the report has counted already, not more."""

BOTH_WORDS: frozenset[str] = frozenset({"обоє", "обидва", "обидві", "обох", "обом", "обома"})
"""``Both`` (``обоє поранених``): it points back to two victims the report has counted already."""

STATISTIC_PERIOD_PATTERN = (
    r"(?:з\s+початку\s+(?:(?:цього|поточного|минулого)\s+)?(?:року|місяця|війни"
    r"|(?:повномасштабного\s+)?вторгнення|\d{4})"
    r"|за\s+(?:[\w'’ʼ\-]+\s+){0,2}(?:місяц[іья]\w*|місяців|рік|роки|років|півроку)"
    r"|торік|минулого\s+року)"
)
"""A period that makes a casualty count a statistic, not one event's toll: the year, months
or the war so far (``За дев'ять місяців у пожежах загинули 14 мешканців``, ``з початку
року``, ``торік``). A day (``за добу``) or a week is a summary's own time and is not here."""

NOBODY_WORDS: tuple[str, ...] = ("ніхто", "жоден", "жодна")
"""Words of nobody as the subject of a denied victims verb (``никто не пострадал``)."""

NEGATION_WORDS: tuple[str, ...] = ("не", "без", "ні", "жодних", "жодного", "немає", "нема")
"""Words before a casualty word in its clause that deny it (``обійшлося без постраждалих``)."""

NEGATION_AFTER_WORDS: tuple[str, ...] = (
    "немає",
    "нема",
    "не було",
    "не виявлено",
    "не зафіксовано",
)
"""Words after a casualty word in its clause that deny it (``Загиблих і постраждалих немає``):
the clause counts nobody, and no number before it is its count."""

TOLL_WORDS: tuple[str, ...] = ("кількість", "число")
"""Words of a running toll (``кількість загиблих зросла до 7``): the number closes the clause."""

PREPOSITION_SECOND_CASES: dict[str, tuple[str, ...]] = {"на": ("accs",)}
"""Cases a place after a preposition may take when its first case fails (``атака на Одесу``)."""

REGION_SUFFIX = "щина"
"""The ending of region names (``Сумщина``), which take ``на`` (``на Сумщині``)."""

CITY_PART_HEADS: frozenset[str] = frozenset(
    {"район", "мікрорайон", "квартал", "центр", "зона", "промзона"}
)
"""Lemmas of the parts of a city whose city follows in the genitive (``у Шевченківському
районі Запоріжжя``, ``по промисловій зоні Херсона``): the city is where the event was too."""

REGION_HEADS: tuple[str, ...] = ("область", "обл.", "район")
"""Last words of a region's or a district's name in both languages (``Херсонська область``,
``Купянский район``): with `REGION_SUFFIX`, what marks a headline's place as a whole
territory that holds the towns and villages a body names."""

REGION_ADJECTIVE_SUFFIX_PATTERN = r"(?:ськ|цьк|ск|цк)"
"""The suffix of a territory's adjective right after the stem of its ``-щина`` name, in both
languages (``Харків-щина``, ``Харків-ська область``; ``Одес-щина``, ``Одес-ская область``): a
name that only begins with the stem (``Киево-Святошинский район``) is another territory."""

AROUND_PREPOSITIONS: tuple[str, ...] = ("під", "под")
"""Prepositions of a place something happened around, in both languages (``ДТП під Полтавою``,
``под Полтавой``): a headline's place after one is where the body says exactly."""

STRUCK_VERBS = r"(?:атакува\w*|атакує|атакують|обстріля\w*|обстрілю\w*|бомбардува\w*)"
"""Verbs of a strike whose object is the place struck (``атакували Одесу``)."""

STRIKE_MEANS_PREPOSITIONS: tuple[str, ...] = ("з", "із", "зі")
"""Prepositions of the weapon a strike was made with, between the strike verb and the place
struck (``обстріляли з артилерії Нікопольський район``)."""

STRUCK_NOUNS = (
    r"(?:обстріл|обстрілу|обстрілом|обстріли|обстрілів|атака|атаки|атаку|атакою|атак"
    r"|бомбардування|бомбардуванням)"
)
"""Nouns of a strike whose genitive is the place struck (``обстріл Харкова``)."""

VISITED_VERBS = r"(?:відвідав|відвідала|відвідали|відвідало)"
"""Verbs whose object is the place visited (``відвідав Чернігів``)."""

VISIT_MANNER_PATTERN = (
    r"(?:з|із|зі)\s+(?:(?-i:[а-яіїєґ])[\w'’ʼ\-]+\s+){0,2}"
    r"(?:візитом|візитами|поїздкою|місією)"
)
"""The manner of a visit between the place visited and its verb (``Житомир з робочим візитом
відвідала делегація``): ``з``, up to two lowercase words, and a visit noun in the
instrumental."""

ROUTE_FROM_PREPOSITIONS: tuple[str, ...] = ("з", "із", "зі", "від")
"""Prepositions of a route's start (``автобус, що прямував з Ніжина до Прилук``)."""

ROUTE_TO_PREPOSITIONS: tuple[str, ...] = ("до", "у", "в", "на")
"""Prepositions of a route's end right after its start (``з Ніжина до Прилук``, ``з Ніжина у
Київ``): with ``у``/``в``/``на`` the end stands in the accusative, not the locative."""

ROUTE_VERB_PATTERN = (
    r"(?:прямува\w*|прямую\w*|прямує|їха\w*|їде|їдуть|їдуч\w*|руха[влєю]\w*"
    r"|курсува\w*|курсу[єю]\w*|слідува\w*|слідую\w*|слідує|поверта[влєю]\w*(?:ся|сь))"
)
"""Verbs and participles of a vehicle's travel (``автобус, що прямував з Ніжина до Прилук``,
``їхала з Києва у Житомир``): only after one of them is ``з X до/у/на Y`` a route whose end is
where the vehicle was going; a strike's ``запустили з Криму на Одесу`` names its target."""

DAY_NAMES: frozenset[str] = frozenset(
    {"понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота", "неділя"}
)
"""Names of the days of the week: a lifeless noun in title case before a date (``Вівторок, 3
грудня.``) names the day, not a dateline's city."""

WHERE_WORDS: tuple[str, ...] = ("де", "куди")
"""Relative adverbs that refer back to the place before their comma: what ``відвідав Харків,
де зустрівся ...`` tells of happened in the place visited."""

ATTACK_PLACE_PREPOSITIONS: dict[str, str] = {
    "у": "loct",
    "в": "loct",
    "на": "loct",
    "по": "datv",
    "над": "ablt",
    "під": "ablt",
}
"""Prepositions that put the place of a strike or an emergency in a case (``по Харкову``;
``збили 20 дронів над Київщиною``: the drones struck at the region they were downed over;
``під Ірпенем``: near the town, in the instrumental; ``під обстріл`` names no place)."""

STRIKE_HISTORY_GAP_YEARS = 1
"""A strike or emergency dated this many years before the item's year is background: the news
of a strike is the strike of the day, an earlier year's is what the report recalls."""

SETTLEMENT_NOUNS: tuple[str, ...] = (
    "місті",
    "місто",
    "селі",
    "село",
    "селу",
    "місту",
    "селищу",
    "селищі",
    "селище",
    "смт",
    "сел.",
    "с.",
    "м.",
    "смт.",
    "мікрорайоні",
)
"""Nouns before a settlement's name (``у селі Кам'янка``), which may keep its nominative."""

OWN_PLACE_PREPOSITIONS: tuple[str, ...] = ("у", "в", "на")
"""Prepositions that open a casualty clause with a place of its own (``у селі Подоли
поранено чоловіка``): clauses of different places add up."""

NEAR_PREPOSITIONS: tuple[str, ...] = ("поблизу", "біля", "неподалік від", "неподалік", "поряд із")
"""Prepositions that put the place an accident or a strike was near in the genitive
(``поблизу Ковеля``, ``біля села Кленове``)."""

PART_OF_PLACE_PATTERN = (
    r"(?:населен\w*\s+пункт\w*|околиц\w*|прикордонн\w*|прикордоння|території|територію"
    r"|передмістя|передмісті)"
)
"""Nouns of a part of a territory, whose genitive names it (``населені пункти Бериславської
громади``, ``прикордоння Сумщини``, ``околиці Харкова``). Not ``три райони Харківщини``: the
three districts are the places, the region only holds them."""

YEARS_AGO_PATTERN = r"(?:рік|роки|років)\s+тому"
"""A time a year or more ago (``два роки тому``): a strike or an emergency then is history,
even where no publication date lets the phrase be dated."""

SETTLEMENT_GENITIVES: tuple[str, ...] = ("міста", "м.", "села", "с.", "селища", "смт", "смт.")
"""Settlement nouns in the genitive before a name in the genitive (``міста Полтави``)."""

CITY_OF_HEADS: frozenset[str] = frozenset(
    {
        "голова",
        "мер",
        "секретар",
        "суд",
        "мерія",
        "міськрада",
        "рада",
        "адміністрація",
        "виконком",
        "прокуратура",
        "поліція",
        "школа",
        "ліцей",
        "гімназія",
        "садок",
        "лікарня",
        "поліклініка",
        "університет",
        "бібліотека",
        "музей",
        "театр",
        "вулиця",
        "проспект",
        "площа",
        "парк",
        "міст",
        "вокзал",
        "аеропорт",
        "порт",
    }
)
"""Nouns (dictionary forms) of a city's bodies, offices and objects whose genitive complement
is the city they belong to (``районний суд Одеси``, ``у 12 школах Полтави``, ``заступник
міського голови Полтави``): when an event's sentences name no other place, that city is where
it happened. A resident's city (``мешканець Харкова``) is where they live, not where an event
they are part of happened, so resident nouns are no heads."""

STREET_HEADS: frozenset[str] = frozenset({"вулиця", "проспект", "площа", "бульвар", "провулок"})
"""The `CITY_OF_HEADS` of streets and squares: in the singular the genitive after them is the
street's own name (``на проспекті Миру``, ``на площі Свободи``), no city; only the plural's
is the city's (``на вулицях Харкова``)."""

CITY_BODY_HEADS: tuple[str, ...] = (
    "мерія",
    "міська рада",
    "міськрада",
    "міська влада",
    "міськвиконком",
    "міської ради",
    "міська державна адміністрація",
    "міська військова адміністрація",
)
"""Heads of the name of a city's own body before the city in the genitive (``мерія Одеси``,
``виконком міської ради Полтави``): a decision it makes is made in its city."""

TOWN_BODY_WORDS: frozenset[str] = frozenset({"міський", "міськрада", "мерія", "міськвиконком"})
"""Dictionary forms of the word that makes a body, office or institution a town's own (``Львівська
міська рада``, ``виконком Луцької міської ради``, ``Київська мерія``, ``ужгородський міський
голова``): the town adjective before it names the town the body sits in."""

PLURAL_SETTLEMENT_NOUNS: dict[str, str] = {
    "селах": "loct",
    "селам": "datv",
    "села": "accs",
    "сіл": "gent",
    "селищах": "loct",
    "селищам": "datv",
    "селища": "accs",
    "селищ": "gent",
    "містах": "loct",
    "містам": "datv",
    "міста": "accs",
    "міст": "gent",
}
"""Plural settlement nouns before a list of names (``у селах Петрівка та Іванівка``,
``обстріляли села Зоряне і Покровське``) and the case the names take when they agree with
the noun rather than keep their nominative."""

RELATIONAL_ADJECTIVE_PATTERN = r"\w+(?:ськ|цьк)(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е)"
"""A relational adjective of a country or region (``польський``, ``німецький``) that may
stand between a verb of visiting and the town it places (``відвідав польський Хелм``)."""

SETTLEMENT_GROUP_PATTERN = r"(?:населен\w*\s+пункт\w*)"
"""A plural noun phrase of settlements of any kind (``населені пункти``, ``населених пунктів``)
that may head a list of their names after a colon, like `PLURAL_SETTLEMENT_NOUNS`."""

PLURAL_PLACE_HEADS: dict[str, tuple[tuple[str, str], ...]] = {
    "районах": (("районі", "loct"),),
    "районам": (("району", "datv"),),
    "районів": (("району", "gent"),),
    "райони": (("район", "nomn"), ("район", "accs")),
    "областях": (("області", "loct"),),
    "областям": (("області", "datv"),),
    "областей": (("області", "gent"),),
    "області": (("область", "nomn"), ("область", "accs")),
    "громадах": (("громаді", "loct"),),
    "громадам": (("громаді", "datv"),),
    "громад": (("громади", "gent"),),
    "громади": (("громада", "nomn"), ("громаду", "accs")),
}
"""Plural heads of coordinated places (``у Куп'янському та Ізюмському районах``, ``по
Шевченківському та Київському районах``, ``обстріляли Мирівську та Томаківську громади``) and
the singulars, each with its case, that each adjective may agree with: the first that all the
adjectives agree with gives their nominatives."""

NOT_ATTACK_PLACES: frozenset[str] = frozenset(
    {"україна", "росія", "рф", "білорусь", "дтп", "дснс", "ова", "ода", "окупант"}
)
"""Nominatives after ``у/на/по`` in attack reports that are no place of the strike (``по
Україні`` is the whole country; ``на ДТП`` is an accident)."""

ATTACKERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("армія", "рф"), "армія РФ"),
    (("армія", "росія"), "армія Росії"),
    (("російський", "армія"), "російська армія"),
    (("російський", "війська"), "російські війська"),
    (("російський", "військо"), "російські війська"),
    (("російський", "військовий"), "російські військові"),
    (("війська", "рф"), "війська РФ"),
    (("військо", "рф"), "війська РФ"),
    (("зс", "рф"), "ЗС РФ"),
    (("російський", "авіація"), "російська авіація"),
    (("ворожий", "авіація"), "ворожа авіація"),
    (("авіація", "рф"), "авіація РФ"),
    (("російський", "артилерія"), "російська артилерія"),
    (("ворожий", "артилерія"), "ворожа артилерія"),
    (("російський", "окупант"), "російські окупанти"),
    (("російський", "загарбник"), "російські загарбники"),
    (("окупаційний", "війська"), "окупаційні війська"),
    (("окупаційний", "військо"), "окупаційні війська"),
    (("окупаційний", "сила"), "окупаційні сили"),
    (("російський", "сила"), "російські сили"),
    (("ворожий", "сила"), "ворожі сили"),
    (("окупант",), "окупанти"),
    (("загарбник",), "загарбники"),
    (("рашист",), "рашисти"),
    (("росіянин",), "росіяни"),
    (("ворог",), "ворог"),
    (("противник",), "противник"),
    (("рф",), "РФ"),
    (("росія",), "Росія"),
)
"""Lemma sequences that name the attacker of a strike, each with the name it gets; the
longer phrases come first so that ``армія рф`` wins over ``рф``."""

CONSEQUENCE_PATTERN = (
    r"(?:пошкоджен\w*|зруйнован\w*|знищен\w*|пошкоди(?:в|ла|ло|ли)|зруйнува(?:в|ла|ло|ли)"
    r"|вибит\w*|уламк\w*|вирва\w*)"
)
"""Words of damage: a sentence of them after a strike or an emergency reports its aftermath
(``В Ізюмі пошкоджено будинок``) and adds its places to that event."""

ANOTHER_EVENT_PATTERN = r"(?:ще|іще)\s+(?:одн[аеуі]|один|одного|одній)(?![\w\-'’ʼ])"
"""``Ще одна ДТП сталася ...``: with a trigger in the next two words, the sentence tells another
event of its kind, not more of the one before; it and the rest of its paragraph are that other
event's (``поранено ще одну людину`` names no event)."""

REMINDER_ASIDES: tuple[str, ...] = ("нагадаємо", "нагадаю")
"""The writer's reminder that opens a sentence (``Нагадаємо, у січні в Рівненському районі
згоріли два будинки``): what follows recalls an event reported before, not more of this one."""

WRITER_ASIDES: tuple[str, ...] = (
    "нагадаємо",
    "зазначимо",
    "відзначимо",
    "додамо",
    "уточнимо",
    "зауважимо",
    "підкреслимо",
)
"""The writer's own first person plural that opens a sentence (``Нагадаємо, напередодні ...``,
``Зазначимо, що виконком також затвердив ...``): an aside of the report itself, so what follows
is its narration (not someone's reported speech), and an earlier time right after it opens the
sentence as it would alone."""

EARLIER_OPENERS: tuple[str, ...] = (
    "напередодні",
    "учора",
    "вчора",
    "позавчора",
    "раніше",
    "днем раніше",
    "за день до цього",
    "за добу до цього",
)
"""Words that open a sentence about an earlier time than the item's first event (``Напередодні
ввечері ворог обстріляв ...``, ``Раніше ...``), read by `places.earlier_time` for two rules: a
paragraph after the lede that opens so tells another day's event of its own, never merged with
the lede's; a later sentence that opens so within a strike's report names another strike's
places, not that one's.
"""

OTHER_DAY_WORDS: tuple[str, ...] = (
    "напередодні",
    "учора",
    "вчора",
    "позавчора",
    "завтра",
    "післязавтра",
)
"""Relative day words that place an event on another day than the report's (``Напередодні
ввечері ...``, ``вчора``): an event its own sentence places so borrows no date from the lede
or the dateline, because that date is the report's, and a relative word gives no date."""

LATER_OPENERS: tuple[str, ...] = (
    "вранці",
    "зранку",
    "уранці",
    "вдень",
    "удень",
    "ввечері",
    "увечері",
    "вночі",
    "уночі",
    "пізніше",
    "згодом",
    "потім",
    "того ж дня",
    "цього ж дня",
    "того ж вечора",
    "по обіді",
    "після обіду",
    "опівдні",
    "близько опівночі",
    "у другій половині дня",
)
"""Words that open a sentence with another time of the item's day (``Вдень окупанти обстріляли
...``, ``Пізніше дрони вдарили по ...``), after `LATER_OPENER_PREFIXES` or not: a paragraph
after the lede that opens so with a strike on a place of its own tells another strike
(`uanews.parser.events._drafts`).
"""

CLOCK_OPENER_PATTERN = r"(?:(?:близько|приблизно|орієнтовно|о|об)\s+)?\d{1,2}:\d{2}(?!\d)"
"""A clock time that may open a sentence as `LATER_OPENERS` do (``Близько 15:00 ворог ...``,
``О 9:20 ...``): another time of the item's day."""

LATER_OPENER_PREFIXES: tuple[str, ...] = ("також", "а", "крім того,", "і")
"""Words that may stand before a `LATER_OPENERS` time (``Також уранці ...``)."""

ADDED_STRIKE_PREFIXES: tuple[str, ...] = (
    "також",
    "крім того,",
    "окрім того,",
    "до того ж,",
    "окремо",
)
"""Words of addition that may stand before a `LATER_OPENERS` time (``Крім того, вранці ворог
обстріляв ...``, ``Також уночі ворог атакував ...``): they tell one more happening, so the
strike after them is another strike even on a place named before (the lede's night strike,
then a morning shelling of one of its communities). ``Окремо`` (separately) before a time
says outright that what follows is told apart from what was told (``Окремо вранці дрон
атакував автобус``)."""

ADDED_STRIKE_PERIODS: tuple[str, ...] = (
    "минулої доби",
    "протягом минулої доби",
    "за минулу добу",
    "упродовж минулої доби",
    "у понеділок",
    "у вівторок",
    "у середу",
    "у четвер",
    "у п'ятницю",
    "у пʼятницю",
    "у п’ятницю",
    "у суботу",
    "у неділю",
    "в понеділок",
    "в середу",
    "в четвер",
    "в п'ятницю",
    "в суботу",
    "в неділю",
)
"""Times of a whole day or a weekday that may stand after a word of addition
(`ADDED_STRIKE_PREFIXES`: ``Також минулої доби росіяни обстріляли ...``, ``Також у четвер
увечері ...``): the report adds one more strike to the one told, not the same strike again;
without the word of addition they open no second strike (``Минулої доби ворог ...`` sums up)."""

AGAIN_WORDS: tuple[str, ...] = ("знову", "вдруге", "повторно", "вкотре", "ще раз")
"""Words that tell a strike again (``Вранці ворог знову обстріляв громаду``): a later-time
strike sentence with them and no place of its own goes on with the strike told."""

NIGHT_TIMES: tuple[str, ...] = (
    "вночі",
    "уночі",
    "опівночі",
    "близько опівночі",
    "після опівночі",
)
"""Words of a night time in a later strike's sentence (``Пізніше, близько опівночі, ...``):
the night may be the next day's, so the strike takes no date from the lede
(`uanews.parser.events._StrikesTold.place`).
"""

BACK_REFERENCE_OPENERS: tuple[str, ...] = (
    "про це",
    "відповідне",
    "відповідна",
    "відповідний",
    "відповідну",
    "відповідні",
    "рішення",
    "ухвала",
    "постанова",
    "згідно з рішенням",
    "згідно з ухвалою",
    "згідно з постановою",
    "відповідно до рішення",
    "відповідно до ухвали",
    "відповідно до постанови",
)
"""How a sentence that points back at the one before opens (``Про це свідчить ...``,
``Відповідне розпорядження з'явилося 26 травня``): its date and, for a decision, its parties
belong to the event before. A sentence that opens with the decision as a document
(``Рішення ухвалено 9 березня``, ``Згідно з ухвалою від 3 квітня, ...``) dates the decision
the sentence before told."""

COURT_DOCUMENT_PATTERN = (
    r"(?:ухвал|рішенн|постанов|вирок|вироку)\w*\s+(?:[\w'’ʼ\-«»]+\s+){0,4}?суд(?:у|ів|ом)"
)
"""A court's ruling named as a document (``ухвала Корольовського районного суду від 8
лютого``): court reports cite the ruling, with its date, apart from the sentence that tells
what the court decided; the date and the court belong to that decision."""

COURT_PATTERN = r"суд(?:у|ом|і|ові|и|ів)?"
"""The word for a court in each of its forms (``суд``, ``суду``, ``судом``): a decision whose
sentence names a court takes the date and parties of the ruling cited apart from it."""

FUTURE_WORDS: tuple[str, ...] = (
    "буде",
    "будуть",
    "відбудеться",
    "відбудуться",
    "пройде",
    "пройдуть",
    "триватиме",
    "триватимуть",
    "стартує",
    "відкриється",
    "відкриють",
    "планує",
    "планують",
    "плануємо",
    "заплановано",
    "запланована",
    "заплановане",
    "запланований",
    "заплановані",
    "запланували",
    "має відбутися",
    "мають відбутися",
    "незабаром",
    "найближчим часом",
    "очікується",
    "очікуються",
    "прогнозують",
    "прогнозується",
    "синоптики",
)
"""Words that put a sentence in the future: a weak trigger there is a plan or a forecast."""

FORECAST_WORDS: tuple[str, ...] = (
    "можливі",
    "можливий",
    "можлива",
    "можливе",
    "очікується",
    "очікуються",
    "прогнозують",
    "прогнозується",
    "синоптики",
    "попереджають",
    "загроза",
    "загрозу",
    "загрози",
    "мав статися",
    "мала статися",
    "мало статися",
    "міг статися",
    "могла статися",
    "могло статися",
)
"""Words of a forecast, a threat or what might have been: a strike or an emergency in their
sentence has not happened (``Можливі підтоплення``, ``загроза ракетного удару``, ``могла
статися пожежа``), even with an explicit trigger."""

HABITUAL_WORDS: tuple[str, ...] = (
    "щодня",
    "щоночі",
    "щодоби",
    "щотижня",
    "постійно",
    "регулярно",
    "систематично",
    "раз у раз",
    "день у день",
)
"""Words of a repeated action: ``окупанти щодня обстрілюють громаду`` is background to the
news, not one strike."""

DENIAL_PATTERN = (
    r"(?:спростува\w*|не\s+відповіда\w*\s+дійсності|фейк\w*|неправдив\w*|дезінформаці\w*)"
)
"""Words that deny a report: ``Інформація про вибух не відповідає дійсності`` states no event."""

NEGATING_DETERMINERS: tuple[str, ...] = ("жодного", "жодної", "жодних", "жоден", "жодна", "жодне")
"""Words right before a trigger that deny it (``жодного вибуху``), as ``не`` does."""

_NOT_INSTRUMENTAL = r"(?<!ом)(?<!ем)(?<!ами)(?<!ою)(?<!ой)"
"""Not a vehicle in the instrumental (``автобусом прибула делегація``: how the visitors came)."""

_NOT_PREPOSITION = r"(?!(?:на|в|у|з|зі|по|до|для)\s)"
"""A word between an arrival and the vehicles that is no preposition (``прибула делегація на
двох автобусах``: the bus is how the visitors came, not the subject that arrived; ``10 із 40``
counts)."""

DELIVERY_PATTERN = (
    r"(?<![\w\-'’ʼ])(?:прибу(?:в|ла|ло|ли)|приїха(?:в|ла|ло|ли)|надійш(?:ов|ла|ло|ли))"
    r"\s+(?:"
    + _NOT_PREPOSITION
    + r"[\w'’ʼ\-]+\s+){0,6}?"
    + _VEHICLES
    + _NOT_INSTRUMENTAL
    + r"|"
    + _VEHICLES
    + _NOT_INSTRUMENTAL
    + r"\s+(?:[\w'’ʼ\-]+\s+){0,4}?(?:прибу(?:в|ла|ло|ли)|приїха(?:в|ла|ло|ли))"
    r"(?![\w\-'’ʼ])"
)
"""Vehicles or goods that arrived (``У Дніпро прибули перші 10 нових тролейбусів``): a delivery,
no visit, whatever place they came to (`triggers.find_triggers`)."""

NOT_ALL_PATTERN = r"(?<![\w\-'’ʼ])не\s+(?:всі|усі)(?![\w\-'’ʼ])"
"""A subject that not all of a body make (``Не всі депутати підтримали підвищення``): a
decision verb after it tells a split, not that the body decided (`triggers.decision_at`)."""

DENIED_AFTER_PATTERN = (
    r"(?:\s+(?:в|у|на|по|біля))?(?:\s+(?-i:[А-ЯІЇЄҐ])[\w'’ʼ\-]*){0,2}"
    r"\s+не\s+(?:було|сталося|сталась|сталася|відбулося|відбулася|зафіксовано|виявлено"
    r"|підтвердил\w*)(?=\s*(?:[.,;:!?)]|$))"
)
"""What after a trigger denies it, ending its clause: ``вибуху не було``, ``обстрілів Житомира
не зафіксовано``; a place may stand between, a casualty word may not (``під час пожежі
постраждалих не було`` tells of a fire)."""

BROAD_DECISION_VERBS: frozenset[str] = frozenset(
    {
        "надати",
        "надавати",
        "видати",
        "видавати",
        "встановити",
        "встановлювати",
        "зберегти",
        "залишити",
        "спрямувати",
        "спрямовувати",
        "направити",
        "направляти",
        "скерувати",
        "скеровувати",
    }
)
"""Decision verbs that decide only with an object of `DECISION_OBJECTS` (``суд надав доступ``,
``рада встановила ставки``): ``надало допомогу`` and ``встановила особу`` decide nothing.
Verbs of directing (``спрямувати``, ``направити``) allocate only money (``уряд спрямував 2
млрд гривень на ...``, ``спрямували кошти``) or a case to court (``прокуратура скерувала до
суду обвинувальний акт``): ``направили звернення`` decides nothing."""

DECISION_OBJECTS: frozenset[str] = frozenset(
    {
        "доступ",
        "дозвіл",
        "згода",
        "статус",
        "ліцензія",
        "право",
        "ставка",
        "тариф",
        "пільга",
        "квота",
        "ціна",
        "норма",
        "мораторій",
        "указ",
        "наказ",
        "розпорядження",
        "постанова",
        "рішення",
        "порядок",
        "правило",
        "обмеження",
        "заборона",
        "субсидія",
        "компенсація",
        "грант",
        "кошти",
        "кошт",
        "гривня",
        "грн",
        "обвинувальний",
        "розмір",
        "режим",
    }
)
"""Lemmas of what a broad decision verb decides (``дозвіл``, ``ставки``, ``ліцензію``; money,
``гривень``, ``кошти``, whose lemma the dictionary gives as ``кошт``; the indictment a
prosecutor sends to court, ``обвинувальний акт``, by its adjective)."""

DECISION_OBJECT_WINDOW = 5
"""How many words after a broad decision verb its object may stand (``встановила зменшені на
60-90% ставки``)."""

FINDING_VERBS: frozenset[str] = frozenset({"встановити", "встановлювати", "визнати", "визнавати"})
"""Decision verbs that before ``що`` report a finding or an admission (``суд встановив, що``)."""

FINDING_CONJUNCTIONS: tuple[str, ...] = ("що", "як")
"""Conjunctions after a finding verb that make it report a finding (``суд встановив, що``)."""

NIGHT_WORDS: tuple[str, ...] = ("ніч", "ночі")
"""``У ніч на 1 лютого``: a night dated by the day it ends on, the event's date."""

RELATIVE_PRONOUN_PATTERN = r"(?:як(?:ий|а|е|і|ого|ої|их|ому|ій|им|ими)|котр\w+)"
"""Relative pronouns (``з енергетиками, які повернулися до Запоріжжя, де ...``): a clause
they open tells of someone else, so a ``де`` after it says nothing of the event's place."""

STATEMENT_VERB_PATTERN = (
    r"(?:повідомили|повідомляють|заявили|розповіли|зазначили|наголосили|уточнили|додали"
    r"|пояснили|підтвердили|інформують|кажуть)"
)
"""Plural speech verbs right after ``у/в <Name>`` (``У Нафтогазі повідомили``): the name is
the body whose staff made the statement, not a place where the event was."""

SUBORDINATE_WORDS: tuple[str, ...] = (
    "що",
    "чому",
    "коли",
    "хто",
    "де",
    "який",
    "яка",
    "яке",
    "які",
    "якого",
    "якої",
    "яких",
    "якому",
    "якій",
    "яким",
)
"""Words that open a subordinate clause after a comma: a decision verb in it is reported or
describes a noun (``банків, які можуть надавати``), it is not the sentence's event."""

CLAUSE_OPENER_PATTERN = (
    r"(?:(?:по|в|у|на|до|з|із|від|для|через|під|над|біля|після)\s+)?"
    r"(?:як(?:ий|а|е|і|ого|ої|их|ому|ій|им|ими|ою|у)|котр(?:ий|а|е|і|ого|ої|их|ому|ій|им|ими|ою|у)"
    r"|що|де|куди|коли)"
)
"""The word that opens a relative or subordinate clause after a comma, with its preposition
(``лікарню, яку ...``, ``будинок, по якому ...``, ``Харків, де ...``): a clause that tells
another event (``яку окупанти обстріляли``) names that event's actors, not the sentence's."""

SUBJECT_PRONOUNS: dict[str, str] = {"він": "masc", "вона": "femn"}
"""Personal pronouns in the nominative, with their gender: the subject of an event's verb that
stands for the person of that gender named last before it (``Там він зустрівся з ...``)."""

ANAPHORIC_ACTOR_PATTERN = (
    r"(?:його|її|їх|цей\s+\w+|цю\s+\w+|це\s+\w+)\s+(?:\w+\s+)?"
    r"(?:відкри|презентува|представи|підписа|ухвали|затверди|запусти|створи|збудува|побудува"
    r"|облаштува|відбудува)\w*"
)
"""A sentence that opens with a pronoun object and the event's verb (``Його відкрив міський
голова ...``) or the verb that made what was opened (``Його створили міська рада і фонд``,
``збудували``, ``облаштували``) names the actors of the event just reported."""

SIGNED_PARTY_PATTERN = (
    r"підпис(?:и)?\s+(?:[\w'’ʼ]+\s+){0,2}?постави(?:в|ла|ли)(?![\w\-'’ʼ])"
    r"|постави(?:в|ла|ли)\s+(?:[\w'’ʼ]+\s+){0,2}?підпис(?:и)?(?![\w\-'’ʼ])"
    r"|скріпи(?:в|ла|ли)\s+(?:[\w'’ʼ]+\s+){0,2}?підпис(?:ом|ами)(?![\w\-'’ʼ])"
    r"|^[\s«\"„“]*(?:від\s+(?:[\w'’ʼ\-]+\s+){0,2}?сторони\s+(?:[\w'’ʼ\-]+\s+){0,3}?"
    r"|з\s+боку\s+(?:[\w'’ʼ\-]+\s+){0,2}?(?:документ|меморандум|угоду|договір|контракт"
    r"|протокол|декларацію)\s+)підписа(?:в|ла|ли)(?![\w\-'’ʼ])"
)
"""The signing alternatives of `JOINED_PARTY_PATTERN` (``підпис поставив X``, ``скріпили
підписами X і Y``, ``Від польської сторони документ підписав X``: a side, then who signed
for it, at the sentence's start; after ``з боку``, which also names the side of any act (``З
боку опозиції звернення підписав X``), only with the agreement's document as the object):
those it names signed, so they are the parties of the latest agreement told, however far back
(`uanews.parser.events._to_joined`)."""

CONDUCTED_MEETING_PATTERN = (
    r"^(?:онлайн-)?(?:нараду|зустріч|засідання|переговори)\s+(?:[\w'’ʼ\-]+\s+)?"
    r"(?:провів|провела|провели|проводив|проводила|проводили|вів|вела|вели|очолив|очолила)"
    r"(?![\w'’ʼ\-])"
)
"""A sentence that opens with the meeting as the object of who held it (``Нараду провів
начальник ОВА X``): the meeting just told, named again with who held it; its parties, however
far back it was told (`JOINED_PARTY_PATTERN`)."""

JOINED_PARTY_PATTERN = (
    r"(?:(?:взя|бра)(?:в|ла|ли)\s+участь|участь\s+(?:у|в)\s+\w+(?:\s+\w+)?\s+(?:взя|бра)(?:в|ла|ли)"
    r"|долучи(?:вся|лася|лися)|бу(?:в|ла|ли)\s+присутн\w*"
    r"|^(?:разом|спільно)\s+(?:з|із|зі)(?![\w\-])(?!\s+(?:тим|цим)(?![\w\-'’ʼ])))"
    r"|супроводжува(?:в|ла|ли)(?![\w\-])|супроводжу(?:є|ють)(?![\w\-])|[ув]\s+супроводі"
    r"|^(?:гостей|делегацію)\s+(?:\w+\s+)?(?:прийняв|прийняла|прийняли|зустрів|зустріла|зустріли)"
    r"(?![\w\-])"
    r"|" + CONDUCTED_MEETING_PATTERN + "|" + SIGNED_PARTY_PATTERN
)
"""A sentence with no trigger of its own that names more parties of the event just told: who
took part (``У церемонії взяли участь ...``, ``були присутні``) or came with its actor (``Разом
із міським головою X міністр оглянув ...``, at the sentence's start; not the connective
``Разом з тим``, "however"; ``Міністра супроводжував міський голова X``) or hosted it
(``Гостей прийняла міська голова X``) or signed it (``З боку області підпис поставив голова ОВА
X``, ``Документ скріпили підписами X і Y``: the signatories of the agreement just told)."""

PARTNER_BEFORE_PATTERN = r"(?<![\w\-'’ʼ])(?:з|із|зі)\s+(?:[\w'’ʼ\-]+\s+){0,2}$"
"""The comitative ``з`` and up to two words (``з керівництвом``) just before a name: in the
parties' talks (``Сторони обговорили з дирекцією ДП X ремонт ...``) the one talked with, a
party; a name the discussion verb governs otherwise (``обговорили відбудову ліцею № 3``) is
what was discussed, no party."""

OPENING_CEREMONY_PATTERN = (
    r"(?:^|(?<=\s))(?:у|в|на)\s+(?:урочист\w*\s+)?(?:церемоні\w*\s+)?"
    r"(?:церемоні|відкритт|презентаці)\w*"
)
"""The opening a sentence of those who took part names (``У відкритті ліцею взяли участь
X``, ``У презентації взяли участь ...``): they are parties of the opening or presentation told,
however far back it was told."""

MEETING_JOINED_PATTERN = (
    r"(?:^|(?<=\s))(?:у|в|на)\s+(?:(?:робоч|онлайн|виїзн|спільн)\w*\s+)?"
    r"(?:нарад|зустріч|переговор)\w*"
)
"""The meeting a sentence of those who took part names (``У нараді також взяли участь X``, ``На
зустрічі були присутні ...``): they are parties of the meeting told, however far back it was
told, for the noun names which event they joined."""

SPOKEN_AT_EVENT_PATTERN = (
    r"(?:^|(?<=\s))(?:на|під\s+час|у\s+ході|після|за\s+підсумками)\s+(?:урочист\w*\s+)?"
    r"(?:церемоні\w*\s+)?(?:робоч\w*\s+)?(?:(?P<opening>відкритт|(?P<bare>церемоні|презентаці))"
    r"|(?P<meeting>нарад|зустріч))\w*"
)
"""The event an attribution of someone's words puts them at (``«...», – сказав на відкритті
X``, ``– наголосила під час наради X``): the speaker was there, a party of that
event (an opening or presentation by ``opening``, a meeting by ``meeting``). A ceremony or a
presentation (``bare``) with a complement of its own (``на церемонії нагородження``, ``на
презентації бюджету``) is another event; only the bare noun is the one told."""

ATTENDED_EVENT_PATTERN = (
    r"(?:^|(?<=\s))(?:на|під\s+час)\s+(?:церемонії\s+)?(?:відкритт|церемоні|презентаці|урочист"
    r"|заход|засіданн|нарад)\w*\s+(?:[\w'’ʼ\-]+\s+){0,2}?(?:побува|відвіда|завіта)\w*"
    r"|(?:побува|відвіда|завіта)\w*\s+(?:[\w'’ʼ\-]+\s+){0,2}?(?:на\s+)?(?:церемоні\w*\s+)?"
    r"(?:відкритт|церемоні|презентаці|урочист|засіданн|нарад)\w*"
)
"""A visit verb whose place is an event (``На відкритті побували X та Y``, ``відвідали
відкриття``): who attended the event just told, its parties, not a visit of their own."""

SCENE_ARRIVAL_PATTERN = (
    r"(?:прибув|прибула|прибули|приїхав|приїхала|приїхали)\s+(?:\w+\s+){0,2}?на\s+місце"
    r"(?![\w\-'’ʼ])|на\s+місце(?:\s+(?:виклику|події|пожежі|ДТП|трагедії|аварії|вибуху))?"
    r"\s+(?:\w+\s+){0,2}?(?:прибув|прибула|прибули|приїхав|приїхала|приїхали)(?![\w\-'’ʼ])"
)
"""Arriving at the scene (``На місце виклику прибули 20 рятувальників``): rescuers or police
answering an emergency, no visit."""

VISIT_DAY_OPENERS: tuple[str, ...] = (
    "у другий день",
    "в другий день",
    "на другий день",
    "другого дня",
    "у третій день",
    "третього дня",
    "в останній день",
    "останнього дня",
    "наступного дня",
)
"""Words that open a sentence of a later day of a visit (``Другого дня гості відвідали ...``):
more of the visit just told, not a visit of its own."""

EVENT_NOUNS: tuple[str, ...] = (
    "підписання",
    "зустріч",
    "церемонія",
    "засідання",
    "нарада",
    "переговори",
    "захід",
    "презентація",
    "відкриття",
    "конференція",
)
"""Nouns of an event that open a sentence about how the event just told went (``Підписання
відбулося онлайн, у режимі відеозв'язку.``): the mode it states is that event's."""

TERRITORY_HEADS: tuple[str, ...] = ("громада", "район", "область", "округ")
"""Last words of a participant's name that make it a territory too (``Великобурлуцька громада``):
its mentions may be where a strike fell."""

SESSION_NOUNS: tuple[str, ...] = (
    "засідання",
    "засіданні",
    "засіданням",
    "сесії",
    "сесія",
    "сесією",
    "нараді",
    "колегії",
)
"""Nouns of a body's sitting: an authority in the genitive after one (``на засіданні комісії
ухвалили ...``) is the body that decided, the agent of the impersonal plural verb."""

SITTING_BEFORE_PATTERN = (
    r"(?<![\w\-'’ʼ])(?:на|у|в|під\s+час|за\s+підсумками|за\s+результатами)\s+"
    r"(?:(?:тому|цьому|тій|цій)\s+(?:ж|же|самому|самій)\s+)?"
    r"(?:засіданні|засідання|сесії|нараді|наради|колегії)\s*$"
)
"""A body's sitting named right before a plural verb with no subject (``Також на засіданні
звільнили з посади ...``, ``За підсумками наради вирішили ...``): the impersonal plural tells
what the sitting decided, so a decision verb there decides (`triggers.decision_at`)."""

ATTACK_CONTEXT_PATTERN = (
    r"(?:повітрян\w*\s+тривог\w*|тривог[аиу]|ППО|протиповітрян\w*|окупант\w*|ворог\w*"
    r"|росіян\w*|рашист\w*|армі[яії]\s+рф|російськ\w*\s+(?:армі|військ|окупант))"
)
"""Words of war: in an item with them, explosions with no other cause named are a strike
(``Під час повітряної тривоги у Харкові пролунали вибухи``)."""

BLAST_CAUSE_PATTERN = r"(?:газ|газу|газом|котл\w*|балон\w*|побутов\w*|боєприпас\w*|міна|міну|міни)"
"""Stated causes of an explosion that is no strike of the day (``вибух газу``, an old mine)."""

FIRE_CAUSE_PATTERN = (
    r"(?:проводк\w*|коротк\w*\s+замиканн\w*|замиканн\w*\s+електропроводк\w*"
    r"|необережн\w*\s+поводженн\w*\s+з\s+вогн\w*|обігрівач\w*|недопалк\w*|підпал(?:у|ом|і|и|ів)?(?![\w\-]))"
)
"""Stated causes of a fire that no strike set (``через несправну проводку``, ``підпал``):
such a fire in an item that reports an attack is an emergency of its own. Arson is the noun
only: the verb (``уламки дрона підпалили будинок``) has the strike as its subject as often."""

TAKEN_TO_HOSPITAL_PATTERN = (
    r"(?:госпіталізува\w*|доставили|доставлен\w*|доставлено|відвезли|відвезено|перевезли"
    r"|перевезено|транспортува\w*)"
)
"""Verbs of taking the hurt to a hospital (``їх доставили до лікарні в Харкові``): a place
later in their clause is where they were treated, not a place struck."""

OUTAGE_PATTERN = (
    r"(?:без\s+(?:світла|електрики|електропостачання|електроенергії|тепла|теплопостачання"
    r"|газу|газопостачання|води|водопостачання|зв'язку)|знеструмлен\w*|знеструмил\w*)"
)
"""Words of a supply cut off (``без світла залишилися абоненти в X``, ``знеструмлено Y``): a
place later in their sentence is where the outage reached, not a place struck or burning."""

PERIOD_START_PREPOSITIONS: tuple[str, ...] = ("з", "із", "зі", "від")
"""Prepositions of the day something starts from (``з 1 березня``, ``с 1 марта``): in a sentence
about the future it is when a change takes effect, not when the event it reports happened."""

SCHEDULED_FROM_PATTERN = (
    r"(?<![\w\-'’ʼ])(?:з|із|зі|від)\s+\d{1,2}(?:-го)?\s+(?:"
    + "|".join(MONTH_NAMES_GENITIVE)
    + r")(?![\w\-'’ʼ])(?!\s+\d)"
)
"""The day a change takes effect from (``з 1 грудня``, no year: the coming day, not a past one
a chronicle starts from): an organisation that opens its sentence and does something from that
day (``АТ «Енергозбут» з 1 грудня запускає ...``) announces the change
(`uanews.parser.events.triggers.scheduled_at`)."""

SCHEDULED_VERB_REACH = 5
"""How many words after the day of `SCHEDULED_FROM_PATTERN` its verb is looked for in (``з 10
лютого і до кінця сесії переводить``)."""

AGREED_PATTERN = r"(?:домовил(?:ися|ись|ася|ась|ся)|дійшли\s+згоди)(?![\w\-'’ʼ])"
"""The verb of an agreement reached (``Також сторони домовилися створити ...``): after a word of
addition it tells one more agreement of those who met, not the `also` of the one told."""

PARTIES_WORDS: frozenset[str] = frozenset({"сторони", "обидві", "учасники"})
"""Words that open a sentence about the parties of the meeting just told (``Сторони домовилися
про ...``): its agreement is theirs."""

MET_AT_WORDS: frozenset[str] = frozenset(
    {"зустрічі", "переговорів", "наради", "засідання", "консультацій", "перемовин"}
)
"""Genitives of a meeting after the parties (``Учасники зустрічі домовилися ...``): those who
took part in the meeting just told, not others' parties (``Сторони конфлікту``)."""

CIRCUMSTANCE_OPENERS: tuple[str, ...] = (
    "під час",
    "в ході",
    "у ході",
    "за підсумками",
    "за результатами",
)
"""Words that open a sentence with the meeting it happened at (``Під час зустрічі сторони
домовилися ...``): the parties after them are those of the meeting just told."""

REPORTED_BACK_PATTERN = r"про\s+це(?![\w\-])"
"""``Про це повідомили ...``: a back reference to what was told (a report's
source), not to a decision as a document (`events._undated_decision`)."""

# --- Event fields, tenth pass (fields10): more periods of a statistic ------------------------

STATISTIC_PERIOD_MORE_PATTERN = (
    r"(?:(?:із|від)\s+початку\s+(?:(?:цього|поточного)\s+)?(?:року|місяця|війни)"
    r"|цього\s+місяця|у\s+цьому\s+(?:місяці|році)|за\s+цей\s+(?:місяць|рік)"
    r"|(?:протягом|упродовж|впродовж)\s+(?:цього|поточного)\s+(?:року|місяця))"
)
"""More periods of many events (`STATISTIC_PERIOD_PATTERN`): the month or the year so far
(``цього місяця на дорогах загинули вже дев'ятеро``, ``із початку року``, ``протягом цього
року``). A bare ``цього року`` is not here: after a day and month it dates one event (``5
березня цього року``)."""

# --- Event fields, eleventh pass (fields11): a weekday names a day of its own ---------------

WEEKDAY_PATTERN = (
    r"(?:(?<![\w'ʼ’])(?:у|в|на)\s+(?:понеділок|вівторок|середу|четвер|п['ʼ’]ятницю|суботу|неділю)"
    r"|(?<![\w'ʼ’])(?:до|з|із)\s+(?:понеділка|вівторка|середи|четверга|п['ʼ’]ятниці|суботи|неділі))(?![\w'ʼ’])"
)
"""A weekday the sentence names (``У вівторок мер відвідав ліцей``, ``у ніч на неділю``): a
day of its own, not the dateline's, which a bare weekday does not resolve (the guidelines
give a relative word no date), so an event told with one borrows no date from the dateline
(`dates.names_a_day`)."""

# --- Event fields, eleventh pass (fields11): an event told at another event told -----------

TOLD_EVENT_PATTERN = (
    r"(?<![\w'ʼ’])(?:на|під\s+час|за\s+підсумками|за\s+результатами|після|у\s+ході|в\s+ході"
    r"|по\s+завершенні)\s+(?P<noun>відкриття|відкритті|презентації|презентацію|зустрічі"
    r"|наради|нараді|переговорів|переговорах|засідання|засіданні|візиту|візиті)(?![\w'ʼ’])"
)
"""A circumstance that names an event by its noun (``На відкриття прибув міністр``, ``Під час
відкриття підписали меморандум``, ``За підсумками зустрічі сторони підписали``): the event of
the sentence happened at that one, so where it was (`TOLD_EVENT_KINDS` gives its kind)."""

TOLD_EVENT_KINDS: dict[str, EventKind] = {
    "відкриття": EventKind.PRESENTATION,
    "відкритті": EventKind.PRESENTATION,
    "презентації": EventKind.PRESENTATION,
    "презентацію": EventKind.PRESENTATION,
    "зустрічі": EventKind.MEETING,
    "наради": EventKind.MEETING,
    "нараді": EventKind.MEETING,
    "переговорів": EventKind.MEETING,
    "переговорах": EventKind.MEETING,
    "засідання": EventKind.MEETING,
    "засіданні": EventKind.MEETING,
    "візиту": EventKind.VISIT,
    "візиті": EventKind.VISIT,
}
"""The kind of event each noun of `TOLD_EVENT_PATTERN` names."""

# --- Event parties, thirteenth pass (eventparts13): a body named by a common noun -----------

BODY_NOUN_REFERENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "депутат": (("рада",), ("міськрада",), ("облрада",), ("райрада",)),
    "сесія": (("рада",), ("міськрада",), ("облрада",), ("райрада",)),
    "міськрада": (("міський", "рада"), ("міськрада",)),
    "облрада": (("обласний", "рада"), ("облрада",)),
    "райрада": (("районний", "рада"), ("райрада",)),
    "уряд": (("кабінет",), ("кабмін",)),
    "кабмін": (("кабінет",),),
    "виконком": (("виконавчий", "комітет"),),
}
"""Lemmas of common nouns that name a body the item names in full, each with the lemmas the
full name's head holds (its adjectives and first noun), any one set of them (``депутати``
and ``сесія`` of ``Вінницька міська рада``, ``уряд`` of ``Кабінет Міністрів України``): the
deputies and the session act as the council, the government is the Cabinet; the noun
standing alone is a mention of that body."""

MET_GROUP_NOUNS: frozenset[str] = frozenset(
    {
        "керівник",
        "голова",
        "директор",
        "начальник",
        "лікар",
        "фермер",
        "аграрій",
        "волонтер",
        "мешканець",
        "ректор",
        "підприємець",
        "перевізник",
        "староста",
        "освітянин",
        "науковець",
    }
)
"""Lemmas of nouns of people who meet as a group, named by what they are in the plural
(``нарада з головами територіальних громад``, ``зустріч із керівниками музеїв``)."""

MET_GROUP_PREPOSITIONS: frozenset[str] = frozenset({"з", "із", "зі"})
"""The comitative prepositions that name whom a meeting was held with."""
