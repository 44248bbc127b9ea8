"""Russian word lists for people, roles and organisations (data only, no logic).

Every name mirrors the Ukrainian entry of the same name in `uanews.parser.participants.lexicon`;
the rules read one or the other through `uanews.parser.language.pick`, as the item's language
says. Entries are lemmas of the Russian dictionary (``мэр``, ``глава``, ``пресс-служба``).
"""

from __future__ import annotations

__all__ = [
    "ACRONYMS",
    "ACRONYM_COUNTRIES",
    "AGAINST_PREPOSITIONS",
    "AGE_ADJECTIVE_ENDINGS",
    "AMBIGUOUS_ROLE_NOUNS",
    "APPOINTING_VERBS",
    "BACK_REFERENCE_NOUNS",
    "BOARD_NOUNS",
    "BORDER_NOUNS",
    "BUILDING_NOUNS",
    "CAPACITY_NOUNS",
    "CHAIN_NOUNS",
    "CLAUSE_ADVERBS",
    "COLLECTIVE_NOUNS",
    "COMITATIVE_PREPOSITIONS",
    "COORDINATORS",
    "COUNTRY_NOUNS",
    "DATELINE_LABELS",
    "DEFINITE_BODY_HEADS",
    "DEPARTMENT_NOUNS",
    "DEPUTY_PREFIXES",
    "DIPLOMATIC_MISSION_NOUNS",
    "ESTABLISHMENT_NOUNS",
    "FACILITY_ACRONYMS",
    "FEMININE_ROLE_ENDINGS",
    "FEMININE_SURNAME_ENDINGS",
    "FIELD_BODY_HEADS",
    "FIELD_DEPARTMENT_NOUNS",
    "FIELD_NOUNS",
    "FIELD_PREPOSITIONS",
    "FORCE_OWNER_ADJECTIVES",
    "GENERIC_ORGANIZATION_ADJECTIVES",
    "GENITIVE_NAME_ENDINGS",
    "GENITIVE_PREPOSITIONS",
    "GROUP_NOUNS",
    "HOST_SEATS",
    "INDECLINABLE_NAME_ENDINGS",
    "INSTITUTION_HEADS",
    "INSTRUMENTAL_COMPLEMENT_ROLES",
    "INSTRUMENTAL_HEADS",
    "INSTRUMENTAL_NAME_ENDINGS",
    "JOINED_ROLE_PREFIXES",
    "LEGAL_FORMS",
    "LOCATIVE_PREPOSITIONS",
    "MASCULINE_SURNAME_ENDINGS",
    "MATCH_NOUNS",
    "MATCH_VERBS",
    "MEMBER_NOUNS",
    "NAMED_AFTER_HEADS",
    "NAMED_AFTER_WORDS",
    "NAMED_DIVISION_NOUNS",
    "NAMELESS_STUMP_PREFIXES",
    "NAME_ABBREVIATIONS",
    "NAME_APPOSITION_NOUNS",
    "NAME_BLOCKERS",
    "NAME_PARTICLES",
    "NAME_PARTICLES_ALONE",
    "NATIONAL_SERVICE_NOUNS",
    "NEWS_AGENCIES",
    "NON_ORGANIZATION_NAMES",
    "NOT_FIELD_NOUNS",
    "NUMBERED_INSTITUTION_NOUNS",
    "ORGANIZATION_ACRONYMS",
    "ORGANIZATION_NOUNS",
    "OTHER_ACRONYMS",
    "OUTLET_NAMES",
    "PERSON_LOCATIVE_PREPOSITIONS",
    "PLACE_ADJECTIVE_SUFFIXES",
    "PLACE_NAME_ABBREVIATIONS",
    "PLACE_NAME_MARKERS",
    "PLACE_NOUNS",
    "PLAYER_NOUNS",
    "PLURAL_ORGANIZATION_NOUNS",
    "PRESS_CONTACT_NOUNS",
    "PRESS_SERVICE_NOUNS",
    "PRESS_TITLE_NOUNS",
    "PROFESSION_ENDINGS",
    "PROPER_ADJECTIVE_ENDINGS",
    "PUBLIC_LEGAL_FORMS",
    "RELATIONAL_ENDINGS",
    "REPRESENTATION_PREPOSITIONS",
    "ROLE_MODIFIERS",
    "ROLE_NOUNS",
    "ROLE_PREFIXES",
    "ROLE_SYNONYMS",
    "SECTOR_ROLE_NOUNS",
    "SETTLEMENT_ABBREVIATIONS",
    "SETTLEMENT_ROOTS",
    "SOURCE_PHRASES",
    "STATE_BODY_NOUNS",
    "STATE_FORM_NOUNS",
    "STATE_TITLE_NOUNS",
    "STATUS_MODIFIERS",
    "STUMP_HEADS",
    "STUMP_ORGANIZATION_NOUNS",
    "SUBSIDIARY_NOUNS",
    "TEAM_NOUNS",
    "TERRITORIAL_ADJECTIVES",
    "TERRITORIAL_SERVICE_ACRONYMS",
    "TERRITORY_PREPOSITIONS",
    "TIME_NOUNS",
    "TITLE_NOUNS",
    "TRADE_NOUNS",
    "UNION_OF_STATES_ACRONYMS",
    "UNION_OF_STATES_NAMES",
    "UNIT_ACRONYMS",
    "UNIT_HEAD_ROLES",
    "UNIT_KIND_ADJECTIVES",
    "UTILITY_CASE_ENDINGS",
    "UTILITY_NOUNS",
    "UTILITY_STEMS",
    "VEHICLE_NOUNS",
    "WEAPON_ACRONYMS",
]


