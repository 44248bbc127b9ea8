"""Constructions of the tenth pass of event drafting, each in Ukrainian and Russian.

- a paragraph that opens with ``Окремо`` / ``Отдельно`` (separately) before another time of
  the day tells one more strike, as a word of addition does (``Окремо вранці дрон атакував
  автобус ...``); ``Окремо`` before no time opens none;
- an authority directing money (``уряд спрямував 2 млрд гривень на ...``, ``горсовет направил 95
  млн гривен на ...``) decides, directing a letter does not; a council renaming
  streets (``перейменували 12 вулиць``) decides, owners renaming a cafe do not;
- ``Ще`` / ``Еще`` right before a number counts on from the decision told (``Ще 4 млн гривень
  депутати виділили ...``: its ``also``), while ``Також депутати виділили ...`` adds another;
- a prosecutor sending an indictment to court (``скерувала до суду обвинувальний акт``,
  ``направила в суд обвинительный акт``) decides; sending a request does not;
- a committee is an authority (``Таке рішення ухвалив виконавчий комітет ...``: a decision,
  not the meeting its sitting names), deciding in an undated present is a habit;
- the means of a strike may stand between its noun and the passive verb (``ударів ворожих
  дронів зазнала громада``, ``атаке дронов подвергся район``); a crisis's blow is no strike;
- the families of the fallen (``пільги для сімей загиблих захисників``) tell no aftermath that
  would bear out a strike word of the headline; the dead of a village do;
- a weak strike word in a forecast (``залежатиме від інтенсивності ударів``) is borne out by
  no damage told later; in a past sentence it is;
- a utility that announces a supply cut off for a time (``оголосило про тимчасове припинення
  водопостачання``) announces its plan; residents complaining of cut-offs announce nothing.

Every text here was written for these tests in the style of Ukrainian news; none is taken from
any corpus.
"""

from __future__ import annotations

import uanews
from event_support import events_of
from uanews.model import EventKind


def test_ukrainian_separately_before_a_time_tells_one_more_strike() -> None:
    item = uanews.parse(
        "Росіяни обстріляли Сумщину\n\n"
        "Уночі російські війська обстріляли Ромни та Лебединську громаду, загинула жінка.\n\n"
        "Про це повідомила обласна військова адміністрація.\n\n"
        "Окремо ввечері ворожий дрон атакував вантажівку в Тростянецькій громаді. "
        "Поранено водія."
    )
    first, second = events_of(item, EventKind.ATTACK)
    assert "Ромни" in first.places
    assert second.places == ("Тростянецька громада",)


def test_russian_separately_before_a_time_tells_one_more_strike() -> None:
    item = uanews.parse(
        "Россияне обстреляли Сумщину\n\n"
        "Ночью российские войска обстреляли Ромны и Лебединскую громаду, погибла женщина.\n\n"
        "Об этом сообщила областная военная администрация.\n\n"
        "Отдельно вечером атаке подверглась Тростянецкая громада. Ранен водитель грузовика."
    )
    first, second = events_of(item, EventKind.ATTACK)
    assert "Ромны" in first.places
    assert second.places == ("Тростянецкая громада",)


def test_separately_before_no_time_opens_no_other_strike() -> None:
    for text in (
        (
            "Росіяни обстріляли Сумщину\n\n"
            "Уночі російські війська обстріляли Ромни та Лебединську громаду, загинула жінка.\n\n"
            "Про це повідомила обласна військова адміністрація.\n\n"
            "Окремо в Лебединській громаді внаслідок обстрілу пошкоджено лінію електропередачі."
        ),
        (
            "Россияне обстреляли Сумщину\n\n"
            "Ночью российские войска обстреляли Ромны и Лебединскую громаду, погибла женщина.\n\n"
            "Об этом сообщила областная военная администрация.\n\n"
            "Отдельно в Лебединской громаде в результате обстрела повреждена линия электропередачи."
        ),
    ):
        assert len(events_of(uanews.parse(text), EventKind.ATTACK)) == 1


