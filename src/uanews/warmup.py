"""Warm the parser in the process that forks the workers of ``uanews convert --workers N``.

A worker process pays, on its first items, for what the parser builds lazily: the
dictionaries of both analysers, the lexicons' compiled patterns and tables, the converter's
generated serialisation code, the tag answers the rules ask of the dictionaries' shared tags.
Forked from a fork server that has built them (`warm_up`), every worker shares them, copy on
write, instead of building them again. `uanews.batch` has the fork server import
`uanews.warmed`, whose import runs `warm_up`.

The sample items (`WARM_TEXTS`) are short news texts written for this purpose, one per rule
language; they only make the parser build its tables. What a worker keeps from real text (the
answers about each new word form) it still works out itself.
"""

from __future__ import annotations

import gc
from typing import Final

from uanews.batch import ConvertOptions, Piece, convert_piece

__all__ = ["WARM_TEXTS", "warm_up"]

WARM_TEXTS: Final = (
    (
        "Черкаси, 14 травня 2025 року\n"
        "\n"
        "Уряд виділив кошти на ремонт мосту\n"
        "\n"
        "Кабінет міністрів України у вівторок ухвалив рішення про ремонт мосту через Дніпро. "
        "Про це повідомила пресслужба Черкаської обласної військової адміністрації.\n"
        "\n"
        "«Роботи почнуться вже в червні й триватимуть до осені», — сказав голова ОВА "
        "Ігор Табурець на брифінгу в Черкасах.\n"
        "\n"
        "Напередодні ввечері російські війська атакували Сумську область дронами: у селі "
        "під Сумами пошкоджено два будинки, загинула одна людина, ще троє поранені. Міністр "
        "внутрішніх справ Ігор Клименко заявив, що рятувальники ДСНС працювали на місці всю "
        "ніч. Як зазначив мер Києва Віталій Кличко, столиця надіслала допомогу.\n"
    ),
    (
        "Новосибирск, 20 июня 2025 года\n"
        "\n"
        "Власти города открыли новую школу\n"
        "\n"
        "Мэр Новосибирска Анатолий Локоть в пятницу открыл новую школу на левом берегу "
        "Оби. Об этом сообщила пресс-служба мэрии.\n"
        "\n"
        "«Здание строили два года, и теперь здесь будут учиться тысяча детей», — сказал "
        "Локоть журналистам.\n"
        "\n"
        "Накануне в Подмосковье произошел пожар на складе: пострадали два человека, "
        "погибших нет. Министр по чрезвычайным ситуациям Александр Куренков заявил, что "
        "огонь потушили за три часа. По словам губернатора области, склад был застрахован.\n"
    ),
)
"""Sample news items (a Ukrainian and a Russian one) that make the parser build its tables."""


def warm_up() -> int:
    """Parse and serialise `WARM_TEXTS` here, then freeze the heap; return the items parsed.

    Afterwards the garbage collector leaves every object made so far alone
    (``gc.freeze``): the processes forked from this one then neither scan nor, by updating
    the collector's bookkeeping, copy the pages of what they share. A sample that does not
    parse is skipped (a worker meets, and reports, any such error on its own input).
    """
    options = ConvertOptions()
    parsed = 0
    for index, text in enumerate(WARM_TEXTS):
        piece = Piece("<warm-up>", tuple(text.splitlines()), 1, index=index)
        if convert_piece(piece, options).ok:
            parsed += 1
    gc.collect()
    gc.freeze()
    return parsed
