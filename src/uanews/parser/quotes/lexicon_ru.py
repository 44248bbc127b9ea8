"""Russian lexicons of quotes and speakers: the counterparts of `uanews.parser.quotes.lexicon`.

Every name here mirrors the Ukrainian entry of the same name; the rules read one or the other
through `uanews.parser.language.pick`, as the item's language says. Verbs are dictionary
lemmas of both aspects; `uanews.parser.quotes.speech.speech_forms` expands them with the
Russian dictionary into every personal form a reporter uses (``сказал``, ``сообщила``,
``заявили``, ``сообщается``, ``сказано``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "ADDRESS_LEMMAS",
    "ADDRESS_PREPOSITIONS",
    "ADDRESS_SUBJECTS",
    "ANAPHORIC_BODY_NOUNS",
    "ANAPHORIC_OPENERS",
    "ANNOUNCING_CONJUNCTIONS",
    "ANOTHER_PERSON_WORDS",
    "ASKING_LEMMAS",
    "AS_WORDS",
    "ATTRIBUTION_BREAKS",
    "BODY_COMPOUNDS",
    "BODY_NOUNS",
    "BODY_STAFF_NOUNS",
    "BROADCAST_NOUNS",
    "CALLING_NOUNS",
    "CHANNEL_PREPOSITIONS",
    "CITATION_PHRASES",
    "CLAUSE_GAP_PREPOSITIONS",
    "COORDINATORS",
    "DEPENDENT_BODY_NOUNS",
    "DOCUMENT_ISSUERS",
    "EXCLUDED_FORM_GRAMMEMES",
    "EXPERT_NOUNS",
    "FINDING_LEMMAS",
    "FIRST_PERSON_WORDS",
    "GENERIC_LEADER_NOUNS",
    "GENERIC_SPEAKER_NOUNS",
    "HEADLINE_TOPIC_PREPOSITIONS",
    "INTERVIEWER_NOUNS",
    "INTERVIEW_ANSWER_LABELS",
    "INTERVIEW_LEMMAS",
    "INTERVIEW_QUESTION_LABELS",
    "INVESTIGATOR_NOUNS",
    "KIND_ACRONYMS",
    "KIND_BODY_NOUNS",
    "KIND_NOUNS",
    "LEADER_NOUNS",
    "LINKING_PHRASES",
    "LOCATIVE_PREPOSITIONS",
    "MEDIA_NOUNS",
    "MESSAGE_NOUNS",
    "NEGATIONS",
    "NEW_PERSON_WORDS",
    "NON_SUBJECT_PREPOSITIONS",
    "NOT_CURRENT_ROLE_WORDS",
    "OFFICIAL_NOUNS",
    "ON_BODY_NOUNS",
    "ON_PREPOSITIONS",
    "OPENING_SOURCE_NOUNS",
    "OPINION_LEMMAS",
    "OPINION_NOUNS",
    "OPINION_SOURCE_NOUNS",
    "PERCEPTION_LEMMAS",
    "PLACE_ADJECTIVE_SUFFIXES",
    "PRONOUN_GENDERS",
    "QUOTING_LEMMAS",
    "REASON_CLAUSE",
    "REASON_LEMMAS",
    "RELATIVES",
    "RELATIVE_LEMMAS",
    "REPORTING_PARTICLES",
    "ROLE_SYNONYMS",
    "SECOND_PREDICATE_OPENERS",
    "SEX_NOUNS",
    "SOURCE_NOUNS",
    "SOURCE_PREPOSITIONS",
    "SOURCE_PRONOUNS",
    "SOURCE_QUALIFIER_ENDINGS",
    "SPEECH_ADJECTIVES",
    "SPEECH_LEMMAS",
    "SPEECH_NOUNS",
    "SPEECH_SHORT_FORMS",
    "SPOKESPERSON_NOUNS",
    "STAFF_NOUNS",
    "SUBORDINATORS",
    "SUBUNIT_NOUNS",
    "TEAM_BODY_NOUNS",
    "TOPIC_CLAUSE",
    "TOPIC_PREPOSITIONS",
    "TURN_PHRASES",
    "WINNER_NOUNS",
    "WIN_LEMMAS",
]

SPEECH_LEMMAS: frozenset[str] = frozenset(
    {
        # saying and telling
        "сказать",
        "говорить",
        "молвить",
        "рассказать",
        "рассказывать",
        "сообщить",
        "сообщать",
        "сообщаться",
        # reporting to a superior (``доложил, что``)
        "доложить",
        "докладывать",
        "заявить",
        "заявлять",
        "добавить",
        "добавлять",
        "пояснить",
        "пояснять",
        "объяснить",
        "объяснять",
        "поделиться",
        "делиться",
        "ответить",
        "отвечать",
        "напомнить",
        "напоминать",
        "цитировать",
        "процитировать",
        "написать",
        "писать",
        "воскликнуть",
        "крикнуть",
        "кричать",
        "закричать",
        "пообещать",
        "обещать",
        "прокомментировать",
        "комментировать",
        "озвучить",
        "озвучивать",
        "объявить",
        "объявлять",
        "спросить",
        "спрашивать",
        "отметить",
        "отмечать",
        "уточнить",
        "уточнять",
        "информировать",
        "проинформировать",
        "говориться",
        # stressing and claiming
        "подчеркнуть",
        "подчёркивать",
        "подчеркивать",
        "заметить",
        "замечать",
        "утверждать",
        "констатировать",
        "заверить",
        "заверять",
        "акцентировать",
        "указать",
        "указывать",
        "убеждать",
        "предупредить",
        "предупреждать",
        # warning, advising and urging (``– предостерегает полицейский``, ``– советует врач``)
        "предостеречь",
        "предостерегать",
        "посоветовать",
        "советовать",
        "призвать",
        "призывать",
        "признать",
        "признавать",
        "подтвердить",
        "подтверждать",
        "опровергнуть",
        "опровергать",
        "возразить",
        "возражать",
        "настаивать",
        "предположить",
        "предполагать",
        "резюмировать",
        "подытожить",
        "подытоживать",
        # confessing, repeating and joking (``– признается он``, ``– шутит тренер``)
        "признаться",
        "признаваться",
        "повторить",
        "повторять",
        "пошутить",
        "шутить",
        "высказаться",
        "высказываться",
        # voicing an opinion, a doubt, a hope (``высказал сомнение:``, ``высказала мнение, что``)
        "высказать",
        "высказывать",
        "пожаловаться",
        "жаловаться",
        # opinion, a standard news attribution (``считает эксперт``)
        "считать",
    }
)
"""Lemmas of verbs that introduce or attribute speech."""

SPEECH_ADJECTIVES: frozenset[str] = frozenset({"уверенный", "убеждённый", "убежденный"})
"""Short predicative words that attribute an opinion like a verb (``- уверен эксперт``)."""

SPEECH_SHORT_FORMS: frozenset[str] = frozenset(
    {"уверен", "уверена", "уверены", "убежден", "убеждена", "убеждены", "убеждён"}
)
"""The short forms of `SPEECH_ADJECTIVES` that predicate (``она уверена, что``), as written:
the dictionary spells the feminine ``уверенна`` (of the manner), not ``уверена``."""

SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "ответ",
        "возглас",
        "заявление",
        "обращение",
        "крик",
        "сообщение",
        "прогноз",
        "слово",
        "цитата",
        "комментарий",
        "заверение",
    }
)
"""Nouns that announce words (``дал ответ: «...»``, ``сообщение о том, что ...``)."""

SOURCE_PREPOSITIONS: tuple[str, ...] = ("по", "со", "с")
"""Prepositions that open a source phrase: ``По словам X, ...``, ``Со слов X, ...``."""

SOURCE_PRONOUNS: tuple[str, ...] = ("его", "ее", "её", "их")
"""Possessives that may stand inside a source phrase (``по его словам``) for its speaker."""

SOURCE_NOUNS: tuple[str, ...] = (
    "словам",
    "мнению",
    "убеждению",
    "версии",
    "информации",
    "данным",
    "сведениям",
    "слов",
    "утверждению",
    "оценке",
    "оценкам",
    "сообщению",
    "подсчетам",
    "подсчётам",
    "материалам",
    "прогнозу",
    "прогнозам",
)
"""Nouns that end a source phrase (``по словам``, ``по данным``, ``со слов``)."""

OPENING_SOURCE_NOUNS: frozenset[str] = frozenset({"прогнозу", "прогнозам"})
"""Source nouns that make a source phrase only opening the sentence, set off by a comma
(``По прогнозу синоптиков, ...``): inside a clause (``погода по прогнозам будет``) they are
its adverbial, not a report."""

SOURCE_QUALIFIER_ENDINGS: tuple[str, ...] = ("ым", "им", "ой", "ей", "ому", "ему")
"""Endings of an adjective in the source noun's case that may qualify it
(``по предварительным данным следователей``); the phrase is a source only with a named
source after it (``по разным оценкам`` alone is none)."""

CITATION_PHRASES: tuple[str, ...] = ("со ссылкой на", "ссылаясь на", "с ссылкой на")
"""Phrases that name where a speaker got the words, not who speaks (``со ссылкой на X``)."""

MESSAGE_NOUNS: frozenset[str] = frozenset({"сообщение"})
"""Nouns of a body's message: ``— говорится в сообщении`` after ``Укринформ со ссылкой на X``
quotes X's message, not the outlet's."""

ANAPHORIC_OPENERS: tuple[str, ...] = ("об этом", "так", "об этом же", "это", "о чем", "о чём")
"""Sentence openers that point back to the previous sentence: ``Об этом сообщил X``."""

SUBORDINATORS: tuple[str, ...] = ("что", "якобы", "будто")
"""Words that open a reported clause after a speech verb and a comma (``отметил, что ...``)."""

TOPIC_PREPOSITIONS: tuple[str, ...] = ("о", "об", "про")
"""Prepositions of a topic after a speech verb (``рассказал о ...``): no trailing attribution."""

TOPIC_CLAUSE: str = "о том"
"""The phrase that announces a clause as the topic (``говорится о том, что ...``)."""

REASON_LEMMAS: frozenset[str] = frozenset({"объяснить", "объяснять", "пояснить", "пояснять"})
"""Lemmas of the speech verbs that give a reason: their object and ``тем`` may stand before
the reported clause (``объяснил решение тем, что ...``: what was said is the clause)."""

REASON_CLAUSE: str = "тем"
"""The word after such a verb and its object that announces the clause (``тем, ...``)."""

OPINION_NOUNS: frozenset[str] = frozenset(
    {
        "мнение",
        "сомнение",
        "надежда",
        "уверенность",
        "убеждение",
        "опасение",
        "предположение",
        "обеспокоенность",
        "озабоченность",
    }
)
"""Nouns of an opinion, a doubt or a hope before the reported clause (``высказала мнение,
что``), as `uanews.parser.quotes.lexicon.OPINION_NOUNS`."""

FIRST_PERSON_WORDS: frozenset[str] = frozenset(
    {
        "я",
        "меня",
        "мне",
        "мной",
        "мы",
        "нас",
        "нам",
        "нами",
        "мой",
        "моя",
        "моё",
        "мое",
        "мои",
        "моего",
        "моей",
        "моих",
        "наш",
        "наша",
        "наше",
        "наши",
        "нашего",
        "нашей",
        "наших",
        "нашим",
    }
)
"""Pronouns and possessives of the first person (lower case): words only a speaker says of
himself, never the narration of a report."""

AS_WORDS: tuple[str, ...] = ("как",)
"""The word of ``Как отметил X, ...``."""

CLAUSE_GAP_PREPOSITIONS: tuple[str, ...] = (
    "о",
    "об",
    "про",
    "на",
    "в",
    "во",
    "с",
    "со",
    "из",
    "до",
    "за",
    "от",
    "по",
    "у",
)
"""Prepositions that may not stand between a speech verb and its ``, что`` clause."""

CHANNEL_PREPOSITIONS: tuple[str, ...] = ("в", "во", "на")
"""Prepositions of where the words were said or posted, between a speech verb and its clause
(``написал в Telegram, что ...``, ``заявил на брифинге, что ...``)."""

NEGATIONS: frozenset[str] = frozenset({"не", "ни"})
"""Words that, right before a cue, mean nothing was said (``не сообщается``)."""

RELATIVES: frozenset[str] = frozenset({"что", "кто"})
"""Words that, right before a cue, make it a description, not a report (``тех, кто считает``)."""

PERCEPTION_LEMMAS: frozenset[str] = frozenset(
    {
        "услышать",
        "слышать",
        "прочитать",
        "прочесть",
        "читать",
        "увидеть",
        "видеть",
        "слушать",
        "послушать",
        "выслушать",
        "узнать",
        "узнавать",
    }
)
"""Lemmas of verbs of hearing or reading: their subject receives the words (``услышала крик``)."""


CALLING_NOUNS: frozenset[str] = frozenset(
    {
        "политик",
        "активист",
        "активистка",
        "волонтёр",
        "волонтёрка",
        "правозащитник",
        "правозащитница",
        "эколог",
        "коллекционер",
        "коллекционерка",
        "художник",
        "художница",
        "музыкант",
        "писатель",
        "писательница",
        "режиссер",
        "режиссёр",
        "архитектор",
        "инженер",
        "педагог",
        "меценат",
    }
)
"""Nouns of a calling by which a reporter names again someone just quoted
(``– добавил волонтер``):
speaker nouns (`GENERIC_SPEAKER_NOUNS`) that a modifier of their own makes a new person
(``художник, який приїхав``), as the kinds of person are."""


GENERIC_SPEAKER_NOUNS: frozenset[str] = (
    frozenset(
        {
            "эксперт",
            "аналитик",
            "политолог",
            "специалист",
            "собеседник",
            "экономист",
            "юрист",
            "учёный",
            "ученый",
            "исследователь",
            "ветеринар",
            "врач",
            "чиновник",
            "представитель",
            "руководитель",
            "посол",
            "тренер",
            "спикер",
            # Nouns of a kind of person, not of an office: ``— подчеркнул офицер`` after the
            # centre's head, ``рассказал победитель`` about the player the item is about.
            "банкир",
            "правоохранитель",
            "полицейский",
            "спасатель",
            "пограничник",
            "военный",
            "военнослужащий",
            "офицер",
            "спортсмен",
            "победитель",
            "победительница",
            "чемпион",
            "дипломат",
            "медик",
            "предприниматель",
            "бизнесмен",
            "аграрий",
            "фермер",
            "археолог",
            "историк",
        }
    )
    | CALLING_NOUNS
)
"""Nouns a reporter uses for someone already named (``- уверен эксперт``)."""


_MILITARY = frozenset(
    {
        "военный",
        "военнослужащий",
        "офицер",
        "командир",
        "командующий",
        "генерал",
        "полковник",
        "подполковник",
        "майор",
        "капитан",
        "лейтенант",
        "сержант",
        "солдат",
        "боец",
        "бригада",
        "батальон",
        "полк",
        "всу",
        "генштаб",
    }
)
_POLICE = frozenset({"полиция", "полицейский", "патрульный", "нацполиция", "гунп", "следователь"})
_SPORT = frozenset(
    {
        "спортсмен",
        "спортсменка",
        "чемпион",
        "чемпионка",
        "призёр",
        "призер",
        "теннисист",
        "теннисистка",
        "пловец",
        "пловчиха",
        "футболист",
        "боксёр",
        "боксер",
        "боксёрка",
        "боксерка",
        "гимнаст",
        "гимнастка",
        "легкоатлет",
        "легкоатлетка",
        "тяжелоатлет",
        "тяжелоатлетка",
        "биатлонист",
        "биатлонистка",
        "шахматист",
        "шахматистка",
        "гребец",
        "игрок",
    }
)
_MEDICAL = frozenset(
    {"врач", "медик", "медсестра", "фельдшер", "хирург", "главврач", "больница", "медицинский"}
)
_SCIENCE = frozenset(
    {
        "учёный",
        "ученый",
        "археолог",
        "историк",
        "исследователь",
        "кандидат",
        "доктор",
        "профессор",
        "академик",
        "институт",
        "доцент",
        "кафедра",
        "университет",
        "нан",
    }
)
_FARM = frozenset({"фермер", "аграрий", "агроном", "фермерский", "агрофирма", "агрохолдинг"})
_BUSINESS = frozenset(
    {"предприниматель", "бизнесмен", "владелец", "совладелец", "основатель", "сооснователь", "фоп"}
)

KIND_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "банкир": frozenset({"банкир", "банк", "нбу", "нацбанк"}),
        "правоохранитель": _POLICE
        | {"правоохранитель", "сбу", "прокурор", "прокуратура", "гбр", "набу"},
        "полицейский": _POLICE,
        "спасатель": frozenset({"спасатель", "гсчс", "пожарный", "чрезвычайный"}),
        "пограничник": frozenset({"пограничник", "пограничный", "гпсу"}),
        "военный": _MILITARY,
        "военнослужащий": _MILITARY,
        "офицер": _MILITARY,
        "спортсмен": _SPORT,
        "победитель": _SPORT,
        "победительница": _SPORT,
        "чемпион": _SPORT,
        "дипломат": frozenset({"дипломат", "посол", "консул", "мид", "посольство"}),
        "медик": _MEDICAL,
        "врач": _MEDICAL,
        "предприниматель": _BUSINESS,
        "бизнесмен": _BUSINESS,
        "аграрий": _FARM,
        "фермер": _FARM,
        "учёный": _SCIENCE,
        "ученый": _SCIENCE,
        "археолог": _SCIENCE,
        "историк": _SCIENCE,
    }
)
"""Nouns of a kind of person (`GENERIC_SPEAKER_NOUNS`) and the lemmas of roles and bodies of
that kind: ``— заметил медик`` stands for a person quoted before only if their role or body
holds one (``врач``, ``больница``), never for a minister quoted before."""

SEX_NOUNS: Mapping[str, str] = MappingProxyType(
    {"женщина": "femn", "девушка": "femn", "мужчина": "masc", "парень": "masc", "юноша": "masc"}
)
"""Nouns that say only a person's sex, with the gender they name (pymorphy3's grammeme):
``– говорит женщина`` after ``Жительница Name ...`` is the person of that sex named last (a
reporter's word for someone named before who holds no office)."""

WIN_LEMMAS: frozenset[str] = frozenset({"выиграть", "выигрывать", "победить", "побеждать"})
"""Verbs of winning: the one person of a headline that says he or she won (``Турнир выиграл Name``)
is the winner a noun of `WINNER_NOUNS` names later (``– рассказал победитель``)."""

WINNER_NOUNS: frozenset[str] = frozenset({"победитель", "победительница", "чемпион", "чемпионка"})
"""Nouns of a winner: the one who won, as a verb of `WIN_LEMMAS` in the headline says."""

NEW_PERSON_WORDS: frozenset[str] = frozenset({"который", "которая", "из", "изо"})
"""Words right after a kind noun (``военный, который ...``, ``фермер из Полтавщины``) that
open a modifier of its own: the noun then introduces a new, unnamed person."""

EXPERT_NOUNS: frozenset[str] = frozenset(
    {
        "эксперт",
        "аналитик",
        "политолог",
        "экономист",
        "социолог",
        "учёный",
        "ученый",
        "исследователь",
    }
)
"""Nouns of those who comment as experts: one of them names the person last given any of
them as a role (``по мнению эксперта`` after ``аналитик ... Олег Бабенко``) when nobody
else answers."""

FINDING_LEMMAS: frozenset[str] = frozenset({"установить", "выяснить"})
"""Verbs of establishing facts: they report an investigation's findings (like a speech cue)
only with an investigator for subject (`INVESTIGATOR_NOUNS`):
``Как установило следствие, ...``, ``Следователи установили, что ...``.
A court's findings (``суд установил, что``) are its ruling, which the writer narrates."""

INVESTIGATOR_NOUNS: frozenset[str] = frozenset(
    {
        "следствие",
        "следователь",
        "прокурор",
        "прокуратура",
        "полиция",
        "полицейский",
        "детектив",
        "оперативник",
        "правоохранитель",
        "дознаватель",
        "контрразведка",
        "контрразведчик",
        "нацполиция",
        "сбу",
        "гбр",
        "набу",
    }
)
"""Nouns of those who investigate (masculine lemmas; the investigating bodies' acronyms in
lower case): the subjects of `FINDING_LEMMAS`."""

SPOKESPERSON_NOUNS: frozenset[str] = frozenset(
    {"представитель", "спикер", "пресс-секретарь", "пресс-служба", "пресс-центр"}
)
"""Nouns for whoever speaks on an organisation's behalf: unnamed, the organisation speaks."""

PRONOUN_GENDERS: dict[str, str] = {
    "он": "masc",
    "его": "masc",
    "него": "masc",
    "ему": "masc",
    "нему": "masc",
    "ним": "masc",
    "она": "femn",
    "ее": "femn",
    "её": "femn",
    "нее": "femn",
    "неё": "femn",
    "ей": "femn",
    "ней": "femn",
    "ею": "femn",
    "нею": "femn",
    "они": "plur",
    "их": "plur",
    "них": "plur",
    "им": "plur",
    "ими": "plur",
    "ними": "plur",
}
"""Personal pronouns (and possessives) that point back to a speaker, with their gender."""

NON_SUBJECT_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "без",
        "возле",
        "около",
        "от",
        "для",
        "до",
        "с",
        "со",
        "за",
        "вместо",
        "кроме",
        "между",
        "на",
        "над",
        "перед",
        "после",
        "под",
        "о",
        "об",
        "про",
        "против",
        "среди",
        "через",
        "относительно",
        "касательно",
    }
)
"""Prepositions whose object is not who speaks (``приближенный к X``, ``письмо от X``).

``в``/``во``/``при`` are left out: ``сообщили в пресс-службе X`` names the speaker.
"""

LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"в", "во", "при"})
"""Prepositions after which a locative name still speaks (``в Министерстве энергетики``)."""

RELATIVE_LEMMAS: frozenset[str] = frozenset({"который", "чей"})
"""Lemmas of relative pronouns that open a clause about the noun before (``X, которое ...``)."""

EXCLUDED_FORM_GRAMMEMES: frozenset[str] = frozenset({"GRND", "PRTF"})
"""Verb forms the Russian dictionary lists in a verb's lexeme that are no cue by themselves:
gerunds (``сказав``, ``сообщив``) and full participles (``сообщивший``)."""

COORDINATORS: frozenset[str] = frozenset({"и", "да", ","})
"""What joins two coordinated subjects (``Ирина Савчук и Ольга Марченко``)."""


QUOTING_LEMMAS: frozenset[str] = frozenset({"цитировать", "процитировать"})
"""Lemmas of the verbs by which one party relays another's words (``— цитирует мэра
пресс-служба``): the person in the accusative said them, not the verb's subject."""

OPINION_LEMMAS: frozenset[str] = frozenset({"считать", "думать", "полагать", "убеждённый"})
"""Lemmas of verbs of opinion: they introduce reported speech only with a named source
(``эксперты считают, что ...`` is no quote; ``считает Иван Петренко, что ...`` is)."""

