"""Word lists for finding people, their roles and organisations (data only, no logic).

Every list holds lower-case lemmas (dictionary forms) unless its docstring says otherwise;
callers compare them with pymorphy3 normal forms, so one entry covers every grammatical case.
"""

from __future__ import annotations

__all__ = [
    "ACRONYMS",
    "APOSTROPHES",
    "GROUP_NOUNS",
    "LATIN_LOWER_WORDS",
    "LEGAL_FORMS",
    "NAME_BLOCKERS",
    "OPENING_MARKS",
    "ORGANIZATION_ACRONYMS",
    "ORGANIZATION_NOUNS",
    "OTHER_ACRONYMS",
    "ROLE_MODIFIERS",
    "ROLE_NOUNS",
    "SENTENCE_END",
]

ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "адвокат",
        "активіст",
        "аналітик",
        "архітектор",
        "бізнесмен",
        "бухгалтер",
        "віце-голова",
        "віце-президент",
        "віце-прем'єр",
        "віце-прем'єр-міністр",
        "волонтер",
        "генерал",
        "гендиректор",
        "генпрокурор",
        "глава",
        "голова",
        "губернатор",
        "депутат",
        "детектив",
        "директор",
        "дипломат",
        "драматург",
        "експерт",
        "економіст",
        "журналіст",
        "завідувач",
        "заступник",
        "засновник",
        "інженер",
        "історик",
        "керівник",
        "командир",
        "командувач",
        "консул",
        "координатор",
        "лікар",
        "лісничий",
        "мер",
        "менеджер",
        "міністр",
        "міський голова",
        "нардеп",
        "начальник",
        "очільник",
        "письменник",
        "поет",
        "політолог",
        "посол",
        "президент",
        "представник",
        "прем'єр",
        "прем'єр-міністр",
        "прокурор",
        "проректор",
        "радник",
        "ректор",
        "речник",
        "секретар",
        "сенатор",
        "слідчий",
        "соціолог",
        "спікер",
        "співзасновник",
        "спеціаліст",
        "суддя",
        "тренер",
        "уповноважений",
        "фахівець",
        "художник",
        "член",
        "юрист",
    }
)
"""Nouns that name a position or occupation (``глава``, ``посол``, ``член``)."""

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
        "обласний",
        "перший",
        "повноважний",
        "почесний",
        "старший",
        "тимчасовий",
        "чинний",
    }
)
"""Adjectives that may open a role phrase (``Надзвичайний і Повноважний Посол``)."""

ORGANIZATION_NOUNS: frozenset[str] = frozenset(
    {
        "агенція",
        "агентство",
        "адміністрація",
        "академія",
        "асоціація",
        "банк",
        "бюро",
        "відділ",
        "відділення",
        "господарство",
        "громада",
        "департамент",
        "завод",
        "інститут",
        "кластер",
        "колегія",
        "комбінат",
        "комісія",
        "комітет",
        "компанія",
        "концерн",
        "корпорація",
        "міністерство",
        "міськвиконком",
        "міськрада",
        "облрада",
        "об'єднання",
        "організація",
        "офіс",
        "палац",
        "партія",
        "підприємство",
        "прокуратура",
        "рада",
        "редакція",
        "служба",
        "спілка",
        "суд",
        "театр",
        "товариство",
        "университет",
        "університет",
        "управління",
        "установа",
        "фонд",
        "холдинг",
        "центр",
        "штаб",
    }
)
"""Nouns heading an organisation's name (``компанія``, ``департамент``, ``ФОК``)."""

GROUP_NOUNS: frozenset[str] = frozenset(
    {
        "бригада",
        "група",
        "делегація",
        "команда",
        "місія",
        "робоча група",
    }
)
"""Nouns naming a group of people acting together (``делегація``)."""

ORGANIZATION_ACRONYMS: frozenset[str] = frozenset(
    {
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
        "СБУ",
        "ХОДА",
    }
)
"""Upper-case abbreviations that name an organisation wherever they occur."""

OTHER_ACRONYMS: frozenset[str] = frozenset(
    {"ВВП", "ЄС", "ЖКГ", "ІТ", "ПДВ", "США", "COVID", "IT", "UA", "USA", "EU", "GDP"}
)
"""Upper-case abbreviations of things that are not organisations (countries, fields, taxes)."""

ACRONYMS: frozenset[str] = ORGANIZATION_ACRONYMS | OTHER_ACRONYMS
"""Upper-case words that stay upper-case when a caption's case is restored."""

LEGAL_FORMS: frozenset[str] = frozenset(
    {"АТ", "ДП", "КП", "ПАТ", "ПП", "ПрАТ", "ТДВ", "ТОВ", "ФОК", "ГО", "БФ", "ОСББ"}
)
"""Abbreviations that head an organisation's quoted name (``ТОВ «X»``, ``ФОК «Олімпія»``)."""

LATIN_LOWER_WORDS: frozenset[str] = frozenset(
    {"a", "and", "de", "for", "in", "of", "on", "the", "to", "und", "von"}
)
"""Latin function words written in lower case inside restored names (``Bank of America``)."""

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
