"""Participant extraction stays linear in an item's size: the work counted, never the time taken.

Each index is checked twice: it answers exactly what the scan of everyone it replaced answered,
and it does a bounded amount of work per look-up however many people or organisations the
item holds. Every text here was written for these tests; none is taken from a corpus.
"""

from __future__ import annotations

import copy
import re

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import uanews
from uanews.model import Mention
from uanews.parser.participants import organization_mentions as organization_mentions_module
from uanews.parser.participants import registry as registry_module
from uanews.parser.participants.names import NameSpan
from uanews.parser.participants.organization_mentions import _LatinWords, find_further_mentions
from uanews.parser.participants.registry import PersonDraft, Registry
from uanews.parser.quotes import bodies as bodies_module

# Surnames that decline (``Коваленка``, ``Шевчуку``) and first names, with their initials.
_SURNAMES = ("Коваленко", "Шевчук", "Мельник", "Бондар", "Кравець", "Ткачук", "Мороз")
_FIRSTS = ("Олег", "Ірина", "Петро", "О.", "І.", "П.")
_PATRONYMICS = (None, "Іванович", "Петрівна")


def _scanned_match(registry: Registry, found: NameSpan) -> PersonDraft | None:
    """Return the person the registry's match gave before its index: a test of everyone."""
    for person in reversed(registry.people):
        if found.surname is not None:
            surname_word = found.text.split()[-1] if found.first else found.text
            if person.surname is None:
                same = found.first is not None and found.first == person.first
                if same and found.patronymic in (None, person.patronymic):
                    return person
                continue
            if (
                person.surname == found.surname or person.surname_matches(surname_word)
            ) and person.first_matches(found.first):
                return person
        elif (
            found.first is not None
            and person.first == found.first
            and (
                found.patronymic in (None, person.patronymic)
                or (
                    person.patronymic is None
                    and sum(other.first == found.first for other in registry.people) == 1
                )
            )
        ):
            return person
    return None


