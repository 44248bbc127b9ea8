"""Russian word lists for dates and events: the counterparts of `uanews.parser.events.lexicon`.

Every name mirrors the Ukrainian entry of the same name. Date words are read together with the
Ukrainian ones (`uanews.parser.events.date_words`): no Russian date word is spelt like a
Ukrainian word (``сентября``/``вересня``, ``вчера``/``вчора``, ``года``/``року``), so one date
grammar reads both languages and a paragraph in either. Event triggers and the other event
cues are chosen by the item's language (`uanews.parser.language.pick`). Entries are lower case.
"""

from __future__ import annotations

from uanews.model import EventKind
from uanews.parser.events.lexicon import LATIN_CHANNEL_NAMES, Trigger

__all__ = [
    "ACTION_NOUN_ENDINGS",
    "ADDED_STRIKE_PERIODS",
    "ADDED_STRIKE_PREFIXES",
    "ADDITION_WORDS",
    "AGAIN_WORDS",
    "AGE_PATTERN",
    "AGO_SINGULAR_UNITS",
    "AGO_UNITS",
    "AGO_WORDS",
    "AGREED_PATTERN",
    "ALSO_JOINERS",
    "ALSO_WORDS",
    "AMOUNT_ADDERS",
    "ANAPHORIC_ACTOR_PATTERN",
    "ANCHORED_DAY_OFFSETS",
    "ANOTHER_EVENT_PATTERN",
    "ASIDE_OPENERS",
    "ATTACKERS",
    "ATTACK_CONTEXT_PATTERN",
    "ATTACK_PLACE_PREPOSITIONS",
    "ATTENDED_EVENT_PATTERN",
    "AUTHORITY_NOUNS",
    "BACK_REFERENCE_OPENERS",
    "BLAST_CAUSE_PATTERN",
    "BODY_NOUN_REFERENTS",
    "BREAKDOWN_WORDS",
    "BROAD_DECISION_VERBS",
    "CARDINAL_NUMBERS",
    "CENTURY_WORDS",
    "CIRCUMSTANCE_OPENERS",
    "CITY_BODY_HEADS",
    "CITY_OF_HEADS",
    "CITY_PART_HEADS",
    "CLAUSE_OPENER_PATTERN",
    "CLOCK_OPENER_PATTERN",
    "COLLECTIVE_NUMBERS",
    "CONDUCTED_MEETING_PATTERN",
    "CONSEQUENCE_PATTERN",
    "CONTINUATION_OPENERS",
    "COURT_DOCUMENT_PATTERN",
    "COURT_PATTERN",
    "DAY_NAMES",
    "DAY_OFFSETS",
    "DECADE_SUFFIXES",
    "DECISION_DOCUMENTS",
    "DECISION_OBJECTS",
    "DECISION_STEMS",
    "DECISION_VERBS",
    "DELEGATION_SUBJECTS",
    "DELIVERY_PATTERN",
    "DENIAL_PATTERN",
    "DENIED_AFTER_PATTERN",
    "DOCUMENT_OPENERS",
    "EARLIER_EVENT_PATTERN",
    "EARLIER_OPENERS",
    "EVENT_NOUNS",
    "FINDING_CONJUNCTIONS",
    "FINDING_VERBS",
    "FORECAST_WORDS",
    "FUTURE_WORDS",
    "GUEST_SUBJECTS",
    "GUEST_WORDS",
    "HABITUAL_WORDS",
    "HISTORICAL_MARKERS",
    "HOST_COUNTRIES",
    "INJURED_PATTERN",
    "IN_PERSON_WORDS",
    "JOINED_CLAUSE_OPENERS",
    "JOINED_PARTY_PATTERN",
    "KILLED_PATTERN",
    "KIN_BEFORE_PATTERN",
    "LATER_OPENERS",
    "LATER_OPENER_PREFIXES",
    "LIST_CONJUNCTIONS",
    "LIST_STOP_WORDS",
    "MEETING_JOINED_PATTERN",
    "MET_AT_WORDS",
    "MET_GROUP_NOUNS",
    "MET_GROUP_PREPOSITIONS",
    "MONTHS",
    "MONTH_LEAD_WORDS",
    "NAMESAKE_WORDS",
    "NEAR_PREPOSITIONS",
    "NEGATING_DETERMINERS",
    "NEGATION_AFTER_WORDS",
    "NEGATION_WORDS",
    "NEUTER_REGION_ENDING",
    "NEUTER_REGION_KEPT_CASES",
    "NIGHT_TIMES",
    "NIGHT_WORDS",
    "NOBODY_WORDS",
    "NOT_ALL_PATTERN",
    "NOT_ATTACK_PLACES",
    "NOT_MILITARY_ATTACK_WORDS",
    "NOT_PLACES",
    "NUMBER_WORDS",
    "ONLINE_WORDS",
    "OPENED_PATTERN",
    "OPENING_CEREMONY_PATTERN",
    "ORIGIN_NOUNS",
    "OTHER_DAY_WORDS",
    "OUTAGE_PATTERN",
    "OWN_PLACE_PREPOSITIONS",
    "PARTIES_WORDS",
    "PARTNER_BEFORE_PATTERN",
    "PART_OF_PLACE_PATTERN",
    "PEOPLE_STEMS",
    "PERIOD_OFFSETS",
    "PERIOD_PART_NOUNS",
    "PERIOD_START_PREPOSITIONS",
    "PLACE_DESTINATION_PREPOSITIONS",
    "PLACE_LIST_STOP_WORDS",
    "PLACE_PREPOSITIONS",
    "PLACE_SECOND_WORDS",
    "PLURAL_PLACE_HEADS",
    "PLURAL_SETTLEMENT_NOUNS",
    "POST_WORDS",
    "PREPOSITION_SECOND_CASES",
    "PROTECTED_FROM_PATTERN",
    "RANGE_FROM_WORDS",
    "RANGE_TO_WORDS",
    "REGION_ENDINGS",
    "RELATIONAL_ADJECTIVE_PATTERN",
    "RELATIVE_PRONOUN_PATTERN",
    "REMINDER_ASIDES",
    "REPORTED_BACK_PATTERN",
    "ROUTE_FROM_PREPOSITIONS",
    "ROUTE_TO_PREPOSITIONS",
    "ROUTE_VERB_PATTERN",
    "SAME_DAY_OPENERS",
    "SCENE_ARRIVAL_PATTERN",
    "SCHEDULED_FROM_PATTERN",
    "SEASON_WORDS",
    "SESSION_NOUNS",
    "SETTLEMENT_GENITIVES",
    "SETTLEMENT_GROUP_PATTERN",
    "SETTLEMENT_NOUNS",
    "SIGNED_PARTY_PATTERN",
    "SIGNED_WITH_PATTERN",
    "SIGNING_ENDED_PATTERN",
    "SIGN_VERBS",
    "SINGLE_VICTIM_NOUNS",
    "SITTING_BEFORE_PATTERN",
    "SPOKEN_AT_EVENT_PATTERN",
    "SPORT_WORDS",
    "STATEMENT_VERB_PATTERN",
    "STATISTIC_PERIOD_MORE_PATTERN",
    "STATISTIC_PERIOD_PATTERN",
    "STREET_HEADS",
    "STRESSED_ADJECTIVE_ENDING",
    "STRIKE_MEANS_PREPOSITIONS",
    "STRUCK_BEFORE_VERBS",
    "STRUCK_NOUNS",
    "STRUCK_VERBS",
    "SUBJECT_PRONOUNS",
    "SUBORDINATE_WORDS",
    "SUPPORT_VERBS",
    "TAKEN_TO_HOSPITAL_PATTERN",
    "TERRITORY_HEADS",
    "TOLD_EVENT_KINDS",
    "TOLD_EVENT_PATTERN",
    "TOLL_WORDS",
    "TOPIC_OPENERS",
    "TOWN_BODY_WORDS",
    "TRIGGERS",
    "UNDER_FIRE_PATTERN",
    "UNSTRESSED_ADJECTIVE_ENDING",
    "VICTIMS_PATTERN",
    "VISITED_VERBS",
    "VISIT_DAY_OPENERS",
    "VISIT_MANNER_PATTERN",
    "WEEKDAY_PATTERN",
    "WHERE_WORDS",
    "WORKS_PATTERN",
    "WRITER_ASIDES",
    "YEARS_AGO_PATTERN",
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

ANCHORED_DAY_OFFSETS: dict[str, int] = {
    "на следующий день": 1,
    "следующего дня": 1,
    "на другой день": 1,
    "следующим утром": 1,
    "на следующее утро": 1,
    "в тот же день": 0,
    "того же дня": 0,
    "в этот же день": 0,
    "тем же днем": 0,
}
"""Day words that count from a day the text has just stated, not from the publication date
(``25 ноября прибыла делегация ... На следующий день подписали``: the 26th), with their
offset."""

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

ORIGIN_NOUNS: tuple[str, ...] = (
    "рождения",
    "выпуска",
    "изготовления",
    "производства",
    "постройки",
    "застройки",
    "строительства",
    "сооружения",
    "основания",
    "создания",
    "издания",
)
"""Nouns of how a person or a thing came to be, in the genitive after a year (``1971 года
рождения``, ``дом 1966 года постройки``): the year is the person's or the thing's, never the
date of the event the sentence tells."""

PERIOD_PART_NOUNS: tuple[str, ...] = (
    "начало",
    "конец",
    "середина",
    "половина",
    "рубеж",
    "граница",
    "четверть",
)
"""Lemmas of nouns of a part of a period (``в начале XX века``): a century or a decade after one
is still a time, not the attribute of a noun."""

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

WORKS_PATTERN = (
    r"(?:строительств|сооружени|ремонт|капремонт|реконструкци|замен|обустройств"
    r"|восстановлени|модернизаци|закупк|вакцинаци)\w*"
)
"""`lexicon.WORKS_PATTERN` of Russian (``выделить 42 млн на замену водовода в Заводском
районе``, ``о строительстве ветровой электростанции в Болградском районе``)."""

EARLIER_EVENT_PATTERN = r"(?:прошл\w+|предыдущ\w+)"
"""Adjectives that make a noun of an event another, earlier one (``во время прошлого визита в
Сумы``, ``на предыдущей встрече в Одессе``): a place after that noun is not this event's."""

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
    r"|начало|старт|запуск|создани|открыти|проведени|концепци|план|услови|правил|порядк"
    r"|прекращени|отключени)"
)
"""Stems of what is announced as an event (``объявил конкурс``; ``объявило о новых условиях
...``, ``правилах``, ``порядке``: an authority's announced terms are its decision; a supply
cut off for a time, ``объявило о временном прекращении водоснабжения``, is a utility's)."""

_ANNOUNCE = r"(?:объявил|объявила|объявили|объявило|объявлено|объявляет|объявляют)"

_FIRED = (
    r"(?:ракет\w*|мин(?:а|ы|у|ой|ами)?|снаряд\w*|шахед\w*|дрон\w*|беспилотник\w*|КАБ\w*"
    r"|(?:авиа)?бомб\w*)"
)
"""What is fired at a target (``выпустили по Харькову 5 ракет``): with a target after ``по``,
the firing verb reports a strike; ``завод выпустил 100 дронов`` made them."""

_COUNT = (
    r"(?:\d|(?:одн(?:ому|ой|у)|дв(?:а|е|ое|ух|ести)|тр(?:и|ое|ех|ёх|иста)|четыр(?:е|ех|ёх|еста)"
    r"|пят(?:ь|и|ьсот)|шест(?:ь|и|ьсот)|сем(?:ь|и|ьсот)|восем(?:ь|ьсот)|восьми"
    r"|девят(?:ь|и|ьсот)|десят(?:ь|и|ок|ку)|\w+надцат\w*|\w+десят\w*|сорок(?:а)?|сто"
    r"|сотн(?:е|ю|и)|тысяч(?:а|е|и|у)?|миллион\w*|нескольк(?:о|их)|полтор(?:а|ы))(?![\w\-]))"
)
"""A count after ``по``: ``по 200 дронов``, ``по две мины`` is the distributive ``по`` (so
many each), which names no target; ``по Харькову``, ``по селу`` is where they were fired."""