def _words(text: str) -> frozenset[str]:
    """Return the set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


ROLE_NOUNS: frozenset[str] = _words(
    """
    адвокат академик активист актёр актер актриса аналитик архитектор атташе банкир бухгалтер
    бизнесмен преподаватель волонтёр волонтер учитель учительница военный вице-мэр вице-президент
    вице-премьер вице-премьер-министр гендиректор генерал генпрокурор глава голова губернатор
    еврокомиссар комиссар
    депутат детектив дипломат директор директриса дирижёр дирижер доцент драматург экономист
    эксперт журналист журналистка заведующий основатель заместитель капитан руководитель
    командир командующий композитор консул координатор врач лесничий майор медик менеджер мэр
    митрополит музыкант министр нардеп учёный ученый начальник нотариус офицер
    педагог писатель поэт полковник политолог полицейский чиновник посол правозащитник
    представитель президент премьер премьер-министр прокурор проректор профессор
    предприниматель подрядчик советник режиссёр режиссер ректор спикер пресс-секретарь
    спасатель священник секретарь сенатор сержант синоптик скульптор следователь солдат
    социолог специалист спортсмен спортсменка биатлонист биатлонистка тяжелоатлет
    тяжелоатлетка легкоатлет легкоатлетка куратор кураторка певец певица соучредитель сооснователь
    тренер уполномоченный управляющий фермер фотограф художник член юрист епископ инженер
    инспектор историк председатель комендант омбудсмен судья артист исследователь мастер атаман
    трейдер
    аграрий водитель водолаз взрывотехник горняк дорожник железнодорожник коммунальщик машинист
    медсестра механик монтажник пиротехник пилот пожарный рабочий сапёр сапер санитар сварщик
    строитель
    терапевт фельдшер хирург педиатр шахтёр шахтер электрик
    газовик таксист дознаватель правоохранитель силовик энергетик патрульный
    бургомистр бурмистр примар войт
    главврач главбух главред
    охранник охранница сторож пограничник огнеборец таможенник нацгвардеец
    лейтенант подполковник адмирал
    вратарь голкипер полузащитник форвард наставник
    конструктор астроном агроном декан
    корреспондент корреспондентка кондуктор диспетчер ювелир парикмахер электромонтёр
    электромонтер монтёр монтер ресторатор налоговик рекрутер
    """
)
"""Nouns that name a position or occupation (``глава``, ``посол``, ``мэр``, ``председатель``),
professions naming the people who work in them included (``водитель``, ``строители``,
``спасатели``, ``газовики``, ``таксисты``, ``дознаватели``; ``патрульные``, ``военные``: adjectives
used as nouns), as the annotation guidelines tag
them. ``энергетик`` shares forms with the sector's name: see `SECTOR_ROLE_NOUNS`.

The heads of foreign municipalities (``бургомистр`` and its Polish form ``бурмистр``,
``примар``, ``войт``), the clipped
titles of a staff's head (``главврач``), guards and the uniformed services (``охранник``,
``пограничник``, ``огнеборец``), ranks, a team's playing positions and its coach (``вратарь``,
``наставник``; not ``нападающий``, whose participle forms are any attacker's) are the
Ukrainian list's families. Left out as there: ``работник``, ``сотрудник``, ``студент``,
``ветеран``, ``персонал``, players named by their sport, ``староста`` and ``защитник``.

``голова`` is here for ``городской голова``, the formal title of a city's mayor (``городской``
is a role modifier), as ``міський голова`` is in Ukrainian.
"""

SECTOR_ROLE_NOUNS: frozenset[str] = frozenset({"энергетик"})
"""Role nouns whose forms are also those of a sector's name (``энергетики`` is the workers and
the genitive of ``энергетика``; ``министр энергетики``): a form is the role only when it is no
singular of the sector's noun (``энергетиками``, ``энергетиков``, ``Энергетик``)."""

ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "мэр": frozenset({"голова"}),
    "голова": frozenset({"мэр"}),
    "губернатор": frozenset({"глава"}),
}
"""Role nouns a report uses for the same post: ``мэр`` is the ``городской голова``, and a
region's ``губернатор`` its administration's ``глава`` (``глава Харьковской ОВА``)."""

FEMININE_ROLE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ница", "ник"),
    ("ница", ""),
    ("ка", ""),
    ("иня", ""),
)
"""Endings that make a feminine role noun from a masculine one, with the masculine ending; of
two that fit, the one that gives a listed role noun (``советница`` -> ``советник``,
``заместительница`` -> ``заместитель``)."""

ROLE_MODIFIERS: frozenset[str] = _words(
    """
    исполнительный исполняющий генеральный главный заслуженный бывший городской чрезвычайный
    народный новый новоизбранный областной первый полномочный почётный почетный поселковый
    старший сельский временный действующий
    коммерческий медицинский операционный спортивный творческий финансовый художественный
    младший ведущий дежурный детский лечащий
    """
)
"""Adjectives that may open a role phrase (``Чрезвычайный и Полномочный Посол``), a field's
adjective that `RELATIONAL_ENDINGS` do not tell (``медицинский директор``, ``художественный
руководитель``, ``лечащий врач``) and a post's grade or shift (``ведущий инженер``, ``дежурный
врач``). A participle here matches every form of its own (`roles._is_modifier`)."""

RELATIONAL_ENDINGS: tuple[str, ...] = ("альный", "ичный", "ический", "ейный")
"""Lemma endings of adjectives made from a field's name, or from whom the role serves
(``семейный врач``), which title a role."""

AGE_ADJECTIVE_ENDINGS: tuple[str, ...] = ("летний",)
"""Lemma endings of adjectives of a person's age (``45-летний``): no part of the role."""

STATUS_MODIFIERS: frozenset[str] = _words(
    """
    действующий заслуженный бывший будущий нынешний новый новоизбранный теперешний временный
    тогдашний
    """
)
"""Adjectives before a role that tell when or how someone holds it, not what the role is."""

DEPUTY_PREFIXES: tuple[str, ...] = ("зам",)
"""Clipped prefixes joined to a role noun in the genitive to name its deputy, one word that
does not decline (``замминистра``, ``замглавы``, ``замдиректора``)."""

ROLE_PREFIXES: frozenset[str] = frozenset({"экс", "вице"})
"""Hyphenated prefixes that keep a role noun a role noun (``экс-мэр``, ``вице-премьер``)."""

JOINED_ROLE_PREFIXES: frozenset[str] = frozenset()
"""Prefixes written together with a role noun (none: Russian hyphenates ``вице-мэр``)."""

ORGANIZATION_NOUNS: frozenset[str] = _words(
    """
    агентство администрация аэропорт академия аппарат ассоциация банк блок бюро библиотека
    избирком издательство издание отдел отделение газета хозяйство госпредприятие
    община гимназия департамент госадминистрация диспансер журнал завод железная компания
    кабинет кластер клуб коллегия колледж комбинат комиссия комитет концерн кооператив
    корпорация больница лесхоз лесничество лицей метрополитен музей министерство горисполком
    горсовет объединение облгосадминистрация облсовет организация ячейка офис дворец парламент рада
    пансионат партия прокуратура предприятие совет радиостанция райгосадминистрация райсовет
    редакция секретариат секта служба союз суд сельсовет театр телеканал телекомпания
    общество трест университет управление правительство учреждение училище фабрика федерация
    фонд фракция филиал фирма холдинг центр школа штаб инспекция институт информагентство
    мэрия горадминистрация военная полиция сила шахта рудник посольство консульство палата
    """
)
"""Nouns heading an organisation's name (``компания``, ``департамент``, ``горсовет``)."""

