"""Events of an item that mixes Ukrainian and Russian paragraphs: each read in its own language.

A Russian paragraph inside a Ukrainian report must give the same event as that paragraph on
its own. Every text here was written for these tests in the style of Ukrainian outlets that
publish in both languages; none is taken from any corpus.
"""

import uanews
from uanews.model import EventKind, NewsItem
from uanews.parser.events import _names_court
from uanews.parser.events.casualties import casualties
from uanews.parser.events.sentences import Sentence
from uanews.parser.language import using_language, using_regions

# Ukrainian paragraphs that make an item Ukrainian; the Russian paragraph of a test follows.
UKRAINIAN = (
    "Рятувальники ліквідували наслідки негоди\n\n"
    "У Полтаві в четвер рятувальники прибрали повалені дерева з вулиць міста, повідомили в"
    " ДСНС. Через сильний вітер частина будинків на околицях залишалася без світла до ранку.\n\n"
    "Комунальники також розчистили зливову каналізацію на трьох центральних вулицях, а водіїв"
    " просять не залишати автівки під деревами до кінця тижня.\n\n"
)

UKRAINIAN_AFTER = (
    "Уламки снарядів пошкодили багатоповерхівку та дві школи в центральній частині міста."
    " Рятувальники розібрали завали, поранених людей госпіталізували до міської лікарні.\n\n"
    "Комунальники також розчистили зливову каналізацію на трьох центральних вулицях, а водіїв"
    " просять не залишати автівки під деревами до кінця тижня.\n\n"
    "У міській адміністрації зазначили, що пункти обігріву працюють цілодобово, а мешканці"
    " пошкоджених будинків можуть звернутися по допомогу до центру надання адміністративних"
    " послуг.\n"
)


def _mixed(russian: str) -> NewsItem:
    item = uanews.parse(UKRAINIAN + russian)
    assert item.language == "uk"
    return item


def _events(item: NewsItem) -> list[tuple[EventKind, list[str]]]:
    return [
        (event.kind, [item.participant(pid).name for pid in event.participants])
        for event in item.events
    ]


def test_russian_pronoun_in_a_ukrainian_item_names_the_person_before() -> None:
    russian = (
        "Министр здравоохранения Петр Коваль в среду приехал в Ужгород. Там он встретился с"
        " врачами областной больницы и обсудил ремонт приемного отделения."
    )
    alone = [e for e in _events(uanews.parse(russian)) if e[0] is EventKind.MEETING]
    mixed = [e for e in _events(_mixed(russian)) if e[0] is EventKind.MEETING]
    # (the doctors met are a group party, ``з лікарями`` read in Russian in either item)
    assert alone == [(EventKind.MEETING, ["врачи областной больницы", "Петр Коваль"])]
    assert mixed == alone


def test_russian_sitting_of_a_body_in_a_ukrainian_item_decides() -> None:
    russian = (
        "На заседании комиссии решили перенести ремонт моста на весну, чтобы подрядчик успел"
        " закупить металл."
    )
    assert _events(uanews.parse(russian)) == [(EventKind.ANNOUNCEMENT, ["комиссия"])]
    assert _events(_mixed(russian)) == [(EventKind.ANNOUNCEMENT, ["комиссия"])]


def test_russian_topic_list_in_a_ukrainian_item() -> None:
    russian = (
        "Председатель облсовета Петр Коваль провел встречу с послом Польши по вопросам"
        " энергетики, медицины и образования."
    )
    topics = ("энергетика", "медицина", "образование")
    assert [event.topics for event in uanews.parse(russian).events] == [topics]
    assert [event.topics for event in _mixed(russian).events] == [topics]


def test_russian_night_of_a_date_in_the_lead_of_a_ukrainian_item_dates_the_strike() -> None:
    russian = (
        "В ночь на 5 марта в Херсоне несколько раз звучала воздушная тревога, и жители были"
        " вынуждены прятаться в укрытиях. Российские войска обстреляли город из артиллерии,"
        " сообщили в городской военной администрации.\n\n"
    )
    alone = uanews.parse("Обстрел Херсона\n\n" + russian)
    mixed = uanews.parse("Обстріл Херсона\n\n" + russian + UKRAINIAN_AFTER)
    assert mixed.language == "uk"
    for item in (alone, mixed):
        (attack,) = [event for event in item.events if event.kind is EventKind.ATTACK]
        assert attack.date is not None
        assert (attack.date.month, attack.date.day) == (3, 5)


def test_russian_explosions_in_a_ukrainian_item_of_war_are_a_strike() -> None:
    russian = (
        "Вечером в Сумах прогремели взрывы, сообщил городской голова. Российская армия"
        " продолжает атаковать область дронами."
    )
    assert [event.kind for event in uanews.parse(russian).events] == [EventKind.ATTACK]
    assert [event.kind for event in _mixed(russian).events] == [EventKind.ATTACK]


def test_russian_court_forms_name_a_court_in_a_russian_paragraph() -> None:
    ukrainian = "Рішенням суду компанію зобов'язали повернути ділянку."
    russian = "Решением суда компанию обязали вернуть участок."
    text = ukrainian + "\n\n" + russian
    start = len(ukrainian) + 2
    first = Sentence(0, len(ukrainian), lead=False, block=0)
    second = Sentence(start, len(text), lead=False, block=1)
    with using_language("uk", "ru"), using_regions(((start, len(text), "ru"),)):
        assert _names_court(text, first)
        assert _names_court(text, second)
    with using_language("uk"):
        assert not _names_court(text, Sentence(start, len(text), lead=False, block=1))


def test_russian_breakdown_of_a_count_is_no_subject_of_its_own() -> None:
    text = "Погибли два человека, еще семеро, в том числе 5-летний ребенок, получили ранения."
    with using_language("ru"):
        assert casualties(text, 0, len(text)) == (2, 7)
    text = "Семеро, среди них двое подростков, получили ранения."
    with using_language("ru"):
        assert casualties(text, 0, len(text)) == (None, 7)


def test_russian_community_visited_in_a_ukrainian_item_is_the_place() -> None:
    # ``община`` heads a territory's name in Russian only: its mentions may still be places.
    russian = (
        "В среду министр здравоохранения Петр Коваль побывал в Никопольской общине, где"
        " осмотрел новую амбулаторию."
    )
    for item in (uanews.parse(russian), _mixed(russian)):
        (visit,) = [event for event in item.events if event.kind is EventKind.VISIT]
        assert visit.places == ("Никопольская община",)