_MOURNING = r"дн(?:ем|ями)\s+траура(?![\w\-])"
"""A day declared one of mourning (``объявил 25 ноября днем траура``): the body's decision,
an announcement."""

_DOCUMENT = (
    r"(?:\w+\s+){0,3}?(?:соглашени|меморандум|договор|контракт|декларац|протокол|хартию"
    r"|совместн\w*\s+заявлени)\w*"
)
"""What parties sign: an agreement, a memorandum, a contract, a declaration, a joint statement."""

SIGNED_WITH_PATTERN = r"(?:с|со)\s+(?:[^\s.,;:]+\s+){1,6}?"
"""The other party between a signing verb and the document (``завод подписал с НЭК «Укрэнерго»
контракт``, ``подписала с ООО «...» договор``): ``с`` and its object, up to six words with no
punctuation that would end the clause; the document after it is what they signed."""

SIGNING_ENDED_PATTERN = (
    r"(?:завершил|закончил|увенчал)(?:ся|ась|ось|ись)\s+подписанием\s+" + _DOCUMENT
)
"""A meeting that ended with a signing (``Переговоры завершились подписанием соглашения``):
the sentence tells the signing, an agreement of those who met, not a meeting of its own."""

_OPEN = (
    r"(?:открыл|открыла|открыли|открыло|открыто|открыт|открыта|открылся|открылась|открылось"
    r"|открылись|заработал|заработала|заработало|заработали)"
)
"""Past forms of opening: what opened is named by `_OPENABLE` (not ``открыли производство``)."""

_ARRIVED = r"(?:приехал|приехала|приехали|прибыл|прибыла|прибыли)"
"""Past forms of arriving: with a destination (``в Черкассы``, before or after the verb) or a
ceremony (`_CEREMONY`) a visit to the place."""

_CEREMONY = r"(?:открытие|презентацию|церемонию|торжества)"
"""Ceremonies one arrives at (``На открытие приехал X``): arriving at one is visiting the place
where it is held."""

_OPENABLE = (
    r"(?:центр|выставк|экспозици|музе|школ|лице|садик|детсад|больниц|амбулатори|клиник|поликлиник|укрыти"
    r"|парк|сквер|мост|движени|дорог|магазин|ресторан|кафе|завод|фабрик|офис|пространств|хаб|пункт"
    r"|отделени|фестивал|сезон|памятник|мемориал|доск|стел|клуб|библиотек|площадк|стадион"
    r"|бассейн|галере|кинотеатр|театр|лаборатори|кабинет|корпус|станци|термина|рын|сервис"
    r"|общежити|медучреждени|учреждени|шелтер|приют|инкубатор|убежищ|ярмар)\w*"
)
"""Stems of places, institutions and public events that are opened to the public
(``движение`` of a bridge or a road opened to traffic; a fair, ``ярмарка``, like an
exhibition)."""

_LAUNCH = (
    r"(?:запустил|запустила|запустили|запустило|запущено|запущен|стартовал|стартовала"
    r"|стартовало|стартовали|начал|начала|начали|начало)"
)

_LAUNCHABLE = (
    r"(?:(?:приложени|сервис|платформ|программ|проект|сайт|портал|чат-бот|бот|маршрут"
    r"|производств|линию|кампани|инициатив)\w*"
    r"|курс(?:|а|у|ом|е|ы|ов|ам|ами|ах)(?![\w\-]))"
)
"""Stems of what is launched to the public (``запустили приложение``), not ``запустили ракеты``.
``курс`` only as the whole noun: its stem begins ``Курская область``, a launch site."""

_PUBLIC_EVENT = r"(?:фестиваль|фестивали|ярмарка|ярмарку|выставка|выставку)(?![\w'’ʼ\-])"
"""Public events that open to the public when they start: a festival, a fair, an exhibition
(``стартовала осенняя ярмарка``, ``стартовал фестиваль``), in the nominative or accusative
only: the subject or the object of the verb, not a genitive complement."""

_STARTED_EVENT_WORD = r"[\w'’ʼ\-]{2,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+"
"""A word of three letters or more with an adjective's ending between a launch verb and the
public event it starts (``осенняя``, ``джазовый``): only such modifiers, so the event is the
verb's subject or object, not after a preposition (``начали подготовку к ярмарке``)."""

_NOT_FIRED_WORD = rf"(?!{_FIRED}(?![\w\-]))[\w'’ʼ\-«»]+\s+"
"""A word between a launch verb and what it launched that is no weapon: ``запустили дроны
на производство`` fired the drones, no product was launched."""

_NOT_MADE = rf"(?!{_LAUNCHABLE})[\w\-]+\s+"
"""A word between a target and a weapon that is no product launched: ``запустили по всей
Украине производство дронов`` made them."""

_ONTO = r"на\s+(?-i:[А-ЯЁ])[\w\-]*(?:(?<=ье)|(?<![еи]))(?![\w\-])"
"""A capitalised accusative after ``на``, where a weapon is launched (``на Сумы``, ``на
Запорожье``), not the locative of where it happened (``на Донбассе``, ``на Кубани``)."""

_PROCURE = r"(?:заказал|заказала|заказало|заказали)"

_SUPPLIER = (
    r"(?:ООО|ТОВ|ЧП|ПАО|ЧАО|АО|ГП|ФЛП|КП|госпредприяти\w*|предприяти\w*|компани\w*|фирм\w*"
    r"|обществ\w*|«[\w'’ʼ\-]+)"
)
"""What names the other party of a procurement (``заказало у ООО «...»``)."""

UNDER_FIRE_PATTERN = (
    r"(?:под\s+(?:[\w\-]+\s+)?(?:удар|обстрел|атаку|огонь)\s+попа(?:л|ла|ло|ли|дают|дает)\b"
    r"|попа(?:л|ла|ло|ли|дают|дает)\s+под\s+(?:[\w\-]+\s+)?(?:удар|обстрел|атаку|огонь)"
    r"|(?:[\w\-]+\s+)?(?:удар|обстрел|атак)\w*\s+(?:(?-i:[а-яё])[\w\-]+\s+){0,2}?подверг\w*"
    r"|подверг\w*\s+(?:[\w\-]+\s+)?(?:удар|обстрел|атак)\w*"
    r"|под\s+(?:[\w\-]+\s+)?(?:огн[её]м|обстрел(?:ом|ами)|удар(?:ом|ами))"
    r"(?:,?\s+(?:(?:и|й)\s+)?(?-i:[а-яё])[\w\-]+){0,5}?"
    r"\s+(?:оказал\w*|был[аио]?|находил\w*)(?![\w\-])"
    r"|оказал\w*\s+под\s+(?:[\w\-]+\s+)?(?:огн[её]м|обстрел(?:ом|ами)|удар(?:ом|ами)))"
)
"""What a place struck is the subject of (``под обстрел попали Херсон и Тарасовка``,
``ударам подверглась Никопольская община``, ``под огнем оказались Кринички и ...``,
``под ударами были такие населенные пункты: ...``, ``под огнем находились ...``): the places
after it are in the nominative. The means of the fire may follow its noun in the genitive,
lowercase and listed (``под обстрелами минометов и дронов оказались ...``), also before
``подвергся`` (``атаке дронов подвергся район``)."""

_OPENED_AFTER = (
    r"(?:открыли|открыто|открыт|открыта|открылся|открылась|открылось|открылись|заработал"
    r"|заработала|заработало|заработали)"
)
"""Forms of opening whose object may stand before them (``лицей открыли``, ``лицей открылся``):
not the singular active (``Директор лицея открыла зал``: the lyceum's director opened it)."""

OPENED_PATTERN = (
    rf"(?:{_OPEN}\s+(?:[\w'’ʼ\-«»]+\s+){{0,4}}?(?P<opened>{_OPENABLE})"
    rf"|(?P<opened_first>{_OPENABLE})\s+(?:[\w'’ʼ\-«»]+\s+){{0,3}}?{_OPENED_AFTER})"
)
"""An opening verb and what was opened (``открыли лицей``, ``корпус лицея открыли``): the
group ``opened`` or ``opened_first`` is the place or institution opened, no party to its
opening."""

_VEHICLES = (
    r"(?:троллейбус|автобус|электробус|трамва|вагон|локомотив|электропоезд|генератор|груз"
    r"|гуманитарн|оборудовани|снегоуборочн|мусоровоз|скор\w*\s+помощ)\w*"
)
"""Vehicles and goods a city receives (``троллейбусов``, ``генераторы``, ``гуманитарная
помощь``)."""

_PIPE = (
    r"(?:водовод|водопровод|трубопровод|теплосет|тепломагистрал|теплотрасс|канализац|коллектор"
    r"|труб)\w*"
)
"""Pipes of a utility that burst (``водовода``, ``теплосети``, ``трубу``)."""

