"""Items parsed in several threads at once come out as they do one by one.

The parser keeps module-level answers about the latest object it saw (`NewsItem.text`,
`NewsItem.paragraph_spans`, `uanews.lang.without_names`, the words of a long text) and caches
keyed by the current languages: threads parsing different items, in different languages,
must never be handed each other's. Every text here was written for this test.
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

import uanews

_TEXTS = (
    (
        "Рівне, 3 квітня 2026 року\n\nУ Рівному відремонтують міст через Устю\n\n"
        "Виконком міської ради у четвер ухвалив рішення про ремонт мосту на вулиці Соборній. "
        "Про це повідомили в міській раді.\n\n"
        "«Рух мостом закриють на два місяці», — сказав заступник міського голови Остап Дячук."
    ),
    (
        "Тверь, 5 апреля 2026 года\n\nВ Твери открыли новый бассейн\n\n"
        "Губернатор области Игорь Руденко в субботу открыл бассейн в Заволжском районе. "
        "Об этом сообщила пресс-служба правительства региона.\n\n"
        "«Здесь будут заниматься триста детей», — сказал Руденко журналистам."
    ),
    (
        "Уночі російські війська атакували Запоріжжя дронами\n\n"
        "Унаслідок атаки пошкоджено три приватні будинки, поранено двох людей. Про це повідомив "
        "начальник обласної військової адміністрації Іван Федоров.\n\n"
        "За його словами, рятувальники ДСНС працювали на місці до ранку."
    ),
    (
        "Мэр Казани Ильсур Метшин встретился с послом Узбекистана\n\n"
        "Стороны обсудили строительство торгового центра. «Мы ждем инвесторов», — отметил Метшин. "
        "По словам посла, проект поддержат в Ташкенте."
    ),
)


def _dumps(text: str) -> str:
    return uanews.dumps(uanews.parse(text))


def test_items_parsed_in_threads_at_once_are_those_parsed_one_by_one():
    alone = [_dumps(text) for text in _TEXTS]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, inside the rules
    try:
        with ThreadPoolExecutor(max_workers=len(_TEXTS)) as pool:
            for _round in range(3):
                assert list(pool.map(_dumps, _TEXTS * 2)) == alone * 2
    finally:
        sys.setswitchinterval(interval)
