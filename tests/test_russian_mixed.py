"""Russian and Ukrainian in one item, and the Russian word lists added beside the Ukrainian ones.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
both languages; none is taken from any corpus. The Russian evaluation set in
``tests/data/ru_eval`` is self-written too, labelled by ``annotation-guidelines.md``.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

import uanews
from uanews.model import EventKind, NewsItem, QuoteKind
from uanews.parser.language import (
    current_language,
    item_languages,
    language_at,
    pick,
    reading_at,
    using_language,
    using_regions,
)

ROOT = Path(__file__).resolve().parent.parent
RU_EVAL = ROOT / "tests" / "data" / "ru_eval"

# A Ukrainian report (main language uk) with one paragraph written in Russian.
UK_WITH_RU = """\
Харківщина: ворог знову обстріляв прикордонні громади

У понеділок голова Харківської обласної військової адміністрації Олег Сидоренко повідомив, \
що ситуація в області залишається складною, а евакуація з прикордонних сіл триває.

Утром армия РФ обстреляла Купянский район. Городской голова Купянска Андрей Бойко заявил, \
что пострадавших госпитализировали в областную больницу.

Він також зазначив, що в громаді працюють пункти незламності, а рятувальники вже \
розібрали завали на вулиці Соборній.

За його словами, до вечора в місті відновлять подачу електроенергії для всіх \
мешканців, яких торкнулося відключення.
"""

# A Russian report (main language ru) with one paragraph written in Ukrainian.
RU_WITH_UK = """\
В Днепре открыли новый центр помощи переселенцам

В Днепре в пятницу открыли центр помощи переселенцам, сообщили в городском совете. \
Городской голова Днепра Виктор Ляшенко отметил, что центр будет работать без выходных.

По его словам, в центре можно получить юридическую и психологическую помощь, а также \
оформить выплаты.

