"""Straight quotes read as « » keep the index of the item's words: the item is tokenised once."""

from __future__ import annotations

from uanews.parser import document, parse
from uanews.parser.language import using_language
from uanews.parser.participants.organizations import find_quoted_organizations


def test_an_item_with_straight_quotes_in_every_paragraph_is_tokenised_once(monkeypatch):
    built: list[int] = []
    original = document._TextTokens.__init__  # noqa: SLF001 - counting how often it runs

    def counting(self, text):
        built.append(len(text))
        original(self, text)

    monkeypatch.setattr(document._TextTokens, "__init__", counting)  # noqa: SLF001 - as above
    document._text_tokens.cache_clear()  # noqa: SLF001 - start from no text read
    paragraph = (
        'Директор ООО "Северный мост" Игорь Сомов встретился с представителями АО '
        '"Речной порт". Стороны обсудили ремонт причала, сообщили в компании.'
    )
    item = parse("Встреча в порту\n\n" + "\n\n".join([paragraph] * 12) + "\n")
    assert len(item.paragraphs) == 12
    assert built.count(len(item.text)) == 1
    names = {participant.name for participant in item.participants}
    assert any("Северный мост" in name for name in names), names


def test_straight_quotes_name_an_organisation_as_before():
    text = 'Работы выполнило ООО "Северный мост", а проверило АО "Речной порт".'
    with using_language("ru"):
        found = find_quoted_organizations(text, 0, len(text))
    assert [text[org.start : org.end] for org in found] == [
        'ООО "Северный мост"',
        'АО "Речной порт"',
    ]
    assert [org.name for org in found] == ['ООО "Северный мост"', 'АО "Речной порт"']
