"""Placing event drafts stays linear in the number of events: the tests counted, not the time.

A draft is tested only against the events it may report again (`_merge_candidates`), and a
``Про це ...`` sentence finds the event of the sentence before it by a lookup. Every text here
was written for these tests in the style of regional news; none is taken from a corpus.
"""

from __future__ import annotations

import collections

import uanews
from uanews.model import EventKind
from uanews.parser import events as events_module

_STREETS = ("Соборній", "Келецькій", "Пирогова", "Замостянській", "Київській", "Театральній")
_FIRST_NAMES = ("Олег", "Роман", "Ігор", "Василь", "Петро", "Андрій", "Тарас", "Богдан")
_SURNAMES = ("Гнатюк", "Ковтун", "Шевчук", "Бондар", "Мельник")
_NAMES = tuple(f"{first} {last}" for last in _SURNAMES for first in _FIRST_NAMES)
"""Forty people: each meeting of `_council_text` is a deputy's own."""


def _council_text(rounds: int) -> str:
    """Return an item of ``rounds`` decisions, each told again by ``Про це``, and meetings."""
    paragraphs = []
    for number in range(rounds):
        street = _STREETS[number % len(_STREETS)]
        name = _NAMES[number % len(_NAMES)]
        paragraphs.append(
            f"Виконком міської ради ухвалив рішення про ремонт дороги на вулиці {street}. "
            "Про це повідомили в міській раді."
        )
        paragraphs.append(f"Депутат {name} провів зустріч із мешканцями мікрорайону {number + 1}.")
    return "Ремонт доріг у Вінниці\n\n" + "\n\n".join(paragraphs)


def _tests_made(monkeypatch, rounds: int) -> tuple[int, collections.Counter[EventKind]]:
    """Return how many draft-event tests placing the drafts of `_council_text` made, and kinds."""
    calls = [0]
    mergeable = events_module._mergeable  # noqa: SLF001

    def counted(event: object, draft: object) -> bool:
        calls[0] += 1
        return mergeable(event, draft)

    monkeypatch.setattr(events_module, "_mergeable", counted)
    item = uanews.parse(_council_text(rounds))
    return calls[0], collections.Counter(event.kind for event in item.events)


def test_placing_drafts_tests_each_against_its_candidates_only(monkeypatch):
    small, small_kinds = _tests_made(monkeypatch, 10)
    large, large_kinds = _tests_made(monkeypatch, 40)
    assert small_kinds[EventKind.ANNOUNCEMENT] == 10
    assert large_kinds[EventKind.ANNOUNCEMENT] == 40
    assert large_kinds[EventKind.MEETING] == 40
    # Testing each draft against every event so far made 80 * 79 / 2 = 3,160 tests.
    assert large <= 4 * max(small, 10)
    assert large <= 5 * 40


def test_a_later_meeting_of_the_same_people_is_still_merged():
    text = (
        "Зустріч у Вінниці\n\n"
        "Мер Вінниці Сергій Моргунов провів зустріч із послом Польщі Пьотром Лукасевичем.\n\n"
        "Виконком ухвалив рішення про ремонт мосту. Про це повідомили в мерії.\n\n"
        "Під час зустрічі Сергій Моргунов і Пьотр Лукасевич обговорили співпрацю."
    )
    item = uanews.parse(text)
    kinds = collections.Counter(event.kind for event in item.events)
    assert kinds[EventKind.MEETING] == 1


_VISIT_TEXT = (
    "Візит до Житомира\n\nПрем'єр-міністр прибув до Житомира. Він зустрівся з мером "
    "Сергієм Сухомлином. Мер Сергій Сухомлин провів зустріч із прем'єр-міністром.\n\n"
    "Уночі росіяни атакували місто дронами. Пошкоджено два будинки. Унаслідок атаки "
    "загинула жінка. Згодом пролунав ще один вибух, виникла пожежа."
)


_OPENING_TEXTS = (
    (
        "У Полтаві відкрили оновлений стадіон\n\nУ Полтаві 12 червня після реконструкції "
        "відкрили стадіон «Локомотив».\n\nОновлений стадіон відкрили секретар міської ради "
        "Андрій Карпенко та тренерка спортшколи Марина Лисенко."
    ),
    (
        "В Запорожье открыли новую библиотеку\n\nВ Запорожье 3 марта после ремонта открыли "
        "библиотеку № 4.\n\nОбновленную библиотеку открыли секретарь горсовета Андрей "
        "Карпенко и заведующая Марина Лысенко."
    ),
)
"""An opening in the lede, and who opened it in the next paragraph (no participant shared)."""


_JOINED_TEXTS = (
    (
        "Нарада щодо опалювального сезону\n\nМіський голова Полтави Олександр Мамай у "
        "вівторок провів нараду щодо підготовки до опалювального сезону.\n\nДо обговорення "
        "долучилися директор теплопостачального підприємства Роман Ковтун та начальниця "
        "управління житлового господарства Ірина Шевчук.\n\nУ середу Роман Ковтун провів "
        "нараду з керівниками котелень."
    ),
    (
        "Совещание по отопительному сезону\n\nМэр Калуги Дмитрий Денисов во вторник провел "
        "совещание по подготовке к отопительному сезону.\n\nТакже присутствовали директор "
        "теплосетей Роман Ковтун и начальник управления ЖКХ Ирина Шевчук.\n\nВ среду Роман "
        "Ковтун провел совещание с руководителями котельных."
    ),
)
"""Those a participation sentence gives to a meeting, one of whom a later meeting names."""


def test_an_undated_opening_after_the_lede_s_is_offered_the_lede_s_opening():
    for text, openers in zip(
        _OPENING_TEXTS,
        (["Андрій Карпенко", "Марина Лисенко"], ["Андрей Карпенко", "Марина Лысенко"]),
        strict=True,
    ):
        item = uanews.parse(text)
        openings = [event for event in item.events if event.kind is EventKind.PRESENTATION]
        assert len(openings) == 1, text
        assert openings[0].date is not None
        names = [item.participant(party).name for party in openings[0].participants]
        assert set(openers) <= set(names)


def test_the_candidates_place_every_draft_where_testing_every_event_would(monkeypatch):
    texts = [_council_text(12), _VISIT_TEXT, *_OPENING_TEXTS, *_JOINED_TEXTS]
    indexed = [uanews.dumps(uanews.parse(text)) for text in texts]
    monkeypatch.setattr(
        events_module,
        "_merge_candidates",
        lambda found, _draft: list(found.events),
    )
    assert [uanews.dumps(uanews.parse(text)) for text in texts] == indexed