TRIGGERS: tuple[Trigger, ...] = (
    Trigger(
        EventKind.MEETING,
        r"встрет(?:ился|илась|ились)|встречал(?:ся|ась|ись)",
        explicit=True,
    ),
    Trigger(
        EventKind.MEETING,
        # (the neuter of a ministry or a committee, ``Министерство провело совещание``, too)
        r"(?:провел|провёл|провела|провели|провело|проведена|проведены|проведено|состоялась"
        r"|состоялись|состоялось|прошла|прошли|прошло|начались)\s+(?:[\w\-]+\s+){0,6}?"
        r"(?:онлайн-|видео)?(?:встреч|переговоры|совещание|заседание)",
        explicit=True,
    ),
    # The parties discussed: talks between those just told (``Стороны обсудили ...``).
    Trigger(
        EventKind.MEETING,
        r"(?:стороны|обе\s+стороны)\s+(?:обсудили|обсуждали|обменялись\s+мнениями)",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        r"(?:посетил|посетила|посетили|побывал|побывала|побывали)",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        r"(?:прибыл|прибыла|прибыли|находится|находятся|находился|находилась|находились"
        r"|пребывал|пребывала|пребывали)\s+(?:\w+\s+){0,3}?с\s+(?:\w+\s+)?визитом",
        explicit=True,
    ),
    # A delegation staying somewhere is on a visit (``в Житомире находилась делегация ...``).
    Trigger(
        EventKind.VISIT,
        r"(?:находится|находятся|находилась|находились|пребывает|пребывала|пребывали)\s+"
        r"(?:[\w\-]+\s+){0,2}?делегаци[яи]|делегаци[яи]\s+(?:[\w\-]+\s+){0,5}?"
        r"(?:находится|находятся|находилась|находились|пребывает|пребывала|пребывали)",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        r"с\s+(?:рабочей|официальной|служебной|рабочим|официальным|дружеским|государственным)\s+"
        r"(?:поездкой|визитом)",
        explicit=True,
    ),
    Trigger(
        EventKind.VISIT,
        rf"{_ARRIVED}\s+(?:\w+\s+){{0,3}}?(?:в|во)\s+(?-i:[A-ZА-ЯЁ])[\w'’ʼ\-]*"
        rf"|(?<![\w'’ʼ\-])(?:в|во)\s+(?-i:[A-ZА-ЯЁ])[\w'’ʼ\-]*\s+(?:\w+\s+){{0,2}}?{_ARRIVED}"
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
        r"(?:подписали|подписал|подписала|подписало|подписан|подписано|подписана|заключили"
        r"|заключил|заключила|заключено|заключен|парафировали)\s+(?:"
        + SIGNED_WITH_PATTERN
        + ")?"
        + _DOCUMENT,
        explicit=True,
    ),
    Trigger(
        EventKind.AGREEMENT,
        # The document first, its signatories after (``Документ подписали X и Y``): a plural
        # verb, the parties; ``документ`` alone needs it, a named kind of document does not.
        r"(?:(?:соглашени|меморандум|договор|контракт|декларац)\w*\s+(?:\w+\s+){0,3}?"
        r"(?:подписали|подписал|подписала|заключили)"
        r"|документ\s+(?:\w+\s+){0,2}?(?:подписали|заключили))(?![\w\-])",
        explicit=True,
    ),
    Trigger(
        EventKind.AGREEMENT,
        rf"{_PROCURE}\s+(?:[^\s.]+\s+){{0,8}}?(?:у|в)\s+{_SUPPLIER}",
        explicit=True,
    ),
    Trigger(
        EventKind.PRESENTATION,
        r"(?:презентовал|презентовала|презентовали|презентовано)",
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
        EventKind.ANNOUNCEMENT,
        rf"(?:{_ANNOUNCE}\s+(?:\w+\s+){{0,2}}?(?:о\s+)?{_ANNOUNCEABLE}\w*"
        rf"|{_ANNOUNCEABLE}\w*\s+(?:[\w\-«»\"]+\s+){{0,5}}?{_ANNOUNCE}"
        rf"|{_ANNOUNCE}\s+(?:[\w\-]+\s+){{0,4}}?{_MOURNING}"
        r"|анонсировал|анонсировала|анонсировали)",
        explicit=True,
    ),
    Trigger(
        EventKind.ANNOUNCEMENT,
        r"(?:в|во)\s+(?:первом|втором|третьем)\s+чтении",
        explicit=True,
    ),
    Trigger(
        EventKind.AGREEMENT,
        # ``заказ ... достался X``: the order went to X, the contract is concluded.
        r"(?:заказ|контракт|подряд)\w*\s+(?:[^\s.]+\s+){0,6}?"
        r"доста(?:лся|лась|лось|лись)",
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
        EventKind.ATTACK,
        # Finite verbs of a strike: the sentence reports one.
        r"(?:обстрел(?:ял|яла|яли|яло|яно|ивает|ивают|ивал|ивала|ивало|ивали)"
        r"|атаков(?:ал|ала|али|ало|ано)"
        r"|атакует|атакуют|бомбил(?:и|а)?|нан(?:ес|если|есла|осят|осит)\s+(?:[\w\-]+\s+){0,3}?"
        r"(?:авиа)?удар\w*"
        # ``ударили ракетами по предприятию``: a strike verb with its target after ``по``
        r"|удари(?:л|ла|ли|ло)\s+(?:[\w\-]+\s+){0,3}?по(?![\w\-])"
        r"|сбросил\w*\s+(?:\w+\s+){0,2}?(?:КАБ\w*|бомб\w*|авиабомб\w*|взрывчатк\w*"
        r"|боеприпас\w*|гранат\w*)"
        # ``выпустили по Харькову 5 ракет``, ``выпустил две мины по селу``, ``запустил из
        # Брянской области на Конотоп три дрона``: fired or launched at a target
        rf"|(?:вы|за)пусти(?:л|ла|ли|ло)\s+(?:(?:[\w\-]+\s+){{0,3}}?{_FIRED}\s+"
        rf"(?:[\w\-]+\s+){{0,3}}?(?:по(?!\s+{_COUNT})|{_ONTO})"
        rf"|(?:{_NOT_MADE}){{0,3}}?(?:по\s+(?!{_COUNT})(?!{_LAUNCHABLE})[\w\-]+|{_ONTO})\s+"
        rf"(?:{_NOT_MADE}){{0,2}}?{_FIRED})"
        r"(?![\w\-])"
        r"(?!\s+заказ))",
        explicit=True,
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:пожар(?:а|е|у|ом|ы|ов)?|возгорани\w*|загорани\w*|загорел(?:ся|ась|ось|ись)"
        r"|вспыхнул(?:а|о|и)?|сгорел(?:а|о|и)?)",
        explicit=True,
        group="fire",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:ДТП|дорожно-транспортн\w*\s+происшеств\w*|автомобильн\w*\s+авари\w*"
        r"|столкнул(?:ся|ась|ись|ось)|столкновени\w*|перевернул(?:ся|ась|ось|ись)"
        r"|наех(?:ал|ала|али)|сбил(?:а|и)?\s+(?:\w+\s+){0,2}?(?:пешеход\w*|велосипедист\w*)"
        r"|съехал\w*\s+в\s+кювет)",
        explicit=True,
        group="road",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:обрушил(?:ся|ась|ось|ись)|обрушени\w*|обвалил(?:ся|ась|ось|ись))",
        explicit=True,
        group="collapse",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:наводнени\w*|паводк\w*|паводок|подтоплени\w*|подтопил(?:о|и|а)"
        r"|затоплени\w*|затопил(?:о|и|а))",
        explicit=True,
        group="flood",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:отравлени\w*\s+угарным|отравил(?:ся|ась|ись)\s+угарным)",
        explicit=True,
        group="poisoning",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:утонул(?:а|и)?|провалил(?:ся|ась|ись)\s+под\s+л[её]д)",
        explicit=True,
        group="other",
    ),
    Trigger(
        EventKind.INCIDENT,
        # A water main or a heating pipe burst (``из-за порыва магистрального водовода``,
        # ``прорвало трубу``): a utility's emergency, with people left without water or heat.
        r"(?:(?:порыв|прорыв)(?:а|ом|е|ы|ов)?\s+(?:[\w\-]+\s+){0,2}?"
        + _PIPE
        + r"|прорвало\s+(?:[\w\-]+\s+){0,2}?"
        + _PIPE
        + ")",
        explicit=True,
        group="utility",
    ),
    Trigger(
        EventKind.MEETING,
        r"(?:(?:онлайн-|видео)?(?:встреча|встречи|встрече|встречу|встречей)|переговоры"
        r"|переговоров|переговорах|совещание|совещания|совещании)",
        explicit=False,
    ),
    Trigger(
        EventKind.MEETING,
        r"(?:заседание|заседании|заседанием)",
        explicit=False,
        named=True,
    ),
    Trigger(
        EventKind.VISIT,
        r"(?:визит|визита|визитом|визите|прибыл|прибыла|прибыли)",
        explicit=False,
    ),
    Trigger(
        EventKind.AGREEMENT,
        r"(?:договорились|договорился|договорилась|пришли\s+к\s+согласию"
        r"|подписание\s+" + _DOCUMENT + "|" + SIGNING_ENDED_PATTERN + ")",
        explicit=False,
    ),
    Trigger(
        EventKind.PRESENTATION,
        r"(?:презентация|презентации|презентацию|представил|представила|представили"
        r"|выставка|выставку|выставке)",
        explicit=False,
    ),
    Trigger(
        EventKind.ATTACK,
        r"(?:обстрел(?:а|ом|е|ы|ов|ами|ах)?|артобстрел\w*|бомбардировк\w*|прил[её]т\w*"
        r"|попадани\w*|удар\w*\s+по|(?:ракетн|авиационн|воздушн|артиллерийск|комбинированн"
        r"|массированн|вражеск|российск)\w*\s+(?:\w+\s+)?удар\w*"
        r"|(?:в\s+результате|после|во\s+время|из-за)\s+(?:\w+\s+)?удар(?:а|ов|ы)?"
        r"|атак(?:а|и|у|ой|ам|ами|ах)|шахед\w*|ракет(?:а|ы|у|ой|ами)|дрон(?:ы|ов|ами)"
        r"|беспилотник\w*|БпЛА|КАБ(?:ы|ами)?|авиабомб\w*)",
        explicit=False,
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:непогод\w*|ураган\w*|смерч\w*|снегопад\w*|метел\w*|шквал\w*)",
        explicit=False,
        group="weather",
    ),
    Trigger(
        EventKind.INCIDENT,
        r"(?:взрыв(?:а|ом|е|ы|ов)?|взорвал(?:ся|ась|ось|ись)"
        # ``вспышка метановоздушной смеси`` in a mine: a blast of gas
        r"|вспышк(?:а|и|у|ой)\s+(?:метан|газ)\w*)",
        explicit=False,
        group="explosion",
    ),
    Trigger(
        EventKind.INCIDENT,
        # An emergency of any kind, as Ukrainian ``аварія``: in an item with a road accident
        # ``в результате аварии`` is that accident (`lexicon.ANY_INCIDENT_GROUP`).
        r"(?:авари(?:я|ю|и|ей)|чрезвычайн\w*\s+происшестви\w*)",
        explicit=False,
        group="any",
    ),
    Trigger(EventKind.ATTACK, UNDER_FIRE_PATTERN, explicit=False),
)
"""Event triggers of Russian text; kinds listed first win as in the Ukrainian list."""

KIN_BEFORE_PATTERN = r"(?:семь(?:я|и|е|ю|ям|ями|ях)|семей)\s+$"
"""A noun of family right before a word of the dead (``семьям погибших защитников``): the
families who get aid, not casualties the text reports."""

KILLED_PATTERN = (
    r"(?:погиб(?:ла|ло|ли)?|погибш\w*|убит\w*|убил[аои]?|умер(?:ла|ло|ли)?|скончал\w*"
    r"|жертв(?:ами|ой|ы)|смертельн\w*\s+(?:ранен\w*|травм\w*)"
    r"|тел(?:о|а)(?=\s+(?:[\w\-]+(?:ого|его|ой|ей|ых|их)\s+)?(?:погибш|люд|человек|мужчин"
    r"|женщин|ребен|дет|мальчик|девоч|девуш|пенсионер|жител|водител|пассажир|двух|трех"
    r"|четырех|пяти|\d))"
    r"|спасти\s+не\s+удалось)"
)
"""Words that count the dead (``погибли``, ``погибших``, ``убиты``, ``нашли тела двух
человек``, ``тело пожилого мужчины``: a body counts only with the people it was, an
adjective of theirs between, as Ukrainian ``тіла``; ``мужчину спасти не удалось``: the one
who could not be saved died)."""

INJURED_PATTERN = (
    r"(?:ранен\w*|ранил\w*|ранения|травмирован\w*|травм(?:ы|у|ами)|пострада\w*"
    r"|госпитализирова\w*|ожог(?:и|ами|ов|а)?|отравил(?:ся|ась|ись)|отравлени\w*"
    r"|(?:доставил[аио]?|доставлен[аоы]?)"
    r"(?=(?:\s+[^\s.]+){0,6}?\s+(?:больниц|госпитал|медучрежден|медицинск\w*\s+учрежден"
    r"|реанимаци|травмпункт)))"
)
"""Words that count the injured (``ранены``, ``получили ранения``, ``пострадали``; burns,
``получил ожоги``, and poisoning, ``отравились угарным газом``: harm to the body in an
emergency; taken to hospital, ``четверых доставили в больницу``, as ``госпитализировали`` says)."""

COLLECTIVE_NUMBERS: dict[str, int] = {
    "оба": 2,
    "обе": 2,
    "двое": 2,
    "трое": 3,
    "четверо": 4,
    "пятеро": 5,
    "шестеро": 6,
    "семеро": 7,
    "восьмеро": 8,
    "девятеро": 9,
    "десятеро": 10,
    "одиннадцатеро": 11,
    "двенадцатеро": 12,
}
"""Collective numerals, which always count people (``двое погибли``, ``пятеро ранены``)."""

CARDINAL_NUMBERS: dict[str, int] = {
    "один": 1,
    "одна": 1,
    "одну": 1,
    "одного": 1,
    "два": 2,
    "две": 2,
    "двух": 2,
    "три": 3,
    "трех": 3,
    "трёх": 3,
    "четыре": 4,
    "четырех": 4,
    "четырёх": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "семьдесят": 70,
    "восемьдесят": 80,
    "девяносто": 90,
    "сто": 100,
    "одной": 1,
    "шести": 6,
    "семи": 7,
    "восьми": 8,
    "девяти": 9,
    "десяти": 10,
    "двоих": 2,
    "троих": 3,
    "четверых": 4,
    "пятерых": 5,
    "шестерых": 6,
    "семерых": 7,
    "восьмерых": 8,
    "девятерых": 9,
    "десятерых": 10,
}
"""Cardinal number words; they count people only before a people noun (``два человека``) or
right after the casualty word (``госпитализировали семерых``). A tens word before a units word
is one number (``двадцать пять человек``: 25)."""

PEOPLE_STEMS: tuple[str, ...] = (
    "люд",
    "человек",
    "мужчин",
    "женщин",
    "дет",
    "ребен",
    "ребён",
    "подрост",
    "парн",
    "девуш",
    "пенсионер",
    "жител",
    "мирн",
    "гражданск",
    "водител",
    "пассажир",
    "пешеход",
    "спасател",
    "работник",
    "военн",
    "полицейск",
    "медик",
    "младен",
    "пожил",
    "врач",
    "энергетик",
    "погибш",
    "ранен",
    "пострадавш",
    "травмирован",
)
"""Starts of words that name the people a number counts (``4 человека``, ``двух женщин``)."""

