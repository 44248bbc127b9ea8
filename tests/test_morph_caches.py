"""Caches of morphology answers give what the uncached look-ups give."""

from __future__ import annotations

import pickle

import pytest

from uanews.parser import morph
from uanews.parser.language import using_language
from uanews.parser.morph import _dictionary_path, analyzer, nominative_form, parse_word
from uanews.parser.participants.names import analyse, feminine_nominative

ADJECTIVES = [
    "Шишацької",
    "Шишацькій",
    "Шишацьку",
    "Шишацькою",
    "Київської",
    "Київську",
    "Вереснянського",
    "Ковальську",
    "нової",
    "Бродзькою",
]


@pytest.mark.parametrize("word", ADJECTIVES)
def test_feminine_nominative_is_what_inflect_gives(word: str) -> None:
    for parse in parse_word(word.lower()):
        expected = parse.inflect({"femn", "nomn"})
        # Twice: the second answer comes from the lexeme's cached forms.
        for _ in range(2):
            found = feminine_nominative(parse)
            assert found == (None if expected is None else str(expected.word))


def test_a_word_and_its_lower_case_share_their_name_readings() -> None:
    assert analyse("Шишацька") == analyse("шишацька")
    assert analyse("ВОЛОДИМИРА") == analyse("володимира")
    assert any(reading.kind == "Surn" for reading in analyse("Шишацької").readings)


# Forms of the same lexemes in several cases, numbers and genders, nouns and adjectives, so
# that the per-lexeme answers are asked for by forms other than the one that stored them.
NOMINATIVE_WORDS = {
    "uk": [
        "району",
        "районі",
        "районах",
        "транспорту",
        "науки",
        "обласної",
        "обласною",
        "обласних",
        "Литовській",
        "республіці",
        "голови",
        "Новограда-Волинського",
        "затриманого",
    ],
    "ru": ["района", "районе", "городского", "головы", "областной", "Изюмском", "судах"],
}


@pytest.mark.parametrize("language", sorted(NOMINATIVE_WORDS))
def test_nominative_form_is_the_first_fitting_form_of_the_lexeme(language: str) -> None:
    with using_language(language):
        for word in NOMINATIVE_WORDS[language]:
            for parse in parse_word(word):
                for number in (None, "sing", "plur"):
                    for gender in (None, "masc", "femn", "neut"):
                        expected = _first_fitting_by_scan(parse, number, gender)
                        found = nominative_form(parse, number, gender)
                        assert (None if found is None else (found.word, found.tag)) == expected


def _first_fitting_by_scan(
    parse: object, number: str | None, gender: str | None
) -> tuple[object, object] | None:
    """Return (word, tag) of the first nominative of ``parse``'s whole lexeme that fits."""
    plural = number == "plur"
    for form in parse.lexeme:  # type: ignore[attr-defined]
        if form.tag.case not in {"nomn", None} or (form.tag.number == "plur") != plural:
            continue
        if not plural and gender is not None and form.tag.gender not in {None, gender}:
            continue
        return (form.word, form.tag)
    return None


TAG_WORDS = {
    "uk": [
        "стали",
        "Шишацької",
        "району",
        "сказав",
        "Володимир",
        "ЗСУ",
        "інтерв'ю",
        "три",
        "швидко",
    ],
    "ru": ["стали", "городского", "сказал", "Пётр", "МВД", "головы", "быстро"],
}
CATEGORIES = morph._TAG_CATEGORIES  # noqa: SLF001 - every category the tags keep
GRAMMEMES = ("NOUN", "anim", "Surn", "Name", "plur", "nomn", "Abbr", "Fixd", "ADJF", "femn")


@pytest.mark.parametrize("language", sorted(TAG_WORDS))
def test_the_shared_analysers_tags_answer_as_plain_pymorphy3_tags(language: str) -> None:
    import pymorphy3  # noqa: PLC0415 - the plain analyser, only for this comparison

    plain = pymorphy3.MorphAnalyzer(path=_dictionary_path(language), lang=language)
    ours = analyzer(language)
    for word in TAG_WORDS[language]:
        pairs = list(zip(ours.parse(word), plain.parse(word), strict=True))
        assert pairs
        for mine, theirs in pairs:
            assert mine.tag == theirs.tag
            assert hash(mine.tag) == hash(theirs.tag)
            assert str(mine.tag) == str(theirs.tag)
            for name in CATEGORIES:
                assert getattr(mine.tag, name) == getattr(theirs.tag, name)
            for grammeme in GRAMMEMES:
                assert (grammeme in mine.tag) == (grammeme in theirs.tag)
            assert ({"NOUN", "anim"} in mine.tag) == ({"NOUN", "anim"} in theirs.tag)
            assert pickle.loads(pickle.dumps(mine.tag)) == theirs.tag  # noqa: S301 - our own
            with pytest.raises(ValueError, match="unknown"):
                _ = "NOUNS" in mine.tag
            for tag in (mine.tag, theirs.tag):  # neither takes an attribute of its own
                with pytest.raises(AttributeError):
                    tag.note = "x"
            with pytest.raises(ValueError, match="not a valid grammeme"):
                _ = mine.tag.POS == "NOUNS"


