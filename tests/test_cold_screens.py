"""The tenth pass of issue 10: fewer steps for each new word form on the cold path, same answers.

The block screens put the role-noun and organisation-noun questions to every new form of an
item. Each shortcut here must answer as the code it replaces: the test of a deputy's or a
joined prefix by the word's opening, the role nouns of a lemma set worked out once a set, and
the organisation noun's early answers (a listed noun, a town's name, a word without a hyphen).
No test times anything.
"""

# ruff: noqa: SLF001 - each shortcut is checked against the private steps it replaces
from __future__ import annotations

import pytest

from uanews.parser.language import pick, using_language
from uanews.parser.morph import parse_word, word_form
from uanews.parser.participants import lexicon_ru as ru
from uanews.parser.participants import organizations, roles
from uanews.parser.participants.lexicon import (
    DEPUTY_PREFIXES,
    JOINED_ROLE_PREFIXES,
    ORGANIZATION_NOUNS,
    ROLE_NOUNS,
    SETTLEMENT_ROOTS,
)
from uanews.parser.participants.names import analyse
from uanews.parser.quotes import cues
from uanews.parser.quotes import lexicon as quotes_uk
from uanews.parser.quotes import lexicon_ru as quotes_ru

UK_WORDS = (
    "посол",
    "Посла",
    "заступниця",
    "заступниці",
    "директорка",
    "замміністра",
    "замдиректора",
    "замок",
    "заміна",
    "віцеголова",
    "віцеголовою",
    "віце-прем'єр",
    "екс-міністр",
    "рок-співак",
    "орнітолог",
    "енергетики",
    "енергетиків",
    "стіл",
    "вулиця",
    "Мирноград",
    "Мирнограді",
    "міністерство",
    "держпідприємство",
    "інтернет-видання",
    "Укргідрометцентр",
    "рада",
    "ради",
    "компанія",
)
RU_WORDS = (
    "посол",
    "заместительница",
    "замминистра",
    "замглавы",
    "замок",
    "вице-премьер",
    "экс-министр",
    "энергетики",
    "энергетиками",
    "управляющий",
    "заведующая",
    "стол",
    "министерство",
    "госпредприятие",
    "интернет-издание",
    "Мирноград",
    "компания",
)
CASES = [("uk", word) for word in UK_WORDS] + [("ru", word) for word in RU_WORDS]


def _old_deputy_or_joined(lowered: str) -> bool:
    """The deputy's and joined-prefix tests as `_is_role_noun` asked them, without the opening."""
    return roles._deputy_compound(lowered) or roles._joined_prefix_role(lowered)


def _old_listed_roles(word: str) -> frozenset[str]:
    """The role nouns of ``word``'s lemmas as `_role_lemmas` computed them once a form."""
    record = word_form(word.lower())
    participles = record.participles
    found = (
        record.lemmas | roles._participle_roles_of(participles) if participles else record.lemmas
    )
    feminine = {roles.masculine(lemma) for lemma in found}
    return (found | feminine) & pick(ROLE_NOUNS, ru.ROLE_NOUNS)


def _old_organization_noun(word: str) -> bool:
    """`organizations.is_organization_noun` as it was written before the early answers."""
    found = organizations._noun_lemmas(word) | organizations._noun_lemmas(word.rsplit("-", 1)[-1])
    if not found:
        return False
    nouns = pick(ORGANIZATION_NOUNS, ru.ORGANIZATION_NOUNS)
    heads = pick(organizations._COMPOUND_HEADS, organizations._COMPOUND_HEADS_RU)
    town = any(lemma.endswith(pick(SETTLEMENT_ROOTS, ru.SETTLEMENT_ROOTS)) for lemma in found)
    for lemma in found:
        if lemma in nouns:
            return True
        if town:
            continue
        last = len(lemma) - organizations._MIN_COMPOUND_HEAD
        if any(lemma[cut:] in heads for cut in range(organizations._MIN_COMPOUND_PREFIX, last + 1)):
            return True
    return False


