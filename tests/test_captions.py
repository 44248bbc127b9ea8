"""Broadcast captions give a person's name, a role in ordinary case and an organisation."""

from __future__ import annotations

from uanews.parser.participants.captions import parse_caption, restore_caption_case


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