OPINION_SOURCE_NOUNS: frozenset[str] = frozenset(
    {"мнению", "убеждению", "версии", "предположению", "оценке", "оценкам", "подсчетам"}
)
"""Nouns of a source phrase that give an opinion (``по мнению``, ``по их версии``): like
`OPINION_LEMMAS`, a quote only with a named source."""

REPORTING_PARTICLES: frozenset[str] = frozenset({"мол", "дескать"})
"""Particles that introduce what someone is said to say (``выгнали их: мол, ...``)."""

LINKING_PHRASES: tuple[str, ...] = (
    "в результате",
    "в итоге",
    "по итогам",
    "кроме того",
    "помимо того",
    "вместе с тем",
    "в то же время",
    "в свою очередь",
    "с другой стороны",
    "с одной стороны",
    "со своей стороны",
    "к счастью",
    "к сожалению",
    "к слову",
    "в целом",
    "в частности",
    "в том числе",
    "в первую очередь",
    "прежде всего",
    "между тем",
)
"""Prepositional phrases that link a sentence to the one before (``В результате, по словам
X, ...``): set off before a mid-sentence cue they are the writer's, not the reported words. A
phrase whose noun is a pronoun (``Кроме этого``, ``При этом``) links by its grammar."""

ROLE_SYNONYMS: tuple[tuple[tuple[str, ...], ...], ...] = (
    # the mayor
    (
        ("городской", "голова"),
        ("мэр",),
        ("голова", "город"),
        ("глава", "город"),
        ("градоначальник",),
    ),
    # the deputy mayor
    (("заместитель", "городской", "голова"), ("вице-мэр",), ("заместитель", "мэр")),
    # the prime minister
    (
        ("премьер-министр",),
        ("премьер",),
        ("глава", "правительство"),
        ("председатель", "правительство"),
    ),
    # the head of a regional (military) administration
    (
        ("глава", "ова"),
        ("начальник", "ова"),
        ("руководитель", "ова"),
        ("глава", "областной", "военный", "администрация"),
        ("начальник", "областной", "военный", "администрация"),
        ("председатель", "областной", "военный", "администрация"),
        ("председатель", "ова"),
        ("глава", "ога"),
        ("председатель", "ога"),
        ("председатель", "областной", "государственный", "администрация"),
        ("председатель", "облгосадминистрация"),
        ("губернатор",),
        ("глава", "область"),
        ("глава", "хова"),
        ("начальник", "хова"),
    ),
    # the head of a district (military) administration
    (("глава", "рва"), ("начальник", "рва"), ("глава", "район"), ("председатель", "рга")),
    # a spokesperson
    (("пресс-секретарь",), ("спикер",), ("официальный", "представитель")),
    # a member of parliament
    (("нардеп",), ("народный", "депутат"), ("депутат", "верховный", "рада")),
    # the president
    (("президент", "украина"), ("глава", "государство"), ("^президент",)),
    # the head of a village or town community
    (("сельский", "голова"), ("поселковый", "голова"), ("глава", "община"), ("староста",)),
    # an ambassador
    (("посол",),),
    # a defence lawyer: ``его защитник X``, then ``– сказал адвокат``
    (("адвокат",), ("защитник",)),
    # a minister
    (("министр",),),
    # a deputy minister
    (("заместитель", "министр"), ("замминистра",)),
    # the head of a city military administration
    tuple(
        (head, *body)
        for head in ("начальник", "глава", "руководитель", "председатель")
        for body in (("гва",), ("городской", "военный", "администрация"))
    ),
    # the head of an institution: a hospital, a school, a theatre, a museum, a centre
    (
        *(
            (head, place)
            for head in ("директор", "руководитель", "глава")
            for place in (
                "учреждение",
                "заведение",
                "больница",
                "клиника",
                "поликлиника",
                "госпиталь",
                "амбулатория",
                "школа",
                "лицей",
                "гимназия",
                "сад",
                "колледж",
                "техникум",
                "университет",
                "институт",
                "академия",
                "театр",
                "музей",
                "библиотека",
                "филармония",
                "центр",
            )
        ),
        ("главный", "врач"),
        ("главврач",),
        ("ректор",),
    ),
    # a team's coach
    (
        ("тренер",),
        ("главный", "тренер"),
        ("наставник",),
        ("глава", "тренерский", "штаб"),
        ("руководитель", "тренерский", "штаб"),
    ),
    # a doctor: ``– говорит доктор`` after ``врач ... Name``
    (("врач",), ("^доктор",)),
    # a team's players by position: ``– сказал форвард`` after ``нападающий Name``
    (("нападающий",), ("форвард",)),
    (("вратарь",), ("голкипер",)),
)
"""Groups of role phrases that name one office, each phrase as the lemmas of its words
(`uanews.parser.quotes.lexicon.ROLE_SYNONYMS`): the ``мэр`` is the ``городской голова``."""

