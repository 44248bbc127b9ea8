"""One more event of a kind after a word of addition: a further strike, a further decision.

``Також минулої доби окупанти обстріляли ...`` / ``Кроме того, в четверг вечером враг ...``
after a strike told (a word of addition before a day or a weekday, `ADDED_STRIKE_PERIODS`), and
``Також уряд затвердив порядок ...`` / ``Кроме того, горсовет утвердил ...`` after a decision
told (a word of addition before a decision verb of its own), report one more event, not the
one told. Without the word of addition at the opening, or without a decision verb, the
sentence goes on with the event told.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import EventKind


def _evidence(text: str) -> list[tuple[EventKind, str]]:
    item = uanews.parse(text)
    return [
        (event.kind, item.text[event.evidence.start : event.evidence.end])
        for event in item.events
        if event.evidence is not None
    ]


_UK_LEDE = (
    "Росіяни вночі атакували Миколаїв дронами\n\n"
    "У ніч на 5 березня російські війська атакували Миколаїв ударними дронами, пошкоджено"
    " склад і два будинки.\n\n"
)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            _UK_LEDE + "Також минулої доби окупанти обстріляли з артилерії Вознесенськ.",
            "Також минулої доби окупанти обстріляли з артилерії Вознесенськ.",
        ),
        (
            (
                "Ворог обстріляв Херсон\n\nУ вівторок зранку окупанти обстріляли Херсон з"
                " артилерії, пошкоджено лікарню.\n\nТакож у вівторок увечері ворог атакував дронами"
                " Бериславську громаду."
            ),
            "Також у вівторок увечері ворог атакував дронами Бериславську громаду.",
        ),
        (
            (
                "Оккупанты атаковали Никополь\n\nВ ночь на 7 мая российские войска атаковали"
                " Никополь дронами, повреждены два дома.\n\nТакже за прошедшие сутки оккупанты"
                " обстреляли из артиллерии Марганецкую громаду."
            ),
            "Также за прошедшие сутки оккупанты обстреляли из артиллерии Марганецкую громаду.",
        ),
        (
            (
                "Враг обстрелял Херсон\n\nВ четверг утром оккупанты обстреляли Херсон из"
                " артиллерии, повреждена школа.\n\nКроме того, в четверг вечером враг атаковал"
                " дронами Белозерскую громаду."
            ),
            "Кроме того, в четверг вечером враг атаковал дронами Белозерскую громаду.",
        ),
    ],
)
def test_an_added_day_opens_another_strike(text: str, second: str) -> None:
    found = _evidence(text)
    assert [kind for kind, _ in found] == [EventKind.ATTACK, EventKind.ATTACK]
    assert found[1][1] == second


def test_the_day_without_a_word_of_addition_is_the_same_strike() -> None:
    text = _UK_LEDE + "Минулої доби окупанти також обстріляли Миколаїв з артилерії."
    assert [kind for kind, _ in _evidence(text)] == [EventKind.ATTACK]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            (
                "Уряд виділив кошти на ремонт шкіл\n\nКабінет Міністрів 3 квітня ухвалив рішення"
                " спрямувати 900 млн гривень на ремонт шкіл у прифронтових громадах.\n\nКошти"
                " розподілять між областями до кінця місяця.\n\nТакож уряд затвердив порядок"
                " компенсації витрат на оренду житла для переселенців."
            ),
            "Також уряд затвердив порядок компенсації витрат на оренду житла для переселенців.",
        ),
        (
            (
                "Горсовет Полтавы выделил деньги на укрытия\n\nДепутаты Полтавского городского"
                " совета на сессии 12 февраля утвердили изменения в бюджет громады.\n\nНа укрытия"
                " в школах направят 60 млн гривен.\n\nКроме того, горсовет одобрил новый"
                " порядок выплат семьям погибших защитников."
            ),
            "Кроме того, горсовет одобрил новый порядок выплат семьям погибших защитников.",
        ),
        (
            (
                "Горсовет Полтавы выделил деньги на укрытия\n\nДепутаты Полтавского городского"
                " совета на сессии 12 февраля утвердили изменения в бюджет громады.\n\nТакже"
                " депутаты решили переименовать шесть улиц."
            ),
            "Также депутаты решили переименовать шесть улиц.",
        ),
    ],
)
def test_an_added_decision_verb_tells_another_decision(text: str, second: str) -> None:
    found = _evidence(text)
    assert [kind for kind, _ in found] == [EventKind.ANNOUNCEMENT, EventKind.ANNOUNCEMENT]
    assert found[1][1] == second


@pytest.mark.parametrize(
    "text",
    [
        (
            "Уряд виділив кошти на ремонт шкіл\n\nКабінет Міністрів 3 квітня ухвалив рішення"
            " спрямувати 900 млн гривень на ремонт шкіл у прифронтових громадах.\n\nТакож у"
            " відомстві наголосили, що перші виплати громади отримають у травні."
        ),
        (
            "Горсовет Полтавы выделил деньги на укрытия\n\nДепутаты Полтавского городского совета"
            " на сессии 12 февраля утвердили изменения в бюджет громады.\n\nКроме того, в"
            " горсовете отметили, что работы начнутся весной."
        ),
    ],
)
def test_an_added_sentence_with_no_decision_verb_tells_no_decision(text: str) -> None:
    assert [kind for kind, _ in _evidence(text)] == [EventKind.ANNOUNCEMENT]


_MET = (
    "Мер Вінниці зустрівся з делегацією Кельце\n\nМіський голова Вінниці Остап Зарудняк провів"
    " зустріч із делегацією польського міста Кельце на чолі з віцепрезидентом Марком"
    " Зелінським.\n\nСторони обговорили співпрацю у сфері освіти.\n\nЗа словами гостя, польські"
    " школи готові приймати учнів на стажування.\n\n"
)
_MET_RU = (
    "Мэр Винницы встретился с делегацией Кельце\n\nГородской голова Винницы Остап Зарудняк"
    " провел встречу с делегацией польского города Кельце во главе с вице-президентом Мареком"
    " Зелинским.\n\nСтороны обсудили сотрудничество в сфере образования.\n\nПо словам гостя,"
    " польские школы готовы принимать учеников на стажировку.\n\n"
)


@pytest.mark.parametrize(
    ("text", "agreed"),
    [
        (
            _MET + "Також сторони домовилися, що восени у Кельце пройде тиждень освіти.",
            "Також сторони домовилися, що восени у Кельце пройде тиждень освіти.",
        ),
        (
            _MET + "Крім того, учасники домовилися щороку проводити форум учителів.",
            "Крім того, учасники домовилися щороку проводити форум учителів.",
        ),
        (
            _MET_RU + "Кроме того, участники договорились подготовить программу обмена.",
            "Кроме того, участники договорились подготовить программу обмена.",
        ),
    ],
)
def test_what_the_parties_agreed_paragraphs_after_the_talks_is_their_agreement(
    text: str, agreed: str
) -> None:
    item = uanews.parse(text)
    found = _evidence(text)
    assert found == [(EventKind.MEETING, found[0][1]), (EventKind.AGREEMENT, agreed)]
    meeting, agreement = item.events
    assert set(agreement.participants) == set(meeting.participants)


def test_the_parties_after_another_happening_make_no_agreement_of_the_talks() -> None:
    text = (
        _MET + "Тим часом у Вінниці відкрили новий сквер.\n\nСторони домовилися про обмін учнями."
    )
    assert [kind for kind, _ in _evidence(text)] == [EventKind.MEETING, EventKind.PRESENTATION]


def test_participants_of_others_make_no_agreement_of_the_talks() -> None:
    text = _MET + "Учасники бойових дій домовилися про створення ради ветеранів."
    assert [kind for kind, _ in _evidence(text)] == [EventKind.MEETING]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Уряд виділив кошти на ремонт шкіл\n\nКабінет Міністрів 3 квітня ухвалив рішення"
            " спрямувати 900 млн гривень на ремонт шкіл.\n\nПро це під час засідання Кабміну"
            " розповів Прем'єр-міністр Остап Тимкович."
        ),
        (
            "Кабмин выделил деньги на школы\n\nКабинет министров 3 апреля принял решение направить"
            " 900 млн гривен на ремонт школ.\n\nОб этом на заседании правительства сообщил"
            " премьер-министр Остап Тимкович."
        ),
    ],
)
def test_the_meeting_a_report_was_given_at_is_no_meeting_of_its_own(text: str) -> None:
    assert [kind for kind, _ in _evidence(text)] == [EventKind.ANNOUNCEMENT]


def test_a_meeting_held_during_a_session_is_still_a_meeting() -> None:
    text = (
        "Уряд виділив кошти на ремонт шкіл\n\nКабінет Міністрів 3 квітня ухвалив рішення"
        " спрямувати 900 млн гривень на ремонт шкіл.\n\nПід час засідання уряду Прем'єр-міністр"
        " Остап Тимкович провів нараду з головами ОВА."
    )
    assert [kind for kind, _ in _evidence(text)] == [EventKind.ANNOUNCEMENT, EventKind.MEETING]


_ARRIVED = (
    "Депутати ухвалили бюджет\n\nДепутати міської ради 3 травня ухвалили бюджет.\n\nТого ж дня"
    " до міста прибула міністерка охорони здоров'я Олеся Зарудняк. "
)
_ARRIVED_RU = (
    "Депутаты утвердили бюджет\n\nДепутаты городского совета 3 мая утвердили бюджет.\n\nВ тот"
    " же день в город прибыла министр здравоохранения Олеся Зарудняк. "
)


@pytest.mark.parametrize(
    "text",
    [
        _ARRIVED + "Вона відвідала лікарню та поспілкувалася з медиками.",
        _ARRIVED_RU + "Она посетила больницу и пообщалась с медиками.",
    ],
)
def test_the_visitor_as_a_pronoun_goes_on_with_the_visit(text: str) -> None:
    assert [kind for kind, _ in _evidence(text)] == [EventKind.ANNOUNCEMENT, EventKind.VISIT]


def test_the_visitor_as_a_pronoun_on_another_day_is_another_visit() -> None:
    text = _ARRIVED + "5 травня вона відвідала лікарню в Кременчуці."
    assert [kind for kind, _ in _evidence(text)] == [
        EventKind.ANNOUNCEMENT,
        EventKind.VISIT,
        EventKind.VISIT,
    ]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Росіяни атакували Запоріжжя\n\nУночі 12 квітня російські війська атакували Запоріжжя"
            " дронами, пошкоджено два будинки.\n\nТакож минулої доби рятувальники ліквідували"
            " наслідки удару по Запоріжжю."
        ),
        (
            "Оккупанты обстреляли Херсон\n\nВ ночь на 4 июня оккупанты обстреляли Херсон,"
            " повреждены два дома.\n\nТакже за прошедшие сутки в результате этого обстрела"
            " пострадали три человека."
        ),
    ],
)
def test_an_added_day_on_no_place_of_its_own_is_the_same_strike(text: str) -> None:
    (event,) = uanews.parse(text).events
    assert event.kind is EventKind.ATTACK


def test_an_added_day_tells_the_injured_of_the_same_strike() -> None:
    text = (
        "Оккупанты обстреляли Херсон\n\nВ ночь на 4 июня оккупанты обстреляли Херсон,"
        " повреждены два дома.\n\nТакже за прошедшие сутки в результате этого обстрела"
        " пострадали три человека."
    )
    (event,) = uanews.parse(text).events
    assert event.injured == 3


@pytest.mark.parametrize(
    "text",
    [
        (
            "Уряд виділив кошти на школи\n\nКабінет Міністрів 3 квітня ухвалив рішення"
            " спрямувати 900 млн гривень на ремонт шкіл.\n\nПро це прем'єр-міністр Остап"
            " Тимкович домовився з послом Франції на зустрічі."
        ),
        (
            "Кабмин выделил деньги на школы\n\nКабинет министров 3 апреля принял решение"
            " направить 900 млн гривен на ремонт школ.\n\nОб этом премьер-министр Остап"
            " Тимкович договорился с послом Франции на встрече."
        ),
    ],
)
def test_talks_after_about_this_with_no_speech_verb_are_a_meeting(text: str) -> None:
    assert [kind for kind, _ in _evidence(text)] == [EventKind.ANNOUNCEMENT, EventKind.MEETING]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Міністерка відвідала Рівне\n\nУ понеділок міністерка освіти Ганна Стефанишин відвідала"
            " Рівне, де зустрілася з мером міста Богданом Яцюком.\n\nВін відвідав нову школу в"
            " Здолбунові разом із директором департаменту."
        ),
        (
            "Посол посетил Черкассы\n\nВ четверг посол Канады Роберт Мелвилл посетил Черкассы."
            "\n\nОна посетила больницу вместе с волонтерами, сообщила пресс-служба ОВА."
        ),
    ],
)
def test_a_pronoun_of_the_other_gender_is_no_more_of_the_visit(text: str) -> None:
    item = uanews.parse(text)
    visits = [event for event in item.events if event.kind is EventKind.VISIT]
    assert len(visits) == 2
    assert item.participant(visits[0].participants[0]).kind.name == "PERSON"
    assert len(visits[0].participants) == 1
