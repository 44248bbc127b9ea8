"""Decisions, sessions, working trips, contracts and openings: the kinds and their boundaries.

Every text here was written for these tests in the style of council, court, ministry and city
news; none is taken from a corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

import uanews
from uanews.model import Event, EventKind, NewsItem


def parsed(text: str, reference: dt.date | None = None) -> NewsItem:
    return uanews.parse(text, reference=reference)


def kinds(text: str) -> list[EventKind]:
    return [event.kind for event in parsed(text).events]


def actors(item: NewsItem, event: Event) -> set[str]:
    return {item.participant(participant_id).name for participant_id in event.participants}


@pytest.mark.parametrize(
    ("sentence", "authority"),
    [
        ("Парламент ухвалив закон про місцеві референдуми.", "парламент"),
        ("Уряд затвердив постанову про компенсації переселенцям.", "уряд"),
        ("Суд задовольнив позов прокуратури до забудовника.", "суд"),
        ("Кабмін скасував мораторій на перевірки.", "Кабмін"),
        ("Виконком схвалив програму ремонту доріг.", "виконком"),
        ("Регулятор видав ліцензію оператору зв'язку.", "регулятор"),
        ("Суд надав слідчим доступ до документів.", "суд"),
    ],
)
def test_a_decision_of_an_authority_is_an_announcement(sentence, authority):
    item = parsed(f"Новини\n\n{sentence}")
    (event,) = item.events
    assert event.kind is EventKind.ANNOUNCEMENT
    assert authority.lower() in {name.lower() for name in actors(item, event)}


def test_an_authority_phrase_keeps_its_genitive_complement():
    item = parsed(
        "Новини\n\n"
        "22 травня постійна комісія з питань бюджету та фінансів ухвалила висновок щодо змін."
    )
    (event,) = item.events
    assert "постійна комісія з питань бюджету та фінансів" in actors(item, event)
    assert event.date is not None
    assert event.date.isoformat() == "--05-22"


def test_a_named_organisation_before_the_verb_is_the_authority():
    item = parsed("Новини\n\nНКРЕКП затвердило нові тарифи для підприємств.")
    (event,) = item.events
    assert "НКРЕКП" in actors(item, event)


@pytest.mark.parametrize(
    "sentence",
    [
        "Парламент розгляне законопроєкт наступного тижня.",  # future: a plan
        "Уряд планує затвердити постанову.",  # infinitive: a plan
        "Суд встановив, що фірма не сплачувала податок.",  # a finding, not a decision
        "Депутат повідомив, що комісія ухвалила висновок.",  # reported
        "Депутати так і не ухвалили рішення.",  # denied
        "Щороку міськрада встановлює пільги для ветеранів.",  # a habit: present, no date
        "Фонд визначає перелік банків, які можуть надавати послуги.",  # a relative clause
        "Міністерство надало гуманітарну допомогу громаді.",  # a broad verb, nothing decided
        "Служба безпеки встановила особу зрадника.",  # a finding
    ],
)
def test_plans_findings_reports_denials_and_habits_are_no_decision(sentence):
    assert EventKind.ANNOUNCEMENT not in kinds(f"Новини\n\n{sentence}")


def test_a_dated_present_is_a_chronicle_of_a_decision():
    item = parsed("Новини\n\n3 березня обласна комісія призначає проміжні вибори.")
    assert [event.kind for event in item.events] == [EventKind.ANNOUNCEMENT]


def test_signing_a_decree_is_a_decision_and_signing_a_memorandum_an_agreement():
    assert kinds("Новини\n\nПрезидент підписав указ про нагородження медиків.") == [
        EventKind.ANNOUNCEMENT
    ]
    assert kinds("Новини\n\nМіста підписали меморандум про співпрацю.") == [EventKind.AGREEMENT]


def test_announcing_a_competition_is_an_announcement():
    assert kinds("Новини\n\nМіськрада оголосила конкурс на посаду директора ліцею.") == [
        EventKind.ANNOUNCEMENT
    ]


def test_a_cited_ruling_dates_the_courts_decision():
    item = parsed(
        "Суд повернув громаді землю\n\n"
        "Про це свідчить рішення Господарського суду Київської області від 14 березня.\n\n"
        "Прокуратура вимагала повернути ділянку. Суд задовольнив позов."
    )
    decisions = [event for event in item.events if event.kind is EventKind.ANNOUNCEMENT]
    assert [event.date.isoformat() for event in decisions if event.date] == ["--03-14"]


def test_two_decisions_of_one_body_are_two_announcements():
    # (the second dated on its own)
    item = parsed(
        "Сесія міськради\n\n"
        "Депутати обговорили звіт.\n\n"
        "Міська рада затвердила програму розвитку туризму. "
        "У квітні міська рада також скасувала плату за вивіз сміття для пенсіонерів."
    )
    assert [event.kind for event in item.events] == [EventKind.ANNOUNCEMENT] * 2


def test_the_same_body_deciding_more_undated_with_also_is_another_announcement():
    # (a decision verb of its own after ``також``: one more decision of the session)
    item = parsed(
        "Сесія міськради\n\n"
        "Депутати обговорили звіт.\n\n"
        "Міська рада затвердила програму розвитку туризму. "
        "Міська рада також скасувала плату за вивіз сміття для пенсіонерів."
    )
    assert [event.kind for event in item.events] == [EventKind.ANNOUNCEMENT] * 2


def test_a_session_of_an_executive_committee_with_named_members_is_a_meeting():
    item = parsed(
        "Засідання виконкому\n\n"
        "12 листопада відбулося засідання виконавчого комітету під головуванням "
        "Ігоря Терехова."
    )
    (event,) = item.events
    assert event.kind is EventKind.MEETING
    assert any("Терехов" in name for name in actors(item, event))


def test_a_session_without_a_named_party_is_no_meeting():
    assert kinds("Новини\n\n29 квітня засідання не відбулося через відсутність кворуму.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Міністр освіти Оксен Лісовий з робочою поїздкою побував на Полтавщині.",
        "Прем'єр-міністр приїхав до Запоріжжя.",
    ],
)
def test_working_trips_and_arrivals_are_visits(sentence):
    assert kinds(f"Новини\n\n{sentence}") == [EventKind.VISIT]


def test_a_visit_takes_the_place_visited():
    item = parsed("Новини\n\nМіністр охорони здоров'я Віктор Ляшко відвідав Чернігів.")
    (event,) = item.events
    assert (event.kind, event.place) == (EventKind.VISIT, "Чернігів")


@pytest.mark.parametrize(
    "sentence",
    [
        "Облрада уклала договір з підрядником на ремонт мосту.",
        "Сторони підписали додаткову угоду до контракту.",
        "Лікарня замовила медикаменти у ТОВ «Фармсвіт» на 2 млн грн.",
    ],
)
def test_contracts_concluded_are_agreements(sentence):
    assert kinds(f"Новини\n\n{sentence}") == [EventKind.AGREEMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "У Полтаві відкрили новий центр реабілітації ветеранів.",
        "У художньому музеї відкрилася виставка графіки.",
        "Міська рада запустила застосунок для оплати проїзду.",
        "У драмтеатрі відбулася прем'єра вистави.",
    ],
)
def test_openings_launches_exhibitions_and_premieres_are_presentations(sentence):
    assert kinds(f"Новини\n\n{sentence}") == [EventKind.PRESENTATION]


@pytest.mark.parametrize(
    "sentence",
    [
        "Поліція відкрила кримінальне провадження.",  # no opening to the public
        "Окупанти відкрили вогонь по селу.",
        "Виставка пройде 9 березня.",  # future
    ],
)
def test_proceedings_fire_and_plans_are_no_presentation(sentence):
    assert EventKind.PRESENTATION not in kinds(f"Новини\n\n{sentence}")


def test_the_actor_named_after_a_pronoun_joins_the_opening():
    item = parsed(
        "У Вінниці відкрили центр послуг\n\n"
        "У Вінниці відкрили новий центр надання адміністративних послуг. "
        "Його відкрив міський голова Сергій Моргунов."
    )
    (event,) = item.events
    assert "Сергій Моргунов" in actors(item, event)


def test_the_first_paragraphs_date_dates_a_headline_event():
    item = parsed(
        "Міністр відвідав Суми\n\nСьогодні, 5 березня, в області працює делегація уряду.",
    )
    (event,) = item.events
    assert event.date is not None
    assert event.date.isoformat() == "--03-05"


def test_relative_days_resolve_against_the_publication_date():
    item = parsed(
        "Обстріл Херсона\n\nВчора окупанти обстріляли Херсон.",
        reference=dt.date(2025, 3, 6),
    )
    (event,) = item.events
    assert event.date is not None
    assert event.date.isoformat() == "2025-03-05"


def test_a_budget_for_a_year_is_not_dated_by_that_year():
    item = parsed("Новини\n\nМіська рада затвердила бюджет на 2026 рік.")
    (event,) = item.events
    assert event.date is None


def test_a_bill_passed_in_a_reading_is_a_decision():
    item = parsed("Новини\n\nЗаконопроєкт про освіту Верховна Рада ухвалила в першому читанні.")
    assert [event.kind for event in item.events] == [EventKind.ANNOUNCEMENT]


def test_an_order_that_went_to_a_supplier_is_an_agreement_and_a_won_tender_is_not():
    assert kinds("Новини\n\nЗамовлення лікарні на ліки дісталося ТОВ «Фармсвіт».") == [
        EventKind.AGREEMENT
    ]
    assert EventKind.AGREEMENT not in kinds("Новини\n\nТендер виграла компанія «Будсвіт».")


def test_a_deadline_in_the_lede_does_not_date_the_decision():
    item = parsed(
        "Міськрада оголосила конкурс на посаду директора ліцею\n\n"
        "Виконком оголосив конкурс на посаду директора ліцею. Документи приймають до 20 грудня."
    )
    (event,) = item.events
    assert event.date is None


@pytest.mark.parametrize(
    ("sentence", "authority"),
    [
        ("Харківська міська рада на сесії ухвалила зміни до бюджету.", "Харківська міська рада"),
        ("На засіданні комісії ухвалили висновок щодо тарифів.", "комісія"),
        ("ВАКС обрав запобіжний захід меру.", "ВАКС"),
        ("Президент ветував закон про мобілізацію.", "президент"),
    ],
)
def test_the_deciding_body_is_the_subject_or_the_body_of_the_sitting(sentence, authority):
    item = parsed(f"Новини\n\n{sentence}")
    (event,) = item.events
    assert event.kind is EventKind.ANNOUNCEMENT
    names = actors(item, event)
    assert authority in names
    assert "сесії" not in names


def test_a_denied_trigger_reports_no_event():
    assert kinds("Новини\n\nСторони так і не підписали угоду про співпрацю.") == []


def test_a_bare_authority_noun_refers_to_the_one_body_it_heads():
    item = parsed(
        "Суд повернув землю\n\n"
        "Справу розглядав Господарський суд Київської області. Суд задовольнив позов громади."
    )
    decisions = [event for event in item.events if event.kind is EventKind.ANNOUNCEMENT]
    assert decisions
    names = actors(item, decisions[-1])
    assert "Господарський суд Київської області" in names
    assert "суд" not in names


def test_a_vote_and_the_signed_decision_are_one_announcement_with_the_signer():
    item = parsed(
        "Облрада ухвалила програму підтримки ветеранів\n\n"
        "14 березня депутати обласної ради проголосували за програму підтримки ветеранів. "
        "Голова облради Ганна Замазєєва підписала відповідне рішення."
    )
    (event,) = item.events
    assert event.kind is EventKind.ANNOUNCEMENT
    assert any("Замазєєва" in name for name in actors(item, event))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            (
                "Суд арештував майно забудовника\n\n"
                "Суд надав слідчим доступ до рахунків забудовника.\n\n"
                "Про це свідчить ухвала Шевченківського районного суду м. Чернівців від 3 квітня."
            ),
            ("Чернівці",),
        ),
        (
            (
                "Мерія Полтави оголосила конкурс\n\n"
                "Мерія Полтави оголосила конкурс на ремонт двох шкіл."
            ),
            ("Полтава",),
        ),
        (
            (
                "Суд повернув громаді ліс\n\n"
                "Господарський суд Рівненської області задовольнив позов прокуратури."
            ),
            (),
        ),
        (
            (
                "Рішення суду\n\n"
                "Шевченківський районний суд м. Чернівців на виїзному засіданні у Сторожинці"
                " арештував рахунки забудовника."
            ),
            ("Сторожинець",),
        ),
    ],
)
def test_a_decision_is_made_in_the_city_its_body_names(text: str, places: tuple[str, ...]):
    decision = next(e for e in parsed(text).events if e.kind is EventKind.ANNOUNCEMENT)
    assert decision.places == places


def test_a_russian_decision_is_made_in_the_city_its_body_names():
    item = parsed(
        "Мэрия Херсона объявила конкурс\n\nМэрия Херсона объявила конкурс на ремонт трех школ."
    )
    decision = next(e for e in item.events if e.kind is EventKind.ANNOUNCEMENT)
    assert decision.places == ("Херсон",)