DOCUMENT_ISSUERS: dict[str, frozenset[str]] = {
    "решение": frozenset(
        {"суд", "совет", "горсовет", "облсовет", "райсовет", "исполком", "комиссия"}
    ),
    "приговор": frozenset({"суд"}),
    "постановление": frozenset({"суд", "правительство", "кабмин", "совет", "комиссия"}),
    "распоряжение": frozenset({"администрация", "правительство", "кабмин"}),
    "приказ": frozenset({"управление", "служба", "администрация"}),
}
"""Nouns of a ruling, by the head nouns of the bodies that issue one
(`uanews.parser.quotes.lexicon.DOCUMENT_ISSUERS`): ``говорится в решении суда``."""

BODY_NOUNS: frozenset[str] = frozenset(
    {
        "горсовет",
        "облсовет",
        "райсовет",
        "горисполком",
        "исполком",
        "мэрия",
        "полиция",
        "прокуратура",
        "суд",
        "следствие",
        "музей",
        "больница",
        "университет",
        "правительство",
        "генштаб",
        "штаб",
        "гсчс",
        "гснс",
        "делегация",
    }
)
"""Nouns of bodies that speak as a whole even unnamed (``в горсовете отметили``, ``по
данным полиции``)."""

TEAM_BODY_NOUNS: frozenset[str] = frozenset({"следствие"})
"""Nouns of `BODY_NOUNS` that name a body's officers at their work, no institution
(``следствие установило``: the investigators): the speaker is a group, not an organisation."""