def test_the_openings_hold_every_deputy_and_joined_prefix() -> None:
    assert set(roles._PREFIX_OPENINGS) == set(DEPUTY_PREFIXES) | set(JOINED_ROLE_PREFIXES)
    assert set(roles._PREFIX_OPENINGS_RU) == set(ru.DEPUTY_PREFIXES) | set(ru.JOINED_ROLE_PREFIXES)
    assert "" not in roles._PREFIX_OPENINGS + roles._PREFIX_OPENINGS_RU


@pytest.mark.parametrize(("language", "word"), CASES)
def test_a_word_without_a_prefix_opening_is_no_deputy_or_joined_role(
    language: str, word: str
) -> None:
    with using_language(language):
        lowered = word.lower()
        openings = pick(roles._PREFIX_OPENINGS, roles._PREFIX_OPENINGS_RU)
        if not lowered.startswith(openings):
            assert not _old_deputy_or_joined(lowered)


@pytest.mark.parametrize(("language", "word"), CASES)
def test_role_nouns_of_a_lemma_set_are_those_of_the_form(language: str, word: str) -> None:
    with using_language(language):
        record = word_form(word.lower())
        if record.lemmas and not record.participles:
            assert roles._listed_roles(record.lemmas) == _old_listed_roles(word)


@pytest.mark.parametrize(("language", "word"), CASES)
def test_organization_noun_answers_as_before(language: str, word: str) -> None:
    with using_language(language):
        assert organizations.is_organization_noun(word) is _old_organization_noun(word)


def test_the_shortcuts_keep_the_answers_both_ways() -> None:
    with using_language("uk"):
        assert roles.is_role_noun("замміністра")  # a deputy's compound: opens with ``зам``
        assert roles.is_role_noun("віцеголовою")  # a joined prefix: opens with ``віце``
        assert not roles.is_role_noun("замок")  # opens with ``зам``, no role after it
        assert roles.is_role_noun("заступниця")  # a feminine lemma counts as its masculine
        assert not roles.is_role_noun("вулиця")
        assert organizations.is_organization_noun("міністерства")  # a listed noun
        assert organizations.is_organization_noun("держпідприємство")  # a compound's head
        assert not organizations.is_organization_noun("Мирнограді")  # a town, not ``рада``
        assert not organizations.is_organization_noun("стіл")
    with using_language("ru"):
        assert roles.is_role_noun("замминистра")
        assert not roles.is_role_noun("замок")
        assert organizations.is_organization_noun("госпредприятие")
        assert not organizations.is_organization_noun("стол")


FINDING_CASES = [
    ("uk", word)
    for word in ("встановили", "Встановило", "з'ясували", "встановлено", "встановлення", "стіл")
] + [("ru", word) for word in ("установили", "выяснил", "установлено", "установка", "стол")]


@pytest.mark.parametrize(("language", "word"), FINDING_CASES)
def test_finding_verbs_by_their_lemmas_first_answer_as_before(language: str, word: str) -> None:
    with using_language(language):
        findings = pick(quotes_uk.FINDING_LEMMAS, quotes_ru.FINDING_LEMMAS)
        old = cues.is_finite_verb(word) and any(
            parse.normal_form in findings for parse in parse_word(word.lower())
        )
        assert cues.is_finding(word) is old


def test_finding_verbs_fire_on_the_verb_not_on_its_noun() -> None:
    with using_language("uk"):
        assert cues.is_finding("встановили")
        assert not cues.is_finding("встановлення")
    with using_language("ru"):
        assert cues.is_finding("установили")
        assert not cues.is_finding("установка")


def test_name_kinds_by_one_set_test_first() -> None:
    with using_language("uk"):
        assert "Name" in {reading.kind for reading in analyse("Олега").readings}
        assert "Patr" in {reading.kind for reading in analyse("Олеговича").readings}
        assert not analyse("стіл").readings  # a common noun: no name reading
    with using_language("ru"):
        assert "Name" in {reading.kind for reading in analyse("Олега").readings}
        assert not analyse("стол").readings
