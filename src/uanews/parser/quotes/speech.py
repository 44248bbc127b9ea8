"""Speech cues: every form of the speech verbs of `uanews.parser.quotes.lexicon`.

Verbs are listed once, as dictionary lemmas (both aspects); `speech_forms` expands them
with pymorphy3 into every personal form a reporter uses (past tense of all genders and numbers,
present and future third person, impersonal ``-но``/``-то`` forms), so ``сказав``, ``сказала``,
``скажуть`` and ``сказано`` all count. First-person and imperative forms are left out on purpose:
``вважаю``, ``нагадаємо``, ``скажімо`` are the author's own voice, not reported speech.
"""

from __future__ import annotations

from collections.abc import Iterator

from uanews.parser.document import SENTENCE_SCREENS, Screen
from uanews.parser.language import item_languages, language_cache, pick, using_language
from uanews.parser.morph import parse_word
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.lexicon import (
    GERUND_SUFFIX,
    SPEECH_ADJECTIVES,
    SPEECH_LEMMAS,
    SPEECH_SHORT_FORMS,
)

__all__ = ["SPEECH_CUES", "SPEECH_GERUNDS", "is_speech_form", "is_speech_gerund", "speech_forms"]

_PERSONAL = frozenset({"past", "Impe"})
_THIRD = "3per"
_EXCLUDED_GRAMMEMES = frozenset({"impr", "1per", "2per", "infn"})


def _speech_verb_forms() -> Iterator[tuple[str, frozenset[str]]]:
    """Yield each form of the speech verbs' lexemes with its grammemes (current language).

    A lemma is read as the first verb (or infinitive) reading whose normal form it is: the
    Russian dictionary tags an infinitive INFN, the Ukrainian one VERB.
    """
    lemma_tags = pick(frozenset({"VERB"}), frozenset({"VERB", "INFN"}))
    for lemma in pick(SPEECH_LEMMAS, ru.SPEECH_LEMMAS):
        for parse in parse_word(lemma):
            if parse.normal_form != lemma or parse.tag.POS not in lemma_tags:
                continue
            for form in parse.lexeme:
                yield form.word, frozenset(form.tag.grammemes)
            break


@language_cache(maxsize=None)
def speech_forms() -> frozenset[str]:
    """Return every lower-case word form that is a speech cue (verbs and adjectives).

    The lemmas and the dictionary are those of the current language (`uanews.parser.language`).
    """
    forms: set[str] = set()
    excluded = pick(_EXCLUDED_GRAMMEMES, _EXCLUDED_GRAMMEMES | ru.EXCLUDED_FORM_GRAMMEMES)
    for word, grammemes in _speech_verb_forms():
        if grammemes & excluded:
            continue
        if grammemes & _PERSONAL or _THIRD in grammemes:
            forms.add(word.replace("'", "ʼ"))
            forms.add(word)
    for adjective in pick(SPEECH_ADJECTIVES, ru.SPEECH_ADJECTIVES):
        for parse in parse_word(adjective):
            if parse.normal_form == adjective:
                forms.update(form.word for form in parse.lexeme if "nomn" in form.tag)
                break
    forms.update(pick(SPEECH_SHORT_FORMS, ru.SPEECH_SHORT_FORMS))  # ``уверена, что``
    # Russian is mostly printed without ``ё``: ``подчеркивает`` is ``подчёркивает``.
    return frozenset(forms | {form.replace("ё", "е") for form in forms})


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


@language_cache(maxsize=None)
def _gerunds() -> frozenset[str]:
    """Return the perfective gerunds of the speech verbs (``додавши``, ``добавив``)."""
    found: set[str] = set()
    for word, grammemes in _speech_verb_forms():
        if {"GRND", "perf"} <= grammemes:
            found.add(word)  # the Russian dictionary lists gerunds in the lexeme
        elif {"past", "masc", "perf"} <= grammemes:
            # the Ukrainian one lists them apart: ``додав`` + ``ши``
            found.update(_own_gerund(word + GERUND_SUFFIX))
    return frozenset(found)


def _own_gerund(word: str) -> set[str]:
    """Return ``{word}`` if the dictionary reads it as a perfective gerund, else nothing."""
    return {word} if any("GRND" in parse.tag for parse in parse_word(word)) else set()


@language_cache()
def is_speech_gerund(word: str) -> bool:
    """Return True if ``word`` is a perfective gerund of a speech verb (``додавши``, ``добавив``).

    No cue on its own (``сказав`` is a Russian gerund and a Ukrainian past form alike), it
    reports after the main verb's attribution: ``– сказав X, додавши, що ...``.
    """
    return word.lower() in _gerunds()


SPEECH_CUES = Screen(is_speech_form, family=SENTENCE_SCREENS)
"""`is_speech_form` put to all the words of a sentence at once."""

SPEECH_GERUNDS = Screen(is_speech_gerund)
"""`is_speech_gerund` put to all the words of a sentence at once."""


def _speech_forms_of(language: str) -> frozenset[str]:
    """Return `speech_forms` of ``language``."""
    with using_language(language):
        return speech_forms()
