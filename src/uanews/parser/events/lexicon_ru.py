"""Russian word lists for dates and events: the counterparts of `uanews.parser.events.lexicon`.

Every name mirrors the Ukrainian entry of the same name. Date words are read together with the
Ukrainian ones (`uanews.parser.events.date_words`): no Russian date word is spelt like a
Ukrainian word (``сентября``/``вересня``, ``вчера``/``вчора``, ``года``/``року``), so one date
grammar reads both languages and a paragraph in either. Event triggers and the other event
cues are chosen by the item's language (`uanews.parser.language.pick`). Entries are lower case.
"""

from __future__ import annotations

from uanews.model import EventKind
from uanews.parser.events.lexicon import Trigger

__all__ = [
    "AGO_SINGULAR_UNITS",
    "AGO_UNITS",
    "AGO_WORDS",
    "CENTURY_WORDS",
    "DAY_OFFSETS",
    "DECADE_SUFFIXES",
    "HISTORICAL_MARKERS",
    "HOST_COUNTRIES",
    "IN_PERSON_WORDS",
    "MONTHS",
    "MONTH_LEAD_WORDS",
    "NUMBER_WORDS",
    "ONLINE_WORDS",
    "PERIOD_OFFSETS",
    "PLACE_DESTINATION_PREPOSITIONS",
    "PLACE_PREPOSITIONS",
    "POST_WORDS",
    "RANGE_FROM_WORDS",
    "RANGE_TO_WORDS",
    "SEASON_WORDS",
    "SPORT_WORDS",
    "TOPIC_OPENERS",
    "TRIGGERS",
    "YEAR_WORDS_PLURAL",
    "YEAR_WORDS_SINGULAR",
]

MONTHS: tuple[tuple[str, ...], ...] = (
    ("январь", "января", "январю", "январём", "январем", "январе"),
    ("февраль", "февраля", "февралю", "февралём", "февралем", "феврале"),
    ("март", "марта", "марту", "мартом", "марте"),
    ("апрель", "апреля", "апрелю", "апрелем", "апреле"),
    ("май", "мая", "маю", "маем", "мае"),
    ("июнь", "июня", "июню", "июнем", "июне"),
    ("июль", "июля", "июлю", "июлем", "июле"),
    ("август", "августа", "августу", "августом", "августе"),
    ("сентябрь", "сентября", "сентябрю", "сентябрём", "сентябрем", "сентябре"),
    ("октябрь", "октября", "октябрю", "октябрём", "октябрем", "октябре"),
    ("ноябрь", "ноября", "ноябрю", "ноябрём", "ноябрем", "ноябре"),
    ("декабрь", "декабря", "декабрю", "декабрём", "декабрем", "декабре"),
)
"""Singular case forms of the Russian month names (``ё`` and ``е`` spellings), January first."""

YEAR_WORDS_SINGULAR: tuple[str, ...] = ("год", "года", "году", "годом", "г.", "г")
"""Words after one year number that make it a year (``2024 года``, ``2024 г.``)."""

YEAR_WORDS_PLURAL: tuple[str, ...] = ("годы", "годов", "годах", "гг.", "гг")
"""Words after a year range (``1993–1994 годы``)."""

MONTH_LEAD_WORDS: tuple[str, ...] = (
    "в",
    "во",
    "с",
    "со",
    "до",
    "от",
    "в течение",
    "на протяжении",
    "в конце",
    "в начале",
    "в середине",
    "до конца",
    "с начала",
    "с конца",
    "до середины",
    "конца",
    "начала",
    "середины",
    "конце",
    "начале",
    "середине",
)
"""Words that make a bare month name a date (``в сентябре``, ``в конце октября``)."""

RANGE_FROM_WORDS: tuple[str, ...] = ("с", "со", "от")
"""Words that open a day range (``с 1 по 3 октября``)."""

RANGE_TO_WORDS: tuple[str, ...] = ("по", "до")
"""Words that close a day range."""

DAY_OFFSETS: dict[str, int] = {
    "позавчера": -2,
    "вчера": -1,
    "сегодня": 0,
    "послезавтра": 2,
}
"""Relative day words and their offset in days (``завтра`` is the Ukrainian word too)."""

PERIOD_OFFSETS: dict[str, tuple[str, int]] = {
    "на прошлой неделе": ("week", -1),
    "прошлой недели": ("week", -1),
    "на этой неделе": ("week", 0),
    "этой недели": ("week", 0),
    "на следующей неделе": ("week", 1),
    "следующей недели": ("week", 1),
    "в прошлом месяце": ("month", -1),
    "прошлого месяца": ("month", -1),
    "в этом месяце": ("month", 0),
    "этого месяца": ("month", 0),
    "в следующем месяце": ("month", 1),
    "следующего месяца": ("month", 1),
    "в прошлом году": ("year", -1),
    "прошлого года": ("year", -1),
    "в этом году": ("year", 0),
    "этого года": ("year", 0),
    "текущего года": ("year", 0),
    "в текущем году": ("year", 0),
    "в следующем году": ("year", 1),
    "следующего года": ("year", 1),
}
"""Relative period phrases: the unit (week, month, year) and the offset in units."""

