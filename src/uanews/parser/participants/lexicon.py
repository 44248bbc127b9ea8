"""Word lists for finding people, their roles and organisations (data only, no logic).

Every list holds lower-case lemmas (dictionary forms) unless its docstring says otherwise;
callers compare them with pymorphy3 normal forms, so one entry covers every grammatical case.
"""

from __future__ import annotations

__all__ = [
    "ACRONYMS",
    "ACRONYM_CASE_ENDINGS",
    "ACRONYM_COUNTRIES",
    "AGAINST_PREPOSITIONS",
    "AGE_ADJECTIVE_ENDINGS",
    "AMBIGUOUS_ROLE_NOUNS",
    "APOSTROPHES",
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
    "LATIN_LOWER_WORDS",
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
    "OPENING_MARKS",
    "ORGANIZATION_ACRONYMS",
    "ORGANIZATION_NOUNS",
    "OTHER_ACRONYMS",
    "OUTLET_BRANCH_NAMES",
    "OUTLET_NAMES",
    "PERSON_LOCATIVE_PREPOSITIONS",
    "PLACE_ADJECTIVE_SUFFIXES",
    "PLACE_NAME_ABBREVIATIONS",
    "PLACE_NAME_MARKERS",
    "PLACE_NOUNS",
    "PLAYER_NOUNS",
    "PLURAL_ORGANIZATION_NOUNS",
    "POSSESSIVE_SURNAME_SUFFIXES",
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
    "SECTOR_ROLE_NOUNS",
    "SENTENCE_END",
    "SETTLEMENT_ABBREVIATIONS",
    "SETTLEMENT_ROOTS",
    "SOURCE_PHRASES",
    "STATE_BODY_NOUNS",
    "STATE_FORM_NOUNS",
    "STATE_STUMP_EXCEPTIONS",
    "STATE_STUMP_PREFIXES",
    "STATE_STUMP_THING_RESTS",
    "STATE_TITLE_NOUNS",
    "STATUS_MODIFIERS",
    "STUMP_EXPANSIONS",
    "STUMP_HEADS",
    "STUMP_ORGANIZATION_NOUNS",
    "SUBSIDIARY_NOUNS",
    "TEAM_NOUNS",
    "TERRITORIAL_ADJECTIVES",
    "TERRITORIAL_SERVICE_ACRONYMS",
    "TERRITORY_PREPOSITIONS",
    "TIME_NOUNS",
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

ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "адвокат",
        "академік",
        "активіст",
        "актор",
        "акторка",
        "аналітик",
        "архітектор",
        "артист",
        "аташе",
        "банкір",
        "бухгалтер",
        "бізнесмен",
        "викладач",
        "волонтер",
        "вчитель",
        "вчителька",
        "військовий",
        "віце-голова",
        "віце-президент",
        "віце-прем'єр",
        "віце-прем'єр-міністр",
        "гендиректор",
        "генерал",
        "генпрокурор",
        "глава",
        "голова",
        "губернатор",
        "єврокомісар",
        "комісар",
        "депутат",
        "депутатка",
        "детектив",
        "дипломат",
        "директор",
        "директорка",
        "диригент",
        "дослідник",
        "доцент",
        "драматург",
        "економіст",
        "експерт",
        "журналіст",
        "журналістка",
        "завідувач",
        "засновник",
        "заступник",
        "капітан",
        "керівник",
        "керівниця",
        "командир",
        "командувач",
        "композитор",
        "консул",
        "координатор",
        "лікар",
        "лікарка",
        "майстер",
        "лісничий",
        "майор",
        "медик",
        "менеджер",
        "мер",
        "митрополит",
        "музикант",
        "міністерка",
        "міністр",
        "міський голова",
        "нардеп",
        "науковець",
        "науковиця",
        "начальник",
        "нотаріус",
        "отаман",
        "офіцер",
        "очільник",
        "очільниця",
        "педагог",
        "письменник",
        "поет",
        "полковник",
        "політолог",
        "поліцейський",
        "посадовець",
        "посол",
        "правозахисник",
        "представник",
        "президент",
        "прем'єр",
        "прем'єр-міністр",
        "прокурор",
        "проректор",
        "професор",
        "підприємець",
        "підрядник",
        "радник",
        "режисер",
        "робітник",
        "ректор",
        "речник",
        "речниця",
        "рятувальник",
        "священик",
        "секретар",
        "сенатор",
        "сержант",
        "скульптор",
        "слідчий",
        "солдат",
        "соціолог",
        "спеціаліст",
        "спортсмен",
        "спортсменка",
        "біатлоніст",
        "біатлоністка",
        "важкоатлет",
        "важкоатлетка",
        "легкоатлет",
        "легкоатлетка",
        "куратор",
        "кураторка",
        "співак",
        "співачка",
        "співзасновник",
        "синоптик",
        "спікер",
        "суддя",
        "тренер",
        "трейдер",
        "уповноважений",
        "урядовець",
        "фахівець",
        "фермер",
        "фотограф",
        "художник",
        "чиновник",
        "член",
        "юрист",
        "єпископ",
        "інженер",
        "інспектор",
        "історик",
        "аграрій",
        "водій",
        "водолаз",
        "вибухотехнік",
        "гірник",
        "дорожник",
        "залізничник",
        "комунальник",
        "машиніст",
        "медсестра",
        "механік",
        "монтажник",
        "піротехнік",
        "пілот",
        "пожежник",
        "патрульний",
        "сапер",
        "санітар",
        "зварник",
        "будівельник",
        "терапевт",
        "фельдшер",
        "хірург",
        "педіатр",
        "шахтар",
        "електрик",
        "газовик",
        "таксист",
        "дізнавач",
        "правоохоронець",
        "силовик",
        "енергетик",
        # Heads of foreign municipalities (a German or Polish city's, ``бурмістр`` the Polish
        # word; a Polish commune's),
        # titled in the local word; not ``примар`` (a Moldovan mayor), whose nominative is the
        # genitive plural of ``примара``, a ghost.
        "бургомістр",
        "бурмістр",
        "війт",
        # Clipped titles of the head of a staff (``голов-`` + the profession).
        "головлікар",
        "головбух",
        "головред",
        # Guards and the uniformed services.
        "охоронець",
        "охоронниця",
        "сторож",
        "прикордонник",
        "надзвичайник",
        "вогнеборець",
        "митник",
        "нацгвардієць",
        # Military ranks beside those above.
        "лейтенант",
        "підполковник",
        "адмірал",
        # A team's playing positions and its coach.
        "воротар",
        "голкіпер",
        "нападник",
        "півзахисник",
        "форвард",
        "наставник",
        # Design, science, the land, a faculty, a rights office.
        "конструктор",
        "астроном",
        "агроном",
        "декан",
        "омбудсмен",
        "омбудсман",
        # The head of a Polish voivodeship, titled in the local word as ``війт`` is.
        "маршалок",
        # ``учитель`` beside ``вчитель``: the same noun in its other standard spelling.
        "учитель",
        "учителька",
        # The press, the services and the trades not named as surnames (``Столяр``,
        # ``Пекар``, ``Слюсар`` are common surnames, so those nouns are left out).
        "кореспондент",
        "кореспондентка",
        "кондуктор",
        "диспетчер",
        "ювелір",
        "перукар",
        "електромонтер",
        "монтер",
        "ресторатор",
        "податківець",
        "рекрутер",
    }
)
"""Nouns that name a position or occupation (``глава``, ``посол``, ``член``), professions
naming the people who work in them included (``водій``, ``будівельники``, ``рятувальники``,
``газовики``, ``таксисти``, ``дізнавачі``), as the annotation guidelines tag them and the dev
gold does (``силовиків``). ``енергетик`` shares forms with the sector's name: see
`SECTOR_ROLE_NOUNS`. Left out on purpose: ``працівник``, ``співробітник``, ``студент``,
``ветеран`` and ``персонал`` (the dev gold never tags a worker, a student or a veteran as a
job), players named by their sport (``баскетболісти``: untagged in the dev gold; a playing
position is), ``староста`` (its forms are those of ``старість``, old age) and ``захисник``
(a defender of the country as much as a team's)."""