BODY_STAFF_NOUNS: frozenset[str] = frozenset({"следователь"})
"""Nouns for the officers of a body that, plural and unnamed, speak as it, like `BODY_NOUNS`
(``следователи установили, что``, ``по данным следователей``); the group, in the
nominative plural, is the speaker. One unnamed officer (``рассказал следователь``) is a
person, the one named before with that role."""

DEPENDENT_BODY_NOUNS: frozenset[str] = frozenset(
    {
        "пресс-служба",
        "пресс-центр",
        "министерство",
        "ведомство",
        "управление",
        "департамент",
        "служба",
        "администрация",
        "компания",
        "предприятие",
        "комитет",
        "фракция",
    }
)
"""Nouns of bodies that name a speaker only with an adjective or a complement (``в
министерстве обороны``); bare (``сообщили в пресс-службе``) they are the explicit unknown
speaker."""

SUBUNIT_NOUNS: frozenset[str] = frozenset({"управление", "департамент"})
"""Dependent body nouns of a department of a larger body: with that body in the genitive
(``в управлении здравоохранения горсовета``) the department is a body of its own and speaks, not the
larger body, even when the participants name it; a press office or a kind noun stands for
the body it belongs to or names."""

ON_BODY_NOUNS: frozenset[str] = frozenset({"предприятие"})
"""Body nouns whose locative of place takes ``на`` (``рассказали на предприятии``)."""

