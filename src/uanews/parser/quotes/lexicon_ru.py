"""Russian lexicons of quotes and speakers: the counterparts of `uanews.parser.quotes.lexicon`.

Every name here mirrors the Ukrainian entry of the same name; the rules read one or the other
through `uanews.parser.language.pick`, as the item's language says. Verbs are dictionary
lemmas of both aspects; `uanews.parser.quotes.speech.speech_forms` expands them with the
Russian dictionary into every personal form a reporter uses (``сказал``, ``сообщила``,
``заявили``, ``сообщается``, ``сказано``).
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "ANAPHORIC_OPENERS",
    "AS_WORDS",
    "CHANNEL_PREPOSITIONS",
    "CITATION_PHRASES",
    "CLAUSE_GAP_PREPOSITIONS",
    "EXCLUDED_FORM_GRAMMEMES",
    "GENERIC_SPEAKER_NOUNS",
    "LOCATIVE_PREPOSITIONS",
    "NEGATIONS",
    "NON_SUBJECT_PREPOSITIONS",
    "PERCEPTION_LEMMAS",
    "PRONOUN_GENDERS",
    "RELATIVES",
    "RELATIVE_LEMMAS",
    "SOURCE_NOUNS",
    "SOURCE_PREPOSITIONS",
    "SOURCE_PRONOUNS",
    "SPEECH_ADJECTIVES",
    "SPEECH_LEMMAS",
    "SPEECH_NOUNS",
    "SPOKESPERSON_NOUNS",
    "SUBORDINATORS",
    "TOPIC_CLAUSE",
    "TOPIC_PREPOSITIONS",
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
        "высказаться",
        "высказываться",
        "пожаловаться",
        "жаловаться",
        # opinion, a standard news attribution (``считает эксперт``)
        "считать",
    }
)
"""Lemmas of verbs that introduce or attribute speech."""

SPEECH_ADJECTIVES: frozenset[str] = frozenset({"уверенный", "убеждённый", "убежденный"})
"""Short predicative words that attribute an opinion like a verb (``- уверен эксперт``)."""

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
)
"""Nouns that end a source phrase (``по словам``, ``по данным``, ``со слов``)."""

CITATION_PHRASES: tuple[str, ...] = ("со ссылкой на", "ссылаясь на", "с ссылкой на")
"""Phrases that name where a speaker got the words, not who speaks (``со ссылкой на X``)."""

ANAPHORIC_OPENERS: tuple[str, ...] = ("об этом", "так", "об этом же", "это", "о чем", "о чём")
"""Sentence openers that point back to the previous sentence: ``Об этом сообщил X``."""

SUBORDINATORS: tuple[str, ...] = ("что", "якобы", "будто")
"""Words that open a reported clause after a speech verb and a comma (``отметил, что ...``)."""

TOPIC_PREPOSITIONS: tuple[str, ...] = ("о", "об", "про")
"""Prepositions of a topic after a speech verb (``рассказал о ...``): no trailing attribution."""

TOPIC_CLAUSE: str = "о том"
"""The phrase that announces a clause as the topic (``говорится о том, что ...``)."""

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

ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "им",
        "г",
        "гг",
        "ул",
        "с",
        "ст",
        "пгт",
        "обл",
        "р",
        "проф",
        "пр",
        "д",
        "просп",
        "пер",
        "т",
        "см",
        "тыс",
        "млн",
        "млрд",
        "грн",
    }
)
"""Words an abbreviation leaves before its period (``ул. Пушкинская``): no sentence ends there."""

GENERIC_SPEAKER_NOUNS: frozenset[str] = frozenset(
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
    }
)
"""Nouns a reporter uses for someone already named (``- уверен эксперт``)."""

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