Заступниця міського голови Ірина Коваль розповіла, що до кінця року місто відкриє ще \
два такі центри на лівому березі.
"""


def _participant(item: NewsItem, name: str) -> uanews.Participant:
    found = [p for p in item.participants if p.name == name]
    assert found, [p.name for p in item.participants]
    return found[0]


def test_regions_give_each_offset_its_language() -> None:
    with using_language("uk", "ru"), using_regions(((10, 20, "ru"), (30, 40, "uk"))):
        assert [language_at(offset) for offset in (0, 10, 19, 20, 35)] == [
            "uk",
            "ru",
            "ru",
            "uk",
            "uk",
        ]
        with reading_at(15):
            assert current_language() == "ru"
            assert item_languages() == ("ru", "uk")
            assert pick("uk-list", "ru-list") == "ru-list"
            assert language_at(5) == "uk"  # outside the region: still the item's language
        assert current_language() == "uk"
        with reading_at(5):
            assert current_language() == "uk"
        with reading_at(35), using_language("ru"):
            # a new choice inside a region reads the text outside the regions as itself
            assert language_at(5) == "ru"
            assert pick("uk-list", "ru-list") == "ru-list"


def test_without_regions_reading_changes_nothing() -> None:
    with using_language("ru"), reading_at(3):
        assert item_languages() == ("ru",)


def test_ukrainian_item_reads_its_russian_paragraph_in_russian() -> None:
    item = uanews.parse(UK_WITH_RU)
    assert item.language == "uk"
    # The Russian role phrase (``Городской голова Купянска``) is read with the Russian lists.
    assert _participant(item, "Андрей Бойко").role == "городской голова Купянска"
    assert _participant(item, "Олег Сидоренко").role == (
        "голова Харківської обласної військової адміністрації"
    )
    # The Russian attacker phrase and the Russian cue ``заявил, что``.
    attacks = [event for event in item.events if event.kind is EventKind.ATTACK]
    assert attacks
    assert any(item.participant(pid).name == "армия РФ" for pid in attacks[0].participants)
    quotes = {quote.text: quote for quote in item.quotes}
    russian = quotes["пострадавших госпитализировали в областную больницу"]
    assert russian.kind is QuoteKind.INDIRECT
    assert russian.speaker == _participant(item, "Андрей Бойко").id


def test_russian_item_reads_its_ukrainian_paragraph_in_ukrainian() -> None:
    item = uanews.parse(RU_WITH_UK)
    assert item.language == "ru"
    coval = _participant(item, "Ірина Коваль")
    assert coval.role == "заступниця міського голови"
    said = [quote for quote in item.quotes if quote.speaker == coval.id]
    assert [quote.text for quote in said] == [
        "до кінця року місто відкриє ще два такі центри на лівому березі"
    ]
    assert _participant(item, "Виктор Ляшенко").role == "городской голова Днепра"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # quotes' role synonyms: another phrase for the office names its holder
        (
            (
                "Премьер-министр Украины Алексей Марченко посетил Херсон.\n\n"
                "Глава правительства сообщил, что город получит генераторы.\n"
            ),
            "Алексей Марченко",
        ),
        (
            (
                "Заместитель городского головы Одессы Ирина Коваль встретилась с волонтерами.\n\n"
                "Вице-мэр отметила, что город выделит помещение.\n"
            ),
            "Ирина Коваль",
        ),
        (
            (
                "Городской голова Одессы Сергей Гнатюк встретился с волонтерами.\n\n"
                "Градоначальник отметил, что город выделит помещение.\n"
            ),
            "Сергей Гнатюк",
        ),
        (
            (
                "Глава Харьковской ОВА Олег Сидоренко посетил Изюм.\n\n"
                "Губернатор сообщил, что в городе восстановят мост.\n"
            ),
            "Олег Сидоренко",
        ),
        # a body named by a dependent noun with its complement, and a body's staff
        (
            "В министерстве обороны сообщили, что новые дроны уже передали бригадам.\n",
            "министерство обороны",
        ),
        (
            "Специалисты компании Укрэнерго подтверждают, что ремонт завершат к вечеру.\n",
            "Укрэнерго",
        ),
        ("В горсовете отметили, что ремонт школы завершат к сентябрю.\n", "горсовет"),
    ],
)
def test_russian_speakers_by_synonyms_bodies_and_staff(text: str, speaker: str) -> None:
    item = uanews.parse("Новости\n\n" + text)
    (quote,) = item.quotes
    assert quote.speaker is not None
    assert item.participant(quote.speaker).name == speaker


def test_russian_outlet_speaks_for_nobody_it_did_not_name() -> None:
    item = uanews.parse("Новости\n\nКак пишет издание, переговоры продолжатся в понедельник.\n")
    (quote,) = item.quotes
    assert quote.speaker is None


def test_russian_bare_press_service_is_the_unknown_speaker() -> None:
    item = uanews.parse(
        "Новости\n\nВ пресс-службе сообщили, что прием документов продлится до пятницы.\n"
    )
    (quote,) = item.quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("sentence", "places", "attacker"),
    [
        ("Ночью оккупанты обстреляли Никополь.", ("Никополь",), "оккупанты"),
        (
            "Российские войска нанесли удар по Харькову, ранены три человека.",
            ("Харьков",),
            "российские войска",
        ),
        (
            "Армия РФ атаковала дронами населенные пункты на Харьковщине.",
            ("Харьковщина",),
            "армия РФ",
        ),
        ("Враг нанес ракетный удар по пгт Боровая.", ("Боровая",), "враг"),
    ],
)
def test_russian_attackers_and_strike_places(
    sentence: str, places: tuple[str, ...], attacker: str
) -> None:
    item = uanews.parse("Обстрел\n\n" + sentence + "\n")
    (event,) = [event for event in item.events if event.kind is EventKind.ATTACK]
    assert event.places[: len(places)] == places
    assert [item.participant(pid).name for pid in event.participants] == [attacker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Кабмин утвердил порядок выплат переселенцам.",
        "Одесский горсовет принял решение о переименовании трех улиц.",
        "Суд удовлетворил иск прокуратуры о возврате земельного участка.",
    ],
)
def test_russian_decisions_of_an_authority_are_announcements(sentence: str) -> None:
    item = uanews.parse("Решение\n\n" + sentence + "\n")
    assert EventKind.ANNOUNCEMENT in {event.kind for event in item.events}


@pytest.mark.parametrize(
    ("sentence", "kind", "place"),
    [
        ("В Харькове открыли новую библиотеку для детей и подростков.", "presentation", "Харьков"),
        ("Министр обороны прибыл в Одессу с рабочей поездкой и осмотрел порт.", "visit", "Одесса"),
        (
            "Министерство цифровой трансформации запустило новое приложение для ветеранов.",
            "presentation",
            None,
        ),
        (
            "Верховная Рада приняла в первом чтении законопроект о местных выборах.",
            "announcement",
            None,
        ),
    ],
)
def test_russian_triggers_of_the_later_kinds(sentence: str, kind: str, place: str | None) -> None:
    item = uanews.parse("Новости\n\n" + sentence + "\n")
    assert [(event.kind.value, event.place) for event in item.events] == [(kind, place)]


def test_russian_coordinated_districts_are_each_a_place() -> None:
    item = uanews.parse(
        "Обстрел\n\nОккупанты обстреляли населенные пункты в Изюмском и Чугуевском районах, "
        "ранены двое мирных жителей.\n"
    )
    (event,) = item.events
    assert event.places == ("Изюмский район", "Чугуевский район")
    assert event.injured == 2


def test_russian_explosions_in_an_item_of_war_are_a_strike() -> None:
    item = uanews.parse("Взрывы\n\nВо время воздушной тревоги в Харькове прогремели взрывы.\n")
    assert [(event.kind, event.places) for event in item.events] == [
        (EventKind.ATTACK, ("Харьков",))
    ]


def test_russian_gas_explosion_stays_an_incident() -> None:
    item = uanews.parse(
        "Взрыв\n\nВо время воздушной тревоги в Ровно в частном доме взорвался газовый баллон.\n"
    )
    assert [event.kind for event in item.events] == [EventKind.INCIDENT]


@pytest.mark.parametrize(
    "text",
    [
        "Встреча с жителями пройдет 9 марта в горсовете.",
        "Встреча министра с аграриями Херсонщины ожидается 9 марта.",
        "Выставка откроется 9 марта в Одесском художественном музее.",
        "Хакерская атака на несколько часов парализовала работу банков в Киеве.",
    ],
)
def test_russian_plans_and_cyber_attacks_are_no_events(text: str) -> None:
    assert uanews.parse("Новости\n\n" + text + "\n").events == ()


def test_russian_pronoun_object_names_the_actor_of_the_event_before() -> None:
    item = uanews.parse(
        "Открытие\n\nВ Днепре открыли новый сквер на набережной. "
        "Его открыл городской голова Днепра Виктор Ляшенко.\n"
    )
    (event,) = item.events
    assert [item.participant(pid).name for pid in event.participants] == ["Виктор Ляшенко"]


def test_russian_street_abbreviation_ends_no_sentence() -> None:
    item = uanews.parse(
        "Новости\n\nВечером в доме на ул. Пушкинской в Харькове произошел пожар. "
        "Его потушили за час.\n"
    )
    (event,) = item.events
    evidence = item.text[event.evidence.start : event.evidence.end]
    assert evidence == "Вечером в доме на ул. Пушкинской в Харькове произошел пожар."


def test_russian_opening_of_a_case_is_no_presentation() -> None:
    item = uanews.parse(
        "Новости\n\nПолиция открыла уголовное производство по факту мошенничества.\n"
    )
    assert EventKind.PRESENTATION not in {event.kind for event in item.events}


def test_russian_decision_in_a_reported_clause_is_no_event() -> None:
    item = uanews.parse(
        "Решение\n\nДепутат рассказал, что горсовет утвердил программу еще в прошлом году.\n"
    )
    assert EventKind.ANNOUNCEMENT not in {event.kind for event in item.events}


def test_russian_visit_names_the_place_visited() -> None:
    item = uanews.parse(
        "Визит\n\nМинистр обороны Иван Шевчук посетил Чернигов и встретился с военными.\n"
    )
    visits = [event for event in item.events if event.kind is EventKind.VISIT]
    assert visits
    assert visits[0].place == "Чернигов"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Директор школы г. Харькова Ольга Петренко рассказала, что занятия начнутся вовремя.",
            "Ольга Петренко",
            "директор школы г. Харькова",
        ),
        (
            (
                "Прокурор Купянского районного суда г. Харьков Олег Бойко заявил, что дело "
                "передадут в суд."
            ),
            "Олег Бойко",
            "прокурор Купянского районного суда г. Харьков",
        ),
    ],
)
def test_russian_settlement_abbreviation_completes_a_role(text: str, name: str, role: str) -> None:
    item = uanews.parse("Новости\n\n" + text + "\n")
    assert _participant(item, name).role == role


def _figure(output: str, label: str) -> float:
    match = re.search(rf"{label} P [\d.]+\s+R [\d.]+\s+F1 ([\d.]+)", output)
    assert match is not None, output
    return float(match.group(1))


def _score(script: str) -> str:
    return subprocess.run(  # noqa: S603 - the project's own scorer on its own data
        [sys.executable, str(ROOT / "scripts" / script), str(RU_EVAL)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout


def test_russian_eval_set_is_labelled_from_its_own_texts() -> None:
    raws = sorted(path.stem for path in (RU_EVAL / "raw").glob("*.txt"))
    assert len(raws) >= 12
    for kind in ("quotes", "events"):
        assert sorted(p.stem for p in (RU_EVAL / "annotations" / kind).glob("*.json")) == raws
    for name in raws:
        assert uanews.parse((RU_EVAL / "raw" / f"{name}.txt").read_text()).language == "ru"


def test_russian_eval_quotes_keep_their_floor() -> None:
    output = _score("score_quotes.py")
    assert _figure(output, "quote") >= 0.90
    accuracy = re.search(r"speaker accuracy ([\d.]+)", output)
    assert accuracy is not None
    assert float(accuracy.group(1)) >= 0.90


def test_russian_eval_events_keep_their_floor() -> None:
    output = _score("score_events.py")
    assert _figure(output, "event") >= 0.85


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        # a compound abbreviation of one body is an organisation even in lower case
        ("Депутат облсовета Ирина Ткач заявила, что бюджет примут в декабре.", "облсовет"),
        # a chain's noun heads a quoted name
        (
            "Сеть супермаркетов «Фора» открыла новый магазин в Полтаве.",
            "сеть супермаркетов «Фора»",
        ),
    ],
)
def test_russian_organisation_nouns_of_the_later_lists(text: str, organization: str) -> None:
    item = uanews.parse("Новости\n\n" + text + "\n")
    assert organization in [p.name for p in item.participants]


def test_russian_acronym_of_no_organisation_is_left_out() -> None:
    item = uanews.parse(
        "Новости\n\nГородской голова Днепра провел совещание. СМИ сообщили, что ВСУ получили "
        "новые дроны.\n"
    )
    names = [p.name for p in item.participants]
    assert "ВСУ" in names
    assert "СМИ" not in names


def test_russian_cue_that_announces_a_clause_attributes_nothing_before_it() -> None:
    item = uanews.parse(
        "Новости\n\nГород готов к зиме, – считают в горсовете, что запасов угля хватит до весны.\n"
    )
    assert [(quote.kind, quote.text) for quote in item.quotes] == [
        (QuoteKind.INDIRECT, "запасов угля хватит до весны")
    ]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Синоптики предупреждают о непогоде\n\n"
            "Завтра на Львовщине ожидается штормовой ветер. Возможны подтопления в горных"
            " районах Закарпатья."
        ),
        "Угроза удара\n\nВ Киеве объявили тревогу из-за угрозы ракетного удара.",
        "Прифронтовая громада\n\nОккупанты ежедневно обстреливают Никопольский район.",
        "Годовщина\n\nДва года назад армия РФ нанесла ракетный удар по Краматорску.",
    ],
)
def test_russian_forecasts_repeated_and_past_strikes_are_no_event(text: str) -> None:
    item = uanews.parse(text + "\n")
    assert item.language == "ru"
    assert [e for e in item.events if e.kind in {EventKind.ATTACK, EventKind.INCIDENT}] == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "В ОВА опровергли информацию о взрыве на предприятии\n\n"
            "Сообщения о взрыве на химическом заводе в Сумах не соответствуют действительности,"
            " заявили в ОВА."
        ),
        "Ночь в Житомире\n\nЭтой ночью обстрелов Житомира не зафиксировано.",
        "Спокойная ночь\n\nНикакого взрыва в Полтаве ночью не было, сообщили в полиции.",
    ],
)
def test_russian_denied_reports_are_no_event(text: str) -> None:
    item = uanews.parse(text + "\n")
    assert item.language == "ru"
    assert item.events == ()
