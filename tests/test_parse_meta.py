"""Boilerplate lines are lifted into metadata with their values, wherever they stand."""

from __future__ import annotations

import datetime as dt

import pytest

from uanews.model import Meta, MetaKey
from uanews.parser import parse
from uanews.parser.meta import match_meta, published_date


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("21.09.2021 14:35", MetaKey.PUBLISHED, "2021-09-21T14:35"),
        ("14:35, 21 вересня 2021", MetaKey.PUBLISHED, "2021-09-21T14:35"),
        ("Вівторок, 21 вересня 2021 р.", MetaKey.PUBLISHED, "2021-09-21"),
        ("21 вересня, 14:35", MetaKey.PUBLISHED, "--09-21T14:35"),
        ("2021-09-21T14:35:00+03:00", MetaKey.PUBLISHED, "2021-09-21T14:35"),
        ("Опубліковано: 21.09.2021", MetaKey.PUBLISHED, "2021-09-21"),
        ("Оновлено: 22 вересня 2021 року о 10:00", MetaKey.UPDATED, "2021-09-22T10:00"),
        ("Фото: Укрінформ", MetaKey.PHOTO, "Укрінформ"),
        ("Фото – пресслужба ОДА", MetaKey.PHOTO, "пресслужба ОДА"),
        ("Фото з відкритих джерел", MetaKey.PHOTO, "з відкритих джерел"),
        ("Відео: YouTube", MetaKey.VIDEO, "YouTube"),
        ("Джерело: пресслужба міськради", MetaKey.SOURCE, "пресслужба міськради"),
        ("Автор: Ірина Петренко", MetaKey.AUTHOR, "Ірина Петренко"),
        ("Підготувала Ірина Петренко", MetaKey.AUTHOR, "Ірина Петренко"),
        ("Теги: бюджет, рада", MetaKey.TAGS, "бюджет, рада"),
        ("1 234 переглядів", MetaKey.VIEWS, "1234"),
        ("Переглядів: 56", MetaKey.VIEWS, "56"),
        ("Поділитися: Facebook | Telegram", MetaKey.SHARE, "Поділитися, Facebook, Telegram"),
        (
            "Поділитися Facebook Копіювати посилання",
            MetaKey.SHARE,
            "Поділитися, Facebook, Копіювати посилання",
        ),
    ],
)
def test_boilerplate_line_gives_its_kind_and_value(line, key, value):
    assert match_meta(line) == Meta(key, value, line)


@pytest.mark.parametrize(
    "line",
    [
        "Фото переможців опублікують завтра на сайті ради.",
        "Джерело води в селі пересохло",
        "31.02.2021",
        "Зустріч відбулася 21 вересня 2021 року в Харкові.",
        "Автор ідеї пояснив: «Так буде краще» - і пішов." * 6,
        "X",
    ],
)
def test_body_text_is_not_boilerplate(line):
    assert match_meta(line) is None


def test_boilerplate_leaves_the_body_and_keeps_its_order():
    text = "21.09.2021\nЗаголовок\n\nФото: Укрінформ\nПерший абзац тексту.\n\nДжерело: ОДА\n"
    item = parse(text, extract=False)
    assert item.headline == "Заголовок"
    assert [p.text for p in item.paragraphs] == ["Перший абзац тексту."]
    assert [meta.key for meta in item.metadata] == [
        MetaKey.PUBLISHED,
        MetaKey.PHOTO,
        MetaKey.SOURCE,
    ]


def test_publication_date_is_the_default_reference():
    metadata = (
        Meta(MetaKey.PHOTO, "x", "Фото: x"),
        Meta(MetaKey.PUBLISHED, "--09-21", "21 вересня"),
        Meta(MetaKey.PUBLISHED, "2021-09-21T14:35", "21.09.2021 14:35"),
    )
    assert published_date(metadata) == dt.date(2021, 9, 21)


def test_parse_hands_the_publication_date_to_the_extractors(monkeypatch):
    seen = []

    def annotate(item, *, reference=None, ner=None):  # noqa: ARG001 - the real signature
        seen.append(reference)
        return item

    monkeypatch.setattr("uanews.parser.pipeline.annotate", annotate)
    parse("21.09.2021 14:35\nЗаголовок\n\nАбзац.")
    parse("Заголовок\n\nАбзац.", reference=dt.date(2020, 1, 2))
    assert seen == [dt.date(2021, 9, 21), dt.date(2020, 1, 2)]