PRESS_TITLE_NOUNS: frozenset[str] = frozenset(
    {
        "правда",
        "курьер",
        "весть",
        "новость",
        "газета",
        "телеграф",
        "экспресс",
        "ведомость",
        "известие",
        "обозреватель",
        "репортер",
        "репортёр",
    }
)
"""Nouns that head the titles of newspapers and news sites (the truth, the courier, the
news): a capitalised name in marks with one of them is an outlet, in any case the sentence
puts it (``«Экономической правде»``, ``«Западного курьера»``). Entries are the dictionary's
lemmas, the singular of a plural title (``новость`` for ``«... новости»``). ``вестник`` (a
herald, also an official bulletin of documents: ``«Вестник госзакупок»``) is left out."""

PRESS_SERVICE_NOUNS: frozenset[str] = frozenset(
    {"пресс-офис", "пресс-служба", "пресс-центр", "пресслужба", "пресс-бюро"}
)
"""Nouns for the office that speaks for an organisation: ``пресс-служба X`` is X itself."""

PRESS_CONTACT_NOUNS: frozenset[str] = frozenset(
    {"журналист", "корреспондент", "комментарий", "интервью", "эфир", "редакция"}
)
"""Nouns of speaking to the press: a name in the genitive or dative after one is the outlet."""

PLACE_NOUNS: frozenset[str] = _words(
    "страна город область район регион посёлок поселок село штат громада уезд"
)
"""Nouns for a place that take its name in apposition, in any case (``города Люблин``)."""

FIELD_NOUNS: frozenset[str] = frozenset({"хозяйство"})
"""Organisation nouns that also name a field of work (``сельское хозяйство``)."""

GROUP_NOUNS: frozenset[str] = _words("бригада группа делегация экипаж коллектив команда миссия")
"""Nouns naming a group of people acting together (``делегация``); a complement must follow."""

COLLECTIVE_NOUNS: frozenset[str] = _words("общественность комьюнити сектор сообщество")
"""Nouns naming a community or sector as a whole (``IT-сектор Харькова``)."""

MEMBER_NOUNS: frozenset[str] = _words("делегат представитель участник член")
"""Nouns for members of a body; in the plural with a named complement they make a group."""

COORDINATORS: frozenset[str] = frozenset({"и", "да"})
"""Conjunctions that coordinate two complements or two first names (``Николай и Лариса``)."""

APPOINTING_VERBS: frozenset[str] = _words("избрать избранный назначить переназначить стать")
"""Lemmas of the verbs that give a person a position named in the instrumental
(``Директором лицея назначили Ярину Ковтунович``, ``Ярина Ковтунович стала директором``)."""

COMITATIVE_PREPOSITIONS: frozenset[str] = frozenset({"с", "со"})
"""Prepositions of company that govern a person's instrumental (``встреча с Сорином Григоряну``)."""

GENITIVE_NAME_ENDINGS: frozenset[str] = frozenset({"а", "я", "ы"})
"""Last letters of a surname in the genitive (``Орбана``, ``Науседы`` of ``Науседа``): after a
country in the instrumental (``с Литвой Науседы``) it is the country's leader, no name of the
instrumental. ``-и`` is left out: foreign surnames that do not decline end in it (``Кэндзи``,
``Гиорги``)."""

INDECLINABLE_NAME_ENDINGS: tuple[str, ...] = ("е", "и", "о", "у", "ю", "э")
"""Final vowels of a foreign first name that does not decline (``Хельге``, ``Хидэо``): one the
dictionary does not know, right before a surname in the instrumental, is in the instrumental as
written."""

INSTRUMENTAL_NAME_ENDINGS: tuple[tuple[str, str, str | None], ...] = (
    *((f"{v}ем", f"{v}й", "masc") for v in "аяоеуюи"),
    *((f"{c}ей", f"{c}а", None) for c in "жшчщц"),
    ("ей", "я", "femn"),
    ("ею", "я", "femn"),
    ("ой", "а", "femn"),
    ("ою", "а", "femn"),
    ("ом", "", "masc"),
    ("ём", "", "masc"),
    *((f"{c}ем", c, "masc") for c in "жшчщц"),
    ("ем", "ь", "masc"),
)
"""Instrumental endings of a foreign first name or surname the dictionary does not know, with
what replaces them in the nominative and the gender they show, the first that fits: a name
in ``-й`` takes ``-ем`` after its vowel (``Михаем`` -> ``Михай``), one in a hard consonant
``-ом`` (``Йонасом`` -> ``Йонас``), one in a hissing consonant or ``ц`` ``-ем`` (``Томашем``
-> ``Томаш``), one in ``-ь`` ``-ем`` (``Каролем`` -> ``Кароль``), one in ``-а`` ``-ой``
(``Иевой`` -> ``Иева``, a woman's name), or ``-ей`` after a hissing consonant or ``ц``, where
the spelling rule writes ``е`` for ``о`` (``Каракашей`` -> ``Каракаша``, of either gender),
one in ``-я`` ``-ей`` (``Маей`` -> ``Мая``). A name with none of these endings does not
decline (``Григоряну``, ``Мацейкене``: foreign names ending in ``-у``, ``-е``, ``-и``, ``-о``
keep one form) and is its own nominative."""


TITLE_NOUNS: frozenset[str] = _words(
    """
    акция игра приложение кампания книга конкурс марафон номинация платформа программа проект
    песня реформа стратегия фестиваль форум фильм инициатива
    """
)
"""Nouns that name a work, project or campaign: a quoted name after one is not an organisation."""

PLACE_NAME_MARKERS: frozenset[str] = _words(
    """
    бульвар улица метро набережная парк площадь переулок проспект сквер станция спуск имя
    остановка
    """
)
"""Lemmas of words after which a person's name is part of a place's name (``улица Пушкина``)."""

SETTLEMENT_NAME_MARKERS: frozenset[str] = _words("село посёлок поселок деревня хутор")
"""Lemmas of settlement nouns whose next capitalised word is the settlement's name, never a
person (``возле села Зоряне``), unless a person's noun governs the settlement noun
(``староста села Иван Петренко``)."""

PLACE_NAME_ABBREVIATIONS: frozenset[str] = _words("бул бульв ул наб пл пер просп им")
"""Abbreviations, written with a full stop, of `PLACE_NAME_MARKERS` (``ул. Пушкина``)."""

_VELAR_GENITIVES = tuple((f"{c}и", f"{c}а") for c in "гкхжшчщ")