ON_PREPOSITIONS: frozenset[str] = frozenset({"на"})
"""The preposition of `ON_BODY_NOUNS`."""

KIND_BODY_NOUNS: frozenset[str] = frozenset({"компания", "предприятие"})
"""Nouns of a kind of body (``в компании пояснили``) that stand for the body named last by a
bare name (``ДТЭК``, ``Нафтогаз``) when no organisation's name holds the noun itself."""

KIND_ACRONYMS: dict[str, str] = {"нэк": "компания", "нак": "компания"}
"""Acronyms of a legal form whose spelled-out head is a kind noun
(`uanews.parser.quotes.lexicon.KIND_ACRONYMS`): ``НЭК «Укрэнерго»``, ``НАК «Нафтогаз»``."""

ANOTHER_PERSON_WORDS: frozenset[str] = frozenset(
    {"ещё один", "еще один", "ещё одна", "еще одна", "другой", "другая", "второй", "вторая"}
)
"""Words before a role noun that make it someone other than the one named before
(``сказала еще одна волонтерка``): such a noun names nobody."""

TURN_PHRASES: tuple[str, ...] = ("в свою очередь", "со своей стороны")
"""Words that turn to another party (``Литовский мэр, в свою очередь, сказал``), as
`uanews.parser.quotes.lexicon.TURN_PHRASES`."""