SECTOR_ROLE_NOUNS: frozenset[str] = frozenset({"енергетик"})
"""Role nouns whose forms are also those of a sector's name (``енергетики`` is the workers and
the genitive of ``енергетика``; ``міністр енергетики``): a form is the role only when it is no
singular of the sector's noun (``енергетиками``, ``енергетиків``, ``енергетик``)."""

PROFESSION_ENDINGS: tuple[str, ...] = ("лог",)
"""Endings of animate nouns that name a profession by their make-up, listed or not: the
``-лог`` of a science (``орнітолог``, ``нейробіолог``, ``кардіолог``)."""

CAPACITY_NOUNS: frozenset[str] = frozenset(
    {"експерт", "підприємець", "представник", "спеціаліст", "учасник", "фахівець", "член"}
)
"""Role nouns that name a capacity, a membership or a legal status (``підприємець``: one who
runs a business of their own), not an occupation: a person's role when
written next to their name, but a position (a job) only with a complement that says of what
or in what (``член наглядової ради``, ``фахівець із IT``); bare (``експерти вважають``) they
describe."""

INSTRUMENTAL_COMPLEMENT_ROLES: frozenset[str] = frozenset()
"""Role nouns whose complement stands in the instrumental: none in Ukrainian, whose role
nouns take the genitive (``завідувач відділення``, ``командувач військ``)."""

UNIT_HEAD_ROLES: frozenset[str] = frozenset({"декан", "завідувач"})
"""Role nouns that name the person running a unit: the noun right after them (with its
adjectives) is the unit, part of the position (``завідувач відділення``, ``завідувач
кафедри``), not a body of its own."""

NAMED_DIVISION_NOUNS: frozenset[str] = frozenset({"департамент", "кафедра", "управління"})
"""Nouns of a body's division that, named by a complement of its own (``управління освіти``,
``департаменту культури``, ``кафедри фізики``), is an organisation of its own, as the held-out
gold and dev (``начальника`` + ``управління музейної справи``) tag it: with no body after it,
the role noun before it is the position alone. With the parent body after it (``начальник
управління ... міськради``) it stays part of the position. ``відділ`` and ``сектор``, parts of
a division, are not listed."""

STATE_BODY_NOUNS: frozenset[str] = frozenset({"парламент", "уряд"})
"""Nouns of a state's own bodies: in lower case with a country's name in the genitive after
them, that country's body, one organisation (``уряду Японії``, ``парламенту Польщі``)."""

STATE_TITLE_NOUNS: frozenset[str] = frozenset({"держава", "уряд"})
"""Nouns of a state and its government that make a title with ``глава`` or ``голова``:
``глава держави``, ``голова уряду`` (a prime minister) name a position, not a head and a body
of its own."""

ESTABLISHMENT_NOUNS: frozenset[str] = frozenset(
    {
        "виш",
        "гімназія",
        "госпіталь",
        "загін",
        "заклад",
        "лікарня",
        "ліцей",
        "обсерваторія",
        "поліклініка",
        "поліція",
        "порт",
        "санаторій",
        "стаціонар",
        "школа",
    }
)
"""Organisation nouns of an establishment (a hospital, a school, ``заклад`` itself) or a police
force: after a role noun it is a body of its own, never a unit of the job, even with a
lower-case complement or adjective (``головний лікар лікарні швидкої допомоги``, ``директор
школи мистецтв``, ``інспектор патрульної поліції``, ``директор закладу``), as a port, a
detachment (``загін``: of the border guard or the rescue service), an observatory, a
university (``виш``), a hospital's ward (``стаціонар``) and a utility (`UTILITY_NOUNS`:
``директор водоканалу``) are. A department
(`DEPARTMENT_NOUNS`) is not one: after a role noun it is the role's unit (``директор
департаменту культури``), as a regional directorate (``начальник обласного управління``) or a
``відділ`` is (``начальник відділу кадрів``)."""

BOARD_NOUNS: frozenset[str] = frozenset({"дирекція", "правління", "президія"})
"""Nouns of a body's governing organ, which no name of its own follows: a quoted name right
after one (``голови правління «Укргазбанку»``) is the body it governs, and the organ stays
part of the position, as it does before a body's name in any other form."""

CLAUSE_ADVERBS: frozenset[str] = frozenset({"вже", "уже", "ще", "також", "теж"})
"""Adverbs and particles that stand between a subject and its verb (``енергетики вже
розпочали``), listed as the dictionary reads some of them as no adverb."""

COUNTRY_NOUNS: frozenset[str] = frozenset({"країна"})
"""Nouns for a country: in a role's complement (``посли країн Євросоюзу``) the country is a
participant or place of its own, as its name is, not part of the position."""

STATE_FORM_NOUNS: frozenset[str] = frozenset(
    {"республіка", "королівство", "князівство", "федерація", "держава", "співдружність"}
)
"""Nouns of a state's form that take its name in the nominative as an apposition
(``послом Республіки Польща в Україні``, ``Королівства Норвегія``): the name goes on the
role's complement although it does not agree in case."""

AMBIGUOUS_ROLE_NOUNS: frozenset[str] = frozenset({"голова", "глава"})
"""Role nouns that are also common words (a head, a chapter): a position only with a
complement, a modifier (``міський голова``) or a name right after them."""

TERRITORIAL_ADJECTIVES: frozenset[str] = frozenset(
    {"обласний", "міський", "районний", "регіональний", "сільський", "селищний", "крайовий"}
)
"""Adjectives that place a body in a territory: ``голова обласної ради`` names the council of
one region, a body of its own, while ``начальник відділу кадрів`` names a unit of the job."""

FEMININE_ROLE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ниця", "ник"),
    ("овиця", "овець"),
    ("иня", ""),
    ("терка", "тр"),
    ("ка", ""),
)
"""Endings that make a feminine role noun from a masculine one, each with the masculine ending
it replaces (``заступниця`` -> ``заступник``, ``науковиця`` -> ``науковець``, ``речникиня`` ->
``речник``, ``міністерка`` -> ``міністр``, whose stem takes a vowel before ``-ка``,
``директорка`` -> ``директор``): one entry of `ROLE_NOUNS` covers both genders."""

ROLE_MODIFIERS: frozenset[str] = frozenset(
    {
        "виконувач",
        "виконавчий",
        "генеральний",
        "головний",
        "заслужений",
        "колишній",
        "надзвичайний",
        "народний",
        "новий",
        "новообраний",
        "міський",
        "обласний",
        "селищний",
        "сільський",
        "перший",
        "повноважний",
        "почесний",
        "старший",
        "тимчасовий",
        "чинний",
        # The field a director or manager answers for, and a post's grade or shift.
        "комерційний",
        "медичний",
        "операційний",
        "спортивний",
        "творчий",
        "фінансовий",
        "художній",
        "молодший",
        "провідний",
        "черговий",
    }
)
"""Adjectives that may open a role phrase (``Надзвичайний і Повноважний Посол``), a field's
adjective that `RELATIONAL_ENDINGS` do not tell (``комерційний директор``, ``художній
керівник``) and a post's grade or shift (``провідний інженер``, ``черговий лікар``)."""

