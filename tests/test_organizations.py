"""Organisations: quoted names, acronyms and official noun phrases, one participant each."""

from __future__ import annotations

from participant_items import organizations
from uanews.parser.participants.organizations import (
    acronym_stem,
    concept_acronyms,
    find_acronyms,
    find_organization_phrases,
    find_quoted_organizations,
)


def phrases(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.name) for f in find_organization_phrases(text, 0, len(text))]


def test_a_legal_form_stays_in_the_mention_of_a_quoted_name():
    text = "Суд зобов'язав ТОВ «Лісова поляна» сплатити борг."
    [found] = find_quoted_organizations(text, 0, len(text))
    assert text[found.start : found.end] == "ТОВ «Лісова поляна»"
    assert found.name == "ТОВ «Лісова поляна»"


def test_a_common_head_is_named_but_not_mentioned():
    text = "Про це він сказав газеті «Ранковий Поділ» у понеділок."
    [found] = find_quoted_organizations(text, 0, len(text))
    assert text[found.start : found.end] == "Ранковий Поділ"
    assert found.name == "газета «Ранковий Поділ»"


def test_a_quoted_name_holding_an_organisation_noun_needs_no_head():
    text = "Рішення погодила «Північно-Східна залізниця» минулого тижня."
    [found] = find_quoted_organizations(text, 0, len(text))
    assert found.name == "Північно-Східна залізниця"


def test_a_quoted_title_after_a_project_noun_is_no_organisation():
    for text in (
        "Місто запустило освітній проєкт у кожному районі - «Нова школа».",
        "Учні взяли участь у конкурсі «Зелена лікарня» цієї весни.",
    ):
        assert find_quoted_organizations(text, 0, len(text)) == [], text


def test_a_quoted_organisation_after_a_finished_sentence_about_a_project_still_counts():
    text = "Проєкт завершили. «Північно-Східна залізниця» оголосила нові рейси."
    [found] = find_quoted_organizations(text, 0, len(text))
    assert found.name == "Північно-Східна залізниця"


def test_a_quoted_title_without_organisation_noun_is_no_organisation():
    text = "Він прочитав вірш «Тиха ніч» учням."
    assert find_quoted_organizations(text, 0, len(text)) == []


def test_acronyms_name_organisations_but_not_numerals_letters_or_places():
    assert acronym_stem("СБУ") == "СБУ"
    assert acronym_stem("ГоловКРУ") == "ГоловКРУ"
    assert acronym_stem("УДАРу") == "УДАР"
    assert acronym_stem("XII") is None
    assert acronym_stem("А") is None
    assert acronym_stem("ТОВ") is None
    assert acronym_stem("США") is None


def test_an_acronym_spelled_out_in_lower_case_is_a_concept():
    text = "Бізнес говорить про сталий екологічний розвиток (СЕР). СЕР стає модою."
    assert concept_acronyms(text) == {"СЕР"}
    assert find_acronyms(text, 0, len(text)) == []


def test_a_model_number_is_no_acronym():
    text = "Компанія купила машину РМК-80 за кредит."
    assert find_acronyms(text, 0, len(text)) == []


def test_a_proper_adjective_and_an_organisation_noun_give_a_nominative_name():
    assert phrases("Про це повідомили у Бердичівському міськвиконкомі.") == [
        ("Бердичівському міськвиконкомі", "Бердичівський міськвиконком")
    ]


def test_a_capitalised_head_and_a_proper_genitive_are_names():
    assert phrases("Закон ухвалила Верховна Рада.") == [("Верховна Рада", "Верховна Рада")]
    assert phrases("Документ підготувало Міністерство освіти і науки України.") == [
        ("Міністерство освіти і науки України", "Міністерство освіти і науки України")
    ]


def test_a_common_phrase_opening_a_sentence_is_no_name():
    assert phrases("Обласна рада зібралася на сесію.") == []
    assert phrases("Міська рада ухвалила бюджет.") == []


def test_a_bare_lower_case_genitive_after_the_name_stays_out():
    assert phrases("У Житомирській міській раді рішення схвалили.") == [
        ("Житомирській міській раді", "Житомирська міська рада")
    ]


def test_a_state_is_no_organisation():
    assert phrases("Делегація прибула з Королівства Нідерландів і Російської Федерації.") == []


def test_an_acronym_paired_in_parentheses_joins_the_full_name():
    found = organizations(
        "Заяву оприлюднила Служба безпеки України (СБУ). Пізніше СБУ уточнила дані."
    )
    assert found == {"Служба безпеки України": ["Служба безпеки України", "СБУ", "СБУ"]}


def test_an_acronym_whose_letters_fit_no_name_stays_apart():
    found = organizations("Служба безпеки України відкрила справу. МВС чекає на експертизу.")
    assert set(found) == {"Служба безпеки України", "МВС"}


def test_a_short_form_repeats_the_one_organisation_it_shortens():
    found = organizations(
        "Сесія Рівненської обласної ради не відбулася.",
        "Депутати обласної ради не зібрали кворуму.",
    )
    assert found == {"Рівненська обласна рада": ["Рівненської обласної ради", "обласної ради"]}


def test_a_declined_one_word_name_repeats_its_organisation():
    found = organizations("Компанія «Термосвіт» виграла тендер. Директор «Термосвіту» подякував.")
    assert list(found) == ["компанія «Термосвіт»"]
    assert found["компанія «Термосвіт»"] == ["Термосвіт", "Термосвіту"]