SEASON_WORDS: tuple[str, ...] = ("зимой", "весной", "летом", "осенью")
"""Season adverbs: with a year they date an event by the year alone."""

DECADE_SUFFIXES: tuple[str, ...] = ("х", "е", "х годов", "х годах", "е годы")
"""Endings that make a year ending in 0 a decade (``1990-х``, ``1990-е годы``)."""

CENTURY_WORDS: tuple[str, ...] = ("века", "веке", "век", "в.")
"""Words after a Roman numeral that make it a century (``XXI века``)."""

AGO_WORDS: tuple[str, ...] = ("назад",)
"""The word after a duration that makes it a time in the past (``год назад``)."""

AGO_UNITS: dict[str, str] = {
    "день": "day",
    "дня": "day",
    "дней": "day",
    "неделю": "week",
    "недели": "week",
    "недель": "week",
    "месяц": "month",
    "месяца": "month",
    "месяцев": "month",
    "год": "year",
    "года": "year",
    "лет": "year",
}
"""Units of ``<n> <unit> назад`` and what each counts."""

AGO_SINGULAR_UNITS: tuple[str, ...] = ("день", "неделю", "месяц", "год")
"""Units that mean one of themselves without a number (``год назад``)."""

NUMBER_WORDS: dict[str, int] = {
    "одна": 1,
    "одну": 1,
    "две": 2,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "двое": 2,
    "трое": 3,
    "четверо": 4,
    "пятеро": 5,
    "шестеро": 6,
    "семеро": 7,
    "восьмеро": 8,
    "девятеро": 9,
    "десятеро": 10,
}
"""Number words that are not also Ukrainian (``один``, ``два``, ``три`` are both), with the
collective numerals of casualty counts (``двое``, ``пятеро``)."""

ONLINE_WORDS: tuple[str, ...] = (
    "онлайн",
    "в режиме онлайн",
    "онлайн-режиме",
    "онлайн-формате",
    "онлайн-встреча",
    "онлайн-встречи",
    "онлайн-встречу",
    "онлайн-совещание",
    "онлайн-совещания",
    "онлайн-конференцию",
    "онлайн-конференции",
    "онлайн-переговоры",
    "онлайн-переговорах",
    "дистанционно",
    "дистанционном",
    "видеоконференции",
    "видеоконференцию",
    "видеоконференция",
    "видеосвязи",
    "видеосвязь",
    "видеообращение",
    "zoom",
    "в интернете",
    "в сети",
)
"""Words that say an event happened online."""

IN_PERSON_WORDS: tuple[str, ...] = (
    "лично",
    "очная встреча",
    "очную встречу",
    "очной встрече",
    "в очном формате",
    "в очном режиме",
    "офлайн",
    "вживую",
)
"""Words that say an event happened in person."""

PLACE_PREPOSITIONS: tuple[str, ...] = ("в", "во")
"""Prepositions that put a place name in the locative (``в Харькове``, ``во Львове``)."""

PLACE_DESTINATION_PREPOSITIONS: tuple[str, ...] = ("в", "во")
"""Prepositions that put a visit's destination in the accusative (``прибыл в Чернигов``)."""

POST_WORDS: tuple[str, ...] = (
    "посол",
    "посла",
    "послу",
    "послом",
    "после",
    "посольство",
    "посольства",
    "посольству",
    "посольстве",
    "консул",
    "консула",
    "консулом",
    "консульство",
    "консульства",
    "представитель",
    "представителя",
    "представителем",
    "представительница",
    "представительство",
    "представительства",
    "представительстве",
)
"""Nouns of a post abroad, after which a host country names the post (``Посол Литвы в Украине``)."""

HOST_COUNTRIES: frozenset[str] = frozenset({"украина"})
"""Countries (nominative, lower case) that foreign posts in this news are accredited to."""

TOPIC_OPENERS: tuple[str, ...] = (
    "в сферах",
    "в сфере",
    "в отраслях",
    "в отрасли",
    "в направлениях",
    "в вопросах",
    "по вопросам",
    "вопросы",
    "вопросов",
    "относительно",
    "касательно",
)
"""Phrases after which a list of topics follows, each topic in the genitive."""

