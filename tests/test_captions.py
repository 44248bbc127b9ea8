"""Broadcast captions give a person's name, a role in ordinary case and an organisation."""

from __future__ import annotations

import pytest

import uanews
from uanews.model import ParticipantKind
from uanews.parser.language import using_language
from uanews.parser.participants.captions import caption_roles, parse_caption, restore_caption_case


def test_caption_with_latin_organisation():
    caption = parse_caption("ОЛЕКСАНДР КОЛБ ЧЛЕН НАГЛЯДОВОЇ РАДИ KHARKIV IT CLUSTER")
    assert caption is not None
    assert caption.name.name == "Олександр Колб"
    assert caption.name.text == "ОЛЕКСАНДР КОЛБ"
    assert caption.role == "член наглядової ради Kharkiv IT Cluster"
    assert caption.organization == "Kharkiv IT Cluster"


def test_caption_role_words_are_lower_case_and_acronyms_stay():
    caption = parse_caption("ОЛЕКСАНДР ЛУЦИК КЕРІВНИК ХАРКІВСЬКОГО ОФІСУ ІТ-КОМПАНІЇ")
    assert caption is not None
    assert caption.name.name == "Олександр Луцик"
    assert caption.role == "керівник харківського офісу ІТ-компанії"


def test_caption_of_a_woman():
    caption = parse_caption("ГАЛИНА ЛИТВИНЕЦЬ ДИРЕКТОР ДЕПАРТАМЕНТУ ЦИФРОВОЇ ТРАНСФОРМАЦІЇ")
    assert caption is not None
    assert caption.name.name == "Галина Литвинець"
    assert caption.role == "директор департаменту цифрової трансформації"
    assert caption.organization is None


def test_caption_without_role():
    caption = parse_caption("ІРИНА КОВАЛЬ")
    assert caption is not None
    assert caption.name.name == "Ірина Коваль"
    assert caption.role is None


def test_caption_that_names_no_one():
    assert parse_caption("ОСТАННІ НОВИНИ") is None


def test_evidence_from_the_text_keeps_capitals():
    evidence = "Сьогодні у Харкові відкрили центр. Керівник ХОДА прибув до Харкова."
    assert restore_caption_case("ГОЛОВА ХОДА У ХАРКОВІ", evidence) == "голова ХОДА у Харкові"


def test_known_acronyms_stay_upper_case_without_evidence():
    assert restore_caption_case("ПРЕС-СЕКРЕТАР СБУ") == "прес-секретар СБУ"


def test_a_proper_noun_in_a_caption_keeps_its_capital_from_another_case():
    """``ЛЬВОВА`` is ``Львова`` when the text writes ``у Львові`` elsewhere."""
    parsed = parse_caption(
        "АНДРІЙ САДОВИЙ МІСЬКИЙ ГОЛОВА ЛЬВОВА", evidence="Сьогодні у Львові відкрили сквер."
    )
    assert parsed is not None
    assert parsed.role == "міський голова Львова"


def test_the_adjective_of_a_district_name_is_capitalised():
    """``жителька Дарницького району``; an office's adjective stays in lower case."""
    first = parse_caption("ОЛЕНА КОВАЛЬ ЖИТЕЛЬКА ДАРНИЦЬКОГО РАЙОНУ")
    second = parse_caption("ІГОР ТЕРЕХОВ КЕРІВНИК ХАРКІВСЬКОГО ОФІСУ")
    assert first is not None
    assert second is not None
    assert (first.role, second.role) == (
        "жителька Дарницького району",
        "керівник харківського офісу",
    )


def test_a_place_adjective_before_a_body_acronym_or_level_keeps_its_capital():
    """The name of a public body opens with its place: ``Полтавської ОВА``, ``Винницкого
    городского совета``; before another noun the adjective stays in lower case."""
    assert restore_caption_case("НАЧАЛЬНИК ПОЛТАВСЬКОЇ ОВА") == "начальник Полтавської ОВА"
    with using_language("ru"):
        assert (
            restore_caption_case("СЕКРЕТАРЬ ВИННИЦКОГО ГОРОДСКОГО СОВЕТА")
            == "секретарь Винницкого городского совета"
        )
    assert restore_caption_case("КЕРІВНИК ПОЛТАВСЬКОГО ОФІСУ") == "керівник полтавського офісу"


def test_the_first_word_in_quote_marks_keeps_a_capital():
    assert restore_caption_case("ДИРЕКТОР КП «ЛУЦЬКТЕПЛОМЕРЕЖА»") == (
        "директор КП «Луцьктепломережа»"
    )
    assert restore_caption_case("ДИРЕКТОР ТЕПЛОМЕРЕЖІ") == "директор тепломережі"


_BROADCAST = """У Полтаві відремонтували котельню на Левадах.

ОКСАНА СКОЛИБОГ ДИРЕКТОРКА КП «ПОЛТАВАТЕПЛОЕНЕРГО»

Ми замінили котли і насоси, тепер район матиме тепло без перебоїв.

Роботи оплатило місто.

ПЕТРО ТАРАБАН МІСЬКИЙ ГОЛОВА ПОЛТАВИ

Наступного року відремонтуємо ще дві котельні.
"""

