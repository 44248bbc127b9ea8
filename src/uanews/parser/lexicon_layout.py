"""Words the layout stages recognise: trailer headings, boilerplate labels, months, bullets.

Every entry is lowercase, with apostrophes written as ʼ (U+02BC), the form
`uanews.text.normalize_apostrophes` gives; matching folds the input the same way.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from uanews.model import MetaKey
from uanews.parser.events import lexicon as lexicon_events

__all__ = [
    "BULLETS",
    "BYLINE_VERBS",
    "DASH_BULLETS",
    "MEDIA_WORDS",
    "META_LABELS",
    "MONTHS",
    "QUOTE_PAIRS",
    "SENTENCE_END",
    "SHARE_SEPARATORS",
    "SHARE_WORDS",
    "TRAILER_HEADINGS",
    "VIEWS_WORDS",
    "WEEKDAYS",
]

TRAILER_HEADINGS: Final = frozenset(
    {
        "останні новини",
        "читайте також",
        "також читайте",
        "читайте ще",
        "дивіться також",
        "див. також",
        "новини за темою",
        "новини по темі",
        "за темою",
        "по темі",
        "схожі новини",
        "повʼязані новини",
        "інші новини",
        "більше новин",
        "більше новин за темою",
        "популярні новини",
        "найпопулярніше",
        "рекомендуємо",
        "рекомендуємо прочитати",
        "читайте більше",
        "вам також може сподобатися",
        "матеріали за темою",
        "читайте также",
        "последние новости",
        "read also",
        "related",
        "related news",
    }
)
"""Headings of the list of other stories that closes a scraped page (``ОСТАННІ НОВИНИ``)."""

META_LABELS: Final = MappingProxyType(
    {
        "опубліковано": MetaKey.PUBLISHED,
        "дата публікації": MetaKey.PUBLISHED,
        "дата": MetaKey.PUBLISHED,
        "опубликовано": MetaKey.PUBLISHED,
        "published": MetaKey.PUBLISHED,
        "оновлено": MetaKey.UPDATED,
        "змінено": MetaKey.UPDATED,
        "дата оновлення": MetaKey.UPDATED,
        "обновлено": MetaKey.UPDATED,
        "updated": MetaKey.UPDATED,
        "автор": MetaKey.AUTHOR,
        "автори": MetaKey.AUTHOR,
        "автор тексту": MetaKey.AUTHOR,
        "текст": MetaKey.AUTHOR,
        "текст і фото": MetaKey.AUTHOR,
        "журналіст": MetaKey.AUTHOR,
        "кореспондент": MetaKey.AUTHOR,
        "author": MetaKey.AUTHOR,
        "джерело": MetaKey.SOURCE,
        "джерела": MetaKey.SOURCE,
        "першоджерело": MetaKey.SOURCE,
        "за матеріалами": MetaKey.SOURCE,
        "источник": MetaKey.SOURCE,
        "source": MetaKey.SOURCE,
        "фото": MetaKey.PHOTO,
        "фото на головній": MetaKey.PHOTO,
        "автор фото": MetaKey.PHOTO,
        "фотографія": MetaKey.PHOTO,
        "світлина": MetaKey.PHOTO,
        "ілюстрація": MetaKey.PHOTO,
        "photo": MetaKey.PHOTO,
        "відео": MetaKey.VIDEO,
        "video": MetaKey.VIDEO,
        "теги": MetaKey.TAGS,
        "теґи": MetaKey.TAGS,
        "мітки": MetaKey.TAGS,
        "ключові слова": MetaKey.TAGS,
        "теми": MetaKey.TAGS,
        "tags": MetaKey.TAGS,
        "переглядів": MetaKey.VIEWS,
        "перегляди": MetaKey.VIEWS,
        "переглянуто": MetaKey.VIEWS,
        "views": MetaKey.VIEWS,
    }
)
"""Labels that open a boilerplate line (``Фото: ...``), and the kind of line each opens."""

MEDIA_WORDS: Final = MappingProxyType(
    {"фото": MetaKey.PHOTO, "світлина": MetaKey.PHOTO, "відео": MetaKey.VIDEO}
)
"""Words that open a short credit line without a colon (``Фото з відкритих джерел``)."""

BYLINE_VERBS: Final = frozenset(
    {
        "підготував",
        "підготувала",
        "підготували",
        "матеріал підготував",
        "матеріал підготувала",
        "розмовляв",
        "розмовляла",
        "записав",
        "записала",
        "спілкувався",
        "спілкувалася",
    }
)
"""Verbs that open a byline without a colon (``Підготувала Ірина Петренко``)."""

SHARE_WORDS: Final = frozenset(
    {
        "поділитися",
        "поділитись",
        "поширити",
        "share",
        "facebook",
        "fb",
        "twitter",
        "x",
        "telegram",
        "viber",
        "whatsapp",
        "linkedin",
        "pinterest",
        "reddit",
        "email",
        "e-mail",
        "копіювати посилання",
        "скопіювати посилання",
        "надіслати",
        "твітнути",
        "відправити",
        "друк",
        "друкувати",
    }
)
"""Words of a row of share buttons (``Поділитися Facebook Telegram``)."""

SHARE_SEPARATORS: Final = "|/•·,;"
"""Characters found between share buttons."""

VIEWS_WORDS: Final = frozenset({"переглядів", "перегляди", "перегляд", "views"})
"""Words after a number on a view counter line (``1 234 переглядів``)."""

MONTHS: Final = MappingProxyType(
    {
        form: number
        for number, forms in enumerate(lexicon_events.MONTHS, start=1)
        # The genitive (``21 вересня``) and the nominative (``вересень 2021``) are the forms
        # a date stamp uses; the events lexicon holds every case form, nominative first.
        for form in (lexicon_events.MONTH_NAMES_GENITIVE[number - 1], forms[0])
    }
)
"""Ukrainian month names (genitive, as in dates, then nominative) and their numbers, from
`uanews.parser.events.lexicon`, the one place month names are kept."""

WEEKDAYS: Final = frozenset(
    {"понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"}
)
"""Day names that may open a date stamp (``Вівторок, 21 вересня 2021``)."""

BULLETS: Final = "•▪►‣◦·*"
"""List markers that may touch the entry they mark (``•Заголовок``)."""

DASH_BULLETS: Final = "-–—"
"""Dashes that mark list entries when a space follows (``- Заголовок``)."""

SENTENCE_END: Final = ".!?…"
"""Characters that end a sentence."""

QUOTE_PAIRS: Final = (("«", "»"), ("„", "“”"))
"""Opening quote marks and the marks that close them: ``«...»``, ``„...“`` or ``„...”``.

``“`` opens a quote in English typography but closes ``„`` in Ukrainian, so it is only ever
read as a closer; a quote opened by ``“`` or ``"`` is not tracked.
"""