RELATIONAL_ENDINGS: tuple[str, ...] = ("альний", "ичний", "ічний", "ячий", "ейний")
"""Lemma endings of adjectives made from a field's name, which title a role when written
before its noun (``театральний режисер``, ``юридичний радник``, ``технічний директор``), or
from the name of whom the role serves (``дитячий хірург``, ``сімейний лікар``: relational
adjectives of ``дитя``, ``сім'я``, which classify the profession, as qualitative ones never do)."""

AGE_ADJECTIVE_ENDINGS: tuple[str, ...] = ("річний",)
"""Lemma endings of adjectives of a person's age (``45-річний``): they end like a field's
adjective (``-ічний``) but only describe the person, no part of the role."""

STATUS_MODIFIERS: frozenset[str] = frozenset(
    {
        "діючий",
        "заслужений",
        "колишній",
        "майбутній",
        "нинішній",
        "новий",
        "новообраний",
        "теперішній",
        "тимчасовий",
        "тодішній",
        "чинний",
    }
)
"""Adjectives before a role that tell when or how someone holds it, not what the role is
(``колишній губернатор``); they stay in a person's role but outside the position itself."""

DEPUTY_PREFIXES: tuple[str, ...] = ("зам",)
"""Clipped prefixes joined to a role noun in the genitive to name its deputy, one word that
does not decline (``замміністра``, ``замголови``, ``замдиректора``)."""

ROLE_PREFIXES: frozenset[str] = frozenset({"екс", "віце"})
"""Hyphenated prefixes that keep a role noun a role noun (``екс-голова``, ``віце-мер``)."""

JOINED_ROLE_PREFIXES: frozenset[str] = frozenset({"віце"})
"""Prefixes written together with the role noun they keep a role noun since the 2019 spelling
(``віцеголова``, ``віцемер``, ``віцепрезидент``)."""

ORGANIZATION_NOUNS: frozenset[str] = frozenset(
    {
        "агентство",
        "агенція",
        "адміністрація",
        "аеропорт",
        "академія",
        "апарат",
        "асоціація",
        "банк",
        "блок",
        "бюро",
        "парламент",
        "бібліотека",
        "виборчком",
        "видавництво",
        "видання",
        "відділ",
        "відділення",
        "газета",
        "господарство",
        "госпсуд",
        "гімназія",
        "департамент",
        "держадміністрація",
        "диспансер",
        "журнал",
        "завод",
        "шахта",
        "рудник",
        "заповідник",
        "залізниця",
        "кабінет",
        "кластер",
        "клуб",
        "колегія",
        "коледж",
        "комбінат",
        "компанія",
        "комісія",
        "комітет",
        "концерн",
        "кооператив",
        "корпорація",
        "лікарня",
        "лісгосп",
        "лісництво",
        "ліцей",
        "мерія",
        "поліція",
        "метрополітен",
        "музей",
        "міністерство",
        "міськвиконком",
        "міськдержадміністрація",
        "міськрада",
        "об'єднання",
        "облдержадміністрація",
        "облрада",
        "організація",
        "осередок",
        "офіс",
        "офшор",
        "палата",
        "палац",
        "пансіонат",
        "партія",
        "посольство",
        "консульство",
        "прокуратура",
        "підприємство",
        "рада",
        "радіостанція",
        "райдержадміністрація",
        "райрада",
        "редакція",
        "секретаріат",
        "секта",
        "сила",
        "служба",
        "спілка",
        "союз",
        "суд",
        "райсуд",
        "міськрайсуд",
        "сільрада",
        "театр",
        "телеканал",
        "телекомпанія",
        "товариство",
        "трест",
        "университет",
        "університет",
        "управління",
        "уряд",
        "установа",
        "училище",
        "фабрика",
        "федерація",
        "фонд",
        "фракція",
        "філія",
        "фірма",
        "холдинг",
        "центр",
        "школа",
        "штаб",
        "інспекція",
        "інститут",
        "інформагентство",
    }
)
"""Nouns heading an organisation's name (``компанія``, ``департамент``, ``ФОК``)."""

INSTITUTION_HEADS: frozenset[str] = frozenset(
    {
        "агентство",
        "адміністрація",
        "академія",
        "асоціація",
        "департамент",
        "інспекція",
        "інститут",
        "комісія",
        "комітет",
        "міністерство",
        "офіс",
        "прокуратура",
        "служба",
        "спілка",
        "суд",
        "університет",
        "управління",
        "федерація",
    }
)
"""Organisation nouns that with a genitive complement name one public body even when only the
position at the start of a sentence gives them their capital (``Міністерство економіки
погодило``, ``Управління освіти повідомило``)."""

NAMED_AFTER_HEADS: frozenset[str] = frozenset(
    {"блок", "фонд", "фундація", "партія", "центр", "інститут", "музей"}
)
"""Organisation nouns that, capitalised, take the name of a leader or patron in the genitive as
their own name (``Блок Петра Порошенка``, ``Фонд Ріната Ахметова``, ``Центр Разумкова``)."""

UNIT_KIND_ADJECTIVES: frozenset[str] = frozenset(
    {"аварійний", "черговий", "постійний", "ремонтний", "тимчасовий", "екстрений", "профільний"}
)
"""Adjectives that say what work or term a unit has, not which body it is: with one, a body noun
names any crew or committee of that kind (``викликали аварійну службу``, ``постійна комісія з
питань бюджету``, ``член профільної комісії``: the committee of the field in question), not
the one body of the text."""

DEFINITE_BODY_HEADS: frozenset[str] = frozenset(
    {
        "адміністрація",
        "інспекція",
        "комісія",
        "поліція",
        "прокуратура",
        "рада",
        "служба",
        "суд",
    }
)
"""Nouns of public bodies that, classified by relational adjectives, name the one body the text
is about even in lower case (``міграційна служба``, ``обласна рада``, ``районний суд``)."""

BACK_REFERENCE_NOUNS: dict[str, frozenset[str]] = {
    "відомство": frozenset({"міністерство", "служба", "агентство", "інспекція", "комісія"}),
    "рада": frozenset({"рада"}),
    "виконком": frozenset({"виконком"}),
    "адміністрація": frozenset(
        {
            "адміністрація",
            "держадміністрація",
            "міськдержадміністрація",
            "облдержадміністрація",
            "райдержадміністрація",
        }
    ),
    "міністерство": frozenset({"міністерство"}),
}
"""Nouns that refer back to an organisation named before by another head (``відомства`` after
``Міністерство юстиції``): the heads of the names each may refer to. The organs of state power
also stand bare for the one named before: a council and its executive committee (``сесія
ради`` after ``Волинська обласна рада``), an administration (``адміністрація`` after
``облдержадміністрація``), a ministry (``міністерством``), as the dev gold tags them; a bare
``суд``, ``прокуратура`` or ``компанія`` (a court, prosecutors, a business) it leaves
untagged."""

DEPARTMENT_NOUNS: frozenset[str] = frozenset({"департамент", "управління"})
"""Nouns of a department or directorate of a body: with its field in the genitive and the body
after it, or with territorial adjectives before a service's name, one organisation
(``департаменту освіти Київської ОВА``, ``обласного управління ДСНС``); a generic sub-unit
(``відділ``) is not one, it is folded into the role."""

PLURAL_ORGANIZATION_NOUNS: frozenset[str] = frozenset({"сила"})
"""Organisation nouns whose names are plural (``Збройні Сили України``, ``Сили оборони``): a
plural head names one body only with a capital of its own or a capitalised adjective."""

