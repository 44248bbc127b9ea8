"""Labels of the material in capitals, and a participle before a plant's initialism, name no body.

An all-capital word the dictionary reads as an indeclinable common noun (``(ВІДЕО)``,
``(АУДІО)``, ``ІНТЕРВ'Ю``) labels the material; an acronym reading or an indeclinable company
name (``ДТЕК``) still names a body. At a sentence start only an adjective made from a place name
joins a plant's initialism (``Бузька ТЕЦ``); a participle tells its state (``Зруйнована ТЕЦ``).
"""

from __future__ import annotations

import pytest

from organization_support import organizations


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("У Бережанах відкрили новий сквер (ВІДЕО). Роботи тривали пів року.", "ВІДЕО"),
        ("Рятувальники загасили пожежу на складі в Ямполі (АУДІО).", "АУДІО"),
        ("ІНТЕРВ'Ю: голова громади Остап Шелест розповів про ремонт мосту.", "ІНТЕРВ'Ю"),
        ("РАДІО: у Тальному змінили розклад руху автобусів.", "РАДІО"),
        ("В Вилково открыли новый парк (ВИДЕО). Работы шли полгода.", "ВИДЕО"),
        ("В Кагарлыке прошел фестиваль уличной музыки (ФОТО).", "ФОТО"),
        ("ИНТЕРВЬЮ: директор лицея Павел Ляшко рассказал о ремонте крыши.", "ИНТЕРВЬЮ"),
    ],
)
def test_a_material_label_in_capitals_is_no_organisation(paragraph: str, label: str) -> None:
    assert label not in organizations(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Рятувальники ДСНС загасили пожежу на складі (ВІДЕО).", "ДСНС"),
        ("Справу розслідують детективи НАБУ (ФОТО).", "НАБУ"),
        ("Про це повідомили в УНІАН.", "УНІАН"),
        ("Позиції ЗСУ під Бахмачем обстріляли вночі (ВІДЕО).", "ЗСУ"),
        ("Енергетики ДТЕК відновили світло в Ромнах (ФОТО).", "ДТЕК"),
        ("В Вилково открыли новый парк (ВИДЕО), сообщили в ГСЧС.", "ГСЧС"),
    ],
)
def test_an_acronym_beside_a_label_still_names_its_body(paragraph: str, body: str) -> None:
    assert body in organizations(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Зруйнована ТЕЦ не працює вже другий тиждень.",
        "Відремонтована ТЕЦ запрацює з початком опалювального сезону.",
        "Выкупленная ТЭЦ заработает весной.",
        "Отремонтированная ТЭС дала первый ток.",
        "Новая ТЭЦ появится на окраине, сообщили в мэрии.",
    ],
)
def test_a_participle_at_a_sentence_start_does_not_name_a_plant(paragraph: str) -> None:
    assert not [name for name in organizations(paragraph) if name[-3:] in {"ТЕЦ", "ТЭЦ", "ТЭС"}]


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Бузька ТЕЦ відновила постачання тепла.", "Бузька ТЕЦ"),
        ("Київська ОВА виділила кошти на ремонт школи.", "Київська ОВА"),
        ("Харьковская ОГА выделила средства на ремонт.", "Харьковская ОГА"),
        ("Ольшанская ТЭЦ возобновила подачу тепла.", "Ольшанская ТЭЦ"),
        ("Бузька ТЕЦ-2 працює у звичному режимі.", "Бузька ТЕЦ-2"),
    ],
)
def test_a_place_adjective_at_a_sentence_start_still_names_it(paragraph: str, body: str) -> None:
    assert body in organizations(paragraph)