SINGLE_VICTIM_NOUNS: frozenset[str] = frozenset(
    {
        "человек",
        "мужчина",
        "женщина",
        "ребёнок",
        "ребенок",
        "девушка",
        "парень",
        "подросток",
        "пенсионер",
        "пенсионерка",
        "житель",
        "жительница",
        "водитель",
        "пассажир",
        "пешеход",
    }
)
"""Nouns that in the singular count one victim (``погиб мужчина``)."""

AGE_PATTERN = r"\d+[-–]летн\w*"
"""An age (``70-летняя``): how old a victim is, not how many there are."""

JOINED_CLAUSE_OPENERS: tuple[str, ...] = ("а также", "а еще", "а ещё", "и")
"""Words that open a clause after a comma joining more victims to a count without a casualty
word of their own (``ранены две женщины, а также ребенок``)."""

NAMESAKE_WORDS: tuple[str, ...] = ("имени", "им", "им.")
"""Words before the person an institution or a street is named after
(``больница имени А. А. Богомольца``): that surname names no victim."""

BREAKDOWN_WORDS: tuple[str, ...] = (
    "из них",
    "из которых",
    "среди них",
    "среди которых",
    "в том числе",
)
"""Words after a comma that open a breakdown of a count before (``ранены 12 человек, из них
трое детей``): the count after them is a part of that total, not more victims."""

ADDITION_WORDS: tuple[str, ...] = ("еще", "ещё", "также", "кроме того")
"""Words before a count that add it to the counts before it (``еще пятеро ранены``)."""

GUEST_WORDS: tuple[str, ...] = ("гости", "гостей", "гостям", "гостями", "гостях")
"""Words of the guests of a visit told before (``Мэр провел с гостями встречу``): a talk or a
signing held
during the visit that names them has the visitors among its parties."""

CONTINUATION_OPENERS: tuple[str, ...] = (
    "кроме того",
    "помимо этого",
    "помимо того",
    "к тому же",
    "также",
    "вместе с",
    "вместе со",
)
"""Words that open a sentence going on with what the one before told (``Кроме того, депутаты ...``):
outside the lede, an event the sentence tells with no date of its own is more of the event of
its kind told before (its ``also``). Not before ``тим`` / ``тем`` (``Вместе с тем``: a contrast)."""

SAME_DAY_OPENERS: tuple[str, ...] = (
    "в тот же день",
    "в этот же день",
    "того же дня",
    "в тот самый день",
    "в этот самый день",
    "тем же днем",
    "тем же днём",
)
"""Words that open a sentence with the day of the event just told (``В тот же день завод
подписал с X контракт``), also after a word of addition (``Кроме того, в тот же день ...
открыли поликлинику``): the writer names the day again because the sentence tells another
happening of that day, so its decision, signing, opening or meeting is one of its own, not
more of the one told (a visit's further stops go on with the visit; strikes of one day are
one attack)."""

AMOUNT_ADDERS: tuple[str, ...] = ("еще", "ещё")
"""Words that, opening a sentence right before a number, count on from an amount just told
(``Еще 6,5 млн гривен депутаты выделили на генераторы``): more of the decision told before
(its ``also``), not one more decision."""

DOCUMENT_OPENERS: tuple[str, ...] = (
    "документ",
    "меморандум",
    "соглашение",
    "договор",
    "контракт",
    "протокол",
    "декларация",
    "договорённость",
    "договоренность",
    "хартия",
)
"""The lemmas of the signed document as a sentence's first word, in the nominative or the
accusative (``Документ подписали мэр и директор``, ``Соглашения скрепили подписями ...``): the
agreement just told, whose signatories the sentence names."""

GUEST_SUBJECTS: tuple[str, ...] = ("гости", "коллеги")
"""The guests as a sentence's first word and subject (``Гости осмотрели лицей ...``): visitors
already told, so their visit goes on."""

DELEGATION_SUBJECTS: tuple[str, ...] = ("делегация", "делегации")
"""A bare delegation as a sentence's subject right before its verb (``Делегация осмотрела
завод``): the delegation told, so its visit goes on."""

ALSO_WORDS: tuple[str, ...] = ("также", "тоже")
"""Adverbs that mark a sentence as telling more of what was told
(``Гости также побывали ...``) within its
first words (`CONTINUATION_REACH`); after one of `ALSO_JOINERS` they join a list (``а также``)."""

ALSO_JOINERS: tuple[str, ...] = ("а", "как", "и")
"""Conjunctions that make an adverb of `ALSO_WORDS` after them a joiner of a list."""

ASIDE_OPENERS: tuple[str, ...] = ("который", "которая", "которое", "которые", "что")
"""Relative words that open an aside between a count and its casualty verb (``Троє людей, які
їхали в маршрутці, дістали поранення``): the count before the aside is the verb's subject; a
clause that opens with a participle is such an aside too."""

VICTIMS_PATTERN = r"(?:пострада\w*|потерпевш\w*)"
"""Words of all who were harmed, dead or hurt: ``Пострадавших нет`` denies both, so it states that
nobody was killed and nobody injured (the killed count 0 as the injured)."""

RESTATED_STATE_VERBS: frozenset[str] = frozenset({"находиться", "пребывать", "оставаться"})
"""Lemmas of verbs of a state (``двое пострадавших находятся в тяжелом состоянии``): victims named
by a noun whose state the clause tells are victims the report has counted already, not more."""

BOTH_WORDS: frozenset[str] = frozenset({"оба", "обе", "обоих", "обеих", "обоим", "обеим"})
"""``Both`` (``оба раненых``): it points back to two victims the report has counted already."""

STATISTIC_PERIOD_PATTERN = (
    r"(?:с\s+начала\s+(?:(?:этого|текущего|прошлого)\s+)?(?:года|месяца|войны"
    r"|(?:полномасштабного\s+)?вторжения|\d{4})"
    r"|за\s+(?:[\w\-]+\s+){0,2}(?:месяц\w*|год|года|лет|полгода)"
    r"|в\s+прошлом\s+году)"
)
"""A period that makes a casualty count a statistic, not one event's toll (``За девять
месяцев в пожарах погибли 14 жителей``, ``с начала года``); ``за сутки`` is not here."""

NOBODY_WORDS: tuple[str, ...] = ("никто", "ни один", "ни одна")
"""Words of nobody as the subject of a denied victims verb (``никто не пострадал``)."""

NEGATION_WORDS: tuple[str, ...] = ("не", "без", "ни", "никаких", "ни одного", "нет")
"""Words before a casualty word in its clause that deny it (``обошлось без пострадавших``)."""

NEGATION_AFTER_WORDS: tuple[str, ...] = ("нет", "не было", "не выявлено", "не зафиксировано")
"""Words after a casualty word in its clause that deny it (``Погибших и пострадавших нет``): the
clause counts nobody, and no number before it is its count."""

TOLL_WORDS: tuple[str, ...] = ("количество", "число")
"""Words of a running toll (``число погибших выросло до 7``)."""

STRUCK_VERBS = (
    r"(?:обстрел(?:ял|яла|яли|яло|ивает|ивают|ивал|ивала|ивало|ивали)|атаков(?:ал|ала|али|ало)"
    r"|атакуют|атакует"
    r"|бомбил(?:и|а)?|ударил(?:и|а)?\s+по)"
)
"""Strike verbs whose object is the place struck (``обстреляли Херсон``), in the accusative
(the dative after ``ударили по``, which the nominative search reads too)."""

STRUCK_BEFORE_VERBS = (
    r"(?:обстрел(?:ял|яла|яли|яло|ивает|ивают|ивал|ивала|ивало|ивали)|атаков(?:ал|ала|али|ало)"
    r"|атакуют|атакует|бомбил(?:и|а)?)"
)
"""The `STRUCK_VERBS` that govern their object in the accusative, which may stand before the verb
(``Харьков атаковали дроны``); ``ударили по`` governs a dative after it only."""

STRIKE_MEANS_PREPOSITIONS: tuple[str, ...] = ("из",)
"""Prepositions of the weapon a strike was made with, between the strike verb and the place
struck (``обстреляли из артиллерии Купянский район``)."""

STRUCK_NOUNS = r"(?:обстрел(?:а|ом|е|ы|ов)?|атак(?:а|и|у|ой)|бомбардировк\w*)"
"""Strike nouns whose complement is the place struck, in the genitive (``обстрел Херсона``)."""

CONSEQUENCE_PATTERN = (
    r"(?:поврежд(?:ен|ены|ено|ена|ения)\w*|разрушен\w*|уничтожен\w*|повредил(?:а|о|и)?"
    r"|разрушил(?:а|о|и)?|выбит\w*|обломк\w*|взрывн\w*\s+волн\w*)"
)
"""Words of damage: a sentence of them after a strike or an emergency reports its aftermath."""

ATTACKERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("армия", "рф"), "армия РФ"),
    (("армия", "россия"), "армия России"),
    (("российский", "армия"), "российская армия"),
    (("российский", "войско"), "российские войска"),
    (("российский", "военный"), "российские военные"),
    (("войско", "рф"), "войска РФ"),
    (("вс", "рф"), "ВС РФ"),
    (("российский", "авиация"), "российская авиация"),
    (("вражеский", "авиация"), "вражеская авиация"),
    (("авиация", "рф"), "авиация РФ"),
    (("российский", "артиллерия"), "российская артиллерия"),
    (("вражеский", "артиллерия"), "вражеская артиллерия"),
    (("российский", "оккупант"), "российские оккупанты"),
    (("российский", "захватчик"), "российские захватчики"),
    (("оккупационный", "войско"), "оккупационные войска"),
    (("оккупационный", "сила"), "оккупационные силы"),
    (("российский", "сила"), "российские силы"),
    (("вражеский", "сила"), "вражеские силы"),
    (("оккупант",), "оккупанты"),
    (("захватчик",), "захватчики"),
    (("рашист",), "рашисты"),
    (("россиянин",), "россияне"),
    (("враг",), "враг"),
    (("противник",), "противник"),
    (("рф",), "РФ"),
    (("россия",), "Россия"),
)
"""Lemma sequences that name the attacker of a strike, each with the name it gets
(`uanews.parser.events.lexicon.ATTACKERS`); the longer phrases come first."""

AUTHORITY_NOUNS: frozenset[str] = frozenset(
    {
        "суд",
        "судья",
        "парламент",
        "правительство",
        "кабмин",
        "кабинет",
        "рада",
        "совет",
        "облсовет",
        "горсовет",
        "райсовет",
        "сельсовет",
        "исполком",
        "горисполком",
        "комитет",
        "комиссия",
        "нацкомиссия",
        "министерство",
        "минэкономики",
        "мэрия",
        "регулятор",
        "администрация",
        "облгосадминистрация",
        "госадминистрация",
        "ога",
        "ова",
        "кгга",
        "вр",
        "нбу",
        "нацбанк",
        "коллегия",
        "сессия",
        "депутат",
        "мэр",
        "президент",
        "прокуратура",
        "прокурор",
        "служба",
        "агентство",
        "инспекция",
        "департамент",
        "управление",
        "амку",
        "нкрэку",
        "цик",
        "вакс",
        "набу",
        "ксу",
        "банк",
    }
)
"""Lemmas of nouns that name a body or office whose decisions are news (``горсовет``,
``Кабмин``, ``Верховная Рада``, ``суд``); in the nominative before the verb, its subject."""

SIGN_VERBS: frozenset[str] = frozenset({"подписать", "подписывать"})
"""Lemmas of signing: with a decision document after it, the signer decided."""

DECISION_DOCUMENTS: frozenset[str] = frozenset(
    {"указ", "закон", "постановление", "распоряжение", "приказ", "решение", "законопроект"}
)
"""Lemmas of documents whose signing is a decision (``подписал указ``), not an agreement."""

VISITED_VERBS = r"(?:посетил|посетила|посетили|посетило|посещает|посещают)"
"""Verbs whose object is the place visited (``посетил Чернигов``)."""

STRESSED_ADJECTIVE_ENDING = "ской"
UNSTRESSED_ADJECTIVE_ENDING = "ский"
"""The masculine nominative endings of a place adjective, stressed and not: a place adjective
the dictionary does not know takes the unstressed one (``Яготинский район``)."""