FORCE_OWNER_ADJECTIVES: frozenset[str] = frozenset(
    {"окупаційний", "російський", "ворожий", "рашистський", "український"}
)
"""Adjectives that say whose forces a plural head names, or how the writer judges them,
never a body's name (``Окупаційні сили Росії``, ``Російські сили``, ``ворожі сили``,
``Українські сили ППО``): a named body's adjective says what kind of forces it is
(``Збройні сили``, ``Повітряні сили``)."""

INSTRUMENTAL_HEADS: frozenset[str] = frozenset({"управління"})
"""Organisation nouns made from a verb that governs the instrumental, which then completes the
name (``Державне управління справами``)."""

STUMP_EXPANSIONS: dict[str, str] = {
    "міськрада": "міська рада",
    "облрада": "обласна рада",
    "райрада": "районна рада",
    "сільрада": "сільська рада",
    "селищрада": "селищна рада",
    "міськвиконком": "виконавчий комітет",
    "облвиконком": "виконавчий комітет",
    "райвиконком": "виконавчий комітет",
    "міськдержадміністрація": "міська державна адміністрація",
    "облдержадміністрація": "обласна державна адміністрація",
    "райдержадміністрація": "районна державна адміністрація",
    "госпсуд": "господарський суд",
}
"""Compound abbreviations of a body (``міськрада``) and the words of the full name they shorten
(``міська рада``): a compound names the one body of the text whose full name holds them."""

STUMP_ORGANIZATION_NOUNS: frozenset[str] = frozenset(
    {
        "госпсуд",
        "міськвиконком",
        "міськдержадміністрація",
        "міськрада",
        "облвиконком",
        "облдержадміністрація",
        "облрада",
        "райвиконком",
        "райдержадміністрація",
        "райрада",
        "сільрада",
        "селищрада",
    }
)
"""Compound abbreviations (``облрада`` = обласна рада) that stand for the one body of the place
the text is about: an organisation even in lower case (``депутат облради``)."""

STATE_STUMP_PREFIXES: tuple[str, ...] = ("держ", "укр", "нац", "мін")
"""Opening parts of compound names of state bodies and companies (``Держспецзв'язок``,
``Укрзалізниця``, ``Нацбанк``, ``Мінкульт``): a capitalised noun the dictionary does not know
that opens with one names an organisation."""

NAMELESS_STUMP_PREFIXES: tuple[str, ...] = ("укр",)
"""`STATE_STUMP_PREFIXES` that open no person's or place's name: a capitalised word the
dictionary does not know that opens with one is a compound name of a body in any case
(``Укрзалізниці``, ``Укравтодору``), whatever the dictionary guesses of its forms."""

STUMP_HEADS: dict[str, str] = {"мін": "міністерство"}
"""Stump prefixes and the head noun they shorten: a compound name with the prefix and the one
full name of the text whose head is that noun and whose next word opens as the compound's
rest are one body (``Міненерго`` and ``Міністерство енергетики України``, ``Мінкульт`` and
``Міністерство культури``)."""

UTILITY_STEMS: tuple[str, ...] = ("водоканал", "енерго", "газ")
"""Last parts of compound names of utility companies: a capitalised word the dictionary does not
know that ends with one (after a case ending of `UTILITY_CASE_ENDINGS`) and opens with a place
or a body (three letters at least) names a company (``Харківобленерго``, ``Миколаївгазу``,
``Міськводоканал``)."""

UTILITY_CASE_ENDINGS: tuple[str, ...] = ("ові", "ом", "а", "у", "і")
"""Case endings a masculine `UTILITY_STEMS` compound takes (``энерго`` takes none)."""

UTILITY_NOUNS: frozenset[str] = frozenset(
    {"метрополітен", "водоканал", "міськгаз", "облгаз", "обленерго", "міськсвітло"}
)
"""Common nouns of the one company that runs a network of its city or region: in the singular
and in lower case one names that company (``роботу метрополітену
відновили``, ``працівники водоканалу``)."""

NATIONAL_SERVICE_NOUNS: frozenset[str] = frozenset({"поліція"})
"""Common nouns of a service the country has one of, whose offices in every region are its
parts: in the singular and in lower case one names that service (``слідчі поліції``, ``на
місці працюють рятувальники та поліція``), or with a region after it its office there
(``поліції Вінницької області``). Not ``прокуратура``: a bare one also stands for the
prosecution of a case (``прокуратура пішла в суд``), which the dev gold does not tag."""

SUBSIDIARY_NOUNS: frozenset[str] = frozenset({"електромережа", "газмережа", "тепломережа"})
"""Lemmas of the network a group's regional company runs, the noun of its name after the
group's acronym and a place adjective (``ДТЕК Київські електромережі``). Another noun there
opens a new phrase, the subject of its own verb (``Для ЗСУ Тернопільська громада закупила``,
``представника ООН Українська сторона``)."""

SETTLEMENT_ROOTS: tuple[str, ...] = ("град", "город")
"""Last roots of compound names of towns (``Мирноград``, ``Ужгород``): a word with a reading whose
lemma ends with one is a town's name, never a compound headed by an organisation noun (the
analyser's guess ``мирнограда`` for an unknown ``Мирноград`` ends as ``рада`` does)."""

STATE_STUMP_THING_RESTS: tuple[str, ...] = (
    "бюджет",
    "борг",
    "валют",
    "закупів",
    "кордон",
    "майн",
    "допомог",
    "регулюван",
)
"""Openings of the rest of a compound after a `STATE_STUMP_PREFIXES` prefix that name a thing of
the state, not a body (``Держбюджет``, ``Держборг``, ``Нацвалюта``, ``Держзакупівлі``): such a
compound is no organisation's name."""

STATE_STUMP_EXCEPTIONS: tuple[str, ...] = ("держав", "україн", "націон", "мінім", "мінус")
"""Openings of ordinary words that share a `STATE_STUMP_PREFIXES` prefix (``держава``,
``Україна``, ``національний``)."""

SETTLEMENT_ABBREVIATIONS: frozenset[str] = frozenset({"м", "с", "смт", "сел"})
"""Abbreviations of a settlement's type written with a full stop before its name (``м.
Житомира``): they end no name or sentence."""

NAME_ABBREVIATIONS: frozenset[str] = SETTLEMENT_ABBREVIATIONS | frozenset(
    {"акад", "бул", "бульв", "вул", "ім", "наб", "пл", "пров", "просп", "проф", "св"}
)
"""Abbreviations written with a full stop right before a name (``м. Суми``, ``вул. Франка``,
``ім. Шевченка``, ``проф. Коваль``): their full stop ends no sentence, so the capital after
it is the name's own."""

NUMBERED_INSTITUTION_NOUNS: frozenset[str] = frozenset(
    {
        "пту",
        "зош",
        "гімназія",
        "лікарня",
        "ліцей",
        "поліклініка",
        "садок",
        "школа",
        "училище",
        "колонія",
    }
)
"""Nouns of institutions known by a number (``ліцей № 5``, ``школа №12``): with the number
they name one institution, in any letter case."""


TEAM_NOUNS: frozenset[str] = frozenset(
    {"ансамбль", "група", "гурт", "збірна", "колектив", "команда", "оркестр", "хор"}
)
"""Nouns for a team or band that head a quoted name: ``команди «Сокіл»`` names the
organisation ``Сокіл``, mentioned without the noun."""