MASCULINE_SURNAME_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "gent": (
        ("ы", "а"),
        *_VELAR_GENITIVES,
        ("ая", "ай"),
        ("ея", "ей"),
        ("ля", "ль"),
        ("а", ""),
        ("у", "а"),
        ("ю", "я"),
    ),
    "accs": (
        ("у", "а"),
        ("ю", "я"),
        ("ы", "а"),
        *_VELAR_GENITIVES,
        ("ая", "ай"),
        ("ея", "ей"),
        ("ля", "ль"),
        ("а", ""),
    ),
    "datv": (("дзе", "дзе"), ("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("е", "а"), ("у", "")),
    "ablt": (("ой", "а"), ("ей", "я"), ("лем", "ль"), ("ом", ""), ("ем", "")),
    "loct": (("ове", "ов"), ("еве", "ев"), ("ине", "ин")),
}
"""Endings a man's surname takes in each case and what replaces them in the nominative, the
first that fits, for a surname the dictionary does not know. A Ukrainian man's surname in
``-а`` declines like a feminine noun (``Кулеба``: ``Кулебы``, ``Кулебе``, ``Кулебу``,
``Кулебой``; ``Сибиги`` after a velar), one in a consonant like a masculine one (``Мельника``,
``Мельником``); the dative ``-у`` of a man's name is the accusative ``-у`` of an ``-а`` one.
A man's first name reads as genitive or accusative alike (``Андрея``), so each of the two
cases reads the other's endings too (``Андрея Сибиги``, ``Алексея Кулебу``)."""

FEMININE_SURNAME_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "gent": (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("ы", "а"), *_VELAR_GENITIVES),
    "accs": (("скую", "ская"), ("цкую", "цкая"), ("у", "а"), ("ю", "я")),
    "datv": (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("е", "а")),
    "ablt": (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("ою", "а"), ("ей", "я")),
    "loct": (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("е", "а")),
}
"""Endings a woman's surname takes in each case, as `MASCULINE_SURNAME_ENDINGS`
(``Ивановой`` -> ``Иванова``, ``Ковальской`` -> ``Ковальская``, ``Кулебу`` -> ``Кулеба``)."""

ADJECTIVAL_SURNAME_ENDINGS: tuple[str, ...] = ("ский", "цкий")
"""Lemma endings of surnames declined as adjectives, which the dictionary may list only as
adjectives or, for a double surname, guess as one (``Хенниг-Клоской`` -> ``Хенниг-Клоская``)."""

NAME_LIKE_MONTH_FORMS: frozenset[str] = frozenset({"августа", "марта", "мая"})
"""Case forms of month names spelt like a first name (``Марта``, ``Мая``, ``Августа``). Months are
written in lower case, so capitalised inside a sentence such a word is the name."""

LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"в", "во", "при"})
"""Prepositions of the place a post or a body serves, after its proper name
(``посол Литвы в Украине``, ``начальник ГУ ГСЧС в Полтавской области``)."""

PERSON_LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"о", "об", "обо", "при"})
"""Prepositions that govern the locative of a person: ``после`` is the preposition "after" and
names the ambassador (``посол``) only after one of them (``о после Японии``)."""

FIELD_BODY_HEADS: frozenset[str] = frozenset(
    {"агентство", "институт", "инспекция", "комиссия", "комитет", "служба", "фонд", "центр"}
)
"""Organisation nouns of bodies named by the field they work in: an ongoing activity with its
object after them is part of the name (``центр оценивания качества образования``)."""

FIELD_PREPOSITIONS: dict[str, str] = {"по": "datv"}
"""Prepositions after a role noun that name its field, with the case they take
(``вице-премьер-министр по восстановлению``, ``заместитель министра по вопросам
eвропейской интеграции``)."""

NOT_FIELD_NOUNS: frozenset[str] = _words(
    "итог слово данные информация мнение результат приглашение поручение инициатива телефон "
    "видеосвязь связь случай причина просьба требование сообщение окончание завершение"
)
"""Lemmas after a field preposition that name a circumstance, not a field (``по итогам``,
``по словам``, ``по телефону``, ``по приглашению``)."""

PROPER_ADJECTIVE_ENDINGS: tuple[str, ...] = ("ский", "цкий", "ской", "цкой")
"""Lemma endings of adjectives made from place names (``Ковельский``, ``Шевченковский``,
``Донской``); a stressed ending is written ``-ской``."""

GENERIC_ORGANIZATION_ADJECTIVES: frozenset[str] = _words(
    "хозяйственный общественный человеческий городской президентский поселковый сельский"
)
"""Adjectives in ``-ский`` that say what kind an organisation is, not where it is."""

TIME_NOUNS: frozenset[str] = _words(
    "вечер день сутки квартал месяц ночь период утро год сезон неделя время"
)
"""Nouns of time: ``на прошлой неделе`` after a name is when, not part of the name."""

NAME_PARTICLES: frozenset[str] = frozenset(
    {"ван", "де", "делла", "дель", "ден", "дер", "ди", "дос", "ду", "дю", "ла", "ле", "фон"}
)
"""Lower-case particles that open a foreign surname (``ван дер Линден``, ``фон Штайнберг``, ``де
Врис``, ``ди Мауро``); written between a first name and a capitalised word, they join
the two into one name."""

NAME_PARTICLES_ALONE: frozenset[str] = frozenset({"ван", "фон"})
"""The `NAME_PARTICLES` that open a surname with no first name before them even alone
(``ван Берген заявил``): they are no word of the language there, as ``де`` or ``ла`` may be."""

NAME_BLOCKERS: frozenset[str] = _words("бог господь украина европа")
"""Lemmas never taken as a person's surname even though the dictionary lists them as one."""

NON_ORGANIZATION_NAMES: frozenset[str] = frozenset(
    {
        "российская федерация",
        "соединённое королевство",
        "соединенное королевство",
        "советский союз",
        "европейский союз",
        "евросоюз",
    }
)
"""Nominative names (lower case) headed by an organisation noun that name a state or a union."""

UNION_OF_STATES_NAMES: frozenset[str] = frozenset({"европейский союз", "евросоюз"})
"""The `NON_ORGANIZATION_NAMES` of a union of states that acts as one body: an organisation."""

UNION_OF_STATES_ACRONYMS: frozenset[str] = frozenset({"ЕС"})
"""The acronyms of `UNION_OF_STATES_NAMES`: an organisation, though in `OTHER_ACRONYMS`."""

BORDER_NOUNS: frozenset[str] = frozenset({"граница"})
"""Nouns of a border: a union of states after one and ``с`` is a territory."""

SETTLEMENT_ABBREVIATIONS: frozenset[str] = frozenset({"г", "с", "пгт", "пос"})
"""Abbreviations of a settlement's type written with a full stop before its name (``г.
Житомир``, ``с. Петровка``, ``пгт Боровая``): they end no name or sentence."""