VISIT_MANNER_PATTERN = (
    r"(?:с|со)\s+(?:(?-i:[а-яё])[\w\-]+\s+){0,2}"
    r"(?:визитом|визитами|поездкой|миссией)"
)
"""The manner of a visit between the place visited and its verb (``Житомир с официальным визитом
посетил министр``): ``с``, up to two lowercase words, and a visit noun in the
instrumental."""

ROUTE_FROM_PREPOSITIONS: tuple[str, ...] = ("из", "от")
"""Prepositions of a route's start (``автобус, следовавший из Нежина в Прилуки``)."""

ROUTE_TO_PREPOSITIONS: tuple[str, ...] = ("до", "в", "во", "на")
"""Prepositions of a route's end right after its start (``из Нежина в Прилуки``, ``от Нежина
до Прилук``): with ``в``/``на`` the end stands in the accusative, not the locative."""

ROUTE_VERB_PATTERN = (
    r"(?:следова\w*|следу[ею]\w*|следуя|ехал\w*|ехавш\w*|едет|едут|едущ\w*"
    r"|двига\w*(?:ся|сь)|двигавш\w*|движ(?:ется|утся|ущ\w*)|направля\w*(?:ся|сь)"
    r"|направлявш\w*|курсирова\w*|курсиру\w*|возвраща\w*(?:ся|сь)|возвращавш\w*)"
)
"""Verbs and participles of a vehicle's travel (``автобус, следовавший из Нежина в Прилуки``,
``ехала из Киева в Житомир``): only after one of them is ``из X в/на Y`` a route whose end is
where the vehicle was going; a strike's ``запустил из Курской области на Сумы`` names its
target."""

