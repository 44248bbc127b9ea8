"""Event fields on unseen text, eleventh pass (fields11), Ukrainian and Russian.

Dates: a dated dateline (``Вінниця, 14 жовтня.``) is the day of the report's news, so an event
told after the lede with no time of its own happened on it; one whose sentence names a day
of its own, a weekday too (``У вівторок``, ``Во вторник``), is not given the dateline's day.

Places: a Russian district named by an adjective the dictionary lacks (``в Пересыпском районе
Одессы``) is read by the adjective's guessed reading that agrees with ``район``, as the
Ukrainian dictionary reads ``у Пересипському районі`` already. A village after its settlement
noun (``У селі Черняхів на Житомирщині відкрили завод``, ``В селе Шабо открыли``) is the place of
an event of any kind, not only of a strike or an emergency. A meeting, signing or visit
held at an event its sentence names by its noun (``На відкриття прибув міністр``, ``Во время
открытия ... подписали``) was where the latest event of that kind told before it was, and
``сторони`` / ``стороны`` after it (``За підсумками зустрічі сторони підписали``) are those
who met, however far back the meeting was told. A name
after a genitive adjective before the verb of visiting (``Делегация словацкого Кошице
посетила Житомир``) is the guests' town, not the object visited.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from event_support import only_event
from uanews.model import EventKind, PartialDate
from uanews.parser.events.dates import names_a_day

_UK_OPENING = (
    "У Вінниці відкрили оновлену дитячу лікарню\n\n"
    "Вінниця, 14 жовтня.\n\n"
    "У Вінниці після ремонту відкрили корпус обласної дитячої лікарні.\n\n"
)
_RU_OPENING = (
    "В Виннице открыли обновленную детскую больницу\n\n"
    "Винница, 14 октября.\n\n"
    "В Виннице после ремонта открыли корпус областной детской больницы.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _UK_OPENING + "На відкриття з робочою поїздкою прибув міністр охорони здоров'я Тарас"
        " Гнідозуб.",
        _RU_OPENING + "На открытие с рабочей поездкой прибыл министр здравоохранения Тарас"
        " Гнидозуб.",
    ],
)
def test_an_event_with_no_day_of_its_own_is_on_the_datelines_day(text: str) -> None:
    visit = only_event(uanews.parse(text), EventKind.VISIT)
    assert visit.date == PartialDate(month=10, day=14)


@pytest.mark.parametrize(
    "text",
    [
        _UK_OPENING + "У вівторок на відкриття з робочою поїздкою прибув міністр охорони"
        " здоров'я Тарас Гнідозуб.",
        _RU_OPENING + "Во вторник на открытие с рабочей поездкой прибыл министр"
        " здравоохранения Тарас Гнидозуб.",
    ],
)
def test_an_event_on_a_weekday_takes_no_date_from_the_dateline(text: str) -> None:
    visit = only_event(uanews.parse(text), EventKind.VISIT)
    assert visit.date is None


def test_without_a_dated_dateline_the_event_stays_undated() -> None:
    text = (
        "У Вінниці відкрили оновлену дитячу лікарню\n\n"
        "У Вінниці після ремонту відкрили корпус обласної дитячої лікарні.\n\n"
        "На відкриття з робочою поїздкою прибув міністр охорони здоров'я Тарас Гнідозуб."
    )
    visit = only_event(uanews.parse(text), EventKind.VISIT)
    assert visit.date is None


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("У вівторок мер відвідав ліцей.", True),
        ("Во вторник мэр посетил лицей.", True),
        ("Наступного дня сторони підписали угоду.", True),
        ("Минулого року рада скасувала дозвіл.", True),
        ("Четверо людей дістали поранення.", False),
        ("Серед учасників були депутати.", False),
        ("Мэр посетил лицей.", False),
    ],
)
def test_names_a_day(words: str, *, named: bool) -> None:
    assert names_a_day(words, 0, len(words)) is named


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Пожар в Одессе\n\nВ Пересыпском районе Одессы ночью 14 апреля загорелся склад.",
            ("Одесса", "Пересыпский район"),
        ),
        (
            "Пожар в Харькове\n\nНочью 14 апреля в Салтовском районе Харькова загорелся склад.",
            ("Харьков", "Салтовский район"),
        ),
        (
            "Пожежа в Одесі\n\nУ Пересипському районі Одеси вночі 14 квітня загорівся склад.",
            ("Одеса", "Пересипський район"),
        ),
    ],
)
def test_a_district_named_by_an_adjective_the_dictionary_lacks(
    text: str, places: tuple[str, ...]
) -> None:
    fire = only_event(uanews.parse(text), EventKind.INCIDENT)
    assert fire.places == places


def test_an_unknown_adjective_before_another_noun_names_no_district() -> None:
    text = "Пожар в магазине\n\nВ Пересыпском магазине ночью 14 апреля загорелся склад."
    fire = only_event(uanews.parse(text), EventKind.INCIDENT)
    assert fire.places == ()


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Завод відкрили\n\nУ селі Черняхів на Житомирщині відкрили завод із переробки льону.",
            ("Черняхів",),
        ),
        (
            "Завод открыли\n\nВ селе Шабо Белгород-Днестровского района открыли винный завод.",
            ("Шабо",),
        ),
    ],
)
def test_a_village_after_its_settlement_noun_is_an_openings_place(
    text: str, places: tuple[str, ...]
) -> None:
    opening = only_event(uanews.parse(text), EventKind.PRESENTATION)
    assert opening.places == places


def test_a_village_in_a_relative_clause_is_not_the_openings_place() -> None:
    text = "Виставка\n\nВчора відкрили виставку робіт майстрів, які живуть у селі Черняхів."
    opening = only_event(uanews.parse(text), EventKind.PRESENTATION)
    assert opening.places == ()


@pytest.mark.parametrize(
    ("text", "kind", "places"),
    [
        (
            (
                "У Вінниці відкрили ліцей\n\nУ Вінниці після ремонту відкрили ліцей № 7.\n\n"
                "На відкриття з робочою поїздкою прибув міністр освіти Андрій Ковтунець."
            ),
            EventKind.VISIT,
            ("Вінниця",),
        ),
        (
            (
                "В Виннице открыли лицей\n\nВ Виннице после ремонта открыли лицей № 7.\n\n"
                "Во время открытия компания «Льонтех» и горсовет подписали меморандум о"
                " сотрудничестве."
            ),
            EventKind.AGREEMENT,
            ("Винница",),
        ),
    ],
)
def test_an_event_held_at_an_event_told_is_where_that_one_was(
    text: str, kind: EventKind, places: tuple[str, ...]
) -> None:
    event = only_event(uanews.parse(text), kind)
    assert event.places == places


def test_an_event_held_at_an_event_of_another_kind_takes_no_place() -> None:
    text = (
        "У Вінниці відкрили ліцей\n\nУ Вінниці після ремонту відкрили ліцей № 7.\n\n"
        "Під час візиту міністр освіти Андрій Ковтунець підписав меморандум з компанією"
        " «Льонтех»."
    )
    signing = only_event(uanews.parse(text), EventKind.AGREEMENT)
    assert signing.places == ()


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Визит\n\nДелегация словацкого Кошице посетила Житомир.", ("Житомир",)),
        ("Візит\n\nДелегація словацьких Кошиць відвідала Житомир.", ("Житомир",)),
        ("Визит\n\nВчера Житомир посетила чешская делегация.", ("Житомир",)),
    ],
)
def test_the_guests_town_after_its_adjective_is_not_the_town_visited(
    text: str, places: tuple[str, ...]
) -> None:
    visit = only_event(uanews.parse(text), EventKind.VISIT)
    assert visit.places == places


_UK_MEETING = (
    "Мер Житомира зустрівся з делегацією Кельце\n\nМіський голова Житомира Іван Паливода"
    " зустрівся з делегацією польського міста Кельце на чолі з віцепрезидентом Мареком"
    " Тирсенком.\n\nГості оглянули нову котельню та ліцей № 5.\n\nУ ліцеї для них підготували"
    " концерт.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _UK_MEETING + "За підсумками зустрічі сторони підписали угоду про обмін школярами.",
        (
            "Мэр Житомира встретился с делегацией Кельце\n\nГородской голова Житомира Иван"
            " Паливода встретился с делегацией польского города Кельце во главе с"
            " вице-президентом Мареком Тирсенко.\n\nГости осмотрели новую котельную и лицей"
            " № 5.\n\nВ лицее для них подготовили концерт.\n\nПо итогам встречи стороны"
            " подписали соглашение об обмене школьниками."
        ),
    ],
)
def test_the_parties_of_a_meeting_named_sign_as_those_who_met(text: str) -> None:
    item = uanews.parse(text)
    meeting = only_event(item, EventKind.MEETING)
    signing = only_event(item, EventKind.AGREEMENT)
    assert signing.participants == meeting.participants


def test_a_named_signatory_at_a_meeting_named_is_no_party_of_it() -> None:
    text = _UK_MEETING + "За підсумками зустрічі компанія «Льонтех» підписала угоду з ліцеєм."
    item = uanews.parse(text)
    meeting = only_event(item, EventKind.MEETING)
    signing = only_event(item, EventKind.AGREEMENT)
    assert signing.participants
    assert not set(signing.participants) & set(meeting.participants)