OFFICIAL_NOUNS: frozenset[str] = frozenset({"чиновник", "чиновница"})
"""Nouns for any office holder (``- написал чиновник``): the person last named with a role."""

STAFF_NOUNS: frozenset[str] = frozenset(
    {"специалист", "работник", "сотрудник", "эксперт", "аналитик", "юрист", "синоптик"}
)
"""Nouns for a body's staff: unnamed and plural with the body's name (``специалисты
компании X подтверждают``, ``синоптики гидрометцентра предупреждают``: forecasters are a
weather service's staff), the body speaks."""

MEDIA_NOUNS: frozenset[str] = frozenset(
    {"издание", "агентство", "газета", "телеканал", "портал", "журнал", "радио", "сайт"}
)
"""Nouns for a news outlet (``пишет издание``): the outlet the text named before, or nobody."""

BODY_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "горсовет": ("городской", "совет"),
    "облсовет": ("областной", "совет"),
    "райсовет": ("районный", "совет"),
    "горисполком": ("исполнительный", "комитет"),
    "исполком": ("исполнительный", "комитет"),
    "облгосадминистрация": ("областной", "государственный", "администрация"),
    "ова": ("областной", "военный", "администрация"),
    "ога": ("областной", "государственный", "администрация"),
    "гсчс": ("служба", "по", "чрезвычайный", "ситуация"),
    "гснс": ("служба", "по", "чрезвычайный", "ситуация"),
}
"""Short names of bodies and the lemmas of their full names: ``в горсовете`` is the
``Харьковский городской совет`` the text named before."""

INTERVIEW_QUESTION_LABELS: frozenset[str] = frozenset(
    {
        "вопрос",
        "корр",
        "кор",
        "корреспондент",
        "корреспондентка",
        "журналист",
        "журналистка",
        "ведущий",
        "ведущая",
    }
)
"""Labels (lower case) that open an interviewer's line (``Вопрос:``, ``Корр.:``)."""

INTERVIEW_ANSWER_LABELS: frozenset[str] = frozenset({"ответ"})
"""Labels (lower case) that open an interviewee's line (``Ответ:``)."""

INTERVIEW_LEMMAS: frozenset[str] = frozenset(
    {"интервью", "разговор", "беседа", "пообщаться", "поговорить", "собеседник"}
)
"""Lemmas that say the text is an interview: question paragraphs without dashes or labels
count as an interview's questions only in a text that has one of them."""

ANNOUNCING_CONJUNCTIONS: tuple[str, ...] = ("что", "ли", "якобы", "будто")
"""Conjunctions after a cue and a comma that make the cue announce what follows (``–
считают, что ...``): such a dash attribution attributes nothing before it."""

SECOND_PREDICATE_OPENERS: tuple[str, ...] = ("а также", "а еще", "а ещё", "и также", "также")
"""Words after a comma that add a second predicate of the same subject (``X отметил, что ...,
а также пригласил коллег``): the deed that follows is the speaker's, not reported."""

ATTRIBUTION_BREAKS: tuple[str, ...] = ("а", "и", "но", "однако", "тогда как", "в то время как")
"""Conjunctions that after a comma end an attribution and start another clause.

In ``«...», – сказал он, а его заместитель Петр Коваль уточнил`` the speaker is named before
the comma; the person after it says the next thing.
"""

