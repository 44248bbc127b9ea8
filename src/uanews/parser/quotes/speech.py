"""Lexicons of quotes and speakers: speech verbs, their forms, cue phrases, who-speaks words.

Verbs are listed once, as dictionary lemmas (both aspects); `speech_forms` expands them
with pymorphy3 into every personal form a reporter uses (past tense of all genders and numbers,
present and future third person, impersonal ``-но``/``-то`` forms), so ``сказав``, ``сказала``,
``скажуть`` and ``сказано`` all count. First-person and imperative forms are left out on purpose:
``вважаю``, ``нагадаємо``, ``скажімо`` are the author's own voice, not reported speech.
"""

from __future__ import annotations

from uanews.parser.language import item_languages, language_cache, pick, using_language
from uanews.parser.morph import parse_word
from uanews.parser.quotes import lexicon_ru as ru

__all__ = [
    "ABBREVIATIONS",
    "ANAPHORIC_OPENERS",
    "CITATION_PHRASES",
    "COORDINATORS",
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
    "YEAR_ABBREVIATIONS",
    "is_speech_form",
    "speech_forms",
]

SPEECH_LEMMAS: frozenset[str] = frozenset(
    {
        # saying and telling
        "сказати",
        "казати",
        "говорити",
        "мовити",
        "промовити",
        "розповісти",
        "розповідати",
        "повідомити",
        "повідомляти",
        "повідомлятися",
        "заявити",
        "заявляти",
        "додати",
        "додавати",
        "пояснити",
        "пояснювати",
        "поділитися",
        "ділитися",
        "відповісти",
        "відповідати",
        "нагадати",
        "нагадувати",
        "цитувати",
        "процитувати",
        "написати",
        "писати",
        "вигукнути",
        "вигукувати",
        "крикнути",
        "кричати",
        "закричати",
        "прокричати",
        "пообіцяти",
        "обіцяти",
        "прокоментувати",
        "коментувати",
        "озвучити",
        "озвучувати",
        "оголосити",
        "оголошувати",
        "запитати",
        "запитувати",
        "питати",
        "спитати",
        "відзначити",
        "відзначати",
        "уточнити",
        "уточнювати",
        "йтися",
        "говоритися",
        # stressing and claiming
        "зазначити",
        "зазначати",
        "наголосити",
        "наголошувати",
        "підкреслити",
        "підкреслювати",
        "зауважити",
        "зауважувати",
        "стверджувати",
        "твердити",
        "констатувати",
        "запевнити",
        "запевняти",
        "акцентувати",
        "вказати",
        "вказувати",
        "переконувати",
        "попередити",
        "попереджати",
        "визнати",
        "визнавати",
        "підтвердити",
        "підтверджувати",
        "заперечити",
        "заперечувати",
        "наполягати",
        "припустити",
        "припускати",
        "резюмувати",
        "підсумувати",
        "висловитися",
        "висловлюватися",
        "поскаржитися",
        "скаржитися",
        # opinion, a standard news attribution (``вважає експерт``)
        "вважати",
    }
)
"""Lemmas of verbs that introduce or attribute speech."""

SPEECH_ADJECTIVES: frozenset[str] = frozenset({"переконаний", "упевнений", "впевнений"})
"""Short predicative words that attribute an opinion like a verb (``- упевнений експерт``)."""

SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "відповідь",
        "вигук",
        "заява",
        "звернення",
        "крик",
        "повідомлення",
        "прогноз",
        "слово",
        "цитата",
        "коментар",
        "запевнення",
    }
)
"""Nouns that announce words (``дасть відповідь: «...»``, ``повідомлення, що ...``)."""

SOURCE_PREPOSITIONS: tuple[str, ...] = ("згідно з", "згідно із", "за", "на", "зі", "з")
"""Prepositions that open a source phrase: ``За словами X, ...``, ``На думку X, ...``."""

SOURCE_PRONOUNS: tuple[str, ...] = ("його", "її", "їхньою", "їхню", "їхнім", "їхніми", "їх")
"""Possessives that may stand inside a source phrase (``на його думку``) for its speaker."""

SOURCE_NOUNS: tuple[str, ...] = (
    "словами",
    "думку",
    "переконання",
    "версією",
    "інформацією",
    "даними",
    "слів",
    "твердженням",
    "повідомленням",
    "відомостями",
    "матеріалами",
    "оцінками",
    "підрахунками",
)
"""Nouns that end a source phrase (``за словами``, ``за даними``, ``зі слів``)."""

CITATION_PHRASES: tuple[str, ...] = ("з посиланням на", "посилаючись на", "із посиланням на")
"""Phrases that name where a speaker got the words, not who speaks (``з посиланням на X``)."""

ANAPHORIC_OPENERS: tuple[str, ...] = ("про це", "так", "про це ж", "це")
"""Sentence openers that point back to the previous sentence: ``Про це повідомив X``."""

SUBORDINATORS: tuple[str, ...] = ("що", "нібито", "чи")
"""Words that open a reported clause after a speech verb and a comma (``зазначив, що ...``)."""

COORDINATORS: frozenset[str] = frozenset({"і", "й", "та", ","})
"""What joins two coordinated subjects (``Ірина Савчук та Ольга Марченко``)."""

NEGATIONS: frozenset[str] = frozenset({"не", "ні", "ані"})
"""Words that, right before a cue, mean nothing was said (``не пояснюється``)."""

