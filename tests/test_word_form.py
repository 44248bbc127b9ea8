"""The per-form record (`morph.word_form`): the facts of a form's readings, read once."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from uanews import parse
from uanews.parser import morph
from uanews.parser.language import reset_caches, using_language
from uanews.parser.morph import _FACTS, WordForm, _tag_facts, parse_word, word_form
from uanews.parser.participants import roles
from uanews.parser.participants.organization_mentions import _singular_lemmas
from uanews.parser.participants.organizations import _noun_lemmas
from uanews.parser.participants.roles import _adjective
from uanews.parser.quotes import bodies, cues

# Nouns, adjectives, participles, names, indeclinable and hyphenated words, guesses, words no
# dictionary knows, in both languages' spelling.
WORDS = {
    "uk": [
        "міністр",
        "міністра",
        "заступниця",
        "ради",
        "радою",
        "Харкові",
        "Олексій",
        "Кучера",
        "Шишацької",
        "МВС",
        "кафе",
        "обласної",
        "енергетики",
        "прес-служба",
        "Укргідрометцентру",
        "сказав",
        "повідомлення",
        "журналістам",
        "п'ять",
        "хто",
        "xyz",
        "𗀀",
        "",
    ],
    "ru": [
        "министр",
        "заведующая",
        "управляющего",
        "энергетики",
        "энергетиками",
        "Минздрав",
        "Нафтогаза",
        "пресс-службы",
        "Харьковводоканала",
        "Иванову",
        "сообщил",
        "заявление",
        "ТЭЦ",
        "ещё",
    ],
}

_NAMES = {"Name", "Surn", "Patr", "Geox"}


def _expected(readings: tuple[Any, ...]) -> dict[str, object]:
    """Return the record's fields as a plain walk over the readings computes each one."""
    nouns = [parse for parse in readings if parse.tag.POS == "NOUN"]
    first = readings[0].tag if readings else None
    return {
        "readings": readings,
        "lemmas": frozenset(str(parse.normal_form) for parse in readings),
        "noun_lemmas": frozenset(str(parse.normal_form) for parse in nouns),
        "singular_noun_lemmas": frozenset(
            str(parse.normal_form) for parse in nouns if parse.tag.number != "plur"
        ),
        "animate_noun_lemmas": frozenset(
            str(parse.normal_form) for parse in nouns if "anim" in parse.tag
        ),
        "cases": frozenset(str(p.tag.case) for p in readings if p.tag.case is not None),
        "indeclinable": any("Fixd" in parse.tag for parse in readings),
        "animate": any("anim" in parse.tag for parse in readings),
        "named": any(_NAMES & parse.tag.grammemes for parse in readings),
        "inanimate_common_nouns": all(
            parse.tag.POS == "NOUN" and "inan" in parse.tag and not _NAMES & parse.tag.grammemes
            for parse in readings
        ),
        "first_pos": None if first is None else first.POS,
        "first_grammemes": frozenset() if first is None else frozenset(first.grammemes),
        "participles": tuple(
            (str(parse.normal_form), str(parse.tag.voice), str(parse.tag.tense))
            for parse in readings
            if parse.tag.POS == "PRTF"
        ),
        "dictionary_word": any(
            len(parse.methods_stack) == 1
            and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
            for parse in readings
        ),
    }


def test_the_record_holds_what_a_walk_over_the_readings_finds() -> None:
    checked = Counter[str]()
    for language, words in WORDS.items():
        with using_language(language):
            for word in words:
                for form in {word, word.lower()}:
                    record = word_form(form)
                    expected = _expected(parse_word(form))
                    assert {name: getattr(record, name) for name in expected} == expected, form
                    assert set(expected) == set(WordForm.__slots__)
                    checked.update(name for name, value in expected.items() if value)
    # The words exercise every field: each is true (or not empty) for some word (the
    # Ukrainian dictionary reads participles as adjectives: only Russian has ``PRTF``).
    assert set(checked) == set(WordForm.__slots__)


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_the_questions_that_read_the_record_answer_as_their_walks(language: str) -> None:
    with using_language(language):
        for word in WORDS[language]:
            readings = parse_word(word.lower())
            nouns = [parse for parse in readings if parse.tag.POS == "NOUN"]
            assert roles.lemmas(word) == frozenset(p.normal_form for p in readings)
            assert _noun_lemmas(word) == frozenset(p.normal_form for p in nouns)
            assert _singular_lemmas(word) == frozenset(
                p.normal_form for p in nouns if p.tag.number != "plur"
            )
            speech = morph.rule_language(language) == "ru"
            speech_nouns = cues.ru.SPEECH_NOUNS if speech else cues.SPEECH_NOUNS
            assert cues.is_speech_noun(word) == any(p.normal_form in speech_nouns for p in readings)
            assert _adjective(word) == (bool(readings) and readings[0].tag.POS == "ADJF")
            assert bodies.body_noun(word) == _body_noun(readings, russian=speech)