def test_directing_money_is_a_decision_of_an_authority() -> None:
    for text in (
        "Ремонт шкіл\n\nКабінет міністрів спрямував 2 млрд гривень на відновлення шкіл.",
        "Ремонт укрытий\n\nГородской совет направил 95 млн гривен на ремонт укрытий в школах.",
    ):
        item = uanews.parse(text)
        assert [event.kind for event in item.events] == [EventKind.ANNOUNCEMENT]


def test_directing_a_letter_decides_nothing() -> None:
    for text in (
        "Звернення до уряду\n\nМіська рада направила звернення до Кабінету міністрів.",
        "Обращение\n\nГородской совет направил обращение в Кабинет министров.",
    ):
        assert uanews.parse(text).events == ()


def test_a_council_renaming_streets_is_a_decision() -> None:
    for text in (
        "Нові назви\n\nДепутати міської ради на сесії перейменували 12 вулиць і два провулки.",
        "Новые названия\n\nДепутаты городского совета на сессии переименовали 12 улиц.",
    ):
        item = uanews.parse(text)
        assert [event.kind for event in item.events] == [EventKind.ANNOUNCEMENT]


def test_owners_renaming_a_cafe_decide_nothing() -> None:
    for text in (
        "Нова назва\n\nВласники перейменували кав'ярню на центральній площі.",
        "Новое название\n\nВладельцы переименовали кофейню на центральной площади.",
    ):
        assert uanews.parse(text).events == ()


def _decisions(text: str) -> int:
    return len(events_of(uanews.parse(text), EventKind.ANNOUNCEMENT))


def test_more_money_counted_on_from_a_decision_is_the_same_decision() -> None:
    assert (
        _decisions(
            "Міська рада виділила гроші на укриття\n\n"
            "Депутати міської ради на сесії 14 березня виділили 30 млн гривень на укриття в "
            "школах.\n\n"
            "Ще 4 млн гривень депутати виділили на генератори для лікарень."
        )
        == 1
    )
    assert (
        _decisions(
            "Горсовет выделил деньги на укрытия\n\n"
            "Депутаты городского совета на сессии 14 марта выделили 30 млн гривен на укрытия в "
            "школах.\n\n"
            "Еще 4 млн гривен депутаты выделили на генераторы для больниц."
        )
        == 1
    )


def test_a_word_of_addition_before_a_decision_adds_another() -> None:
    assert (
        _decisions(
            "Міська рада виділила гроші на укриття\n\n"
            "Депутати міської ради на сесії 14 березня виділили 30 млн гривень на укриття в "
            "школах.\n\n"
            "Також депутати виділили 4 млн гривень на генератори для лікарень."
        )
        == 2
    )
    assert (
        _decisions(
            "Горсовет выделил деньги на укрытия\n\n"
            "Депутаты городского совета на сессии 14 марта выделили 30 млн гривен на укрытия в "
            "школах.\n\n"
            "Также депутаты выделили 4 млн гривен на генераторы для больниц."
        )
        == 2
    )


def test_a_prosecutor_sending_an_indictment_to_court_decides() -> None:
    for text in (
        (
            "Справа посадовця\n\n"
            "Обласна прокуратура скерувала до суду обвинувальний акт щодо колишнього директора КП."
        ),
        (
            "Дело чиновника\n\n"
            "Областная прокуратура направила в суд обвинительный акт в отношении бывшего директора."
        ),
    ):
        item = uanews.parse(text)
        assert [event.kind for event in item.events] == [EventKind.ANNOUNCEMENT]


def test_a_prosecutor_sending_a_request_decides_nothing() -> None:
    for text in (
        "Запит\n\nОбласна прокуратура скерувала запит до міської ради.",
        "Запрос\n\nОбластная прокуратура направила запрос в городской совет.",
    ):
        assert uanews.parse(text).events == ()


def test_a_committee_after_its_decision_verb_decides() -> None:
    for text in (
        "Тарифи\n\nТаке рішення ухвалив виконавчий комітет міської ради на засіданні у вівторок.",
        "Тарифы\n\nТакое решение принял исполнительный комитет горсовета на заседании во вторник.",
    ):
        item = uanews.parse(text)
        assert [event.kind for event in item.events] == [EventKind.ANNOUNCEMENT]