_BROADCAST_RU = """В Виннице отремонтировали котельную на Вишенке.

ОКСАНА СКОЛИБОГ НАЧАЛЬНИК ВИННИЦКОЙ ОВА

Мы заменили котлы и насосы, теперь район будет с теплом без перебоев.

Работы оплатил город.

ПЕТР ТАРАБАН ГОРОДСКОЙ ГОЛОВА ВИННИЦЫ

В следующем году отремонтируем еще две котельные.
"""


def _organizations(text: str) -> dict[str, list[str]]:
    item = uanews.parse(text)
    return {
        p.name: [m.text for m in p.mentions]
        for p in item.participants
        if p.kind is ParticipantKind.ORGANIZATION
    }


def test_caption_organisations_are_read_in_restored_case_and_a_city_is_none():
    found = _organizations(_BROADCAST)
    assert found.get("КП «Полтаватеплоенерго»") == ["КП «ПОЛТАВАТЕПЛОЕНЕРГО»"]
    assert not any("ПОЛТАВИ" in mentions for mentions in found.values())


def test_russian_caption_body_with_its_place_adjective_and_a_city_is_none():
    found = _organizations(_BROADCAST_RU)
    assert ["ВИННИЦКОЙ ОВА"] in found.values()
    assert not any("ВИННИЦЫ" in mentions for mentions in found.values())


def test_caption_roles_carry_offsets_into_the_caption():
    caption = "ОКСАНА СКОЛИБОГ ГОЛОВНА ІНЖЕНЕРКА КП «ПОЛТАВАТЕПЛОЕНЕРГО»"
    cores = [caption[r.core_start : r.core_end] for r in caption_roles(caption) if r.position]
    assert cores == ["ГОЛОВНА ІНЖЕНЕРКА"]
    with using_language("ru"):
        caption = "ПЕТР ТАРАБАН НАЧАЛЬНИК ВИННИЦКОЙ ОВА"
        cores = [caption[r.core_start : r.core_end] for r in caption_roles(caption) if r.position]
    assert cores == ["НАЧАЛЬНИК"]


def test_a_caption_without_a_role_or_a_name_has_no_roles():
    assert caption_roles("ОКСАНА СКОЛИБОГ") == []
    assert caption_roles("ОСТАННІ НОВИНИ ДИРЕКТОРА") == []


_BROADCAST_RU_COUNCIL = """В Виннице отремонтировали школу на Вишенке.

ПЕТР ТАРАБАН ДИРЕКТОР ДЕПАРТАМЕНТА ОБРАЗОВАНИЯ ВИННИЦКОГО ГОРОДСКОГО СОВЕТА

Мы заменили окна и крышу, дети вернутся в классы в сентябре.
"""


def test_the_caption_persons_organisation_is_the_whole_body_found():
    item = uanews.parse(_BROADCAST_RU_COUNCIL)
    person = next(p for p in item.participants if p.kind is ParticipantKind.PERSON)
    assert person.organization == "Винницкого городского совета"
    bodies = [p for p in item.participants if p.kind is ParticipantKind.ORGANIZATION]
    assert [m.text for p in bodies for m in p.mentions] == ["ВИННИЦКОГО ГОРОДСКОГО СОВЕТА"]


@pytest.mark.parametrize(
    ("caption", "name", "role"),
    [
        ("ТУРЕ ГАУГЛАНД КЕРІВНИК ПРОГРАМ ФОНДУ", "Туре Гаугланд", "керівник програм фонду"),
        ("КЕНДЗІ ОКУМУРА ДИРЕКТОР ФОНДУ", "Кендзі Окумура", "директор фонду"),
        ("ЙОРАН ЛІНДГАУГ РАДНИК ПОСОЛЬСТВА", "Йоран Ліндгауг", "радник посольства"),
        # A known first name, then a surname the dictionary reads as another word (``лисичин``).
        ("ОЛЕНА ЛИСИЧИН ЛІКАРКА МІСЬКОЇ ЛІКАРНІ", "Олена Лисичин", "лікарка міської лікарні"),
        ("ОЛЕНА КОЗИН ЛІКАРКА МІСЬКОЇ ЛІКАРНІ", "Олена Козин", "лікарка міської лікарні"),
    ],
)
def test_a_foreign_name_the_dictionary_does_not_know_before_a_role(caption, name, role):
    # The two words before the role noun are the name, known to the dictionary or not.
    parsed = parse_caption(caption)
    assert parsed is not None
    assert (parsed.name.name, parsed.role) == (name, role)


@pytest.mark.parametrize(
    "caption",
    [
        # No role noun third: nothing says where an unknown name would end.
        "ТУРЕ ГАУГЛАНД ПРОГРАМИ ФОНДУ",
        # A role noun opening the caption is no name.
        "ГОЛОВНИЙ ЛІКАР ЛІКАРНІ",
        # A body's acronym before the role noun is no surname.
        "ГУ ДСНС КЕРІВНИК ВІДДІЛУ",
    ],
)
def test_no_name_without_a_role_noun_right_after_two_words(caption):
    assert parse_caption(caption) is None