RELATIVES: frozenset[str] = frozenset({"що", "хто"})
"""Words that, right before a cue, make it a description, not a report (``тих, хто вважає``,
``розумів, про що пише``)."""

PERCEPTION_LEMMAS: frozenset[str] = frozenset(
    {
        "почути",
        "чути",
        "прочитати",
        "читати",
        "побачити",
        "бачити",
        "слухати",
        "послухати",
        "вислухати",
        "дізнатися",
        "дізнаватися",
    }
)
"""Lemmas of verbs of hearing or reading: their subject receives the words (``почула крик``)."""

ABBREVIATIONS: frozenset[str] = frozenset(
    {"ім", "м", "вул", "с", "ст", "смт", "обл", "р", "рр", "проф", "пп", "д", "просп", "т", "див"}
)
"""Words an abbreviation leaves before its period (``ім. Корольова``): no sentence ends there."""

YEAR_ABBREVIATIONS: frozenset[str] = frozenset({"р", "рр"})
"""Abbreviations of ``року``/``роках`` after a year: before a capital they end the sentence."""

GENERIC_SPEAKER_NOUNS: frozenset[str] = frozenset(
    {
        "експерт",
        "аналітик",
        "політолог",
        "спеціаліст",
        "фахівець",
        "співрозмовник",
        "економіст",
        "юрист",
        "науковець",
        "дослідник",
        "ветеринар",
        "лікар",
        "посадовець",
        "чиновник",
        "представник",
        "очільник",
        "керівник",
        "посол",
        "тренер",
        "речник",
    }
)
"""Nouns a reporter uses for someone already named (``- упевнений експерт``)."""

SPOKESPERSON_NOUNS: frozenset[str] = frozenset(
    {"представник", "речник", "прес-секретар", "пресслужба", "прес-служба", "пресцентр"}
)
"""Nouns for whoever speaks on an organisation's behalf: unnamed, the organisation speaks."""

PRONOUN_GENDERS: dict[str, str] = {
    "він": "masc",
    "його": "masc",
    "йому": "masc",
    "ним": "masc",
    "вона": "femn",
    "її": "femn",
    "їй": "femn",
    "нею": "femn",
    "вони": "plur",
    "їхньою": "plur",
    "їхніми": "plur",
    "їх": "plur",
    "їхня": "plur",
    "їхнім": "plur",
    "їм": "plur",
}
"""Personal pronouns (and possessives) that point back to a speaker, with their gender."""

NON_SUBJECT_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "без",
        "біля",
        "від",
        "для",
        "до",
        "з",
        "за",
        "замість",
        "зі",
        "із",
        "крім",
        "між",
        "на",
        "над",
        "перед",
        "після",
        "під",
        "про",
        "проти",
        "серед",
        "через",
        "щодо",
    }
)
"""Prepositions whose object is not who speaks (``у Євангелії від Матвія``, ``наближене до X``).

``у``/``в``/``при`` are left out: ``повідомили у пресслужбі X`` names the speaker.
"""

LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"у", "в", "при"})
"""Prepositions after which a locative name still speaks (``в Міністерстві енергетики``)."""

RELATIVE_LEMMAS: frozenset[str] = frozenset({"який", "котрий", "чий"})
"""Lemmas of relative pronouns that open a clause about the noun before (``X, яке ...``)."""

_PERSONAL = frozenset({"past", "Impe"})
_THIRD = "3per"
_EXCLUDED_GRAMMEMES = frozenset({"impr", "1per", "2per", "infn"})


@language_cache(maxsize=None)
def speech_forms() -> frozenset[str]:
    """Return every lower-case word form that is a speech cue (verbs and adjectives).

    The lemmas and the dictionary are those of the current language (`uanews.parser.language`).
    """
    forms: set[str] = set()
    excluded = pick(_EXCLUDED_GRAMMEMES, _EXCLUDED_GRAMMEMES | ru.EXCLUDED_FORM_GRAMMEMES)
    # The Russian dictionary tags an infinitive INFN, the Ukrainian one VERB.
    lemma_tags = pick(frozenset({"VERB"}), frozenset({"VERB", "INFN"}))
    for lemma in pick(SPEECH_LEMMAS, ru.SPEECH_LEMMAS):
        for parse in parse_word(lemma):
            if parse.normal_form != lemma or parse.tag.POS not in lemma_tags:
                continue
            for form in parse.lexeme:
                grammemes = set(form.tag.grammemes)
                if grammemes & excluded:
                    continue
                if grammemes & _PERSONAL or _THIRD in grammemes:
                    forms.add(form.word.replace("'", "ʼ"))
                    forms.add(form.word)
            break
    for adjective in pick(SPEECH_ADJECTIVES, ru.SPEECH_ADJECTIVES):
        for parse in parse_word(adjective):
            if parse.normal_form == adjective:
                forms.update(form.word for form in parse.lexeme if "nomn" in form.tag)
                break
    return frozenset(forms)


@language_cache()
def is_speech_form(word: str) -> bool:
    """Return True if ``word`` (any case, any apostrophe) is a form of a speech cue.

    In an item that mixes languages the speech verbs of its other languages count too: a
    Russian quote in a Ukrainian report ends ``», – сказал ...``.
    """
    lowered = word.lower().replace("’", "'").replace("ʼ", "'")
    return lowered in speech_forms() or any(
        lowered in _speech_forms_of(other) for other in item_languages()[1:]
    )


def _speech_forms_of(language: str) -> frozenset[str]:
    """Return `speech_forms` of ``language``."""
    with using_language(language):
        return speech_forms()