CHAIN_NOUNS: frozenset[str] = frozenset({"мережа", "ланцюжок"})
"""Nouns for a chain of shops or outlets that heads a quoted name, maybe through a plural
genitive of what the chain runs (``мережа супермаркетів «X»``, ``мережі аптек «Y»``)."""

TITLE_NOUNS: frozenset[str] = frozenset(
    {
        "акція",
        "гра",
        "додаток",
        "застосунок",
        "ініціатива",
        "кампанія",
        "альбом",
        "вистава",
        "виставка",
        "збірка",
        "картина",
        "книга",
        "книжка",
        "конкурс",
        "марафон",
        "номінація",
        "платформа",
        "пісня",
        "програма",
        "проєкт",
        "проект",
        "реформа",
        "роман",
        "серіал",
        "стратегія",
        "фестиваль",
        "фільм",
        "форум",
    }
)
"""Nouns that name a work, project or campaign: a quoted name right after one (across a dash)
is that work's title (``проєкт - «Моя школа»``), not an organisation, even when the title holds
an organisation noun."""

PRESS_TITLE_NOUNS: frozenset[str] = frozenset(
    {
        "правда",
        "кур'єр",
        "вість",
        "новина",
        "газета",
        "телеграф",
        "експрес",
        "відомість",
        "оглядач",
        "репортер",
    }
)
"""Nouns that head the titles of newspapers and news sites (the truth, the courier, the
news): a capitalised name in marks with one of them is an outlet, in any case the sentence
puts it (``«Економічній правді»``, ``«Західного кур'єра»``). Entries are the dictionary's
lemmas, the singular of a plural title (``вість`` for ``«Вісті ...»``). ``вісник`` (a herald,
also an official bulletin of documents: ``«Вісник держзакупівель»``, no outlet in the dev
gold) is left out."""

PRESS_SERVICE_NOUNS: frozenset[str] = frozenset(
    {"пресслужба", "прес-служба", "пресцентр", "прес-центр", "пресофіс", "прес-офіс"}
)
"""Nouns for the office that speaks for an organisation: ``пресслужба «X»`` is X itself."""

PRESS_CONTACT_NOUNS: frozenset[str] = frozenset(
    {"журналіст", "кореспондент", "коментар", "інтерв'ю", "ефір", "редакція"}
)
"""Nouns of speaking to the press (``журналістам X``, ``у коментарі X``, ``в ефірі X``): a
name standing in the genitive or dative after one is the outlet spoken to."""

PLACE_NOUNS: frozenset[str] = frozenset(
    {
        "громада",
        "країна",
        "місто",
        "область",
        "повіт",
        "район",
        "регіон",
        "село",
        "селище",
        "штат",
    }
)
"""Nouns for a place that take its name in apposition, in any case (``міста Люблін``); a
territorial community (``Малинівська громада``) is a place, not an organisation."""

FIELD_NOUNS: frozenset[str] = frozenset({"господарство"})
"""Organisation nouns that also name a field of work: inside a role's complement they are the
field (``начальник відділу лісового господарства``), not a separate organisation."""

GROUP_NOUNS: frozenset[str] = frozenset(
    {
        "бригада",
        "група",
        "делегація",
        "екіпаж",
        "команда",
        "колектив",
        "місія",
        "робоча група",
    }
)
"""Nouns naming a group of people acting together (``делегація``); a complement must follow."""

COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    {
        "громадськість",
        "ком'юніті",
        "сектор",
        "спільнота",
    }
)
"""Nouns naming a community or sector as a whole (``IT-сектор Харкова``, ``громадськість міста``).

They name a participant only with a genitive complement that holds a proper name; the last
part of a hyphenated word counts (``IT-сектор``, ``бізнес-спільнота``).
"""

MEMBER_NOUNS: frozenset[str] = frozenset({"делегат", "представник", "учасник", "член"})
"""Nouns for members of a body; in the plural with a named complement they make a group
(``представники США``). Before a group noun (``члени делегації``) the group itself is meant."""

NAME_APPOSITION_NOUNS: frozenset[str] = frozenset(
    {
        "батько",
        "брат",
        "дочка",
        "донька",
        "дружина",
        "мати",
        "онук",
        "онука",
        "пан",
        "пані",
        "прізвище",
        "псевдонім",
        "сестра",
        "син",
    }
)
"""Kinship and courtesy nouns, and the nouns for a name, that take a person's name in
apposition (``пана Енгельгарта``, ``брати Саїт і Дилявер``, ``прізвище Смаглій``): the
capitalised words after them are names even when the dictionary does not know them."""

COORDINATORS: frozenset[str] = frozenset({"і", "й", "та"})
"""Conjunctions that coordinate two complements or two first names (``Микола та Лариса``)."""

APPOINTING_VERBS: frozenset[str] = frozenset(
    {"обрати", "обраний", "перепризначити", "призначений", "призначити", "стати"}
)
"""Lemmas of the verbs that give a person a position named in the instrumental
(``Директором ліцею призначили Ярину Ковтунович``, ``Ярина Ковтунович стала директоркою``)."""

COMITATIVE_PREPOSITIONS: frozenset[str] = frozenset({"з", "зі", "із"})
"""Prepositions of company that govern a person's instrumental (``зустріч з Сорином Григоряну``)."""

GENITIVE_NAME_ENDINGS: frozenset[str] = frozenset({"а", "я", "и"})
"""Last letters of a surname in the genitive (``Орбана``, ``Науседи`` of ``Науседа``): after a
country in the instrumental (``з Литвою Науседи``) it is the country's leader, no name of the
instrumental. A foreign surname that does not decline ends otherwise (``Санду``, ``Мацейкене``,
``Кутраппалі``: Ukrainian writes ``-і`` there)."""

INDECLINABLE_NAME_ENDINGS: tuple[str, ...] = ("е", "є", "і", "и", "о", "у", "ю")
"""Final vowels of a foreign first name that does not decline (``Гельге``, ``Хідео``): one the
dictionary does not know, right before a surname in the instrumental, is in the instrumental as
written."""

INSTRUMENTAL_NAME_ENDINGS: tuple[tuple[str, str, str | None], ...] = (
    *((f"{v}єм", f"{v}й", "masc") for v in "аяоеуюі"),
    *((f"{c}ею", f"{c}а", None) for c in "жшчщц"),
    ("єю", "я", "femn"),
    ("ею", "я", "femn"),
    ("ою", "а", "femn"),
    ("ом", "", "masc"),
    ("лем", "ль", "masc"),
    ("ем", "", "masc"),
    ("єм", "", "masc"),
)
"""Instrumental endings of a foreign first name or surname the dictionary does not know, with
what replaces them in the nominative and the gender they show, the first that fits: a name
in ``-й`` takes ``-єм`` after its vowel (``Михаєм`` -> ``Михай``), one in a hard consonant
``-ом`` (``Йонасом`` -> ``Йонас``), one in ``-ль`` ``-лем`` (``Каролем`` -> ``Кароль``: a hard
``л`` takes ``-ом``), any other ``-ем`` (``Томашем`` -> ``Томаш``), one in ``-а`` ``-ою``
(``Ієвою`` -> ``Ієва``, a woman's name), or ``-ею`` after a hissing consonant or ``ц``
(``Каракашею`` -> ``Каракаша``, of either gender), one in ``-я`` ``-єю`` (``Маєю`` ->
``Мая``). A name with none of these endings does not decline (``Григоряну``, ``Мацейкене``)
and is its own nominative."""