NAME_ABBREVIATIONS: frozenset[str] = SETTLEMENT_ABBREVIATIONS | frozenset(
    {"акад", "бул", "бульв", "ул", "им", "наб", "пл", "пер", "просп", "проф", "св"}
)
"""Abbreviations written with a full stop right before a name (``г. Сумы``, ``ул. Франко``,
``им. Шевченко``, ``проф. Коваль``): the capital after them is the name's own."""

PROFESSION_ENDINGS: tuple[str, ...] = ("лог",)
"""Endings of animate nouns that name a profession by their make-up, listed or not: the
``-лог`` of a science (``орнитолог``, ``кардиолог``)."""

CAPACITY_NOUNS: frozenset[str] = frozenset(
    {"эксперт", "предприниматель", "представитель", "специалист", "участник", "член"}
)
"""Role nouns that name a capacity, a membership or a legal status (``предприниматель``: one
who runs a business of their own), not an occupation: a position only with a
complement (``член наблюдательного совета``); bare (``эксперты считают``) they describe."""

INSTRUMENTAL_COMPLEMENT_ROLES: frozenset[str] = frozenset(
    {"заведующий", "командующий", "управляющий"}
)
"""Role nouns made from verbs that govern the instrumental, whose complement stands in that
case (``заведующий отделением``, ``командующий войсками``, ``управляющий делами``)."""

NAMED_DIVISION_NOUNS: frozenset[str] = frozenset({"департамент", "кафедра", "управление"})
"""Divisions that, named by a complement of their own (``департамента культуры``), are an
organisation of their own (`lexicon.NAMED_DIVISION_NOUNS`)."""

UNIT_HEAD_ROLES: frozenset[str] = frozenset({"декан", "заведующий"})
"""Role nouns that name the person running a unit: the noun right after them (with its
adjectives) is the unit, part of the position (``заведующий отделением``, ``заведующая
кафедрой``), not a body of its own."""

STATE_BODY_NOUNS: frozenset[str] = frozenset({"парламент", "правительство"})
"""Nouns of a state's own bodies: in lower case with a country's name in the genitive after
them, that country's body, one organisation (``правительства Японии``, ``парламента Польши``)."""

STATE_TITLE_NOUNS: frozenset[str] = frozenset({"государство", "правительство"})
"""Nouns of a state and its government that make a title with ``глава``: ``глава
государства``, ``главы правительств`` (prime ministers) name a position, not a head and a
body of its own."""

ESTABLISHMENT_NOUNS: frozenset[str] = frozenset(
    {
        "больница",
        "гимназия",
        "вуз",
        "госпиталь",
        "заведение",
        "лицей",
        "обсерватория",
        "отряд",
        "поликлиника",
        "полиция",
        "порт",
        "санаторий",
        "стационар",
        "учреждение",
        "школа",
    }
)
"""Organisation nouns of an establishment (a hospital, a school, ``учреждение`` itself) or a
police force: after a role noun it is a body of its own, never a unit of the job, even with a
lower-case complement or adjective (``главный врач больницы скорой помощи``, ``директор школы
искусств``, ``инспектор патрульной полиции``, ``директор учреждения``), as a port, a
detachment (``отряд``: of the border guard or the rescue service), an observatory, a
university (``вуз``), a hospital's ward (``стационар``) and a utility (`UTILITY_NOUNS`:
``директор водоканала``) are. A department
(`DEPARTMENT_NOUNS`) is not one: after a role noun it is the role's unit (``директор
департамента культуры``), as a ``отдел`` is."""

BOARD_NOUNS: frozenset[str] = frozenset({"дирекция", "правление", "президиум"})
"""Nouns of a body's governing organ: a quoted name after one, undeclined as Russian leaves it
(``заместитель председателя правления «Укрэнерго»``), is the body it governs; the organ stays
part of the position."""

CLAUSE_ADVERBS: frozenset[str] = frozenset({"уже", "ещё", "еще", "также", "тоже"})
"""Adverbs and particles that stand between a subject and its verb (``энергетики уже
восстановили``), listed as the dictionary reads some of them as no adverb."""

COUNTRY_NOUNS: frozenset[str] = frozenset({"страна"})
"""Nouns for a country: in a role's complement (``послы стран Евросоюза``) the country is a
participant or place of its own, as its name is, not part of the position."""

STATE_FORM_NOUNS: frozenset[str] = frozenset(
    {"республика", "королевство", "княжество", "федерация", "государство", "содружество"}
)
"""Nouns of a state's form that take its name in the nominative as an apposition (``послом
Республики Польша в Украине``), as `uanews.parser.participants.lexicon.STATE_FORM_NOUNS`."""

AMBIGUOUS_ROLE_NOUNS: frozenset[str] = frozenset({"голова", "глава"})
"""Role nouns that are also common words (``глава`` of a book, ``голова`` a head): a role only
with a complement or a name."""

NAME_APPOSITION_NOUNS: frozenset[str] = frozenset(
    {
        "отец",
        "брат",
        "дочь",
        "дочка",
        "жена",
        "супруга",
        "мать",
        "внук",
        "внучка",
        "господин",
        "госпожа",
        "фамилия",
        "псевдоним",
        "сестра",
        "сын",
    }
)
"""Kinship and courtesy nouns a name stands in apposition to (``его сын Андрей``)."""

TERRITORIAL_ADJECTIVES: frozenset[str] = frozenset(
    {"областной", "городской", "районный", "региональный", "сельский", "поселковый", "краевой"}
)
"""Adjectives that place a body in a territory: ``глава областного совета`` names the council
of one region, a body of its own, while ``начальник отдела кадров`` names a unit of the job."""

INSTITUTION_HEADS: frozenset[str] = frozenset(
    {
        "агентство",
        "администрация",
        "академия",
        "ассоциация",
        "департамент",
        "комиссия",
        "комитет",
        "министерство",
        "офис",
        "прокуратура",
        "служба",
        "союз",
        "суд",
        "университет",
        "управление",
        "федерация",
        "инспекция",
        "институт",
    }
)
"""Organisation nouns that with a genitive complement name one public body even when only the
position at the start of a sentence gives them their capital (``Министерство экономики
согласовало``, ``Управление образования сообщило``)."""

NAMED_AFTER_HEADS: frozenset[str] = frozenset(
    {"блок", "фонд", "партия", "центр", "институт", "музей"}
)
"""Organisation nouns that, capitalised, take the name of a leader or patron in the genitive as
their own name (``Блок Петра Порошенко``, ``Фонд Рината Ахметова``, ``Центр Разумкова``)."""