def _body_noun(readings: tuple[Any, ...], *, russian: bool) -> str | None:
    """Return `bodies.body_noun` as it read the readings before the record."""
    lexicon = bodies.ru if russian else bodies
    found = lexicon.BODY_NOUNS | lexicon.DEPENDENT_BODY_NOUNS | lexicon.MEDIA_NOUNS
    staff = lexicon.BODY_STAFF_NOUNS
    for reading in readings:
        if "NOUN" in reading.tag and (
            reading.normal_form in found
            or (reading.normal_form in staff and reading.tag.number == "plur")
        ):
            return str(reading.normal_form)
    return None


TEXT = (
    "Голова обласної ради Марина Ткаченко зустрілася з представниками Укргідрометцентру "
    "та заступником міністра енергетики.\n\n"
    "«Ми відновимо тепло в кожному будинку до кінця тижня», - заявила вона журналістам.\n\n"
    "За даними прес-служби ДСНС, рятувальники ліквідували пожежу на складі підприємства."
)


READ_FROM_THE_RECORD = frozenset(
    {
        "roles.lemmas",
        "roles._cases",
        "roles._adjective",
        "roles._profession",
        "roles._role_lemmas",
        "roles._participle_nouns",
        "organizations._noun_lemmas",
        "organizations._cases",
        "organizations._utility_lemma",
        "organizations._stump_name",
        "organizations._utility_stem_end",
        "organizations._dictionary_organization",
        "organization_mentions._singular_lemmas",
        "bodies.body_noun",
        "cues.is_speech_noun",
        "morph.listed",
    }
)
"""The questions that read a form's facts from its record, no longer from its readings."""


def test_a_cold_item_builds_each_forms_record_once_and_the_questions_read_it() -> None:
    wrapper = parse_word.__code__  # the code of every `language_cache` wrapper of one argument
    built = word_form.__wrapped__.__code__  # type: ignore[attr-defined]  # a miss of `word_form`
    readings = parse_word.__wrapped__  # type: ignore[attr-defined]
    callers = Counter[str]()
    records = Counter[str]()

    def watch(frame: Any, event: str, _arg: object) -> None:
        if event != "call":
            return
        if frame.f_code is wrapper and frame.f_locals.get("func") is readings:
            caller = frame.f_back
            # A question's own walk: the caller, or the caller's generator or comprehension.
            while caller is not None and caller.f_code.co_name.startswith("<"):
                caller = caller.f_back
            code = caller.f_code if caller is not None else frame.f_code
            callers[f"{Path(code.co_filename).stem}.{code.co_qualname}"] += 1
        elif frame.f_code is built:
            records[frame.f_locals["word"]] += 1

    reset_caches()
    sys.setprofile(watch)
    try:
        item = parse(TEXT)
    finally:
        sys.setprofile(None)
    assert item.participants
    assert records
    assert max(records.values()) == 1  # one record a form
    assert callers["morph.word_form"] == len(records)
    # The rules that still walk the readings ask for them; the questions above never do
    # (before the record, each of them asked for the readings of every form it was asked).
    assert callers
    assert sorted(READ_FROM_THE_RECORD & set(callers)) == []


def test_the_shared_analysers_tags_keep_the_facts_a_record_reads() -> None:
    with using_language("uk"):
        word_form("міністра")
        word_form("xyz")
        tags = [reading.tag for reading in parse_word("міністра")]
        latin = [reading.tag for reading in parse_word("xyz")]
    assert tags
    for tag in tags:  # the dictionary's tags: each read once, then kept
        assert tag.__dict__[_FACTS] == _tag_facts(tag)
        assert getattr(tag, _FACTS) is tag.__dict__[_FACTS]
    # A tag a shape analyser makes (``LATN``) is pymorphy3's own class: the record reads it.
    assert latin
    assert all(not hasattr(tag, _FACTS) for tag in latin)