ORGANIZATION_ACRONYMS: frozenset[str] = frozenset(
    {
        "ВАКС",
        "ЗСУ",
        "КМДА",
        "МВС",
        "МЗС",
        "МОЗ",
        "НАБУ",
        "НАТО",
        "НБУ",
        "ОДА",
        "ООН",
        "РДА",
        "САП",
        "СБУ",
        "ХОДА",
    }
)
"""Upper-case abbreviations that name an organisation wherever they occur, also those the
dictionary reads as a common noun (``ВАКС``: the anti-corruption court, not ``вакса``;
``САП``: the anti-corruption prosecutors, not ``сап``)."""

WEAPON_ACRONYMS: frozenset[str] = frozenset(
    {
        "БПЛА",
        "БпЛА",
        "ЗРК",
        "КАБ",
        "ПЗРК",
        "ППО",
        "ПТРК",
        "РЕБ",
        "РЛС",
        "РСЗВ",
        "УАБ",
        "ФАБ",
        "ЕКГ",
        "КТ",
        "МРТ",
        "УЗД",
        "ШВЛ",
    }
)
"""Initialisms of weapons and of medical or technical devices (``КАБ``: a guided bomb, ``РСЗВ``:
a rocket launcher, ``МРТ``: a scanner): things used or struck, never an organisation, also
declined (``КАБами``) or before a quoted model name (``РСЗВ «Ураган»``)."""

OTHER_ACRONYMS: frozenset[str] = WEAPON_ACRONYMS | frozenset(
    {
        "АЗС",
        "ЗВО",
        "ЗОШ",
        "ПТУ",
        "СТО",
        "КПК",
        "АРК",
        "АТО",
        "ВВП",
        "ВНЗ",
        "ВПЛ",
        "ВПО",
        "ДНР",
        "ДТП",
        "ЄДРПОУ",
        "ЄС",
        "ЖКГ",
        "ЗМІ",
        "ЗНО",
        "НМТ",
        "ДПА",
        "ІПН",
        "ІТ",
        "ЛНР",
        "ООС",
        "ОРДЛО",
        "ПДВ",
        "ПДФО",
        "РФ",
        "СНД",
        "СРСР",
        "США",
        "УРСР",
        "ФОП",
        "COVID",
        "EU",
        "GDP",
        "IT",
        "UA",
        "USA",
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
"""Upper-case abbreviations of things that are not organisations (places, fields, taxes, school
exams: ``ЗНО``, ``НМТ``; people of one status: ``ВПО``, ``ВПЛ``, internally displaced persons;
kinds of institution or facility: ``ПТУ``, ``ЗОШ``, ``АЗС``; a number makes one of them an
institution, see `NUMBERED_INSTITUTION_NOUNS`); technical and banking abbreviations of a
thing, a message or a code (``код із SMS``, ``PIN-код``, ``CVV``, ``GPS``), common in reports
of fraud, never a body."""

BUILDING_NOUNS: frozenset[str] = frozenset({"палац"})
"""Organisation nouns that also name a building: a body only with a complement or a quoted
name after them (``Палац спорту``, ``Палац культури «Х»``), a place when an adjective alone
names them (``у Маріїнському палаці``)."""

TRADE_NOUNS: frozenset[str] = frozenset(
    {
        "аграрій",
        "будівельник",
        "вибухотехнік",
        "водій",
        "водолаз",
        "гірник",
        "дорожник",
        "електрик",
        "залізничник",
        "зварник",
        "комунальник",
        "машиніст",
        "механік",
        "монтажник",
        "піротехнік",
        "робітник",
        "сапер",
        "шахтар",
        "охоронець",
        "підрядник",
        "сторож",
        "електромонтер",
        "монтер",
        "кондуктор",
        "куратор",
        "кураторка",
    }
)
"""Role nouns of a trade, people who do the work with their hands (``водій``, ``робітники``,
``будівельники``), guard it (``охоронець``), contract for it (``підрядник``) or curate it
(``куратор виставки``: the show curated, no office): a genitive
after one names whom or what the worker works for or on (``водій маршрутки``, ``робітники
заводу``, ``охоронець складу``, ``підрядник мосту``), not a post, so the position is the noun
alone."""

VEHICLE_NOUNS: frozenset[str] = frozenset(
    {
        "авто",
        "автобус",
        "автомобіль",
        "вантажівка",
        "водій",
        "легковик",
        "марка",
        "мікроавтобус",
        "мотоцикл",
        "позашляховик",
        "тягач",
        "фура",
    }
)
"""Nouns for a vehicle, its make and its driver: a Latin name right after one is the vehicle's
make and model (``автомобіль Volkswagen Crafter``, ``марки Toyota``, ``водій Mercedes-Benz
Sprinter``), not an organisation."""

FACILITY_ACRONYMS: frozenset[str] = frozenset({"АЕС", "ГАЕС", "ГЕС", "ТЕС", "ТЕЦ"})
"""Initialisms of a kind of plant (a power or heating plant): an organisation only when an
adjective names the one meant (``Херсонська ТЕЦ``), not alone (``пошкоджено ТЕЦ``)."""

PLACE_ADJECTIVE_SUFFIXES: tuple[str, ...] = ("ськ", "цьк", "зьк")
"""Suffixes of an adjective made from a place's name, before its ending (``Малинівська
громада``): such a word before an inanimate noun it agrees with is no surname."""

ACRONYM_COUNTRIES: frozenset[str] = frozenset({"україна"})
"""Lemmas of the country a body's acronym may take in the genitive as part of its name
(``СБУ України``, ``СБУ Украины``)."""

HOST_SEATS: frozenset[str] = frozenset({"київ", "україна"})
"""Lemmas of the host country and its capital, after which foreign bodies' offices are named
(``Польський інститут у Києві``, ``Британська Рада в Україні``): such a seat stays in the
name even right before the body's verb, where another city after ``в``/``у`` may be the place
of the act."""


DIPLOMATIC_MISSION_NOUNS: frozenset[str] = frozenset(
    {"посольство", "консульство", "генконсульство"}
)
"""Lemmas of a state's mission abroad: the country it represents in the genitive and the
country or city it sits in are both its name (``Посольства Данії в Україні``, ``Консульство
Польщі у Львові``), as a foreign body's seat is (`HOST_SEATS`)."""

REPRESENTATION_PREPOSITIONS: frozenset[str] = frozenset({"від"})
"""Prepositions between a role noun and the party or body its holder stands for
(``депутат від «Батьківщини»``): a quoted name after them is an organisation."""

SOURCE_PHRASES: frozenset[str] = frozenset({"за даними", "за інформацією", "за повідомленням"})
"""Two-word phrases that cite the source of figures or news: a one-word quoted name after one
is the body or outlet cited (``за даними «Укренерго»``)."""

TERRITORY_PREPOSITIONS: frozenset[str] = frozenset({"в", "у"})
"""Prepositions before the region a body serves, with a capitalised adjective and a place noun
in the locative, which complete the body's name (``ГУ Нацполіції в Київській області``, ``у
Полтавській області``)."""

TERRITORIAL_SERVICE_ACRONYMS: frozenset[str] = frozenset(
    {"ДСНС", "СБУ", "ДПС", "ДМС", "ДФС", "ПФУ", "ГУНП", "УПП"}
)
"""Acronyms of state services with a main directorate in every region: the region after one
(`TERRITORY_PREPOSITIONS`, an adjective and a place noun in the locative) names that directorate,
one organisation (``ДСНС у Львівській області``), with or without ``ГУ`` before it. The
National Police has one too: ``ГУНП`` (its main directorate, the ``ГУ`` written into the
initialism) and the patrol police's ``УПП``."""

UNIT_ACRONYMS: frozenset[str] = frozenset({"ГУ"})
"""Initialisms of a body's unit (``ГУ``: main directorate) written before the body's acronym:
with it and the territory it serves they name one organisation (``ГУ ДСНС у Полтавській
області``)."""

ACRONYMS: frozenset[str] = ORGANIZATION_ACRONYMS | OTHER_ACRONYMS
"""Upper-case words that stay upper-case when a caption's case is restored."""

LEGAL_FORMS: frozenset[str] = frozenset(
    {
        "АТ",
        "БФ",
        "ВАТ",
        "ВО",
        "ГО",
        "ДП",
        "ДУ",
        "ЗАТ",
        "КНП",
        "КП",
        "ОСББ",
        "ПАТ",
        "ПП",
        "ПрАТ",
        "СТОВ",
        "ТДВ",
        "ТОВ",
        "ФГ",
        "ФОК",
        # sports clubs: football, futsal, hockey, basketball, volleyball
        "ФК",
        "МФК",
        "ХК",
        "БК",
        "ВК",
    }
)
"""Abbreviations that head an organisation's quoted name (``ТОВ «X»``, ``ФОК «Олімпія»``,
``ФК «Буковина»``)."""

PUBLIC_LEGAL_FORMS: frozenset[str] = frozenset(
    {
        "державний підприємство",
        "держпідприємство",
        "казенний підприємство",
        "комунальний підприємство",
        "комунальний некомерційний підприємство",
        "державний установа",
        "комунальний установа",
        "благодійний фонд",
        "благодійний організація",
    }
)
"""Ownership and non-profit legal forms spelled out, as lemmas (adjectives, then the noun):
those that `LEGAL_FORMS` abbreviates (``ДП``, ``КП``, ``КНП``, ``ДУ``, ``БФ``). Declined before a
name in marks they are part of the organisation (``комунального підприємства «X»``)."""

LATIN_LOWER_WORDS: frozenset[str] = frozenset(
    {"a", "and", "de", "for", "in", "of", "on", "the", "to", "und", "von"}
)
"""Latin function words written in lower case inside restored names (``Bank of America``)."""

ACRONYM_CASE_ENDINGS: tuple[str, ...] = (
    "ами",
    "ові",
    "ам",
    "ах",
    "ів",
    "ом",
    "ою",
    "а",
    "і",
    "ї",
    "у",
    "ю",
)
"""Case endings written in lower case after a declined acronym (``УДАРу``, ``НАБУ`` stays)."""

SETTLEMENT_NAME_MARKERS: frozenset[str] = frozenset({"село", "селище", "хутір"})
"""Lemmas of settlement nouns whose next capitalised word is the settlement's name, never a
person (``біля села Зоряне``), unless a person's noun governs the settlement noun
(``староста села Іван Петренко``)."""

PLACE_NAME_MARKERS: frozenset[str] = frozenset(
    {
        "бульвар",
        "вулиця",
        "імені",
        "метро",
        "міст",
        "набережна",
        "острів",
        "парк",
        "площа",
        "провулок",
        "проспект",
        "сквер",
        "стадіон",
        "станція",
        "узвіз",
        "зупинка",
    }
)
"""Lemmas of words after which a person's name is part of a place's name (``вулиця Шевченка``,
``парку імені Тараса Шевченка``, ``мосту Патона``, ``острови Сент Кітс``); ``імені`` is kept
as written, it has no lemma of its own."""

NAMED_AFTER_WORDS: tuple[str, ...] = ("ім.", "імені")
"""Words, as written, that open the name of the person a body, a street or a park is named after
(``університету імені Івана Франка``, ``бібліотеки ім. Лесі Українки``): the genitive
of ``ім'я`` and its abbreviation; the name after it belongs to the body's name."""

PLACE_NAME_ABBREVIATIONS: frozenset[str] = frozenset(
    {"бул", "бульв", "вул", "ім", "наб", "пл", "пров", "просп"}
)
"""Abbreviations, written with a full stop, of `PLACE_NAME_MARKERS` (``вул. Шевченка``)."""

GENITIVE_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "без",
        "біля",
        "для",
        "до",
        "від",
        "проти",
        "серед",
        "після",
        "замість",
        "крім",
        "окрім",
        "навколо",
        "коло",
        "щодо",
        "заради",
        "протягом",
        "внаслідок",
    }
)
"""Prepositions that govern the genitive only: a name right after one is a genitive
(``проти Станіслава Березкіна`` is a man's, not the nominative of ``Станіслава``)."""

