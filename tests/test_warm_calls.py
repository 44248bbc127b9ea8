"""The ninth pass of issue 10: fewer Python calls on the warm path, the same answers.

Each shortcut here must answer as the code it replaces: the blocks' languages, the manager of
`reading_at` in an item without regions, a span's validator, the item's reference and offset
checks, and the finding verbs screened once a form. No test times anything.
"""

from __future__ import annotations

import attrs
import pytest

from uanews.errors import ModelError
from uanews.model import Mention, NewsItem, Paragraph, Participant, ParticipantKind, Span
from uanews.parser.language import (
    item_languages,
    language_at,
    languages_at,
    reading_at,
    using_language,
    using_regions,
)
from uanews.parser.quotes import cues
from uanews.parser.quotes.text import words


def test_languages_at_is_language_at_of_each_offset() -> None:
    offsets = [0, 5, 10, 15, 25, 30, 39, 45]
    with using_language("uk", "ru"):
        assert languages_at(offsets) == ("uk",) * len(offsets)
        assert languages_at(offsets) == tuple(language_at(offset) for offset in offsets)
        with using_regions(((10, 20, "ru"), (30, 40, "uk"))):
            assert languages_at(offsets) == tuple(language_at(offset) for offset in offsets)
            assert languages_at(offsets) == ("uk", "uk", "ru", "ru", "uk", "uk", "uk", "uk")
    with using_language("ru"):
        assert languages_at([0, 1]) == ("ru", "ru")
        assert languages_at([]) == ()


def test_reading_at_without_regions_shares_one_manager_and_changes_nothing() -> None:
    with using_language("ru", "uk"):
        manager = reading_at(3)
        assert manager is reading_at(700)
        with manager as language:
            assert language == "ru"
            assert item_languages() == ("ru", "uk")
        assert item_languages() == ("ru", "uk")
        with using_regions(((0, 10, "uk"),)):
            assert reading_at(3) is not manager
            with reading_at(3) as language:
                assert language == "uk"
                assert item_languages()[0] == "uk"
            assert item_languages() == ("ru", "uk")


def test_reading_at_without_regions_lets_an_exception_go_on() -> None:
    with using_language("uk"), pytest.raises(KeyError), reading_at(0):
        raise KeyError(0)


@pytest.mark.parametrize("kind", [Span, Mention])
def test_one_validator_checks_both_offsets_as_two_did(kind: type[Span | Mention]) -> None:
    def make(start: int, end: int) -> Span | Mention:
        return Span(start, end) if kind is Span else Mention("слово", start, end)

    assert make(0, 0).end == 0
    with pytest.raises(ModelError) as negative:
        make(-1, 3)
    assert (negative.value.path, negative.value.message) == ("start", "must be >= 0, not -1")
    with pytest.raises(ModelError) as reversed_:
        make(4, 3)
    assert (reversed_.value.path, reversed_.value.message) == ("end", "end 3 is before start 4")
    with pytest.raises(ModelError) as both:  # the start is checked first, as before
        make(-2, -5)
    assert both.value.path == "start"
    attrs.validate(make(1, 2))  # the class's own validators still check an instance


def _item(**changes: object) -> NewsItem:
    person = Participant("p1", ParticipantKind.PERSON, "Олесь Гайчук", (Mention("Олесь", 0, 5),))
    fields: dict[str, object] = {
        "paragraphs": (Paragraph("Олесь Гайчук приїхав до Ірпеня."),),
        "participants": (person,),
    }
    fields.update(changes)
    return NewsItem(**fields)  # type: ignore[arg-type]


def test_the_item_checks_raise_the_same_errors_with_their_paths() -> None:
    person = _item().participants[0]
    with pytest.raises(ModelError) as duplicate:
        _item(participants=(person, person))
    assert (duplicate.value.path, duplicate.value.message) == (
        "participants[1].id",
        "duplicate participant id 'p1'",
    )
    outside = attrs.evolve(person, mentions=(Mention("ок", 40, 42),))
    with pytest.raises(ModelError) as past:
        _item(participants=(outside,))
    assert (past.value.path, past.value.message) == (
        "participants[0].mentions[0]",
        "[40, 42) is outside the text of length 31",
    )
    misquoted = attrs.evolve(person, mentions=(Mention("Петро", 0, 5),))
    with pytest.raises(ModelError) as differs:
        _item(participants=(misquoted,))
    assert differs.value.path == "participants[0].mentions[0]"
    speaking = Paragraph("Олесь Гайчук приїхав до Ірпеня.", speaker="p2")
    with pytest.raises(ModelError) as unknown:
        _item(paragraphs=(speaking,))
    assert (unknown.value.path, unknown.value.message) == (
        "paragraphs[0].speaker",
        "unknown participant id 'p2'",
    )


@pytest.mark.parametrize(
    ("language", "sentence", "cue"),
    [
        ("uk", "Слідчі встановили, що водій Кирило Бойчук не мав посвідчення.", {"встановили"}),
        ("uk", "Як встановило слідство, склад зберігали без охорони.", {"встановило"}),
        ("uk", "Робітники встановили на даху нові панелі.", set()),
        ("ru", "Следователи установили, что склад охраняли двое сторожей.", {"установили"}),
        ("ru", "Рабочие установили на крыше новые панели.", set()),
    ],
)
def test_finding_cues_screened_once_a_form_answer_as_the_verb_test(
    language: str, sentence: str, cue: set[str]
) -> None:
    with using_language(language):
        found = words(sentence, 0, len(sentence))
        near = cues.FINDING_SUBJECT_WORDS
        expected = frozenset(
            word
            for index, (word, _s, _e) in enumerate(found)
            if cues.is_finding(word)
            and any(
                cues._investigator(other)  # noqa: SLF001 - the rule's own test
                for other, _o, _f in (
                    *found[max(0, index - near) : index],
                    *found[index + 1 : index + 1 + near],
                )
            )
        )
        assert cues.finding_cues(found) == cues.finding_cues(found) == expected == cue