@pytest.mark.parametrize("language", sorted(TAG_WORDS))
def test_typed_grammemes_compare_as_pymorphy3s_and_run_no_python_to_do_it(language: str) -> None:
    import pymorphy3  # noqa: PLC0415 - the plain analyser, only for this comparison

    plain = pymorphy3.MorphAnalyzer(path=_dictionary_path(language), lang=language)
    ours = analyzer(language)
    compared = 0
    for word in TAG_WORDS[language]:
        for mine, theirs in zip(ours.parse(word), plain.parse(word), strict=True):
            for name in CATEGORIES:
                kept, typed = getattr(mine.tag, name), getattr(theirs.tag, name)
                if typed is None:
                    assert kept is None
                    continue
                # The same value, hash and class of pymorphy3's (a subclass of it), with
                # comparisons that are table lookups, not Python functions.
                assert isinstance(kept, type(typed))
                assert str(kept) == str(typed)
                assert hash(kept) == hash(typed)
                assert not callable(getattr(type(kept).__eq__, "__code__", None))
                assert not callable(getattr(type(kept).__ne__, "__code__", None))
                category = type(theirs.tag).__dict__[name].grammeme_set
                for other in [*sorted(category), None, typed, kept]:
                    assert (kept == other) == (typed == other)
                    assert (kept != other) == (typed != other)
                    assert (other == kept) == (other == typed)
                    compared += 1
                assert kept in category  # hashed and compared as the plain grammeme
                for wrong in ("NOUNS", "femn" if name == "POS" else "NOUN", 5):
                    with pytest.raises(ValueError, match="not a valid grammeme") as mine_error:
                        _ = kept == wrong
                    with pytest.raises(ValueError, match="not a valid grammeme") as their_error:
                        _ = typed == wrong
                    assert str(mine_error.value) == str(their_error.value)
                    with pytest.raises(ValueError, match="not a valid grammeme"):
                        _ = kept != wrong
                with pytest.raises(TypeError):
                    _ = kept == ["NOUN"]
            assert mine.tag.grammemes == theirs.tag.grammemes
            assert mine.tag.grammemes is mine.tag.grammemes  # kept, not rebuilt
    assert compared > 100


def test_parsing_an_item_runs_none_of_pymorphy3s_python_grammeme_comparisons() -> None:
    import sys  # noqa: PLC0415 - only this test profiles

    from uanews import parse  # noqa: PLC0415 - the whole pipeline, only for this count

    text = (
        "Мер міста Олексій Кучер зустрівся з головою обласної ради.\n\n"
        "«Ми відновимо водоканал до зими», - сказав він журналістам у Харкові."
    )
    called: list[str] = []

    def watch(frame, event, _arg):
        code = frame.f_code
        if event == "call" and code.co_filename.endswith("tagset.py"):
            called.append(code.co_qualname)

    readings = [reading for word in ("міста", "сказав", "Харкові") for reading in parse_word(word)]
    sys.setprofile(watch)
    try:
        item = parse(text)
        # What the rules ask, asked here too: the item's own answers may all be cached already.
        compared = [
            (reading.tag.POS == "NOUN", reading.tag.case != "nomn", reading.tag.gender == "femn")
            for reading in readings
        ]
    finally:
        sys.setprofile(None)
    assert item.participants
    assert any(noun for noun, _, _ in compared)
    # pymorphy3's typed grammemes compare (and hash) in Python; the kept ones never do.
    methods = ("TypedGrammeme.__eq__", "TypedGrammeme.__ne__", "TypedGrammeme.__hash__")
    assert [name for name in called if name.endswith(methods)] == []


def test_a_phrase_in_the_nominative_looks_up_each_word_once(monkeypatch) -> None:
    # Each word is asked about as a head, as an adjective before a later head and as a word
    # to stop at; its dictionary readings are looked up once and kept (`morph._known_parses`).
    asked: list[str] = []
    real = morph.parse_word

    def counting(word: str) -> tuple[object, ...]:
        asked.append(word)
        return real(word)

    monkeypatch.setattr(morph, "parse_word", counting)
    with using_language("uk", "ru"):  # a table of its own, which other tests rarely fill
        found = morph.nominative_or_none("Тростянецької міської філармонії", case="gent")
    assert found == "Тростянецька міська філармонія"
    assert asked
    assert len(asked) == len(set(asked))


LISTED_WORDS = [
    "Київ",
    "київ",
    "районі",
    "Кучер",
    "п'ять",
    "п’ять",  # a typographic apostrophe: the dictionary is asked
    "Агротрейду",  # read after an unknown prefix: not listed
    "Шишацької",
    "ІТ-сектору",
    "квазірайонного",
    "сказал",  # Russian letters only in the second language's dictionary
    "объявил",
    "Ґудзик",
    "xyz",
    "СБУ",
]


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_listed_is_what_the_dictionary_says(language: str) -> None:
    with using_language(language):
        for word in LISTED_WORDS:
            assert morph.listed(word) == analyzer().word_is_known(word.lower()), word


def test_listed_reads_the_kept_readings_instead_of_asking_the_dictionary(monkeypatch) -> None:
    asked: list[str] = []
    morph_uk = analyzer("uk")
    real = morph_uk.word_is_known

    def counting(word: str, *, strict: bool = False) -> bool:
        asked.append(word)
        return bool(real(word, strict=strict))

    monkeypatch.setattr(morph_uk, "word_is_known", counting)
    with using_language("uk"):
        assert morph.listed("районі")
        assert not morph.listed("Агротрейду")
        assert asked == []
        assert not morph.listed("п’ять")  # as the dictionary spells it not: asked
    assert asked == ["п’ять"]