POSSESSIVE_SURNAME_SUFFIXES: tuple[str, ...] = ("ин", "ін", "їн", "ов", "ев", "єв", "ів", "їв")
"""Suffixes of a man's surname made like a possessive (``Шевчишин``, ``Іванов``, ``Ковалів``):
a woman's surname adds ``-а`` in the nominative (``Шевчишина``), a form the dictionary may not
list although it lists the man's genitive spelt alike."""

MASCULINE_SURNAME_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "gent": (("а", ""), ("я", "")),
    "accs": (("а", ""), ("я", "")),
    "datv": (("ові", ""), ("еві", ""), ("єві", ""), ("у", ""), ("ю", "")),
    "ablt": (("ом", ""), ("ем", ""), ("єм", "")),
    "loct": (("ові", ""), ("еві", ""), ("і", ""), ("у", "")),
    "voct": (("е", ""), ("у", "")),
}
"""Endings a man's surname takes in each case, and what replaces them in the nominative, the
first that fits: read only when the dictionary has no surname reading that agrees with the
rest of the name."""

FEMININE_SURNAME_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "gent": (("ої", "а"), ("и", "а"), ("і", "я")),
    "accs": (("у", "а"), ("ю", "я")),
    "datv": (("ій", "а"), ("і", "а")),
    "ablt": (("ою", "а"), ("ею", "я"), ("єю", "я")),
    "loct": (("ій", "а"), ("і", "а")),
    "voct": (("о", "а"), ("е", "я")),
}
"""Endings a woman's surname takes in each case, as `MASCULINE_SURNAME_ENDINGS`."""

LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"в", "у", "при"})
"""Prepositions of the place a post or a body serves, after its proper name
(``посол Литви в Україні``, ``начальник ГУ ДСНС у Полтавській області``)."""

PERSON_LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"о", "об", "при", "на", "по", "в", "у"})
"""Prepositions that govern the locative of a person: a role noun's form that is also a function
word names a person only after one of them (see the Russian ``о после``)."""

FIELD_BODY_HEADS: frozenset[str] = frozenset(
    {"агентство", "інститут", "інспекція", "комісія", "комітет", "служба", "фонд", "центр"}
)
"""Organisation nouns of bodies named by the field they work in: an ongoing activity with its
object after them is part of the name (``центр оцінювання якості освіти``)."""

FIELD_PREPOSITIONS: dict[str, str] = {"з": "gent", "із": "gent", "зі": "gent"}
"""Prepositions after a role noun that name its field, with the case they take
(``директор з маркетингу``, ``заступник з питань освіти``)."""

NOT_FIELD_NOUNS: frozenset[str] = frozenset({"бік", "мета", "нагода", "огляд", "привід"})
"""Lemmas after a field preposition that make a compound preposition or a circumstance, not a
field (``з боку``, ``з метою``, ``з нагоди``, ``з огляду на``, ``з приводу``)."""

PROPER_ADJECTIVE_ENDINGS: tuple[str, ...] = ("ський", "цький", "зький")
"""Lemma endings of adjectives made from place names (``Ковельський``, ``Шевченківський``)."""