UNIT_KIND_ADJECTIVES: frozenset[str] = _words(
    "аварийный дежурный постоянный ремонтный временный экстренный профильный"
)
"""Adjectives that say what work or term a unit has, not which body it is: with one, a body noun
names any crew or committee of that kind (``вызвали аварийную службу``, ``постоянная комиссия
по вопросам бюджета``, ``член профильной комиссии``: the committee of the field in question),
not the one body of the text."""

DEFINITE_BODY_HEADS: frozenset[str] = frozenset(
    {"администрация", "комиссия", "полиция", "прокуратура", "совет", "служба", "суд", "инспекция"}
)
"""Nouns of public bodies that, classified by relational adjectives, name the one body the text
is about even in lower case (``миграционная служба``, ``областной совет``, ``районный суд``)."""

BACK_REFERENCE_NOUNS: dict[str, frozenset[str]] = {
    "ведомство": frozenset({"министерство", "служба", "агентство", "инспекция", "комиссия"}),
    "исполком": frozenset({"исполком"}),
    "администрация": frozenset(
        {
            "администрация",
            "госадминистрация",
            "горгосадминистрация",
            "облгосадминистрация",
            "райгосадминистрация",
        }
    ),
    "министерство": frozenset({"министерство"}),
}
"""Nouns that refer back to an organisation named before by another head (``ведомства`` after
``Министерство юстиции``): the heads of the names each may refer to. An executive committee,
an administration and a ministry also stand bare for the one named before (``решение
исполкома``, ``в администрации``, ``министерство``); ``совет`` is left out, as it is also advice
(``по совету врачей``)."""

DEPARTMENT_NOUNS: frozenset[str] = frozenset({"департамент", "управление"})
"""Nouns of a department or directorate of a body: with its field in the genitive and the body
after it, or with territorial adjectives before a service's name, one organisation
(``департамента здравоохранения Киевской ОВА``, ``городского управления ГСЧС``); a generic
sub-unit (``отдел``) is not one, it is folded into the role."""

PLURAL_ORGANIZATION_NOUNS: frozenset[str] = frozenset({"сила"})
"""Organisation nouns whose names are plural (``Вооруженные Силы Украины``, ``Силы обороны``)."""

FORCE_OWNER_ADJECTIVES: frozenset[str] = frozenset(
    {"оккупационный", "российский", "вражеский", "рашистский", "украинский"}
)
"""Adjectives that say whose forces a plural head names, or how the writer judges them,
never a body's name (``Оккупационные силы России``, ``Российские силы``, ``вражеские силы``,
``Украинские силы ПВО``): a named body's adjective says what kind of forces it is
(``Вооруженные силы``, ``Воздушные силы``)."""

INSTRUMENTAL_HEADS: frozenset[str] = frozenset({"управление"})
"""Organisation nouns made from a verb that governs the instrumental, which then completes the
name (``Государственное управление делами``)."""

STUMP_ORGANIZATION_NOUNS: frozenset[str] = frozenset(
    {
        "горсовет",
        "горисполком",
        "горгосадминистрация",
        "облсовет",
        "облисполком",
        "облгосадминистрация",
        "райсовет",
        "райисполком",
        "райгосадминистрация",
        "поссовет",
        "сельсовет",
        "хозсуд",
    }
)
"""Compound abbreviations (``облсовет`` = областной совет) that stand for the one body of the
place the text is about: an organisation even in lower case (``депутат облсовета``)."""

STATE_STUMP_PREFIXES: tuple[str, ...] = ("гос", "укр", "нац", "мин")
"""Opening parts of compound names of state bodies and companies (``Госпогранслужба``,
``Укрзализныця``, ``Нацполиция``, ``Минздрав``): a capitalised noun that opens with one and
that the dictionary does not know, or knows only as an inanimate noun, names an organisation."""

NAMELESS_STUMP_PREFIXES: tuple[str, ...] = ("укр", "гос")
"""`STATE_STUMP_PREFIXES` that open no person's or place's name: a capitalised word the
dictionary does not know that opens with one is a compound name of a body in any case
(``Укрзализныци``, ``Укрзализныцей``, ``Госстата``), whatever the dictionary guesses of its
forms (an animate ``госстат``)."""

STUMP_HEADS: dict[str, str] = {"мин": "министерство"}
"""Stump prefixes and the head noun they shorten: a compound name with the prefix and the one
full name of the text whose head is that noun and whose next word opens as the compound's
rest are one body (``Минэнерго`` and ``Министерство энергетики Украины``, ``Минздрав`` and
``Министерство здравоохранения``)."""

UTILITY_STEMS: tuple[str, ...] = ("водоканал", "энерго", "газ")
"""Last parts of compound names of utility companies: a capitalised word the dictionary does not
know that ends with one (after a case ending of `UTILITY_CASE_ENDINGS`) and opens with a place
or a body (three letters at least) names a company (``Харьковоблэнерго``, ``Николаевгаза``,
``Харьковводоканалом``)."""

UTILITY_CASE_ENDINGS: tuple[str, ...] = ("ом", "а", "у", "е")
"""Case endings a masculine `UTILITY_STEMS` compound takes (``энерго`` takes none)."""

SUBSIDIARY_NOUNS: frozenset[str] = _words("электросеть газосеть теплосеть")
"""Lemmas of the network a group's regional company runs (`lexicon.SUBSIDIARY_NOUNS`: ``ДТЭК
Одесские электросети``)."""

NATIONAL_SERVICE_NOUNS: frozenset[str] = frozenset({"полиция"})
"""Common nouns of a service the country has one of (``следователи полиции``, ``полиции
региона``): see the Ukrainian list."""

UTILITY_NOUNS: frozenset[str] = _words("метрополитен водоканал горгаз облгаз облэнерго горсвет")
"""Common nouns of the one company that runs a network of its city or region: in the singular
and in lower case one names that company (``работу метрополитена
восстановили``, ``работники водоканала``)."""

SETTLEMENT_ROOTS: tuple[str, ...] = ("град", "город")
"""Last roots of compound names of towns (``Мирноград``, ``Новоград``): a word with a reading whose
lemma ends with one is a town's name, never a compound headed by an organisation noun (the
analyser's guess ``мирнограда`` for an unknown ``Мирноград`` ends as ``рада`` does)."""

STATE_STUMP_THING_RESTS: tuple[str, ...] = (
    "бюджет",
    "долг",
    "валют",
    "закуп",
    "границ",
    "имуществ",
    "помощ",
    "регулирован",
)
"""Openings of the rest of a compound after a `STATE_STUMP_PREFIXES` prefix that name a thing of
the state, not a body (``Госбюджет``, ``Госдолг``, ``Нацвалюта``, ``Госзакупки``)."""

