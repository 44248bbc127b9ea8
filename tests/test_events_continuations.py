"""Sentences that go on with the event told before them are its ``also``, not new events.

``Суд признал ...`` after a ruling,
``Гости также побывали ...`` after a visit, ``Разом з ... також відвідала ...``: a sentence
outside the lede marked as going on (a continuation opener, ``также`` / ``також`` among its
first words, or the deciding body as its opening subject), with no date of its own, tells more
of the latest event of its kind. A dated one (``В марте горсовет также утвердил ...``) tells
another event, and so does a decision verb of its own after a word of addition (``Кроме того,
депутаты утвердили ...``: one more decision of the session).

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import EventKind, NewsItem
from uanews.parser.events.continuations import continues
from uanews.parser.language import using_language


def _kinds(item: NewsItem) -> list[EventKind]:
    return [event.kind for event in item.events]


def _evidence(item: NewsItem, kind: EventKind) -> list[str]:
    return [
        item.text[event.evidence.start : event.evidence.end]
        for event in item.events
        if event.kind is kind and event.evidence is not None
    ]


def test_russian_a_further_decision_of_a_session_is_another_announcement() -> None:
    item = uanews.parse(
        "Луцкий горсовет утвердил программу ремонта дорог\n\n"
        "Депутаты Луцкого городского совета на сессии 14 марта утвердили программу ремонта"
        " дорог на 2027 год.\n\n"
        "На ремонт улиц направят 310 млн гривен.\n\n"
        "Кроме того, депутаты утвердили новые тарифы на вывоз мусора для КП «Луцкспецкомунтранс»."
    )
    assert _kinds(item).count(EventKind.ANNOUNCEMENT) == 2


def test_ukrainian_a_further_decision_of_a_session_is_another_announcement() -> None:
    item = uanews.parse(
        "Луцька міськрада затвердила програму ремонту доріг\n\n"
        "Депутати Луцької міської ради на сесії 14 березня затвердили програму ремонту доріг"
        " на 2027 рік.\n\n"
        "На ремонт вулиць спрямують 310 млн гривень.\n\n"
        "Крім того, депутати затвердили нові тарифи на вивезення сміття для КП"
        " «Луцькспецкомунтранс»."
    )
    assert _kinds(item).count(EventKind.ANNOUNCEMENT) == 2


def test_a_dated_further_decision_is_another_announcement() -> None:
    item = uanews.parse(
        "Луцкий горсовет утвердил программу ремонта дорог\n\n"
        "Депутаты Луцкого городского совета на сессии 14 марта утвердили программу ремонта"
        " дорог на 2027 год.\n\n"
        "На ремонт улиц направят 310 млн гривен.\n\n"
        "В феврале депутаты также утвердили новые тарифы на вывоз мусора."
    )
    assert _kinds(item).count(EventKind.ANNOUNCEMENT) == 2


def test_russian_the_court_going_on_with_its_ruling_is_the_same_announcement() -> None:
    item = uanews.parse(
        "Суд обязал подрядчика вернуть деньги за ремонт школы\n\n"
        "Хозяйственный суд Волынской области 3 марта удовлетворил иск Волынской областной"
        " прокуратуры к ООО «Стройсвит».\n\n"
        "Суд расторг договор подряда на ремонт кровли школы стоимостью 6,1 млн гривен."
        " По данным прокуратуры, работы выполнили лишь наполовину."
    )
    assert _kinds(item).count(EventKind.ANNOUNCEMENT) == 1


def test_russian_guests_also_visiting_a_hospital_is_the_same_visit() -> None:
    item = uanews.parse(
        "Винницу посетила делегация из эстонского Пярну\n\n"
        "ВИННИЦА, 9 марта. В четверг Винницу посетила делегация эстонского города Пярну,"
        " которую возглавил заместитель мэра Андрес Кийск.\n\n"
        "Городской голова Винницы Сергей Моргунов провел с гостями встречу в горсовете."
        " Стороны обсудили помощь городским больницам.\n\n"
        "Гости также побывали в Винницком областном кардиоцентре, куда привезли три"
        " монитора."
    )
    assert _kinds(item).count(EventKind.VISIT) == 1
    assert _kinds(item).count(EventKind.MEETING) == 1


def test_ukrainian_a_co_visitor_with_also_is_the_same_visit() -> None:
    item = uanews.parse(
        "Заступниця міністра освіти відвідала Житомирщину\n\n"
        "З робочою поїздкою Житомирщину 5 березня відвідала заступниця міністра освіти Олена"
        " Гордієнко.\n\n"
        "Вона оглянула відновлену школу в Коростені.\n\n"
        "Разом з головою Житомирської ОВА Віталієм Бунечком Гордієнко також відвідала"
        " Житомирський обласний ліцей."
    )
    assert _kinds(item).count(EventKind.VISIT) == 1


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ru", "Кроме того, депутаты утвердили тарифы.", True),
        ("ru", "Гости также посетили музей.", True),
        ("ru", "Вместе с мэром делегация осмотрела школу.", True),
        ("ru", "Вместе с тем депутаты не утвердили тарифы.", False),
        ("ru", "Мэр, а также его заместитель посетили школу.", False),
        ("uk", "Крім того, депутати затвердили тарифи.", True),
        ("uk", "Гості також відвідали музей.", True),
        ("uk", "Разом з тим депутати не затвердили тарифи.", False),
        ("uk", "Мер, а також його заступник відвідали школу.", False),
        (
            "uk",
            "Мер відвідав школу і лікарню, де оглянув нове обладнання, яке також придбали.",
            False,
        ),
    ],
)
def test_continuation_marks(language: str, sentence: str, *, expected: bool) -> None:
    with using_language(language):
        assert continues(sentence, 0, len(sentence)) is expected


def test_russian_a_session_in_the_attribution_of_a_direct_quote_is_no_meeting() -> None:
    item = uanews.parse(
        "В Ужгороде ограничат парковку в центре\n\n"
        "Исполнительный комитет Ужгородского городского совета 12 марта принял решение об"
        " ограничении парковки в центре города.\n\n"
        "«Мы получили сотни жалоб от жителей старого города», — подчеркнул городской голова"
        " Богдан Андрийчук во время заседания исполкома."
    )
    assert _kinds(item) == [EventKind.ANNOUNCEMENT]


def test_ukrainian_a_session_in_the_attribution_of_a_direct_quote_is_no_meeting() -> None:
    item = uanews.parse(
        "В Ужгороді обмежать паркування в центрі\n\n"
        "Виконавчий комітет Ужгородської міської ради 12 березня ухвалив рішення про"
        " обмеження паркування в центрі міста.\n\n"
        "«Ми отримали сотні скарг від мешканців старого міста», – наголосив міський голова"
        " Богдан Андріїв під час засідання виконкому."
    )
    assert _kinds(item) == [EventKind.ANNOUNCEMENT]


@pytest.mark.parametrize(
    "text",
    [
        "Удар по Кременчугу\n\nНочью россияне ударили ракетами по предприятию.",
        "Удар по Кременчуку\n\nУночі росіяни вдарили ракетами по підприємству.",
        "Удар по Кременчуку\n\nУночі ворог ударив дронами по складу пального в Кременчуці.",
    ],
)
def test_a_strike_verb_with_its_target_after_po_is_an_attack(text: str) -> None:
    assert _kinds(uanews.parse(text)) == [EventKind.ATTACK]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Новые правила\n\nМинистерство здравоохранения Украины объявило о новых правилах"
            " выписки рецептов."
        ),
        (
            "Нові умови\n\nМіністерство охорони здоров'я України оголосило про нові умови"
            " виписування рецептів."
        ),
    ],
)
def test_a_ministry_announcing_new_terms_is_an_announcement(text: str) -> None:
    assert _kinds(uanews.parse(text)) == [EventKind.ANNOUNCEMENT]