SPORT_WORDS: tuple[str, ...] = (
    "финал",
    "финале",
    "финала",
    "полуфинал",
    "полуфинале",
    "четвертьфинал",
    "матч",
    "матче",
    "матча",
    "поединок",
    "поединке",
    "турнир",
    "турнире",
    "турнира",
    "чемпионат",
    "чемпионате",
    "соревнования",
    "соревнованиях",
    "сет",
    "сете",
    "раунд",
    "раунде",
    "тайм",
    "тайме",
    "счетом",
    "счётом",
    "соперница",
    "соперник",
    "соперником",
    "плей-офф",
    "кубок",
    "кубка",
    "лиги",
    "лиге",
    "тур",
    "туре",
)
"""Words that make ``встретились`` a game between players or teams, not a meeting."""

HISTORICAL_MARKERS: tuple[str, ...] = (
    "в свое время",
    "в своё время",
    "когда-то",
    "в детстве",
    "еще ребенком",
    "ещё ребёнком",
    "в юности",
    "смолоду",
    "при жизни",
    "в древности",
    "во времена",
    "в прошлом веке",
)
"""Phrases that put a sentence in a life story or a distant past rather than in the news."""

_ANNOUNCEABLE = (
    r"(?:тендер|конкурс|аукцион|набор|отбор|торги|торгов|программ|результат|победител|решени"
    r"|начало|старт|запуск|создани|открыти|проведени|концепци|план)"
)
"""Stems of what is announced as an event (``объявил конкурс``)."""

_ANNOUNCE = r"(?:объявил|объявила|объявили|объявило|объявлено|объявляет|объявляют)"

_DOCUMENT = r"(?:\w+\s+){0,3}?(?:соглашени|меморандум|договор|контракт|декларац|протокол|хартию)\w*"

TRIGGERS: tuple[Trigger, ...] = (
    Trigger(
        EventKind.MEETING,
        r"встрет(?:ился|илась|ились)|встречал(?:ся|ась|ись)",
        explicit=True,
    ),
    Trigger(
        EventKind.MEETING,
        r"(?:провел|провёл|провела|провели|проведена|проведены|состоялась|состоялись"
        r"|прошла|прошли|начались)\s+(?:\w+\s+){0,2}?(?:онлайн-|видео)?"
        r"(?:встреч|переговоры|совещание)",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        r"(?:посетил|посетила|посетили|побывал|побывала|побывали)",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        r"(?:прибыл|прибыла|прибыли|находится|находятся)\s+(?:\w+\s+){0,3}?с\s+(?:\w+\s+)?"
        r"визитом",
        explicit=True,
    ),
    Trigger(
        EventKind.AGREEMENT,
        r"(?:подписали|подписал|подписала|подписало|подписан|подписано|подписана|заключили"
        r"|заключил|заключила|заключено|заключен|парафировали)\s+" + _DOCUMENT,
        explicit=True,
    ),
    Trigger(
        EventKind.PRESENTATION,
        r"(?:презентовал|презентовала|презентовали|презентовано)",
        explicit=True,
    ),
    Trigger(
        EventKind.ANNOUNCEMENT,
        rf"(?:{_ANNOUNCE}\s+(?:\w+\s+){{0,2}}?(?:о\s+)?{_ANNOUNCEABLE}\w*"
        rf"|{_ANNOUNCEABLE}\w*\s+(?:[\w\-«»\"]+\s+){{0,5}}?{_ANNOUNCE}"
        r"|анонсировал|анонсировала|анонсировали)",
        explicit=True,
    ),
    Trigger(
        EventKind.ANNOUNCEMENT,
        r"(?:(?:провел|провёл|провела|провели)\s+(?:\w+\s+){0,2}?"
        r"(?:пресс-конференцию|брифинг)|(?:пресс-конференцию|брифинг)\s+(?:\w+\s+){0,2}?"
        r"(?:провел|провёл|провела|провели))",
        explicit=True,
    ),
    Trigger(
        EventKind.MEETING,
        r"(?:(?:онлайн-|видео)?(?:встреча|встречи|встрече|встречу|встречей)|переговоры"
        r"|переговоров|переговорах|совещание|совещания|совещании)",
        explicit=False,
    ),
    Trigger(
        EventKind.VISIT,
        r"(?:визит|визита|визитом|визите|прибыл|прибыла|прибыли)",
        explicit=False,
    ),
    Trigger(
        EventKind.AGREEMENT,
        r"(?:договорились|договорился|договорилась|пришли\s+к\s+согласию"
        r"|подписание\s+" + _DOCUMENT + ")",
        explicit=False,
    ),
    Trigger(
        EventKind.PRESENTATION,
        r"(?:презентация|презентации|презентацию|представил|представила|представили)",
        explicit=False,
    ),
)
"""Event triggers of Russian text; kinds listed first win as in the Ukrainian list."""
