"""Structure: headline, lede and paragraphs, captions, trailers, hard wrapping, line layouts."""

from __future__ import annotations

import pytest

from uanews.errors import ParseError
from uanews.model import Meta, MetaKey, Paragraph
from uanews.parser import parse, parse_structure

LEDE = "Міська рада ухвалила бюджет на наступний рік. Голосували сорок депутатів."
BODY = "Найбільше коштів отримають школи та лікарні, сказав секретар ради."


def structure(text: str):
    return parse(text, extract=False)


def test_a_short_first_line_without_a_period_is_the_headline():
    item = structure(f"\n\n\nРада ухвалила бюджет\n\n{LEDE}\n\n{BODY}")
    assert item.headline == "Рада ухвалила бюджет"
    assert [p.text for p in item.paragraphs] == [LEDE, BODY]


def test_a_question_can_be_a_headline():
    assert structure(f"Що буде з бюджетом?\n\n{LEDE}").headline == "Що буде з бюджетом?"


def test_a_first_line_that_ends_a_sentence_is_the_lede_not_a_headline():
    item = structure(f"{LEDE}\n{BODY}")
    assert item.headline is None
    assert [p.text for p in item.paragraphs] == [LEDE, BODY]


def test_each_line_is_a_paragraph_with_or_without_blank_lines():
    assert structure(f"{LEDE}\n{BODY}") == structure(f"{LEDE}\n\n\n{BODY}")


def test_a_quote_split_by_a_blank_line_stays_two_paragraphs():
    first = "«Ми почнемо роботу вже завтра, -"
    second = "сказав голова. - Усе готово»."
    item = structure(f"Заголовок новини\n\n{first}\n\n{second}")
    assert [p.text for p in item.paragraphs] == [first, second]


def test_caption_line_gives_the_next_paragraph_a_caption():
    caption = "ІВАН ПЕТРЕНКО ДИРЕКТОР ШКОЛИ"
    item = structure(f"{LEDE}\n{caption}\n{BODY}\n{LEDE}")
    assert item.paragraphs == (
        Paragraph(LEDE),
        Paragraph(BODY, caption=caption),
        Paragraph(LEDE),
    )


def test_caption_may_stand_one_blank_line_above_its_speech():
    caption = "ІВАН ПЕТРЕНКО ДИРЕКТОР ШКОЛИ"
    item = structure(f"{LEDE}\n\n{caption}\n\n{BODY}")
    assert item.paragraphs[1] == Paragraph(BODY, caption=caption)


def test_an_uppercase_line_without_speech_under_it_is_a_plain_paragraph():
    shout = "УВАГА ВСІМ МЕШКАНЦЯМ"
    item = structure(f"{LEDE}\n{shout}\nІВАН ПЕТРЕНКО ДИРЕКТОР\n{BODY}")
    assert item.paragraphs[1] == Paragraph(shout)
    assert item.paragraphs[2] == Paragraph(BODY, caption="ІВАН ПЕТРЕНКО ДИРЕКТОР")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("ОЛЕКСАНДР ЛУЦИК КЕРІВНИК ХАРКІВСЬКОГО", "ОФІСУ"),
        ("ГАЛИНА ЛИТВИНЕЦЬ ДИРЕКТОР ДЕПАРТАМЕНТУ", "ЦИФРОВОЇ ТРАНСФОРМАЦІЇ"),
        ("ОЛЕКСАНДР ЛУЦИК", "КЕРІВНИК ОФІСУ"),
    ],
)
def test_a_caption_wrapped_onto_a_second_uppercase_line_is_one_caption(first, second):
    item = structure(f"{LEDE}\n{first}\n{second}\n{BODY}")
    assert item.paragraphs[1] == Paragraph(BODY, caption=f"{first} {second}")


def test_a_second_caption_with_a_name_before_its_role_is_not_a_continuation():
    item = structure(f"{LEDE}\nОЛЕНА ЗЕЛЕНА МЕШКАНКА\nІВАН ПЕТРЕНКО ДИРЕКТОР\n{BODY}")
    assert item.paragraphs[1] == Paragraph("ОЛЕНА ЗЕЛЕНА МЕШКАНКА")
    assert item.paragraphs[2] == Paragraph(BODY, caption="ІВАН ПЕТРЕНКО ДИРЕКТОР")


def test_trailer_heading_turns_following_lines_into_related_titles():
    text = (
        f"{LEDE}\n{BODY}\nОСТАННІ НОВИНИ\n- Перша новина\n– Друга новина\n• Третя новина\nЧетверта"
    )
    structure_ = parse_structure(text)
    assert structure_.item.related == ("Перша новина", "Друга новина", "Третя новина", "Четверта")
    assert len(structure_.item.paragraphs) == 2
    assert structure_.item.metadata == (Meta(MetaKey.HEADING, "ОСТАННІ НОВИНИ", "ОСТАННІ НОВИНИ"),)
    assert structure_.markup == ("-", "–", "•")


def test_inline_read_also_link_is_related_and_the_body_goes_on():
    text = f"Заголовок\n\n{LEDE}\n\nЧитайте також: Бюджет минулого року\n\n{BODY}"
    item = structure(text)
    assert item.related == ("Бюджет минулого року",)
    assert item.metadata == (Meta(MetaKey.HEADING, "Читайте також", "Читайте також:"),)
    assert [p.text for p in item.paragraphs] == [LEDE, BODY]


def test_body_resumes_after_a_read_also_box_at_a_long_line_of_prose():
    long_line = " ".join([BODY] * 4)
    text = f"Заголовок\n\n{LEDE}\n\nЧитайте також:\nБюджет минулого року\n\n{long_line}"
    item = structure(text)
    assert item.related == ("Бюджет минулого року",)
    assert [p.text for p in item.paragraphs] == [LEDE, long_line]


def test_hard_wrapped_lines_are_joined_into_paragraphs():
    text = (
        "Рада ухвалила бюджет\n\n"
        "Міська рада ухвалила бюджет на наступний рік,\n"
        "за нього проголосували сорок депутатів, а проти\n"
        "не було нікого. Найбільше коштів отримають IT-\n"
        "кластер, школи та лікарні міста.\n\n"
        "Наступне засідання відбудеться в середу, коли\n"
        "депутати розглянуть зміни до програми розвитку.\n"
    )
    item = structure(text)
    assert item.headline == "Рада ухвалила бюджет"
    first = (
        "Міська рада ухвалила бюджет на наступний рік, за нього проголосували сорок депутатів, "
        "а проти не було нікого. Найбільше коштів отримають IT-кластер, школи та лікарні міста."
    )
    second = (
        "Наступне засідання відбудеться в середу, коли депутати розглянуть зміни до програми "
        "розвитку."
    )
    assert [p.text for p in item.paragraphs] == [first, second]


def test_lines_of_uneven_length_are_not_taken_for_wrapping():
    short = "Сума склала 2 млн грн."
    item = structure(f"{LEDE}\n{short}\n{BODY} {BODY}\n{short}")
    assert len(item.paragraphs) == 4


def test_text_with_two_items_is_refused_with_the_line_of_the_second():
    with pytest.raises(ParseError, match=r"<input>:5: the input holds 2 items.*iter_dump"):
        parse_structure(f"Заголовок\n\n{LEDE}\n====\n{BODY}")


def test_separators_around_a_single_item_are_only_markup():
    item = parse_structure(f"====\nЗаголовок\n\n{LEDE}\n =====\n")
    assert item.item.headline == "Заголовок"
    assert [p.text for p in item.item.paragraphs] == [LEDE]
    assert item.markup == ("====", "=====")