def test_a_committee_deciding_as_a_habit_tells_no_decision() -> None:
    for text in (
        "Тарифи\n\nЗазвичай такі рішення ухвалює виконавчий комітет міської ради.",
        "Тарифы\n\nОбычно такие решения принимает исполнительный комитет горсовета.",
    ):
        assert uanews.parse(text).events == ()


def test_a_strike_noun_and_its_means_before_the_passive_verb_name_the_place_struck() -> None:
    item = uanews.parse("Обстріл\n\nУвечері ударів ворожих дронів зазнала Нікопольська громада.")
    assert [event.places for event in item.events] == [("Нікопольська громада",)]
    item = uanews.parse("Обстрел\n\nВечером атаке дронов подвергся Никопольский район.")
    assert [event.places for event in item.events] == [("Никопольский район",)]


def test_a_blow_of_a_crisis_suffered_is_no_strike() -> None:
    assert uanews.parse("Економіка\n\nУдару кризи зазнала вся галузь.").events == ()
    assert uanews.parse("Экономика\n\nУдару кризиса подверглась вся отрасль.").events == ()


def _kinds_told(text: str) -> list[EventKind]:
    return [event.kind for event in uanews.parse(text).events]


_UK_REPAIRS = (
    "Гроші на ремонт будинків після обстрілів\n\n"
    "Депутати на сесії 18 травня спрямували 5 млн гривень на ремонт будинків.\n\n"
)
_RU_REPAIRS = (
    "Деньги на ремонт домов после обстрелов\n\n"
    "Депутаты на сессии 18 мая направили 5 млн гривен на ремонт домов.\n\n"
)


def test_the_families_of_the_fallen_tell_no_aftermath_of_a_strike() -> None:
    told = _kinds_told(_UK_REPAIRS + "Програма передбачає пільги для сімей загиблих захисників.")
    assert told == [EventKind.ANNOUNCEMENT]
    told = _kinds_told(
        _RU_REPAIRS + "Программа предусматривает льготы для семей погибших защитников."
    )
    assert told == [EventKind.ANNOUNCEMENT]


def test_the_dead_of_a_strike_still_bear_it_out() -> None:
    assert EventKind.ATTACK in _kinds_told(_UK_REPAIRS + "У селі Зоряне загинули двоє мешканців.")
    assert EventKind.ATTACK in _kinds_told(_RU_REPAIRS + "В селе Зоряное погибли двое жителей.")


def test_a_strike_word_in_a_forecast_is_borne_out_by_no_damage_told_later() -> None:
    for text in (
        (
            "Енергетика взимку\n\n"
            "Ситуація в енергосистемі взимку залежатиме від інтенсивності російських ударів.\n\n"
            "За словами міністра, енергетики відновили потужності, пошкоджені під час атак."
        ),
        (
            "Энергетика зимой\n\n"
            "Ситуация в энергосистеме зимой будет зависеть от интенсивности российских ударов.\n\n"
            "По словам министра, энергетики восстановили мощности, поврежденные во время атак."
        ),
    ):
        assert _kinds_told(text) == []


def test_a_strike_word_in_a_past_sentence_is_borne_out_by_damage_told_later() -> None:
    for text in (
        (
            "Енергетика взимку\n\n"
            "Ситуація в енергосистемі погіршилася після російських ударів.\n\n"
            "За словами міністра, пошкоджено дві підстанції."
        ),
        (
            "Энергетика зимой\n\n"
            "Ситуация в энергосистеме ухудшилась после российских ударов.\n\n"
            "По словам министра, повреждены две подстанции."
        ),
    ):
        assert _kinds_told(text) == [EventKind.ATTACK]


def test_a_utility_announcing_a_cut_off_announces_its_plan() -> None:
    for text in (
        "Вода\n\nКП «Горводоканал» оголосило про тимчасове припинення водопостачання в Сонячному.",
        "Вода\n\nКП «Горводоканал» объявило о временном прекращении водоснабжения в Солнечном.",
    ):
        assert _kinds_told(text) == [EventKind.ANNOUNCEMENT]


def test_residents_complaining_of_cut_offs_announce_nothing() -> None:
    for text in (
        "Вода\n\nМешканці мікрорайону Сонячний скаржаться на часті відключення води.",
        "Вода\n\nЖители микрорайона Солнечный жалуются на частые отключения воды.",
    ):
        assert _kinds_told(text) == []