DAY_NAMES: frozenset[str] = frozenset(
    {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"}
)
"""Names of the days of the week: a word in title case before a date (``Вторник, 3 декабря.``)
names the day, not a dateline's city."""

WHERE_WORDS: tuple[str, ...] = ("где", "куда")
"""Relative adverbs that refer back to the place before their comma: what ``посетил Харьков,
где встретился ...`` tells of happened in the place visited."""

ATTACK_PLACE_PREPOSITIONS: dict[str, str] = {
    "в": "loct",
    "во": "loct",
    "на": "loct",
    "по": "datv",
    "над": "ablt",
    "под": "ablt",
}
"""Prepositions that put the place of a strike or an emergency in a case (``по Харькову``,
``в Харьковской области``, ``на Харьковщине``; ``над Киевщиной``; ``под Ирпенем``: near the
town, in the instrumental; ``под обстрел`` is the accusative and names no place)."""

SETTLEMENT_NOUNS: tuple[str, ...] = (
    "городе",
    "город",
    "селе",
    "село",
    "селу",
    "городу",
    "поселку",
    "посёлку",
    "поселке",
    "посёлке",
    "поселок",
    "посёлок",
    "пгт",
    "пгт.",
    "с.",
    "г.",
    "микрорайоне",
)
"""Nouns before a settlement's name (``в селе Каменка``, ``в пгт Боровая``), which may keep
its nominative."""

OWN_PLACE_PREPOSITIONS: tuple[str, ...] = ("в", "во", "на")
"""Prepositions that open a casualty clause with a place of its own (``в селе Петровка ранен
мужчина``): clauses of different places add up."""

CITY_OF_HEADS: frozenset[str] = frozenset(
    {
        "голова",
        "мэр",
        "секретарь",
        "суд",
        "мэрия",
        "горсовет",
        "совет",
        "администрация",
        "горисполком",
        "исполком",
        "прокуратура",
        "полиция",
        "школа",
        "лицей",
        "гимназия",
        "садик",
        "больница",
        "поликлиника",
        "университет",
        "библиотека",
        "музей",
        "театр",
        "улица",
        "проспект",
        "площадь",
        "парк",
        "мост",
        "вокзал",
        "аэропорт",
        "порт",
    }
)
"""Nouns (dictionary forms) of a city's bodies, offices and objects whose genitive complement
is the city they belong to (``районный суд Одессы``, ``в 12 школах Львова``, ``заместитель
городского головы Полтавы``): when an event's sentences name no other place, that city is where
it happened. A resident's city (``житель Харькова``) is where they live, not where an event
they are part of happened, so resident nouns are no heads."""

STREET_HEADS: frozenset[str] = frozenset({"улица", "проспект", "площадь", "бульвар", "переулок"})
"""The `CITY_OF_HEADS` of streets and squares: in the singular the genitive after them is the
street's own name (``на проспекте Мира``, ``на площади Свободы``), no city; only the plural's
is the city's (``на улицах Харькова``)."""

CITY_BODY_HEADS: tuple[str, ...] = (
    "мэрия",
    "городской совет",
    "горсовет",
    "горсовета",
    "городского совета",
    "городская власть",
    "горисполком",
    "городская государственная администрация",
    "городская военная администрация",
)
"""Heads of the name of a city's own body before the city in the genitive (``мэрия Одессы``):
a decision it makes is made in its city."""

TOWN_BODY_WORDS: frozenset[str] = frozenset({"городской", "горсовет", "мэрия", "горисполком"})
"""`lexicon.TOWN_BODY_WORDS` of Russian (``Днепровский городской совет``, ``исполком
Криворожского горсовета``)."""

SETTLEMENT_GENITIVES: tuple[str, ...] = (
    "города",
    "г.",
    "села",
    "с.",
    "поселка",
    "посёлка",
    "пгт",
    "пгт.",
)
"""Settlement nouns in the genitive before a name in the genitive (``города Полтавы``)."""

NEAR_PREPOSITIONS: tuple[str, ...] = ("вблизи", "возле", "около", "неподалеку от", "рядом с")
"""Prepositions that put the place an accident or a strike was near in the genitive
(``вблизи Ковеля``, ``возле села Кленовое``)."""

PART_OF_PLACE_PATTERN = (
    r"(?:населенн\w*\s+пункт\w*|населённ\w*\s+пункт\w*|окрестност\w*|окраин\w*"
    r"|приграничь\w*|территори[июя]|пригород\w*)"
)
"""Nouns of a part of a territory, whose genitive names it (``населенные пункты
Бериславской общины``, ``приграничье Сумщины``, ``окраины Харькова``)."""

TERRITORY_HEADS: tuple[str, ...] = ("громада", "община", "район", "область", "округ")
"""Last words of a participant's name that make it a territory too (``Купянский район``)."""

CITY_PART_HEADS: frozenset[str] = frozenset(
    {"район", "микрорайон", "квартал", "центр", "зона", "промзона"}
)
"""Lemmas of the parts of a city whose city follows in the genitive (``в Шевченковском районе
Запорожья``, ``по промышленной зоне Херсона``): the city is where the event was too."""

DECISION_VERBS: frozenset[str] = frozenset(
    {
        "принять",
        "принимать",
        "утвердить",
        "утверждать",
        "одобрить",
        "одобрять",
        "отменить",
        "отменять",
        "согласовать",
        "согласовывать",
        "установить",
        "устанавливать",
        "назначить",
        "назначать",
        "повысить",
        "повышать",
        "снизить",
        "снижать",
        "удовлетворить",
        "удовлетворять",
        "отказать",
        "отказывать",
        "предоставить",
        "предоставлять",
        "признать",
        "признавать",
        "решить",
        "решать",
        "выдать",
        "выдавать",
        "ввести",
        "вводить",
        "разрешить",
        "разрешать",
        "запретить",
        "запрещать",
        "продлить",
        "избрать",
        "уволить",
        "освободить",
        "освобождать",
        "выделить",
        "выделять",
        "ратифицировать",
        "постановить",
        "обязать",
        "оштрафовать",
        "арестовать",
        "проголосовать",
        "сохранить",
        "оставить",
        "сократить",
        "сокращать",
        "увеличить",
        "увеличивать",
        "направить",
        "направлять",
        "переименовать",
        "переименовывать",
    }
)
"""Lemmas of verbs that state a decision when an authority is their subject (``горсовет
утвердил программу``, ``суд удовлетворил иск``); future and infinitive forms are plans."""

SUPPORT_VERBS: frozenset[str] = frozenset({"поддержать"})
"""Lemmas of support verbs that state a decision only with an action noun or a decision object
after them (``горсовет поддержал переименование улиц``, ``поддержали решение``): the noun names
what was decided; ``поддержали ветеранов`` decides nothing."""

ACTION_NOUN_ENDINGS: tuple[str, ...] = ("ние", "тие")
"""Endings of verbal nouns naming an action (``переименование``, ``выделение``, ``создание``),
which a support verb decides (`SUPPORT_VERBS`)."""

DECISION_STEMS: tuple[str, ...] = (
    "прин",
    "утверд",
    "одобр",
    "отмен",
    "соглас",
    "установ",
    "устанавл",
    "назнач",
    "повы",
    "сниз",
    "сниж",
    "удовлетвор",
    "отказ",
    "предостав",
    "призна",
    "реш",
    "выда",
    "вве",
    "ввод",
    "разреш",
    "запрет",
    "запрещ",
    "продл",
    "избра",
    "уволи",
    "освобо",
    "выдел",
    "ратифиц",
    "постанов",
    "обяза",
    "оштраф",
    "арест",
    "подпис",
    "проголос",
    "сохран",
    "остав",
    "поддерж",
    "сократ",
    "сокращ",
    "увелич",
    "направ",
    "переимен",
)
"""Word starts of `DECISION_VERBS`, `SIGN_VERBS` and `SUPPORT_VERBS`: a cheap test before words
are looked up."""

BROAD_DECISION_VERBS: frozenset[str] = frozenset(
    {
        "предоставить",
        "предоставлять",
        "выдать",
        "выдавать",
        "установить",
        "устанавливать",
        "сохранить",
        "оставить",
        "принять",
        "принимать",
        "направить",
        "направлять",
        "освободить",
        "освобождать",
    }
)
"""Decision verbs that decide only with an object of `DECISION_OBJECTS` (``суд предоставил
доступ``, ``горсовет принял решение``): ``приняли участие`` decides nothing. A verb of
directing (``направить``) allocates only money (``горсовет направил 95 млн гривен на ...``)
or sends a case to court (``прокуратура направила в суд обвинительный акт``): ``направил
обращение`` decides nothing. ``освободить`` decides only a post (``освободили от должности``,
``от обязанностей``), not ``освободили село`` or ``освободили из плена``."""

DECISION_OBJECTS: frozenset[str] = frozenset(
    {
        "доступ",
        "разрешение",
        "согласие",
        "статус",
        "лицензия",
        "право",
        "ставка",
        "тариф",
        "льгота",
        "квота",
        "цена",
        "норма",
        "мораторий",
        "указ",
        "приказ",
        "распоряжение",
        "постановление",
        "решение",
        "порядок",
        "правило",
        "ограничение",
        "запрет",
        "субсидия",
        "компенсация",
        "грант",
        "средство",
        "гривна",
        "грн",
        "обвинительный",
        "размер",
        "режим",
        "программа",
        "бюджет",
        "закон",
        "законопроект",
        "должность",
        "обязанность",
    }
)
"""Lemmas of what a broad decision verb decides (``предоставил разрешение``; a post one is
relieved of, ``освободил от должности``)."""

FINDING_VERBS: frozenset[str] = frozenset(
    {"установить", "устанавливать", "признать", "признавать", "решить"}
)
"""Decision verbs that before ``что`` report a finding or an admission (``суд установил, что``)."""

SITTING_BEFORE_PATTERN = (
    r"(?<![\w\-])(?:на|в|во|во\s+время|по\s+итогам|по\s+результатам)\s+"
    r"(?:(?:том|этом|той|этой)\s+(?:же|самом|самой)\s+)?"
    r"(?:заседании|заседания|сессии|совещании|совещания|коллегии)\s*$"
)
"""A body's sitting named right before a plural verb with no subject (``Также на заседании
освободили от должности ...``, ``По итогам совещания решили ...``): the impersonal plural tells
what the sitting decided, so a decision verb there decides (`triggers.decision_at`)."""

SESSION_NOUNS: tuple[str, ...] = (
    "заседание",
    "заседании",
    "заседанием",
    "сессии",
    "сессия",
    "сессией",
    "совещании",
    "коллегии",
)
"""Nouns of a body's sitting: an authority in the genitive after one (``на заседании
комиссии``) is the body that decided."""

CLAUSE_OPENER_PATTERN = (
    r"(?:(?:по|в|во|на|до|из|от|для|через|под|над|возле|после|с|со)\s+)?"
    r"(?:котор(?:ый|ая|ое|ые|ого|ой|ых|ому|ым|ыми|ую|ом)|что|где|куда|когда)"
)
"""The word that opens a relative or subordinate clause after a comma (``больницу, которую
...``): a clause that tells another event names that event's actors, not the sentence's."""

RELATIVE_PRONOUN_PATTERN = r"(?:котор\w+)"
"""Relative pronouns (``с энергетиками, которые вернулись в Запорожье, где ...``): a clause
they open tells of someone else, so a ``где`` after it says nothing of the event's place."""

STATEMENT_VERB_PATTERN = (
    r"(?:сообщили|сообщают|заявили|рассказали|отметили|подчеркнули|уточнили|добавили"
    r"|пояснили|подтвердили|информируют|говорят)"
)
"""Plural speech verbs right after ``в <Name>`` (``В Нафтогазе сообщили``): the name is the
body whose staff made the statement, not a place where the event was."""

SUBORDINATE_WORDS: tuple[str, ...] = (
    "что",
    "почему",
    "когда",
    "кто",
    "где",
    "который",
    "которая",
    "которое",
    "которые",
    "которого",
    "которой",
    "которых",
    "которому",
    "котором",
    "которым",
)
"""Words that open a subordinate clause after a comma: a decision verb in it is reported or
describes a noun (``банков, которые могут предоставлять``), not the sentence's event."""

FINDING_CONJUNCTIONS: tuple[str, ...] = ("что", "как")
"""Conjunctions after a finding verb that make it report a finding (``суд установил, что``)."""

SUBJECT_PRONOUNS: dict[str, str] = {"он": "masc", "она": "femn"}
"""Personal pronouns in the nominative, with their gender: the subject of an event's verb that
stands for the person of that gender named last before it (``Там он встретился с ...``)."""

NIGHT_WORDS: tuple[str, ...] = ("ночь", "ночи")
"""``В ночь на 1 февраля``: a night dated by the day it ends on, the event's date."""

PLACE_SECOND_WORDS: tuple[str, ...] = (
    "области",
    "районе",
    "общине",
    "громаде",
    "республике",
    "Республике",
    "Федерации",
    "Штатах",
    "Королевстве",
)
"""Words that may follow a capitalised adjective inside one place name (``Харьковской
области``, ``Купянском районе``)."""

NOT_PLACES: frozenset[str] = LATIN_CHANNEL_NAMES | frozenset(
    {
        "интернет",
        "сеть",
        "эфир",
        "фейсбук",
        "телеграм",
        "ютуб",
        "твиттер",
        "зум",
        "скайп",
        "телеграм-канал",
    }
)
"""Nominatives that follow ``в`` like a place but are media or channels (``в Телеграме``,
``в Telegram-канале``)."""

NOT_ATTACK_PLACES: frozenset[str] = frozenset(
    {"украина", "россия", "рф", "беларусь", "дтп", "гсчс", "гснс", "ова", "ога", "оккупант"}
)
"""Nominatives after ``в/на/по`` in attack reports that are no place of the strike (``по
Украине`` is the whole country)."""

PREPOSITION_SECOND_CASES: dict[str, tuple[str, ...]] = {"на": ("accs",), "в": ("accs",)}
"""Cases a place after a preposition may take when its first case fails (``атака на Одессу``,
``удар в Харьков``)."""

NEUTER_REGION_ENDING = "ье"
"""The ending of neuter region names (``Закарпатье``, ``Приазовье``, ``Полесье``), which the
locative and the accusative keep (``на Закарпатье``, ``в Приазовье``)."""

NEUTER_REGION_KEPT_CASES: frozenset[str] = frozenset({"nomn", "accs", "loct"})
"""Cases in which a neuter region name in `NEUTER_REGION_ENDING` is spelt as in the
nominative."""

REGION_ENDINGS: dict[str, str] = {
    "loct": "щине",
    "datv": "щине",
    "gent": "щины",
    "accs": "щину",
    "ablt": "щиной",
}
"""Case endings of region names in ``-щина`` (``на Харьковщине``, ``по Сумщине``), by case.

The Russian dictionary lists few of them, but they all decline like ``Харьковщина``: a
capitalised word with one of these endings is that region in the given case."""


ANAPHORIC_ACTOR_PATTERN = (
    r"(?:его|ее|её|их|этот\s+\w+|эту\s+\w+|это\s+\w+)\s+(?:\w+\s+)?"
    r"(?:откры|презентова|представи|подписа|приня|утверди|запусти|созда|построи|оборудова"
    r"|отстрои)\w*"
)
"""A sentence that opens with a pronoun object and the event's verb (``Его открыл городской
голова ...``) or the verb that made what was opened (``Его создали горсовет и фонд``) names the
actors of the event just reported."""

SIGNED_PARTY_PATTERN = (
    r"подпис(?:ь|и)\s+(?:\w+\s+){0,2}?постави(?:л|ла|ли)(?![\w\-])"
    r"|постави(?:л|ла|ли)\s+(?:\w+\s+){0,2}?подпис(?:ь|и)(?![\w\-])"
    r"|скрепи(?:л|ла|ли)\s+(?:\w+\s+){0,2}?подпис(?:ью|ями)(?![\w\-])"
    r"|^[\s«\"„“]*(?:от\s+(?:[\w\-]+\s+){0,2}?стороны\s+(?:[\w\-]+\s+){0,3}?"
    r"|со\s+стороны\s+(?:[\w\-]+\s+){0,2}?(?:документ|меморандум|соглашение|договор|контракт"
    r"|протокол|декларацию)\s+)подписа(?:л|ла|ли)(?![\w\-])"
)
"""The signing alternatives of `JOINED_PARTY_PATTERN` (``подпись поставил X``, ``скрепили
подписями X и Y``, ``От украинской стороны документ подписал X``: a side, then who signed for
it, at the sentence's start; after ``со стороны``, which also names the side of any act (``Со
стороны оппозиции обращение подписал X``), only with the agreement's document as the
object): the parties of the latest agreement told, however far back."""

CONDUCTED_MEETING_PATTERN = (
    r"^(?:онлайн-)?(?:совещание|встречу|заседание|переговоры)\s+(?:[\w\-]+\s+)?"
    r"(?:провел|провёл|провела|провели|проводил|проводила|проводили|вел|вёл|вела|вели"
    r"|возглавил|возглавила)(?![\w\-])"
)
"""A sentence that opens with the meeting as the object of who held it (``Совещание провел
начальник ОВА X``): the meeting just told, named again with who held it; its parties, however
far back it was told (`JOINED_PARTY_PATTERN`)."""

JOINED_PARTY_PATTERN = (
    r"(?:(?:принял|принима)(?:а|и)?\s+участие|участие\s+(?:в|во)\s+\w+(?:\s+\w+)?\s+"
    r"(?:принял|принима)(?:а|и)?|участвова(?:л|ла|ли)|присутствова(?:л|ла|ли)"
    r"|^(?:вместе|совместно)\s+(?:с|со)(?![\w\-])(?!\s+(?:тем|этим)(?![\w\-])))"
    r"|сопровожда(?:л|ла|ли|ет|ют)(?![\w\-])|в\s+сопровождении"
    r"|^(?:гостей|делегацию)\s+(?:\w+\s+)?(?:принял|приняла|приняли|встретил|встретила|встретили)"
    r"(?![\w\-])"
    r"|" + CONDUCTED_MEETING_PATTERN + "|" + SIGNED_PARTY_PATTERN
)
"""A sentence with no trigger of its own that names more parties of the event just told: who
took part (``В церемонии приняли участие ...``, ``присутствовали``) or came with its actor
(``Вместе с городским головой X министр осмотрел ...``, at the sentence's start; not the
connective ``Вместе с тем``, "however"; ``Министра сопровождал городской голова X``) or hosted
it (``Гостей принял городской голова X``) or signed it (``Со стороны области подпись поставил
глава ОВА X``: the signatories of the agreement just told)."""

PARTNER_BEFORE_PATTERN = r"(?<![\w\-])(?:с|со)\s+(?:[\w\-]+\s+){0,2}$"
"""The comitative ``с`` and up to two words (``с руководством``) just before a name: in the
parties' talks the one talked with; a name the discussion verb governs otherwise
(``обсудили восстановление лицея № 3``) is what was discussed, no party."""

SCHEDULED_FROM_PATTERN = (
    r"(?<![\w\-])(?:с|со)\s+\d{1,2}(?:-го)?\s+(?:"
    + "|".join(forms[1] for forms in MONTHS)
    + r")(?![\w\-])(?!\s+\d)"
)
"""The day a change takes effect from (``с 1 декабря``, no year): an organisation that opens its
sentence and does something from that day (``АО «Энергосбыт» с 1 декабря запускает ...``)
announces the change."""

OPENING_CEREMONY_PATTERN = (
    r"(?:^|(?<=\s))(?:в|во|на)\s+(?:торжественн\w*\s+)?(?:церемони\w*\s+)?"
    r"(?:церемони|открыти|презентаци)\w*"
)
"""The opening a sentence of those who took part names (``В открытии лицея приняли участие
X``): parties of the opening or presentation told, however far back."""

MEETING_JOINED_PATTERN = (
    r"(?:^|(?<=\s))(?:в|во|на)\s+(?:(?:рабоч|онлайн|выездн|совместн)\w*\s+)?"
    r"(?:совещани|встреч|переговор)\w*"
)
"""The meeting a sentence of those who took part names (``Участие в совещании
приняли X``, ``Во встрече участвовали ...``): its parties, however far back it was told."""

SPOKEN_AT_EVENT_PATTERN = (
    r"(?:^|(?<=\s))(?:на|во\s+время|в\s+ходе|после|по\s+итогам)\s+(?:торжественн\w*\s+)?"
    r"(?:церемони\w*\s+)?(?:рабоч\w*\s+)?(?:(?P<opening>открыти|(?P<bare>церемони|презентаци))"
    r"|(?P<meeting>совещани|встреч))\w*"
)
"""The event an attribution of someone's words puts them at (``«...», — сказал на открытии
X``, ``— отметила во время совещания X``): the speaker was there, a party of that
event (an opening or presentation by ``opening``, a meeting by ``meeting``). A ceremony or a
presentation (``bare``) with a complement of its own (``на церемонии награждения``, ``на
презентации бюджета``) is another event; only the bare noun is the one told."""

ATTENDED_EVENT_PATTERN = (
    r"(?:^|(?<=\s))(?:на|во\s+время)\s+(?:церемонии\s+)?(?:открыти|церемони|презентаци|торжеств"
    r"|мероприяти|заседани|совещани)\w*\s+(?:[\w\-]+\s+){0,2}?(?:побыва|посети)\w*"
    r"|(?:побыва|посети)\w*\s+(?:[\w\-]+\s+){0,2}?(?:на\s+)?(?:церемони\w*\s+)?(?:открыти"
    r"|церемони|презентаци|торжеств|мероприяти|заседани|совещани)\w*"
)
"""A visit verb whose place is an event (``На открытии побывали X и Y``, ``посетили открытие``):
who attended the event just told, its parties, not a visit of their own."""

SCENE_ARRIVAL_PATTERN = (
    r"(?:прибыл|прибыла|прибыли|приехал|приехала|приехали)\s+(?:\w+\s+){0,2}?на\s+место"
    r"(?![\w\-])|на\s+место(?:\s+(?:вызова|происшествия|пожара|ДТП|трагедии|событий"
    r"|аварии|взрыва))?\s+(?:\w+\s+){0,2}?(?:прибыл|прибыла|прибыли|приехал|приехала|приехали)"
    r"(?![\w\-])"
)
"""Arriving at the scene (``На место вызова прибыли 20 спасателей``): rescuers or police
answering an emergency, no visit."""

VISIT_DAY_OPENERS: tuple[str, ...] = (
    "во второй день",
    "на второй день",
    "в третий день",
    "на третий день",
    "в последний день",
    "в заключительный день",
    "на следующий день",
)
"""Words that open a sentence of a later day of a visit (``Во второй день гости посетили ...``):
more of the visit just told, not a visit of its own."""

EVENT_NOUNS: tuple[str, ...] = (
    "подписание",
    "встреча",
    "церемония",
    "заседание",
    "совещание",
    "переговоры",
    "мероприятие",
    "презентация",
    "открытие",
    "конференция",
)
"""Nouns of an event that open a sentence about how the event just told went (``Подписание
прошло онлайн.``): the mode it states is that event's."""

ATTACK_CONTEXT_PATTERN = (
    r"(?:воздушн\w*\s+тревог\w*|тревог[аиу]|ПВО|противовоздушн\w*|оккупант\w*|враг\w*"
    r"|россиян\w*|рашист\w*|арми[яи]\s+рф|российск\w*\s+(?:арми|войск|оккупант))"
)
"""Words of war: in an item with them, explosions with no other cause named are a strike
(``Во время воздушной тревоги в Харькове прогремели взрывы``)."""

BLAST_CAUSE_PATTERN = r"(?:газ|газа|газом|котл\w*|баллон\w*|бытов\w*|боеприпас\w*|мина|мину|мины)"
"""Stated causes of an explosion that is no strike of the day (``взрыв газа``, an old mine)."""

FIRE_CAUSE_PATTERN = (
    r"(?:проводк\w*|коротк\w*\s+замыкани\w*|замыкани\w*\s+электропроводк\w*"
    r"|неосторожн\w*\s+обращени\w*\s+с\s+огн\w*|обогревател\w*|окурк\w*"
    r"|поджог(?:а|ом|е|и|ов)?(?![\w\-]))"
)
"""Stated causes of a fire that no strike set (``из-за неисправной проводки``, ``поджог``):
such a fire in an item that reports an attack is an emergency of its own. Arson is the noun
only: the verb (``обломки дрона подожгли дом``, ``поджег``) has the strike as its subject
as often."""

ANOTHER_EVENT_PATTERN = r"(?:еще|ещё)\s+(?:одн[оауйи]|один|одного|одной)(?![\w\-])"
"""``Еще одно ДТП произошло ...``: with a trigger in the next two words, the sentence tells another
event of its kind, not more of the one before; it and the rest of its paragraph are that other
event's (``ранен еще один человек`` names no event)."""

REMINDER_ASIDES: tuple[str, ...] = ("напомним", "напомню")
"""`lexicon.REMINDER_ASIDES` of Russian (``Напомним, в конце сентября в результате атаки на
Николаев ...``)."""

WRITER_ASIDES: tuple[str, ...] = (
    "напомним",
    "отметим",
    "добавим",
    "уточним",
    "заметим",
    "подчеркнем",
    "подчеркнём",
)
"""The writer's own first person plural that opens a sentence (``Напомним, накануне ...``,
``Отметим, что исполком также утвердил ...``): an aside of the report itself, so what follows
is its narration (not someone's reported speech), and an earlier time right after it opens the
sentence as it would alone."""

EARLIER_OPENERS: tuple[str, ...] = (
    "накануне",
    "вчера",
    "позавчера",
    "ранее",
    "днем ранее",
    "днём ранее",
    "днем раньше",
    "днём раньше",
    "за день до этого",
    "за сутки до этого",
)
"""Words that open a sentence about an earlier time than the item's first event (``Накануне
вечером враг обстрелял ...``, ``Ранее ...``), read by `places.earlier_time` for two rules: a
paragraph after the lede that opens so tells another day's event of its own, never merged with
the lede's; a later sentence that opens so within a strike's report names another strike's
places, not that one's.
"""

OTHER_DAY_WORDS: tuple[str, ...] = (
    "накануне",
    "вчера",
    "позавчера",
    "завтра",
    "послезавтра",
)
"""Relative day words that place an event on another day than the report's (``Накануне
вечером ...``, ``вчера``): an event its own sentence places so borrows no date from the lede
or the dateline, because that date is the report's, and a relative word gives no date."""

LATER_OPENERS: tuple[str, ...] = (
    "утром",
    "днем",
    "днём",
    "вечером",
    "ночью",
    "позже",
    "позднее",
    "затем",
    "потом",
    "впоследствии",
    "в тот же день",
    "в этот же день",
    "в тот же вечер",
    "тем же вечером",
    "после обеда",
    "после полудня",
    "в полдень",
    "около полуночи",
    "во второй половине дня",
)
"""Words that open a sentence with another time of the item's day (``Днем оккупанты обстреляли
...``, ``Позже беспилотники ударили по ...``), after `LATER_OPENER_PREFIXES` or not: a
paragraph after the lede that opens so with a strike on a place of its own tells another strike
(`uanews.parser.events._drafts`).
"""

CLOCK_OPENER_PATTERN = r"(?:(?:около|примерно|в|во)\s+)?\d{1,2}:\d{2}(?!\d)"
"""A clock time that may open a sentence as `LATER_OPENERS` do (``Около 15:00 враг ...``,
``В 9:20 ...``): another time of the item's day."""

LATER_OPENER_PREFIXES: tuple[str, ...] = ("также", "а", "кроме того,", "и")
"""Words that may stand before a `LATER_OPENERS` time (``Также утром ...``)."""

ADDED_STRIKE_PREFIXES: tuple[str, ...] = (
    "также",
    "кроме того,",
    "помимо того,",
    "помимо этого,",
    "отдельно",
)
"""Words of addition before a `LATER_OPENERS` time (``Кроме того, утром оккупанты
обстреляли ...``): one more strike, even on a place named before; ``Отдельно`` (separately)
says outright that it is told apart (``Отдельно вечером атаке подвергся район``)."""

ADDED_STRIKE_PERIODS: tuple[str, ...] = (
    "за прошедшие сутки",
    "за минувшие сутки",
    "в течение суток",
    "в понедельник",
    "во вторник",
    "в среду",
    "в четверг",
    "в пятницу",
    "в субботу",
    "в воскресенье",
)
"""Times of a whole day or a weekday after a word of addition (`ADDED_STRIKE_PREFIXES`:
``Также за прошедшие сутки оккупанты обстреляли ...``, ``Кроме того, в четверг вечером
...``): one more strike added to the one told."""

AGAIN_WORDS: tuple[str, ...] = (
    "снова",
    "опять",
    "вновь",
    "повторно",
    "еще раз",
    "ещё раз",
    "вторично",
)
"""Words that tell a strike again (``Утром враг снова обстрелял окраины``): a later-time
strike sentence with them and no place of its own goes on with the strike told."""

NIGHT_TIMES: tuple[str, ...] = (
    "ночью",
    "в полночь",
    "около полуночи",
    "после полуночи",
)
"""Words of a night time in a later strike's sentence (``Позже, около полуночи, ...``):
the night may be the next day's, so the strike takes no date from the lede
(`uanews.parser.events._StrikesTold.place`).
"""

BACK_REFERENCE_OPENERS: tuple[str, ...] = (
    "об этом",
    "соответствующее",
    "соответствующая",
    "соответствующий",
    "соответствующую",
    "соответствующие",
    "решение",
    "определение",
    "постановление",
    "согласно решению",
    "согласно определению",
    "согласно постановлению",
    "в соответствии с решением",
    "в соответствии с постановлением",
)
"""How a sentence that points back at the one before opens (``Об этом свидетельствует ...``,
``Соответствующее распоряжение появилось 26 мая``; the decision as a document, ``Решение
принято 9 марта``, ``Согласно решению от 3 апреля, ...``: it dates the decision before)."""

COURT_DOCUMENT_PATTERN = (
    r"(?:определени|решени|постановлени|приговор)\w*\s+(?:[\w'’ʼ\-«»]+\s+){0,4}?суд(?:а|ов|ом)"
)
"""A court's ruling named as a document (``определение Печерского районного суда от 8
февраля``): its date and court belong to the decision the text tells."""

COURT_PATTERN = r"суд(?:а|у|ом|е|ы|ов)?"
"""The word for a court in each of its forms (``суд``, ``суда``, ``судом``)."""

FUTURE_WORDS: tuple[str, ...] = (
    "будет",
    "будут",
    "состоится",
    "состоятся",
    "пройдет",
    "пройдёт",
    "пройдут",
    "продлится",
    "продлятся",
    "стартует",
    "откроется",
    "откроют",
    "планирует",
    "планируют",
    "планируем",
    "запланировано",
    "запланирована",
    "запланирован",
    "запланированы",
    "запланированное",
    "запланированный",
    "запланированная",
    "запланировали",
    "должна состояться",
    "должно состояться",
    "должны состояться",
    "вскоре",
    "в ближайшее время",
    "ожидается",
    "ожидаются",
    "прогнозируют",
    "прогнозируется",
    "синоптики",
)
"""Words that put a sentence in the future: a weak trigger there is a plan or a forecast."""

LIST_STOP_WORDS: tuple[str, ...] = (
    "а",
    "но",
    "который",
    "которая",
    "которое",
    "которые",
    "которого",
    "которой",
    "которых",
    "что",
    "где",
    "когда",
    "ведь",
    "поскольку",
    "поэтому",
    "также",
    "в частности",
    "прежде всего",
    "в",
    "во",
    "на",
    "для",
    "под",
)
"""Words that end a topic of a topic list (``обсудили ремонт дорог, которые ...``)."""

PROTECTED_FROM_PATTERN = (
    r"(?:(?:безопасн|защит|защищ|обезопас|оберега|уберечь|уберег|устойчив)\w*"
    r"|оборон(?:а|ы|е|у|ой)(?![\w\-]))"
    r"(?P<between>(?:\s+[\w\-«»\"]+){0,4}?)\s+(?:от|к)\s+(?:[\w\-]+\s+)?$"
)
"""A protection word and ``от`` just before a strike or emergency word (``защита
складов от ударов дронов``, ``укрытие для защиты от обстрелов``): the threat guarded against,
not a strike that happened. Only nouns and verbs of protection (not ``оборонный``, not
``укрытие``); a finite verb in ``between`` (``предприятие пострадало от удара``) makes ``от``
one of cause."""

NOT_MILITARY_ATTACK_WORDS: tuple[str, ...] = (
    "хакерская",
    "хакерскую",
    "хакерской",
    "хакерские",
    "хакерских",
    "кибератака",
    "кибератаку",
    "кибератаки",
    "ddos",
    "ddos-атака",
    "фишинговая",
    "паническая",
    "панической",
    "сердечный",
    "сердечного",
    "астмы",
    "аллергии",
    "атаковала ворота",
    "атаковали ворота",
)
"""Words that make an ``атака`` a cyber, medical or sports one rather than a military strike."""

PLURAL_SETTLEMENT_NOUNS: dict[str, str] = {
    "селах": "loct",
    "селам": "datv",
    "села": "accs",
    "сёла": "accs",
    "сел": "gent",
    "поселках": "loct",
    "посёлках": "loct",
    "поселкам": "datv",
    "посёлкам": "datv",
    "поселки": "accs",
    "посёлки": "accs",
    "поселков": "gent",
    "посёлков": "gent",
    "городах": "loct",
    "городам": "datv",
    "города": "accs",
    "городов": "gent",
}
"""Plural settlement nouns before a list of names (``в селах Петровка и Ивановка``,
``обстреляли села Зоряное и Покровское``) and the case the names take when they agree with
the noun rather than keep their nominative."""

RELATIONAL_ADJECTIVE_PATTERN = r"\w+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)"
"""A relational adjective of a country or region (``польский``, ``немецкий``) that may
stand between a verb of visiting and the town it places (``посетил польский Хелм``)."""

SETTLEMENT_GROUP_PATTERN = r"(?:населенн\w*\s+пункт\w*|населённ\w*\s+пункт\w*)"
"""A plural noun phrase of settlements of any kind (``населенные пункты``, ``населенных
пунктов``) that may head a list of their names after a colon, like `PLURAL_SETTLEMENT_NOUNS`."""

PLURAL_PLACE_HEADS: dict[str, tuple[tuple[str, str], ...]] = {
    "районах": (("районе", "loct"),),
    "районам": (("району", "datv"),),
    "районов": (("района", "gent"),),
    "районы": (("район", "nomn"), ("район", "accs")),
    "областях": (("области", "loct"),),
    "областям": (("области", "datv"),),
    "областей": (("области", "gent"),),
    "области": (("область", "nomn"), ("область", "accs")),
    "общинах": (("общине", "loct"),),
    "общинам": (("общине", "datv"),),
    "общин": (("общины", "gent"),),
    "общины": (("община", "nomn"), ("общину", "accs")),
    "громадах": (("громаде", "loct"),),
    "громадам": (("громаде", "datv"),),
    "громад": (("громады", "gent"),),
    "громады": (("громада", "nomn"), ("громаду", "accs")),
}
"""Plural heads of coordinated places (``в Купянском и Изюмском районах``, ``по Салтовскому и
Киевскому районам``, ``обстреляли Марганецкую и Покровскую громады``) and the singulars, each
with its case, that each adjective may agree with: the first that all the adjectives agree with
gives their nominatives."""

LIST_CONJUNCTIONS: tuple[str, ...] = ("и",)
"""Conjunctions that join the last item of a list (``Купянском и Изюмском районах``)."""

PLACE_LIST_STOP_WORDS: tuple[str, ...] = (*LIST_CONJUNCTIONS, "в", "во", "на", "с", "со")
"""Words that end a place name in a list after an under-fire phrase: a conjunction or a
preposition is never its second word (``Изюм и Купянск``, ``Херсон в``)."""

YEARS_AGO_PATTERN = r"(?:год|года|лет)\s+назад"
"""A time a year or more ago (``два года назад``): a strike or an emergency then is history,
even where no publication date lets the phrase be dated."""

FORECAST_WORDS: tuple[str, ...] = (
    "возможны",
    "возможен",
    "возможна",
    "ожидается",
    "ожидаются",
    "прогнозируют",
    "прогнозируется",
    "синоптики",
    "предупреждают",
    "угроза",
    "угрозу",
    "угрозы",
    "должен был произойти",
    "должна была произойти",
    "могла произойти",
    "мог произойти",
    "могло произойти",
    "могла случиться",
    "мог случиться",
    "могло случиться",
)
"""Words of a forecast, a threat or what might have been: a strike or an emergency in their
sentence has not happened (``Возможны подтопления``, ``угроза ракетного удара``, ``мог
произойти пожар``), even with an explicit trigger."""

HABITUAL_WORDS: tuple[str, ...] = (
    "ежедневно",
    "каждый день",
    "каждую ночь",
    "еженедельно",
    "постоянно",
    "регулярно",
    "систематически",
    "то и дело",
    "изо дня в день",
)
"""Words of a repeated action: ``оккупанты ежедневно обстреливают громаду`` is background to
the news, not one strike."""

DENIAL_PATTERN = (
    r"(?:опроверг\w*|не\s+соответству\w*\s+действительности|фейк\w*|ложн\w*|дезинформаци\w*)"
)
"""Words that deny a report: ``Информация о взрыве не соответствует действительности`` states
no event."""

NEGATING_DETERMINERS: tuple[str, ...] = ("никакого", "никакой", "никаких", "ни одного", "ни одной")
"""Words right before a trigger that deny it (``никакого взрыва``), as ``не`` does."""

_NOT_INSTRUMENTAL = r"(?<!ом)(?<!ем)(?<!ами)(?<!ою)(?<!ой)"
"""Not a vehicle in the instrumental (``автобусом прибула делегація``: how the visitors came)."""

_NOT_PREPOSITION = r"(?!(?:на|в|во|с|со|по|для)\s)"
"""A word between an arrival and the vehicles that is no preposition (``прибула делегація на
двох автобусах``: the bus is how the visitors came, not the subject that arrived; ``10 із 40``
counts)."""

DELIVERY_PATTERN = (
    r"(?<![\w\-])(?:прибы(?:л|ла|ло|ли)|приеха(?:л|ла|ло|ли)|поступи(?:л|ла|ло|ли))"
    r"\s+(?:"
    + _NOT_PREPOSITION
    + r"[\w\-]+\s+){0,6}?"
    + _VEHICLES
    + _NOT_INSTRUMENTAL
    + r"|"
    + _VEHICLES
    + _NOT_INSTRUMENTAL
    + r"\s+(?:[\w\-]+\s+){0,4}?(?:прибы(?:л|ла|ло|ли)|приеха(?:л|ла|ло|ли))"
    r"(?![\w\-])"
)
"""Vehicles or goods that arrived (``В Днепр прибыли первые 10 новых троллейбусов``): a delivery,
no visit, whatever place they came to (`triggers.find_triggers`)."""

NOT_ALL_PATTERN = r"(?<![\w\-])не\s+все(?![\w\-])"
"""A subject that not all of a body make (``Не все депутаты поддержали повышение``): a
decision verb after it tells a split, not that the body decided (`triggers.decision_at`)."""

DENIED_AFTER_PATTERN = (
    r"(?:\s+(?:в|во|на|по|возле))?(?:\s+(?-i:[А-ЯЁ])[\w'’ʼ\-]*){0,2}"
    r"\s+не\s+(?:было|произошло|случилось|зафиксировано|выявлено"
    r"|подтвердил\w*)(?=\s*(?:[.,;:!?)]|$))"
)
"""What after a trigger denies it, ending its clause: ``взрыва не было``, ``обстрелов Житомира
не зафиксировано``; a place may stand between, a casualty word may not (``во время пожара
пострадавших не было`` tells of a fire)."""

TAKEN_TO_HOSPITAL_PATTERN = (
    r"(?:госпитализирова\w*|доставили|доставлен\w*|доставлено|отвезли|отвезен\w*|перевезли"
    r"|перевезен\w*|транспортирова\w*)"
)
"""Verbs of taking the hurt to a hospital (``их госпитализировали в Сумах``): a place later in
their clause is where they were treated, not a place struck."""

OUTAGE_PATTERN = (
    r"(?:без\s+(?:света|электричества|электроснабжения|электроэнергии|тепла|теплоснабжения"
    r"|газа|газоснабжения|воды|водоснабжения|связи)|обесточен\w*|обесточил\w*)"
)
"""Words of a supply cut off (``без света остались абоненты в X``, ``обесточены Y``): a place
later in their sentence is where the outage reached, not a place struck or burning."""

PERIOD_START_PREPOSITIONS: tuple[str, ...] = ("с", "со", "от")
"""Prepositions of the day something starts from (``з 1 березня``, ``с 1 марта``): in a sentence
about the future it is when a change takes effect, not when the event it reports happened."""

AGREED_PATTERN = r"(?:договорил(?:ись|ся|ась)|пришли\s+к\s+согласию)(?![\w\-])"
"""The verb of an agreement reached (``Кроме того, стороны договорились подготовить ...``): after a
word of addition it tells one more agreement of those who met."""

PARTIES_WORDS: frozenset[str] = frozenset({"стороны", "обе", "участники"})
"""Words that open a sentence about the parties of the meeting just told (``Стороны
договорились о ...``): its agreement is theirs."""

MET_AT_WORDS: frozenset[str] = frozenset(
    {"встречи", "переговоров", "совещания", "заседания", "консультаций"}
)
"""Genitives of a meeting after the parties (``Участники встречи договорились ...``): those who
took part in the meeting just told, not others' parties (``Стороны конфликта``)."""

CIRCUMSTANCE_OPENERS: tuple[str, ...] = ("во время", "в ходе", "по итогам", "по результатам")
"""Words that open a sentence with the meeting it happened at (``Во время встречи стороны
договорились ...``): the parties after them are those of the meeting just told."""

REPORTED_BACK_PATTERN = r"об\s+этом(?![\w\-])"
"""``Об этом сообщили ...``: a back reference to what was told (a report's
source), not to a decision as a document (`events._undated_decision`)."""

# --- Event fields, tenth pass (fields10): more periods of a statistic ------------------------

STATISTIC_PERIOD_MORE_PATTERN = (
    r"(?:от\s+начала\s+(?:(?:этого|текущего)\s+)?(?:года|месяца|войны)"
    r"|в\s+этом\s+(?:месяце|году)|за\s+этот\s+(?:месяц|год)"
    r"|в\s+течение\s+(?:этого|текущего)\s+(?:года|месяца))"
)
"""More periods of many events (`STATISTIC_PERIOD_PATTERN`): the month or the year so far
(``в этом месяце на дорогах погибли уже девять человек``, ``в течение этого года``)."""

# --- Event fields, eleventh pass (fields11): a weekday names a day of its own ---------------

WEEKDAY_PATTERN = (
    r"(?:(?<![\w'ʼ’])(?:в|во|на)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|(?<![\w'ʼ’])(?:до|с|со)\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья))(?![\w'ʼ’])"
)
"""A weekday the sentence names (``Во вторник мэр посетил лицей``, ``в ночь на воскресенье``):
a day of its own, not the dateline's, which a bare weekday does not resolve (the guidelines
give a relative word no date), so an event told with one borrows no date from the dateline
(`dates.names_a_day`)."""

# --- Event fields, eleventh pass (fields11): an event told at another event told -----------

TOLD_EVENT_PATTERN = (
    r"(?<![\w'ʼ’])(?:на|во\s+время|по\s+итогам|по\s+результатам|после|в\s+ходе"
    r"|по\s+завершении)\s+(?P<noun>открытие|открытии|открытия|презентации|презентацию"
    r"|встречи|встрече|совещания|совещании|переговоров|переговорах|заседания|заседании"
    r"|визита|визите)(?![\w'ʼ’])"
)
"""A circumstance that names an event by its noun (``На открытие приехал министр``, ``Во время
открытия подписали соглашение``, ``По итогам встречи стороны подписали``): the event of the
sentence happened at that one, so where it was (`TOLD_EVENT_KINDS` gives its kind)."""

TOLD_EVENT_KINDS: dict[str, EventKind] = {
    "открытие": EventKind.PRESENTATION,
    "открытии": EventKind.PRESENTATION,
    "открытия": EventKind.PRESENTATION,
    "презентации": EventKind.PRESENTATION,
    "презентацию": EventKind.PRESENTATION,
    "встречи": EventKind.MEETING,
    "встрече": EventKind.MEETING,
    "совещания": EventKind.MEETING,
    "совещании": EventKind.MEETING,
    "переговоров": EventKind.MEETING,
    "переговорах": EventKind.MEETING,
    "заседания": EventKind.MEETING,
    "заседании": EventKind.MEETING,
    "визита": EventKind.VISIT,
    "визите": EventKind.VISIT,
}
"""The kind of event each noun of `TOLD_EVENT_PATTERN` names."""

# --- Event parties, thirteenth pass (eventparts13): a body named by a common noun -----------

BODY_NOUN_REFERENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "депутат": (("совет",), ("горсовет",), ("облсовет",), ("райсовет",)),
    "сессия": (("совет",), ("горсовет",), ("облсовет",), ("райсовет",)),
    "горсовет": (("городской", "совет"), ("горсовет",)),
    "облсовет": (("областной", "совет"), ("облсовет",)),
    "райсовет": (("районный", "совет"), ("райсовет",)),
    "правительство": (("кабинет",), ("кабмин",)),
    "кабмин": (("кабинет",),),
    "исполком": (("исполнительный", "комитет"),),
}
"""Lemmas of common nouns that name a body the item names in full, each with the lemmas the
full name's head holds (its adjectives and first noun), any one set of them (``депутаты``
and ``сессия`` of ``Николаевский городской совет``, ``правительство`` of ``Кабинет министров
Украины``): the noun standing alone is a mention of that body."""

MET_GROUP_NOUNS: frozenset[str] = frozenset(
    {
        "руководитель",
        "глава",
        "директор",
        "начальник",
        "врач",
        "фермер",
        "аграрий",
        "волонтёр",
        "волонтер",
        "житель",
        "ректор",
        "предприниматель",
        "перевозчик",
        "староста",
        "председатель",
        "учёный",
    }
)
"""Lemmas of nouns of people who meet as a group, named by what they are in the plural
(``совещание с руководителями областных департаментов``, ``встреча с главными врачами``)."""

MET_GROUP_PREPOSITIONS: frozenset[str] = frozenset({"с", "со"})
"""The comitative prepositions that name whom a meeting was held with."""
