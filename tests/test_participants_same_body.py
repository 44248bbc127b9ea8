"""One organisation named in several ways is one participant: initialisms, press services."""

from __future__ import annotations

from participant_items import organizations
from uanews.parser.participants.organizations import initialisms


def test_initialisms_take_hyphenated_parts_and_may_skip_conjunctions():
    assert "ПЗЗ" in initialisms("Південно-Західна залізниця")
    assert "МОН" in initialisms("Міністерство освіти і науки")
    assert initialisms("Укрзалізниця") == frozenset()


def test_an_initialism_joins_the_one_full_name_it_abbreviates():
    found = organizations(
        "Поїзди затримала Північно-Східна залізниця.",
        "У ПСЗ пообіцяли відновити рух до вечора.",
    )
    assert found == {"Північно-Східна залізниця": ["Північно-Східна залізниця", "ПСЗ"]}


def test_an_initialism_that_fits_two_names_stays_apart():
    found = organizations(
        "Про ремонт домовилися Міська рада і Медична рада.",
        "Представники МР підписали угоду.",
    )
    assert "МР" in found


def test_a_press_service_speaks_for_its_organisation():
    found = organizations(
        "Ціни на хліб підняло ПрАТ «Колосочок».",
        "У пресслужбі «Колосочок» пояснили це подорожчанням борошна.",
    )
    assert found == {"ПрАТ «Колосочок»": ["ПрАТ «Колосочок»", "Колосочок"]}


def test_a_chain_of_shops_is_an_organisation():
    found = organizations(
        "Мережа аптек «Ромашка» відкрила нову точку.",
        "У мережі «Ромашка» кажуть, що це не остання.",
    )
    assert found == {"мережа аптек «Ромашка»": ["Ромашка", "Ромашка"]}


def test_an_unlisted_legal_form_acronym_keeps_its_quoted_name():
    found = organizations(
        "Колію полагодило ДСГП «Степова залізниця».",
        "Керівництво Степової залізниці подякувало робітникам.",
    )
    assert found == {"ДСГП «Степова залізниця»": ["ДСГП «Степова залізниця»", "Степової залізниці"]}


def test_an_organisation_noun_head_keeps_its_organisation_reading():
    found = organizations("Нову лінію запустили на заводі «Турбомаш».")
    assert found == {"завод «Турбомаш»": ["Турбомаш"]}