GENERIC_ORGANIZATION_ADJECTIVES: frozenset[str] = frozenset(
    {
        "господарський",
        "громадський",
        "людський",
        "міський",
        "президентський",
        "сільський",
        "селищний",
    }
)
"""Adjectives in ``-ський`` that say what kind an organisation is, not where it is: opening a
sentence (``Міська рада вирішила``) they do not make a phrase a proper name."""

TIME_NOUNS: frozenset[str] = frozenset(
    {
        "березень",
        "вересень",
        "весна",
        "вечір",
        "грудень",
        "день",
        "доба",
        "жовтень",
        "зима",
        "квартал",
        "квітень",
        "липень",
        "листопад",
        "літо",
        "лютий",
        "місяць",
        "ніч",
        "осінь",
        "період",
        "ранок",
        "рік",
        "рок",
        "сезон",
        "серпень",
        "січень",
        "травень",
        "тиждень",
        "час",
        "червень",
    }
)
"""Nouns of time, months and seasons: ``минулого тижня``, ``минулої весни`` after a name is
when, not part of the name."""

NON_ORGANIZATION_NAMES: frozenset[str] = frozenset(
    {
        "російська федерація",
        "сполучене королівство",
        "радянський союз",
        "європейський союз",
        "євросоюз",
    }
)
"""Nominative names (lower case) headed by an organisation noun that name a state or a union
of states, not an organisation of a role's complement (``посол Європейського союзу``: whose
envoy, as a country's name says)."""

UNION_OF_STATES_NAMES: frozenset[str] = frozenset({"європейський союз", "євросоюз"})
"""The `NON_ORGANIZATION_NAMES` of a union of states that acts as one body (it funds, decides,
sets standards, has a delegation): an organisation wherever else the text names it
(``профінансував Європейський Союз``), as ``ООН`` and ``НАТО`` are; a state
(``Радянського Союзу``) stays a place."""

UNION_OF_STATES_ACRONYMS: frozenset[str] = frozenset({"ЄС"})
"""The acronyms of `UNION_OF_STATES_NAMES`: an organisation, though two letters long and in
`OTHER_ACRONYMS` for a role's complement (``посол ЄС``)."""

BORDER_NOUNS: frozenset[str] = frozenset({"кордон"})
"""Nouns of a border: a union of states after one and ``з`` is a territory (``кордону з
ЄС``), no body."""

NAME_PARTICLES: frozenset[str] = frozenset(
    {"ван", "да", "де", "делла", "дель", "ден", "дер", "дос", "ду", "дю", "ді", "ла", "ле", "фон"}
)
"""Lower-case particles that open a foreign surname (``ван дер Лінден``, ``фон Штайнберг``, ``де
Врис``, ``ді Мауро``); written between a first name and a capitalised word, they join
the two into one name."""

NAME_PARTICLES_ALONE: frozenset[str] = frozenset({"ван", "фон"})
"""The `NAME_PARTICLES` that open a surname with no first name before them even alone
(``ван Берген заявив``): they are no word of the language there, as ``де`` or ``ла`` may be."""

NAME_BLOCKERS: frozenset[str] = frozenset(
    {
        "бог",
        "господь",
        "україна",
        "європа",
    }
)
"""Lemmas never taken as a person's surname even though the dictionary lists them as one."""

SENTENCE_END: frozenset[str] = frozenset({".", "!", "?", "…", "\n"})
"""Characters after which the next capitalised word may be capitalised only by position."""

OPENING_MARKS: frozenset[str] = frozenset({"«", '"', "„", "“", "(", "[", "—", "–", "-", " ", "\t"})
"""Characters skipped when looking back for a sentence end before a word."""

APOSTROPHES: str = "'ʼ’`‘"
"""Apostrophe variants; the pymorphy3 Ukrainian dictionary spells words with ``'``."""

LATIN_ORGANIZATION_WORDS: frozenset[str] = frozenset(
    {
        "agency",
        "association",
        "bank",
        "center",
        "centre",
        "cluster",
        "co",
        "college",
        "company",
        "corp",
        "corporation",
        "council",
        "foundation",
        "fund",
        "group",
        "holding",
        "inc",
        "institute",
        "it",
        "lab",
        "labs",
        "llc",
        "ltd",
        "media",
        "network",
        "news",
        "partners",
        "school",
        "service",
        "solutions",
        "systems",
        "technologies",
        "tech",
        "university",
    }
)
"""Latin words (lower case) that make a two-word Latin name an organisation, not a person."""

DATELINE_LABELS: frozenset[str] = frozenset(
    {
        "відео",
        "блискавка",
        "документ",
        "доповнено",
        "ексклюзив",
        "карта",
        "оновлено",
        "опитування",
        "світлини",
        "список",
        "фото",
        "фоторепортаж",
        "інфографіка",
    }
)
"""Labels of the material that stand in parentheses where an agency would (``(ФОТО)``,
``(ОНОВЛЕНО)``), lower case: no outlet's name."""

NEWS_AGENCIES: frozenset[str] = frozenset(
    {
        "afp",
        "ap",
        "bloomberg",
        "dpa",
        "interfax-ukraine",
        "reuters",
        "ukrinform",
        "інтерфакс",
        "інтерфакс-україна",
        "рбк-україна",
        "укрінформ",
        "уніан",
        "унн",
    }
)
"""News agencies that sign the reports they file after a dateline's city and date, lower case:
in capitals (``УКРІНФОРМ –``) the case tells no name from a label of the material, so only
an agency listed here (or an acronym the dictionary marks) signs a dateline in capitals."""

OUTLET_NAMES: frozenset[str] = frozenset({"голос америки", "радіо свобода"})
"""Broadcasters whose names keep the nominative in any position, lower case (``в ефірі Радіо
Свобода``, ``кореспонденту Радіо Свобода``): with the news agencies (`NEWS_AGENCIES`) of four
letters or more, an outlet wherever the text writes them capitalised (``в коментарі
Інтерфакс-Україна``), also in capitals on a line of their own (``УКРІНФОРМ``)."""

OUTLET_BRANCH_NAMES: frozenset[str] = frozenset({"Суспільне"})
"""Outlets with regional branches named by the city after them, in the nominative whatever the
case of the sentence (``Суспільне Чернігів``, ``Суспільне Одеса``): the branch is the outlet."""

MATCH_VERBS: frozenset[str] = frozenset(
    {"перемогти", "обіграти", "програти", "здолати", "зіграти", "розгромити"}
)
"""Verbs of a match's result or of playing it: a quoted name as their subject or object is a
team (``«Дніпро-1» переміг луганську «Зорю»``)."""

MATCH_NOUNS: frozenset[str] = frozenset({"матч", "поєдинок"})
"""Nouns that name a match: the quoted name after ``проти`` in their sentence is the opponent."""

AGAINST_PREPOSITIONS: frozenset[str] = frozenset({"проти"})
"""The preposition of a match's opponent (``зіграє проти «Полісся»``)."""

FIELD_DEPARTMENT_NOUNS: frozenset[str] = frozenset({"департамент"})
"""`DEPARTMENT_NOUNS` that never mean anything but a unit of government: with its field in
the genitive and no body after it, one organisation (``департаменту освіти``); ``управління``
is also the noun of managing (``управління музейною справою``), so it needs the body."""

PLAYER_NOUNS: frozenset[str] = frozenset(
    {
        "воротар",
        "гравець",
        "гравчиня",
        "голкіпер",
        "нападник",
        "півзахисник",
        "тренер",
        "форвард",
    }
)
"""Nouns of a coach or a player of a team: the name in marks right after them, in the genitive,
is their club (``Тренер «Зорі»``). Not ``захисник`` (also a soldier) nor ``капітан`` (also
a ship's)."""