_WRITTEN = st.sampled_from(["", "а", "у", "ові", "ом"])
_NAMES = st.lists(
    st.tuples(
        st.sampled_from((None, *_FIRSTS)),
        st.sampled_from(_PATRONYMICS),
        st.sampled_from((None, *_SURNAMES)),
        _WRITTEN,
    ).filter(lambda name: name[0] is not None or name[2] is not None),
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(_NAMES)
def test_a_name_is_matched_to_the_person_a_test_of_everyone_would_find(names):
    text = "б" * 2000
    registry = Registry(text)
    at = 0
    for first, patronymic, surname, ending in names:
        written_surname = None if surname is None else surname + ending
        words = [word for word in (first, patronymic, written_surname) if word is not None]
        written = " ".join(words)
        found = NameSpan(at, at + len(written), written, written, first, patronymic, surname, None)
        assert registry._match(found) is _scanned_match(registry, found)  # noqa: SLF001
        registry.add_name(found)
        at += len(written) + 1


def _scanned_merge(registry: Registry) -> None:
    """Merge case twins as the registry did before its index: each variant against everyone."""
    for variant in list(registry.people):
        twins = [p for p in registry.people if registry_module._twin_of(variant, p)]  # noqa: SLF001
        if len(twins) == 1:
            twins[0].mentions.extend(variant.mentions)
            registry.people.remove(variant)


_GENDERED = st.lists(
    st.tuples(
        st.sampled_from(("Валентин", "Валентина", "Олег", "Ірина")),
        st.sampled_from(("Вітер", "Вітера", "Шевчук", "Шевчука", "Мельник")),
        st.sampled_from(("masc", "femn")),
    ),
    max_size=12,
)


@settings(max_examples=40, deadline=None)
@given(_GENDERED)
def test_case_twins_merge_as_a_test_of_everyone_merged_them(names):
    registry = Registry("б" * 2000)
    at = 0
    for first, surname, gender in names:
        written = f"{first} {surname}"
        registry.add_name(
            NameSpan(at, at + len(written), written, written, first, None, surname, gender)
        )
        at += len(written) + 1
    scanned = copy.deepcopy(registry)
    registry.merge_case_variants()
    _scanned_merge(scanned)
    assert [(p.name(), list(p.mentions)) for p in registry.people] == [
        (p.name(), list(p.mentions)) for p in scanned.people
    ]


def _person(number: int) -> tuple[str, str]:
    """Return a distinct first name and surname for person ``number`` (invented)."""
    letters = "бвгдклмнпрстхш"
    stem = letters[number % len(letters)] + "а" + letters[number // len(letters) % len(letters)]
    return "Олег", f"Про{stem}енко"


def test_each_name_is_tested_against_few_people_however_many_are_known(monkeypatch):
    tested: list[int] = []
    refers_to = Registry._refers_to  # noqa: SLF001 - counting its calls

    def counting(self, found, person):
        tested.append(1)
        return refers_to(self, found, person)

    monkeypatch.setattr(Registry, "_refers_to", counting)
    people = 150
    registry = Registry("б" * 20000)
    at = 0

    def add(written: str, first: str | None, surname: str) -> None:
        nonlocal at
        found = NameSpan(at, at + len(written), written, written, first, None, surname, None)
        registry.add_name(found)
        at += len(written) + 1

    for number in list(range(people)) * 2:  # everyone named, then everyone again
        first, surname = _person(number)
        add(f"{first[0]}. {surname}", f"{first[0]}.", surname)
    for number in range(people):  # then by surname alone
        _, surname = _person(number)
        add(surname, None, surname)
    assert len(registry.people) == people
    assert all(len(person.mentions) == 3 for person in registry.people)
    # A test of everyone known, latest first, would take people * (people - 1) / 2 tests for
    # the first round alone (11,175 here); the index offers each name the people of its
    # surname, who share no other's.
    assert len(tested) == 2 * people


def test_case_twins_are_sought_among_the_people_of_one_surname(monkeypatch):
    tested: list[int] = []
    twin_of = registry_module._twin_of  # noqa: SLF001 - counting its calls

    def counting(variant, person):
        tested.append(1)
        return twin_of(variant, person)

    monkeypatch.setattr(registry_module, "_twin_of", counting)
    text = "б" * 10000
    registry = Registry(text)
    at = 0
    for number in range(120):
        first, surname = _person(number)
        written = f"{first} {surname}"
        registry.add_name(
            NameSpan(at, at + len(written), written, written, first, None, surname, "masc")
        )
        at += len(written) + 1
    registry.merge_case_variants()
    assert len(registry.people) == 120
    assert len(tested) <= 2 * 120  # each person against the people of their own surname


def test_a_case_twin_is_still_merged_into_its_nominative_person():
    text = "Валентин Вітер приїхав. Валентина Вітера зустріли."
    item = uanews.parse(f"Зустріч\n\n{text}\n")
    people = [p for p in item.participants if p.kind.value == "person"]
    assert [p.name for p in people] == ["Валентин Вітер"]
    assert [m.text for m in people[0].mentions] == ["Валентин Вітер", "Валентина Вітера"]


_LATIN_PIECES = st.sampled_from(
    ["Meta", "Google", "IT", "Meta Platforms", " ", "-", "_", "2", "а", "«", "»", ".", "MetaX"]
)


@given(
    st.lists(_LATIN_PIECES, max_size=30).map("".join),
    st.sampled_from(["Meta", "Google", "IT", "Meta Platforms", "Meta-IT", "A A", "«Meta»"]),
)
def test_latin_forms_are_found_where_the_regular_expression_finds_them(text, form):
    expected = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]
    assert _LatinWords(text).occurrences(form) == expected


def test_self_overlapping_forms_are_found_without_overlaps():
    text = "A A A A"
    assert _LatinWords(text).occurrences("A A") == [0, 4]


class _Scanning:
    """A stand-in for a compiled pattern that adds up how much text it is asked to scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        stop = len(text) if endpos is None else min(endpos, len(text))
        self.scanned += stop - pos
        return self.pattern.finditer(text, pos, stop)

    def fullmatch(self, text: str):
        return self.pattern.fullmatch(text)


def test_further_mentions_of_many_latin_names_read_the_text_once(monkeypatch):
    names = ("Google", "Meta", "Apple", "Amazon", "Netflix", "Spotify", "Uber", "Bolt")
    text = (
        " ".join(f"Компанія {name} оголосила набір." for name in names)
        + " "
        + ("Сервіси Google, Bolt і Uber, але не Metaverse чи Apple2, працюють у місті. " * 10)
    )
    runs = _Scanning(organization_mentions_module._LATIN_RUN)  # noqa: SLF001
    monkeypatch.setattr(organization_mentions_module, "_LATIN_RUN", runs)
    registry = Registry(text)
    for name in names:
        start = text.index(name)
        registry.add_organization(name, Mention(name, start, start + len(name)))
    find_further_mentions(registry)
    found = {o.name: len(o.mentions) for o in registry.organizations.values()}
    assert found == {name: 11 if name in {"Google", "Bolt", "Uber"} else 1 for name in names}
    assert runs.scanned == len(text)  # one pass for the eight organisations


def test_acronyms_read_the_offsets_taken_without_copying_them(monkeypatch):
    seen: list[bool] = []
    find_acronyms = organization_mentions_module.find_acronyms

    def checking(text, start, end, covered):
        seen.append(isinstance(covered, set) and not isinstance(covered, frozenset))
        return find_acronyms(text, start, end, covered)

    monkeypatch.setattr(organization_mentions_module, "find_acronyms", checking)
    paragraph = "Працівники СБУ та ДСНС провели навчання разом із ЗСУ."
    item = uanews.parse("Навчання\n\n" + "\n\n".join([paragraph] * 5) + "\n")
    assert {p.name for p in item.participants} >= {"СБУ", "ДСНС", "ЗСУ"}
    assert seen
    assert all(seen)  # the registry's own set, read in place


def test_evolved_items_share_one_text_object():
    item = uanews.parse("Новини\n\nПерший абзац тексту.\n\nДругий абзац тексту.\n")
    evolved = attrs.evolve(item, participants=())
    assert evolved.text == item.text
    assert evolved.text is item.text


def test_speaking_bodies_ask_once_per_body_noun_whether_a_participant_names_it(monkeypatch):
    asked: list[str] = []
    named_body = bodies_module.named_body

    def counting(participants, lemma):
        asked.append(lemma)
        return named_body(participants, lemma)

    monkeypatch.setattr(bodies_module, "named_body", counting)
    paragraph = (
        "У міськраді повідомили, що ремонт завершать до осені. "
        "В управлінні освіти зазначили, що школи готові."
    )
    item = uanews.parse("Ремонт\n\n" + "\n\n".join([paragraph] * 20) + "\n")
    bodies = [p for p in item.participants if p.name in {"міськрада", "управління освіти"}]
    assert bodies
    assert sum(len(p.mentions) for p in bodies) >= 20
    assert len(asked) == len(set(asked))  # one question per body noun, not per sentence


def test_a_person_released_of_every_mention_is_no_longer_matched():
    registry = Registry("б" * 200)
    written = "Олег Шевчук"
    found = NameSpan(0, len(written), written, written, "Олег", None, "Шевчук", "masc")
    person = registry.add_name(found)
    registry.release_mention(person, person.mentions[0])
    assert registry.people == []
    again = NameSpan(20, 20 + len(written), written, written, "Олег", None, "Шевчук", "masc")
    assert registry._match(again) is None  # noqa: SLF001
    assert registry.add_name(again) is not person
    assert len(registry.people) == 1