STATE_STUMP_EXCEPTIONS: tuple[str, ...] = (
    "государ",
    "господ",
    "госпит",
    "гост",
    "украин",
    "укреп",
    "укрыт",
    "укрупн",
    "национ",
    "миним",
    "минус",
    "минут",
    "минист",
    "минер",
    "миномет",
    "миномёт",
    "минир",
)
"""Openings of ordinary words that share a `STATE_STUMP_PREFIXES` prefix (``государство``,
``госпиталь``, ``укрытие``, ``минута``, ``министерство``, ``минирование``)."""

NUMBERED_INSTITUTION_NOUNS: frozenset[str] = frozenset(
    {"пту", "гимназия", "больница", "лицей", "поликлиника", "садик", "школа", "училище", "колония"}
)
"""Nouns of institutions known by a number (``лицей № 5``, ``школа №12``): with the number
they name one institution, in any letter case."""

TEAM_NOUNS: frozenset[str] = frozenset(
    {"ансамбль", "группа", "коллектив", "команда", "оркестр", "хор", "сборная"}
)
"""Nouns for a team or band that head a quoted name: ``команды «Сокол»`` names the
organisation ``Сокол``, mentioned without the noun."""

CHAIN_NOUNS: frozenset[str] = frozenset({"сеть"})
"""Nouns for a chain of shops or outlets that heads a quoted name (``сеть супермаркетов
«Сильпо»``)."""

PUBLIC_LEGAL_FORMS: frozenset[str] = frozenset(
    {
        "государственный предприятие",
        "госпредприятие",
        "казённый предприятие",
        "казенный предприятие",
        "коммунальный предприятие",
        "коммунальный некоммерческий предприятие",
        "государственный учреждение",
        "коммунальный учреждение",
        "благотворительный фонд",
        "благотворительный организация",
    }
)
"""Ownership and non-profit legal forms spelled out, as lemmas (adjectives, then the noun)."""

LEGAL_FORMS: frozenset[str] = frozenset(
    {
        "АО",
        "БФ",
        "ОАО",
        "ОО",
        "ГО",
        "ГП",
        "ГУ",
        "ЗАО",
        "КНП",
        "КП",
        "ОСМД",
        "ПАО",
        "ЧП",
        "ЧАО",
        "ООО",
        "ТОВ",
        "ФХ",
        "ФЛП",
        # sports clubs: football, futsal, hockey, basketball, volleyball
        "ФК",
        "МФК",
        "ХК",
        "БК",
        "ВК",
    }
)
"""Legal forms written before a company's name (``ООО «Нордвинд»``, ``КП «Горсвет»``) and the
abbreviations of a sports club's kind before its name (``ФК «Металлист 1925»``)."""

ORGANIZATION_ACRONYMS: frozenset[str] = frozenset(
    {
        "ВСУ",
        "ЗСУ",
        "КГГА",
        "МВД",
        "МИД",
        "МОЗ",
        "МОН",
        "НАБУ",
        "НАТО",
        "НБУ",
        "ОГА",
        "ОВА",
        "ООН",
        "РГА",
        "САП",
        "СБУ",
        "ХОГА",
        "ГСЧС",
        "ГСНС",
    }
)
"""Short acronyms that are organisations (``СБУ``, ``ВСУ``) though shorter than most."""

WEAPON_ACRONYMS: frozenset[str] = frozenset(
    {
        "БПЛА",
        "БпЛА",
        "ЗРК",
        "КАБ",
        "ПВО",
        "ПЗРК",
        "ПТРК",
        "РЭБ",
        "РЛС",
        "РСЗО",
        "УАБ",
        "ФАБ",
        "ИВЛ",
        "КТ",
        "МРТ",
        "УЗИ",
        "ЭКГ",
    }
)
"""Initialisms of weapons and of medical or technical devices (``КАБ``: a guided bomb, ``РСЗО``:
a rocket launcher, ``МРТ``: a scanner): things used or struck, never an organisation, also
declined (``КАБами``) or before a quoted model name (``РСЗО «Ураган»``)."""

OTHER_ACRONYMS: frozenset[str] = WEAPON_ACRONYMS | frozenset(
    {
        "АЗС",
        "ПТУ",
        "СТО",
        "УПК",
        "COVID",
        "EU",
        "GDP",
        "IT",
        "UA",
        "USA",
        "ЕГРПОУ",
        "ЕС",
        "ИНН",
        "АРК",
        "АТО",
        "ВВП",
        "ВПЛ",
        "ВПО",
        "ВУЗ",
        "ДНР",
        "ДТП",
        "ЖКХ",
        "СМИ",
        "ВНО",
        "ЗНО",
        "НМТ",
        "ГИА",
        "ЛНР",
        "ООС",
        "ОРДЛО",
        "НДС",
        "НДФЛ",
        "РФ",
        "СНГ",
        "СССР",
        "США",
        "УССР",
        "ФЛП",
        "СМС",
        "CVV",
        "GPS",
        "IBAN",
        "MMS",
        "PDF",
        "PIN",
        "SMS",
        "USB",
    }
)
"""Upper-case words that are no organisation (``ДТП``, ``СМИ``, ``РФ``; school exams: ``ВНО``,
``НМТ``), kinds of institution or facility among them (``ПТУ``, ``АЗС``; a number makes one an
institution: ``ПТУ № 5``); technical and banking abbreviations of a thing, a message or a
code (``код из SMS``, ``PIN-код``, ``CVV``, ``GPS``), never a body."""

BUILDING_NOUNS: frozenset[str] = frozenset({"дворец"})
"""Organisation nouns that also name a building: a body only with a complement or a quoted
name after them (``Дворец спорта``, ``Дворец культуры «Х»``), a place when an adjective alone
names them (``в Мариинском дворце``)."""

TRADE_NOUNS: frozenset[str] = _words(
    """
    аграрий взрывотехник водитель водолаз горняк дорожник железнодорожник коммунальщик машинист
    механик монтажник пиротехник рабочий сапёр сапер сварщик строитель шахтёр шахтер электрик
    охранник подрядчик сторож электромонтёр электромонтер монтёр монтер кондуктор куратор
    кураторка
    """
)
"""Role nouns of a trade, people who do the work with their hands (``водитель``, ``рабочие``,
``строители``), guard it (``охранник``), contract for it (``подрядчик``) or curate it
(``куратор проекта``): a genitive after
one names whom or what the worker works for or on (``водитель маршрутки``, ``рабочие завода``,
``охранник склада``, ``подрядчик моста``), not a post, so the position is the noun alone."""

