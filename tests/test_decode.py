"""Bytes in any supported encoding decode to the same text; bad bytes raise a located error."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given

from text_strategies import ukrainian_text
from uanews.errors import DecodeError, ParseError
from uanews.parser import parse
from uanews.parser.decode import decode, detect_encoding

TEXT = (
    "Міський голова зустрівся з підприємцями\n\n"
    "Учасники зустрічі обговорили відновлення ґрунтових доріг, її ремонт\n"
    'і "зелені" інвестиції - 5 млн.\n'
)


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (TEXT.encode("cp1251"), "cp1251"),
        (TEXT.encode("koi8_u"), "koi8_u"),
    ],
)
def test_each_supported_encoding_is_detected(encoded, encoding):
    assert detect_encoding(encoded) == encoding
    assert decode(encoded) == TEXT


def test_bom_is_not_part_of_the_text():
    assert not decode(codecs.BOM_UTF8 + b"abc").startswith("\ufeff")


@given(ukrainian_text)
def test_single_byte_encodings_are_told_apart(text):
    for capitalised in (text, text.capitalize()):
        assert decode(capitalised.encode("cp1251")) == capitalised
        assert decode(capitalised.encode("koi8_u")) == capitalised


def test_all_capitals_text_in_cp1251_is_still_read_as_cp1251():
    caps = "ОЛЕКСАНДР ЛУЦИК КЕРІВНИК ХАРКІВСЬКОГО ОФІСУ ІТ-КОМПАНІЇ\nОЛЕКСАНДР КОЛБ ЧЛЕН РАДИ"
    assert decode(caps.encode("cp1251")) == caps


def test_line_ends_of_every_kind_give_the_same_item():
    unix = parse(TEXT, extract=False)
    assert parse(TEXT.replace("\n", "\r\n").encode(), extract=False) == unix
    assert parse(TEXT.replace("\n", "\r").encode(), extract=False) == unix


def test_binary_data_names_the_first_bad_line():
    data = "Заголовок\n\nАбзац\n".encode() + bytes(range(0x80, 0xA0)) * 4 + b"\n"
    with pytest.raises(DecodeError) as caught:
        parse(data, source="dump.txt")
    assert caught.value.line == 4
    assert caught.value.source == "dump.txt"
    assert str(caught.value).startswith("dump.txt:4: ")


def test_nul_bytes_are_binary_not_text():
    with pytest.raises(DecodeError) as caught:
        parse("перший рядок\nдругий\x00рядок\n".encode())
    assert caught.value.line == 2


def test_broken_utf16_names_its_line():
    data = "рядок один\nрядок два\n".encode("utf-16") + b"\x00\xd8"  # lone high surrogate
    with pytest.raises(DecodeError) as caught:
        decode(data, source="x")
    assert caught.value.line == 3


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\u00a0\u200b\n".encode(), "", " \n "])
def test_empty_input_is_a_parse_error_on_line_one(data):
    with pytest.raises(ParseError) as caught:
        parse(data, source="empty.txt")
    assert caught.value.line == 1
    assert "empty.txt:1" in str(caught.value)