PLACE_ADJECTIVE_SUFFIXES: tuple[str, ...] = ("ск", "цк")
"""Suffixes of an adjective made of a place name (``польский``, ``словацкий``, ``литовская``):
the adjective of a country or a city, which agrees with the place a role names."""

HEADLINE_TOPIC_PREPOSITIONS: tuple[str, ...] = ("о", "об", "про", "насчет", "насчёт")
"""Prepositions of the topic after a headline's speaker (``«...» – Кличко об отключениях``)."""

ANAPHORIC_BODY_NOUNS: frozenset[str] = frozenset(
    {"ведомство", "учреждение", "финучреждение", "регулятор"}
)
"""Lemmas of nouns that stand for whatever body the text named last (``говорится в сообщении
ведомства``, ``регулятора`` for the central bank or a commission): that organisation speaks."""

AGENCY_NOUNS: frozenset[str] = frozenset({"ведомство"})
"""Lemmas of the `ANAPHORIC_BODY_NOUNS` that stand for a government body only."""

GOVERNMENT_BODY_HEADS: frozenset[str] = frozenset(
    {
        "министерство",
        "служба",
        "агентство",
        "департамент",
        "управление",
        "комитет",
        "комиссия",
        "инспекция",
        "бюро",
        "казначейство",
        "таможня",
        "прокуратура",
        "полиция",
        "офис",
        "администрация",
        "фонд",
        "совет",
        "рада",
        "правительство",
        "кабмин",
        "гу",
        "гунп",
        "гсчс",
        "гснс",
        "сбу",
        "ова",
        "ога",
        "гва",
        "гнс",
        "гбр",
        "набу",
    }
)
"""Lemmas of the head nouns of government bodies that ``ведомство`` may stand for, and the
acronyms of such bodies whose spelled-out head is one of them (``ГУ`` = ``главное управление``,
``ГСЧС`` = ``государственная служба``, ``ОВА`` = ``областная военная администрация``):
``говорится в сообщении ведомства`` after ``ГУ ГСЧС в Одесской области``."""

GOVERNMENT_BODY_PREFIXES: tuple[str, ...] = ("мин",)
"""Beginnings of compound ministry names (``Минцифры``, ``Минэкономики``)."""

GENERIC_LEADER_NOUNS: frozenset[str] = frozenset({"глава", "руководитель", "шеф"})
"""Nouns for whoever heads a body, whatever the title (``сказал глава Укрзализныци``): with the
body's name after them they name the person the text gave a leader's role in that body
(`LEADER_NOUNS`)."""

LEADER_NOUNS: frozenset[str] = frozenset(
    {
        "глава",
        "руководитель",
        "шеф",
        "председатель",
        "директор",
        "гендиректор",
        "начальник",
        "президент",
        "ректор",
        "командующий",
        "командир",
        "мэр",
        "губернатор",
        "голова",
    }
)
"""Role nouns (masculine lemmas) of the one who heads a body: a role opening with one of them
(``председатель правления X``, ``директор X``) makes its holder X's head."""

NOT_CURRENT_ROLE_WORDS: frozenset[str] = frozenset(
    {
        "бывший",
        "тогдашний",
        "будущий",
        "покойный",
    }
)
"""Adjectives (lemmas) before a leader's noun saying that its holder heads the body no longer or
not yet (``бывший директор X``): not the head that a generic leader noun
(`GENERIC_LEADER_NOUNS`) names."""

ADDRESS_LEMMAS: frozenset[str] = frozenset({"обратиться", "обращаться"})
"""Verbs of addressing someone: after a quote (``», — обратился к жителям X``) with the
addressee after the preposition of `ADDRESS_PREPOSITIONS`, they attribute the words said."""

ADDRESS_PREPOSITIONS: frozenset[str] = frozenset({"к", "ко"})
"""The preposition of the addressee after a verb of `ADDRESS_LEMMAS` (``к``, ``до``)."""

ADDRESS_SUBJECTS: frozenset[str] = frozenset({"он", "она", "они"})
"""Subject pronouns that may stand between a verb of `ADDRESS_LEMMAS` and its addressee, the
subject inverted after the verb as in any dash attribution (``», — обратился он к жителям``)."""

ASKING_LEMMAS: frozenset[str] = frozenset(
    {"спросить", "спрашивать", "расспросить", "расспрашивать"}
)
"""Verbs of asking: in an interview's lead their subject is the interviewer, not the one who
answers (``спросила журналистка X``)."""

BROADCAST_NOUNS: frozenset[str] = frozenset(
    {"эфир", "интервью", "телемарафон", "трансляция", "подкаст"}
)
"""Nouns of a broadcast or an interview the words were said in (``в эфире X``): the body in
the genitive after one is the outlet that carried them, not the speaker."""

INTERVIEWER_NOUNS: frozenset[str] = frozenset({"журналист", "корреспондент", "интервьюер"})
"""Nouns (masculine lemmas) of a reporter: the person an interview's lead titles so right before
the name (``журналистка «...» X``) asks the questions and answers none."""