VEHICLE_NOUNS: frozenset[str] = _words(
    """
    авто автобус автомобиль внедорожник водитель грузовик легковушка марка микроавтобус мотоцикл
    тягач фура
    """
)
"""Nouns for a vehicle, its make and its driver: a Latin name right after one is the vehicle's
make and model (``автомобиль Volkswagen Crafter``, ``грузовик MAN``, ``марки Toyota``,
``водитель Mercedes-Benz Sprinter``), not an organisation."""

FACILITY_ACRONYMS: frozenset[str] = frozenset({"АЭС", "ГАЭС", "ГЭС", "ТЭС", "ТЭЦ"})
"""Initialisms of a kind of plant (a power or heating plant): an organisation only when an
adjective names the one meant (``Херсонская ТЭЦ``), not alone (``повреждена ТЭЦ``)."""

PLACE_ADJECTIVE_SUFFIXES: tuple[str, ...] = ("ск", "цк")
"""Suffixes of an adjective made from a place's name, before its ending (``Малиновская
громада``): such a word before an inanimate noun it agrees with is no surname."""

ACRONYM_COUNTRIES: frozenset[str] = frozenset({"украина"})
"""Lemmas of the country a body's acronym may take in the genitive as part of its name
(``СБУ України``, ``СБУ Украины``)."""

HOST_SEATS: frozenset[str] = frozenset({"киев", "украина"})
"""Lemmas of the host country and its capital, after which foreign bodies' offices are named
(``Польский институт в Киеве``, ``Британский совет в Украине``): such a seat stays in the
name even right before the body's verb, where another city after ``в``/``у`` may be the place
of the act."""


REPRESENTATION_PREPOSITIONS: frozenset[str] = frozenset({"от"})
"""Prepositions between a role noun and the party or body its holder stands for
(``депутат от «Батькивщины»``): a quoted name after them is an organisation."""

SOURCE_PHRASES: frozenset[str] = frozenset({"по данным", "по информации", "по сообщению"})
"""Two-word phrases that cite the source of figures or news: a one-word quoted name after one
is the body or outlet cited (``по данным "Львовтеплоэнерго"``)."""

TERRITORY_PREPOSITIONS: frozenset[str] = frozenset({"в", "во"})
"""Prepositions before the region a body serves, with a capitalised adjective and a place noun
in the locative, which complete the body's name (``ГУ Нацполиции в Полтавской области``, ``во
Львовской области``)."""

TERRITORIAL_SERVICE_ACRONYMS: frozenset[str] = _words("ГСЧС ГСНС ДСНС СБУ ГНС ГФС ГМС ПФУ ГУНП УПП")
"""Acronyms of state services with a main directorate in every region: the region after one
(`TERRITORY_PREPOSITIONS`, an adjective and a place noun in the locative) names that directorate,
one organisation (``ГСЧС в Одесской области``), with or without ``ГУ`` before it; so do the
National Police's ``ГУНП`` and the patrol police's ``УПП``."""

UNIT_ACRONYMS: frozenset[str] = frozenset({"ГУ"})
"""Initialisms of a body's unit (``ГУ``: main directorate) written before the body's acronym:
with it and the territory it serves they name one organisation (``ГУ ГСЧС в Полтавской
области``)."""

ACRONYMS: frozenset[str] = ORGANIZATION_ACRONYMS | OTHER_ACRONYMS
"""Upper-case words that stay upper-case when a caption's case is restored."""

DATELINE_LABELS: frozenset[str] = _words(
    "фото видео инфографика обновлено дополнено документ карта список опрос эксклюзив"
    " фоторепортаж молния"
)
"""Labels of the material that stand in parentheses where an agency would (``(ФОТО)``,
``(ОНОВЛЕНО)``), lower case: no outlet's name."""

DIPLOMATIC_MISSION_NOUNS: frozenset[str] = frozenset(
    {"посольство", "консульство", "генконсульство"}
)
"""Lemmas of a state's mission abroad (`lexicon.DIPLOMATIC_MISSION_NOUNS`: ``Посольства Дании в
Украине``)."""

NAMED_AFTER_WORDS: tuple[str, ...] = ("им.", "имени")
"""Words that open the name of the person a body is named after (`lexicon.NAMED_AFTER_WORDS`:
``института имени Игоря Сикорского``, ``университета им. В. Н. Каразина``)."""

NEWS_AGENCIES: frozenset[str] = _words(
    "afp ap bloomberg dpa interfax-ukraine reuters ukrinform интерфакс интерфакс-украина"
    " рбк-украина укринформ униан унн тасс"
)
"""News agencies that sign a dateline in capitals (`lexicon.NEWS_AGENCIES`), lower case."""

OUTLET_NAMES: frozenset[str] = frozenset({"голос америки", "радио свобода"})
"""Broadcasters whose names keep the nominative in any position (`lexicon.OUTLET_NAMES`:
``в эфире Радио Свобода``)."""


GENITIVE_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "без",
        "для",
        "до",
        "от",
        "против",
        "среди",
        "после",
        "вместо",
        "кроме",
        "около",
        "возле",
        "ради",
        "у",
        "вследствие",
    }
)
"""Prepositions that govern the genitive only: a name right after one is a genitive
(``против Станислава Березкина``)."""

MATCH_VERBS: frozenset[str] = frozenset(
    {"победить", "обыграть", "проиграть", "одолеть", "сыграть", "разгромить"}
)
"""Verbs of a match's result or of playing it: a quoted name as their subject or object is a
team (``«Металлист 1925» обыграл «Черноморец»``)."""

MATCH_NOUNS: frozenset[str] = frozenset({"матч", "поединок"})
"""Nouns that name a match: the quoted name after ``против`` in their sentence is the opponent."""

AGAINST_PREPOSITIONS: frozenset[str] = frozenset({"против"})
"""The preposition of a match's opponent (``сыграет против «Руха»``)."""

FIELD_DEPARTMENT_NOUNS: frozenset[str] = frozenset({"департамент"})
"""`DEPARTMENT_NOUNS` that never mean anything but a unit of government: with its field in
the genitive and no body after it, one organisation (``департамента образования``);
``управление`` is also the noun of managing, so it needs the body."""

PLAYER_NOUNS: frozenset[str] = frozenset(
    {"вратарь", "игрок", "голкипер", "нападающий", "полузащитник", "тренер", "форвард"}
)
"""Nouns of a coach or a player of a team: the name in marks right after them, in the genitive,
is their club (``вратарь «Металлиста 1925»``). Not ``защитник`` (also a soldier) nor
``капитан`` (also a ship's)."""
